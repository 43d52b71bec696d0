export const id = 391;
export const ids = [391,103,4,56,325];
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

/***/ 32056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RowsError: () => (/* binding */ RowsError)
/* harmony export */ });
/* harmony import */ var _shared_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34325);
/**
 * Problems with the rows, the overrides file or the rows against the receipt, all collected before failing (the
 * shared Problem mechanism: src/shared/problems.ts).
 */

class RowsError extends _shared_problems_js__WEBPACK_IMPORTED_MODULE_0__.ProblemsError {
    name = 'RowsError';
    /**
     * @param source what the problems are in, for the message: `the rows`, `the overrides file overrides/dev.yml`.
     * @param input the action input at fault.
     */
    constructor(problems, source, input) {
        super(`${(0,_shared_problems_js__WEBPACK_IMPORTED_MODULE_0__.countProblems)(problems)} in ${source}`, problems, input);
    }
}


/***/ }),

/***/ 77391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OVERRIDES_INPUT: () => (/* binding */ OVERRIDES_INPUT),
  applyRowOverrides: () => (/* binding */ applyRowOverrides),
  loadRowOverrides: () => (/* binding */ loadRowOverrides),
  parseRowOverrides: () => (/* binding */ parseRowOverrides)
});

// EXTERNAL MODULE: ./src/shared/documents.ts
var documents = __webpack_require__(47583);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
;// CONCATENATED MODULE: ./src/shared/templates.ts

/** `activities[0].typeProperties.url`, `a["b.c"]` -> segments; a message on malformed text. */
function parseJsonPath(text) {
    const segments = [];
    let at = 0;
    const bad = (why) => `'${text}' is not a JSON path: ${why}`;
    if (text.trim() === '')
        return bad('it is empty');
    while (at < text.length) {
        const char = text[at];
        if (char === '[') {
            const close = text.indexOf(']', at);
            if (close < 0)
                return bad(`'[' at position ${at + 1} is not closed`);
            const inner = text.slice(at + 1, close);
            const quoted = /^(["'])(.*)\1$/.exec(inner);
            if (quoted)
                segments.push(quoted[2]);
            else if (/^\d+$/.test(inner))
                segments.push(Number(inner));
            else
                return bad(`'[${inner}]' is neither an index [n] nor a quoted key ["key"]`);
            at = close + 1;
        }
        else if (char === '.') {
            if (at === 0 || at === text.length - 1 || text[at + 1] === '.' || text[at + 1] === '[') {
                return bad(`misplaced '.' at position ${at + 1}`);
            }
            at += 1;
        }
        else {
            if (at > 0 && text[at - 1] !== '.')
                return bad(`expected '.' or '[' at position ${at + 1}`);
            let end = at;
            while (end < text.length && text[end] !== '.' && text[end] !== '[')
                end += 1;
            const key = text.slice(at, end);
            if (key.includes(']'))
                return bad(`unexpected ']' in '${key}'`);
            segments.push(key);
            at = end;
        }
    }
    return segments;
}
const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;
/** Whether a string holds a `${{ ... }}` template (closed or not). */
function hasTemplate(value) {
    return value.includes('${{');
}
/** Every leaf path of the receipt (`endpoint.scoringUri`), for "its fields are" messages. */
function leafPaths(value, prefix = '') {
    if ((0,values/* isRecord */.u)(value)) {
        return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, prefix ? `${prefix}.${key}` : key));
    }
    return prefix ? [prefix] : [];
}
/** Resolves `${{ ... }}` in every string of `value` (keys are left alone); a message when one cannot be resolved. */
function substituteTemplates(value, context) {
    const secrets = [];
    const resolveOne = (expression) => {
        const dot = expression.indexOf('.');
        const scope = dot < 0 ? expression : expression.slice(0, dot);
        const rest = dot < 0 ? '' : expression.slice(dot + 1);
        if (scope === 'env') {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(rest)) {
                return `'\${{ ${expression} }}' does not name an environment variable (write \${{ env.NAME }})`;
            }
            const found = context.env[rest];
            if (found === undefined)
                return `the environment variable '${rest}' is not set`;
            if (found !== '')
                secrets.push(found);
            return { value: found };
        }
        if (scope === 'receipt') {
            if (!context.receipt)
                return `'\${{ ${expression} }}' needs the aml receipt, and there is none`;
            const path = parseJsonPath(rest);
            let current = context.receipt;
            if (typeof path !== 'string') {
                for (const segment of path) {
                    current =
                        typeof segment === 'number'
                            ? Array.isArray(current)
                                ? current[segment]
                                : undefined
                            : (0,values/* isRecord */.u)(current) && Object.hasOwn(current, segment)
                                ? current[segment]
                                : undefined;
                }
            }
            if (typeof path === 'string' || current === undefined) {
                return `the aml receipt has no field '${rest}'; its fields are ${leafPaths(context.receipt).join(', ')}`;
            }
            return { value: current };
        }
        return `'\${{ ${expression} }}' is neither \${{ receipt.<field> }} nor \${{ env.<NAME> }}`;
    };
    const walk = (inner) => {
        if (typeof inner === 'string') {
            const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(inner);
            if (whole && !whole[1].includes('}}'))
                return resolveOne(whole[1]);
            let failure;
            const replaced = inner.replace(EXPRESSION, (_match, expression) => {
                const resolved = resolveOne(expression);
                if (typeof resolved === 'string') {
                    failure ??= resolved;
                    return '';
                }
                if ((0,values/* isRecord */.u)(resolved.value) || Array.isArray(resolved.value)) {
                    failure ??= `'\${{ ${expression} }}' is ${(0,values/* typeName */.g)(resolved.value)}, which cannot be part of a longer string`;
                    return '';
                }
                return String(resolved.value);
            });
            if (failure)
                return failure;
            if (replaced.includes('${{'))
                return `'${inner}' has a '\${{' that is not closed by '}}'`;
            return { value: replaced };
        }
        if (Array.isArray(inner)) {
            const out = [];
            for (const item of inner) {
                const resolved = walk(item);
                if (typeof resolved === 'string')
                    return resolved;
                out.push(resolved.value);
            }
            return { value: out };
        }
        if ((0,values/* isRecord */.u)(inner)) {
            const out = {};
            for (const [key, item] of Object.entries(inner)) {
                const resolved = walk(item);
                if (typeof resolved === 'string')
                    return resolved;
                out[key] = resolved.value;
            }
            return { value: out };
        }
        return { value: inner };
    };
    const result = walk(value);
    return typeof result === 'string' ? result : { value: result.value, secrets };
}

