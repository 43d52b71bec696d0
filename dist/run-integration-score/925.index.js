export const id = 925;
export const ids = [925];
export const modules = {

/***/ 9925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ endpointInput),
  prepareScoring: () => (/* binding */ prepareScoring)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/shared/azure/azure-inputs.ts + 1 modules
var azure_inputs = __webpack_require__(7214);
// EXTERNAL MODULE: ./src/shared/control-table/database.ts
var control_table_database = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/shared/control-table/model.ts
var model = __webpack_require__(79999);
// EXTERNAL MODULE: ./src/shared/control-table/table-schema.ts
var table_schema = __webpack_require__(61700);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var shared_files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts
var encoding = __webpack_require__(95198);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/chain.ts
/**
 * A receipt carries the receipts it was built on (`upstream`: the receipt and its digest). Before a consumer relies on
 * anything inside, the chain must be the one the actions wrote: every upstream digest is the digest of the receipt
 * next to it (a receipt edited by hand after it was written no longer matches), and every receipt of the chain is
 * of the same environment and subscription. This catches an altered chain; whether its claims still hold is for the
 * live checks (aml-verification.ts, adf-verification.ts).
 */



function upstreamOf(receipt) {
    return 'upstream' in receipt ? receipt.upstream : undefined;
}
/** Throws a ConfigurationError on `input` naming the first link that does not hold. */
function checkReceiptChain(receipt, input) {
    const producer = schemas/* RECEIPT_PRODUCERS */.xn[receipt.kind];
    let current = receipt;
    for (let link = upstreamOf(current); link; current = link.receipt, link = upstreamOf(current)) {
        const inner = link.receipt;
        const innerProducer = schemas/* RECEIPT_PRODUCERS */.xn[inner.kind];
        const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input '${input}': the receipt of ${innerProducer} inside the receipt of ${schemas/* RECEIPT_PRODUCERS */.xn[current.kind]} ${reason}. Pass the 'receipt' output of ${producer} unchanged; if it was, run the release flow again from ${innerProducer}.`, { input });
        if ((0,encoding/* receiptDigest */.fw)(inner) !== link.digest) {
            throw refuse('does not match its digest: it was changed after it was written');
        }
        if (inner.environment !== receipt.environment) {
            throw refuse(`is for environment '${inner.environment}', not '${receipt.environment}'`);
        }
        if (inner.subscription !== undefined && inner.subscription !== receipt.subscription) {
            throw refuse(`is for subscription '${inner.subscription}', not '${receipt.subscription}'`);
        }
    }
}

// EXTERNAL MODULE: ./src/shared/receipts/consistency.ts
var consistency = __webpack_require__(47979);
// EXTERNAL MODULE: ./src/shared/receipts/receipt-input.ts
var receipt_input = __webpack_require__(42406);
;// CONCATENATED MODULE: ./src/shared/receipts/parse.ts
/**
 * Reading a receipt an action requires: the input field that takes it (it knows the receipt's kind), and the parse
 * that checks it is a receipt of that kind, of this version, environment and subscription, that every receipt inside
 * it is of the same environment and subscription with its digest intact (chain.ts), and that it agrees with itself
 * (consistency.ts: names and versions match the ids they come from). Nothing here talks to
 * Azure: an action that writes then checks the receipt's claims against live state (aml-verification.ts,
 * adf-verification.ts) before its first write.
 */






function parseReceiptInput(field, raw, scope) {
    if (raw === undefined && !field.required)
        return undefined;
    return parseReceipt(raw, { ...scope, kind: field.receiptKind, input: field.name });
}
/**
 * Parses and checks a receipt. Every refusal names the input and the action that must run first. Actions read their
 * receipt inputs through parseReceiptInput; this is the parse itself, for anything that holds a receipt's text.
 */
function parseReceipt(raw, expect) {
    const producer = receipt_input/* RECEIPT_PRODUCERS */.xn[expect.kind];
    const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input '${expect.input}' ${reason}: ${(0,receipt_input/* runFirst */.gx)(expect.kind)}.`, {
        input: expect.input,
    });
    if (raw === undefined || raw.trim() === '')
        throw refuse(`is empty; it needs the receipt of ${producer}`);
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        throw refuse(`is not a receipt (not JSON); it needs the receipt of ${producer}`);
    }
    const record = (value && typeof value === 'object' ? value : {});
    if (typeof record.kind === 'string' && record.kind !== expect.kind && record.kind in receipt_input/* RECEIPT_PRODUCERS */.xn) {
        const other = receipt_input/* RECEIPT_PRODUCERS */.xn[record.kind];
        throw refuse(`holds the receipt of ${other}, not of ${producer}`);
    }
    if (record.kind !== expect.kind)
        throw refuse(`is not a receipt of ${producer}`);
    if (typeof record.v === 'number' && record.v > schemas/* RECEIPT_VERSION */.y4) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a version ${record.v} receipt, written by a newer ${producer}; use a release of this action that reads it.`, { input: expect.input });
    }
    const parsed = schemas/* RECEIPT_SCHEMAS */.g5[expect.kind].safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue.path.length ? issue.path.join('.') : 'the receipt';
        throw refuse(`is not a valid receipt of ${producer} (${at}: ${issue.message}); it may have been edited or truncated`);
    }
    const receipt = parsed.data;
    if (receipt.environment !== expect.environment) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' is the receipt of ${producer} for environment '${receipt.environment}', but this step works on '${expect.environment}': run ${producer} for '${expect.environment}' first and pass that receipt.`, { input: expect.input });
    }
    if (expect.subscription !== undefined && receipt.subscription !== expect.subscription) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' is the receipt of ${producer} in subscription '${receipt.subscription}', but this step works in '${expect.subscription}': pass the receipt of the same environment's deployment.`, { input: expect.input });
    }
    // The receipts inside are held to the same environment and subscription as this one, hence as this step.
    checkReceiptChain(receipt, expect.input);
    const inconsistencies = (0,consistency/* receiptInconsistencies */.O)(receipt);
    if (inconsistencies.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a receipt of ${producer} that disagrees with itself, so it was edited after it was written: ${inconsistencies.join('; ')}. Pass the 'receipt' output of ${producer} unchanged; if it was, run ${producer} again.`, { input: expect.input });
    }
    return receipt;
}

;// CONCATENATED MODULE: ./src/shared/receipts/run-info.ts
/** The run that produced a receipt, from the runner's environment. */
function runInfoFromEnvironment(env) {
    const repo = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    const runAttempt = env.GITHUB_RUN_ATTEMPT ?? '1';
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const info = { repo, sha: env.GITHUB_SHA ?? '', runId, runAttempt };
    if (repo && runId)
        info.url = `${server}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`;
    return info;
}

// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
// EXTERNAL MODULE: ./src/run-integration-score/definition.ts
var definition = __webpack_require__(59576);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
;// CONCATENATED MODULE: ./src/shared/document-reader.ts

