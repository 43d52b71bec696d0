/**
 * From a release request to its plan, reading live state only (GETs), so that every reference is resolved before the
 * first write: the location, the models (and the promotion stamp, when required), each deployment's name, compute,
 * environment and scoring code, the endpoint and its deployments; then the diffs (plan-steps.ts) and the default
 * (default-deployment.ts). What Azure cannot change in place fails here, at the line of the spec that asks for it. A
 * resource that is busy with an operation someone else started is waited for first, so the plan compares with
 * settled state.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import { CONTENT_DIGEST_TAG } from '#shared/azure/asset-tags.js';
import type { Cloud } from '#shared/azure/clouds.js';
import type { ContainerAccessOptions } from '#shared/azure/datastores.js';
import type { DocumentReader } from '#shared/document-reader.js';
import type { Logger } from '#shared/logger.js';
import type { RunInfo } from '#shared/receipts/schemas.js';
import { resolveDefault } from './default-deployment.js';
import { desiredDeployment, desiredEndpoint } from './desired-state.js';
import {
  listDeployments,
  type MlScope,
  readDeployment,
  readEndpoint,
  readWorkspaceLocation,
} from './live-state.js';
import { type WaitOptions, waitUntilSettled } from './long-running.js';
import { deployedTags } from './model-registration.js';
import { type ResolvedModel, resolveModels } from './model-resolution.js';
import {
  diffDeployment,
  diffEndpoint,
  type PlanStep,
  planCleanup,
  planDefault,
  type ResourceDiff,
  writesAnything,
} from './plan-steps.js';
import {
  checkPromotion,
  type EvidenceReaders,
  type PromotionCheck,
  type PromotionDeps,
} from './promotion-check.js';
import type { DeploymentRequest, ReleaseRequest } from './release-request.js';
import { isTemplate, nameProblem, renderDeploymentName } from './resource-names.js';
import { originError } from './specs/origin.js';
import type { ValidationRequest } from './validation-receipt.js';
import {
  assetResolution,
  type ResolvedCode,
  type ResolvedEnvironment,
  resolveCode,
  resolveCompute,
  resolveEnvironment,
} from './workspace-assets.js';

export interface PlanOptions {
  readonly scope: MlScope;
  readonly cloud: Cloud;
  readonly logger: Logger;
  readonly run: RunInfo;
  readonly keepDeployments: number;
  /** What `require-validation` asks for; undefined without it. */
  readonly validation: ValidationRequest | undefined;
  /** How the promotion checks read model files and the validating workspace (needed with a validation receipt). */
  readonly evidence: EvidenceAccess | undefined;
  readonly wait: WaitOptions;
}

export interface EvidenceAccess {
  /** The credential, trust store and secret masker to read the model's files in this workspace's datastore. */
  readonly files: Pick<ContainerAccessOptions, 'credential' | 'caCertificates' | 'mask'>;
  readonly validatingClient: EvidenceReaders['validatingClient'];
}

export interface PlannedDeployment {
  readonly name: string;
  readonly request: DeploymentRequest;
  readonly model: ResolvedModel;
  readonly code: ResolvedCode | undefined;
  readonly environment: ResolvedEnvironment | undefined;
  readonly body: BatchDeployment;
  readonly live: BatchDeployment | undefined;
  readonly diff: ResourceDiff;
}

export interface ReleasePlan {
  readonly endpointName: string;
  readonly location: string;
  /** The distinct models of the release, the model of `model-file` first. */
  readonly models: readonly ResolvedModel[];
  readonly environments: readonly ResolvedEnvironment[];
  readonly codes: readonly ResolvedCode[];
  readonly endpoint: {
    readonly body: BatchEndpoint;
    readonly live: BatchEndpoint | undefined;
    readonly diff: ResourceDiff;
  };
  /** In the order of the input `deployment-file`. */
  readonly deployments: readonly PlannedDeployment[];
  /** The deployment the outputs describe: the run's deployment that becomes the default, else the first. */
  readonly primary: PlannedDeployment;
  /** The live default deployment before this release (what serves now). */
  readonly currentDefault: string | undefined;
  readonly serving: BatchDeployment | undefined;
  /** The default after the release (undefined: the endpoint has none); `switchDefault` when it must be set. */
  readonly targetDefault: string | undefined;
  /** The target default as Azure has it now, when it is not one of the run's deployments. */
  readonly targetLive: BatchDeployment | undefined;
  readonly switchDefault: boolean;
  /** The deployments to delete once the rollout is done. */
  readonly deletions: readonly string[];
  readonly steps: readonly PlanStep[];
  readonly changed: boolean;
  /** The promotion checks made (the validating runs), when `require-validation` was asked for. */
  readonly validations: readonly PromotionCheck[];
}

function throwConflicts(reader: DocumentReader, diff: ResourceDiff): void {
  const [first] = diff.conflicts;
  if (first) throw reader.error(first.at, first.message);
}

