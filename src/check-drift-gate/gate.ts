/**
 * The drift gate's computation: opens both sides, chooses the features and notes columns present on one side only
 * (feature-selection.ts), reads the reference once, inferring types as Azure ML does, then the current data once, with
 * the types fixed (side-reading.ts), compares each feature under the preset and the user's overrides
 * (feature-comparison.ts), and decides dataset drift by the share of drifted features among those measured.
 *
 * Memory: `memory-budget` is shared between the sides in proportion to their files' sizes when those are known
 * (at least a fifth each), else half each; the current side also gets what the reference left unused.
 *
 * No I/O beyond the data sources it is given, no `@actions/core`: it logs through the Logger it is passed.
 */
import { formatDuration } from '#shared/azure/polling.js';
import { ConfigurationError, TimeoutError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { releaseScratch, SampleScratch } from './exact-values.js';
import type { ColumnData, ColumnRule, NumericColumnData } from './feature-columns.js';
import { compareFeature, type FeatureResult, type InsufficientFeature } from './feature-comparison.js';
import { type SchemaChange, selectFeatures } from './feature-selection.js';
import {
  type ColumnKind,
  describeDecision,
  type FeatureType,
  inferFeatureType,
  type TypeDecision,
} from './feature-types.js';
import { checkFeatureKeys, type MetricsConfig, type ThresholdsConfig } from './metric-plan.js';
import type { Preset } from './presets.js';
import type { DataSource } from './readers/table.js';
import type { TextEncoding } from './readers/text-encoding.js';
import { openTable, readSide, type SideSummary } from './side-reading.js';

export interface GateConfig {
  readonly preset: Preset;
  readonly metrics: MetricsConfig;
  readonly thresholds: ThresholdsConfig;
  /** The features to compare; undefined: every column common to both sides. */
  readonly features: readonly string[] | undefined;
  readonly excludeFeatures: readonly string[];
  readonly featureTypes: ReadonlyMap<string, FeatureType>;
  readonly driftShare: number;
  /** Bytes both sides' numerical values may take together. */
  readonly memoryBudget: number;
  /** Fewest values a feature needs on each side to be measured. */
  readonly minSampleSize: number;
  readonly csvDelimiter: string;
  readonly encoding: TextEncoding;
}

export interface GateInput {
  readonly reference: readonly DataSource[];
  readonly current: readonly DataSource[];
  readonly logger: Logger;
  readonly signal?: AbortSignal;
}

export interface SkippedFeature {
  readonly name: string;
  readonly reason: string;
}

export interface GateResult {
  readonly preset: Preset['name'];
  readonly sides: { readonly reference: SideSummary; readonly current: SideSummary };
  /** The features measured: each counts in the drifted share (a data-quality finding counts as drifted). */
  readonly features: readonly FeatureResult[];
  readonly skipped: readonly SkippedFeature[];
  /** Features with fewer than `minSampleSize` values on a side: neither drifted nor counted. */
  readonly insufficient: readonly InsufficientFeature[];
  /** Columns present on one side only (renamed, lost or added). */
  readonly schemaChanges: readonly SchemaChange[];
  /** No feature had enough data: the share is 0 and says nothing. */
  readonly insufficientData: boolean;
  readonly drifted: boolean;
  readonly driftShare: number;
  readonly driftShareThreshold: number;
  readonly driftedFeatures: readonly string[];
  readonly memoryBudget: number;
  readonly minSampleSize: number;
  /** Whether every figure reported is exact (no feature went beyond the memory budget). */
  readonly exact: boolean;
}

/** The reference's share of the memory budget: by the sides' sizes in bytes when every file's is known. */
export function referenceMemoryShare(
  reference: readonly DataSource[],
  current: readonly DataSource[],
): number {
  const size = (sources: readonly DataSource[]) =>
    sources.every((source) => source.byteLength !== undefined)
      ? sources.reduce((sum, source) => sum + source.byteLength!, 0)
      : undefined;
  const left = size(reference);
  const right = size(current);
  if (left === undefined || right === undefined || left + right === 0) return 0.5;
  return Math.min(0.8, Math.max(0.2, left / (left + right)));
}

/** Distinct values of a reference column read as numbers, when countable. */
function distinctOf(column: NumericColumnData): number | undefined {
  if (column.values !== undefined) return column.values.distinct();
  return column.distinctCount;
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

export async function runGate(config: GateConfig, input: GateInput): Promise<GateResult> {
  const { logger, signal } = input;
  if (input.reference.length === 0)
    throw new ConfigurationError("Input 'reference' names no data.", { input: 'reference' });
  if (input.current.length === 0)
    throw new ConfigurationError("Input 'current' names no data.", { input: 'current' });
  const tables = { csvDelimiter: config.csvDelimiter, encoding: config.encoding, signal };
  const firstReference = await openTable(input.reference[0]!, 'reference', tables);
  const firstCurrent = await openTable(input.current[0]!, 'current', tables);
  const { features, schemaKinds, schemaChanges } = selectFeatures(
    config,
    firstReference,
    firstCurrent,
    logger,
  );
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
  const reading = { ...tables, features, preset: config.preset, logger };
  const referenceLimit = Math.floor(
    config.memoryBudget * referenceMemoryShare(input.reference, input.current),
  );

  // Reference: types inferred unless declared; Parquet's non-numeric columns are categorical from the start.
  const reference = await readSide({
    ...reading,
    side: 'reference',
    sources: input.reference,
    first: firstReference,
    memoryLimit: referenceLimit,
    rules: features.map((feature): ColumnRule => {
      const declared = config.featureTypes.get(feature);
      if (declared) return declared;
      const kind = schemaKinds.get(feature);
      return kind === undefined || kind === 'float' || kind === 'integer' ? 'infer' : 'categorical';
    }),
    reasons: features.map(() => 'declared numerical in feature-types'),
  });

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

  // The reference's numerical features wait, sorted, while the current data is read: packed, their doubles take
  // about 5 bytes a value instead of 8 (exact-values.ts), and the current side has the memory they give back.
  decisions.forEach((decision, slot) => {
    const column = reference.columns[slot];
    if (decision?.type === 'numerical' && column?.kind === 'numeric') column.values?.pack();
  });

  // Current: each feature's type is fixed; skipped features are not read.
  const current = await readSide({
    ...reading,
    side: 'current',
    sources: input.current,
    first: firstCurrent,
    // What the reference holds stays held: the current side has the rest of the budget.
    memoryLimit: Math.max(config.memoryBudget - reference.memory.used, config.memoryBudget / 5),
    rules: decisions.map((decision) => decision?.type ?? 'categorical'),
    reasons: decisions.map((decision) =>
      decision?.source === 'feature-types'
        ? 'declared numerical in feature-types'
        : `inferred from the reference: ${decision?.reason}`,
    ),
  });

  const results: FeatureResult[] = [];
  const insufficient: InsufficientFeature[] = [];
  // One feature at a time, its values released once measured: memory falls as the features are done.
  const scratch = { reference: SampleScratch.forSide(), current: SampleScratch.forSide() };
  features.forEach((name, slot) => {
    const decision = decisions[slot];
    if (decision === undefined) return;
    const compared = compareFeature(
      {
        name,
        decision,
        reference: { column: reference.columns[slot]!, rows: reference.summary.rows },
        current: { column: current.columns[slot]!, rows: current.summary.rows },
        scratch,
      },
      config,
      logger,
    );
    releaseColumn(reference.columns[slot]!);
    releaseColumn(current.columns[slot]!);
    if ('skip' in compared) skipped.push({ name, reason: compared.skip });
    else if ('insufficient' in compared) insufficient.push(compared.insufficient);
    else results.push(compared);
  });

  releaseScratch(scratch.reference);
  releaseScratch(scratch.current);
  for (const { name, reason } of skipped) logger.warning(`Feature '${name}' is not compared: ${reason}.`);
  for (const { name, values, minimum } of insufficient) {
    logger.warning(
      `Feature '${name}' has too few values to measure (reference ${values.reference}, current ${values.current}; min-sample-size ${minimum}): insufficient data, not drift.`,
    );
  }
  for (const feature of results) {
    if (feature.finding) logger.warning(`Feature '${feature.name}': ${feature.finding}.`);
  }
  for (const change of schemaChanges) logger.warning(`Schema change: ${describeSchemaChange(change)}.`);
  if (results.length === 0 && insufficient.length === 0) {
    throw new ConfigurationError(
      `No feature could be compared: ${skipped.map(({ name, reason }) => `'${name}' (${reason})`).join('; ')}.`,
      { input: 'features' },
    );
  }
  const driftedFeatures = results.filter((feature) => feature.drifted).map((feature) => feature.name);
  const driftShare = results.length === 0 ? 0 : driftedFeatures.length / results.length;
  return {
    preset: config.preset.name,
    sides: { reference: reference.summary, current: current.summary },
    features: results,
    skipped: [
      ...skipped,
      ...schemaChanges.map((change) => ({
        name: change.column,
        reason: `a schema change: in the ${change.side} data only`,
      })),
    ],
    insufficient,
    schemaChanges,
    insufficientData: results.length === 0,
    drifted: results.length > 0 && driftShare >= config.driftShare,
    driftShare,
    driftShareThreshold: config.driftShare,
    driftedFeatures,
    memoryBudget: config.memoryBudget,
    minSampleSize: config.minSampleSize,
    exact: results.every((feature) => feature.exact),
  };
}

function releaseColumn(column: ColumnData): void {
  if (column.kind !== 'numeric') return;
  column.values?.release();
  column.sketch?.release();
}

/** `'income' is in the reference data only (renamed or lost in the current data?)`. */
export function describeSchemaChange(change: SchemaChange): string {
  return change.side === 'reference'
    ? `column '${change.column}' is in the reference data only (renamed or lost in the current data?)`
    : `column '${change.column}' is in the current data only (new or renamed?)`;
}

export interface Measurement {
  readonly logger: Logger;
  /** Aborts on the step's timeout. */
  readonly signal: AbortSignal;
  /** The `timeout` input, in ms, to name it when the signal aborts. */
  readonly timeout: number;
  readonly clock: () => number;
}

/** The configuration and both sides' sources, as prepare.ts hands them over. */
export interface GateSetup extends Pick<GateInput, 'reference' | 'current'> {
  readonly config: GateConfig;
}

/** runGate as the step runs it: in its own log group, its verdict and time logged, a timeout told as such. */
export async function measureDrift(setup: GateSetup, measurement: Measurement): Promise<GateResult> {
  const { logger, signal, clock } = measurement;
  const started = clock();
  let result: GateResult;
  try {
    result = await logger.group('Computing drift', () =>
      runGate(setup.config, { reference: setup.reference, current: setup.current, logger, signal }),
    );
  } catch (error) {
    if (signal.aborted) {
      throw new TimeoutError(
        `The drift gate did not finish within the timeout (${formatDuration(measurement.timeout)}); raise 'timeout' or read less data.`,
      );
    }
    throw error;
  }
  logger.info(
    `${result.driftedFeatures.length} of ${result.features.length} features drifted (share ${result.driftShare.toFixed(3)}): ${result.drifted ? 'dataset drift' : 'no dataset drift'} (${formatDuration(clock() - started)})`,
  );
  return result;
}