function typeName(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the string '${value}'`;
    return `${typeof value} ${String(value)}`;
}
class DocumentReader {
    document;
    what;
    constructor(document, 
    /** What the file describes, for messages: "batch deployment". */
    what) {
        this.document = document;
        this.what = what;
    }
    get file() {
        return this.document.file;
    }
    error(path, message) {
        return this.document.errorAt(path, message);
    }
    value(path) {
        let current = this.document.value;
        for (const segment of path) {
            if (current === null || typeof current !== 'object')
                return undefined;
            current = current[segment];
        }
        return current;
    }
    has(path) {
        const value = this.value(path);
        return value !== undefined && value !== null;
    }
    /** The mapping at `path` (the document root for `[]`); undefined when absent and not required. */
    mapping(path, required = false) {
        const value = this.value(path);
        if (value === undefined || value === null) {
            if (required)
                throw this.missing(path);
            return undefined;
        }
        if (typeof value !== 'object' || Array.isArray(value)) {
            throw this.error(path, `must be a mapping of keys to values, not ${typeName(value)}.`);
        }
        return value;
    }
    /**
     * Refuses keys that are not in `known`. `misplaced` explains keys that exist elsewhere (`'mini_batch_size' belongs
     * under 'settings:'`), `unsupported` keys the CLI knows but this action does not deploy.
     */
    checkKeys(path, known, options = {}) {
        const mapping = this.mapping(path);
        if (!mapping)
            return;
        for (const key of Object.keys(mapping)) {
            if (known.includes(key))
                continue;
            const at = [...path, key];
            const misplaced = options.misplaced?.[key];
            if (misplaced)
                throw this.error(at, misplaced);
            const unsupported = options.unsupported?.[key];
            if (unsupported)
                throw this.error(at, unsupported);
            const close = (0,suggest/* suggest */.Z)(key, known);
            const where = path.length ? `'${path.join('.')}'` : `a ${this.what}`;
            throw this.error(at, `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The keys of ${where} are: ${known.join(', ')}.`);
        }
    }
    missing(path) {
        const parent = path.slice(0, -1);
        const key = String(path.at(-1));
        return this.error(parent, `'${key}' is required in ${parent.length ? `'${parent.join('.')}'` : `a ${this.what}`} but is missing.`);
    }
    string(path, options = {}) {
        const value = this.value(path);
        if (value === undefined || value === null) {
            if (options.required)
                throw this.missing(path);
            return undefined;
        }
        if (typeof value !== 'string' || value.trim() === '') {
            throw this.error(path, `must be ${options.describe ?? 'a non-empty string'}, not ${typeName(value)}.`);
        }
        if (options.pattern && !options.pattern.test(value)) {
            throw this.error(path, `'${value}' is not valid: it must be ${options.describe ?? `like ${options.pattern}`}.`);
        }
        return value;
    }
    /** An integer; integer strings are accepted as the CLI accepts them (`"10"`), fractions and words are not. */
    integer(path, bounds = {}) {
        const value = this.value(path);
        if (value === undefined || value === null)
            return undefined;
        const parsed = typeof value === 'number' && Number.isInteger(value)
            ? value
            : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
                ? Number(value)
                : undefined;
        const { min, max } = bounds;
        const range = min !== undefined && max !== undefined
            ? ` from ${min} to ${max}`
            : min !== undefined
                ? ` of at least ${min}`
                : max !== undefined
                    ? ` of at most ${max}`
                    : '';
        if (parsed === undefined ||
            !Number.isSafeInteger(parsed) ||
            (min !== undefined && parsed < min) ||
            (max !== undefined && parsed > max)) {
            throw this.error(path, `must be a whole number${range}, not ${typeName(value)}.`);
        }
        return parsed;
    }
    /** A finite number (a YAML number: `0.5`, `1e-6`); strings are refused, they would hide a typo such as `0,5`. */
    number(path, bounds = {}) {
        const value = this.value(path);
        if (value === undefined || value === null)
            return undefined;
        const { min, max } = bounds;
        if (typeof value !== 'number' ||
            !Number.isFinite(value) ||
            (min !== undefined && value < min) ||
            (max !== undefined && value > max)) {
            const range = min !== undefined && max !== undefined
                ? ` from ${min} to ${max}`
                : min !== undefined
                    ? ` of at least ${min}`
                    : max !== undefined
                        ? ` of at most ${max}`
                        : '';
            throw this.error(path, `must be a number${range}, not ${typeName(value)}.`);
        }
        return value;
    }
    /** One of `values`, case-insensitively (the CLI's StringTransformedEnum); answers the canonical spelling. */
    choice(path, values) {
        const value = this.value(path);
        if (value === undefined || value === null)
            return undefined;
        const found = values.find((candidate) => candidate.toLowerCase() === String(value).toLowerCase());
        if (typeof value !== 'string' || !found) {
            throw this.error(path, `must be one of ${values.join(', ')}, not ${typeName(value)}.`);
        }
        return found;
    }
    /** A mapping of names to scalar values, read as strings (tags, properties, environment variables). */
    stringMap(path) {
        const mapping = this.mapping(path);
        if (!mapping)
            return {};
        const out = {};
        for (const [key, value] of Object.entries(mapping)) {
            if (value === null || value === undefined)
                continue;
            if (typeof value === 'object') {
                throw this.error([...path, key], `must be a text, number or boolean value, not ${typeName(value)}.`);
            }
            out[key] = String(value);
        }
        return out;
    }
}

// EXTERNAL MODULE: ./src/shared/documents.ts + 3 modules
var documents = __webpack_require__(8493);
// EXTERNAL MODULE: ./src/shared/folder-digest.ts
var folder_digest = __webpack_require__(31562);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/run-integration-score/expectations/expectations-file.ts
/**
 * The expectations file: what a scoring output must look like to count as validated. Read before anything runs;
 * every problem is reported at its file and line, all of them at once.
 *
 *   output:                      # how to read the output (required)
 *     layout: append_row         # append_row: no header, the columns below in this order (Azure's append_row
 *                                # output); csv: a header row that must name the columns below, in this order
 *     delimiter: ","             # one character; " " for a DataFrame returned by a scoring script's run()
 *     columns:                   # name and, optionally, type: integer, number, string or boolean
 *       - {name: row, type: integer}
 *       - {name: prediction, type: number}
 *       - {name: file, type: string}
 *   rows: input                  # the input's data rows; or a number; or {min: 1, max: 1000}
 *   columns:                     # per-column checks
 *     prediction: {min: 0, max: 1, allowed: [0, 1], max_null_share: 0}
 *   golden:                      # a CSV with a header, joined to the output on the key columns
 *     file: golden.csv           # relative to this file
 *     keys: [file, row]
 *     tolerance: {absolute: 1.0e-6, relative: 0}   # |observed - expected| <= absolute + relative * |expected|
 *     columns: {prediction: {absolute: 0.001}}     # per-column tolerance
 *   max_duration: 15m            # from the invocation to the job's end, as the step observed it
 *
 * Missing values are empty fields or NA, NaN, nan, null, NULL, None (field-values.ts). The digest of the
 * expectations (this file and the golden file, folder-digest.ts) goes into the integration receipt.
 */









const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean'];
const LAYOUTS = ['append_row', 'csv'];
const TOP_KEYS = ['output', 'rows', 'columns', 'golden', 'max_duration'];
const OUTPUT_KEYS = ['layout', 'delimiter', 'columns'];
const COLUMN_KEYS = ['name', 'type'];
const CHECK_KEYS = ['min', 'max', 'allowed', 'max_null_share'];
const ROW_RANGE_KEYS = ['min', 'max'];
const GOLDEN_KEYS = ['file', 'delimiter', 'keys', 'tolerance', 'columns'];
const TOLERANCE_KEYS = ['absolute', 'relative'];
const WHAT = 'run-integration-score expectations file';
/** Collects the problems of independent parts, so one run reports them all. */
class Problems {
    file;
    list = [];
    constructor(file) {
        this.file = file;
    }
    /** Runs `read`; a ConfigurationError becomes a problem (and undefined), anything else is rethrown. */
    collect(read) {
        try {
            return read();
        }
        catch (error) {
            this.list.push(...(0,shared_problems/* problemsFromError */.XN)(error, this.file));
            return undefined;
        }
    }
}
function delimiterAt(reader, path) {
    const value = reader.value(path);
    if (value === undefined || value === null)
        return ',';
    if (typeof value !== 'string' || Buffer.byteLength(value) !== 1 || /["\r\n]/.test(value)) {
        throw reader.error(path, `must be one ASCII character other than a quote or a line break (such as "," ";" "|" " "), not ${typeName(value)}.`);
    }
    return value;
}
function readColumns(reader, problems) {
    const path = ['output', 'columns'];
    const list = reader.value(path);
    if (!Array.isArray(list) || list.length === 0) {
        throw reader.error(list === undefined || list === null ? ['output'] : path, `'output.columns' must list the output's columns in file order, each a name or {name, type}${list === undefined || list === null ? '' : `, not ${typeName(list)}`}.`);
    }
    const columns = [];
    const seen = new Set();
    list.forEach((_entry, index) => {
        const at = [...path, index];
        const column = problems.collect(() => {
            const entry = reader.value(at);
            const location = reader.document.locate(at);
            if (typeof entry === 'string' && entry.trim() !== '')
                return { name: entry, type: undefined, location };
            reader.checkKeys(at, COLUMN_KEYS);
            const name = reader.string([...at, 'name'], { required: true });
            // A wrong type is reported; the column keeps its name, so checks that name it are still checked.
            const type = problems.collect(() => reader.choice([...at, 'type'], COLUMN_TYPES));
            return { name, type, location };
        });
        if (!column)
            return;
        if (seen.has(column.name)) {
            problems.list.push({ message: `column '${column.name}' is listed twice`, location: column.location });
            return;
        }
        seen.add(column.name);
        columns.push(column);
    });
    return columns;
}
function readOutput(reader, problems) {
    if (!reader.has(['output'])) {
        throw reader.error([], "'output' is required: say how to read the output (layout, delimiter, columns). See the action's README.");
    }
    reader.checkKeys(['output'], OUTPUT_KEYS);
    // A wrong layout or delimiter is reported, and the columns still read, so the checks naming them are checked too.
    const layout = problems.collect(() => reader.choice(['output', 'layout'], LAYOUTS)) ?? 'append_row';
    const delimiter = problems.collect(() => delimiterAt(reader, ['output', 'delimiter'])) ?? ',';
    const columns = problems.collect(() => readColumns(reader, problems));
    if (!columns)
        return undefined;
    return { layout, delimiter, columns, location: reader.document.locate(['output']) };
}
function readRows(reader) {
    const value = reader.value(['rows']);
    if (value === undefined || value === null)
        return undefined;
    const location = reader.document.locate(['rows']);
    if (value === 'input')
        return { kind: 'input', location };
    if (typeof value === 'number')
        return { kind: 'exact', count: reader.integer(['rows'], { min: 0 }), location };
    if (typeof value === 'object' && !Array.isArray(value)) {
        reader.checkKeys(['rows'], ROW_RANGE_KEYS);
        const min = reader.integer(['rows', 'min'], { min: 0 });
        const max = reader.integer(['rows', 'max'], { min: 0 });
        if (min === undefined && max === undefined)
            throw reader.error(['rows'], 'a range needs min, max or both.');
        if (min !== undefined && max !== undefined && min > max) {
            throw reader.error(['rows'], `min (${min}) is more than max (${max}).`);
        }
        return { kind: 'range', min, max, location };
    }
    throw reader.error(['rows'], `must be 'input' (as many rows as the input has), a number, or {min, max}; not ${typeName(value)}.`);
}
function columnNamed(reader, path, name, output, role) {
    const column = output.columns.find((candidate) => candidate.name === name);
    if (column)
        return column;
    const names = output.columns.map((candidate) => candidate.name);
    const close = (0,suggest/* suggest */.Z)(name, names);
    throw reader.error(path, `${role} '${name}' is not a column of the output${close ? `; did you mean '${close}'?` : '.'} The output's columns (output.columns) are: ${names.join(', ')}.`);
}
function readAllowed(reader, path) {
    const value = reader.value(path);
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value) || value.length === 0) {
        throw reader.error(path, `must be a list of the values the column may hold, not ${typeName(value)}.`);
    }
    value.forEach((item, index) => {
        if (!['string', 'number', 'boolean'].includes(typeof item)) {
            throw reader.error([...path, index], `must be a text, number or boolean value, not ${typeName(item)}.`);
        }
    });
    return value;
}
function readColumnChecks(reader, output, problems) {
    const mapping = reader.mapping(['columns']);
    if (!mapping)
        return [];
    const checks = [];
    for (const name of Object.keys(mapping)) {
        const at = ['columns', name];
        const check = problems.collect(() => {
            const column = columnNamed(reader, at, name, output, 'column');
            reader.checkKeys(at, CHECK_KEYS);
            const min = reader.number([...at, 'min']);
            const max = reader.number([...at, 'max']);
            if ((min !== undefined || max !== undefined) &&
                (column.type === 'string' || column.type === 'boolean')) {
                throw reader.error(at, `min and max apply to numbers; column '${name}' is of type ${column.type}.`);
            }
            if (min !== undefined && max !== undefined && min > max) {
                throw reader.error(at, `min (${min}) is more than max (${max}).`);
            }
            const allowed = readAllowed(reader, [...at, 'allowed']);
            const maxNullShare = reader.number([...at, 'max_null_share'], { min: 0, max: 1 });
            const locate = (key) => reader.has([...at, key]) ? reader.document.locate([...at, key]) : undefined;
            const range = locate('min') ?? locate('max');
            const allowedAt = locate('allowed');
            const nullAt = locate('max_null_share');
            return {
                column: name,
                ...(min !== undefined ? { min } : {}),
                ...(max !== undefined ? { max } : {}),
                ...(allowed ? { allowed } : {}),
                ...(maxNullShare !== undefined ? { maxNullShare } : {}),
                locations: {
                    ...(range ? { range } : {}),
                    ...(allowedAt ? { allowed: allowedAt } : {}),
                    ...(nullAt ? { maxNullShare: nullAt } : {}),
                },
            };
        });
        if (check)
            checks.push(check);
    }
    return checks;
}
function readTolerance(reader, path, base) {
    if (!reader.has(path))
        return base;
    reader.mapping(path);
    reader.checkKeys(path, TOLERANCE_KEYS);
    return {
        absolute: reader.number([...path, 'absolute'], { min: 0 }) ?? base.absolute,
        relative: reader.number([...path, 'relative'], { min: 0 }) ?? base.relative,
    };
}
function readGolden(reader, output, context, problems) {
    if (!reader.has(['golden']))
        return undefined;
    reader.mapping(['golden']);
    reader.checkKeys(['golden'], GOLDEN_KEYS);
    const written = problems.collect(() => reader.string(['golden', 'file'], { required: true }));
    const delimiter = problems.collect(() => delimiterAt(reader, ['golden', 'delimiter']));
    const keys = problems.collect(() => {
        const value = reader.value(['golden', 'keys']);
        if (value === undefined || value === null)
            throw reader.missing(['golden', 'keys']);
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || list.length === 0 || list.some((key) => typeof key !== 'string')) {
            throw reader.error(['golden', 'keys'], `must list the columns that identify a row in both files (such as [file, row]), not ${typeName(value)}.`);
        }
        list.forEach((key, index) => {
            columnNamed(reader, ['golden', 'keys', typeof value === 'string' ? 0 : index], key, output, 'key');
        });
        return list;
    });
    const tolerance = problems.collect(() => readTolerance(reader, ['golden', 'tolerance'], { absolute: 0, relative: 0 }));
    const columns = problems.collect(() => {
        const mapping = reader.mapping(['golden', 'columns']) ?? {};
        const out = {};
        for (const name of Object.keys(mapping)) {
            const at = ['golden', 'columns', name];
            columnNamed(reader, at, name, output, 'column');
            out[name] = {
                ...readTolerance(reader, at, tolerance ?? { absolute: 0, relative: 0 }),
                location: reader.document.locate(at),
            };
        }
        return out;
    });
    const file = problems.collect(() => {
        if (written === undefined)
            return undefined;
        const relativeToWorkspace = (0,external_node_path_.relative)(context.workspace, (0,external_node_path_.resolve)(context.folder, written));
        try {
            return (0,shared_files/* resolveWorkspacePath */.XI)(context.workspace, relativeToWorkspace, 'expectations');
        }
        catch {
            throw reader.error(['golden', 'file'], `'${written}' is outside the workspace; keep the golden file in the repository.`);
        }
    });
    if (!file || delimiter === undefined || !keys || !tolerance || !columns)
        return undefined;
    return {
        file,
        shown: (0,shared_files/* workspaceRelative */.Uc)(context.workspace, file),
        delimiter,
        keys,
        tolerance,
        columns,
        location: reader.document.locate(['golden']),
    };
}
function readMaxDuration(reader) {
    const value = reader.value(['max_duration']);
    if (value === undefined || value === null)
        return undefined;
    const ms = typeof value === 'string' ? (0,inputs/* parseDuration */.E9)(value.trim()) : undefined;
    if (ms === undefined || ms <= 0) {
        throw reader.error(['max_duration'], `must be a duration such as 30s, 15m or 1h30m (units ms, s, m, h, d), not ${typeName(value)}.`);
    }
    return { ms, text: String(value).trim(), location: reader.document.locate(['max_duration']) };
}
/** Parses a loaded document; throws a ProblemsError listing every problem. Exposed for tests. */
function readExpectations(document, context) {
    const reader = new DocumentReader(document, WHAT);
    const problems = new Problems(document.file);
    const root = problems.collect(() => {
        const mapping = reader.mapping([]);
        if (!mapping)
            throw reader.error([], 'is empty; it must say at least how to read the output (output:).');
        reader.checkKeys([], TOP_KEYS);
        return mapping;
    });
    if (!root)
        throw new shared_problems/* ProblemsError */.FQ(`${document.file} is not a valid ${WHAT}`, problems.list, 'expectations');
    const output = problems.collect(() => readOutput(reader, problems));
    const rows = problems.collect(() => readRows(reader));
    const maxDuration = problems.collect(() => readMaxDuration(reader));
    const columns = output ? (problems.collect(() => readColumnChecks(reader, output, problems)) ?? []) : [];
    const golden = output ? problems.collect(() => readGolden(reader, output, context, problems)) : undefined;
    if (problems.list.length > 0 || !output) {
        throw new shared_problems/* ProblemsError */.FQ(`${document.file} is not a valid ${WHAT}`, (0,shared_problems/* sortProblems */.dS)(problems.list), 'expectations');
    }
    return { file: document.file, output, rows, columns, golden, maxDuration };
}
/** Loads and checks the file the `expectations` input names (an absolute path inside the workspace). */
async function loadExpectations(absolute, workspace) {
    const shown = (0,shared_files/* workspaceRelative */.Uc)(workspace, absolute);
    const document = await (0,documents/* loadDocument */.Az)(absolute, shown, 'expectations');
    const folder = (0,external_node_path_.dirname)(absolute);
    const expectations = readExpectations(document, { workspace, folder });
    const files = [{ path: (0,external_node_path_.basename)(absolute), sha256: await (0,folder_digest/* sha256OfFile */.Vq)(absolute) }];
    if (expectations.golden) {
        const golden = expectations.golden;
        let sha256;
        try {
            sha256 = await (0,folder_digest/* sha256OfFile */.Vq)(golden.file);
        }
        catch {
            throw new errors/* ConfigurationError */.j1(`${(0,errors/* formatLocation */.j$)(golden.location, { column: false })}: the golden file '${golden.shown}' does not exist; check golden.file (relative to ${shown}).`, { input: 'expectations', location: golden.location });
        }
        files.push({ path: (0,external_node_path_.relative)(folder, golden.file).split(external_node_path_.sep).join('/'), sha256 });
    }
    return { ...expectations, digest: (0,folder_digest/* contentDigest */.eZ)(files) };
}

