/**
 * One metric of one feature, computed from what the readers kept, through the statistics modules (which reproduce
 * scipy). Numerical features hold sorted samples: the exact values up to exact-limit, else a stand-in sample of
 * evenly spaced quantiles of the feature's sketch, whose CDF error bound is carried into the result.
 */

import type { PlannedMetric } from './metric-plan.js';
import { breaches, type Comparison, type MetricName, type MetricSpec } from './presets.js';
import { formatBound, type SketchSummary } from './sketch.js';
import {
  type AzureMlBinning,
  azureMlBinCount,
  azureMlBinEdges,
  distinctValueCounts,
  EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE,
  histogramCounts,
  proportionsOf,
  referenceQuantileBinning,
  sturgesBinEdgesFor,
} from './statistics/binning.js';
import { alignCategoryCounts } from './statistics/categorical.js';
import {
  type ChiSquaredOutcome,
  chiSquaredContingency,
  chiSquaredGoodnessOfFit,
} from './statistics/chi-squared.js';
import { roundHalfToEven } from './statistics/floating-point.js';
import { jensenShannonDistance } from './statistics/jensen-shannon.js';
import { kolmogorovSurvival } from './statistics/kolmogorov-distribution.js';
import { ksStatistic, ksTwoSampleTest } from './statistics/kolmogorov-smirnov.js';
import {
  evidentlyFilledProportions,
  laplaceSmoothedProportions,
  populationStabilityIndex,
} from './statistics/population-stability.js';
import { proportionsZTest } from './statistics/proportions-z-test.js';
import { maximumOf, minimumOf, type SortedSample } from './statistics/sorted-sample.js';
import {
  normalizedWassersteinDistance,
  WASSERSTEIN_STD_FLOOR,
  wassersteinDistance,
} from './statistics/wasserstein.js';

/** A numerical feature's values on one side. */
export interface NumericDistribution {
  /** Values compared (missing ones dropped). */
  readonly count: number;
  /** Sorted: all values (exact), or evenly spaced quantiles of the sketch. */
  readonly sample: SortedSample;
  readonly exact: boolean;
  /** Bound on |estimated − true CDF| of `sample` (0 when exact). */
  readonly cdfErrorBound: number;
  readonly sketch?: SketchSummary;
  readonly min: number;
  readonly max: number;
  /** Standard deviation with ddof 0 or 1 (exact: two-pass over the values; sketch: Welford over every value). */
  std(ddof: 0 | 1): number;
  /** Exact counts per distinct value when known (exact samples, or few distinct values beyond exact-limit). */
  readonly valueCounts: ReadonlyMap<number, number> | undefined;
  /** Distinct values, when known. */
  readonly distinct: number | undefined;
}

export interface NumericalFeatureData {
  readonly type: 'numerical';
  readonly reference: NumericDistribution;
  readonly current: NumericDistribution;
}

export interface CategoricalFeatureData {
  readonly type: 'categorical';
  readonly reference: ReadonlyMap<string, number>;
  readonly current: ReadonlyMap<string, number>;
  readonly referenceCount: number;
  readonly currentCount: number;
}

export type FeatureData = NumericalFeatureData | CategoricalFeatureData;

export interface MetricResult {
  readonly metric: MetricName;
  readonly spec: MetricSpec;
  /** The gated value: a distance, or a p-value. NaN when undefined for this data (never drift). */
  readonly value: number;
  readonly threshold: number;
  readonly thresholdSource: PlannedMetric['thresholdSource'];
  readonly comparison: Comparison;
  readonly drifted: boolean;
  readonly reason: string;
  /** Facts behind the value: statistic, bins, distance before normalising, test method, error bounds. */
  readonly details: Readonly<Record<string, number | string | boolean | readonly number[]>>;
  /** Things a reader should know (smoothing applied, a floor used, a category unseen in the reference). */
  readonly notes: readonly string[];
}

