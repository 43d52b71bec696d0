/**
 * How each kind of step runs: a `run:` script with bash, as the runner runs it (`shell: bash` is
 * `bash --noprofile --norc -eo pipefail {0}`, no shell at all `bash -e {0}`); one of this repository's actions
 * through the local runner (the bundle with INPUT_*, file commands); and the local equivalents of
 * actions/checkout (the workspace already is the working tree) and actions/upload-artifact (files copied under
 * `.sandbox/artifacts/`).
 */
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import {
  type ActionRun,
  type ProcessOptions,
  readActionYml,
  runAction,
  runWithFileCommands,
} from '../local-runner.js';

export interface StepRun {
  /** What the step did, as the runner reports it (a local equivalent has no process: exit code 0 or 1). */
  readonly run: ActionRun;
  /** Said after the verdict on the step's line. */
  readonly detail?: string;
}

export async function runScript(
  script: string,
  shell: 'bash' | 'default',
  options: ProcessOptions,
): Promise<StepRun> {
  const folder = await mkdtemp(join(tmpdir(), 'run-script-'));
  const path = join(folder, 'script.sh');
  await writeFile(path, script);
  try {
    const flags = shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail'] : ['-e'];
    return { run: await runWithFileCommands(['bash', ...flags, path], options) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function runOurAction(
  name: string,
  inputs: Readonly<Record<string, string>>,
  options: ProcessOptions & { readonly evaluateDefault: (template: string) => string },
): Promise<StepRun> {
  return { run: await runAction(name, { ...options, inputs }) };
}

/** The inputs an action declares, for refusing a `with:` key it does not have (the runner would drop it). */
export async function declaredInputs(name: string): Promise<ReadonlySet<string>> {
  return new Set(Object.keys((await readActionYml(name)).inputs ?? {}));
}

/** What a step that starts no process (a local equivalent, or one that could not start) reports. */
export function localRun(exitCode: number, log: string): ActionRun {
  return {
    exitCode,
    stdout: log,
    stderr: '',
    outputs: {},
    summary: '',
    exportedEnv: '',
    env: {},
    path: [],
    annotations: exitCode === 0 ? [] : [{ level: 'error', message: log, properties: {} }],
    masked: [],
    log,
    durationMs: 0,
  };
}

export function checkout(workspace: string, inputs: Readonly<Record<string, string>>): StepRun {
  const ignored = Object.keys(inputs);
  return {
    run: localRun(0, ''),
    detail: `local equivalent: the workspace is the working tree ${workspace}, nothing is cloned${ignored.length ? ` (inputs ${ignored.join(', ')} have no local meaning)` : ''}`,
  };
}

/**
 * actions/upload-artifact@v4's inputs `name`, `path` (lines of files, folders or globs; `!` excludes) and
 * `if-no-files-found` (warn, error, ignore), with the files copied to `<artifactsDir>/<name>/`.
 */
export async function uploadArtifact(
  workspace: string,
  artifactsDir: string,
  inputs: Readonly<Record<string, string>>,
): Promise<StepRun> {
  const name = inputs.name?.trim() || 'artifact';
  const patterns = (inputs.path ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const onNone = inputs['if-no-files-found']?.trim() || 'warn';
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const files = new Set<string>();
  for (const pattern of include) {
    const absolute = isAbsolute(pattern) ? pattern : resolve(workspace, pattern);
    const found = await stat(absolute).catch(() => undefined);
    if (found?.isFile()) files.add(absolute);
    else {
      const matches = await glob(found?.isDirectory() ? `${absolute}/**` : absolute, {
        ignore: patterns.filter((p) => p.startsWith('!')).map((p) => resolve(workspace, p.slice(1))),
        absolute: true,
      });
      for (const match of matches) files.add(match);
    }
  }
  if (files.size === 0) {
    const message = `No files were found with the provided path: ${patterns.join(', ') || '(none)'}. No artifacts will be uploaded.`;
    if (onNone === 'error') return { run: localRun(1, message) };
    return {
      run: localRun(0, ''),
      detail: `local equivalent: ${onNone === 'ignore' ? 'no files' : message}`,
    };
  }
  const target = join(artifactsDir, name);
  await mkdir(target, { recursive: true });
  for (const file of files) {
    const inside = relative(workspace, file);
    await cp(file, join(target, inside.startsWith('..') ? basename(file) : inside));
  }
  return {
    run: localRun(0, ''),
    detail: `local equivalent: ${files.size} file(s) copied to ${target}`,
  };
}
