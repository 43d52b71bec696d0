/**
 * The gate's verdict in words, and how the step ends on it: with `on-drift: fail` dataset drift fails the step as a
 * DriftDetectedError, the gate's answer, not a crash, so the step fails with its message alone
 * (src/shared/action.ts); otherwise drift is a warning. A schema change (a column on one side only) fails the step as
 * a SchemaChangeError with `on-schema-change: fail`, else warns; no feature with enough data warns. Metrics
 * Application Insights refused fail the step only with `fail-on-metrics-error`.
 */
import { VerdictError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { describeSchemaChange, type GateResult } from './gate.js';

type Verdict = Pick<GateResult, 'features' | 'driftedFeatures' | 'driftShare' | 'driftShareThreshold'>;

/** `2 of 5 features drifted (age, income), share 0.400 ≥ 0.3`. */
export function describeVerdict(result: Verdict): string {
  return `${result.driftedFeatures.length} of ${result.features.length} features drifted (${result.driftedFeatures.join(', ')}), share ${result.driftShare.toFixed(3)} ≥ ${result.driftShareThreshold}`;
}

export class DriftDetectedError extends VerdictError {
  override readonly name = 'DriftDetectedError';
  readonly driftedFeatures: readonly string[];
  readonly driftShare: number;

  constructor(
    readonly environment: string,
    result: Verdict,
    /** The drift report the message points to. */
    readonly reportPath: string,
  ) {
    super(
      `Dataset drift in ${environment}: ${describeVerdict(result)}; see the job summary and ${reportPath}.`,
    );
    this.driftedFeatures = [...result.driftedFeatures];
    this.driftShare = result.driftShare;
  }
}

export class SchemaChangeError extends VerdictError {
  override readonly name = 'SchemaChangeError';

  constructor(
    readonly environment: string,
    readonly changes: GateResult['schemaChanges'],
    readonly reportPath: string,
  ) {
    super(
      `Schema change in ${environment}: ${changes.map(describeSchemaChange).join('; ')}. Fix the data, exclude the columns (exclude-features), or set on-schema-change: warn; see ${reportPath}.`,
    );
  }
}

export interface Conclusion {
  readonly environment: string;
  readonly onDrift: 'fail' | 'warn' | 'dispatch';
  readonly onSchemaChange: 'fail' | 'warn';
  readonly reportPath: string;
  readonly metricsFailure: string | undefined;
  readonly failOnMetricsError: boolean;
}

/** Ends the step on the verdict; called once the outputs are set, so a failing gate still hands them on. */
export function concludeGate(result: GateResult, conclusion: Conclusion, logger: Logger): void {
  if (result.schemaChanges.length > 0 && conclusion.onSchemaChange === 'fail') {
    throw new SchemaChangeError(conclusion.environment, result.schemaChanges, conclusion.reportPath);
  }
  if (result.insufficientData) {
    logger.warning(
      `No feature has enough data to measure drift in ${conclusion.environment} (min-sample-size ${result.minSampleSize}): insufficient data, not drift.`,
      { title: 'Insufficient data' },
    );
  }
  if (result.drifted && conclusion.onDrift === 'fail') {
    throw new DriftDetectedError(conclusion.environment, result, conclusion.reportPath);
  }
  if (result.drifted)
    logger.warning(`Dataset drift in ${conclusion.environment}: ${describeVerdict(result)}.`, {
      title: 'Model drift',
    });
  if (conclusion.metricsFailure && conclusion.failOnMetricsError) {
    throw new Error(`${conclusion.metricsFailure} (fail-on-metrics-error is true)`);
  }
}
