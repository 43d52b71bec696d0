export const id = 530;
export const ids = [530];
export const modules = {

/***/ 79999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ parseTableName),
/* harmony export */   Sn: () => (/* binding */ ROW_COLUMN_KINDS),
/* harmony export */   it: () => (/* binding */ assertTableName),
/* harmony export */   pX: () => (/* binding */ ROW_COLUMNS)
/* harmony export */ });
/* unused harmony exports REQUIRED_COLUMNS, NULLABLE_TEXT_COLUMNS, rowContent, contentHash, withHash, rowsHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The control table's row model, shared by the row readers, the plan and both stores.
 *
 * One row per use case. Keys are the table's column names (snake_case), as users write them in YAML, JSON and CSV:
 *
 * | column            | meaning                                                                 |
 * | ----------------- | ----------------------------------------------------------------------- |
 * | `id`              | the use case's id (primary key)                                         |
 * | `pipeline`        | the ADF pipeline that runs it (must be in the adf receipt)              |
 * | `endpoint`        | the batch endpoint that scores it (must be the aml receipt's endpoint)  |
 * | `deployment`      | a deployment to pin, or null for the endpoint's default                 |
 * | `input_location`  | where the pipeline reads the features (a URL or a path)                 |
 * | `output_location` | where the predictions are written                                       |
 * | `sink_table`      | the SQL table the predictions are copied into, or null                  |
 * | `schedule`        | free text the orchestrator filters on (e.g. `daily`), or null           |
 * | `enabled`         | whether the orchestrator runs it                                        |
 * | `parameters`      | a JSON object handed to the pipeline                                    |
 *
 * The store adds `content_hash` (of the columns above), `applied_at`, `applied_by` and `source_commit`.
 */


/**
 * The columns of a row, in table order, and what each holds: the one definition the row type, the readers, the
 * validation and both stores' SQL derive from. (The built-in migration that created the table is history and keeps
 * its own DDL: stores/builtin-migrations.ts, held against this list by its test.)
 */
const ROW_COLUMN_KINDS = {
    id: 'text',
    pipeline: 'text',
    endpoint: 'text',
    deployment: 'nullable-text',
    input_location: 'text',
    output_location: 'text',
    sink_table: 'nullable-text',
    schedule: 'nullable-text',
    enabled: 'boolean',
    parameters: 'json-object',
};
/** The columns of a ControlRow, in table order. */
const ROW_COLUMNS = Object.keys(ROW_COLUMN_KINDS);
/** The columns every row must give (text, not null, no default), in table order. */
const REQUIRED_COLUMNS = ROW_COLUMNS.filter((column) => ROW_COLUMN_KINDS[column] === 'text');
/** The text columns a row may leave out or set to null, in table order. */
const NULLABLE_TEXT_COLUMNS = ROW_COLUMNS.filter((column) => ROW_COLUMN_KINDS[column] === 'nullable-text');
/** The row's columns only (a StoredRow's extras dropped), in table order. */
function rowContent(row) {
    return Object.fromEntries(ROW_COLUMNS.map((column) => [column, row[column]]));
}
/** sha256 of the canonical JSON of the row's columns: equal rows hash equally whatever their key order. */
function contentHash(row) {
    return createHash('sha256')
        .update(canonicalJson(rowContent(row)))
        .digest('hex');
}
function withHash(row) {
    return { ...rowContent(row), content_hash: contentHash(row) };
}
/** sha256 over the sorted rows' hashes: the `rows.hash` of the metadata receipt. */
function rowsHash(rows) {
    const hashes = rows.map((row) => `${row.id}:${contentHash(row)}`).sort();
    return createHash('sha256').update(hashes.join('\n')).digest('hex');
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** Parses `schema.table` (or `table`, in `defaultSchema`); undefined when either part breaks the rule. */
function parseTableName(text, defaultSchema) {
    const parts = text.split('.');
    if (parts.length > 2)
        return undefined;
    const [schema, table] = parts.length === 2 ? parts : [defaultSchema, parts[0]];
    if (!schema || !table || !IDENTIFIER.test(schema) || !IDENTIFIER.test(table))
        return undefined;
    return { schema, table };
}
/** Stores check again what the input already did: the table name is the only text they build into SQL. */
function assertTableName(name) {
    if (!IDENTIFIER.test(name.schema) || !IDENTIFIER.test(name.table)) {
        throw new Error(`Refusing the table name ${JSON.stringify(`${name.schema}.${name.table}`)}: schema and table must be letters, digits and "_", not starting with a digit.`);
    }
}


/***/ }),

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

