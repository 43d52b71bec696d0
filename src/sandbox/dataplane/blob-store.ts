/**
 * The blob operations the batch data plane needs, behind a small interface: the Azurite-backed store used by the
 * sandbox (through `@azure/storage-blob`, the same client the actions use) and an in-memory one for tests of the
 * scoring logic. Reads are streams, so large input files are never held whole.
 */
import { Readable } from 'node:stream';
import { isNotFound } from '#shared/errors.js';
import type { StorageInfo } from '../context.js';
import { BlobRequests } from '../services/blob-requests.js';

export interface BlobStore {
  ensureContainer(container: string): Promise<void>;
  /**
   * Blob names directly in `folder` (a prefix ending in `/`, or `''` for the container root), sorted; blobs in
   * sub-folders are not included, as batch endpoints do not read nested folders.
   */
  listFolder(container: string, folder: string): Promise<string[]>;
  /** Every blob name under the prefix `folder` (a prefix ending in `/`), at any depth, sorted. */
  listTree(container: string, folder: string): Promise<string[]>;
  /** Whether any blob exists under the prefix `folder` (at any depth). */
  folderExists(container: string, folder: string): Promise<boolean>;
  exists(container: string, name: string): Promise<boolean>;
  /** A blob's content; rejects with `BlobNotFoundError` when it does not exist. */
  read(container: string, name: string): Promise<Readable>;
  /** Writes (or replaces) a block blob from a stream, creating the container when needed. */
  write(container: string, name: string, content: Readable): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(
    readonly container: string,
    readonly blob: string,
  ) {
    super(`The blob '${blob}' does not exist in container '${container}'.`);
    this.name = 'BlobNotFoundError';
  }
}

export class MemoryBlobStore implements BlobStore {
  private readonly containers = new Map<string, Map<string, Buffer>>();

  async ensureContainer(container: string): Promise<void> {
    if (!this.containers.has(container)) this.containers.set(container, new Map());
  }

  async listFolder(container: string, folder: string): Promise<string[]> {
    const blobs = this.containers.get(container);
    if (!blobs) return [];
    return [...blobs.keys()]
      .filter((name) => name.startsWith(folder) && !name.slice(folder.length).includes('/'))
      .sort();
  }

  async listTree(container: string, folder: string): Promise<string[]> {
    return [...(this.containers.get(container)?.keys() ?? [])]
      .filter((name) => name.startsWith(folder))
      .sort();
  }

  async folderExists(container: string, folder: string): Promise<boolean> {
    return [...(this.containers.get(container)?.keys() ?? [])].some((name) => name.startsWith(folder));
  }

  async exists(container: string, name: string): Promise<boolean> {
    return this.containers.get(container)?.has(name) ?? false;
  }

  async read(container: string, name: string): Promise<Readable> {
    const content = this.containers.get(container)?.get(name);
    if (!content) throw new BlobNotFoundError(container, name);
    // Small chunks, so tests exercise records that straddle chunk boundaries as large downloads do.
    const chunks: Buffer[] = [];
    for (let offset = 0; offset < content.length; offset += 7)
      chunks.push(content.subarray(offset, offset + 7));
    return Readable.from(chunks);
  }

  async write(container: string, name: string, content: Readable): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of content) chunks.push(Buffer.from(chunk as Buffer));
    await this.ensureContainer(container);
    this.containers.get(container)!.set(name, Buffer.concat(chunks));
  }

  /** Test helper: store text (or bytes) directly. */
  put(container: string, name: string, content: string | Buffer): void {
    if (!this.containers.has(container)) this.containers.set(container, new Map());
    this.containers.get(container)!.set(name, typeof content === 'string' ? Buffer.from(content) : content);
  }

  /** Test helper: a blob's text, or undefined. */
  text(container: string, name: string): string | undefined {
    return this.containers.get(container)?.get(name)?.toString('utf8');
  }
}

