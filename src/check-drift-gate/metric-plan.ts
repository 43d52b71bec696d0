/**
 * The `metrics` and `thresholds` inputs, validated up front (every error names the input and the key), and the plan
 * they give each feature once its type is known.
 *
 * metrics:                              # what to compute, overriding the preset's choice
 *   numerical: [wasserstein, ks]        # every numerical feature: a name, a list, or `auto` (the preset's choice)
 *   categorical: chi-squared
 *   features:                           # one feature, over its type's list
 *     income_k:
 *       - metric: psi                   # a name, or an object with options
 *         binning: quantiles            # azureml | evidently | quantiles (bins: 10)
 *         smoothing: none               # laplace | fill | none
 *
 * thresholds:                           # when a value is drift, overriding the preset's thresholds
 *   psi: 0.2                            # a metric, for every feature
 *   numerical: { wasserstein: 0.15 }    # a metric, for one type
 *   features:
 *     age: { ks: 0.01 }                 # a metric, for one feature
 *
 * Precedence: a feature's entry, then its type's, then the metric's, then the preset. A feature drifts when any of
 * its metrics breaches its threshold.
 */
import { formatPath } from '#shared/documents.js';
import { ConfigurationError } from '#shared/errors.js';
import { isRecord } from '#shared/values.js';
import type { FeatureType } from './feature-types.js';
import {
  type Binning,
  type ChiSquaredTest,
  type Comparison,
  type FeatureProfile,
  type KsMethodOption,
  METRIC_NAMES,
  METRICS,
  type MetricName,
  type MetricSpec,
  metricNamed,
  type Preset,
  type Smoothing,
} from './presets.js';

/** A metric as the user asked for it: options not given fall back to the preset's. */
export type MetricRequest = Partial<MetricSpec> & { readonly metric: MetricName };

/** `auto`: the preset's choice for the feature. */
export type MetricList = 'auto' | readonly MetricRequest[];

export interface MetricsConfig {
  readonly numerical: MetricList;
  readonly categorical: MetricList;
  readonly features: ReadonlyMap<string, MetricList>;
}

export type ThresholdTable = Readonly<Partial<Record<MetricName, number>>>;

export interface ThresholdsConfig {
  readonly metrics: ThresholdTable;
  readonly numerical: ThresholdTable;
  readonly categorical: ThresholdTable;
  readonly features: ReadonlyMap<string, ThresholdTable>;
}

type Path = (string | number)[];

function fail(input: string, path: Path, message: string): ConfigurationError {
  const where = path.length ? ` (${formatPath(path)})` : '';
  return new ConfigurationError(`Input '${input}'${where}: ${message}`, { input });
}

const METRIC_LIST = METRIC_NAMES.join(', ');

function parseMetricName(value: unknown, input: string, path: Path): MetricName {
  const name = typeof value === 'string' ? metricNamed(value.trim()) : undefined;
  if (name === undefined) {
    throw fail(input, path, `unknown metric ${JSON.stringify(value)}; use one of ${METRIC_LIST}`);
  }
  return name;
}

const OPTION_VALUES = {
  binning: ['azureml', 'evidently', 'quantiles'],
  smoothing: ['laplace', 'fill', 'none'],
  method: ['auto', 'exact', 'asymp'],
  test: ['goodness-of-fit', 'contingency'],
} as const;

function parseRequest(
  value: unknown,
  input: string,
  path: Path,
  type: FeatureType | undefined,
): MetricRequest {
  let request: MetricRequest;
  if (typeof value === 'string') request = { metric: parseMetricName(value, input, path) };
  else if (isRecord(value)) {
    const metric = parseMetricName(value.metric, input, [...path, 'metric']);
    const info = METRICS[metric];
    const options: Record<string, unknown> = { metric };
    for (const [key, option] of Object.entries(value)) {
      if (key === 'metric') continue;
      const at = [...path, key];
      if (!(info.options as readonly string[]).includes(key)) {
        throw fail(
          input,
          at,
          `${metric} takes no option '${key}'${info.options.length ? `; its options are ${info.options.join(', ')}` : ''}`,
        );
      }
      options[key] = parseOption(
        key as keyof typeof OPTION_VALUES | 'bins' | 'base' | 'ddof',
        option,
        input,
        at,
      );
    }
    if (options.bins !== undefined && options.binning !== 'quantiles') {
      throw fail(input, [...path, 'bins'], "bins applies to 'binning: quantiles' only");
    }
    request = options as MetricRequest;
  } else {
    throw fail(input, path, `a metric is a name (${METRIC_LIST}) or a mapping with 'metric' and its options`);
  }
  if (type !== undefined && !METRICS[request.metric].types.includes(type)) {
    throw fail(
      input,
      path,
      `${request.metric} applies to ${METRICS[request.metric].types.join(' and ')} features, not ${type} ones`,
    );
  }
  return request;
}

