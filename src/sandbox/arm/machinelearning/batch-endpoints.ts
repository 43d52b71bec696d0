/**
 * Batch endpoints (`{W}/batchEndpoints/{endpoint}`): PUT/PATCH/DELETE are long-running (lifecycle.ts), GET/list
 * read, POST listkeys is refused.
 *
 * - PUT answers 201 with `Azure-AsyncOperation` on create and on update (the default deployment is set by
 *   re-PUT, and the REST sample in Azure/azureml-examples waits on `properties.properties.AzureAsyncOperationUri`
 *   after that update). The server adds to `properties.properties` what the service adds:
 *   `BatchEndpointCreationApiVersion`, `azureml.onlineendpointid` (sic, the service uses that key for batch
 *   endpoints too) and, on the PUT answer, `AzureAsyncOperationUri` (seen in ansible-collections/azure samples).
 * - `defaults.deploymentName` must name a deployment of this endpoint whose provisioning Succeeded; otherwise the
 *   PUT is refused before anything changes (400 UserError; the service's exact wording is not documented). A PUT
 *   without `defaults` keeps the current default rather than dropping traffic.
 * - Batch endpoints authenticate with Microsoft Entra tokens only ("Currently only Microsoft Entra token-based
 *   authentication is supported", Microsoft Learn, CLI (v2) batch endpoint YAML schema): although the shared ARM
 *   enum offers `AMLToken` and `Key`, the service refuses them with "AuthMode must be 'AADToken'"
 *   (Azure/azure-sdk-for-python#31809, for both the SDK and the CLI). So a batch endpoint has no keys: a `keys`
 *   field in a PUT body is not stored, and `listkeys` (in the spec, shared with online endpoints) is refused with
 *   400 UserError. The service's exact answer to listkeys on a batch endpoint is not documented; the wording here is
 *   the sandbox's, the status and code are those of the service's other request refusals.
 * - `scoringUri` is the sandbox's data plane. Azure's is `https://{endpoint}.{region}.inference.ml.azure.com/jobs`:
 *   a host per endpoint, and the path `/jobs`, under which each job is `/jobs/{name}`. The sandbox serves every
 *   endpoint on one host, so the part of the URI that stands for the endpoint's host is a path prefix that routes
 *   to it: `{baseUrl}/_ml/{subscription}/{resourceGroup}/{workspace}/endpoints/{endpoint}` (batch endpoint names are
 *   unique per region in Azure, not in the sandbox, hence the scope). What follows is Azure's path shape unchanged:
 *   the URI ends in `/jobs`, a POST to it starts a job and `{scoringUri}/{job}` reads one, which is all a consumer
 *   relies on (the scoring URI is read from the endpoint, never built). Batch endpoints have no swagger document, so
 *   `swaggerUri` is not returned.
 */
import { randomUUID } from 'node:crypto';
import type { SandboxContext } from '../../context.js';
import { SANDBOX_TENANT_ID } from '../../identity/entra.js';
import { mlError, requestInvalid, userError } from './errors.js';
import { asyncOperationUrl, operationOf, provisioningState } from './lifecycle.js';
import { nameProblem } from './names.js';
import { stringMap } from './request-values.js';
import { envelopeOf, envelopeProblems, envelopeView } from './resource-metadata.js';
import { resourceIdentity, resourcePath } from './resource-path.js';
import { findRecord, firstOf, type ResourceKind } from './resource-routes.js';
import { longRunningWrites, type Write } from './resource-writes.js';
import {
  API_VERSION,
  childKey,
  type EndpointRecord,
  keyOf,
  mlState,
  type OperationRecord,
  type WorkspaceRecord,
  workspaceChildKey,
} from './store.js';

const AUTH_MODES = ['AMLToken', 'Key', 'AADToken'] as const;
/** The one auth mode the batch service accepts (see the module comment). */
const BATCH_AUTH_MODE = 'AADToken';

const PATH = resourcePath('batchEndpoints/:endpoint');

export function endpointKey(workspace: WorkspaceRecord, endpoint: string): string {
  return childKey(keyOf(workspace), endpoint);
}

export function findEndpoint(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
): EndpointRecord | undefined {
  return findRecord(context, batchEndpoints, workspace, [name]);
}

/** The endpoint's scoring URI on the sandbox's data plane (see the module comment for the form). */
export function scoringUri(context: SandboxContext, workspace: WorkspaceRecord, endpoint: string): string {
  const parts = [workspace.subscriptionId, workspace.resourceGroup, workspace.name].map(encodeURIComponent);
  return `${context.baseUrl}/_ml/${parts.join('/')}/endpoints/${encodeURIComponent(endpoint)}/jobs`;
}

/** A system-assigned identity answers with its principal and tenant, as ARM fills them in. */
function identityView(identity: Record<string, unknown> | undefined, tenantId: string, principalId: string) {
  if (!identity) return undefined;
  const type = String(identity.type ?? '');
  return /systemassigned/i.test(type) ? { ...identity, principalId, tenantId } : identity;
}

