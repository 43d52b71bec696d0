/**
 * The control database the `apply-control-metadata` action writes to: by default embedded PGlite (PostgreSQL 18
 * compiled to WebAssembly, in this process), or a real PostgreSQL server given by URL.
 *
 * PGlite is one single-user backend per instance, connected to one database for its lifetime: `CREATE DATABASE`
 * works, but nothing can then connect to the new database (the startup message's database name is ignored). So
 * each environment gets its own PGlite instance, loaded from a cached, initialised data directory, and served to
 * other processes (the actions run as children and use `pg`) over the PostgreSQL wire protocol by
 * `@electric-sql/pglite-socket` on its own port of 127.0.0.1. Schemas per environment in one instance would need
 * `search_path` per client, which cannot work: every client of an instance shares its one session (see below).
 * Instances run with `shared_buffers=16MB`, which halves their memory (~120 MB instead of ~250 MB RSS each).
 *
 * What pglite-socket 0.2.17 supports: up to `maxConnections` clients at once (its default is 1; the sandbox
 * allows 32), multiplexed onto the one PGlite session. Statements from different clients are queued and run one
 * at a time, and while a client is inside an explicit transaction only that client's messages run, so whole
 * transactions serialize: two applies that each run `BEGIN; SELECT pg_advisory_xact_lock(k); ...; COMMIT` do not
 * interleave. The sandbox extends that hold to every protocol unit (pglite-protocol-units.ts): an extended-protocol
 * query's Parse ... Sync from one client is never interleaved with another client's messages. Everything session-level is shared, though: `pg_advisory_lock`/`pg_try_advisory_lock` (session
 * locks) succeed for every client at once (same backend, `pg_backend_pid()` is the same), and `SET`, temporary
 * tables and named prepared statements leak between clients. A client that disconnects mid-transaction is rolled
 * back. The data lives in memory for the sandbox's lifetime, like Azurite's blobs.
 *
 * With a URL the server does the real thing: `CREATE DATABASE` per environment, connection strings to it.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { unitScopedDatabase } from './pglite-protocol-units.js';

export interface ControlDatabase {
  readonly kind: 'pglite' | 'postgresql';
  /** Creates (or reuses) a database for one environment and says how a client reaches it. */
  createDatabase(name: string): Promise<{ readonly connectionString: string }>;
  close(): Promise<void>;
}

export interface ControlDatabaseOptions {
  /** A PostgreSQL server (`postgresql://...`); without it, embedded PGlite. */
  readonly url?: string;
  /** Where PGlite's initialised data directory is cached between starts. */
  readonly dataDir: string;
}

/** Clients one PGlite instance serves at once (pglite-socket refuses more with "Too many connections"). */
const MAX_CONNECTIONS = 32;

const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function checkName(name: string): void {
  if (!DATABASE_NAME.test(name)) {
    throw new Error(
      `Invalid control database name '${name}': use letters, digits and underscores (at most 63, not starting with a digit).`,
    );
  }
}

export async function openControlDatabase(options: ControlDatabaseOptions): Promise<ControlDatabase> {
  return options.url ? openServer(options.url) : openPglite(options.dataDir);
}

// ---- embedded PGlite ----

function pgliteVersion(): string {
  const require = createRequire(import.meta.url);
  // dist/index.cjs -> the package folder
  const packageDir = dirname(dirname(require.resolve('@electric-sql/pglite')));
  return (require(join(packageDir, 'package.json')) as { version: string }).version;
}

/**
 * The initialised data directory as a gzip tarball, created once (initdb: ~2 s here, 4–9 s on slower machines and
 * inside jest) and cached per PGlite version; loading it takes ~0.5 s.
 */
