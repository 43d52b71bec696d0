/**
 * The control databases as the pipeline runtime reaches them: one small `pg` pool per database (PGlite served over
 * the PostgreSQL protocol, or the PostgreSQL server), shared by every activity of every run, closed with the
 * sandbox.
 *
 * Values come back as ADF's PostgreSQL connectors give them to Lookup: numbers as numbers (numeric and bigint
 * included; a bigint beyond 2^53 stays text), booleans, text, timestamps as ISO 8601 text, json and jsonb as their
 * JSON text (ADF maps them to String), null as null. Rows are written set-based: a batch of rows is one INSERT
 * reading a JSON parameter (`jsonb_to_recordset`), never one round trip per row.
 *
 * The statements every copy to a table sends (the read of the table's columns, the INSERT) are named prepared
 * statements, parsed and planned once per connection: planning was most of their cost. PGlite serves all its
 * clients through one session, where statement names are shared (control-database.ts), so a name carries its
 * connection's own tag as well as a hash of the text: two connections never reuse each other's names, and a name
 * is never given to a different text. Pool connections are kept while the sandbox runs, so the statements of a
 * connection that went away do not pile up in that shared session. Lookup's and a source's queries (any text a
 * factory sends) are not prepared.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * `pg`, loaded on first use (the sandbox loads it only when a run reaches a database) and kept: an `import()` of a
 * loaded module still goes through the module loader, a visible cost when made for every statement.
 */
let loaded: Promise<typeof pg> | undefined;
const driver = () => {
  loaded ??= import('pg').then((module) => module.default);
  return loaded;
};

const POOL_SIZE = 4;

/** PostgreSQL's code for a prepared statement that does not exist (it was deallocated behind the client's back). */
const UNDEFINED_STATEMENT = '26000';

/** Each pool connection's tag, part of the names of the statements it prepares. */
const connectionTags = new WeakMap<pg.ClientBase, string>();
let connections = 0;

