/**
 * The GITHUB_TOKEN's permissions for a job: the job's `permissions:`, else the workflow's, else the repository's
 * default (GitHub's "restricted" default of new repositories: contents and packages read, nothing else). A called
 * workflow's jobs can only keep or lower what the calling job has. `id-token: write` is what makes the runner's
 * OIDC variables exist in the job, as on GitHub.
 */
import { isMapping, isString } from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import type { PermissionLevel, Permissions } from '../github/job-tokens.js';
import { type WorkflowFile, workflowError } from './workflow-file.js';

/** The scopes GitHub documents for `permissions:`. */
export const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;

export const DEFAULT_PERMISSIONS: Permissions = { contents: 'read', packages: 'read' };

const RANK: Record<PermissionLevel, number> = { none: 0, read: 1, write: 2 };

function all(level: PermissionLevel): Permissions {
  // id-token has no read level: read-all leaves it out, write-all grants it.
  return Object.fromEntries(
    PERMISSION_SCOPES.filter((scope) => scope !== 'id-token' || level === 'write').map((scope) => [
      scope,
      level,
    ]),
  );
}

export function parsePermissions(
  file: WorkflowFile,
  token: TemplateToken | undefined,
): Permissions | undefined {
  if (!token) return undefined;
  if (isString(token)) {
    if (token.value === 'read-all') return all('read');
    if (token.value === 'write-all') return all('write');
    throw workflowError(file, token, `permissions: '${token.value}' is not read-all, write-all or a mapping`);
  }
  if (!isMapping(token))
    throw workflowError(file, token, 'permissions: expected read-all, write-all or a mapping');
  const permissions: Record<string, PermissionLevel> = {};
  for (const pair of token) {
    if (!isString(pair.key) || !isString(pair.value))
      throw workflowError(file, pair.key, 'permissions: literal scopes and levels only');
    permissions[pair.key.value] = pair.value.value as PermissionLevel;
  }
  return permissions;
}

/** What a job gets: its own or the workflow's permissions (or the default), capped by a calling job's. */
export function effectivePermissions(
  job: Permissions | undefined,
  workflow: Permissions | undefined,
  cap: Permissions | undefined,
): Permissions {
  const wanted = job ?? workflow ?? DEFAULT_PERMISSIONS;
  if (!cap) return wanted;
  const result: Record<string, PermissionLevel> = {};
  for (const [scope, level] of Object.entries(wanted)) {
    const allowed = cap[scope] ?? 'none';
    result[scope] = RANK[level] <= RANK[allowed] ? level : allowed;
  }
  return result;
}
