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
import { assetVersionExists } from './assets.js';
import { batchEndpoints, findEndpoint } from './batch-endpoints.js';
import { findCompute } from './computes.js';
import { normaliseDeployment } from './deployment-defaults.js';
import { mlError, requestInvalid, userError } from './errors.js';
import { operationOf, provisioningState, takeDeploymentFailure } from './lifecycle.js';
import { findModelVersion } from './models.js';
import { nameProblem } from './names.js';
import { stringMap } from './request-values.js';
import { envelopeOf, envelopeProblems, envelopeView } from './resource-metadata.js';
import { resourceIdentity, resourcePath } from './resource-path.js';
import { firstOf, type ResourceKind } from './resource-routes.js';
import { longRunningWrites, type Write } from './resource-writes.js';
import { type DeploymentRecord, keyOf, mlState, type WorkspaceRecord, workspaceChildKey } from './store.js';

const PATH = resourcePath('batchEndpoints/:endpoint/deployments/:deployment');

function deploymentView(context: SandboxContext, workspace: WorkspaceRecord, deployment: DeploymentRecord) {
  return {
    ...resourceIdentity(workspace, PATH, [deployment.endpoint, deployment.name]),
    ...envelopeView(deployment),
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

/** The parent exists (the routes checked it); a deployment cannot be written while its endpoint is being deleted. */
function putDeployment({ context, request, workspace, existing }: Write<DeploymentRecord>) {
  const { endpoint: endpointName, deployment: name } = request.params as {
    endpoint: string;
    deployment: string;
  };
  const endpoint = findEndpoint(context, workspace, endpointName)!;
  if (operationOf(context, endpoint.operationId)?.kind === 'delete') {
    return mlError(409, 'UserError', `Batch endpoint '${endpoint.name}' is being deleted.`);
  }
  const problem = nameProblem(name, 'deployment');
  if (problem) return userError(problem, 'InvalidDeploymentName');

  const body = (request.body ?? {}) as DeploymentBody;
  const reasons = envelopeProblems(body);
  if (reasons.length) return requestInvalid(...reasons);
  const normalised = normaliseDeployment(body.properties as Record<string, unknown>);
  if ('problems' in normalised) return requestInvalid(...normalised.problems);
  const refused = referenceProblem(context, workspace, normalised.properties);
  if (refused) return refused;

  const failure = takeDeploymentFailure(context, endpoint.name, name);
  return {
    record: {
      workspace: keyOf(workspace),
      endpoint: endpoint.name,
      name: existing?.name ?? name,
      ...envelopeOf(body),
      properties: normalised.properties,
    },
    ...(failure ? { failure } : {}),
  };
}

/** `$orderBy` by name or creation time (the default), ascending unless `desc`; `$top` limits. */
function orderDeployments(deployments: DeploymentRecord[], query: URLSearchParams) {
  const [field = 'createdtime', direction = 'asc'] = (query.get('$orderBy') ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const byName = field.toLowerCase() === 'name';
  deployments.sort((a, b) => (byName ? a.name.localeCompare(b.name) : a.createdAt - b.createdAt));
  if (direction.toLowerCase() === 'desc') deployments.reverse();
  return firstOf(deployments, query.get('$top'));
}

export const batchDeployments: ResourceKind<DeploymentRecord> = {
  path: PATH,
  records: (context) => mlState(context).deployments,
  key: workspaceChildKey,
  parent: batchEndpoints,
  view: deploymentView,
  list: orderDeployments,
  writes: longRunningWrites<DeploymentRecord>({
    target: 'deployment',
    put: putDeployment,
    patch: (deployment, body) => {
      // PartialBatchDeploymentPartialMinimalTrackedResourceWithProperties: tags and properties.description only.
      const patch = body as { tags?: unknown; properties?: { description?: unknown } };
      if (patch.tags !== undefined) deployment.tags = stringMap(patch.tags);
      if (patch.properties && 'description' in patch.properties) {
        const description = patch.properties.description;
        if (description === null || description === undefined) delete deployment.properties.description;
        else deployment.properties.description = String(description);
      }
    },
    remove: {
      guard: (context, workspace, deployment) => {
        const endpoint = findEndpoint(context, workspace, deployment.endpoint);
        if (endpoint?.defaultDeployment?.toLowerCase() !== deployment.name.toLowerCase()) return undefined;
        return userError(
          `Deployment '${deployment.name}' is the default deployment of batch endpoint '${endpoint.name}'. Set another default deployment before deleting it.`,
        );
      },
    },
  }),
};
