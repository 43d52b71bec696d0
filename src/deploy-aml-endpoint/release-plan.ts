/**
 * From a release request to its plan, reading live state only (GETs): the location, the model version (and the
 * promotion stamp, when required — checked here, before any write), the deployment's name, its references, the
 * endpoint and its deployments; then the diffs (plan-steps.ts). What Azure cannot change in place fails here, at
 * the line of the spec that asks for it. A resource that is busy with an operation someone else started is waited
 * for first, so the plan compares with settled state.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import { CONTENT_DIGEST_TAG } from '#shared/azure/asset-tags.js';
import type { Cloud } from '#shared/azure/clouds.js';
import type { DocumentReader } from '#shared/document-reader.js';
import type { Logger } from '#shared/logger.js';
import type { RunInfo } from '#shared/receipts/schemas.js';
import { desiredDeployment, desiredEndpoint } from './desired-state.js';
import {
  listDeployments,
  type MlScope,
  readDeployment,
  readEndpoint,
  readWorkspaceLocation,
} from './live-state.js';
import { type WaitOptions, waitUntilSettled } from './long-running.js';
import { deployedTags, type ResolvedModel, resolveModel } from './model-registration.js';
import {
  diffDeployment,
  diffEndpoint,
  type PlanStep,
  planCleanup,
  planDefault,
  type ResourceDiff,
  writesAnything,
} from './plan-steps.js';
import type { ReleaseRequest } from './release-request.js';
import { isTemplate, nameProblem, renderDeploymentName } from './resource-names.js';
import { originError } from './specs/origin.js';
import { requireValidation } from './validation-stamp.js';
import { type ResolvedCode, resolveCode, resolveCompute, resolveEnvironment } from './workspace-assets.js';

export interface PlanOptions {
  readonly scope: MlScope;
  readonly cloud: Cloud;
  readonly logger: Logger;
  readonly run: RunInfo;
  readonly setDefault: boolean;
  readonly keepDeployments: number;
  readonly requireValidation: string | undefined;
  readonly wait: WaitOptions;
}

export interface ReleasePlan {
  readonly endpointName: string;
  readonly deploymentName: string;
  readonly location: string;
  readonly model: ResolvedModel;
  readonly code: ResolvedCode | undefined;
  readonly endpoint: {
    readonly body: BatchEndpoint;
    readonly live: BatchEndpoint | undefined;
    readonly diff: ResourceDiff;
  };
  readonly deployment: {
    readonly body: BatchDeployment;
    readonly live: BatchDeployment | undefined;
    readonly diff: ResourceDiff;
  };
  readonly setDefault: boolean;
  /** The live default deployment before this release (what serves now). */
  readonly serving: BatchDeployment | undefined;
  /** The deployments to delete once the default has moved. */
  readonly deletions: readonly string[];
  readonly steps: readonly PlanStep[];
  readonly changed: boolean;
  /** The promotion stamp's value (the validating run), when `require-validation` was asked for. */
  readonly validatedBy: string | undefined;
}

function throwConflicts(reader: DocumentReader, diff: ResourceDiff): void {
  const [first] = diff.conflicts;
  if (first) throw reader.error(first.at, first.message);
}

