/**
 * The sandbox's own requests to its storage account (Azurite), through the Blob service's REST API itself: List
 * Blobs, Get Blob Properties, Get Blob and Put Blob, each one HTTPS request on a kept-alive connection, authorised by
 * an account SAS (read, list, write and create on blobs and containers) that `@azure/storage-blob` signs with the
 * account key. The pipeline runtime's Copy and Lookup and the batch jobs (their inputs, outputs and logs) use it: what
 * users' code and the actions send to storage still goes through the SDK and is answered by Azurite as before.
 *
 * Why not the SDK's clients for these: their request pipeline (policies, Shared Key signing of every request,
 * deserialization of every response header and of each listed blob's properties through the service's mappers) cost
 * 1.4 to 1.9 ms of CPU per call here against 0.5 to 0.6 ms for the request alone, and a pipeline run makes about nine
 * such calls per use case. What is not one request stays with the SDK: creating containers, and block uploads of
 * content too large for one Put Blob.
 *
 * Errors carry the HTTP status as `statusCode` and the service's `x-ms-error-code` as `code`, as the SDK's
 * RestError does, so `isNotFound` and error messages work the same way.
 */

import type { IncomingMessage } from 'node:http';
import { Agent, request } from 'node:https';
import type { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { createSecureContext } from 'node:tls';
import { XMLParser } from 'fast-xml-parser';
import type { StorageInfo } from '../context.js';

export interface ListedBlob {
  readonly name: string;
  readonly size: number;
}

/** Tries per request, and the pause before the next one (times the tries made). */
const ATTEMPTS = 3;
const RETRY_PAUSE_MS = 100;
/** A connection that failed before any answer (Node's codes; `socket hang up` is ECONNRESET). */
const CONNECTION_ERRORS = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ETIMEDOUT']);

/** An account SAS lives an hour of real time (Azurite checks it against its own clock) and is renewed before. */
const SAS_LIFETIME_MS = 60 * 60_000;
const SAS_RENEW_MS = 5 * 60_000;

/** Values as written (a blob named `0123` stays a string); entities decoded; `Blob` always a list. */
const listParser = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: true,
  isArray: (name) => name === 'Blob',
});

export class BlobRequestError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'BlobRequestError';
  }
}

export class BlobRequests {
  #agent: Agent | undefined;
  #sas: Promise<{ query: string; expires: number }> | undefined;

  constructor(
    private readonly storage: () => StorageInfo,
    /** Blobs per List Blobs page (the service's default, 5,000, when not given). */
    private readonly pageSize?: number,
  ) {}

  /**
   * Blobs whose names start with `prefix`, in the service's order (by name); none when the container is missing.
   * With `delimiter: '/'`, only the blobs directly under the prefix (the service rolls deeper names up into
   * prefixes, which are left out); with `first`, one page of at most that many blobs.
   */
  async list(
    container: string,
    prefix: string,
    options: { delimiter?: string; first?: number } = {},
  ): Promise<ListedBlob[]> {
    const blobs: ListedBlob[] = [];
    let marker = '';
    do {
      const query = new URLSearchParams({ restype: 'container', comp: 'list', prefix });
      if (options.delimiter) query.set('delimiter', options.delimiter);
      const pageSize = options.first ?? this.pageSize;
      if (pageSize) query.set('maxresults', String(pageSize));
      if (marker) query.set('marker', marker);
      const response = await this.#send('GET', `${encodeURIComponent(container)}?${query}`);
      if (response.statusCode === 404) {
        response.resume();
        return [];
      }
      const page = listParser.parse(await bodyOf(response, container)) as ListPage;
      // An empty <Blobs/> parses as a string.
      const listed = page.EnumerationResults?.Blobs;
      for (const blob of (typeof listed === 'object' ? listed.Blob : undefined) ?? []) {
        blobs.push({ name: String(blob.Name), size: Number(blob.Properties?.['Content-Length'] ?? 0) });
      }
      marker = options.first ? '' : String(page.EnumerationResults?.NextMarker ?? '');
    } while (marker);
    return blobs;
  }

  /** The blob's size, or undefined when it (or its container) does not exist. */
  async size(container: string, name: string): Promise<number | undefined> {
    const response = await this.#send('HEAD', blobPath(container, name));
    response.resume();
    if (response.statusCode === 404) return undefined;
    if (response.statusCode !== 200) throw failure(response, `${container}/${name}`, '');
    return Number(response.headers['content-length'] ?? 0);
  }

