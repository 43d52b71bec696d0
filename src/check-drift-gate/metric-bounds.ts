/**
 * What a sketch's rank error bound means for each figure computed from it: an interval that provably holds the exact
 * value. A sketch of n values with rank bound B (|estimated − true count of values ≤ x| ≤ B for every x, and the
 * same for values < x) gives:
 *
 * - KS statistic: within ε_ref + ε_cur (ε = B / n), so its p-value (kstwo at the full sample sizes, decreasing in D)
 *   lies between the p-values at the two ends;
 * - Wasserstein-1 = ∫ |F − G| dx: within (ε_ref + ε_cur) · (max − min), divided by the exact standard deviation;
 * - a bin count: within B at each inner edge (the outer edges, the exact minimum and maximum or ±∞, are exact), so
 *   within 2B inside and B in the first and last bin; each proportion then lies in an interval, and since PSI and
 *   JS are sums of per-bin terms that are convex, zero where both proportions are equal and growing with their gap,
 *   each term's least and greatest values over its box of proportions are found at its corners, or are 0 where the
 *   two intervals overlap. The sum of the least and of the greatest terms bound the metric (looser than the truth,
 *   since the proportions' sum of 1 is not used, never narrower).
 */

import { relativeEntropyTerm } from './statistics/jensen-shannon.js';
import { EVIDENTLY_EMPTY_BIN_PROPORTION } from './statistics/population-stability.js';

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Count error per bin for a histogram whose outer edges are exact: B inside each inner edge. */
export function binCountErrors(bins: number, rankErrorBound: number): number[] {
  return Array.from(
    { length: bins },
    (_, i) => (bins === 1 ? 0 : i === 0 || i === bins - 1 ? 1 : 2) * rankErrorBound,
  );
}

export type Smoothing = 'laplace' | 'fill' | 'none';

/** The interval of each bin's proportion, after the smoothing the metric applies. */
export function proportionIntervals(
  counts: readonly number[],
  errors: readonly number[],
  total: number,
  smoothing: Smoothing,
): Interval[] {
  const k = counts.length;
  return counts.map((count, i): Interval => {
    const low = Math.max(0, count - errors[i]!);
    const high = Math.min(total, count + errors[i]!);
    if (smoothing === 'laplace') return { low: (low + 1) / (total + k), high: (high + 1) / (total + k) };
    if (smoothing === 'none') return { low: low / total, high: high / total };
    // fill: an empty bin gets 1e-4, or the smallest non-zero proportion / 1e6 (at least 1/n / 1e6).
    const fillLow = Math.min(EVIDENTLY_EMPTY_BIN_PROPORTION, 1 / total / 1e6);
    return {
      low: low > 0 ? low / total : fillLow,
      high: Math.max(high / total, EVIDENTLY_EMPTY_BIN_PROPORTION),
    };
  });
}

/** A per-bin term's range over the box r ∈ [r.low, r.high], c ∈ [c.low, c.high] (convex, 0 on r = c). */
function termRange(term: (r: number, c: number) => number, r: Interval, c: Interval): Interval {
  const corners = [term(r.low, c.low), term(r.low, c.high), term(r.high, c.low), term(r.high, c.high)];
  const high = Math.max(...corners);
  let low: number;
  if (c.low <= r.high && r.low <= c.high) low = 0;
  else if (c.low > r.high) low = term(r.high, c.low);
  else low = term(r.low, c.high);
  return { low, high };
}

function sumRanges(ranges: readonly Interval[]): Interval {
  let low = 0;
  let high = 0;
  for (const range of ranges) {
    low += range.low;
    high += range.high;
  }
  return { low, high };
}

function psiTerm(r: number, c: number): number {
  if (r === 0 && c === 0) return 0;
  if (r === 0 || c === 0) return Number.POSITIVE_INFINITY;
  return (c - r) * Math.log(c / r);
}

export function psiInterval(reference: readonly Interval[], current: readonly Interval[]): Interval {
  return sumRanges(reference.map((r, i) => termRange(psiTerm, r, current[i]!)));
}

function jsTerm(p: number, q: number): number {
  const m = (p + q) / 2;
  return relativeEntropyTerm(p, m) + relativeEntropyTerm(q, m);
}

/** JS distance bounds on proportions (which sum to 1 for the truth and the estimate alike). */
export function jensenShannonInterval(
  reference: readonly Interval[],
  current: readonly Interval[],
  base: number | undefined,
): Interval {
  const sum = sumRanges(reference.map((r, i) => termRange(jsTerm, r, current[i]!)));
  const scale = base === undefined ? 1 : Math.log(base);
  // A divergence is at most ln 2 per side pair: the distance never exceeds sqrt(ln 2 / ln base).
  const cap = Math.sqrt(Math.log(2) / scale);
  return {
    low: Math.min(cap, Math.sqrt(Math.max(sum.low / scale / 2, 0))),
    high: Math.min(cap, Math.sqrt(Math.max(sum.high / scale / 2, 0))),
  };
}

/** Whether an interval lies wholly on one side of the threshold, so the verdict cannot differ from the exact one. */
export function decides(
  interval: Interval,
  threshold: number,
  breaches: (value: number, threshold: number) => boolean,
): boolean {
  return breaches(interval.low, threshold) === breaches(interval.high, threshold);
}
