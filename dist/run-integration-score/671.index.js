export const id = 671;
export const ids = [671];
export const modules = {

/***/ 27139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XB: () => (/* binding */ LockTimeoutError),
/* harmony export */   kg: () => (/* binding */ lockResource),
/* harmony export */   nU: () => (/* binding */ migrationFailure)
/* harmony export */ });
/* unused harmony export rolledBack */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * The one interface both engines implement (stores/postgresql.ts, stores/sqlserver.ts). apply.ts drives it the same
 * way for both, so a store only knows its SQL:
 *
 *   begin (transaction + application lock + bootstrap, returns the applied migrations)   1 round trip
 *   runMigration per pending migration (first apply and new scripts only)              1 per batch
 *   readRows                                                                           1
 *   writeRows (inserts, updates, prune and the audit row in one set-based batch)       1
 *   commit                                                                             1
 *
 * so an apply costs the same number of round trips for ten rows or ten thousand. Values always travel as
 * parameters; the only text built into SQL is the table's schema and name, validated (model.ts `parseTableName`)
 * and quoted by the store, the lock key, a number, and the column names: the row model's, or those of a table-schema
 * file, validated when the file is read (table-schema.ts) and quoted by the store (stores/row-columns.ts).
 */

/** The application lock's resource name: one lock per control table, whatever the case of its name. */
function lockResource(table) {
    return `apply-control-metadata:${table.schema}.${table.table}`.toLowerCase();
}
/** The name of the lock-wait failure, for both engines. */
class LockTimeoutError extends Error {
    name = 'LockTimeoutError';
    constructor(table, lockTimeoutMs, options) {
        super(`Another apply-control-metadata run holds the lock on the control table ${table}; gave up after ${lockTimeoutMs} ms (input 'lock-timeout'). Nothing was changed: run again once it finishes, or raise lock-timeout.`, options);
    }
}
/** A migration batch that failed: the migration, its file and the batch's line, and the engine's message. */
function migrationFailure(migration, batch, error) {
    return new Error(`Migration '${migration.id}' (${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)({ file: migration.file, line: batch.line })}) failed: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error).message}`, { cause: error });
}
/** PostgreSQL's SQLSTATE class 23 and SQL Server's error numbers for a constraint that refused a write. */
const CONSTRAINT_NUMBERS = new Set([515, 547, 2601, 2627, 2628, 8152]);
/** The error or the one it wraps (the SQL Server store adds context around the driver's error). */
function isConstraintFailure(error) {
    const record = (error ?? {});
    return ((typeof record.code === 'string' && /^23[0-9A-Z]{3}$/.test(record.code)) ||
        (typeof record.number === 'number' && CONSTRAINT_NUMBERS.has(record.number)) ||
        (record.cause !== undefined && record.cause !== error && isConstraintFailure(record.cause)));
}
/**
 * A failure inside the apply's transaction, after it was rolled back: the message says so, so nobody goes looking for
 * half-written rows. A constraint that refused a write (NOT NULL, CHECK, UNIQUE, FOREIGN KEY, a value too long) is
 * named as such. The lock timeout and the user's configuration errors already say what happened and are kept.
 */
function rolledBack(error, table) {
    if (error instanceof LockTimeoutError || error instanceof ConfigurationError)
        return error;
    const { message } = describeError(error);
    const what = isConstraintFailure(error)
        ? `A constraint of ${table} refused the change: ${message}`
        : message;
    return new Error(`${what}${/[.!?]$/.test(what) ? '' : '.'} The transaction was rolled back: the control table, its migrations and its audit table are as they were.`, { cause: error });
}


/***/ }),

/***/ 24034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ builtinMigrations)
/* harmony export */ });
/* unused harmony export CONTROL_TABLE_MIGRATION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The action's own migrations, per engine: 0001 creates the control table and its audit table (`<table>_applies`).
 *
 * A migration is history: once it ran in a database it never runs there again, so its DDL is written out here as it
 * ran, not derived from the row model the statements of each apply are (stores/row-columns.ts). A column added to the
 * model needs a new migration (0002, ...) that alters the table; the test of this module holds each engine's DDL
 * against the model's columns. The checksum stands for the migration's version, not its text, so a reformatting here
 * does not make databases that ran it refuse it.
 */