// EXTERNAL MODULE: ./src/run-integration-score/expectations/golden-file.ts
var golden_file = __webpack_require__(94771);
// EXTERNAL MODULE: ./src/shared/control-table/table-layout.ts
var table_layout = __webpack_require__(99005);
;// CONCATENATED MODULE: ./src/run-integration-score/pipeline/control-table-layout.ts



const input = table_schema/* TABLE_SCHEMA_INPUT */.YT;
const control_table_layout_short = (digest) => digest.slice(0, 12);
/**
 * The layout to read the receipt's table with; `schema` is the parsed `table-schema` input (undefined when not
 * given), `table` the receipt's table parsed.
 */
function controlTableLayout(receipt, table, schema) {
    const recorded = receipt.store.tableSchema;
    const named = receipt.store.table;
    if (!schema) {
        if (!recorded)
            return table_layout/* BUILTIN_LAYOUT */.ro;
        throw new errors/* ConfigurationError */.j1(`Input '${input}' is not given, but the metadata receipt says apply-control-metadata adopted the control table ${named} through the table-schema ${recorded.file} (mapping ${control_table_layout_short(recorded.digest)}): its columns have that file's names. Give the same file in '${input}'.`, { input });
    }
    const file = schema.layout.file ?? input;
    if (!recorded) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}' gives ${file}, but the metadata receipt says apply-control-metadata wrote its own control table ${named}, with no table-schema: remove '${input}', or run apply-control-metadata with this table-schema first.`, { input, location: { file } });
    }
    const digest = (0,table_schema/* tableSchemaDigest */.yO)(schema.layout);
    if (digest !== recorded.digest) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': the mapping of ${file} (${control_table_layout_short(digest)}) is not the one apply-control-metadata adopted the control table ${named} with (${recorded.file}, mapping ${control_table_layout_short(recorded.digest)}): give the table-schema file apply-control-metadata was given, or run apply-control-metadata again with this one.`, { input, location: { file } });
    }
    if (schema.table && !sameTable(schema.table, table)) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': ${file} describes the table ${schema.table.schema}.${schema.table.table}, but the metadata receipt's control table is ${named}; give the table-schema of ${named}.`, { input, location: { file } });
    }
    return schema.layout;
}
function sameTable(a, b) {
    return `${a.schema}.${a.table}`.toLowerCase() === `${b.schema}.${b.table}`.toLowerCase();
}

// EXTERNAL MODULE: ./src/run-integration-score/scoring-input.ts
var scoring_input = __webpack_require__(21661);
;// CONCATENATED MODULE: ./src/run-integration-score/prepare.ts
/**
 * The first phase: everything that can be checked without Azure, before any Azure call — the sign-in inputs, the
 * metadata receipt (for this environment and subscription, its chain of receipts unaltered, not from a dry run
 * unless this is one), the mode and the inputs it takes, the input data (a local path must exist), the
 * expectations file and its golden file (read whole: a bad golden file is refused here). A step that fails here
 * has made no request.
 *
 * The mode switch: endpoint mode takes `input`; pipeline mode takes `use-case` (and optionally `pipeline` and
 * `parameters`) and the control database's sign-in (the database itself is the one the metadata receipt names),
 * and `table-schema` when apply-control-metadata adopted the user's table (pipeline/control-table-layout.ts); each
 * refuses the other's inputs. The pipeline's own checks (the row, the pipeline's parameters) need Azure and the
 * database and are made before its run starts (pipeline/pipeline-scoring.ts).
 */

















const PIPELINE_INPUTS = [
    ['use-case', 'useCase'],
    ['pipeline', 'pipeline'],
    ['parameters', 'parameters'],
    ['table-schema', 'tableSchema'],
];
async function prepareScoring(inputs, deps) {
    (0,azure_inputs/* resolveAzureAccess */.kl)(inputs);
    const metadataReceipt = parseReceiptInput(definition/* definition */.m.inputs.metadataReceipt, inputs.metadataReceipt, {
        environment: inputs.environment,
        subscription: inputs.subscriptionId,
    });
    checkReceiptChain(metadataReceipt, 'metadata-receipt');
    const adfReceipt = metadataReceipt.upstream.receipt;
    if (adfReceipt.planned && !inputs.dryRun) {
        throw new errors/* ConfigurationError */.j1("Input 'metadata-receipt' comes from a dry run: the pipelines in it were planned, not deployed. Only a dry run (dry-run: true) can plan with it; run the release without dry-run first.", { input: 'metadata-receipt' });
    }
    const pipeline = inputs.mode === 'pipeline'
        ? {
            ...pipelineRequest(inputs, metadataReceipt),
            layout: await readLayout(inputs, metadataReceipt, deps),
        }
        : undefined;
    if (!pipeline) {
        for (const [name, key] of PIPELINE_INPUTS) {
            if (inputs[key] !== undefined) {
                throw new errors/* ConfigurationError */.j1(`Input '${name}' is for pipeline mode, but mode is endpoint: remove it, or set mode: pipeline.`, { input: name });
            }
        }
        if (inputs.input === undefined) {
            throw new errors/* ConfigurationError */.j1('Input required and not supplied: input (mode is endpoint: the data to score, a workspace file or folder, an azureml:// or an https:// URI)', { input: 'input' });
        }
    }
    return deps.logger.group('Read the input and the expectations', async () => {
        const input = pipeline ? undefined : await (0,scoring_input/* readScoringInput */.OT)(inputs.input, deps.workspace);
        if (input?.kind === 'local') {
            deps.logger.info(`Input ${input.content.shown}: ${input.content.files.length} file(s), ${input.content.bytes} bytes (content ${input.content.digest.slice(0, 12)})`);
        }
        const file = inputs.expectations;
        const expectations = file
            ? await (0,shared_problems/* annotateProblems */.$9)(deps.logger, () => loadExpectations(file, deps.workspace))
            : undefined;
        if (expectations)
            deps.logger.info(`Expectations ${expectations.file} (digest ${expectations.digest.slice(0, 12)})`);
        else
            deps.logger.warning('No expectations file: the output is only required to hold at least one row.');
        let inputRows;
        if (expectations?.rows?.kind === 'input' && input)
            inputRows = await localRowsFor(input, expectations);
        const golden = expectations?.golden
            ? await (0,shared_problems/* annotateProblems */.$9)(deps.logger, () => (0,golden_file/* loadGolden */.o3)(expectations.golden, expectations.output.columns))
            : undefined;
        if (golden)
            deps.logger.info(`Golden file ${golden.file}: ${golden.rows} row(s) by ${golden.keyNames.join(', ')}`);
        return {
            metadataReceipt,
            amlReceipt: adfReceipt.upstream.receipt,
            mode: inputs.mode,
            input,
            ...(pipeline ? { pipeline } : {}),
            inputRows,
            expectations,
            golden,
            run: runInfoFromEnvironment(deps.env),
        };
    });
}
/**
 * The input's rows, for `rows: input`: counted here for a local input, later for a datastore one; an https input
 * is not read by this step, so it cannot be compared with.
 */
async function localRowsFor(input, expectations) {
    const at = expectations.rows.location;
    const where = (0,errors/* formatLocation */.j$)(at, { column: false });
    if (input.kind === 'url') {
        throw new errors/* ConfigurationError */.j1(`${where}: 'rows: input' needs an input this step can read (a workspace path or an azureml:// datastore URI), and the input is an https:// URL; give the number of rows instead.`, { input: 'expectations', location: at });
    }
    if (input.kind !== 'local')
        return undefined;
    const other = input.content.files.find((file) => (0,external_node_path_.extname)(file.path).toLowerCase() !== '.csv');
    if (other) {
        throw new errors/* ConfigurationError */.j1(`${where}: 'rows: input' counts the rows of CSV files, and the input holds '${other.path}'; give the number of rows instead.`, { input: 'expectations', location: at });
    }
    return (0,scoring_input/* countLocalRows */.uF)(input.content);
}
/**
 * Pipeline mode's inputs: a use case, no `input` (the pipeline reads its own), `parameters` a mapping, and a way to
 * sign in to the control database the metadata receipt names (its engine, server and database come from there).
 */
