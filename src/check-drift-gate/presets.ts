/**
 * The two sets of conventions the gate reproduces, exactly as the reference tools compute (DRIFT.md):
 *
 * Azure ML model monitoring (azureml-assets `data_drift_compute_metrics`): numerical features are gated on the
 * normalised Wasserstein distance (sample std, ddof 1) at 0.1, categorical ones on the Jensen–Shannon distance
 * (base 2) at 0.1; JS and PSI bin numerical features into ceil(log2(min(n_ref, n_cur)) + 1) equal-width bins over
 * the combined range; PSI uses Laplace smoothing (count + 1) / (n + k); KS and chi-squared report p-values and breach
 * below their threshold, every other metric above it (strictly); rows with any missing value are dropped first.
 *
 * Evidently (legacy stattests): the test is chosen per feature from the reference size (after dropping missing
 * values) and the number of distinct values in reference ∪ current; JS uses the natural log and no smoothing, PSI
 * fills empty bins with 1e-4; numerical bins are Sturges bins over both samples when the reference has more than
 * 20 distinct values, one bin per value otherwise; normalised Wasserstein divides by np.std (ddof 0); distances
 * breach at or above 0.1, KS at or below 0.05, chi-squared and z below 0.05; missing values are dropped per column.
 */
import type { FeatureType } from './feature-types.js';