const CONTROL_TABLE_MIGRATION = 'apply-control-metadata/0001-control-table';
const DDL = {
    sqlserver: ({ table, applies }) => `CREATE TABLE ${table} (
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
    postgresql: ({ table, applies }) => `CREATE TABLE ${table} (
  id varchar(128) PRIMARY KEY,
  pipeline varchar(260) NOT NULL,
  endpoint varchar(32) NOT NULL,
  deployment varchar(32),
  input_location varchar(2048) NOT NULL,
  output_location varchar(2048) NOT NULL,
  sink_table varchar(261),
  schedule varchar(128),
  enabled boolean NOT NULL DEFAULT true,
  parameters jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(parameters) = 'object'),
  content_hash char(64) NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by varchar(256) NOT NULL,
  source_commit varchar(64)
);
CREATE TABLE ${applies} (
  apply_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by varchar(256) NOT NULL,
  environment varchar(128) NOT NULL,
  run_url varchar(2048),
  source_commit varchar(64),
  inserted integer NOT NULL,
  updated integer NOT NULL,
  unchanged integer NOT NULL,
  disabled integer NOT NULL,
  deleted integer NOT NULL,
  rows_hash char(64) NOT NULL,
  plan jsonb NOT NULL
)`,
};
const AUDIT_TABLE_MIGRATION = 'apply-control-metadata/0001-audit-table';
/** The audit table alone, for a table the user brought (table-schema): created only where it is missing. */
const AUDIT_DDL = {
    sqlserver: (names) => {
        const ddl = DDL.sqlserver(names);
        const create = ddl.slice(ddl.indexOf(`CREATE TABLE ${names.applies}`)).replace(/;\s*$/, '');
        return `IF OBJECT_ID(N'${names.applies.replaceAll("'", "''")}', N'U') IS NULL
EXEC(N'${create.replaceAll("'", "''")}');`;
    },
    postgresql: (names) => {
        const ddl = DDL.postgresql(names);
        return ddl
            .slice(ddl.indexOf(`CREATE TABLE ${names.applies}`))
            .replace(`CREATE TABLE ${names.applies}`, `CREATE TABLE IF NOT EXISTS ${names.applies}`);
    },
};
/**
 * The engine's built-in migrations, in order: for the action's own table, 0001 creates it and its audit table; for a
 * table the user brought (`adopted`), 0001 creates only the audit table beside it, never the control table.
 */
function builtinMigrations(engine, names, adopted = false) {
    if (adopted) {
        return [
            {
                id: AUDIT_TABLE_MIGRATION,
                checksum: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${engine}/0001-audit-table/v1`).digest('hex'),
                file: '(built-in)',
                batches: [{ line: 1, sql: AUDIT_DDL[engine](names) }],
            },
        ];
    }
    return [
        {
            id: CONTROL_TABLE_MIGRATION,
            checksum: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${engine}/0001-control-table/v1`).digest('hex'),
            file: '(built-in)',
            batches: [{ line: 1, sql: DDL[engine](names) }],
        },
    ];
}


/***/ }),

/***/ 45671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PostgresStore: () => (/* binding */ PostgresStore),
/* harmony export */   advisoryLockKey: () => (/* binding */ advisoryLockKey),
/* harmony export */   quotePg: () => (/* binding */ quotePg)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79999);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27139);
/* harmony import */ var _table_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99005);
/* harmony import */ var _builtin_migrations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24034);
/* harmony import */ var _row_columns_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(67171);
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







