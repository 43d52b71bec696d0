import { describe, expect, it } from '@jest/globals';
import {
  chiSquaredContingency,
  chiSquaredGoodnessOfFit,
} from '../../../../src/check-drift-gate/statistics/chi-squared.js';
import {
  chiSquaredSurvival,
  logGamma,
  regularizedUpperGamma,
} from '../../../../src/check-drift-gate/statistics/incomplete-gamma.js';
import { expectRelativelyClose } from '../../../fixtures/drift-vectors.js';

describe('chiSquaredSurvival = Q(dof/2, x/2)', () => {
  // [dof, x, exact value (mpmath, 50 digits), scipy 1.17.1 chi2.sf]
  const table: [number, number, number, number][] = [
    [1, 3.84, 0.050043521248705106, 0.05004352124870519],
    [1, 0.001, 0.9747728793699604, 0.9747728793699604],
    [2, 40.833333333333336, 1.3587962129963207e-9, 1.358796212996323e-9],
    [3, 64.95726495726495, 5.122723880724158e-14, 5.122723880724156e-14],
    [10, 200, 1.6139305336977305e-37, 1.6139305336977317e-37],
    [1, 1400, 2.1010145162642176e-306, 2.1010145162644003e-306],
    [400, 965.1996748435092, 1.1949854845227212e-48, 1.1949854845226946e-48],
    [5000, 7050, 1.5262755171221622e-74, 1.526275517124389e-74],
  ];

  it.each(table)(
    'dof %p, x = %p: within 1e-12 of the exact value and 1e-9 of scipy',
    (dof, x, exact, scipy) => {
      const value = chiSquaredSurvival(x, dof);
      expectRelativelyClose(value, exact, 1e-12, 'exact');
      // cephes igamc itself is 1.5e-12 off the exact value at dof 5000 in the far tail.
      expectRelativelyClose(value, scipy, 1e-9, 'scipy');
    },
  );

  it('handles the domain edges as cephes chdtrc', () => {
    expect(chiSquaredSurvival(-1, 3)).toBe(1);
    expect(chiSquaredSurvival(0, 3)).toBe(1);
    expect(chiSquaredSurvival(1, 0)).toBeNaN();
    expect(chiSquaredSurvival(Number.POSITIVE_INFINITY, 3)).toBe(0);
    expect(chiSquaredSurvival(1e6, 3)).toBe(0);
  });

  it('Q(1, x) = e^−x and Q(a, x) for a near x with large a stay accurate', () => {
    expectRelativelyClose(regularizedUpperGamma(1, 30), Math.exp(-30), 1e-14);
    // scipy.special.gammaincc(5000.5, 5000.5) = 0.4981194599910413
    expectRelativelyClose(regularizedUpperGamma(5000.5, 5000.5), 0.4981194599910413, 1e-12);
    // scipy.special.gammaincc(0.1, 0.01) = 0.3373787400455204
    expectRelativelyClose(regularizedUpperGamma(0.1, 0.01), 0.3373787400455204, 1e-12);
  });

  it('logGamma matches ln((n − 1)!) and ln Γ(1/2) = ln √π', () => {
    expectRelativelyClose(logGamma(10), Math.log(362880), 1e-14);
    expectRelativelyClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe('chiSquaredGoodnessOfFit (scipy.stats.chisquare against reference proportions)', () => {
  it('compares current counts with reference proportions × n_current', () => {
    // chisquare([12, 8], f_exp=[10, 10])
    const result = chiSquaredGoodnessOfFit([50, 50], [12, 8]);
    expect(result).toEqual({ defined: true, statistic: 0.8, pvalue: expect.any(Number), dof: 1 });
    if (result.defined) expectRelativelyClose(result.pvalue, 0.37109336952269756, 1e-12);
  });

  it('is undefined for a category unseen in the reference, naming it', () => {
    expect(chiSquaredGoodnessOfFit([5, 0, 3], [1, 1, 1])).toEqual({
      defined: false,
      reason: 'category-unseen-in-reference',
      categories: [1],
    });
  });

  it.each([
    ['a single category', [5], [3], 'single-category'],
    ['an empty reference', [0, 0], [1, 2], 'empty-reference'],
    ['an empty current sample', [1, 2], [0, 0], 'empty-current'],
  ])('is undefined for %s', (_name, reference, current, reason) => {
    expect(chiSquaredGoodnessOfFit(reference, current)).toMatchObject({ defined: false, reason });
  });
});

describe('chiSquaredContingency (scipy.stats.chi2_contingency)', () => {
  it("applies Yates' correction when dof = 1", () => {
    // chi2_contingency([[10, 20], [30, 25]])
    const result = chiSquaredContingency([10, 20], [30, 25]);
    if (!result.defined) throw new Error(result.reason);
    expect(result.dof).toBe(1);
    expectRelativelyClose(result.statistic, 2.706155303030302, 1e-12);
    expectRelativelyClose(result.pvalue, 0.0999616438735349, 1e-12);
  });

  it('caps the correction at |E − O| (scipy gh-13875), giving 0 and p = 1 here', () => {
    expect(chiSquaredContingency([10, 0.2], [30, 0.1])).toEqual({
      defined: true,
      statistic: 0,
      pvalue: 1,
      dof: 1,
    });
  });

  it('is degenerate with one category: statistic 0, p = 1', () => {
    expect(chiSquaredContingency([5], [7])).toEqual({ defined: true, statistic: 0, pvalue: 1, dof: 0 });
  });

  it('is undefined when a category is absent from both samples (zero expected frequency)', () => {
    expect(chiSquaredContingency([5, 0, 2], [3, 0, 1])).toEqual({
      defined: false,
      reason: 'zero-expected-frequency',
      categories: [1],
    });
  });

  it('stays defined for a category unseen in the reference', () => {
    expect(chiSquaredContingency([5, 0], [3, 4])).toMatchObject({ defined: true, dof: 1 });
  });
});
