import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  type Expectations,
  readExpectations,
} from '../../../src/run-integration-score/expectations/expectations-file.js';
import { loadGolden } from '../../../src/run-integration-score/expectations/golden-file.js';
import { validateOutput } from '../../../src/run-integration-score/expectations/validation.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ProblemsError } from '../../../src/shared/problems.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'validation-'));
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

function expectations(text: string): Expectations {
  return {
    ...readExpectations(parseDocumentText(text, 'expectations.yml'), { workspace: dir, folder: dir }),
    digest: '0'.repeat(64),
  };
}

async function validate(
  spec: string,
  outputs: Record<string, string>,
  extra: { inputRows?: number; durationMs?: number } = {},
) {
  const e = expectations(spec);
  const golden = e.golden ? await loadGolden(e.golden, e.output.columns) : undefined;
  const files = await Promise.all(Object.entries(outputs).map(([name, text]) => file(name, text)));
  return validateOutput({
    files,
    expectations: e,
    golden,
    inputRows: extra.inputRows,
    durationMs: extra.durationMs ?? 0,
  });
}

const MLFLOW = `output:
  layout: append_row
  columns: [{name: row, type: integer}, {name: prediction, type: number}, {name: file, type: string}]
rows: input
columns:
  prediction: {min: 0, max: 1, max_null_share: 0}
golden:
  file: golden.csv
  keys: [file, row]
  tolerance: {absolute: 0.01}
max_duration: 1m
`;

describe('validating an output', () => {
  beforeAll(async () => {
    await file('golden.csv', 'file,row,prediction\na.csv,0,0.10\na.csv,1,0.50\na.csv,2,0.90\nb.csv,0,0.30\n');
  });

  it('passes an output that meets every expectation, in any row order', async () => {
    const result = await validate(
      MLFLOW,
      { 'predictions.csv': '0,0.305,b.csv\n2,0.9,a.csv\n0,0.1,a.csv\n1,0.505,a.csv\n' },
      { inputRows: 4, durationMs: 5_000 },
    );
    expect(result.checks.map((check) => [check.check, check.passed, check.observed])).toEqual([
      ['rows', true, '4 rows'],
      ['schema', true, 'every row (4 rows)'],
      ['columns.prediction.range', true, 'min 0.1, max 0.9'],
      ['columns.prediction.max_null_share', true, '0% missing (0 of 4 values)'],
      ['golden', true, '4 rows matched, every value within tolerance'],
      ['max_duration', true, '5s'],
    ]);
    expect(result).toMatchObject({ validated: true, rows: 4 });
  });

  it('lists every failed expectation with its figures and the first offending rows', async () => {
    const result = await validate(
      MLFLOW,
      {
        'predictions.csv':
          '0,0.1,a.csv\n1,0.7,a.csv\n1,0.5,a.csv\n2,1.5,a.csv\n9,0.2,c.csv\nx,,a.csv\n0,0.3\n',
      },
      { inputRows: 4, durationMs: 90_000 },
    );
    expect(result.validated).toBe(false);
    const byCheck = Object.fromEntries(result.checks.map((check) => [check.check, check]));
    expect(byCheck.rows).toMatchObject({
      passed: false,
      expected: '4 rows, as many as the input has',
      observed: '7 rows',
    });
    expect(byCheck.schema).toMatchObject({
      passed: false,
      observed: "1 row with another number of fields; 1 value of 'row' not of type integer",
      rows: [
        { file: 'predictions.csv', line: 7, expected: '3 fields', observed: '2 fields: 0,0.3' },
        {
          file: 'predictions.csv',
          line: 6,
          column: 'row',
          expected: 'a value of type integer',
          observed: 'x',
        },
      ],
    });
    expect(byCheck['columns.prediction.range']).toMatchObject({
      passed: false,
      expected: 'between 0 and 1',
      observed: '1 value outside (min 0.1, max 1.5)',
      rows: [{ line: 4, column: 'prediction', observed: '1.5' }],
    });
    expect(byCheck['columns.prediction.max_null_share']).toMatchObject({
      passed: false,
      observed: '16.67% missing (1 of 6 values)',
    });
    expect(byCheck.golden).toMatchObject({
      passed: false,
      observed:
        "3 rows matched; 1 golden row missing from the output; 2 output rows not in the golden file; 1 duplicate key in the output; 2 values of 'prediction' differ, largest difference 0.6",
    });
    expect(byCheck.golden!.rows).toEqual([
      {
        file: 'predictions.csv',
        line: 2,
        key: { file: 'a.csv', row: '1' },
        column: 'prediction',
        expected: '0.5',
        observed: '0.7',
        difference: expect.closeTo(0.2, 9),
      },
      {
        file: 'predictions.csv',
        line: 4,
        key: { file: 'a.csv', row: '2' },
        column: 'prediction',
        expected: '0.9',
        observed: '1.5',
        difference: expect.closeTo(0.6, 9),
      },
      {
        file: 'golden.csv',
        line: 5,
        key: { file: 'b.csv', row: '0' },
        observed: 'no output row with this key',
      },
      {
        file: 'predictions.csv',
        line: 5,
        key: { file: 'c.csv', row: '9' },
        observed: 'a row the golden file golden.csv does not have',
      },
      {
        file: 'predictions.csv',
        line: 6,
        key: { file: 'a.csv', row: 'x' },
        observed: 'a row the golden file golden.csv does not have',
      },
      {
        file: 'predictions.csv',
        line: 3,
        key: { file: 'a.csv', row: '1' },
        observed: 'a second row with this key',
      },
    ]);
    expect(byCheck.max_duration).toMatchObject({ passed: false, expected: 'at most 1m', observed: '1m 30s' });
  });

  it('compares with a relative tolerance as numpy.isclose does, missing equals missing, text exactly', async () => {
    await file('golden-text.csv', 'id,score,label\nA,100,x\nB,,y\nC,0,"z, quoted"\n');
    const spec = `output:
  layout: csv
  columns: [id, score, label]
golden:
  file: golden-text.csv
  keys: [id]
  tolerance: {relative: 0.01}
`;
    const passing = await validate(spec, { 'out.csv': 'id,score,label\nA,100.9,x\nB,,y\nC,0,"z, quoted"\n' });
    expect(passing.validated).toBe(true);
    const failing = await validate(spec, { 'out.csv': 'id,score,label\nA,101.1,x\nB,0,y\nC,0.000001,z\n' });
    expect(failing.checks.find((check) => check.check === 'golden')).toMatchObject({
      passed: false,
      observed:
        "3 rows matched; 3 values of 'score' differ, largest difference 1.1; 1 value of 'label' differs",
    });
  });

  it('checks the header of a csv output, allowed values and a row range', async () => {
    const spec = `output:
  layout: csv
  delimiter: ';'
  columns: [{name: id, type: string}, {name: label, type: boolean}]
rows: {min: 3}
columns:
  label: {allowed: [true]}
`;
    const result = await validate(spec, { 'out.csv': 'label;id\nTrue;a\nmaybe;b\n' });
    const byCheck = Object.fromEntries(result.checks.map((check) => [check.check, check]));
    expect(byCheck.rows).toMatchObject({ passed: false, expected: 'at least 3 rows', observed: '2 rows' });
    expect(byCheck.schema).toMatchObject({
      passed: false,
      observed: "1 file with another header; 1 value of 'label' not of type boolean",
      rows: [
        { line: 1, expected: 'id, label', observed: 'label, id' },
        { line: 3, column: 'label', observed: 'maybe' },
      ],
    });
    expect(byCheck['columns.label.allowed']).toMatchObject({
      passed: false,
      rows: [{ line: 3, observed: 'maybe' }],
    });
  });

  it('without expectations, asks for at least one row', async () => {
    const empty = await file('empty.csv', '\n');
    expect(
      await validateOutput({
        files: [empty],
        expectations: undefined,
        golden: undefined,
        inputRows: undefined,
        durationMs: 0,
      }),
    ).toMatchObject({ validated: false, rows: 0 });
  });
});

