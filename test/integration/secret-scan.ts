// Where a rotated or removed secret could show in a run of a bundled action: every byte a person or a later step
// can read (the log without the `add-mask` lines the runner consumes, stderr, outputs, the summary, the exported
// environment, the plan file), searched for each value in the encodings it could take there.
import { readFile } from 'node:fs/promises';
import type { ActionRun } from '../harness/run-action.js';

/** The value raw, URL-encoded, base64 and JSON-escaped (as it would sit inside a JSON string). */
export function encodings(value: string): string[] {
  return [
    ...new Set([
      value,
      encodeURIComponent(value),
      Buffer.from(value, 'utf8').toString('base64'),
      JSON.stringify(value).slice(1, -1),
    ]),
  ];
}

/** `place: form of value` for every encoding of every value found; empty when nothing leaked. */
export async function leakedSecrets(run: ActionRun, values: readonly string[]): Promise<string[]> {
  const places: Record<string, string> = {
    log: run.stdout
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    'exported environment': run.exportedEnv,
  };
  if (run.outputs.plan) places['plan file'] = await readFile(run.outputs.plan, 'utf8');
  const found: string[] = [];
  for (const value of values) {
    for (const form of encodings(value)) {
      for (const [place, text] of Object.entries(places))
        if (text.includes(form)) found.push(`${place}: ${form}`);
    }
  }
  return found;
}
