/**
 * The SQL Server store (Azure SQL Database, Azure SQL Managed Instance, SQL Server 2016+), through `mssql` on ONE
 * connection holding ONE transaction (sqlserver-session.ts). Same behaviour and table shapes as the PostgreSQL
 * store (postgresql.ts); what differs is T-SQL:
 *
 * - Lock: `sp_getapplock` on the lock resource (store.ts) with `@LockOwner = 'Transaction'`, so COMMIT or ROLLBACK
 *   releases it, and `@LockTimeout` bounding the wait (lock-timeout 0: no wait). A negative result is a
 *   LockTimeoutError. Transaction-owned, not session-owned, for the same reason as PostgreSQL's xact lock.
 * - XACT_ABORT is ON for the whole session (sqlserver-session.ts): any error rolls the transaction back on the
 *   server, so a broken connection or a cancelled request cannot leave it open.
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
 *   readRows returns those rows unless a migration ran since (then it reads again). A table the user brought is read
 *   by readRows after its columns were checked: 5 round trips.
 * - A dry run (read-only begin) uses a plain READ COMMITTED transaction and sends only SELECTs: no lock, nothing
 *   created. (SNAPSHOT isolation would give one consistent view, but ALLOW_SNAPSHOT_ISOLATION is off by default on
 *   SQL Server, so it is not relied on; the begin batch reads migrations and rows together anyway.)
 * - `id` keeps the database's collation, case-insensitive by default, as the plan assumes for this engine.
 */
import { createHash } from 'node:crypto';
import mssql from 'mssql';
import { describeError } from '#shared/errors.js';
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
  type BeginResult,
  type ChangeCounts,
  type ControlStore,
  LockTimeoutError,
  lockResource,
  migrationFailure,
  type RowChanges,
  type Stamp,
  type StoreOptions,
} from '../store.js';
import { BUILTIN_LAYOUT, type LiveColumn, layoutColumn } from '../table-layout.js';
import { builtinMigrations } from './builtin-migrations.js';
import {
  type ColumnReaders,
  type EngineDialect,
  LayoutSql,
  parseJsonText,
  storedRowFromRecord,
} from './row-columns.js';
import type { SqlServerResult, SqlServerRow, SqlServerSession } from './sqlserver-session.js';

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

/** SQL Server converts OPENJSON's bit and nvarchar(max) into the column's type itself: no cast is written. */
const DIALECT: EngineDialect = {
  quote: (name) => quoteSqlServer(name),
  write: (field, source) => `${source}.${field}`,
};

/** The control table's columns from the catalog, as JSON (NULL when there is no such table). */
const CATALOG_SELECT = `(SELECT c.name AS [name], t.name AS [type],
    CASE WHEN c.max_length = -1 THEN -1 WHEN t.name IN (N'varchar', N'char') THEN c.max_length
      WHEN t.name IN (N'nvarchar', N'nchar') THEN c.max_length / 2 ELSE NULL END AS [length],
    CAST(c.is_nullable AS bit) AS nullable,
    CAST(CASE WHEN c.default_object_id <> 0 OR c.is_identity = 1 OR c.is_computed = 1 OR c.generated_always_type <> 0
      OR t.name IN (N'timestamp', N'rowversion') THEN 1 ELSE 0 END AS bit) AS defaulted
  FROM sys.columns AS c JOIN sys.types AS t ON t.user_type_id = c.user_type_id
  WHERE c.object_id = OBJECT_ID(@table, N'U') ORDER BY c.column_id FOR JSON PATH, INCLUDE_NULL_VALUES)`;

function liveColumns(value: unknown): LiveColumn[] | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const list = JSON.parse(value) as LiveColumn[];
  return list.length > 0 ? list.map((c) => ({ ...c, length: c.length ?? null })) : undefined;
}

/** OPENJSON exists from compatibility level 130 (SQL Server 2016). */
const MIN_COMPATIBILITY_LEVEL = 130;

