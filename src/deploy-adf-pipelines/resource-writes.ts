/**
 * The Data Factory request that writes or deletes each kind of resource. Bodies are the source's ADF JSON as the REST
 * API defines it (`{ "properties": { ... } }`), sent as they are as JSON requests (management-requests.ts) through
 * the action's Resource Manager client (`ClientFactory.resourceManager`, or any management client): the SDK's models
 * drop what they do not describe (a mapping data flow's `typeProperties`, for one), and what the factory holds must
 * be what the source says. The order of the writes, and the triggers' start and stop, are apply.ts.
 */
import type { DataFactoryManagementClient } from '@azure/arm-datafactory';
import {
  type AdfArtifact,
  type ArtifactKind,
  isSynapseOnlyKind,
  type SynapseOnlyKind,
} from '#shared/adf/artifacts.js';
import { type AdfListClient, factoryPath } from '#shared/adf/live-state.js';
import {
  type ManagementClient,
  resourcePath,
  sendManagementRequest,
} from '#shared/azure/management-requests.js';

/** A trigger's start and stop: long-running operations, which the SDK's triggers poll (deploy-target.ts). */
export type TriggerOperations = Pick<
  DataFactoryManagementClient['triggers'],
  'beginStartAndWait' | 'beginStopAndWait'
>;

export type AdfApplyClient = AdfListClient & ManagementClient & { readonly triggers: TriggerOperations };

/** The REST path segments below the factory of each kind (as the 2018-06-01 spec spells them). */
const SEGMENT: Readonly<
  Record<Exclude<ArtifactKind, 'factory' | 'managedPrivateEndpoint' | SynapseOnlyKind>, string>
> = {
  integrationRuntime: 'integrationRuntimes',
  credential: 'credentials',
  managedVirtualNetwork: 'managedVirtualNetworks',
  linkedService: 'linkedservices',
  dataset: 'datasets',
  dataflow: 'dataflows',
  changeDataCapture: 'adfcdcs',
  pipeline: 'pipelines',
  trigger: 'triggers',
  globalParameters: 'globalParameters',
};

/** `.../factories/<factory>/<kind segment>/<name>`; a managed private endpoint is named `<network>/<endpoint>`. */
function artifactPath(client: AdfApplyClient, rg: string, factory: string, kind: ArtifactKind, name: string) {
  const base = factoryPath(client.subscriptionId, rg, factory);
  if (kind === 'factory') throw new Error('the factory resource itself is not written by applyPlan');
  if (isSynapseOnlyKind(kind)) throw new Error(`a data factory has no ${kind} (refused before the plan)`);
  if (kind === 'managedPrivateEndpoint') {
    const slash = name.indexOf('/');
    return `${base}${resourcePath('managedVirtualNetworks', name.slice(0, slash), 'managedPrivateEndpoints', name.slice(slash + 1))}`;
  }
  return `${base}${resourcePath(SEGMENT[kind], name)}`;
}

/** The body ADF receives: the source's properties, less a trigger's read-only runtime state (start/stop manage it). */
export function writeBody(artifact: Pick<AdfArtifact, 'kind' | 'properties'>): {
  properties: Record<string, unknown>;
} {
  if (artifact.kind !== 'trigger') return { properties: artifact.properties };
  const { runtimeState: _, ...rest } = artifact.properties;
  return { properties: rest };
}

export async function putArtifact(
  client: AdfApplyClient,
  rg: string,
  factory: string,
  artifact: AdfArtifact,
): Promise<void> {
  await sendManagementRequest(client, {
    method: 'PUT',
    path: artifactPath(client, rg, factory, artifact.kind, artifact.name),
    body: writeBody(artifact),
  });
}

export async function deleteResource(
  client: AdfApplyClient,
  rg: string,
  factory: string,
  kind: ArtifactKind,
  name: string,
): Promise<void> {
  if (kind === 'managedVirtualNetwork') {
    throw new Error('ADF has no operation to delete a managed virtual network'); // filtered out before
  }
  await sendManagementRequest(client, {
    method: 'DELETE',
    path: artifactPath(client, rg, factory, kind, name),
  });
}
