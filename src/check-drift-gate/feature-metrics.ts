/**
 * One metric of one feature, computed from what the readers kept, through the statistics modules (which reproduce
 * scipy). A numerical feature's side holds its exact sorted values while they fitted the memory budget; beyond it,
 * its sketch's weighted values (or exact counts per value, when there are few values). A figure computed from a
 * sketch comes with the interval that provably holds the exact figure (metric-bounds.ts), says it is not exact, and
 * says whether its verdict is decided: whether the whole interval lies on one side of the threshold.
 */

import { type Binned, binFeature, countsPerValue } from './feature-binning.js';
import {
  decides,
  type Interval,
  jensenShannonInterval,
  proportionIntervals,
  psiInterval,
  type Smoothing,
} from './metric-bounds.js';
import type { PlannedMetric } from './metric-plan.js';
import { breaches, type Comparison, type MetricName, type MetricSpec } from './presets.js';
import { formatBound, type SketchSummary, type WeightedSample } from './sketch.js';
import { proportionsOf } from './statistics/binning.js';
import { alignCategoryCounts } from './statistics/categorical.js';
import {
  type ChiSquaredOutcome,
  chiSquaredContingency,
  chiSquaredGoodnessOfFit,
} from './statistics/chi-squared.js';
import { roundHalfToEven } from './statistics/floating-point.js';
import { jensenShannonDistance } from './statistics/jensen-shannon.js';
import { kolmogorovSurvival } from './statistics/kolmogorov-distribution.js';
import { ksTwoSampleTest } from './statistics/kolmogorov-smirnov.js';
import {
  evidentlyFilledProportions,
  laplaceSmoothedProportions,
  populationStabilityIndex,
} from './statistics/population-stability.js';
import { proportionsZTest } from './statistics/proportions-z-test.js';
import type { SortedSample } from './statistics/sorted-sample.js';
import { normalizedWassersteinDistance, WASSERSTEIN_STD_FLOOR } from './statistics/wasserstein.js';
import { weightedKsStatistic, weightedWasserstein } from './statistics/weighted-sample.js';

/** A numerical feature's values on one side. */
export interface NumericDistribution {
  /** Values compared (missing ones dropped). */
  readonly count: number;
  /** All values, sorted, when they fitted the memory budget. */
  readonly sample: SortedSample | undefined;
  /** The values as a weighted sample: weights 1, exact counts per value, or the sketch's estimate. */
  weighted(): WeightedSample;
  /** Whether every figure from this side is exact (its values, or exact counts per value). */
  readonly exact: boolean;
  /** Bound on |estimated − true| count of values ≤ x (0 when exact). */
  readonly rankErrorBound: number;
  /** `rankErrorBound / count`. */
  readonly cdfErrorBound: number;
  readonly sketch?: SketchSummary;
  readonly min: number;
  readonly max: number;
  /** Standard deviation with ddof 0 or 1 (exact: two-pass over the values; sketch: Welford over every value). */
  std(ddof: 0 | 1): number;
  /** Exact counts per distinct value when known (exact samples, or few distinct values in a sketched feature). */
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
  /** Whether `value` is the exact figure (false when computed from a sketch). */
  readonly exact: boolean;
  /** When not exact: the interval that provably holds the exact value (absent when none can be stated). */
  readonly bound?: Interval;
  /** Whether the verdict cannot differ from the exact one: always when exact, else when `bound` is one-sided. */
  readonly decided: boolean;
}

