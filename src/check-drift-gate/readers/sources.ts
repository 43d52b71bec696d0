/**
 * Turns the `reference` and `current` inputs (one path, glob or blob URL per line) into data sources.
 *
 * - Local paths and globs resolve inside the workspace (`globWorkspace`: sorted, `!pattern` excludes, a pattern that
 *   matches nothing is an error).
 * - `https://` URLs are blobs, read as streams through `@azure/storage-blob` (imported only when a blob is read).
 *   A URL with a SAS (`sig=` in its query) is used as it is; its query is masked before anything can print it and
 *   never shown (sources are labelled by the URL without its query). A URL without one is read with a token from the
 *   action's credential chain (the identity needs Storage Blob Data Reader). A `*`, `**`, `?` or `{a,b}` in the blob
 *   path lists the container (a SAS then needs the list permission) and reads every blob that matches, in name order.
 *
 * Formats: `format: auto` goes by extension (`.csv`, `.tsv`, `.txt`; `.parquet`, `.pq`; `.jsonl`, `.ndjson`), and a
 * trailing `.gz` means gzip-compressed CSV or JSON Lines.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { TokenCredential } from '@azure/core-auth';
import { ConfigurationError } from '#shared/errors.js';
import { globWorkspace, workspaceRelative } from '#shared/files.js';
import type { SecretMasker } from '#shared/secrets.js';
import type { DataFormat, DataSource, RandomAccessFile, SideName } from './table.js';

export type FormatChoice = 'auto' | DataFormat;

export interface SourceOptions {
  readonly workspace: string;
  readonly format: FormatChoice;
  readonly side: SideName;
  readonly masker: SecretMasker;
  /** The credential for blob URLs without a SAS; built on first use. */
  readonly credential: () => Promise<TokenCredential>;
  readonly signal?: AbortSignal;
}

const EXTENSIONS: Record<string, DataFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  parquet: 'parquet',
  pq: 'parquet',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
};

/** Format and compression of a file name. */
export function formatOf(
  name: string,
  choice: FormatChoice,
  side: SideName,
): { format: DataFormat; gzip: boolean } {
  const gzip = /\.gz$/i.test(name);
  const base = gzip ? name.slice(0, -3) : name;
  let format: DataFormat | undefined = choice === 'auto' ? undefined : choice;
  if (format === undefined) {
    const extension = /\.([A-Za-z0-9]+)$/.exec(base)?.[1]?.toLowerCase();
    format = extension === undefined ? undefined : EXTENSIONS[extension];
  }
  if (format === undefined) {
    throw new ConfigurationError(
      `Input '${side}': cannot tell the format of '${name}' from its extension (.csv, .parquet, .jsonl, optionally .gz); set the input 'format' to csv, parquet or jsonl.`,
      { input: side },
    );
  }
  if (gzip && format === 'parquet') {
    throw new ConfigurationError(
      `Input '${side}': '${name}' is a gzip-compressed Parquet file; Parquet compresses its own pages, so read the file without .gz.`,
      { input: side },
    );
  }
  return { format, gzip };
}

function isBlobUrl(line: string): boolean {
  return /^https?:\/\//i.test(line);
}

export async function resolveSources(
  lines: readonly string[],
  options: SourceOptions,
): Promise<DataSource[]> {
  const { side, workspace } = options;
  const patterns = lines.filter((line) => !isBlobUrl(line));
  const urls = lines.filter(isBlobUrl);
  const sources: DataSource[] = [];
  if (patterns.length > 0) {
    for (const path of await globWorkspace(workspace, patterns, side)) {
      const label = workspaceRelative(workspace, path);
      const { size } = await stat(path);
      sources.push(localSource(path, label, formatOf(label, options.format, side), size));
    }
  }
  for (const url of urls) sources.push(...(await blobSources(url, options)));
  return sources;
}

function localSource(
  path: string,
  label: string,
  kind: { format: DataFormat; gzip: boolean },
  byteLength: number,
): DataSource {
  return {
    label,
    ...kind,
    byteLength,
    async openStream(signal) {
      const stream = createReadStream(path, { highWaterMark: 1 << 16, ...(signal ? { signal } : {}) });
      await new Promise<void>((resolve, reject) => {
        stream.once('open', () => resolve());
        stream.once('error', reject);
      });
      return kind.gzip ? stream.pipe(createGunzip()) : stream;
    },
    async openRandomAccess() {
      const handle = await open(path, 'r');
      const { size } = await handle.stat();
      // Closed when the process exits; a run reads a bounded number of files.
      return {
        byteLength: size,
        async slice(start, end = size) {
          const buffer = Buffer.alloc(end - start);
          let read = 0;
          while (read < buffer.length) {
            const { bytesRead } = await handle.read(buffer, read, buffer.length - read, start + read);
            if (bytesRead === 0) break;
            read += bytesRead;
          }
          return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + read) as ArrayBuffer;
        },
      };
    },
  };
}

/** The parts of a blob URL: the account's base URL, container and blob path (path-style for IP hosts). */
export interface BlobLocation {
  readonly accountUrl: string;
  readonly container: string;
  readonly blobPath: string;
  readonly query: string;
}

