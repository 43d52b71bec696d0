/**
 * The correctly rounded double of a decimal with up to 19 significant digits, without making a string: what
 * `Number(text)` gives, for the CSV reader's hot path.
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

// Double-double scratch results, in module scope so the hot path allocates nothing.
let high = 0;
let low = 0;

/** high + low = a · b exactly (no overflow: |a · b| < 2^996). */
function twoProduct(a: number, b: number): void {
  const p = a * b;
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  high = p;
  low = aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

/** high + low = a + b exactly. */
function twoSum(a: number, b: number): void {
  const s = a + b;
  const v = s - a;
  high = s;
  low = a - (s - v) + (b - v);
}

/**
 * The double nearest to (m · 10^t + r) · 10^e, or NaN when it cannot be told without the text. m < 10^15,
 * 0 ≤ t ≤ 4, 0 ≤ r < 10^t, all integers, m > 0 or r > 0; |e| ≤ 22.
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
  // N = nHigh + nLow exactly.
  twoProduct(m, scale);
  const productLow = low;
  twoSum(high, r);
  const nHigh = high + (low + productLow);
  const nLow = low + productLow - (nHigh - high);
  if (e === 0) return rounded(nHigh, nLow);
  return e > 0 ? multiplied(nHigh, nLow, e) : divided(nHigh, nLow, -e);
}

/** (nHigh + nLow) · 10^e, rounded once. */
function multiplied(nHigh: number, nLow: number, e: number): number {
  const d = POWERS_OF_TEN[e]!;
  twoProduct(nHigh, d);
  const h = high;
  const l = low + nLow * d;
  return rounded(h, l);
}

/** (nHigh + nLow) / 10^k, rounded once. */
function divided(nHigh: number, nLow: number, k: number): number {
  const d = POWERS_OF_TEN[k]!;
  const q1 = nHigh / d;
  twoProduct(q1, d);
  // The remainder nHigh + nLow − q1 · d: nHigh − high is exact (the two are within an ulp of each other).
  const remainder = nHigh - high - low + nLow;
  const q2 = remainder / d;
  return rounded(q1, q2);
}

/** Rounds the double-double h + l (|l| ≪ |h|) to the nearest double, or NaN when its error could change that. */
function rounded(h: number, l: number): number {
  const s = h + l;
  const error = Math.abs(h) * ERROR_BOUND;
  return h + (l + error) === s && h + (l - error) === s ? s : Number.NaN;
}
