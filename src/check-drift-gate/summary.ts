/**
 * The drift gate's job summary: the verdict, a table per feature and metric (type, metric, value, threshold,
 * drifted, missing share), a picture of each drifted feature, what was skipped and why. Every value from the data or
 * the user (feature names, categories, file names) is escaped by the SummaryBuilder.
 */
import { code, escapeFor, html, Markup, type SummaryBuilder } from '#shared/summary.js';
import type { FeatureResult } from './feature-comparison.js';
import type { MetricResult } from './feature-metrics.js';
import type { GateResult } from './gate.js';
import { CURRENT_COLOUR, histogramSvg, REFERENCE_COLOUR, sparkline, svgDataUri } from './picture.js';
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

export interface SummaryExtras {
  readonly environment: string;
  readonly model: string | undefined;
  readonly onDrift: string;
  readonly dryRun: boolean;
  readonly reportPath: string;
  /** Lines about metrics sent and the dispatch (outcomes.ts). */
  readonly outcomes: readonly string[];
}

export function writeDriftSummary(summary: SummaryBuilder, result: GateResult, extras: SummaryExtras): void {
  const verdict = result.drifted ? 'dataset drift' : 'no dataset drift';
  summary.heading(`Drift gate (${extras.environment}): ${verdict}`, 2);
  summary.paragraph(
    html`${result.driftedFeatures.length} of ${result.features.length} compared features drifted (share ${formatValue(result.driftShare)}, dataset drift at ${formatValue(result.driftShareThreshold)} or more); preset <code>${result.preset}</code>${extras.model ? html`; model <code>${extras.model}</code>` : ''}; on drift: <code>${extras.onDrift}</code>${extras.dryRun ? ' (dry run: no metrics sent, nothing dispatched)' : ''}.`,
  );
  const { reference, current } = result.sides;
  summary.paragraph(
    html`Reference: ${reference.rows} rows from ${reference.files.length} file(s)${reference.droppedRows ? `, ${reference.droppedRows} dropped for a missing value` : ''}. Current: ${current.rows} rows from ${current.files.length} file(s)${current.droppedRows ? `, ${current.droppedRows} dropped for a missing value` : ''}.`,
  );
  const rows = result.features.flatMap((feature) =>
    feature.metrics.map((metric, index) => [
      index === 0 ? code(feature.name) : '',
      index === 0 ? feature.type : '',
      metricLabel(metric),
      formatValue(metric.value),
      `${metric.comparison} ${formatValue(metric.threshold)}`,
      metric.drifted ? '🔴 yes' : 'no',
      index === 0
        ? `${percent(feature.missing.reference.share)} / ${percent(feature.missing.current.share)}`
        : '',
    ]),
  );
  summary.table(['feature', 'type', 'metric', 'value', 'drift when', 'drifted', 'missing (ref / cur)'], rows);

  const drifted = result.features.filter((feature) => feature.drifted);
  if (drifted.length > 0) {
    summary.heading('Drifted features', 3);
    const legend = `<span style="color:${REFERENCE_COLOUR}">■</span> reference <span style="color:${CURRENT_COLOUR}">■</span> current`;
    summary.paragraph(new Markup(legend));
    for (const feature of drifted.slice(0, MAX_PICTURES)) picture(summary, feature);
    if (drifted.length > MAX_PICTURES) {
      summary.paragraph(`${drifted.length - MAX_PICTURES} more drifted features: see the report file.`);
    }
  }
  if (result.skipped.length > 0) {
    summary.heading('Not compared', 3);
    summary.list(result.skipped.map(({ name, reason }) => html`<code>${name}</code>: ${reason}`));
  }
  const notes = result.features.flatMap((feature) => [
    ...feature.metrics.flatMap((metric) =>
      metric.notes.map((note) => html`<code>${feature.name}</code> ${metric.metric}: ${note}`),
    ),
    html`<code>${feature.name}</code>: ${feature.type} (${feature.decision.reason})`,
  ]);
  const sketched = result.features.filter((feature) => feature.sketch);
  for (const feature of sketched) {
    const bounds = [feature.sketch?.reference, feature.sketch?.current]
      .map((side, i) =>
        side
          ? `${i === 0 ? 'reference' : 'current'} ±${formatBound(side.cdfErrorBound)} of ${side.count} values`
          : undefined,
      )
      .filter(Boolean)
      .join(', ');
    notes.push(
      html`<code>${feature.name}</code>: beyond exact-limit ${result.exactLimit}, quantile sketch CDF error bound ${bounds}`,
    );
  }
  summary.details(
    'How each feature was typed and measured',
    notes.map((note) => stripTags(note.html)).join('\n'),
  );
  if (extras.outcomes.length > 0) summary.list(extras.outcomes);
  summary.paragraph(html`Report: <code>${extras.reportPath}</code>`);
}

function picture(summary: SummaryBuilder, feature: FeatureResult): void {
  const metric = feature.metrics.find((m) => m.drifted) ?? feature.metrics[0]!;
  const title = `${feature.name}: ${metric.metric} ${formatValue(metric.value)}${feature.picture.note ? ` (${feature.picture.note})` : ''}`;
  const svg = histogramSvg(title, feature.picture);
  const peak = Math.max(1e-12, ...feature.picture.reference, ...feature.picture.current);
  const alt = `${feature.name}: reference vs current distribution`;
  summary.paragraph(
    new Markup(
      `<img src="${svgDataUri(svg)}" alt="${escapeFor('heading', alt)}" width="360" height="120"><br>` +
        `<code>ref ${escapeFor('code', sparkline(feature.picture.reference, peak))}</code><br>` +
        `<code>cur ${escapeFor('code', sparkline(feature.picture.current, peak))}</code>`,
    ),
  );
}

/** The details block is shown verbatim (a fenced block): plain text, with entities turned back. */
function stripTags(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&(lt|gt|amp|quot);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[name]!);
}
