/**
 * The ways a deployment names its model, as the `az ml` CLI reads them (azure-ai-ml's DeploymentSchema.model:
 * RegistryStr, ArmVersionedStr and an inline model):
 *
 *   azureml:<name>:<version>                                    a version registered in the workspace
 *   azureml:<name>@latest                                       the most recently created version
 *   azureml:/subscriptions/.../workspaces/<w>/models/<n>/versions/<v>   the same, by ARM id
 *   azureml://registries/<registry>/models/<name>/versions/<version>    a version in an Azure ML registry
 *   <folder>                                                    a local folder, uploaded and registered
 *
 * `azureml:<name>` without a version is refused: a release names what it deploys (use `@latest` to mean it).
 */

export type ModelReference =
  | { readonly kind: 'workspace'; readonly name: string; readonly version: string }
  | { readonly kind: 'latest'; readonly name: string }
  | { readonly kind: 'arm-id'; readonly id: string; readonly name: string; readonly version: string }
  | {
      readonly kind: 'registry';
      readonly registry: string;
      readonly name: string;
      readonly version: string;
      readonly uri: string;
    }
  | { readonly kind: 'path'; readonly path: string };

export type ParsedModelReference = ModelReference | { readonly kind: 'invalid'; readonly reason: string };

const SEGMENT = '[^:@/\\s]+';
const WORKSPACE = new RegExp(`^azureml:(${SEGMENT}):(${SEGMENT})$`);
const LATEST = new RegExp(`^azureml:(${SEGMENT})@latest$`);
const UNVERSIONED = new RegExp(`^azureml:(${SEGMENT})$`);
const REGISTRY = /^azureml:\/\/registries\/([^/\s]+)\/models\/([^/\s]+)\/versions\/([^/\s]+)$/;
const ARM_ID =
  /^(?:azureml:)?(\/subscriptions\/[^/\s]+\/resourceGroups\/[^/\s]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/\s]+\/models\/([^/\s]+)\/versions\/([^/\s]+))$/i;
const URI = /^[a-z][a-z0-9+.-]*:\/\//i;

export const MODEL_REFERENCE_FORMS =
  'azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/<registry>/models/<name>/versions/<version>, or a local folder';

export function parseModelReference(text: string): ParsedModelReference {
  const value = text.trim();
  let match = WORKSPACE.exec(value);
  if (match) return { kind: 'workspace', name: match[1]!, version: match[2]! };
  match = LATEST.exec(value);
  if (match) return { kind: 'latest', name: match[1]! };
  match = REGISTRY.exec(value);
  if (match) {
    return { kind: 'registry', registry: match[1]!, name: match[2]!, version: match[3]!, uri: value };
  }
  match = ARM_ID.exec(value);
  if (match) return { kind: 'arm-id', id: match[1]!, name: match[2]!, version: match[3]! };
  match = UNVERSIONED.exec(value);
  if (match) {
    return {
      kind: 'invalid',
      reason: `'${value}' names no version: use azureml:${match[1]}:<version>, or azureml:${match[1]}@latest to deploy the most recently registered version`,
    };
  }
  if (
    URI.test(value) &&
    (!/^azureml:/i.test(value) || /^azureml:\/\/(subscriptions\/.+\/)?datastores\//i.test(value))
  ) {
    return {
      kind: 'invalid',
      reason: `'${value}' is a storage URI; register the model from it first (az ml model create) and reference it as azureml:<name>:<version>, or give a local folder`,
    };
  }
  if (/^azureml:/i.test(value)) {
    return { kind: 'invalid', reason: `'${value}' is not a model reference; use ${MODEL_REFERENCE_FORMS}` };
  }
  if (value === '') return { kind: 'invalid', reason: 'the model is empty' };
  return { kind: 'path', path: value };
}

/** The name and version a reference states, when it states them without a lookup. */
export function statedNameAndVersion(
  reference: ModelReference,
): { name?: string; version?: string } | undefined {
  switch (reference.kind) {
    case 'workspace':
    case 'arm-id':
    case 'registry':
      return { name: reference.name, version: reference.version };
    case 'latest':
      return { name: reference.name };
    case 'path':
      return undefined;
  }
}
