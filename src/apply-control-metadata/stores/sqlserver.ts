/**
 * The SQL Server store (Azure SQL Database, Azure SQL Managed Instance, SQL Server 2016+), through `mssql` on ONE
 * connection holding ONE transaction (`openSqlServerSession`). Same behaviour and table shapes as the PostgreSQL
 * store (postgresql.ts); what differs is T-SQL:
 *
 * - Lock: `sp_getapplock` on the lock resource (store.ts) with `@LockOwner = 'Transaction'`, so COMMIT or ROLLBACK
 *   releases it, and `@LockTimeout` bounding the wait (lock-timeout 0: no wait). A negative result is a
 *   LockTimeoutError. Transaction-owned, not session-owned, for the same reason as PostgreSQL's xact lock.
 * - XACT_ABORT is ON for the whole session (`openSqlServerSession` has tedious set it at login, with no extra round
 *   trip): any error rolls the transaction back on the server, so a broken connection or a cancelled request cannot
 *   leave it open. `SET` inside a parameterised batch would not do: sp_executesql restores SET options on return.
 * - Bootstrap: the schema (`EXEC` because CREATE SCHEMA must be alone in its batch) and `<table>_migrations` are
 *   created only when missing, in the batch that takes the lock. The table is created through `EXEC` too, so it is
 *   compiled only after the schema exists; the SELECT after it relies on deferred name resolution.
 * - Values are always parameters of sp_executesql (`request.query`); `request.batch` (a plain SQL batch, no
 *   parameters) runs only migration scripts, which need it for CREATE PROCEDURE and friends. Rows travel as one
 *   `nvarchar(max)` JSON parameter per kind of change, unpacked by `OPENJSON ... WITH (...)`, which needs database
 *   compatibility level 130 or higher (SQL Server 2016; Azure SQL Database's default is higher): begin checks it.
 *   OPENJSON columns are `nvarchar(max)`, so a value too long for its column fails the INSERT or UPDATE ("String
 *   or binary data would be truncated") instead of being cut short by the conversion.
 * - Plain INSERT/UPDATE/DELETE statements, no MERGE: MERGE's documented pitfalls (race conditions without HOLDLOCK,
 *   trigger and filtered-index surprises) buy nothing here, where every write runs under the application lock.
 * - Round trips: `mssql.Transaction.begin` is its own request (a TDS transaction-manager request), so begin costs 2.
 *   To keep the steady-state apply at 4 (store.ts), the begin batch also reads the control table when it exists, and
 *   readRows returns those rows unless a migration ran since (then it reads again).
 * - A dry run (read-only begin) uses a plain READ COMMITTED transaction and sends only SELECTs: no lock, nothing
 *   created. (SNAPSHOT isolation would give one consistent view, but ALLOW_SNAPSHOT_ISOLATION is off by default on
 *   SQL Server, so it is not relied on; the begin batch reads migrations and rows together anyway.)
 * - `id` keeps the database's collation, case-insensitive by default, as the plan assumes for this engine.
 */
import { createHash } from 'node:crypto';
import mssql from 'mssql';
import { describeError, formatLocation, withContext } from '#shared/errors.js';
import {
  type AppliedMigration,
  assertTableName,
  type Migration,
  type StoredRow,
  type TableName,
} from '../model.js';
import {
  type AuditRecord,
  type BeginOptions,
  type ChangeCounts,
  type ControlStore,
  LockTimeoutError,
  lockResource,
  type RowChanges,
  type Stamp,
} from '../store.js';

/** A row of a result set, by column name. */
export type SqlServerRow = Record<string, unknown>;

export interface SqlServerResult {
  /** One per result set the batch returned, in order (a SELECT that did not run returns none). */
  readonly recordsets: readonly (readonly SqlServerRow[])[];
}

/** The part of `mssql.Request` the store uses. */
export interface SqlServerRequest {
  input(name: string, type: mssql.ISqlType, value: unknown): SqlServerRequest;
  /** Runs `text` through sp_executesql with the inputs as parameters. */
  query(text: string): Promise<SqlServerResult>;
  /** Runs `text` as a plain SQL batch (no parameters), as sqlcmd sends a GO batch. */
  batch(text: string): Promise<SqlServerResult>;
}

/**
 * One connection and at most one transaction on it. Every request runs on that connection, inside the open
 * transaction, with XACT_ABORT ON.
 */
