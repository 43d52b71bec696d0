/**
 * The compute, environment and scoring code a deployment references, resolved to the ARM ids its body needs and
 * checked to exist (reads only) — so a typo fails at its line in the spec, before anything is written. An ARM id
 * must name an asset of this workspace, and that asset must exist.
 *
 * Local scoring code becomes a code asset the way azure-ai-ml registers it: uploaded to the default datastore under
 * `LocalUpload/<digest>/<folder>/` and registered as an anonymous version (`isAnonymous`, version `1`) named after the
 * content digest, with `codeUri` the folder's blob URL. An inline environment becomes an anonymous environment version
 * (anonymous-environment.ts); a build context is uploaded the same way as code and named by its blob URL. The same
 * content is the same asset, so an unchanged one is neither uploaded nor registered again.
 */
import type { CodeVersion, EnvironmentVersion } from '@azure/arm-machinelearning';
import { CONTENT_DIGEST_TAG } from '#shared/azure/asset-tags.js';
import type { Cloud } from '#shared/azure/clouds.js';
import { uploadedPath, uploadPrefix } from '#shared/azure/datastore-upload.js';
import { type DatastoreInfo, readDefaultDatastore } from '#shared/azure/datastores.js';
import { withContext } from '#shared/errors.js';
import type { FolderContent } from '#shared/folder-digest.js';
import { anonymousEnvironmentBody } from './anonymous-environment.js';
import type { EnvironmentRequest } from './environment-request.js';
import {
  codeVersionExists,
  computeExists,
  environmentVersionExists,
  latestEnvironmentVersion,
  type MlScope,
} from './live-state.js';
import { type RegistrationDeps, uploadToDatastore } from './model-registration.js';
import type { CodeRequest } from './release-request.js';
import type { DeploymentSpec } from './specs/deployment-spec.js';
import { type Origin, originError } from './specs/origin.js';
import { type AssetId, assetVersionId, computeId, sameWorkspace } from './workspace-references.js';

/**
 * Reads shared by the references of one plan: each is made once however many deployments name the same compute,
 * environment or code, and the default datastore is read once, when something needs it.
 */
export interface AssetResolution {
  readonly scope: MlScope;
  readonly cloud: Cloud;
  readonly datastore: () => Promise<DatastoreInfo>;
  /** The answer of `read` for `key`, read once per plan. */
  once<T>(key: string, read: () => Promise<T>): Promise<T>;
}

export function assetResolution(scope: MlScope, cloud: Cloud): AssetResolution {
  const answers = new Map<string, Promise<unknown>>();
  let datastore: Promise<DatastoreInfo> | undefined;
  return {
    scope,
    cloud,
    datastore: () => {
      datastore ??= readDefaultDatastore({ ...scope, cloud });
      return datastore;
    },
    once<T>(key: string, read: () => Promise<T>): Promise<T> {
      if (!answers.has(key)) answers.set(key, read());
      return answers.get(key) as Promise<T>;
    },
  };
}

export async function resolveCompute(spec: DeploymentSpec, deps: AssetResolution): Promise<string> {
  const { scope } = deps;
  const { name, at } = spec.compute;
  if (!(await deps.once(`compute ${name}`, () => computeExists(scope, name)))) {
    throw spec.reader.error(
      at,
      `compute '${name}' does not exist in workspace '${scope.workspace}'; create the cluster first (batch deployments run on an AmlCompute cluster of the workspace).`,
    );
  }
  return computeId(scope, name);
}

/** An asset named by its ARM id: of this workspace, and there. */
async function checkAssetId(
  reference: AssetId,
  what: 'environment' | 'code',
  origin: Origin,
  scope: MlScope,
  exists: (name: string, version: string) => Promise<boolean>,
): Promise<string> {
  if (!sameWorkspace(reference.scope, scope)) {
    throw originError(
      origin,
      `'${reference.id}' is ${what === 'code' ? 'code' : 'an environment'} of workspace '${reference.scope.workspace}', not of '${scope.workspace}'; a deployment uses assets of its own workspace.`,
    );
  }
  if (!(await exists(reference.name, reference.version))) {
    throw originError(
      origin,
      `${what} ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'.`,
    );
  }
  return reference.id;
}