// EXTERNAL MODULE: ./src/apply-control-metadata/model.ts
var model = __webpack_require__(50103);
// EXTERNAL MODULE: ./src/apply-control-metadata/problems.ts
var apply_control_metadata_problems = __webpack_require__(32056);
// EXTERNAL MODULE: ./src/apply-control-metadata/rows.ts + 2 modules
var apply_control_metadata_rows = __webpack_require__(8004);
;// CONCATENATED MODULE: ./src/apply-control-metadata/row-overrides.ts
/**
 * The environment overrides file (input `overrides-file`, one YAML file per environment): what differs between the
 * rows in git and the rows of this environment.
 *
 * ```yaml
 * all:                      # applied to every row first
 *   output_location: abfss://scores@${{ env.STORAGE_ACCOUNT }}.dfs.core.windows.net/
 * rows:
 *   churn-weekly:           # by id (compared case-insensitively, as ids are)
 *     enabled: false
 *     parameters:           # merged key by key into the row's parameters (null removes a key)
 *       threshold: 0.7
 *   credit-default:
 *     endpoint: ${{ receipt.endpoint.name }}
 * ```
 *
 * A column's value replaces the row's; `parameters` is merged one top-level key at a time; `id` cannot be
 * overridden. Strings may hold `${{ receipt.<path> }}` and `${{ env.NAME }}` templates (src/shared/templates.ts);
 * `enabled: ${{ env.X }}` accepts the variable's `true` or `false`, since environment variables are text. The
 * overridden rows are validated again, so an override cannot produce a row the rows files could not hold, and each
 * overridden column of a row is located at its override line.
 *
 * `applyRowOverrides` is pure. Every problem is collected first and reported together as one RowsError; a value
 * read from an environment variable never appears in its messages.
 */









