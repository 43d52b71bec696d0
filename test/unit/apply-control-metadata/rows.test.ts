import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { RowsError } from '../../../src/apply-control-metadata/problems.js';
import { readRows, toRawRow, validateRows } from '../../../src/apply-control-metadata/rows.js';
import { ConfigurationError } from '../../../src/shared/errors.js';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'rows-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

async function write(files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), content);
  }
}

async function read(files: Record<string, string | Uint8Array>, patterns: readonly string[] = ['rows/**']) {
  await write(files);
  return readRows({ workspace, patterns });
}

async function failure(files: Record<string, string | Uint8Array>, patterns?: readonly string[]) {
  const error = await read(files, patterns).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RowsError);
  return error as RowsError;
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' not in the text`);
  return text.slice(0, at).split('\n').length;
}

const COLUMNS = [
  'id: churn-weekly',
  'pipeline: pl_score',
  'endpoint: churn-be',
  'input_location: abfss://in@acct.dfs.core.windows.net/churn/',
  'output_location: abfss://out@acct.dfs.core.windows.net/churn/',
];
const CHURN = COLUMNS.map((line, index) => `${index === 0 ? '- ' : '  '}${line}`);

/** One valid row as a YAML list, with `extra` lines appended and the columns in `without` left out. */
function rowYaml(extra: readonly string[] = [], without: readonly string[] = []): string {
  const lines = [
    ...COLUMNS.filter((line) => !without.some((column) => line.startsWith(`${column}:`))),
    ...extra,
  ];
  return `${lines.map((line, index) => `${index === 0 ? '- ' : '  '}${line}`).join('\n')}\n`;
}

describe('readRows: YAML and JSON', () => {
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

    await rm(join(workspace, 'rows/churn.json'));
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
  ])('refuses %s with the line', async (_name, text, message, line) => {
    const error = await failure({ 'rows/a.yml': text });
    expect(error.problems[0]!.message).toMatch(message);
    if (line !== undefined) expect(error.problems[0]!.location.line).toBe(line);
    expect(error.problems[0]!.location.file).toBe('rows/a.yml');
  });

  it('refuses a file of another kind, naming it', async () => {
    const error = await failure({ 'rows/a.yml': rowYaml(), 'rows/notes.txt': 'id,pipeline\n' });
    expect(error.problems).toEqual([
      {
        message: expect.stringContaining('.yml, .yaml, .json and .csv files only'),
        location: { file: 'rows/notes.txt' },
      },
    ]);
    expect(error.message).toContain('rows/notes.txt: the rows input matched this file');
    expect(error.input).toBe('rows');
  });
});

