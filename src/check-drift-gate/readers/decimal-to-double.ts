/**
 * The correctly rounded double of a decimal with up to 19 significant digits (the CSV reader passes at most 18),
 * without making a string: what `Number(text)` gives, for the CSV reader's hot path.
 *
 * A decimal N · 10^e with N < 2^53 and |e| ≤ 22 is one correctly rounded operation on exact doubles (Clinger's fast
 * path). Beyond 2^53 (the 16- and 17-digit values of shortest round-trip output, as pandas' to_csv writes doubles),
 * N = m · 10^t + r is held exactly as a double-double (Dekker's TwoProduct with Veltkamp's split, and TwoSum), divided
 * or multiplied by the exact 10^|e| in double-double arithmetic (relative error below 2^-100), and rounded once. That
 * rounding is the correct one unless the exact value lies within the error of a halfway point between two doubles:
 * the value is rounded again from both ends of its error interval (widened to 2^-96), and only when all three
 * roundings agree is it returned (rounding is monotone, so the exact value rounds the same). Otherwise (never for
 * shortest round-trip output, whose values are never near a halfway point) the caller falls back to `Number()` on
 * the text. Checked against `Number()` on hundreds of thousands of random decimals in the tests.
 */

const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** 2^27 + 1: Veltkamp's split of a double into two 26-bit halves. */
const SPLITTER = 134_217_729;
const TWO_53 = 2 ** 53;
/** Relative error allowed for the double-double result: its own is below 2^-100. */
const ERROR_BOUND = 2 ** -96;

/** Veltkamp's split of each 10^k, once: the halves of the divisor in every division below. */
const POWER_HIGHS = POWERS_OF_TEN.map((power) => {
  const t = SPLITTER * power;
  return t - (t - power);
});
const POWER_LOWS = POWERS_OF_TEN.map((power, k) => power - POWER_HIGHS[k]!);

/**
 * The double nearest to (m · 10^t + r) · 10^e, or NaN when it cannot be told without the text. m < 10^15,
 * 0 ≤ t ≤ 4, 0 ≤ r < 10^t, all integers, m > 0 or r > 0; |e| ≤ 22.
 *
 * Written with locals rather than helper functions returning pairs: this is the reader's hot path.
 */
export function decimalToDouble(m: number, t: number, r: number, e: number): number {
  if (e < -22 || e > 22) return Number.NaN;
  const scale = POWERS_OF_TEN[t]!;
  const approximate = m * scale + r;
  if (approximate < TWO_53) {
    // N is exact (an integer below 2^53): Clinger's fast path.
    if (e >= 0) {
      const product = approximate * POWERS_OF_TEN[e]!;
      return product < TWO_53 || e === 0 ? product : multiplied(approximate, 0, e);
    }
    return approximate / POWERS_OF_TEN[-e]!;
  }
  // N = m · 10^t + r exactly as nHigh + nLow: m's 26-bit halves times 10^t (t ≤ 4: at most 14 bits) are exact, and
  // so is the low half's product plus r (below 2^41); TwoSum of the two parts.
  const split = SPLITTER * m;
  const mHigh = split - (split - m);
  const a = mHigh * scale;
  const b = (m - mHigh) * scale + r;
  const nHigh = a + b;
  const v = nHigh - a;
  const nLow = a - (nHigh - v) + (b - v);
  if (e === 0) return rounded(nHigh, nLow);
  if (e > 0) return multiplied(nHigh, nLow, e);
  // (nHigh + nLow) / 10^k: q1 and the exact remainder's quotient q2. The remainder nHigh + nLow − q1 · 10^k uses
  // TwoProduct(q1, 10^k) with the divisor's split precomputed; nHigh − p is exact (they are within an ulp).
  const k = -e;
  const d = POWERS_OF_TEN[k]!;
  const q1 = nHigh / d;
  const qSplit = SPLITTER * q1;
  const qHigh = qSplit - (qSplit - q1);
  const qLow = q1 - qHigh;
  const dHigh = POWER_HIGHS[k]!;
  const dLow = POWER_LOWS[k]!;
  const p = q1 * d;
  const pLow = qHigh * dHigh - p + qHigh * dLow + qLow * dHigh + qLow * dLow;
  const q2 = (nHigh - p - pLow + nLow) / d;
  return rounded(q1, q2);
}

/** (nHigh + nLow) · 10^e, rounded once. */
function multiplied(nHigh: number, nLow: number, e: number): number {
  const d = POWERS_OF_TEN[e]!;
  const split = SPLITTER * nHigh;
  const hHigh = split - (split - nHigh);
  const hLow = nHigh - hHigh;
  const dHigh = POWER_HIGHS[e]!;
  const dLow = POWER_LOWS[e]!;
  const p = nHigh * d;
  const pLow = hHigh * dHigh - p + hHigh * dLow + hLow * dHigh + hLow * dLow;
  return rounded(p, pLow + nLow * d);
}

/** Rounds the double-double h + l (|l| ≪ |h|) to the nearest double, or NaN when its error could change that. */
function rounded(h: number, l: number): number {
  const s = h + l;
  const error = Math.abs(h) * ERROR_BOUND;
  return h + (l + error) === s && h + (l - error) === s ? s : Number.NaN;
}
