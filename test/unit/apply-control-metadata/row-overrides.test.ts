import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RowsError } from '../../../src/apply-control-metadata/problems.js';
import {
  applyRowOverrides,
  loadRowOverrides,
  parseRowOverrides,
  type RowOverrideContext,
} from '../../../src/apply-control-metadata/row-overrides.js';
import { readRows } from '../../../src/apply-control-metadata/rows.js';
import type { SourcedRow } from '../../../src/shared/control-table/model.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { amlReceipt } from '../../fixtures/receipts.js';

const FILE = 'overrides/dev.yml';
const ROWS = `- id: churn-weekly
  pipeline: pl_score
  endpoint: churn-be
  input_location: abfss://in@acct.dfs.core.windows.net/churn/
  output_location: abfss://out@acct.dfs.core.windows.net/churn/
  parameters:
    threshold: 0.5
    segment: retail
- id: credit-default
  pipeline: pl_score
  endpoint: credit-be
  deployment: blue
  input_location: abfss://in@acct.dfs.core.windows.net/credit/
  output_location: abfss://out@acct.dfs.core.windows.net/credit/
`;

const context: RowOverrideContext = {
  receipt: amlReceipt(),
  env: {
    STORAGE_ACCOUNT: 'stdev01',
    ENABLED: 'FALSE',
    SCHEDULE: 'daily',
    EMPTY: '',
    BAD_DEPLOYMENT: 's3cr3t_dep',
  },
};

let workspace: string;
let rows: readonly SourcedRow[];
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'row-overrides-'));
  await mkdir(join(workspace, 'rows'));
  await writeFile(join(workspace, 'rows/use-cases.yml'), ROWS);
  rows = await readRows({ workspace, patterns: ['rows/*.yml'] });
});
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const parse = (text: string) => parseRowOverrides(parseDocumentText(text, FILE));
const apply = (text: string, ctx: RowOverrideContext = context) => applyRowOverrides(rows, parse(text), ctx);
const byId = (result: { rows: SourcedRow[] }, id: string) => result.rows.find((row) => row.row.id === id)!;

function thrown(run: () => unknown): RowsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RowsError);
    return error as RowsError;
  }
  throw new Error('expected a RowsError');
}