function pipelineRequest(inputs, receipt) {
    if (inputs.input !== undefined) {
        throw new errors/* ConfigurationError */.j1("Input 'input' is for endpoint mode, but mode is pipeline: the use case's pipeline reads its own input. Remove it, or set mode: endpoint.", { input: 'input' });
    }
    if (!inputs.useCase) {
        throw new errors/* ConfigurationError */.j1('Input required and not supplied: use-case (mode is pipeline: the id of the control table row whose pipeline runs)', { input: 'use-case' });
    }
    if (inputs.parameters !== undefined && !(0,values/* isRecord */.u4)(inputs.parameters)) {
        throw new errors/* ConfigurationError */.j1("Input 'parameters' must be a mapping of parameter names to values (YAML or JSON).", { input: 'parameters' });
    }
    const { store } = receipt;
    const database = (0,control_table_database/* resolveDatabaseAccess */.kb)({
        engine: store.engine,
        ...(inputs.connectionString ? {} : { server: store.server, database: store.database }),
        ...(inputs.port !== undefined ? { port: inputs.port } : {}),
        dbAuth: inputs.dbAuth,
        ...(inputs.dbUser ? { dbUser: inputs.dbUser } : {}),
        ...(inputs.dbPassword ? { dbPassword: inputs.dbPassword } : {}),
        ...(inputs.connectionString ? { connectionString: inputs.connectionString } : {}),
    });
    return {
        useCase: inputs.useCase,
        pipeline: inputs.pipeline,
        parameters: inputs.parameters,
        database,
    };
}
/** The layout of the receipt's control table, the `table-schema` input held against the receipt. */
async function readLayout(inputs, receipt, deps) {
    const { store } = receipt;
    const defaultSchema = store.engine === 'postgresql' ? 'public' : 'dbo';
    const table = (0,model/* parseTableName */.HC)(store.table, defaultSchema);
    if (!table)
        throw new Error(`The metadata receipt names the control table '${store.table}', which is no table name.`);
    const file = inputs.tableSchema;
    const schema = file
        ? await (0,shared_problems/* annotateProblems */.$9)(deps.logger, () => (0,table_schema/* loadTableSchema */.yE)(file, (0,shared_files/* workspaceRelative */.Uc)(deps.workspace, file), {
            environment: inputs.environment,
            defaultSchema,
        }))
        : undefined;
    const layout = controlTableLayout(receipt, table, schema);
    if (layout.adopted) {
        deps.logger.info(`Control table ${store.table} read as ${layout.file} maps it (${layout.columns.map((c) => `${c.field}: ${c.name}`).join(', ')}), the mapping apply-control-metadata adopted it with.`);
    }
    return layout;
}
/** Endpoint mode's input (prepareScoring requires it in that mode). */
function endpointInput(prepared) {
    if (!prepared.input)
        throw new Error('Endpoint mode was prepared without an input.');
    return prepared.input;
}


