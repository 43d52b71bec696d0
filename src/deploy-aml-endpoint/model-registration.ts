/**
 * The model of a release: resolved to one registered version (reads only), or — for a local folder — the version it
 * already is or the version it will be registered as. A folder is recognised by its content digest (tag
 * `mlops.content-sha256`, found with the versions list's `tags` filter), so an unchanged folder maps to the version
 * registered before and nothing is uploaded or written. A new folder is uploaded to the workspace's default
 * datastore under `LocalUpload/<digest>/<folder>/` (azure-ai-ml's layout) and registered as the container's next
 * version with `modelUri` pointing at it (the long `azureml://subscriptions/.../datastores/<ds>/paths/...` form).
 *
 * The version a release deploys is tagged with the run that deployed it (`mlops.deployed.repository`,
 * `mlops.deployed.commit`, `mlops.deployed.run`) whenever the release writes the deployment; registry models live
 * outside the workspace and are not tagged.
 */
import type { ModelVersion } from '@azure/arm-machinelearning';
import type { TokenCredential } from '@azure/core-auth';
import { CONTENT_DIGEST_TAG, tagModelVersion } from '#shared/azure/asset-tags.js';
import type { Cloud } from '#shared/azure/clouds.js';
import { uploadFolder, uploadPrefix } from '#shared/azure/datastore-upload.js';
import {
  type DatastoreInfo,
  openDatastoreContainer,
  readDefaultDatastore,
} from '#shared/azure/datastores.js';
import { isNotFound, withContext } from '#shared/errors.js';
import type { FolderContent } from '#shared/folder-digest.js';
import type { Logger } from '#shared/logger.js';
import type { RunInfo } from '#shared/receipts/schemas.js';
import { type MlScope, readOptional } from './live-state.js';
import type { ModelReference } from './model-reference.js';
import type { ModelType } from './specs/deployment-spec.js';
import { type Origin, originError } from './specs/origin.js';
import { assetVersionId, workspaceId } from './workspace-references.js';

export const DEPLOYED_TAGS = {
  repository: 'mlops.deployed.repository',
  commit: 'mlops.deployed.commit',
  run: 'mlops.deployed.run',
} as const;

export type ModelRequest =
  | {
      readonly kind: 'reference';
      readonly reference: Exclude<ModelReference, { kind: 'path' }>;
      readonly origin: Origin;
    }
  | {
      readonly kind: 'folder';
      readonly folder: FolderContent;
      readonly name: string;
      readonly version: string | undefined;
      readonly modelType: ModelType;
      readonly description: string | undefined;
      readonly tags: Readonly<Record<string, string>>;
      readonly origin: Origin;
    };

export interface PlannedRegistration {
  readonly folder: FolderContent;
  readonly datastore: DatastoreInfo;
  readonly modelUri: string;
  readonly body: ModelVersion;
}

export interface ResolvedModel {
  readonly name: string;
  readonly version: string;
  /** What a deployment references: the version's ARM id, or the registry URI. */
  readonly assetId: string;
  readonly source: 'workspace' | 'registry' | 'folder';
  /** The version as Azure has it now; undefined for registry models and versions still to register. */
  readonly live: ModelVersion | undefined;
  /** Set when the version must be uploaded and registered first. */
  readonly registration: PlannedRegistration | undefined;
  readonly origin: Origin;
}

export interface ModelResolution {
  readonly scope: MlScope;
  readonly cloud: Cloud;
  readonly logger: Logger;
}

function getVersion(scope: MlScope, name: string, version: string): Promise<ModelVersion | undefined> {
  return readOptional(`model ${name}:${version}`, () =>
    scope.client.modelVersions.get(scope.resourceGroup, scope.workspace, name, version),
  );
}

