/**
 * Blob storage as the pipeline runtime reaches it: the sandbox's storage account (Azurite), with the account's keys
 * and the sandbox CA — the runtime acts as the Data Factory service, whatever credential the linked service names.
 * Listing is flat (every blob under a prefix, recursively), reads and writes are streams. Reads (list, size, read)
 * go through the Blob REST API directly (services/blob-requests.ts: a copy reads storage twice, and the SDK's client
 * costs three times the request), writes through `@azure/storage-blob`.
 */
import type { Readable } from 'node:stream';
import type { StorageInfo } from '../../context.js';
import { BlobRequests } from '../../services/blob-requests.js';

type ContainerClient = import('@azure/storage-blob').ContainerClient;

export interface BlobItem {
  readonly name: string;
  readonly size: number;
}

export class BlobStorage {
  #service: Promise<import('@azure/storage-blob').BlobServiceClient> | undefined;

  readonly #reader: BlobRequests;

  constructor(private readonly storage: () => StorageInfo) {
    this.#reader = new BlobRequests(storage);
  }

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
    const items = await this.#reader.list(container, prefix);
    return items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** The blob's size, or undefined when it does not exist. */
  size(container: string, name: string): Promise<number | undefined> {
    return this.#reader.size(container, name);
  }

  read(container: string, name: string): Promise<NodeJS.ReadableStream> {
    return this.#reader.read(container, name);
  }

  async write(container: string, name: string, content: Readable, contentType = 'text/csv'): Promise<void> {
    const client = await this.#container(container);
    await client.createIfNotExists();
    await client.getBlockBlobClient(name).uploadStream(content, 4 * 1024 * 1024, 4, {
      blobHTTPHeaders: { blobContentType: contentType },
    });
  }

  /** Closes the kept-alive connections of the reads. */
  close(): void {
    this.#reader.close();
  }
}