const OVERRIDES_INPUT = 'overrides-file';
const SECTIONS = ['all', 'rows'];
const EMPTY_SET = { columns: [], parameters: [] };
/** Reads the overrides file; file errors and every problem of its shape carry the file and line. */
async function loadRowOverrides(absolute, shownAs) {
    return parseRowOverrides(await (0,documents/* loadDocument */.Az)(absolute, shownAs, OVERRIDES_INPUT));
}
/** Checks the shape of a parsed overrides file; throws one RowsError listing every problem. */
function parseRowOverrides(document) {
    const problems = [];
    const problem = (path, message) => problems.push({ message, location: document.locate(path) });
    const root = document.value;
    const result = { file: document.file, all: EMPTY_SET, rows: [] };
    if (root === null || root === undefined)
        return result;
    if (!(0,values/* isRecord */.u)(root)) {
        problem([], `the file must be a mapping with 'all' and 'rows'; it is ${(0,values/* typeName */.g)(root, 'yaml')}`);
        throw new apply_control_metadata_problems.RowsError(problems, `the overrides file ${document.file}`, OVERRIDES_INPUT);
    }
    const readSet = (path, body) => {
        if (body === null || body === undefined)
            return EMPTY_SET;
        if (!(0,values/* isRecord */.u)(body)) {
            problem(path, `must be a mapping of column to value; it is ${(0,values/* typeName */.g)(body, 'yaml')}`);
            return EMPTY_SET;
        }
        const columns = [];
        const parameters = [];
        for (const [key, value] of Object.entries(body)) {
            const at = [...path, key];
            if (key === 'id') {
                problem(at, 'the id cannot be overridden: it is what identifies the row in the table');
            }
            else if (key === 'parameters') {
                if (!(0,values/* isRecord */.u)(value)) {
                    problem(at, `must be a mapping of parameter to value (merged into the row's parameters; null removes one); it is ${(0,values/* typeName */.g)(value, 'yaml')}`);
                    continue;
                }
                for (const [name, inner] of Object.entries(value)) {
                    parameters.push({ key: name, value: inner, location: document.locate([...at, name]) });
                }
            }
            else if (model.ROW_COLUMNS.includes(key)) {
                columns.push({ column: key, value, location: document.locate(at) });
            }
            else {
                problem(at, (0,apply_control_metadata_rows.unknownColumn)(key));
            }
        }
        return { columns, parameters };
    };
    const seen = new Map();
    for (const [section, body] of Object.entries(root)) {
        if (section === 'all') {
            result.all = readSet(['all'], body);
        }
        else if (section === 'rows') {
            if (body === null || body === undefined)
                continue;
            if (!(0,values/* isRecord */.u)(body)) {
                problem(['rows'], `must be a mapping of row id to overrides; it is ${(0,values/* typeName */.g)(body, 'yaml')}`);
                continue;
            }
            for (const [id, settings] of Object.entries(body)) {
                const first = seen.get(id.toLowerCase());
                if (first !== undefined) {
                    problem(['rows', id], `'${id}' and '${first}' are the same row (ids are compared case-insensitively)`);
                    continue;
                }
                seen.set(id.toLowerCase(), id);
                result.rows.push({
                    id,
                    location: document.locate(['rows', id]),
                    set: readSet(['rows', id], settings),
                });
            }
        }
        else {
            const close = (0,suggest/* suggest */.Z)(section, SECTIONS);
            problem([section], `unknown section '${section}'${close ? `; did you mean '${close}'?` : '.'} The sections are ${SECTIONS.join(' and ')}.`);
        }
    }
    if (problems.length > 0)
        throw new apply_control_metadata_problems.RowsError(problems, `the overrides file ${document.file}`, OVERRIDES_INPUT);
    return result;
}
/**
 * Applies the overrides to the rows and validates the result. Returns every row (sorted by id), what was applied and
 * the values read from environment variables; throws one RowsError with every problem.
 */
function applyRowOverrides(rows, overrides, context) {
    const problems = [];
    const secrets = new Set();
    const applied = [];
    const resolveSet = (set) => {
        const resolve = (entry) => {
            const result = substituteTemplates(entry.value, context);
            if (typeof result === 'string') {
                problems.push({ message: result, location: entry.location });
                return [];
            }
            for (const secret of result.secrets)
                secrets.add(secret);
            return [{ ...entry, resolved: result.value }];
        };
        return {
            columns: set.columns.flatMap((entry) => {
                const [resolved] = resolve(entry);
                if (!resolved)
                    return [];
                // Environment variables are text: `enabled: ${{ env.X }}` takes its `true` or `false`.
                const text = resolved.resolved;
                const fromText = entry.column === 'enabled' &&
                    typeof entry.value === 'string' &&
                    hasTemplate(entry.value) &&
                    typeof text === 'string' &&
                    /^(true|false)$/i.test(text);
                return [fromText ? { ...resolved, resolved: String(text).toLowerCase() === 'true' } : resolved];
            }),
            parameters: set.parameters.flatMap(resolve),
        };
    };
    const all = resolveSet(overrides.all);
    const byId = new Map(rows.map((row, index) => [row.row.id.toLowerCase(), index]));
    const perRow = new Map();
    for (const entry of overrides.rows) {
        const index = byId.get(entry.id.toLowerCase());
        if (index === undefined) {
            const close = (0,suggest/* suggest */.Z)(entry.id, rows.map((row) => row.row.id));
            problems.push({
                message: `no row has the id '${entry.id}'${close ? `; did you mean '${close}'?` : ''}`,
                location: entry.location,
            });
            continue;
        }
        perRow.set(index, { id: entry.id, set: resolveSet(entry.set) });
    }
    const describeSet = (set, who) => {
        for (const { column, location } of set.columns)
            applied.push(`${who}: ${column} (${(0,errors.formatLocation)(location, { column: false })})`);
        for (const { key, resolved, location } of set.parameters) {
            applied.push(`${who}: parameters.${key}${resolved === null ? ' removed' : ''} (${(0,errors.formatLocation)(location, { column: false })})`);
        }
    };
    describeSet(all, 'every row');
    for (const { id, set } of perRow.values())
        describeSet(set, `row '${id}'`);
    const overridden = rows.map((row, index) => {
        const raw = (0,apply_control_metadata_rows.toRawRow)(row);
        const fields = new Map(raw.fields);
        for (const set of [all, perRow.get(index)?.set]) {
            if (!set)
                continue;
            for (const { column, resolved, location } of set.columns)
                fields.set(column, { value: resolved, location });
            if (set.parameters.length === 0)
                continue;
            const current = fields.get('parameters')?.value;
            const merged = (0,values/* isRecord */.u)(current) ? { ...current } : {};
            for (const { key, resolved } of set.parameters) {
                if (resolved === null)
                    delete merged[key];
                else
                    merged[key] = resolved;
            }
            fields.set('parameters', { value: merged, location: set.parameters.at(-1).location });
        }
        return { location: raw.location, fields };
    });
    const validated = (0,apply_control_metadata_rows.validateRows)(overridden);
    problems.push(...validated.problems);
    if (problems.length > 0) {
        const masked = [...secrets].sort((a, b) => b.length - a.length);
        const redact = (message) => masked.reduce((text, secret) => text.split(secret).join('***'), message);
        throw new apply_control_metadata_problems.RowsError((0,shared_problems.sortProblems)(problems).map((problem) => ({ ...problem, message: redact(problem.message) })), `the overrides file ${overrides.file}`, OVERRIDES_INPUT);
    }
    return { rows: validated.rows, applied, secrets: [...secrets] };
}


