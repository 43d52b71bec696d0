/**
 * Waiting on a batch job through the one poller (polling.ts): `GET {W}/jobs/{name}` (what `az ml job show` reads),
 * a bounded interval that grows from 1 s to 15 s, the service's Retry-After honoured, the step's deadline. The job is
 * over at Completed, Failed or Canceled; NotResponding and Paused end the wait too (a job that stopped answering, or
 * was paused, will not finish on its own within a step), and count as failures.
 *
 * When the deadline passes, or the runner cancels the step (SIGINT, SIGTERM: `signal`), the job is cancelled
 * (`POST {W}/jobs/{name}/cancel`, what `az ml job cancel` sends; the batch data plane has no cancel) and the step
 * says so: a job nobody waits for would go on using the cluster.
 *
 * A failed job's reason: Azure's 2022-10-01 job resource has no error field; the sandbox names it in the property
 * bag (`sandbox.errorCode`, `sandbox.errorMessage`) and where its logs are (`sandbox.logsUri`); Azure has the job's
 * logs in its outputs and in the studio (`services.Studio.endpoint`), which the failure names.
 */
import type { AzureMachineLearningWorkspaces, JobBase } from '@azure/arm-machinelearning';
import { formatDuration, pollUntil, retryAfterFromHeaders } from '#shared/azure/polling.js';
import { describeError, formatErrorDetails, TimeoutError, withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { type Cleanup, cutByDeadline, IMMEDIATE } from '../deadline-cleanup.js';
import { StepCancelledError } from '../scoring-run.js';

export const COMPLETED = 'Completed';
const OVER = new Set(['Completed', 'Failed', 'Canceled', 'NotResponding', 'Paused']);

export interface JobScope {
  readonly client: Pick<AzureMachineLearningWorkspaces, 'jobs'>;
  readonly resourceGroup: string;
  readonly workspace: string;
}

export interface WatchOptions {
  readonly deadline: number;
  /** Runs the cancellation at the deadline (RunDeadline.afterDeadline); as is when absent. */
  readonly cleanup?: Cleanup;
  readonly logger: Logger;
  readonly clock: () => number;
  readonly signal?: AbortSignal;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly initialDelayMs?: number;
}

export interface FinishedJob {
  readonly name: string;
  readonly status: string;
  readonly resource: JobBase;
  /** The sandbox's or Azure's words for why it failed, when it failed. */
  readonly error?: string;
  /** Where its logs are, when the job says. */
  readonly logs?: string;
  readonly studioUrl?: string;
  readonly resourceId?: string;
}

function describeJob(name: string, resource: JobBase): FinishedJob {
  const bag = (resource.properties.properties ?? {}) as Record<string, string | null | undefined>;
  const code = bag['sandbox.errorCode'];
  const message = bag['sandbox.errorMessage'];
  const studio = resource.properties.services?.Studio?.endpoint ?? undefined;
  const logs = bag['sandbox.logsUri'] ?? studio;
  const status = resource.properties.status ?? 'Unknown';
  return {
    name,
    status,
    resource,
    ...(message ? { error: code ? `${code}: ${message}` : message } : {}),
    ...(logs ? { logs } : {}),
    ...(studio ? { studioUrl: studio } : {}),
    ...(resource.id ? { resourceId: resource.id } : {}),
  };
}

/** Requests the job's cancellation; answers what to tell about it. Never throws: the step is failing already. */
export async function cancelJob(scope: JobScope, name: string, logger: Logger): Promise<string> {
  try {
    await scope.client.jobs.beginCancel(scope.resourceGroup, scope.workspace, name);
    logger.warning(`Requested the cancellation of batch job '${name}'.`);
    return `the cancellation of batch job '${name}' was requested`;
  } catch (error) {
    const reason = formatErrorDetails(describeError(error));
    logger.warning(`Could not cancel batch job '${name}': ${reason}`);
    return `cancelling batch job '${name}' failed (${reason}); cancel it with az ml job cancel --name ${name}`;
  }
}

/** Waits until the job is over; cancels it at the deadline (TimeoutError) or on the runner's signal. */
export async function watchJob(scope: JobScope, name: string, options: WatchOptions): Promise<FinishedJob> {
  const { clock, logger } = options;
  const cleanup = options.cleanup ?? IMMEDIATE;
  const started = clock();
  // Set once the poller's own deadline passed and it asked for the cancellation.
  let timedOut = false;
  let lastStatus = 'not read yet';
  const describe = `batch job '${name}'`;
  try {
    const resource = await pollUntil<JobBase>({
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
      ...(options.sleep ? { sleep: options.sleep } : {}),
      onDeadline: async () => {
        timedOut = true;
        await cleanup(() => cancelJob(scope, name, logger));
      },
      check: async () => {
        let retryAfterMs: number | undefined;
        let job: JobBase;
        try {
          job = await scope.client.jobs.get(scope.resourceGroup, scope.workspace, name, {
            onResponse: (response) => {
              retryAfterMs = retryAfterFromHeaders((header) => response.headers.get(header), clock());
            },
          });
        } catch (error) {
          throw withContext(`Could not read ${describe}`, error);
        }
        const status = job.properties.status ?? 'Unknown';
        lastStatus = status;
        return {
          done: OVER.has(status),
          status,
          value: job,
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        };
      },
    });
    return describeJob(name, resource);
  } catch (error) {
    if (options.signal?.aborted && error === options.signal.reason) {
      const said = await cancelJob(scope, name, logger);
      const signal = error instanceof StepCancelledError ? error.signal : 'abort';
      throw new StepCancelledError(
        signal,
        `The runner cancelled the step (${signal}) while it waited for ${describe}; ${said}.`,
      );
    }
    // A look sent just before the deadline and cut off by it: the same timeout, and the same cancellation.
    if (!timedOut && cutByDeadline(error)) {
      const said = await cleanup(() => cancelJob(scope, name, logger));
      throw new TimeoutError(
        `Timed out after ${formatDuration(clock() - started)} waiting for ${describe}; last status: ${lastStatus}; ${said}`,
        { cause: error },
      );
    }
    throw error;
  }
}