/***/ }),

/***/ 21661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ readScoringInput),
/* harmony export */   t2: () => (/* binding */ rowCounter),
/* harmony export */   uF: () => (/* binding */ countLocalRows)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_azure_datastore_uris_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(42630);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _shared_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38590);
/* harmony import */ var _shared_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31562);
/* harmony import */ var _expectations_csv_rows_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10807);
/**
 * The `input` of endpoint mode, read before anything runs:
 *   - a file or folder of the workspace: hashed (folder-digest.ts) and, at run time, uploaded to the workspace's
 *     default datastore under `LocalUpload/<digest>/<name>/` (the layout azure-ai-ml and deploy-aml-endpoint use: an
 *     unchanged input is not uploaded again); a missing path is refused here;
 *   - `azureml://datastores/<datastore>/paths/<path>` (or the long form with the workspace): passed as it is; its
 *     existence is checked with the datastore before the job starts (live-checks.ts);
 *   - `https://...`: a blob or ADLS URL passed as it is (the job's identity must be able to read it).
 * A path or URI ending in `/` is a folder (JobInputType UriFolder), anything else a file (UriFile). Other schemes
 * (`http://`, `wasbs://`, data assets `azureml:<name>:<version>`) are refused: model deployments of batch
 * endpoints read data from datastores and storage URLs.
 *
 * The input's rows (for the `rows: input` expectation) are its CSV data rows — every file, its header not counted,
 * blank lines skipped — as the MLflow batch driver reads them with pandas.
 */