/***/ }),

/***/ 8004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROWS_INPUT: () => (/* binding */ ROWS_INPUT),
  readRows: () => (/* binding */ readRows),
  toRawRow: () => (/* binding */ toRawRow),
  unknownColumn: () => (/* binding */ unknownColumn),
  validateRows: () => (/* binding */ validateRows)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(40712);
;// CONCATENATED MODULE: ./src/shared/adf/names.ts
/**
 * The names Data Factory accepts: the path-parameter patterns of the Data Factory 2018-06-01 REST spec
 * (datafactory.json). Pipelines, datasets, linked services, data flows, triggers and global parameters
 * `^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$` (1-260); integration runtimes and factories `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`
 * (3-63); credentials, managed virtual networks and managed private endpoints
 * `^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$` (1-127).
 */
/** Pipelines, datasets, linked services, data flows, triggers and global parameters. */
const CHILD = {
    pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$/,
    min: 1,
    max: 260,
    describe: "1-260 characters, starting with a letter, digit or '_', without any of < > * # . % & : \\ + ? /",
};
const NAME_RULES = {
    child: CHILD,
    integrationRuntime: {
        pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
        min: 3,
        max: 63,
        describe: '3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
    },
    factory: {
        pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
        min: 3,
        max: 63,
        describe: '3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
    },
    shortChild: {
        pattern: /^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$/,
        min: 1,
        max: 127,
        describe: "1-127 letters, digits, '_' and '-', not starting or ending with '-'",
    },
};

;// CONCATENATED MODULE: ./src/shared/azure/ml-names.ts
/**
 * Azure ML batch endpoint and deployment names: 3 to 32 characters, `^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$` —
 * azure-ai-ml's `validate_endpoint_or_deployment_name`, which mirrors the service (the REST spec's path pattern is
 * looser). Endpoint names also become a DNS label (`{endpoint}.{region}.inference.ml.azure.com`) and must be unique
 * in the region.
 */
const ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
/** Why a name is refused (the service's wording), or undefined when it is valid. */
function nameProblem(name, kind) {
    const what = kind === 'endpoint' ? 'an endpoint' : 'a deployment';
    if (name.length < 3 || name.length > 32) {
        return `the name for ${what} must be at least 3 and at most 32 characters long (got ${name.length})`;
    }
    if (!ENDPOINT_NAME.test(name)) {
        return `the name for ${what} must start with a letter, end with a letter or digit, and contain only letters, digits and '-'`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/shared/documents.ts
var documents = __webpack_require__(47583);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts + 3 modules
var shared_files = __webpack_require__(51512);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
// EXTERNAL MODULE: ./src/apply-control-metadata/model.ts
var model = __webpack_require__(50103);
// EXTERNAL MODULE: ./src/apply-control-metadata/problems.ts
var apply_control_metadata_problems = __webpack_require__(32056);
;// CONCATENATED MODULE: ./src/apply-control-metadata/rows.ts
/**
 * The `rows` input: the use cases the control table must hold, read from YAML, JSON and CSV files and validated
 * before anything connects to a database. Every problem of every file is collected and thrown as one RowsError,
 * each with its file and line.
 *
 * - YAML (`.yml`, `.yaml`) and JSON (`.json`, strict): a list of row mappings, or a mapping with a `use_cases` list.
 * - CSV (`.csv`, RFC 4180, UTF-8): a header row of column names, then one record per row. An empty cell is absent
 *   (the column's default); `enabled` is `true` or `false` (any case); `parameters` is JSON text.
 *
 * Values are never converted behind the user's back: `id: 007` in YAML is the number 7, so it is refused with "quote
 * it" rather than stored as "7". Ids are unique case-insensitively, as SQL Server's default collation compares them.
 * The columns are documented in model.ts.
 */












const ROWS_INPUT = 'rows';
const REQUIRED = ['id', 'pipeline', 'endpoint', 'input_location', 'output_location'];
const OPTIONAL_STRINGS = ['deployment', 'sink_table', 'schedule'];
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const MAX_LOCATION = 2048;
const MAX_SCHEDULE = 128;
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if ((0,values/* isRecord */.u)(value))
        return 'a mapping';
    if (typeof value === 'string')
        return `the string ${JSON.stringify(value)}`;
    return `the ${typeof value} ${String(value)}`;
}
// ---------------------------------------------------------------------------------------------------------------
// Reading
/**
 * Expands the `rows` globs in the workspace, reads every file and validates every row. Returns the rows sorted by
 * id; throws one RowsError with every problem of every file.
 */
async function readRows(options) {
    const files = await (0,shared_files.globWorkspace)(options.workspace, options.patterns, ROWS_INPUT);
    const problems = [];
    const raw = [];
    for (const absolute of files) {
        const file = (0,shared_files.workspaceRelative)(options.workspace, absolute);
        raw.push(...(await readRowFile(absolute, file, problems)));
    }
    const checked = validateRows(raw);
    problems.push(...checked.problems);
    if (problems.length > 0) {
        throw new apply_control_metadata_problems.RowsError((0,shared_problems.sortProblems)(problems), `the rows (${options.patterns.join(', ')})`, ROWS_INPUT);
    }
    return checked.rows;
}
async function readRowFile(absolute, file, problems) {
    if (/\.(ya?ml|json)$/i.test(absolute)) {
        let document;
        try {
            document = await (0,documents/* loadDocument */.Az)(absolute, file, ROWS_INPUT);
        }
        catch (error) {
            problems.push(...(0,shared_problems.problemsFromError)(error, file));
            return [];
        }
        return rowsOfDocument(document, problems);
    }
    if (/\.csv$/i.test(absolute)) {
        let text;
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(await (0,promises_.readFile)(absolute));
        }
        catch (error) {
            const { code, message } = (0,errors.describeError)(error);
            problems.push({
                message: code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
                    ? 'the file is not UTF-8; save it as UTF-8 (in Excel: "CSV UTF-8")'
                    : `cannot read the file (${code ?? message})`,
                location: { file },
            });
            return [];
        }
        return rowsOfCsv(text, file, problems);
    }
    problems.push({
        message: `the rows input matched this file, but rows are read from .yml, .yaml, .json and .csv files only; narrow the pattern or rename the file`,
        location: { file },
    });
    return [];
}
function rowsOfDocument(document, problems) {
    const problem = (path, message) => problems.push({ message, location: document.locate(path) });
    const shape = 'a list of rows, or a mapping with a use_cases list of rows';
    const root = document.value;
    let items;
    let base;
    if (Array.isArray(root)) {
        items = root;
        base = [];
    }
    else if ((0,values/* isRecord */.u)(root)) {
        for (const key of Object.keys(root)) {
            if (key === 'use_cases')
                continue;
            const close = (0,suggest/* suggest */.Z)(key, ['use_cases']);
            problem([key], `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The file must be ${shape}.`);
        }
        if (!Array.isArray(root.use_cases)) {
            problem('use_cases' in root ? ['use_cases'] : [], 'use_cases' in root
                ? `use_cases must be a list of rows, not ${describe(root.use_cases)}`
                : `the mapping has no use_cases; the file must be ${shape}`);
            return [];
        }
        items = root.use_cases;
        base = ['use_cases'];
    }
    else {
        problem([], root === null || root === undefined
            ? `the file is empty; it must be ${shape} (write [] for no rows)`
            : `the file must be ${shape}, not ${describe(root)}`);
        return [];
    }
    const rows = [];
    for (const [index, item] of items.entries()) {
        const at = [...base, index];
        if (!(0,values/* isRecord */.u)(item)) {
            problem(at, `a row must be a mapping of column to value, not ${describe(item)}`);
            continue;
        }
        const fields = new Map();
        for (const [key, value] of Object.entries(item)) {
            fields.set(key, { value, location: document.locate([...at, key]) });
        }
        rows.push({ location: document.locate(at), fields });
    }
    return rows;
}
/**
 * The line and column where each field of a record starts. csv-parse reports the line a record ends on; counting
 * back over its raw text (which includes any blank lines skipped before it) gives where each field starts.
 */
