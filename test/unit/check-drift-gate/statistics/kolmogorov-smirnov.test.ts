import { describe, expect, it } from '@jest/globals';
import {
  KS_MAX_EXACT_AUTO_N,
  ksStatistic,
  ksTwoSampleTest,
} from '../../../../src/check-drift-gate/statistics/kolmogorov-smirnov.js';
import { type SortedSample, sortSample } from '../../../../src/check-drift-gate/statistics/sorted-sample.js';
import { wassersteinDistance } from '../../../../src/check-drift-gate/statistics/wasserstein.js';
import { expectRelativelyClose } from '../../../fixtures/drift-vectors.js';

/** A deterministic uniform generator (mulberry32), so the large-sample tests do not depend on Math.random. */
function uniforms(seed: number, n: number, scale = 1, offset = 0): Float64Array {
  let state = seed >>> 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * scale + offset;
  }
  return out;
}

describe('ksStatistic', () => {
  it('steps over ties in both samples together and reports where and which way, as scipy', () => {
    // ks_2samp([0, 0, 1, 1, 2], [0, 1, 1, 1, 1, 2, 2]): location 0, sign +1, and the statistic snapped to the
    // lattice, 9/35 = 0.2571428571428571, where the raw CDF difference 2/5 − 1/7 rounds to ...572.
    const sample1 = sortSample([0, 0, 1, 1, 2]);
    const sample2 = sortSample([0, 1, 1, 1, 1, 2, 2]);
    expect(ksStatistic(sample1, sample2)).toEqual({ statistic: 2 / 5 - 1 / 7, location: 0, sign: 1 });
    expect(ksTwoSampleTest(sample1, sample2)).toMatchObject({
      statistic: 0.2571428571428571,
      location: 0,
      sign: 1,
    });
  });

  it.each([
    // ks_2samp([4, 5, 6], [1, 2, 3]): 1.0 at 3, sign −1
    [[4, 5, 6], [1, 2, 3], 1, 3],
    // ks_2samp([3, 4, 5], [1, 2, 3]): at 3, sign −1; the raw difference 1/3 − 1 rounds to −0.6666666666666667,
    // below 0 − 2/3 at 2, which is why scipy reports the location 3 (and the snapped statistic 6/9).
    [[3, 4, 5], [1, 2, 3], 0.6666666666666667, 3],
  ])('reports sign −1 when the second sample lies to the left (%j vs %j)', (a, b, statistic, location) => {
    expect(ksStatistic(sortSample(a), sortSample(b))).toEqual({ statistic, location, sign: -1 });
  });
});

describe('ksTwoSampleTest', () => {
  it.each(['auto', 'exact', 'asymp'] as const)('identical samples give D = 0 and p = 1 (%s)', (method) => {
    const sample = sortSample([1, 2, 2, 3, 5]);
    const result = ksTwoSampleTest(sample, sortSample([5, 3, 2, 2, 1]), method);
    expect(result.statistic).toBe(0);
    expect(result.pvalue).toBe(1);
    expect(result.location).toBe(1);
  });

  it('single values: exact p = 1; asymp is NaN because round(1·1/2) = 0 is no sample size (scipy too)', () => {
    const one = sortSample([1]);
    const two = sortSample([2]);
    expect(ksTwoSampleTest(one, two)).toEqual({
      statistic: 1,
      location: 1,
      sign: 1,
      pvalue: 1,
      method: 'exact',
    });
    expect(ksTwoSampleTest(one, two, 'asymp').pvalue).toBeNaN();
  });

  it(`'auto' is exact up to ${KS_MAX_EXACT_AUTO_N} values per sample and asymptotic beyond`, () => {
    const atLimit = sortSample(uniforms(1, KS_MAX_EXACT_AUTO_N));
    expect(ksTwoSampleTest(atLimit, sortSample(uniforms(3, 500))).method).toBe('exact');
    const beyond = ksTwoSampleTest(atLimit, sortSample(uniforms(2, KS_MAX_EXACT_AUTO_N + 1, 1.02)));
    expect(beyond.method).toBe('asymp');
    expect(beyond.fallback).toBeUndefined();
  });

  it("'exact' falls back to asymp when lcm(n1, n2) exceeds 32 bits, and says so", () => {
    const a = sortSample(uniforms(4, 46349));
    const b = sortSample(uniforms(5, 46351));
    const result = ksTwoSampleTest(a, b, 'exact');
    expect(result.method).toBe('asymp');
    expect(result.fallback).toBe('lattice-too-large');
    expect(result.pvalue).toBe(ksTwoSampleTest(a, b, 'asymp').pvalue);
  });

  it('snaps the statistic to the lattice h / lcm in exact mode', () => {
    // ks_2samp([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8]): 0.5, p = 0.35714285714285715
    const result = ksTwoSampleTest(sortSample([1, 2, 3, 4, 5]), sortSample([3, 4, 5, 6, 7, 8]));
    expect(result.statistic).toBe(15 / 30);
    expectRelativelyClose(result.pvalue, 0.35714285714285715, 1e-15);
  });
});

describe('linear passes over sorted samples', () => {
  /** Wraps a sorted sample so that every element read is counted. */
  function counted(sample: SortedSample): { sample: SortedSample; reads: () => number } {
    let reads = 0;
    const proxy = new Proxy(sample, {
      get(target, property) {
        if (typeof property === 'string' && property !== 'length') reads++;
        return Reflect.get(target, property);
      },
    });
    return { sample: proxy, reads: () => reads };
  }

  it('KS and W1 on 50,000 sorted values per side read each value a constant number of times', () => {
    const n = 50_000;
    const reference = sortSample(uniforms(11, n));
    const current = sortSample(uniforms(12, n, 1.01));
    const ks = ksStatistic(reference, current);
    const w1 = wassersteinDistance(reference, current);

    const r = counted(reference);
    const c = counted(current);
    expect(ksStatistic(r.sample, c.sample)).toEqual(ks);
    expect(wassersteinDistance(r.sample, c.sample)).toBe(w1);
    // About one read per value and pass: a binary search per pooled value would need ~2·log2(n) ≈ 31.
    expect((r.reads() + c.reads()) / (2 * n)).toBeLessThanOrEqual(4);
  });
});
