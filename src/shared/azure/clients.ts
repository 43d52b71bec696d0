/**
 * Management clients for the chosen cloud, built on first use: each SDK is imported only by the action that asks for
 * it, and at most once.
 */

import type { DataFactoryManagementClient } from '@azure/arm-datafactory';
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from './clouds.js';

export interface ClientFactoryOptions {
  readonly credential: TokenCredential;
  readonly cloud: Cloud;
  readonly subscriptionId: string;
  /** Sent as the User-Agent prefix (`<action>/<version>`) so Azure-side logs show which action made a call. */
  readonly userAgent: { readonly action: string; readonly version: string };
  /** Trust store for the ARM endpoint (see `loadCaCertificates`). */
  readonly caCertificates?: readonly string[];
  /** The SDK's own retry policy (429/5xx/network); it defaults to 3 retries. */
  readonly retry?: { readonly maxRetries?: number };
}

export interface ClientFactory {
  dataFactory(): Promise<DataFactoryManagementClient>;
  machineLearning(): Promise<AzureMachineLearningWorkspaces>;
}

/** The options every management client gets; exported so a test can hold them against the cloud. */
export function managementClientOptions(options: ClientFactoryOptions) {
  const { cloud, userAgent, caCertificates, retry } = options;
  return {
    // `endpoint` is what moves the base URL (`$host` does not); the scope must be the cloud's ARM audience, since
    // the SDK would otherwise ask for `<endpoint>/.default`.
    endpoint: cloud.armEndpoint,
    credentialScopes: cloud.armScope,
    userAgentOptions: { userAgentPrefix: `${userAgent.action}/${userAgent.version}` },
    ...(retry?.maxRetries === undefined ? {} : { retryOptions: { maxRetries: retry.maxRetries } }),
    ...(caCertificates ? { tlsOptions: { ca: [...caCertificates] } } : {}),
  };
}

export function createClientFactory(options: ClientFactoryOptions): ClientFactory {
  const clientOptions = managementClientOptions(options);
  let dataFactory: Promise<DataFactoryManagementClient> | undefined;
  let machineLearning: Promise<AzureMachineLearningWorkspaces> | undefined;
  return {
    dataFactory() {
      dataFactory ??= import('@azure/arm-datafactory').then(
        ({ DataFactoryManagementClient }) =>
          new DataFactoryManagementClient(options.credential, options.subscriptionId, clientOptions),
      );
      return dataFactory;
    },
    machineLearning() {
      machineLearning ??= import('@azure/arm-machinelearning').then(
        ({ AzureMachineLearningWorkspaces }) =>
          new AzureMachineLearningWorkspaces(options.credential, options.subscriptionId, clientOptions),
      );
      return machineLearning;
    },
  };
}