/** `"schema"."name"`: identifiers are validated before they get here; quotes are doubled all the same. */
function quotePg(...parts) {
    return parts.map((part) => `"${part.replaceAll('"', '""')}"`).join('.');
}
/** A string literal for the few places SQL text needs one (DO blocks take no parameters). */
function literal(text) {
    return `'${text.replaceAll("'", "''")}'`;
}
/** The advisory lock key: a signed 64-bit integer from the lock resource. */
function advisoryLockKey(table) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .lockResource */ .kg)(table)).digest();
    return digest.readBigInt64BE(0);
}
/** How PostgreSQL writes a field into a column of a user's table: booleans into integer columns, JSON into text. */
const DIALECT = {
    quote: (name) => quotePg(name),
    write(field, source, liveType) {
        const value = `${source}.${field}`;
        const kind = _model_js__WEBPACK_IMPORTED_MODULE_2__/* .ROW_COLUMN_KINDS */ .Sn[field];
        if (!liveType)
            return value;
        if (kind === 'boolean' && liveType.base !== 'boolean')
            return `(${value})::int`;
        if (kind === 'json-object' && liveType.base === 'json')
            return `${value}::json`;
        if (kind === 'json-object' && liveType.base !== 'jsonb')
            return `${value}::text`;
        return value;
    },
};
/** PostgreSQL's SQLSTATE for a lock wait that hit lock_timeout. */
const LOCK_NOT_AVAILABLE = '55P03';
function iso(value) {
    return value instanceof Date ? value.toISOString() : String(value);
}
/** The row's columns as pg hands them back: text and booleans as they are, jsonb already parsed. */
const READ = {
    text: (value) => value,
    'nullable-text': (value) => value,
    boolean: (value) => value === true || value === 1,
    'json-object': _row_columns_js__WEBPACK_IMPORTED_MODULE_6__/* .parseJsonText */ .lk,
};
/** The table's columns from the catalog, as one JSON value (null when there is no such table). */
function catalogSelect(table) {
    return `SELECT (SELECT json_agg(json_build_object('name', column_name, 'type', data_type,
    'length', character_maximum_length, 'nullable', is_nullable = 'YES',
    'defaulted', column_default IS NOT NULL OR is_identity = 'YES' OR is_generated <> 'NEVER') ORDER BY ordinal_position)
  FROM information_schema.columns WHERE table_schema = ${literal(table.schema)} AND table_name = ${literal(table.table)}) AS table_columns`;
}
function liveColumns(value) {
    const list = typeof value === 'string' ? JSON.parse(value) : value;
    return Array.isArray(list) && list.length > 0 ? list : undefined;
}
class PostgresStore {
    client;
    table;
    engine = 'postgresql';
    displayName;
    #roundTrips = 0;
    #inTransaction = false;
    #names;
    #sql;
    #environment;
    constructor(client, table, options = {}) {
        this.client = client;
        this.table = table;
        (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .assertTableName */ .it)(table);
        this.#sql = new _row_columns_js__WEBPACK_IMPORTED_MODULE_6__/* .LayoutSql */ .Fc(options.layout ?? _table_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .BUILTIN_LAYOUT */ .ro, DIALECT);
        this.#environment = options.environment ?? '';
        this.#names = {
            table: quotePg(table.schema, table.table),
            migrations: quotePg(table.schema, `${table.table}_migrations`),
            applies: quotePg(table.schema, `${table.table}_applies`),
        };
        this.displayName = this.#names.table;
    }
    get roundTrips() {
        return this.#roundTrips;
    }
    async #query(text, values) {
        this.#roundTrips++;
        return (await this.client.query(text, values));
    }
    /** A multi-statement simple query (no parameters): one round trip, one result per statement. */
    async #script(text) {
        this.#roundTrips++;
        const result = (await this.client.query(text));
        return Array.isArray(result) ? result : [result];
    }
    /** Keeps the catalog's column types for the writes, and returns the columns. */
    #described(value) {
        const columns = liveColumns(value);
        this.#sql = this.#sql.withLiveTypes(new Map((columns ?? []).flatMap((column) => {
            const type = (0,_table_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .parseColumnType */ .GF)(column.length === null ? column.type : `${column.type}(${column.length})`);
            return type ? [[column.name.toLowerCase(), type]] : [];
        })));
        return columns;
    }
    async describeTable() {
        const result = await this.#query(catalogSelect(this.table));
        return this.#described(result.rows[0]?.table_columns);
    }
    async begin(options) {
        const { schema } = this.table;
        const migrationsSelect = `SELECT id, checksum, applied_at FROM ${this.#names.migrations} ORDER BY id`;
        if (options.readOnly) {
            this.#inTransaction = true;
            const [, status] = await this.#script(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT to_regclass(${literal(this.#names.migrations)}) IS NOT NULL AS present, (${catalogSelect(this.table)}) AS table_columns`);
            const row = status?.rows[0];
            const columns = this.#described(row?.table_columns);
            if (!row?.present)
                return { applied: [], columns };
            const applied = (await this.#query(migrationsSelect)).rows.map((r) => ({
                ...r,
                applied_at: iso(r.applied_at),
            }));
            return { applied, columns };
        }
        const key = advisoryLockKey(this.table).toString();
        const lock = options.lockTimeoutMs === 0
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
        let results;
        try {
            this.#inTransaction = true;
            results = await this.#script(`BEGIN; ${lock}; ${bootstrap}; ${catalogSelect(this.table)}; ${migrationsSelect}`);
        }
        catch (error) {
            await this.rollback();
            if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error).code === LOCK_NOT_AVAILABLE) {
                throw new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .LockTimeoutError */ .XB(this.displayName, options.lockTimeoutMs, { cause: error });
            }
            throw error;
        }
        const locked = results.find((r) => r.fields?.some((f) => f.name === 'locked'))?.rows[0]?.locked;
        if (locked !== true) {
            await this.rollback();
            throw new _store_js__WEBPACK_IMPORTED_MODULE_3__/* .LockTimeoutError */ .XB(this.displayName, options.lockTimeoutMs);
        }
        const columns = this.#described(results.at(-2)?.rows[0]?.table_columns);
        const applied = (results.at(-1)?.rows ?? []).map((r) => ({
            id: String(r.id),
            checksum: String(r.checksum),
            applied_at: iso(r.applied_at),
        }));
        return { applied, columns };
    }
    builtinMigrations() {
        return (0,_builtin_migrations_js__WEBPACK_IMPORTED_MODULE_5__/* .builtinMigrations */ .l)(this.engine, this.#names, this.#sql.layout.adopted);
    }
    async runMigration(migration, stamp) {
        for (const batch of migration.batches) {
            try {
                await this.#script(batch.sql);
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_3__/* .migrationFailure */ .nU)(migration, batch, error);
            }
        }
        await this.#query(`INSERT INTO ${this.#names.migrations} (id, checksum, applied_by) VALUES ($1, $2, $3)`, [migration.id, migration.checksum, stamp.appliedBy]);
    }
    async readRows() {
        const sql = this.#sql;
        const scoped = sql.environmentColumn !== undefined;
        const result = await this.#query(`SELECT ${sql.selectList} FROM ${this.#names.table}${sql.where('$1')} ORDER BY ${sql.idColumn}`, scoped ? [this.#environment] : []);
        return result.rows.map((r) => (0,_row_columns_js__WEBPACK_IMPORTED_MODULE_6__/* .storedRowFromRecord */ .z)(r, sql.layout, READ, iso));
    }
    async writeRows(changes, stamp, audit) {
        const { table, applies } = this.#names;
        const sql = this.#sql;
        // The step's environment is the audit row's ($7): a table with an environment column is scoped by it.
        const stamps = { now: 'now()', appliedBy: '$5', sourceCommit: '$6', environment: '$7::text' };
        const records = sql
            .recordDeclarations((field, kind) => `${field} ${kind === 'boolean' ? 'boolean' : kind === 'json-object' ? 'jsonb' : 'text'}`)
            .join(', ');
        const insert = sql.insert('r', stamps);
        const id = sql.idColumn;
        const disabled = (0,_table_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .layoutColumn */ .b5)(sql.layout, 'enabled')
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
        const result = await this.#query(text, [
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
        const row = result.rows[0];
        return { inserted: row.inserted, updated: row.updated, disabled: row.disabled, deleted: row.deleted };
    }
    async commit() {
        await this.#script('COMMIT');
        this.#inTransaction = false;
    }
    async rollback() {
        if (!this.#inTransaction)
            return;
        this.#inTransaction = false;
        await this.#script('ROLLBACK').catch(() => undefined);
    }
    async close() {
        await this.rollback();
        await this.client.end?.();
    }
}


