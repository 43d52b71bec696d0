/**
 * The gate's last phase, from its result: the JSON report, the metrics and the retraining dispatch (notify.ts), the
 * job summary, and the drift receipt. It returns what the step's outputs need; the verdict (verdict.ts) comes once
 * they are set, so a failing gate still hands on its report and receipt.
 */
import type { Logger } from '#shared/logger.js';
import { buildDriftReceipt } from '#shared/receipts/builders.js';
import { encodeReceipt } from '#shared/receipts/encoding.js';
import { runInfoFromEnvironment } from '#shared/receipts/run-info.js';
import type { SecretMasker } from '#shared/secrets.js';
import type { SummaryBuilder } from '#shared/summary.js';
import type { GateResult } from './gate.js';
import { dispatchRetraining, sendMetrics } from './notify.js';
import { writePictures } from './picture-files.js';
import type { GateInputs, PreparedGate } from './prepare.js';
import { buildReport, reportDigest, writeReport } from './report.js';
import { writeDriftSummary } from './summary.js';

export interface OutcomeContext {
  readonly inputs: Pick<GateInputs, 'environment' | 'onDrift' | 'dryRun' | 'onSchemaChange'>;
  readonly action: { readonly name: string; readonly version: string };
  readonly env: NodeJS.ProcessEnv;
  readonly logger: Logger;
  readonly masker: SecretMasker;
  readonly summary: SummaryBuilder;
  readonly clock: () => number;
  readonly signal: AbortSignal;
}

export interface GateOutcome {
  /** The report file (the `report` output). */
  readonly reportPath: string;
  /** The directory of the SVG pictures (the `pictures` output). */
  readonly picturesPath: string;
  /** Metric values Application Insights accepted (the `metrics-sent` output). */
  readonly metricsSent: number;
  /** Why some metric values were not accepted, when some were not. */
  readonly metricsFailure: string | undefined;
  /** The encoded drift receipt (the `receipt` output). */
  readonly receipt: string;
}

export async function publishOutcomes(
  result: GateResult,
  prepared: PreparedGate,
  context: OutcomeContext,
): Promise<GateOutcome> {
  const { inputs, logger, clock } = context;
  const { modelName, modelVersion } = prepared;
  const run = runInfoFromEnvironment(context.env);
  const now = clock();
  const model = modelName === undefined ? undefined : { name: modelName, version: modelVersion ?? '' };
  const report = buildReport(result, {
    action: context.action,
    environment: inputs.environment,
    model,
    run,
    time: new Date(now).toISOString(),
    onDrift: inputs.onDrift,
    dryRun: inputs.dryRun,
  });
  const digest = reportDigest(report);
  const reportPath = await writeReport(report, context.env, inputs.environment, (text) =>
    context.masker.redact(text),
  );
  const stamp = new Date(now).toISOString().replace(/[^0-9TZ]/g, '');
  const pictures = await writePictures(
    result.features,
    context.env,
    `drift-pictures-${inputs.environment}-${stamp}`,
  );

  const metrics = await sendMetrics(result, {
    connection: prepared.appInsights,
    dryRun: inputs.dryRun,
    dimensions: {
      model: modelName ?? '',
      version: modelVersion ?? '',
      environment: inputs.environment,
      runUrl: run.url ?? '',
      preset: result.preset,
      runId: run.runId,
    },
    userAgent: `${context.action.name}/${context.action.version}`,
    logger,
    clock,
    signal: context.signal,
  });
  const dispatched = await dispatchRetraining(result, {
    target: prepared.dispatch,
    dryRun: inputs.dryRun,
    context: {
      model: modelName ?? '',
      modelVersion: modelVersion ?? '',
      environment: inputs.environment,
      runUrl: run.url ?? '',
      reportDigest: digest,
    },
    logger,
  });

  writeDriftSummary(context.summary, result, {
    environment: inputs.environment,
    model: model ? `${model.name}${model.version ? `:${model.version}` : ''}` : undefined,
    onDrift: inputs.onDrift,
    onSchemaChange: inputs.onSchemaChange,
    dryRun: inputs.dryRun,
    reportPath,
    picturesPath: pictures.directory,
    outcomes: [...metrics.lines, ...dispatched],
  });

  const receipt = buildDriftReceipt({
    environment: inputs.environment,
    ...(prepared.amlReceipt ? { amlReceipt: prepared.amlReceipt } : {}),
    run,
    time: now,
    drifted: result.drifted,
    driftShare: result.driftShare,
    driftedFeatures: result.driftedFeatures,
    ...(model ? { model } : {}),
    reportDigest: digest,
  });
  return {
    reportPath,
    picturesPath: pictures.directory,
    metricsSent: metrics.accepted,
    metricsFailure: metrics.failure,
    receipt: encodeReceipt(receipt),
  };
}
