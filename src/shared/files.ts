/**
 * Workspace-confined file access. Every file an input names is resolved inside `GITHUB_WORKSPACE`; a path or glob
 * that escapes it (`..`, an absolute path elsewhere, a symbolic link pointing out) is refused before it is read.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { ConfigurationError } from './errors.js';

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The real path of the longest existing prefix, so a link anywhere along the way is followed. */
function realpathOfExisting(path: string): string {
  let current = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return resolve(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = resolve(current, '..');
      if (parent === current) return path;
      rest.push(relative(parent, current));
      current = parent;
    }
  }
}

export function resolveWorkspacePath(workspace: string, userPath: string, input: string): string {
  const root = realpathOfExisting(resolve(workspace));
  const absolute = resolve(root, userPath);
  if (!isInside(root, absolute) || !isInside(root, realpathOfExisting(absolute))) {
    throw new ConfigurationError(
      `Input '${input}' names '${userPath}', which is outside the workspace (${root}); use a path inside the repository checkout.`,
      { input },
    );
  }
  return absolute;
}

/** Shows a path the way a user wrote it: relative to the workspace, with forward slashes. */
export function workspaceRelative(workspace: string, absolute: string): string {
  const rel = relative(realpathOfExisting(resolve(workspace)), absolute);
  return rel.split(sep).join('/') || '.';
}

export interface GlobOptions {
  /** Refuse a pattern that matches nothing (the default): a typo should not silently deploy nothing. */
  readonly allowEmpty?: boolean;
}

/**
 * Expands glob patterns (`!pattern` excludes) inside the workspace. Returns absolute paths, sorted, so every run
 * sees files in the same order.
 */
export async function globWorkspace(
  workspace: string,
  patterns: readonly string[],
  input: string,
  options: GlobOptions = {},
): Promise<string[]> {
  const root = realpathOfExisting(resolve(workspace));
  const include: string[] = [];
  const ignore: string[] = [];
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const absolute = resolve(root, body);
    if (!isInside(root, absolute)) {
      throw new ConfigurationError(
        `Input '${input}' has the pattern '${pattern}', which reaches outside the workspace; use a pattern relative to the repository checkout.`,
        { input },
      );
    }
    (negated ? ignore : include).push(relative(root, absolute).split(sep).join('/') || '.');
  }
  // Loaded here, not at start-up: every action resolves workspace paths from its inputs, few expand patterns.
  const { glob } = await import('tinyglobby');
  const matches = await glob(include, { cwd: root, ignore, absolute: true, onlyFiles: true, dot: false });
  const files = matches.map((file) => resolve(file)).sort();
  const linkedOut = files.find((file) => !isInside(root, realpathOfExisting(file)));
  if (linkedOut) {
    // Dropping it silently would run without a file the user named (rows, a migration) as if it were not there.
    throw new ConfigurationError(
      `Input '${input}' matches ${relative(root, linkedOut).split(sep).join('/')}, a symbolic link to a file outside the workspace; commit the file itself, or exclude it with '!<pattern>'.`,
      { input },
    );
  }
  if (files.length === 0 && !options.allowEmpty) {
    throw new ConfigurationError(
      `Input '${input}' matches no file (${patterns.join(', ')}); check the paths relative to the repository checkout.`,
      { input },
    );
  }
  return files;
}
