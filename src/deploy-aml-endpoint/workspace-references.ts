/**
 * `azureml:` references in a deployment spec for its compute, environment and scoring code, and the ARM ids they
 * stand for in a workspace (what the REST body needs: `compute`, `environmentId`, `codeConfiguration.codeId`).
 *
 *   compute:      azureml:<name> | <name> | [azureml:]/subscriptions/.../computes/<name>
 *   environment:  azureml:<name>:<version> | azureml:<name>@latest | [azureml:]<ARM id>
 *                 | azureml://registries/<registry>/environments/<name>/versions/<version>
 *   code:         azureml:<name>:<version> | [azureml:]<ARM id> | a local folder (uploaded and registered)
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
  '(?:azureml:)?(/subscriptions/[^/\\s]+/resourceGroups/[^/\\s]+/providers/Microsoft\\.MachineLearningServices/workspaces/[^/\\s]+';

export type ComputeReference = { readonly kind: 'compute'; readonly name: string } | Invalid;

export function parseComputeReference(text: string): ComputeReference {
  const value = text.trim();
  const arm = new RegExp(`^${ARM_PREFIX}/computes/(${NAME}))$`, 'i').exec(value);
  if (arm) return { kind: 'compute', name: arm[2]! };
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
  | { readonly kind: 'id'; readonly id: string }
  | Invalid;

export function parseEnvironmentReference(text: string): EnvironmentReference {
  const value = text.trim();
  const arm = new RegExp(`^${ARM_PREFIX}/environments/${NAME}/versions/[^/\\s]+)$`, 'i').exec(value);
  if (arm) return { kind: 'id', id: arm[1]! };
  if (/^azureml:\/\/registries\/[^/\s]+\/environments\/[^/\s]+\/versions\/[^/\s]+$/.test(value)) {
    return { kind: 'id', id: value };
  }
  let match = new RegExp(`^azureml:(${NAME}):([^:@/\\s]+)$`).exec(value);
  if (match) return { kind: 'version', name: match[1]!, version: match[2]! };
  match = new RegExp(`^azureml:(${NAME})@latest$`).exec(value);
  if (match) return { kind: 'latest', name: match[1]! };
  return {
    kind: 'invalid',
    reason: `'${value}' is not an environment reference; use azureml:<name>:<version>, azureml:<name>@latest or a registry URI`,
  };
}

export type CodeReference =
  | { readonly kind: 'version'; readonly name: string; readonly version: string }
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'path'; readonly path: string }
  | Invalid;

export function parseCodeReference(text: string): CodeReference {
  const value = text.trim();
  const arm = new RegExp(`^${ARM_PREFIX}/codes/${NAME}/versions/[^/\\s]+)$`, 'i').exec(value);
  if (arm) return { kind: 'id', id: arm[1]! };
  if (/^azureml:\/\/registries\/[^/\s]+\/codes\/[^/\s]+\/versions\/[^/\s]+$/.test(value)) {
    return { kind: 'id', id: value };
  }
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
