// Exactness by memory budget, and the sketch beyond it: the sketch's stated rank error bound holds for every value
// (ties included) and its memory stays within its share; the gate is exact whenever the values fit the budget, and
// beyond it every figure comes with an interval that holds the exact figure, with the verdict the exact one.
import { describe, expect, it } from '@jest/globals';
import type { GateResult } from '../../../src/check-drift-gate/gate.js';
import { QuantileSketch } from '../../../src/check-drift-gate/sketch.js';
import { csvSource, gate, metricOf, type Rows } from './gate-fixtures.js';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(next: () => number): number {
  const u = next() || 1e-12;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
}

/** Count of values ≤ x in a sorted array. */
function exactRank(sorted: Float64Array, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}

describe('QuantileSketch', () => {
  it('keeps |estimated − true rank| within its stated bound at every value, ties included, in its memory', () => {
    const next = random(3);
    const sketch = new QuantileSketch(4096);
    const values = new Float64Array(200_000);
    for (let i = 0; i < values.length; i++) {
      // A tenth on 21 integers (ties), the rest spread out.
      values[i] = next() < 0.1 ? Math.round(next() * 20) : Math.round(normal(next) * 1e3) / 100;
      sketch.add(values[i]!);
    }
    const sorted = values.slice().sort();
    const summary = sketch.summary();
    expect(summary.count).toBe(200_000);
    expect(summary.retained).toBeLessThan(4096);
    expect(summary.rankErrorBound).toBeGreaterThan(0);
    expect(sketch.bytes).toBeLessThanOrEqual(4096 * 8 * 1.25 + summary.levels * 64 * 8);
    const { values: kept, cumulative, total } = sketch.weighted();
    expect(total).toBe(200_000);
    let worst = 0;
    for (let i = 0; i < kept.length; i++) {
      if (i + 1 < kept.length && kept[i + 1] === kept[i]) continue; // the rank at x counts every tie
      worst = Math.max(worst, Math.abs(cumulative[i]! - exactRank(sorted, kept[i]!)));
      expect(Math.abs(sketch.rank(kept[i]!) - cumulative[i]!)).toBe(0);
    }
    for (let i = 0; i < sorted.length; i += 97) {
      worst = Math.max(worst, Math.abs(sketch.rank(sorted[i]!) - exactRank(sorted, sorted[i]!)));
    }
    expect(worst).toBeLessThanOrEqual(summary.rankErrorBound);
    expect(sketch.min).toBe(sorted[0]);
    expect(sketch.max).toBe(sorted[sorted.length - 1]);
  });
});

describe('exactness by memory budget', () => {
  const rows = (n: number, seed: number, shift: number): Rows => {
    const next = random(seed);
    return Array.from({ length: n }, () => ({
      calm: (10 + 2 * normal(next)).toFixed(6),
      moved: (50 + 5 * normal(next) + shift).toFixed(6),
      // Shortest round-trip doubles (up to 17 digits): 8 bytes a value where the others take 4.
      spread: String(100 * next()),
    }));
  };
  const reference = rows(30_000, 11, 0);
  const current = rows(24_000, 12, 0.4);
  const columns = ['calm', 'moved', 'spread'];
  const metrics = { numerical: ['ks', 'wasserstein', 'jensen-shannon', 'psi'] };
  const run = (memoryBudget: number) =>
    gate(csvSource('r.csv', columns, reference), csvSource('c.csv', columns, current), {
      metrics,
      memoryBudget,
      thresholds: { wasserstein: 0.05, 'jensen-shannon': 0.1, psi: 0.1 },
    });
  let exact: GateResult;

  it('is exact when the values fit the budget: no sketch, every figure exact', async () => {
    // 54,000 rows × (2 features × 4 bytes (six decimals kept as integers) + 8 bytes) is about 860 KB.
    exact = await run(8 * 2 ** 20);
    expect(exact.exact).toBe(true);
    for (const feature of exact.features) {
      expect(feature.sketch).toBeUndefined();
      for (const metric of feature.metrics)
        expect([metric.exact, metric.decided, metric.bound]).toEqual([true, true, undefined]);
    }
    expect(exact.sides.reference.memory.peak).toBeLessThanOrEqual(exact.sides.reference.memory.limit);
  });

  it('beyond the budget: each figure from a sketch lies within its stated interval, and the verdict is the exact one', async () => {
    exact ??= await run(8 * 2 ** 20);
    const sketched = await run(400 * 2 ** 10);
    expect(sketched.exact).toBe(false);
    expect(sketched.sides.reference.memory.peak).toBeLessThanOrEqual(
      sketched.sides.reference.memory.limit * 1.5,
    );
    for (const feature of sketched.features) {
      expect(feature.sketch?.reference?.count).toBe(30_000);
      for (const metric of feature.metrics) {
        const truth = metricOf(exact, feature.name, metric.metric);
        expect(metric.exact).toBe(false);
        expect(metric.bound).toBeDefined();
        // The interval holds the exact value (a relative hair of slack for floating-point summation order).
        const slack = 1e-12 * Math.max(1, Math.abs(truth.value));
        expect(truth.value).toBeGreaterThanOrEqual(metric.bound!.low - slack);
        expect(truth.value).toBeLessThanOrEqual(metric.bound!.high + slack);
        expect(metric.decided).toBe(true);
        expect([feature.name, metric.metric, metric.drifted]).toEqual([
          feature.name,
          metric.metric,
          truth.drifted,
        ]);
      }
    }
    expect([sketched.drifted, sketched.driftedFeatures]).toEqual([exact.drifted, exact.driftedFeatures]);
    // The KS statistic is within the two sides' CDF bounds.
    const ks = metricOf(sketched, 'calm', 'ks');
    const bound = ks.details.statisticErrorBound as number;
    expect(bound).toBeGreaterThan(0);
    expect(
      Math.abs(
        (ks.details.statistic as number) - (metricOf(exact, 'calm', 'ks').details.statistic as number),
      ),
    ).toBeLessThanOrEqual(bound);
  });

  it('moves only as many features to sketches as it must, the largest first', async () => {
    // The reference gets about 400 KB of 720 KB (its share of the bytes); its values need 480 KB: the doubles of
    // 'spread' (240 KB) go to a sketch of a third of the share, and the two other features stay exact.
    const result = await run(720 * 2 ** 10);
    expect(result.features.filter((feature) => !feature.exact).map((feature) => feature.name)).toEqual([
      'spread',
    ]);
    expect(metricOf(result, 'calm', 'ks')).toMatchObject({ exact: true, decided: true });
  });
});
