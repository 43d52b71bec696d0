/**
 * The one poller for long-running work our code drives (LROs, endpoint jobs, pipeline runs): exponential backoff with
 * jitter, server `Retry-After` honoured, an absolute deadline, rate-limited progress logs, and a cancellation hook
 * when the deadline passes.
 */
import { describeError, formatErrorDetails, TimeoutError } from '../errors.js';
import type { Logger } from '../logger.js';

export interface PollStatus<T> {
  readonly done: boolean;
  readonly value?: T;
  /** What the resource says it is doing (`Running`, `InProgress`, ...); logged and named on timeout. */
  readonly status: string;
  /** The server's own hint for the next poll (see `parseRetryAfter`); non-positive values are ignored. */
  readonly retryAfterMs?: number;
}

export type Jitter = 'full' | 'equal' | 'none';

export interface PollOptions<T> {
  /** What is being waited on, for logs and errors: "batch deployment 'blue' on endpoint 'credit'". */
  readonly describe: string;
  /** One look at the work. Errors propagate: the SDK's pipeline already retries transient failures. */
  readonly check: () => Promise<PollStatus<T>>;
  readonly logger: Logger;
  /** Absolute deadline on `clock`'s scale; with `timeoutMs` too, the earlier one wins. */
  readonly deadline?: number;
  readonly timeoutMs?: number;
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly factor?: number;
  readonly jitter?: Jitter;
  /** Progress is logged on every status change and otherwise at most this often. */
  readonly logIntervalMs?: number;
  /** Called once when the deadline passes, to cancel what we started; its errors are logged, not thrown. */
  readonly onDeadline?: () => Promise<void>;
  readonly signal?: AbortSignal;
  readonly clock?: () => number;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** In [0, 1), like Math.random. */
  readonly random?: () => number;
}

export const POLL_DEFAULTS = {
  initialDelayMs: 2000,
  maxDelayMs: 30_000,
  factor: 2,
  jitter: 'equal',
  logIntervalMs: 30_000,
} as const;

/** Polls `check` until it reports done, and returns its value; throws `TimeoutError` when the deadline passes. */
export async function pollUntil<T>(options: PollOptions<T>): Promise<T> {
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const logIntervalMs = options.logIntervalMs ?? POLL_DEFAULTS.logIntervalMs;
  const { describe, logger, signal } = options;
  const start = clock();
  const deadline = resolveDeadline(options, start);

  let lastStatus: string | undefined;
  let lastLoggedAt = -Infinity;
  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    const result = await options.check();
    const now = clock();
    const elapsed = formatDuration(now - start);
    if (result.done) {
      logger.info(`${describe}: ${result.status} after ${elapsed}`);
      return result.value as T;
    }
    if (result.status !== lastStatus || now - lastLoggedAt >= logIntervalMs) {
      const still = result.status === lastStatus ? 'still ' : '';
      logger.info(`${describe}: ${still}${result.status} (${elapsed} elapsed)`);
      lastStatus = result.status;
      lastLoggedAt = now;
    }
    if (now >= deadline) {
      const cancellation = await cancelOnDeadline(options, describe, logger);
      throw new TimeoutError(
        `Timed out after ${elapsed} waiting for ${describe}; last status: ${result.status}${cancellation}`,
      );
    }
    const backoff = backoffDelay(attempt, options, random);
    const wanted =
      result.retryAfterMs !== undefined && result.retryAfterMs > 0 ? result.retryAfterMs : backoff;
    // Never sleep past the deadline: the last look happens at the deadline itself.
    await sleep(Math.max(0, Math.min(wanted, deadline - now)), signal);
  }
}

function resolveDeadline(options: PollOptions<unknown>, start: number): number {
  const candidates = [
    options.deadline,
    options.timeoutMs === undefined ? undefined : start + options.timeoutMs,
  ];
  const defined = candidates.filter((value): value is number => value !== undefined && !Number.isNaN(value));
  if (defined.length === 0)
    throw new TypeError(`pollUntil(${options.describe}) needs a deadline or timeoutMs`);
  return Math.min(...defined);
}

/** Runs the cancellation hook; answers what to add to the timeout message. */
async function cancelOnDeadline(
  options: PollOptions<unknown>,
  describe: string,
  logger: Logger,
): Promise<string> {
  if (!options.onDeadline) return '';
  try {
    await options.onDeadline();
    return '; cancellation was requested';
  } catch (error) {
    logger.warning(
      `Could not cancel ${describe} after the deadline: ${formatErrorDetails(describeError(error))}`,
    );
    return '; cancelling it failed (see the warning above)';
  }
}

/** Exponential backoff capped at `maxDelayMs`, with jitter so parallel pollers do not move in lock step. */
export function backoffDelay(
  attempt: number,
  options: Pick<PollOptions<unknown>, 'initialDelayMs' | 'maxDelayMs' | 'factor' | 'jitter'>,
  random: () => number = Math.random,
): number {
  const initial = options.initialDelayMs ?? POLL_DEFAULTS.initialDelayMs;
  const max = options.maxDelayMs ?? POLL_DEFAULTS.maxDelayMs;
  const factor = options.factor ?? POLL_DEFAULTS.factor;
  const base = Math.min(max, initial * factor ** attempt);
  switch (options.jitter ?? POLL_DEFAULTS.jitter) {
    case 'full':
      return random() * base;
    case 'equal':
      return base / 2 + (random() * base) / 2;
    case 'none':
      return base;
  }
}

/** `setTimeout` as a promise that rejects with the signal's reason when aborted. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

// RFC 9110 HTTP-date forms all start with a day name (IMF-fixdate, RFC 850, asctime); checked so that Date.parse
// does not read things like "1.5" as a calendar date.
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/i;

/** A `Retry-After` value (delay-seconds or HTTP-date) as ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!HTTP_DATE.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The retry hint of a response, in the order the Azure SDK reads it: `retry-after-ms`, `x-ms-…`, `Retry-After`. */
export function retryAfterFromHeaders(get: (name: string) => string | null | undefined, now: number) {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const text = get(name)?.trim();
    if (text && /^\d+(\.\d+)?$/.test(text)) return Number(text);
  }
  return parseRetryAfter(get('retry-after'), now);
}

/** `45s`, `2m 05s`, `1h 02m`: durations as people read them in a job log. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