function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** The row's columns as mssql hands them back: bit as boolean (or 1), JSON as text. */
const READ: ColumnReaders = {
  text: String,
  'nullable-text': text,
  boolean: (value) => value === true || value === 1,
  'json-object': (value) => (typeof value === 'string' ? parseJsonText(value) : {}),
};

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
  readonly #sql: LayoutSql;
  readonly #environment: string;

  constructor(
    private readonly session: SqlServerSession,
    readonly table: TableName,
    options: StoreOptions = {},
  ) {
    assertTableName(table);
    this.#sql = new LayoutSql(options.layout ?? BUILTIN_LAYOUT, DIALECT);
    this.#environment = options.environment ?? '';
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
    const sql = this.#sql;
    return `SELECT ${sql.selectList} FROM ${this.#names.table}${sql.where('@environment')} ORDER BY ${sql.idColumn}`;
  }

  /**
   * The begin batch's read of the rows, for the action's own table. A table the user brought is read only after its
   * columns were checked (adopted-table.ts): a SELECT naming a column it lacks would fail the whole batch when it is
   * compiled (deferred name resolution covers missing tables, not missing columns), before the check could list it.
   */
  #prefetchSelect(condition: string): string {
    return this.#sql.layout.adopted ? '' : `${condition}\n  ${this.#rowsSelect()};`;
  }

  #storedRow = (r: SqlServerRow): StoredRow => storedRowFromRecord(r, this.#sql.layout, READ, iso);

  async describeTable(): Promise<LiveColumn[] | undefined> {
    const result = await this.#query(`SELECT ${CATALOG_SELECT} AS table_columns;`, [
      ['table', TEXT(), this.#names.table],
    ]);
    return liveColumns(result.recordsets[0]?.[0]?.table_columns);
  }

  async begin(options: BeginOptions): Promise<BeginResult> {
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
  async #beginReadOnly(): Promise<BeginResult> {
    const { migrations, table } = this.#names;
    const sql = `SET NOCOUNT ON;
DECLARE @has_migrations bit = IIF(OBJECT_ID(@migrations, N'U') IS NULL, 0, 1);
DECLARE @has_table bit = IIF(OBJECT_ID(@table, N'U') IS NULL, 0, 1);
SELECT (SELECT compatibility_level FROM sys.databases WHERE database_id = DB_ID()) AS compatibility_level,
  @has_migrations AS has_migrations, @has_table AS has_table, ${CATALOG_SELECT} AS table_columns;
IF @has_migrations = 1
  SELECT id, checksum, applied_at FROM ${migrations} ORDER BY id;
${this.#prefetchSelect('IF @has_table = 1')}`;
    let result: SqlServerResult;
    try {
      result = await this.#query(sql, [
        ['migrations', TEXT(), migrations],
        ['table', TEXT(), table],
        ['environment', TEXT(), this.#environment],
      ]);
    } catch (error) {
      throw this.#failure('Reading the migrations of', error);
    }
    const [status, ...sets] = result.recordsets;
    this.#checkCompatibility(status?.[0]?.compatibility_level);
    const applied = status?.[0]?.has_migrations ? (sets.shift() ?? []) : [];
    const columns = liveColumns(status?.[0]?.table_columns);
    if (status?.[0]?.has_table) {
      const rows = sets.shift() ?? [];
      if (!this.#sql.layout.adopted) this.#prefetched = rows.map(this.#storedRow);
    }
    return { applied: applied.map(appliedMigration), columns };
  }

  async #beginLocked(lockTimeoutMs: number): Promise<BeginResult> {
    const { schema } = this.table;
    const { migrations, table } = this.#names;
    const sql = `SET NOCOUNT ON;
DECLARE @result int;
EXEC @result = sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = @timeout;
DECLARE @compatibility_level int = (SELECT compatibility_level FROM sys.databases WHERE database_id = DB_ID());
SELECT @result AS lock_result, @compatibility_level AS compatibility_level, ${CATALOG_SELECT} AS table_columns;
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
${this.#prefetchSelect("IF OBJECT_ID(@table, N'U') IS NOT NULL")}`;
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
        ['environment', TEXT(), this.#environment],
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
    const columns = liveColumns(status?.[0]?.table_columns);
    if (rows && !this.#sql.layout.adopted) this.#prefetched = rows.map(this.#storedRow);
    return { applied: (applied ?? []).map(appliedMigration), columns };
  }

  builtinMigrations(): Migration[] {
    return builtinMigrations(this.engine, this.#names, this.#sql.layout.adopted);
  }

  async runMigration(migration: Migration, stamp: Stamp): Promise<void> {
    this.#prefetched = undefined;
    for (const batch of migration.batches) {
      try {
        this.#roundTrips++;
        await this.session.request().batch(batch.sql);
      } catch (error) {
        throw migrationFailure(migration, batch, error);
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
      const result = await this.#query(this.#rowsSelect(), [['environment', TEXT(), this.#environment]]);
      return (result.recordsets[0] ?? []).map(this.#storedRow);
    } catch (error) {
      throw this.#failure('Reading', error);
    }
  }

  async writeRows(changes: RowChanges, stamp: Stamp, audit: AuditRecord): Promise<ChangeCounts> {
    this.#prefetched = undefined;
    const { table, applies } = this.#names;
    const layout = this.#sql;
    const stamps = {
      now: '@now',
      appliedBy: '@applied_by',
      sourceCommit: '@source_commit',
      environment: '@environment',
    };
    const rowSchema = layout
      .recordDeclarations((column, kind) =>
        kind === 'boolean'
          ? `${column} bit '$.${column}'`
          : `${column} nvarchar(max) '$.${column}'${kind === 'json-object' ? ' AS JSON' : ''}`,
      )
      .join(',\n    ');
    const insert = layout.insert('r', stamps);
    const id = layout.idColumn;
    const disable = layoutColumn(layout.layout, 'enabled')
      ? `UPDATE t SET ${layout.disable('r', stamps, '0')}
FROM ${table} AS t
JOIN OPENJSON(@disables) WITH (id nvarchar(max) '$.id', content_hash nvarchar(max) '$.content_hash') AS r
  ON t.${id} = r.id${layout.scope('t', '@environment')};
SET @disabled = @@ROWCOUNT;`
      : 'SET @disabled = 0;';
    const sql = `SET NOCOUNT ON;
DECLARE @now datetimeoffset = SYSDATETIMEOFFSET();
DECLARE @inserted int, @updated int, @disabled int, @deleted int;
UPDATE t SET ${layout.assignments('r', stamps)}
FROM ${table} AS t
JOIN OPENJSON(@updates) WITH (
    ${rowSchema}
  ) AS r ON t.${id} = r.id${layout.scope('t', '@environment')};
SET @updated = @@ROWCOUNT;
INSERT INTO ${table} (${insert.columns})
SELECT ${insert.values}
FROM OPENJSON(@inserts) WITH (
    ${rowSchema}
  ) AS r;
SET @inserted = @@ROWCOUNT;
${disable}
DELETE t
FROM ${table} AS t
JOIN OPENJSON(@deletes) AS r ON t.${id} = r.[value]${layout.scope('t', '@environment')};
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
