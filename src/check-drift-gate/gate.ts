/**
 * The drift gate's computation: opens both sides, chooses the features, reads the reference once (inferring types
 * as Azure ML does), then the current data once (with the types fixed), computes each feature's metrics under the
 * preset and the user's overrides, and decides dataset drift by the share of drifted features. No I/O beyond the
 * data sources it is given, no `@actions/core`: it logs through the Logger it is passed.
 */
import { ConfigurationError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import {
  type CategoricalColumnData,
  type ColumnData,
  type ColumnRule,
  type NumericColumnData,
  SideColumns,
} from './feature-columns.js';
import {
  computeMetric,
  type FeatureData,
  type MetricResult,
  type NumericDistribution,
} from './feature-metrics.js';
import {
  type ColumnKind,
  describeDecision,
  type FeatureType,
  inferFeatureType,
  numberLabel,
  type TypeDecision,
} from './feature-types.js';
import { checkFeatureKeys, type MetricsConfig, planFeature, type ThresholdsConfig } from './metric-plan.js';
import { type HistogramPicture, histogramPicture } from './picture.js';
import type { Preset } from './presets.js';
import { openCsv } from './readers/csv-reader.js';
import { openJsonLines } from './readers/jsonl-reader.js';
import { openParquet } from './readers/parquet-reader.js';
import type { DataSource, SideName, Table } from './readers/table.js';
import { formatBound, type SketchSummary } from './sketch.js';
import { distinctCount } from './statistics/binning.js';
import { standardDeviationOf } from './statistics/sorted-sample.js';

/** Size of the stand-in sample drawn from a sketch for the statistics. */
const SKETCH_SAMPLE_SIZE = 1 << 16;

export interface GateConfig {
  readonly preset: Preset;
  readonly metrics: MetricsConfig;
  readonly thresholds: ThresholdsConfig;
  /** The features to compare; undefined: every column common to both sides. */
  readonly features: readonly string[] | undefined;
  readonly excludeFeatures: readonly string[];
  readonly featureTypes: ReadonlyMap<string, FeatureType>;
  readonly driftShare: number;
  readonly exactLimit: number;
  readonly csvDelimiter: string;
  readonly sketchCapacity?: number;
}

export interface GateInput {
  readonly reference: readonly DataSource[];
  readonly current: readonly DataSource[];
  readonly logger: Logger;
  readonly signal?: AbortSignal;
}

export interface SideSummary {
  readonly files: readonly string[];
  readonly rows: number;
  /** Rows left out because a compared feature was missing in them (azureml preset). */
  readonly droppedRows: number;
}

export interface MissingCount {
  readonly count: number;
  /** Of the side's rows. */
  readonly share: number;
}

export interface FeatureResult {
  readonly name: string;
  readonly type: FeatureType;
  readonly decision: TypeDecision;
  readonly missing: { readonly reference: MissingCount; readonly current: MissingCount };
  /** Values compared per side. */
  readonly values: { readonly reference: number; readonly current: number };
  readonly metrics: readonly MetricResult[];
  readonly drifted: boolean;
  /** Present when a side went beyond exact-limit. */
  readonly sketch?: { readonly reference?: SketchSummary; readonly current?: SketchSummary };
  readonly picture: HistogramPicture;
}

export interface SkippedFeature {
  readonly name: string;
  readonly reason: string;
}

export interface GateResult {
  readonly preset: Preset['name'];
  readonly sides: { readonly reference: SideSummary; readonly current: SideSummary };
  readonly features: readonly FeatureResult[];
  readonly skipped: readonly SkippedFeature[];
  readonly drifted: boolean;
  readonly driftShare: number;
  readonly driftShareThreshold: number;
  readonly driftedFeatures: readonly string[];
  readonly exactLimit: number;
}

async function openTable(
  source: DataSource,
  side: SideName,
  config: GateConfig,
  signal?: AbortSignal,
): Promise<Table> {
  switch (source.format) {
    case 'csv':
      return openCsv(source, { delimiter: config.csvDelimiter }, side, signal);
    case 'jsonl':
      return openJsonLines(source, side, signal);
    case 'parquet':
      return openParquet(source, side, signal);
  }
}

function describeColumns(table: Table): string {
  const shown = table.columns.slice(0, 12).map((column) => `'${column}'`);
  const more = table.columns.length > 12 ? `, … (${table.columns.length} in all)` : '';
  return `${table.source.label}: ${shown.join(', ') || 'no columns'}${more}`;
}

/** The features to compare, and each feature's column kind from the schema (Parquet) where known. */
function selectFeatures(
  config: GateConfig,
  reference: Table,
  current: Table,
  logger: Logger,
): { features: string[]; schemaKinds: Map<string, ColumnKind> } {
  const currentColumns = new Set(current.columns);
  const referenceColumns = new Set(reference.columns);
  const schemaKinds = new Map<string, ColumnKind>();
  const nested = new Set<string>();
  reference.columns.forEach((column, index) => {
    if (reference.schemaKinds === undefined) return;
    const kind = reference.schemaKinds[index];
    if (kind === undefined) nested.add(column);
    else schemaKinds.set(column, kind);
  });
  let features: string[];
  if (config.features !== undefined) {
    for (const feature of config.features) {
      for (const [table, columns] of [
        [reference, referenceColumns],
        [current, currentColumns],
      ] as const) {
        if (!columns.has(feature)) {
          throw new ConfigurationError(
            `Input 'features' names '${feature}', which is not a column of ${describeColumns(table)}.`,
            { input: 'features' },
          );
        }
      }
    }
    features = [...config.features];
  } else {
    features = reference.columns.filter((column) => currentColumns.has(column) && !nested.has(column));
  }
  const excluded = new Set(config.excludeFeatures);
  for (const name of excluded) {
    if (!referenceColumns.has(name) && !currentColumns.has(name)) {
      logger.warning(
        `exclude-features names '${name}', which is not a column of either side; check the spelling.`,
      );
    }
  }
  features = features.filter((feature) => !excluded.has(feature));
  if (features.length === 0) {
    const common = reference.columns.filter((column) => currentColumns.has(column));
    throw new ConfigurationError(
      common.length === 0
        ? `The reference and current data have no column in common (${describeColumns(reference)}; ${describeColumns(current)}); compare files of the same table, or name the features with 'features'.`
        : `No feature is left to compare: every common column is excluded (${common.join(', ')}).`,
      { input: common.length === 0 ? 'current' : 'exclude-features' },
    );
  }
  return { features, schemaKinds };
}

async function readSide(
  side: SideName,
  sources: readonly DataSource[],
  first: Table,
  features: readonly string[],
  rules: readonly ColumnRule[],
  reasons: readonly string[],
  config: GateConfig,
  input: GateInput,
): Promise<{ columns: ColumnData[]; summary: SideSummary }> {
  const columns = new SideColumns(
    features,
    rules,
    {
      exactLimit: config.exactLimit,
      dropIncompleteRows: config.preset.dropIncompleteRows,
      ...(config.sketchCapacity ? { sketchCapacity: config.sketchCapacity } : {}),
    },
    reasons,
  );
  const wanted = new Map(features.map((feature, slot) => [feature, slot]));
  for (let i = 0; i < sources.length; i++) {
    input.signal?.throwIfAborted();
    const table = i === 0 ? first : await openTable(sources[i]!, side, config, input.signal);
    const slots = new Int32Array(table.columns.length).fill(-1);
    table.columns.forEach((column, index) => {
      const slot = wanted.get(column);
      if (slot !== undefined) slots[index] = slot;
    });
    const present = new Set(table.columns);
    const missing = features.filter((feature) => !present.has(feature));
    if (missing.length > 0) {
      await table.close();
      throw new ConfigurationError(
        `${table.source.label} has no column ${missing.map((name) => `'${name}'`).join(', ')}, which the other ${side} files have; every ${side} file needs the compared features.`,
        { input: side, location: { file: table.source.label } },
      );
    }
    const before = columns.rows;
    const started = Date.now();
    columns.beginTable();
    await table.readRows(columns, slots, input.signal);
    input.logger.info(
      `${side}: read ${columns.rows - before} rows from ${table.source.label} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  if (columns.rows === 0) {
    throw new ConfigurationError(
      `The ${side} data has no rows (${sources.map((source) => source.label).join(', ')} ${sources.length === 1 ? 'holds' : 'hold'} a header at most); a drift gate on empty data would prove nothing.`,
      { input: side, location: { file: sources[0]!.label } },
    );
  }
  const finished = columns.finish();
  if (columns.droppedRows === columns.rows) {
    const worst = finished
      .map((column, slot) => ({ name: features[slot]!, share: column.missing / columns.rows }))
      .filter((entry) => entry.share > 0)
      .sort((a, b) => b.share - a.share)
      .slice(0, 5)
      .map((entry) => `'${entry.name}' ${(entry.share * 100).toFixed(1)} %`);
    throw new ConfigurationError(
      `Every ${side} row has a missing value in a compared feature, and preset ${config.preset.name} drops such rows, as Azure ML does (missing most: ${worst.join(', ')}); exclude those features (exclude-features), or use preset evidently, which drops missing values per feature.`,
      { input: side },
    );
  }
  return {
    columns: finished,
    summary: {
      files: sources.map((source) => source.label),
      rows: columns.rows,
      droppedRows: columns.droppedRows,
    },
  };
}

/** Distinct values of a reference column read as numbers, when countable. */
function distinctOf(column: NumericColumnData): number | undefined {
  if (column.values !== undefined) return column.values.distinct();
  return column.valueCounts?.size;
}

function decideType(
  column: ColumnData,
  schemaKind: ColumnKind | undefined,
  override: FeatureType | undefined,
): TypeDecision | { skip: string } {
  if (override !== undefined) {
    return {
      type: override,
      kind: schemaKind,
      source: 'feature-types',
      reason: `declared ${override} in feature-types`,
    };
  }
  if (column.count === 0) return { skip: 'every reference value is missing, so its type cannot be told' };
  if (column.kind === 'categorical') {
    const kind: ColumnKind = schemaKind ?? column.valueKind;
    return {
      type: 'categorical',
      kind,
      source: 'inferred',
      reason: describeDecision(kind, undefined, 'categorical'),
    };
  }
  const kind: ColumnKind = schemaKind ?? column.valueKind;
  const distinct = kind === 'integer' ? distinctOf(column) : undefined;
  const ratio = distinct === undefined ? undefined : distinct / column.count;
  const type = inferFeatureType(kind, ratio);
  return {
    type,
    kind,
    source: 'inferred',
    ...(ratio === undefined ? {} : { distinctRatio: ratio }),
    reason: describeDecision(kind, ratio, type),
  };
}

/** A numeric column's values as category counts (an integer feature that is categorical). */
function asCategories(column: ColumnData): { counts: Map<string, number>; count: number } | undefined {
  if (column.kind === 'categorical')
    return column.overflow ? undefined : { counts: new Map(column.counts), count: column.count };
  const counts = new Map<string, number>();
  if (column.values !== undefined) {
    column.values.forEachRun((value, times) => counts.set(numberLabel(value), times));
    return { counts, count: column.count };
  }
  if (column.valueCounts === undefined) return undefined;
  for (const [value, times] of column.valueCounts) counts.set(numberLabel(value), times);
  return { counts, count: column.count };
}

function numericDistribution(column: NumericColumnData): NumericDistribution | undefined {
  if (column.count === 0) return undefined;
  if (column.values !== undefined) {
    // Doubles for the statistics: made here, per feature, and dropped with the feature's data once measured.
    const sample = column.values.sortedSample();
    let valueCounts: Map<number, number> | undefined;
    return {
      count: column.count,
      sample,
      exact: true,
      cdfErrorBound: 0,
      min: sample[0]!,
      max: sample[sample.length - 1]!,
      std: (ddof) => standardDeviationOf(sample, ddof),
      get valueCounts() {
        if (valueCounts === undefined) {
          valueCounts = new Map();
          for (let i = 0; i < sample.length; i++)
            valueCounts.set(sample[i]!, (valueCounts.get(sample[i]!) ?? 0) + 1);
        }
        return valueCounts;
      },
      distinct: distinctCount(sample),
    };
  }
  const sketch = column.sketch!;
  const moments = column.moments!;
  const summary = sketch.summary();
  const sample = sketch.representativeSample(SKETCH_SAMPLE_SIZE) as NumericDistribution['sample'];
  return {
    count: column.count,
    sample,
    exact: false,
    cdfErrorBound: summary.cdfErrorBound + 1 / (sample.length - 1),
    sketch: summary,
    min: moments.min,
    max: moments.max,
    std: (ddof) => (moments.count - ddof > 0 ? Math.sqrt(moments.m2 / (moments.count - ddof)) : Number.NaN),
    valueCounts: column.valueCounts,
    distinct: column.valueCounts?.size,
  };
}

function distinctUnion(data: FeatureData): number {
  if (data.type === 'categorical') return new Set([...data.reference.keys(), ...data.current.keys()]).size;
  if (data.reference.exact && data.current.exact) {
    // Merge count of the two sorted samples, stopping early: only "more than 20" matters to the presets.
    const a = data.reference.sample;
    const b = data.current.sample;
    let i = 0;
    let j = 0;
    let distinct = 0;
    while ((i < a.length || j < b.length) && distinct <= 20) {
      const value = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
      while (i < a.length && a[i] === value) i++;
      while (j < b.length && b[j] === value) j++;
      distinct++;
    }
    return distinct;
  }
  // Beyond exact-limit: counted exactly while few, else certainly more than the presets look at.
  const left = data.reference.valueCounts;
  const right = data.current.valueCounts;
  if (left === undefined || right === undefined) return Number.POSITIVE_INFINITY;
  return new Set([...left.keys(), ...right.keys()]).size;
}

function share(count: number, rows: number): MissingCount {
  return { count, share: rows === 0 ? 0 : count / rows };
}

export async function runGate(config: GateConfig, input: GateInput): Promise<GateResult> {
  const { logger } = input;
  if (input.reference.length === 0)
    throw new ConfigurationError("Input 'reference' names no data.", { input: 'reference' });
  if (input.current.length === 0)
    throw new ConfigurationError("Input 'current' names no data.", { input: 'current' });
  const firstReference = await openTable(input.reference[0]!, 'reference', config, input.signal);
  const firstCurrent = await openTable(input.current[0]!, 'current', config, input.signal);
  const { features, schemaKinds } = selectFeatures(config, firstReference, firstCurrent, logger);
  const featureSet = new Set(features);
  const available = `compared features: ${features.join(', ')}`;
  checkFeatureKeys(
    featureSet,
    [
      { input: 'feature-types', key: '', names: config.featureTypes.keys() },
      { input: 'metrics', key: 'features', names: config.metrics.features.keys() },
      { input: 'thresholds', key: 'features', names: config.thresholds.features.keys() },
    ],
    available,
  );

  // Reference: types inferred unless declared; Parquet's non-numeric columns are categorical from the start.
  const referenceRules = features.map((feature): ColumnRule => {
    const declared = config.featureTypes.get(feature);
    if (declared) return declared;
    const kind = schemaKinds.get(feature);
    return kind === undefined || kind === 'float' || kind === 'integer' ? 'infer' : 'categorical';
  });
  const referenceReasons = features.map(() => 'declared numerical in feature-types');
  const reference = await readSide(
    'reference',
    input.reference,
    firstReference,
    features,
    referenceRules,
    referenceReasons,
    config,
    input,
  );

  const skipped: SkippedFeature[] = [];
  const decisions: (TypeDecision | undefined)[] = features.map((feature, slot) => {
    const decision = decideType(
      reference.columns[slot]!,
      schemaKinds.get(feature),
      config.featureTypes.get(feature),
    );
    if ('skip' in decision) {
      skipped.push({ name: feature, reason: decision.skip });
      return undefined;
    }
    return decision;
  });

  // Current: each feature's type is fixed; skipped features are not read.
  const currentRules = decisions.map((decision) => decision?.type) as ColumnRule[];
  const currentReasons = decisions.map((decision) =>
    decision?.source === 'feature-types'
      ? 'declared numerical in feature-types'
      : `inferred from the reference: ${decision?.reason}`,
  );
  const current = await readSide(
    'current',
    input.current,
    firstCurrent,
    features,
    currentRules.map((rule) => rule ?? 'categorical'),
    currentReasons,
    config,
    input,
  );

  const results: FeatureResult[] = [];
  features.forEach((name, slot) => {
    const decision = decisions[slot];
    if (decision === undefined) return;
    const referenceColumn = reference.columns[slot]!;
    const currentColumn = current.columns[slot]!;
    const missing = {
      reference: share(referenceColumn.missing, reference.summary.rows),
      current: share(currentColumn.missing, current.summary.rows),
    };
    let data: FeatureData;
    if (decision.type === 'numerical') {
      const left = referenceColumn.kind === 'numeric' ? numericDistribution(referenceColumn) : undefined;
      const right = currentColumn.kind === 'numeric' ? numericDistribution(currentColumn) : undefined;
      if (left === undefined || right === undefined) {
        skipped.push({
          name,
          reason: `every ${left === undefined ? 'reference' : 'current'} value is missing`,
        });
        return;
      }
      data = { type: 'numerical', reference: left, current: right };
    } else {
      const left = asCategories(referenceColumn);
      const right = asCategories(currentColumn as CategoricalColumnData);
      if (left === undefined || right === undefined) {
        skipped.push({
          name,
          reason: `more than 65,536 distinct values on the ${left === undefined ? 'reference' : 'current'} side: an identifier or free text, not a categorical feature; exclude it or declare it numerical`,
        });
        return;
      }
      if (left.count === 0 || right.count === 0) {
        skipped.push({
          name,
          reason: `every ${left.count === 0 ? 'reference' : 'current'} value is missing`,
        });
        return;
      }
      data = {
        type: 'categorical',
        reference: left.counts,
        current: right.counts,
        referenceCount: left.count,
        currentCount: right.count,
      };
    }
    const referenceSize = data.type === 'numerical' ? data.reference.count : data.referenceCount;
    const plan = planFeature(
      name,
      { type: decision.type, referenceSize, distinctUnion: distinctUnion(data) },
      config.preset,
      config.metrics,
      config.thresholds,
    );
    const metrics = plan.map((planned) => computeMetric(data, planned));
    const sketch =
      data.type === 'numerical' && (!data.reference.exact || !data.current.exact)
        ? {
            ...(data.reference.sketch ? { reference: data.reference.sketch } : {}),
            ...(data.current.sketch ? { current: data.current.sketch } : {}),
          }
        : undefined;
    if (sketch) {
      logger.info(
        `${name}: beyond exact-limit (${config.exactLimit}); CDF error bound ±${formatBound((data as { reference: NumericDistribution }).reference.cdfErrorBound + (data as { current: NumericDistribution }).current.cdfErrorBound)}`,
      );
    }
    results.push({
      name,
      type: decision.type,
      decision,
      missing,
      values: {
        reference: data.type === 'numerical' ? data.reference.count : data.referenceCount,
        current: data.type === 'numerical' ? data.current.count : data.currentCount,
      },
      metrics,
      drifted: metrics.some((metric) => metric.drifted),
      ...(sketch ? { sketch } : {}),
      picture: histogramPicture(data),
    });
  });

  for (const { name, reason } of skipped) logger.warning(`Feature '${name}' is not compared: ${reason}.`);
  if (results.length === 0) {
    throw new ConfigurationError(
      `No feature could be compared: ${skipped.map(({ name, reason }) => `'${name}' (${reason})`).join('; ')}.`,
      { input: 'features' },
    );
  }
  const driftedFeatures = results.filter((feature) => feature.drifted).map((feature) => feature.name);
  const driftShare = driftedFeatures.length / results.length;
  return {
    preset: config.preset.name,
    sides: { reference: reference.summary, current: current.summary },
    features: results,
    skipped,
    drifted: driftShare >= config.driftShare,
    driftShare,
    driftShareThreshold: config.driftShare,
    driftedFeatures,
    exactLimit: config.exactLimit,
  };
}
