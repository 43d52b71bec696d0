/**
 * The Data Factory operation that writes or deletes each kind of resource, through the real SDK operation groups.
 * Bodies are the ADF JSON of the source (the SDK's pipeline model is flattened, so a pipeline's properties are passed
 * at the top level). The order of the writes, and the triggers' start and stop, are apply.ts.
 */
import type { DataFactoryManagementClient } from '@azure/arm-datafactory';
import type { AdfArtifact, ArtifactKind } from '#shared/adf/artifacts.js';
import type { AdfListClient } from '#shared/adf/live-state.js';

export type AdfApplyClient = AdfListClient & Pick<DataFactoryManagementClient, 'triggers'>;

function managedEndpointName(name: string): [string, string] {
  const slash = name.indexOf('/');
  return [name.slice(0, slash), name.slice(slash + 1)];
}

/** The SDK's body types are its models; the ADF JSON of the source is what they serialise to. */
function body<T>(value: Record<string, unknown>): T {
  return value as T;
}

export async function putArtifact(
  client: AdfApplyClient,
  rg: string,
  factory: string,
  artifact: AdfArtifact,
) {
  const { name, properties } = artifact;
  const wrapped = { properties };
  switch (artifact.kind) {
    case 'integrationRuntime':
      return void (await client.integrationRuntimes.createOrUpdate(rg, factory, name, body(wrapped)));
    case 'credential':
      return void (await client.credentialOperations.createOrUpdate(rg, factory, name, body(wrapped)));
    case 'managedVirtualNetwork':
      return void (await client.managedVirtualNetworks.createOrUpdate(rg, factory, name, body(wrapped)));
    case 'managedPrivateEndpoint': {
      const [vnet, endpoint] = managedEndpointName(name);
      return void (await client.managedPrivateEndpoints.createOrUpdate(
        rg,
        factory,
        vnet,
        endpoint,
        body(wrapped),
      ));
    }
    case 'linkedService':
      return void (await client.linkedServices.createOrUpdate(rg, factory, name, body(wrapped)));
    case 'dataset':
      return void (await client.datasets.createOrUpdate(rg, factory, name, body(wrapped)));
    case 'dataflow':
      return void (await client.dataFlows.createOrUpdate(rg, factory, name, body(wrapped)));
    case 'pipeline':
      // PipelineResource is flattened in the SDK: its properties sit at the top of the model.
      return void (await client.pipelines.createOrUpdate(rg, factory, name, body({ ...properties })));
    case 'trigger': {
      // runtimeState is read-only; start/stop manage it.
      const { runtimeState: _, ...rest } = properties;
      return void (await client.triggers.createOrUpdate(rg, factory, name, body({ properties: rest })));
    }
    case 'globalParameters':
      return void (await client.globalParameters.createOrUpdate(rg, factory, name, body(wrapped)));
    case 'factory':
      throw new Error('the factory resource itself is not deployed by applyPlan');
  }
}

export async function deleteResource(
  client: AdfApplyClient,
  rg: string,
  factory: string,
  kind: ArtifactKind,
  name: string,
) {
  switch (kind) {
    case 'integrationRuntime':
      return client.integrationRuntimes.delete(rg, factory, name);
    case 'credential':
      return client.credentialOperations.delete(rg, factory, name);
    case 'managedVirtualNetwork':
      throw new Error('ADF has no operation to delete a managed virtual network'); // filtered out before
    case 'managedPrivateEndpoint': {
      const [vnet, endpoint] = managedEndpointName(name);
      return client.managedPrivateEndpoints.delete(rg, factory, vnet, endpoint);
    }
    case 'linkedService':
      return client.linkedServices.delete(rg, factory, name);
    case 'dataset':
      return client.datasets.delete(rg, factory, name);
    case 'dataflow':
      return client.dataFlows.delete(rg, factory, name);
    case 'pipeline':
      return client.pipelines.delete(rg, factory, name);
    case 'trigger':
      return client.triggers.delete(rg, factory, name);
    case 'globalParameters':
      return client.globalParameters.delete(rg, factory, name);
    case 'factory':
      throw new Error('applyPlan never deletes the factory');
  }
}
