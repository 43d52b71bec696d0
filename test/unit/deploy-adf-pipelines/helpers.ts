import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { AdfArtifact } from '../../../src/shared/adf/artifacts.js';

export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'adf');

/** The sample factory's artifacts (test/fixtures/adf, in either form), as `label` gives them, sorted. */
export const SAMPLE_FACTORY: readonly string[] = [
  'dataset:ds_control_use_cases',
  'dataset:ds_onprem_features',
  'dataset:ds_scores_csv',
  'dataset:ds_scores_sql',
  'globalParameters:default',
  'integrationRuntime:shir-onprem',
  'linkedService:ls_adls_scoring',
  'linkedService:ls_fileshare_onprem',
  'linkedService:ls_keyvault',
  'linkedService:ls_sql_control',
  'pipeline:pl_copy_scores_to_sql',
  'pipeline:pl_orchestrate_scoring',
  'pipeline:pl_score_use_case',
  'pipeline:pl_stage_onprem_features',
  'trigger:tr_daily_scoring',
];

/** Writes `files` (path -> text) into a fresh temporary folder; returns it and a cleanup. */
export async function writeTree(
  files: Record<string, string>,
): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'adf-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`'${needle}' not in the text`);
  return text.slice(0, at).split('\n').length;
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A minimal artifact for pure tests, located at `<kind>/<name>.json` line 1. */
export function artifact(
  kind: AdfArtifact['kind'],
  name: string,
  properties: Record<string, unknown>,
): AdfArtifact {
  const file = `${kind}/${name}.json`;
  return {
    kind,
    name,
    properties,
    source: { file, locate: () => ({ file, line: 1, column: 1 }), nameAt: { file, line: 1, column: 1 } },
  };
}

/** `kind:name` for compact assertions. */
export const label = (a: { kind: string; name: string }): string => `${a.kind}:${a.name}`;
