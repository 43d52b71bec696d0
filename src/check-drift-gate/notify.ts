/**
 * What the gate tells others once it has measured: its metrics, to Application Insights, whatever the verdict; and
 * on dataset drift with `on-drift: dispatch`, a repository_dispatch event that starts retraining. A dry run sends
 * neither. Each returns the lines the job summary shows. Metrics that Application Insights refuses are reported,
 * never thrown: whether they fail the step is the verdict's call (fail-on-metrics-error).
 */
import { describeError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import {
  buildEnvelopes,
  type ConnectionString,
  type MetricDimensions,
  type SendOutcome,
  sendEnvelopes,
} from './app-insights.js';
import { type DispatchContext, type DispatchTarget, dispatchPayload, sendDispatch } from './dispatch.js';
import type { GateResult } from './gate.js';

export interface MetricsDelivery {
  readonly connection: ConnectionString | undefined;
  readonly dryRun: boolean;
  readonly dimensions: MetricDimensions;
  /** Sent as the User-Agent (`<action>/<version>`). */
  readonly userAgent: string;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly signal?: AbortSignal;
}

export interface MetricsOutcome {
  /** For the summary. */
  readonly lines: readonly string[];
  /** Metric values Application Insights accepted (the `metrics-sent` output). */
  readonly accepted: number;
  /** Why some were not accepted, when some were not. */
  readonly failure: string | undefined;
}

export async function sendMetrics(result: GateResult, delivery: MetricsDelivery): Promise<MetricsOutcome> {
  const { connection, logger } = delivery;
  if (connection === undefined)
    return {
      lines: ['No metrics sent: app-insights-connection-string is not set.'],
      accepted: 0,
      failure: undefined,
    };
  if (delivery.dryRun) return { lines: ['No metrics sent: dry run.'], accepted: 0, failure: undefined };
  const envelopes = buildEnvelopes(
    result,
    delivery.dimensions,
    connection.instrumentationKey,
    new Date(delivery.clock()),
  );
  const outcome = await logger.group(
    'Sending metrics to Application Insights',
    (): Promise<SendOutcome> =>
      sendEnvelopes(envelopes, {
        endpoint: connection.ingestionEndpoint,
        logger,
        userAgent: delivery.userAgent,
        clock: delivery.clock,
        ...(delivery.signal ? { signal: delivery.signal } : {}),
      }).catch((error: unknown) => ({
        sent: envelopes.length,
        accepted: 0,
        failed: envelopes.length,
        requests: 0,
        retries: 0,
        errors: [describeError(error).message],
      })),
  );
  const lines = [
    `Application Insights accepted ${outcome.accepted} of ${outcome.sent} metric values (${outcome.requests} requests, ${outcome.retries} retries).`,
  ];
  let failure: string | undefined;
  if (outcome.failed > 0) {
    failure = `Application Insights did not accept ${outcome.failed} of ${outcome.sent} metric values: ${outcome.errors.slice(0, 3).join('; ')}`;
    lines.push(failure);
    logger.warning(failure);
  }
  return { lines, accepted: outcome.accepted, failure };
}

export interface RetrainingDispatch {
  /** Undefined unless on-drift is dispatch. */
  readonly target: DispatchTarget | undefined;
  readonly dryRun: boolean;
  /** What the payload tells the retraining workflow beside the result. */
  readonly context: DispatchContext;
  readonly logger: Logger;
}

/** Sends the event on dataset drift when on-drift is dispatch; returns the summary's lines about it. */
export async function dispatchRetraining(
  result: GateResult,
  dispatch: RetrainingDispatch,
): Promise<string[]> {
  const { target, logger } = dispatch;
  if (!result.drifted || target === undefined) return [];
  if (dispatch.dryRun)
    return [`Dry run: the ${target.eventType} event to ${target.repository} was not sent.`];
  await logger.group('Dispatching retraining', () =>
    sendDispatch({
      repository: target.repository,
      eventType: target.eventType,
      token: target.token,
      payload: dispatchPayload(result, dispatch.context),
      logger,
    }),
  );
  logger.info(`Sent the repository_dispatch event '${target.eventType}' to ${target.repository}`);
  return [`Sent the repository_dispatch event '${target.eventType}' to ${target.repository}.`];
}
