export const id = 74;
export const ids = [74,103,56,325];
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

/***/ 89517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bp: () => (/* binding */ describeValue),
  Wt: () => (/* binding */ toRawRow),
  Rn: () => (/* binding */ unknownColumn),
  IG: () => (/* binding */ validateRows)
});

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

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
// EXTERNAL MODULE: ./src/apply-control-metadata/model.ts
var model = __webpack_require__(50103);
;// CONCATENATED MODULE: ./src/apply-control-metadata/row-validation.ts
/**
 * Validation of the rows as written (RawRow: each value with where it was written), whatever file format they came
 * from: the columns the row model defines (model.ts), their types, the naming rules of what they name, and unique
 * ids. Every problem is collected with its location; the caller throws them together.
 *
 * Values are never converted behind the user's back: `id: 007` in YAML is the number 7, so it is refused with "quote
 * it" rather than stored as "7". Ids are unique case-insensitively, as SQL Server's default collation compares them.
 */






const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const MAX_LOCATION = 2048;
const MAX_SCHEDULE = 128;
/** A value as a message names it: `null`, `a list`, `a mapping`, `the string "x"`, `the number 7`. */
function describeValue(value) {
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
    return `'${path}' is ${describeValue(value)}, which JSON cannot hold`;
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
        for (const column of [...model.REQUIRED_COLUMNS, ...model.NULLABLE_TEXT_COLUMNS]) {
            const { value, location } = field(column);
            const required = model.REQUIRED_COLUMNS.includes(column);
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
                fail(location, `'${column}' must be a string, not ${describeValue(value)}${scalar ? `; quote it (${column}: "...") so it is kept exactly as written` : ''}`);
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
            fail(enabled.location, `'enabled' must be true or false, not ${describeValue(enabled.value)}`);
        }
        const parameters = field('parameters');
        if (parameters.value !== undefined) {
            if (!(0,values/* isRecord */.u)(parameters.value)) {
                fail(parameters.location, `'parameters' must be a JSON object (a mapping of name to value), not ${describeValue(parameters.value)}`);
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