const INPUT = 'input';
const typeOf = (text) => (text.endsWith('/') ? 'UriFolder' : 'UriFile');
function refuse(message) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input 'input' ${message}`, { input: INPUT });
}
async function readScoringInput(text, workspace) {
    if (/^azureml:\/\//i.test(text)) {
        const location = (0,_shared_azure_datastore_uris_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDatastoreUri */ .x)(text);
        if (!location) {
            throw refuse(`is '${text}', which is not a datastore path; use azureml://datastores/<datastore>/paths/<path> (a trailing / for a folder).`);
        }
        if (!location.path || location.path === '/') {
            throw refuse(`is '${text}', which names no path inside datastore '${location.datastore}'.`);
        }
        return { kind: 'datastore', uri: text, location, type: typeOf(text) };
    }
    if (/^https:\/\//i.test(text)) {
        try {
            new URL(text);
        }
        catch {
            throw refuse(`is '${text}', which is not a valid URL.`);
        }
        return { kind: 'url', uri: text, type: typeOf(new URL(text).pathname) };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
        throw refuse(`is '${text}'; batch endpoints read a workspace file or folder (uploaded by this step), an azureml://datastores/<datastore>/paths/<path> URI or an https:// storage URL.`);
    }
    const absolute = (0,_shared_files_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .XI)(workspace, text, INPUT);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute);
    }
    catch {
        throw refuse(`names '${text}', which does not exist in the workspace; check the path relative to the repository checkout.`);
    }
    const content = await (0,_shared_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFolder */ .lo)(absolute, text);
    const isFolder = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absolute)).isDirectory();
    return { kind: 'local', content, type: isFolder ? 'UriFolder' : 'UriFile' };
}
/** A CSV scanner that counts data rows (the header of each file not counted). */
function rowCounter() {
    let rows = 0;
    const scanner = new _expectations_csv_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .CsvRowScanner */ .pm(',', () => {
        rows++;
    });
    return { scanner, rows: () => Math.max(0, rows - 1) };
}
/** The data rows of the local input's files. */
async function countLocalRows(content) {
    let total = 0;
    for (const file of content.files) {
        const counter = rowCounter();
        await (0,_expectations_csv_rows_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFile */ .WN)(file.absolute, counter.scanner);
        total += counter.rows();
    }
    return total;
}


/***/ }),

/***/ 42630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ datastoreUri),
/* harmony export */   x: () => (/* binding */ parseDatastoreUri)
/* harmony export */ });
/**
 * Azure ML datastore URIs, the two forms azure-ai-ml writes and the batch endpoints read:
 *   azureml://datastores/<datastore>/paths/<path>
 *   azureml://subscriptions/<s>/resourcegroups/<g>/workspaces/<w>/datastores/<datastore>/paths/<path>
 * (the long form may also spell `providers/Microsoft.MachineLearningServices/workspaces`). Path segments are
 * percent-decoded; a path ending in `/` is a folder.
 */
const SHORT = /^azureml:\/\/datastores\/([^/]+)\/paths\/(.*)$/i;
const LONG = /^azureml:\/\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)\/(?:providers\/Microsoft\.MachineLearningServices\/)?workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/i;
const decodePath = (path) => path
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => {
    try {
        return decodeURIComponent(segment);
    }
    catch {
        return segment;
    }
})
    .join('/');
/** The datastore and path of a datastore URI, or undefined when `uri` is not one. */
function parseDatastoreUri(uri) {
    const short = SHORT.exec(uri);
    if (short)
        return { datastore: short[1], path: decodePath(short[2]) };
    const long = LONG.exec(uri);
    if (!long)
        return undefined;
    const [, subscriptionId, resourceGroup, name, datastore, path] = long;
    return {
        datastore: datastore,
        path: decodePath(path),
        workspace: { subscriptionId: subscriptionId, resourceGroup: resourceGroup, name: name },
    };
}
/** The short form, each path segment percent-encoded. */
function datastoreUri(datastore, path) {
    const encoded = path
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
    return `azureml://datastores/${datastore}/paths/${encoded}`;
}


/***/ }),

/***/ 3773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   kb: () => (/* binding */ resolveDatabaseAccess)
/* harmony export */ });
/* unused harmony export tlsRefusal */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

