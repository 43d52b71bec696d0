/**
 * The drift gate's job summary: the verdict, schema changes, a table per feature and metric (type, metric, value —
 * with its interval when it comes from a sketch —, threshold, drifted, missing share), a Mermaid chart per metric of
 * each feature's value against its threshold, text bars of each drifted feature's distributions, what had too little
 * data, what was not compared and why. Every value from the data or the user (feature names, categories, file
 * names) is escaped for its place by the SummaryBuilder (`code`, `html`); the charts quote and escape their labels.
 */
import { code, html, Markup, type SummaryBuilder } from '#shared/summary.js';
import { driftCharts } from './drift-chart.js';
import type { FeatureResult } from './feature-comparison.js';
import type { MetricResult } from './feature-metrics.js';
import { describeSchemaChange, type GateResult } from './gate.js';
import { sparkline } from './picture.js';
import { METRICS } from './presets.js';
import { formatBound } from './sketch.js';

const MAX_PICTURES = 10;

export function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'undefined';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude < 1e-4 || magnitude >= 1e6) return value.toExponential(3);
  return Number(value.toPrecision(4)).toString();
}

function percent(share: number): string {
  if (share === 0) return '0 %';
  return share < 0.001 ? '< 0.1 %' : `${(share * 100).toFixed(1)} %`;
}

function metricLabel(metric: MetricResult): string {
  const options: string[] = [];
  const { spec } = metric;
  if (spec.metric === 'jensen-shannon') options.push(spec.base === 'e' ? 'ln' : 'base 2');
  if (spec.metric === 'wasserstein') options.push(`ddof ${spec.ddof ?? 1}`);
  if (spec.metric === 'psi' && spec.smoothing) options.push(spec.smoothing);
  if (spec.metric === 'chi-squared' && spec.test === 'contingency') options.push('contingency');
  if (spec.metric === 'ks' && typeof metric.details.method === 'string') options.push(metric.details.method);
  return `${METRICS[metric.metric].title}${options.length ? ` (${options.join(', ')})` : ''}`;
}

/** The value as shown: exact, or `≈ v (exact in [low, high])` from a sketch. */
function shownValue(metric: MetricResult): string {
  if (metric.exact) return formatValue(metric.value);
  const interval = metric.bound
    ? ` (exact in [${formatValue(metric.bound.low)}, ${formatValue(metric.bound.high)}])`
    : ' (no bound)';
  return `≈ ${formatValue(metric.value)}${interval}`;
}

function drifted(metric: MetricResult): string {
  const mark = metric.drifted ? '🔴 yes' : 'no';
  return metric.decided ? mark : `${mark} (undecided within the bound)`;
}

export interface SummaryExtras {
  readonly environment: string;
  readonly model: string | undefined;
  readonly onDrift: string;
  readonly onSchemaChange: string;
  readonly dryRun: boolean;
  readonly reportPath: string;
  /** The directory of the SVG pictures (the `pictures` output). */
  readonly picturesPath: string;
  /** Lines about metrics sent and the dispatch (outcomes.ts). */
  readonly outcomes: readonly string[];
}

function verdictWords(result: GateResult): string {
  if (result.insufficientData) return 'insufficient data';
  return result.drifted ? 'dataset drift' : 'no dataset drift';
}

