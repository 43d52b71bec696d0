// The sandbox's backing services through the clients the actions use: Azurite's blob service over HTTPS with the
// sandbox CA (@azure/storage-blob), the control database over the PostgreSQL wire protocol (pg, against PGlite and,
// when PG_TEST_URL is set, a real server), and Application Insights ingestion as the exporters send it.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DEFAULT_TIMING, type SandboxContext } from '../../src/sandbox/context.js';
import { SandboxClock } from '../../src/sandbox/core/clock.js';
import { type RouteMatch, Router, type SandboxRequest } from '../../src/sandbox/core/http.js';
import { SandboxState } from '../../src/sandbox/core/state.js';
import { registerAppInsights, type TelemetryEnvelope } from '../../src/sandbox/services/app-insights.js';
import { AZURITE_ACCOUNT_KEY, startAzurite } from '../../src/sandbox/services/azurite.js';
import {
  type ControlDatabase,
  openControlDatabase,
  withDatabase,
  withDefaultUser,
} from '../../src/sandbox/services/control-database.js';
import { useSandboxFixture } from '../harness/sandbox.js';

const stateDir = join(tmpdir(), `aml-adf-sandbox-test-${process.env.JEST_WORKER_ID ?? '0'}`);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const f = useSandboxFixture({ validate: false });

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return check();
}

