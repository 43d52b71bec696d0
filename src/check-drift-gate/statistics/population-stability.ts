/**
 * Population stability index on bin proportions, and the smoothing policies the reference tools apply so that an
 * empty bin does not make it infinite.
 */

import { addTo, compensatedSum, totalOf } from './floating-point.js';

/**
 * PSI = Σ (c_i − r_i) · ln(c_i / r_i) over bins, with r the reference and c the current proportions (symmetric in
 * r and c). A bin empty on one side only contributes +∞ (no smoothing policy); a bin empty on both sides
 * contributes 0 (NumPy would produce NaN from 0·ln(0/0)).
 */
export function populationStabilityIndex(reference: readonly number[], current: readonly number[]): number {
  if (reference.length !== current.length) {
    throw new RangeError(`proportions differ in length: ${reference.length} vs ${current.length}`);
  }
  const accumulator = compensatedSum();
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]!;
    const c = current[i]!;
    if (r === 0 && c === 0) continue;
    if (r === 0 || c === 0) return Number.POSITIVE_INFINITY;
    addTo(accumulator, (c - r) * Math.log(c / r));
  }
  return totalOf(accumulator);
}

/**
 * Laplace (add-one) smoothing as the drift vectors and DRIFT.md define Azure ML's PSI: (count_i + 1) / (n + k),
 * with n the sample size (defaults to Σ counts) and k the number of bins, so the proportions still sum to 1.
 */
export function laplaceSmoothedProportions(counts: readonly number[], total?: number): number[] {
  let n = total;
  if (n === undefined) {
    const accumulator = compensatedSum();
    for (const count of counts) addTo(accumulator, count);
    n = totalOf(accumulator);
  }
  const denominator = n + counts.length;
  return counts.map((count) => (count + 1) / denominator);
}

/** Evidently's fill for an empty bin's proportion, unless the smallest non-zero proportion is at or below it. */
export const EVIDENTLY_EMPTY_BIN_PROPORTION = 1e-4;

/**
 * Evidently's zero fill (`get_binned_data(..., feel_zeroes=True)`), applied to one array at a time: every zero
 * proportion becomes 1e-4, or min_nonzero / 1e6 when the smallest non-zero proportion is ≤ 1e-4. The array is not
 * renormalised afterwards. Throws when every proportion is zero (Python's `min()` of nothing raises too).
 */
export function evidentlyFilledProportions(proportions: readonly number[]): number[] {
  let minNonZero = Number.POSITIVE_INFINITY;
  for (const p of proportions) if (p !== 0 && p < minNonZero) minNonZero = p;
  if (minNonZero === Number.POSITIVE_INFINITY)
    throw new RangeError('every proportion is zero; nothing to fill from');
  const fill =
    minNonZero <= EVIDENTLY_EMPTY_BIN_PROPORTION ? minNonZero / 1e6 : EVIDENTLY_EMPTY_BIN_PROPORTION;
  return proportions.map((p) => (p === 0 ? fill : p));
}