export const METRIC_NAMES = ['jensen-shannon', 'psi', 'wasserstein', 'ks', 'chi-squared', 'z-test'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export const PRESET_NAMES = ['azureml', 'evidently'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export type Binning = 'azureml' | 'evidently' | 'quantiles';
export type Smoothing = 'laplace' | 'fill' | 'none';
export type KsMethodOption = 'auto' | 'exact' | 'asymp';
export type ChiSquaredTest = 'goodness-of-fit' | 'contingency';

/** A metric with every option decided. */
export interface MetricSpec {
  readonly metric: MetricName;
  /** jensen-shannon, psi (numerical features). */
  readonly binning?: Binning;
  /** quantiles binning: number of bins. */
  readonly bins?: number;
  /** psi. */
  readonly smoothing?: Smoothing;
  /** jensen-shannon: 2 (bits) or e (natural log). */
  readonly base?: 2 | 'e';
  /** wasserstein: the reference standard deviation's delta degrees of freedom. */
  readonly ddof?: 0 | 1;
  /** ks. */
  readonly method?: KsMethodOption;
  /** chi-squared. */
  readonly test?: ChiSquaredTest;
}

export interface MetricInfo {
  /** What the value is: a distance (larger = more drift) or a test's p-value (smaller = more drift). */
  readonly measures: 'distance' | 'p-value';
  readonly types: readonly FeatureType[];
  /** Azure ML's name for the metric (also the Application Insights metric name). */
  readonly azureName: string;
  readonly title: string;
  /** The option keys the metric takes. */
  readonly options: readonly (keyof Omit<MetricSpec, 'metric'>)[];
}

export const METRICS: Readonly<Record<MetricName, MetricInfo>> = {
  'jensen-shannon': {
    measures: 'distance',
    types: ['numerical', 'categorical'],
    azureName: 'jensen_shannon_distance',
    title: 'Jensen–Shannon distance',
    options: ['binning', 'bins', 'base'],
  },
  psi: {
    measures: 'distance',
    types: ['numerical', 'categorical'],
    azureName: 'population_stability_index',
    title: 'population stability index',
    options: ['binning', 'bins', 'smoothing'],
  },
  wasserstein: {
    measures: 'distance',
    types: ['numerical'],
    azureName: 'normalized_wasserstein_distance',
    title: 'normalised Wasserstein distance',
    options: ['ddof'],
  },
  ks: {
    measures: 'p-value',
    types: ['numerical'],
    azureName: 'two_sample_kolmogorov_smirnov_test',
    title: 'two-sample Kolmogorov–Smirnov p-value',
    options: ['method'],
  },
  'chi-squared': {
    measures: 'p-value',
    types: ['numerical', 'categorical'],
    azureName: 'pearsons_chi_squared_test',
    title: "Pearson's chi-squared p-value",
    options: ['test'],
  },
  'z-test': {
    measures: 'p-value',
    types: ['numerical', 'categorical'],
    azureName: 'z_test',
    title: 'two-proportion z-test p-value',
    options: [],
  },
};

/** Other spellings accepted in `metrics` and `thresholds`: Azure ML's and Evidently's names. */
export const METRIC_ALIASES: Readonly<Record<string, MetricName>> = {
  jensen_shannon_distance: 'jensen-shannon',
  jensenshannon: 'jensen-shannon',
  js: 'jensen-shannon',
  population_stability_index: 'psi',
  normalized_wasserstein_distance: 'wasserstein',
  wasserstein_distance: 'wasserstein',
  two_sample_kolmogorov_smirnov_test: 'ks',
  'kolmogorov-smirnov': 'ks',
  pearsons_chi_squared_test: 'chi-squared',
  chisquare: 'chi-squared',
  chi2: 'chi-squared',
  z: 'z-test',
};

export function metricNamed(name: string): MetricName | undefined {
  return (METRIC_NAMES as readonly string[]).includes(name) ? (name as MetricName) : METRIC_ALIASES[name];
}

export type Comparison = '>' | '>=' | '<' | '<=';

/** What the preset's default metric choice needs to know about a feature. */
export interface FeatureProfile {
  readonly type: FeatureType;
  /** Non-missing reference values. */
  readonly referenceSize: number;
  /** Distinct values in reference ∪ current (capped: any count above 20 may be reported as 21). */
  readonly distinctUnion: number;
}

export interface Preset {
  readonly name: PresetName;
  readonly dropIncompleteRows: boolean;
  /** The preset's option values for a metric. */
  defaults(metric: MetricName): MetricSpec;
  defaultThreshold(metric: MetricName): number;
  /** How a value is compared with its threshold to call drift. */
  comparison(metric: MetricName): Comparison;
  /** The metric gated on when `metrics` does not say, and why. */
  defaultMetric(profile: FeatureProfile): { metric: MetricName; reason: string };
}

const AZUREML_THRESHOLDS: Record<MetricName, number> = {
  wasserstein: 0.1,
  'jensen-shannon': 0.1,
  psi: 0.1,
  ks: 0.05,
  'chi-squared': 0.05,
  'z-test': 0.05,
};

export const AZUREML: Preset = {
  name: 'azureml',
  dropIncompleteRows: true,
  defaults(metric) {
    switch (metric) {
      case 'jensen-shannon':
        return { metric, binning: 'azureml', base: 2 };
      case 'psi':
        return { metric, binning: 'azureml', smoothing: 'laplace' };
      case 'wasserstein':
        return { metric, ddof: 1 };
      case 'ks':
        return { metric, method: 'auto' };
      case 'chi-squared':
        return { metric, test: 'goodness-of-fit' };
      case 'z-test':
        return { metric };
    }
  },
  defaultThreshold: (metric) => AZUREML_THRESHOLDS[metric],
  comparison: (metric) => (METRICS[metric].measures === 'p-value' ? '<' : '>'),
  defaultMetric: ({ type }) =>
    type === 'numerical'
      ? { metric: 'wasserstein', reason: 'Azure ML default for numerical features' }
      : { metric: 'jensen-shannon', reason: 'Azure ML default for categorical features' },
};

const EVIDENTLY_THRESHOLDS: Record<MetricName, number> = {
  wasserstein: 0.1,
  'jensen-shannon': 0.1,
  psi: 0.1,
  ks: 0.05,
  'chi-squared': 0.05,
  'z-test': 0.05,
};

export const EVIDENTLY: Preset = {
  name: 'evidently',
  dropIncompleteRows: false,
  defaults(metric) {
    switch (metric) {
      case 'jensen-shannon':
        return { metric, binning: 'evidently', base: 'e' };
      case 'psi':
        return { metric, binning: 'evidently', smoothing: 'fill' };
      case 'wasserstein':
        return { metric, ddof: 0 };
      case 'ks':
        return { metric, method: 'auto' };
      case 'chi-squared':
        return { metric, test: 'goodness-of-fit' };
      case 'z-test':
        return { metric };
    }
  },
  defaultThreshold: (metric) => EVIDENTLY_THRESHOLDS[metric],
  comparison: (metric) => (metric === 'ks' ? '<=' : METRICS[metric].measures === 'p-value' ? '<' : '>='),
  // evidently/calculations/stattests/registry.py `_get_default_stattest`.
  defaultMetric({ type, referenceSize, distinctUnion }) {
    const sizes = `reference of ${referenceSize} values, ${distinctUnion > 20 ? 'more than 20' : distinctUnion} distinct values in both`;
    if (referenceSize <= 1000) {
      if (type === 'numerical' && distinctUnion > 5) {
        return {
          metric: 'ks',
          reason: `Evidently: numerical, reference ≤ 1000 values, more than 5 distinct (${sizes})`,
        };
      }
      return distinctUnion > 2
        ? {
            metric: 'chi-squared',
            reason: `Evidently: reference ≤ 1000 values, ${type === 'numerical' ? 'at most 5' : 'more than 2'} distinct (${sizes})`,
          }
        : { metric: 'z-test', reason: `Evidently: reference ≤ 1000 values, at most 2 distinct (${sizes})` };
    }
    if (type === 'numerical' && distinctUnion > 5) {
      return {
        metric: 'wasserstein',
        reason: `Evidently: numerical, reference > 1000 values, more than 5 distinct (${sizes})`,
      };
    }
    return {
      metric: 'jensen-shannon',
      reason: `Evidently: reference > 1000 values, ${type === 'numerical' ? 'at most 5 distinct' : 'categorical'} (${sizes})`,
    };
  },
};

export const PRESETS: Readonly<Record<PresetName, Preset>> = { azureml: AZUREML, evidently: EVIDENTLY };

/** True when `value` breaches `threshold` under the comparison. */
export function breaches(value: number, threshold: number, comparison: Comparison): boolean {
  switch (comparison) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
  }
}
