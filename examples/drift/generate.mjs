// Writes reference.csv and current.csv for the sample credit-default model (examples/aml, trained by train.py):
// the model's five features and an id. In the current data income_k has drifted (applicants earn less); the other
// features keep their distribution. current-downturn.csv is a later month in which income_k, debt_ratio and
// late_payments_12m have all moved (three of five features: dataset drift at the default drift share of 0.5); the
// sandbox's drift monitor reads it, so its run dispatches retraining. Values are drawn at stratified quantiles, so a feature that did not drift
// measures far below the thresholds even on these small files. Deterministic: `node examples/drift/generate.mjs`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inverse standard normal CDF (Acklam's rational approximation, relative error below 1.2e-9). */
function normalQuantile(p) {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

function poissonQuantile(p, mean) {
  let k = 0;
  let term = Math.exp(-mean);
  let cumulative = term;
  while (cumulative < p && k < 100) {
    k++;
    term *= mean / k;
    cumulative += term;
  }
  return k;
}

/** n stratified uniform draws ((i + u) / n), shuffled: each feature gets its own order. */
function stratified(n, random) {
  const values = Array.from({ length: n }, (_, i) => (i + random()) / n);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
  return values;
}

function table(rows, seed, incomeMedian, { debtMean = 0.35, lateOdds = 0.4 } = {}) {
  const random = generator(seed);
  const clip = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
  const age = stratified(rows, random).map((u) => Math.round(clip(42 + 11 * normalQuantile(u), 18, 80)));
  const income = stratified(rows, random).map((u) =>
    (incomeMedian * Math.exp(0.35 * normalQuantile(u))).toFixed(1),
  );
  const debt = stratified(rows, random).map((u) =>
    clip(debtMean + 0.12 * normalQuantile(u), 0.01, 0.95).toFixed(2),
  );
  const lines = stratified(rows, random).map((u) => Math.min(15, poissonQuantile(u, 6)));
  const late = stratified(rows, random).map((u) =>
    Math.min(6, Math.floor(Math.log(1 - u) / Math.log(lateOdds))),
  );
  const header = 'application_id,age,income_k,debt_ratio,open_credit_lines,late_payments_12m';
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `A-${seed}${String(i + 1).padStart(4, '0')},${age[i]},${income[i]},${debt[i]},${lines[i]},${late[i]}`,
  );
  return `${[header, ...body].join('\n')}\n`;
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'reference.csv'), table(600, 1, 55));
writeFileSync(join(here, 'current.csv'), table(400, 2, 43));
writeFileSync(join(here, 'current-downturn.csv'), table(400, 3, 40, { debtMean: 0.47, lateOdds: 0.6 }));
