/**
 * The exact distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n for finite n, as
 * `scipy.stats.kstwo`. Its survival function at (D, round(n1·n2/(n1+n2))) is ks_2samp's asymptotic p-value.
 *
 * Ported from scipy `scipy/stats/_ksstats.py` (`_kolmogn`, `_kolmogn_DMTW`, `_kolmogn_Pomeranz`,
 * `_kolmogn_PelzGood`, `_log_nfactorial_div_n_pow_n`), which follows Simard & L'Ecuyer (2011) in choosing, by n and
 * n·d², between the Ruben–Gambino closed forms, Durbin's matrix algorithm (Marsaglia–Tsang–Wang), Pomeranz's
 * recursion, the Pelz–Good expansion, and 2·smirnov(n, d) (see smirnov.ts) in the upper tail.
 * This is not the Kolmogorov limit `kstwobign`: on the normal-shift-1000 vector the limit gives 1.34e-23 where
 * kstwo gives 8.47e-24.
 */

import { ldexp } from './floating-point.js';
import { smirnov } from './smirnov.js';

const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
/** B_{2j} / (2j) / (2j − 1) for j = 8 … 1, highest power first (for Horner). */
const STIRLING_COEFFICIENTS = [
  -3617 / 122400,
  1 / 156,
  -691 / 360360,
  1 / 1188,
  -1 / 1680,
  1 / 1260,
  -1 / 360,
  1 / 12,
];

function clip01(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}

/** ln(n! / n^n) by Stirling's series with n·ln(n) cancelled up front (`_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  let series = 0;
  for (const coefficient of STIRLING_COEFFICIENTS) series = series * (rn / n) + coefficient;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * series;
}

/** Square matrices as flat row-major Float64Arrays of side m. */
function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k]!;
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += aik * b[k * m + j]!;
    }
  }
  return out;
}

/** Pr(D_n ≤ d) by Durbin's matrix algorithm in Marsaglia–Tsang–Wang form (`_kolmogn_DMTW`), O(k³ log n). */
export function kolmogorovCdfDurbin(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;

  // v: first column (and reversed last row) of H; w[j] = 1/j!.
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * factorial;

  let H = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let row = i - 1; row < m; row++) H[row * m + i] = w[row - (i - 1)]!;
  }
  for (let row = 0; row < m; row++) H[row * m] = v[row]!;
  for (let col = 0; col < m; col++) H[(m - 1) * m + col] = v[m - 1 - col]!;

  let power = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let remaining = n;
  let exponent = 0;
  let hExponent = 0;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiply(power, H, m);
      exponent += hExponent;
    }
    H = multiply(H, H, m);
    hExponent *= 2;
    if (Math.abs(H[(k - 1) * m + (k - 1)]!) > EP128) {
      for (let i = 0; i < H.length; i++) H[i]! /= EP128;
      hExponent += E128;
    }
    remaining = Math.floor(remaining / 2);
  }

  let p = power[(k - 1) * m + (k - 1)]!;
  // Multiply by n!/n^n.
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      exponent -= E128;
    }
  }
  return clip01(exponent !== 0 ? ldexp(p, exponent) : p);
}

/** End points of the non-zero stretch of row i in Pomeranz's recursion (`_pomeranz_compute_j1j2`). */
function pomeranzRowRange(i: number, n: number, ll: number, ceilF: number, roundF: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Pr(D_n ≤ d) by Pomeranz's recursion (`_kolmogn_Pomeranz`). */
export function kolmogorovCdfPomeranz(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const nPowers = 2 * (ll + 1);
  // (g/n)^m/m!, (2g/n)^m/m!, ((1−2g)/n)^m/m!: Poisson probabilities without their normalising factor.
  const gPower = new Float64Array(nPowers);
  const twoGPower = new Float64Array(nPowers);
  const oneMinusTwoGPower = new Float64Array(nPowers);
  gPower[0] = 1;
  twoGPower[0] = 1;
  oneMinusTwoGPower[0] = 1;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < nPowers; m++) {
    gPower[m] = (gPower[m - 1]! * gOverN) / m;
    twoGPower[m] = (twoGPower[m - 1]! * twoGOverN) / m;
    oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1]! * oneMinusTwoGOverN) / m;
  }

  let v0 = new Float64Array(nPowers);
  let v1 = new Float64Array(nPowers);
  v1[0] = 1;
  let v0Start = 0;
  let v1Start = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzRowRange(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0Start, v1Start] = [v1Start, v0Start];
    v1.fill(0);
    [j1, j2] = pomeranzRowRange(i, n, ll, ceilF, roundF);
    const powers = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      // Full convolution of V0[k1 − V0s : k1 − V0s + length] with powers[:length], entries j1 − k1 … j2 − k1.
      const offset = k1 - v0Start;
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      let maximum = 0;
      for (let out = 0; out < convLength; out++) {
        const index = convStart + out;
        let total = 0;
        for (let a = Math.max(0, index - length + 1); a <= Math.min(index, length - 1); a++) {
          total += (v0[offset + a] ?? 0) * powers[index - a]!;
        }
        v1[out] = total;
        if (total > maximum) maximum = total;
      }
      if (maximum > 0 && maximum < EM128) {
        for (let out = 0; out < convLength; out++) v1[out]! *= EP128;
        exponent -= E128;
      }
      v1Start = v0Start + j1 - k1;
    }
  }
  let answer = v1[n - v1Start]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > EP128) {
      answer *= EM128;
      exponent += E128;
    }
    answer *= m;
  }
  return clip01(exponent !== 0 ? ldexp(answer, exponent) : answer);
}

