/**
 * A numeric feature's values, sorted once. Every numerical statistic here (KS, Wasserstein, quantile edges,
 * histograms) reads the sorted sample in a linear pass or by binary search, so a feature is sorted exactly once.
 */

import { addTo, compensatedSum, totalOf } from './floating-point.js';

declare const sorted: unique symbol;

/** Finite float64 values in ascending order. Build one with {@link sortSample} or {@link assumeSorted}. */
export type SortedSample = Float64Array & { readonly [sorted]: true };

/**
 * Copies `values` into a Float64Array and sorts it ascending.
 *
 * Nulls, NaN and ±Infinity must be dropped before (Azure ML drops rows with nulls, Evidently drops NaN and ±inf per
 * column): a non-finite value is a caller's bug here and throws a RangeError, as does an empty sample, for which no
 * statistic below is defined (scipy raises on empty input too).
 */
export function sortSample(values: ArrayLike<number>): SortedSample {
  const copy = Float64Array.from(values);
  for (let i = 0; i < copy.length; i++) {
    if (!Number.isFinite(copy[i]!)) {
      throw new RangeError(`sample value at index ${i} is ${copy[i]}; drop non-finite values before sorting`);
    }
  }
  if (copy.length === 0) throw new RangeError('a sample must hold at least one value');
  // TypedArray#sort compares numerically (-0 before +0), unlike Array#sort.
  copy.sort();
  return copy as SortedSample;
}

/** Checks in O(n) that `values` is non-empty, finite and ascending, and types it as a {@link SortedSample}. */
export function assumeSorted(values: Float64Array): SortedSample {
  if (values.length === 0) throw new RangeError('a sample must hold at least one value');
  if (!Number.isFinite(values[0]!)) throw new RangeError('sample value at index 0 is not finite');
  for (let i = 1; i < values.length; i++) {
    if (!(values[i - 1]! <= values[i]!) || !Number.isFinite(values[i]!)) {
      throw new RangeError(`sample is not sorted ascending or not finite at index ${i}`);
    }
  }
  return values as SortedSample;
}

export function minimumOf(sample: SortedSample): number {
  return sample[0]!;
}

export function maximumOf(sample: SortedSample): number {
  return sample[sample.length - 1]!;
}

/** True when every value is the same (min === max), which makes the standard deviation exactly 0. */
export function isConstant(sample: SortedSample): boolean {
  return sample[0] === sample[sample.length - 1];
}

/**
 * Arithmetic mean, shifted by the minimum and summed with compensation: mean = min + Σ(x − min) / n.
 * Agrees with `np.mean` to rounding, and returns the value itself, exactly, for a constant sample (a plain sum of
 * ten 0.1s divided by ten is not 0.1).
 */
export function meanOf(sample: SortedSample): number {
  const shift = sample[0]!;
  const accumulator = compensatedSum();
  for (let i = 0; i < sample.length; i++) addTo(accumulator, sample[i]! - shift);
  return shift + totalOf(accumulator) / sample.length;
}

/**
 * Variance with `ddof` delta degrees of freedom, `Σ (x − mean)² / (n − ddof)`, computed in two passes with a
 * compensated sum (NumPy's `np.var(x, ddof=ddof)`; ddof = 1 is Spark's `variance`/`stddev`, ddof = 0 is `np.std`'s
 * default). A constant sample gives exactly 0, never ~1e-33. NaN when n ≤ ddof (NumPy returns NaN with a warning).
 */
export function varianceOf(sample: SortedSample, ddof: 0 | 1): number {
  const n = sample.length;
  if (n - ddof <= 0) return Number.NaN;
  if (isConstant(sample)) return 0;
  const mean = meanOf(sample);
  const accumulator = compensatedSum();
  for (let i = 0; i < n; i++) {
    const deviation = sample[i]! - mean;
    addTo(accumulator, deviation * deviation);
  }
  return totalOf(accumulator) / (n - ddof);
}

/** Standard deviation `sqrt(varianceOf(sample, ddof))`: `np.std(x, ddof=ddof)`, exactly 0 for a constant sample. */
export function standardDeviationOf(sample: SortedSample, ddof: 0 | 1): number {
  return Math.sqrt(varianceOf(sample, ddof));
}

/**
 * The q-quantile with NumPy's default method 'linear' (Hyndman & Fan type 7), as `np.quantile(x, q)`:
 * virtual index h = (n − 1)·q, result = x[⌊h⌋] + (x[⌊h⌋+1] − x[⌊h⌋])·(h − ⌊h⌋), using NumPy's `_lerp`, which
 * interpolates from the upper neighbour when the fraction is ≥ 0.5 so the result is monotone and exact at the ends.
 */
export function quantileOf(sample: SortedSample, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must lie in [0, 1], got ${q}`);
  const n = sample.length;
  const virtualIndex = (n - 1) * q;
  if (virtualIndex >= n - 1) return sample[n - 1]!;
  const previous = Math.floor(virtualIndex);
  const gamma = virtualIndex - previous;
  const a = sample[previous]!;
  const b = sample[previous + 1]!;
  const difference = b - a;
  return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
}