export function parseBlobUrl(raw: string, side: SideName): BlobLocation {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigurationError(`Input '${side}': '${withoutQuery(raw)}' is not a URL.`, { input: side });
  }
  if (url.protocol !== 'https:') {
    throw new ConfigurationError(
      `Input '${side}': '${withoutQuery(raw)}' must use https (a SAS or token must not travel in clear text).`,
      { input: side },
    );
  }
  // Same rule as @azure/storage-blob's isIpEndpointStyle: IP or localhost hosts put the account in the path.
  const pathStyle =
    /^.*:.*:.*$|^(localhost|host\.docker\.internal)(:[0-9]+)?$|^\d{1,3}(\.\d{1,3}){3}(:[0-9]+)?$/.test(
      url.host,
    );
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  const skip = pathStyle ? 1 : 0;
  const container = segments[skip];
  const blob = segments.slice(skip + 1).join('/');
  if (container === undefined || blob === '') {
    throw new ConfigurationError(
      `Input '${side}': '${withoutQuery(raw)}' names no blob; give https://<account>.blob.core.windows.net/<container>/<path>.`,
      { input: side },
    );
  }
  const accountUrl = `${url.origin}${pathStyle ? `/${segments[0]}` : ''}`;
  return { accountUrl, container, blobPath: decodeURIComponent(blob), query: url.search };
}

function withoutQuery(raw: string): string {
  const at = raw.search(/[?#]/);
  return at === -1 ? raw : raw.slice(0, at);
}

const GLOB_CHARACTERS = /[*?{[]/;

/** A blob-name glob as a regular expression: `**` any path, `*` within a segment, `?` one character, `{a,b}`. */
export function blobGlob(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      source += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close === -1) source += '\\{';
      else {
        source += `(?:${pattern
          .slice(i + 1, close)
          .split(',')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|')})`;
        i = close;
      }
    } else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

async function blobSources(raw: string, options: SourceOptions): Promise<DataSource[]> {
  const { side, masker } = options;
  const location = parseBlobUrl(raw, side);
  const query = new URLSearchParams(location.query);
  const sas = query.has('sig');
  // The whole query, the `sig` value as written (through the masker's connection-string rule) and decoded.
  if (location.query) masker.mask(location.query.slice(1));
  const signature = query.get('sig');
  if (signature) masker.mask(signature);
  const { BlobServiceClient } = await import('@azure/storage-blob');
  const service = sas
    ? new BlobServiceClient(`${location.accountUrl}${location.query}`)
    : new BlobServiceClient(location.accountUrl, await options.credential());
  const container = service.getContainerClient(location.container);
  const labelOf = (blob: string) =>
    `${location.accountUrl}/${location.container}/${blob.split('/').map(encodeURIComponent).join('/')}`;
  let names: string[];
  /** Sizes from the listing, so the memory budget can be shared by the sides' sizes. */
  const sizes = new Map<string, number>();
  if (GLOB_CHARACTERS.test(location.blobPath)) {
    const prefix = location.blobPath.slice(0, location.blobPath.search(GLOB_CHARACTERS));
    const matcher = blobGlob(location.blobPath);
    names = [];
    try {
      for await (const blob of container.listBlobsFlat({ prefix })) {
        if (!matcher.test(blob.name)) continue;
        names.push(blob.name);
        if (blob.properties.contentLength !== undefined) sizes.set(blob.name, blob.properties.contentLength);
      }
    } catch (error) {
      throw blobError(
        error,
        side,
        `${location.accountUrl}/${location.container}/${location.blobPath}`,
        'list',
      );
    }
    names.sort();
    if (names.length === 0) {
      throw new ConfigurationError(
        `Input '${side}': no blob matches '${location.accountUrl}/${location.container}/${location.blobPath}'; check the path (the SAS needs the list permission).`,
        { input: side },
      );
    }
  } else names = [location.blobPath];
  return names.map((name) => {
    const label = labelOf(name);
    const kind = formatOf(name, options.format, side);
    const client = container.getBlobClient(name);
    const byteLength = sizes.get(name);
    return {
      label,
      ...kind,
      ...(byteLength === undefined ? {} : { byteLength }),
      async openStream(signal) {
        try {
          const response = await client.download(0, undefined, {
            maxRetryRequests: 5,
            ...(signal ? { abortSignal: signal } : {}),
          });
          const body = response.readableStreamBody as NodeJS.ReadableStream & AsyncIterable<Uint8Array>;
          return kind.gzip ? body.pipe(createGunzip()) : body;
        } catch (error) {
          throw blobError(error, side, label, 'read');
        }
      },
      async openRandomAccess(signal): Promise<RandomAccessFile> {
        let size: number;
        try {
          size = (await client.getProperties(signal ? { abortSignal: signal } : {})).contentLength ?? 0;
        } catch (error) {
          throw blobError(error, side, label, 'read');
        }
        return {
          byteLength: size,
          async slice(start, end = size) {
            if (end <= start) return new ArrayBuffer(0);
            const buffer = await client.downloadToBuffer(start, end - start, {
              maxRetryRequestsPerBlock: 5,
              ...(signal ? { abortSignal: signal } : {}),
            });
            return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length) as ArrayBuffer;
          },
        };
      },
    };
  });
}

/** Storage's refusals are the user's to fix (a wrong path, an expired SAS, a missing role): say which. */
function blobError(error: unknown, side: SideName, label: string, what: 'read' | 'list'): Error {
  const record = (error ?? {}) as { statusCode?: number; code?: string; details?: { errorCode?: string } };
  const code = record.details?.errorCode ?? record.code;
  const status = record.statusCode;
  if (status === 404) {
    return new ConfigurationError(
      `Input '${side}': ${label} does not exist (${code ?? 'not found'}); check the account, container and path.`,
      { input: side, cause: error },
    );
  }
  if (status === 403 || status === 401) {
    return new ConfigurationError(
      `Input '${side}': not allowed to ${what} ${label} (${code ?? status}); check the SAS (expiry, ${what === 'list' ? 'list' : 'read'} permission) or give the identity the Storage Blob Data Reader role.`,
      { input: side, cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`Could not ${what} ${label}: ${code ? `${code}: ` : ''}${message}`, { cause: error });
}
