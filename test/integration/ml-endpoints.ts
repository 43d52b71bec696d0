// Batch endpoints made directly through the ML client in a sandbox environment, for tests whose rows route to
// endpoints other than the one deploy-aml-endpoint deployed: a model version, the endpoint, its deployments, and
// optionally its default deployment.
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';

const lro = { updateIntervalInMs: 100 };

export interface EndpointSpec {
  readonly name: string;
  readonly deployments: readonly string[];
  /** The default deployment; none when left out. */
  readonly defaultDeployment?: string;
}

/** Creates the endpoints (in parallel) with their deployments, each serving version 1 of model `scoring`. */
export async function createEndpoints(
  client: AzureMachineLearningWorkspaces,
  env: EnvironmentInfo,
  specs: readonly EndpointSpec[],
): Promise<void> {
  const { resourceGroup: rg, workspace: ws } = env;
  await client.modelVersions.createOrUpdate(rg, ws, 'scoring', '1', {
    properties: { modelUri: 'azureml://datastores/workspaceblobstore/paths/models/scoring/1/' },
  });
  const assetId = `${env.workspaceInfo.id}/models/scoring/versions/1`;
  await Promise.all(
    specs.map(async (spec) => {
      const endpoint = { location: env.location, properties: { authMode: 'AADToken' as const } };
      await client.batchEndpoints.beginCreateOrUpdateAndWait(rg, ws, spec.name, endpoint, lro);
      for (const deployment of spec.deployments) {
        await client.batchDeployments.beginCreateOrUpdateAndWait(
          rg,
          ws,
          spec.name,
          deployment,
          {
            location: env.location,
            properties: {
              model: { referenceType: 'Id', assetId },
              compute: env.workspaceInfo.computeIds['cpu-cluster']!,
            },
          },
          lro,
        );
      }
      if (spec.defaultDeployment) {
        await client.batchEndpoints.beginCreateOrUpdateAndWait(
          rg,
          ws,
          spec.name,
          {
            ...endpoint,
            properties: { ...endpoint.properties, defaults: { deploymentName: spec.defaultDeployment } },
          },
          lro,
        );
      }
    }),
  );
}
