import { describe, expect, it } from '@jest/globals';
import {
  assumeSorted,
  isConstant,
  meanOf,
  quantileOf,
  sortSample,
  standardDeviationOf,
  varianceOf,
} from '../../../../src/check-drift-gate/statistics/sorted-sample.js';

describe('sortSample', () => {
  it('sorts a copy numerically, not as strings', () => {
    const input = [10, 9, -1, 100, 2];
    expect([...sortSample(input)]).toEqual([-1, 2, 9, 10, 100]);
    expect(input).toEqual([10, 9, -1, 100, 2]);
  });

  it.each([
    ['NaN', [1, Number.NaN]],
    ['Infinity', [Number.POSITIVE_INFINITY, 1]],
    ['-Infinity', [1, Number.NEGATIVE_INFINITY]],
  ])('rejects %s: nulls and non-finite values are dropped before', (_name, values) => {
    expect(() => sortSample(values)).toThrow(RangeError);
  });

  it('rejects an empty sample', () => {
    expect(() => sortSample([])).toThrow(/at least one value/);
  });
});

describe('assumeSorted', () => {
  it('accepts ascending finite values, ties included', () => {
    expect([...assumeSorted(Float64Array.of(1, 1, 2))]).toEqual([1, 1, 2]);
  });

  it('rejects unsorted or non-finite values', () => {
    expect(() => assumeSorted(Float64Array.of(2, 1))).toThrow(/index 1/);
    expect(() => assumeSorted(Float64Array.of(1, Number.NaN))).toThrow(RangeError);
  });
});

describe('mean and standard deviation', () => {
  const sample = sortSample([2, 4, 4, 4, 5, 5, 7, 9]);

  it('match the textbook values (np.mean, np.std with ddof 0 and 1)', () => {
    expect(meanOf(sample)).toBe(5);
    expect(standardDeviationOf(sample, 0)).toBe(2);
    expect(standardDeviationOf(sample, 1)).toBeCloseTo(2.138089935299395, 15);
  });

  it.each([
    ['ten 0.1s', Array.from({ length: 10 }, () => 0.1), 0.1],
    // np.std([1e10 + 0.3] * 7) is 1.9e-6 in NumPy: a constant column must not look spread out.
    ['seven 1e10 + 0.3s', Array.from({ length: 7 }, () => 1e10 + 0.3), 1e10 + 0.3],
    ['a negative constant', [-3.7, -3.7, -3.7], -3.7],
  ])(
    'a constant column (%s) has its value as mean and a standard deviation of exactly 0',
    (_name, values, value) => {
      const constant = sortSample(values);
      expect(isConstant(constant)).toBe(true);
      expect(meanOf(constant)).toBe(value);
      expect(varianceOf(constant, 0)).toBe(0);
      expect(standardDeviationOf(constant, 1)).toBe(0);
    },
  );

  it('a single value has population std 0 and no sample std (NaN, as NumPy)', () => {
    const single = sortSample([42]);
    expect(standardDeviationOf(single, 0)).toBe(0);
    expect(standardDeviationOf(single, 1)).toBeNaN();
  });
});

describe('quantileOf (NumPy method "linear")', () => {
  const sample = sortSample([15, 1, 7, 3]);

  // np.quantile([1, 3, 7, 15], q)
  it.each([
    [0, 1],
    [0.1, 1.6],
    [0.25, 2.5],
    [0.5, 5],
    [0.9, 12.600000000000001],
    [1, 15],
  ])('q = %p gives %p', (q, expected) => {
    expect(quantileOf(sample, q)).toBe(expected);
  });

  it('a single value is every quantile', () => {
    expect(quantileOf(sortSample([1]), 0.3)).toBe(1);
  });

  it('rejects levels outside [0, 1]', () => {
    expect(() => quantileOf(sample, 1.5)).toThrow(RangeError);
    expect(() => quantileOf(sample, Number.NaN)).toThrow(RangeError);
  });
});
