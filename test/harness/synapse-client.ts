/**
 * A client of a Synapse workspace's development endpoint the way an action would talk to it: the REST API through
 * the Azure core pipeline (`@azure/core-rest-pipeline`: bearer tokens for `https://dev.azuresynapse.net`, the
 * sandbox CA, retries), bodies sent and read as raw JSON, and long-running operations followed by `@azure/core-lro`'s
 * `createHttpPoller`, the LRO engine of Azure's generated clients (Location polling, Retry-After honoured).
 */
import type { TokenCredential } from '@azure/core-auth';
import { createHttpPoller, type LroResponse } from '@azure/core-lro';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
} from '@azure/core-rest-pipeline';

export const SYNAPSE_DEV_SCOPE = 'https://dev.azuresynapse.net/.default';
export const SYNAPSE_API = 'api-version=2020-12-01';

export interface SynapseResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Parsed JSON, or undefined for an empty body. */
  readonly body: unknown;
}

export interface SynapseClient {
  /** One request; `path` is relative to the endpoint (`/pipelines/p?api-version=...`) or an absolute URL. */
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<SynapseResponse>;
  /** A long-running operation followed to its end; `initial` is its first answer, `result` the last poll's body. */
  lro(method: string, path: string, body?: unknown): Promise<{ initial: SynapseResponse; result: unknown }>;
}

export function synapseClient(
  endpoint: string,
  credential: TokenCredential,
  options: { ca: string; scope?: string },
): SynapseClient {
  const pipeline = createPipelineFromOptions({
    tlsOptions: { ca: options.ca },
    retryOptions: { maxRetries: 2, retryDelayInMs: 50, maxRetryDelayInMs: 200 },
  });
  pipeline.addPolicy(
    bearerTokenAuthenticationPolicy({ credential, scopes: options.scope ?? SYNAPSE_DEV_SCOPE }),
  );
  const httpClient = createDefaultHttpClient();

  const send: SynapseClient['send'] = async (method, path, body, headers = {}) => {
    const url = /^https:/.test(path) ? path : `${endpoint}${path}`;
    const request = createPipelineRequest({
      url,
      method: method as never,
      headers: createHttpHeaders({
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = await pipeline.sendRequest(httpClient, request);
    const text = response.bodyAsText ?? '';
    return {
      status: response.status,
      headers: response.headers.toJSON(),
      body: text ? JSON.parse(text) : undefined,
    };
  };

  const asLro = (response: SynapseResponse): LroResponse => ({
    flatResponse: response.body,
    rawResponse: { statusCode: response.status, headers: response.headers, body: response.body },
  });

  return {
    send,
    async lro(method, path, body) {
      let initial: SynapseResponse | undefined;
      const poller = await createHttpPoller(
        {
          requestMethod: method,
          requestPath: `${endpoint}${path}`,
          sendInitialRequest: async () => {
            initial = await send(method, path, body);
            if (initial.status >= 400)
              throw new Error(`${method} ${path}: ${initial.status} ${JSON.stringify(initial.body)}`);
            return asLro(initial);
          },
          sendPollRequest: async (location) => asLro(await send('GET', location)),
        },
        { intervalInMs: 50 },
      );
      const result = await poller.pollUntilDone();
      return { initial: initial!, result };
    },
  };
}
