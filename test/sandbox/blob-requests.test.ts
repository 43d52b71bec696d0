// The sandbox's own requests to its storage through the Blob REST API (services/blob-requests.ts), against the
// sandbox's Azurite: listing by prefix across pages, one level deep or one page, names that need escaping in URLs and
// XML, sizes, contents, writes read back through the SDK, and the service's not-found answers as the SDK's errors give
// them (status and code).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isNotFound } from '#shared/errors.js';
import { BlobRequests } from '../../src/sandbox/services/blob-requests.js';
import { useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture({ storage: true });

const NAMES = [
  'in/0123',
  'in/a b & c.csv',
  'in/deep/er/part-1.csv',
  'in/éte/ünïcode.csv',
  'in/x?y#z.csv',
  'inside.csv',
  'out/other.csv',
].sort();

let reader: BlobRequests;
let paged: BlobRequests;

beforeAll(async () => {
  const storage = f.sandbox.storage!;
  const service = new BlobServiceClient(
    storage.blobEndpoint,
    new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
    { tlsOptions: { ca: storage.ca } } as never,
  );
  const container = service.getContainerClient('reads');
  await container.createIfNotExists();
  for (const name of NAMES) {
    const text = `content of ${name}\n`;
    await container.getBlockBlobClient(name).upload(text, Buffer.byteLength(text));
  }
  reader = new BlobRequests(() => storage);
  paged = new BlobRequests(() => storage, 2);
});

afterAll(() => {
  reader.close();
  paged.close();
});

describe('BlobRequests', () => {
  it('lists the blobs under a prefix with their sizes, every page of them', async () => {
    const expected = NAMES.filter((name) => name.startsWith('in/')).map((name) => ({
      name,
      size: Buffer.byteLength(`content of ${name}\n`),
    }));
    expect(await reader.list('reads', 'in/')).toEqual(expected);
    expect(await paged.list('reads', 'in/')).toEqual(expected);
    expect((await paged.list('reads', '')).map((blob) => blob.name)).toEqual(NAMES);
    expect(await reader.list('reads', 'nothing/')).toEqual([]);
    expect(await reader.list('no-such-container', 'in/')).toEqual([]);
  });

  it('lists one level under a prefix with a delimiter, and only the first blobs when asked', async () => {
    expect((await paged.list('reads', 'in/', { delimiter: '/' })).map((blob) => blob.name)).toEqual(
      NAMES.filter((name) => /^in\/[^/]+$/.test(name)),
    );
    expect((await reader.list('reads', 'in/', { first: 1 })).map((blob) => blob.name)).toEqual(['in/0123']);
    expect(await reader.list('reads', 'nothing/', { first: 1 })).toEqual([]);
  });

  it('writes a blob in one request, with its content type, and names a missing container', async () => {
    const storage = f.sandbox.storage!;
    await reader.put('reads', 'written/a b.csv', Buffer.from('x,y\n1,2\n'), 'text/csv');
    const blob = new BlobServiceClient(
      storage.blobEndpoint,
      new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
      { tlsOptions: { ca: storage.ca } } as never,
    )
      .getContainerClient('reads')
      .getBlockBlobClient('written/a b.csv');
    const properties = await blob.getProperties();
    expect(properties.contentType).toBe('text/csv');
    expect(properties.blobType).toBe('BlockBlob');
    expect((await blob.downloadToBuffer()).toString()).toBe('x,y\n1,2\n');
    await reader.put('reads', 'written/a b.csv', Buffer.from('replaced'), 'text/csv');
    expect((await blob.downloadToBuffer()).toString()).toBe('replaced');
    const error = await reader
      .put('no-such-container', 'a.csv', Buffer.from('a'), 'text/csv')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 404, code: 'ContainerNotFound' });
  });

  it('reads a blob and its size, whatever its name holds', async () => {
    for (const name of NAMES) {
      const chunks: Buffer[] = [];
      for await (const chunk of await reader.read('reads', name)) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString()).toBe(`content of ${name}\n`);
      expect(await reader.size('reads', name)).toBe(Buffer.byteLength(`content of ${name}\n`));
    }
  });

  it('says what is missing as the service does: no size, a not-found error with the code', async () => {
    expect(await reader.size('reads', 'in/missing.csv')).toBeUndefined();
    expect(await reader.size('no-such-container', 'a.csv')).toBeUndefined();
    const error = await reader.read('reads', 'in/missing.csv').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 404, code: 'BlobNotFound' });
    expect((error as Error).message).toContain('The specified blob does not exist.');
    expect(isNotFound(error)).toBe(true);
  });

  it('sends a request again when its connection drops before an answer or the service answers 5xx', async () => {
    // A stand-in service with the sandbox's certificate: the first request's connection is cut, the second gets a
    // 503, the third is stored; a read after it is answered at once.
    const tls = join(tmpdir(), `aml-adf-sandbox-test-${process.env.JEST_WORKER_ID ?? '0'}`, 'tls');
    const seen: string[] = [];
    const server = createServer(
      { cert: await readFile(join(tls, 'server.pem')), key: await readFile(join(tls, 'server-key.pem')) },
      (req, res) => {
        seen.push(req.method!);
        if (seen.length === 1) return req.socket.destroy();
        if (seen.length === 2) {
          res.writeHead(503, { 'x-ms-error-code': 'ServerBusy' }).end();
          return;
        }
        req.resume();
        res.writeHead(req.method === 'PUT' ? 201 : 200, { 'content-length': '2' }).end('ok');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const storage = f.sandbox.storage!;
    const { port } = server.address() as AddressInfo;
    const flaky = new BlobRequests(() => ({
      ...storage,
      blobEndpoint: `https://127.0.0.1:${port}/${storage.accountName}`,
    }));
    try {
      await flaky.put('c', 'a.csv', Buffer.from('a'), 'text/csv');
      expect(seen).toEqual(['PUT', 'PUT', 'PUT']);
      expect(await flaky.size('c', 'a.csv')).toBe(2);
      expect(seen).toHaveLength(4);
    } finally {
      flaky.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
