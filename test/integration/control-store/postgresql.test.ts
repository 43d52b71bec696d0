/**
 * The PostgreSQL store against embedded PGlite (over the wire protocol, as the sandbox serves it to the actions) and
 * against a real PostgreSQL server when PG_TEST_URL names one (CI starts PostgreSQL 15 and sets it).
 */
import { randomUUID } from 'node:crypto';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import {
  type ControlDatabase,
  openControlDatabase,
  withDefaultUser,
} from '../../../src/sandbox/services/control-database.js';
import { resolveCloud } from '../../../src/shared/azure/clouds.js';
import { openStore } from '../../../src/shared/control-table/database.js';
import type { TableName } from '../../../src/shared/control-table/model.js';
import {
  advisoryLockKey,
  PostgresStore,
  quotePg,
} from '../../../src/shared/control-table/stores/postgresql.js';
import { describeControlStore, type StoreUnderTest } from './behaviour.js';

const stateDir = join(tmpdir(), `aml-adf-control-store-${process.env.JEST_WORKER_ID ?? '0'}`);

function postgresSubject(connectionString: () => string, canWaitForLocks: boolean): StoreUnderTest {
  const connect = async () => {
    const client = new pg.Client({ connectionString: connectionString() });
    await client.connect();
    return client;
  };
  return {
    engine: 'postgresql',
    addColumnScript: 'ALTER TABLE "$(schema)".control_use_cases ADD COLUMN note text',
    checkConstraintScript: `ALTER TABLE "$(schema)".control_use_cases ADD CONSTRAINT not_forbidden CHECK (schedule <> 'forbidden')`,
    async open(table: TableName, options) {
      const client = new pg.Client({ connectionString: connectionString() });
      const store = new PostgresStore(client, table, options); // refuses a bad name before connecting
      await client.connect();
      return store;
    },
    async exec(sql) {
      const client = await connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    userTableScript: `CREATE SCHEMA "$(schema)";
CREATE TABLE "$(schema)"."$(table_name)" (
  "Id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "UseCaseId" varchar(128) NOT NULL,
  "Environment" varchar(16) NOT NULL,
  "TopLevelPipelineName" text NOT NULL,
  "EndpointName" varchar(32) NOT NULL,
  "DeploymentName" varchar(32),
  "SourceObjectSettings" text,
  "SinkObjectSettings" text,
  "TriggerName" text,
  "CopyEnabled" integer,
  "CopyActivitySettings" text,
  "TaskId" integer DEFAULT 0,
  UNIQUE ("Environment", "UseCaseId")
)`,
    async auditRows(table) {
      const client = await connect();
      try {
        const result = await client.query(
          `SELECT count(*)::int AS n FROM ${quotePg(table.schema, `${table.table}_applies`)}`,
        );
        return result.rows[0].n as number;
      } finally {
        await client.end();
      }
    },
    ...(canWaitForLocks
      ? {
          async holdLock(table: TableName) {
            const client = await connect();
            await client.query('BEGIN');
            await client.query(`SELECT pg_advisory_xact_lock(${advisoryLockKey(table)})`);
            return {
              async release() {
                await client.query('COMMIT');
                await client.end();
              },
            };
          },
        }
      : {}),
  };
}

describe('embedded PGlite', () => {
  let db: ControlDatabase;
  let url = '';
  beforeAll(async () => {
    db = await openControlDatabase({ dataDir: join(stateDir, 'pglite') });
    url = (await db.createDatabase('control_store_test')).connectionString;
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  describeControlStore('PGlite', () => postgresSubject(() => url, false), { lockWaits: false });
});

const serverUrl = process.env.PG_TEST_URL;
(serverUrl ? describe : describe.skip)('PostgreSQL server (skipped unless PG_TEST_URL names one)', () => {
  const name = `control_store_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  let db: ControlDatabase;
  let url = '';
  beforeAll(async () => {
    db = await openControlDatabase({ url: serverUrl!, dataDir: join(stateDir, 'unused') });
    url = (await db.createDatabase(name)).connectionString;
  });
  afterAll(async () => {
    await db?.close();
    const admin = new pg.Client({ connectionString: withDefaultUser(serverUrl!) });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });
  describeControlStore('PostgreSQL server', () => postgresSubject(() => url, true), { lockWaits: true });
});

(serverUrl ? describe : describe.skip)(
  'openStore with db-auth entra (PostgreSQL server over its socket)',
  () => {
    it('asks the credential for the cloud PostgreSQL scope, masks the token and signs in with it', async () => {
      const socket = new URL(serverUrl!).searchParams.get('host') ?? '/var/run/postgresql';
      const scopes: string[] = [];
      const masked: string[] = [];
      const token = `entra-token-${randomUUID()}`;
      const { store, location } = await openStore(
        {
          kind: 'entra',
          engine: 'postgresql',
          server: socket,
          database: 'postgres',
          user: userInfo().username,
        },
        { schema: 'public', table: 'control_use_cases' },
        {
          credential: async () => ({
            credential: {
              getToken: async (scope: string | string[]) => {
                scopes.push(String(scope));
                return { token, expiresOnTimestamp: Date.now() + 3_600_000 };
              },
            },
            cloud: resolveCloud({ name: 'AzureCloud' }),
          }),
          masker: { mask: (secret) => void (secret && masked.push(secret)), redact: (text) => text },
        },
      );
      try {
        await store.begin({ lockTimeoutMs: 0, readOnly: true });
        await store.rollback();
      } finally {
        await store.close();
      }
      expect(scopes).toEqual(['https://ossrdbms-aad.database.windows.net/.default']);
      expect(masked).toContain(token);
      expect(location).toEqual({ server: socket, database: 'postgres' });
    });
  },
);
