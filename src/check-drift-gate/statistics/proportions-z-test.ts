/**
 * The two-proportion z-test Evidently runs on binary (at most two-valued) features of small references
 * (`evidently/calculations/stattests/z_stattest.py`): the first category in sorted order counts as 0 and every other
 * as 1, z = (p1 − p2) / sqrt(P (1 − P) (1/n1 + 1/n2)) with the pooled P, and the two-sided p-value
 * 2 · (1 − Φ(|z|)), evaluated in that order as Evidently does (so it reaches 0 for |z| beyond ~8.3).
 */

import { chiSquaredSurvival } from './incomplete-gamma.js';

export interface ZTestResult {
  /** z, or 0 when both samples hold the same single category. */
  readonly statistic: number;
  readonly pvalue: number;
}

/**
 * `referenceCounts[i]` and `currentCounts[i]` count category i, categories in sorted order (index 0 is the
 * "first key"). Both samples must be non-empty.
 */
export function proportionsZTest(
  referenceCounts: readonly number[],
  currentCounts: readonly number[],
): ZTestResult {
  if (referenceCounts.length !== currentCounts.length) {
    throw new RangeError(
      `count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`,
    );
  }
  const n1 = referenceCounts.reduce((sum, count) => sum + count, 0);
  const n2 = currentCounts.reduce((sum, count) => sum + count, 0);
  if (!(n1 > 0) || !(n2 > 0)) throw new RangeError('both samples need at least one value');
  const present1 = referenceCounts.filter((count) => count > 0).length;
  const present2 = currentCounts.filter((count) => count > 0).length;
  if (
    present1 === 1 &&
    present2 === 1 &&
    referenceCounts.findIndex((c) => c > 0) === currentCounts.findIndex((c) => c > 0)
  ) {
    return { statistic: 0, pvalue: 1 };
  }
  // Ones are the values that are not the first category.
  const p1 = (n1 - referenceCounts[0]!) / n1;
  const p2 = (n2 - currentCounts[0]!) / n2;
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // Φ(|z|) = 1 − erfc(|z|/√2)/2, and erfc(|z|/√2) = Pr(χ²₁ ≥ z²).
  const cdf = 1 - chiSquaredSurvival(z * z, 1) / 2;
  return { statistic: z, pvalue: 2 * (1 - cdf) };
}