describe('Azurite blob storage', () => {
  it('stores and serves blobs over HTTPS with the sandbox CA, by account key and by connection string', async () => {
    const { BlobServiceClient, StorageSharedKeyCredential } = await import('@azure/storage-blob');
    const storage = f.sandbox.storage!;
    expect(storage).toMatchObject({
      blobEndpoint: expect.stringMatching(/^https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/),
      accountName: 'devstoreaccount1',
      accountKey: AZURITE_ACCOUNT_KEY,
    });
    // tlsOptions reaches core-rest-pipeline's TLS settings through the storage pipeline options.
    const options = { tlsOptions: { ca: f.sandbox.caCert } } as ConstructorParameters<
      typeof BlobServiceClient
    >[2];
    const byKey = new BlobServiceClient(
      storage.blobEndpoint,
      new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
      options,
    );
    const container = byKey.getContainerClient(`svc-${randomUUID().slice(0, 8)}`);
    await container.create();
    const content = 'id,score\n1,0.25\n2,0.75\n';
    await container.getBlockBlobClient('in/data.csv').upload(content, Buffer.byteLength(content));

    const byConnectionString = BlobServiceClient.fromConnectionString(storage.connectionString, options);
    const downloaded = await byConnectionString
      .getContainerClient(container.containerName)
      .getBlobClient('in/data.csv')
      .downloadToBuffer();
    expect(downloaded.toString('utf8')).toBe(content);
    const names = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    expect(names).toEqual(['in/data.csv']);
  });

  it("the batch data plane's store writes small and large content, creating a container that does not exist yet", async () => {
    const { createAzuriteBlobStore } = await import('../../src/sandbox/dataplane/blob-store.js');
    const { Readable } = await import('node:stream');
    const store = createAzuriteBlobStore(f.sandbox.storage!);
    const read = async (container: string, name: string) => {
      const chunks: Buffer[] = [];
      for await (const chunk of await store.read(container, name)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    };
    const small = `svc-small-${randomUUID().slice(0, 8)}`;
    await store.write(small, 'logs/job_result.txt', Readable.from(['status: ', 'Completed\n']));
    await store.write(small, 'logs/empty.txt', Readable.from([]));
    expect((await read(small, 'logs/job_result.txt')).toString()).toBe('status: Completed\n');
    expect(await read(small, 'logs/empty.txt')).toHaveLength(0);
    const large = `svc-large-${randomUUID().slice(0, 8)}`;
    const megabyte = Buffer.alloc(1024 * 1024, 'x');
    await store.write(large, 'out/predictions.csv', Readable.from(Array.from({ length: 5 }, () => megabyte)));
    expect((await read(large, 'out/predictions.csv')).equals(Buffer.concat(Array(5).fill(megabyte)))).toBe(
      true,
    );
    expect(await store.listTree(large, 'out/')).toEqual(['out/predictions.csv']);
  }, 60_000);

  it('runs as a child process: a failed start says why, and stop() ends it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'azurite-stop-'));
    try {
      const azurite = (await startAzurite({ cert: '', key: '', ca: '', stateDir: dir }).catch(
        (error: Error) => error,
      ))!;
      // Without a certificate Azurite cannot serve HTTPS: the start fails with its own message, not a hang.
      expect(azurite).toBeInstanceOf(Error);
      expect((azurite as Error).message).toMatch(/Azurite exited before listening/);

      const certificates = join(stateDir, 'tls');
      const handle = (await startAzurite({
        cert: await readFile(join(certificates, 'server.pem'), 'utf8'),
        key: await readFile(join(certificates, 'server-key.pem'), 'utf8'),
        ca: await readFile(join(certificates, 'ca.pem'), 'utf8'),
        stateDir: dir,
      }))!;
      expect(isAlive(handle.pid)).toBe(true);
      await handle.stop();
      expect(await waitUntil(() => !isAlive(handle.pid), 5_000)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('dies with its parent when the parent is killed without stopping it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'azurite-orphan-'));
    try {
      const script = join(dir, 'parent.mts');
      const certificates = join(stateDir, 'tls');
      await writeFile(
        script,
        [
          `import { readFile } from 'node:fs/promises';`,
          `import { startAzurite } from ${JSON.stringify(join(repoRoot, 'src/sandbox/services/azurite.ts'))};`,
          `const handle = await startAzurite({`,
          `  cert: await readFile(${JSON.stringify(join(certificates, 'server.pem'))}, 'utf8'),`,
          `  key: await readFile(${JSON.stringify(join(certificates, 'server-key.pem'))}, 'utf8'),`,
          `  stateDir: ${JSON.stringify(dir)},`,
          `});`,
          `console.log('azurite-pid', handle.pid);`,
          `setInterval(() => {}, 1000);`,
        ].join('\n'),
      );
      const parent = spawn(process.execPath, ['--import', 'tsx', script], {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      parent.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const pid = await new Promise<number>((done, fail) => {
        parent.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /azurite-pid (\d+)/.exec(output);
          if (match) done(Number(match[1]));
        });
        parent.once('exit', () => fail(new Error(`the parent exited early: ${output}`)));
      });
      expect(isAlive(pid)).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitUntil(() => !isAlive(pid), 10_000)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('control database on embedded PGlite', () => {
  let db: ControlDatabase;

  beforeAll(async () => {
    // The fixture's state folder, so the initialised data directory is cached across runs (first create: 5-9 s).
    db = await openControlDatabase({ dataDir: join(stateDir, 'pglite') });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  const connect = async (connectionString: string) => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    return client;
  };

  it('serves pg clients: tables, a committed and a rolled-back transaction', async () => {
    expect(db.kind).toBe('pglite');
    const { connectionString } = await db.createDatabase('control_svc');
    expect(connectionString).toMatch(/^postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres\?sslmode=disable$/);
    const client = await connect(connectionString);
    try {
      await client.query(
        'CREATE TABLE use_case (name text PRIMARY KEY, pipeline text NOT NULL, threshold numeric NOT NULL)',
      );
      await client.query('BEGIN');
      await client.query('INSERT INTO use_case VALUES ($1, $2, $3)', ['churn', 'pl_score', 0.5]);
      await client.query(
        'INSERT INTO use_case VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET threshold = EXCLUDED.threshold',
        ['churn', 'pl_score', 0.6],
      );
      await client.query('COMMIT');
      await client.query('BEGIN');
      await client.query('DELETE FROM use_case');
      await client.query('ROLLBACK');
      const { rows } = await client.query(
        'SELECT name, pipeline, threshold::float AS threshold FROM use_case',
      );
      expect(rows).toEqual([{ name: 'churn', pipeline: 'pl_score', threshold: 0.6 }]);
    } finally {
      await client.end();
    }
  });

  it('gives each environment its own database, and the same one again for the same name', async () => {
    const dev = await db.createDatabase('control_svc_dev');
    const staging = await db.createDatabase('control_svc_staging');
    expect(dev.connectionString).not.toBe(staging.connectionString);
    expect((await db.createDatabase('control_svc_dev')).connectionString).toBe(dev.connectionString);
    const devClient = await connect(dev.connectionString);
    const stagingClient = await connect(staging.connectionString);
    try {
      await devClient.query('CREATE TABLE only_in_dev (id int)');
      const { rows } = await stagingClient.query("SELECT to_regclass('only_in_dev') AS found");
      expect(rows).toEqual([{ found: null }]);
    } finally {
      await Promise.all([devClient.end(), stagingClient.end()]);
    }
  });

  it('serializes concurrent transactions that take the same transaction-level advisory lock', async () => {
    const { connectionString } = await db.createDatabase('control_svc_dev');
    const [a, b] = await Promise.all([connect(connectionString), connect(connectionString)]);
    try {
      await a.query('CREATE TABLE IF NOT EXISTS applies (n int NOT NULL)');
      await a.query('INSERT INTO applies VALUES (0)');
      const events: string[] = [];
      const apply = async (client: pg.Client, name: string) => {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock(4242)');
        events.push(`${name} locked`);
        const { rows } = await client.query('SELECT n FROM applies');
        await new Promise((done) => setTimeout(done, 100));
        await client.query('UPDATE applies SET n = $1', [(rows[0] as { n: number }).n + 1]);
        events.push(`${name} commit`);
        await client.query('COMMIT');
      };
      await Promise.all([apply(a, 'A'), apply(b, 'B')]);
      // No lost update, and neither took the lock while the other's transaction was open.
      expect((await a.query('SELECT n FROM applies')).rows).toEqual([{ n: 2 }]);
      const first = events[0]!.slice(0, 1);
      const second = first === 'A' ? 'B' : 'A';
      expect(events).toEqual([`${first} locked`, `${first} commit`, `${second} locked`, `${second} commit`]);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it('shares one PostgreSQL session between clients (pglite-socket multiplexes): session locks do not exclude', async () => {
    const { connectionString } = await db.createDatabase('control_svc_dev');
    const [a, b] = await Promise.all([connect(connectionString), connect(connectionString)]);
    try {
      const pid = async (client: pg.Client) => (await client.query('SELECT pg_backend_pid() AS pid')).rows[0];
      expect(await pid(a)).toEqual(await pid(b));
      const tryLock = async (client: pg.Client) =>
        (await client.query('SELECT pg_try_advisory_lock(77) AS ok')).rows[0];
      // On a real server the second would be false; here both hold it, so use pg_advisory_xact_lock.
      expect([await tryLock(a), await tryLock(b)]).toEqual([{ ok: true }, { ok: true }]);
      await a.query('SELECT pg_advisory_unlock_all()');
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it('refuses database names PostgreSQL would need quoting for', async () => {
    await expect(db.createDatabase('control; DROP')).rejects.toThrow(/Invalid control database name/);
    await expect(db.createDatabase('1control')).rejects.toThrow(/Invalid control database name/);
  });
});

const pgTestUrl = process.env.PG_TEST_URL;
// A real server is optional here (CI starts PostgreSQL 15 and sets PG_TEST_URL); without one the case is skipped.
const describeServer = pgTestUrl ? describe : describe.skip;

describeServer('control database on a PostgreSQL server (skipped unless PG_TEST_URL names one)', () => {
  const name = `control_svc_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let db: ControlDatabase;

  beforeAll(async () => {
    db = await openControlDatabase({ url: pgTestUrl!, dataDir: join(stateDir, 'unused') });
  });
  afterAll(async () => {
    await db?.close();
    const admin = new pg.Client({ connectionString: withDefaultUser(pgTestUrl!) });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.end();
  });

  it('creates the database once and connects pg clients to it', async () => {
    expect(db.kind).toBe('postgresql');
    const { connectionString } = await db.createDatabase(name);
    expect(connectionString).toBe(withDatabase(withDefaultUser(pgTestUrl!), name));
    expect((await db.createDatabase(name)).connectionString).toBe(connectionString);
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      expect((await client.query('SELECT current_database() AS db')).rows).toEqual([{ db: name }]);
      await client.query('CREATE TABLE use_case (name text PRIMARY KEY)');
      await client.query('BEGIN');
      await client.query("INSERT INTO use_case VALUES ('churn')");
      await client.query('COMMIT');
      await client.query('BEGIN');
      await client.query("INSERT INTO use_case VALUES ('fraud')");
      await client.query('ROLLBACK');
      expect((await client.query('SELECT name FROM use_case')).rows).toEqual([{ name: 'churn' }]);
    } finally {
      await client.end();
    }
  });
});

describe('withDatabase', () => {
  it.each([
    ['postgresql:///postgres?host=/var/run/postgresql', 'postgresql:///control_dev?host=/var/run/postgresql'],
    [
      'postgresql://u:p@db.example:5432/postgres?sslmode=require',
      'postgresql://u:p@db.example:5432/control_dev?sslmode=require',
    ],
    ['postgres://db.example', 'postgres://db.example/control_dev'],
  ])('points %s at the environment database', (url, expected) => {
    expect(withDatabase(url, 'control_dev')).toBe(expected);
  });

  it('makes the default user explicit (pg reads $USER, libpq the OS user)', () => {
    expect(withDefaultUser('postgresql:///postgres?host=/var/run/postgresql', 'runner')).toBe(
      'postgresql:///postgres?host=/var/run/postgresql&user=runner',
    );
    expect(withDefaultUser('postgresql://db.example/postgres', 'runner')).toBe(
      'postgresql://db.example/postgres?user=runner',
    );
    expect(withDefaultUser('postgresql://app@db.example/postgres', 'runner')).toBe(
      'postgresql://app@db.example/postgres',
    );
  });

  it('refuses what is not a PostgreSQL URL', () => {
    expect(() => withDatabase('host=/var/run/postgresql dbname=postgres', 'x')).toThrow(/postgresql:\/\//);
    expect(() => withDatabase('mysql://db/x', 'x')).toThrow(/postgresql:\/\//);
  });
});

describe('Application Insights ingestion', () => {
  interface Ingestion {
    readonly instrumentationKey: string;
    readonly endpoint: string;
  }
  const parse = (connectionString: string): Ingestion => {
    const parts = Object.fromEntries(
      connectionString.split(';').map((part) => part.split('=', 2) as [string, string]),
    );
    return { instrumentationKey: parts.InstrumentationKey!, endpoint: parts.IngestionEndpoint! };
  };
  let resource: Ingestion;

  beforeAll(async () => {
    const env = await f.sandbox.provision({ name: 'appi', database: false });
    resource = parse(env.appInsightsConnectionString);
  });

  const metric = (iKey: string, name: string, value: number): TelemetryEnvelope => ({
    name: `Microsoft.ApplicationInsights.${iKey.replace(/-/g, '')}.Metric`,
    time: new Date().toISOString(),
    iKey,
    tags: { 'ai.cloud.role': 'check-drift-gate' },
    data: {
      baseType: 'MetricData',
      baseData: { ver: 2, metrics: [{ name, value, count: 1 }], properties: { feature: 'age' } },
    },
  });

  const post = (
    path: string,
    body: Buffer,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: unknown }> =>
    new Promise((done, fail) => {
      const req = httpsRequest(
        new URL(path, resource.endpoint),
        {
          method: 'POST',
          ca: f.sandbox.caCert,
          headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            done({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
            }),
          );
        },
      );
      req.on('error', fail);
      req.end(body);
    });

  const received = async (ikey: string) =>
    (
      (await f.request('GET', `/_sandbox/appinsights/envelopes?ikey=${ikey}`)).body as {
        value: TelemetryEnvelope[];
      }
    ).value;

  it('points connection strings at the sandbox with a fresh key per resource', () => {
    expect(resource.endpoint).toBe(`${f.sandbox.baseUrl}/`);
    expect(resource.instrumentationKey).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(parse(f.sandbox.appInsightsConnectionString).instrumentationKey).not.toBe(
      resource.instrumentationKey,
    );
    expect(f.sandbox.appInsightsConnectionString).toContain(`LiveEndpoint=${f.sandbox.baseUrl}/`);
  });

  it('accepts a plain JSON array and records the envelopes', async () => {
    await f.request('DELETE', `/_sandbox/appinsights/envelopes?ikey=${resource.instrumentationKey}`);
    const items = [
      metric(resource.instrumentationKey, 'psi', 0.12),
      metric(resource.instrumentationKey, 'js', 0.3),
    ];
    const response = await post('v2.1/track', Buffer.from(JSON.stringify(items)));
    expect(response).toEqual({ status: 200, body: { itemsReceived: 2, itemsAccepted: 2, errors: [] } });
    expect(await received(resource.instrumentationKey)).toEqual(items);
  });

  it('accepts gzip newline-delimited JSON on v2/track as well', async () => {
    await f.request('DELETE', `/_sandbox/appinsights/envelopes?ikey=${resource.instrumentationKey}`);
    const items = [
      metric(resource.instrumentationKey, 'ks', 0.01),
      metric(resource.instrumentationKey, 'chi2', 4),
    ];
    const ndjson = `${items.map((item) => JSON.stringify(item)).join('\n')}\n`;
    const gzip = await post('v2/track', gzipSync(ndjson), {
      'content-type': 'application/x-json-stream',
      'content-encoding': 'gzip',
    });
    expect(gzip).toEqual({ status: 200, body: { itemsReceived: 2, itemsAccepted: 2, errors: [] } });
    const plain = await post('v2.1/track', Buffer.from(JSON.stringify(items[0])));
    expect(plain.status).toBe(200);
    expect((await received(resource.instrumentationKey)).map((item) => item.data.baseData.metrics)).toEqual([
      [{ name: 'ks', value: 0.01, count: 1 }],
      [{ name: 'chi2', value: 4, count: 1 }],
      [{ name: 'ks', value: 0.01, count: 1 }],
    ]);
  });

  it('answers 206 with per-item errors for unknown keys and malformed envelopes, keeping the rest', async () => {
    await f.request('DELETE', '/_sandbox/appinsights/envelopes');
    const unknownKey = randomUUID();
    const { name: _dropped, ...nameless } = metric(resource.instrumentationKey, 'psi', 1);
    const body = [
      JSON.stringify(metric(unknownKey, 'psi', 1)),
      JSON.stringify(nameless),
      '{not json',
      JSON.stringify(metric(resource.instrumentationKey.replace(/-/g, '').toUpperCase(), 'psi', 2)),
    ].join('\n');
    const response = await post('v2.1/track', Buffer.from(body));
    expect(response).toEqual({
      status: 206,
      body: {
        itemsReceived: 4,
        itemsAccepted: 1,
        errors: [
          { index: 0, statusCode: 400, message: 'Invalid instrumentation key' },
          {
            index: 1,
            statusCode: 400,
            message:
              "Field 'name' on type 'Envelope' is required but missing or empty. Expected: string, Actual: undefined",
          },
          { index: 2, statusCode: 400, message: expect.stringMatching(/^The item is not valid JSON/) },
        ],
      },
    });
    expect((await f.request('GET', '/_sandbox/appinsights/envelopes')).body).toEqual({
      value: [expect.objectContaining({ data: expect.objectContaining({ baseType: 'MetricData' }) })],
    });
    expect(await received(unknownKey)).toEqual([]);
  });

  it('answers 400 when nothing is accepted, as the service does for a wrong key', async () => {
    const unknownKey = randomUUID();
    const response = await post(
      'v2.1/track',
      Buffer.from(JSON.stringify([metric(unknownKey, 'a', 1), metric(unknownKey, 'b', 2)])),
    );
    expect(response).toEqual({
      status: 400,
      body: {
        itemsReceived: 2,
        itemsAccepted: 0,
        errors: [
          { index: 0, statusCode: 400, message: 'Invalid instrumentation key' },
          { index: 1, statusCode: 400, message: 'Invalid instrumentation key' },
        ],
      },
    });
    expect((await post('v2.1/track', Buffer.from('not gzip'), { 'content-encoding': 'gzip' })).status).toBe(
      400,
    );
  });

  it('takes faults from the control API, so exporters can be tested for retries', async () => {
    f.sandbox.control.addFault({ method: 'POST', path: '/v2.1/track', status: 503, count: 1 });
    const item = Buffer.from(JSON.stringify([metric(resource.instrumentationKey, 'psi', 3)]));
    expect((await post('v2.1/track', item)).status).toBe(503);
    expect((await post('v2.1/track', item)).status).toBe(200);
    f.sandbox.control.clearFaults();
  });

  it('exposes envelopes, resources and clearing through the service object', async () => {
    const router = new Router();
    const context: SandboxContext = {
      baseUrl: 'https://127.0.0.1:1',
      state: new SandboxState(),
      clock: Date.now,
      time: new SandboxClock(),
      timing: DEFAULT_TIMING,
      location: 'westeurope',
      storage: () => {
        throw new Error('no storage');
      },
    };
    const service = registerAppInsights(router, context);
    const dev = service.createResource('appi-dev');
    expect(service.createResource('appi-dev')).toEqual(dev);
    const prod = service.createResource('appi-prod');
    expect(prod.instrumentationKey).not.toBe(dev.instrumentationKey);
    expect(dev.connectionString).toBe(
      `InstrumentationKey=${dev.instrumentationKey};IngestionEndpoint=https://127.0.0.1:1/;LiveEndpoint=https://127.0.0.1:1/`,
    );
    const track = router.match('POST', '/v2.1/track') as RouteMatch;
    const rawBody = Buffer.from(
      JSON.stringify([metric(dev.instrumentationKey, 'psi', 1), metric(prod.instrumentationKey, 'psi', 2)]),
    );
    const request: SandboxRequest = {
      method: 'POST',
      url: new URL('https://127.0.0.1:1/v2.1/track'),
      path: '/v2.1/track',
      query: new URLSearchParams(),
      headers: { 'content-type': 'application/json' },
      rawBody,
      body: undefined,
      requestId: randomUUID(),
      principal: undefined,
      params: {},
    };
    expect((await track.handler(request)).status).toBe(200);
    expect(service.envelopes().map((item) => item.iKey)).toEqual([
      dev.instrumentationKey,
      prod.instrumentationKey,
    ]);
    expect(service.envelopes(prod.instrumentationKey.toUpperCase())).toHaveLength(1);
    service.clearEnvelopes(dev.instrumentationKey);
    expect(service.envelopes().map((item) => item.iKey)).toEqual([prod.instrumentationKey]);
    // Envelopes are sandbox state: they are in snapshots and a reset clears them.
    expect(context.state.snapshot()).toMatchObject({ appInsights: { envelopes: [expect.any(Object)] } });
    context.state.reset();
    expect(service.envelopes()).toEqual([]);
  });
});
