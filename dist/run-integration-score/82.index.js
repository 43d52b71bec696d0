export const id = 82;
export const ids = [82];
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


/***/ }),

/***/ 63082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SqlServerStore: () => (/* binding */ SqlServerStore),
/* harmony export */   quoteSqlServer: () => (/* binding */ quoteSqlServer),
/* harmony export */   sqlServerLockResource: () => (/* binding */ sqlServerLockResource)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var mssql__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66271);
/* harmony import */ var mssql__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(mssql__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79999);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27139);
/* harmony import */ var _table_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99005);
/* harmony import */ var _builtin_migrations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24034);
/* harmony import */ var _row_columns_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(67171);
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








/** `[schema].[name]`: identifiers are validated before they get here; `]` is doubled all the same. */
function quoteSqlServer(...parts) {
    return parts.map((part) => `[${part.replaceAll(']', ']]')}]`).join('.');
}
/** A Unicode string literal, for the DDL the bootstrap runs through EXEC (no values: validated, quoted names). */
function nLiteral(text) {
    return `N'${text.replaceAll("'", "''")}'`;
}
/** sp_getapplock's @Resource is nvarchar(255): a longer lock resource keeps its start and a hash of the whole. */
function sqlServerLockResource(table) {
    const resource = (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .lockResource */ .kg)(table);
    if (resource.length <= 255)
        return resource;
    return `${resource.slice(0, 190)}:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(resource).digest('hex')}`;
}
/** The parameter types: text is always nvarchar(max), so no value is cut to a declared length on the way. */
const TEXT = () => mssql__WEBPACK_IMPORTED_MODULE_1___default().NVarChar((mssql__WEBPACK_IMPORTED_MODULE_1___default().MAX));
const INT = () => mssql__WEBPACK_IMPORTED_MODULE_1___default().Int();
/** SQL Server converts OPENJSON's bit and nvarchar(max) into the column's type itself: no cast is written. */
const DIALECT = {
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
function liveColumns(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    const list = JSON.parse(value);
    return list.length > 0 ? list.map((c) => ({ ...c, length: c.length ?? null })) : undefined;
}
/** OPENJSON exists from compatibility level 130 (SQL Server 2016). */
const MIN_COMPATIBILITY_LEVEL = 130;
function iso(value) {
    return value instanceof Date ? value.toISOString() : String(value);
}
function text(value) {
    return value === null || value === undefined ? null : String(value);
}
/** The row's columns as mssql hands them back: bit as boolean (or 1), JSON as text. */
const READ = {
    text: String,
    'nullable-text': text,
    boolean: (value) => value === true || value === 1,
    'json-object': (value) => (typeof value === 'string' ? (0,_row_columns_js__WEBPACK_IMPORTED_MODULE_7__/* .parseJsonText */ .lk)(value) : {}),
};
function appliedMigration(r) {
    return { id: String(r.id), checksum: String(r.checksum).trim(), applied_at: iso(r.applied_at) };
}
function count(value) {
    return Number(value ?? 0);
}
class SqlServerStore {
    session;
    table;
    engine = 'sqlserver';
    displayName;
    #roundTrips = 0;
    #inTransaction = false;
    /** The control table's rows as the begin batch read them; dropped as soon as anything may have changed them. */
    #prefetched;
    #names;
    #sql;
    #environment;
    constructor(session, table, options = {}) {
        this.session = session;
        this.table = table;
        (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .assertTableName */ .it)(table);
        this.#sql = new _row_columns_js__WEBPACK_IMPORTED_MODULE_7__/* .LayoutSql */ .Fc(options.layout ?? _table_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .BUILTIN_LAYOUT */ .ro, DIALECT);
        this.#environment = options.environment ?? '';
        this.#names = {
            table: quoteSqlServer(table.schema, table.table),
            migrations: quoteSqlServer(table.schema, `${table.table}_migrations`),
            applies: quoteSqlServer(table.schema, `${table.table}_applies`),
        };
        this.displayName = this.#names.table;
    }
    get roundTrips() {
        return this.#roundTrips;
    }
    /** One parameterised request (sp_executesql): one round trip. */
    async #query(sql, inputs = []) {
        const request = this.session.request();
        for (const [name, type, value] of inputs)
            request.input(name, type, value);
        this.#roundTrips++;
        return request.query(sql);
    }
    /** Context for a failure, with SQL Server's error number; the server's message never holds a credential. */
    #failure(what, error) {
        const number = error?.number;
        const code = typeof number === 'number' ? ` (SQL Server error ${number})` : '';
        return new Error(`${what} ${this.displayName} failed: ${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error).message}${code}`, {
            cause: error,
        });
    }
    #checkCompatibility(level) {
        if (typeof level === 'number' && level < MIN_COMPATIBILITY_LEVEL) {
            throw new Error(`The database's compatibility level is ${level}; apply-control-metadata needs ${MIN_COMPATIBILITY_LEVEL} or higher (OPENJSON). Raise it with ALTER DATABASE CURRENT SET COMPATIBILITY_LEVEL = ${MIN_COMPATIBILITY_LEVEL} (or higher) after checking your other workloads.`);
        }
    }
    #rowsSelect() {
        const sql = this.#sql;
        return `SELECT ${sql.selectList} FROM ${this.#names.table}${sql.where('@environment')} ORDER BY ${sql.idColumn}`;
    }
    /**
     * The begin batch's read of the rows, for the action's own table. A table the user brought is read only after its
     * columns were checked (adopted-table.ts): a SELECT naming a column it lacks would fail the whole batch when it is
     * compiled (deferred name resolution covers missing tables, not missing columns), before the check could list it.
     */
    #prefetchSelect(condition) {
        return this.#sql.layout.adopted ? '' : `${condition}\n  ${this.#rowsSelect()};`;
    }
    #storedRow = (r) => (0,_row_columns_js__WEBPACK_IMPORTED_MODULE_7__/* .storedRowFromRecord */ .z)(r, this.#sql.layout, READ, iso);
    async describeTable() {
        const result = await this.#query(`SELECT ${CATALOG_SELECT} AS table_columns;`, [
            ['table', TEXT(), this.#names.table],
        ]);
        return liveColumns(result.recordsets[0]?.[0]?.table_columns);
    }
    async begin(options) {
        this.#prefetched = undefined;
        this.#roundTrips++;
        await this.session.begin();
        this.#inTransaction = true;
        try {
            return options.readOnly ? await this.#beginReadOnly() : await this.#beginLocked(options.lockTimeoutMs);
        }
        catch (error) {
            await this.rollback();
            throw error;
        }
    }
    /** A dry run: only SELECTs, in a plain transaction; no lock, nothing created. */
    async #beginReadOnly() {
        const { migrations, table } = this.#names;
        const sql = `SET NOCOUNT ON;
DECLARE @has_migrations bit = IIF(OBJECT_ID(@migrations, N'U') IS NULL, 0, 1);
DECLARE @has_table bit = IIF(OBJECT_ID(@table, N'U') IS NULL, 0, 1);
SELECT (SELECT compatibility_level FROM sys.databases WHERE database_id = DB_ID()) AS compatibility_level,
  @has_migrations AS has_migrations, @has_table AS has_table, ${CATALOG_SELECT} AS table_columns;
IF @has_migrations = 1
  SELECT id, checksum, applied_at FROM ${migrations} ORDER BY id;
${this.#prefetchSelect('IF @has_table = 1')}`;
        let result;
        try {
            result = await this.#query(sql, [
                ['migrations', TEXT(), migrations],
                ['table', TEXT(), table],
                ['environment', TEXT(), this.#environment],
            ]);
        }
        catch (error) {
            throw this.#failure('Reading the migrations of', error);
        }
        const [status, ...sets] = result.recordsets;
        this.#checkCompatibility(status?.[0]?.compatibility_level);
        const applied = status?.[0]?.has_migrations ? (sets.shift() ?? []) : [];
        const columns = liveColumns(status?.[0]?.table_columns);
        if (status?.[0]?.has_table) {
            const rows = sets.shift() ?? [];
            if (!this.#sql.layout.adopted)
                this.#prefetched = rows.map(this.#storedRow);
        }
        return { applied: applied.map(appliedMigration), columns };
    }
    async #beginLocked(lockTimeoutMs) {
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
        let result;
        try {
            result = await this.#query(sql, [
                ['resource', mssql__WEBPACK_IMPORTED_MODULE_1___default().NVarChar(255), sqlServerLockResource(this.table)],
                ['timeout', INT(), timeout],
                ['schema', TEXT(), schema],
                ['migrations', TEXT(), migrations],
                ['table', TEXT(), table],
                ['environment', TEXT(), this.#environment],
            ]);
        }
        catch (error) {
            throw this.#failure('Locking and preparing', error);
        }
        const [status, applied, rows] = result.recordsets;
        const lock = status?.[0]?.lock_result;
        if (typeof lock !== 'number') {
            throw new Error(`Locking ${this.displayName} failed: sp_getapplock returned no result.`);
        }
        if (lock < 0) {
            // -1 timed out, -2 cancelled, -3 chosen as deadlock victim: another apply holds or wants the lock.
            throw new _store_js__WEBPACK_IMPORTED_MODULE_4__/* .LockTimeoutError */ .XB(this.displayName, lockTimeoutMs, {
                cause: new Error(`sp_getapplock returned ${lock}`),
            });
        }
        this.#checkCompatibility(status?.[0]?.compatibility_level);
        const columns = liveColumns(status?.[0]?.table_columns);
        if (rows && !this.#sql.layout.adopted)
            this.#prefetched = rows.map(this.#storedRow);
        return { applied: (applied ?? []).map(appliedMigration), columns };
    }
    builtinMigrations() {
        return (0,_builtin_migrations_js__WEBPACK_IMPORTED_MODULE_6__/* .builtinMigrations */ .l)(this.engine, this.#names, this.#sql.layout.adopted);
    }
    async runMigration(migration, stamp) {
        this.#prefetched = undefined;
        for (const batch of migration.batches) {
            try {
                this.#roundTrips++;
                await this.session.request().batch(batch.sql);
            }
            catch (error) {
                throw (0,_store_js__WEBPACK_IMPORTED_MODULE_4__/* .migrationFailure */ .nU)(migration, batch, error);
            }
        }
        await this.#query(`INSERT INTO ${this.#names.migrations} (id, checksum, applied_by) VALUES (@id, @checksum, @applied_by)`, [
            ['id', TEXT(), migration.id],
            ['checksum', TEXT(), migration.checksum],
            ['applied_by', TEXT(), stamp.appliedBy],
        ]);
    }
    async readRows() {
        const prefetched = this.#prefetched;
        this.#prefetched = undefined;
        if (prefetched)
            return prefetched;
        try {
            const result = await this.#query(this.#rowsSelect(), [['environment', TEXT(), this.#environment]]);
            return (result.recordsets[0] ?? []).map(this.#storedRow);
        }
        catch (error) {
            throw this.#failure('Reading', error);
        }
    }
    async writeRows(changes, stamp, audit) {
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
            .recordDeclarations((column, kind) => kind === 'boolean'
            ? `${column} bit '$.${column}'`
            : `${column} nvarchar(max) '$.${column}'${kind === 'json-object' ? ' AS JSON' : ''}`)
            .join(',\n    ');
        const insert = layout.insert('r', stamps);
        const id = layout.idColumn;
        const disable = (0,_table_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .layoutColumn */ .b5)(layout.layout, 'enabled')
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
        let result;
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
        }
        catch (error) {
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
    async commit() {
        this.#prefetched = undefined;
        this.#roundTrips++;
        this.#inTransaction = false;
        await this.session.commit();
    }
    async rollback() {
        this.#prefetched = undefined;
        if (!this.#inTransaction)
            return;
        this.#inTransaction = false;
        this.#roundTrips++;
        await this.session.rollback().catch(() => undefined);
    }
    async close() {
        await this.rollback();
        await this.session.close();
    }
}


/***/ })

};
