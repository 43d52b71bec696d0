// Where batch jobs keep their local files (scoring/scratch-folder.ts): SANDBOX_SCRATCH_DIR when set, else a tmpfs
// with room (on Linux, /dev/shm), else the system's temporary folder; a folder that is no tmpfs, too small or missing
// is passed over. A folder made there is removed by remove(), and by the process's exit when nobody removed it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  makeScratchFolder,
  SCRATCH_VARIABLE,
  scratchParent,
} from '../../src/sandbox/scoring/scratch-folder.js';

const module = fileURLToPath(new URL('../../src/sandbox/scoring/scratch-folder.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const TMPFS_MAGIC = 0x01021994;
const disk = mkdtempSync(join(tmpdir(), 'scratch-choice-'));
afterAll(() => rmSync(disk, { recursive: true, force: true }));

/** /dev/shm as a tmpfs with 1 GiB free, when the machine has one (Linux; Docker's default of 64 MB is too small). */
function devShm(): boolean {
  try {
    const stats = statfsSync('/dev/shm');
    return (
      process.platform === 'linux' && stats.type === TMPFS_MAGIC && stats.bavail * stats.bsize >= 1024 ** 3
    );
  } catch {
    return false;
  }
}

describe('the batch jobs scratch folder', () => {
  it('is the folder SANDBOX_SCRATCH_DIR names, whatever else the machine has', async () => {
    expect(await scratchParent({ env: { [SCRATCH_VARIABLE]: ` ${disk} ` } })).toBe(disk);
  });

  it('passes over a preferred folder that is no tmpfs, or is missing', async () => {
    const isTmpfs = statfsSync(disk).type === TMPFS_MAGIC;
    if (!isTmpfs) expect(await scratchParent({ env: {}, memoryFolder: disk })).toBe(tmpdir());
    expect(await scratchParent({ env: {}, memoryFolder: join(disk, 'missing') })).toBe(tmpdir());
  });

  (devShm() ? it : it.skip)(
    'is /dev/shm when it is a tmpfs with room, and not when it has too little free',
    async () => {
      expect(await scratchParent({ env: {} })).toBe('/dev/shm');
      expect(await scratchParent({ env: {}, minFreeBytes: Number.MAX_SAFE_INTEGER })).toBe(tmpdir());
    },
  );

  it('makes a folder there that remove() takes away with its content', async () => {
    const folder = await makeScratchFolder('jobs-', { env: { [SCRATCH_VARIABLE]: disk } });
    expect(folder.path.startsWith(join(disk, 'jobs-'))).toBe(true);
    writeFileSync(join(folder.path, 'file.txt'), 'x');
    await folder.remove();
    expect(existsSync(folder.path)).toBe(false);
  });

  it('removes a folder nobody removed when the process exits', () => {
    const parent = join(disk, 'exiting');
    const script = [
      `const { makeScratchFolder } = await import(${JSON.stringify(module)});`,
      `const folder = await makeScratchFolder('jobs-', { env: { ${SCRATCH_VARIABLE}: ${JSON.stringify(parent)} } });`,
      `(await import('node:fs')).writeFileSync(folder.path + '/file.txt', 'x');`,
      `process.exit(3);`,
    ].join('\n');
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect({ status: child.status, stderr: child.stderr }).toEqual({ status: 3, stderr: '' });
    // The parent was made for the folder; the folder itself is gone.
    expect(readdirSync(parent)).toEqual([]);
  });
});