/** The name under which `client` prepares `text`: unique to the connection and to the text. */
function statementName(client: pg.ClientBase, text: string): string {
  let tag = connectionTags.get(client);
  if (!tag) {
    tag = `${process.pid.toString(36)}_${(connections++).toString(36)}`;
    connectionTags.set(client, tag);
  }
  return `sandbox_${tag}_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
}

const COLUMNS_QUERY = `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.atthasdef AS "hasDefault"
         FROM pg_class c
         JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE c.oid = to_regclass(quote_ident($1) || '.' || quote_ident($2)) AND c.relkind IN ('r', 'p')
          AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum`;

/** PostgreSQL type ids the conversion needs (pg_type.oid). */
const INT8 = 20;
const NUMERIC = 1700;
const JSON_TYPE = 114;
const JSONB = 3802;

export type Row = Record<string, unknown>;

export interface ColumnInfo {
  readonly name: string;
  /** The column's type as `format_type` writes it (`numeric(6,4)`, `text`, `timestamp with time zone`). */
  readonly type: string;
  readonly hasDefault: boolean;
}

export class DatabaseConnections {
  readonly #pools = new Map<string, Promise<pg.Pool>>();

  #pool(connectionString: string): Promise<pg.Pool> {
    let pool = this.#pools.get(connectionString);
    if (!pool) {
      pool = driver().then((module) => {
        // idleTimeoutMillis 0: connections stay (see the module comment about prepared statements).
        const created = new module.Pool({ connectionString, max: POOL_SIZE, idleTimeoutMillis: 0 });
        // An idle client that errors (the database went away) must not take the sandbox down.
        created.on('error', () => {});
        return created;
      });
      this.#pools.set(connectionString, pool);
    }
    return pool;
  }

  /** Runs a query; rows with ADF's value types. */
  async query(connectionString: string, text: string, values: unknown[] = []): Promise<Row[]> {
    const { types } = await driver();
    const result = await (await this.#pool(connectionString)).query({
      text,
      values,
      rowMode: 'array',
      // json and jsonb as the server writes them (ADF hands them on as text), everything else as pg parses it.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === JSON_TYPE || oid === JSONB
            ? (value: string) => value
            : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
      },
    });
    const fields = result.fields ?? [];
    return (result.rows as unknown[][]).map((row) =>
      Object.fromEntries(fields.map((field, i) => [field.name, adfValue(row[i], field.dataTypeID)])),
    );
  }

  /**
   * The table's columns in order; undefined when there is no such table. Read from the catalog on every call, so a
   * change to the table between two copies is seen. The table is found by its qualified name (`to_regclass`, NULL
   * when there is none) rather than by joining pg_namespace: the same answer, and a cheaper plan.
   */
  async columns(connectionString: string, schema: string, table: string): Promise<ColumnInfo[] | undefined> {
    const pool = await this.#pool(connectionString);
    const rows = await withConnection(
      pool,
      async (client) => (await prepared(client, COLUMNS_QUERY, [schema, table])).rows,
    );
    return rows.length ? (rows as ColumnInfo[]) : undefined;
  }

  /**
   * Writes batches of rows (objects keyed by column name, each batch with the columns its rows carry) in one
   * transaction: `before` first (a pre-copy script), then one INSERT per batch. PostgreSQL converts the JSON values
   * to the column types; columns a batch does not name keep their defaults. A write that is one INSERT (a single
   * batch, no script) is sent alone: one statement is its own transaction, and BEGIN and COMMIT would be two more
   * round trips holding the database's one session (PGlite serves every client through it).
   */
  async insert(
    connectionString: string,
    target: { schema: string; table: string },
    batches: AsyncIterable<InsertBatch>,
    options: { before?: string; signal?: AbortSignal },
  ): Promise<{ rows: number; bytes: number }> {
    const table = `${quote(target.schema)}.${quote(target.table)}`;
    const pool = await this.#pool(connectionString);
    const iterator = batches[Symbol.asyncIterator]();
    const first = await iterator.next();
    const second = first.done ? first : await iterator.next();
    if (second.done && !options.before?.trim()) {
      if (first.done || first.value.rows.length === 0) return { rows: 0, bytes: 0 };
      if (options.signal?.aborted) throw options.signal.reason;
      const { text, payload } = insertStatement(table, first.value);
      await withConnection(pool, (client) => prepared(client, text, [payload]));
      return { rows: first.value.rows.length, bytes: Buffer.byteLength(payload) };
    }
    const client = await pool.connect();
    let written = 0;
    let bytes = 0;
    let lost: Error | undefined;
    try {
      await client.query('BEGIN');
      if (options.before?.trim()) await client.query(options.before);
      const pending = [first, second];
      for (let next = pending.shift()!; !next.done; next = pending.shift() ?? (await iterator.next())) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (next.value.rows.length === 0) continue;
        const { text, payload } = insertStatement(table, next.value);
        await prepared(client, text, [payload]);
        written += next.value.rows.length;
        bytes += Buffer.byteLength(payload);
      }
      await client.query('COMMIT');
      return { rows: written, bytes };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      if (isLostStatement(error)) lost = error as Error;
      throw error;
    } finally {
      // A connection whose prepared statement is gone is closed, not reused (see withConnection).
      client.release(lost);
    }
  }

  async close(): Promise<void> {
    const pools = [...this.#pools.values()];
    this.#pools.clear();
    await Promise.all(pools.map(async (pool) => (await pool.catch(() => undefined))?.end()));
  }
}

const isLostStatement = (error: unknown) => (error as { code?: unknown })?.code === UNDEFINED_STATEMENT;

/** A named prepared statement's execution on `client` (pg parses it on the connection's first use only). */
function prepared(client: pg.ClientBase, text: string, values: unknown[]): Promise<pg.QueryResult> {
  return client.query({ name: statementName(client, text), text, values });
}

/**
 * Runs `work` on a pool connection. A connection whose prepared statement is gone (another client of PGlite's
 * shared session deallocated it) is closed rather than returned, and the work runs once more on a fresh one, which
 * prepares again.
 */
async function withConnection<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const client = await pool.connect();
    try {
      const result = await work(client);
      client.release();
      return result;
    } catch (error) {
      const lost = isLostStatement(error);
      client.release(lost ? (error as Error) : undefined);
      if (!lost || attempt > 0) throw error;
    }
  }
}

export interface InsertBatch {
  readonly columns: readonly ColumnInfo[];
  readonly rows: readonly Row[];
}

/** One INSERT of a batch, reading its rows from one JSON parameter. */
function insertStatement(table: string, { columns, rows }: InsertBatch): { text: string; payload: string } {
  const names = columns.map((c) => quote(c.name)).join(', ');
  const record = columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ');
  return {
    text: `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${record})`,
    payload: JSON.stringify(rows),
  };
}

/** A PostgreSQL identifier, quoted. */
export function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function adfValue(value: unknown, type: number): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (type === JSON_TYPE || type === JSONB) return typeof value === 'string' ? value : JSON.stringify(value);
  if (type === INT8 && typeof value === 'string') {
    const number = Number(value);
    return Number.isSafeInteger(number) ? number : value;
  }
  if (type === NUMERIC && typeof value === 'string') {
    const number = Number(value);
    return Number.isFinite(number) ? number : value;
  }
  return value;
}