async function loadTemplate(dataDir: string, Pglite: typeof PGlite, rebuild = false): Promise<Blob> {
  const path = join(dataDir, `template-pglite-${pgliteVersion()}.tar.gz`);
  if (!rebuild) {
    try {
      return new Blob([await readFile(path)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const db = await Pglite.create();
  try {
    const dump = await db.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    await mkdir(dataDir, { recursive: true });
    // Write then rename, so a concurrent start never reads half a tarball.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, path);
    return new Blob([bytes]);
  } finally {
    await db.close();
  }
}

interface PgliteDatabase {
  readonly db: PGlite;
  readonly server: PGLiteSocketServer;
  readonly connectionString: string;
}

async function openPglite(dataDir: string): Promise<ControlDatabase> {
  // Loaded here, not at import: PGlite is ~30 MB of WebAssembly that only environments with a database need.
  const [{ PGlite: Pglite }, { PGLiteSocketServer: SocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-socket'),
  ]);
  let template: Promise<Blob> | undefined;
  const databases = new Map<string, Promise<PgliteDatabase>>();

  const load = async () =>
    Pglite.create({
      loadDataDir: await template,
      startParams: [...Pglite.defaultStartParams, '-c', 'shared_buffers=16MB'],
    });
  const start = async (): Promise<PgliteDatabase> => {
    template ??= loadTemplate(dataDir, Pglite);
    let db: PGlite;
    try {
      db = await load();
    } catch {
      // A cached tarball that does not load (damaged, or from another build of PGlite): build it again, once.
      template = loadTemplate(dataDir, Pglite, true);
      db = await load();
    }
    try {
      const server = new SocketServer({
        db: unitScopedDatabase(db),
        host: '127.0.0.1',
        port: 0,
        maxConnections: MAX_CONNECTIONS,
      });
      await server.start();
      const port = Number(server.getServerConn().split(':').pop());
      // PGlite's one database is `postgres`; the environment is told apart by the port.
      return {
        db,
        server,
        connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      };
    } catch (error) {
      await db.close();
      throw error;
    }
  };

  return {
    kind: 'pglite',
    async createDatabase(name) {
      checkName(name);
      const key = name.toLowerCase();
      let database = databases.get(key);
      if (!database) {
        database = start();
        databases.set(key, database);
        database.catch(() => databases.delete(key));
      }
      return { connectionString: (await database).connectionString };
    },
    async close() {
      const open = [...databases.values()];
      databases.clear();
      await Promise.all(
        open.map(async (pending) => {
          const database = await pending.catch(() => undefined);
          if (!database) return;
          await database.server.stop();
          await database.db.close();
        }),
      );
    },
  };
}

// ---- a PostgreSQL server ----

/** The server URL with another database in its path (`postgresql:///postgres?host=/run/...` works too). */
export function withDatabase(url: string, name: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('The control database URL must be a postgresql:// or postgres:// URL.');
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new Error(`The control database URL must be a postgresql:// URL, not ${parsed.protocol}//.`);
  }
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

/**
 * The URL with the user libpq would default to (the OS user) made explicit when it names none: node-postgres
 * defaults to `$USER` instead, which is unset in some runners, and the URLs go to child processes too.
 */
export function withDefaultUser(url: string, user = userInfo().username): string {
  const parsed = new URL(url);
  if (parsed.username || parsed.searchParams.has('user')) return url;
  const param = `user=${encodeURIComponent(user)}`;
  parsed.search = parsed.search ? `${parsed.search}&${param}` : `?${param}`;
  return parsed.toString();
}

async function openServer(serverUrl: string): Promise<ControlDatabase> {
  withDatabase(serverUrl, 'postgres'); // fail early on a URL that is not one
  const url = withDefaultUser(serverUrl);
  const { default: pg } = await import('pg');
  const admin = async <T>(work: (client: InstanceType<typeof pg.Client>) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  await admin((client) => client.query('SELECT 1'));
  return {
    kind: 'postgresql',
    async createDatabase(name) {
      checkName(name);
      await admin(async (client) => {
        const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (existing.rowCount) return;
        try {
          // The name passed checkName; quoting keeps its case as given.
          await client.query(`CREATE DATABASE "${name}"`);
        } catch (error) {
          // 42P04 duplicate_database: another start created it between the check and here.
          if ((error as { code?: string }).code !== '42P04') throw error;
        }
      });
      return { connectionString: withDatabase(url, name) };
    },
    async close() {},
  };
}
