/**
 * What the step tells people: the JSON report (the file the `report` output names: the run, the model, every check
 * with its expected and observed figures and first offending rows), the job summary (the same as tables, every
 * value from the output or the user escaped by the SummaryBuilder), and an annotation per failed expectation at
 * its line of the expectations file. A dry run's report is its plan.
 */
import { formatDuration } from '#shared/azure/polling.js';
import { formatLocation } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { code, escapeHtml, html, link, Markup, type SummaryBuilder } from '#shared/summary.js';
import type { CheckResult, RowFinding } from './expectations/output-checks.js';
import type { Validation } from './expectations/validation.js';
import type { ScoringOutcome } from './scoring-run.js';

export interface ReportFacts {
  readonly action: { readonly name: string; readonly version: string };
  readonly environment: string;
  readonly outcome: ScoringOutcome;
  readonly endpoint: { readonly name: string; readonly deployment: string };
  readonly model: {
    readonly name: string;
    readonly version: string;
    readonly id: string;
    readonly contentDigest: string;
  };
  readonly input: { readonly uri: string; readonly rows: number | undefined };
  readonly expectations: { readonly file: string; readonly digest: string } | undefined;
  readonly validation: Validation;
}

export function reportDocument(facts: ReportFacts) {
  const { outcome, validation } = facts;
  return {
    action: facts.action,
    environment: facts.environment,
    mode: outcome.mode,
    validated: validation.validated,
    job: { ...outcome.job, durationMs: outcome.durationMs, outputUri: outcome.outputUri },
    endpoint: facts.endpoint,
    model: facts.model,
    input: facts.input,
    expectations: facts.expectations ?? null,
    rowsScored: validation.rows,
    checks: validation.checks,
  };
}

const RESULT = (passed: boolean) => (passed ? '✅ met' : '❌ not met');

function where(row: RowFinding): string {
  return row.line === undefined ? row.file : `${row.file} line ${row.line}`;
}

function keyText(row: RowFinding): string {
  return row.key
    ? Object.entries(row.key)
        .map(([name, value]) => `${name}=${value}`)
        .join(', ')
    : '';
}

export function writeSummary(summary: SummaryBuilder, facts: ReportFacts, stamped: string | undefined): void {
  const { outcome, validation, model } = facts;
  const failed = validation.checks.filter((check) => !check.passed);
  const verdict = validation.validated
    ? 'validated'
    : `not validated (${failed.length} of ${validation.checks.length} expectations not met)`;
  summary.heading(`Integration scoring (${facts.environment}): ${verdict}`, 2);
  summary.table(
    ['run', ''],
    [
      ['job', outcome.job.url ? link(outcome.job.id, outcome.job.url) : code(outcome.job.id)],
      ['status', outcome.job.status],
      [
        'endpoint',
        html`<code>${facts.endpoint.name}</code>, deployment <code>${facts.endpoint.deployment}</code>`,
      ],
      [
        'model',
        html`<code>${model.name}:${model.version}</code> (content <code>${model.contentDigest.slice(0, 12)}</code>)`,
      ],
      [
        'input',
        html`<code>${facts.input.uri}</code>${facts.input.rows === undefined ? '' : ` (${facts.input.rows} rows)`}`,
      ],
      ['output', html`<code>${outcome.outputUri}</code>: ${validation.rows} rows`],
      ['duration', formatDuration(outcome.durationMs)],
      ['expectations', facts.expectations ? code(facts.expectations.file) : 'none (at least one row)'],
      [
        'stamp',
        stamped
          ? code(stamped)
          : validation.validated
            ? 'not written (stamp-validation: false)'
            : 'not written',
      ],
    ],
  );
  summary.table(
    ['expectation', 'expected', 'observed', 'result'],
    validation.checks.map((check) => [check.title, check.expected, check.observed, RESULT(check.passed)]),
  );
  const rows = failed.flatMap((check) => (check.rows ?? []).map((row) => [check.title, row] as const));
  if (rows.length > 0) {
    summary.heading('First rows that did not meet them', 3);
    summary.table(
      ['expectation', 'where', 'key', 'column', 'expected', 'observed'],
      rows.map(([title, row]) => [title, where(row), keyText(row), row.column, row.expected, row.observed]),
    );
  }
}

/** One error annotation per failed expectation, at its line; answers the step's one-line verdict. */
export function reportFailures(logger: Logger, validation: Validation, jobId: string): string {
  const failed = validation.checks.filter((check) => !check.passed);
  for (const check of failed)
    logger.error(failureLine(check), check.location ? { location: check.location } : undefined);
  return `The output of batch job '${jobId}' did not meet ${failed.length} of ${validation.checks.length} expectations: ${failed
    .map((check) => `${check.title} (expected ${check.expected}; observed ${check.observed})`)
    .join('; ')}. See the report and the job summary for the rows.`;
}

function failureLine(check: CheckResult): string {
  const first = check.rows?.[0];
  const example = first
    ? `; first: ${where(first)}${first.key ? ` (${keyText(first)})` : ''}${first.column ? ` ${first.column}` : ''}: expected ${first.expected ?? '-'}, observed ${first.observed}`
    : '';
  const at = check.location ? `${formatLocation(check.location, { column: false })}: ` : '';
  return `${at}${check.title}: expected ${check.expected}; observed ${check.observed}${example}`;
}

export interface PlanFacts {
  readonly environment: string;
  readonly endpoint: { readonly name: string; readonly deployment: string; readonly scoringUri: string };
  readonly model: { readonly name: string; readonly version: string; readonly contentDigest: string };
  readonly input: {
    readonly uri: string;
    readonly upload?: { readonly files: number; readonly bytes: number; readonly from: string };
  };
  readonly outputUri: string;
  readonly expectations: { readonly file: string; readonly digest: string } | undefined;
  readonly stamp: { readonly tags: Readonly<Record<string, string>> } | undefined;
}

export function planDocument(facts: PlanFacts) {
  return { dryRun: true, ...facts };
}

export function writePlanSummary(summary: SummaryBuilder, facts: PlanFacts): void {
  summary.heading(`Integration scoring (${facts.environment}): plan (dry run)`, 2);
  summary.paragraph('Nothing was uploaded, started or tagged. A real run would:');
  summary.list([
    ...(facts.input.upload
      ? [
          html`upload <code>${facts.input.upload.from}</code> (${facts.input.upload.files} file(s), ${facts.input.upload.bytes} bytes; files already there are skipped) to <code>${facts.input.uri}</code>`,
        ]
      : []),
    html`start a batch job on endpoint <code>${facts.endpoint.name}</code>, deployment <code>${facts.endpoint.deployment}</code>, model <code>${facts.model.name}:${facts.model.version}</code>, input <code>${facts.input.uri}</code>, output a new folder like <code>${facts.outputUri}</code>`,
    facts.expectations
      ? html`validate the output against <code>${facts.expectations.file}</code>`
      : 'require at least one row in the output (no expectations file)',
    facts.stamp
      ? html`on success, tag the model version ${new Markup(
          Object.keys(facts.stamp.tags)
            .map((tag) => `<code>${escapeHtml(tag)}</code>`)
            .join(', '),
        )}`
      : 'not tag the model version (stamp-validation: false)',
  ]);
}
