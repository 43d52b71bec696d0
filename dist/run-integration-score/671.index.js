export const id = 671;
export const ids = [671];
export const modules = {

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


/***/ })

};