export function writeDriftSummary(summary: SummaryBuilder, result: GateResult, extras: SummaryExtras): void {
  summary.heading(`Drift gate (${extras.environment}): ${verdictWords(result)}`, 2);
  summary.paragraph(
    result.insufficientData
      ? html`No feature has ${result.minSampleSize} values or more on both sides (min-sample-size): the gate cannot tell drift from noise; preset ${code(result.preset)}.`
      : html`${result.driftedFeatures.length} of ${result.features.length} measured features drifted (share ${formatValue(result.driftShare)}, dataset drift at ${formatValue(result.driftShareThreshold)} or more); preset ${code(result.preset)}${extras.model ? html`; model ${code(extras.model)}` : ''}; on drift: ${code(extras.onDrift)}${extras.dryRun ? ' (dry run: no metrics sent, nothing dispatched)' : ''}.`,
  );
  const { reference, current } = result.sides;
  summary.paragraph(
    `Reference: ${reference.rows} rows from ${reference.files.length} file(s)${reference.droppedRows ? `, ${reference.droppedRows} dropped for a missing value` : ''}. Current: ${current.rows} rows from ${current.files.length} file(s)${current.droppedRows ? `, ${current.droppedRows} dropped for a missing value` : ''}.`,
  );
  if (result.schemaChanges.length > 0) {
    summary.heading('Schema change', 3);
    summary.paragraph(
      html`Columns on one side only are not compared; with ${code(`on-schema-change: ${extras.onSchemaChange}`)} ${extras.onSchemaChange === 'fail' ? 'the step fails' : 'this is a warning'}.`,
    );
    summary.list(result.schemaChanges.map((change) => describeSchemaChange(change)));
  }
  if (!result.exact) {
    summary.paragraph(
      `Figures marked ≈ were computed from quantile sketches: those features' values did not fit memory-budget (${formatBound(result.memoryBudget / 2 ** 20)} MiB). Each is shown with the interval that provably holds the exact value; see the README on how the bounds are derived.`,
    );
  }
  const rows = result.features.flatMap((feature) => featureRows(feature));
  if (rows.length > 0) {
    summary.table(
      ['feature', 'type', 'metric', 'value', 'drift when', 'drifted', 'missing (ref / cur)'],
      rows,
    );
  }

  const charts = driftCharts(result.features);
  for (const chart of charts) {
    summary.diagram('mermaid', chart.source);
    if (chart.notes.length > 0) summary.paragraph(chart.notes.join('; '));
  }

  const drift = result.features.filter((feature) => feature.drifted && feature.picture.labels.length > 0);
  if (drift.length > 0) {
    summary.heading('Drifted features', 3);
    summary.paragraph(
      html`Reference and current distributions over the same bins, as text; the SVG pictures are in ${code(extras.picturesPath)} (the ${code('pictures')} output) for an artifact.`,
    );
    for (const feature of drift.slice(0, MAX_PICTURES)) textPicture(summary, feature);
    if (drift.length > MAX_PICTURES) {
      summary.paragraph(`${drift.length - MAX_PICTURES} more drifted features: see the report file.`);
    }
  }
  if (result.insufficient.length > 0) {
    summary.heading('Insufficient data', 3);
    summary.list(
      result.insufficient.map(
        ({ name, values, minimum }) =>
          html`${code(name)}: ${values.reference} reference and ${values.current} current values, fewer than ${minimum} (min-sample-size): not measured, not drift`,
      ),
    );
  }
  if (result.skipped.length > 0) {
    summary.heading('Not compared', 3);
    summary.list(result.skipped.map(({ name, reason }) => html`${code(name)}: ${reason}`));
  }
  const notes = result.features.flatMap((feature) => [
    ...feature.metrics.flatMap((metric) =>
      metric.notes.map((note) => `${feature.name} ${metric.metric}: ${note}`),
    ),
    `${feature.name}: ${feature.type} (${feature.decision.reason})`,
  ]);
  for (const feature of result.features.filter((f) => f.sketch)) {
    const bounds = [feature.sketch?.reference, feature.sketch?.current]
      .map((side, i) =>
        side
          ? `${i === 0 ? 'reference' : 'current'} ±${formatBound(side.cdfErrorBound)} of ${side.count} values (${side.retained} kept)`
          : undefined,
      )
      .filter(Boolean)
      .join(', ');
    notes.push(`${feature.name}: beyond the memory budget, quantile sketch CDF error bound ${bounds}`);
  }
  // Plain text in a fenced block: shown verbatim, so names need no escaping there (the fence is guarded).
  summary.details('How each feature was typed and measured', notes.join('\n'));
  if (extras.outcomes.length > 0) summary.list(extras.outcomes);
  summary.paragraph(html`Report: ${code(extras.reportPath)}`);
}

function featureRows(feature: FeatureResult): Markup[][] | (string | Markup)[][] {
  const missing = `${percent(feature.missing.reference.share)} / ${percent(feature.missing.current.share)}`;
  if (feature.finding) {
    return [
      [
        code(feature.name),
        feature.type,
        'data quality',
        'every current value missing',
        '',
        '🔴 yes',
        missing,
      ],
    ];
  }
  return feature.metrics.map((metric, index) => [
    index === 0 ? code(feature.name) : '',
    index === 0 ? feature.type : '',
    metricLabel(metric),
    shownValue(metric),
    `${metric.comparison} ${formatValue(metric.threshold)}`,
    drifted(metric),
    index === 0 ? missing : '',
  ]);
}

function textPicture(summary: SummaryBuilder, feature: FeatureResult): void {
  const metric = feature.metrics.find((m) => m.drifted) ?? feature.metrics[0];
  const peak = Math.max(1e-12, ...feature.picture.reference, ...feature.picture.current);
  const first = feature.picture.labels[0] ?? '';
  const last = feature.picture.labels.at(-1) ?? '';
  summary.paragraph(
    html`${code(feature.name)}${metric ? `: ${metric.metric} ${formatValue(metric.value)}` : ''}${feature.picture.note ? ` (${feature.picture.note})` : ''}, from ${first} to ${last}${new Markup('<br>')}${code(`ref ${sparkline(feature.picture.reference, peak)}`)}${new Markup('<br>')}${code(`cur ${sparkline(feature.picture.current, peak)}`)}`,
  );
}
