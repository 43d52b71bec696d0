/**
 * The two reads the aml receipt's check makes (aml-verification.ts), as JSON GETs through a Resource Manager client
 * without the Machine Learning SDK: the check reads a handful of fields that the REST body and the SDK's model spell
 * alike (`id`, `properties.provisioningState`, `scoringUri`, `defaults.deploymentName`, `model.assetId`), so loading
 * the SDK (three quarters of a megabyte of code) for two GETs bought nothing. A missing resource is the same RestError
 * (404) as the SDK's, so `isNotFound` reads it alike.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import type { ResourceManagerClient } from '../azure/clients.js';
import { resourcePath, sendManagementRequest } from '../azure/management-requests.js';
import type { AmlReadClient } from './aml-verification.js';

/** `client` must be at the Machine Learning api-version (MACHINE_LEARNING_API_VERSION). */
export function amlReadsOf(client: ResourceManagerClient): AmlReadClient {
  const endpointPath = (rg: string, workspace: string, endpoint: string) =>
    resourcePath(
      'subscriptions',
      client.subscriptionId,
      'resourceGroups',
      rg,
      'providers',
      'Microsoft.MachineLearningServices',
      'workspaces',
      workspace,
      'batchEndpoints',
      endpoint,
    );
  return {
    subscriptionId: client.subscriptionId,
    batchEndpoints: {
      get: async (rg, workspace, endpoint) =>
        (await sendManagementRequest(client, {
          method: 'GET',
          path: endpointPath(rg, workspace, endpoint),
        })) as BatchEndpoint,
    },
    batchDeployments: {
      get: async (rg, workspace, endpoint, deployment) =>
        (await sendManagementRequest(client, {
          method: 'GET',
          path: `${endpointPath(rg, workspace, endpoint)}${resourcePath('deployments', deployment)}`,
        })) as BatchDeployment,
    },
  };
}
