/**
 * A batch job's files on the local disk, where its Python workers read and write them, and their way to and
 * from blob storage. Azure mounts the model, code and input on the compute; the sandbox downloads them into the
 * job's folder, and uploads the outputs and logs the workers wrote.
 */
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
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
  await writeBlobTo(store, container, name, file);
}

/** A blob's content into `file`, whose folder exists. */
export async function writeBlobTo(store: BlobStore, container: string, name: string, file: string) {
  await pipeline(await store.read(container, name), createWriteStream(file));
}

/**
 * A registered asset's blobs: a folder, or a single file. `version` names the registered model or code version the
 * location belongs to (its workspace, name, version and creation), when there is one: see AssetCache.listing.
 */
export interface AssetSource extends BlobLocation {
  readonly version?: string;
}

/**
 * Downloads a registered asset (a folder, or a single file) into `parent/<its last path segment>`, as Azure
 * places a model under AZUREML_MODEL_DIR. Answers the local path, or undefined when nothing is there. With a cache
 * and `shared`, a folder asset is not copied: the answer is the cache's own folder, which the caller must only read.
 * `listing` is the asset's listing when the caller read it already (listAsset).
 */
export async function downloadAsset(
  store: BlobStore,
  location: AssetSource,
  parent: string,
  cache?: AssetCache,
  options: { shared?: boolean; listing?: Promise<string[]> } = {},
): Promise<string | undefined> {
  const path = trimSlashes(location.path);
  const name = path.split('/').pop() || location.container;
  const target = join(parent, name);
  const blobs = await (options.listing ?? listAsset(store, location, cache));
  if (blobs.length) {
    const files = blobs.map((blob) => blob.slice(path.length));
    const download = async (folder: string) => {
      for (const [at, blob] of blobs.entries()) {
        await downloadBlob(store, location.container, blob, localPath(folder, files[at]!));
      }
    };
    if (!cache) {
      await download(target);
      return target;
    }
    const cached = await cache.folder(`${location.container}/${path}\n${blobs.join('\n')}`, name, download);
    if (options.shared) return cached;
    await copyFiles(cached, target, files);
    return target;
  }
  if (path && (await store.exists(location.container, path))) {
    await downloadBlob(store, location.container, path, target);
    return target;
  }
  return undefined;
}

/**
 * A job's private copy of a cached asset folder, from the names the job already has (no walk of the cached folder,
 * no stat per entry): one mkdir per folder, one copy per file. Hard links would be cheaper still, but a file
 * opened for writing in place (`open(path, "w")` truncates the inode) would change the cache for every later job;
 * a copy (a copy-on-write clone where the filesystem has them, COPYFILE_FICLONE) keeps each job's files its own.
 */
async function copyFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  const folders = new Set(files.map((file) => dirname(localPath(to, file))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all(
    files.map((file) => copyFile(localPath(from, file), localPath(to, file), constants.COPYFILE_FICLONE)),
  );
}

/**
 * The blobs of a folder asset (none for a single-file asset); a registered version's listing comes from the cache
 * once read (AssetCache.listing).
 */
export function listAsset(store: BlobStore, location: AssetSource, cache?: AssetCache): Promise<string[]> {
  const path = trimSlashes(location.path);
  const list = () => store.listTree(location.container, path ? `${path}/` : '');
  return cache && location.version
    ? cache.listing(`${location.version}\n${location.container}/${path}`, list)
    : list();
}

/**
 * Registered model and code versions are immutable in Azure ML (a new version is uploaded to a new path), and a
 * compute node keeps what it downloaded: a folder asset is downloaded once per runner, and each job either copies
 * it into its own folder (a job may write there without touching the next one) or, when it only reads it (the
 * sandbox's MLflow driver), uses it where it is. The blob listing is part of the key, so a removed or added file is
 * seen by the next job that reads the listing: every job does, except the jobs of a registered version (below).
 */
export class AssetCache {
  readonly #folders = new Map<string, Promise<string>>();
  readonly #listings = new Map<string, Promise<string[]>>();
  #next = 0;

  constructor(private readonly root: () => Promise<string>) {}

  /**
   * A registered version's blob listing, read once per runner. Azure ML never changes a model or code version's
   * files once it is registered (updates are new versions at new paths), and a version deleted and registered again
   * is another key (its creation is part of `version`). An empty listing or a failed read is not kept: a version
   * whose files were uploaded late is read again by the next job.
   */
  listing(key: string, list: () => Promise<string[]>): Promise<string[]> {
    let listing = this.#listings.get(key);
    if (!listing) {
      listing = list();
      this.#listings.set(key, listing);
      const forget = () => {
        if (this.#listings.get(key) === listing) this.#listings.delete(key);
      };
      listing.then((names) => names.length || forget(), forget);
    }
    return listing;
  }

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

/**
 * Removes finished jobs' folders one after another. A recursive removal is a few dozen file-system operations (a
 * stat, a read of the folder and a removal per entry); many jobs ending together would fill the thread pool's queue
 * with them, ahead of the downloads, copies and log reads of the jobs still running, which the removals never hold
 * up (a job's result is recorded before its folder goes).
 */
export class FolderRemovals {
  #last: Promise<unknown> = Promise.resolve();

  /** Resolves once `folder` is gone (or failed to go), after the folders queued before it. */
  remove(folder: string): Promise<void> {
    const removed = this.#last.then(() => rm(folder, { recursive: true, force: true }));
    this.#last = removed.catch(() => undefined);
    return removed;
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