  /** The blob's content as a stream; rejects with a 404 BlobRequestError when it does not exist. */
  async read(container: string, name: string): Promise<Readable> {
    const response = await this.#send('GET', blobPath(container, name));
    if (response.statusCode !== 200) await bodyOf(response, `${container}/${name}`);
    return response;
  }

  /**
   * Writes (or replaces) a block blob with one Put Blob. Rejects with a 404 BlobRequestError coded
   * `ContainerNotFound` when the container does not exist.
   */
  async put(container: string, name: string, content: Buffer, contentType: string): Promise<void> {
    const response = await this.#send('PUT', blobPath(container, name), content, {
      'x-ms-blob-type': 'BlockBlob',
      'x-ms-blob-content-type': contentType,
      'content-type': contentType,
      'content-length': String(content.length),
    });
    await bodyOf(response, `${container}/${name}`);
  }

  close(): void {
    this.#agent?.destroy();
    this.#agent = undefined;
  }

  async #send(
    method: 'GET' | 'HEAD' | 'PUT',
    path: string,
    body?: Buffer,
    headers?: Record<string, string>,
  ): Promise<IncomingMessage> {
    const info = this.storage();
    // The CA as a secure context built once: given as `ca`, every request would carry the PEM text into the
    // agent's connection key, and every new connection would parse it again.
    this.#agent ??= new Agent({ keepAlive: true, secureContext: createSecureContext({ ca: info.ca }) });
    const sas = await this.#accountSas(info);
    const url = `${info.blobEndpoint}/${path}${path.includes('?') ? '&' : '?'}${sas}`;
    // Every request here is idempotent (reads, and Put Blob replaces the whole blob), so one that meets a dropped
    // connection (a kept-alive socket the server closed as it was reused) or a 5xx answer is sent again after a
    // short pause, as the SDK's retry policy would (it made three tries for these calls).
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= ATTEMPTS;
      let response: IncomingMessage;
      try {
        response = await new Promise<IncomingMessage>((resolve, reject) => {
          const sent = request(url, { method, agent: this.#agent, ...(headers ? { headers } : {}) }, resolve);
          sent.on('error', reject);
          sent.end(body);
        });
      } catch (error) {
        if (last || !CONNECTION_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        await delay(RETRY_PAUSE_MS * attempt);
        continue;
      }
      if (last || (response.statusCode ?? 0) < 500) return response;
      response.resume();
      await delay(RETRY_PAUSE_MS * attempt);
    }
  }

  async #accountSas(info: StorageInfo): Promise<string> {
    const current = await this.#sas;
    if (current && current.expires - Date.now() > SAS_RENEW_MS) return current.query;
    this.#sas = (async () => {
      const {
        AccountSASPermissions,
        AccountSASResourceTypes,
        AccountSASServices,
        generateAccountSASQueryParameters,
        SASProtocol,
        StorageSharedKeyCredential,
      } = await import('@azure/storage-blob');
      const expires = Date.now() + SAS_LIFETIME_MS;
      const query = generateAccountSASQueryParameters(
        {
          permissions: AccountSASPermissions.parse('rwlc'),
          resourceTypes: AccountSASResourceTypes.parse('co').toString(),
          services: AccountSASServices.parse('b').toString(),
          expiresOn: new Date(expires),
          protocol: SASProtocol.Https,
        },
        new StorageSharedKeyCredential(info.accountName, info.accountKey),
      ).toString();
      return { query, expires };
    })();
    this.#sas.catch(() => {
      this.#sas = undefined;
    });
    return (await this.#sas).query;
  }
}

interface ListPage {
  EnumerationResults?: {
    Blobs?: { Blob?: Array<{ Name?: unknown; Properties?: Record<string, unknown> }> } | string;
    NextMarker?: unknown;
  };
}

function blobPath(container: string, name: string): string {
  return `${encodeURIComponent(container)}/${name.split('/').map(encodeURIComponent).join('/')}`;
}

/** A 2xx response's body as text; any other status rejects with the service's error code and message. */
async function bodyOf(response: IncomingMessage, what: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (response.statusCode !== undefined && response.statusCode >= 200 && response.statusCode < 300)
    return text;
  throw failure(response, what, text);
}

function failure(response: IncomingMessage, what: string, body: string): BlobRequestError {
  const code = response.headers['x-ms-error-code'];
  // The service's message's first line (the rest is its request id and time).
  const message = /<Message>([^<\n]*)/.exec(body)?.[1]?.trim();
  return new BlobRequestError(
    `${message || `The storage service answered ${response.statusCode} for '${what}'.`}${code ? ` (${code})` : ''}`,
    response.statusCode ?? 0,
    typeof code === 'string' ? code : undefined,
  );
}