/** Pr(D_n ≤ d) by the Pelz–Good asymptotic expansion (`_kolmogn_PelzGood`), for large n. */
export function kolmogorovCdfPelzGood(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const zSquared = z ** 2;
  const zThree = z ** 3;
  const zFour = z ** 4;
  const zSix = z ** 6;
  const qLog = -PI_SQUARED / 8 / zSquared;
  if (qLog < MIN_LOG) return 0;
  let q = Math.exp(qLog);

  const k1a = -zSquared;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * zSix + 2 * zFour;
  const k2b = ((2 * zFour - 5 * zSquared) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * zSquared)) / 16;
  const k3d = (PI_SIX * (5 - 30 * zSquared)) / 64;
  const k3c = (PI_FOUR * (-60 * zSquared + 212 * zFour)) / 16;
  const k3b = (PI_SQUARED * (135 * zFour - 96 * zSix)) / 4;
  const k3a = -30 * zSix - 90 * z ** 8;

  const K = [0, 0, 0, 0];
  // Horner in q^8 over odd m = 2k − 1.
  const maxK = Math.ceil((16 * z) / Math.PI);
  for (let k = maxK; k > 0; k--) {
    const m = 2 * k - 1;
    const mSquared = m ** 2;
    const mFour = m ** 4;
    const mSix = m ** 6;
    const qPower = q ** (8 * k);
    const coefficients = [
      1,
      k1a + k1b * mSquared,
      k2a + k2b * mSquared + k2c * mFour,
      k3a + k3b * mSquared + k3c * mFour + k3d * mSix,
    ];
    for (let i = 0; i < 4; i++) K[i] = K[i]! * qPower + coefficients[i]!;
  }
  const divisors = [z, 6 * zFour, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i]! * q * SQRT_2PI) / divisors[i]!;

  // The sums over all integers k for K2 and K3.
  q = Math.exp(-PI_SQUARED / 2 / zSquared);
  const sqrt3z = SQRT3 * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxK; k > 0; k--) {
    const kSquared = k ** 2;
    const kPi = Math.PI * k;
    const qPower = q ** kSquared;
    k2extra += kSquared * qPower;
    k3extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPower;
  }
  K[2]! += k2extra * ((PI_SQUARED * SQRT_2PI) / (-36 * zThree));
  K[3]! += k3extra * ((PI_SQUARED * SQRT_2PI) / (216 * zSix));
  let total = 0;
  for (let i = 0; i < 4; i++) total += K[i]! / n ** (i / 2);
  return total;
}

/** Which branch of scipy's `_kolmogn` produced a survival probability, for reports and tests. */
export type KolmogorovMethod =
  | 'degenerate'
  | 'ruben-gambino'
  | 'smirnov'
  | 'durbin-matrix'
  | 'pomeranz'
  | 'pelz-good'
  | 'underflow';

/**
 * Pr(D_n ≥ d) for integer n ≥ 1 and the algorithm used, following scipy's `_kolmogn(n, d, cdf=False)` branch for
 * branch (the CDF has different cut-offs and is not needed for p-values).
 */
export function kolmogorovSurvivalDetailed(n: number, d: number): { sf: number; method: KolmogorovMethod } {
  if (Number.isNaN(n) || Number.isNaN(d) || !Number.isInteger(n) || n <= 0) {
    return { sf: Number.NaN, method: 'degenerate' };
  }
  if (d >= 1) return { sf: 0, method: 'degenerate' };
  if (d <= 0) return { sf: 1, method: 'degenerate' };
  const complement = (cdf: number, method: KolmogorovMethod) => ({ sf: clip01(1 - cdf), method });
  const t = n * d;
  if (t <= 1) {
    // Ruben–Gambino: 1/2n ≤ d ≤ 1/n.
    if (t <= 0.5) return { sf: 1, method: 'ruben-gambino' };
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return complement(clip01(cdf), 'ruben-gambino');
  }
  if (t >= n - 1) return { sf: clip01(2 * (1 - d) ** n), method: 'ruben-gambino' };
  if (d >= 0.5) return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };

  const nxSquared = t * d;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return complement(kolmogorovCdfDurbin(n, d), 'durbin-matrix');
    if (nxSquared <= 4) return complement(kolmogorovCdfPomeranz(n, d), 'pomeranz');
    return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };
  }
  if (nxSquared >= 370) return { sf: 0, method: 'underflow' };
  if (nxSquared >= 2.2) return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };
  if (n <= 100_000 && n * d ** 1.5 <= 1.4) return complement(kolmogorovCdfDurbin(n, d), 'durbin-matrix');
  return complement(kolmogorovCdfPelzGood(n, d), 'pelz-good');
}

/**
 * `scipy.stats.kstwo.sf(d, n)` = Pr(D_n ≥ d): 1 at or below the support's lower end 1/(2n), 0 at or above 1,
 * NaN unless n is a positive integer.
 */
export function kolmogorovSurvival(d: number, n: number): number {
  if (!(Number.isInteger(n) && n >= 1) || Number.isNaN(d)) return Number.NaN;
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  return kolmogorovSurvivalDetailed(n, d).sf;
}
