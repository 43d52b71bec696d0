/**
 * The job summary's picture of the verdict: per metric, a Mermaid `xychart-beta` bar chart of each feature's score
 * with its threshold drawn as a line, drift above the line: a distance as it is, a p-value as −log10 p (so that
 * 1e-30 and 0.04 do not both look like nothing next to 0.9), capped at 30. GitHub renders Mermaid blocks in job summaries (it does not show images from
 * data URIs), and the chart is text, so it costs nothing to keep in the summary.
 *
 * Every label comes from the data (feature names) and is quoted and written with Mermaid's entity codes for the
 * characters its grammar or its page could read otherwise: `"` would end the quoted label, `#…;` is Mermaid's own
 * entity syntax, `%%` starts a directive, a backtick could end the Markdown fence, `<`, `>` and `&` are markup. Line
 * breaks become spaces (a label is one line of the chart). Numbers are written in plain decimals, the only form the
 * grammar reads.
 */
import type { FeatureResult } from './feature-comparison.js';
import type { MetricResult } from './feature-metrics.js';
import { METRICS, type MetricName } from './presets.js';

/** Features per chart: beyond this the bars are unreadable; the most drifted are kept. */
export const MAX_CHART_FEATURES = 30;
/** −log10 p is drawn up to this (p = 1e-30); smaller p-values are drawn at the cap. */
const MAX_LOG_SCORE = 30;
const MAX_LABEL = 40;

const ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '`': '#96;',
  '%': '#37;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
};

/** A label as a quoted Mermaid string that nothing in it can end or turn into syntax. */
export function mermaidLabel(text: string, maxLength = MAX_LABEL): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters and line breaks are what it removes
  const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  const cut = [...line].length > maxLength ? `${[...line].slice(0, maxLength - 1).join('')}…` : line;
  return `"${cut.replace(/[#"`%<>&]/g, (char) => ENTITIES[char]!)}"`;
}

/** A number as the grammar reads it: plain decimals, no exponent. */
export function mermaidNumber(value: number): string {
  if (!Number.isFinite(value) || value === 0) return '0';
  const magnitude = Math.abs(value);
  const digits = magnitude >= 1 ? 4 : Math.min(12, Math.max(4, 3 - Math.floor(Math.log10(magnitude))));
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return text === '-0' || text === '' ? '0' : text;
}

export interface DriftChart {
  readonly metric: MetricName;
  /** The chart's Mermaid source, for a ```mermaid block. */
  readonly source: string;
  /** What the chart leaves out or caps, in words. */
  readonly notes: readonly string[];
}

/** How far a metric is past its threshold, to keep the most drifted features when there are too many. */
function severity(metric: MetricResult): number {
  const { value, threshold } = metric;
  if (Number.isNaN(value)) return Number.NEGATIVE_INFINITY;
  return METRICS[metric.metric].measures === 'p-value'
    ? threshold / Math.max(value, Number.MIN_VALUE)
    : value / Math.max(threshold, Number.MIN_VALUE);
}

/** One chart per metric measured, in the order the metrics first appear. */
export function driftCharts(features: readonly FeatureResult[]): DriftChart[] {
  const byMetric = new Map<MetricName, { feature: string; metric: MetricResult }[]>();
  for (const feature of features) {
    for (const metric of feature.metrics) {
      const entries = byMetric.get(metric.metric) ?? [];
      entries.push({ feature: feature.name, metric });
      byMetric.set(metric.metric, entries);
    }
  }
  return [...byMetric].map(([metric, entries]) => chart(metric, entries));
}

function chart(metric: MetricName, entries: { feature: string; metric: MetricResult }[]): DriftChart {
  const notes: string[] = [];
  let shown = entries;
  if (entries.length > MAX_CHART_FEATURES) {
    const kept = new Set(
      [...entries].sort((a, b) => severity(b.metric) - severity(a.metric)).slice(0, MAX_CHART_FEATURES),
    );
    shown = entries.filter((entry) => kept.has(entry));
    notes.push(
      `${MAX_CHART_FEATURES} of ${entries.length} features shown, the furthest past their thresholds`,
    );
  }
  const info = METRICS[metric];
  const pValue = info.measures === 'p-value';
  // Drift above the line in every chart: p-values as −log10 p.
  const score = (value: number) =>
    pValue ? Math.min(MAX_LOG_SCORE, -Math.log10(Math.max(value, 10 ** -MAX_LOG_SCORE))) : value;
  const thresholds = shown.map((entry) => score(entry.metric.threshold));
  const finite = shown.map((entry) => score(entry.metric.value)).filter(Number.isFinite);
  const top = Math.max(...finite, ...thresholds, 0) * 1.25 || 1;
  const values = shown.map(({ metric: result }) => {
    if (Number.isNaN(result.value)) return 0;
    const value = score(result.value);
    return Number.isFinite(value) ? value : top;
  });
  const infinite = shown.filter((entry) => entry.metric.value === Number.POSITIVE_INFINITY);
  if (infinite.length > 0)
    notes.push(`∞ drawn at the top of the axis: ${infinite.map((e) => e.feature).join(', ')}`);
  const capped = pValue ? shown.filter((entry) => entry.metric.value < 10 ** -MAX_LOG_SCORE) : [];
  if (capped.length > 0)
    notes.push(
      `p below 1e-${MAX_LOG_SCORE}, drawn at ${MAX_LOG_SCORE}: ${capped.map((e) => e.feature).join(', ')}`,
    );
  const undefinedValues = shown.filter((entry) => Number.isNaN(entry.metric.value));
  if (undefinedValues.length > 0)
    notes.push(`undefined, drawn as 0: ${undefinedValues.map((e) => e.feature).join(', ')}`);
  const comparison = shown[0]!.metric.comparison;
  const what = pValue ? `${info.title} as −log10 p` : info.title;
  const source = [
    'xychart-beta',
    `  title ${mermaidLabel(`${what}: bars per feature, threshold as a line (drift above it: ${pValue ? 'p' : 'value'} ${comparison} threshold)`, 160)}`,
    `  x-axis [${shown.map((entry) => mermaidLabel(entry.feature)).join(', ')}]`,
    `  y-axis ${mermaidLabel(pValue ? `${metric}, −log10 p` : metric)} 0 --> ${mermaidNumber(Math.max(top, ...values))}`,
    `  bar [${values.map(mermaidNumber).join(', ')}]`,
    `  line [${thresholds.map(mermaidNumber).join(', ')}]`,
  ].join('\n');
  return { metric, source, notes };
}
