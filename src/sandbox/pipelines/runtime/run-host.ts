/**
 * Where a pipeline run lives and what it reads: a data factory or a Synapse workspace. Both hold the same pipeline,
 * dataset and linked service JSON (the Synapse artifacts are Data Factory's model, kept in the same stored form), so
 * one runtime executes both; the host gives it the artifacts, the record of runs, the identity Web activities sign
 * in as, the environment's control database, and the global parameters a factory has and a workspace has not.
 *
 * A run keeps a reference to its host, not the host itself: a restore of the sandbox state replaces the slices, and
 * the run reads its host anew each time (`findHost`), as the Data Factory runtime always did with its factory.
 */
import {
  dataFactory,
  factoryKey,
  type StoredFactory,
  type StoredResource,
} from '../../arm/datafactory/store.js';
import type { SandboxContext } from '../../context.js';
import { findWorkspace, type StoredWorkspace } from '../../synapse/store.js';
import { globalParameterValues } from './run-parameters.js';
import type { StoredRun } from './run-records.js';

/** The kinds a run reads from its host. */
export type RunArtifactKind = 'pipelines' | 'datasets' | 'linkedservices';

export type HostRef =
  | {
      readonly type: 'factory';
      readonly subscriptionId: string;
      readonly resourceGroup: string;
      readonly name: string;
    }
  | { readonly type: 'workspace'; readonly name: string };

export interface RunHost {
  readonly ref: HostRef;
  /** The factory's or workspace's name: `pipeline().DataFactory` in both (Synapse's documented system variable). */
  readonly name: string;
  /** "factory 'x'" or "Synapse workspace 'x'", for messages. */
  readonly label: string;
  readonly location: string;
  /** The runs of the host, by lower-case run id. */
  readonly runs: Record<string, StoredRun>;
  artifact(kind: RunArtifactKind, name: string): StoredResource | undefined;
  /** The system-assigned managed identity's object id, if the host has one. */
  readonly principalId?: string;
  /** The connection string of the environment's control database (PostgreSQL linked services). */
  readonly controlDatabase?: string;
  /** Absent in Synapse, which has no global parameters. */
  globalParameters(): Record<string, unknown> | undefined;
}

export function factoryHost(factory: StoredFactory): RunHost {
  const principalId = (factory.identity as { principalId?: unknown } | undefined)?.principalId;
  return {
    ref: {
      type: 'factory',
      subscriptionId: factory.subscriptionId,
      resourceGroup: factory.resourceGroup,
      name: factory.name,
    },
    name: factory.name,
    label: `factory '${factory.name}'`,
    location: factory.location,
    runs: factory.runs,
    artifact: (kind, name) => factory.resources[kind]?.[name.toLowerCase()],
    ...(typeof principalId === 'string' ? { principalId } : {}),
    ...(factory.controlDatabase ? { controlDatabase: factory.controlDatabase } : {}),
    globalParameters: () => globalParameterValues(factory),
  };
}

export function workspaceHost(workspace: StoredWorkspace): RunHost {
  workspace.runs ??= {};
  const runs = workspace.runs;
  return {
    ref: { type: 'workspace', name: workspace.name },
    name: workspace.name,
    label: `Synapse workspace '${workspace.name}'`,
    location: workspace.location,
    runs,
    artifact: (kind, name) => workspace.artifacts[kind]?.[name.toLowerCase()],
    principalId: workspace.principalId,
    ...(workspace.controlDatabase ? { controlDatabase: workspace.controlDatabase } : {}),
    globalParameters: () => undefined,
  };
}

/** The host as the state holds it now; undefined once it was deleted or the state was reset. */
export function findHost(context: SandboxContext, ref: HostRef): RunHost | undefined {
  if (ref.type === 'workspace') {
    const workspace = findWorkspace(context, ref.name);
    return workspace ? workspaceHost(workspace) : undefined;
  }
  const factory = dataFactory(context).factories[factoryKey(ref.subscriptionId, ref.resourceGroup, ref.name)];
  return factory ? factoryHost(factory) : undefined;
}
