/**
 * What the standing audit suites share: probes (one jest test each, named `[category] action: what`, so the audit
 * script tallies them by category), the secret scan every run of the audit goes through, and the checks of a
 * refusal. A probe "holds" when its test passes; the secret scan of each run is a probe of its own, recorded in the
 * tally file the script reads (AUDIT_TALLY), since one test may make several runs.
 */
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { expect, it } from '@jest/globals';
import { type ActionRun, findSecrets } from '../harness/run-action.js';

export type Category = 'fault-matrix' | 'secret-scan' | 'hostile-input';

function record(category: Category, name: string, held: boolean, detail = ''): void {
  const file = process.env.AUDIT_TALLY;
  if (file) appendFileSync(file, `${JSON.stringify({ category, name, held, detail })}\n`);
}

/** One probe: a test whose outcome is tallied under its category. */
export function probe(category: Category, name: string, body: () => Promise<void>, timeoutMs = 60_000): void {
  it(
    `[${category}] ${name}`,
    async () => {
      try {
        await body();
        record(category, name, true);
      } catch (error) {
        record(category, name, false, error instanceof Error ? error.message.slice(0, 500) : String(error));
        throw error;
      }
    },
    timeoutMs,
  );
}

/** Paths an action named in its outputs (plan, report files), read as they are on disk. */
async function outputFiles(run: ActionRun): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const [name, value] of Object.entries(run.outputs)) {
    if (!value.startsWith('/')) continue;
    try {
      files[`output file '${name}'`] = await readFile(value, 'utf8');
    } catch {
      // Not a file (or gone with the step's temporary folder).
    }
  }
  return files;
}

/**
 * Every byte a person or a later step could see: stdout (workflow commands included, but for the `::add-mask::`
 * lines the runner consumes), stderr, outputs, the environment and path files, the job summary, and the files the
 * outputs name. A probe of its own, recorded as `secret-scan`; throws on any find.
 */
export async function scanRun(label: string, run: ActionRun, secrets: readonly string[]): Promise<void> {
  const found = findSecrets(run, secrets, await outputFiles(run));
  record('secret-scan', label, found.length === 0, found.join('; '));
  expect({ run: label, found }).toEqual({ run: label, found: [] });
}

/**
 * A refusal as a user should see it: exit 1, an error annotation saying what (a clear message, no stack trace), no workflow
 * command smuggled in by data (no `::set-output`, `::set-env`, `::add-path`, nor an `::add-mask::` or `::stop-commands`
 * the action did not mean), and nothing written.
 */
export function expectRefused(run: ActionRun, message: RegExp): void {
  // An action that finds several problems annotates each; the one the probe is about must be among them.
  const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  expect({ exit: run.exitCode, found: errors.some((e) => message.test(e)), errors }).toEqual({
    exit: 1,
    found: true,
    errors,
  });
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stdout + run.stderr).not.toMatch(/Maximum call stack|heap out of memory|Unexpected error/i);
  expectNoInjectedCommands(run);
}

/** No workflow command an attacker could want, whatever the data said. */
export function expectNoInjectedCommands(run: ActionRun): void {
  const commands = run.stdout
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => /^::[a-z-]+/.test(line));
  for (const line of commands) {
    expect(line).not.toMatch(/^::(set-output|set-env|add-path|save-state|stop-commands)/);
    // The action masks its own secrets (a connection string holding the probe's text is one, escaped on one line);
    // a mask of the probe's word alone would be a command taken from data.
    expect(line).not.toMatch(/^::add-mask::INJECT\s*$/);
  }
  expect(run.exportedEnv).not.toMatch(/pwned|INJECT/);
  expect(run.path.join('\n')).not.toMatch(/pwned|INJECT/);
}