export function computeMetric(feature: FeatureData, plan: PlannedMetric): MetricResult {
  const { spec } = plan;
  const computed =
    feature.type === 'numerical' ? numericalMetric(feature, spec) : categoricalMetric(feature, spec);
  const defined = Number.isFinite(computed.value) || computed.value === Number.POSITIVE_INFINITY;
  const exact = computed.exact ?? true;
  const breach = (value: number, threshold: number) => breaches(value, threshold, plan.comparison);
  const decided =
    exact || (computed.bound !== undefined && defined && decides(computed.bound, plan.threshold, breach));
  const notes = [...computed.notes];
  if (!decided && defined) {
    notes.push(
      computed.bound === undefined
        ? 'computed from a sketch without a stated bound: the exact value could fall on the other side of the threshold; raise memory-budget for an exact answer'
        : `the exact value lies in [${formatBound(computed.bound.low)}, ${formatBound(computed.bound.high)}], which straddles the threshold: the verdict is the estimate's; raise memory-budget for an exact answer`,
    );
  }
  return {
    metric: spec.metric,
    spec,
    value: computed.value,
    threshold: plan.threshold,
    thresholdSource: plan.thresholdSource,
    comparison: plan.comparison,
    drifted: defined && breach(computed.value, plan.threshold),
    reason: plan.reason,
    details: computed.details,
    notes,
    exact,
    ...(exact || computed.bound === undefined ? {} : { bound: computed.bound }),
    decided,
  };
}

interface Computed {
  value: number;
  details: Record<string, number | string | boolean | readonly number[]>;
  notes: string[];
  /** Absent: exact. */
  exact?: boolean;
  bound?: Interval;
}

// ---------------------------------------------------------------------------------------------------------------
// Numerical features

function sketchNotes(feature: NumericalFeatureData): { bound: number; notes: string[] } {
  const bound = feature.reference.cdfErrorBound + feature.current.cdfErrorBound;
  if (feature.reference.exact && feature.current.exact) return { bound: 0, notes: [] };
  return {
    bound,
    notes: [
      `beyond the memory budget: computed from ${feature.reference.exact || feature.current.exact ? 'a quantile sketch' : 'quantile sketches'}; every CDF value is within ±${formatBound(bound)} (reference ${formatBound(feature.reference.cdfErrorBound)}, current ${formatBound(feature.current.cdfErrorBound)})`,
    ],
  };
}

function numericalMetric(feature: NumericalFeatureData, spec: MetricSpec): Computed {
  const { reference, current } = feature;
  // Both sides' values are at hand: the exact computations, as scipy's.
  if (reference.sample !== undefined && current.sample !== undefined)
    return exactNumericalMetric(feature, spec);
  const { bound, notes } = sketchNotes(feature);
  const exact = reference.exact && current.exact;
  switch (spec.metric) {
    case 'wasserstein': {
      const ddof = spec.ddof ?? 1;
      const distance = weightedWasserstein(reference.weighted(), current.weighted());
      const referenceStd = reference.std(ddof);
      const floored = !(referenceStd >= WASSERSTEIN_STD_FLOOR);
      const norm = floored ? WASSERSTEIN_STD_FLOOR : referenceStd;
      if (floored) notes.push(stdFloorNote(referenceStd, reference));
      const range = Math.max(reference.max, current.max) - Math.min(reference.min, current.min);
      const error = bound * range;
      return {
        value: distance / norm,
        details: { distance, referenceStd, ddof, floored, ...(exact ? {} : { distanceErrorBound: error }) },
        notes,
        exact,
        bound: { low: Math.max(0, distance - error) / norm, high: (distance + error) / norm },
      };
    }
    case 'ks': {
      const { statistic, location } = weightedKsStatistic(reference.weighted(), current.weighted());
      const m = Math.max(reference.count, current.count);
      const n = Math.min(reference.count, current.count);
      const effective = roundHalfToEven((m * n) / (m + n));
      const pvalue = (d: number) => Math.min(Math.max(kolmogorovSurvival(d, effective), 0), 1);
      notes.push(
        'the p-value is asymptotic (kstwo.sf at the full sample sizes), as scipy computes it beyond 10,000 values',
      );
      return {
        value: pvalue(statistic),
        details: { statistic, location, method: 'asymp', ...(exact ? {} : { statisticErrorBound: bound }) },
        notes,
        exact,
        bound: { low: pvalue(Math.min(1, statistic + bound)), high: pvalue(Math.max(0, statistic - bound)) },
      };
    }
    case 'jensen-shannon':
    case 'psi':
      return binnedMetric(feature, spec, exact, notes);
    case 'chi-squared':
    case 'z-test':
      return perValueMetric(feature, spec);
  }
}

