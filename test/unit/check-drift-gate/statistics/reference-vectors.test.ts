// Every value in the drift reference vectors (scipy 1.17 / numpy 2.4), reproduced to a relative error of 1e-9 and
// counts exactly. Observed errors are at most a few 1e-14: every reference here is a closed form, a finite sum or
// a lattice count, none iterative, so no value needs a looser tolerance.
import { describe, expect, it } from '@jest/globals';
import {
  azureMlBinning,
  evidentlyBinning,
  proportionsOf,
  referenceQuantileBinning,
} from '../../../../src/check-drift-gate/statistics/binning.js';
import { alignCategoryCounts } from '../../../../src/check-drift-gate/statistics/categorical.js';
import {
  chiSquaredContingency,
  chiSquaredGoodnessOfFit,
} from '../../../../src/check-drift-gate/statistics/chi-squared.js';
import { jensenShannonDistance } from '../../../../src/check-drift-gate/statistics/jensen-shannon.js';
import { ksTwoSampleTest } from '../../../../src/check-drift-gate/statistics/kolmogorov-smirnov.js';
import {
  evidentlyFilledProportions,
  laplaceSmoothedProportions,
  populationStabilityIndex,
} from '../../../../src/check-drift-gate/statistics/population-stability.js';
import { sortSample } from '../../../../src/check-drift-gate/statistics/sorted-sample.js';
import {
  normalizedWassersteinDistance,
  wassersteinDistance,
} from '../../../../src/check-drift-gate/statistics/wasserstein.js';
import {
  type CategoricalCase,
  expectRelativelyClose,
  loadDriftVectors,
  type NumericalCase,
} from '../../../fixtures/drift-vectors.js';

const vectors = await loadDriftVectors();
const numericalCases = vectors.cases.filter((c): c is NumericalCase => c.kind === 'numerical');
const categoricalCases = vectors.cases.filter((c): c is CategoricalCase => c.kind === 'categorical');

function samples(vector: { reference: number[]; current: number[] }) {
  return { reference: sortSample(vector.reference), current: sortSample(vector.current) };
}

function expectAllRelativelyClose(
  actual: readonly number[],
  expected: readonly number[],
  what: string,
): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expectRelativelyClose(value, expected[i]!, undefined, `${what}[${i}]`);
  });
}

describe('the reference vectors', () => {
  it('hold the cases this suite expects', () => {
    expect(numericalCases.map((c) => c.name)).toEqual([
      'normal-shift-1000',
      'no-drift-5000',
      'unequal-sizes-lognormal',
      'ties-integers',
    ]);
    expect(categoricalCases.map((c) => c.name)).toEqual(['categorical-shift', 'categorical-unseen']);
    expect(vectors.small_ks).toHaveLength(2);
  });
});

describe('numerical vectors: Kolmogorov–Smirnov', () => {
  it.each(numericalCases)('$name: statistic and exact (auto) p-value', (vector) => {
    const { reference, current } = samples(vector);
    const result = ksTwoSampleTest(reference, current, 'auto');
    expect(result.method).toBe('exact');
    expectRelativelyClose(result.statistic, vector.expected.ks_statistic, undefined, 'ks_statistic');
    expectRelativelyClose(result.pvalue, vector.expected.ks_pvalue_auto, undefined, 'ks_pvalue_auto');
  });

  it.each(numericalCases)('$name: asymptotic p-value from kstwo', (vector) => {
    const { reference, current } = samples(vector);
    const result = ksTwoSampleTest(reference, current, 'asymp');
    expect(result.method).toBe('asymp');
    expectRelativelyClose(result.statistic, vector.expected.ks_statistic, undefined, 'ks_statistic');
    expectRelativelyClose(result.pvalue, vector.expected.ks_pvalue_asymp, undefined, 'ks_pvalue_asymp');
  });
});

