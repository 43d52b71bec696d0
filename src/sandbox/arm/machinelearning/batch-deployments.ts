/**
 * Batch deployments (`{W}/batchEndpoints/{endpoint}/deployments/{deployment}`), with the same long-running shapes
 * as endpoints: PUT 201 + Azure-AsyncOperation, PATCH/DELETE 202 + Location.
 *
 * - Server defaults are applied as the service applies them (deployment-defaults.ts).
 * - `model` must be an `Id` reference to an existing model version of this workspace, `compute` the ARM id of
 *   an existing compute, and `codeConfiguration.codeId` and `environmentId` (when given) existing code and
 *   environment versions of this workspace (registry ids are not checked); otherwise the PUT is refused with 400
 *   UserError. The not-found wording borrows the service's asset-lookup message ("Could not find asset with ID:
 *   ..."). `DataPath`/`OutputPath` model references are valid in Azure but not supported by the sandbox, and are
 *   refused saying so.
 * - A rollout can be made to fail (POST /_sandbox/ml/fail-next-deployment): the PUT is accepted, the operation ends
 *   `Failed` with the given error, and the deployment stays `Failed`; the endpoint's default is untouched.
 * - Deleting the endpoint's default deployment is refused: the default must be moved first (an assumption: it
 *   errs on the side that cannot break a release in Azure).
 */
import type { SandboxContext } from '../../context.js';
import { json, type Router, type SandboxRequest } from '../../core/http.js';
import { assetVersionExists } from './assets.js';
import { deploymentsOf, endpointKey, findEndpoint } from './batch-endpoints.js';
import { normaliseDeployment } from './deployment-defaults.js';
import { mlError, notFoundIn, requestInvalid, userError } from './errors.js';
import {
  asyncOperationHeaders,
  locationHeaders,
  operationOf,
  provisioningState,
  startOperation,
  takeDeploymentFailure,
} from './lifecycle.js';
import { findModelVersion } from './models.js';
import { nameProblem } from './names.js';
import { stringMap } from './request-values.js';
import { actorOf, newStamps, systemData, touch } from './resource-metadata.js';
import {
  childKey,
  type DeploymentRecord,
  keyOf,
  mlState,
  PROVIDER,
  type WorkspaceRecord,
  workspacePath,
} from './store.js';
import { WORKSPACE_ROUTE, withWorkspace } from './workspace-scope.js';
import { findCompute } from './workspaces.js';

export function deploymentView(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  deployment: DeploymentRecord,
) {
  return {
    id: `${workspacePath(workspace)}/batchEndpoints/${deployment.endpoint}/deployments/${deployment.name}`,
    name: deployment.name,
    type: `${PROVIDER}/workspaces/batchEndpoints/deployments`,
    location: deployment.location,
    tags: deployment.tags,
    ...(deployment.kind !== undefined ? { kind: deployment.kind } : {}),
    ...(deployment.identity ? { identity: deployment.identity } : {}),
    ...(deployment.sku ? { sku: deployment.sku } : {}),
    systemData: systemData(deployment),
    properties: {
      ...deployment.properties,
      provisioningState: provisioningState(operationOf(context, deployment.operationId), context.clock()),
    },
  };
}

/** `/subscriptions/{s}/resourceGroups/{g}/providers/Microsoft.MachineLearningServices/workspaces/{w}/<rest>` */
function parseWorkspaceChild(id: string): {
  subscription: string;
  group: string;
  workspace: string;
  rest: string[];
} {
  const match =
    /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/(.+)$/i.exec(
      id.trim(),
    );
  if (!match) return { subscription: '', group: '', workspace: '', rest: [] };
  return { subscription: match[1]!, group: match[2]!, workspace: match[3]!, rest: match[4]!.split('/') };
}

function sameWorkspace(parsed: ReturnType<typeof parseWorkspaceChild>, workspace: WorkspaceRecord): boolean {
  return (
    parsed.subscription.toLowerCase() === workspace.subscriptionId.toLowerCase() &&
    parsed.group.toLowerCase() === workspace.resourceGroup.toLowerCase() &&
    parsed.workspace.toLowerCase() === workspace.name.toLowerCase()
  );
}

