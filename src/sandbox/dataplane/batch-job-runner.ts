/**
 * Runs batch jobs' scoring in the background of the sandbox process: one promise per job, kept in memory (not in
 * state, which must stay JSON), its result written to the job record when it settles. Job status is derived from
 * that record and the clock (job-status.ts), so nothing here runs on a timer.
 */

import { describeError } from '#shared/errors.js';
import type { JobActivity } from '../arm/machinelearning/job-status.js';
import { mlState } from '../arm/machinelearning/store.js';
import type { SandboxContext } from '../context.js';
import { type ScoringResult, type ScoringSpec, scoreBatch } from './batch-scoring.js';
import type { BlobStore } from './blob-store.js';

/** What a job needs to run, or the reason it cannot (recorded as the job's failure when it starts). */
export type PreparedScoring =
  | Omit<ScoringSpec, 'store' | 'isCanceled'>
  | { readonly error: { readonly code: string; readonly message: string } };

export class BatchJobRunner implements JobActivity {
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly context: SandboxContext,
    private readonly blobStore: () => BlobStore,
  ) {}

  isRunning(jobKey: string): boolean {
    return this.running.has(jobKey);
  }

  /** Resolves once the job's scoring has finished (immediately when nothing runs for it). */
  settled(jobKey: string): Promise<void> {
    return this.running.get(jobKey) ?? Promise.resolve();
  }

  start(jobKey: string, prepared: PreparedScoring, predictionsUri: string | undefined): void {
    const work = this.run(jobKey, prepared).then((result) => {
      const job = mlState(this.context).jobs[jobKey];
      if (!job) return;
      job.outcome = {
        status: result.status,
        finishedAt: this.context.clock(),
        rowsScored: result.rowsScored,
        filesProcessed: result.filesProcessed,
        filesFailed: result.filesFailed,
        ...(result.error ? { error: result.error } : {}),
        ...(result.predictions && predictionsUri ? { predictionsUri } : {}),
      };
    });
    this.running.set(
      jobKey,
      work.finally(() => this.running.delete(jobKey)),
    );
  }

  private async run(jobKey: string, prepared: PreparedScoring): Promise<ScoringResult> {
    const empty = { rowsScored: 0, filesProcessed: 0, filesFailed: 0, fileErrors: [] };
    if ('error' in prepared) return { status: 'Failed', error: prepared.error, ...empty };
    try {
      return await scoreBatch({
        ...prepared,
        store: this.blobStore(),
        isCanceled: () => mlState(this.context).jobs[jobKey]?.cancelRequestedAt !== undefined,
      });
    } catch (error) {
      // Storage faults (Azurite gone, no storage at all) end the job as a system failure, never the process.
      return {
        status: 'Failed',
        error: {
          code: 'SystemError',
          message: `The job could not access storage: ${describeError(error).message}`,
        },
        ...empty,
      };
    }
  }
}
