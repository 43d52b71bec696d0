/**
 * The tags the actions put on Azure ML assets, and the one way they change a registered model version's tags.
 *
 * - `mlops.content-sha256`: the asset's content digest (folder-digest.ts), set when deploy-aml-endpoint registers a
 *   folder, and by run-integration-score on a version that lacks it (it computes it from the version's files).
 * - `mlops.validated.<environment>`: the promotion stamp (DESIGN.md §2.2): the URL of the run whose integration
 *   scoring passed in that environment; `mlops.validated.<environment>.content-sha256`: the content digest that run
 *   scored, so the stamp says which bytes it is about.
 *
 * A version's tags change by a PUT of the version as it is, with the same immutable fields, as azure-ai-ml's
 * `ml_client.models.create_or_update` does for an existing version: the 2022-10-01 API has no PATCH for versions.
 * What the service lets such a PUT change: tags (added, removed, updated: the spec's "Tags can be added, removed,
 * and updated"), the description and `isArchived` (`x-ms-mutability` update); properties only gain keys (a key's
 * value "cannot be replaced ... without increasing the version", as the service answers azureml-assets); the
 * content (`modelUri`, `modelType`, `flavors`, `jobName`) never changes.
 */
import type { AzureMachineLearningWorkspaces, ModelVersion } from '@azure/arm-machinelearning';
import { withContext } from '../errors.js';

export const CONTENT_DIGEST_TAG = 'mlops.content-sha256';

export function validationTag(environment: string): string {
  return `mlops.validated.${environment}`;
}

export function validatedContentTag(environment: string): string {
  return `${validationTag(environment)}.content-sha256`;
}

export interface ModelVersionScope {
  readonly client: Pick<AzureMachineLearningWorkspaces, 'modelVersions'>;
  readonly resourceGroup: string;
  readonly workspace: string;
}

/** The PUT body that keeps everything of `live` and sets `tags` on top of its tags. */
export function retaggedVersion(live: ModelVersion, tags: Readonly<Record<string, string>>): ModelVersion {
  const properties = live.properties;
  return {
    properties: {
      ...(properties.description != null ? { description: properties.description } : {}),
      ...(properties.properties ? { properties: properties.properties } : {}),
      ...(properties.modelUri != null ? { modelUri: properties.modelUri } : {}),
      ...(properties.modelType != null ? { modelType: properties.modelType } : {}),
      ...(properties.flavors ? { flavors: properties.flavors } : {}),
      ...(properties.jobName != null ? { jobName: properties.jobName } : {}),
      ...(properties.isArchived !== undefined ? { isArchived: properties.isArchived } : {}),
      tags: { ...(properties.tags ?? {}), ...tags },
    },
  };
}

/**
 * Adds `tags` to a registered version (see the module comment). Answers the version as Azure has it after the PUT,
 * or `live` itself when it already carries every tag with that value (nothing is written).
 */
export async function tagModelVersion(
  scope: ModelVersionScope,
  model: { readonly name: string; readonly version: string },
  live: ModelVersion,
  tags: Readonly<Record<string, string>>,
  purpose: string,
): Promise<{ readonly version: ModelVersion; readonly written: boolean }> {
  const current = live.properties.tags ?? {};
  if (Object.entries(tags).every(([key, value]) => current[key] === value)) {
    return { version: live, written: false };
  }
  try {
    const version = await scope.client.modelVersions.createOrUpdate(
      scope.resourceGroup,
      scope.workspace,
      model.name,
      model.version,
      retaggedVersion(live, tags),
    );
    return { version, written: true };
  } catch (error) {
    throw withContext(`Could not tag model ${model.name}:${model.version} ${purpose}`, error);
  }
}