describe('the golden file', () => {
  it('is refused, with its lines, when a key repeats or a row is short', async () => {
    await file('bad-golden.csv', 'file,row,prediction\na.csv,0,1\na.csv,1\na.csv,0,0\n');
    const e = expectations(MLFLOW.replace('golden.csv', 'bad-golden.csv'));
    const error = await loadGolden(e.golden!, e.output.columns).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProblemsError);
    expect((error as ProblemsError).problems.map((p) => `line ${p.location.line}: ${p.message}`)).toEqual([
      'line 3: the row has 2 field(s), the header 3',
      'line 4: the key (file, row) is the same as on line 2; each key may appear once',
    ]);
  });

  it('names the line of a golden row the output lacks, after blank lines and quoted line breaks too', async () => {
    await file('gapped-golden.csv', 'file,row,prediction\n"a\nb.csv",0,1\n\na.csv,1,1\na.csv,2,1\n');
    const result = await validate(
      MLFLOW.replace('golden.csv', 'gapped-golden.csv').replace('rows: input\n', ''),
      {
        'predictions.csv': '1,1,a.csv\n',
      },
    );
    const golden = result.checks.find((check) => check.check === 'golden')!;
    expect(golden.rows?.map((row) => [row.line, row.key])).toEqual([
      [2, { file: 'a\nb.csv', row: '0' }],
      [6, { file: 'a.csv', row: '2' }],
    ]);
  });

  it('must name output columns only', async () => {
    await file('other-golden.csv', 'file,row,score\na.csv,0,1\n');
    const e = expectations(MLFLOW.replace('golden.csv', 'other-golden.csv'));
    await expect(loadGolden(e.golden!, e.output.columns)).rejects.toThrow(
      "other-golden.csv line 1: column 'score' of the golden file is not a column of the output; the output's columns (output.columns) are: row, prediction, file.",
    );
  });
});
