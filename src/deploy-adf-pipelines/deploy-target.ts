/**
 * Where a deployment writes: a data factory (ARM, `Microsoft.DataFactory/factories`) or a Synapse workspace (its
 * development endpoint, synapse-target.ts). apply.ts plans and orders the same way for both; only these four
 * operations differ. The factory's are the Data Factory REST requests of resource-writes.ts and the SDK's trigger
 * start and stop (`triggersOnDemand`: the SDK loads only for a deployment that starts or stops a trigger).
 */
import type { DataFactoryManagementClient } from '@azure/arm-datafactory';
import type { AdfArtifact, ArtifactKind } from '#shared/adf/artifacts.js';
import {
  type AdfApplyClient,
  deleteResource,
  putArtifact,
  type TriggerOperations,
} from './resource-writes.js';

export interface DeployTarget {
  /** `data factory 'adf-dev'`, `Synapse workspace 'syn-dev'`: how messages name it. */
  readonly label: string;
  put(artifact: AdfArtifact): Promise<void>;
  remove(kind: ArtifactKind, name: string): Promise<void>;
  startTrigger(name: string): Promise<void>;
  stopTrigger(name: string): Promise<void>;
}

export function factoryTarget(
  client: AdfApplyClient,
  rg: string,
  factory: string,
  pollOptions: { updateIntervalInMs: number },
): DeployTarget {
  return {
    label: `data factory '${factory}'`,
    put: (artifact) => putArtifact(client, rg, factory, artifact),
    remove: (kind, name) => deleteResource(client, rg, factory, kind, name),
    startTrigger: async (name) => {
      await client.triggers.beginStartAndWait(rg, factory, name, pollOptions);
    },
    stopTrigger: async (name) => {
      await client.triggers.beginStopAndWait(rg, factory, name, pollOptions);
    },
  };
}

/**
 * The Data Factory SDK's trigger start and stop, the SDK built by `load` on the first of them: its megabyte of code
 * serves only these long-running operations (every read and write is a JSON request), so a deployment that starts
 * and stops no trigger (a no-op redeploy, for one) never loads it.
 */
export function triggersOnDemand(
  load: () => Promise<Pick<DataFactoryManagementClient, 'triggers'>>,
): TriggerOperations {
  return {
    beginStartAndWait: async (...args) => (await load()).triggers.beginStartAndWait(...args),
    beginStopAndWait: async (...args) => (await load()).triggers.beginStopAndWait(...args),
  };
}
