/**
 * Jensen–Shannon distance between two discrete distributions, as `scipy.spatial.distance.jensenshannon`.
 * Azure ML reports it with base 2 (in [0, 1]); Evidently with the natural log (in [0, sqrt(ln 2)]), so the same
 * threshold means different things: value_ln = value_base2 · sqrt(ln 2).
 */

import { addTo, compensatedSum, totalOf } from './floating-point.js';

/** scipy.special.rel_entr: x·ln(x/y) for x, y > 0; 0 when x = 0 and y ≥ 0; +∞ otherwise. */
export function relativeEntropyTerm(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Number.POSITIVE_INFINITY;
}

/**
 * JS distance = sqrt((KL(p‖m) + KL(q‖m)) / 2 / ln(base)) with m = (p + q)/2, after renormalising p and q to sum
 * to 1 (so raw counts work as well as proportions); 0·ln 0 = 0. `base` omitted means natural log (scipy's
 * `base=None`, Evidently); pass 2 for Azure ML.
 *
 * One deliberate difference: when rounding makes the divergence sum a hair negative for near-identical inputs,
 * scipy returns NaN (sqrt of a negative); this returns 0.
 */
export function jensenShannonDistance(p: readonly number[], q: readonly number[], base?: number): number {
  if (p.length !== q.length)
    throw new RangeError(`distributions differ in length: ${p.length} vs ${q.length}`);
  if (p.length === 0) throw new RangeError('distributions must have at least one bin');
  const pTotal = compensatedSum();
  const qTotal = compensatedSum();
  for (let i = 0; i < p.length; i++) {
    if (!(p[i]! >= 0) || !(q[i]! >= 0)) throw new RangeError(`bin ${i} has a negative or NaN mass`);
    addTo(pTotal, p[i]!);
    addTo(qTotal, q[i]!);
  }
  const pSum = totalOf(pTotal);
  const qSum = totalOf(qTotal);
  if (!(pSum > 0) || !(qSum > 0)) throw new RangeError('each distribution needs a positive total mass');
  const left = compensatedSum();
  const right = compensatedSum();
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / pSum;
    const qi = q[i]! / qSum;
    const mi = (pi + qi) / 2;
    addTo(left, relativeEntropyTerm(pi, mi));
    addTo(right, relativeEntropyTerm(qi, mi));
  }
  let js = totalOf(left) + totalOf(right);
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(Math.max(js / 2, 0));
}
