/**
 * One feature compared: what both sides kept of it becomes the metrics' data (sorted samples, or a sketch's weighted
 * values, for a numerical feature; counts per category for a categorical one), the preset and the user's overrides
 * choose its metrics and thresholds, and it drifted when any of them breaches.
 *
 * Before any metric: a feature with fewer than `min-sample-size` values on a side is insufficient data (a one-row
 * current set measures nothing), and a feature whose every current value is missing while the reference has values is
 * a data-quality finding, counted as drifted (the production column is empty: the model sees nothing of it). A
 * feature that cannot be compared at all (an identifier with too many categories) is skipped, with the reason.
 */
import type { Logger } from '#shared/logger.js';
import type { SideScratch } from './exact-values.js';
import type { CategoricalColumnData, ColumnData, NumericColumnData } from './feature-columns.js';
import {
  computeMetric,
  type FeatureData,
  type MetricResult,
  type NumericDistribution,
} from './feature-metrics.js';
import { type FeatureType, numberLabel, type TypeDecision } from './feature-types.js';
import { type MetricsConfig, planFeature, type ThresholdsConfig } from './metric-plan.js';
import { type HistogramPicture, histogramPicture } from './picture.js';
import type { Preset } from './presets.js';
import { formatBound, type SketchSummary, type WeightedSample } from './sketch.js';
import { distinctCount } from './statistics/binning.js';
import { standardDeviationOf } from './statistics/sorted-sample.js';
import { weightedFromCounts, weightedFromSample } from './statistics/weighted-sample.js';

export interface MissingCount {
  readonly count: number;
  /** Of the side's rows. */
  readonly share: number;
}

export interface FeatureResult {
  readonly name: string;
  readonly type: FeatureType;
  readonly decision: TypeDecision;
  readonly missing: { readonly reference: MissingCount; readonly current: MissingCount };
  /** Values compared per side. */
  readonly values: { readonly reference: number; readonly current: number };
  readonly metrics: readonly MetricResult[];
  readonly drifted: boolean;
  /** A data-quality finding that makes the feature drifted without a metric (every current value missing). */
  readonly finding?: string;
  /** Whether every figure of the feature is exact (false when a side went beyond the memory budget). */
  readonly exact: boolean;
  /** Present when a side went beyond the memory budget. */
  readonly sketch?: { readonly reference?: SketchSummary; readonly current?: SketchSummary };
  readonly picture: HistogramPicture;
}

/** A feature with too few values on a side to measure. */
export interface InsufficientFeature {
  readonly name: string;
  readonly type: FeatureType;
  readonly values: { readonly reference: number; readonly current: number };
  readonly minimum: number;
}

/** A feature's column on one side, and the side's row count. */
export interface FeatureSide<C extends ColumnData = ColumnData> {
  readonly column: C;
  readonly rows: number;
}

export interface FeatureComparison {
  readonly name: string;
  readonly decision: TypeDecision;
  readonly reference: FeatureSide;
  /** Read with the type decided on the reference, so a categorical feature's current column is categorical. */
  readonly current: FeatureSide;
  /** Arrays reused for the samples that must be made, one per side; nothing of them outlives the comparison. */
  readonly scratch?: { readonly reference: SideScratch; readonly current: SideScratch };
}

export interface ComparisonRules {
  readonly preset: Preset;
  readonly metrics: MetricsConfig;
  readonly thresholds: ThresholdsConfig;
  /** Fewest values a side needs for the feature to be measured. */
  readonly minSampleSize: number;
}

/** A numeric column's values as category counts (an integer feature that is categorical). */
function asCategories(column: ColumnData): { counts: Map<string, number>; count: number } | undefined {
  if (column.kind === 'categorical')
    return column.overflow ? undefined : { counts: new Map(column.counts), count: column.count };
  const counts = new Map<string, number>();
  if (column.values !== undefined) {
    column.values.forEachRun((value, times) => counts.set(numberLabel(value), times));
    return { counts, count: column.count };
  }
  const valueCounts = column.valueCounts;
  if (valueCounts === undefined) return undefined;
  for (const [value, times] of valueCounts) counts.set(numberLabel(value), times);
  return { counts, count: column.count };
}

