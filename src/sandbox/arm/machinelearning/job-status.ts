/**
 * A batch job's status, derived from its record, its live phase and the clock (no timers): NotStarted for the
 * first `jobPhaseMs`; then the phase its scoring is in (Preparing: model, code and Python workers being set up;
 * Running: mini-batches being scored; Finalizing: output and logs being written), shown as Running at the least
 * until `2 × jobPhaseMs` have passed; then the outcome (Completed, Failed or Canceled). Statuses are the spec's
 * JobStatus values.
 *
 * Cancellation is judged by what the caller could see: a cancel accepted while the job looked unfinished shows
 * CancelRequested for one phase and then Canceled (once the scoring has stopped), even if the work had in fact
 * finished a moment earlier behind the NotStarted/Running display.
 */
import type { JobRecord } from './store.js';

export type JobStatus =
  | 'NotStarted'
  | 'Preparing'
  | 'Running'
  | 'Finalizing'
  | 'CancelRequested'
  | 'Completed'
  | 'Failed'
  | 'Canceled';

/** The scoring work of jobs in flight in this process (their promises live in memory, not in state). */
export interface JobActivity {
  isRunning(jobKey: string): boolean;
  /** The phase a running job's scoring is in. */
  phaseOf(jobKey: string): 'Preparing' | 'Running' | 'Finalizing' | undefined;
  /** Stops a running job's scoring (its workers are killed). */
  cancel(jobKey: string): void;
}

export const TERMINAL: ReadonlySet<JobStatus> = new Set(['Completed', 'Failed', 'Canceled']);

const RESTARTED = {
  code: 'SystemError',
  message: 'The sandbox restarted while the job was running; submit the job again.',
};

export function jobStatus(
  job: JobRecord,
  jobKey: string,
  now: number,
  phaseMs: number,
  activity: JobActivity,
): { status: JobStatus; error?: { code: string; message: string } } {
  const running = activity.isRunning(jobKey);
  if (job.cancelRequestedAt !== undefined) {
    if (now < job.cancelRequestedAt + phaseMs || running) return { status: 'CancelRequested' };
    return { status: 'Canceled' };
  }
  if (now - job.createdAt < phaseMs) return { status: 'NotStarted' };
  if (!job.outcome) {
    return running
      ? { status: activity.phaseOf(jobKey) ?? 'Running' }
      : { status: 'Failed', error: RESTARTED };
  }
  if (now - job.createdAt < 2 * phaseMs) return { status: 'Running' };
  const { status, error } = job.outcome;
  return error ? { status, error } : { status };
}
