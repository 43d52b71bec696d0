/**
 * First Wasserstein (earth mover's) distance between two empirical distributions, and the normalised form the
 * drift tools threshold on.
 */

import { addTo, compensatedSum, totalOf } from './floating-point.js';
import { isConstant, type SortedSample, standardDeviationOf } from './sorted-sample.js';

/**
 * W1 = Σ_j |U(x_j) − V(x_j)| · (x_{j+1} − x_j) over the pooled sorted values, U and V the empirical CDFs counted with
 * right-side search: `scipy.stats.wasserstein_distance(u, v)` (its `_cdf_distance(1, u, v)`). Computed by merging
 * the two sorted samples in one pass with no pooled array; repeated values contribute zero-width steps and are
 * skipped. Terms are summed with compensation.
 */
export function wassersteinDistance(u: SortedSample, v: SortedSample): number {
  const nu = u.length;
  const nv = v.length;
  const accumulator = compensatedSum();
  let i = 0;
  let j = 0;
  // Heads of both samples; +∞ once a sample is exhausted (samples are finite).
  let headU = u[0]!;
  let headV = v[0]!;
  // The current pooled value: the smallest value not yet passed in either sample.
  let x = Math.min(headU, headV);
  for (;;) {
    while (headU <= x) {
      i++;
      headU = i < nu ? u[i]! : Number.POSITIVE_INFINITY;
    }
    while (headV <= x) {
      j++;
      headV = j < nv ? v[j]! : Number.POSITIVE_INFINITY;
    }
    if (i === nu && j === nv) break;
    const next = Math.min(headU, headV);
    addTo(accumulator, Math.abs(i / nu - j / nv) * (next - x));
    x = next;
  }
  return totalOf(accumulator);
}

/** The floor both Azure ML and Evidently put under the reference standard deviation. */
export const WASSERSTEIN_STD_FLOOR = 0.001;

export interface NormalizedWasserstein {
  /** W1 / max(std(reference, ddof), 0.001). */
  readonly value: number;
  /** The unnormalised W1. */
  readonly distance: number;
  /** The reference standard deviation with the requested ddof (exactly 0 for a constant reference). */
  readonly referenceStd: number;
  /** True when the 0.001 floor replaced the standard deviation (constant or near-constant reference). */
  readonly floored: boolean;
  /** True when every reference value is the same. */
  readonly referenceConstant: boolean;
}

/**
 * Normalised Wasserstein distance W1(reference, current) / max(std(reference), 0.001).
 * Azure ML divides by the sample standard deviation (ddof = 1, Spark's `stddev`); Evidently by `np.std(ref)`
 * (ddof = 0). The standard deviation is computed in two passes and is exactly 0 for a constant reference, so the
 * floor applies there rather than a spurious ~1e-17.
 */
export function normalizedWassersteinDistance(
  reference: SortedSample,
  current: SortedSample,
  ddof: 0 | 1,
): NormalizedWasserstein {
  const distance = wassersteinDistance(reference, current);
  const referenceStd = standardDeviationOf(reference, ddof);
  // NaN (a single reference value with ddof = 1) also takes the floor: Python's max(nan, 0.001) would keep NaN only
  // by argument order, and a single value has no spread to normalise by.
  const floored = !(referenceStd >= WASSERSTEIN_STD_FLOOR);
  return {
    value: distance / (floored ? WASSERSTEIN_STD_FLOOR : referenceStd),
    distance,
    referenceStd,
    floored,
    referenceConstant: isConstant(reference),
  };
}
