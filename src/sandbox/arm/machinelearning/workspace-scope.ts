/**
 * The checks every workspace-scoped request goes through, in ARM's order: subscription and resource group
 * (checkScope), the api-version, the workspace itself; then finished deletions are settled so the handler sees
 * current state. Handlers receive the workspace record and only do their own work.
 */
import { checkScope, type SandboxContext } from '../../context.js';
import type { Handler, SandboxRequest, SandboxResponse } from '../../core/http.js';
import { apiVersionError, notFoundIn } from './errors.js';
import { settleOperations } from './lifecycle.js';
import { findWorkspace, PROVIDER, type WorkspaceRecord } from './store.js';

/** `{W}`: the workspace path every route below extends. */
export const WORKSPACE_ROUTE = `/subscriptions/:subscription/resourceGroups/:group/providers/${PROVIDER}/workspaces/:workspace`;

export type WorkspaceHandler = (
  request: SandboxRequest,
  workspace: WorkspaceRecord,
) => SandboxResponse | Promise<SandboxResponse>;

export function withWorkspace(
  context: SandboxContext,
  resourceType: string,
  handler: WorkspaceHandler,
): Handler {
  return (request) => {
    const { subscription, group, workspace: name } = request.params;
    const scope = checkScope(context, subscription!, group!);
    if (scope) return scope;
    const version = apiVersionError(request.query.get('api-version'), context.location, resourceType);
    if (version) return version;
    const workspace = findWorkspace(context, subscription!, group!, name!);
    if (!workspace) return notFoundIn(group!, name!);
    settleOperations(context);
    return handler(request, workspace);
  };
}

/** The same front-door checks for subscription-scoped routes (operation status, workspace list). */
export function withSubscription(
  context: SandboxContext,
  resourceType: string,
  handler: (request: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>,
): Handler {
  return (request) => {
    const scope = checkScope(context, request.params.subscription!, request.params.group);
    if (scope) return scope;
    const version = apiVersionError(request.query.get('api-version'), context.location, resourceType);
    if (version) return version;
    settleOperations(context);
    return handler(request);
  };
}
