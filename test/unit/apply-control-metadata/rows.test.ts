// readRows (rows.ts): the files the globs match, each read by its kind, every problem of every file in one error.
import { describe, expect, it } from '@jest/globals';
import { readRows } from '../../../src/apply-control-metadata/rows.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { rowYaml, useRowFiles } from '../../fixtures/row-files.js';

const files = useRowFiles();
const { failure, write } = files;

describe('readRows: files', () => {
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
    const rows = await readRows({
      workspace: files.workspace,
      patterns: ['rows/**/*.{yml,yaml}', '!rows/drafts/**'],
    });
    expect(rows.map((row) => [row.row.id, row.location.file])).toEqual([
      ['a1', 'rows/a.yml'],
      ['b1', 'rows/nested/b.yaml'],
    ]);
  });

  it('refuses a pattern that matches nothing or leaves the workspace', async () => {
    await expect(readRows({ workspace: files.workspace, patterns: ['rows/*.yml'] })).rejects.toThrow(
      /Input 'rows' matches no file/,
    );
    await expect(readRows({ workspace: files.workspace, patterns: ['../*.yml'] })).rejects.toThrow(
      ConfigurationError,
    );
  });
});