function numericDistribution(
  column: NumericColumnData,
  scratch: SideScratch | undefined,
): NumericDistribution | undefined {
  if (column.count === 0) return undefined;
  if (column.values !== undefined) {
    // Doubles for the statistics: made here, per feature, into the side's scratch arrays when given.
    const sample = column.values.sortedSample(scratch ? (length) => scratch.sample.take(length) : undefined);
    let valueCounts: Map<number, number> | undefined;
    let weighted: WeightedSample | undefined;
    return {
      count: column.count,
      sample,
      weighted: () => {
        weighted ??= weightedFromSample(
          sample,
          scratch ? (length) => scratch.cumulative.take(length) : undefined,
        );
        return weighted;
      },
      exact: true,
      rankErrorBound: 0,
      cdfErrorBound: 0,
      min: sample[0]!,
      max: sample[sample.length - 1]!,
      std: (ddof) => standardDeviationOf(sample, ddof),
      get valueCounts() {
        if (valueCounts === undefined) {
          valueCounts = new Map();
          for (let i = 0; i < sample.length; i++)
            valueCounts.set(sample[i]!, (valueCounts.get(sample[i]!) ?? 0) + 1);
        }
        return valueCounts;
      },
      distinct: distinctCount(sample),
    };
  }
  const sketch = column.sketch!;
  const moments = column.moments!;
  const counts = column.valueCounts; // made once, here, for this feature's measuring
  // Few distinct values were counted exactly all along: the counts are the exact distribution.
  const exact = counts !== undefined;
  let weighted: WeightedSample | undefined;
  const summary = sketch.summary();
  return {
    count: column.count,
    sample: undefined,
    weighted: () => {
      weighted ??= exact
        ? weightedFromCounts(counts)
        : sketch.weighted(scratch ? (length, which) => scratch[which].take(length) : undefined);
      return weighted;
    },
    exact,
    rankErrorBound: exact ? 0 : summary.rankErrorBound,
    cdfErrorBound: exact ? 0 : summary.cdfErrorBound,
    ...(exact ? {} : { sketch: summary }),
    min: moments.min,
    max: moments.max,
    std: (ddof) => (moments.count - ddof > 0 ? Math.sqrt(moments.m2 / (moments.count - ddof)) : Number.NaN),
    valueCounts: counts,
    distinct: counts?.size,
  };
}

function distinctUnion(data: FeatureData): number {
  if (data.type === 'categorical') return new Set([...data.reference.keys(), ...data.current.keys()]).size;
  const a = data.reference.sample;
  const b = data.current.sample;
  if (a !== undefined && b !== undefined) {
    // Merge count of the two sorted samples, stopping early: only "more than 20" matters to the presets.
    let i = 0;
    let j = 0;
    let distinct = 0;
    while ((i < a.length || j < b.length) && distinct <= 20) {
      const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
      while (i < a.length && a[i] === value) i++;
      while (j < b.length && b[j] === value) j++;
      distinct++;
    }
    return distinct;
  }
  // Beyond the memory budget: counted exactly while few, else certainly more than the presets look at (they ask
  // "more than 5?", "more than 20?"). An exact side is not turned into a Map of all its values to find out.
  const left = data.reference.distinct;
  const right = data.current.distinct;
  if (left === undefined || right === undefined) return Number.POSITIVE_INFINITY;
  if (Math.max(left, right) > 20) return Math.max(left, right);
  return new Set([...data.reference.valueCounts!.keys(), ...data.current.valueCounts!.keys()]).size;
}

function share(count: number, rows: number): MissingCount {
  return { count, share: rows === 0 ? 0 : count / rows };
}

/** What becomes of a feature that is not measured. */
export type NotMeasured =
  | { readonly skip: string }
  | { readonly insufficient: InsufficientFeature }
  | { readonly emptyCurrent: true };

