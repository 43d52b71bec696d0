/**
 * Artifact writes and deletes are long-running operations on the development endpoint, as Synapse runs them
 * (azure-sdk-for-js synapse-artifacts recordings, azure-cli synapse recordings): the PUT or DELETE answers 202 with
 * a record of the artifact (`recordId`, `state` Creating/Updating/Deleting, `operationId`...) and a `Location` at
 * `{endpoint}/operationResults/{operationId}`; polling it answers 202 `{"status":"InProgress"}` until the operation
 * has run, then 200 with the artifact as written (a write) or nothing (a delete). The spec marks these operations
 * `x-ms-long-running-operation` with 200/202 (and 204 for a delete).
 *
 * An operation runs when its time has come (`timing.synapseOperationMs` after it was accepted), at the first
 * request to the workspace after that (`settle`): no timers, so state files and snapshots carry pending work. It
 * runs against the workspace as it is then, so a client that waits for each write before the next sees the
 * service's checks in order. What the document service refuses (a missing reference, a started trigger, a
 * referenced artifact) makes the operation's result `{"status":"Failed","error":{...}}` with HTTP 200, as Synapse
 * answers it (terraform-provider-azurerm#19849 reads the failure there): a client that only follows the status
 * codes of the LRO sees success, and must read the result's `status`.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxContext } from '../context.js';
import type { SandboxResponse } from '../core/http.js';
import { DEV_API_VERSION, devEndpoint } from './endpoint.js';
import { invalidReference, referencedBy, triggerEnabled } from './errors.js';
import { type ArtifactKind, artifactId, KINDS, view } from './kinds.js';
import { missingReference, referrer } from './references.js';
import {
  artifactsOf,
  type Json,
  nextEtag,
  type OperationFailure,
  type StoredOperation,
  type StoredResource,
  type StoredWorkspace,
  workspaceId,
} from './store.js';

export interface ArtifactChange {
  readonly kind: ArtifactKind;
  readonly name: string;
  readonly action: 'write' | 'delete';
  readonly properties?: Json;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The never-set timestamps a delete's record carries, as the service answers them. */
const NO_TIME = '0001-01-01T00:00:00';

export function operationUrl(context: SandboxContext, workspace: StoredWorkspace, id: string): string {
  return `${devEndpoint(context.baseUrl, workspace.name)}/operationResults/${id}?api-version=${DEV_API_VERSION}`;
}

/** Takes a write or delete on, and answers the 202 the service answers. */
export function accept(
  context: SandboxContext,
  workspace: StoredWorkspace,
  change: ArtifactChange,
): SandboxResponse {
  const now = context.clock();
  const id = randomUUID();
  const existing = artifactsOf(workspace, change.kind)[change.name.toLowerCase()];
  const record =
    change.action === 'write'
      ? ((existing?.internal.record as StoredOperation['record'] | undefined) ?? {
          recordId: ++workspace.records,
          artifactId: randomUUID().toUpperCase(),
          created: iso(now),
        })
      : undefined;
  workspace.operations[id] = {
    id,
    ...change,
    ...(record ? { record } : {}),
    acceptedAt: now,
    completesAt: now + context.timing.synapseOperationMs,
  };
  const info = KINDS[change.kind];
  const segment = info.acceptedSegment ?? info.segment;
  const body = {
    id: `${workspaceId(workspace)}/${segment}/${existing?.name ?? change.name}`,
    recordId: record?.recordId ?? 0,
    state: change.action === 'delete' ? 'Deleting' : existing ? 'Updating' : 'Creating',
    created: record?.created ?? NO_TIME,
    changed: record ? iso(now) : NO_TIME,
    type: info.typeName,
    name: existing?.name ?? change.name,
    operationId: id,
    ...(record ? { artifactId: record.artifactId } : {}),
  };
  const location = operationUrl(context, workspace, id);
  // A delete's 202 was recorded without Retry-After; writes and polls carry it.
  const headers: Record<string, string> =
    change.action === 'delete'
      ? { location }
      : { location, 'retry-after': String(context.timing.pollRetryAfterSeconds) };
  return { status: 202, headers, body };
}

/** Runs every accepted operation whose time has come, oldest first. */
export function settle(context: SandboxContext, workspace: StoredWorkspace): void {
  const now = context.clock();
  const due = Object.values(workspace.operations)
    .filter((operation) => !operation.outcome && operation.completesAt <= now)
    .sort((a, b) => a.completesAt - b.completesAt || a.acceptedAt - b.acceptedAt);
  for (const operation of due) {
    operation.outcome = run(context, workspace, operation, operation.completesAt);
  }
}

function run(
  context: SandboxContext,
  workspace: StoredWorkspace,
  operation: StoredOperation,
  at: number,
): NonNullable<StoredOperation['outcome']> {
  const all = artifactsOf(workspace, operation.kind);
  const lower = operation.name.toLowerCase();
  const existing = all[lower];
  const refused = refusal(workspace, operation, existing);
  if (refused) return refused;
  if (operation.action === 'delete') {
    delete all[lower];
    return { status: 'Succeeded' };
  }
  const properties = operation.properties ?? {};
  const artifact: StoredResource = {
    name: existing?.name ?? operation.name,
    properties,
    etag: nextEtag(context),
    server: KINDS[operation.kind].serverFields(existing?.server, at),
    internal: existing?.internal ?? { record: operation.record, ...KINDS[operation.kind].internalFields() },
  };
  all[lower] = artifact;
  return { status: 'Succeeded', body: view(workspace, operation.kind, artifact) };
}

/** Why the document service refuses the change, checked against the workspace as it is when it runs. */
function refusal(
  workspace: StoredWorkspace,
  operation: StoredOperation,
  existing: StoredResource | undefined,
): OperationFailure | undefined {
  const { kind, name } = operation;
  if (operation.action === 'delete' && !existing) return undefined;
  if (kind === 'triggers' && existing?.server.runtimeState === 'Started') return triggerEnabled();
  if (operation.action === 'write') {
    const missing = missingReference(workspace, kind, name, operation.properties ?? {});
    return missing
      ? invalidReference(missing.name, artifactId(workspace, kind, existing?.name ?? name))
      : undefined;
  }
  const holder = referrer(workspace, kind, name);
  return holder
    ? referencedBy(
        holder.name,
        `/Microsoft.Synapse/workspaces/${workspace.name}/${KINDS[kind].segment}/${existing!.name}`,
      )
    : undefined;
}

/** What polling an operation answers now. */
export function operationResult(
  context: SandboxContext,
  workspace: StoredWorkspace,
  operation: StoredOperation,
): SandboxResponse {
  const { outcome } = operation;
  if (!outcome) {
    return {
      status: 202,
      headers: {
        location: operationUrl(context, workspace, operation.id),
        'retry-after': String(context.timing.pollRetryAfterSeconds),
      },
      body: { status: 'InProgress' },
    };
  }
  if (outcome.status === 'Failed') return { status: 200, body: outcome };
  return outcome.body ? { status: 200, body: outcome.body } : { status: 200 };
}
