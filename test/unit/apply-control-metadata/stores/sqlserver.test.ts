/**
 * The SQL Server store against a recording session: the exact statements and parameters it sends through the mssql
 * request interface, and how it reads the answers. No server runs here; the behavioural suite
 * (test/integration/control-store/sqlserver.test.ts) runs the same store against one when MSSQL_TEST_URL is set.
 */
import { describe, expect, it } from '@jest/globals';
import mssql from 'mssql';
import { applyControlMetadata } from '../../../../src/apply-control-metadata/apply.js';
import type { HashedRow, Migration } from '../../../../src/shared/control-table/model.js';
import { withHash } from '../../../../src/shared/control-table/model.js';
import { LockTimeoutError } from '../../../../src/shared/control-table/store.js';
import {
  quoteSqlServer,
  SqlServerStore,
  sqlServerLockResource,
} from '../../../../src/shared/control-table/stores/sqlserver.js';
import type {
  SqlServerRequest,
  SqlServerResult,
  SqlServerRow,
  SqlServerSession,
} from '../../../../src/shared/control-table/stores/sqlserver-session.js';
import type { TableLayout } from '../../../../src/shared/control-table/table-layout.js';
import { row } from '../../../fixtures/control-rows.js';

interface Input {
  readonly name: string;
  readonly type: mssql.ISqlType;
  readonly value: unknown;
}

type Sent =
  | { readonly kind: 'begin' | 'commit' | 'rollback' | 'close' }
  | { readonly kind: 'query' | 'batch'; readonly text: string; readonly inputs: readonly Input[] };

type Reply = SqlServerResult | Error;

/** Records everything the store sends; `reply` answers each query and batch. */
class RecordingSession implements SqlServerSession {
  readonly sent: Sent[] = [];
  constructor(private readonly reply: (sent: Sent & { kind: 'query' | 'batch' }) => Reply = () => sets()) {}

  async begin() {
    this.sent.push({ kind: 'begin' });
  }
  async commit() {
    this.sent.push({ kind: 'commit' });
  }
  async rollback() {
    this.sent.push({ kind: 'rollback' });
  }
  async close() {
    this.sent.push({ kind: 'close' });
  }
  request(): SqlServerRequest {
    const inputs: Input[] = [];
    const send = async (kind: 'query' | 'batch', text: string) => {
      const sent = { kind, text, inputs } as const;
      this.sent.push(sent);
      const answer = this.reply(sent);
      if (answer instanceof Error) throw answer;
      return answer;
    };
    const request: SqlServerRequest = {
      input(name, type, value) {
        inputs.push({ name, type, value });
        return request;
      },
      query: (text) => send('query', text),
      batch: (text) => send('batch', text),
    };
    return request;
  }

  get kinds() {
    return this.sent.map((s) => s.kind);
  }
  statements() {
    return this.sent.filter((s): s is Sent & { kind: 'query' | 'batch' } => 'text' in s);
  }
  /** The n-th query or batch. */
  statement(n: number) {
    const statement = this.statements()[n];
    if (!statement) throw new Error(`no statement ${n}; sent ${this.kinds.join(', ')}`);
    return statement;
  }
}

function sets(...recordsets: SqlServerRow[][]): SqlServerResult {
  return { recordsets };
}

const TABLE = { schema: 'mlops', table: 'control_use_cases' };
const TEXT = mssql.NVarChar(mssql.MAX);
const INT = mssql.Int();
const STAMP = { appliedBy: 'deployer@example.com', sourceCommit: 'c0ffee' };
const AUDIT = {
  environment: 'prod',
  runUrl: 'https://github.com/o/r/actions/runs/7',
  counts: { inserted: 1, updated: 1, disabled: 1, deleted: 1, unchanged: 3 },
  rowsHash: 'a'.repeat(64),
  plan: { counts: { insert: 1 }, migrations: [], rows: [{ id: 'uc-new', action: 'insert', columns: [] }] },
};

/** A stored row as mssql hands it back: bit as boolean, datetimeoffset as Date, char(64) padded, JSON as text. */
function dbRow(hashed: HashedRow, appliedBy = 'first'): SqlServerRow {
  return {
    ...hashed,
    parameters: JSON.stringify(hashed.parameters),
    content_hash: hashed.content_hash,
    applied_at: new Date('2025-01-02T03:04:05.678Z'),
    applied_by: appliedBy,
    source_commit: null,
  };
}

const FIELDS = [
  'id',
  'pipeline',
  'endpoint',
  'deployment',
  'input_location',
  'output_location',
  'sink_table',
  'schedule',
  'enabled',
  'parameters',
];
const STORED = [...FIELDS, 'content_hash', 'applied_at', 'applied_by', 'source_commit'];
/** The action's own table read back: each column under its field's name. */
const STORED_SELECT = STORED.map((c) => `[${c}] AS [${c}]`).join(', ');

