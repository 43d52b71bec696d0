/**
 * Long-running operations on endpoints, deployments and jobs, computed lazily from timestamps: an operation
 * started at `t` is in progress until `t + context.timing.provisioningMs` and then has its outcome. Nothing runs on
 * a timer; every request derives the current state from the clock, and finished deletions are applied
 * (`settleOperations`) when the next request looks.
 *
 * Polling URLs follow the provider's real shapes (AZURE-CONTRACTS.md; an `AzureAsyncOperationUri` seen in
 * Azure/azureml-examples cli/batch-score-rest.sh and ansible-collections/azure samples):
 *   PUT          -> 201 + Azure-AsyncOperation: .../locations/{loc}/mfeOperationsStatus/{id}?api-version=...
 *   PATCH/DELETE -> 202 + Location:             .../locations/{loc}/mfeOperationResults/{id}?api-version=...
 * Operation ids look like the real ones (`oe:<guid>:<guid>` for online endpoints there; `be:`/`bd:`/`bj:` here).
 */
import { randomUUID } from 'node:crypto';
import type { SandboxContext } from '../../context.js';
import { API_VERSION, type DeploymentFailure, mlState, type OperationRecord, PROVIDER } from './store.js';

const PREFIX: Record<OperationRecord['target']['type'], string> = {
  endpoint: 'be',
  deployment: 'bd',
  job: 'bj',
};

export function startOperation(
  context: SandboxContext,
  spec: {
    subscriptionId: string;
    kind: OperationRecord['kind'];
    target: OperationRecord['target'];
    failure?: DeploymentFailure;
    durationMs?: number;
  },
): OperationRecord {
  const operation: OperationRecord = {
    id: `${PREFIX[spec.target.type]}:${randomUUID()}:${randomUUID()}`,
    subscriptionId: spec.subscriptionId,
    location: context.location,
    kind: spec.kind,
    target: spec.target,
    startedAt: context.clock(),
    durationMs: spec.durationMs ?? context.timing.provisioningMs,
    outcome: spec.failure ? 'Failed' : 'Succeeded',
    ...(spec.failure ? { error: { code: spec.failure.code, message: spec.failure.message } } : {}),
  };
  mlState(context).operations[operation.id] = operation;
  return operation;
}

export function isDone(operation: OperationRecord, now: number): boolean {
  return now >= operation.startedAt + operation.durationMs;
}

const IN_PROGRESS: Record<OperationRecord['kind'], string> = {
  create: 'Creating',
  update: 'Updating',
  delete: 'Deleting',
  cancel: 'Updating',
};

/** `properties.provisioningState` of the resource whose latest operation this is. */
export function provisioningState(operation: OperationRecord | undefined, now: number): string {
  if (!operation) return 'Succeeded';
  return isDone(operation, now) ? operation.outcome : IN_PROGRESS[operation.kind];
}

export function operationOf(context: SandboxContext, id: string): OperationRecord | undefined {
  return mlState(context).operations[id];
}

/** Applies deletions whose time has come: the endpoint (with its deployments) or deployment disappears. */
export function settleOperations(context: SandboxContext): void {
  const state = mlState(context);
  const now = context.clock();
  for (const operation of Object.values(state.operations)) {
    if (operation.kind !== 'delete' || operation.applied || !isDone(operation, now)) continue;
    operation.applied = true;
    const { type, key: target } = operation.target;
    if (type === 'deployment') {
      if (state.deployments[target]?.operationId === operation.id) delete state.deployments[target];
      continue;
    }
    if (type === 'endpoint' && state.endpoints[target]?.operationId === operation.id) {
      delete state.endpoints[target];
      for (const id of Object.keys(state.deployments)) {
        if (id.startsWith(`${target}/`)) delete state.deployments[id];
      }
    }
  }
}

const operationsBase = (context: SandboxContext, operation: OperationRecord) =>
  `${context.baseUrl}/subscriptions/${operation.subscriptionId}/providers/${PROVIDER}/locations/${operation.location}`;

/** Headers of a 201 answer to PUT: the status resource the SDK polls, and how long to wait. */
export function asyncOperationHeaders(
  context: SandboxContext,
  operation: OperationRecord,
): Record<string, string> {
  return {
    'Azure-AsyncOperation': asyncOperationUrl(context, operation),
    'Retry-After': String(context.timing.pollRetryAfterSeconds),
  };
}

export function asyncOperationUrl(context: SandboxContext, operation: OperationRecord): string {
  return `${operationsBase(context, operation)}/mfeOperationsStatus/${operation.id}?api-version=${API_VERSION}`;
}

/**
 * Headers of a 202 answer to PATCH/DELETE/cancel: the operation-result URL, polled until it stops answering 202.
 * The spec gives this first answer's `Retry-After` a minimum of 10 seconds, so it says at least 10 (the Azure
 * SDKs ignore the initial Retry-After and poll at their interval); the polls themselves answer with
 * `context.timing.pollRetryAfterSeconds`, which is what keeps the sandbox fast.
 */
export function locationHeaders(
  context: SandboxContext,
  operation: OperationRecord,
  retryAfterSeconds = Math.max(SPEC_MIN_RETRY_AFTER_SECONDS, context.timing.pollRetryAfterSeconds),
): Record<string, string> {
  return {
    Location: `${operationsBase(context, operation)}/mfeOperationResults/${operation.id}?api-version=${API_VERSION}`,
    'Retry-After': String(retryAfterSeconds),
  };
}

/** mfe.json's `minimum` for the Retry-After header of 202 answers. */
const SPEC_MIN_RETRY_AFTER_SECONDS = 10;

/** The first queued failure matching this rollout, removed from the queue (it applies once). */
export function takeDeploymentFailure(
  context: SandboxContext,
  endpoint: string,
  deployment: string,
): DeploymentFailure | undefined {
  const queue = mlState(context).pendingFailures;
  const index = queue.findIndex(
    (failure) =>
      (!failure.endpoint || failure.endpoint.toLowerCase() === endpoint.toLowerCase()) &&
      (!failure.deployment || failure.deployment.toLowerCase() === deployment.toLowerCase()),
  );
  if (index < 0) return undefined;
  return queue.splice(index, 1)[0];
}
