/**
 * How each reference tool cuts a numerical feature into bins before JS distance and PSI, and how values are counted
 * into those bins. Counting searches the sorted samples from the previous edge's position (galloping search), so k
 * edges cost O(k·log(n/k)) reads: a few dozen for ten bins, and never more than one linear pass.
 */

import { maximumOf, minimumOf, quantileOf, type SortedSample } from './sorted-sample.js';

/**
 * First index at or after `from` whose value fails `before(value)`, for a predicate true on a prefix of the sorted
 * sample. Galloping (exponential) search: probes from+1, from+2, from+4, … then bisects, so a scan over k
 * increasing targets costs O(k·log(n/k)) and never more than a constant times one linear pass.
 */
function gallop(sample: Float64Array, from: number, before: (x: number) => boolean): number {
  const n = sample.length;
  if (from >= n || !before(sample[from]!)) return from;
  let low = from; // before(sample[low]) holds
  let step = 1;
  let high = from + step;
  while (high < n && before(sample[high]!)) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > n) high = n;
  // Invariant: before(sample[low]) and (high === n or !before(sample[high])).
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (before(sample[middle]!)) low = middle;
    else high = middle;
  }
  return high;
}

/** Index of the first value ≥ `value` at or after `from` (`np.searchsorted(side='left')`). */
export function lowerBound(sample: Float64Array, value: number, from = 0): number {
  return gallop(sample, from, (x) => x < value);
}

/** Index of the first value > `value` at or after `from` (`np.searchsorted(side='right')`). */
export function upperBound(sample: Float64Array, value: number, from = 0): number {
  return gallop(sample, from, (x) => x <= value);
}

function assertNonDecreasing(edges: readonly number[], what: string): void {
  for (let i = 1; i < edges.length; i++) {
    if (!(edges[i - 1]! <= edges[i]!)) throw new RangeError(`${what} must not decrease (index ${i})`);
  }
}

/**
 * Counts per bin exactly as `np.histogram(sample, edges)` with explicit edges (and Spark's `rdd.histogram(edges)`):
 * bin i is [edges[i], edges[i+1]) except the last, which is closed; a value equal to an interior edge goes to the
 * bin on its right; values below edges[0] or above the last edge are not counted at all.
 */
export function histogramCounts(sample: SortedSample, edges: readonly number[]): number[] {
  if (edges.length < 2) throw new RangeError('a histogram needs at least two edges');
  assertNonDecreasing(edges, 'histogram edges');
  const last = edges.length - 1;
  // cumulative[i] = number of values before edges[i] in NumPy's `_search_sorted_inclusive`.
  const cumulative = new Array<number>(edges.length);
  let position = 0;
  for (let i = 0; i < last; i++) {
    position = lowerBound(sample, edges[i]!, position);
    cumulative[i] = position;
  }
  cumulative[last] = upperBound(sample, edges[last]!, position);
  const counts = new Array<number>(last);
  for (let i = 0; i < last; i++) counts[i] = cumulative[i + 1]! - cumulative[i]!;
  return counts;
}

/**
 * Counts per bin for `np.bincount(np.searchsorted(interiorEdges, x, side='right'), minlength=k+1)`: bin j holds
 * interiorEdges[j−1] ≤ x < interiorEdges[j], the outer bins are open, and with tied edges (discrete data) every value
 * equal to the tie lands in the right-most of the tied bins, leaving the others empty.
 */
export function countByRightSearch(sample: SortedSample, interiorEdges: readonly number[]): number[] {
  assertNonDecreasing(interiorEdges, 'interior edges');
  const counts = new Array<number>(interiorEdges.length + 1);
  let previous = 0;
  for (let j = 0; j < interiorEdges.length; j++) {
    const position = lowerBound(sample, interiorEdges[j]!, previous);
    counts[j] = position - previous;
    previous = position;
  }
  counts[interiorEdges.length] = sample.length - previous;
  return counts;
}

/** Reference and current counts over the same bins. */
export interface BinnedPair {
  readonly edges: readonly number[];
  readonly referenceCounts: readonly number[];
  readonly currentCounts: readonly number[];
}

// ---------------------------------------------------------------------------------------------------------------
// Azure ML model monitoring

