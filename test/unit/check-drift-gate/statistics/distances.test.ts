// Jensen–Shannon, PSI and Wasserstein on small hand-checkable inputs and their edge cases (empty bins, identical
// and disjoint distributions, a constant reference).
import { describe, expect, it } from '@jest/globals';
import {
  jensenShannonDistance,
  relativeEntropyTerm,
} from '../../../../src/check-drift-gate/statistics/jensen-shannon.js';
import {
  evidentlyFilledProportions,
  laplaceSmoothedProportions,
  populationStabilityIndex,
} from '../../../../src/check-drift-gate/statistics/population-stability.js';
import { sortSample } from '../../../../src/check-drift-gate/statistics/sorted-sample.js';
import {
  normalizedWassersteinDistance,
  WASSERSTEIN_STD_FLOOR,
  wassersteinDistance,
} from '../../../../src/check-drift-gate/statistics/wasserstein.js';

describe('jensenShannonDistance (scipy.spatial.distance.jensenshannon)', () => {
  it('is 1 in base 2 and sqrt(ln 2) in natural log for disjoint supports', () => {
    expect(jensenShannonDistance([1, 0], [0, 1], 2)).toBe(1);
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(Math.sqrt(Math.LN2), 15);
  });

  it('is 0 for identical distributions, also with bins empty on both sides', () => {
    expect(jensenShannonDistance([0.2, 0, 0.8], [0.2, 0, 0.8], 2)).toBe(0);
  });

  it('renormalises, so counts and proportions give the same distance', () => {
    expect(jensenShannonDistance([2, 6, 2], [1, 1, 8], 2)).toBeCloseTo(
      jensenShannonDistance([0.2, 0.6, 0.2], [0.1, 0.1, 0.8], 2),
      15,
    );
  });

  it('relates the two bases by sqrt(ln 2)', () => {
    const p = [0.5, 0.3, 0.2];
    const q = [0.2, 0.3, 0.5];
    expect(jensenShannonDistance(p, q)).toBeCloseTo(jensenShannonDistance(p, q, 2) * Math.sqrt(Math.LN2), 15);
  });

  it('follows rel_entr: 0·ln 0 = 0 and +∞ for mass against an empty bin', () => {
    expect(relativeEntropyTerm(0, 0)).toBe(0);
    expect(relativeEntropyTerm(0, 0.5)).toBe(0);
    expect(relativeEntropyTerm(0.5, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('rejects mismatched, empty, negative or massless inputs', () => {
    expect(() => jensenShannonDistance([1], [0.5, 0.5])).toThrow(/length/);
    expect(() => jensenShannonDistance([], [])).toThrow(RangeError);
    expect(() => jensenShannonDistance([-1, 2], [0.5, 0.5])).toThrow(/negative/);
    expect(() => jensenShannonDistance([0, 0], [0.5, 0.5])).toThrow(/positive total/);
  });
});

describe('populationStabilityIndex', () => {
  it('is symmetric in reference and current', () => {
    const r = [0.5, 0.3, 0.2];
    const c = [0.4, 0.35, 0.25];
    expect(populationStabilityIndex(r, c)).toBeCloseTo(populationStabilityIndex(c, r), 15);
  });

  it('is +∞ when a bin is empty on one side only and ignores bins empty on both', () => {
    expect(populationStabilityIndex([0.5, 0.5, 0], [0.4, 0.4, 0.2])).toBe(Number.POSITIVE_INFINITY);
    expect(populationStabilityIndex([0.5, 0.5, 0], [0.5, 0.5, 0])).toBe(0);
  });

  it('Laplace smoothing (count + 1) / (n + k) keeps empty bins finite and sums to 1', () => {
    const r = laplaceSmoothedProportions([3, 0, 1]);
    expect(r).toEqual([4 / 7, 1 / 7, 2 / 7]);
    expect(laplaceSmoothedProportions([3, 0, 1], 10)).toEqual([4 / 13, 1 / 13, 2 / 13]);
    expect(Number.isFinite(populationStabilityIndex(r, laplaceSmoothedProportions([0, 4, 0])))).toBe(true);
  });

  it('Evidently fills empty bins with 1e-4, per array and without renormalising', () => {
    expect(evidentlyFilledProportions([0.5, 0.5, 0])).toEqual([0.5, 0.5, 1e-4]);
    expect(evidentlyFilledProportions([0.99995, 0.00005, 0])).toEqual([0.99995, 0.00005, 0.00005 / 1e6]);
    expect(evidentlyFilledProportions([0.3, 0.7])).toEqual([0.3, 0.7]);
    expect(() => evidentlyFilledProportions([0, 0])).toThrow(/every proportion is zero/);
  });
});

describe('wassersteinDistance (scipy.stats.wasserstein_distance)', () => {
  it.each([
    ['scipy docstring example', [0, 1, 3], [5, 6, 8], 5],
    ['identical samples', [1, 2, 2, 3], [3, 2, 1, 2], 0],
    ['ties across samples', [5, 5, 5], [5, 6], 0.5],
    ['single values', [1], [4], 3],
  ])('%s', (_name, u, v, expected) => {
    expect(wassersteinDistance(sortSample(u), sortSample(v))).toBe(expected);
  });

  it('is symmetric', () => {
    const u = sortSample([0.1, 0.7, 2.5, 3.3]);
    const v = sortSample([-1, 0.4, 0.4, 5]);
    expect(wassersteinDistance(u, v)).toBeCloseTo(wassersteinDistance(v, u), 15);
  });
});

describe('normalizedWassersteinDistance', () => {
  it('divides by the reference std with the requested ddof', () => {
    const reference = sortSample([2, 4, 4, 4, 5, 5, 7, 9]);
    const current = sortSample([3, 5, 5, 5, 6, 6, 8, 10]);
    expect(normalizedWassersteinDistance(reference, current, 0)).toEqual({
      value: 0.5,
      distance: 1,
      referenceStd: 2,
      floored: false,
      referenceConstant: false,
    });
    expect(normalizedWassersteinDistance(reference, current, 1).value).toBeCloseTo(1 / 2.138089935299395, 15);
  });

  it.each([0, 1] as const)('floors a constant reference at 0.001 (ddof %i) and reports it', (ddof) => {
    const reference = sortSample(Array.from({ length: 7 }, () => 1e10 + 0.3));
    const current = sortSample([1e10 + 0.3, 1e10 + 1.3]);
    const result = normalizedWassersteinDistance(reference, current, ddof);
    expect(result.referenceStd).toBe(0);
    expect(result.floored).toBe(true);
    expect(result.referenceConstant).toBe(true);
    expect(result.value).toBe(result.distance / WASSERSTEIN_STD_FLOOR);
    expect(result.distance).toBe(0.5);
  });

  it('floors a single reference value, whose sample std is undefined', () => {
    const result = normalizedWassersteinDistance(sortSample([3]), sortSample([4]), 1);
    expect(result.referenceStd).toBeNaN();
    expect(result.floored).toBe(true);
    expect(result.value).toBe(1000);
  });
});
