/**
 * Where batch jobs keep their local files (the compute node's disk in Azure): the downloaded input, the model and
 * code copies, the workers' outputs and logs. A job makes some ninety file system calls (folders, copies, opens,
 * removals) for a few kilobytes of data, so their cost is the file system's, not the bytes': on this project's
 * machines (ext4 on a virtual disk) a mkdir or rmdir costs 50 to 65 µs of kernel time, on tmpfs under 10 µs. In the
 * pipeline bench (200 jobs) that is about 0.5 s less CPU for the thread pool that makes those calls.
 *
 * So the folder is chosen once per sandbox:
 * - `SANDBOX_SCRATCH_DIR` when set (a disk folder for jobs whose inputs are too large for memory);
 * - else, on Linux, `/dev/shm` when it is a tmpfs the process may write with at least 1 GiB free (Docker's
 *   default of 64 MB is not enough, and is passed over);
 * - else the system's temporary folder.
 * A job that fills the folder fails with the file system's error, as a job filling a node's disk does in Azure.
 */
import { constants, rmSync } from 'node:fs';
import { access, mkdir, mkdtemp, rm, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SCRATCH_VARIABLE = 'SANDBOX_SCRATCH_DIR';

/** statfs(2)'s f_type for tmpfs (linux/magic.h). */
const TMPFS_MAGIC = 0x01021994;
const MIN_FREE_BYTES = 1024 ** 3;

export interface ScratchChoice {
  readonly env?: NodeJS.ProcessEnv;
  /** The memory-backed folder to prefer (default `/dev/shm`). */
  readonly memoryFolder?: string;
  /** Free bytes the memory-backed folder must have (default 1 GiB). */
  readonly minFreeBytes?: number;
}

/** The folder batch jobs' own folders are made in (see the module comment). */
export async function scratchParent(choice: ScratchChoice = {}): Promise<string> {
  const chosen = (choice.env ?? process.env)[SCRATCH_VARIABLE]?.trim();
  if (chosen) return chosen;
  const memory = choice.memoryFolder ?? '/dev/shm';
  if (process.platform === 'linux' && (await roomyTmpfs(memory, choice.minFreeBytes ?? MIN_FREE_BYTES))) {
    return memory;
  }
  return tmpdir();
}

async function roomyTmpfs(folder: string, minFreeBytes: number): Promise<boolean> {
  try {
    const stats = await statfs(folder);
    if (stats.type !== TMPFS_MAGIC || stats.bavail * stats.bsize < minFreeBytes) return false;
    await access(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ScratchFolder {
  readonly path: string;
  /** Removes the folder and what it holds. */
  remove(): Promise<void>;
}

/**
 * A new folder named `<prefix><random>` in the scratch parent. In memory a folder left behind holds memory until the
 * machine restarts, so a process that exits without `remove()` (process.exit, an uncaught error, a signal the
 * process handles by exiting) removes it on its way out.
 */
export async function makeScratchFolder(prefix: string, choice: ScratchChoice = {}): Promise<ScratchFolder> {
  const parent = await scratchParent(choice);
  await mkdir(parent, { recursive: true });
  const path = await mkdtemp(join(parent, prefix));
  const removeOnExit = () => rmSync(path, { recursive: true, force: true });
  process.once('exit', removeOnExit);
  return {
    path,
    async remove() {
      process.removeListener('exit', removeOnExit);
      await rm(path, { recursive: true, force: true });
    },
  };
}