function stdFloorNote(referenceStd: number, reference: NumericDistribution): string {
  return `the reference standard deviation (${referenceStd}) is below ${WASSERSTEIN_STD_FLOOR}: the distance is divided by ${WASSERSTEIN_STD_FLOOR}, as both tools do${reference.min === reference.max ? ' (constant reference)' : ''}`;
}

function exactNumericalMetric(feature: NumericalFeatureData, spec: MetricSpec): Computed {
  const reference = feature.reference.sample!;
  const current = feature.current.sample!;
  const notes: string[] = [];
  switch (spec.metric) {
    case 'wasserstein': {
      const ddof = spec.ddof ?? 1;
      const { distance, referenceStd, floored } = normalizedWassersteinDistance(reference, current, ddof);
      if (floored) notes.push(stdFloorNote(referenceStd, feature.reference));
      const norm = floored ? WASSERSTEIN_STD_FLOOR : referenceStd;
      return { value: distance / norm, details: { distance, referenceStd, ddof, floored }, notes };
    }
    case 'ks': {
      const result = ksTwoSampleTest(reference, current, spec.method ?? 'auto');
      if (result.fallback)
        notes.push(`exact p-value unavailable (${result.fallback}): asymptotic used, as scipy does`);
      return {
        value: result.pvalue,
        details: { statistic: result.statistic, location: result.location, method: result.method },
        notes,
      };
    }
    case 'jensen-shannon':
    case 'psi':
      return binnedMetric(feature, spec, true, notes);
    case 'chi-squared':
    case 'z-test':
      return perValueMetric(feature, spec);
  }
}

/** JS or PSI over the feature's bins; beyond the memory budget, with the interval the count errors allow. */
function binnedMetric(
  feature: NumericalFeatureData,
  spec: MetricSpec,
  exact: boolean,
  notes: string[],
): Computed {
  const binned = binFeature(feature, spec);
  notes.push(...binned.notes);
  const details: Computed['details'] = {
    binning: binned.kind,
    bins: binned.referenceCounts.length,
    referenceCounts: binned.referenceCounts,
    currentCounts: binned.currentCounts,
  };
  const { count: referenceSize } = feature.reference;
  const { count: currentSize } = feature.current;
  const value =
    spec.metric === 'jensen-shannon'
      ? jensenShannon(binned.referenceCounts, binned.currentCounts, spec, details)
      : psi(binned.referenceCounts, binned.currentCounts, referenceSize, currentSize, spec, details, notes);
  const binsExact =
    exact && binned.referenceErrors.every((e) => e === 0) && binned.currentErrors.every((e) => e === 0);
  if (binsExact) return { value, details, notes };
  if (!binned.boundable) return { value, details, notes, exact: false };
  details.referenceCountErrors = binned.referenceErrors;
  details.currentCountErrors = binned.currentErrors;
  return {
    value,
    details,
    notes,
    exact: false,
    bound: binnedBound(binned, referenceSize, currentSize, spec),
  };
}

function binnedBound(binned: Binned, referenceSize: number, currentSize: number, spec: MetricSpec): Interval {
  if (spec.metric === 'jensen-shannon') {
    const reference = proportionIntervals(
      binned.referenceCounts,
      binned.referenceErrors,
      referenceSize,
      'none',
    );
    const current = proportionIntervals(binned.currentCounts, binned.currentErrors, currentSize, 'none');
    return jensenShannonInterval(reference, current, spec.base === 'e' ? undefined : 2);
  }
  const smoothing: Smoothing = spec.smoothing ?? 'laplace';
  const reference = proportionIntervals(
    binned.referenceCounts,
    binned.referenceErrors,
    referenceSize,
    smoothing,
  );
  const current = proportionIntervals(binned.currentCounts, binned.currentErrors, currentSize, smoothing);
  return psiInterval(reference, current);
}

/** Chi-squared and the z-test need exact counts per value: the values themselves, or counted while few. */
function perValueMetric(feature: NumericalFeatureData, spec: MetricSpec): Computed {
  const counts = countsPerValue(feature);
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
    ? chiSquared(counts.referenceCounts, counts.currentCounts, spec, (index) => String(counts.values![index]))
    : zTest(counts.referenceCounts, counts.currentCounts);
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
