/**
 * What a deployment shows and hands on: the plan as log lines, as a Terraform-style job summary (+ create, ~ update
 * with its field changes, - delete, = unchanged counted, the triggers to start and stop, and a flowchart of what
 * changes and what it depends on) and as a JSON document under RUNNER_TEMP (output `plan`: the entries, the
 * triggers, every dependency edge and the order of the writes and deletes), and the pipelines' content hashes that
 * the adf receipt (src/shared/receipts) lists.
 */

import { writeOutputFile } from '#shared/output-files.js';
import { code, type SummaryBuilder } from '#shared/summary.js';
import { type FieldChange, type PlanAction, type PlanEntry, summarisePlan } from './diff.js';
import { MERMAID_OPEN_LIMIT, mermaidChart, type PlanDependencies } from './plan-graph.js';
import { describeTriggerCounts, type TriggerStep } from './trigger-plan.js';

export interface PlanDocument {
  readonly environment: string;
  readonly factory: string;
  readonly dryRun: boolean;
  readonly counts: Record<PlanAction, number>;
  readonly deleteOrphans: boolean;
  readonly entries: readonly PlanEntry[];
  /** What happens to the triggers' runtime state (trigger-plan.ts). */
  readonly triggers: readonly TriggerStep[];
  /** Every reference between the deployed artifacts, and the order of the writes and deletes (plan-graph.ts). */
  readonly dependencies: PlanDependencies;
}

export interface PlanParts {
  readonly entries: readonly PlanEntry[];
  readonly triggers: readonly TriggerStep[];
  readonly dependencies: PlanDependencies;
}

export function planDocument(
  parts: PlanParts,
  facts: { environment: string; factory: string; dryRun: boolean; deleteOrphans: boolean },
): PlanDocument {
  return { ...facts, counts: summarisePlan(parts.entries), ...parts };
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
  if (change.secret) {
    const sign = change.change === 'added' ? '+' : change.change === 'removed' ? '-' : '~';
    return `${sign} ${change.path}: (a secret value, ${change.change}; not shown)`;
  }
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

/** `> start trigger tr_daily (its source says Started, but the factory has it Stopped)`. */
export function triggerLine(step: TriggerStep): string {
  return `> ${step.action} trigger ${step.name} (${step.reason})`;
}

/** The plan as log lines: every create, update (with its field changes) and delete, the triggers, the counts. */
export function planLines(document: PlanDocument): string[] {
  const lines: string[] = [];
  for (const entry of document.entries) {
    if (entry.action === 'unchanged') continue;
    lines.push(entryLine(entry, document.deleteOrphans));
    for (const change of entry.changes) lines.push(`    ${describeFieldChange(change)}`);
  }
  for (const step of document.triggers) lines.push(triggerLine(step));
  lines.push(countLine(document));
  return lines;
}

function countLine(document: PlanDocument): string {
  const { create, update, delete: remove, unchanged } = document.counts;
  const deletes = document.deleteOrphans ? `${remove} to delete` : `${remove} orphaned (kept)`;
  const triggers = describeTriggerCounts(document.triggers);
  return `Plan: ${create} to create, ${update} to update, ${deletes}, ${unchanged} unchanged${triggers ? `; ${triggers}` : ''}.`;
}

export function renderPlanSummary(summary: SummaryBuilder, document: PlanDocument, planPath: string): void {
  summary.heading(
    `deploy-adf-pipelines: ${document.factory} (${document.environment})${document.dryRun ? ' — dry run' : ''}`,
  );
  summary.paragraph(countLine(document));
  const changed = document.entries.filter((entry) => entry.action !== 'unchanged');
  if (changed.length > 0 || document.triggers.length > 0) {
    summary.details(
      'Changes',
      [
        ...changed.flatMap((entry) => [
          entryLine(entry, document.deleteOrphans),
          ...entry.changes.map((change) => `    ${describeFieldChange(change)}`),
        ]),
        ...document.triggers.map(triggerLine),
      ].join('\n'),
      'diff',
    );
  }
  if (document.counts.unchanged > 0) summary.paragraph(`= ${document.counts.unchanged} unchanged`);
  const chart = mermaidChart(document.entries, document.dependencies, {
    deleteOrphans: document.deleteOrphans,
  });
  if (chart) {
    const drawn =
      chart.omitted > 0 ? `, the first ${chart.nodes}; ${chart.omitted} more in the plan file` : '';
    summary.details(
      `What changes and what it depends on (${chart.nodes + chart.omitted} resources${drawn})`,
      chart.text,
      'mermaid',
      {
        open: chart.nodes + chart.omitted <= MERMAID_OPEN_LIMIT,
      },
    );
  }
  summary.paragraph(code(planPath));
}

/**
 * `{ name, hash }` of each desired pipeline (hash: the hex SHA-256 of its normalised content), sorted by name. The
 * hashes are the plan's own (diffArtifacts gives each desired resource's entry one), not taken a second time.
 */
export function pipelineHashes(entries: readonly PlanEntry[]): { name: string; hash: string }[] {
  const pipelines: { name: string; hash: string }[] = [];
  for (const entry of entries) {
    if (entry.kind === 'pipeline' && entry.action !== 'delete' && entry.hash)
      pipelines.push({ name: entry.name, hash: entry.hash.replace(/^sha256:/, '') });
  }
  return pipelines.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