export async function resolveModel(request: ModelRequest, deps: ModelResolution): Promise<ResolvedModel> {
  const { scope } = deps;
  if (request.kind === 'folder') return resolveFolder(request, deps);
  const { reference, origin } = request;
  const fromWorkspace = async (name: string, version: string): Promise<ResolvedModel> => {
    const live = await getVersion(scope, name, version);
    if (!live) {
      throw originError(
        origin,
        `model ${name}:${version} does not exist in workspace '${scope.workspace}'; register it first or fix the reference.`,
      );
    }
    return {
      name,
      version,
      assetId: assetVersionId(scope, 'models', name, version),
      source: 'workspace',
      live,
      registration: undefined,
      origin,
    };
  };
  switch (reference.kind) {
    case 'workspace':
      return fromWorkspace(reference.name, reference.version);
    case 'latest': {
      const container = await readOptional(`model '${reference.name}'`, () =>
        scope.client.modelContainers.get(scope.resourceGroup, scope.workspace, reference.name),
      );
      const latest = container?.properties.latestVersion;
      if (!latest) {
        throw originError(
          origin,
          `model '${reference.name}' has no registered version in workspace '${scope.workspace}' (azureml:${reference.name}@latest).`,
        );
      }
      deps.logger.info(`azureml:${reference.name}@latest is version ${latest}`);
      return fromWorkspace(reference.name, latest);
    }
    case 'arm-id': {
      if (!reference.id.toLowerCase().startsWith(`${workspaceId(scope).toLowerCase()}/`)) {
        throw originError(
          origin,
          `'${reference.id}' is a model of another workspace; deploy models of workspace '${scope.workspace}', or share it through a registry.`,
        );
      }
      return fromWorkspace(reference.name, reference.version);
    }
    case 'registry':
      return {
        name: reference.name,
        version: reference.version,
        assetId: reference.uri,
        source: 'registry',
        live: undefined,
        registration: undefined,
        origin,
      };
  }
}

async function resolveFolder(
  request: Extract<ModelRequest, { kind: 'folder' }>,
  deps: ModelResolution,
): Promise<ResolvedModel> {
  const { scope, logger } = deps;
  const { folder, name, origin } = request;
  const base = { name, source: 'folder' as const, origin };
  if (request.version !== undefined) {
    const live = await getVersion(scope, name, request.version);
    if (live) {
      if (live.properties.tags?.[CONTENT_DIGEST_TAG] !== folder.digest) {
        throw originError(
          origin,
          `model ${name}:${request.version} already exists with other content than ${folder.shown}; registered versions never change. Remove 'version' to register the next one, or give a new version.`,
        );
      }
      return {
        ...base,
        version: request.version,
        assetId: idOf(deps, name, request.version),
        live,
        registration: undefined,
      };
    }
  } else {
    const match = await findByDigest(scope, name, folder.digest);
    if (match) {
      logger.info(
        `${folder.shown} is unchanged: it is model ${name}:${match.name} (content ${folder.digest.slice(0, 12)})`,
      );
      return {
        ...base,
        version: match.name!,
        assetId: idOf(deps, name, match.name!),
        live: match,
        registration: undefined,
      };
    }
  }
  const version = request.version ?? (await nextVersion(scope, name));
  const datastore = await readDefaultDatastore({ ...scope, cloud: deps.cloud });
  const modelUri = `azureml://subscriptions/${scope.subscriptionId}/resourcegroups/${scope.resourceGroup}/workspaces/${scope.workspace}/datastores/${datastore.name}/paths/${uploadPrefix(folder)}/`;
  return {
    ...base,
    version,
    assetId: idOf(deps, name, version),
    live: undefined,
    registration: {
      folder,
      datastore,
      modelUri,
      body: {
        properties: {
          modelUri,
          modelType: request.modelType,
          ...(request.description !== undefined ? { description: request.description } : {}),
          tags: { ...request.tags, [CONTENT_DIGEST_TAG]: folder.digest },
        },
      },
    },
  };
}

function idOf(deps: ModelResolution, name: string, version: string): string {
  return assetVersionId(deps.scope, 'models', name, version);
}