export interface SqlServerSession {
  begin(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** A request in the open transaction. */
  request(): SqlServerRequest;
  close(): Promise<void>;
}

/**
 * Connects with a pool of exactly one connection and runs every request in a `mssql.Transaction` on it. Requests
 * have no client-side timeout by default (`requestTimeout: 0`, unless the config sets one): the lock wait is bounded
 * by the server (`@LockTimeout`), migrations may legitimately run long, and the action's `timeout` bounds the step.
 */
export async function openSqlServerSession(config: mssql.config): Promise<SqlServerSession> {
  const pool = new mssql.ConnectionPool({
    ...config,
    requestTimeout: config.requestTimeout ?? 0,
    // A socket check instead of mssql's default `SELECT 1` before lending the connection: one round trip less.
    validateConnection: 'socket',
    options: { appName: 'apply-control-metadata', ...config.options, abortTransactionOnError: true },
    pool: { max: 1, min: 0 },
  });
  // A failure reaches the store through the request that meets it; unheard, the pool's 'error' event would be
  // thrown at the process instead.
  pool.on('error', () => undefined);
  try {
    await pool.connect();
  } catch (error) {
    throw withContext(
      `Could not connect to SQL Server ${config.server}${config.database ? ` (database ${config.database})` : ''}`,
      error,
    );
  }
  return new MssqlSession(pool);
}

class MssqlSession implements SqlServerSession {
  #transaction: mssql.Transaction | undefined;

  constructor(private readonly pool: mssql.ConnectionPool) {}

  async begin(): Promise<void> {
    const transaction = new mssql.Transaction(this.pool);
    await transaction.begin(mssql.ISOLATION_LEVEL.READ_COMMITTED);
    this.#transaction = transaction;
  }

  async commit(): Promise<void> {
    const transaction = this.#take();
    if (!transaction) throw new Error('No SQL Server transaction is open to commit.');
    await transaction.commit();
  }

  async rollback(): Promise<void> {
    try {
      await this.#take()?.rollback();
    } catch (error) {
      // XACT_ABORT already rolled it back on the server: mssql says "Transaction has been aborted".
      if (describeError(error).code !== 'EABORT') throw error;
    }
  }

  request(): SqlServerRequest {
    if (!this.#transaction) throw new Error('No SQL Server transaction is open: call begin first.');
    const request = new mssql.Request(this.#transaction);
    const adapter: SqlServerRequest = {
      input(name, type, value) {
        request.input(name, type, value);
        return adapter;
      },
      async query(text) {
        return { recordsets: (await request.query(text)).recordsets as unknown as SqlServerRow[][] };
      },
      async batch(text) {
        return { recordsets: (await request.batch(text)).recordsets as unknown as SqlServerRow[][] };
      },
    };
    return adapter;
  }

  async close(): Promise<void> {
    this.#transaction = undefined;
    await this.pool.close();
  }

  #take(): mssql.Transaction | undefined {
    const transaction = this.#transaction;
    this.#transaction = undefined;
    return transaction;
  }
}

/** `[schema].[name]`: identifiers are validated before they get here; `]` is doubled all the same. */
export function quoteSqlServer(...parts: string[]): string {
  return parts.map((part) => `[${part.replaceAll(']', ']]')}]`).join('.');
}

/** A Unicode string literal, for the DDL the bootstrap runs through EXEC (no values: validated, quoted names). */
function nLiteral(text: string): string {
  return `N'${text.replaceAll("'", "''")}'`;
}

/** sp_getapplock's @Resource is nvarchar(255): a longer lock resource keeps its start and a hash of the whole. */
export function sqlServerLockResource(table: TableName): string {
  const resource = lockResource(table);
  if (resource.length <= 255) return resource;
  return `${resource.slice(0, 190)}:${createHash('sha256').update(resource).digest('hex')}`;
}

/** The parameter types: text is always nvarchar(max), so no value is cut to a declared length on the way. */
const TEXT = (): mssql.ISqlType => mssql.NVarChar(mssql.MAX);
const INT = (): mssql.ISqlType => mssql.Int();

const ROW_COLUMNS =
  'id, pipeline, endpoint, deployment, input_location, output_location, sink_table, schedule, enabled, parameters';
const STORED_COLUMNS = `${ROW_COLUMNS}, content_hash, applied_at, applied_by, source_commit`;
/** A HashedRow as OPENJSON reads it from the JSON the store sends. */
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

/** OPENJSON exists from compatibility level 130 (SQL Server 2016). */
const MIN_COMPATIBILITY_LEVEL = 130;

function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function storedRow(r: SqlServerRow): StoredRow {
  return {
    id: String(r.id),
    pipeline: String(r.pipeline),
    endpoint: String(r.endpoint),
    deployment: text(r.deployment),
    input_location: String(r.input_location),
    output_location: String(r.output_location),
    sink_table: text(r.sink_table),
    schedule: text(r.schedule),
    enabled: r.enabled === true || r.enabled === 1,
    parameters: typeof r.parameters === 'string' ? JSON.parse(r.parameters) : {},
    content_hash: String(r.content_hash).trim(),
    applied_at: iso(r.applied_at),
    applied_by: String(r.applied_by),
    source_commit: text(r.source_commit),
  };
}

function appliedMigration(r: SqlServerRow): AppliedMigration {
  return { id: String(r.id), checksum: String(r.checksum).trim(), applied_at: iso(r.applied_at) };
}

function count(value: unknown): number {
  return Number(value ?? 0);
}

export class SqlServerStore implements ControlStore {
  readonly engine = 'sqlserver' as const;
  readonly displayName: string;
  #roundTrips = 0;
  #inTransaction = false;
  /** The control table's rows as the begin batch read them; dropped as soon as anything may have changed them. */
  #prefetched: StoredRow[] | undefined;
  readonly #names: { table: string; migrations: string; applies: string };