describe('readRows: CSV', () => {
  const HEADER =
    'id,pipeline,endpoint,deployment,input_location,output_location,sink_table,schedule,enabled,parameters';

  it('reads quoted fields with commas, newlines and quotes, unicode, empty cells and JSON parameters', async () => {
    const text = [
      HEADER,
      'churn-weekly,pl_score,churn-be,,abfss://in/churn,abfss://out/churn,,,TRUE,',
      'credit-default,pl_score,credit-be,blue,"abfss://in/a,b","abfss://out/""quoted""",scoring.credit,"weekly',
      'on mondays",False,"{""threshold"": 0.7, ""label"": ""Kündigung ✓""}"',
      'zeta,pl_score,zeta-be,,in/é,out/日本,dbo.z,,,',
    ].join('\r\n');
    const rows = await read({ 'rows/use-cases.csv': `\uFEFF${text}\r\n` });

    expect(rows.map((row) => row.row)).toEqual([
      {
        id: 'churn-weekly',
        pipeline: 'pl_score',
        endpoint: 'churn-be',
        deployment: null,
        input_location: 'abfss://in/churn',
        output_location: 'abfss://out/churn',
        sink_table: null,
        schedule: null,
        enabled: true,
        parameters: {},
      },
      {
        id: 'credit-default',
        pipeline: 'pl_score',
        endpoint: 'credit-be',
        deployment: 'blue',
        input_location: 'abfss://in/a,b',
        output_location: 'abfss://out/"quoted"',
        sink_table: 'scoring.credit',
        schedule: 'weekly\non mondays',
        enabled: false,
        parameters: { threshold: 0.7, label: 'Kündigung ✓' },
      },
      expect.objectContaining({
        id: 'zeta',
        input_location: 'in/é',
        output_location: 'out/日本',
        enabled: true,
      }),
    ]);
    const [churn, credit, zeta] = rows;
    expect(churn!.location).toEqual({ file: 'rows/use-cases.csv', line: 2, column: 1 });
    expect(credit!.locate('sink_table')).toEqual({ file: 'rows/use-cases.csv', line: 3, column: 82 });
    // The record spans two lines: a column after the line break is located on the second.
    expect(credit!.locate('enabled')).toEqual({ file: 'rows/use-cases.csv', line: 4, column: 13 });
    expect(zeta!.location).toEqual({ file: 'rows/use-cases.csv', line: 5, column: 1 });
  });

  it('reads a file with only some columns, in any order', async () => {
    const [row] = await read({
      'rows/a.csv': 'output_location,id,endpoint,pipeline,input_location\nout,a1,churn-be,pl_score,in\n',
    });
    expect(row!.row).toMatchObject({ id: 'a1', input_location: 'in', enabled: true, parameters: {} });
    expect(row!.locate('endpoint')).toEqual({ file: 'rows/a.csv', line: 2, column: 8 });
  });

  it('reports a bad JSON cell at its line, after a record that spans lines', async () => {
    const text = [
      'id,pipeline,endpoint,input_location,output_location,parameters',
      'a1,pl_score,churn-be,"in',
      'two lines",out,{}',
      'a2,pl_score,churn-be,in,out,"{""threshold"": 0.7,',
      '""oops""}"',
      'a3,pl_score,churn-be,in,out,[1]',
      'a4,pl_score,churn-be,in,out,"{""a"": 1, ""a"": 2}"',
    ].join('\n');
    const error = await failure({ 'rows/a.csv': text });
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(
          /^'parameters' is not valid JSON: .*\(line 2, column \d+ of the value\)$/,
        ),
        location: { file: 'rows/a.csv', line: 5 },
      },
      {
        message: "row 'a3': 'parameters' must be a JSON object (a mapping of name to value), not a list",
        location: { file: 'rows/a.csv', line: 6, column: 29 },
      },
      {
        message: expect.stringMatching(/^'parameters' is not valid JSON: .*unique/i),
        location: { file: 'rows/a.csv', line: 7 },
      },
    ]);
  });

  it('refuses enabled other than true or false', async () => {
    const error = await failure({
      'rows/a.csv':
        'id,pipeline,endpoint,input_location,output_location,enabled\na1,pl_score,churn-be,in,out,yes\n',
    });
    expect(error.problems).toEqual([
      {
        message: `'enabled' must be true or false, not "yes"`,
        location: { file: 'rows/a.csv', line: 2, column: 29 },
      },
    ]);
  });

  it('refuses unknown and missing header columns once, at the header', async () => {
    const error = await failure({
      'rows/a.csv':
        'id,pipline,endpoint,input_location,output_location\na1,pl_score,churn-be,in,out\na2,x,y,z,w\n',
    });
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(/^the header has no 'pipeline' column, which every row needs/),
        location: { file: 'rows/a.csv', line: 1 },
      },
      {
        message: expect.stringMatching(
          /^unknown column 'pipline'; did you mean 'pipeline'\? The columns are id, /,
        ),
        location: { file: 'rows/a.csv', line: 1, column: 4 },
      },
    ]);
  });

  it('refuses a column named twice', async () => {
    const error = await failure({
      'rows/a.csv':
        'id,pipeline,endpoint,input_location,output_location,id\na1,pl_score,churn-be,in,out,a2\n',
    });
    expect(error.problems).toEqual([
      {
        message: "the header names the column 'id' twice",
        location: { file: 'rows/a.csv', line: 1, column: 53 },
      },
    ]);
  });

  it.each([
    ['an unclosed quote', 'id,pipeline\n"a1,pl\n', /^invalid CSV: Quote Not Closed: /, 2],
    [
      'a record with more fields than the header',
      'id,pipeline\na1,p,extra\n',
      /^invalid CSV: Invalid Record Length: the record has 3 fields, but it must have as many fields as the header$/,
      2,
    ],
    [
      'a quote inside an unquoted field',
      'id,pipeline\na"1",p\n',
      /^invalid CSV: Invalid Opening Quote: a quote inside the unquoted value of field 1; quote the whole value/,
      2,
    ],
    [
      'a value that goes on after its closing quote',
      'id,pipeline\n"a"1,p\n',
      /^invalid CSV: Invalid Closing Quote: a quoted value goes on after its closing quote/,
      2,
    ],
  ])('refuses %s with its line', async (_name, text, message, line) => {
    const error = await failure({ 'rows/a.csv': text });
    expect(error.problems).toEqual([
      { message: expect.stringMatching(message), location: { file: 'rows/a.csv', line } },
    ]);
    expect(error.problems[0]!.message).not.toMatch(/line \d/);
  });

  it('refuses an empty file and a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(
      'id,pipeline,endpoint,input_location,output_location\nk\xfcndigung,p,churn-be,in,out\n',
      'latin1',
    );
    const error = await failure({ 'rows/empty.csv': '', 'rows/latin1.csv': latin1 });
    expect(error.problems).toEqual([
      {
        message: expect.stringMatching(/^the file is empty; a CSV file of rows starts with a header/),
        location: { file: 'rows/empty.csv' },
      },
      { message: expect.stringMatching(/^the file is not UTF-8/), location: { file: 'rows/latin1.csv' } },
    ]);
  });
});

