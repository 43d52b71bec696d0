/**
 * The checks every request to a development endpoint makes before its own: an api-version, and a workspace of
 * that name. Then the workspace's due operations run (operations.ts), so every answer sees them done.
 */
import type { SandboxContext } from '../context.js';
import type { SandboxRequest, SandboxResponse } from '../core/http.js';
import { missingApiVersion, workspaceNotFound } from './errors.js';
import { settle } from './operations.js';
import { findWorkspace, type StoredWorkspace } from './store.js';

/** Route options of the development endpoint: its own audience, and spec validation (the data-plane specs). */
export const DEV = { auth: 'synapse-dev', validate: true } as const;

export function withWorkspace(
  context: SandboxContext,
  handle: (workspace: StoredWorkspace, request: SandboxRequest) => SandboxResponse,
): (request: SandboxRequest) => SandboxResponse {
  return (request) => {
    if (!request.query.get('api-version')) return missingApiVersion();
    const workspace = findWorkspace(context, request.params.workspace!);
    if (!workspace) return workspaceNotFound(request.params.workspace!);
    settle(context, workspace);
    return handle(workspace, request);
  };
}