/***/ }),

/***/ 67171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ LayoutSql),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   z: () => (/* binding */ storedRowFromRecord)
/* harmony export */ });
/* unused harmony exports ROW_COLUMN_LIST, STORED_EXTRA_COLUMNS, STORED_COLUMN_LIST, hashedRowDeclarations, hashedRowAssignments, rowFromRecord */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79999);
/* harmony import */ var _table_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99005);
/**
 * The row's columns as both stores write them into SQL and read them back, derived from the row model (model.ts
 * `ROW_COLUMN_KINDS`), so a column is named once. Column names are constants of the model, never input: building
 * them into SQL text is as safe as the table name the stores validate and quote.
 */


/** `id, pipeline, ..., parameters`: the row's columns in table order. */
const ROW_COLUMN_LIST = _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMNS */ .pX.join(', ');
/** What the table holds beyond the row's columns (model.ts `StoredRow`), in table order. */
const STORED_EXTRA_COLUMNS = [
    'content_hash',
    'applied_at',
    'applied_by',
    'source_commit',
];
/** Every column of the control table, in table order. */
const STORED_COLUMN_LIST = [..._model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMNS */ .pX, ...STORED_EXTRA_COLUMNS].join(', ');
/**
 * The columns of a row to write (model.ts `HashedRow`: the row and its content hash), each declared in the engine's
 * SQL by `declare`, for the record set a store unpacks its JSON parameter into.
 */
