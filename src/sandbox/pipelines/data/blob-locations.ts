/**
 * Where a file-based dataset lives in the sandbox's storage account: the dataset's `location`
 * (AzureBlobStorageLocation `container`, AzureBlobFSLocation `fileSystem`; `folderPath`, `fileName`) on a blob
 * linked service. Every account a linked service names (`https://<account>.blob|dfs.core.windows.net/`, a
 * connection string, the sandbox's path-style endpoint) is the sandbox's one account: environments share it and
 * are kept apart by their paths.
 *
 * A source reads the dataset's file, or every file under its folder (`recursive`, default true, as the store read
 * settings say), narrowed by `wildcardFolderPath` / `wildcardFileName` (`*` and `?`).
 */
import type { Json } from '../../arm/datafactory/store.js';
import { ActivityFailure } from '../runtime/activity-failure.js';
import type { BlobItem, BlobStorage } from './blob-storage.js';
import type { ResolvedDataset } from './datasets.js';

export interface BlobLocation {
  readonly container: string;
  /** The folder inside the container, without leading or trailing `/` ('' for the root). */
  readonly folder: string;
  readonly fileName?: string;
}

const trim = (path: string) => path.replace(/^\/+|\/+$/g, '');

export function blobLocation(dataset: ResolvedDataset): BlobLocation {
  const location = (dataset.typeProperties.location ?? {}) as Json;
  const container = location.container ?? location.fileSystem;
  if (typeof container !== 'string' || !container) {
    throw new ActivityFailure(
      'BadRequest',
      `The dataset '${dataset.name}' names no container (location.container or location.fileSystem).`,
    );
  }
  const folder = typeof location.folderPath === 'string' ? trim(location.folderPath) : '';
  const fileName = typeof location.fileName === 'string' && location.fileName ? location.fileName : undefined;
  return { container, folder, ...(fileName ? { fileName } : {}) };
}

export const joinPath = (...parts: string[]) => parts.filter(Boolean).map(trim).filter(Boolean).join('/');

function wildcard(pattern: string): RegExp {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export interface SourceFile extends BlobItem {
  readonly container: string;
  /** The path relative to the dataset's folder (`$$FILEPATH` gives it). */
  readonly relative: string;
}

/** The files a source reads; a named file that does not exist fails as ADF's missing-blob error does. */
export async function sourceFiles(
  storage: BlobStorage,
  location: BlobLocation,
  storeSettings: Json | undefined,
  datasetName: string,
): Promise<SourceFile[]> {
  const { container, folder } = location;
  const wildcardFile =
    typeof storeSettings?.wildcardFileName === 'string' ? storeSettings.wildcardFileName : undefined;
  const wildcardFolder =
    typeof storeSettings?.wildcardFolderPath === 'string'
      ? trim(storeSettings.wildcardFolderPath)
      : undefined;
  if (location.fileName && !wildcardFile) {
    const name = joinPath(folder, location.fileName);
    const size = await storage.size(container, name);
    if (size === undefined) {
      throw new ActivityFailure(
        '2200',
        `ErrorCode=UserErrorSourceBlobNotExist,Message=The required Blob is missing. ContainerName: ${container}, path: ${name}. (dataset '${datasetName}')`,
      );
    }
    return [{ container, name, size, relative: location.fileName }];
  }
  const recursive = storeSettings?.recursive !== false;
  const prefix = folder ? `${folder}/` : '';
  const fileMatch = wildcardFile ? wildcard(wildcardFile) : undefined;
  const folderMatch = wildcardFolder ? wildcard(wildcardFolder) : undefined;
  const blobs = await storage.list(container, prefix);
  return blobs
    .map((blob) => ({ ...blob, container, relative: blob.name.slice(prefix.length) }))
    .filter((blob) => {
      const slash = blob.relative.lastIndexOf('/');
      const dir = slash < 0 ? '' : blob.relative.slice(0, slash);
      const file = blob.relative.slice(slash + 1);
      if (!file) return false;
      if (!recursive && !folderMatch && dir) return false;
      if (folderMatch && !folderMatch.test(dir)) return false;
      return !fileMatch || fileMatch.test(file);
    });
}