function fieldPositions(raw, endLine) {
    const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    let line = endLine - (body.match(/\n/g)?.length ?? 0);
    let index = 0;
    while (body[index] === '\n') {
        index += 1;
        line += 1;
    }
    let column = 1;
    let quoted = false;
    const positions = [{ line, column }];
    for (; index < body.length; index++) {
        const char = body[index];
        if (char === '\n') {
            line += 1;
            column = 1;
            continue;
        }
        column += 1;
        if (char === '"')
            quoted = !quoted;
        else if (char === ',' && !quoted)
            positions.push({ line, column });
    }
    return positions;
}
function rowsOfCsv(text, file, problems) {
    let records;
    try {
        // One line ending throughout, so csv-parse's line count and ours agree; quoted values keep their newlines as \n.
        const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        records = (0,sync/* parse */.q)(normalised, {
            info: true,
            raw: true,
            skip_empty_lines: true,
            record_delimiter: '\n',
        });
    }
    catch (error) {
        if (!(error instanceof sync/* CsvError */.J))
            throw error;
        const line = typeof error.lines === 'number' ? error.lines : undefined;
        problems.push({ message: `invalid CSV: ${csvErrorReason(error)}`, location: { file, line } });
        return [];
    }
    const [header, ...body] = records;
    if (!header) {
        problems.push({
            message: `the file is empty; a CSV file of rows starts with a header of column names (${model.ROW_COLUMNS.join(',')})`,
            location: { file },
        });
        return [];
    }
    const headerAt = fieldPositions(header.raw, header.info.lines);
    const columns = [];
    let usable = true;
    for (const [index, name] of header.record.entries()) {
        const location = { file, ...headerAt[index] };
        const known = model.ROW_COLUMNS.includes(name) ? name : undefined;
        if (name === '') {
            problems.push({ message: `column ${index + 1} of the header has no name`, location });
        }
        else if (!known) {
            problems.push({ message: unknownColumn(name), location });
        }
        else if (columns.includes(known)) {
            problems.push({ message: `the header names the column '${name}' twice`, location });
            usable = false;
        }
        columns.push(known);
    }
    for (const column of REQUIRED) {
        if (!columns.includes(column)) {
            problems.push({
                message: `the header has no '${column}' column, which every row needs; the columns are ${model.ROW_COLUMNS.join(', ')}`,
                location: { file, line: header.info.lines },
            });
            usable = false;
        }
    }
    if (!usable)
        return [];
    const rows = [];
    for (const { record, raw, info } of body) {
        const positions = fieldPositions(raw, info.lines);
        const fields = new Map();
        for (const [index, cell] of record.entries()) {
            const column = columns[index];
            if (!column)
                continue;
            const location = { file, ...positions[index] };
            fields.set(column, { value: csvValue(column, cell, location, problems), location });
        }
        rows.push({ location: { file, ...positions[0] }, fields });
    }
    return rows;
}
/**
 * What csv-parse refused, in words, from its error code and fields: its own message repeats the line, which the
 * problem's location already has. A code not named here keeps csv-parse's message as it is.
 */
function csvErrorReason(error) {
    const quoting = 'quote the whole value and write each quote inside it twice ("a""1")';
    switch (error.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return `Quote Not Closed: a quoted value has no closing quote before the end of the file`;
        case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
            const fields = Array.isArray(error.record) ? ` has ${error.record.length} fields, but it` : '';
            return `Invalid Record Length: the record${fields} must have as many fields as the header`;
        }
        case 'INVALID_OPENING_QUOTE': {
            const field = typeof error.column === 'number' ? ` of field ${error.column + 1}` : '';
            return `Invalid Opening Quote: a quote inside the unquoted value${field}; ${quoting}`;
        }
        case 'CSV_INVALID_CLOSING_QUOTE':
        case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
            return `Invalid Closing Quote: a quoted value goes on after its closing quote; ${quoting}`;
        default:
            return error.message;
    }
}
/** A cell as the value it stands for; `undefined` (absent) when empty or when it cannot be read (a problem). */
function csvValue(column, cell, location, problems) {
    if (cell === '')
        return undefined;
    if (column === 'enabled') {
        const lower = cell.toLowerCase();
        if (lower === 'true' || lower === 'false')
            return lower === 'true';
        problems.push({ message: `'enabled' must be true or false, not ${JSON.stringify(cell)}`, location });
        return undefined;
    }
    if (column === 'parameters') {
        try {
            return (0,documents/* parseStructuredText */.SQ)(cell, { label: location.file, json: true });
        }
        catch (error) {
            if (!(error instanceof documents/* DocumentSyntaxError */.d$))
                throw error;
            // The error's line is within the cell; the cell starts at the location's line.
            const line = location.line === undefined ? undefined : location.line + error.line - 1;
            problems.push({
                message: `'parameters' is not valid JSON: ${error.reason} (line ${error.line}, column ${error.column} of the value)`,
                location: { file: location.file, line },
            });
            return undefined;
        }
    }
    return cell;
}
// ---------------------------------------------------------------------------------------------------------------
// Validation
/** `unknown column 'pipline'; did you mean 'pipeline'? The columns are ...`. */
function unknownColumn(name) {
    const close = (0,suggest/* suggest */.Z)(name, model.ROW_COLUMNS);
    return `unknown column '${name}'${close ? `; did you mean '${close}'?` : '.'} The columns are ${model.ROW_COLUMNS.join(', ')}.`;
}
/** Where a NUL character is inside a JSON value (`parameters.a[2]`), or a reason it is not JSON at all. */
function jsonProblem(value, path) {
    if (typeof value === 'string') {
        return value.includes('\0')
            ? `'${path}' contains a NUL character, which PostgreSQL cannot store`
            : undefined;
    }
    if (typeof value === 'number') {
        return Number.isFinite(value) ? undefined : `'${path}' is ${String(value)}, which JSON cannot hold`;
    }
    if (value === null || typeof value === 'boolean')
        return undefined;
    if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) {
            const found = jsonProblem(item, `${path}[${index}]`);
            if (found)
                return found;
        }
        return undefined;
    }
    if ((0,values/* isRecord */.u)(value) && Object.getPrototypeOf(value) === Object.prototype) {
        for (const [key, item] of Object.entries(value)) {
            if (key.includes('\0'))
                return `a key of '${path}' contains a NUL character, which PostgreSQL cannot store`;
            const found = jsonProblem(item, `${path}.${key}`);
            if (found)
                return found;
        }
        return undefined;
    }
    return `'${path}' is ${describe(value)}, which JSON cannot hold`;
}
/** Why a valid string is wrong for its column, or undefined. */
function stringRule(column, value) {
    switch (column) {
        case 'id':
            return ID.test(value)
                ? undefined
                : `'id' ${JSON.stringify(value)} is not a valid id: 1-128 letters, digits, '_', '.' and '-', starting with a letter or digit`;
        case 'pipeline':
            return value.length >= CHILD.min && value.length <= CHILD.max && CHILD.pattern.test(value)
                ? undefined
                : `'pipeline' ${JSON.stringify(value)} is not a valid Data Factory pipeline name: ${CHILD.describe}`;
        case 'endpoint':
        case 'deployment': {
            const problem = nameProblem(value, column);
            return problem ? `'${column}' ${JSON.stringify(value)} is not valid: ${problem}` : undefined;
        }
        case 'sink_table':
            return (0,model.parseTableName)(value, 'dbo')
                ? undefined
                : `'sink_table' ${JSON.stringify(value)} is not a table name: write schema.table or table, each part 1-128 letters, digits and '_', not starting with a digit`;
        case 'input_location':
        case 'output_location':
        case 'schedule': {
            const max = column === 'schedule' ? MAX_SCHEDULE : MAX_LOCATION;
            if (value.trim() === '')
                return `'${column}' is blank`;
            return value.length > max
                ? `'${column}' is ${value.length} characters long; the most is ${max}`
                : undefined;
        }
        default:
            return undefined;
    }
}
/**
 * Checks every row (columns, types, naming rules, unique ids) and collects every problem. Returns the valid rows,
 * sorted by id, with the problems; the caller throws when there are any.
 */
