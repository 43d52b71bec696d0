/**
 * Local paths written in a spec file: relative to that file, as the `az ml` CLI reads them, and confined to the
 * workspace (a model, code or build context outside the repository is refused). A problem is reported at the place in
 * the spec that names the path.
 */
import { dirname, resolve } from 'node:path';
import type { DocumentReader } from '#shared/document-reader.js';
import type { DocumentPath } from '#shared/documents.js';
import { ConfigurationError } from '#shared/errors.js';
import { resolveWorkspacePath, workspaceRelative } from '#shared/files.js';
import { digestFolder, type FolderContent } from '#shared/folder-digest.js';
import { type Origin, originError } from './specs/origin.js';

export interface SpecPath {
  readonly absolute: string;
  /** Workspace-relative, as messages show it. */
  readonly shown: string;
  readonly origin: Origin;
}

/** The absolute path of `written`, a path in the spec file `absoluteFile` at `at`. */
export function specPath(
  workspace: string,
  reader: DocumentReader,
  absoluteFile: string,
  written: string,
  at: DocumentPath,
): SpecPath {
  const origin: Origin = { kind: 'file', reader, at };
  let absolute: string;
  try {
    absolute = resolveWorkspacePath(workspace, resolve(dirname(absoluteFile), written), 'spec');
  } catch {
    throw originError(origin, `'${written}' is outside the workspace; keep it in the repository.`);
  }
  return { absolute, shown: workspaceRelative(workspace, absolute), origin };
}

/** The content of a local file or folder, hashed; a missing or empty one is refused at its origin. */
export async function contentAt(path: SpecPath): Promise<FolderContent> {
  try {
    return await digestFolder(path.absolute, path.shown);
  } catch (error) {
    throw error instanceof ConfigurationError ? originError(path.origin, error.message) : error;
  }
}