/** Refusal of a model or compute reference, or undefined when both resolve. */
function referenceProblem(
  context: SandboxContext,
  workspace: WorkspaceRecord,
  properties: Record<string, unknown>,
) {
  const model = properties.model as { referenceType?: unknown; assetId?: unknown } | undefined;
  if (model) {
    if (String(model.referenceType).toLowerCase() !== 'id') {
      return userError(
        `Model references of type '${String(model.referenceType)}' are not supported by the sandbox; reference a registered model version by its ARM id (referenceType Id).`,
      );
    }
    if (typeof model.assetId !== 'string' || !model.assetId)
      return requestInvalid('The AssetId field is required.');
    const parsed = parseWorkspaceChild(model.assetId);
    const [models, name, versions, version] = parsed.rest;
    const found =
      sameWorkspace(parsed, workspace) &&
      models?.toLowerCase() === 'models' &&
      versions?.toLowerCase() === 'versions' &&
      parsed.rest.length === 4 &&
      findModelVersion(context, workspace, name!, version!);
    if (!found) return userError(`Could not find asset with ID: ${model.assetId}`, 'AssetNotFound');
  }
  // Code and environment references of this workspace must exist (registry ids are taken on trust).
  const code = properties.codeConfiguration as { codeId?: unknown } | undefined;
  for (const [type, id] of [
    ['codes', code?.codeId],
    ['environments', properties.environmentId],
  ] as const) {
    if (typeof id !== 'string' || !id || /^azureml:\/\/registries\//i.test(id)) continue;
    const parsed = parseWorkspaceChild(id);
    const [kind, name, versions, version] = parsed.rest;
    const found =
      sameWorkspace(parsed, workspace) &&
      kind?.toLowerCase() === type &&
      versions?.toLowerCase() === 'versions' &&
      parsed.rest.length === 4 &&
      assetVersionExists(context, workspace, type, name!, version!);
    if (!found) return userError(`Could not find asset with ID: ${id}`, 'AssetNotFound');
  }
  const compute = properties.compute;
  if (typeof compute !== 'string' || !compute) return requestInvalid('The Compute field is required.');
  const parsed = parseWorkspaceChild(compute);
  const [computes, name] = parsed.rest;
  const found =
    sameWorkspace(parsed, workspace) &&
    computes?.toLowerCase() === 'computes' &&
    parsed.rest.length === 2 &&
    findCompute(context, workspace, name!);
  if (!found) {
    return userError(
      `Compute '${compute}' was not found in workspace '${workspace.name}'. Use the ARM id of a compute cluster of this workspace.`,
      'ComputeNotFound',
    );
  }
  return undefined;
}

interface DeploymentBody {
  location?: unknown;
  tags?: unknown;
  kind?: unknown;
  identity?: unknown;
  sku?: unknown;
  properties?: unknown;
}

export function registerBatchDeployments(router: Router, context: SandboxContext): void {
  const validated = { auth: 'arm', validate: true } as const;
  const route = `${WORKSPACE_ROUTE}/batchEndpoints/:endpoint/deployments`;
  const resourceType = 'workspaces/batchEndpoints/deployments';
  const endpointMissing = (workspace: WorkspaceRecord, name: string) =>
    notFoundIn(workspace.resourceGroup, workspace.name, { type: 'batchEndpoints', name });
  const deploymentMissing = (workspace: WorkspaceRecord, endpoint: string, name: string) =>
    notFoundIn(
      workspace.resourceGroup,
      workspace.name,
      { type: 'batchEndpoints', name: endpoint },
      { type: 'deployments', name },
    );
  const find = (workspace: WorkspaceRecord, endpoint: string, name: string) =>
    mlState(context).deployments[childKey(endpointKey(workspace, endpoint), name)];

  router.get(
    route,
    validated,
    withWorkspace(context, resourceType, ({ params, query }, workspace) => {
      const endpoint = findEndpoint(context, workspace, params.endpoint!);
      if (!endpoint) return endpointMissing(workspace, params.endpoint!);
      const [field = 'createdtime', direction = 'asc'] = (query.get('$orderBy') ?? '')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      const byName = field.toLowerCase() === 'name';
      const deployments = deploymentsOf(context, endpoint).sort((a, b) =>
        byName ? a.name.localeCompare(b.name) : a.createdAt - b.createdAt,
      );
      if (direction.toLowerCase() === 'desc') deployments.reverse();
      const top = Number(query.get('$top') ?? 0);
      return json(200, {
        value: (top > 0 ? deployments.slice(0, top) : deployments).map((d) =>
          deploymentView(context, workspace, d),
        ),
      });
    }),
  );

  router.get(
    `${route}/:deployment`,
    validated,
    withWorkspace(context, resourceType, ({ params }, workspace) => {
      if (!findEndpoint(context, workspace, params.endpoint!))
        return endpointMissing(workspace, params.endpoint!);
      const deployment = find(workspace, params.endpoint!, params.deployment!);
      return deployment
        ? json(200, deploymentView(context, workspace, deployment))
        : deploymentMissing(workspace, params.endpoint!, params.deployment!);
    }),
  );

  router.put(
    `${route}/:deployment`,
    validated,
    withWorkspace(context, resourceType, (request, workspace) => putDeployment(context, request, workspace)),
  );

  router.patch(
    `${route}/:deployment`,
    validated,
    withWorkspace(context, resourceType, ({ params, body, principal }, workspace) => {
      const deployment = find(workspace, params.endpoint!, params.deployment!);
      if (!deployment) return deploymentMissing(workspace, params.endpoint!, params.deployment!);
      // PartialBatchDeploymentPartialMinimalTrackedResourceWithProperties: tags and properties.description only.
      const patch = (body ?? {}) as { tags?: unknown; properties?: { description?: unknown } };
      if (patch.tags !== undefined) deployment.tags = stringMap(patch.tags);
      if (patch.properties && 'description' in patch.properties) {
        const description = patch.properties.description;
        if (description === null || description === undefined) delete deployment.properties.description;
        else deployment.properties.description = String(description);
      }
      touch(deployment, context.clock(), actorOf(principal));
      const operation = startOperation(context, {
        subscriptionId: workspace.subscriptionId,
        kind: 'update',
        target: {
          type: 'deployment',
          key: childKey(endpointKey(workspace, deployment.endpoint), deployment.name),
        },
      });
      deployment.operationId = operation.id;
      return { status: 202, headers: locationHeaders(context, operation) };
    }),
  );

  router.delete(
    `${route}/:deployment`,
    validated,
    withWorkspace(context, resourceType, ({ params }, workspace) => {
      const endpoint = findEndpoint(context, workspace, params.endpoint!);
      const deployment = find(workspace, params.endpoint!, params.deployment!);
      if (!endpoint || !deployment) return { status: 204 };
      if (endpoint.defaultDeployment?.toLowerCase() === deployment.name.toLowerCase()) {
        return userError(
          `Deployment '${deployment.name}' is the default deployment of batch endpoint '${endpoint.name}'. Set another default deployment before deleting it.`,
        );
      }
      const current = operationOf(context, deployment.operationId);
      if (current?.kind === 'delete') return { status: 202, headers: locationHeaders(context, current) };
      const operation = startOperation(context, {
        subscriptionId: workspace.subscriptionId,
        kind: 'delete',
        target: { type: 'deployment', key: childKey(endpointKey(workspace, endpoint.name), deployment.name) },
      });
      deployment.operationId = operation.id;
      return { status: 202, headers: locationHeaders(context, operation) };
    }),
  );
}

function putDeployment(context: SandboxContext, request: SandboxRequest, workspace: WorkspaceRecord) {
  const { endpoint: endpointName, deployment: name } = request.params as {
    endpoint: string;
    deployment: string;
  };
  const endpoint = findEndpoint(context, workspace, endpointName);
  if (!endpoint)
    return notFoundIn(workspace.resourceGroup, workspace.name, {
      type: 'batchEndpoints',
      name: endpointName,
    });
  if (operationOf(context, endpoint.operationId)?.kind === 'delete') {
    return mlError(409, 'UserError', `Batch endpoint '${endpoint.name}' is being deleted.`);
  }
  const problem = nameProblem(name, 'deployment');
  if (problem) return userError(problem, 'InvalidDeploymentName');

  const body = (request.body ?? {}) as DeploymentBody;
  const reasons: string[] = [];
  if (typeof body.location !== 'string' || !body.location) reasons.push('The Location field is required.');
  if (!body.properties || typeof body.properties !== 'object')
    reasons.push('The Properties field is required.');
  if (reasons.length) return requestInvalid(...reasons);
  const normalised = normaliseDeployment(body.properties as Record<string, unknown>);
  if ('problems' in normalised) return requestInvalid(...normalised.problems);
  const refused = referenceProblem(context, workspace, normalised.properties);
  if (refused) return refused;

  const state = mlState(context);
  const id = childKey(endpointKey(workspace, endpoint.name), name);
  const existing = state.deployments[id];
  const now = context.clock();
  const actor = actorOf(request.principal);
  const failure = takeDeploymentFailure(context, endpoint.name, name);
  const operation = startOperation(context, {
    subscriptionId: workspace.subscriptionId,
    kind: existing ? 'update' : 'create',
    target: { type: 'deployment', key: id },
    ...(failure ? { failure } : {}),
  });
  const record: DeploymentRecord = {
    workspace: keyOf(workspace),
    endpoint: endpoint.name,
    name: existing?.name ?? name,
    location: String(body.location),
    tags: stringMap(body.tags),
    ...(typeof body.kind === 'string' ? { kind: body.kind } : {}),
    ...(body.identity && typeof body.identity === 'object'
      ? { identity: body.identity as Record<string, unknown> }
      : {}),
    ...(body.sku && typeof body.sku === 'object' ? { sku: body.sku as Record<string, unknown> } : {}),
    properties: normalised.properties,
    operationId: operation.id,
    ...(existing
      ? { createdAt: existing.createdAt, createdBy: existing.createdBy, modifiedAt: now, modifiedBy: actor }
      : newStamps(now, actor)),
  };
  state.deployments[id] = record;
  return json(201, deploymentView(context, workspace, record), asyncOperationHeaders(context, operation));
}
