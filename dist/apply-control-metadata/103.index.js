export const id = 103;
export const ids = [103];
export const modules = {

/***/ 50103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NULLABLE_TEXT_COLUMNS: () => (/* binding */ NULLABLE_TEXT_COLUMNS),
/* harmony export */   REQUIRED_COLUMNS: () => (/* binding */ REQUIRED_COLUMNS),
/* harmony export */   ROW_COLUMNS: () => (/* binding */ ROW_COLUMNS),
/* harmony export */   ROW_COLUMN_KINDS: () => (/* binding */ ROW_COLUMN_KINDS),
/* harmony export */   assertTableName: () => (/* binding */ assertTableName),
/* harmony export */   contentHash: () => (/* binding */ contentHash),
/* harmony export */   parseTableName: () => (/* binding */ parseTableName),
/* harmony export */   rowContent: () => (/* binding */ rowContent),
/* harmony export */   rowsHash: () => (/* binding */ rowsHash),
/* harmony export */   withHash: () => (/* binding */ withHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42586);
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
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update((0,_shared_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(rowContent(row)))
        .digest('hex');
}
function withHash(row) {
    return { ...rowContent(row), content_hash: contentHash(row) };
}
/** sha256 over the sorted rows' hashes: the `rows.hash` of the metadata receipt. */
function rowsHash(rows) {
    const hashes = rows.map((row) => `${row.id}:${contentHash(row)}`).sort();
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(hashes.join('\n')).digest('hex');
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

/***/ 42586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * JSON with object keys sorted at every level: one value has exactly one encoding, hence one digest. Receipts, the
 * drift report's digest and the control rows' hash are all taken over it.
 */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, inner) => {
        if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
            return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        }
        return inner;
    });
}


/***/ })

};
