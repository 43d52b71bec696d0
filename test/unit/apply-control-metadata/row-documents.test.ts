// Rows from YAML and JSON files (row-documents.ts), read through readRows as the action reads them.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CHURN, COLUMNS, lineOf, rowYaml, useRowFiles } from '../../fixtures/row-files.js';

const files = useRowFiles();
const { read, failure } = files;

describe('rows from YAML and JSON', () => {
  it('reads a top-level list, applies the defaults and sorts by id', async () => {
    const text = [
      '# use cases of the scoring platform',
      '- id: credit-default',
      '  pipeline: pl_score',
      '  endpoint: credit-be',
      '  deployment: blue',
      '  input_location: abfss://in@acct.dfs.core.windows.net/credit/',
      '  output_location: abfss://out@acct.dfs.core.windows.net/credit/',
      '  sink_table: scoring.credit_scores',
      '  schedule: daily',
      '  enabled: false',
      '  parameters:',
      '    threshold: 0.7',
      '    segments: [retail, sme]',
      ...CHURN,
    ].join('\n');
    const rows = await read({ 'rows/use-cases.yml': text });

    expect(rows.map((row) => row.row.id)).toEqual(['churn-weekly', 'credit-default']);
    expect(rows[0]!.row).toEqual({
      id: 'churn-weekly',
      pipeline: 'pl_score',
      endpoint: 'churn-be',
      deployment: null,
      input_location: 'abfss://in@acct.dfs.core.windows.net/churn/',
      output_location: 'abfss://out@acct.dfs.core.windows.net/churn/',
      sink_table: null,
      schedule: null,
      enabled: true,
      parameters: {},
    });
    expect(rows[1]!.row).toMatchObject({
      deployment: 'blue',
      sink_table: 'scoring.credit_scores',
      schedule: 'daily',
      enabled: false,
      parameters: { threshold: 0.7, segments: ['retail', 'sme'] },
    });
    const credit = rows[1]!;
    expect(credit.location).toEqual({ file: 'rows/use-cases.yml', line: 2, column: 3 });
    expect(credit.locate('schedule')).toEqual({
      file: 'rows/use-cases.yml',
      line: lineOf(text, 'schedule:'),
      column: 3,
    });
    // A column the row does not write falls back to the row.
    expect(rows[0]!.locate('schedule')).toEqual(rows[0]!.location);
  });

  it('reads a mapping with a use_cases list', async () => {
    const rows = await read({ 'rows/churn.yaml': `use_cases:\n${rowYaml().replace(/^/gm, '  ')}` });
    expect(rows.map((row) => row.row.id)).toEqual(['churn-weekly']);
    expect(rows[0]!.locate('endpoint')).toEqual({ file: 'rows/churn.yaml', line: 4, column: 5 });
  });

  it('accepts an explicit null for the optional columns', async () => {
    const [row] = await read({ 'rows/a.yml': rowYaml(['deployment: null', 'sink_table:', 'schedule: ~']) });
    expect(row!.row).toMatchObject({ deployment: null, sink_table: null, schedule: null });
  });

  it('reads strict JSON, and refuses what only YAML allows with the line', async () => {
    const json = JSON.stringify(
      { use_cases: [Object.fromEntries(COLUMNS.map((line) => line.split(': ')))] },
      null,
      2,
    );
    const [row] = await read({ 'rows/churn.json': json });
    expect(row!.row.endpoint).toBe('churn-be');
    expect(row!.locate('endpoint')).toEqual({
      file: 'rows/churn.json',
      line: lineOf(json, '"endpoint"'),
      column: 7,
    });

    await rm(join(files.workspace, 'rows/churn.json'));
    const error = await failure({ 'rows/churn.json': '[\n  // a comment\n  {}\n]\n' });
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(/^invalid JSON: /),
        location: { file: 'rows/churn.json', line: 2, column: 3 },
      },
    ]);
  });

  it.each([
    ['an empty file', '', /the file is empty; .*write \[\] for no rows/, undefined],
    [
      'a scalar',
      'rows\n',
      /must be a list of rows, or a mapping with a use_cases list of rows, not the string "rows"/,
      1,
    ],
    [
      'a mapping without use_cases',
      'use_case: []\n',
      /unknown key 'use_case'; did you mean 'use_cases'\?/,
      1,
    ],
    ['use_cases that is no list', 'use_cases: {}\n', /use_cases must be a list of rows, not a mapping/, 1],
    [
      'an item that is no mapping',
      '- churn-weekly\n',
      /a row must be a mapping of column to value, not the string/,
      1,
    ],
    ['invalid YAML', '- id: [a\n', /^invalid YAML: /, undefined],
    [
      'an unquoted cron expression starting with *',
      `${rowYaml()}  schedule: */5 * * * *\n`,
      /^invalid YAML: .*alias.*; an unquoted '\*' starts a YAML alias: quote the cron expression \(schedule: "\*\/5 \* \* \* \*"\)$/i,
      6,
    ],
    [
      'an alias whose anchor is never set',
      `${rowYaml()}  schedule: *daily\n`,
      /^invalid YAML: Unresolved alias.*; an unquoted '\*' starts a YAML alias/,
      6,
    ],
  ])('refuses %s with the line', async (_name, text, message, line) => {
    const error = await failure({ 'rows/a.yml': text });
    expect(error.problems[0]!.message).toMatch(message);
    if (line !== undefined) expect(error.problems[0]!.location.line).toBe(line);
    expect(error.problems[0]!.location.file).toBe('rows/a.yml');
  });
});