/**
 * Azure ML's bin count (`_get_optimal_number_of_bins`): k = ceil(log2(min(n_ref, n_cur)) + 1), Sturges' rule on the
 * smaller sample.
 */
export function azureMlBinCount(referenceSize: number, currentSize: number): number {
  return Math.ceil(Math.log2(Math.min(referenceSize, currentSize)) + 1);
}

export interface AzureMlBinning extends BinnedPair {
  readonly bins: number;
  /**
   * True when min === max over both samples: Azure ML then uses one bin [min, min·1.01]. That bin is empty or
   * decreasing when min ≤ 0 (Spark rejects it); here it becomes [min, min + 0.01·|min|] (or [0, 0.01] at zero) so
   * that, as Azure ML means, every value falls in the single bin.
   */
  readonly degenerate: boolean;
}

/**
 * Azure ML's edges (`get_dual_histogram_bin_edges`): over the combined [min, max], width = (max − min)/k,
 * edges = [min, min + 1·width, …, min + k·width]. Computed, `min + k·width` can round just below max, and counting
 * with NumPy's or Spark's histogram then drops every value equal to max (about 2 % of random cases in Azure ML). The
 * last edge here is max itself, so the maximum is always counted: the correct maths, and Azure ML's intent; where
 * the reference's rounding would have dropped it, the counts differ from Azure ML's by those values.
 */
export function azureMlBinEdges(
  min: number,
  max: number,
  bins: number,
): { edges: number[]; degenerate: boolean } {
  if (min === max) {
    const upper = min > 0 ? min * 1.01 : min === 0 ? 0.01 : min + Math.abs(min) * 0.01;
    return { edges: [min, upper], degenerate: true };
  }
  const width = (max - min) / bins;
  const edges = [min];
  for (let bin = 1; bin < bins; bin++) edges.push(min + bin * width);
  edges.push(max);
  return { edges, degenerate: false };
}

