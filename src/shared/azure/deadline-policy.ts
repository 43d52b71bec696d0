/**
 * The run's deadline on every Azure request: a pipeline policy that attaches the deadline's abort signal to each
 * request, so a slow answer, the retry policy's waits and the token request behind it all stop at the deadline. A
 * request cut off fails the step naming that request, not with the SDK's "The operation was aborted".
 *
 * Aborting a request is safe at any point: ARM applies a PUT or DELETE entirely or not at all, and a rerun diffs
 * against live state, so what landed before the deadline is found unchanged the next time.
 */
import type { PipelinePolicy, PipelineRequest } from '@azure/core-rest-pipeline';
import { formatTimeout, type RunDeadline } from '../deadline.js';
import { TimeoutError } from '../errors.js';

/** `GET …/factories/adf-dev/pipelines/pl_copy`: the resource path from its provider on, without the query. */
export function describeRequest(method: string, url: string): string {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL: shown as it is.
  }
  const provider = path.search(/\/providers\//i);
  const shown = provider >= 0 ? `…${path.slice(provider + '/providers'.length)}` : path;
  return `${method} ${shown}`;
}

export function requestTimeoutError(deadline: RunDeadline, what: string, cause?: unknown): TimeoutError {
  return new TimeoutError(
    `Timed out after ${formatTimeout(deadline.timeoutMs)} (input 'timeout') waiting for Azure to answer ${what}; ` +
      'the step stopped there. Azure applies a request entirely or not at all: rerun once Azure answers in time, or raise timeout.',
    ...(cause === undefined ? [] : [{ cause }]),
  );
}

/** A signal that aborts with either (the caller's own, the SDK's `AbortSignalLike`, need not be a DOM AbortSignal). */
function either(own: NonNullable<PipelineRequest['abortSignal']>, deadline: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort();
  if (own.aborted || deadline.aborted) abort();
  own.addEventListener('abort', abort);
  deadline.addEventListener('abort', abort, { once: true });
  return controller.signal;
}

/**
 * Placed per call (before the retry policies), so one signal covers the request, its retries, their waits and the
 * token request of the bearer policy.
 */
export function deadlinePolicy(deadline: RunDeadline): PipelinePolicy {
  return {
    name: 'runDeadline',
    async sendRequest(request, next) {
      const what = describeRequest(request.method, request.url);
      // Past the deadline only inside deadline.afterDeadline (a cancellation), under its own bound.
      const signal = deadline.requestSignal;
      if (signal.aborted) throw requestTimeoutError(deadline, what);
      request.abortSignal = request.abortSignal ? either(request.abortSignal, signal) : signal;
      try {
        return await next(request);
      } catch (error) {
        if (signal.aborted) throw requestTimeoutError(deadline, what, error);
        throw error;
      }
    },
  };
}