describe('readRows: validation', () => {
  const long = (length: number) => 'x'.repeat(length);
  // [what, extra lines, columns left out, message, the text marking the line at fault]
  it.each<[string, string[], string[], RegExp, string]>([
    [
      'an unknown column',
      ['pipline: pl_x'],
      [],
      /unknown column 'pipline'; did you mean 'pipeline'\?/,
      'pipline:',
    ],
    [
      'an unknown column far from any',
      ['owner: team-a'],
      [],
      /unknown column 'owner'\. The columns are id, pipeline/,
      'owner:',
    ],
    ['a missing id', [], ['id'], /^missing the required column 'id'$/, 'pipeline:'],
    [
      'a missing endpoint',
      [],
      ['endpoint'],
      /^row 'churn-weekly': missing the required column 'endpoint'$/,
      'id:',
    ],
    [
      'a null pipeline',
      ['pipeline: null'],
      ['pipeline'],
      /missing the required column 'pipeline'/,
      'pipeline:',
    ],
    [
      'a YAML number for a string',
      ['deployment: 007'],
      [],
      /'deployment' must be a string, not the number 7; quote it/,
      'deployment:',
    ],
    [
      'a YAML boolean for a string',
      ['schedule: yes', 'sink_table: true'],
      [],
      /'sink_table' must be a string, not the boolean true; quote it/,
      'sink_table:',
    ],
    [
      'a mapping for a string',
      ['schedule: {a: 1}'],
      [],
      /'schedule' must be a string, not a mapping$/,
      'schedule:',
    ],
    [
      'a NUL character',
      ['schedule: "daily\\0"'],
      [],
      /'schedule' contains a NUL character, which PostgreSQL cannot store/,
      'schedule:',
    ],
    [
      'a NUL character in parameters',
      ['parameters: {a: {b: ["x\\0"]}}'],
      [],
      /'parameters.a.b\[0\]' contains a NUL character/,
      'parameters:',
    ],
    [
      'a parameter JSON cannot hold',
      ['parameters: {ratio: .nan}'],
      [],
      /'parameters.ratio' is NaN, which JSON cannot hold/,
      'parameters:',
    ],
    [
      'enabled as a string',
      ['enabled: "true"'],
      [],
      /'enabled' must be true or false, not the string "true"/,
      'enabled:',
    ],
    [
      'parameters as a list',
      ['parameters: [a]'],
      [],
      /'parameters' must be a JSON object .*not a list/,
      'parameters:',
    ],
    [
      'an empty optional string',
      ['deployment: ""'],
      [],
      /'deployment' is empty; leave it out or write null for none/,
      'deployment:',
    ],
    ['an id with a space', [], [], /'id' "churn weekly" is not a valid id: 1-128 letters/, 'id:'],
    ['an id of 129 characters', [], [], /is not a valid id/, 'id:'],
    [
      'a pipeline with a slash',
      ['pipeline: pl/score'],
      ['pipeline'],
      /'pipeline' "pl\/score" is not a valid Data Factory pipeline name: 1-260 characters/,
      'pipeline:',
    ],
    [
      'a short endpoint',
      ['endpoint: cb'],
      ['endpoint'],
      /'endpoint' "cb" is not valid: the name for an endpoint must be at least 3/,
      'endpoint:',
    ],
    [
      'an endpoint starting with a digit',
      ['endpoint: 1churn'],
      ['endpoint'],
      /the name for an endpoint must start with a letter/,
      'endpoint:',
    ],
    [
      'a deployment ending with a hyphen',
      ['deployment: blue-'],
      [],
      /'deployment' "blue-" is not valid: the name for a deployment must start/,
      'deployment:',
    ],
    [
      'a sink table of three parts',
      ['sink_table: a.b.c'],
      [],
      /'sink_table' "a.b.c" is not a table name/,
      'sink_table:',
    ],
    [
      'a sink table starting with a digit',
      ['sink_table: dbo.1scores'],
      [],
      /is not a table name/,
      'sink_table:',
    ],
    [
      'a long input location',
      [`input_location: ${long(2049)}`],
      ['input_location'],
      /'input_location' is 2049 characters long; the most is 2048/,
      'input_location:',
    ],
    [
      'a blank output location',
      ['output_location: "  "'],
      ['output_location'],
      /'output_location' is blank/,
      'output_location:',
    ],
    [
      'a long schedule',
      [`schedule: ${long(129)}`],
      [],
      /'schedule' is 129 characters long; the most is 128/,
      'schedule:',
    ],
  ])('refuses %s, with the file and line', async (what, extra, without, message, marker) => {
    let text = rowYaml(extra, without);
    if (what === 'an id with a space') text = text.replace('churn-weekly', 'churn weekly');
    if (what === 'an id of 129 characters') text = text.replace('churn-weekly', long(129));
    const error = await failure({ 'rows/a.yml': text });
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    expect(problem!.message).toMatch(message);
    expect(problem!.location).toEqual({
      file: 'rows/a.yml',
      line: lineOf(text, marker),
      column: expect.any(Number),
    });
    expect(error.message).toContain(`rows/a.yml line ${lineOf(text, marker)}`);
  });

  it.each([
    ['sink_table: scores', 'scores'],
    ['sink_table: mlops.scores', 'mlops.scores'],
    ['deployment: blue-v2', 'blue-v2'],
  ])('accepts %s', async (line) => {
    await expect(read({ 'rows/a.yml': rowYaml([line]) })).resolves.toHaveLength(1);
  });

  it('collects every problem of every file into one error, in file and line order', async () => {
    const error = await failure({
      'rows/b.yml': rowYaml(['schedule: 5', 'colour: red']),
      'rows/a.csv': 'id,pipeline,endpoint,input_location,output_location\na1,pl_score,x,in,out\n',
    });
    expect(error.problems.map((p) => [p.location.file, p.location.line])).toEqual([
      ['rows/a.csv', 2],
      ['rows/b.yml', 6],
      ['rows/b.yml', 7],
    ]);
    expect(error.message).toMatch(
      /^3 problems in the rows \(rows\/\*\*\):\n- rows\/a.csv line 2, column 13: row 'a1': 'endpoint'/,
    );
    expect(error.location).toEqual({ file: 'rows/a.csv', line: 2, column: 13 });
  });

  it('refuses an id used twice across files, case-insensitively, naming both places', async () => {
    const error = await failure({
      'rows/a.csv':
        'id,pipeline,endpoint,input_location,output_location\nchurn-weekly,pl_score,churn-be,in,out\n',
      'rows/b.yml': rowYaml().replace('churn-weekly', 'Churn-Weekly'),
    });
    expect(error.problems).toEqual([
      {
        message:
          "row 'Churn-Weekly': duplicate id 'Churn-Weekly': rows/a.csv line 2 has it already (ids are compared case-insensitively, as SQL Server does)",
        location: { file: 'rows/b.yml', line: 1, column: 3 },
      },
    ]);
  });
});

