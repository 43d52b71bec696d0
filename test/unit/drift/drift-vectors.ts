/**
 * The shared drift reference vectors (computed with scipy/numpy by /work/shared/vectors/make_vectors.py), loaded
 * from `../shared/vectors/drift-vectors.json` beside the repository, and assertions on relative error.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface NumericalExpectation {
  readonly ks_statistic: number;
  readonly ks_pvalue_auto: number;
  readonly ks_pvalue_asymp: number;
  readonly wasserstein: number;
  readonly wasserstein_normed_ddof0: number;
  readonly wasserstein_normed_ddof1: number;
  readonly ref_decile_bins: {
    readonly interior_edges: number[];
    readonly ref_counts: number[];
    readonly cur_counts: number[];
    readonly js_base2: number;
    readonly psi: number;
  };
  readonly azureml_bins: {
    readonly bins: number;
    readonly edges: number[];
    readonly ref_counts: number[];
    readonly cur_counts: number[];
    readonly js_base2: number;
    readonly psi_laplace: number;
  };
  readonly evidently_sturges_bins: {
    readonly bins: number;
    readonly js_natural_log: number;
    readonly psi_fill: number;
  };
}

export interface NumericalCase {
  readonly name: string;
  readonly kind: 'numerical';
  readonly reference: number[];
  readonly current: number[];
  readonly expected: NumericalExpectation;
}

export interface CategoricalCase {
  readonly name: string;
  readonly kind: 'categorical';
  readonly reference_counts: Record<string, number>;
  readonly current_counts: Record<string, number>;
  readonly expected: {
    readonly js_base2: number;
    readonly psi_laplace: number;
    readonly psi?: number;
    readonly chi2_gof_statistic?: number;
    readonly chi2_gof_pvalue?: number;
    readonly chi2_contingency_statistic: number;
    readonly chi2_contingency_pvalue: number;
  };
}

export interface SmallKsCase {
  readonly reference: number[];
  readonly current: number[];
  readonly ks_statistic: number;
  readonly ks_pvalue_auto: number;
  readonly ks_pvalue_asymp: number;
  readonly wasserstein: number;
}

export interface DriftVectors {
  readonly generated_with: Record<string, string>;
  readonly conventions: Record<string, string>;
  readonly cases: (NumericalCase | CategoricalCase)[];
  readonly small_ks: SmallKsCase[];
}

/** The repository root is three levels above this folder (test/unit/drift); the vectors live beside the clone. */
export const DRIFT_VECTORS_PATH = path.resolve(
  process.env.SHARED_DIR ?? path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared'),
  'vectors',
  'drift-vectors.json',
);

export async function loadDriftVectors(): Promise<DriftVectors> {
  return JSON.parse(await readFile(DRIFT_VECTORS_PATH, 'utf8')) as DriftVectors;
}

/** |actual − expected| / |expected|, 0 when both are equal (including both 0 or both infinite). */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** The tolerance the brief sets for every reference value. */
export const REFERENCE_TOLERANCE = 1e-9;

/** Fails with both values and the error when the relative error exceeds `tolerance`. */
export function expectRelativelyClose(
  actual: number,
  expected: number,
  tolerance = REFERENCE_TOLERANCE,
  what = 'value',
): void {
  const error = relativeError(actual, expected);
  if (!(error <= tolerance)) {
    throw new Error(`${what}: expected ${expected}, got ${actual} (relative error ${error} > ${tolerance})`);
  }
}
