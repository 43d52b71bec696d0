/**
 * What a deployment shows and hands on: the plan as log lines, as a Terraform-style job summary (+ create, ~ update
 * with its field changes, - delete, = unchanged counted) and as a JSON document under RUNNER_TEMP (output `plan`),
 * and the pipelines' content hashes that the adf receipt (src/shared/receipts) lists.
 */

import type { AdfArtifact } from '#shared/adf/artifacts.js';
import { contentHash } from '#shared/adf/normalise.js';
import { writeOutputFile } from '#shared/output-files.js';
import { code, type SummaryBuilder } from '#shared/summary.js';
import { type FieldChange, type PlanAction, type PlanEntry, summarisePlan } from './diff.js';

export interface PlanDocument {
  readonly environment: string;
  readonly factory: string;
  readonly dryRun: boolean;
  readonly counts: Record<PlanAction, number>;
  readonly deleteOrphans: boolean;
  readonly entries: readonly PlanEntry[];
}

export function planDocument(
  entries: readonly PlanEntry[],
  facts: { environment: string; factory: string; dryRun: boolean; deleteOrphans: boolean },
): PlanDocument {
  return { ...facts, counts: summarisePlan(entries), entries };
}

export async function writePlanFile(
  document: PlanDocument,
  env: NodeJS.ProcessEnv,
  redact: (text: string) => string,
): Promise<string> {
  const name = `plan-${document.environment}-${document.factory}`;
  return writeOutputFile({ env, action: 'deploy-adf-pipelines', name, document, redact });
}

const SIGN: Record<PlanAction, string> = { create: '+', update: '~', delete: '-', unchanged: '=' };

function show(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}

/** `~ activities[0].typeProperties.url: "a" → "b"`, `+ parameters.x: 1`, `- annotations[1]: "old"`. */
export function describeFieldChange(change: FieldChange): string {
  if (change.change === 'added') return `+ ${change.path}: ${show(change.after)}`;
  if (change.change === 'removed') return `- ${change.path}: ${show(change.before)}`;
  return `~ ${change.path}: ${show(change.before)} → ${show(change.after)}`;
}

function entryLine(entry: PlanEntry, deleteOrphans: boolean): string {
  const note =
    entry.action === 'delete' && !deleteOrphans
      ? ' (not in the source; kept: delete-orphans is false)'
      : entry.reason
        ? ` (${entry.reason})`
        : '';
  return `${SIGN[entry.action]} ${entry.kind} ${entry.name}${note}`;
}

/** The plan as log lines: every create, update (with its field changes) and delete, then the counts. */
export function planLines(document: PlanDocument): string[] {
  const lines: string[] = [];
  for (const entry of document.entries) {
    if (entry.action === 'unchanged') continue;
    lines.push(entryLine(entry, document.deleteOrphans));
    for (const change of entry.changes) lines.push(`    ${describeFieldChange(change)}`);
  }
  lines.push(countLine(document));
  return lines;
}

function countLine(document: PlanDocument): string {
  const { create, update, delete: remove, unchanged } = document.counts;
  const deletes = document.deleteOrphans ? `${remove} to delete` : `${remove} orphaned (kept)`;
  return `Plan: ${create} to create, ${update} to update, ${deletes}, ${unchanged} unchanged.`;
}

export function renderPlanSummary(summary: SummaryBuilder, document: PlanDocument, planPath: string): void {
  summary.heading(
    `deploy-adf-pipelines: ${document.factory} (${document.environment})${document.dryRun ? ' — dry run' : ''}`,
  );
  summary.paragraph(countLine(document));
  const changed = document.entries.filter((entry) => entry.action !== 'unchanged');
  if (changed.length > 0) {
    summary.details(
      'Changes',
      changed
        .flatMap((entry) => [
          entryLine(entry, document.deleteOrphans),
          ...entry.changes.map((change) => `    ${describeFieldChange(change)}`),
        ])
        .join('\n'),
      'diff',
    );
  }
  if (document.counts.unchanged > 0) summary.paragraph(`= ${document.counts.unchanged} unchanged`);
  summary.paragraph(code(planPath));
}

/** `{ name, hash }` of each desired pipeline (hash: the hex SHA-256 of its normalised content), sorted by name. */
export function pipelineHashes(desired: readonly AdfArtifact[]): { name: string; hash: string }[] {
  return desired
    .filter((artifact) => artifact.kind === 'pipeline')
    .map((artifact) => ({
      name: artifact.name,
      hash: contentHash(artifact.kind, artifact.properties).replace(/^sha256:/, ''),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
