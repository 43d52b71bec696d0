/**
 * Floating-point building blocks the reference tools get from C or NumPy: exact splitting of a double into mantissa
 * and exponent, NumPy's rounding of halves, and compensated summation. Every statistic in this folder that sums many
 * terms or works with tails far below 1e-300 goes through these.
 */

const TWO_POW_960 = 2 ** 960;
const TWO_POW_MINUS_960 = 2 ** -960;

/** A value written as `mantissa * 2 ** exponent` with `0.5 <= |mantissa| < 1`, so it can go beyond the double range. */
export interface Scaled {
  readonly mantissa: number;
  readonly exponent: number;
}

const frexpView = new DataView(new ArrayBuffer(8));

/**
 * C's `frexp`: splits a finite `x` into a mantissa in [0.5, 1) (in magnitude) and a power of two, exactly, by
 * reading the IEEE-754 exponent bits. Zero, infinities and NaN come back as themselves with exponent 0.
 */
export function frexp(x: number): Scaled {
  if (x === 0 || !Number.isFinite(x)) return { mantissa: x, exponent: 0 };
  let value = x;
  let offset = 0;
  if (Math.abs(value) < 2 ** -1000) {
    // Subnormal or nearly so: scale into the normal range first (exact, a power of two).
    value *= TWO_POW_960;
    offset = -960;
  }
  frexpView.setFloat64(0, value);
  const high = frexpView.getUint32(0);
  const biased = (high >>> 20) & 0x7ff;
  // Replace the exponent field by 1022, the exponent of [0.5, 1).
  frexpView.setUint32(0, (high & 0x800fffff) | (1022 << 20));
  return { mantissa: frexpView.getFloat64(0), exponent: biased - 1022 + offset };
}

/** C's `ldexp`: `x * 2 ** exponent`, scaling in steps so that no intermediate factor overflows or underflows. */
export function ldexp(x: number, exponent: number): number {
  let value = x;
  let e = exponent;
  while (e > 960) {
    value *= TWO_POW_960;
    e -= 960;
    if (!Number.isFinite(value)) return value;
  }
  while (e < -960) {
    value *= TWO_POW_MINUS_960;
    e += 960;
    if (value === 0) return value;
  }
  return value * 2 ** e;
}

/** NumPy's `np.round` for a scalar: round half to even (Python's `round`, not JavaScript's `Math.round`). */
export function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/** Greatest common divisor of two non-negative safe integers (Euclid). */
export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * A running sum with Neumaier's compensation (improved Kahan–Babuška): the error stays O(ε) instead of O(n ε),
 * so sums over a million terms agree with NumPy's pairwise sums to the last digit or two.
 */
export interface CompensatedSum {
  sum: number;
  compensation: number;
}

export function compensatedSum(): CompensatedSum {
  return { sum: 0, compensation: 0 };
}

export function addTo(accumulator: CompensatedSum, value: number): void {
  const t = accumulator.sum + value;
  if (!Number.isFinite(t)) {
    // An infinite or NaN total is the answer; compensation would only turn it into NaN.
    accumulator.sum = t;
    return;
  }
  if (Math.abs(accumulator.sum) >= Math.abs(value)) {
    accumulator.compensation += accumulator.sum - t + value;
  } else {
    accumulator.compensation += value - t + accumulator.sum;
  }
  accumulator.sum = t;
}

export function totalOf(accumulator: CompensatedSum): number {
  if (!Number.isFinite(accumulator.sum)) return accumulator.sum;
  return accumulator.sum + accumulator.compensation;
}
