/**
 * The model writes of a release: new content uploaded to the workspace's default datastore (only the files not there
 * yet) and registered as the version the plan gives it (model-resolution.ts), and the deployed version tagged with
 * the run that deployed it (`mlops.deployed.repository`, `mlops.deployed.commit`, `mlops.deployed.run`) whenever the
 * release writes a deployment that serves it.
 */
import type { ModelVersion } from '@azure/arm-machinelearning';
import type { ContainerClient } from '@azure/storage-blob';
import { tagModelVersion } from '#shared/azure/asset-tags.js';
import { uploadFolder } from '#shared/azure/datastore-upload.js';
import type { DatastoreInfo } from '#shared/azure/datastores.js';
import { withContext } from '#shared/errors.js';
import type { FolderContent } from '#shared/folder-digest.js';
import type { RunInfo } from '#shared/receipts/schemas.js';
import type { ModelResolution, ResolvedModel } from './model-resolution.js';

export const DEPLOYED_TAGS = {
  repository: 'mlops.deployed.repository',
  commit: 'mlops.deployed.commit',
  run: 'mlops.deployed.run',
} as const;

export interface RegistrationDeps extends ModelResolution {
  /** The container of a datastore, opened once per step (listing its secrets is a POST to Azure). */
  readonly openContainer: (datastore: DatastoreInfo) => Promise<ContainerClient>;
}

/** Uploads local content to a datastore: only the files that are not there yet. */
export async function uploadToDatastore(
  content: FolderContent,
  datastore: DatastoreInfo,
  deps: Pick<RegistrationDeps, 'openContainer' | 'logger'>,
): Promise<void> {
  await uploadFolder(await deps.openContainer(datastore), content, deps.logger);
}

/** Uploads the content (what is not there yet) and registers the version. */
export async function registerModel(model: ResolvedModel, deps: RegistrationDeps): Promise<ResolvedModel> {
  const { registration } = model;
  if (!registration) return model;
  const { scope } = deps;
  await uploadToDatastore(registration.content, registration.datastore, deps);
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
  deps.logger.info(`Registered model ${model.name}:${model.version} from ${registration.content.shown}`);
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
  if (!model.live) return false;
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
