/**
 * Batch endpoints (`{W}/batchEndpoints/{endpoint}`): PUT/PATCH/DELETE are long-running (lifecycle.ts), GET/list
 * read, POST listkeys answers the keys.
 *
 * - PUT answers 201 with `Azure-AsyncOperation` on create and on update (the default deployment is set by
 *   re-PUT, and the REST sample in Azure/azureml-examples waits on `properties.properties.AzureAsyncOperationUri`
 *   after that update). The server adds to `properties.properties` what the service adds:
 *   `BatchEndpointCreationApiVersion`, `azureml.onlineendpointid` (sic, the service uses that key for batch
 *   endpoints too) and, on the PUT answer, `AzureAsyncOperationUri` (seen in ansible-collections/azure samples).
 * - `defaults.deploymentName` must name a deployment of this endpoint whose provisioning Succeeded; otherwise the
 *   PUT is refused before anything changes (400 UserError; the service's exact wording is not documented). A PUT
 *   without `defaults` keeps the current default rather than dropping traffic.
 * - `keys` is write-only ("always returned as null"): GET omits it, listkeys returns it.
 * - `scoringUri` is the sandbox's data plane. Azure's is `https://{endpoint}.{region}.inference.ml.azure.com/jobs`;
 *   the sandbox serves every endpoint on one host, so the path carries the scope:
 *   `{baseUrl}/_ml/{subscription}/{resourceGroup}/{workspace}/endpoints/{endpoint}/jobs`. Batch endpoints have no
 *   swagger document, so `swaggerUri` is not returned.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { SandboxContext } from '../../context.js';
import { json, type Router, type SandboxRequest } from '../../core/http.js';
import { SANDBOX_TENANT_ID } from '../../identity/entra.js';
import { mlError, notFoundIn, requestInvalid, userError } from './errors.js';
import {
  asyncOperationHeaders,
  asyncOperationUrl,
  locationHeaders,
  operationOf,
  provisioningState,
  startOperation,
} from './lifecycle.js';
import { nameProblem } from './names.js';
import { stringMap } from './request-values.js';
import { actorOf, newStamps, systemData, touch } from './resource-metadata.js';
import {
  API_VERSION,
  childKey,
  type DeploymentRecord,
  type EndpointRecord,
  inWorkspace,
  keyOf,
  mlState,
  PROVIDER,
  type WorkspaceRecord,
  workspacePath,
} from './store.js';
import { WORKSPACE_ROUTE, withWorkspace } from './workspace-scope.js';

const AUTH_MODES = ['AMLToken', 'Key', 'AADToken'] as const;

export function endpointKey(workspace: WorkspaceRecord, endpoint: string): string {
  return childKey(keyOf(workspace), endpoint);
}

export function findEndpoint(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  name: string,
): EndpointRecord | undefined {
  return mlState(context).endpoints[endpointKey(workspace, name)];
}

export function deploymentsOf(context: SandboxContext, endpoint: EndpointRecord): DeploymentRecord[] {
  const prefix = `${childKey(endpoint.workspace, endpoint.name)}/`;
  return Object.entries(mlState(context).deployments)
    .filter(([id]) => id.startsWith(prefix))
    .map(([, deployment]) => deployment);
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

export function endpointView(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  endpoint: EndpointRecord,
  extraProperties: Record<string, string> = {},
) {
  const id = `${workspacePath(workspace)}/batchEndpoints/${endpoint.name}`;
  const identity = identityView(endpoint.identity, SANDBOX_TENANT_ID, endpoint.principalId);
  return {
    id,
    name: endpoint.name,
    type: `${PROVIDER}/workspaces/batchEndpoints`,
    location: endpoint.location,
    tags: endpoint.tags,
    ...(endpoint.kind !== undefined ? { kind: endpoint.kind } : {}),
    ...(identity ? { identity } : {}),
    ...(endpoint.sku ? { sku: endpoint.sku } : {}),
    systemData: systemData(endpoint),
    properties: {
      authMode: endpoint.authMode,
      ...(endpoint.description !== undefined ? { description: endpoint.description } : {}),
      properties: {
        ...endpoint.properties,
        BatchEndpointCreationApiVersion: API_VERSION,
        'azureml.onlineendpointid': id,
        ...extraProperties,
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
    keys?: { primaryKey?: unknown; secondaryKey?: unknown } | null;
  };
}

const newKey = () => randomBytes(24).toString('base64');

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

export function registerBatchEndpoints(router: Router, context: SandboxContext): void {
  const validated = { auth: 'arm', validate: true } as const;
  const route = `${WORKSPACE_ROUTE}/batchEndpoints`;
  const resourceType = 'workspaces/batchEndpoints';
  const missing = (workspace: WorkspaceRecord, name: string) =>
    notFoundIn(workspace.resourceGroup, workspace.name, { type: 'batchEndpoints', name });

  router.get(
    route,
    validated,
    withWorkspace(context, resourceType, ({ query }, workspace) => {
      const endpoints = inWorkspace(mlState(context).endpoints, workspace).sort(
        (a, b) => a.createdAt - b.createdAt,
      );
      const count = Number(query.get('count') ?? 0);
      return json(200, {
        value: (count > 0 ? endpoints.slice(0, count) : endpoints).map((e) =>
          endpointView(context, workspace, e),
        ),
      });
    }),
  );

  router.get(
    `${route}/:endpoint`,
    validated,
    withWorkspace(context, resourceType, ({ params }, workspace) => {
      const endpoint = findEndpoint(context, workspace, params.endpoint!);
      return endpoint
        ? json(200, endpointView(context, workspace, endpoint))
        : missing(workspace, params.endpoint!);
    }),
  );

  router.put(
    `${route}/:endpoint`,
    validated,
    withWorkspace(context, resourceType, (request, workspace) => putEndpoint(context, request, workspace)),
  );

  router.patch(
    `${route}/:endpoint`,
    validated,
    withWorkspace(context, resourceType, ({ params, body, principal }, workspace) => {
      const endpoint = findEndpoint(context, workspace, params.endpoint!);
      if (!endpoint) return missing(workspace, params.endpoint!);
      // The spec's PartialMinimalTrackedResourceWithIdentity carries only tags and identity; the rest is ignored,
      // which is why the default deployment is set by re-PUT.
      const patch = (body ?? {}) as { tags?: unknown; identity?: unknown };
      if (patch.tags !== undefined) endpoint.tags = stringMap(patch.tags);
      if (patch.identity && typeof patch.identity === 'object') {
        endpoint.identity = patch.identity as Record<string, unknown>;
      }
      touch(endpoint, context.clock(), actorOf(principal));
      const operation = startOperation(context, {
        subscriptionId: workspace.subscriptionId,
        kind: 'update',
        target: { type: 'endpoint', key: endpointKey(workspace, endpoint.name) },
      });
      endpoint.operationId = operation.id;
      return { status: 202, headers: locationHeaders(context, operation) };
    }),
  );

  router.delete(
    `${route}/:endpoint`,
    validated,
    withWorkspace(context, resourceType, ({ params }, workspace) => {
      const endpoint = findEndpoint(context, workspace, params.endpoint!);
      if (!endpoint) return { status: 204 };
      const current = operationOf(context, endpoint.operationId);
      if (current?.kind === 'delete') return { status: 202, headers: locationHeaders(context, current) };
      const operation = startOperation(context, {
        subscriptionId: workspace.subscriptionId,
        kind: 'delete',
        target: { type: 'endpoint', key: endpointKey(workspace, endpoint.name) },
      });
      endpoint.operationId = operation.id;
      return { status: 202, headers: locationHeaders(context, operation) };
    }),
  );

  router.post(
    `${route}/:endpoint/listkeys`,
    validated,
    withWorkspace(context, resourceType, ({ params }, workspace) => {
      const endpoint = findEndpoint(context, workspace, params.endpoint!);
      return endpoint ? json(200, endpoint.keys) : missing(workspace, params.endpoint!);
    }),
  );
}

function putEndpoint(context: SandboxContext, request: SandboxRequest, workspace: WorkspaceRecord) {
  const name = request.params.endpoint!;
  const problem = nameProblem(name, 'endpoint');
  if (problem) return userError(problem, 'InvalidEndpointName');
  const body = (request.body ?? {}) as EndpointBody;
  const reasons: string[] = [];
  if (typeof body.location !== 'string' || !body.location) reasons.push('The Location field is required.');
  if (!body.properties || typeof body.properties !== 'object')
    reasons.push('The Properties field is required.');
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
  const properties = body.properties!;

  const state = mlState(context);
  const id = endpointKey(workspace, name);
  const existing = state.endpoints[id];
  const now = context.clock();
  if (existing && operationOf(context, existing.operationId)?.kind === 'delete') {
    return mlError(
      409,
      'UserError',
      `Batch endpoint '${name}' is being deleted; try again when the deletion finishes.`,
    );
  }

  const requestedDefault = properties.defaults?.deploymentName;
  if (typeof requestedDefault === 'string' && requestedDefault) {
    const deployment = existing ? state.deployments[childKey(id, requestedDefault)] : undefined;
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

  const actor = actorOf(request.principal);
  const operation = startOperation(context, {
    subscriptionId: workspace.subscriptionId,
    kind: existing ? 'update' : 'create',
    target: { type: 'endpoint', key: id },
  });
  const keys = {
    primaryKey: String(properties.keys?.primaryKey ?? existing?.keys.primaryKey ?? newKey()),
    secondaryKey: String(properties.keys?.secondaryKey ?? existing?.keys.secondaryKey ?? newKey()),
  };
  const defaultDeployment =
    typeof requestedDefault === 'string' && requestedDefault
      ? (state.deployments[childKey(id, requestedDefault)]?.name ?? requestedDefault)
      : existing?.defaultDeployment;
  const record: EndpointRecord = {
    workspace: keyOf(workspace),
    name: existing?.name ?? name,
    location: String(body.location),
    tags: stringMap(body.tags),
    ...(typeof body.kind === 'string' ? { kind: body.kind } : {}),
    ...(body.identity && typeof body.identity === 'object'
      ? { identity: body.identity as Record<string, unknown> }
      : {}),
    ...(body.sku && typeof body.sku === 'object' ? { sku: body.sku as Record<string, unknown> } : {}),
    authMode: authMode!,
    ...(typeof properties.description === 'string' ? { description: properties.description } : {}),
    // "Properties can be added, but not removed or altered." The server's own keys, echoed back by a client that
    // re-PUTs what it read, are not stored: the view adds their current values.
    properties: { ...clientProperties(properties.properties), ...(existing?.properties ?? {}) },
    ...(defaultDeployment ? { defaultDeployment } : {}),
    keys,
    principalId: existing?.principalId ?? randomUUID(),
    operationId: operation.id,
    ...(existing
      ? { createdAt: existing.createdAt, createdBy: existing.createdBy, modifiedAt: now, modifiedBy: actor }
      : newStamps(now, actor)),
  };
  state.endpoints[id] = record;
  return json(
    201,
    endpointView(context, workspace, record, {
      AzureAsyncOperationUri: asyncOperationUrl(context, operation),
    }),
    asyncOperationHeaders(context, operation),
  );
}