/***/ 99005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ parseColumnType),
/* harmony export */   Nj: () => (/* binding */ emptyValue),
/* harmony export */   Xq: () => (/* binding */ mappedRowFields),
/* harmony export */   b5: () => (/* binding */ layoutColumn),
/* harmony export */   ro: () => (/* binding */ BUILTIN_LAYOUT)
/* harmony export */ });
/* unused harmony exports BOOKKEEPING_FIELDS, formatColumnType, acceptedTypes */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79999);

/** The bookkeeping the action's own table keeps beside the row's fields. */
const BOOKKEEPING_FIELDS = ['content_hash', 'applied_at', 'applied_by', 'source_commit'];
/** The action's own table: every field a column of its name. */
const BUILTIN_LAYOUT = {
    adopted: false,
    columns: [..._model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMNS */ .pX, ...BOOKKEEPING_FIELDS].map((field) => ({ field, name: field })),
};
function layoutColumn(layout, field) {
    return layout.columns.find((column) => column.field === field);
}
/** The row fields the table has a column for, in field order. */
function mappedRowFields(layout) {
    return _model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMNS */ .pX.filter((field) => layoutColumn(layout, field));
}
/** A field's value in a table without a column for it. */
function emptyValue(field) {
    switch (_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ROW_COLUMN_KINDS */ .Sn[field]) {
        case 'text':
            return '';
        case 'nullable-text':
            return null;
        case 'boolean':
            return true;
        default:
            return {};
    }
}
/** Type names as each engine's catalog may spell them, folded to one. */
const SYNONYMS = {
    'character varying': 'varchar',
    character: 'char',
    int: 'integer',
    int4: 'integer',
    int2: 'smallint',
    int8: 'bigint',
    bool: 'boolean',
    'timestamp with time zone': 'timestamptz',
    'timestamp without time zone': 'timestamp',
};
/** Parses `nvarchar(128)`, `varchar(max)`, `character varying(32)`, `bit`; undefined when it is no type name. */
function parseColumnType(text) {
    const match = /^\s*([A-Za-z][A-Za-z0-9 ]*?)\s*(?:\(\s*(\d+|max)\s*\))?\s*$/i.exec(text);
    if (!match)
        return undefined;
    const name = match[1].toLowerCase().replace(/\s+/g, ' ');
    const base = SYNONYMS[name] ?? name;
    const length = match[2] === undefined ? undefined : match[2].toLowerCase() === 'max' ? -1 : Number(match[2]);
    return length === undefined ? { base } : { base, length };
}
function formatColumnType(type) {
    return type.length === undefined ? type.base : `${type.base}(${type.length === -1 ? 'max' : type.length})`;
}
const TEXT_TYPES = new Set(['varchar', 'nvarchar', 'char', 'nchar', 'text', 'ntext', 'citext']);
const FAMILIES = {
    text: TEXT_TYPES,
    boolean: new Set(['boolean', 'bit', 'tinyint', 'smallint', 'integer']),
    json: new Set(['json', 'jsonb', ...TEXT_TYPES]),
    time: new Set(['timestamptz', 'timestamp', 'datetimeoffset', 'datetime2', 'datetime']),
};
/** Which types a field's column may have. */
function acceptedTypes(field) {
    if (field === 'applied_at')
        return FAMILIES.time;
    if (field === 'environment' || BOOKKEEPING_FIELDS.includes(field))
        return FAMILIES.text;
    const kind = ROW_COLUMN_KINDS[field];
    return kind === 'boolean' ? FAMILIES.boolean : kind === 'json-object' ? FAMILIES.json : FAMILIES.text;
}


/***/ })

};
