/**
 * One pipeline run, watched to its end through the one poller (polling.ts): `GET {F}/pipelineruns/{id}`, a bounded
 * interval that grows from 1 s to 15 s, the service's Retry-After honoured, the step's deadline. Over at Succeeded,
 * Failed or Cancelled (Canceling is on its way there).
 *
 * At the deadline, or when the runner cancels the step (SIGINT, SIGTERM), the run is cancelled recursively
 * (`POST {F}/pipelineruns/{id}/cancel?isRecursive=true`: the pipelines it started through ExecutePipeline too, as
 * Data Factory documents for isRecursive) and the step says so.
 */
import type { DataFactoryManagementClient, PipelineRun } from '@azure/arm-datafactory';
import { formatDuration, pollUntil, retryAfterFromHeaders } from '#shared/azure/polling.js';
import { describeError, formatErrorDetails, TimeoutError, withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { type Cleanup, cutByDeadline, IMMEDIATE } from '../deadline-cleanup.js';
import { StepCancelledError } from '../scoring-run.js';

const OVER = new Set(['Succeeded', 'Failed', 'Cancelled']);

export interface FactoryScope {
  readonly client: DataFactoryManagementClient;
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly factory: string;
}

export interface WatchRunOptions {
  readonly deadline: number;
  /** Runs the cancellation at the deadline (RunDeadline.afterDeadline); as is when absent. */
  readonly cleanup?: Cleanup;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly signal?: AbortSignal;
  readonly initialDelayMs?: number;
}

/** Where a person sees the run: Data Factory studio's monitoring page. */
export function pipelineRunUrl(scope: FactoryScope, runId: string): string {
  const factory = `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.DataFactory/factories/${scope.factory}`;
  return `https://adf.azure.com/en/monitoring/pipelineruns/${encodeURIComponent(runId)}?factory=${encodeURIComponent(factory)}`;
}

/** Requests the recursive cancellation; answers what to tell about it. Never throws: the step is failing already. */
export async function cancelRun(scope: FactoryScope, runId: string, logger: Logger): Promise<string> {
  try {
    await scope.client.pipelineRuns.cancel(scope.resourceGroup, scope.factory, runId, { isRecursive: true });
    logger.warning(`Cancelled pipeline run '${runId}' and the runs it started (isRecursive).`);
    return `pipeline run '${runId}' and the runs it started were cancelled`;
  } catch (error) {
    const reason = formatErrorDetails(describeError(error));
    logger.warning(`Could not cancel pipeline run '${runId}': ${reason}`);
    return `cancelling pipeline run '${runId}' failed (${reason}); cancel it in Data Factory studio`;
  }
}

/** Waits until the run is over; cancels it at the deadline (TimeoutError) or on the runner's signal. */
export async function watchRun(
  scope: FactoryScope,
  runId: string,
  options: WatchRunOptions,
): Promise<PipelineRun> {
  const { clock, logger } = options;
  const cleanup = options.cleanup ?? IMMEDIATE;
  const started = clock();
  // Set once the poller's own deadline passed and it asked for the cancellation.
  let timedOut = false;
  let lastStatus = 'not read yet';
  const describe = `pipeline run '${runId}'`;
  try {
    return await pollUntil<PipelineRun>({
      describe,
      logger,
      deadline: options.deadline,
      clock,
      initialDelayMs: options.initialDelayMs ?? 1_000,
      factor: 1.5,
      maxDelayMs: 15_000,
      jitter: 'equal',
      logIntervalMs: 60_000,
      ...(options.signal ? { signal: options.signal } : {}),
      onDeadline: async () => {
        timedOut = true;
        await cleanup(() => cancelRun(scope, runId, logger));
      },
      check: async () => {
        let retryAfterMs: number | undefined;
        let run: PipelineRun;
        try {
          run = await scope.client.pipelineRuns.get(scope.resourceGroup, scope.factory, runId, {
            onResponse: (response) => {
              retryAfterMs = retryAfterFromHeaders((header) => response.headers.get(header), clock());
            },
          });
        } catch (error) {
          throw withContext(`Could not read ${describe}`, error);
        }
        const status = run.status ?? 'Unknown';
        lastStatus = status;
        return {
          done: OVER.has(status),
          status,
          value: run,
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        };
      },
    });
  } catch (error) {
    if (options.signal?.aborted && error === options.signal.reason) {
      const said = await cancelRun(scope, runId, logger);
      const signal = error instanceof StepCancelledError ? error.signal : 'abort';
      throw new StepCancelledError(
        signal,
        `The runner cancelled the step (${signal}) while it waited for ${describe}; ${said}.`,
      );
    }
    // A look sent just before the deadline and cut off by it: the same timeout, and the same cancellation.
    if (!timedOut && cutByDeadline(error)) {
      const said = await cleanup(() => cancelRun(scope, runId, logger));
      throw new TimeoutError(
        `Timed out after ${formatDuration(clock() - started)} waiting for ${describe}; last status: ${lastStatus}; ${said}`,
        { cause: error },
      );
    }
    throw error;
  }
}