export function computeMetric(feature: FeatureData, plan: PlannedMetric): MetricResult {
  const { spec } = plan;
  const computed =
    feature.type === 'numerical' ? numericalMetric(feature, spec) : categoricalMetric(feature, spec);
  const defined = Number.isFinite(computed.value) || computed.value === Number.POSITIVE_INFINITY;
  return {
    metric: spec.metric,
    spec,
    value: computed.value,
    threshold: plan.threshold,
    thresholdSource: plan.thresholdSource,
    comparison: plan.comparison,
    drifted: defined && breaches(computed.value, plan.threshold, plan.comparison),
    reason: plan.reason,
    details: computed.details,
    notes: computed.notes,
  };
}

interface Computed {
  value: number;
  details: Record<string, number | string | boolean | readonly number[]>;
  notes: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Numerical features

/** Counts of both sides over the same bins (fractional when estimated from a sketch). */
interface Binned {
  readonly kind: string;
  readonly referenceCounts: readonly number[];
  readonly currentCounts: readonly number[];
  readonly edges?: readonly number[];
  readonly values?: readonly number[];
  readonly notes: string[];
}

/** Counts over `sample`'s bins, scaled to the true size when the sample stands in for a sketch. */
function scaled(counts: readonly number[], side: NumericDistribution): number[] {
  if (side.exact) return [...counts];
  const factor = side.count / side.sample.length;
  return counts.map((count) => count * factor);
}

function perValue(feature: NumericalFeatureData): Binned | undefined {
  const { reference, current } = feature;
  if (reference.exact && current.exact) {
    const counts = distinctValueCounts(reference.sample, current.sample);
    return {
      kind: 'one bin per value',
      referenceCounts: counts.referenceCounts,
      currentCounts: counts.currentCounts,
      values: counts.values,
      notes: [],
    };
  }
  const left = reference.valueCounts;
  const right = current.valueCounts;
  if (left === undefined || right === undefined) return undefined;
  const values = [...new Set([...left.keys(), ...right.keys()])].sort((a, b) => a - b);
  return {
    kind: 'one bin per value',
    referenceCounts: values.map((value) => left.get(value) ?? 0),
    currentCounts: values.map((value) => right.get(value) ?? 0),
    values,
    notes: [],
  };
}

function bin(feature: NumericalFeatureData, spec: MetricSpec): Binned {
  const { reference, current } = feature;
  const min = Math.min(reference.min, current.min);
  const max = Math.max(reference.max, current.max);
  switch (spec.binning ?? 'azureml') {
    case 'azureml': {
      const bins = azureMlBinCount(reference.count, current.count);
      const { edges, degenerate } = azureMlBinEdges(min, max, bins);
      const notes = degenerate
        ? [`constant feature: one bin [${edges[0]}, ${edges[1]}], as Azure ML does`]
        : [];
      const binning: Pick<AzureMlBinning, 'referenceCounts' | 'currentCounts'> = {
        referenceCounts: scaled(histogramCounts(reference.sample, edges), reference),
        currentCounts: scaled(histogramCounts(current.sample, edges), current),
      };
      return { kind: `Azure ML: ${edges.length - 1} equal-width bins`, ...binning, edges, notes };
    }
    case 'evidently': {
      const referenceDistinct = reference.distinct ?? Number.POSITIVE_INFINITY;
      if (referenceDistinct > EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE) {
        const edges = sturgesBinEdgesFor(min, max, reference.count + current.count);
        return {
          kind: `Evidently: ${edges.length - 1} Sturges bins`,
          referenceCounts: scaled(histogramCounts(reference.sample, edges), reference),
          currentCounts: scaled(histogramCounts(current.sample, edges), current),
          edges,
          notes: [],
        };
      }
      const counts = perValue(feature);
      if (counts === undefined) throw new Error('per-value counts are missing for a feature with few values');
      return { ...counts, kind: `Evidently: one bin per value (${counts.values!.length})` };
    }
    case 'quantiles': {
      const bins = spec.bins ?? 10;
      const result = referenceQuantileBinning(reference.sample, current.sample, bins);
      return {
        kind: `${bins} reference-quantile bins`,
        referenceCounts: scaled(result.referenceCounts, reference),
        currentCounts: scaled(result.currentCounts, current),
        edges: [Number.NEGATIVE_INFINITY, ...result.interiorEdges, Number.POSITIVE_INFINITY],
        notes: [],
      };
    }
  }
}

function sketchNotes(feature: NumericalFeatureData): { bound: number; notes: string[] } {
  const bound = feature.reference.cdfErrorBound + feature.current.cdfErrorBound;
  if (bound === 0) return { bound, notes: [] };
  return {
    bound,
    notes: [
      `beyond exact-limit: computed from quantile sketches; every CDF value is within ±${formatBound(bound)} (reference ${formatBound(feature.reference.cdfErrorBound)}, current ${formatBound(feature.current.cdfErrorBound)})`,
    ],
  };
}

function numericalMetric(feature: NumericalFeatureData, spec: MetricSpec): Computed {
  const { reference, current } = feature;
  const { bound, notes } = sketchNotes(feature);
  switch (spec.metric) {
    case 'wasserstein': {
      const ddof = spec.ddof ?? 1;
      let distance: number;
      let referenceStd: number;
      let floored: boolean;
      if (reference.exact && current.exact) {
        const result = normalizedWassersteinDistance(reference.sample, current.sample, ddof);
        ({ distance, referenceStd, floored } = result);
      } else {
        distance = wassersteinDistance(reference.sample, current.sample);
        referenceStd = reference.std(ddof);
        floored = !(referenceStd >= WASSERSTEIN_STD_FLOOR);
      }
      const norm = floored ? WASSERSTEIN_STD_FLOOR : referenceStd;
      const details: Computed['details'] = { distance, referenceStd, ddof, floored };
      if (floored) {
        notes.push(
          `the reference standard deviation (${referenceStd}) is below ${WASSERSTEIN_STD_FLOOR}: the distance is divided by ${WASSERSTEIN_STD_FLOOR}, as both tools do${reference.min === reference.max ? ' (constant reference)' : ''}`,
        );
      }
      if (bound > 0) {
        const range = Math.max(reference.max, current.max) - Math.min(reference.min, current.min);
        details.errorBound = (bound * range) / norm;
      }
      return { value: distance / norm, details, notes };
    }
    case 'ks': {
      const method = spec.method ?? 'auto';
      if (reference.exact && current.exact) {
        const result = ksTwoSampleTest(reference.sample, current.sample, method);
        if (result.fallback)
          notes.push(`exact p-value unavailable (${result.fallback}): asymptotic used, as scipy does`);
        return {
          value: result.pvalue,
          details: { statistic: result.statistic, location: result.location, method: result.method },
          notes,
        };
      }
      const statistic = ksStatistic(reference.sample, current.sample).statistic;
      const m = Math.max(reference.count, current.count);
      const n = Math.min(reference.count, current.count);
      const pvalue = Math.min(
        Math.max(kolmogorovSurvival(statistic, roundHalfToEven((m * n) / (m + n))), 0),
        1,
      );
      notes.push('beyond exact-limit the p-value is asymptotic (kstwo at the full sample sizes)');
      return { value: pvalue, details: { statistic, method: 'asymp', statisticErrorBound: bound }, notes };
    }
    case 'jensen-shannon':
    case 'psi': {
      const binned = bin(feature, spec);
      notes.push(...binned.notes);
      const details: Computed['details'] = {
        binning: binned.kind,
        bins: binned.referenceCounts.length,
        ...(bound > 0 ? { binProportionErrorBound: 2 * bound } : {}),
      };
      if (spec.metric === 'jensen-shannon') {
        return {
          value: jensenShannon(binned.referenceCounts, binned.currentCounts, spec, details),
          details,
          notes,
        };
      }
      return {
        value: psi(
          binned.referenceCounts,
          binned.currentCounts,
          reference.count,
          current.count,
          spec,
          details,
          notes,
        ),
        details,
        notes,
      };
    }
    case 'chi-squared':
    case 'z-test': {
      const counts = perValue(feature);
      if (counts === undefined) {
        return {
          value: Number.NaN,
          details: {},
          notes: [
            `${spec.metric} needs counts per value, and this feature has too many distinct values to count`,
          ],
        };
      }
      return spec.metric === 'chi-squared'
        ? chiSquared(counts.referenceCounts, counts.currentCounts, spec, (index) =>
            String(counts.values![index]),
          )
        : zTest(counts.referenceCounts, counts.currentCounts);
    }
  }
}

function jensenShannon(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
  spec: MetricSpec,
  details: Computed['details'],
): number {
  const base = spec.base ?? 2;
  details.base = base === 2 ? 2 : 'e';
  if (!referenceCounts.some((count) => count > 0) || !currentCounts.some((count) => count > 0))
    return Number.NaN;
  // jensenShannonDistance renormalises, so counts and proportions give the same value (scipy does the same).
  return jensenShannonDistance(referenceCounts, currentCounts, base === 2 ? 2 : undefined);
}

function psi(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
  referenceSize: number,
  currentSize: number,
  spec: MetricSpec,
  details: Computed['details'],
  notes: string[],
): number {
  const smoothing = spec.smoothing ?? 'laplace';
  details.smoothing = smoothing;
  let reference: number[];
  let current: number[];
  if (smoothing === 'laplace') {
    reference = laplaceSmoothedProportions(referenceCounts, referenceSize);
    current = laplaceSmoothedProportions(currentCounts, currentSize);
  } else {
    reference = proportionsOf(referenceCounts, referenceSize);
    current = proportionsOf(currentCounts, currentSize);
    if (smoothing === 'fill') {
      if (!reference.some((p) => p > 0) || !current.some((p) => p > 0)) return Number.NaN;
      reference = evidentlyFilledProportions(reference);
      current = evidentlyFilledProportions(current);
    }
  }
  const value = populationStabilityIndex(reference, current);
  if (value === Number.POSITIVE_INFINITY) {
    notes.push('a bin is empty on one side only: without smoothing the PSI is infinite');
  }
  return value;
}

function chiSquared(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
  spec: MetricSpec,
  label: (index: number) => string,
): Computed {
  const test = spec.test ?? 'goodness-of-fit';
  const outcome: ChiSquaredOutcome =
    test === 'contingency'
      ? chiSquaredContingency(referenceCounts, currentCounts)
      : chiSquaredGoodnessOfFit(referenceCounts, currentCounts);
  if (outcome.defined) {
    return {
      value: outcome.pvalue,
      details: { test, statistic: outcome.statistic, dof: outcome.dof },
      notes: [],
    };
  }
  if (outcome.reason === 'category-unseen-in-reference') {
    const unseen = outcome.categories.map(label);
    return {
      value: 0,
      details: { test, statistic: Number.POSITIVE_INFINITY, dof: referenceCounts.length - 1 },
      notes: [
        `${unseen.length === 1 ? 'a value' : 'values'} unseen in the reference (${unseen.slice(0, 5).join(', ')}${unseen.length > 5 ? ', …' : ''}) get an expected count of 0: the statistic is infinite and the p-value 0, as scipy's chisquare gives (Azure ML and Evidently alike)`,
      ],
    };
  }
  return {
    value: Number.NaN,
    details: { test },
    notes: [`chi-squared is undefined here (${outcome.reason.replaceAll('-', ' ')}): not counted as drift`],
  };
}

function zTest(referenceCounts: readonly number[], currentCounts: readonly number[]): Computed {
  const notes: string[] = [];
  if (referenceCounts.length > 2) {
    notes.push(
      `${referenceCounts.length} values: the z-test compares the first value (in sorted order) with all others, as Evidently does`,
    );
  }
  const result = proportionsZTest(referenceCounts, currentCounts);
  return { value: result.pvalue, details: { statistic: result.statistic }, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// Categorical features

function categoricalMetric(feature: CategoricalFeatureData, spec: MetricSpec): Computed {
  const aligned = alignCategoryCounts(feature.reference, feature.current);
  const notes: string[] = [];
  const unseen = aligned.unseenInReference;
  const unseenNote =
    unseen.length > 0
      ? `categories unseen in the reference: ${unseen.slice(0, 5).join(', ')}${unseen.length > 5 ? `, … (${unseen.length})` : ''}`
      : undefined;
  switch (spec.metric) {
    case 'jensen-shannon': {
      const details: Computed['details'] = { categories: aligned.categories.length };
      if (unseenNote) notes.push(`${unseenNote} (a proportion of 0 in the reference)`);
      return {
        value: jensenShannon(aligned.referenceCounts, aligned.currentCounts, spec, details),
        details,
        notes,
      };
    }
    case 'psi': {
      const details: Computed['details'] = { categories: aligned.categories.length };
      const smoothing = spec.smoothing ?? 'laplace';
      if (unseenNote) {
        notes.push(
          `${unseenNote}: ${smoothing === 'laplace' ? 'Laplace smoothing (count + 1) / (n + k) keeps the PSI finite' : smoothing === 'fill' ? 'Evidently fills the empty proportion' : 'without smoothing the PSI is infinite'}`,
        );
      }
      const value = psi(
        aligned.referenceCounts,
        aligned.currentCounts,
        feature.referenceCount,
        feature.currentCount,
        spec,
        details,
        [],
      );
      return { value, details, notes };
    }
    case 'chi-squared':
      return chiSquared(
        aligned.referenceCounts,
        aligned.currentCounts,
        spec,
        (index) => aligned.categories[index]!,
      );
    case 'z-test':
      return zTest(aligned.referenceCounts, aligned.currentCounts);
    case 'wasserstein':
    case 'ks':
      throw new Error(`${spec.metric} does not apply to categorical features`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The picture: reference and current distributions over a few bins

export interface HistogramPicture {
  /** Bin labels (value ranges, or categories). */
  readonly labels: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  /** What the picture leaves out, if anything. */
  readonly note?: string;
}

const PICTURE_BINS = 20;
const PICTURE_CATEGORIES = 12;

export function histogramPicture(feature: FeatureData): HistogramPicture {
  if (feature.type === 'numerical') {
    const { reference, current } = feature;
    const min = Math.min(minimumOf(reference.sample), minimumOf(current.sample));
    const max = Math.max(maximumOf(reference.sample), maximumOf(current.sample));
    const bins = Math.min(PICTURE_BINS, azureMlBinCount(reference.sample.length, current.sample.length));
    const { edges } = azureMlBinEdges(min, max, bins);
    edges[edges.length - 1] = Math.max(edges[edges.length - 1]!, max);
    const labels = edges
      .slice(0, -1)
      .map((edge, i) => `${shortNumber(edge)} – ${shortNumber(edges[i + 1]!)}`);
    return {
      labels,
      reference: proportionsOf(histogramCounts(reference.sample, edges), reference.sample.length),
      current: proportionsOf(histogramCounts(current.sample, edges), current.sample.length),
    };
  }
  const aligned = alignCategoryCounts(feature.reference, feature.current);
  const refShares = proportionsOf(aligned.referenceCounts, Math.max(feature.referenceCount, 1));
  const curShares = proportionsOf(aligned.currentCounts, Math.max(feature.currentCount, 1));
  const order = aligned.categories
    .map((_, i) => i)
    .sort((a, b) => Math.max(refShares[b]!, curShares[b]!) - Math.max(refShares[a]!, curShares[a]!));
  const top = order.slice(0, PICTURE_CATEGORIES).sort((a, b) => a - b);
  return {
    labels: top.map((i) => aligned.categories[i]!),
    reference: top.map((i) => refShares[i]!),
    current: top.map((i) => curShares[i]!),
    ...(order.length > PICTURE_CATEGORIES
      ? { note: `the ${PICTURE_CATEGORIES} largest of ${order.length} categories` }
      : {}),
  };
}

function shortNumber(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e5 || magnitude < 1e-3) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}
