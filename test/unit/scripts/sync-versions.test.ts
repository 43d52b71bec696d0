import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { syncVersions } from '../../../scripts/sync-versions.mjs';

let root: string;
const definition = (version: string) =>
  `export const definition = {\n  name: 'alpha',\n  version: '${version}',\n  inputs: {},\n} as const;\n`;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sync-versions-'));
  for (const name of ['alpha', 'beta']) {
    await mkdir(join(root, 'src', name), { recursive: true });
    await writeFile(join(root, 'src', name, 'definition.ts'), definition('0.1.0'));
  }
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('syncVersions', () => {
  it('writes the manifest’s version into each definition.ts, and only where it differs', async () => {
    await writeFile(
      join(root, '.release-please-manifest.json'),
      JSON.stringify({ 'actions/alpha': '0.2.0', 'actions/beta': '0.1.0' }),
    );
    expect(syncVersions(root, ['alpha', 'beta'])).toEqual(['alpha']);
    expect(await readFile(join(root, 'src', 'alpha', 'definition.ts'), 'utf8')).toBe(definition('0.2.0'));
    expect(syncVersions(root, ['alpha', 'beta'])).toEqual([]);
  });

  it('refuses a manifest without the action', async () => {
    await writeFile(
      join(root, '.release-please-manifest.json'),
      JSON.stringify({ 'actions/alpha': '0.2.0' }),
    );
    expect(() => syncVersions(root, ['alpha', 'beta'])).toThrow(
      '.release-please-manifest.json has no version for actions/beta',
    );
  });
});
