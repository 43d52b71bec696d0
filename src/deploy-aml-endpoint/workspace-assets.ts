/**
 * The compute, environment and scoring code a deployment references, resolved to the ARM ids its body needs and
 * checked to exist (reads only) — so a typo fails at its line in the spec, before anything is written.
 *
 * Scoring code in a local folder becomes a code asset the way azure-ai-ml registers it: uploaded to the default
 * datastore under `LocalUpload/<digest>/<folder>/` and registered as an anonymous version (`isAnonymous`, version
 * `1`) named after the content digest, with `codeUri` the folder's blob URL. The same folder is the same asset, so
 * an unchanged folder is neither uploaded nor registered again.
 */
import type { CodeVersion } from '@azure/arm-machinelearning';
import { CONTENT_DIGEST_TAG } from '#shared/azure/asset-tags.js';
import type { Cloud } from '#shared/azure/clouds.js';
import { uploadPrefix } from '#shared/azure/datastore-upload.js';
import { type DatastoreInfo, readDefaultDatastore } from '#shared/azure/datastores.js';
import { withContext } from '#shared/errors.js';
import type { FolderContent } from '#shared/folder-digest.js';
import {
  codeVersionExists,
  computeExists,
  environmentVersionExists,
  latestEnvironmentVersion,
  type MlScope,
  readOptional,
} from './live-state.js';
import { type RegistrationDeps, uploadToDatastore } from './model-registration.js';
import type { CodeRequest } from './release-request.js';
import type { DeploymentSpec } from './specs/deployment-spec.js';
import { originError } from './specs/origin.js';
import { assetVersionId, computeId } from './workspace-references.js';

export async function resolveCompute(spec: DeploymentSpec, scope: MlScope): Promise<string> {
  const { name, at } = spec.compute;
  if (!(await computeExists(scope, name))) {
    throw spec.reader.error(
      at,
      `compute '${name}' does not exist in workspace '${scope.workspace}'; create the cluster first (batch deployments run on an AmlCompute cluster of the workspace).`,
    );
  }
  return computeId(scope, name);
}

export async function resolveEnvironment(spec: DeploymentSpec, scope: MlScope): Promise<string | undefined> {
  const environment = spec.environment;
  if (!environment) return undefined;
  const { reference, at } = environment;
  const fail = (message: string) => spec.reader.error(at, message);
  switch (reference.kind) {
    case 'invalid':
      throw fail(reference.reason);
    case 'id':
      return reference.id;
    case 'latest': {
      const latest = await latestEnvironmentVersion(scope, reference.name);
      if (!latest) {
        throw fail(`environment '${reference.name}' has no version in workspace '${scope.workspace}'.`);
      }
      return assetVersionId(scope, 'environments', reference.name, latest);
    }
    case 'version':
      if (!(await environmentVersionExists(scope, reference.name, reference.version))) {
        throw fail(
          `environment ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'; register it first (az ml environment create).`,
        );
      }
      return assetVersionId(scope, 'environments', reference.name, reference.version);
  }
}

export interface ResolvedCode {
  readonly id: string;
  /** Set when the folder must be uploaded and registered first. */
  readonly registration:
    | { readonly folder: FolderContent; readonly datastore: DatastoreInfo; readonly name: string }
    | undefined;
}

export const CODE_VERSION = '1';

/** The anonymous code asset of a folder: named after its content. */
export function codeAssetName(folder: FolderContent): string {
  return `code-${folder.digest}`;
}

export async function resolveCode(
  request: CodeRequest | undefined,
  scope: MlScope,
  cloud: Cloud,
): Promise<ResolvedCode | undefined> {
  if (!request) return undefined;
  if (request.kind === 'reference') {
    const { reference } = request;
    if (reference.kind === 'id') return { id: reference.id, registration: undefined };
    if (!(await codeVersionExists(scope, reference.name, reference.version))) {
      throw originError(
        request.origin,
        `code ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'.`,
      );
    }
    return { id: assetVersionId(scope, 'codes', reference.name, reference.version), registration: undefined };
  }
  const name = codeAssetName(request.folder);
  const id = assetVersionId(scope, 'codes', name, CODE_VERSION);
  const existing = await readOptional(`code ${name}:${CODE_VERSION}`, () =>
    scope.client.codeVersions.get(scope.resourceGroup, scope.workspace, name, CODE_VERSION),
  );
  if (existing) return { id, registration: undefined };
  const datastore = await readDefaultDatastore({ ...scope, cloud });
  return { id, registration: { folder: request.folder, datastore, name } };
}

export async function registerCode(code: ResolvedCode, deps: RegistrationDeps): Promise<void> {
  const registration = code.registration;
  if (!registration) return;
  const { scope } = deps;
  await uploadToDatastore(registration, deps);
  const body: CodeVersion = {
    properties: {
      codeUri: `${registration.datastore.accountUrl}/${registration.datastore.containerName}/${uploadPrefix(registration.folder)}`,
      isAnonymous: true,
      tags: { [CONTENT_DIGEST_TAG]: registration.folder.digest },
    },
  };
  try {
    await scope.client.codeVersions.createOrUpdate(
      scope.resourceGroup,
      scope.workspace,
      registration.name,
      CODE_VERSION,
      body,
    );
  } catch (error) {
    throw withContext(`Could not register the scoring code of ${registration.folder.shown}`, error);
  }
  deps.logger.info(
    `Registered the scoring code of ${registration.folder.shown} as ${registration.name}:${CODE_VERSION}`,
  );
}
