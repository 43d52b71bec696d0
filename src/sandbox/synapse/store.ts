/**
 * The Synapse slice of the sandbox state: workspaces with their artifacts and the long-running operations that
 * write and delete them. Plain JSON, so snapshots and the `--state-file` carry it; handlers call `synapse(context)`
 * per request because a restore replaces the slice. Workspace names are unique across the sandbox, as they are in
 * Azure (the name is the development endpoint's host).
 *
 * Artifacts are stored like Data Factory's child resources (`StoredResource`): the `properties` the client sent,
 * the service's own fields beside them, so the pipeline runtime can read a workspace's pipelines as it reads a
 * factory's.
 */

import type { Json, StoredResource } from '../arm/datafactory/store.js';
import type { SandboxContext } from '../context.js';
import type { StoredRun } from '../pipelines/runtime/run-records.js';
import type { ArtifactKind } from './kinds.js';

export type { Json, StoredResource };

/** What a pending or finished operation does to one artifact. */
export interface StoredOperation {
  readonly id: string;
  readonly kind: ArtifactKind;
  /** The artifact's name as the request spelled it. */
  readonly name: string;
  readonly action: 'write' | 'delete';
  /** For a write: the request's `properties`, read-only fields dropped. */
  readonly properties?: Json;
  /** For a write: the artifact's record as the 202 named it (kept from the artifact's creation on). */
  readonly record?: { readonly recordId: number; readonly artifactId: string; readonly created: string };
  readonly acceptedAt: number;
  readonly completesAt: number;
  /** Set when the operation has run: the artifact as written, or why the service refused it. */
  outcome?: { readonly status: 'Succeeded'; readonly body?: Json } | OperationFailure;
}

export interface OperationFailure {
  readonly status: 'Failed';
  readonly error: { readonly code: string; readonly message: string; readonly target?: string };
}

export interface StoredWorkspace {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly name: string;
  readonly location: string;
  readonly workspaceUID: string;
  /** The system-assigned identity's object id (the identity pipelines' MSI authentication acts as). */
  readonly principalId: string;
  /** The workspace's default ADLS Gen2 account, named in its WorkspaceDefaultStorage linked service. */
  readonly defaultDataLakeStorage: { readonly accountUrl: string; readonly filesystem: string };
  readonly managedResourceGroupName: string;
  readonly tags: Record<string, string>;
  artifacts: Partial<Record<ArtifactKind, Record<string, StoredResource>>>;
  operations: Record<string, StoredOperation>;
  /** Bumped for every artifact record, as Synapse numbers them (`recordId` in a write's 202 answer). */
  records: number;
  /** Pipeline runs, by lower-case run id (the pipeline runtime's records; absent until the first run). */
  runs?: Record<string, StoredRun>;
  /**
   * The connection string of the control database provisioned with the workspace's environment: what the pipeline
   * runtime connects to for every PostgreSQL linked service of the workspace (never shown by the API).
   */
  controlDatabase?: string;
}

export interface SynapseSlice {
  /** By lower-cased workspace name. */
  workspaces: Record<string, StoredWorkspace>;
  pageSize: number;
  /** Bumped on every write so two writes within one second still get different etags. */
  writes: number;
}

export const DEFAULT_PAGE_SIZE = 50;

export function synapse(context: SandboxContext): SynapseSlice {
  return context.state.slice<SynapseSlice>('synapse', () => ({
    workspaces: {},
    pageSize: DEFAULT_PAGE_SIZE,
    writes: 0,
  }));
}

export function findWorkspace(context: SandboxContext, name: string): StoredWorkspace | undefined {
  return synapse(context).workspaces[name.toLowerCase()];
}

export function workspaceId(workspace: StoredWorkspace): string {
  return `/subscriptions/${workspace.subscriptionId}/resourceGroups/${workspace.resourceGroup}/providers/Microsoft.Synapse/workspaces/${workspace.name}`;
}

export function artifactsOf(workspace: StoredWorkspace, kind: ArtifactKind): Record<string, StoredResource> {
  workspace.artifacts[kind] ??= {};
  return workspace.artifacts[kind];
}

/** An etag in the format Synapse answers (the Data Factory service's: counter, fixed groups, write time in hex). */
export function nextEtag(context: SandboxContext): string {
  const slice = synapse(context);
  slice.writes += 1;
  const counter = slice.writes.toString(16).padStart(8, '0');
  const seconds = Math.floor(context.clock() / 1000)
    .toString(16)
    .padStart(8, '0');
  return `${counter}-0000-0100-0000-${seconds}0000`;
}