describe('numerical vectors: Wasserstein', () => {
  it.each(numericalCases)('$name: W1 and both normalised forms', (vector) => {
    const { reference, current } = samples(vector);
    expectRelativelyClose(
      wassersteinDistance(reference, current),
      vector.expected.wasserstein,
      undefined,
      'W1',
    );
    const ddof0 = normalizedWassersteinDistance(reference, current, 0);
    const ddof1 = normalizedWassersteinDistance(reference, current, 1);
    expectRelativelyClose(ddof0.value, vector.expected.wasserstein_normed_ddof0, undefined, 'ddof0');
    expectRelativelyClose(ddof1.value, vector.expected.wasserstein_normed_ddof1, undefined, 'ddof1');
    expect(ddof0.floored).toBe(false);
    expect(ddof1.floored).toBe(false);
  });
});

describe('numerical vectors: reference-decile bins', () => {
  it.each(numericalCases)('$name: edges, counts, JS base 2 and PSI', (vector) => {
    const { reference, current } = samples(vector);
    const expected = vector.expected.ref_decile_bins;
    const binning = referenceQuantileBinning(reference, current, 10);
    expectAllRelativelyClose(binning.interiorEdges, expected.interior_edges, 'interior_edges');
    expect(binning.referenceCounts).toEqual(expected.ref_counts);
    expect(binning.currentCounts).toEqual(expected.cur_counts);
    const r = proportionsOf(binning.referenceCounts, reference.length);
    const c = proportionsOf(binning.currentCounts, current.length);
    expectRelativelyClose(jensenShannonDistance(r, c, 2), expected.js_base2, undefined, 'js_base2');
    expectRelativelyClose(populationStabilityIndex(r, c), expected.psi, undefined, 'psi');
  });
});

describe('numerical vectors: Azure ML bins', () => {
  it.each(numericalCases)('$name: bin count, edges, counts, JS base 2 and Laplace PSI', (vector) => {
    const { reference, current } = samples(vector);
    const expected = vector.expected.azureml_bins;
    const binning = azureMlBinning(reference, current);
    expect(binning.bins).toBe(expected.bins);
    expect(binning.degenerate).toBe(false);
    expectAllRelativelyClose(binning.edges, expected.edges, 'edges');
    expect(binning.referenceCounts).toEqual(expected.ref_counts);
    expect(binning.currentCounts).toEqual(expected.cur_counts);
    const js = jensenShannonDistance(
      proportionsOf(binning.referenceCounts, reference.length),
      proportionsOf(binning.currentCounts, current.length),
      2,
    );
    expectRelativelyClose(js, expected.js_base2, undefined, 'js_base2');
    const psi = populationStabilityIndex(
      laplaceSmoothedProportions(binning.referenceCounts, reference.length),
      laplaceSmoothedProportions(binning.currentCounts, current.length),
    );
    expectRelativelyClose(psi, expected.psi_laplace, undefined, 'psi_laplace');
  });
});

describe('numerical vectors: Evidently Sturges bins', () => {
  it.each(numericalCases)('$name: bin count, JS natural log and filled PSI', (vector) => {
    const { reference, current } = samples(vector);
    const expected = vector.expected.evidently_sturges_bins;
    const binning = evidentlyBinning(reference, current);
    expect(binning.kind).toBe('sturges');
    expect(binning.bins).toBe(expected.bins);
    const r = proportionsOf(binning.referenceCounts, reference.length);
    const c = proportionsOf(binning.currentCounts, current.length);
    expectRelativelyClose(jensenShannonDistance(r, c), expected.js_natural_log, undefined, 'js_natural_log');
    const psi = populationStabilityIndex(evidentlyFilledProportions(r), evidentlyFilledProportions(c));
    expectRelativelyClose(psi, expected.psi_fill, undefined, 'psi_fill');
  });
});

