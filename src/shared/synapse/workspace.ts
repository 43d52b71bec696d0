/**
 * A Synapse workspace as ARM describes it (`Microsoft.Synapse/workspaces`, api-version 2021-06-01): its id and its
 * development endpoint, `properties.connectivityEndpoints.dev`, where its artifacts live. The endpoint is taken from
 * the workspace rather than built from its name, so a private or sovereign cloud's host is the one its ARM names;
 * only when ARM names none is it `https://{workspace}.{cloud's Synapse suffix}`.
 */
import { type ManagementClient, resourcePath, sendManagementRequest } from '../azure/management-requests.js';
import { isRecord } from '../values.js';

export const SYNAPSE_ARM_API_VERSION = '2021-06-01';

export interface SynapseWorkspace {
  readonly name: string;
  readonly id: string;
  readonly devEndpoint: string;
  /** Synapse Studio for the workspace (`properties.connectivityEndpoints.web`), when ARM names it. */
  readonly web?: string;
}

/** A management client's request path with the Synapse api-version (any `@azure/arm-*` client's pipeline serves). */
export function synapseArmClient(client: Pick<ManagementClient, 'sendOperationRequest'>): ManagementClient {
  return {
    sendOperationRequest: client.sendOperationRequest.bind(client),
    apiVersion: SYNAPSE_ARM_API_VERSION,
  };
}

export function workspacePath(subscriptionId: string, resourceGroup: string, workspace: string): string {
  return resourcePath(
    'subscriptions',
    subscriptionId,
    'resourceGroups',
    resourceGroup,
    'providers',
    'Microsoft.Synapse',
    'workspaces',
    workspace,
  );
}

/** GET of the workspace; a missing one throws the SDK's 404 (the caller says what to do). */
export async function getSynapseWorkspace(
  client: ManagementClient,
  target: { subscriptionId: string; resourceGroup: string; workspace: string; devSuffix: string },
): Promise<SynapseWorkspace> {
  const body = await sendManagementRequest(client, {
    method: 'GET',
    path: workspacePath(target.subscriptionId, target.resourceGroup, target.workspace),
  });
  const record = isRecord(body) ? body : {};
  const properties = isRecord(record.properties) ? record.properties : {};
  const endpoints = isRecord(properties.connectivityEndpoints) ? properties.connectivityEndpoints : {};
  const dev = typeof endpoints.dev === 'string' && endpoints.dev !== '' ? endpoints.dev : undefined;
  const web = typeof endpoints.web === 'string' && endpoints.web !== '' ? endpoints.web : undefined;
  return {
    name: typeof record.name === 'string' ? record.name : target.workspace,
    id: typeof record.id === 'string' ? record.id : '',
    devEndpoint: dev ?? `https://${target.workspace}.${target.devSuffix}`,
    ...(web ? { web } : {}),
  };
}