/** Distinct by a key, first one kept. */
function distinct<T>(items: readonly (T | undefined)[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (item !== undefined && !seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

export async function planRelease(request: ReleaseRequest, options: PlanOptions): Promise<ReleasePlan> {
  const { scope, logger } = options;
  const location = request.endpoint.location ?? (await readWorkspaceLocation(scope));
  const assets = assetResolution(scope, options.cloud);
  const resolved = await resolveModels(
    request.modelFile,
    request.deployments.map((d) => d.model),
    { scope, cloud: options.cloud, logger },
    assets.datastore,
  );
  const models = distinct([resolved.modelFile, ...resolved.models], (m) => `${m.name}:${m.version}`);
  if (resolved.modelFile && !resolved.models.includes(resolved.modelFile)) {
    logger.warning(
      `model-file registers model ${resolved.modelFile.name}:${resolved.modelFile.version}, which no deployment of this run deploys (they deploy ${resolved.models.map((m) => `${m.name}:${m.version}`).join(', ')}); reference it as azureml:${resolved.modelFile.name}:${resolved.modelFile.version} (or @latest) to deploy it.`,
    );
  }
  const validations = options.validation
    ? await checkPromotion(
        distinct(resolved.models, (m) => `${m.name}:${m.version}`),
        options.validation,
        promotionDeps(options),
      )
    : [];

  const endpointName = request.endpointName;
  const liveEndpoint = await waitUntilSettled(
    `batch endpoint '${endpointName}'`,
    () => readEndpoint(scope, endpointName),
    await readEndpoint(scope, endpointName),
    options.wait,
  );
  const liveDeployments = liveEndpoint ? await listDeployments(scope, endpointName) : [];
  const endpointBody = desiredEndpoint(request.endpoint, location);
  const endpointDiff = diffEndpoint(endpointBody, liveEndpoint, request.endpoint.location !== undefined);
  throwConflicts(request.endpoint.reader, endpointDiff);

  const deployments: PlannedDeployment[] = [];
  for (const [index, deployment] of request.deployments.entries()) {
    const model = resolved.models[index]!;
    const name = deploymentName(deployment, model);
    if (deployments.some((d) => d.name.toLowerCase() === name.toLowerCase())) {
      throw originError(
        deployment.name.origin,
        `two deployment files of this run give the deployment name '${name}'; each deployment needs its own.`,
      );
    }
    const [computeId, environment, code] = [
      await resolveCompute(deployment.spec, assets),
      await resolveEnvironment(deployment.environment, assets),
      await resolveCode(deployment.code, assets),
    ];
    const listed = liveDeployments.find((d) => d.name?.toLowerCase() === name.toLowerCase());
    const live = await waitUntilSettled(
      `batch deployment '${name}' of endpoint '${endpointName}'`,
      () => readDeployment(scope, endpointName, name),
      listed,
      options.wait,
    );
    const body = desiredDeployment(
      deployment.spec,
      {
        modelId: model.assetId,
        modelName: model.name,
        modelVersion: model.version,
        computeId,
        codeId: code?.id,
        environmentId: environment?.id,
      },
      location,
    );
    const diff = diffDeployment(body, live);
    throwConflicts(deployment.spec.reader, diff);
    deployments.push({ name, request: deployment, model, code, environment, body, live, diff });
  }

  const names = deployments.map((d) => d.name);
  const currentDefault = liveEndpoint?.properties.defaults?.deploymentName ?? undefined;
  const defaults = request.defaultDeployment;
  const targetDefault = resolveDefault(defaults, names, currentDefault, logger);
  const kept = defaults.target.kind === 'keep';
  if (defaults.target.kind === 'named' && targetDefault) {
    const other = liveDeployments.find((d) => d.name?.toLowerCase() === targetDefault.toLowerCase());
    const state = other?.properties.provisioningState;
    if (!other || (state !== undefined && state !== 'Succeeded')) {
      throw originError(
        defaults.origin,
        other
          ? `deployment '${targetDefault}' of endpoint '${endpointName}' is ${state}; the default must be a deployment that has Succeeded.`
          : `'${targetDefault}' is neither a deployment of this run (${names.join(', ')}) nor a deployment of endpoint '${endpointName}'; name one of them as the default.`,
      );
    }
  }
  const defaultStep = planDefault(endpointName, currentDefault, targetDefault, kept);
  const protectedNames = [...names, ...(targetDefault ? [targetDefault] : [])];
  const cleanup = planCleanup(liveDeployments, protectedNames, options.keepDeployments);

  const environments = distinct(
    deployments.map((d) => d.environment),
    (e) => e.id,
  );
  const codes = distinct(
    deployments.map((d) => d.code),
    (c) => c.id,
  );
  const steps: PlanStep[] = [
    ...models.map((model) =>
      modelStep(
        model,
        deployments.some((d) => d.model === model && d.diff.action !== 'no-op'),
        options.run,
      ),
    ),
    ...environments.map(environmentStep),
    ...codes.map(codeStep),
    { resource: 'endpoint', name: endpointName, ...withoutConflicts(endpointDiff) },
    ...deployments.map(
      (d): PlanStep => ({ resource: 'deployment', name: d.name, ...withoutConflicts(d.diff) }),
    ),
    defaultStep,
    ...cleanup,
  ];
  const primary =
    deployments.find((d) => d.name.toLowerCase() === targetDefault?.toLowerCase()) ?? deployments[0]!;

  return {
    endpointName,
    location,
    models,
    environments,
    codes,
    endpoint: { body: endpointBody, live: liveEndpoint, diff: endpointDiff },
    deployments,
    primary,
    currentDefault,
    serving: currentDefault
      ? liveDeployments.find((d) => d.name?.toLowerCase() === currentDefault.toLowerCase())
      : undefined,
    targetDefault,
    targetLive: names.some((n) => n.toLowerCase() === targetDefault?.toLowerCase())
      ? undefined
      : liveDeployments.find((d) => d.name?.toLowerCase() === targetDefault?.toLowerCase()),
    switchDefault: defaultStep.action === 'switch',
    deletions: cleanup.filter((step) => step.action === 'delete').map((step) => step.name),
    steps,
    changed: writesAnything(steps),
    validations,
  };
}

function promotionDeps(options: PlanOptions): PromotionDeps {
  const { scope, cloud, logger, evidence } = options;
  if (!evidence) return { logger, workspace: scope.workspace };
  const { client, resourceGroup, workspace } = scope;
  return {
    logger,
    workspace,
    evidence: {
      files: { client, resourceGroup, workspace, cloud, ...evidence.files },
      validatingClient: evidence.validatingClient,
    },
  };
}

function deploymentName(deployment: DeploymentRequest, model: ResolvedModel): string {
  const template = deployment.name;
  const name = isTemplate(template.value) ? renderDeploymentName(template.value, model) : template.value;
  const problem = nameProblem(name, 'deployment');
  if (problem) {
    throw originError(
      template.origin,
      `'${template.value}' gives the deployment name '${name}' for model ${model.name}:${model.version}, which Azure refuses: ${problem}.`,
    );
  }
  return name;
}

function withoutConflicts(diff: ResourceDiff): Pick<PlanStep, 'action' | 'reason' | 'changes'> {
  return { action: diff.action, ...(diff.reason ? { reason: diff.reason } : {}), changes: diff.changes };
}

function environmentStep(environment: ResolvedEnvironment): PlanStep {
  const registration = environment.registration;
  const build = registration?.build;
  return {
    resource: 'environment',
    name: `${environment.name}:${environment.version}`,
    action: registration ? 'register' : 'no-op',
    ...(registration
      ? {
          reason: build
            ? `anonymous, built from ${build.folder.shown} (${build.folder.files.length} file(s), uploaded to datastore '${build.datastore.name}')`
            : `anonymous, image ${registration.body.properties.image}${registration.body.properties.condaFile ? ' with its conda file' : ''}`,
        }
      : {}),
    changes: [],
  };
}

function codeStep(code: ResolvedCode): PlanStep {
  const registration = code.registration;
  return {
    resource: 'scoring code',
    name: registration ? registration.folder.shown : (code.id.split('/').slice(-3, -2)[0] ?? code.id),
    action: registration ? 'register' : 'no-op',
    ...(registration
      ? {
          reason: `${registration.folder.files.length} file(s), ${registration.folder.bytes} bytes, uploaded to datastore '${registration.datastore.name}'`,
        }
      : {}),
    changes: [],
  };
}

function modelStep(model: ResolvedModel, writesDeployment: boolean, run: RunInfo): PlanStep {
  const name = `${model.name}:${model.version}`;
  const registration = model.registration;
  if (registration) {
    const type = registration.body.properties.modelType;
    return {
      resource: 'model',
      name,
      action: 'register',
      reason: `${type}, ${registration.content.files.length} file(s), ${registration.content.bytes} bytes from ${registration.content.shown}, uploaded to datastore '${registration.datastore.name}'${writesDeployment ? '; tagged with this run once deployed' : ''}`,
      changes: [
        { field: 'properties.modelUri', after: registration.modelUri },
        { field: 'properties.modelType', after: type },
        { field: `properties.tags.${CONTENT_DIGEST_TAG}`, after: registration.content.digest },
        ...(writesDeployment
          ? Object.entries(deployedTags(run)).map(([key, value]) => ({
              field: `properties.tags.${key}`,
              after: value,
            }))
          : []),
      ],
    };
  }
  if (!writesDeployment || !model.live) {
    return { resource: 'model', name, action: 'no-op', reason: 'registered', changes: [] };
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
    : { resource: 'model', name, action: 'no-op', reason: 'registered', changes: [] };
}