describe('applyRowOverrides', () => {
  it('applies all first, then each row; merges parameters key by key and removes null keys', () => {
    const text = [
      'all:',
      '  output_location: abfss://scores@${{ env.STORAGE_ACCOUNT }}.dfs.core.windows.net/',
      '  schedule: weekly',
      '  parameters:',
      '    environment: dev',
      'rows:',
      '  churn-weekly:',
      '    enabled: false',
      '    schedule: ${{ env.SCHEDULE }}',
      '    parameters:',
      '      threshold: 0.7',
      '      segment: null',
      '  credit-default:',
      '    endpoint: ${{ receipt.endpoint.name }}',
      '    deployment: ${{ receipt.deployment.name }}',
      '    sink_table: scoring.credit',
    ].join('\n');
    const result = apply(text);

    expect(byId(result, 'churn-weekly').row).toEqual({
      id: 'churn-weekly',
      pipeline: 'pl_score',
      endpoint: 'churn-be',
      deployment: null,
      input_location: 'abfss://in@acct.dfs.core.windows.net/churn/',
      output_location: 'abfss://scores@stdev01.dfs.core.windows.net/',
      sink_table: null,
      schedule: 'daily',
      enabled: false,
      parameters: { threshold: 0.7, environment: 'dev' },
    });
    expect(byId(result, 'credit-default').row).toMatchObject({
      endpoint: 'credit',
      deployment: 'credit-v3',
      sink_table: 'scoring.credit',
      schedule: 'weekly',
      enabled: true,
      output_location: 'abfss://scores@stdev01.dfs.core.windows.net/',
      parameters: { environment: 'dev' },
    });
    expect(result.rows.map((row) => row.row.id)).toEqual(['churn-weekly', 'credit-default']);
    expect(result.secrets).toEqual(['stdev01', 'daily']);
    expect(result.applied).toEqual([
      `every row: output_location (${FILE} line 2)`,
      `every row: schedule (${FILE} line 3)`,
      `every row: parameters.environment (${FILE} line 5)`,
      `row 'churn-weekly': enabled (${FILE} line 8)`,
      `row 'churn-weekly': schedule (${FILE} line 9)`,
      `row 'churn-weekly': parameters.threshold (${FILE} line 11)`,
      `row 'churn-weekly': parameters.segment removed (${FILE} line 12)`,
      `row 'credit-default': endpoint (${FILE} line 14)`,
      `row 'credit-default': deployment (${FILE} line 15)`,
      `row 'credit-default': sink_table (${FILE} line 16)`,
    ]);
  });

  it('locates an overridden column at its override line, the others where the row wrote them', () => {
    const result = apply('all:\n  schedule: weekly\nrows:\n  credit-default:\n    schedule: daily\n');
    const credit = byId(result, 'credit-default');
    const churn = byId(result, 'churn-weekly');
    expect(credit.locate('schedule')).toEqual({ file: FILE, line: 5, column: 5 });
    expect(churn.locate('schedule')).toEqual({ file: FILE, line: 2, column: 3 });
    expect(credit.locate('endpoint')).toEqual({ file: 'rows/use-cases.yml', line: 11, column: 3 });
    expect(credit.location).toEqual({ file: 'rows/use-cases.yml', line: 9, column: 3 });
  });

  it('matches row ids case-insensitively, as the table compares them', () => {
    const result = apply('rows:\n  Churn-Weekly:\n    enabled: false\n');
    expect(byId(result, 'churn-weekly').row.enabled).toBe(false);
    expect(result.applied).toEqual([`row 'Churn-Weekly': enabled (${FILE} line 3)`]);
  });

  it('takes enabled from an environment variable, whose value is text', () => {
    const result = apply('rows:\n  churn-weekly:\n    enabled: ${{ env.ENABLED }}\n');
    expect(byId(result, 'churn-weekly').row.enabled).toBe(false);
    expect(result.secrets).toEqual(['FALSE']);
  });

  it('leaves the rows it was given untouched', () => {
    const before = structuredClone(rows.map((row) => row.row));
    apply('all:\n  enabled: false\n  parameters:\n    threshold: null\n');
    expect(rows.map((row) => row.row)).toEqual(before);
  });

  it('changes nothing with an empty file', () => {
    const result = apply('');
    expect(result.rows.map((row) => row.row)).toEqual(rows.map((row) => row.row));
    expect(result).toMatchObject({ applied: [], secrets: [] });
  });

  it('reports every unresolved template, each at its line, in one error', () => {
    const error = thrown(() =>
      apply(
        [
          'all:',
          '  schedule: ${{ env.NOT_SET }}',
          'rows:',
          '  churn-weekly:',
          '    endpoint: ${{ receipt.endpoint.nam }}',
          '    parameters:',
          '      a: "x ${{ secrets.TOKEN }}"',
        ].join('\n'),
      ),
    );
    expect(error.problems).toEqual([
      {
        message: "the environment variable 'NOT_SET' is not set",
        location: { file: FILE, line: 2, column: 3 },
      },
      {
        message: expect.stringMatching(
          /^the aml receipt has no field 'endpoint.nam'; its fields are .*endpoint\.name/,
        ),
        location: { file: FILE, line: 5, column: 5 },
      },
      {
        message: expect.stringContaining('is neither ${{ receipt.<field> }} nor ${{ env.<NAME> }}'),
        location: { file: FILE, line: 7, column: 7 },
      },
    ]);
    expect(error.message).toMatch(
      /^3 problems in the overrides file overrides\/dev.yml:\n- overrides\/dev.yml line 2/,
    );
    expect(error.input).toBe('overrides-file');
  });

  it('refuses an id that matches no row, at its line', () => {
    const error = thrown(() =>
      apply('rows:\n  churn-weekyl:\n    enabled: false\n  scoring:\n    enabled: true\n'),
    );
    expect(error.problems).toEqual([
      {
        message: "no row has the id 'churn-weekyl'; did you mean 'churn-weekly'?",
        location: { file: FILE, line: 2, column: 3 },
      },
      { message: "no row has the id 'scoring'", location: { file: FILE, line: 4, column: 3 } },
    ]);
  });

  it('refuses an override that makes a row invalid, at the override line', () => {
    const error = thrown(() =>
      apply(
        [
          'all:',
          '  sink_table: scoring.credit.scores',
          'rows:',
          '  credit-default:',
          '    endpoint: cb',
          '    enabled: "no"',
          '    parameters:',
          '      bad: "\\0"',
        ].join('\n'),
      ),
    );
    expect(error.problems.map((p) => [p.location.line, p.message])).toEqual([
      [
        2,
        expect.stringMatching(
          /^row 'churn-weekly': 'sink_table' "scoring.credit.scores" is not a table name/,
        ),
      ],
      [2, expect.stringMatching(/^row 'credit-default': 'sink_table' .* is not a table name/)],
      [5, expect.stringMatching(/^row 'credit-default': 'endpoint' 'cb' is not valid/)],
      [6, `row 'credit-default': 'enabled' must be true or false, not the string "no"`],
      [8, expect.stringMatching(/^row 'credit-default': 'parameters.bad' contains a NUL character/)],
    ]);
    expect(error.problems.every((p) => p.location.file === FILE)).toBe(true);
  });

  it('never shows a value read from an environment variable in its messages', () => {
    const error = thrown(() =>
      apply('rows:\n  credit-default:\n    deployment: ${{ env.BAD_DEPLOYMENT }}\n'),
    );
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(/^row 'credit-default': 'deployment' '\*\*\*' is not valid/),
        location: { file: FILE, line: 3, column: 5 },
      },
    ]);
    expect(error.message).not.toContain('s3cr3t_dep');
  });
});

