import { describe, expect, it } from '@jest/globals';
import {
  azureMlBinCount,
  azureMlBinEdges,
  azureMlBinning,
  countByRightSearch,
  distinctCount,
  evidentlyBinning,
  histogramCounts,
  lowerBound,
  referenceQuantileBinning,
  sturgesBinEdges,
  upperBound,
} from '../../../../src/check-drift-gate/statistics/binning.js';
import { sortSample } from '../../../../src/check-drift-gate/statistics/sorted-sample.js';

describe('lowerBound and upperBound (np.searchsorted left and right)', () => {
  const values = [-2, 0, 0, 0, 1, 3, 3, 7, 7, 7, 7, 8];
  const sample = sortSample(values);

  it('agree with a linear scan for every target and every starting position', () => {
    for (const target of [-3, -2, -1, 0, 0.5, 1, 2, 3, 5, 7, 8, 9]) {
      const left = values.findIndex((x) => x >= target);
      const right = values.findIndex((x) => x > target);
      for (let from = 0; from <= values.length; from++) {
        expect(lowerBound(sample, target, from)).toBe(Math.max(from, left === -1 ? values.length : left));
        expect(upperBound(sample, target, from)).toBe(Math.max(from, right === -1 ? values.length : right));
      }
    }
  });
});

describe('histogramCounts (np.histogram with explicit edges)', () => {
  it.each([
    ['interior-edge values go right, the last bin is closed', [0, 1, 1, 2, 3, 3], [0, 1, 2, 3], [1, 2, 3]],
    ['values outside the edges are not counted', [-1, 0, 0.5, 1, 5], [0, 1], [3]],
    ['a zero-width bin before the last is empty', [1, 1, 2], [1, 1, 2], [0, 3]],
    ['empty bins stay zero', [0, 10], [0, 2, 4, 6, 8, 10], [1, 0, 0, 0, 1]],
  ])('%s', (_name, values, edges, expected) => {
    expect(histogramCounts(sortSample(values), edges)).toEqual(expected);
  });

  it('rejects decreasing edges and a single edge', () => {
    expect(() => histogramCounts(sortSample([1]), [2, 1])).toThrow(/must not decrease/);
    expect(() => histogramCounts(sortSample([1]), [1])).toThrow(/two edges/);
  });
});

describe('countByRightSearch (np.searchsorted side="right" on interior edges)', () => {
  it('puts values equal to a tied edge in the right-most of the tied bins', () => {
    // searchsorted([2, 2], [1, 2, 2, 2, 3], 'right') = [0, 2, 2, 2, 2]
    expect(countByRightSearch(sortSample([1, 2, 2, 2, 3]), [2, 2])).toEqual([1, 0, 4]);
  });

  it('has open outer bins', () => {
    expect(countByRightSearch(sortSample([-100, 0, 100]), [-1, 1])).toEqual([1, 1, 1]);
  });

  it('bins discrete data by reference deciles, merging the bins where deciles tie', () => {
    const reference = sortSample([1, 1, 1, 1, 1, 1, 2, 2, 3, 4]);
    const binning = referenceQuantileBinning(reference, sortSample([1, 5]), 10);
    // np.quantile gives [1, 1, 1, 1, 1, 1.4, 2, 2.2, 3.1]: four of NumPy's bins are empty on both sides by construction.
    expect(binning.interiorEdges).toEqual([1, 1.4000000000000004, 2, 2.2, 3.0999999999999996]);
    expect(binning.bins).toBe(6);
    expect(binning.referenceCounts).toEqual([0, 6, 0, 2, 1, 1]);
    expect(binning.currentCounts).toEqual([0, 1, 0, 0, 0, 1]);
  });
});

describe('Azure ML bins', () => {
  it.each([
    [1000, 1000, 11],
    [8, 100, 4],
    [1, 5, 1],
    [3000, 800, 11],
    [1024, 2048, 11],
  ])('k = ceil(log2(min(%i, %i)) + 1) = %i', (nRef, nCur, bins) => {
    expect(azureMlBinCount(nRef, nCur)).toBe(bins);
  });

  it('computes edges as min + i·width, the last being max itself', () => {
    expect(azureMlBinEdges(0, 1, 3)).toEqual({ edges: [0, 1 / 3, 2 / 3, 1], degenerate: false });
  });

  it.each([
    [0.1, 1, 3],
    [0.1, 1.9, 11],
    [0.1, 3.2, 11],
  ])('never drops the maximum where min + k·width rounds below it ([%f, %f], %i bins)', (min, max, bins) => {
    const width = (max - min) / bins;
    expect(min + bins * width).toBeLessThan(max); // the case: NumPy's last edge would leave max out
    const sample = sortSample([min, (min + max) / 2, max, max]);
    const binning = azureMlBinning(sample, sortSample([min, max]));
    expect(binning.edges.at(-1)).toBe(max);
    expect(binning.referenceCounts.reduce((a, b) => a + b, 0)).toBe(4);
    expect(binning.currentCounts.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it.each([
    ['positive', 2.5, [2.5, 2.5 * 1.01]],
    ['zero', 0, [0, 0.01]],
    ['negative', -4, [-4, -3.96]],
  ])('a constant %s column gives one bin holding every value', (_name, value, edges) => {
    const reference = sortSample([value, value, value]);
    const current = sortSample([value, value]);
    const binning = azureMlBinning(reference, current);
    expect(binning).toEqual({ bins: 1, edges, referenceCounts: [3], currentCounts: [2], degenerate: true });
  });
});

describe('Evidently bins', () => {
  it.each([
    [16, 5],
    [32, 6],
  ])('Sturges over %i values (a power of two) gives %i bins, as NumPy', (n, bins) => {
    const values = Array.from({ length: n }, (_, i) => i);
    const half = n / 2;
    const edges = sturgesBinEdges(sortSample(values.slice(0, half)), sortSample(values.slice(half)));
    expect(edges).toHaveLength(bins + 1);
    expect(edges[0]).toBe(0);
    expect(edges[bins]).toBe(n - 1);
  });

  it('widens a constant combined sample to [v − 0.5, v + 0.5]', () => {
    expect(sturgesBinEdges(sortSample([2, 2]), sortSample([2]))).toEqual([1.5, 2.5]);
  });

  it('bins per value over the union when the reference has at most 20 distinct values', () => {
    const binning = evidentlyBinning(sortSample([1, 1, 2]), sortSample([2, 3]));
    expect(binning).toEqual({
      kind: 'per-value',
      bins: 3,
      values: [1, 2, 3],
      referenceCounts: [2, 1, 0],
      currentCounts: [0, 1, 1],
    });
  });

  it('switches to Sturges at 21 distinct reference values', () => {
    const twenty = sortSample(Array.from({ length: 20 }, (_, i) => i));
    const twentyOne = sortSample(Array.from({ length: 21 }, (_, i) => i));
    expect(distinctCount(twentyOne)).toBe(21);
    expect(evidentlyBinning(twenty, twenty).kind).toBe('per-value');
    expect(evidentlyBinning(twentyOne, twenty).kind).toBe('sturges');
  });
});
