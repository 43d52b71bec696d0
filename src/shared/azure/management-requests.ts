/**
 * A JSON request to Azure Resource Manager through a management client's own request path: the client's endpoint,
 * pipeline (sign-in for the cloud's ARM audience, retries, the ARM throttling policy, TLS trust, user agent) and error
 * handling, as for its own operations (`ServiceClient.sendOperationRequest`), but the body is sent as the JSON given.
 *
 * Why: an SDK operation serialises its body through the SDK's model, and the model silently drops what it does not
 * describe. `@azure/arm-datafactory`'s `MappingDataFlow`, for one, flattens `typeProperties` into `sources`, `sinks`,
 * ..., so a data flow handed over as the service's own JSON (`{ type, typeProperties: {...} }`) reached the service
 * empty. The REST body is the contract (the REST spec); the SDK's models are one client's view of it. Here the body's
 * mapper is `any`, which core-client's serializer passes through untouched.
 *
 * A non-2xx answer is thrown as the SDK throws it: a RestError carrying ARM's error code, the status and the response.
 */
import { createSerializer, type OperationSpec, type ServiceClient } from '@azure/core-client';
import type { HttpMethods } from '@azure/core-rest-pipeline';

/** What a request needs of a management client (every `@azure/arm-*` client is one): its request path, its api-version. */
export type ManagementClient = Pick<ServiceClient, 'sendOperationRequest'> & { readonly apiVersion: string };

export interface ManagementRequest {
  readonly method: HttpMethods;
  /** The resource path below the endpoint, segments already URL-encoded (see `resourcePath`). */
  readonly path: string;
  readonly body?: unknown;
}

/** `/a/b%20c` from `['a', 'b c']`: each segment encoded, so a name can never change the path it is part of. */
export function resourcePath(...segments: readonly string[]): string {
  return segments.map((segment) => `/${encodeURIComponent(segment)}`).join('');
}

const serializer = createSerializer({}, false);

/** Sends the request; answers the parsed JSON body (undefined when there is none), or throws the SDK's RestError. */
export async function sendManagementRequest(
  client: ManagementClient,
  request: ManagementRequest,
): Promise<unknown> {
  const spec: OperationSpec = {
    // The path is literal: its segments were encoded by resourcePath, so no URL parameter is substituted.
    path: request.path,
    httpMethod: request.method,
    // Any 2xx is success (ADF answers 200 or 204 to a DELETE); anything else is an error read from ARM's body.
    responses: { 200: {}, 201: {}, 202: {}, 204: {}, default: {} },
    queryParameters: [
      {
        parameterPath: 'apiVersion',
        mapper: {
          serializedName: 'api-version',
          defaultValue: client.apiVersion,
          isConstant: true,
          type: { name: 'String' },
        },
      },
    ],
    headerParameters: [
      {
        parameterPath: 'accept',
        mapper: {
          serializedName: 'Accept',
          defaultValue: 'application/json',
          isConstant: true,
          type: { name: 'String' },
        },
      },
    ],
    ...(request.body === undefined
      ? {}
      : {
          requestBody: {
            parameterPath: 'body',
            mapper: { serializedName: 'body', required: true, type: { name: 'any' } },
          },
          mediaType: 'json',
        }),
    serializer,
  };
  // With no body mapper, core-client answers a JSON object wrapped as `{ body }` (and a primitive as itself); the
  // parsed body is taken from the raw response instead, so the answer is the service's JSON whatever its shape.
  let parsedBody: unknown;
  await client.sendOperationRequest<unknown>(
    {
      ...(request.body === undefined ? {} : { body: request.body }),
      options: {
        onResponse: (raw) => {
          parsedBody = raw.parsedBody;
        },
      },
    },
    spec,
  );
  return parsedBody;
}
