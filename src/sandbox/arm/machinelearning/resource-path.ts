/**
 * Where a resource kind lives under a workspace, written once as its path (`batchEndpoints/:endpoint/deployments/
 * :deployment`), and what follows from it: its list and item routes, its ARM resource type, the `id`/`name`/`type`
 * a view shows, and ARM's 404 for it or for its parent.
 */
import type { SandboxResponse } from '../../core/http.js';
import { notFoundIn } from './errors.js';
import { PROVIDER, type WorkspaceRecord, workspacePath } from './store.js';
import { WORKSPACE_ROUTE } from './workspace-scope.js';

export interface ResourcePath {
  /** The list route: `{W}/batchEndpoints/:endpoint/deployments`. */
  readonly collection: string;
  /** The route of one resource: `{W}/batchEndpoints/:endpoint/deployments/:deployment`. */
  readonly item: string;
  /** The type ARM names in api-version errors: `workspaces/batchEndpoints/deployments`. */
  readonly resourceType: string;
  /** The segment types, outermost first: `batchEndpoints`, `deployments`. */
  readonly types: readonly string[];
  /** The route parameters naming each segment, outermost first: `endpoint`, `deployment`. */
  readonly params: readonly string[];
}

/** `type/:param` pairs, outermost first. */
export function resourcePath(path: string): ResourcePath {
  const parts = path.split('/');
  const types = parts.filter((_, index) => index % 2 === 0);
  const params = parts.filter((_, index) => index % 2 === 1).map((part) => part.replace(/^:/, ''));
  if (
    types.length !== params.length ||
    parts.some((part, index) => index % 2 === 1 && !part.startsWith(':'))
  ) {
    throw new Error(`A resource path is type/:param pairs, not '${path}'.`);
  }
  return {
    collection: `${WORKSPACE_ROUTE}/${parts.slice(0, -1).join('/')}`,
    item: `${WORKSPACE_ROUTE}/${path}`,
    resourceType: `workspaces/${types.join('/')}`,
    types,
    params,
  };
}

/** The names a request's route parameters give, outermost first (a list request gives all but the last). */
export function namesIn(path: ResourcePath, params: Readonly<Record<string, string>>): string[] {
  return path.params.filter((param) => params[param] !== undefined).map((param) => params[param]!);
}

/** `id`, `name` and `type` as ARM shows them, from the resource's names (as stored: the first casing). */
export function resourceIdentity(workspace: WorkspaceRecord, path: ResourcePath, names: readonly string[]) {
  const segments = path.types.map((type, index) => `${type}/${names[index]}`);
  return {
    id: `${workspacePath(workspace)}/${segments.join('/')}`,
    name: names[names.length - 1]!,
    type: `${PROVIDER}/${path.resourceType}`,
  };
}

/** ARM's 404 for what the names point at: the resource itself, or (given fewer names) its parent. */
export function notFoundAt(
  workspace: WorkspaceRecord,
  path: ResourcePath,
  names: readonly string[],
): SandboxResponse {
  const segments = names.map((name, index) => ({ type: path.types[index]!, name }));
  return notFoundIn(workspace.resourceGroup, workspace.name, ...segments);
}
