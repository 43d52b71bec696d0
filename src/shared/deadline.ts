/**
 * One deadline per run, from the `timeout` input: it bounds every Azure request (azure/deadline-policy.ts attaches
 * its signal to each request of the SDK clients) and every wait (the poller takes its time and signal). It is started
 * by runAction when the action has a `timeout` input, and stopped when the run ends.
 */
import { TimeoutError } from './errors.js';

export interface RunDeadline {
  /** Epoch ms (on `Date.now`'s scale) when the run's time is up. */
  readonly at: number;
  /** The `timeout` input in ms, to name it in messages. */
  readonly timeoutMs: number;
  /** Aborts at `at`, with a TimeoutError as its reason. */
  readonly signal: AbortSignal;
  /** The signal a request gets now: the deadline's, or inside `afterDeadline` the cleanup window's. */
  readonly requestSignal: AbortSignal;
  /**
   * Runs `work` with requests allowed again for CLEANUP_MS: once the deadline has passed, cancelling what the step
   * started (a pipeline run, a batch job) is the one request still worth sending.
   */
  afterDeadline<T>(work: () => Promise<T>): Promise<T>;
  /** Stops the timer (the run ended first), so it holds no process open. */
  dispose(): void;
}

/** How long the cancellations after the deadline may take. */
export const CLEANUP_MS = 30_000;

export function formatTimeout(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000}m` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms} ms`;
}

export function startDeadline(timeoutMs: number, now: () => number = Date.now): RunDeadline {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new TimeoutError(`The step's timeout (${formatTimeout(timeoutMs)}) passed`)),
    timeoutMs,
  );
  timer.unref?.();
  let cleanup: AbortSignal | undefined;
  return {
    at: now() + timeoutMs,
    timeoutMs,
    signal: controller.signal,
    get requestSignal() {
      return cleanup ?? controller.signal;
    },
    async afterDeadline(work) {
      cleanup = AbortSignal.timeout(CLEANUP_MS);
      try {
        return await work();
      } finally {
        cleanup = undefined;
      }
    },
    dispose: () => clearTimeout(timer),
  };
}

/**
 * How long before the run's deadline a poller should take its last look: a look sent at the deadline itself is cut
 * off with the request, and the step could then not say what state the resource was left in. A second at most, and
 * a tenth of a short timeout.
 */
export function lastLookMargin(timeoutMs: number): number {
  return Math.min(1000, Math.floor(timeoutMs / 10));
}