/** The table's columns from the catalog, as the begin batches read them. */
const CATALOG = `(SELECT c.name AS [name], t.name AS [type],
    CASE WHEN c.max_length = -1 THEN -1 WHEN t.name IN (N'varchar', N'char') THEN c.max_length
      WHEN t.name IN (N'nvarchar', N'nchar') THEN c.max_length / 2 ELSE NULL END AS [length],
    CAST(c.is_nullable AS bit) AS nullable,
    CAST(CASE WHEN c.default_object_id <> 0 OR c.is_identity = 1 OR c.is_computed = 1 OR c.generated_always_type <> 0
      OR t.name IN (N'timestamp', N'rowversion') THEN 1 ELSE 0 END AS bit) AS defaulted
  FROM sys.columns AS c JOIN sys.types AS t ON t.user_type_id = c.user_type_id
  WHERE c.object_id = OBJECT_ID(@table, N'U') ORDER BY c.column_id FOR JSON PATH, INCLUDE_NULL_VALUES)`;

const LOCKED_BEGIN = `SET NOCOUNT ON;
DECLARE @result int;
EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = @timeout;
DECLARE @compatibility_level int = (SELECT compatibility_level FROM sys.databases WHERE database_id = DB_ID());
SELECT @result AS lock_result, @compatibility_level AS compatibility_level, ${CATALOG} AS table_columns;
IF @result < 0 OR @compatibility_level < 130 RETURN;
IF SCHEMA_ID(@schema) IS NULL
  EXEC(N'CREATE SCHEMA [mlops]');
IF OBJECT_ID(@migrations, N'U') IS NULL
  EXEC(N'CREATE TABLE [mlops].[control_use_cases_migrations] (
    id nvarchar(256) NOT NULL PRIMARY KEY,
    checksum char(64) NOT NULL,
    applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET(),
    applied_by nvarchar(256) NOT NULL
  )');
SELECT id, checksum, applied_at FROM [mlops].[control_use_cases_migrations] ORDER BY id;
IF OBJECT_ID(@table, N'U') IS NOT NULL
  SELECT ${STORED_SELECT} FROM [mlops].[control_use_cases] ORDER BY [id];`;

const READ_ONLY_BEGIN = `SET NOCOUNT ON;
DECLARE @has_migrations bit = IIF(OBJECT_ID(@migrations, N'U') IS NULL, 0, 1);
DECLARE @has_table bit = IIF(OBJECT_ID(@table, N'U') IS NULL, 0, 1);
SELECT (SELECT compatibility_level FROM sys.databases WHERE database_id = DB_ID()) AS compatibility_level,
  @has_migrations AS has_migrations, @has_table AS has_table, ${CATALOG} AS table_columns;
IF @has_migrations = 1
  SELECT id, checksum, applied_at FROM [mlops].[control_use_cases_migrations] ORDER BY id;
IF @has_table = 1
  SELECT ${STORED_SELECT} FROM [mlops].[control_use_cases] ORDER BY [id];`;

const ROW_SCHEMA = `id nvarchar(max) '$.id',
    pipeline nvarchar(max) '$.pipeline',
    endpoint nvarchar(max) '$.endpoint',
    deployment nvarchar(max) '$.deployment',
    input_location nvarchar(max) '$.input_location',
    output_location nvarchar(max) '$.output_location',
    sink_table nvarchar(max) '$.sink_table',
    schedule nvarchar(max) '$.schedule',
    enabled bit '$.enabled',
    parameters nvarchar(max) '$.parameters' AS JSON,
    content_hash nvarchar(max) '$.content_hash'`;

const STAMPS =
  '[content_hash] = r.content_hash, [applied_at] = @now, [applied_by] = @applied_by, [source_commit] = @source_commit';
const WRITE = `SET NOCOUNT ON;
DECLARE @now datetimeoffset = SYSDATETIMEOFFSET();
DECLARE @inserted int, @updated int, @disabled int, @deleted int;
UPDATE t SET ${FIELDS.slice(1)
  .map((c) => `[${c}] = r.${c}`)
  .join(', ')}, ${STAMPS}
FROM [mlops].[control_use_cases] AS t
JOIN OPENJSON(@updates) WITH (
    ${ROW_SCHEMA}
  ) AS r ON t.[id] = r.id;
SET @updated = @@ROWCOUNT;
INSERT INTO [mlops].[control_use_cases] (${STORED.map((c) => `[${c}]`).join(', ')})
SELECT ${FIELDS.map((c) => `r.${c}`).join(', ')}, r.content_hash, @now, @applied_by, @source_commit
FROM OPENJSON(@inserts) WITH (
    ${ROW_SCHEMA}
  ) AS r;
SET @inserted = @@ROWCOUNT;
UPDATE t SET [enabled] = 0, ${STAMPS}
FROM [mlops].[control_use_cases] AS t
JOIN OPENJSON(@disables) WITH (id nvarchar(max) '$.id', content_hash nvarchar(max) '$.content_hash') AS r
  ON t.[id] = r.id;
SET @disabled = @@ROWCOUNT;
DELETE t
FROM [mlops].[control_use_cases] AS t
JOIN OPENJSON(@deletes) AS r ON t.[id] = r.[value];
SET @deleted = @@ROWCOUNT;
INSERT INTO [mlops].[control_use_cases_applies] (applied_by, environment, run_url, source_commit,
  inserted, updated, unchanged, disabled, deleted, rows_hash, [plan])
VALUES (@applied_by, @environment, @run_url, @source_commit,
  @audit_inserted, @audit_updated, @audit_unchanged, @audit_disabled, @audit_deleted, @rows_hash, @plan);
SELECT @inserted AS inserted, @updated AS updated, @disabled AS disabled, @deleted AS deleted;`;