function resolveDatabaseAccess(inputs) {
    const { engine } = inputs;
    if (inputs.connectionString) {
        const extra = [
            ['server', inputs.server],
            ['port', inputs.port],
            ['database', inputs.database],
            ['db-user', inputs.dbUser],
            ['db-password', inputs.dbPassword],
        ].filter(([, value]) => value !== undefined && value !== '');
        if (extra.length > 0) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'connection-string' is given together with ${extra.map(([name]) => `'${name}'`).join(', ')}; give either a connection string or server, database and db-auth, not both.`, { input: 'connection-string' });
        }
        return { kind: 'connection-string', engine, connectionString: inputs.connectionString };
    }
    for (const [input, value] of [
        ['server', inputs.server],
        ['database', inputs.database],
    ]) {
        if (!value) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' is required unless connection-string is given (the database ${input === 'server' ? 'server host name' : 'name'}).`, { input });
        }
    }
    const target = { engine, server: inputs.server, database: inputs.database, port: inputs.port };
    if (inputs.dbAuth === 'password') {
        if (!inputs.dbUser) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'db-user' is required with db-auth: password.", {
                input: 'db-user',
            });
        }
        if (!inputs.dbPassword) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'db-password' is required with db-auth: password; pass it from a GitHub secret.", { input: 'db-password' });
        }
        return { kind: 'password', ...target, user: inputs.dbUser, password: inputs.dbPassword };
    }
    if (inputs.dbPassword) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'db-password' is set, but db-auth is entra (a token from the Azure sign-in); set db-auth: password to use it, or remove it.", { input: 'db-password' });
    }
    if (engine === 'postgresql' && !inputs.dbUser) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'db-user' is required with db-auth: entra on postgresql: the database role of the Microsoft Entra principal (the managed identity's or application's name).", { input: 'db-user' });
    }
    return { kind: 'entra', ...target, ...(inputs.dbUser ? { user: inputs.dbUser } : {}) };
}
async function entraToken(access, deps) {
    if (access.kind !== 'entra')
        return undefined;
    const { credential, cloud } = await deps.credential();
    const scope = access.engine === 'sqlserver' ? cloud.sqlDatabaseScope : cloud.postgresqlScope;
    const token = await credential.getToken(scope);
    if (!token)
        throw new Error(`No Microsoft Entra token was issued for ${scope}.`);
    deps.masker.mask(token.token);
    return token.token;
}
async function openStore(access, table, deps, options = {}) {
    const token = await entraToken(access, deps);
    if (access.engine === 'postgresql') {
        const [{ default: pg }, { postgresConfig, urlPassword }, { PostgresStore }] = await Promise.all([
            __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 83849)),
            __webpack_require__.e(/* import() */ 12).then(__webpack_require__.bind(__webpack_require__, 34012)),
            __webpack_require__.e(/* import() */ 671).then(__webpack_require__.bind(__webpack_require__, 45671)),
        ]);
        const config = access.kind === 'connection-string'
            ? postgresConfig({ connectionString: access.connectionString })
            : postgresConfig({
                server: access.server,
                port: access.port,
                database: access.database,
                user: access.user,
                password: access.kind === 'entra' ? token : access.password,
                caCertificates: deps.caCertificates,
            });
        if (access.kind === 'connection-string')
            deps.masker.mask(urlPassword(access.connectionString));
        const client = new pg.Client(config);
        const store = new PostgresStore(client, table, options);
        try {
            await client.connect();
        }
        catch (error) {
            throw tlsRefusal('postgresql', access, error) ?? error;
        }
        return { store, location: postgresLocation(access) };
    }
    const [{ sqlServerConfig, connectionStringSecrets }, { openSqlServerSession }, { SqlServerStore }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(719)]).then(__webpack_require__.bind(__webpack_require__, 89719)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(263)]).then(__webpack_require__.bind(__webpack_require__, 46263)),
        Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(160), __webpack_require__.e(653), __webpack_require__.e(271), __webpack_require__.e(82)]).then(__webpack_require__.bind(__webpack_require__, 63082)),
    ]);
    const config = access.kind === 'connection-string'
        ? sqlServerConfig({ auth: 'password', connectionString: access.connectionString })
        : sqlServerConfig({
            server: access.server,
            port: access.port,
            database: access.database,
            auth: access.kind,
            user: access.user,
            password: access.password,
            token,
        });
    if (access.kind === 'connection-string') {
        // The input is masked whole; its secrets also as the driver reads them (ADO.NET quoting undone).
        for (const secret of connectionStringSecrets(access.connectionString))
            deps.masker.mask(secret);
    }
    let session;
    try {
        session = await openSqlServerSession(config);
    }
    catch (error) {
        throw tlsRefusal('sqlserver', access, error) ?? error;
    }
    return {
        store: new SqlServerStore(session, table, options),
        location: { server: String(config.server ?? ''), database: String(config.database ?? '') },
    };
}
function postgresLocation(access) {
    if (access.kind !== 'connection-string')
        return { server: access.server, database: access.database };
    const url = new URL(access.connectionString);
    const server = url.hostname || url.searchParams.get('host') || 'localhost';
    const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || url.searchParams.get('dbname') || '';
    return { server, database };
}
/**
 * A connection refused over TLS, as a ConfigurationError that says how to connect: server connections are encrypted
 * and verified, so a server without TLS (PostgreSQL: "The server does not support SSL connections") or with a
 * certificate the runner does not trust needs the user to say so, in a connection string. Undefined for any other
 * failure, which is rethrown as it is.
 */
function tlsRefusal(engine, access, error) {
    const { message } = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error);
    const noTls = /does not support SSL/i.test(message);
    const untrusted = /certificate|self[- ]signed|SSL|TLS/i.test(message);
    if (!noTls && !untrusted)
        return undefined;
    const input = access.kind === 'connection-string' ? 'connection-string' : 'server';
    const how = engine === 'postgresql'
        ? noTls
            ? 'to connect without TLS (a local or private server only), give connection-string: postgresql://<user>@<host>:<port>/<database>?sslmode=disable'
            : "give the server's CA certificate in ca-certificate, or (a local server only) connection-string: postgresql://<user>@<host>:<port>/<database>?sslmode=no-verify"
        : 'give connection-string: Server=<host>,<port>;Database=<database>;...;TrustServerCertificate=true for a certificate the runner does not trust (a local container), or Encrypt=false for a server without TLS (a local one only)';
    const what = noTls
        ? 'the server does not accept TLS connections, and connections to a server are encrypted unless a connection string says otherwise'
        : "the server's TLS certificate could not be verified";
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Could not connect to the database: ${what} (${message}); ${how}.`, {
        input,
        cause: error,
    });
}


/***/ }),

/***/ 31562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ sha256OfFile),
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   lo: () => (/* binding */ digestFolder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/**
 * A folder (or single file) as content: every file with its SHA-256, and one digest over the relative paths and file
 * digests (`contentDigest`). The digest is the one identity of "the same bytes" across the actions: it names a local
 * upload (`LocalUpload/<digest>/...`, as azure-ai-ml names uploads by a content hash), it is a model version's
 * content digest (tag `mlops.content-sha256`, the same whether the files are read from a local folder or from the
 * model's datastore, see azure/model-content.ts), and it is what a receipt says its inputs were. `.git` folders are
 * left out of a local folder; symbolic links are refused, because what they point to is not part of the
 * repository's content.
 */





/**
 * The digest of a set of files: SHA-256 over `<path>\0<sha256>\n` per file, in the code-unit order of the paths
 * (the order a blob listing gives), so a local folder and its copy in a datastore have the same digest.
 */
function contentDigest(files) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of sorted)
        digest.update(`${file.path}\0${file.sha256}\n`);
    return digest.digest('hex');
}
function sha256OfFile(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest('hex')));
    });
}
async function listFiles(root, shown) {
    const found = [];
    const visit = async (dir) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
            if (entry.isSymbolicLink()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/')}' is a symbolic link; upload real files only.`);
            }
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    await visit(path);
            }
            else if (entry.isFile()) {
                found.push(path);
            }
        }
    };
    await visit(root);
    return found;
}
async function digestFolder(absolute, shown) {
    let stats;
    try {
        stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absolute);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: no such folder or file in the workspace.`);
    }
    if (stats.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is a symbolic link; name the folder itself.`);
    const isFile = stats.isFile();
    const paths = isFile ? [absolute] : await listFiles(absolute, shown);
    if (paths.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is an empty folder: it holds no file.`);
    const files = [];
    for (const path of paths) {
        const size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path)).size;
        files.push({
            path: isFile ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(path) : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(absolute, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'),
            absolute: path,
            size,
            sha256: await sha256OfFile(path),
        });
    }
    return {
        kind: isFile ? 'file' : 'folder',
        absolute,
        shown,
        name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(absolute),
        files,
        bytes: files.reduce((sum, file) => sum + file.size, 0),
        digest: contentDigest(files),
    };
}


/***/ }),

/***/ 47979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ receiptInconsistencies),
/* harmony export */   U: () => (/* binding */ modelOfAssetId)
/* harmony export */ });
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name` and `version` of a model asset id (workspace ARM id or registry URI); undefined for anything else. */
function modelOfAssetId(assetId) {
    const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
    return match ? { name: match[1], version: match[2] } : undefined;
}
/** The segments of an ARM resource id: subscription, resource group, and the resource's own name path. */
function armSegments(id) {
    const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
    if (!match)
        return undefined;
    // After the provider namespace: type/name pairs (`workspaces/ws/batchEndpoints/be`).
    const pairs = match[3].split('/');
    if (pairs.length % 2 !== 0)
        return undefined;
    return {
        subscription: match[1],
        resourceGroup: match[2],
        names: pairs.filter((_, index) => index % 2 === 1),
    };
}
function amlDifferences(receipt, at) {
    const differences = [];
    const endpoint = armSegments(receipt.endpoint.id);
    const expectedEndpoint = [receipt.workspace, receipt.endpoint.name];
    if (!endpoint ||
        !same(endpoint.subscription, receipt.subscription) ||
        !same(endpoint.resourceGroup, receipt.resourceGroup) ||
        endpoint.names.length !== 2 ||
        !endpoint.names.every((name, index) => same(name, expectedEndpoint[index]))) {
        differences.push(`${at}endpoint.id '${receipt.endpoint.id}' is not the id of batch endpoint '${receipt.endpoint.name}' in workspace '${receipt.workspace}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`);
    }
    if (!same(receipt.deployment.id, `${receipt.endpoint.id}/deployments/${receipt.deployment.name}`)) {
        differences.push(`${at}deployment.id '${receipt.deployment.id}' is not the id of deployment '${receipt.deployment.name}' of that endpoint`);
    }
    const model = modelOfAssetId(receipt.model.id);
    if (!model) {
        differences.push(`${at}model.id '${receipt.model.id}' is not the id of a model version`);
    }
    else if (!same(model.name, receipt.model.name) || model.version !== receipt.model.version) {
        differences.push(`${at}model ${receipt.model.name}:${receipt.model.version} is not the model its id names (${model.name}:${model.version})`);
    }
    return differences;
}
function adfDifferences(receipt, at) {
    const factory = armSegments(receipt.factory.id);
    if (factory &&
        same(factory.subscription, receipt.subscription) &&
        same(factory.resourceGroup, receipt.resourceGroup) &&
        factory.names.length === 1 &&
        same(factory.names[0], receipt.factory.name)) {
        return [];
    }
    return [
        `${at}factory.id '${receipt.factory.id}' is not the id of factory '${receipt.factory.name}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`,
    ];
}
/**
 * Every place where the receipt, or a receipt inside it, disagrees with itself; each names the field, prefixed with
 * the path of the receipt inside (`upstream.receipt.`).
 */
function receiptInconsistencies(receipt, at = '') {
    const own = receipt.kind === 'aml'
        ? amlDifferences(receipt, at)
        : receipt.kind === 'adf'
            ? adfDifferences(receipt, at)
            : [];
    const inner = 'upstream' in receipt ? receipt.upstream.receipt : undefined;
    return inner ? [...own, ...receiptInconsistencies(inner, `${at}upstream.receipt.`)] : own;
}


/***/ }),

