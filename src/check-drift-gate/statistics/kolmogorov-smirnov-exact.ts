/**
 * Exact two-sided p-values of the two-sample Kolmogorov–Smirnov statistic by counting lattice paths, as
 * `scipy.stats.ks_2samp(method='exact')` (Hodges 1958 after Drion/Gnedenko/Korolyuk). The statistic D of samples of
 * sizes m and n is a multiple of 1/lcm(m, n); with h = round(D · lcm) the p-value is the share of the C(m+n, n)
 * monotone paths from (0, 0) to (m, n) that touch or leave the band |x/m − y/n| < h/lcm.
 */

import { roundHalfToEven } from './floating-point.js';

/**
 * Pr(D_{n,n} ≥ h/n) for equal sample sizes: scipy `_compute_prob_outside_square(n, h)`, the alternating sum
 * 2·Σ_k (−1)^(k+1) C(2n, n − k·h) / C(2n, n) evaluated as a Horner-like product so that nothing cancels.
 */
export function probabilityOutsideSquare(n: number, h: number): number {
  let probability = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    // Each A_k has h factors in numerator and denominator.
    for (let j = 0; j < h; j++) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    probability = term * (1 - probability);
  }
  return 2 * probability;
}

/**
 * 1 − Pr(path stays strictly inside |x/m − y/n| < h/lcm) for sizes m ≠ n with gcd g: scipy
 * `_compute_outer_prob_inside_method(m, n, g, h)` (scipy/stats/_stats_pythran.py), the "inside" recursion
 * A(x, y) = A(x, y−1) + A(x−1, y) rewritten by Viehmann (2021) to carry 1 − p directly in [0, 1], over a sliding
 * window of one column. O(m · h/(m/g)) time, O(n) memory.
 */
export function outerProbabilityInsideMethod(m0: number, n0: number, g: number, h: number): number {
  // Symmetric in m and n; the recursion wants m ≥ n.
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  A.fill(0, minj, Math.min(maxj, lenA));
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      value = (A[jj + minj - lastminj]! * i + value * j) / (i + j);
      A[jj] = value;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) {
      // Elements carried over from the longer previous window become 1 again.
      A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
    }
  }
  return A[maxj - minj - 1]!;
}

/** What an exact attempt produced: scipy `_attempt_exact_2kssamp`'s (success, d, prob). */
export interface ExactAttempt {
  /** False when the computation failed (a probability outside [0, 1]); the caller then falls back to 'asymp'. */
  readonly success: boolean;
  /** The statistic snapped to the lattice, h / lcm(n1, n2). */
  readonly statistic: number;
  readonly pvalue: number;
}

/**
 * scipy `_attempt_exact_2kssamp(n1, n2, g, d, 'two-sided')`: h = round(d · lcm) (half to even), d = h / lcm,
 * p = 1 when h = 0; otherwise the equal-size closed form or the inside method. A result that is NaN or outside
 * [0, 1] is reported as a failure so that, like scipy, the caller switches to the asymptotic distribution.
 */
export function attemptExactTwoSided(n1: number, n2: number, g: number, d: number): ExactAttempt {
  const lcm = (n1 / g) * n2;
  const h = roundHalfToEven(d * lcm);
  const statistic = h / lcm;
  if (h === 0) return { success: true, statistic, pvalue: 1 };
  const pvalue = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInsideMethod(n1, n2, g, h);
  const success = pvalue >= 0 && pvalue <= 1;
  return { success, statistic, pvalue };
}
