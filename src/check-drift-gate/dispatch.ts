/**
 * On dataset drift with `on-drift: dispatch`: a `repository_dispatch` event that starts the retraining workflow
 * (`on: repository_dispatch: types: [<dispatch-event-type>]`). Sent through `@actions/github`, which is imported only
 * here and only when an event is sent: it is the heaviest module on this action's common path. Its Octokit talks to
 * `GITHUB_API_URL` (GitHub Enterprise Server, or a local stand-in in tests) and defaults to https://api.github.com.
 *
 * The event needs a token that may write the target repository's contents (`permissions: contents: write` for the
 * job's GITHUB_TOKEN). GitHub caps `client_payload` at 10 top-level properties, so the payload has at most 10.
 */
import { ConfigurationError, describeError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import type { GateResult } from './gate.js';

export interface DispatchContext {
  readonly model: string;
  readonly modelVersion: string;
  readonly environment: string;
  readonly runUrl: string;
  readonly reportDigest: string;
}

/** What the retraining workflow receives as `github.event.client_payload` (10 properties at most). */
export function dispatchPayload(result: GateResult, context: DispatchContext): Record<string, unknown> {
  const drifted = result.features.filter((feature) => feature.drifted);
  const metrics: Record<string, { metric: string; value: number | string; threshold: number }[]> = {};
  for (const feature of drifted.slice(0, 50)) {
    metrics[feature.name] = feature.metrics
      .filter((metric) => metric.drifted)
      .map((metric) => ({
        metric: metric.metric,
        value: Number.isFinite(metric.value) ? metric.value : String(metric.value),
        threshold: metric.threshold,
      }));
  }
  return {
    model: context.model,
    model_version: context.modelVersion,
    environment: context.environment,
    drifted_features: result.driftedFeatures,
    drift_share: result.driftShare,
    summary: `${result.driftedFeatures.length} of ${result.features.length} features drifted (share ${result.driftShare.toFixed(3)} ≥ ${result.driftShareThreshold}), preset ${result.preset}`,
    metrics,
    preset: result.preset,
    run_url: context.runUrl,
    report_digest: context.reportDigest,
  };
}

export interface DispatchRequest {
  /** owner/name */
  readonly repository: string;
  readonly eventType: string;
  readonly token: string;
  readonly payload: Record<string, unknown>;
  readonly logger: Logger;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Where the event goes and with which token: checked with the inputs, before any data is read. */
export type DispatchTarget = Pick<DispatchRequest, 'repository' | 'eventType' | 'token'>;

export async function sendDispatch(request: DispatchRequest): Promise<void> {
  const [owner, repo] = request.repository.split('/') as [string, string];
  const sleep = request.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(request.token);
  for (let attempt = 1; ; attempt++) {
    try {
      await octokit.rest.repos.createDispatchEvent({
        owner,
        repo,
        event_type: request.eventType,
        client_payload: request.payload,
      });
      return;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 403 || status === 404 || status === 401) {
        throw new ConfigurationError(
          `Cannot send the repository_dispatch event to ${request.repository} (${status}): the token needs to write that repository's contents; give the job \`permissions: contents: write\`, or for another repository pass a github-token that may write there.`,
          { input: 'github-token', cause: error },
        );
      }
      if (status === 422) {
        throw new Error(
          `GitHub refused the repository_dispatch event (422): ${describeError(error).message}`,
          {
            cause: error,
          },
        );
      }
      if (attempt >= 3) {
        throw new Error(
          `Could not send the repository_dispatch event to ${request.repository}: ${describeError(error).message}`,
          {
            cause: error,
          },
        );
      }
      request.logger.info(
        `repository_dispatch failed (${status ?? 'network'}); trying again in ${attempt * 2} s`,
      );
      await sleep(attempt * 2000);
    }
  }
}
