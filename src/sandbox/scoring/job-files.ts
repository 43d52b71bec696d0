/**
 * A batch job's files on the local disk, where its Python workers read and write them, and their way to and
 * from blob storage. Azure mounts the model, code and input on the compute; the sandbox downloads them into the
 * job's folder, and uploads the outputs and logs the workers wrote.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { cp, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { BlobStore } from '../dataplane/blob-store.js';
import type { BlobLocation } from '../dataplane/data-uris.js';

const UPLOADS_AT_ONCE = 8;

export const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, '');
export const joinBlobPath = (...parts: string[]) => parts.map(trimSlashes).filter(Boolean).join('/');

/** A blob name as a path below `root` (refusing names that would climb out of it). */
function localPath(root: string, name: string): string {
  const parts = name.split('/').filter(Boolean);
  if (parts.some((part) => part === '..' || part === '.')) {
    throw new Error(`The blob name '${name}' cannot be written to a local folder.`);
  }
  return join(root, ...parts);
}

export async function downloadBlob(store: BlobStore, container: string, name: string, file: string) {
  await mkdir(dirname(file), { recursive: true });
  await pipeline(await store.read(container, name), createWriteStream(file));
}

/**
 * Downloads a registered asset (a folder, or a single file) into `parent/<its last path segment>`, as Azure
 * places a model under AZUREML_MODEL_DIR. Answers the local path, or undefined when nothing is there. With a cache
 * and `shared`, a folder asset is not copied: the answer is the cache's own folder, which the caller must only read.
 * `listing` is the asset's listing when the caller read it already (listAsset).
 */
export async function downloadAsset(
  store: BlobStore,
  location: BlobLocation,
  parent: string,
  cache?: AssetCache,
  options: { shared?: boolean; listing?: Promise<string[]> } = {},
): Promise<string | undefined> {
  const path = trimSlashes(location.path);
  const name = path.split('/').pop() || location.container;
  const target = join(parent, name);
  const blobs = await (options.listing ?? listAsset(store, location));
  if (blobs.length) {
    const download = async (folder: string) => {
      for (const blob of blobs) {
        await downloadBlob(store, location.container, blob, localPath(folder, blob.slice(path.length)));
      }
    };
    if (!cache) {
      await download(target);
      return target;
    }
    const cached = await cache.folder(`${location.container}/${path}\n${blobs.join('\n')}`, name, download);
    if (options.shared) return cached;
    await cp(cached, target, { recursive: true });
    return target;
  }
  if (path && (await store.exists(location.container, path))) {
    await downloadBlob(store, location.container, path, target);
    return target;
  }
  return undefined;
}

/** The blobs of a folder asset (none for a single-file asset). */
export function listAsset(store: BlobStore, location: BlobLocation): Promise<string[]> {
  const path = trimSlashes(location.path);
  return store.listTree(location.container, path ? `${path}/` : '');
}

/**
 * Registered model and code versions are immutable in Azure ML (a new version is uploaded to a new path), and a
 * compute node keeps what it downloaded: a folder asset is downloaded once per runner, and each job either copies
 * it into its own folder (a job may write there without touching the next one) or, when it only reads it (the
 * sandbox's MLflow driver), uses it where it is. The asset's blob listing is still read for every job and is part
 * of the key, so a removed or added file is seen.
 */
export class AssetCache {
  readonly #folders = new Map<string, Promise<string>>();
  #next = 0;

  constructor(private readonly root: () => Promise<string>) {}

  /** The local folder `<cache>/asset-<n>/<name>` holding the asset of `key`, downloaded on first use. */
  folder(key: string, name: string, download: (folder: string) => Promise<void>): Promise<string> {
    let folder = this.#folders.get(key);
    if (!folder) {
      folder = (async () => {
        const cached = join(await this.root(), `asset-${this.#next++}`, name);
        await download(cached);
        return cached;
      })();
      this.#folders.set(key, folder);
      // A failed download is not remembered: the next job tries again (and fails with its own error).
      folder.catch(() => this.#folders.delete(key));
    }
    return folder;
  }
}

async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

/**
 * Uploads every file under `root` below the blob folder `target`, a few at a time; answers how many there were.
 */
export async function uploadFolder(store: BlobStore, root: string, target: BlobLocation): Promise<number> {
  const files = await filesUnder(root);
  const pending = [...files];
  const upload = async () => {
    for (let file = pending.shift(); file; file = pending.shift()) {
      const name = joinBlobPath(target.path, file.split(sep).join('/'));
      await store.write(target.container, name, createReadStream(join(root, file)));
    }
  };
  await Promise.all(Array.from({ length: Math.min(UPLOADS_AT_ONCE, files.length) }, upload));
  return files.length;
}