describe('readRows: globs', () => {
  it('expands patterns and exclusions inside the workspace', async () => {
    await write({
      'rows/a.yml': rowYaml().replace('churn-weekly', 'a1'),
      'rows/nested/b.yaml': rowYaml().replace('churn-weekly', 'b1'),
      'rows/drafts/c.yml': rowYaml().replace('churn-weekly', 'c1'),
      'other/d.yml': rowYaml().replace('churn-weekly', 'd1'),
    });
    const rows = await readRows({ workspace, patterns: ['rows/**/*.{yml,yaml}', '!rows/drafts/**'] });
    expect(rows.map((row) => [row.row.id, row.location.file])).toEqual([
      ['a1', 'rows/a.yml'],
      ['b1', 'rows/nested/b.yaml'],
    ]);
  });

  it('refuses a pattern that matches nothing or leaves the workspace', async () => {
    await expect(readRows({ workspace, patterns: ['rows/*.yml'] })).rejects.toThrow(
      /Input 'rows' matches no file/,
    );
    await expect(readRows({ workspace, patterns: ['../*.yml'] })).rejects.toThrow(ConfigurationError);
  });
});

describe('validateRows', () => {
  it('round-trips a validated row through toRawRow', async () => {
    const rows = await read({ 'rows/a.yml': rowYaml(['parameters: {a: 1}']) });
    const again = validateRows(rows.map(toRawRow));
    expect(again.problems).toEqual([]);
    expect(again.rows.map((row) => row.row)).toEqual(rows.map((row) => row.row));
    expect(again.rows[0]!.locate('parameters')).toEqual(rows[0]!.locate('parameters'));
  });
});
