import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { countLocalRows, readScoringInput } from '../../../src/run-integration-score/scoring-input.js';

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'scoring-input-'));
  await mkdir(join(workspace, 'data'));
  await writeFile(join(workspace, 'data', 'a.csv'), 'id,x\n1,"two\nlines"\n2,3\n\n');
  await writeFile(join(workspace, 'data', 'b.csv'), 'id,x\n4,5\n');
});

describe('the input of endpoint mode', () => {
  it('reads datastore URIs and https URLs as they are, a trailing / meaning a folder', async () => {
    await expect(
      readScoringInput('azureml://datastores/workspaceblobstore/paths/in/', workspace),
    ).resolves.toMatchObject({
      kind: 'datastore',
      type: 'UriFolder',
      location: { datastore: 'workspaceblobstore', path: 'in/' },
    });
    await expect(
      readScoringInput('https://acct.blob.core.windows.net/c/in.csv', workspace),
    ).resolves.toMatchObject({
      kind: 'url',
      type: 'UriFile',
    });
  });

  it.each([
    ['http://acct.blob.core.windows.net/c/in.csv', /batch endpoints read a workspace file or folder/],
    ['azureml:credit-input:1', /batch endpoints read a workspace file or folder/],
    ['azureml://registries/r/data/d/versions/1', /is not a datastore path/],
    ['azureml://datastores/workspaceblobstore/paths/', /names no path inside datastore 'workspaceblobstore'/],
    ['data/missing.csv', /names 'data\/missing\.csv', which does not exist in the workspace/],
    ['../outside.csv', /outside the workspace/],
  ])('refuses %s', async (text, message) => {
    await expect(readScoringInput(text, workspace)).rejects.toThrow(message);
  });

  it('hashes a local folder and counts its CSV data rows as pandas reads them', async () => {
    const input = await readScoringInput('data', workspace);
    expect(input).toMatchObject({ kind: 'local', type: 'UriFolder' });
    if (input.kind !== 'local') throw new Error('local');
    expect(input.content.files.map((file) => file.path)).toEqual(['a.csv', 'b.csv']);
    expect(await countLocalRows(input.content)).toBe(3);
    expect(await readScoringInput('data/b.csv', workspace)).toMatchObject({ kind: 'local', type: 'UriFile' });
  });
});