describe('categorical vectors', () => {
  function aligned(vector: CategoricalCase) {
    return alignCategoryCounts(
      new Map(Object.entries(vector.reference_counts)),
      new Map(Object.entries(vector.current_counts)),
    );
  }

  it.each(categoricalCases)('$name: JS base 2 and Laplace PSI over the union of categories', (vector) => {
    const { referenceCounts, currentCounts } = aligned(vector);
    expectRelativelyClose(
      jensenShannonDistance(referenceCounts, currentCounts, 2),
      vector.expected.js_base2,
      undefined,
      'js_base2',
    );
    expectRelativelyClose(
      populationStabilityIndex(
        laplaceSmoothedProportions(referenceCounts),
        laplaceSmoothedProportions(currentCounts),
      ),
      vector.expected.psi_laplace,
      undefined,
      'psi_laplace',
    );
  });

  it.each(categoricalCases)(
    '$name: goodness of fit, or undefined with raw PSI when a category is unseen',
    (vector) => {
      const { referenceCounts, currentCounts, unseenInReference } = aligned(vector);
      const referenceTotal = referenceCounts.reduce((a, b) => a + b, 0);
      const currentTotal = currentCounts.reduce((a, b) => a + b, 0);
      const rawPsi = populationStabilityIndex(
        proportionsOf(referenceCounts, referenceTotal),
        proportionsOf(currentCounts, currentTotal),
      );
      const gof = chiSquaredGoodnessOfFit(referenceCounts, currentCounts);
      const { chi2_gof_statistic, chi2_gof_pvalue, psi } = vector.expected;
      if (chi2_gof_statistic === undefined || chi2_gof_pvalue === undefined || psi === undefined) {
        expect(unseenInReference).toEqual(['d']);
        expect(gof).toEqual({ defined: false, reason: 'category-unseen-in-reference', categories: [3] });
        expect(rawPsi).toBe(Number.POSITIVE_INFINITY);
        return;
      }
      if (!gof.defined) throw new Error(`goodness of fit unexpectedly undefined: ${gof.reason}`);
      expect(gof.dof).toBe(referenceCounts.length - 1);
      expectRelativelyClose(gof.statistic, chi2_gof_statistic, undefined, 'chi2_gof_statistic');
      expectRelativelyClose(gof.pvalue, chi2_gof_pvalue, undefined, 'chi2_gof_pvalue');
      expectRelativelyClose(rawPsi, psi, undefined, 'psi');
    },
  );

  it.each(categoricalCases)('$name: 2 × k contingency test', (vector) => {
    const { referenceCounts, currentCounts } = aligned(vector);
    const result = chiSquaredContingency(referenceCounts, currentCounts);
    if (!result.defined) throw new Error(`contingency test unexpectedly undefined: ${result.reason}`);
    expect(result.dof).toBe(referenceCounts.length - 1);
    expectRelativelyClose(
      result.statistic,
      vector.expected.chi2_contingency_statistic,
      undefined,
      'statistic',
    );
    expectRelativelyClose(result.pvalue, vector.expected.chi2_contingency_pvalue, undefined, 'pvalue');
  });
});

describe('small KS vectors', () => {
  it.each(vectors.small_ks)('$reference vs $current: statistic, both p-values and W1', (vector) => {
    const { reference, current } = samples(vector);
    const auto = ksTwoSampleTest(reference, current, 'auto');
    const asymp = ksTwoSampleTest(reference, current, 'asymp');
    expectRelativelyClose(auto.statistic, vector.ks_statistic, undefined, 'ks_statistic');
    expectRelativelyClose(auto.pvalue, vector.ks_pvalue_auto, undefined, 'ks_pvalue_auto');
    expectRelativelyClose(asymp.pvalue, vector.ks_pvalue_asymp, undefined, 'ks_pvalue_asymp');
    expectRelativelyClose(
      wassersteinDistance(reference, current),
      vector.wasserstein,
      undefined,
      'wasserstein',
    );
  });
});