/** Azure ML model monitoring's numerical binning for JS distance and PSI: bin count, edges and both histograms. */
export function azureMlBinning(reference: SortedSample, current: SortedSample): AzureMlBinning {
  const bins = azureMlBinCount(reference.length, current.length);
  const min = Math.min(minimumOf(reference), minimumOf(current));
  const max = Math.max(maximumOf(reference), maximumOf(current));
  const { edges, degenerate } = azureMlBinEdges(min, max, bins);
  return {
    bins: edges.length - 1,
    edges,
    referenceCounts: histogramCounts(reference, edges),
    currentCounts: histogramCounts(current, edges),
    degenerate,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Evidently (legacy stattests)

/** Evidently bins per value (not Sturges) when the reference has at most this many distinct values. */
export const EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE = 20;

/**
 * `np.histogram_bin_edges(np.concatenate([reference, current]), bins='sturges')`: over the combined [min, max]
 * (widened by ±0.5 when min === max), width = ptp / (log2(n_ref + n_cur) + 1), bins = ceil((max − min) / width),
 * edges from `np.linspace` (edge i = i·step + min, last edge = max exactly).
 */
export function sturgesBinEdges(reference: SortedSample, current: SortedSample): number[] {
  const dataMin = Math.min(minimumOf(reference), minimumOf(current));
  const dataMax = Math.max(maximumOf(reference), maximumOf(current));
  return sturgesBinEdgesFor(dataMin, dataMax, reference.length + current.length);
}

/** {@link sturgesBinEdges} from the combined minimum, maximum and size (for samples summarised by a sketch). */
export function sturgesBinEdgesFor(dataMin: number, dataMax: number, size: number): number[] {
  let first = dataMin;
  let last = dataMax;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (dataMax - dataMin) / (Math.log2(size) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const step = (last - first) / bins;
  const edges = new Array<number>(bins + 1);
  for (let i = 0; i < bins; i++) edges[i] = i * step + first;
  edges[bins] = last;
  for (let i = 1; i < edges.length; i++) {
    if (!(edges[i - 1]! < edges[i]!)) {
      throw new RangeError(`too many bins (${bins}) for the data range [${first}, ${last}]`);
    }
  }
  return edges;
}

/** Counts of each distinct value over the union of both samples, in ascending value order. */
export interface ValueCounts {
  readonly values: readonly number[];
  readonly referenceCounts: readonly number[];
  readonly currentCounts: readonly number[];
}

/** Distinct values of the union of two sorted samples with their counts in each, in one merge pass. */
export function distinctValueCounts(reference: SortedSample, current: SortedSample): ValueCounts {
  const values: number[] = [];
  const referenceCounts: number[] = [];
  const currentCounts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < reference.length || j < current.length) {
    const value =
      j >= current.length || (i < reference.length && reference[i]! <= current[j]!)
        ? reference[i]!
        : current[j]!;
    const nextI = upperBound(reference, value, i);
    const nextJ = upperBound(current, value, j);
    values.push(value);
    referenceCounts.push(nextI - i);
    currentCounts.push(nextJ - j);
    i = nextI;
    j = nextJ;
  }
  return { values, referenceCounts, currentCounts };
}

/** Number of distinct values in a sorted sample (pandas `nunique`). */
export function distinctCount(sample: SortedSample): number {
  let count = 1;
  for (let i = 1; i < sample.length; i++) if (sample[i] !== sample[i - 1]) count++;
  return count;
}

/**
 * Evidently's binning for a numerical feature (`get_binned_data`): Sturges edges over both samples when the
 * reference has more than 20 distinct values, otherwise one bin per distinct value of reference ∪ current.
 * Proportions are counts divided by each sample's size.
 */
export type EvidentlyBinning =
  | ({ readonly kind: 'sturges'; readonly bins: number } & BinnedPair)
  | ({ readonly kind: 'per-value'; readonly bins: number } & ValueCounts);

export function evidentlyBinning(reference: SortedSample, current: SortedSample): EvidentlyBinning {
  if (distinctCount(reference) > EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE) {
    const edges = sturgesBinEdges(reference, current);
    return {
      kind: 'sturges',
      bins: edges.length - 1,
      edges,
      referenceCounts: histogramCounts(reference, edges),
      currentCounts: histogramCounts(current, edges),
    };
  }
  const counts = distinctValueCounts(reference, current);
  return { kind: 'per-value', bins: counts.values.length, ...counts };
}

// ---------------------------------------------------------------------------------------------------------------
// Reference-quantile bins

/**
 * Interior edges at the reference's quantiles i/k for i = 1…k−1, `np.quantile(ref, np.linspace(0, 1, k+1)[1:-1])`
 * (levels computed as NumPy's linspace does, i·(1/k), and NumPy's 'linear' quantile). With k = 10: deciles.
 */
export function referenceQuantileEdges(reference: SortedSample, bins = 10): number[] {
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`bins must be a positive integer, got ${bins}`);
  const step = 1 / bins;
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) edges.push(quantileOf(reference, i * step));
  return edges;
}

/**
 * Reference-quantile binning: interior edges from the reference, counts by right-side search for both samples. Tied
 * edges (discrete data: several quantiles on one value) are merged, since NumPy's bins between them are always empty
 * on both sides: they add nothing to JS, add a spurious term to smoothed PSI and make unsmoothed PSI 0/0. The bins
 * returned are the distinct ones; `bins` says how many there are.
 */
export function referenceQuantileBinning(
  reference: SortedSample,
  current: SortedSample,
  bins = 10,
): {
  readonly interiorEdges: readonly number[];
  readonly bins: number;
  readonly referenceCounts: number[];
  readonly currentCounts: number[];
} {
  const interiorEdges = distinctEdges(referenceQuantileEdges(reference, bins));
  return {
    interiorEdges,
    bins: interiorEdges.length + 1,
    referenceCounts: countByRightSearch(reference, interiorEdges),
    currentCounts: countByRightSearch(current, interiorEdges),
  };
}

/** Sorted edges without repeats. */
export function distinctEdges(edges: readonly number[]): number[] {
  return edges.filter((edge, i) => i === 0 || edge !== edges[i - 1]);
}

/** Counts divided by `total` (the sample size, which can exceed Σ counts when values fell outside the edges). */
export function proportionsOf(counts: readonly number[], total: number): number[] {
  return counts.map((count) => count / total);
}