export async function planRelease(request: ReleaseRequest, options: PlanOptions): Promise<ReleasePlan> {
  const { scope, logger } = options;
  const location = request.endpoint.location ?? (await readWorkspaceLocation(scope));
  const model = await resolveModel(request.model, { scope, cloud: options.cloud, logger });
  const validatedBy = options.requireValidation
    ? requireValidation(model, options.requireValidation)
    : undefined;
  if (validatedBy) {
    logger.info(
      `Model ${model.name}:${model.version} passed integration scoring in ${options.requireValidation}: ${validatedBy}`,
    );
  }

  const template = request.deploymentName;
  const deploymentName = isTemplate(template.value)
    ? renderDeploymentName(template.value, model)
    : template.value;
  const problem = nameProblem(deploymentName, 'deployment');
  if (problem) {
    throw originError(
      template.origin,
      `'${template.value}' gives the deployment name '${deploymentName}' for model ${model.name}:${model.version}, which Azure refuses: ${problem}.`,
    );
  }

  const [computeId, environmentId, code] = [
    await resolveCompute(request.deployment, scope),
    await resolveEnvironment(request.deployment, scope),
    await resolveCode(request.code, scope, options.cloud),
  ];

  const endpointName = request.endpointName;
  const liveEndpoint = await waitUntilSettled(
    `batch endpoint '${endpointName}'`,
    () => readEndpoint(scope, endpointName),
    await readEndpoint(scope, endpointName),
    options.wait,
  );
  const liveDeployments = liveEndpoint ? await listDeployments(scope, endpointName) : [];
  const listed = liveDeployments.find((d) => d.name?.toLowerCase() === deploymentName.toLowerCase());
  const liveDeployment = await waitUntilSettled(
    `batch deployment '${deploymentName}' of endpoint '${endpointName}'`,
    () => readDeployment(scope, endpointName, deploymentName),
    listed,
    options.wait,
  );

  const endpointBody = desiredEndpoint(request.endpoint, location);
  const endpointDiff = diffEndpoint(endpointBody, liveEndpoint, request.endpoint.location !== undefined);
  throwConflicts(request.endpoint.reader, endpointDiff);

  const deploymentBody = desiredDeployment(
    request.deployment,
    {
      modelId: model.assetId,
      modelName: model.name,
      modelVersion: model.version,
      computeId,
      codeId: code?.id,
      environmentId,
    },
    location,
  );
  const deploymentDiff = diffDeployment(deploymentBody, liveDeployment);
  throwConflicts(request.deployment.reader, deploymentDiff);

  const writesDeployment = deploymentDiff.action !== 'no-op';
  const steps: PlanStep[] = [modelStep(model, writesDeployment, options.run)];
  if (code) {
    steps.push({
      resource: 'scoring code',
      name: code.registration
        ? `${code.registration.folder.shown}`
        : (code.id.split('/').slice(-3, -2)[0] ?? code.id),
      action: code.registration ? 'register' : 'no-op',
      ...(code.registration
        ? {
            reason: `${code.registration.folder.files.length} file(s), ${code.registration.folder.bytes} bytes, uploaded to datastore '${code.registration.datastore.name}'`,
          }
        : {}),
      changes: [],
    });
  }
  steps.push(
    { resource: 'endpoint', name: endpointName, ...withoutConflicts(endpointDiff) },
    { resource: 'deployment', name: deploymentName, ...withoutConflicts(deploymentDiff) },
  );
  const currentDefault = liveEndpoint?.properties.defaults?.deploymentName ?? undefined;
  steps.push(planDefault(endpointName, currentDefault, deploymentName, options.setDefault));
  const cleanup = options.setDefault
    ? planCleanup(liveDeployments, [deploymentName], options.keepDeployments)
    : [];
  steps.push(...cleanup);

  return {
    endpointName,
    deploymentName,
    location,
    model,
    code,
    endpoint: { body: endpointBody, live: liveEndpoint, diff: endpointDiff },
    deployment: { body: deploymentBody, live: liveDeployment, diff: deploymentDiff },
    setDefault: options.setDefault,
    serving: currentDefault
      ? liveDeployments.find((d) => d.name?.toLowerCase() === currentDefault.toLowerCase())
      : undefined,
    deletions: cleanup.filter((step) => step.action === 'delete').map((step) => step.name),
    steps,
    changed: writesAnything(steps),
    validatedBy,
  };
}

function withoutConflicts(diff: ResourceDiff): Pick<PlanStep, 'action' | 'reason' | 'changes'> {
  return { action: diff.action, ...(diff.reason ? { reason: diff.reason } : {}), changes: diff.changes };
}

function modelStep(model: ResolvedModel, writesDeployment: boolean, run: RunInfo): PlanStep {
  const name = `${model.name}:${model.version}`;
  const registration = model.registration;
  if (registration) {
    return {
      resource: 'model',
      name,
      action: 'register',
      reason: `${registration.folder.files.length} file(s), ${registration.folder.bytes} bytes from ${registration.folder.shown}, uploaded to datastore '${registration.datastore.name}'; tagged with this run once deployed`,
      changes: [
        { field: 'properties.modelUri', after: registration.modelUri },
        { field: `properties.tags.${CONTENT_DIGEST_TAG}`, after: registration.folder.digest },
        ...Object.entries(deployedTags(run)).map(([key, value]) => ({
          field: `properties.tags.${key}`,
          after: value,
        })),
      ],
    };
  }
  const source = model.source === 'registry' ? `from registry ${model.assetId.split('/')[3]}` : 'registered';
  if (!writesDeployment || model.source === 'registry' || !model.live) {
    return { resource: 'model', name, action: 'no-op', reason: source, changes: [] };
  }
  const current = model.live.properties.tags ?? {};
  const changes = Object.entries(deployedTags(run))
    .filter(([key, value]) => current[key] !== value)
    .map(([key, value]) => ({ field: `properties.tags.${key}`, before: current[key], after: value }));
  return changes.length
    ? {
        resource: 'model',
        name,
        action: 'tag',
        reason: 'with the run that deploys it, once deployed',
        changes,
      }
    : { resource: 'model', name, action: 'no-op', reason: source, changes: [] };
}