/** Answers the locked begin with a granted lock, the given migrations and (when the table exists) rows. */
function lockedBeginReply(options: {
  lock?: number;
  compatibility?: number;
  applied?: SqlServerRow[];
  rows?: SqlServerRow[];
}): SqlServerResult {
  const status = [{ lock_result: options.lock ?? 0, compatibility_level: options.compatibility ?? 160 }];
  if ((options.lock ?? 0) < 0) return sets(status);
  return options.rows
    ? sets(status, options.applied ?? [], options.rows)
    : sets(status, options.applied ?? []);
}

/** The built-in migration as the migrations table records it. */
const BUILT_IN = {
  id: 'apply-control-metadata/0001-control-table',
  checksum: new SqlServerStore(new RecordingSession(), TABLE).builtinMigrations()[0]!.checksum,
  applied_at: new Date('2024-12-01T00:00:00.000Z'),
};

describe('SqlServerStore: begin', () => {
  it('takes the applock, bootstraps and reads the migrations and rows in one batch after BEGIN', async () => {
    const stored = withHash(row('uc-1'));
    const session = new RecordingSession(() =>
      lockedBeginReply({ applied: [BUILT_IN], rows: [dbRow(stored)] }),
    );
    const store = new SqlServerStore(session, TABLE);

    const { applied } = await store.begin({ lockTimeoutMs: 30_000, readOnly: false });

    expect(applied).toEqual([
      {
        id: 'apply-control-metadata/0001-control-table',
        checksum: BUILT_IN.checksum,
        applied_at: '2024-12-01T00:00:00.000Z',
      },
    ]);
    expect(session.kinds).toEqual(['begin', 'query']);
    expect(session.statement(0).text).toBe(LOCKED_BEGIN);
    expect(session.statement(0).inputs).toEqual([
      {
        name: 'resource',
        type: mssql.NVarChar(255),
        value: 'apply-control-metadata:mlops.control_use_cases',
      },
      { name: 'timeout', type: INT, value: 30_000 },
      { name: 'schema', type: TEXT, value: 'mlops' },
      { name: 'migrations', type: TEXT, value: '[mlops].[control_use_cases_migrations]' },
      { name: 'table', type: TEXT, value: '[mlops].[control_use_cases]' },
      { name: 'environment', type: TEXT, value: '' },
    ]);
    expect(store.roundTrips).toBe(2);
    // The rows came with begin: reading them costs nothing more.
    expect(await store.readRows()).toEqual([
      { ...stored, applied_at: '2025-01-02T03:04:05.678Z', applied_by: 'first', source_commit: null },
    ]);
    expect(store.roundTrips).toBe(2);
  });

  it.each([
    [0, 0],
    [1234.2, 1235],
    [10 ** 12, 2_147_483_647],
  ])('lock-timeout %p ms is sent as @LockTimeout %p', async (lockTimeoutMs, sent) => {
    const session = new RecordingSession(() => lockedBeginReply({}));
    await new SqlServerStore(session, TABLE).begin({ lockTimeoutMs, readOnly: false });
    expect(session.statement(0).inputs.find((i) => i.name === 'timeout')).toEqual({
      name: 'timeout',
      type: INT,
      value: sent,
    });
  });

  it('a first apply: the table does not exist yet, so readRows reads after the migration', async () => {
    const session = new RecordingSession((sent) =>
      sent.text.startsWith('SET NOCOUNT ON;\nDECLARE @result') ? lockedBeginReply({}) : sets([]),
    );
    const store = new SqlServerStore(session, TABLE);
    expect(await store.begin({ lockTimeoutMs: 0, readOnly: false })).toEqual({
      applied: [],
      columns: undefined,
    });
    expect(await store.readRows()).toEqual([]);
    expect(session.statement(1)).toEqual({
      kind: 'query',
      text: `SELECT ${STORED_SELECT} FROM [mlops].[control_use_cases] ORDER BY [id]`,
      inputs: [{ name: 'environment', type: TEXT, value: '' }],
    });
  });

  it('fails with LockTimeoutError when sp_getapplock returns -1, and rolls back', async () => {
    const session = new RecordingSession(() => lockedBeginReply({ lock: -1 }));
    const store = new SqlServerStore(session, TABLE);
    const failure = store.begin({ lockTimeoutMs: 300, readOnly: false });
    await expect(failure).rejects.toThrow(LockTimeoutError);
    await expect(failure).rejects.toThrow(
      `Another apply-control-metadata run holds the lock on the control table [mlops].[control_use_cases]; gave up after 300 ms (input 'lock-timeout')`,
    );
    expect(session.kinds).toEqual(['begin', 'query', 'rollback']);
    await store.rollback(); // nothing open any more: nothing sent
    expect(session.kinds).toEqual(['begin', 'query', 'rollback']);
  });

  it('refuses a database below compatibility level 130 (no OPENJSON), and rolls back', async () => {
    const session = new RecordingSession(() => lockedBeginReply({ compatibility: 120 }));
    const store = new SqlServerStore(session, TABLE);
    await expect(store.begin({ lockTimeoutMs: 0, readOnly: false })).rejects.toThrow(
      "The database's compatibility level is 120; apply-control-metadata needs 130 or higher (OPENJSON).",
    );
    expect(session.kinds).toEqual(['begin', 'query', 'rollback']);
  });

  it('adds the table and SQL Server error number to a server error, and rolls back', async () => {
    const denied = Object.assign(new Error("CREATE SCHEMA permission denied in database 'control'."), {
      number: 2760,
      code: 'EREQUEST',
    });
    const session = new RecordingSession(() => denied);
    const store = new SqlServerStore(session, TABLE);
    const failure = store.begin({ lockTimeoutMs: 0, readOnly: false });
    await expect(failure).rejects.toThrow(
      "Locking and preparing [mlops].[control_use_cases] failed: CREATE SCHEMA permission denied in database 'control'. (SQL Server error 2760)",
    );
    await expect(failure).rejects.toMatchObject({ cause: denied });
    expect(session.kinds).toEqual(['begin', 'query', 'rollback']);
  });

  it('read-only: a plain transaction and SELECTs only; no migrations table means none applied', async () => {
    const session = new RecordingSession(() =>
      sets([{ compatibility_level: 150, has_migrations: false, has_table: false }]),
    );
    const store = new SqlServerStore(session, TABLE);
    expect(await store.begin({ lockTimeoutMs: 30_000, readOnly: true })).toEqual({
      applied: [],
      columns: undefined,
    });
    expect(session.kinds).toEqual(['begin', 'query']);
    expect(session.statement(0).text).toBe(READ_ONLY_BEGIN);
    expect(session.statement(0).text).not.toMatch(/sp_getapplock|CREATE|INSERT|UPDATE|DELETE/);
    expect(session.statement(0).inputs).toEqual([
      { name: 'migrations', type: TEXT, value: '[mlops].[control_use_cases_migrations]' },
      { name: 'table', type: TEXT, value: '[mlops].[control_use_cases]' },
      { name: 'environment', type: TEXT, value: '' },
    ]);
  });

  it('read-only: returns the recorded migrations and keeps the rows for readRows', async () => {
    const stored = withHash(row('uc-1', { enabled: false }));
    const session = new RecordingSession(() =>
      sets(
        [{ compatibility_level: 150, has_migrations: true, has_table: true }],
        [BUILT_IN],
        [dbRow(stored)],
      ),
    );
    const store = new SqlServerStore(session, TABLE);
    expect((await store.begin({ lockTimeoutMs: 0, readOnly: true })).applied).toHaveLength(1);
    expect((await store.readRows()).map((r) => [r.id, r.enabled])).toEqual([['uc-1', false]]);
    await store.rollback();
    expect(session.kinds).toEqual(['begin', 'query', 'rollback']);
  });
});