export interface ResolvedEnvironment {
  readonly id: string;
  readonly name: string;
  readonly version: string;
  /** Set for an inline environment not registered yet. */
  readonly registration:
    | {
        readonly body: EnvironmentVersion;
        readonly build: { readonly folder: FolderContent; readonly datastore: DatastoreInfo } | undefined;
      }
    | undefined;
}

export async function resolveEnvironment(
  request: EnvironmentRequest | undefined,
  deps: AssetResolution,
): Promise<ResolvedEnvironment | undefined> {
  if (!request) return undefined;
  const { scope } = deps;
  const exists = (name: string, version: string) =>
    deps.once(`environment ${name}:${version}`, () => environmentVersionExists(scope, name, version));
  const { origin } = request;
  const resolved = (name: string, version: string): ResolvedEnvironment => ({
    id: assetVersionId(scope, 'environments', name, version),
    name,
    version,
    registration: undefined,
  });
  if (request.kind === 'anonymous') {
    const { name, version, definition } = request;
    if (await exists(name, version)) return resolved(name, version);
    if (!request.build) {
      return {
        ...resolved(name, version),
        registration: { body: anonymousEnvironmentBody(definition), build: undefined },
      };
    }
    const datastore = await deps.datastore();
    const contextUri = `${datastore.accountUrl}/${datastore.containerName}/${uploadedPath(request.build)}`;
    return {
      ...resolved(name, version),
      registration: {
        body: anonymousEnvironmentBody(definition, contextUri),
        build: { folder: request.build, datastore },
      },
    };
  }
  const { reference } = request;
  switch (reference.kind) {
    case 'id': {
      const id = await checkAssetId(reference, 'environment', origin, scope, exists);
      return { ...resolved(reference.name, reference.version), id };
    }
    case 'latest': {
      const latest = await deps.once(`environment ${reference.name}@latest`, () =>
        latestEnvironmentVersion(scope, reference.name),
      );
      if (!latest) {
        throw originError(
          origin,
          `environment '${reference.name}' has no version in workspace '${scope.workspace}'.`,
        );
      }
      return resolved(reference.name, latest);
    }
    case 'version':
      if (!(await exists(reference.name, reference.version))) {
        throw originError(
          origin,
          `environment ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'; register it first (az ml environment create), or write it inline (image and conda_file).`,
        );
      }
      return resolved(reference.name, reference.version);
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
  deps: AssetResolution,
): Promise<ResolvedCode | undefined> {
  if (!request) return undefined;
  const { scope } = deps;
  const exists = (name: string, version: string) =>
    deps.once(`code ${name}:${version}`, () => codeVersionExists(scope, name, version));
  if (request.kind === 'reference') {
    const { reference } = request;
    if (reference.kind === 'id') {
      return {
        id: await checkAssetId(reference, 'code', request.origin, scope, exists),
        registration: undefined,
      };
    }
    if (!(await exists(reference.name, reference.version))) {
      throw originError(
        request.origin,
        `code ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'.`,
      );
    }
    return { id: assetVersionId(scope, 'codes', reference.name, reference.version), registration: undefined };
  }
  const name = codeAssetName(request.folder);
  const id = assetVersionId(scope, 'codes', name, CODE_VERSION);
  if (await exists(name, CODE_VERSION)) return { id, registration: undefined };
  return { id, registration: { folder: request.folder, datastore: await deps.datastore(), name } };
}

export async function registerCode(code: ResolvedCode, deps: RegistrationDeps): Promise<void> {
  const registration = code.registration;
  if (!registration) return;
  const { scope } = deps;
  await uploadToDatastore(registration.folder, registration.datastore, deps);
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

/** Uploads the build context (if any) and registers the anonymous environment version. */
export async function registerEnvironment(
  environment: ResolvedEnvironment,
  deps: RegistrationDeps,
): Promise<void> {
  const registration = environment.registration;
  if (!registration) return;
  const { scope } = deps;
  if (registration.build)
    await uploadToDatastore(registration.build.folder, registration.build.datastore, deps);
  try {
    await scope.client.environmentVersions.createOrUpdate(
      scope.resourceGroup,
      scope.workspace,
      environment.name,
      environment.version,
      registration.body,
    );
  } catch (error) {
    throw withContext(`Could not register environment ${environment.name}:${environment.version}`, error);
  }
  deps.logger.info(`Registered environment ${environment.name}:${environment.version}`);
}
