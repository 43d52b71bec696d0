/**
 * What the watchers of a batch job and of a pipeline run share about the step's deadline: the cancellation of what
 * the step started runs in the deadline's cleanup window (shared/deadline.ts: requests are cut off at the deadline,
 * except a cancellation), and a look cut off by the deadline is a timeout like the poller's own.
 */
import { TimeoutError } from '#shared/errors.js';

/** Runs a cancellation past the deadline (RunDeadline.afterDeadline), or as is without one. */
export type Cleanup = <T>(work: () => Promise<T>) => Promise<T>;

export const IMMEDIATE: Cleanup = (work) => work();

/** Whether `error`, or an error it wraps, is the deadline cutting a request off. */
export function cutByDeadline(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 8; depth++) {
    if (current instanceof TimeoutError) return true;
    current = current.cause;
  }
  return false;
}
