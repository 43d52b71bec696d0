import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  loadExpectations,
  readExpectations,
} from '../../../src/run-integration-score/expectations/expectations-file.js';
import { parseDocumentText } from '../../../src/shared/documents.js';
import { ProblemsError } from '../../../src/shared/problems.js';
import { REPO_ROOT } from '../../harness/run-action.js';

const WORKSPACE = '/ws';

function read(text: string) {
  return readExpectations(parseDocumentText(text, 'integration/expectations.yml'), {
    workspace: WORKSPACE,
    folder: `${WORKSPACE}/integration`,
  });
}

function problems(text: string): string[] {
  try {
    read(text);
  } catch (error) {
    if (error instanceof ProblemsError) {
      return error.problems.map((p) => `line ${p.location.line}: ${p.message}`);
    }
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const OUTPUT = `output:
  layout: append_row
  columns:
    - {name: row, type: integer}
    - {name: prediction, type: number}
    - file
`;

describe('reading expectations', () => {
  it('reads every kind of expectation, with defaults', () => {
    const expectations = read(`${OUTPUT}rows: {min: 1, max: 100}
columns:
  prediction: {min: 0, max: 1, allowed: [0, 0.5, 1], max_null_share: 0.1}
golden:
  file: golden.csv
  keys: [file, row]
  tolerance: {absolute: 0.001}
  columns: {prediction: {relative: 0.01}}
max_duration: 15m
`);
    expect(expectations.output).toMatchObject({
      layout: 'append_row',
      delimiter: ',',
      columns: [
        { name: 'row', type: 'integer' },
        { name: 'prediction', type: 'number' },
        { name: 'file', type: undefined },
      ],
    });
    expect(expectations.rows).toMatchObject({ kind: 'range', min: 1, max: 100 });
    expect(expectations.columns).toEqual([
      expect.objectContaining({
        column: 'prediction',
        min: 0,
        max: 1,
        allowed: [0, 0.5, 1],
        maxNullShare: 0.1,
      }),
    ]);
    expect(expectations.golden).toMatchObject({
      file: `${WORKSPACE}/integration/golden.csv`,
      shown: 'integration/golden.csv',
      keys: ['file', 'row'],
      tolerance: { absolute: 0.001, relative: 0 },
      columns: { prediction: { absolute: 0.001, relative: 0.01 } },
    });
    expect(expectations.maxDuration).toMatchObject({ ms: 900_000, text: '15m' });
  });

  it('reports every problem at its line, with suggestions', () => {
    expect(
      problems(`output:
  layout: appendrow
  columns:
    - {name: row, type: int}
    - {name: prediction, type: number}
rows: some
columns:
  predicton: {min: 0}
  prediction: {min: 2, max: 1, max_null_share: 1.5}
golden:
  file: golden.csv
  keys: [file]
max_duraton: 1h
`),
    ).toEqual([
      "line 13: unknown key 'max_duraton'; did you mean 'max_duration'? The keys of a run-integration-score expectations file are: output, rows, columns, golden, max_duration.",
    ]);
    expect(
      problems(`output:
  layout: appendrow
  columns:
    - {name: row, type: int}
    - {name: prediction, type: number}
rows: some
columns:
  predicton: {min: 0}
  prediction: {min: 2, max: 1}
golden:
  file: ../../golden.csv
  keys: [file]
`),
    ).toEqual([
      "line 2: must be one of append_row, csv, not the string 'appendrow'.",
      "line 4: must be one of integer, number, string, boolean, not the string 'int'.",
      "line 6: must be 'input' (as many rows as the input has), a number, or {min, max}; not the string 'some'.",
      "line 8: column 'predicton' is not a column of the output; did you mean 'prediction'? The output's columns (output.columns) are: row, prediction.",
      'line 9: min (2) is more than max (1).',
      "line 11: '../../golden.csv' is outside the workspace; keep the golden file in the repository.",
      "line 12: key 'file' is not a column of the output. The output's columns (output.columns) are: row, prediction.",
    ]);
  });

  it('needs the output format, and refuses range checks on text', () => {
    expect(problems('rows: input\n')).toEqual([
      "line 1: 'output' is required: say how to read the output (layout, delimiter, columns). See the action's README.",
    ]);
    expect(
      problems(`${OUTPUT.replace('- file', '- {name: file, type: string}')}columns:\n  file: {max: 3}\n`),
    ).toEqual(["line 8: min and max apply to numbers; column 'file' is of type string."]);
  });

  it('loads the sample expectations with a digest of the file and its golden file', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'expectations-'));
    await cp(join(REPO_ROOT, 'examples', 'integration'), join(workspace, 'integration'), { recursive: true });
    const first = await loadExpectations(join(workspace, 'integration', 'expectations.yml'), workspace);
    expect(first.file).toBe('integration/expectations.yml');
    expect(first.digest).toMatch(/^[0-9a-f]{64}$/);
    await writeFile(
      join(workspace, 'integration', 'golden.csv'),
      'file,row,prediction\nsample-input.csv,0,1\n',
    );
    const changed = await loadExpectations(join(workspace, 'integration', 'expectations.yml'), workspace);
    expect(changed.digest).not.toBe(first.digest);
  });

  it('refuses a golden file that does not exist, at the line that names it', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'expectations-'));
    await writeFile(join(workspace, 'e.yml'), `${OUTPUT}golden:\n  file: nope.csv\n  keys: [row]\n`);
    await expect(loadExpectations(join(workspace, 'e.yml'), workspace)).rejects.toThrow(
      "e.yml line 7: the golden file 'nope.csv' does not exist; check golden.file (relative to e.yml).",
    );
  });
});
