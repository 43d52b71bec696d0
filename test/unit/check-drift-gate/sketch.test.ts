// The quantile sketch used beyond exact-limit: its stated rank error bound holds for every query, it merges, and the
// gate reports metrics within the bound it states.
import { describe, expect, it } from '@jest/globals';
import { QuantileSketch } from '../../../src/check-drift-gate/sketch.js';
import { column, csvSource, gate, metricOf } from './gate-fixtures.js';

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
  it('keeps |estimated − true rank| within its stated bound at every value, and stays small', () => {
    const next = random(3);
    const sketch = new QuantileSketch(64);
    const values = new Float64Array(50_000);
    for (let i = 0; i < values.length; i++) {
      values[i] = next() < 0.1 ? Math.round(next() * 20) : next() * 1000 - 200;
      sketch.add(values[i]!);
    }
    const sorted = values.slice().sort();
    const summary = sketch.summary();
    expect(summary.count).toBe(50_000);
    expect(summary.retained).toBeLessThanOrEqual(64 * summary.levels);
    expect(summary.rankErrorBound).toBeGreaterThan(0);
    let worst = 0;
    for (let i = 0; i < sorted.length; i += 37) {
      worst = Math.max(worst, Math.abs(sketch.rank(sorted[i]!) - exactRank(sorted, sorted[i]!)));
    }
    expect(worst).toBeLessThanOrEqual(summary.rankErrorBound);
    expect(sketch.min).toBe(sorted[0]);
    expect(sketch.max).toBe(sorted[sorted.length - 1]);
  });

  it('merges: the merged sketch answers for all values within the sum of the bounds', () => {
    const next = random(9);
    const [a, b] = [new QuantileSketch(32), new QuantileSketch(32)];
    const all: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const value = next() ** 2;
      (i % 3 === 0 ? a : b).add(value);
      all.push(value);
    }
    const boundBefore = a.summary().rankErrorBound + b.summary().rankErrorBound;
    a.merge(b);
    const sorted = Float64Array.from(all).sort();
    expect(a.count).toBe(20_000);
    expect(a.summary().rankErrorBound).toBeGreaterThanOrEqual(boundBefore);
    for (let i = 0; i < sorted.length; i += 101) {
      expect(Math.abs(a.rank(sorted[i]!) - exactRank(sorted, sorted[i]!))).toBeLessThanOrEqual(
        a.summary().rankErrorBound,
      );
    }
  });

  it('draws a representative sample that starts at the minimum and ends at the maximum', () => {
    const sketch = new QuantileSketch(16);
    for (let i = 0; i < 1000; i++) sketch.add(i);
    const sample = sketch.representativeSample(11);
    expect(sample[0]).toBe(0);
    expect(sample[10]).toBe(999);
    for (let i = 1; i < sample.length; i++) expect(sample[i]!).toBeGreaterThanOrEqual(sample[i - 1]!);
  });
});

describe('the gate beyond exact-limit', () => {
  it('reports metrics from sketches within the error bound it states', async () => {
    const next = random(5);
    const normal = (shift: number) => {
      const u = next() || 1e-12;
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next()) + shift;
    };
    const reference = Array.from({ length: 12_000 }, () => normal(0));
    const current = Array.from({ length: 9_000 }, () => normal(0.2));
    const metrics = { numerical: ['wasserstein', 'ks', 'jensen-shannon'] };
    const exact = await gate(
      csvSource('r.csv', ['x'], column('x', reference.map(String))),
      csvSource('c.csv', ['x'], column('x', current.map(String))),
      { metrics },
    );
    const sketched = await gate(
      csvSource('r.csv', ['x'], column('x', reference.map(String))),
      csvSource('c.csv', ['x'], column('x', current.map(String))),
      { metrics, exactLimit: 2000, sketchCapacity: 512 },
    );
    const feature = sketched.features[0]!;
    expect(feature.sketch?.reference?.count).toBe(12_000);
    expect(feature.sketch?.current?.count).toBe(9_000);
    const bound = feature.sketch!.reference!.cdfErrorBound + feature.sketch!.current!.cdfErrorBound;
    expect(bound).toBeGreaterThan(0);
    expect(bound).toBeLessThan(0.1);
    const d = (result: typeof exact) => metricOf(result, 'x', 'ks').details.statistic as number;
    expect(Math.abs(d(sketched) - d(exact))).toBeLessThanOrEqual(bound + 2 / 65_536);
    const w = metricOf(sketched, 'x', 'wasserstein');
    expect(Math.abs(w.value - metricOf(exact, 'x', 'wasserstein').value)).toBeLessThanOrEqual(
      w.details.errorBound as number,
    );
    expect(w.notes.join(' ')).toMatch(
      /beyond exact-limit: computed from quantile sketches; every CDF value is within ±/,
    );
    expect(metricOf(sketched, 'x', 'jensen-shannon').details.binProportionErrorBound).toBeGreaterThan(0);
  });

  it('still counts integer categories exactly, so the 5 % rule and chi-squared stay exact', async () => {
    const values = (n: number, k: number) =>
      column(
        'k',
        Array.from({ length: n }, (_, i) => (i * 7) % k),
      );
    const result = await gate(
      csvSource('r.csv', ['k'], values(5000, 6)),
      csvSource('c.csv', ['k'], values(4000, 7)),
      {
        exactLimit: 1000,
        metrics: { categorical: ['chi-squared'] },
      },
    );
    const feature = result.features[0]!;
    expect(feature.type).toBe('categorical');
    expect(metricOf(result, 'k', 'chi-squared').value).toBe(0); // the value 6 is unseen in the reference
  });
});
