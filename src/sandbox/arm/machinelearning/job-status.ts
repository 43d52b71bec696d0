/**
 * A batch job's status, derived from its record, its scoring outcome and the clock (no timers): NotStarted for
 * the first `jobPhaseMs`, Running until at least `2 × jobPhaseMs` have passed and the scoring has finished, then
 * the outcome (Completed, Failed or Canceled). Statuses are the spec's JobStatus values.
 *
 * Cancellation is judged by what the caller could see: a cancel accepted while the job looked unfinished shows
 * CancelRequested for one phase and then Canceled (once the scoring has stopped), even if the work had in fact
 * finished a moment earlier behind the NotStarted/Running display.
 */
import type { JobRecord } from './store.js';

export type JobStatus = 'NotStarted' | 'Running' | 'CancelRequested' | 'Completed' | 'Failed' | 'Canceled';

/** Which jobs have scoring work in flight in this process (their promises live in memory, not in state). */
export interface JobActivity {
  isRunning(jobKey: string): boolean;
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
  if (!job.outcome) return running ? { status: 'Running' } : { status: 'Failed', error: RESTARTED };
  if (now - job.createdAt < 2 * phaseMs) return { status: 'Running' };
  const { status, error } = job.outcome;
  return error ? { status, error } : { status };
}
