/**
 * The PostgreSQL store (Azure Database for PostgreSQL, any PostgreSQL 12+, and the sandbox's PGlite over the wire
 * protocol), through one `pg` client: one session, one transaction.
 *
 * - Lock: `pg_advisory_xact_lock(<key>)`, released by COMMIT or ROLLBACK, with `SET LOCAL lock_timeout` bounding the
 *   wait (lock-timeout 0: `pg_try_advisory_xact_lock`, no wait). The key is the first 8 bytes of sha256 of the lock
 *   resource (store.ts), so every run that targets the same table, from any runner, contends for the same lock.
 *   Transaction-level, not session-level: a session lock would outlive a failed run on a pooled connection.
 * - Bootstrap: the schema and `<table>_migrations` are created in a DO block only when missing (`CREATE ... IF NOT
 *   EXISTS` checks the CREATE privilege even when the object exists, so a role without it could not run again).
 * - Rows travel as one `jsonb` parameter per kind of change, unpacked by `jsonb_to_recordset`; inserts, updates,
 *   prune and the audit row are data-modifying CTEs of one statement.
 */
import { createHash } from 'node:crypto';
import type { Client, QueryResult, QueryResultRow } from 'pg';
import { describeError } from '#shared/errors.js';
import {
  type AppliedMigration,
  assertTableName,
  type Migration,
  ROW_COLUMN_KINDS,
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
import { BUILTIN_LAYOUT, type LiveColumn, layoutColumn, parseColumnType } from '../table-layout.js';
import { builtinMigrations } from './builtin-migrations.js';
import {
  type ColumnReaders,
  type EngineDialect,
  LayoutSql,
  parseJsonText,
  storedRowFromRecord,
} from './row-columns.js';

/** The part of `pg.Client` the store uses, so tests can count or wrap it. */
export type PgQueryable = Pick<Client, 'query'>;

/** `"schema"."name"`: identifiers are validated before they get here; quotes are doubled all the same. */
export function quotePg(...parts: string[]): string {
  return parts.map((part) => `"${part.replaceAll('"', '""')}"`).join('.');
}

/** A string literal for the few places SQL text needs one (DO blocks take no parameters). */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The advisory lock key: a signed 64-bit integer from the lock resource. */
export function advisoryLockKey(table: TableName): bigint {
  const digest = createHash('sha256').update(lockResource(table)).digest();
  return digest.readBigInt64BE(0);
}

/** How PostgreSQL writes a field into a column of a user's table: booleans into integer columns, JSON into text. */
const DIALECT: EngineDialect = {
  quote: (name) => quotePg(name),
  write(field, source, liveType) {
    const value = `${source}.${field}`;
    const kind = ROW_COLUMN_KINDS[field];
    if (!liveType) return value;
    if (kind === 'boolean' && liveType.base !== 'boolean') return `(${value})::int`;
    if (kind === 'json-object' && liveType.base === 'json') return `${value}::json`;
    if (kind === 'json-object' && liveType.base !== 'jsonb') return `${value}::text`;
    return value;
  },
};

/** PostgreSQL's SQLSTATE for a lock wait that hit lock_timeout. */
const LOCK_NOT_AVAILABLE = '55P03';

function iso(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** The row's columns as pg hands them back: text and booleans as they are, jsonb already parsed. */
const READ: ColumnReaders = {
  text: (value) => value as string,
  'nullable-text': (value) => value as string | null,
  boolean: (value) => value === true || value === 1,
  'json-object': parseJsonText,
};

/** The table's columns from the catalog, as one JSON value (null when there is no such table). */
function catalogSelect(table: TableName): string {
  return `SELECT (SELECT json_agg(json_build_object('name', column_name, 'type', data_type,
    'length', character_maximum_length, 'nullable', is_nullable = 'YES',
    'defaulted', column_default IS NOT NULL OR is_identity = 'YES' OR is_generated <> 'NEVER') ORDER BY ordinal_position)
  FROM information_schema.columns WHERE table_schema = ${literal(table.schema)} AND table_name = ${literal(table.table)}) AS table_columns`;
}

function liveColumns(value: unknown): LiveColumn[] | undefined {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(list) && list.length > 0 ? (list as LiveColumn[]) : undefined;
}

export class PostgresStore implements ControlStore {
  readonly engine = 'postgresql' as const;
  readonly displayName: string;
  #roundTrips = 0;
  #inTransaction = false;
  readonly #names: { table: string; migrations: string; applies: string };

  #sql: LayoutSql;
  readonly #environment: string;

  constructor(
    private readonly client: PgQueryable & { end?: () => Promise<void> },
    readonly table: TableName,
    options: StoreOptions = {},
  ) {
    assertTableName(table);
    this.#sql = new LayoutSql(options.layout ?? BUILTIN_LAYOUT, DIALECT);
    this.#environment = options.environment ?? '';
    this.#names = {
      table: quotePg(table.schema, table.table),
      migrations: quotePg(table.schema, `${table.table}_migrations`),
      applies: quotePg(table.schema, `${table.table}_applies`),
    };
    this.displayName = this.#names.table;
  }

  get roundTrips(): number {
    return this.#roundTrips;
  }

  async #query<R extends QueryResultRow = QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<QueryResult<R>> {
    this.#roundTrips++;
    return (await this.client.query<R>(text, values)) as QueryResult<R>;
  }

  /** A multi-statement simple query (no parameters): one round trip, one result per statement. */
  async #script(text: string): Promise<QueryResult[]> {
    this.#roundTrips++;
    const result = (await this.client.query(text)) as unknown as QueryResult | QueryResult[];
    return Array.isArray(result) ? result : [result];
  }

  /** Keeps the catalog's column types for the writes, and returns the columns. */
  #described(value: unknown): LiveColumn[] | undefined {
    const columns = liveColumns(value);
    this.#sql = this.#sql.withLiveTypes(
      new Map(
        (columns ?? []).flatMap((column) => {
          const type = parseColumnType(
            column.length === null ? column.type : `${column.type}(${column.length})`,
          );
          return type ? [[column.name.toLowerCase(), type] as const] : [];
        }),
      ),
    );
    return columns;
  }

  async describeTable(): Promise<LiveColumn[] | undefined> {
    const result = await this.#query<{ table_columns: unknown }>(catalogSelect(this.table));
    return this.#described(result.rows[0]?.table_columns);
  }

  async begin(options: BeginOptions): Promise<BeginResult> {
    const { schema } = this.table;
    const migrationsSelect = `SELECT id, checksum, applied_at FROM ${this.#names.migrations} ORDER BY id`;
    if (options.readOnly) {
      this.#inTransaction = true;
      const [, status] = await this.#script(
        `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT to_regclass(${literal(this.#names.migrations)}) IS NOT NULL AS present, (${catalogSelect(this.table)}) AS table_columns`,
      );
      const row = status?.rows[0] as { present?: boolean; table_columns?: unknown } | undefined;
      const columns = this.#described(row?.table_columns);
      if (!row?.present) return { applied: [], columns };
      const applied = (await this.#query<AppliedMigration>(migrationsSelect)).rows.map((r) => ({
        ...r,
        applied_at: iso(r.applied_at),
      }));
      return { applied, columns };
    }
    const key = advisoryLockKey(this.table).toString();
    const lock =
      options.lockTimeoutMs === 0
        ? `SELECT pg_try_advisory_xact_lock(${key}) AS locked`
        : `SET LOCAL lock_timeout = '${Math.ceil(options.lockTimeoutMs)}ms'; SELECT pg_advisory_xact_lock(${key}), true AS locked`;
    const bootstrap = `DO $bootstrap$
BEGIN
  IF to_regnamespace(${literal(quotePg(schema))}) IS NULL THEN
    CREATE SCHEMA ${quotePg(schema)};
  END IF;
  IF to_regclass(${literal(this.#names.migrations)}) IS NULL THEN
    CREATE TABLE ${this.#names.migrations} (
      id varchar(256) PRIMARY KEY,
      checksum char(64) NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      applied_by varchar(256) NOT NULL
    );
  END IF;
END
$bootstrap$`;
    let results: QueryResult[];
    try {
      this.#inTransaction = true;
      results = await this.#script(
        `BEGIN; ${lock}; ${bootstrap}; ${catalogSelect(this.table)}; ${migrationsSelect}`,
      );
    } catch (error) {
      await this.rollback();
      if (describeError(error).code === LOCK_NOT_AVAILABLE) {
        throw new LockTimeoutError(this.displayName, options.lockTimeoutMs, { cause: error });
      }
      throw error;
    }
    const locked = results.find((r) => r.fields?.some((f) => f.name === 'locked'))?.rows[0]?.locked;
    if (locked !== true) {
      await this.rollback();
      throw new LockTimeoutError(this.displayName, options.lockTimeoutMs);
    }
    const columns = this.#described(results.at(-2)?.rows[0]?.table_columns);
    const applied = (results.at(-1)?.rows ?? []).map((r) => ({
      id: String(r.id),
      checksum: String(r.checksum),
      applied_at: iso(r.applied_at),
    }));
    return { applied, columns };
  }

  builtinMigrations(): Migration[] {
    return builtinMigrations(this.engine, this.#names, this.#sql.layout.adopted);
  }

  async runMigration(migration: Migration, stamp: Stamp): Promise<void> {
    for (const batch of migration.batches) {
      try {
        await this.#script(batch.sql);
      } catch (error) {
        throw migrationFailure(migration, batch, error);
      }
    }
    await this.#query(
      `INSERT INTO ${this.#names.migrations} (id, checksum, applied_by) VALUES ($1, $2, $3)`,
      [migration.id, migration.checksum, stamp.appliedBy],
    );
  }

  async readRows(): Promise<StoredRow[]> {
    const sql = this.#sql;
    const scoped = sql.environmentColumn !== undefined;
    const result = await this.#query(
      `SELECT ${sql.selectList} FROM ${this.#names.table}${sql.where('$1')} ORDER BY ${sql.idColumn}`,
      scoped ? [this.#environment] : [],
    );
    return result.rows.map((r) => storedRowFromRecord(r, sql.layout, READ, iso));
  }

  async writeRows(changes: RowChanges, stamp: Stamp, audit: AuditRecord): Promise<ChangeCounts> {
    const { table, applies } = this.#names;
    const sql = this.#sql;
    // The step's environment is the audit row's ($7): a table with an environment column is scoped by it.
    const stamps = { now: 'now()', appliedBy: '$5', sourceCommit: '$6', environment: '$7::text' };
    const records = sql
      .recordDeclarations(
        (field, kind) =>
          `${field} ${kind === 'boolean' ? 'boolean' : kind === 'json-object' ? 'jsonb' : 'text'}`,
      )
      .join(', ');
    const insert = sql.insert('r', stamps);
    const id = sql.idColumn;
    const disabled = layoutColumn(sql.layout, 'enabled')
      ? `UPDATE ${table} AS t SET ${sql.disable('r', stamps, (sql.liveType('enabled')?.base ?? 'boolean') === 'boolean' ? 'false' : '0')}
    FROM jsonb_to_recordset($3::jsonb) AS r(id text, content_hash text)
    WHERE t.${id} = r.id${sql.scope('t', '$7::text')}
    RETURNING 1`
      : 'SELECT 1 WHERE false';
    const text = `WITH
  inserted AS (
    INSERT INTO ${table} (${insert.columns})
    SELECT ${insert.values}
    FROM jsonb_to_recordset($1::jsonb) AS r(${records})
    RETURNING 1
  ),
  updated AS (
    UPDATE ${table} AS t SET ${sql.assignments('r', stamps)}
    FROM jsonb_to_recordset($2::jsonb) AS r(${records})
    WHERE t.${id} = r.id${sql.scope('t', '$7::text')}
    RETURNING 1
  ),
  disabled AS (
    ${disabled}
  ),
  deleted AS (
    DELETE FROM ${table} WHERE ${id} = ANY($4::text[])${sql.scope('', '$7::text')}
    RETURNING 1
  ),
  audit AS (
    INSERT INTO ${applies} (applied_by, environment, run_url, source_commit,
      inserted, updated, unchanged, disabled, deleted, rows_hash, plan)
    VALUES ($5, $7, $8, $6, $9, $10, $11, $12, $13, $14, $15::jsonb)
    RETURNING apply_id
  )
SELECT (SELECT count(*) FROM inserted)::int AS inserted,
       (SELECT count(*) FROM updated)::int AS updated,
       (SELECT count(*) FROM disabled)::int AS disabled,
       (SELECT count(*) FROM deleted)::int AS deleted,
       (SELECT apply_id FROM audit) AS apply_id`;
    const { counts } = audit;
    const result = await this.#query<ChangeCounts>(text, [
      JSON.stringify(changes.inserts),
      JSON.stringify(changes.updates),
      JSON.stringify(changes.disables),
      changes.deletes,
      stamp.appliedBy,
      stamp.sourceCommit,
      audit.environment,
      audit.runUrl,
      counts.inserted,
      counts.updated,
      counts.unchanged,
      counts.disabled,
      counts.deleted,
      audit.rowsHash,
      JSON.stringify(audit.plan),
    ]);
    const row = result.rows[0]!;
    return { inserted: row.inserted, updated: row.updated, disabled: row.disabled, deleted: row.deleted };
  }

  async commit(): Promise<void> {
    await this.#script('COMMIT');
    this.#inTransaction = false;
  }

  async rollback(): Promise<void> {
    if (!this.#inTransaction) return;
    this.#inTransaction = false;
    await this.#script('ROLLBACK').catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.rollback();
    await this.client.end?.();
  }
}
