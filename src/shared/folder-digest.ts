/**
 * A folder (or single file) as content: every file with its SHA-256, and one digest over the relative paths and file
 * digests (`contentDigest`). The digest is the one identity of "the same bytes" across the actions: it names a local
 * upload (`LocalUpload/<digest>/...`, as azure-ai-ml names uploads by a content hash), it is a model version's
 * content digest (tag `mlops.content-sha256`, the same whether the files are read from a local folder or from the
 * model's datastore, see azure/model-content.ts), and it is what a receipt says its inputs were. `.git` folders are
 * left out of a local folder; symbolic links are refused, because what they point to is not part of the
 * repository's content.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { ConfigurationError } from './errors.js';

/** A file of some content: its path inside it (forward slashes) and its SHA-256 in hex. */
export interface ContentFile {
  readonly path: string;
  readonly sha256: string;
}

/**
 * The digest of a set of files: SHA-256 over `<path>\0<sha256>\n` per file, in the code-unit order of the paths
 * (the order a blob listing gives), so a local folder and its copy in a datastore have the same digest.
 */
export function contentDigest(files: readonly ContentFile[]): string {
  const digest = createHash('sha256');
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) digest.update(`${file.path}\0${file.sha256}\n`);
  return digest.digest('hex');
}

export interface FolderFile extends ContentFile {
  /** Relative to the folder, with forward slashes. */
  readonly path: string;
  readonly absolute: string;
  readonly size: number;
}

export interface FolderContent {
  /** A folder, or a single file (a model may be one file, as for `az ml`). */
  readonly kind: 'folder' | 'file';
  readonly absolute: string;
  /** How the user wrote it, for messages. */
  readonly shown: string;
  /** The last path segment: the folder's name inside the upload. */
  readonly name: string;
  readonly files: readonly FolderFile[];
  readonly bytes: number;
  readonly digest: string;
}

export function sha256OfFile(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

async function listFiles(root: string, shown: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        throw new ConfigurationError(
          `${shown}: '${relative(root, path).split(sep).join('/')}' is a symbolic link; upload real files only.`,
        );
      }
      if (entry.isDirectory()) {
        if (entry.name !== '.git') await visit(path);
      } else if (entry.isFile()) {
        found.push(path);
      }
    }
  };
  await visit(root);
  return found;
}

export async function digestFolder(absolute: string, shown: string): Promise<FolderContent> {
  let stats: Awaited<ReturnType<typeof lstat>>;
  try {
    stats = await lstat(absolute);
  } catch {
    throw new ConfigurationError(`${shown}: no such folder or file in the workspace.`);
  }
  if (stats.isSymbolicLink())
    throw new ConfigurationError(`${shown} is a symbolic link; name the folder itself.`);
  const isFile = stats.isFile();
  const paths = isFile ? [absolute] : await listFiles(absolute, shown);
  if (paths.length === 0) throw new ConfigurationError(`${shown} is an empty folder: it holds no file.`);
  const files: FolderFile[] = [];
  for (const path of paths) {
    const size = (await lstat(path)).size;
    files.push({
      path: isFile ? basename(path) : relative(absolute, path).split(sep).join('/'),
      absolute: path,
      size,
      sha256: await sha256OfFile(path),
    });
  }
  return {
    kind: isFile ? 'file' : 'folder',
    absolute,
    shown,
    name: basename(absolute),
    files,
    bytes: files.reduce((sum, file) => sum + file.size, 0),
    digest: contentDigest(files),
  };
}
