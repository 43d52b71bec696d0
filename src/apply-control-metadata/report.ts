/**
 * What an apply shows: the plan as log lines, as a job summary (+ insert, ~ update with its column changes,
 * - disable / delete, = unchanged counted, kept orphans named) and as a JSON document under RUNNER_TEMP (output
 * `plan`). Long plans are cut in the log and the summary (the file always holds every row).
 *
 * The log and the summary are bounded whatever the rows hold: at most SHOWN rows, MAX_CHANGE_LINES changes per row,
 * a JSON object column diffed key by key, and every value longer than MAX_SHOWN_VALUE shortened to its start and its
 * length. GitHub caps a step summary at 1 MiB; this one stays far below it (50 rows x 21 lines of at most a few
 * hundred characters). The plan file holds the whole plan, every old and new value in full.
 */
import { canonicalJson } from '#shared/canonical-json.js';
import type { Engine } from '#shared/control-table/model.js';
import type { Logger } from '#shared/logger.js';
import { writeOutputFile } from '#shared/output-files.js';
import { code, type SummaryBuilder } from '#shared/summary.js';
import { isRecord } from '#shared/values.js';
import type { ApplyOutcome } from './apply.js';
import type { ColumnChange, PruneMode, RowAction, RowPlanEntry, SecretPart } from './plan.js';

const SECRET_SIGN: Record<SecretPart['change'], string> = { added: '+', removed: '-', changed: '~' };

/** Rows shown in the log and the summary before "... and N more". */
const SHOWN = 50;
/** Change lines shown for one updated row. */
const MAX_CHANGE_LINES = 20;
/** A value longer than this (as JSON) is shown by its start and its length. */
const MAX_SHOWN_VALUE = 120;
const SHOWN_VALUE_START = 60;

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

/**
 * A value as the log and the summary show it: its JSON, or for a long one its start and its length
 * (`"abc…" (102400 characters)`), so one large parameter cannot fill the log or the summary. The plan file keeps
 * the value whole.
 */
export function shortValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  if (text.length <= MAX_SHOWN_VALUE) return text;
  return `${text.slice(0, SHOWN_VALUE_START)}… (${text.length} characters)`;
}

/**
 * The lines of one changed column: a JSON object column (`parameters`) key by key (`~ parameters.threshold: 0.35 →
 * 0.4`, `+ parameters.currency: "EUR"`, `- parameters.note`), any other as its old and new value; at most
 * MAX_CHANGE_LINES lines for one row.
 */
export function columnChangeLines(change: ColumnChange): string[] {
  const { column, from, to } = change;
  const secret = change.secret ?? [];
  const secretLine = (part: SecretPart) =>
    `${SECRET_SIGN[part.change]} ${column}${part.key === undefined ? '' : `.${part.key}`}: (a secret value, ${part.change}; not shown)`;
  const whole = secret.find((part) => part.key === undefined);
  if (whole) return [secretLine(whole)];
  if (!isRecord(from) || !isRecord(to)) return [`~ ${column}: ${shortValue(from)} → ${shortValue(to)}`];
  const lines: string[] = [];
  const hidden = new Map(secret.map((part) => [part.key!, part]));
  for (const key of [...new Set([...Object.keys(from), ...Object.keys(to)])].sort()) {
    const part = hidden.get(key);
    if (part) {
      lines.push(secretLine(part));
      continue;
    }
    const [before, after] = [from[key], to[key]];
    if (!(key in to)) lines.push(`- ${column}.${key} (was ${shortValue(before)})`);
    else if (!(key in from)) lines.push(`+ ${column}.${key}: ${shortValue(after)}`);
    else if (canonicalJson(before) !== canonicalJson(after)) {
      lines.push(`~ ${column}.${key}: ${shortValue(before)} → ${shortValue(after)}`);
    }
  }
  return lines;
}

function entryLines(entry: RowPlanEntry): string[] {
  const note =
    entry.action === 'keep'
      ? ' (not in the files; kept as it is)'
      : entry.action === 'disable' || entry.action === 'delete'
        ? ' (not in the files)'
        : '';
  const lines = [`${SIGN[entry.action]} ${entry.action} ${entry.id}${note}`];
  if (entry.action === 'update') {
    const changes = entry.changes.flatMap(columnChangeLines);
    lines.push(...changes.slice(0, MAX_CHANGE_LINES).map((line) => `    ${line}`));
    if (changes.length > MAX_CHANGE_LINES) {
      lines.push(`    ... and ${changes.length - MAX_CHANGE_LINES} more changes (in the plan file)`);
    }
  }
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
