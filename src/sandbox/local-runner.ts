/**
 * A local runner: runs a bundled action the way the GitHub runner does: `node dist/<name>/index.js` in a child process, inputs as
 * `INPUT_*` (with action.yml defaults applied, as the runner applies them), and the runner's files for outputs,
 * the job summary, environment and path. Collects everything the action said so tests can assert on it and scan
 * it for secrets.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

export interface ActionYml {
  name: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string };
}

export async function readActionYml(name: string): Promise<ActionYml> {
  return parse(await readFile(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;
}

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  readonly message: string;
  readonly properties: Readonly<Record<string, string>>;
}

export interface ActionRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  /** What the action wrote to GITHUB_ENV (it should write nothing secret, ideally nothing). */
  readonly exportedEnv: string;
  /** The same, parsed: the variables the job's next steps get. */
  readonly env: Readonly<Record<string, string>>;
  /** What the action added to GITHUB_PATH, for the job's next steps. */
  readonly path: readonly string[];
  readonly annotations: readonly Annotation[];
  /** Values registered with `::add-mask::`. */
  readonly masked: readonly string[];
  /** The lines a person would read in the log: stdout without workflow commands, then stderr. */
  readonly log: string;
  readonly durationMs: number;
}

export interface RunOptions extends ProcessOptions {
  /** Inputs by their action.yml name; unset inputs get their action.yml default, as on the runner. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** Extra environment (e.g. the sandbox's `NODE_EXTRA_CA_CERTS`). The test process's own environment is not passed. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Run this file instead of the action's bundle (for tests of the harness itself). */
  readonly script?: string;
  /**
   * Evaluates an action.yml default that holds an expression (`${{ github.token }}`), as the runner does against
   * the job's contexts. Without it, only `${{ github.token }}` is known, from the GITHUB_TOKEN passed in `env`.
   */
  readonly evaluateDefault?: (template: string) => string;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** Parses `::command key=value,key=value::message` lines. */
export function parseWorkflowCommands(
  stdout: string,
): { command: string; properties: Record<string, string>; message: string }[] {
  const commands = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const at = pair.indexOf('=');
      if (at > 0) properties[pair.slice(0, at)] = unescapeProperty(pair.slice(at + 1));
    }
    commands.push({ command: match[1]!, properties, message: unescapeData(match[3] ?? '') });
  }
  return commands;
}

/** Parses the runner's file-command format: `name<<DELIM\nvalue\nDELIM` (and the legacy `name=value`). */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]!);
      values[key!] = body.join('\n');
    } else if (line.includes('=')) {
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return values;
}

const RUNNER_ENV_KEEP = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT'];

export async function runAction(name: string, options: RunOptions = {}): Promise<ActionRun> {
  const metadata = await readActionYml(name);
  const inputs: Record<string, string> = {};
  // The runner sets every declared input: the supplied value, else the default (expressions evaluated).
  for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
    let value = options.inputs?.[input] ?? spec.default;
    if (options.inputs?.[input] === undefined && value?.includes('${{')) {
      value = options.evaluateDefault
        ? options.evaluateDefault(value)
        : value === '${{ github.token }}'
          ? (options.env?.GITHUB_TOKEN ?? '')
          : value;
    }
    if (value !== undefined) inputs[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const input of Object.keys(options.inputs ?? {})) {
    if (!metadata.inputs?.[input])
      throw new Error(`${name} declares no input '${input}' (the runner would warn and drop it)`);
  }
  const script = options.script ?? join(REPO_ROOT, 'actions', name, metadata.runs.main);
  return runWithFileCommands([process.execPath, script], {
    ...options,
    env: { GITHUB_ACTION: name, ...options.env, ...inputs },
  });
}

export interface ProcessOptions {
  /** Environment over the runner's defaults (a value of undefined removes a variable). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** GITHUB_WORKSPACE; a fresh temporary folder when omitted. */
  readonly workspace?: string;
  /** The working directory; the workspace when omitted. */
  readonly cwd?: string;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** RUNNER_TEMP, kept for the whole job as on the runner; a folder removed after the step when omitted. */
  readonly runnerTemp?: string;
  /**
   * Cancel the step as the runner does: send `signal` once the step has printed a line matching `when` (the runner
   * sends SIGINT, then SIGTERM, when a job is cancelled).
   */
  readonly interrupt?: { readonly signal: NodeJS.Signals; readonly when: RegExp };
}

/**
 * Runs one step's process as the runner does: fresh GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_PATH
 * and GITHUB_STATE files, the runner's variables, only PATH/HOME/TMPDIR/LANG from this process, and what the step
 * wrote to those files and to stdout (workflow commands) read back. Used for actions and for `run:` scripts.
 */
