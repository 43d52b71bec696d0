/**
 * How a numerical feature's values are counted into bins for Jensen-Shannon and PSI (and per value for chi-squared
 * and the z-test), in each convention: Azure ML's equal-width bins over both sides' range, Evidently's Sturges bins
 * or one bin per value, or bins at the reference's quantiles. A side kept exactly is counted from its values; a side
 * beyond the memory budget from its sketch's weighted values, with a count error per bin (metric-bounds.ts).
 */
import type { NumericalFeatureData, NumericDistribution } from './feature-metrics.js';
import { binCountErrors } from './metric-bounds.js';
import type { MetricSpec } from './presets.js';
import {
  azureMlBinCount,
  azureMlBinEdges,
  countByRightSearch,
  distinctEdges,
  distinctValueCounts,
  EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE,
  histogramCounts,
  referenceQuantileEdges,
  sturgesBinEdgesFor,
} from './statistics/binning.js';
import {
  weightedCountByRightSearch,
  weightedHistogramCounts,
  weightedQuantile,
} from './statistics/weighted-sample.js';

/** The most distinct values counted per value when a side is sketched (the sketch's own counter stops there). */
const PER_VALUE_LIMIT = 65_536;

/** Counts of both sides over the same bins. */
export interface Binned {
  readonly kind: string;
  readonly referenceCounts: readonly number[];
  readonly currentCounts: readonly number[];
  /** How far each count may be from the exact one (all 0 when both sides are exact). */
  readonly referenceErrors: readonly number[];
  readonly currentErrors: readonly number[];
  /**
   * False when the bins themselves are estimated (quantile edges of a sketched reference): the count errors then
   * hold for these bins, not against the exact bins, and no bound on the metric can be stated.
   */
  readonly boundable: boolean;
  readonly edges?: readonly number[];
  readonly values?: readonly number[];
  readonly notes: string[];
}

function histogram(side: NumericDistribution, edges: readonly number[]): number[] {
  return side.sample !== undefined
    ? histogramCounts(side.sample, edges)
    : weightedHistogramCounts(side.weighted(), edges);
}

function errors(side: NumericDistribution, bins: number): number[] {
  return binCountErrors(bins, side.rankErrorBound);
}

/** One bin per distinct value of either side, when the values were counted (always when exact). */
export function countsPerValue(feature: NumericalFeatureData): Binned | undefined {
  const { reference, current } = feature;
  if (reference.sample !== undefined && current.sample !== undefined) {
    const counts = distinctValueCounts(reference.sample, current.sample);
    const zeros = counts.values.map(() => 0);
    return {
      kind: 'one bin per value',
      referenceCounts: counts.referenceCounts,
      currentCounts: counts.currentCounts,
      referenceErrors: zeros,
      currentErrors: zeros,
      boundable: true,
      values: counts.values,
      notes: [],
    };
  }
  // Counts per value exist only for few values: an exact side is not made into a Map of millions of values.
  if (
    reference.distinct === undefined ||
    current.distinct === undefined ||
    Math.max(reference.distinct, current.distinct) > PER_VALUE_LIMIT
  )
    return undefined;
  const left = reference.valueCounts;
  const right = current.valueCounts;
  if (left === undefined || right === undefined) return undefined;
  const values = [...new Set([...left.keys(), ...right.keys()])].sort((a, b) => a - b);
  const zeros = values.map(() => 0);
  return {
    kind: 'one bin per value',
    referenceCounts: values.map((value) => left.get(value) ?? 0),
    currentCounts: values.map((value) => right.get(value) ?? 0),
    referenceErrors: zeros,
    currentErrors: zeros,
    boundable: true,
    values,
    notes: [],
  };
}

/** The bins of a numerical feature under the metric's binning convention (Azure ML, Evidently, or quantiles). */
export function binFeature(feature: NumericalFeatureData, spec: MetricSpec): Binned {
  const { reference, current } = feature;
  const min = Math.min(reference.min, current.min);
  const max = Math.max(reference.max, current.max);
  const overEdges = (edges: readonly number[], kind: string, notes: string[]): Binned => ({
    kind,
    referenceCounts: histogram(reference, edges),
    currentCounts: histogram(current, edges),
    referenceErrors: errors(reference, edges.length - 1),
    currentErrors: errors(current, edges.length - 1),
    boundable: true,
    edges,
    notes,
  });
  switch (spec.binning ?? 'azureml') {
    case 'azureml': {
      const bins = azureMlBinCount(reference.count, current.count);
      const { edges, degenerate } = azureMlBinEdges(min, max, bins);
      const notes = degenerate
        ? [`constant feature: one bin [${edges[0]}, ${edges[1]}], as Azure ML does`]
        : [];
      return overEdges(edges, `Azure ML: ${edges.length - 1} equal-width bins`, notes);
    }
    case 'evidently': {
      const referenceDistinct = reference.distinct ?? Number.POSITIVE_INFINITY;
      if (referenceDistinct > EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE) {
        const edges = sturgesBinEdgesFor(min, max, reference.count + current.count);
        return overEdges(edges, `Evidently: ${edges.length - 1} Sturges bins`, []);
      }
      const counts = countsPerValue(feature);
      if (counts === undefined) throw new Error('per-value counts are missing for a feature with few values');
      return { ...counts, kind: `Evidently: one bin per value (${counts.values!.length})` };
    }
    case 'quantiles': {
      const asked = spec.bins ?? 10;
      const quantileEdges =
        reference.sample !== undefined
          ? referenceQuantileEdges(reference.sample, asked)
          : Array.from({ length: asked - 1 }, (_, i) =>
              weightedQuantile(reference.weighted(), (i + 1) * (1 / asked)),
            );
      const interior = distinctEdges(quantileEdges);
      const count = (side: NumericDistribution) =>
        side.sample !== undefined
          ? countByRightSearch(side.sample, interior)
          : weightedCountByRightSearch(side.weighted(), interior);
      const bins = interior.length + 1;
      const notes =
        bins < asked
          ? [
              `${asked} quantile bins asked, ${bins} distinct: quantiles that fall on the same value (ties) are merged into one bin`,
            ]
          : [];
      if (reference.sample === undefined) {
        notes.push(
          'the reference is beyond the memory budget: its quantile edges are estimated from its sketch, so no bound on this metric can be stated',
        );
      }
      return {
        kind: `${bins} reference-quantile bins`,
        referenceCounts: count(reference),
        currentCounts: count(current),
        referenceErrors: errors(reference, bins),
        currentErrors: errors(current, bins),
        boundable: reference.sample !== undefined,
        edges: [Number.NEGATIVE_INFINITY, ...interior, Number.POSITIVE_INFINITY],
        notes,
      };
    }
  }
}
