/**
 * Management clients for the chosen cloud, built on first use: each SDK is imported only by the action that asks for
 * it, and at most once. `resourceManager` is the same pipeline without an SDK: for JSON requests
 * (management-requests.ts) it serves as well as an SDK client does, without loading an SDK's megabyte of operations
 * and models.
 */

import type { DataFactoryManagementClient } from '@azure/arm-datafactory';
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/core-auth';
import type { ServiceClient } from '@azure/core-client';
import type { RunDeadline } from '../deadline.js';
import type { SynapseDevClient } from '../synapse/dev-client.js';
import type { Cloud } from './clouds.js';
import { deadlinePolicy } from './deadline-policy.js';
import type { ManagementClient } from './management-requests.js';

export interface ClientFactoryOptions {
  readonly credential: TokenCredential;
  readonly cloud: Cloud;
  readonly subscriptionId: string;
  /** Sent as the User-Agent prefix (`<action>/<version>`) so Azure-side logs show which action made a call. */
  readonly userAgent: { readonly action: string; readonly version: string };
  /** Trust store for the ARM endpoint (see `loadCaCertificates`). */
  readonly caCertificates?: readonly string[];
  /**
   * The SDK's own retry policy (5xx/network, and 429 once the throttling budget below is spent); it defaults to 3
   * retries. `maxRetries: 0` also turns off waiting out ARM throttling.
   */
  readonly retry?: { readonly maxRetries?: number };
  /** The run's deadline: every request of every client stops at it (deadline-policy.ts). */
  readonly deadline?: RunDeadline;
}

/** A Resource Manager client for JSON requests (management-requests.ts) at one api-version, in one subscription. */
export type ResourceManagerClient = ManagementClient & { readonly subscriptionId: string };

export interface ClientFactory {
  /**
   * The management clients' pipeline (endpoint, sign-in for the ARM audience with the claims challenge, retries, ARM
   * throttling, deadline, TLS trust, user agent) without an SDK, one pipeline for every api-version.
   */
  resourceManager(apiVersion: string): Promise<ResourceManagerClient>;
  dataFactory(): Promise<DataFactoryManagementClient>;
  machineLearning(): Promise<AzureMachineLearningWorkspaces>;
  /** A Synapse workspace's development endpoint (its URL from the workspace's ARM resource), one client per URL. */
  synapse(devEndpoint: string): Promise<SynapseDevClient>;
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

/** How many 429 answers in a row one request waits out before the SDK's retry policy sees one. */
export const THROTTLED_RETRIES = 30;

/** Retry-After in ms (seconds or an HTTP date); 1 s when absent or unreadable. */
function retryAfterMs(value: string | undefined): number {
  if (value === undefined) return 1000;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && value.trim() !== '') return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 1000;
}

/**
 * ARM answers a drained token bucket (writes 200 + 10/s per principal and region) with 429 and Retry-After. For a
 * deploy writing hundreds of resources with bounded parallelism that is backpressure, not failure, so a 429 is
 * waited out here, as long as Retry-After asks and up to THROTTLED_RETRIES times, inside the SDK's retry policy,
 * whose few retries stay for real failures (5xx, network). Only 429: a 503 is the service's, not the throttle's.
 */
async function armThrottlingPolicy() {
  const { retryPolicy } = await import('@azure/core-rest-pipeline');
  return retryPolicy(
    [
      {
        name: 'armThrottling',
        retry: ({ response }) =>
          response?.status === 429
            ? { retryAfterInMs: retryAfterMs(response.headers.get('retry-after') ?? undefined) }
            : { skipStrategy: true },
      },
    ],
    { maxRetries: THROTTLED_RETRIES },
  );
}

export function createClientFactory(options: ClientFactoryOptions): ClientFactory {
  const throttling = options.retry?.maxRetries === 0 ? undefined : armThrottlingPolicy();
  const clientOptions = async () => {
    const policies = [
      ...(options.deadline
        ? [{ policy: deadlinePolicy(options.deadline), position: 'perCall' as const }]
        : []),
      ...(throttling ? [{ policy: await throttling, position: 'perRetry' as const }] : []),
    ];
    return {
      ...managementClientOptions(options),
      ...(policies.length ? { additionalPolicies: policies } : {}),
    };
  };
  let dataFactory: Promise<DataFactoryManagementClient> | undefined;
  let machineLearning: Promise<AzureMachineLearningWorkspaces> | undefined;
  let resourceManager: Promise<ServiceClient> | undefined;
  const synapse = new Map<string, Promise<SynapseDevClient>>();
  return {
    async resourceManager(apiVersion) {
      resourceManager ??= Promise.all([
        import('@azure/core-client'),
        import('@azure/core-rest-pipeline'),
        clientOptions(),
      ]).then(([core, rest, settings]) => {
        // As the ARM SDKs build theirs: JSON bodies, and the bearer policy answering a claims challenge (CAE).
        const client = new core.ServiceClient({
          ...settings,
          requestContentType: 'application/json; charset=utf-8',
        });
        client.pipeline.addPolicy(
          rest.bearerTokenAuthenticationPolicy({
            credential: options.credential,
            scopes: options.cloud.armScope,
            challengeCallbacks: { authorizeRequestOnChallenge: core.authorizeRequestOnClaimChallenge },
          }),
        );
        return client;
      });
      const client = await resourceManager;
      return {
        apiVersion,
        subscriptionId: options.subscriptionId,
        sendOperationRequest: (args, spec) => client.sendOperationRequest(args, spec),
      };
    },
    synapse(devEndpoint) {
      let client = synapse.get(devEndpoint);
      if (!client) {
        client = import('../synapse/dev-client.js').then(({ createSynapseDevClient }) =>
          createSynapseDevClient({
            endpoint: devEndpoint,
            credential: options.credential,
            scope: options.cloud.synapseDevScope,
            userAgentPrefix: `${options.userAgent.action}/${options.userAgent.version}`,
            ...(options.caCertificates ? { caCertificates: options.caCertificates } : {}),
            ...(options.deadline ? { deadline: options.deadline } : {}),
          }),
        );
        synapse.set(devEndpoint, client);
      }
      return client;
    },
    dataFactory() {
      dataFactory ??= Promise.all([import('@azure/arm-datafactory'), clientOptions()]).then(
        ([{ DataFactoryManagementClient }, settings]) =>
          new DataFactoryManagementClient(options.credential, options.subscriptionId, settings),
      );
      return dataFactory;
    },
    machineLearning() {
      machineLearning ??= Promise.all([import('@azure/arm-machinelearning'), clientOptions()]).then(
        ([{ AzureMachineLearningWorkspaces }, settings]) =>
          new AzureMachineLearningWorkspaces(options.credential, options.subscriptionId, settings),
      );
      return machineLearning;
    },
  };
}
