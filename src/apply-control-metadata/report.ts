/**
 * What an apply shows: the plan as log lines, as a job summary (+ insert, ~ update with its column changes,
 * - disable / delete, = unchanged counted, kept orphans named) and as a JSON document under RUNNER_TEMP (output
 * `plan`). Long plans are cut in the log and the summary (the file always holds every row).
 */
import type { Logger } from '#shared/logger.js';
import { writeOutputFile } from '#shared/output-files.js';
import { code, type SummaryBuilder } from '#shared/summary.js';
import type { ApplyOutcome } from './apply.js';
import type { Engine } from './model.js';
import type { ColumnChange, PruneMode, RowAction, RowPlanEntry } from './plan.js';

/** Rows shown in the log and the summary before "... and N more". */
const SHOWN = 50;

export interface PlanDocument {
  readonly environment: string;
  readonly engine: Engine;
  readonly table: string;
  readonly dryRun: boolean;
  readonly prune: PruneMode;
  /** Migrations run (a dry run: to run). */
  readonly migrations: readonly string[];
  readonly counts: Readonly<Record<RowAction, number>>;
  /** Every row that is not unchanged. */
  readonly rows: readonly RowPlanEntry[];
}

function planDocument(
  outcome: ApplyOutcome,
  facts: { environment: string; engine: Engine; table: string; prune: PruneMode },
): PlanDocument {
  return {
    ...facts,
    dryRun: outcome.dryRun,
    migrations: outcome.migrations,
    counts: outcome.plan.counts,
    rows: outcome.plan.entries.filter((entry) => entry.action !== 'unchanged'),
  };
}

async function writePlanFile(
  document: PlanDocument,
  env: NodeJS.ProcessEnv,
  redact: (text: string) => string,
): Promise<string> {
  const name = `plan-${document.environment}-${document.table.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
  return writeOutputFile({ env, action: 'apply-control-metadata', name, document, redact });
}

const SIGN: Record<RowAction, string> = {
  insert: '+',
  update: '~',
  unchanged: '=',
  disable: '-',
  delete: '-',
  keep: '!',
};

const show = (value: unknown) => JSON.stringify(value);

function describeColumnChange(change: ColumnChange): string {
  return `~ ${change.column}: ${show(change.from)} → ${show(change.to)}`;
}

function entryLines(entry: RowPlanEntry): string[] {
  const note =
    entry.action === 'keep'
      ? ' (not in the files; kept as it is)'
      : entry.action === 'disable' || entry.action === 'delete'
        ? ' (not in the files)'
        : '';
  const lines = [`${SIGN[entry.action]} ${entry.action} ${entry.id}${note}`];
  if (entry.action === 'update') lines.push(...entry.changes.map((c) => `    ${describeColumnChange(c)}`));
  return lines;
}

function countLine(document: PlanDocument): string {
  const { insert, update, unchanged, disable, delete: remove, keep } = document.counts;
  const verb = document.dryRun ? 'to ' : '';
  const parts = [
    `${insert} ${verb}insert`,
    `${update} ${verb}update`,
    `${unchanged} unchanged`,
    ...(disable ? [`${disable} ${verb}disable`] : []),
    ...(remove ? [`${remove} ${verb}delete`] : []),
    ...(keep ? [`${keep} not in the files, kept (prune: ${document.prune})`] : []),
  ];
  const migrations = document.migrations.length
    ? ` Migrations ${document.dryRun ? 'to run' : 'run'}: ${document.migrations.join(', ')}.`
    : '';
  return `Plan for ${document.table}: ${parts.join(', ')}.${migrations}`;
}

function shownLines(document: PlanDocument): string[] {
  const lines = document.rows.slice(0, SHOWN).flatMap(entryLines);
  const more = document.rows.length - SHOWN;
  if (more > 0) lines.push(`... and ${more} more rows (every row is in the plan file)`);
  return lines;
}

/** The plan as log lines: the rows that change (at most 50), then the counts. */
function planLines(document: PlanDocument): string[] {
  return [...shownLines(document), countLine(document)];
}

function renderPlanSummary(summary: SummaryBuilder, document: PlanDocument, planPath: string): void {
  summary.heading(
    `apply-control-metadata: ${document.table} (${document.environment})${document.dryRun ? ' — dry run' : ''}`,
  );
  summary.paragraph(countLine(document));
  if (document.rows.length > 0) summary.details('Rows', shownLines(document).join('\n'), 'diff');
  summary.paragraph(code(planPath));
}

/** Where the plan is shown: the log, the plan file under RUNNER_TEMP (redacted) and the job summary. */
export interface PlanReport {
  readonly logger: Pick<Logger, 'info'>;
  readonly summary: SummaryBuilder;
  readonly env: NodeJS.ProcessEnv;
  readonly redact: (text: string) => string;
}

/** Shows the plan of an apply in the log and the summary and writes the plan file; returns the file's path. */
export async function reportPlan(
  outcome: ApplyOutcome,
  facts: { environment: string; engine: Engine; table: string; prune: PruneMode },
  report: PlanReport,
): Promise<string> {
  const document = planDocument(outcome, facts);
  for (const line of planLines(document)) report.logger.info(line);
  const planPath = await writePlanFile(document, report.env, report.redact);
  renderPlanSummary(report.summary, document, planPath);
  return planPath;
}
