// Every value of the drift reference vectors, reproduced through the gate's own code path: the vectors' samples are
// written as CSV, read by the CSV reader, typed, planned under the matching preset and options, and measured; the
// values compared are the ones the gate reports (the same ones the report file, the summary and the metrics carry).
import { describe, expect, it } from '@jest/globals';
import type { GateResult } from '../../../src/check-drift-gate/gate.js';
import {
  type CategoricalCase,
  expectRelativelyClose,
  loadDriftVectors,
  type NumericalCase,
} from '../../fixtures/drift-vectors.js';
import { type ConfigOptions, column, csvSource, gate, metricOf, type Rows } from './gate-fixtures.js';

const vectors = await loadDriftVectors();
const numericalCases = vectors.cases.filter((c): c is NumericalCase => c.kind === 'numerical');
const categoricalCases = vectors.cases.filter((c): c is CategoricalCase => c.kind === 'categorical');

/** Writes the samples as one CSV column each side; String(x) is the shortest text that reads back as x exactly. */
async function gateOnSamples(
  reference: number[],
  current: number[],
  options: ConfigOptions,
): Promise<GateResult> {
  return gate(
    csvSource('reference.csv', ['x'], column('x', reference.map(String))),
    csvSource('current.csv', ['x'], column('x', current.map(String)), 4096),
    // Integer-valued samples (ties-integers) would be categorical by Azure ML's 5 % rule: the vectors are numerical.
    { featureTypes: { x: 'numerical' }, ...options },
  );
}

function categoricalRows(counts: Record<string, number>): Rows {
  return Object.entries(counts).flatMap(([category, count]) =>
    Array.from({ length: count }, () => ({ c: category })),
  );
}

describe('numerical vectors through the gate', () => {
  it.each(numericalCases)(
    '$name: azureml preset (Wasserstein ddof 1, KS auto, JS base 2 and Laplace PSI on Azure ML bins)',
    async (vector) => {
      const result = await gateOnSamples(vector.reference, vector.current, {
        preset: 'azureml',
        metrics: { numerical: ['wasserstein', 'ks', 'jensen-shannon', 'psi'] },
      });
      const e = vector.expected;
      const wasserstein = metricOf(result, 'x', 'wasserstein');
      expectRelativelyClose(
        wasserstein.value,
        e.wasserstein_normed_ddof1,
        undefined,
        'wasserstein_normed_ddof1',
      );
      expectRelativelyClose(wasserstein.details.distance as number, e.wasserstein, undefined, 'wasserstein');
      const ks = metricOf(result, 'x', 'ks');
      expect(ks.details.method).toBe('exact');
      expectRelativelyClose(ks.details.statistic as number, e.ks_statistic, undefined, 'ks_statistic');
      expectRelativelyClose(ks.value, e.ks_pvalue_auto, undefined, 'ks_pvalue_auto');
      const js = metricOf(result, 'x', 'jensen-shannon');
      expect(js.details.bins).toBe(e.azureml_bins.bins);
      expectRelativelyClose(js.value, e.azureml_bins.js_base2, undefined, 'azureml js_base2');
      const psi = metricOf(result, 'x', 'psi');
      expectRelativelyClose(psi.value, e.azureml_bins.psi_laplace, undefined, 'azureml psi_laplace');
    },
  );

  it.each(numericalCases)('$name: asymptotic KS, and JS and raw PSI on reference deciles', async (vector) => {
    const result = await gateOnSamples(vector.reference, vector.current, {
      metrics: {
        numerical: [
          { metric: 'ks', method: 'asymp' },
          { metric: 'jensen-shannon', binning: 'quantiles', bins: 10 },
          { metric: 'psi', binning: 'quantiles', bins: 10, smoothing: 'none' },
        ],
      },
    });
    const e = vector.expected;
    const ks = metricOf(result, 'x', 'ks');
    expect(ks.details.method).toBe('asymp');
    expectRelativelyClose(ks.value, e.ks_pvalue_asymp, undefined, 'ks_pvalue_asymp');
    expectRelativelyClose(
      metricOf(result, 'x', 'jensen-shannon').value,
      e.ref_decile_bins.js_base2,
      undefined,
      'decile js',
    );
    expectRelativelyClose(metricOf(result, 'x', 'psi').value, e.ref_decile_bins.psi, undefined, 'decile psi');
  });

  it.each(numericalCases)(
    '$name: evidently preset (Wasserstein ddof 0, natural-log JS and filled PSI on Sturges bins)',
    async (vector) => {
      const result = await gateOnSamples(vector.reference, vector.current, {
        preset: 'evidently',
        metrics: { numerical: ['wasserstein', 'jensen-shannon', 'psi'] },
      });
      const e = vector.expected;
      expectRelativelyClose(
        metricOf(result, 'x', 'wasserstein').value,
        e.wasserstein_normed_ddof0,
        undefined,
        'ddof0',
      );
      const js = metricOf(result, 'x', 'jensen-shannon');
      expect(js.details.bins).toBe(e.evidently_sturges_bins.bins);
      expectRelativelyClose(js.value, e.evidently_sturges_bins.js_natural_log, undefined, 'js_natural_log');
      expectRelativelyClose(
        metricOf(result, 'x', 'psi').value,
        e.evidently_sturges_bins.psi_fill,
        undefined,
        'psi_fill',
      );
    },
  );

  it.each(vectors.small_ks.map((vector, index) => ({ ...vector, index })))(
    'small KS case $index: statistic, both p-values and W1',
    async (vector) => {
      const auto = await gateOnSamples(vector.reference, vector.current, {
        metrics: { numerical: ['ks', 'wasserstein'] },
      });
      const ks = metricOf(auto, 'x', 'ks');
      expectRelativelyClose(ks.details.statistic as number, vector.ks_statistic, undefined, 'ks_statistic');
      expectRelativelyClose(ks.value, vector.ks_pvalue_auto, undefined, 'ks_pvalue_auto');
      expectRelativelyClose(
        metricOf(auto, 'x', 'wasserstein').details.distance as number,
        vector.wasserstein,
        undefined,
        'W1',
      );
      const asymp = await gateOnSamples(vector.reference, vector.current, {
        metrics: { numerical: [{ metric: 'ks', method: 'asymp' }] },
      });
      expectRelativelyClose(
        metricOf(asymp, 'x', 'ks').value,
        vector.ks_pvalue_asymp,
        undefined,
        'ks_pvalue_asymp',
      );
    },
  );
});

