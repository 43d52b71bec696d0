/**
 * How a numerical feature's values are counted into bins for Jensen-Shannon and PSI (and per value for chi-squared
 * and the z-test), in each convention: Azure ML's equal-width bins over both sides' range, Evidently's Sturges bins
 * or one bin per value, or bins at the reference's quantiles. Beyond exact-limit the counts come from a sketch's
 * stand-in sample, scaled to the true number of values.
 */
import type { NumericalFeatureData, NumericDistribution } from './feature-metrics.js';
import type { MetricSpec } from './presets.js';
import {
  type AzureMlBinning,
  azureMlBinCount,
  azureMlBinEdges,
  distinctValueCounts,
  EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE,
  histogramCounts,
  referenceQuantileBinning,
  sturgesBinEdgesFor,
} from './statistics/binning.js';

/** Counts of both sides over the same bins (fractional when estimated from a sketch). */
export interface Binned {
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

/** One bin per distinct value of either side, when the values were counted (always when exact). */
export function countsPerValue(feature: NumericalFeatureData): Binned | undefined {
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

/** The bins of a numerical feature under the metric's binning convention (Azure ML, Evidently, or quantiles). */
export function binFeature(feature: NumericalFeatureData, spec: MetricSpec): Binned {
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
      const counts = countsPerValue(feature);
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
