/**
 * `azureml:` references in a deployment spec for its compute, environment and scoring code, and the ARM ids they
 * stand for in a workspace (what the REST body needs: `compute`, `environmentId`, `codeConfiguration.codeId`).
 *
 *   compute:      azureml:<name> | <name> | [azureml:]/subscriptions/.../computes/<name>
 *   environment:  azureml:<name>:<version> | azureml:<name>@latest | [azureml:]<ARM id> | inline (specs/)
 *   code:         azureml:<name>:<version> | [azureml:]<ARM id> | a local folder (uploaded and registered)
 *
 * Registry references (`azureml://registries/...`) are refused, with the reason (registryRefusal).
 */

export interface WorkspaceScope {
  readonly subscriptionId: string;
  readonly resourceGroup: string;
  readonly workspace: string;
}

export function workspaceId(scope: WorkspaceScope): string {
  return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${scope.workspace}`;
}

export function assetVersionId(
  scope: WorkspaceScope,
  type: 'models' | 'environments' | 'codes',
  name: string,
  version: string,
): string {
  return `${workspaceId(scope)}/${type}/${name}/versions/${version}`;
}

export function computeId(scope: WorkspaceScope, name: string): string {
  return `${workspaceId(scope)}/computes/${name}`;
}

type Invalid = { readonly kind: 'invalid'; readonly reason: string };

const NAME = '[A-Za-z0-9][A-Za-z0-9_.-]*';
const ARM_PREFIX =
  '(?:azureml:)?(/subscriptions/([^/\\s]+)/resourceGroups/([^/\\s]+)/providers/Microsoft\\.MachineLearningServices/workspaces/([^/\\s]+)';

/** What a registry reference is refused for, whatever the asset (see registryRefusal). */
const REGISTRY = /^azureml:\/\/registries\/([^/\s]+)\/(models|environments|codes)\//i;

/**
 * Assets in an Azure ML registry (`azureml://registries/<registry>/...`) are refused before anything is written: the
 * Machine Learning API this action uses (2022-10-01, `@azure/arm-machinelearning` 2.x) has no registry operations,
 * so a registry reference cannot be checked before the writes, and one that does not resolve (a typo) would fail
 * the deployment after the endpoint was created or changed. `instead` says what to use in its place.
 */
export function registryRefusal(text: string, instead: string): Invalid | undefined {
  const match = REGISTRY.exec(text.trim());
  if (!match) return undefined;
  const what = { models: 'a model', environments: 'an environment', codes: 'code' }[
    match[2]!.toLowerCase() as 'models' | 'environments' | 'codes'
  ];
  return {
    kind: 'invalid',
    reason: `'${text.trim()}' is ${what} in registry '${match[1]}', which this action does not deploy from: it cannot check a registry reference before it writes (the Azure ML API it uses, 2022-10-01, has no registry operations), and one that does not resolve would fail the deployment after the endpoint was written. ${instead}`,
  };
}

/** A versioned asset of a workspace named by its ARM id; `scope` is the workspace the id names. */
export interface AssetId {
  readonly kind: 'id';
  readonly id: string;
  readonly scope: WorkspaceScope;
  readonly name: string;
  readonly version: string;
}

function assetId(type: 'environments' | 'codes', value: string): AssetId | undefined {
  const match = new RegExp(`^${ARM_PREFIX}/${type}/(${NAME})/versions/([^/\\s]+))$`, 'i').exec(value);
  if (!match) return undefined;
  return {
    kind: 'id',
    id: match[1]!,
    scope: { subscriptionId: match[2]!, resourceGroup: match[3]!, workspace: match[4]! },
    name: match[5]!,
    version: match[6]!,
  };
}

/** Whether an ARM id's workspace is this one (ARM names are case-insensitive). */
export function sameWorkspace(a: WorkspaceScope, b: WorkspaceScope): boolean {
  return workspaceId(a).toLowerCase() === workspaceId(b).toLowerCase();
}

export type ComputeReference = { readonly kind: 'compute'; readonly name: string } | Invalid;

export function parseComputeReference(text: string): ComputeReference {
  const value = text.trim();
  const arm = new RegExp(`^${ARM_PREFIX}/computes/(${NAME}))$`, 'i').exec(value);
  if (arm) return { kind: 'compute', name: arm[5]! };
  const named = new RegExp(`^(?:azureml:)?(${NAME})$`).exec(value);
  if (named) return { kind: 'compute', name: named[1]! };
  return {
    kind: 'invalid',
    reason: `'${value}' is not a compute reference; use azureml:<compute-cluster-name> (a cluster of this workspace)`,
  };
}

export type EnvironmentReference =
  | { readonly kind: 'version'; readonly name: string; readonly version: string }
  | { readonly kind: 'latest'; readonly name: string }
  | AssetId
  | Invalid;

export function parseEnvironmentReference(text: string): EnvironmentReference {
  const value = text.trim();
  const registry = registryRefusal(
    value,
    'Write the environment inline (image and conda_file, or build), which this action registers, or register it in the workspace and use azureml:<name>:<version>.',
  );
  if (registry) return registry;
  const arm = assetId('environments', value);
  if (arm) return arm;
  let match = new RegExp(`^azureml:(${NAME}):([^:@/\\s]+)$`).exec(value);
  if (match) return { kind: 'version', name: match[1]!, version: match[2]! };
  match = new RegExp(`^azureml:(${NAME})@latest$`).exec(value);
  if (match) return { kind: 'latest', name: match[1]! };
  return {
    kind: 'invalid',
    reason: `'${value}' is not an environment reference; use azureml:<name>:<version> or azureml:<name>@latest, or write the environment inline (image and conda_file, or build)`,
  };
}

export type CodeReference =
  | { readonly kind: 'version'; readonly name: string; readonly version: string }
  | AssetId
  | { readonly kind: 'path'; readonly path: string }
  | Invalid;

export function parseCodeReference(text: string): CodeReference {
  const value = text.trim();
  const registry = registryRefusal(
    value,
    'Give the scoring code as a local folder, which this action registers, or as azureml:<name>:<version> of the workspace.',
  );
  if (registry) return registry;
  const arm = assetId('codes', value);
  if (arm) return arm;
  const match = new RegExp(`^azureml:(${NAME}):([^:@/\\s]+)$`).exec(value);
  if (match) return { kind: 'version', name: match[1]!, version: match[2]! };
  if (/^azureml:/i.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    return {
      kind: 'invalid',
      reason: `'${value}' is not a code reference; use a local folder or azureml:<name>:<version>`,
    };
  }
  return { kind: 'path', path: value };
}
