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
  readonly annotations: readonly Annotation[];
  /** Values registered with `::add-mask::`. */
  readonly masked: readonly string[];
  /** The lines a person would read in the log: stdout without workflow commands, then stderr. */
  readonly log: string;
  readonly durationMs: number;
}

export interface RunOptions {
  /** Inputs by their action.yml name; unset inputs get their action.yml default, as on the runner. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** Extra environment (e.g. the sandbox's `NODE_EXTRA_CA_CERTS`). The test process's own environment is not passed. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** GITHUB_WORKSPACE; a fresh temporary folder when omitted. */
  readonly workspace?: string;
  readonly timeoutMs?: number;
  /** Run this file instead of the action's bundle (for tests of the harness itself). */
  readonly script?: string;
  /**
   * Cancel the step as the runner does: send `signal` once the step has printed a line matching `when` (the runner
   * sends SIGINT, then SIGTERM, when a job is cancelled).
   */
  readonly interrupt?: { readonly signal: NodeJS.Signals; readonly when: RegExp };
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
  const scratch = await mkdtemp(join(tmpdir(), `run-${name}-`));
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
    RUNNER_TEMP: scratch,
    GITHUB_ACTION: name,
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
  // The runner sets every declared input: the supplied value, else the default (expressions evaluated).
  for (const [input, spec] of Object.entries(metadata.inputs ?? {})) {
    let value = options.inputs?.[input] ?? spec.default;
    if (value === '${{ github.token }}') value = env.GITHUB_TOKEN ?? '';
    if (value !== undefined) env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const input of Object.keys(options.inputs ?? {})) {
    if (!metadata.inputs?.[input])
      throw new Error(`${name} declares no input '${input}' (the runner would warn and drop it)`);
  }

  const script = options.script ?? join(REPO_ROOT, 'actions', name, metadata.runs.main);
  const started = performance.now();
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number | null;
    stdout: string;
    stderr: string;
  }>((done, fail) => {
    const child = spawn(process.execPath, [script], {
      env,
      cwd: workspace,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({
        exitCode: code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
  const durationMs = performance.now() - started;

  const [outputText, summary, exportedEnv] = await Promise.all([
    readFile(files.GITHUB_OUTPUT, 'utf8'),
    readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
    readFile(files.GITHUB_ENV, 'utf8'),
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
    annotations,
    masked: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    log,
    durationMs,
  };
}

/**
 * Every place a secret could leak to a person: the log (workflow commands included, except the `add-mask` lines the
 * runner consumes), outputs, the summary and the exported environment. Returns the places each secret was found.
 */
export function findSecrets(run: ActionRun, secrets: readonly string[]): string[] {
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
  };
  const found: string[] = [];
  for (const secret of secrets) {
    for (const [place, text] of Object.entries(places))
      if (text.includes(secret)) found.push(`${place} contains a secret`);
  }
  return found;
}