describe('categorical vectors through the gate', () => {
  async function run(vector: CategoricalCase, options: ConfigOptions) {
    return gate(
      csvSource('reference.csv', ['c'], categoricalRows(vector.reference_counts)),
      csvSource('current.csv', ['c'], categoricalRows(vector.current_counts)),
      options,
    );
  }

  it.each(categoricalCases)(
    '$name: azureml preset (JS base 2, Laplace PSI, goodness-of-fit chi-squared)',
    async (vector) => {
      const result = await run(vector, {
        metrics: { categorical: ['jensen-shannon', 'psi', 'chi-squared'] },
      });
      expect(result.features[0]!.type).toBe('categorical');
      const e = vector.expected;
      expectRelativelyClose(metricOf(result, 'c', 'jensen-shannon').value, e.js_base2, undefined, 'js_base2');
      expectRelativelyClose(metricOf(result, 'c', 'psi').value, e.psi_laplace, undefined, 'psi_laplace');
      const chi = metricOf(result, 'c', 'chi-squared');
      if (e.chi2_gof_pvalue === undefined || e.chi2_gof_statistic === undefined) {
        // A category unseen in the reference: scipy's chisquare gives an infinite statistic and p = 0.
        expect(chi.value).toBe(0);
        expect(chi.details.statistic).toBe(Number.POSITIVE_INFINITY);
        expect(chi.drifted).toBe(true);
        expect(chi.notes.join(' ')).toMatch(/unseen in the reference \(d\)/);
      } else {
        expectRelativelyClose(chi.value, e.chi2_gof_pvalue, undefined, 'chi2_gof_pvalue');
        expectRelativelyClose(
          chi.details.statistic as number,
          e.chi2_gof_statistic,
          undefined,
          'chi2_gof_statistic',
        );
      }
    },
  );

  it.each(categoricalCases)('$name: contingency chi-squared and raw PSI', async (vector) => {
    const result = await run(vector, {
      metrics: {
        categorical: [
          { metric: 'chi-squared', test: 'contingency' },
          { metric: 'psi', smoothing: 'none' },
        ],
      },
    });
    const e = vector.expected;
    const chi = metricOf(result, 'c', 'chi-squared');
    expectRelativelyClose(chi.value, e.chi2_contingency_pvalue, undefined, 'chi2_contingency_pvalue');
    expectRelativelyClose(
      chi.details.statistic as number,
      e.chi2_contingency_statistic,
      undefined,
      'chi2_contingency_statistic',
    );
    const psi = metricOf(result, 'c', 'psi');
    if (e.psi === undefined) expect(psi.value).toBe(Number.POSITIVE_INFINITY);
    else expectRelativelyClose(psi.value, e.psi, undefined, 'psi');
  });
});
