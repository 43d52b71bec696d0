/**
 * Files an action names in its outputs (plans, reports): JSON under `$RUNNER_TEMP/<action>/`, so a later step of
 * the job can read or attach them, and passed through the secret redactor first, like every other output.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OutputFile {
  readonly env: NodeJS.ProcessEnv;
  /** The action's folder name; the file goes under `$RUNNER_TEMP/<action>/`. */
  readonly action: string;
  /** The file name without `.json`. */
  readonly name: string;
  readonly document: unknown;
  readonly redact: (text: string) => string;
}

/** Writes the document as indented JSON and answers the file's path. */
export async function writeOutputFile(file: OutputFile): Promise<string> {
  const folder = join(file.env.RUNNER_TEMP || tmpdir(), file.action);
  await mkdir(folder, { recursive: true });
  const path = join(folder, `${file.name}.json`);
  await writeFile(path, `${file.redact(JSON.stringify(file.document, null, 2))}\n`);
  return path;
}
