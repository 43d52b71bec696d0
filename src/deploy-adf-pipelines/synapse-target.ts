/**
 * A Synapse workspace as the deployment's target. Its artifacts are written and deleted on the development endpoint,
 * each a long-running operation followed to its result (src/shared/synapse/dev-client.ts); integration runtimes are
 * ARM resources in Synapse (`Microsoft.Synapse/workspaces/{ws}/integrationRuntimes`, api-version 2021-06-01; the
 * endpoint only reads them), so they are written through ARM, as the Synapse deployment task writes them
 * (Azure/Synapse-workspace-deployment, artifacts_client.ts). Triggers start and stop with POST `.../start` and
 * `.../stop`, which answer 200 (azure-cli's recordings) or 202 (azure-powershell#16368): both are followed.
 */
import type { ArtifactKind } from '#shared/adf/artifacts.js';
import type { LiveFactory } from '#shared/adf/live-state.js';
import type { ClientFactory } from '#shared/azure/clients.js';
import type { Cloud } from '#shared/azure/clouds.js';
import {
  type ManagementClient,
  resourcePath,
  sendManagementRequest,
} from '#shared/azure/management-requests.js';
import { ConfigurationError, isNotFound } from '#shared/errors.js';
import type { SynapseDevClient } from '#shared/synapse/dev-client.js';
import { readLiveWorkspace, SYNAPSE_PATHS } from '#shared/synapse/live-state.js';
import { getSynapseWorkspace, synapseArmClient, workspacePath } from '#shared/synapse/workspace.js';
import type { DeployTarget } from './deploy-target.js';
import { writeBody } from './resource-writes.js';

export interface SynapseTargetInputs {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly workspace: string;
}

function artifactPath(kind: ArtifactKind, name: string): string {
  const segment = SYNAPSE_PATHS[kind];
  if (!segment) throw new Error(`a Synapse workspace has no ${kind} (refused before the plan)`);
  return `/${segment}/${encodeURIComponent(name)}`;
}

export function synapseTarget(
  dev: SynapseDevClient,
  arm: ManagementClient,
  inputs: SynapseTargetInputs,
): DeployTarget {
  const runtimePath = (name: string) =>
    `${workspacePath(inputs.subscriptionId, inputs.resourceGroup, inputs.workspace)}${resourcePath('integrationRuntimes', name)}`;
  return {
    label: `Synapse workspace '${inputs.workspace}'`,
    async put(artifact) {
      if (artifact.kind === 'integrationRuntime') {
        await sendManagementRequest(arm, {
          method: 'PUT',
          path: runtimePath(artifact.name),
          body: writeBody(artifact),
        });
        return;
      }
      // The artifacts spec requires the name in the body of a notebook and a SQL script (NotebookResource,
      // SqlScriptResource), and holds it read-only in the others' (the Resource envelope).
      const named = artifact.kind === 'notebook' || artifact.kind === 'sqlScript';
      await dev.runOperation('PUT', artifactPath(artifact.kind, artifact.name), {
        ...(named ? { name: artifact.name } : {}),
        ...writeBody(artifact),
      });
    },
    async remove(kind, name) {
      if (kind === 'integrationRuntime') {
        await sendManagementRequest(arm, { method: 'DELETE', path: runtimePath(name) });
        return;
      }
      await dev.runOperation('DELETE', artifactPath(kind, name));
    },
    async startTrigger(name) {
      await dev.runOperation('POST', `${artifactPath('trigger', name)}/start`);
    },
    async stopTrigger(name) {
      await dev.runOperation('POST', `${artifactPath('trigger', name)}/stop`);
    },
  };
}

export interface SynapseState {
  readonly workspace: { readonly name: string; readonly id: string };
  readonly live: LiveFactory;
  readonly dev: SynapseDevClient;
  readonly arm: ManagementClient;
}

/** The workspace through ARM (it must exist), then its artifacts through its development endpoint. */
export async function readSynapseState(
  inputs: SynapseTargetInputs,
  kinds: readonly ArtifactKind[],
  clients: Pick<ClientFactory, 'synapse'> & {
    dataFactory(): Promise<Pick<ManagementClient, 'sendOperationRequest'>>;
  },
  cloud: Pick<Cloud, 'synapseDevSuffix'>,
): Promise<SynapseState> {
  const arm = synapseArmClient(await clients.dataFactory());
  let found: Awaited<ReturnType<typeof getSynapseWorkspace>>;
  try {
    found = await getSynapseWorkspace(arm, {
      subscriptionId: inputs.subscriptionId,
      resourceGroup: inputs.resourceGroup,
      workspace: inputs.workspace,
      devSuffix: cloud.synapseDevSuffix,
    });
  } catch (error) {
    if (isNotFound(error)) {
      throw new ConfigurationError(
        `Input 'synapse-workspace': Synapse workspace '${inputs.workspace}' does not exist in resource group '${inputs.resourceGroup}'. This action deploys into an existing workspace and does not create one: create it (with its infrastructure) first, or check the name.`,
        { input: 'synapse-workspace' },
      );
    }
    throw error;
  }
  const dev = await clients.synapse(found.devEndpoint);
  const live = await readLiveWorkspace(dev, found.name, kinds);
  return { workspace: { name: found.name, id: found.id }, live, dev, arm };
}