/** The endpoint as GET shows it; the answer to a PUT also names the operation it started. */
function endpointView(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  endpoint: EndpointRecord,
  started?: OperationRecord,
) {
  const identity = resourceIdentity(workspace, PATH, [endpoint.name]);
  return {
    ...identity,
    ...envelopeView(endpoint, identityView(endpoint.identity, SANDBOX_TENANT_ID, endpoint.principalId)),
    properties: {
      authMode: endpoint.authMode,
      ...(endpoint.description !== undefined ? { description: endpoint.description } : {}),
      properties: {
        ...endpoint.properties,
        BatchEndpointCreationApiVersion: API_VERSION,
        'azureml.onlineendpointid': identity.id,
        ...(started ? { AzureAsyncOperationUri: asyncOperationUrl(context, started) } : {}),
      },
      ...(endpoint.defaultDeployment ? { defaults: { deploymentName: endpoint.defaultDeployment } } : {}),
      scoringUri: scoringUri(context, workspace, endpoint.name),
      provisioningState: provisioningState(operationOf(context, endpoint.operationId), context.clock()),
    },
  };
}

interface EndpointBody {
  location?: unknown;
  tags?: unknown;
  kind?: unknown;
  identity?: unknown;
  sku?: unknown;
  properties?: {
    authMode?: unknown;
    description?: unknown;
    properties?: unknown;
    defaults?: { deploymentName?: unknown } | null;
  };
}

const SERVER_PROPERTIES = new Set([
  'BatchEndpointCreationApiVersion',
  'azureml.onlineendpointid',
  'AzureAsyncOperationUri',
]);

function clientProperties(value: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stringMap(value)).filter(([name]) => !SERVER_PROPERTIES.has(name)),
  );
}

function putEndpoint({ context, request, workspace, existing, now }: Write<EndpointRecord>) {
  const name = request.params.endpoint!;
  const problem = nameProblem(name, 'endpoint');
  if (problem) return userError(problem, 'InvalidEndpointName');
  const body = (request.body ?? {}) as EndpointBody;
  const reasons = envelopeProblems(body);
  const authMode = AUTH_MODES.find(
    (mode) => mode.toLowerCase() === String(body.properties?.authMode).toLowerCase(),
  );
  if (body.properties && !authMode) {
    reasons.push(
      body.properties.authMode === undefined
        ? 'The AuthMode field is required.'
        : `The AuthMode value '${body.properties.authMode}' is not valid. Use AMLToken, Key or AADToken.`,
    );
  }
  if (reasons.length) return requestInvalid(...reasons);
  if (authMode !== BATCH_AUTH_MODE) return userError(`AuthMode must be '${BATCH_AUTH_MODE}'`);
  const properties = body.properties!;

  if (existing && operationOf(context, existing.operationId)?.kind === 'delete') {
    return mlError(
      409,
      'UserError',
      `Batch endpoint '${name}' is being deleted; try again when the deletion finishes.`,
    );
  }

  const deployments = mlState(context).deployments;
  const id = endpointKey(workspace, name);
  const requestedDefault = properties.defaults?.deploymentName;
  if (typeof requestedDefault === 'string' && requestedDefault) {
    const deployment = existing ? deployments[childKey(id, requestedDefault)] : undefined;
    if (!deployment) {
      return userError(
        `The default deployment '${requestedDefault}' does not exist under batch endpoint '${name}'. Create the deployment first, then set it as the default.`,
      );
    }
    const deploymentState = provisioningState(operationOf(context, deployment.operationId), now);
    if (deploymentState !== 'Succeeded') {
      return userError(
        `The default deployment '${deployment.name}' of batch endpoint '${name}' must be in provisioning state Succeeded, but it is ${deploymentState}.`,
      );
    }
  }

  const defaultDeployment =
    typeof requestedDefault === 'string' && requestedDefault
      ? (deployments[childKey(id, requestedDefault)]?.name ?? requestedDefault)
      : existing?.defaultDeployment;
  return {
    record: {
      workspace: keyOf(workspace),
      name: existing?.name ?? name,
      ...envelopeOf(body),
      authMode,
      ...(typeof properties.description === 'string' ? { description: properties.description } : {}),
      // "Properties can be added, but not removed or altered." The server's own keys, echoed back by a client
      // that re-PUTs what it read, are not stored: the view adds their current values.
      properties: { ...clientProperties(properties.properties), ...(existing?.properties ?? {}) },
      ...(defaultDeployment ? { defaultDeployment } : {}),
      principalId: existing?.principalId ?? randomUUID(),
    },
  };
}

export const batchEndpoints: ResourceKind<EndpointRecord> = {
  path: PATH,
  records: (context) => mlState(context).endpoints,
  key: workspaceChildKey,
  view: endpointView,
  list: (endpoints, query) =>
    firstOf(
      endpoints.sort((a, b) => a.createdAt - b.createdAt),
      query.get('count'),
    ),
  writes: longRunningWrites<EndpointRecord>({
    target: 'endpoint',
    put: putEndpoint,
    patch: (endpoint, body) => {
      // The spec's PartialMinimalTrackedResourceWithIdentity carries only tags and identity; the rest is ignored,
      // which is why the default deployment is set by re-PUT.
      const patch = body as { tags?: unknown; identity?: unknown };
      if (patch.tags !== undefined) endpoint.tags = stringMap(patch.tags);
      if (patch.identity && typeof patch.identity === 'object') {
        endpoint.identity = patch.identity as Record<string, unknown>;
      }
    },
    remove: {},
  }),
  actions: {
    listkeys: (_context, _workspace, endpoint) =>
      userError(
        `Batch endpoint '${endpoint.name}' has no keys: batch endpoints authenticate with Microsoft Entra tokens only (auth mode ${BATCH_AUTH_MODE}). Call it with a token for https://ml.azure.com.`,
      ),
  },
};
