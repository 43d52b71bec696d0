/**
 * Waiting on Azure ML's long-running operations through the one poller (src/shared/azure/polling.ts): the SDK's
 * `begin*` sends the request (and takes its first look at the operation), then `pollUntil` reads the resource itself
 * until its `provisioningState` is terminal — bounded by the step's deadline, backing off, logging progress, and
 * naming the resource and its last provisioning state on timeout. The SDK's pipeline retries 429 (after
 * Retry-After) and 5xx on every read. When a rollout ends Failed, the operation's own error (the status resource's
 * `error {code, message}`, read through the SDK's poller) is what the step reports.
 *
 * Nothing is cancelled at the deadline: ARM offers no cancel for endpoint or deployment operations, and stopping
 * half-way is never safer than letting Azure finish; a rerun picks up the state it left.
 */

import { pollUntil } from '#shared/azure/polling.js';
import { withContext } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';

export interface WaitOptions {
  /** Absolute deadline (ms on `clock`): the step's `timeout` from its start. */
  readonly deadline: number;
  readonly logger: Logger;
  readonly clock?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** First delay between looks (then ×1.5 up to 15 s). */
  readonly pollDelayMs?: number;
}

export interface Provisioned {
  readonly name?: string;
  readonly properties: { readonly provisioningState?: string };
}

/** What the SDK's LRO poller offers that is used here. */
export interface OperationPoller {
  poll(): Promise<void>;
  getOperationState(): { readonly error?: Error };
}

const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);

/** Raised when a resource's operation ended Failed or Canceled: the service's own reason is in the message. */
export class ProvisioningFailedError extends Error {
  override readonly name = 'ProvisioningFailedError';
  constructor(
    message: string,
    readonly state: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

const LRO_FAILURE = /^The long-running operation has failed(?:\. ([^.\s]+)\. ([\s\S]*))?$/;

function isLroFailure(error: unknown): error is Error {
  return error instanceof Error && LRO_FAILURE.test(error.message);
}

function failure(describe: string, state: string, error: Error | undefined): ProvisioningFailedError {
  const match = error ? LRO_FAILURE.exec(error.message) : null;
  const code = match?.[1];
  const reason = match?.[2] ?? error?.message;
  return new ProvisioningFailedError(
    `${describe} ended in provisioning state ${state}${code ? `: ${code}` : ''}${reason ? `: ${reason}` : ' (Azure gave no reason)'}`,
    state,
    code,
  );
}

function waitFor<T extends Provisioned>(
  describe: string,
  read: () => Promise<T | undefined>,
  options: WaitOptions,
  done: (resource: T | undefined) => boolean,
): Promise<T | undefined> {
  return pollUntil<T | undefined>({
    describe,
    logger: options.logger,
    deadline: options.deadline,
    initialDelayMs: options.pollDelayMs ?? 1_000,
    factor: 1.5,
    maxDelayMs: 15_000,
    jitter: 'equal',
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.sleep ? { sleep: (ms: number) => options.sleep!(ms) } : {}),
    check: async () => {
      const resource = await read();
      const status = resource
        ? `provisioning state ${resource.properties.provisioningState ?? 'Succeeded'}`
        : 'not found';
      return { done: done(resource), status, value: resource };
    },
  });
}

/**
 * Sends a PUT through `begin` and waits for the resource to settle. Answers the resource once Succeeded; throws
 * ProvisioningFailedError with the service's reason when it ends Failed or Canceled.
 */
export async function putAndWait<T extends Provisioned>(spec: {
  readonly describe: string;
  readonly begin: () => Promise<OperationPoller>;
  readonly read: () => Promise<T | undefined>;
  readonly options: WaitOptions;
}): Promise<T> {
  const { describe, options } = spec;
  let poller: OperationPoller;
  try {
    poller = await spec.begin();
  } catch (error) {
    if (isLroFailure(error)) throw failure(describe, 'Failed', error);
    throw withContext(`Azure refused to create or update ${describe}`, error);
  }
  // A resource not readable yet right after its PUT is waited for, not taken as done.
  const settled = await waitFor(
    describe,
    spec.read,
    options,
    (resource) =>
      resource !== undefined &&
      TERMINAL.has((resource.properties.provisioningState ?? 'Succeeded').toLowerCase()),
  );
  const state = settled!.properties.provisioningState ?? 'Succeeded';
  if (state.toLowerCase() === 'succeeded') return settled!;
  let reason = poller.getOperationState().error;
  if (!reason) {
    try {
      await poller.poll();
      reason = poller.getOperationState().error;
    } catch (error) {
      reason = error instanceof Error ? error : new Error(String(error));
    }
  }
  throw failure(describe, state, reason);
}

/** Sends a DELETE through `begin` and waits until the resource is gone. */
export async function deleteAndWait(spec: {
  readonly describe: string;
  readonly begin: () => Promise<unknown>;
  readonly read: () => Promise<Provisioned | undefined>;
  readonly options: WaitOptions;
}): Promise<void> {
  try {
    await spec.begin();
  } catch (error) {
    throw withContext(`Azure refused to delete ${spec.describe}`, error);
  }
  const left = await waitFor(spec.describe, spec.read, spec.options, (resource) => {
    const state = resource?.properties.provisioningState?.toLowerCase();
    return !resource || state === 'failed' || state === 'canceled';
  });
  if (left) {
    throw new ProvisioningFailedError(
      `${spec.describe} was not deleted: provisioning state ${left.properties.provisioningState}`,
      left.properties.provisioningState ?? 'unknown',
      undefined,
    );
  }
}

/** Waits for an operation someone else started (Creating, Updating, Deleting) to finish before changing it. */
export async function waitUntilSettled<T extends Provisioned>(
  describe: string,
  read: () => Promise<T | undefined>,
  current: T | undefined,
  options: WaitOptions,
): Promise<T | undefined> {
  const state = current?.properties.provisioningState?.toLowerCase();
  if (!current || state === undefined || TERMINAL.has(state)) return current;
  options.logger.info(
    `${describe} is busy (provisioning state ${current.properties.provisioningState}); waiting for it to settle`,
  );
  return waitFor(
    describe,
    read,
    options,
    (resource) =>
      !resource || TERMINAL.has((resource.properties.provisioningState ?? 'Succeeded').toLowerCase()),
  );
}