/** The metrics' data of a feature, or why it is not measured. */
function featureData(comparison: FeatureComparison, minimum: number): FeatureData | NotMeasured {
  const { decision, reference, current } = comparison;
  const insufficient = (referenceCount: number, currentCount: number): NotMeasured | undefined =>
    referenceCount < minimum || currentCount < minimum
      ? {
          insufficient: {
            name: comparison.name,
            type: decision.type,
            values: { reference: referenceCount, current: currentCount },
            minimum,
          },
        }
      : undefined;
  if (decision.type === 'numerical') {
    const { scratch } = comparison;
    const left =
      reference.column.kind === 'numeric'
        ? numericDistribution(reference.column, scratch?.reference)
        : undefined;
    const right =
      current.column.kind === 'numeric' ? numericDistribution(current.column, scratch?.current) : undefined;
    if (left === undefined) return { skip: 'every reference value is missing' };
    if (right === undefined) return { emptyCurrent: true };
    return insufficient(left.count, right.count) ?? { type: 'numerical', reference: left, current: right };
  }
  const left = asCategories(reference.column);
  const right = asCategories(current.column as CategoricalColumnData);
  if (left === undefined || right === undefined) {
    return {
      skip: `more than 65,536 distinct values on the ${left === undefined ? 'reference' : 'current'} side: an identifier or free text, not a categorical feature; exclude it or declare it numerical`,
    };
  }
  if (left.count === 0) return { skip: 'every reference value is missing' };
  if (right.count === 0) return { emptyCurrent: true };
  return (
    insufficient(left.count, right.count) ?? {
      type: 'categorical',
      reference: left.counts,
      current: right.counts,
      referenceCount: left.count,
      currentCount: right.count,
    }
  );
}

/** The finding recorded for a feature whose every current value is missing. */
export const EMPTY_CURRENT_FINDING =
  'every current value is missing while the reference has values: a data-quality finding (the production column is empty), counted as drifted';

export function compareFeature(
  comparison: FeatureComparison,
  rules: ComparisonRules,
  logger: Logger,
): FeatureResult | Exclude<NotMeasured, { emptyCurrent: true }> {
  const { name, decision } = comparison;
  const missing = {
    reference: share(comparison.reference.column.missing, comparison.reference.rows),
    current: share(comparison.current.column.missing, comparison.current.rows),
  };
  const data = featureData(comparison, rules.minSampleSize);
  if ('emptyCurrent' in data) {
    return {
      name,
      type: decision.type,
      decision,
      missing,
      values: { reference: comparison.reference.column.count, current: 0 },
      metrics: [],
      drifted: true,
      finding: EMPTY_CURRENT_FINDING,
      exact: true,
      picture: { labels: [], reference: [], current: [] },
    };
  }
  if ('skip' in data || 'insufficient' in data) return data;
  const referenceSize = data.type === 'numerical' ? data.reference.count : data.referenceCount;
  const plan = planFeature(
    name,
    { type: decision.type, referenceSize, distinctUnion: distinctUnion(data) },
    rules.preset,
    rules.metrics,
    rules.thresholds,
  );
  const metrics = plan.map((planned) => computeMetric(data, planned));
  const sketch =
    data.type === 'numerical' && (data.reference.sketch || data.current.sketch)
      ? {
          ...(data.reference.sketch ? { reference: data.reference.sketch } : {}),
          ...(data.current.sketch ? { current: data.current.sketch } : {}),
        }
      : undefined;
  if (sketch && data.type === 'numerical') {
    logger.info(
      `${name}: beyond the memory budget, from a quantile sketch; CDF error bound ±${formatBound(data.reference.cdfErrorBound + data.current.cdfErrorBound)}`,
    );
  }
  return {
    name,
    type: decision.type,
    decision,
    missing,
    values: {
      reference: data.type === 'numerical' ? data.reference.count : data.referenceCount,
      current: data.type === 'numerical' ? data.current.count : data.currentCount,
    },
    metrics,
    drifted: metrics.some((metric) => metric.drifted),
    exact: metrics.every((metric) => metric.exact),
    ...(sketch ? { sketch } : {}),
    picture: histogramPicture(data),
  };
}
