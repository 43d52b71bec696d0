/**
 * Invoking a batch endpoint: `POST {scoringUri}` with a token for the Azure ML data plane (`https://ml.azure.com` in
 * the public cloud: the token audience is never the endpoint's own URL), the REST body documented for batch
 * endpoints (AZURE-CONTRACTS.md "Batch endpoint invocation"; Azure/azureml-examples' REST and ADF samples):
 *   {"properties": {"InputData": {"<name>": {"JobInputType": ..., "Uri": ...}},
 *                   "OutputData": {"<name>": {"JobOutputType": "UriFolder", "Uri": "azureml://..."}}}}
 * and the `azureml-model-deployment` header naming the deployment of the aml receipt, so the job scores with the
 * deployment that was verified even if the endpoint's default moves meanwhile. The answer is the job (its name is
 * the last segment of `id`).
 *
 * The POST creates a job, so it is not retried on a lost answer (a retry could start a second job); only a 429 or
 * 503 with Retry-After, which the service answers before doing anything, is retried. `@azure/core-rest-pipeline` is
 * loaded only here.
 */
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from '#shared/azure/clouds.js';
import type { DataType } from '../scoring-input.js';

export interface InvocationRequest {
  readonly scoringUri: string;
  readonly deployment: string;
  readonly input: { readonly type: DataType; readonly uri: string };
  /** A datastore folder that does not exist yet: batch jobs write only to a new location. */
  readonly outputUri: string;
}

export interface InvocationAccess {
  readonly credential: TokenCredential;
  readonly cloud: Pick<Cloud, 'mlDataPlaneScope'>;
  readonly caCertificates: readonly string[] | undefined;
  readonly userAgent: string;
  readonly signal?: AbortSignal;
}

export interface InvokedJob {
  readonly name: string;
  readonly id: string | undefined;
  readonly status: string | undefined;
}

interface JobAnswer {
  readonly id?: string;
  readonly name?: string;
  readonly properties?: { readonly status?: string };
}

export function invocationBody(request: InvocationRequest) {
  return {
    properties: {
      InputData: { input_data: { JobInputType: request.input.type, Uri: request.input.uri } },
      OutputData: { score: { JobOutputType: 'UriFolder', Uri: request.outputUri } },
    },
  };
}

export async function invokeBatchEndpoint(
  request: InvocationRequest,
  access: InvocationAccess,
): Promise<InvokedJob> {
  const {
    bearerTokenAuthenticationPolicy,
    createDefaultHttpClient,
    createHttpHeaders,
    createPipelineFromOptions,
    createPipelineRequest,
    RestError,
    throttlingRetryPolicy,
  } = await import('@azure/core-rest-pipeline');
  const pipeline = createPipelineFromOptions({
    ...(access.caCertificates ? { tlsOptions: { ca: [...access.caCertificates] } } : {}),
    userAgentOptions: { userAgentPrefix: access.userAgent },
  });
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  pipeline.addPolicy(throttlingRetryPolicy(), { phase: 'Retry' });
  pipeline.addPolicy(
    bearerTokenAuthenticationPolicy({ credential: access.credential, scopes: access.cloud.mlDataPlaneScope }),
  );
  const pipelineRequest = createPipelineRequest({
    url: request.scoringUri,
    method: 'POST',
    headers: createHttpHeaders({
      'content-type': 'application/json',
      accept: 'application/json',
      'azureml-model-deployment': request.deployment,
    }),
    body: JSON.stringify(invocationBody(request)),
    ...(access.signal ? { abortSignal: access.signal } : {}),
  });
  const response = await pipeline.sendRequest(createDefaultHttpClient(), pipelineRequest);
  let body: unknown;
  try {
    body = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
  } catch {
    body = undefined;
  }
  if (response.status >= 300) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new RestError(error?.message ?? `The scoring request was answered ${response.status}`, {
      ...(error?.code ? { code: error.code } : {}),
      statusCode: response.status,
      request: pipelineRequest,
      response,
    });
  }
  const job = (body ?? {}) as JobAnswer;
  const name = job.name ?? job.id?.split('/').pop();
  if (!name) throw new Error(`The scoring request was answered ${response.status} without a job`);
  return { name, id: job.id, status: job.properties?.status };
}
