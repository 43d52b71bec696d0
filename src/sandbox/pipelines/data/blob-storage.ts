/**
 * Blob storage as the pipeline runtime reaches it: the sandbox's storage account (Azurite), through
 * `@azure/storage-blob` with the account key and the sandbox CA — the runtime acts as the Data Factory service,
 * whatever credential the linked service names. Listing is flat (every blob under a prefix, recursively), reads and
 * writes are streams.
 */
import type { Readable } from 'node:stream';
import { isNotFound } from '#shared/errors.js';
import type { StorageInfo } from '../../context.js';

type ContainerClient = import('@azure/storage-blob').ContainerClient;

export interface BlobItem {
  readonly name: string;
  readonly size: number;
}

export class BlobStorage {
  #service: Promise<import('@azure/storage-blob').BlobServiceClient> | undefined;

  constructor(private readonly storage: () => StorageInfo) {}

  get accountName(): string {
    return this.storage().accountName;
  }

  /** One client per container: a ContainerClient builds its own request pipeline, too costly to make per call. */
  readonly #containers = new Map<string, ContainerClient>();

  async #container(name: string): Promise<ContainerClient> {
    this.#service ??= (async () => {
      const info = this.storage();
      const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
      return new BlobServiceClient(
        info.blobEndpoint,
        new StorageSharedKeyCredential(info.accountName, info.accountKey),
        // `tlsOptions` reaches core-rest-pipeline's TLS policy through the storage pipeline's option pass-through.
        { retryOptions: { maxTries: 3 }, tlsOptions: { ca: info.ca } } as ConstructorParameters<
          typeof BlobServiceClient
        >[2],
      );
    })();
    const service = await this.#service;
    let client = this.#containers.get(name);
    if (!client) {
      client = service.getContainerClient(name);
      this.#containers.set(name, client);
    }
    return client;
  }

  /** Blobs whose names start with `prefix`, sorted by name (none when the container does not exist). */
  async list(container: string, prefix: string): Promise<BlobItem[]> {
    const items: BlobItem[] = [];
    try {
      for await (const blob of (await this.#container(container)).listBlobsFlat({ prefix })) {
        items.push({ name: blob.name, size: blob.properties.contentLength ?? 0 });
      }
    } catch (error) {
      if (isNotFound(error)) return [];
      throw error;
    }
    return items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The blob's size, or undefined when it does not exist. */
  async size(container: string, name: string): Promise<number | undefined> {
    try {
      const properties = await (await this.#container(container)).getBlobClient(name).getProperties();
      return properties.contentLength ?? 0;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async read(container: string, name: string): Promise<NodeJS.ReadableStream> {
    const download = await (await this.#container(container)).getBlobClient(name).download();
    if (!download.readableStreamBody) throw new Error(`The download of '${name}' returned no body.`);
    return download.readableStreamBody;
  }

  async write(container: string, name: string, content: Readable, contentType = 'text/csv'): Promise<void> {
    const client = await this.#container(container);
    await client.createIfNotExists();
    await client.getBlockBlobClient(name).uploadStream(content, 4 * 1024 * 1024, 4, {
      blobHTTPHeaders: { blobContentType: contentType },
    });
  }
}
