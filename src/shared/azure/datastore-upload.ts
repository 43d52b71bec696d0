/**
 * Uploads a local folder to a datastore container under a content-addressed prefix (`LocalUpload/<digest>/<name>/`),
 * or a single file as `LocalUpload/<digest>/<name>` (azure-ai-ml's layout for both).
 * Blobs already under the prefix are not uploaded again: the prefix is the content's digest and a block blob appears
 * only once its upload committed, so an existing name holds the same bytes (an interrupted run resumes where it
 * stopped). Each blob is uploaded with its MD5, so the service rejects a corrupted transfer. Files up to
 * SINGLE_SHOT_BYTES go up in one request from memory; larger ones (input data) are streamed in blocks, their MD5
 * computed by a first streaming read, so memory stays bounded whatever the file's size.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ContainerClient } from '@azure/storage-blob';
import { withContext } from '../errors.js';
import type { FolderContent, FolderFile } from '../folder-digest.js';
import type { Logger } from '../logger.js';

export const UPLOAD_ROOT = 'LocalUpload';

/** The blob prefix every file of the content is uploaded under (its relative path follows). */
export function uploadPrefix(folder: FolderContent): string {
  return folder.kind === 'file'
    ? `${UPLOAD_ROOT}/${folder.digest}`
    : `${UPLOAD_ROOT}/${folder.digest}/${folder.name}`;
}

/** The path of the uploaded content in its container: the folder (with a trailing `/`) or the file. */
export function uploadedPath(folder: FolderContent): string {
  return folder.kind === 'file' ? `${uploadPrefix(folder)}/${folder.name}` : `${uploadPrefix(folder)}/`;
}

const SINGLE_SHOT_BYTES = 32 * 1024 * 1024;

function md5OfFile(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const hash = createHash('md5');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest()));
  });
}

async function uploadFile(container: ContainerClient, name: string, file: FolderFile): Promise<void> {
  const blob = container.getBlockBlobClient(name);
  if (file.size <= SINGLE_SHOT_BYTES) {
    const content = await readFile(file.absolute);
    await blob.uploadData(content, {
      blobHTTPHeaders: { blobContentMD5: createHash('md5').update(content).digest() },
    });
    return;
  }
  const blobContentMD5 = await md5OfFile(file.absolute);
  await blob.uploadFile(file.absolute, { blobHTTPHeaders: { blobContentMD5 }, concurrency: 4 });
}

export interface UploadResult {
  readonly uploaded: number;
  readonly alreadyPresent: number;
  readonly bytes: number;
}

export async function uploadFolder(
  container: ContainerClient,
  folder: FolderContent,
  logger: Logger,
): Promise<UploadResult> {
  const prefix = uploadPrefix(folder);
  const present = new Set<string>();
  try {
    for await (const blob of container.listBlobsFlat({ prefix: `${prefix}/` })) present.add(blob.name);
  } catch (error) {
    throw withContext(`Could not list '${prefix}/' in container '${container.containerName}'`, error);
  }
  let uploaded = 0;
  let bytes = 0;
  for (const file of folder.files) {
    const name = `${prefix}/${file.path}`;
    if (present.has(name)) continue;
    try {
      await uploadFile(container, name, file);
    } catch (error) {
      throw withContext(`Could not upload '${file.path}' to '${container.containerName}/${name}'`, error);
    }
    uploaded++;
    bytes += file.size;
  }
  const alreadyPresent = folder.files.length - uploaded;
  logger.info(
    `Uploaded ${uploaded} file(s), ${bytes} bytes, to ${container.containerName}/${prefix}/` +
      (alreadyPresent ? ` (${alreadyPresent} already there)` : ''),
  );
  return { uploaded, alreadyPresent, bytes };
}