function validateRows(rows) {
    const problems = [];
    const valid = [];
    const seen = new Map();
    for (const raw of rows) {
        const rowProblems = [];
        const idValue = raw.fields.get('id')?.value;
        const prefix = typeof idValue === 'string' && ID.test(idValue) ? `row '${idValue}': ` : '';
        const fail = (location, message) => rowProblems.push({ message: `${prefix}${message}`, location });
        const field = (column) => {
            const found = raw.fields.get(column);
            return { value: found?.value, location: found?.location ?? raw.location };
        };
        for (const [name, { location }] of raw.fields) {
            if (!model.ROW_COLUMNS.includes(name))
                fail(location, unknownColumn(name));
        }
        const strings = new Map();
        for (const column of [...REQUIRED, ...OPTIONAL_STRINGS]) {
            const { value, location } = field(column);
            const required = REQUIRED.includes(column);
            if (value === undefined || (value === null && required)) {
                if (required)
                    fail(location, `missing the required column '${column}'`);
                else
                    strings.set(column, null);
                continue;
            }
            if (value === null) {
                strings.set(column, null);
                continue;
            }
            if (typeof value !== 'string') {
                const scalar = typeof value === 'number' || typeof value === 'boolean';
                fail(location, `'${column}' must be a string, not ${describe(value)}${scalar ? `; quote it (${column}: "...") so it is kept exactly as written` : ''}`);
                continue;
            }
            if (value.includes('\0')) {
                fail(location, `'${column}' contains a NUL character, which PostgreSQL cannot store`);
                continue;
            }
            if (value === '' && !required) {
                fail(location, `'${column}' is empty; leave it out or write null for none`);
                continue;
            }
            const problem = stringRule(column, value);
            if (problem)
                fail(location, problem);
            else
                strings.set(column, value);
        }
        const enabled = field('enabled');
        if (enabled.value !== undefined && typeof enabled.value !== 'boolean') {
            fail(enabled.location, `'enabled' must be true or false, not ${describe(enabled.value)}`);
        }
        const parameters = field('parameters');
        if (parameters.value !== undefined) {
            if (!(0,values/* isRecord */.u)(parameters.value)) {
                fail(parameters.location, `'parameters' must be a JSON object (a mapping of name to value), not ${describe(parameters.value)}`);
            }
            else {
                const problem = jsonProblem(parameters.value, 'parameters');
                if (problem)
                    fail(parameters.location, problem);
            }
        }
        const id = strings.get('id');
        if (typeof id === 'string') {
            const key = id.toLowerCase();
            const first = seen.get(key);
            const { location } = field('id');
            if (first) {
                fail(location, `duplicate id '${id}': ${(0,errors.formatLocation)(first, { column: false })} has it already (ids are compared case-insensitively, as SQL Server does)`);
            }
            else {
                seen.set(key, location);
            }
        }
        problems.push(...rowProblems);
        if (rowProblems.length > 0)
            continue;
        const row = {
            id: strings.get('id'),
            pipeline: strings.get('pipeline'),
            endpoint: strings.get('endpoint'),
            deployment: strings.get('deployment') ?? null,
            input_location: strings.get('input_location'),
            output_location: strings.get('output_location'),
            sink_table: strings.get('sink_table') ?? null,
            schedule: strings.get('schedule') ?? null,
            enabled: enabled.value ?? true,
            parameters: parameters.value ?? {},
        };
        valid.push(sourcedRow(row, raw));
    }
    valid.sort((a, b) => (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
    return { rows: valid, problems };
}
function sourcedRow(row, raw) {
    return {
        row,
        location: raw.location,
        locate: (column) => raw.fields.get(column)?.location ?? raw.location,
    };
}
/** A validated row back as written, to change some columns (overrides) and validate it again. */
function toRawRow(sourced) {
    return {
        location: sourced.location,
        fields: new Map(model.ROW_COLUMNS.map((column) => [column, { value: sourced.row[column], location: sourced.locate(column) }])),
    };
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


/***/ }),

/***/ 34325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProblemsError: () => (/* binding */ ProblemsError),
/* harmony export */   annotateProblems: () => (/* binding */ annotateProblems),
/* harmony export */   countProblems: () => (/* binding */ countProblems),
/* harmony export */   formatProblem: () => (/* binding */ formatProblem),
/* harmony export */   problemsFromError: () => (/* binding */ problemsFromError),
/* harmony export */   sortProblems: () => (/* binding */ sortProblems)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * A problem found while validating a user's files: what is wrong and where. Validators collect every problem before
 * failing, so one run shows the user all they must fix, and throw them together as one ProblemsError; the entry
 * point (`annotateProblems`) annotates each at its file and line.
 */

/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.formatLocation)(problem.location)}: ${problem.message}`;
}
/** `1 problem`, `3 problems`. */
function countProblems(problems) {
    return problems.length === 1 ? '1 problem' : `${problems.length} problems`;
}
/** By file, line and column (a stable sort: problems at one place keep their order), as a reader scans them. */
function sortProblems(problems) {
    const position = ({ location }) => [location.line ?? 0, location.column ?? 0];
    return [...problems].sort((a, b) => {
        if (a.location.file !== b.location.file)
            return a.location.file < b.location.file ? -1 : 1;
        const [lineA, columnA] = position(a);
        const [lineB, columnB] = position(b);
        return lineA - lineB || columnA - columnB;
    });
}
/** Every problem of one check: `<heading>:` then one `- <file> line <n>: <message>` per problem. */
class ProblemsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError {
    problems;
    constructor(heading, problems, input) {
        super(`${heading}:\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`, {
            input,
            location: problems[0]?.location,
        });
        this.problems = problems;
    }
}
/**
 * The problems a ConfigurationError stands for, so a reader that collects problems can carry on with the next file:
 * each of a ProblemsError's, else one at the error's location (`file` when it has none) with its detail. Anything else
 * is not the user's to fix and is rethrown.
 */
function problemsFromError(error, file) {
    if (error instanceof ProblemsError && error.problems.length > 0)
        return [...error.problems];
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError)
        return [{ message: error.detail, location: error.location ?? { file } }];
    throw error;
}
/**
 * Runs `check`; a ProblemsError it throws becomes one annotation per problem: the others logged as errors at their
 * file and line, the first as the step's error (a ConfigurationError that says how many more there are).
 */
async function annotateProblems(logger, check) {
    try {
        return await check();
    }
    catch (error) {
        if (!(error instanceof ProblemsError) || error.problems.length === 0)
            throw error;
        const [first, ...others] = error.problems;
        for (const problem of others)
            logger.error(problem.message, { location: problem.location });
        const more = others.length === 0 ? '' : ` (and ${others.length} more, annotated above)`;
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError.at((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.formatLocation)(first.location), `${first.message}${more}`, {
            location: first.location,
        });
    }
}


/***/ }),

/***/ 60427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/**
 * "Did you mean": the closest known name to one a user wrote, for messages about unknown keys and columns.
 */
/** Levenshtein distance, one row at a time. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let previous = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const current = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
            previous = current;
        }
    }
    return row[b.length];
}
/**
 * The known name closest to `key` (case, `-` and spaces ignored; a prefix of four or more characters counts as
 * close), or undefined when none is close enough to suggest.
 */
function suggest(key, known) {
    const normalised = key.toLowerCase().replace(/[-\s]/g, '_');
    let best;
    for (const name of known) {
        // A key written short or long (`deployment` for `deployment_name`) counts as close.
        const prefix = normalised.length >= 4 && (name.startsWith(normalised) || normalised.startsWith(name));
        const score = name === normalised ? 0 : prefix ? 1 : distance(normalised, name);
        if (score <= Math.max(2, Math.floor(name.length / 4)) && (!best || score < best.score)) {
            best = { name, score };
        }
    }
    return best?.name;
}


/***/ }),

/***/ 79799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ typeName),
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/**
 * Small facts about parsed YAML/JSON values, worded for messages. JSON files speak of arrays and objects, YAML files
 * of lists and mappings: each reader names them the way its users write them.
 */
/** A plain object (a mapping): not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `null`, `an array` / `a list`, `an object` / `a mapping`, or `a <typeof>`. */
function typeName(value, words = 'json') {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return words === 'json' ? 'an array' : 'a list';
    if (isRecord(value))
        return words === 'json' ? 'an object' : 'a mapping';
    return `a ${typeof value}`;
}


/***/ })

};