describe('parseRowOverrides', () => {
  it.each([
    [
      'an unknown section',
      'al:\n  enabled: false\n',
      /^unknown section 'al'; did you mean 'all'\? The sections are all and rows\.$/,
      1,
      1,
    ],
    [
      'an unknown column',
      'all:\n  enable: false\n',
      /^unknown column 'enable'; did you mean 'enabled'\?/,
      2,
      3,
    ],
    [
      'an unknown column in a row',
      'rows:\n  a1:\n    colour: red\n',
      /^unknown column 'colour'\. The columns are id, /,
      3,
      5,
    ],
    ['an override of the id', 'rows:\n  a1:\n    id: b1\n', /^the id cannot be overridden/, 3, 5],
    [
      'parameters that are no mapping',
      'all:\n  parameters: [a]\n',
      /^must be a mapping of parameter to value .*; it is a list$/,
      2,
      3,
    ],
    [
      'rows that are no mapping',
      'rows:\n  - a1\n',
      /^must be a mapping of row id to overrides; it is a list$/,
      1,
      1,
    ],
    [
      'a row that is no mapping',
      'rows:\n  a1: false\n',
      /^must be a mapping of column to value; it is a boolean$/,
      2,
      3,
    ],
    [
      'one row twice',
      'rows:\n  a1: {}\n  A1: {}\n',
      /^'A1' and 'a1' are the same row \(ids are compared case-insensitively\)$/,
      3,
      3,
    ],
    [
      'a file that is no mapping',
      '- all\n',
      /^the file must be a mapping with 'all' and 'rows'; it is a list$/,
      1,
      1,
    ],
  ])('refuses %s, at its line', (_name, text, message, line, column) => {
    const error = thrown(() => parse(text));
    expect(error.problems).toEqual([
      { message: expect.stringMatching(message), location: { file: FILE, line, column } },
    ]);
  });

  it('collects every problem of the file', () => {
    const error = thrown(() => parse('al: {}\nall:\n  id: x\n  pipline: p\nrows:\n  a1:\n    colour: red\n'));
    expect(error.problems.map((p) => p.location.line)).toEqual([1, 3, 4, 7]);
  });
});

describe('loadRowOverrides', () => {
  it('reads the file, locating values at their lines', async () => {
    await writeFile(join(workspace, 'dev.yml'), '# dev\nrows:\n  churn-weekly:\n    enabled: false\n');
    const overrides = await loadRowOverrides(join(workspace, 'dev.yml'), 'dev.yml');
    expect(overrides.rows).toEqual([
      {
        id: 'churn-weekly',
        location: { file: 'dev.yml', line: 3, column: 3 },
        set: {
          columns: [{ column: 'enabled', value: false, location: { file: 'dev.yml', line: 4, column: 5 } }],
          parameters: [],
        },
      },
    ]);
  });

  it('refuses a missing file, naming the input', async () => {
    const missing = loadRowOverrides(join(workspace, 'nope.yml'), 'nope.yml');
    await expect(missing).rejects.toBeInstanceOf(ConfigurationError);
    await expect(missing).rejects.toMatchObject({
      message: 'nope.yml: file not found.',
      input: 'overrides-file',
    });
  });
});
