/**
 * The REST bodies the specs stand for (Machine Learning 2022-10-01): the YAML's snake_case keys mapped to the
 * resource's fields, references as ARM ids, and nothing the spec leaves out — the service applies its own defaults,
 * which the plan takes into account when it compares with live state.
 */
import type { BatchDeployment, BatchEndpoint } from '@azure/arm-machinelearning';
import type { DeploymentSpec } from './specs/deployment-spec.js';
import type { EndpointSpec } from './specs/endpoint-spec.js';

/** Deployments this action created carry this tag; only those are ever deleted by `keep-deployments`. */
export const MANAGED_BY_TAG = 'mlops.managed-by';
export const MANAGED_BY = 'deploy-aml-endpoint';
/** The model a deployment serves, as `name:version`, for people reading the deployment list. */
export const MODEL_TAG = 'mlops.model';

export function desiredEndpoint(spec: EndpointSpec, location: string): BatchEndpoint {
  const identity = spec.identity;
  return {
    location,
    tags: { ...spec.tags },
    ...(identity
      ? {
          identity: {
            type: identity.type,
            ...(identity.userAssignedIdentities.length
              ? {
                  userAssignedIdentities: Object.fromEntries(
                    identity.userAssignedIdentities.map((id) => [id, {}]),
                  ),
                }
              : {}),
          },
        }
      : {}),
    properties: {
      authMode: spec.authMode,
      ...(spec.description !== undefined ? { description: spec.description } : {}),
      ...(Object.keys(spec.properties).length ? { properties: { ...spec.properties } } : {}),
    },
  };
}

/** The endpoint body with a default deployment: a re-PUT is how the default is set (PATCH cannot). */
export function withDefaultDeployment(
  body: BatchEndpoint,
  deploymentName: string | undefined,
): BatchEndpoint {
  return {
    ...body,
    properties: {
      ...body.properties,
      ...(deploymentName ? { defaults: { deploymentName } } : {}),
    },
  };
}

export interface ResolvedReferences {
  readonly modelId: string;
  readonly modelName: string;
  readonly modelVersion: string;
  readonly computeId: string;
  readonly codeId: string | undefined;
  readonly environmentId: string | undefined;
}

export function desiredDeployment(
  spec: DeploymentSpec,
  references: ResolvedReferences,
  location: string,
): BatchDeployment {
  const s = spec.settings;
  const retrySettings =
    s.retrySettings === undefined
      ? undefined
      : {
          ...(s.retrySettings.maxRetries !== undefined ? { maxRetries: s.retrySettings.maxRetries } : {}),
          ...(s.retrySettings.timeoutSeconds !== undefined
            ? { timeout: `PT${s.retrySettings.timeoutSeconds}S` }
            : {}),
        };
  const resources =
    s.instanceCount === undefined && s.instanceType === undefined && s.resourceProperties === undefined
      ? undefined
      : {
          ...(s.instanceCount !== undefined ? { instanceCount: s.instanceCount } : {}),
          ...(s.instanceType !== undefined ? { instanceType: s.instanceType } : {}),
          ...(s.resourceProperties !== undefined
            ? { properties: { ...(s.resourceProperties as Record<string, Record<string, unknown>>) } }
            : {}),
        };
  return {
    location,
    tags: {
      ...spec.tags,
      [MANAGED_BY_TAG]: MANAGED_BY,
      [MODEL_TAG]: `${references.modelName}:${references.modelVersion}`,
    },
    properties: {
      ...(spec.description !== undefined ? { description: spec.description } : {}),
      ...(Object.keys(spec.properties).length ? { properties: { ...spec.properties } } : {}),
      model: { referenceType: 'Id', assetId: references.modelId },
      compute: references.computeId,
      ...(references.codeId !== undefined && spec.code
        ? { codeConfiguration: { codeId: references.codeId, scoringScript: spec.code.scoringScript } }
        : {}),
      ...(references.environmentId !== undefined ? { environmentId: references.environmentId } : {}),
      ...(Object.keys(spec.environmentVariables).length
        ? { environmentVariables: { ...spec.environmentVariables } }
        : {}),
      ...(s.miniBatchSize !== undefined ? { miniBatchSize: s.miniBatchSize } : {}),
      ...(s.maxConcurrencyPerInstance !== undefined
        ? { maxConcurrencyPerInstance: s.maxConcurrencyPerInstance }
        : {}),
      ...(s.errorThreshold !== undefined ? { errorThreshold: s.errorThreshold } : {}),
      ...(retrySettings ? { retrySettings } : {}),
      ...(s.outputAction !== undefined ? { outputAction: s.outputAction } : {}),
      ...(s.outputFileName !== undefined ? { outputFileName: s.outputFileName } : {}),
      ...(s.loggingLevel !== undefined ? { loggingLevel: s.loggingLevel } : {}),
      ...(resources ? { resources } : {}),
    },
  } as BatchDeployment;
}
