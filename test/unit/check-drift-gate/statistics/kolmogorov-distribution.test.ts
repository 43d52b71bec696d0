// The finite-n Kolmogorov distributions behind ks_2samp's p-values, checked branch by branch against scipy 1.17.1
// (values printed by `stats.kstwo.sf(x, n)`, `special.smirnov(n, x)`, `_compute_prob_outside_square(n, h)` and
// `_compute_outer_prob_inside_method(m, n, gcd(m, n), h)`).
import { describe, expect, it } from '@jest/globals';
import {
  kolmogorovSurvival,
  kolmogorovSurvivalDetailed,
} from '../../../../src/check-drift-gate/statistics/kolmogorov-distribution.js';
import {
  outerProbabilityInsideMethod,
  probabilityOutsideSquare,
} from '../../../../src/check-drift-gate/statistics/kolmogorov-smirnov-exact.js';
import { smirnov } from '../../../../src/check-drift-gate/statistics/smirnov.js';
import { expectRelativelyClose } from '../../../fixtures/drift-vectors.js';

describe('kolmogorovSurvival = scipy.stats.kstwo.sf(d, n)', () => {
  // [n, d, scipy value, branch of scipy's _kolmogn]
  const table: [number, number, number, string][] = [
    [2, 0.6, 0.32000000000000006, 'ruben-gambino'],
    [3, 0.5, 0.3333333333333333, 'smirnov'],
    [3, 0.45, 0.4584999999999999, 'durbin-matrix'],
    [5, 0.4, 0.3087999999999995, 'pomeranz'],
    [20, 0.274, 0.08100099656430149, 'pomeranz'],
    [100, 0.19, 0.0012339926382722768, 'pomeranz'],
    [140, 0.05, 0.8576480297656114, 'durbin-matrix'],
    [10, 0.9, 1.9999999999999957e-10, 'ruben-gambino'],
    [141, 0.9929078014184397, 1.8244632139623947e-303, 'ruben-gambino'],
    [141, 0.115, 0.044230516068111236, 'pelz-good'],
    [150, 0.04, 0.9622260690500474, 'durbin-matrix'],
    [2500, 0.021, 0.21715216692519768, 'pelz-good'],
    [5000, 0.02, 0.03613941395325637, 'pelz-good'],
    [100000, 0.003, 0.3284563327726956, 'pelz-good'],
    [857, 0.06366666666666666, 0.0018337063215094263, 'smirnov'],
    [500, 0.231, 6.1143353732048405e-24, 'smirnov'],
    [300, 0.003, 1, 'ruben-gambino'],
  ];

  // Where the survival function is 1 − CDF (Durbin, Pomeranz, Pelz–Good), a CDF near 1 amplifies rounding by
  // 1/sf; the worst case here (n = 100, sf = 1.2e-3) is still below 1e-12.
  it.each(table)('n = %p, d = %p → %p via %s', (n, d, expected, method) => {
    expect(kolmogorovSurvivalDetailed(n, d).method).toBe(method);
    expectRelativelyClose(kolmogorovSurvival(d, n), expected, 1e-11);
  });

  it('is 1 at or below 1/(2n), 0 at or above 1, NaN for a non-integer or zero n', () => {
    expect(kolmogorovSurvival(0.25, 2)).toBe(1);
    expect(kolmogorovSurvival(1, 2)).toBe(0);
    expect(kolmogorovSurvival(0.5, 0)).toBeNaN();
    expect(kolmogorovSurvival(0.5, 2.5)).toBeNaN();
  });

  it('gives 0 where n·d² ≥ 370, as scipy', () => {
    expect(kolmogorovSurvivalDetailed(10000, 0.2)).toEqual({ sf: 0, method: 'underflow' });
  });
});

describe('smirnov = scipy.special.smirnov(n, d)', () => {
  const table: [number, number, number][] = [
    [1, 0.3, 0.7],
    [7, 0.14285714285714285, 0.681687537869911],
    [10, 0.05, 0.9224335892010742],
    [50, 0.98, 1.125899906842674e-85],
    [1000, 0.05, 0.006506037390545166],
    [100000, 0.004, 0.04065347569406545],
    // Beyond n = 1e6 cephes switches to the approximation exp(−(6nd + 1)² / 18n), ported as is.
    [2000000, 0.001, 0.018303432023617325],
  ];

  it.each(table)('n = %p, d = %p → %p', (n, d, expected) => {
    expectRelativelyClose(smirnov(n, d), expected, 1e-12);
  });

  it('covers the domain edges', () => {
    expect(smirnov(5, 0)).toBe(1);
    expect(smirnov(5, 1)).toBe(0);
    expect(smirnov(5, 1.5)).toBeNaN();
    expect(smirnov(0, 0.5)).toBeNaN();
  });
});

describe('exact two-sample lattice counts', () => {
  it.each([
    [4, 2, 0.7714285714285716],
    [10, 3, 0.7869297884777761],
    [1000, 231, 8.470621055424192e-24],
    [5000, 105, 0.22021895014259807],
  ])('probabilityOutsideSquare(%p, %p) = %p', (n, h, expected) => {
    expectRelativelyClose(probabilityOutsideSquare(n, h), expected, 1e-12);
  });

  it.each([
    [5, 6, 1, 15, 0.35714285714285715],
    [3000, 800, 200, 1313, 4.882542671567998e-7],
    [37, 3000, 1, 1500, 1],
    [100, 250, 50, 30, 0.9484440460225869],
  ])('outerProbabilityInsideMethod(%p, %p, g = %p, h = %p) = %p', (m, n, g, h, expected) => {
    expectRelativelyClose(outerProbabilityInsideMethod(m, n, g, h), expected, 1e-12);
    expectRelativelyClose(outerProbabilityInsideMethod(n, m, g, h), expected, 1e-12);
  });
});