function hashedRowDeclarations(declare) {
    return [
        ...ROW_COLUMNS.map((column) => declare(column, ROW_COLUMN_KINDS[column])),
        declare('content_hash', 'text'),
    ];
}
/** `pipeline = r.pipeline, ..., content_hash = r.content_hash`: an update of every column but the id. */
function hashedRowAssignments(source) {
    return [...ROW_COLUMNS.filter((column) => column !== 'id'), 'content_hash']
        .map((column) => `${column} = ${source}.${column}`)
        .join(', ');
}
/** The row's columns of a result row, each read by its kind. */
function rowFromRecord(record, readers) {
    const read = (column) => readers[ROW_COLUMN_KINDS[column]](record[column]);
    return Object.fromEntries(ROW_COLUMNS.map((column) => [column, read(column)]));
}
/**
 * The SQL of one table layout (table-layout.ts): the action's own table, or a user's with its own column names. Names
 * are quoted; the layout's names were validated when the schema file was read. `liveTypes` are the table's column
 * types as its catalog gave them (by column name, lower case), so a value is written as the column takes it.
 */
class LayoutSql {
    layout;
    dialect;
    liveTypes;
    constructor(layout, dialect, liveTypes = new Map()) {
        this.layout = layout;
        this.dialect = dialect;
        this.liveTypes = liveTypes;
    }
    /** The same layout against the table's types as its catalog has them. */
    withLiveTypes(liveTypes) {
        return new LayoutSql(this.layout, this.dialect, liveTypes);
    }
    #column(field) {
        return (0,_table_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .layoutColumn */ .b5)(this.layout, field);
    }
    #q(field) {
        return this.dialect.quote(this.#column(field).name);
    }
    /** The row fields the table has. */
    get fields() {
        return (0,_table_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .mappedRowFields */ .Xq)(this.layout);
    }
    get idColumn() {
        return this.#q('id');
    }
    /** The environment column, quoted, when the table has one. */
    get environmentColumn() {
        return this.#column('environment') ? this.#q('environment') : undefined;
    }
    /** `<col> AS <field>, ...`: every mapped row field and bookkeeping column, read back under the field's name. */
    get selectList() {
        return this.layout.columns
            .filter((c) => c.field !== 'environment')
            .map((c) => `${this.dialect.quote(c.name)} AS ${this.dialect.quote(c.field)}`)
            .join(', ');
    }
    /** The fields a record of the JSON parameter carries: the mapped row fields and the content hash. */
    recordDeclarations(declare) {
        return [
            ...this.fields.map((field) => declare(field, _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMN_KINDS */ .Sn[field])),
            declare('content_hash', 'text'),
        ];
    }
    /** A field's column type as the table's catalog gave it, when it was read. */
    liveType(field) {
        const column = this.#column(field);
        return column ? this.liveTypes.get(column.name.toLowerCase()) : undefined;
    }
    #value(field, source) {
        return this.dialect.write(field, source, this.liveTypes.get(this.#column(field).name.toLowerCase()));
    }
    #stampPairs(stamps, source) {
        const pairs = [];
        if (this.#column('content_hash'))
            pairs.push([this.#q('content_hash'), `${source}.content_hash`]);
        if (this.#column('applied_at'))
            pairs.push([this.#q('applied_at'), stamps.now]);
        if (this.#column('applied_by'))
            pairs.push([this.#q('applied_by'), stamps.appliedBy]);
        if (this.#column('source_commit'))
            pairs.push([this.#q('source_commit'), stamps.sourceCommit]);
        return pairs;
    }
    /** The INSERT's column list and the SELECT list that fills it from `source`. */
    insert(source, stamps) {
        const pairs = [
            ...this.fields.map((field) => [this.#q(field), this.#value(field, source)]),
            ...this.#stampPairs(stamps, source),
            ...(this.environmentColumn ? [[this.environmentColumn, stamps.environment]] : []),
        ];
        return { columns: pairs.map(([c]) => c).join(', '), values: pairs.map(([, v]) => v).join(', ') };
    }
    /** `col = source.field, ...` for every field but the id, and the stamps. */
    assignments(source, stamps) {
        return [
            ...this.fields
                .filter((field) => field !== 'id')
                .map((field) => [this.#q(field), this.#value(field, source)]),
            ...this.#stampPairs(stamps, source),
        ]
            .map(([column, value]) => `${column} = ${value}`)
            .join(', ');
    }
    /** `AND t.env = <environment>`, or nothing for a table without an environment column. */
    scope(alias, environment) {
        const column = this.environmentColumn;
        return column ? ` AND ${alias ? `${alias}.` : ''}${column} = ${environment}` : '';
    }
    /** `WHERE env = <environment>` for a read, or nothing. */
    where(environment) {
        const column = this.environmentColumn;
        return column ? ` WHERE ${column} = ${environment}` : '';
    }
    /** The assignments of a disable: enabled false, its hash, the stamps. */
    disable(source, stamps, falseValue) {
        return [
            `${this.#q('enabled')} = ${falseValue}`,
            ...this.#stampPairs(stamps, source).map(([column, value]) => `${column} = ${value}`),
        ].join(', ');
    }
}
/** A row read back by `LayoutSql.selectList`: the mapped fields by their readers, the unmapped ones empty. */
function storedRowFromRecord(record, layout, readers, iso) {
    const mapped = new Set((0,_table_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .mappedRowFields */ .Xq)(layout));
    const row = Object.fromEntries(_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMNS */ .pX.map((field) => [
        field,
        mapped.has(field)
            ? readers[_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMN_KINDS */ .Sn[field]](record[field])
            : (0,_table_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .emptyValue */ .Nj)(field),
    ]));
    const text = (value) => (value === null || value === undefined ? null : String(value));
    return {
        ...row,
        content_hash: String(record.content_hash ?? '').trim(),
        applied_at: record.applied_at === undefined || record.applied_at === null ? '' : iso(record.applied_at),
        applied_by: String(record.applied_by ?? ''),
        source_commit: text(record.source_commit),
    };
}
/** JSON text as a value; text that is not JSON (edited by hand) stays the text, so the plan puts it back. */
function parseJsonText(value) {
    if (typeof value !== 'string')
        return (value ?? {});
    try {
        return JSON.parse(value);
    }
    catch {
        return value;
    }
}


/***/ })

};