describe('SqlServerStore: migrations', () => {
  const migration: Migration = {
    id: '0002-add-note.sql',
    checksum: 'd'.repeat(64),
    file: 'db/migrations/0002-add-note.sql',
    batches: [
      { sql: 'ALTER TABLE [mlops].control_use_cases ADD note nvarchar(100)', line: 1 },
      {
        sql: "CREATE VIEW mlops.notes AS SELECT id, note FROM mlops.control_use_cases WHERE note <> ''",
        line: 3,
      },
    ],
  };

  it('sends each GO batch as a plain batch, in order, then records the migration with parameters', async () => {
    const session = new RecordingSession(() =>
      lockedBeginReply({ applied: [BUILT_IN], rows: [dbRow(withHash(row('uc-1')))] }),
    );
    const store = new SqlServerStore(session, TABLE);
    await store.begin({ lockTimeoutMs: 0, readOnly: false });
    await store.runMigration(migration, STAMP);

    expect(session.statements().slice(1)).toEqual([
      { kind: 'batch', text: migration.batches[0]!.sql, inputs: [] },
      { kind: 'batch', text: migration.batches[1]!.sql, inputs: [] },
      {
        kind: 'query',
        text: 'INSERT INTO [mlops].[control_use_cases_migrations] (id, checksum, applied_by) VALUES (@id, @checksum, @applied_by)',
        inputs: [
          { name: 'id', type: TEXT, value: '0002-add-note.sql' },
          { name: 'checksum', type: TEXT, value: 'd'.repeat(64) },
          { name: 'applied_by', type: TEXT, value: 'deployer@example.com' },
        ],
      },
    ]);
    // A migration may have changed the rows begin read: they are read again.
    await store.readRows();
    expect(session.statements().at(-1)?.text).toBe(
      `SELECT ${STORED_SELECT} FROM [mlops].[control_use_cases] ORDER BY [id]`,
    );
    expect(store.roundTrips).toBe(2 + 3 + 1);
  });

  it('names the migration, its file and the line of the failing batch', async () => {
    const session = new RecordingSession((sent) =>
      sent.kind === 'batch' && sent.text.startsWith('CREATE VIEW')
        ? Object.assign(new Error("Invalid column name 'note'."), { number: 207 })
        : lockedBeginReply({}),
    );
    const store = new SqlServerStore(session, TABLE);
    await store.begin({ lockTimeoutMs: 0, readOnly: false });
    await expect(store.runMigration(migration, STAMP)).rejects.toThrow(
      "Migration '0002-add-note.sql' (db/migrations/0002-add-note.sql line 3) failed: Invalid column name 'note'.",
    );
    expect(session.statements().filter((s) => s.text.startsWith('INSERT'))).toEqual([]);
  });

  it('the built-in migration creates the control and audit tables in T-SQL', () => {
    const [builtIn, ...rest] = new SqlServerStore(new RecordingSession(), TABLE).builtinMigrations();
    expect(rest).toEqual([]);
    expect(builtIn).toMatchObject({ id: 'apply-control-metadata/0001-control-table', file: '(built-in)' });
    expect(builtIn!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(builtIn!.batches).toEqual([
      {
        line: 1,
        sql: `CREATE TABLE [mlops].[control_use_cases] (
  id nvarchar(128) NOT NULL PRIMARY KEY,
  pipeline nvarchar(260) NOT NULL,
  endpoint nvarchar(32) NOT NULL,
  deployment nvarchar(32) NULL,
  input_location nvarchar(2048) NOT NULL,
  output_location nvarchar(2048) NOT NULL,
  sink_table nvarchar(261) NULL,
  schedule nvarchar(128) NULL,
  enabled bit NOT NULL DEFAULT 1,
  parameters nvarchar(max) NOT NULL DEFAULT N'{}' CHECK (ISJSON(parameters) = 1 AND LEFT(LTRIM(parameters), 1) = N'{'),
  content_hash char(64) NOT NULL,
  applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET(),
  applied_by nvarchar(256) NOT NULL,
  source_commit nvarchar(64) NULL
);
CREATE TABLE [mlops].[control_use_cases_applies] (
  apply_id bigint IDENTITY PRIMARY KEY,
  applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET(),
  applied_by nvarchar(256) NOT NULL,
  environment nvarchar(128) NOT NULL,
  run_url nvarchar(2048) NULL,
  source_commit nvarchar(64) NULL,
  inserted int NOT NULL,
  updated int NOT NULL,
  unchanged int NOT NULL,
  disabled int NOT NULL,
  deleted int NOT NULL,
  rows_hash char(64) NOT NULL,
  [plan] nvarchar(max) NOT NULL CHECK (ISJSON([plan]) = 1)
);`,
      },
    ]);
  });
});

describe('SqlServerStore: rows', () => {
  it('maps what mssql returns: JSON text parsed, bit as boolean, datetimeoffset as ISO, char(64) trimmed', async () => {
    const session = new RecordingSession((sent) =>
      sent.text.startsWith('SELECT')
        ? sets([
            {
              id: 'uc-1',
              pipeline: 'pl_score_use_case',
              endpoint: 'credit-default',
              deployment: 'blue',
              input_location: 'abfss://in/',
              output_location: 'abfss://out/',
              sink_table: null,
              schedule: null,
              enabled: false,
              parameters: '{"threshold":0.75,"nested":{"list":[1,"two",null]}}',
              content_hash: `${'e'.repeat(63)}f `,
              applied_at: new Date('2025-03-04T05:06:07.089Z'),
              applied_by: 'deployer',
              source_commit: 'beef',
            },
          ])
        : lockedBeginReply({}),
    );
    const store = new SqlServerStore(session, TABLE);
    await store.begin({ lockTimeoutMs: 0, readOnly: false });
    expect(await store.readRows()).toEqual([
      {
        id: 'uc-1',
        pipeline: 'pl_score_use_case',
        endpoint: 'credit-default',
        deployment: 'blue',
        input_location: 'abfss://in/',
        output_location: 'abfss://out/',
        sink_table: null,
        schedule: null,
        enabled: false,
        parameters: { threshold: 0.75, nested: { list: [1, 'two', null] } },
        content_hash: `${'e'.repeat(63)}f`,
        applied_at: '2025-03-04T05:06:07.089Z',
        applied_by: 'deployer',
        source_commit: 'beef',
      },
    ]);
  });

  it('writes every change and the audit row in one batch, rows as one JSON parameter per kind', async () => {
    const inserted = withHash(row('uc-new'));
    const updated = withHash(row('uc-changed', { schedule: 'hourly', parameters: { threshold: 0.9 } }));
    const session = new RecordingSession((sent) =>
      sent.text.startsWith('SET NOCOUNT ON;\nDECLARE @now')
        ? sets([{ inserted: 1, updated: 1, disabled: 1, deleted: 1 }])
        : lockedBeginReply({}),
    );
    const store = new SqlServerStore(session, TABLE);
    await store.begin({ lockTimeoutMs: 0, readOnly: false });
    const counts = await store.writeRows(
      {
        inserts: [inserted],
        updates: [updated],
        disables: [{ id: 'uc-old', content_hash: 'b'.repeat(64) }],
        deletes: ['uc-gone'],
      },
      STAMP,
      AUDIT,
    );

    expect(counts).toEqual({ inserted: 1, updated: 1, disabled: 1, deleted: 1 });
    const write = session.statement(1);
    expect(write.kind).toBe('query');
    expect(write.text).toBe(WRITE);
    expect(write.text).not.toMatch(/\bMERGE\b/);
    expect(write.inputs).toEqual([
      { name: 'updates', type: TEXT, value: JSON.stringify([updated]) },
      { name: 'inserts', type: TEXT, value: JSON.stringify([inserted]) },
      {
        name: 'disables',
        type: TEXT,
        value: JSON.stringify([{ id: 'uc-old', content_hash: 'b'.repeat(64) }]),
      },
      { name: 'deletes', type: TEXT, value: '["uc-gone"]' },
      { name: 'applied_by', type: TEXT, value: 'deployer@example.com' },
      { name: 'source_commit', type: TEXT, value: 'c0ffee' },
      { name: 'environment', type: TEXT, value: 'prod' },
      { name: 'run_url', type: TEXT, value: 'https://github.com/o/r/actions/runs/7' },
      { name: 'audit_inserted', type: INT, value: 1 },
      { name: 'audit_updated', type: INT, value: 1 },
      { name: 'audit_unchanged', type: INT, value: 3 },
      { name: 'audit_disabled', type: INT, value: 1 },
      { name: 'audit_deleted', type: INT, value: 1 },
      { name: 'rows_hash', type: TEXT, value: 'a'.repeat(64) },
      { name: 'plan', type: TEXT, value: JSON.stringify(AUDIT.plan) },
    ]);
    // What OPENJSON receives for a row: every column the WITH clause reads, parameters as a nested object.
    expect(JSON.parse(write.inputs[1]!.value as string)).toEqual([
      {
        id: 'uc-new',
        pipeline: 'pl_score_use_case',
        endpoint: 'credit-default',
        deployment: null,
        input_location: 'abfss://features@scoring.dfs.core.windows.net/uc-new/',
        output_location: 'abfss://scores@scoring.dfs.core.windows.net/uc-new/',
        sink_table: 'dbo.scores',
        schedule: 'daily',
        enabled: true,
        parameters: { threshold: 0.5 },
        content_hash: inserted.content_hash,
      },
    ]);
    expect(store.roundTrips).toBe(3);
  });

  it('an empty write still sends empty JSON arrays and a null source commit', async () => {
    const session = new RecordingSession(() => sets([{ inserted: 0, updated: 0, disabled: 0, deleted: 0 }]));
    const store = new SqlServerStore(session, TABLE);
    await store.writeRows(
      { inserts: [], updates: [], disables: [], deletes: [] },
      { appliedBy: 'x', sourceCommit: null },
      { ...AUDIT, runUrl: null },
    );
    const inputs = Object.fromEntries(session.statement(0).inputs.map((i) => [i.name, i.value]));
    expect(inputs).toMatchObject({
      updates: '[]',
      inserts: '[]',
      disables: '[]',
      deletes: '[]',
      source_commit: null,
      run_url: null,
    });
  });
});

describe('SqlServerStore: names and values', () => {
  it('quotes names in brackets, doubling a closing bracket', () => {
    expect(quoteSqlServer('mlops', 'control_use_cases')).toBe('[mlops].[control_use_cases]');
    expect(quoteSqlServer('we]ird', 'x]]y')).toBe('[we]]ird].[x]]]]y]');
  });

  it.each([
    { schema: 'mlops', table: 'x]; DROP TABLE y; --' },
    { schema: 'ml ops', table: 'x' },
    { schema: 'mlops', table: "x'" },
  ])('refuses the hostile table name %p in the constructor, before sending anything', (table) => {
    const session = new RecordingSession();
    expect(() => new SqlServerStore(session, table)).toThrow(/Refusing the table name/);
    expect(session.sent).toEqual([]);
  });

  it('keeps the lock resource within sp_getapplock’s 255 characters, distinct per table', () => {
    const long = (c: string) => ({ schema: c.repeat(128), table: `${c.repeat(126)}_a` });
    expect(sqlServerLockResource(TABLE)).toBe('apply-control-metadata:mlops.control_use_cases');
    expect(sqlServerLockResource(long('s'))).toHaveLength(255);
    expect(sqlServerLockResource(long('s'))).not.toBe(
      sqlServerLockResource({ ...long('s'), table: `${'s'.repeat(126)}_b` }),
    );
    expect(sqlServerLockResource({ schema: 'MLOps', table: 'Control_Use_Cases' })).toBe(
      sqlServerLockResource(TABLE),
    );
  });

  it('values with quotes and unicode only ever travel as parameters, never in SQL text', async () => {
    const tricky = row('o\'brien "quoted" ; DROP TABLE x; --', {
      input_location: "abfss://données@compte.dfs.core.windows.net/雪/'; --",
      schedule: 'tous les jours 🌙',
      parameters: { note: 'l\'été "chaud" ]] \\ back', rtl: 'مرحبا' },
    });
    const session = new RecordingSession((sent) =>
      sent.text.includes('sp_getapplock')
        ? lockedBeginReply({ applied: [BUILT_IN], rows: [] })
        : sets([{ inserted: 1, updated: 0, disabled: 0, deleted: 0 }]),
    );
    const store = new SqlServerStore(session, TABLE);
    await applyControlMetadata({
      store,
      rows: [tricky],
      migrations: [],
      prune: 'none',
      dryRun: false,
      lockTimeoutMs: 1000,
      stamp: { appliedBy: "o'neil 😀", sourceCommit: null },
      environment: "prod'; --",
      runUrl: null,
      logger: { info: () => undefined, debug: () => undefined },
    });
    const texts = session.statements().map((s) => s.text);
    for (const needle of ["o'brien", 'données', '雪', '🌙', 'été', 'مرحبا', "o'neil", "prod'"]) {
      expect(texts.filter((t) => t.includes(needle))).toEqual([]);
    }
    const values = session.statements().flatMap((s) => s.inputs.map((i) => String(i.value)));
    expect(values.some((v) => v.includes('o\'brien \\"quoted\\"') && v.includes('🌙'))).toBe(true);
    expect(values).toContain("o'neil 😀");
  });
});

describe('SqlServerStore: round trips and transaction ends', () => {
  it.each([
    ['a steady-state apply that changes a row', 1, ['begin', 'query', 'query', 'commit'], 4],
    ['a no-op rerun (no row, no audit row written)', 0, ['begin', 'query', 'commit'], 3],
  ])('%s: begin (2, rows included), [write], commit', async (_case, changed, kinds, trips) => {
    const rows = [row('uc-1'), row('uc-2')];
    const session = new RecordingSession((sent) =>
      sent.text.includes('sp_getapplock')
        ? lockedBeginReply({ applied: [BUILT_IN], rows: rows.map((r) => dbRow(withHash(r))) })
        : sets([{ inserted: 0, updated: changed, disabled: 0, deleted: 0 }]),
    );
    const store = new SqlServerStore(session, TABLE);
    const outcome = await applyControlMetadata({
      store,
      rows: changed ? [rows[0]!, { ...rows[1]!, schedule: 'hourly' }] : rows,
      migrations: [],
      prune: 'none',
      dryRun: false,
      lockTimeoutMs: 1000,
      stamp: STAMP,
      environment: 'dev',
      runUrl: null,
      logger: { info: () => undefined, debug: () => undefined },
    });
    expect(outcome.counts).toMatchObject({ unchanged: 2 - changed, updated: changed });
    expect(session.kinds).toEqual(kinds);
    expect(outcome.roundTrips).toBe(trips);
    expect(outcome.roundTrips).toBeLessThanOrEqual(6);
  });

  it('a dry run: begin (2) and rollback', async () => {
    const session = new RecordingSession(() =>
      sets([{ compatibility_level: 160, has_migrations: true, has_table: true }], [BUILT_IN], []),
    );
    const store = new SqlServerStore(session, TABLE);
    const outcome = await applyControlMetadata({
      store,
      rows: [row('uc-1')],
      migrations: [],
      prune: 'none',
      dryRun: true,
      lockTimeoutMs: 1000,
      stamp: STAMP,
      environment: 'dev',
      runUrl: null,
      logger: { info: () => undefined, debug: () => undefined },
    });
    expect(outcome.counts.inserted).toBe(1);
    expect(session.kinds).toEqual(['begin', 'query', 'rollback']);
    expect(outcome.roundTrips).toBe(3);
  });

  it('rollback is safe with nothing open; close rolls back what is open, then closes', async () => {
    const session = new RecordingSession(() => lockedBeginReply({}));
    const store = new SqlServerStore(session, TABLE);
    await store.rollback();
    expect(session.sent).toEqual([]);
    await store.begin({ lockTimeoutMs: 0, readOnly: false });
    await store.close();
    expect(session.kinds).toEqual(['begin', 'query', 'rollback', 'close']);
  });

  it('a rollback that fails (the server already rolled back under XACT_ABORT) is not an error', async () => {
    const session = new RecordingSession(() => lockedBeginReply({}));
    session.rollback = async () => {
      throw new Error('Transaction has been aborted.');
    };
    const store = new SqlServerStore(session, TABLE);
    await store.begin({ lockTimeoutMs: 0, readOnly: false });
    await expect(store.rollback()).resolves.toBeUndefined();
  });

  it('commit ends the transaction: a rollback after it sends nothing', async () => {
    const session = new RecordingSession(() => lockedBeginReply({}));
    const store = new SqlServerStore(session, TABLE);
    await store.begin({ lockTimeoutMs: 0, readOnly: false });
    await store.commit();
    await store.rollback();
    expect(session.kinds).toEqual(['begin', 'query', 'commit']);
    expect(store.roundTrips).toBe(3);
  });
});

describe('SqlServerStore: a table the user brought, and one the action did not create', () => {
  const layout: TableLayout = {
    adopted: true,
    file: 'control-table.yml',
    columns: [
      { field: 'id', name: 'UseCaseId' },
      { field: 'pipeline', name: 'TopLevelPipelineName' },
      { field: 'endpoint', name: 'EndpointName' },
      { field: 'enabled', name: 'CopyEnabled' },
      { field: 'parameters', name: 'CopyActivitySettings' },
      { field: 'environment', name: 'Environment' },
    ],
  };
  const catalog = (names: string[]) =>
    JSON.stringify(
      names.map((name) => ({
        name,
        type: name === 'CopyEnabled' ? 'bit' : 'nvarchar',
        length: name === 'CopyEnabled' ? null : -1,
        nullable: name !== 'Id',
        defaulted: name === 'Id',
      })),
    );
  const request = (store: SqlServerStore, rows: ReturnType<typeof row>[]) =>
    applyControlMetadata({
      store,
      rows,
      migrations: [],
      prune: 'delete',
      dryRun: false,
      lockTimeoutMs: 1000,
      stamp: STAMP,
      environment: 'prod',
      runUrl: null,
      layout,
      logger: { info: () => undefined, debug: () => undefined },
    });

  it("writes the user's columns, scoped to the step's environment, and creates only the audit table", async () => {
    const names = [
      'Id',
      'UseCaseId',
      'TopLevelPipelineName',
      'EndpointName',
      'CopyEnabled',
      'CopyActivitySettings',
      'Environment',
    ];
    const session = new RecordingSession((sent) =>
      sent.text.includes('sp_getapplock')
        ? sets([{ lock_result: 0, compatibility_level: 160, table_columns: catalog(names) }], [], [])
        : sent.text.includes('OPENJSON(@inserts)')
          ? sets([{ inserted: 1, updated: 0, disabled: 0, deleted: 0 }])
          : sets([]),
    );
    const store = new SqlServerStore(session, TABLE, { layout, environment: 'prod' });
    const outcome = await request(store, [
      row('uc-1', {
        deployment: null,
        sink_table: null,
        schedule: null,
        input_location: '',
        output_location: '',
      }),
    ]);
    expect(outcome.migrations).toEqual(['apply-control-metadata/0001-audit-table']);
    const texts = session.statements().map((s) => s.text);
    // The locked begin reads no row of a user's table (its columns are checked first); readRows then reads the
    // rows of this environment only.
    expect(texts[0]).not.toContain('[UseCaseId] AS [id]');
    expect(texts.find((t) => t.startsWith('SELECT [UseCaseId]'))).toContain(
      'SELECT [UseCaseId] AS [id], [TopLevelPipelineName] AS [pipeline], [EndpointName] AS [endpoint], [CopyEnabled] AS [enabled], [CopyActivitySettings] AS [parameters] FROM [mlops].[control_use_cases] WHERE [Environment] = @environment ORDER BY [UseCaseId]',
    );
    expect(session.statement(0).inputs).toContainEqual({ name: 'environment', type: TEXT, value: 'prod' });
    // The audit table only, where it is missing; never the control table.
    expect(texts[1]).toMatch(
      /^IF OBJECT_ID\(N'\[mlops\]\.\[control_use_cases_applies\]', N'U'\) IS NULL\nEXEC\(N'CREATE TABLE \[mlops\]\.\[control_use_cases_applies\]/,
    );
    expect(texts.join('\n')).not.toMatch(/CREATE TABLE \[mlops\]\.\[control_use_cases\] /);
    const write = texts.find((t) => t.includes('OPENJSON(@inserts)'))!;
    expect(write).toContain(
      'INSERT INTO [mlops].[control_use_cases] ([UseCaseId], [TopLevelPipelineName], [EndpointName], [CopyEnabled], [CopyActivitySettings], [Environment])\nSELECT r.id, r.pipeline, r.endpoint, r.enabled, r.parameters, @environment',
    );
    expect(write).toContain('ON t.[UseCaseId] = r.id AND t.[Environment] = @environment;');
    expect(write).toContain(
      'JOIN OPENJSON(@deletes) AS r ON t.[UseCaseId] = r.[value] AND t.[Environment] = @environment;',
    );
  });

  it('refuses a mapped column the table lacks, before any write', async () => {
    const session = new RecordingSession(() =>
      sets(
        [{ lock_result: 0, compatibility_level: 160, table_columns: catalog(['Id', 'UseCaseId']) }],
        [],
        [],
      ),
    );
    const store = new SqlServerStore(session, TABLE, { layout, environment: 'prod' });
    await expect(request(store, [row('uc-1')])).rejects.toThrow(
      /5 problems adopting \[mlops\]\.\[control_use_cases\] \(nothing was changed\)/,
    );
    expect(session.kinds).toEqual(['begin', 'query', 'rollback']);
  });

  it("refuses the action's own table when it exists but its migration never ran, before any write", async () => {
    const session = new RecordingSession(() =>
      sets([{ lock_result: 0, compatibility_level: 160, table_columns: catalog(['Id', 'Name']) }], [], []),
    );
    const store = new SqlServerStore(session, TABLE);
    await expect(
      applyControlMetadata({
        store,
        rows: [row('uc-1')],
        migrations: [],
        prune: 'none',
        dryRun: false,
        lockTimeoutMs: 1000,
        stamp: STAMP,
        environment: 'prod',
        runUrl: null,
        logger: { info: () => undefined, debug: () => undefined },
      }),
    ).rejects.toThrow(/exists, but apply-control-metadata did not create it/);
    expect(session.kinds).toEqual(['begin', 'query', 'rollback']);
  });
});