function parseOption(key: string, value: unknown, input: string, path: Path): unknown {
  switch (key) {
    case 'binning':
    case 'smoothing':
    case 'method':
    case 'test': {
      const allowed = OPTION_VALUES[key] as readonly string[];
      if (typeof value !== 'string' || !allowed.includes(value)) {
        throw fail(input, path, `must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
      }
      return value as Binning | Smoothing | KsMethodOption | ChiSquaredTest;
    }
    case 'bins':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > 1000) {
        throw fail(input, path, `must be a whole number from 2 to 1000; got ${JSON.stringify(value)}`);
      }
      return value;
    case 'base':
      if (value === 2 || value === '2') return 2;
      if (value === 'e') return 'e';
      throw fail(
        input,
        path,
        `must be 2 (bits, Azure ML) or e (natural log, Evidently); got ${JSON.stringify(value)}`,
      );
    case 'ddof':
      if (value === 0 || value === 1) return value;
      throw fail(
        input,
        path,
        `must be 0 (np.std, Evidently) or 1 (sample std, Azure ML); got ${JSON.stringify(value)}`,
      );
    default:
      throw fail(input, path, `unknown option '${key}'`);
  }
}

function parseList(value: unknown, input: string, path: Path, type: FeatureType | undefined): MetricList {
  if (value === 'auto') return 'auto';
  const items = Array.isArray(value) ? value : [value];
  if (items.length === 0) throw fail(input, path, 'name at least one metric, or auto');
  const requests = items.map((item, index) =>
    parseRequest(item, input, Array.isArray(value) ? [...path, index] : path, type),
  );
  const seen = new Set<string>();
  requests.forEach((request, index) => {
    if (seen.has(request.metric)) {
      throw fail(input, Array.isArray(value) ? [...path, index] : path, `${request.metric} is listed twice`);
    }
    seen.add(request.metric);
  });
  return requests;
}

export function parseMetrics(value: unknown, input = 'metrics'): MetricsConfig {
  const config = { numerical: 'auto' as MetricList, categorical: 'auto' as MetricList, features: new Map() };
  if (value === undefined || value === null) return config;
  if (!isRecord(value)) {
    throw fail(input, [], "must be a mapping with 'numerical', 'categorical' and/or 'features'");
  }
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'numerical' || key === 'categorical') config[key] = parseList(entry, input, [key], key);
    else if (key === 'features') {
      if (!isRecord(entry)) throw fail(input, [key], 'must map feature names to metrics');
      for (const [feature, list] of Object.entries(entry)) {
        config.features.set(feature, parseList(list, input, [key, feature], undefined));
      }
    } else {
      throw fail(
        input,
        [key],
        "unknown key; use 'numerical', 'categorical' or 'features' (a feature's metrics go under features)",
      );
    }
  }
  return config;
}

function parseThresholdTable(
  value: unknown,
  input: string,
  path: Path,
  type: FeatureType | undefined,
): ThresholdTable {
  if (!isRecord(value)) throw fail(input, path, 'must map metric names to thresholds, such as {psi: 0.2}');
  const table: Partial<Record<MetricName, number>> = {};
  for (const [key, threshold] of Object.entries(value)) {
    const at = [...path, key];
    const metric = parseMetricName(key, input, at);
    if (type !== undefined && !METRICS[metric].types.includes(type)) {
      throw fail(
        input,
        at,
        `${metric} applies to ${METRICS[metric].types.join(' and ')} features, not ${type} ones`,
      );
    }
    table[metric] = parseThreshold(metric, threshold, input, at);
  }
  return table;
}

function parseThreshold(metric: MetricName, value: unknown, input: string, path: Path): number {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw fail(input, path, `must be a number; got ${JSON.stringify(value)}`);
  }
  if (METRICS[metric].measures === 'p-value' && !(number > 0 && number < 1)) {
    throw fail(
      input,
      path,
      `${metric} is a p-value: its threshold is a significance level between 0 and 1 (such as 0.05); got ${number}`,
    );
  }
  if (METRICS[metric].measures === 'distance' && !(number >= 0)) {
    throw fail(input, path, `${metric} is a distance: its threshold must be 0 or more; got ${number}`);
  }
  return number;
}

export function parseThresholds(value: unknown, input = 'thresholds'): ThresholdsConfig {
  const config = {
    metrics: {} as Partial<Record<MetricName, number>>,
    numerical: {} as ThresholdTable,
    categorical: {} as ThresholdTable,
    features: new Map<string, ThresholdTable>(),
  };
  if (value === undefined || value === null) return config;
  if (!isRecord(value)) {
    throw fail(
      input,
      [],
      "must be a mapping of metrics, 'numerical', 'categorical' and/or 'features' to thresholds",
    );
  }
  for (const [key, entry] of Object.entries(value)) {
    if (key === 'numerical' || key === 'categorical')
      config[key] = parseThresholdTable(entry, input, [key], key);
    else if (key === 'features') {
      if (!isRecord(entry)) throw fail(input, [key], 'must map feature names to {metric: threshold}');
      for (const [feature, table] of Object.entries(entry)) {
        config.features.set(feature, parseThresholdTable(table, input, [key, feature], undefined));
      }
    } else {
      const metric = metricNamed(key);
      if (metric === undefined) {
        throw fail(
          input,
          [key],
          `unknown key; use a metric (${METRIC_LIST}), 'numerical', 'categorical' or 'features'`,
        );
      }
      config.metrics[metric] = parseThreshold(metric, entry, input, [key]);
    }
  }
  return config;
}

/** Feature names the configuration mentions that are not compared: each is an error naming the input and key. */
export function checkFeatureKeys(
  features: ReadonlySet<string>,
  entries: readonly { input: string; key: string; names: Iterable<string> }[],
  available: string,
): void {
  for (const { input, key, names } of entries) {
    for (const name of names) {
      if (!features.has(name)) {
        throw fail(input, key ? [key, name] : [name], `'${name}' is not a compared feature (${available})`);
      }
    }
  }
}

/** One metric of one feature, ready to compute. */
export interface PlannedMetric {
  readonly spec: MetricSpec;
  readonly threshold: number;
  readonly thresholdSource: 'feature' | 'type' | 'metric' | 'preset';
  readonly comparison: Comparison;
  /** Why this metric: the user's configuration, or the preset's choice. */
  readonly reason: string;
}

/** The metrics a feature is gated on. */
export function planFeature(
  feature: string,
  profile: FeatureProfile,
  preset: Preset,
  metrics: MetricsConfig,
  thresholds: ThresholdsConfig,
): PlannedMetric[] {
  const own = metrics.features.get(feature);
  const list = own ?? metrics[profile.type];
  let requests: { request: MetricRequest; reason: string }[];
  if (list === 'auto') {
    const choice = preset.defaultMetric(profile);
    requests = [{ request: { metric: choice.metric }, reason: choice.reason }];
  } else {
    requests = list.map((request) => ({
      request,
      reason: own ? `metrics.features.${feature}` : `metrics.${profile.type}`,
    }));
  }
  return requests.map(({ request, reason }) => {
    if (!METRICS[request.metric].types.includes(profile.type)) {
      throw new ConfigurationError(
        `Input 'metrics' (features.${feature}): ${request.metric} applies to ${METRICS[request.metric].types.join(' and ')} features, and '${feature}' is ${profile.type}`,
        { input: 'metrics' },
      );
    }
    const spec: MetricSpec = { ...preset.defaults(request.metric), ...request };
    const byFeature = thresholds.features.get(feature)?.[request.metric];
    const byType = thresholds[profile.type][request.metric];
    const byMetric = thresholds.metrics[request.metric];
    const [threshold, thresholdSource] =
      byFeature !== undefined
        ? [byFeature, 'feature' as const]
        : byType !== undefined
          ? [byType, 'type' as const]
          : byMetric !== undefined
            ? [byMetric, 'metric' as const]
            : [preset.defaultThreshold(request.metric), 'preset' as const];
    return { spec, threshold, thresholdSource, comparison: preset.comparison(request.metric), reason };
  });
}
