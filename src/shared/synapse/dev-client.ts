/**
 * A client of a Synapse workspace's development endpoint (`https://{workspace}.dev.azuresynapse.net`): the REST API
 * (api-version 2020-12-01, the stable artifacts spec) through the Azure core pipeline, bodies sent and read as the
 * service's JSON.
 *
 * Why not `@azure/synapse-artifacts`: it is still beta, and its generated models deserialise every artifact through
 * polymorphic mappers that drop what they do not describe (the same loss the ADF writes avoid by sending raw JSON,
 * see management-requests.ts); what the workspace holds must be what the source says. The core pipeline gives the
 * same sign-in (a bearer token for the cloud's Synapse audience), retries, TLS trust and user agent as the SDKs.
 *
 * Artifact writes and deletes are long-running: 202 with a `Location` at `{endpoint}/operationResults/{id}`, polled
 * until it answers 200. Synapse reports a refused operation in that 200's body (`{"status":"Failed","error":...}`,
 * terraform-provider-azurerm#19849), so the result's status is read, not only the HTTP codes.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { HttpMethods } from '@azure/core-rest-pipeline';
import { deadlinePolicy } from '../azure/deadline-policy.js';
import type { RunDeadline } from '../deadline.js';
import { isRecord } from '../values.js';

export const SYNAPSE_DEV_API_VERSION = '2020-12-01';

export interface SynapseDevClientOptions {
  readonly endpoint: string;
  readonly credential: TokenCredential;
  /** The cloud's Synapse development audience, as a scope (`https://dev.azuresynapse.net/.default`). */
  readonly scope: string;
  readonly userAgentPrefix?: string;
  readonly caCertificates?: readonly string[];
  /** The wait between polls when the service gives no Retry-After (default 1000 ms). */
  readonly pollIntervalMs?: number;
  /** How long one operation may run before it is reported as not finished (default 10 minutes). */
  readonly operationTimeoutMs?: number;
  /** The run's deadline: every request stops at it, as the management clients' do (deadline-policy.ts). */
  readonly deadline?: RunDeadline;
}

export interface SynapseResponse {
  readonly status: number;
  readonly body: unknown;
  readonly location?: string;
  readonly retryAfterMs?: number;
  /** The answer's headers (a run's poller reads Retry-After in all its spellings, shared/azure/polling.ts). */
  readonly header?: (name: string) => string | undefined;
}

/** A refusal of the development endpoint: the HTTP status (when there was one) and Synapse's code and message. */
export class SynapseRequestError extends Error {
  override readonly name = 'SynapseRequestError';
  constructor(
    message: string,
    readonly statusCode: number | undefined,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export interface SynapseDevClient {
  readonly endpoint: string;
  /** One request; `path` starts at the endpoint (`/pipelines`) or is an absolute URL (a `nextLink`). */
  send(method: HttpMethods, path: string, body?: unknown): Promise<SynapseResponse>;
  /** A long-running write, delete or action followed to its end; answers the result's body. */
  runOperation(method: 'PUT' | 'DELETE' | 'POST', path: string, body?: unknown): Promise<unknown>;
}

function errorOf(status: number | undefined, body: unknown, fallback: string): SynapseRequestError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : isRecord(body) ? body : {};
  const code = typeof error.code === 'string' ? error.code : undefined;
  const message = typeof error.message === 'string' && error.message ? error.message : fallback;
  return new SynapseRequestError(message, status, code);
}

export async function createSynapseDevClient(options: SynapseDevClientOptions): Promise<SynapseDevClient> {
  const {
    bearerTokenAuthenticationPolicy,
    createDefaultHttpClient,
    createHttpHeaders,
    createPipelineFromOptions,
    createPipelineRequest,
  } = await import('@azure/core-rest-pipeline');
  const pipeline = createPipelineFromOptions({
    ...(options.caCertificates ? { tlsOptions: { ca: [...options.caCertificates] } } : {}),
    ...(options.userAgentPrefix ? { userAgentOptions: { userAgentPrefix: options.userAgentPrefix } } : {}),
  });
  pipeline.addPolicy(
    bearerTokenAuthenticationPolicy({ credential: options.credential, scopes: options.scope }),
  );
  if (options.deadline) pipeline.addPolicy(deadlinePolicy(options.deadline), { phase: 'Serialize' });
  const httpClient = createDefaultHttpClient();
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const timeoutMs = options.operationTimeoutMs ?? 600_000;

  const send: SynapseDevClient['send'] = async (method, path, body) => {
    const absolute = /^https:\/\//i.test(path);
    const url = new URL(absolute ? path : `${endpoint}${path}`);
    if (!url.searchParams.has('api-version')) url.searchParams.set('api-version', SYNAPSE_DEV_API_VERSION);
    const request = createPipelineRequest({
      url: url.href,
      method,
      headers: createHttpHeaders({
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      }),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const response = await pipeline.sendRequest(httpClient, request);
    const text = response.bodyAsText ?? '';
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (response.status >= 400) {
      throw errorOf(response.status, parsed, `${method} ${url.pathname} answered ${response.status}`);
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    const location = response.headers.get('location');
    return {
      status: response.status,
      body: parsed,
      header: (name) => response.headers.get(name),
      ...(location ? { location } : {}),
      ...(Number.isFinite(retryAfter) && response.headers.has('retry-after')
        ? { retryAfterMs: retryAfter * 1000 }
        : {}),
    };
  };

  const runOperation: SynapseDevClient['runOperation'] = async (method, path, body) => {
    let response = await send(method, path, body);
    const deadline = Date.now() + timeoutMs;
    while (response.status === 202 && response.location) {
      if (Date.now() > deadline) {
        throw new SynapseRequestError(
          `the operation (${method} ${path}) has not finished after ${Math.round(timeoutMs / 1000)} s`,
          undefined,
          'OperationTimedOut',
        );
      }
      const location = response.location;
      const wait = response.retryAfterMs ?? pollIntervalMs;
      await new Promise((done) => setTimeout(done, Math.min(Math.max(wait, 0), 30_000)));
      response = await send('GET', location);
      if (response.status === 202 && !response.location) response = { ...response, location };
    }
    const result = response.body;
    if (isRecord(result) && result.status === 'Failed')
      throw errorOf(undefined, result, 'the operation failed');
    return result;
  };

  return { endpoint, send, runOperation };
}
