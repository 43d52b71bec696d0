/**
 * The ways a deployment names its model, as the `az ml` CLI reads them (azure-ai-ml's DeploymentSchema.model:
 * RegistryStr, ArmVersionedStr and an inline model):
 *
 *   azureml:<name>:<version>                                    a version registered in the workspace
 *   azureml:<name>@latest                                       the most recently created version
 *   azureml:/subscriptions/.../workspaces/<w>/models/<n>/versions/<v>   the same, by ARM id
 *   <file or folder>                                            local content, uploaded and registered
 *
 * `azureml:<name>` without a version is refused: a release names what it deploys (use `@latest` to mean it).
 * A version in an Azure ML registry (`azureml://registries/<r>/models/<n>/versions/<v>`) is refused, with the reason
 * (workspace-references.ts, registryRefusal).
 */
import { registryRefusal } from './workspace-references.js';

export type ModelReference =
  | { readonly kind: 'workspace'; readonly name: string; readonly version: string }
  | { readonly kind: 'latest'; readonly name: string }
  | { readonly kind: 'arm-id'; readonly id: string; readonly name: string; readonly version: string }
  | { readonly kind: 'path'; readonly path: string };

export type ParsedModelReference = ModelReference | { readonly kind: 'invalid'; readonly reason: string };

const SEGMENT = '[^:@/\\s]+';
const WORKSPACE = new RegExp(`^azureml:(${SEGMENT}):(${SEGMENT})$`);
const LATEST = new RegExp(`^azureml:(${SEGMENT})@latest$`);
const UNVERSIONED = new RegExp(`^azureml:(${SEGMENT})$`);
const ARM_ID =
  /^(?:azureml:)?(\/subscriptions\/[^/\s]+\/resourceGroups\/[^/\s]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/\s]+\/models\/([^/\s]+)\/versions\/([^/\s]+))$/i;
const URI = /^[a-z][a-z0-9+.-]*:\/\//i;

export const MODEL_REFERENCE_FORMS =
  'azureml:<name>:<version>, azureml:<name>@latest, or a local file or folder';

export function parseModelReference(text: string): ParsedModelReference {
  const value = text.trim();
  let match = WORKSPACE.exec(value);
  if (match) return { kind: 'workspace', name: match[1]!, version: match[2]! };
  match = LATEST.exec(value);
  if (match) return { kind: 'latest', name: match[1]! };
  const registry = registryRefusal(
    value,
    'Register the model in this workspace (az ml model create, or the input model-file) and deploy azureml:<name>:<version>.',
  );
  if (registry) return registry;
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
      reason: `'${value}' is a storage URI; register the model from it first (az ml model create) and reference it as azureml:<name>:<version>, or give a local file or folder`,
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
      return { name: reference.name, version: reference.version };
    case 'latest':
      return { name: reference.name };
    case 'path':
      return undefined;
  }
}