/***/ 95198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a4: () => (/* binding */ upstream),
/* harmony export */   fw: () => (/* binding */ receiptDigest),
/* harmony export */   vX: () => (/* binding */ encodeReceipt)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42586);
/**
 * A receipt's one encoding (canonical JSON: the `receipt` output) and its digest, by which the next receipt names it
 * as its `upstream`.
 */


function encodeReceipt(receipt) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(receipt);
}
function receiptDigest(receipt) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g5: () => (/* binding */ RECEIPT_SCHEMAS),
/* harmony export */   xn: () => (/* reexport safe */ _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__.xn),
/* harmony export */   y4: () => (/* binding */ RECEIPT_VERSION)
/* harmony export */ });
/* unused harmony exports amlReceiptSchema, adfReceiptSchema, metadataReceiptSchema, integrationReceiptSchema, driftReceiptSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);
/* harmony import */ var _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42406);
/**
 * Receipts: the ordering contract between the actions (DESIGN.md §2.1). Each action emits one as its `receipt`
 * output (builders.ts) and the next action requires it (parse.ts); an action that writes to Azure or the control
 * database checks its claims against live state first (aml-verification.ts, adf-verification.ts). A receipt is
 * compact canonical JSON (encoding.ts), versioned (`v: 1`), and carries the receipt it was built on (`upstream`) so
 * every later step can see the whole chain and its digests.
 *
 * This file holds the schema of each kind of receipt (the kinds and their producers: receipt-input.ts).
 */

const RECEIPT_VERSION = 1;

const name = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1);
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    repo: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const base = {
    v: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RECEIPT_VERSION),
    environment: name,
    subscription: name,
    resourceGroup: name,
    run: runSchema,
    time: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }),
};
const modelSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: name, name, version: name });
const amlReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('aml'),
    workspace: name,
    endpoint: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name, scoringUri: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5() }),
    deployment: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name }),
    model: modelSchema,
});
const upstreamOf = (receipt) => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/), receipt });
const adfReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('adf'),
    /** The data factory, or (target `synapse`) the Synapse workspace: its name and ARM id. */
    factory: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name }),
    /** Set when the pipelines were deployed to a Synapse workspace (its artifacts' endpoint), not a data factory. */
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('synapse').optional(),
    pipelines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })),
    /**
     * Set by a dry run: the pipelines are those the deploy would make, not what the factory holds. A dry run downstream
     * plans with it; a real apply refuses it.
     */
    planned: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true).optional(),
    upstream: upstreamOf(amlReceiptSchema),
});
const metadataReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('metadata'),
    store: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['sqlserver', 'postgresql']),
        server: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        database: name,
        table: name,
        /**
         * Set when the table was the user's, adopted through a table-schema file: the file as the step named it, and the
         * digest of its parsed mapping (table-schema.ts `tableSchemaDigest`). Absent: the action's own table, with its
         * own column names (receipts written before this field existed are such receipts).
         */
        tableSchema: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }).optional(),
    }),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
    upstream: upstreamOf(adfReceiptSchema),
});
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
/**
 * The evidence a model version passed integration scoring: the scoring run (an endpoint job or a pipeline run), the
 * model version and its content digest (folder-digest.ts, computed from the version's files), the expectations it
 * was held to (their digest: the expectations file and the files it names), the verdict, and upstream the metadata
 * receipt of the release it scored.
 */
const integrationReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('integration'),
    workspace: name,
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pipeline', 'endpoint']),
    job: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** The endpoint job's name, or the pipeline run id. */
        id: name,
        status: name,
        /** The job's ARM id, when it has one. */
        resourceId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** Where a person sees the run (Azure ML studio), when Azure names it. */
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }),
    rowsScored: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    validated: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    model: modelSchema.extend({ contentDigest: sha256 }),
    expectationsDigest: sha256.optional(),
    upstream: upstreamOf(metadataReceiptSchema),
});
/** The drift gate also runs on a schedule with no deployment in the job: Azure coordinates are optional there. */
const driftReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    subscription: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    resourceGroup: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('drift'),
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    driftShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    driftedFeatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).optional(),
    reportDigest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
});
const RECEIPT_SCHEMAS = {
    aml: amlReceiptSchema,
    adf: adfReceiptSchema,
    metadata: metadataReceiptSchema,
    integration: integrationReceiptSchema,
    drift: driftReceiptSchema,
};


/***/ })

};
