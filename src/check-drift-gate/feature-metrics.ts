/**
 * One metric of one feature, computed from what the readers kept, through the statistics modules (which reproduce
 * scipy). Numerical features hold sorted samples: the exact values up to exact-limit, else a stand-in sample of
 * evenly spaced quantiles of the feature's sketch, whose CDF error bound is carried into the result.
 */

import { binFeature, countsPerValue } from './feature-binning.js';
import type { PlannedMetric } from './metric-plan.js';
import { breaches, type Comparison, type MetricName, type MetricSpec } from './presets.js';
import { formatBound, type SketchSummary } from './sketch.js';
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
import { ksStatistic, ksTwoSampleTest } from './statistics/kolmogorov-smirnov.js';
import {
  evidentlyFilledProportions,
  laplaceSmoothedProportions,
  populationStabilityIndex,
} from './statistics/population-stability.js';
import { proportionsZTest } from './statistics/proportions-z-test.js';
import type { SortedSample } from './statistics/sorted-sample.js';
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
      const binned = binFeature(feature, spec);
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
