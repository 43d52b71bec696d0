import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConfigurationError } from '../../../src/shared/errors.js';
import { globWorkspace, resolveWorkspacePath, workspaceRelative } from '../../../src/shared/files.js';

let root: string;
let workspace: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'files-'));
  workspace = join(root, 'ws');
  await mkdir(join(workspace, 'rows', 'more'), { recursive: true });
  await writeFile(join(workspace, 'rows', 'b.yml'), '');
  await writeFile(join(workspace, 'rows', 'a.yml'), '');
  await writeFile(join(workspace, 'rows', 'more', 'c.yml'), '');
  await writeFile(join(workspace, 'rows', 'skip.csv'), '');
  await writeFile(join(root, 'secret.txt'), 'outside');
  await symlink(join(root, 'secret.txt'), join(workspace, 'rows', 'link.yml'));
  await symlink(root, join(workspace, 'escape'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('resolveWorkspacePath', () => {
  it('resolves a relative path inside the workspace', () => {
    expect(resolveWorkspacePath(workspace, 'rows/a.yml', 'rows')).toBe(join(workspace, 'rows', 'a.yml'));
  });
  it.each(['../secret.txt', '/etc/passwd', 'rows/../../secret.txt', 'escape/secret.txt', 'rows/link.yml'])(
    'refuses %s, which leaves the workspace',
    (path) => {
      expect(() => resolveWorkspacePath(workspace, path, 'endpoint-file')).toThrow(ConfigurationError);
      expect(() => resolveWorkspacePath(workspace, path, 'endpoint-file')).toThrow(
        /Input 'endpoint-file'.*outside the workspace/,
      );
    },
  );
  it('allows a path that does not exist yet, inside the workspace', () => {
    expect(resolveWorkspacePath(workspace, 'out/plan.json', 'x')).toBe(join(workspace, 'out', 'plan.json'));
  });
  it('resolves inside a workspace that does not exist yet, right under the root', () => {
    expect(resolveWorkspacePath('/no-such-workspace', 'a/b.yml', 'x')).toBe('/no-such-workspace/a/b.yml');
  });
});

describe('globWorkspace', () => {
  it('expands patterns, sorted, with exclusions', async () => {
    const files = await globWorkspace(
      workspace,
      ['rows/**/*.yml', '!rows/more/**', '!rows/link.yml'],
      'rows',
    );
    expect(files.map((file) => workspaceRelative(workspace, file))).toEqual(['rows/a.yml', 'rows/b.yml']);
  });
  it('refuses a match that links outside the workspace, rather than running without it', async () => {
    await expect(globWorkspace(workspace, ['rows/**/*.yml', '!rows/more/**'], 'rows')).rejects.toThrow(
      /^Input 'rows' matches rows\/link\.yml, a symbolic link to a file outside the workspace/,
    );
  });
  it('refuses a pattern that reaches outside', async () => {
    await expect(globWorkspace(workspace, ['../*.txt'], 'rows')).rejects.toThrow(
      /reaches outside the workspace/,
    );
  });
  it('refuses a pattern that matches nothing unless allowed', async () => {
    await expect(globWorkspace(workspace, ['nothing/*.yml'], 'rows')).rejects.toThrow(
      /Input 'rows' matches no file/,
    );
    await expect(globWorkspace(workspace, ['nothing/*.yml'], 'rows', { allowEmpty: true })).resolves.toEqual(
      [],
    );
  });
});