/**
 * The store over the sandbox's Azurite (path-style endpoint `https://127.0.0.1:<port>/<account>`), authenticated
 * with the account key: lists, reads and one-request writes as plain Blob REST requests (services/blob-requests.ts:
 * a batch job makes six or seven of them, and the SDK's pipeline cost three times the request), containers and
 * block uploads through `@azure/storage-blob`. TLS: Azurite serves the sandbox's own certificate, and the sandbox CA from the storage
 * info is trusted explicitly (never a disabled verification).
 */
export function createAzuriteBlobStore(storage: StorageInfo): BlobStore {
  type Service = import('@azure/storage-blob').BlobServiceClient;
  let service: Promise<Service> | undefined;
  const client = () => {
    service ??= (async () => {
      const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
      const tlsOptions = { ca: storage.ca };
      return new BlobServiceClient(
        storage.blobEndpoint,
        new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
        // `tlsOptions` reaches core-rest-pipeline's TLS policy through the storage pipeline's option pass-through.
        { retryOptions: { maxTries: 3 }, tlsOptions } as ConstructorParameters<typeof BlobServiceClient>[2],
      );
    })();
    return service;
  };
  type Container = ReturnType<Service['getContainerClient']>;
  // A container's client is built once (the SDK builds a client and its pipeline options per construction, a
  // measurable part of every call's CPU); a blob's client is built per call, from it.
  const containers = new Map<string, Promise<Container>>();
  const containerClient = (container: string) => {
    let found = containers.get(container);
    if (!found) {
      found = client().then((service) => service.getContainerClient(container));
      containers.set(container, found);
    }
    return found;
  };

  const requests = new BlobRequests(() => storage);
  const names = (blobs: { name: string }[]) => blobs.map((blob) => blob.name).sort();

  return {
    async ensureContainer(container) {
      await (await containerClient(container)).createIfNotExists();
    },
    async listFolder(container, folder) {
      return names(await requests.list(container, folder, { delimiter: '/' }));
    },
    async listTree(container, folder) {
      return names(await requests.list(container, folder));
    },
    async folderExists(container, folder) {
      return (await requests.list(container, folder, { first: 1 })).length > 0;
    },
    async exists(container, name) {
      return (await requests.size(container, name)) !== undefined;
    },
    async read(container, name) {
      try {
        return await requests.read(container, name);
      } catch (error) {
        if (isNotFound(error)) throw new BlobNotFoundError(container, name);
        throw error;
      }
    },
    async write(container, name, content) {
      const contentType = name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream';
      // Small content (logs, a job's predictions) goes in one Put Blob, as the SDK's uploadData does below its
      // threshold, and the container is created only when that write finds it missing (not with an extra request
      // before every write); larger content is staged in blocks (the SDK's uploadStream) into a container made sure
      // of first.
      const { head, rest } = await readHead(content, SINGLE_PUT_BYTES);
      if (rest) {
        const containerOf = await containerClient(container);
        await containerOf.createIfNotExists();
        await containerOf
          .getBlockBlobClient(name)
          .uploadStream(Readable.from(prepend(head, rest)), 4 * 1024 * 1024, 4, {
            blobHTTPHeaders: { blobContentType: contentType },
          });
        return;
      }
      try {
        await requests.put(container, name, head, contentType);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ContainerNotFound') throw error;
        await (await containerClient(container)).createIfNotExists();
        await requests.put(container, name, head, contentType);
      }
    },
  };
}

/** Content up to this size is written with one request. */
const SINGLE_PUT_BYTES = 4 * 1024 * 1024;

/** The stream's first `limit` bytes (all of it when shorter), and the rest of the stream when there is more. */
async function readHead(
  content: Readable,
  limit: number,
): Promise<{ head: Buffer; rest?: AsyncIterator<unknown> }> {
  const chunks: Buffer[] = [];
  let size = 0;
  const iterator = content[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { head: Buffer.concat(chunks) };
    const chunk = Buffer.from(next.value as Buffer);
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) return { head: Buffer.concat(chunks), rest: iterator };
  }
}

async function* prepend(head: Buffer, rest: AsyncIterator<unknown>): AsyncGenerator<Buffer> {
  yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next())
    yield Buffer.from(next.value as Buffer);
}