  constructor(
    private readonly session: SqlServerSession,
    readonly table: TableName,
  ) {
    assertTableName(table);
    this.#names = {
      table: quoteSqlServer(table.schema, table.table),
      migrations: quoteSqlServer(table.schema, `${table.table}_migrations`),
      applies: quoteSqlServer(table.schema, `${table.table}_applies`),
    };
    this.displayName = this.#names.table;
  }

  get roundTrips(): number {
    return this.#roundTrips;
  }

  /** One parameterised request (sp_executesql): one round trip. */
  async #query(
    sql: string,
    inputs: readonly [string, mssql.ISqlType, unknown][] = [],
  ): Promise<SqlServerResult> {
    const request = this.session.request();
    for (const [name, type, value] of inputs) request.input(name, type, value);
    this.#roundTrips++;
    return request.query(sql);
  }

  /** Context for a failure, with SQL Server's error number; the server's message never holds a credential. */
  #failure(what: string, error: unknown): Error {
    const number = (error as { number?: unknown } | null)?.number;
    const code = typeof number === 'number' ? ` (SQL Server error ${number})` : '';
    return new Error(`${what} ${this.displayName} failed: ${describeError(error).message}${code}`, {
      cause: error,
    });
  }

  #checkCompatibility(level: unknown): void {
    if (typeof level === 'number' && level < MIN_COMPATIBILITY_LEVEL) {
      throw new Error(
        `The database's compatibility level is ${level}; apply-control-metadata needs ${MIN_COMPATIBILITY_LEVEL} or higher (OPENJSON). Raise it with ALTER DATABASE CURRENT SET COMPATIBILITY_LEVEL = ${MIN_COMPATIBILITY_LEVEL} (or higher) after checking your other workloads.`,
      );
    }
  }

  #rowsSelect(): string {
    return `SELECT ${STORED_COLUMNS} FROM ${this.#names.table} ORDER BY id`;
  }

  async begin(options: BeginOptions): Promise<AppliedMigration[]> {
    this.#prefetched = undefined;
    this.#roundTrips++;
    await this.session.begin();
    this.#inTransaction = true;
    try {
      return options.readOnly ? await this.#beginReadOnly() : await this.#beginLocked(options.lockTimeoutMs);
    } catch (error) {
      await this.rollback();
      throw error;
    }
  }

  /** A dry run: only SELECTs, in a plain transaction; no lock, nothing created. */
  async #beginReadOnly(): Promise<AppliedMigration[]> {
    const { migrations, table } = this.#names;
    const sql = `SET NOCOUNT ON;
DECLARE @has_migrations bit = IIF(OBJECT_ID(@migrations, N'U') IS NULL, 0, 1);
DECLARE @has_table bit = IIF(OBJECT_ID(@table, N'U') IS NULL, 0, 1);
SELECT (SELECT compatibility_level FROM sys.databases WHERE database_id = DB_ID()) AS compatibility_level,
  @has_migrations AS has_migrations, @has_table AS has_table;
IF @has_migrations = 1
  SELECT id, checksum, applied_at FROM ${migrations} ORDER BY id;
IF @has_table = 1
  ${this.#rowsSelect()};`;
    let result: SqlServerResult;
    try {
      result = await this.#query(sql, [
        ['migrations', TEXT(), migrations],
        ['table', TEXT(), table],
      ]);
    } catch (error) {
      throw this.#failure('Reading the migrations of', error);
    }
    const [status, ...sets] = result.recordsets;
    this.#checkCompatibility(status?.[0]?.compatibility_level);
    const applied = status?.[0]?.has_migrations ? (sets.shift() ?? []) : [];
    if (status?.[0]?.has_table) this.#prefetched = (sets.shift() ?? []).map(storedRow);
    return applied.map(appliedMigration);
  }

  async #beginLocked(lockTimeoutMs: number): Promise<AppliedMigration[]> {
    const { schema } = this.table;
    const { migrations, table } = this.#names;
    const sql = `SET NOCOUNT ON;
DECLARE @result int;
EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = @timeout;
DECLARE @compatibility_level int = (SELECT compatibility_level FROM sys.databases WHERE database_id = DB_ID());
SELECT @result AS lock_result, @compatibility_level AS compatibility_level;
IF @result < 0 OR @compatibility_level < ${MIN_COMPATIBILITY_LEVEL} RETURN;
IF SCHEMA_ID(@schema) IS NULL
  EXEC(${nLiteral(`CREATE SCHEMA ${quoteSqlServer(schema)}`)});
IF OBJECT_ID(@migrations, N'U') IS NULL
  EXEC(${nLiteral(`CREATE TABLE ${migrations} (
    id nvarchar(256) NOT NULL PRIMARY KEY,
    checksum char(64) NOT NULL,
    applied_at datetimeoffset NOT NULL DEFAULT SYSDATETIMEOFFSET(),
    applied_by nvarchar(256) NOT NULL
  )`)});
SELECT id, checksum, applied_at FROM ${migrations} ORDER BY id;
IF OBJECT_ID(@table, N'U') IS NOT NULL
  ${this.#rowsSelect()};`;
    // @LockTimeout is an int of milliseconds; 0 does not wait, -1 would wait forever (never sent).
    const timeout = Math.min(Math.max(0, Math.ceil(lockTimeoutMs)), 2_147_483_647);
    let result: SqlServerResult;
    try {
      result = await this.#query(sql, [
        ['resource', mssql.NVarChar(255), sqlServerLockResource(this.table)],
        ['timeout', INT(), timeout],
        ['schema', TEXT(), schema],
        ['migrations', TEXT(), migrations],
        ['table', TEXT(), table],
      ]);
    } catch (error) {
      throw this.#failure('Locking and preparing', error);
    }
    const [status, applied, rows] = result.recordsets;
    const lock = status?.[0]?.lock_result;
    if (typeof lock !== 'number') {
      throw new Error(`Locking ${this.displayName} failed: sp_getapplock returned no result.`);
    }
    if (lock < 0) {
      // -1 timed out, -2 cancelled, -3 chosen as deadlock victim: another apply holds or wants the lock.
      throw new LockTimeoutError(this.displayName, lockTimeoutMs, {
        cause: new Error(`sp_getapplock returned ${lock}`),
      });
    }
    this.#checkCompatibility(status?.[0]?.compatibility_level);
    if (rows) this.#prefetched = rows.map(storedRow);
    return (applied ?? []).map(appliedMigration);
  }

  builtinMigrations(): Migration[] {
    const { table, applies } = this.#names;
    return [
      {
        id: 'apply-control-metadata/0001-control-table',
        checksum: createHash('sha256').update('sqlserver/0001-control-table/v1').digest('hex'),
        file: '(built-in)',
        batches: [
          {
            line: 1,
            sql: `CREATE TABLE ${table} (
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
CREATE TABLE ${applies} (
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
        ],
      },
    ];
  }

  async runMigration(migration: Migration, stamp: Stamp): Promise<void> {
    this.#prefetched = undefined;
    for (const batch of migration.batches) {
      try {
        this.#roundTrips++;
        await this.session.request().batch(batch.sql);
      } catch (error) {
        throw new Error(
          `Migration '${migration.id}' (${formatLocation({ file: migration.file, line: batch.line })}) failed: ${describeError(error).message}`,
          { cause: error },
        );
      }
    }
    await this.#query(
      `INSERT INTO ${this.#names.migrations} (id, checksum, applied_by) VALUES (@id, @checksum, @applied_by)`,
      [
        ['id', TEXT(), migration.id],
        ['checksum', TEXT(), migration.checksum],
        ['applied_by', TEXT(), stamp.appliedBy],
      ],
    );
  }

  async readRows(): Promise<StoredRow[]> {
    const prefetched = this.#prefetched;
    this.#prefetched = undefined;
    if (prefetched) return prefetched;
    try {
      const result = await this.#query(this.#rowsSelect());
      return (result.recordsets[0] ?? []).map(storedRow);
    } catch (error) {
      throw this.#failure('Reading', error);
    }
  }

  async writeRows(changes: RowChanges, stamp: Stamp, audit: AuditRecord): Promise<ChangeCounts> {
    this.#prefetched = undefined;
    const { table, applies } = this.#names;
    const stamped = 'applied_at = @now, applied_by = @applied_by, source_commit = @source_commit';
    const sql = `SET NOCOUNT ON;
DECLARE @now datetimeoffset = SYSDATETIMEOFFSET();
DECLARE @inserted int, @updated int, @disabled int, @deleted int;
UPDATE t SET pipeline = r.pipeline, endpoint = r.endpoint, deployment = r.deployment,
  input_location = r.input_location, output_location = r.output_location, sink_table = r.sink_table,
  schedule = r.schedule, enabled = r.enabled, parameters = r.parameters, content_hash = r.content_hash,
  ${stamped}
FROM ${table} AS t
JOIN OPENJSON(@updates) WITH (
    ${ROW_SCHEMA}
  ) AS r ON t.id = r.id;
SET @updated = @@ROWCOUNT;
INSERT INTO ${table} (${STORED_COLUMNS})
SELECT ${ROW_COLUMNS}, content_hash, @now, @applied_by, @source_commit
FROM OPENJSON(@inserts) WITH (
    ${ROW_SCHEMA}
  );
SET @inserted = @@ROWCOUNT;
UPDATE t SET enabled = 0, content_hash = r.content_hash, ${stamped}
FROM ${table} AS t
JOIN OPENJSON(@disables) WITH (id nvarchar(max) '$.id', content_hash nvarchar(max) '$.content_hash') AS r
  ON t.id = r.id;
SET @disabled = @@ROWCOUNT;
DELETE t
FROM ${table} AS t
JOIN OPENJSON(@deletes) AS r ON t.id = r.[value];
SET @deleted = @@ROWCOUNT;
INSERT INTO ${applies} (applied_by, environment, run_url, source_commit,
  inserted, updated, unchanged, disabled, deleted, rows_hash, [plan])
VALUES (@applied_by, @environment, @run_url, @source_commit,
  @audit_inserted, @audit_updated, @audit_unchanged, @audit_disabled, @audit_deleted, @rows_hash, @plan);
SELECT @inserted AS inserted, @updated AS updated, @disabled AS disabled, @deleted AS deleted;`;
    const { counts } = audit;
    let result: SqlServerResult;
    try {
      result = await this.#query(sql, [
        ['updates', TEXT(), JSON.stringify(changes.updates)],
        ['inserts', TEXT(), JSON.stringify(changes.inserts)],
        ['disables', TEXT(), JSON.stringify(changes.disables)],
        ['deletes', TEXT(), JSON.stringify(changes.deletes)],
        ['applied_by', TEXT(), stamp.appliedBy],
        ['source_commit', TEXT(), stamp.sourceCommit],
        ['environment', TEXT(), audit.environment],
        ['run_url', TEXT(), audit.runUrl],
        ['audit_inserted', INT(), counts.inserted],
        ['audit_updated', INT(), counts.updated],
        ['audit_unchanged', INT(), counts.unchanged],
        ['audit_disabled', INT(), counts.disabled],
        ['audit_deleted', INT(), counts.deleted],
        ['rows_hash', TEXT(), audit.rowsHash],
        ['plan', TEXT(), JSON.stringify(audit.plan)],
      ]);
    } catch (error) {
      throw this.#failure('Writing the rows of', error);
    }
    const row = result.recordsets.at(-1)?.[0] ?? {};
    return {
      inserted: count(row.inserted),
      updated: count(row.updated),
      disabled: count(row.disabled),
      deleted: count(row.deleted),
    };
  }

  async commit(): Promise<void> {
    this.#prefetched = undefined;
    this.#roundTrips++;
    this.#inTransaction = false;
    await this.session.commit();
  }

  async rollback(): Promise<void> {
    this.#prefetched = undefined;
    if (!this.#inTransaction) return;
    this.#inTransaction = false;
    this.#roundTrips++;
    await this.session.rollback().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.rollback();
    await this.session.close();
  }
}
