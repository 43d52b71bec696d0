/**
 * The two-sample Kolmogorov–Smirnov test, two-sided, as `scipy.stats.ks_2samp(ref, cur, method=...)` — the test
 * Azure ML runs (p-value, drift when p < threshold) and Evidently runs on small references (drift when p ≤ 0.05).
 */

import { gcd, roundHalfToEven } from './floating-point.js';
import { kolmogorovSurvival } from './kolmogorov-distribution.js';
import { attemptExactTwoSided } from './kolmogorov-smirnov-exact.js';
import type { SortedSample } from './sorted-sample.js';

export interface KsStatistic {
  /** D = max over pooled values x of |F1(x) − F2(x)|, with right-continuous empirical CDFs. */
  readonly statistic: number;
  /** The value where D is attained (scipy's `statistic_location`). */
  readonly location: number;
  /** +1 when F1 − F2 is the larger excursion (sample 1 stochastically smaller), −1 otherwise. */
  readonly sign: 1 | -1;
}

/**
 * The KS statistic of two sorted samples in one merge pass, identical to scipy's `ks_2samp`: CDFs are
 * `searchsorted(side='right') / n` at every pooled value (so ties are stepped over together), D is the larger of
 * max(F1 − F2) and −min(F1 − F2) (the latter wins only when strictly larger), and the location is the first value
 * attaining it in the order scipy scans (sample 1's values, then sample 2's).
 */
export function ksStatistic(sample1: SortedSample, sample2: SortedSample): KsStatistic {
  const n1 = sample1.length;
  const n2 = sample2.length;
  // Best excursions seen at values of sample 1 and of sample 2 separately, to break ties as scipy's argmax does.
  let max1 = Number.NEGATIVE_INFINITY;
  let maxAt1 = Number.NaN;
  let max2 = Number.NEGATIVE_INFINITY;
  let maxAt2 = Number.NaN;
  let min1 = Number.POSITIVE_INFINITY;
  let minAt1 = Number.NaN;
  let min2 = Number.POSITIVE_INFINITY;
  let minAt2 = Number.NaN;
  let i = 0;
  let j = 0;
  // Heads of both samples; +∞ once a sample is exhausted (samples are finite, so it never ties a value).
  let head1 = sample1[0]!;
  let head2 = sample2[0]!;
  while (i < n1 || j < n2) {
    const x = Math.min(head1, head2);
    const inSample1 = head1 === x;
    const inSample2 = head2 === x;
    // Sorted samples: everything ≤ x still ahead of the cursor equals x.
    if (inSample1) {
      do i++;
      while (i < n1 && sample1[i] === x);
      head1 = i < n1 ? sample1[i]! : Number.POSITIVE_INFINITY;
    }
    if (inSample2) {
      do j++;
      while (j < n2 && sample2[j] === x);
      head2 = j < n2 ? sample2[j]! : Number.POSITIVE_INFINITY;
    }
    const difference = i / n1 - j / n2;
    if (inSample1) {
      if (difference > max1) {
        max1 = difference;
        maxAt1 = x;
      }
      if (difference < min1) {
        min1 = difference;
        minAt1 = x;
      }
    }
    if (inSample2) {
      if (difference > max2) {
        max2 = difference;
        maxAt2 = x;
      }
      if (difference < min2) {
        min2 = difference;
        minAt2 = x;
      }
    }
  }
  const maxS = Math.max(max1, max2);
  const maxLocation = max1 === maxS ? maxAt1 : maxAt2;
  const minDifference = Math.min(min1, min2);
  const minLocation = min1 === minDifference ? minAt1 : minAt2;
  const minS = Math.min(Math.max(-minDifference, 0), 1);
  return minS > maxS
    ? { statistic: minS, location: minLocation, sign: -1 }
    : { statistic: maxS, location: maxLocation, sign: 1 };
}

/** 'auto' is exact when max(n1, n2) ≤ 10,000 and asymptotic beyond, as scipy decides. */
export type KsMethod = 'auto' | 'exact' | 'asymp';

/** scipy's `MAX_AUTO_N`: 'auto' attempts the exact distribution up to this sample size. */
export const KS_MAX_EXACT_AUTO_N = 10_000;

export interface KsTestResult extends KsStatistic {
  readonly pvalue: number;
  /** The distribution actually used. */
  readonly method: 'exact' | 'asymp';
  /**
   * Why an exact computation was not used although requested or chosen by 'auto': the lattice is too large for
   * 'exact' (lcm beyond 32-bit), or the exact computation failed numerically. scipy warns in both cases.
   */
  readonly fallback?: 'lattice-too-large' | 'exact-failed';
}

/**
 * Two-sided two-sample KS test, `scipy.stats.ks_2samp(sample1, sample2, method=method)`:
 * - exact: h = round(D · lcm(n1, n2)), p = share of lattice paths reaching |x/n1 − y/n2| ≥ h/lcm (closed form for
 *   n1 = n2, the inside method otherwise), and the reported statistic becomes h/lcm; on failure, asymp;
 * - asymp: p = kstwo.sf(D, round(n1·n2/(n1 + n2))), the exact one-sample distribution at the effective size
 *   (Simard & L'Ecuyer), not the Kolmogorov limit.
 * The p-value is clipped to [0, 1]. Identical samples give D = 0 and p = 1.
 */
export function ksTwoSampleTest(
  sample1: SortedSample,
  sample2: SortedSample,
  method: KsMethod = 'auto',
): KsTestResult {
  const found = ksStatistic(sample1, sample2);
  const n1 = sample1.length;
  const n2 = sample2.length;
  const g = gcd(n1, n2);
  let mode: 'exact' | 'asymp';
  let fallback: KsTestResult['fallback'];
  if (method === 'auto') {
    mode = Math.max(n1, n2) <= KS_MAX_EXACT_AUTO_N ? 'exact' : 'asymp';
  } else if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g)) {
    mode = 'asymp';
    fallback = 'lattice-too-large';
  } else {
    mode = method;
  }
  let statistic = found.statistic;
  let pvalue = Number.NaN;
  if (mode === 'exact') {
    const attempt = attemptExactTwoSided(n1, n2, g, statistic);
    statistic = attempt.statistic;
    pvalue = attempt.pvalue;
    if (!attempt.success) {
      mode = 'asymp';
      fallback = 'exact-failed';
    }
  }
  if (mode === 'asymp') {
    const m = Math.max(n1, n2);
    const n = Math.min(n1, n2);
    const effectiveSize = (m * n) / (m + n);
    pvalue = kolmogorovSurvival(statistic, roundHalfToEven(effectiveSize));
  }
  pvalue = Math.min(Math.max(pvalue, 0), 1);
  return {
    statistic,
    location: found.location,
    sign: found.sign,
    pvalue,
    method: mode,
    ...(fallback === undefined ? {} : { fallback }),
  };
}