export async function runWithFileCommands(
  command: readonly string[],
  options: ProcessOptions = {},
): Promise<ActionRun> {
  const scratch = await mkdtemp(join(tmpdir(), 'run-step-'));
  const workspace = options.workspace ?? join(scratch, 'workspace');
  const files = {
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_STEP_SUMMARY: join(scratch, 'summary'),
    GITHUB_ENV: join(scratch, 'env'),
    GITHUB_PATH: join(scratch, 'path'),
    GITHUB_STATE: join(scratch, 'state'),
  };
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
  if (!options.workspace) await mkdir(workspace);

  const env: Record<string, string> = {};
  for (const key of RUNNER_ENV_KEEP) if (process.env[key] !== undefined) env[key] = process.env[key]!;
  Object.assign(env, files, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: options.runnerTemp ?? scratch,
    GITHUB_REPOSITORY: 'example/release',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_RUN_ID: '1000',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
  });
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const started = performance.now();
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number | null;
    stdout: string;
    stderr: string;
  }>((done, fail) => {
    // Its own process group, so a timeout or a cancellation ends what the step started too (a script's `sleep`
    // would otherwise hold the output pipes open), as the runner ends a step's process tree.
    const child = spawn(command[0]!, command.slice(1), {
      env,
      cwd: options.cwd ?? workspace,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let interrupted = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      const { interrupt } = options;
      if (interrupt && !interrupted && interrupt.when.test(Buffer.concat(out).toString('utf8'))) {
        interrupted = true;
        child.kill(interrupt.signal);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(kill, options.timeoutMs ?? 120_000);
    options.signal?.addEventListener('abort', kill, { once: true });
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', kill);
      done({
        exitCode: code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
  const durationMs = performance.now() - started;

  const [outputText, summary, exportedEnv, exportedPath] = await Promise.all([
    readFile(files.GITHUB_OUTPUT, 'utf8'),
    readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    readFile(files.GITHUB_ENV, 'utf8'),
    readFile(files.GITHUB_PATH, 'utf8'),
  ]);
  await rm(scratch, { recursive: true, force: true }).catch(() => {});
  const commands = parseWorkflowCommands(stdout);
  const annotations = commands
    .filter((c): c is typeof c & { command: Annotation['level'] } =>
      ['error', 'warning', 'notice'].includes(c.command),
    )
    .map((c) => ({ level: c.command, message: c.message, properties: c.properties }));
  const log = [
    ...stdout.split(/\r?\n/).filter((line) => !line.startsWith('::')),
    ...stderr.split(/\r?\n/),
  ].join('\n');
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(outputText),
    summary,
    exportedEnv,
    env: parseFileCommands(exportedEnv),
    path: exportedPath.split(/\r?\n/).filter((line) => line.trim() !== ''),
    annotations,
    masked: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    log,
    durationMs,
  };
}

/** A secret as it could be written: raw, URL-encoded, base64 (at each byte alignment inside a longer text) and
 * escaped inside JSON; derived forms shorter than 8 characters are left out (they would match by chance). */
export function secretForms(secret: string): string[] {
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    Buffer.from(secret).toString('base64url'),
    JSON.stringify(secret).slice(1, -1),
  ]);
  // Inside a longer base64 text the secret starts at one of three byte alignments: at each, the characters that
  // depend on the secret alone (past the first group, before the last).
  for (const pad of ['', 'a', 'ab']) {
    const encoded = Buffer.from(pad + secret).toString('base64');
    if (!pad) forms.add(encoded);
    forms.add(encoded.slice(pad ? 4 : 0, -4));
  }
  return [secret, ...[...forms].filter((form) => form !== secret && form.length >= 8)];
}

/**
 * Every place a secret could leak to a person: the log (workflow commands included, except the `add-mask` lines the
 * runner consumes), outputs, the summary, the exported environment and path, and any `files` given (plan files), each
 * searched for every form of each secret (`secretForms`). Returns the places each secret was found.
 */
export function findSecrets(
  run: ActionRun,
  secrets: readonly string[],
  files: Readonly<Record<string, string>> = {},
): string[] {
  const visibleStdout = run.stdout
    .split(/\r?\n/)
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const places: Record<string, string> = {
    stdout: visibleStdout,
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    'exported environment': run.exportedEnv,
    path: run.path.join('\n'),
    ...files,
  };
  const found: string[] = [];
  for (const secret of secrets) {
    const forms = secretForms(secret);
    for (const [place, text] of Object.entries(places))
      if (forms.some((form) => text.includes(form))) found.push(`${place} contains a secret`);
  }
  return found;
}
