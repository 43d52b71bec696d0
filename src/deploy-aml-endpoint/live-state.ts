/**
 * Reads of live Azure ML state (GETs only): the workspace, the endpoint and its deployments, computes, environments
 * and code versions. Not found (`isNotFound`: a 404) is an answer, anything else an error with what was being read.
 */
import type {
  AzureMachineLearningWorkspaces,
  BatchDeployment,
  BatchEndpoint,
} from '@azure/arm-machinelearning';
import { isNotFound, withContext } from '#shared/errors.js';
import type { WorkspaceScope } from './workspace-references.js';

export interface MlScope extends WorkspaceScope {
  readonly client: AzureMachineLearningWorkspaces;
}

/** The value, or undefined when Azure answers 404; other failures carry `what` as context. */
export async function readOptional<T>(what: string, read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw withContext(`Could not read ${what}`, error);
  }
}

export async function readWorkspaceLocation(scope: MlScope): Promise<string> {
  try {
    const workspace = await scope.client.workspaces.get(scope.resourceGroup, scope.workspace);
    return workspace.location ?? '';
  } catch (error) {
    throw withContext(
      `Could not read workspace '${scope.workspace}' in resource group '${scope.resourceGroup}'`,
      error,
    );
  }
}

export function readEndpoint(scope: MlScope, name: string): Promise<BatchEndpoint | undefined> {
  return readOptional(`batch endpoint '${name}'`, () =>
    scope.client.batchEndpoints.get(scope.resourceGroup, scope.workspace, name),
  );
}

export function readDeployment(
  scope: MlScope,
  endpoint: string,
  name: string,
): Promise<BatchDeployment | undefined> {
  return readOptional(`batch deployment '${name}' of endpoint '${endpoint}'`, () =>
    scope.client.batchDeployments.get(scope.resourceGroup, scope.workspace, endpoint, name),
  );
}

export async function listDeployments(scope: MlScope, endpoint: string): Promise<BatchDeployment[]> {
  const deployments: BatchDeployment[] = [];
  try {
    for await (const deployment of scope.client.batchDeployments.list(
      scope.resourceGroup,
      scope.workspace,
      endpoint,
    )) {
      deployments.push(deployment);
    }
  } catch (error) {
    if (isNotFound(error)) return [];
    throw withContext(`Could not list the deployments of batch endpoint '${endpoint}'`, error);
  }
  return deployments;
}

export async function computeExists(scope: MlScope, name: string): Promise<boolean> {
  const compute = await readOptional(`compute '${name}'`, () =>
    scope.client.computeOperations.get(scope.resourceGroup, scope.workspace, name),
  );
  return compute !== undefined;
}

/** The latest version of an environment, or undefined when the environment does not exist. */
export async function latestEnvironmentVersion(scope: MlScope, name: string): Promise<string | undefined> {
  const container = await readOptional(`environment '${name}'`, () =>
    scope.client.environmentContainers.get(scope.resourceGroup, scope.workspace, name),
  );
  return container?.properties.latestVersion ?? undefined;
}

export async function environmentVersionExists(
  scope: MlScope,
  name: string,
  version: string,
): Promise<boolean> {
  const found = await readOptional(`environment ${name}:${version}`, () =>
    scope.client.environmentVersions.get(scope.resourceGroup, scope.workspace, name, version),
  );
  return found !== undefined;
}

export async function codeVersionExists(scope: MlScope, name: string, version: string): Promise<boolean> {
  const found = await readOptional(`code ${name}:${version}`, () =>
    scope.client.codeVersions.get(scope.resourceGroup, scope.workspace, name, version),
  );
  return found !== undefined;
}

/** `systemData.createdAt` as epoch ms (0 when missing), for "newest first". */
export function createdAt(resource: { systemData?: { createdAt?: Date } }): number {
  const value = resource.systemData?.createdAt;
  return value instanceof Date ? value.getTime() : value ? new Date(value).getTime() : 0;
}
