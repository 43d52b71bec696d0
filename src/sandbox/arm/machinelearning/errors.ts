/**
 * Error answers of the Machine Learning resource provider (MFE). Its validation failures come as a top-level
 * `UserError` with the specific reason in `details`, e.g. "(UserError) Request is invalid and/or missing fields.
 * Exception Details: (RequestInvalid) The AssetId field is required." (seen in MicrosoftDocs/azure-docs#114151);
 * the SDKs surface the detail, so tests and users see the reason, not only the generic message.
 */
import { armError, notFound, type SandboxResponse } from '../../core/http.js';
import { API_VERSION, PROVIDER } from './store.js';

export interface ErrorDetail {
  readonly code: string;
  readonly message: string;
}

export function mlError(
  status: number,
  code: string,
  message: string,
  details: readonly ErrorDetail[] = [],
  headers: Record<string, string> = {},
): SandboxResponse {
  return {
    status,
    headers,
    body: { error: { code, message, ...(details.length ? { details } : {}) } },
  };
}

/** A request the service rejects for a missing or malformed field. */
export function requestInvalid(...reasons: string[]): SandboxResponse {
  return mlError(
    400,
    'UserError',
    'Request is invalid and/or missing fields.',
    reasons.map((message) => ({ code: 'RequestInvalid', message })),
  );
}

/** A request that is well-formed but refers to something that cannot be used (a missing model, a bad state). */
export function userError(message: string, detailCode?: string, status = 400): SandboxResponse {
  return mlError(status, 'UserError', message, detailCode ? [{ code: detailCode, message }] : []);
}

/**
 * 404 for a workspace or one of its children, in ARM's ResourceNotFound form. (The provider's own 404 text for
 * child resources is not documented; clients key on the status, so the ARM wording is used throughout.)
 */
export function notFoundIn(
  resourceGroup: string,
  workspace: string,
  ...segments: { type: string; name: string }[]
): SandboxResponse {
  if (segments.length === 0) return notFound.resource(`${PROVIDER}/workspaces`, workspace, resourceGroup);
  const last = segments[segments.length - 1]!;
  const parents = segments
    .slice(0, -1)
    .map((segment) => `/${segment.type}/${segment.name}`)
    .join('');
  return notFound.resource(
    `${PROVIDER}/workspaces/${workspace}${parents}/${last.type}`,
    last.name,
    resourceGroup,
  );
}

/**
 * ARM front-door answers for the api-version query parameter. The sandbox serves one version of the provider,
 * the one `@azure/arm-machinelearning` 2.x sends and the vendored specs (`vendor/azure-rest-api-specs`) describe.
 */
export function apiVersionError(
  apiVersion: string | null,
  location: string,
  resourceType: string,
): SandboxResponse | undefined {
  if (apiVersion === null || apiVersion === '') {
    return armError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  if (apiVersion !== API_VERSION) {
    return armError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${location}' and API version '${apiVersion}' for type '${resourceType}'. The supported api-versions are '${API_VERSION}'. The supported locations are '${location}'.`,
    );
  }
  return undefined;
}
