/**
 * The JSON drift report (the `report` output names its file): everything the gate decided and why, per feature and
 * metric, in a form a later job can read. Numbers JSON cannot hold (an infinite PSI, an undefined test) are written as
 * the strings "Infinity", "-Infinity" and "NaN". Its digest goes into the `drift` receipt.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '#shared/canonical-json.js';
import { writeOutputFile } from '#shared/output-files.js';
import type { RunInfo } from '#shared/receipts/schemas.js';
import type { GateResult } from './gate.js';

export const REPORT_VERSION = 1;

export interface ReportContext {
  readonly action: { readonly name: string; readonly version: string };
  readonly environment: string;
  readonly model: { readonly name: string; readonly version: string } | undefined;
  readonly run: RunInfo;
  readonly time: string;
  readonly onDrift: string;
  readonly dryRun: boolean;
}

/** Replaces non-finite numbers by their names, at any depth. */
export function jsonSafe(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, jsonSafe(v)]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, inner]) => inner !== undefined)
        .map(([key, inner]) => [key, jsonSafe(inner)]),
    );
  }
  return value;
}

export function buildReport(result: GateResult, context: ReportContext): Record<string, unknown> {
  return jsonSafe({
    version: REPORT_VERSION,
    action: context.action,
    environment: context.environment,
    model: context.model,
    run: context.run,
    time: context.time,
    preset: result.preset,
    memoryBudget: result.memoryBudget,
    minSampleSize: result.minSampleSize,
    exact: result.exact,
    verdict: {
      drifted: result.drifted,
      driftShare: result.driftShare,
      driftShareThreshold: result.driftShareThreshold,
      driftedFeatures: result.driftedFeatures,
      compared: result.features.length,
      insufficientData: result.insufficientData,
      // A metric from a sketch whose bound straddles its threshold: its verdict is the estimate's.
      undecided: result.features.flatMap((feature) =>
        feature.metrics
          .filter((metric) => !metric.decided)
          .map((metric) => `${feature.name}.${metric.metric}`),
      ),
      schemaChanges: result.schemaChanges.length,
      onDrift: context.onDrift,
      dryRun: context.dryRun,
    },
    data: result.sides,
    features: result.features.map((feature) => ({
      name: feature.name,
      type: feature.type,
      typeDecision: feature.decision,
      drifted: feature.drifted,
      finding: feature.finding,
      exact: feature.exact,
      values: feature.values,
      missing: feature.missing,
      metrics: feature.metrics.map((metric) => ({
        metric: metric.metric,
        value: metric.value,
        exact: metric.exact,
        bound: metric.bound,
        decided: metric.decided,
        threshold: metric.threshold,
        comparison: metric.comparison,
        drifted: metric.drifted,
        thresholdSource: metric.thresholdSource,
        chosenBy: metric.reason,
        options: metric.spec,
        details: metric.details,
        notes: metric.notes,
      })),
      sketch: feature.sketch,
      histogram: feature.picture,
    })),
    insufficient: result.insufficient,
    schemaChanges: result.schemaChanges,
    skipped: result.skipped,
  }) as Record<string, unknown>;
}

export function reportDigest(report: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(report)).digest('hex');
}

/** Writes the report under `$RUNNER_TEMP/check-drift-gate/`, redacted like every output; returns its path. */
export async function writeReport(
  report: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
  environment: string,
  redact: (text: string) => string,
): Promise<string> {
  const stamp = String(report.time ?? '').replace(/[^0-9TZ]/g, '');
  const name = `drift-report-${environment}-${stamp}`;
  return writeOutputFile({ env, action: 'check-drift-gate', name, document: report, redact });
}