/** The most recently created version carrying this content digest, if any. */
async function findByDigest(scope: MlScope, name: string, digest: string): Promise<ModelVersion | undefined> {
  let found: ModelVersion | undefined;
  try {
    for await (const version of scope.client.modelVersions.list(scope.resourceGroup, scope.workspace, name, {
      tags: `${CONTENT_DIGEST_TAG}=${digest}`,
      orderBy: 'createdtime desc',
      top: 1,
    })) {
      if (version.properties.tags?.[CONTENT_DIGEST_TAG] === digest) {
        found = version;
        break;
      }
    }
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw withContext(`Could not list the versions of model '${name}'`, error);
  }
  return found;
}

/** The container's `nextVersion`; else one more than the highest numeric version; "1" for a new model. */
async function nextVersion(scope: MlScope, name: string): Promise<string> {
  const container = await readOptional(`model '${name}'`, () =>
    scope.client.modelContainers.get(scope.resourceGroup, scope.workspace, name),
  );
  if (!container) return '1';
  if (container.properties.nextVersion) return container.properties.nextVersion;
  let highest = 0;
  for await (const version of scope.client.modelVersions.list(scope.resourceGroup, scope.workspace, name, {
    listViewType: 'All',
  })) {
    if (/^\d+$/.test(version.name ?? '')) highest = Math.max(highest, Number(version.name));
  }
  return String(highest + 1);
}

export interface RegistrationDeps extends ModelResolution {
  readonly credential: TokenCredential;
  readonly caCertificates: readonly string[] | undefined;
  readonly mask: (secret: string) => void;
}

/** Uploads a local folder to the workspace's default datastore: only the files that are not there yet. */
export async function uploadToDatastore(
  registration: {
    readonly datastore: Parameters<typeof openDatastoreContainer>[0];
    readonly folder: FolderContent;
  },
  deps: RegistrationDeps,
): Promise<void> {
  const container = await openDatastoreContainer(registration.datastore, {
    ...deps.scope,
    cloud: deps.cloud,
    credential: deps.credential,
    caCertificates: deps.caCertificates,
    mask: deps.mask,
  });
  await uploadFolder(container, registration.folder, deps.logger);
}

/** Uploads the folder (what is not there yet) and registers the version. */
export async function registerModel(model: ResolvedModel, deps: RegistrationDeps): Promise<ResolvedModel> {
  const { registration } = model;
  if (!registration) return model;
  const { scope } = deps;
  await uploadToDatastore(registration, deps);
  const body = registration.body;
  let live: ModelVersion;
  try {
    live = await scope.client.modelVersions.createOrUpdate(
      scope.resourceGroup,
      scope.workspace,
      model.name,
      model.version,
      body,
    );
  } catch (error) {
    throw withContext(`Could not register model ${model.name}:${model.version}`, error);
  }
  deps.logger.info(`Registered model ${model.name}:${model.version} from ${registration.folder.shown}`);
  return { ...model, live, registration: undefined };
}

export function deployedTags(run: RunInfo): Record<string, string> {
  return {
    [DEPLOYED_TAGS.repository]: run.repo,
    [DEPLOYED_TAGS.commit]: run.sha,
    ...(run.url ? { [DEPLOYED_TAGS.run]: run.url } : {}),
  };
}

/** Tags the deployed version with the run (a PUT of the version as it is, with the tags added); no-op if tagged. */
export async function tagDeployedModel(
  model: ResolvedModel,
  run: RunInfo,
  deps: ModelResolution,
): Promise<boolean> {
  if (model.source === 'registry' || !model.live) return false;
  const { written } = await tagModelVersion(
    deps.scope,
    model,
    model.live,
    deployedTags(run),
    'with the deploying run',
  );
  if (written)
    deps.logger.info(`Tagged model ${model.name}:${model.version} with this run (${run.url ?? run.sha})`);
  return written;
}
