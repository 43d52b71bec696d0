/**
 * The content digest of a registered model version, computed from its files where Azure keeps them (its `modelUri`,
 * a datastore path), the same way a local folder's is computed (folder-digest.ts: SHA-256 per file, then
 * `contentDigest` over the paths relative to the model's folder). So a folder registered by deploy-aml-endpoint, a
 * version registered by hand and a copy in another workspace have the same digest when they hold the same bytes,
 * whatever their tags say. Every file is read once, streamed through SHA-256, a few at a time; nothing is written.
 */
import { createHash } from 'node:crypto';
import type { BlobItem, ContainerClient } from '@azure/storage-blob';
import { ConfigurationError, withContext } from '../errors.js';
import { type ContentFile, contentDigest } from '../folder-digest.js';
import { parseDatastoreUri } from './datastore-uris.js';
import { type ContainerAccessOptions, openDatastoreContainer, readDatastore } from './datastores.js';

export interface ModelContent {
  readonly digest: string;
  readonly files: number;
  readonly bytes: number;
}

const CONCURRENT_READS = 4;

/** SHA-256 of one blob, streamed. */
export async function sha256OfBlob(container: ContainerClient, name: string): Promise<string> {
  const hash = createHash('sha256');
  const response = await container.getBlobClient(name).download();
  const body = response.readableStreamBody;
  if (!body) throw new Error(`Blob '${name}' has no body`);
  for await (const chunk of body) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The blobs under a folder prefix, or the one blob a file path names. */
async function modelBlobs(
  container: ContainerClient,
  path: string,
): Promise<{ readonly prefix: string; readonly blobs: BlobItem[] }> {
  const folder = path.endsWith('/') ? path : `${path}/`;
  const blobs: BlobItem[] = [];
  for await (const blob of container.listBlobsFlat({ prefix: folder })) blobs.push(blob);
  if (blobs.length > 0 || path.endsWith('/')) return { prefix: folder, blobs };
  const single: BlobItem[] = [];
  for await (const blob of container.listBlobsFlat({ prefix: path })) {
    if (blob.name === path) single.push(blob);
  }
  return { prefix: path.slice(0, path.lastIndexOf('/') + 1), blobs: single };
}

export async function modelContentDigest(
  model: { readonly name: string; readonly version: string; readonly modelUri: string | null | undefined },
  access: ContainerAccessOptions,
): Promise<ModelContent> {
  const label = `model ${model.name}:${model.version}`;
  const location = model.modelUri ? parseDatastoreUri(model.modelUri) : undefined;
  const other =
    location?.workspace && location.workspace.name.toLowerCase() !== access.workspace.toLowerCase();
  if (!location || other) {
    throw new ConfigurationError(
      `The content digest of ${label} cannot be computed: its files are at '${model.modelUri ?? '(no modelUri)'}', which is not a datastore path of workspace '${access.workspace}'. Register the model from a datastore of the workspace (deploy-aml-endpoint does so for a local folder).`,
    );
  }
  const datastore = await readDatastore(access, location.datastore);
  if (!datastore) {
    throw new ConfigurationError(
      `The content digest of ${label} cannot be computed: its datastore '${location.datastore}' does not exist in workspace '${access.workspace}'.`,
    );
  }
  const container = await openDatastoreContainer(datastore, access);
  try {
    const { prefix, blobs } = await modelBlobs(container, location.path);
    if (blobs.length === 0) {
      throw new ConfigurationError(
        `The content digest of ${label} cannot be computed: there are no files at '${model.modelUri}'.`,
      );
    }
    const files: ContentFile[] = new Array(blobs.length);
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < blobs.length; i = next++) {
        const blob = blobs[i]!;
        files[i] = { path: blob.name.slice(prefix.length), sha256: await sha256OfBlob(container, blob.name) };
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, blobs.length) }, worker));
    const bytes = blobs.reduce((sum, blob) => sum + (blob.properties.contentLength ?? 0), 0);
    return { digest: contentDigest(files), files: files.length, bytes };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw withContext(`Could not read the files of ${label} at '${model.modelUri}'`, error);
  }
}
