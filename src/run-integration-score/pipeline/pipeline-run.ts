/**
 * One pipeline run, watched to its end through the one poller (polling.ts): `GET {F}/pipelineruns/{id}` (in a
 * Synapse workspace, `GET {endpoint}/pipelineruns/{id}`), a bounded interval that grows from 1 s to 15 s, the
 * service's Retry-After honoured, the step's deadline. Over at Succeeded, Failed or Cancelled (Canceling is on its
 * way there).
 *
 * At the deadline, or when the runner cancels the step (SIGINT, SIGTERM), the run is cancelled recursively
 * (`POST .../pipelineruns/{id}/cancel?isRecursive=true`: the pipelines it started through ExecutePipeline too, as
 * Data Factory and Synapse document isRecursive) and the step says so.
 */
import { formatDuration, pollUntil, retryAfterFromHeaders } from '#shared/azure/polling.js';
import { describeError, formatErrorDetails, TimeoutError, withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { type Cleanup, cutByDeadline, IMMEDIATE } from '../deadline-cleanup.js';
import { StepCancelledError } from '../scoring-run.js';
import type { PipelineRunService, RunState } from './run-service.js';

const OVER = new Set(['Succeeded', 'Failed', 'Cancelled']);

export interface WatchRunOptions {
  readonly deadline: number;
  /** Runs the cancellation at the deadline (RunDeadline.afterDeadline); as is when absent. */
  readonly cleanup?: Cleanup;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly signal?: AbortSignal;
  readonly initialDelayMs?: number;
}

/** Requests the recursive cancellation; answers what to tell about it. Never throws: the step is failing already. */
export async function cancelRun(service: PipelineRunService, runId: string, logger: Logger): Promise<string> {
  try {
    await service.cancelRun(runId);
    logger.warning(`Cancelled pipeline run '${runId}' and the runs it started (isRecursive).`);
    return `pipeline run '${runId}' and the runs it started were cancelled`;
  } catch (error) {
    const reason = formatErrorDetails(describeError(error));
    logger.warning(`Could not cancel pipeline run '${runId}': ${reason}`);
    return `cancelling pipeline run '${runId}' failed (${reason}); cancel it in ${service.studio}`;
  }
}

/** Waits until the run is over; cancels it at the deadline (TimeoutError) or on the runner's signal. */
export async function watchRun(
  service: PipelineRunService,
  runId: string,
  options: WatchRunOptions,
): Promise<RunState> {
  const { clock, logger } = options;
  const cleanup = options.cleanup ?? IMMEDIATE;
  const started = clock();
  // Set once the poller's own deadline passed and it asked for the cancellation.
  let timedOut = false;
  let lastStatus = 'not read yet';
  const describe = `pipeline run '${runId}'`;
  try {
    return await pollUntil<RunState>({
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
        await cleanup(() => cancelRun(service, runId, logger));
      },
      check: async () => {
        let retryAfterMs: number | undefined;
        let run: RunState;
        try {
          run = await service.getRun(runId, (header) => {
            retryAfterMs = retryAfterFromHeaders(header, clock());
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
      const said = await cancelRun(service, runId, logger);
      const signal = error instanceof StepCancelledError ? error.signal : 'abort';
      throw new StepCancelledError(
        signal,
        `The runner cancelled the step (${signal}) while it waited for ${describe}; ${said}.`,
      );
    }
    // A look sent just before the deadline and cut off by it: the same timeout, and the same cancellation.
    if (!timedOut && cutByDeadline(error)) {
      const said = await cleanup(() => cancelRun(service, runId, logger));
      throw new TimeoutError(
        `Timed out after ${formatDuration(clock() - started)} waiting for ${describe}; last status: ${lastStatus}; ${said}`,
        { cause: error },
      );
    }
    throw error;
  }
}
