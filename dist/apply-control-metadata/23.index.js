export const id = 23;
export const ids = [23];
export const modules = {

/***/ 26023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepare: () => (/* binding */ prepare)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts + 3 modules
var shared_files = __webpack_require__(51512);
;// CONCATENATED MODULE: ./src/shared/problems.ts
/**
 * A problem found while validating a user's files: what is wrong and where. Validators collect every problem before
 * failing, so one run shows the user all they must fix, and throw them together as one ProblemsError; the entry
 * point (`annotateProblems`) annotates each at its file and line.
 */

/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    return `${(0,errors/* formatLocation */.j$)(problem.location)}: ${problem.message}`;
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
class ProblemsError extends errors/* ConfigurationError */.j1 {
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
    if (error instanceof errors/* ConfigurationError */.j1)
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
        throw errors/* ConfigurationError */.j1.at((0,errors/* formatLocation */.j$)(first.location), `${first.message}${more}`, {
            location: first.location,
        });
    }
}

// EXTERNAL MODULE: ./src/shared/receipts/parse.ts
var parse = __webpack_require__(58816);
// EXTERNAL MODULE: ./src/apply-control-metadata/database.ts
var database = __webpack_require__(57941);
// EXTERNAL MODULE: ./src/apply-control-metadata/definition.ts
var definition = __webpack_require__(62605);
// EXTERNAL MODULE: ./src/apply-control-metadata/migrations.ts + 1 modules
var apply_control_metadata_migrations = __webpack_require__(83721);
// EXTERNAL MODULE: ./src/apply-control-metadata/model.ts
var model = __webpack_require__(50103);
;// CONCATENATED MODULE: ./src/apply-control-metadata/problems.ts
/**
 * Problems with the rows, the overrides file or the rows against the receipt, all collected before failing (the
 * shared Problem mechanism: src/shared/problems.ts).
 */

class RowsError extends ProblemsError {
    name = 'RowsError';
    /**
     * @param source what the problems are in, for the message: `the rows`, `the overrides file overrides/dev.yml`.
     * @param input the action input at fault.
     */
    constructor(problems, source, input) {
        super(`${countProblems(problems)} in ${source}`, problems, input);
    }
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/receipt-check.ts
/**
 * The rows against what this release deployed: a row may only name a pipeline the adf receipt lists, and the endpoint
 * (and pinned deployment) of the aml receipt the adf receipt was built on. A row pointing elsewhere would make the
 * orchestrator run something this release never deployed or verified.
 */
const LISTED_PIPELINES = 10;
/** Every mismatch between the rows and the receipts: one problem per row and column, at the column's location. */
function checkRowsAgainstReceipt(rows, adf) {
    const problems = [];
    const deployed = new Set(adf.pipelines.map((pipeline) => pipeline.name.toLowerCase()));
    const names = adf.pipelines.map((pipeline) => pipeline.name);
    const listed = names.length === 0
        ? 'it lists no pipeline'
        : `it lists ${names.slice(0, LISTED_PIPELINES).join(', ')}${names.length > LISTED_PIPELINES ? ` and ${names.length - LISTED_PIPELINES} more` : ''}`;
    const aml = adf.upstream.receipt;
    for (const sourced of rows) {
        const { row } = sourced;
        // Data Factory names are case-insensitive: `Score` runs the pipeline deployed as `score`.
        if (!deployed.has(row.pipeline.toLowerCase())) {
            problems.push({
                message: `row '${row.id}': the pipeline '${row.pipeline}' is not in the adf receipt of factory '${adf.factory.name}' (${listed}); deploy it with deploy-adf-pipelines or fix the row`,
                location: sourced.locate('pipeline'),
            });
        }
        const mismatch = (column, expected, what, hint) => {
            const actual = row[column];
            if (actual === null || actual === expected)
                return;
            const caseOnly = actual.toLowerCase() === expected.toLowerCase() ? ' (it differs only in case)' : '';
            problems.push({
                message: `row '${row.id}': the ${column} '${actual}' is not ${what} '${expected}'${caseOnly}; ${hint}`,
                location: sourced.locate(column),
            });
        };
        mismatch('endpoint', aml.endpoint.name, "the aml receipt's endpoint", `a row is scored by the endpoint this release deployed; write '${aml.endpoint.name}' (in the overrides file: endpoint: \${{ receipt.endpoint.name }})`);
        mismatch('deployment', aml.deployment.name, "the aml receipt's deployment", "pin the deployment this release deployed, or leave deployment empty to use the endpoint's default");
    }
    return problems;
}

// EXTERNAL MODULE: ./src/shared/documents.ts + 1 modules
var documents = __webpack_require__(24766);
;// CONCATENATED MODULE: ./src/shared/suggest.ts
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

;// CONCATENATED MODULE: ./src/shared/adf/names.ts
/**
 * The names Data Factory accepts, per kind, and what is wrong with a name it refuses.
 *
 * From the path-parameter patterns of the Data Factory 2018-06-01 REST spec (datafactory.json): pipelines, datasets,
 * linked services, data flows, triggers, change data captures and global parameters
 * `^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$` (1-260); integration runtimes and factories `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`
 * (3-63); credentials, managed virtual networks and managed private endpoints
 * `^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$` (1-127).
 *
 * From "Azure Data Factory - naming rules" (learn.microsoft.com/azure/data-factory/naming-rules), which the spec's
 * patterns do not say: dashes are not allowed in the names of linked services, data flows and datasets; every name is
 * case-insensitive (two resources of one kind whose names differ only in case are the same resource).
 */
const CHILD_FORBIDDEN = '<>*#.%&:\\+?/';
function childOffending(name, noDash) {
    if (name !== '' && !/^[A-Za-z0-9_]$/.test(name[0])) {
        return { index: 0, why: "a name must start with a letter, a digit or '_'" };
    }
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (CHILD_FORBIDDEN.includes(char))
            return { index, why: 'this character is not allowed in a name' };
        if (noDash && char === '-')
            return { index, why: 'ADF does not allow dashes in this kind of name' };
    }
    return undefined;
}
/** Letters, digits and single dashes, starting and ending with a letter or digit (factories, runtimes). */
function dashedOffending(name) {
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (/[A-Za-z0-9]/.test(char))
            continue;
        if (char !== '-')
            return { index, why: 'only letters, digits and dashes are allowed' };
        if (index === 0 || index === name.length - 1) {
            return { index, why: 'a name must start and end with a letter or a digit' };
        }
        if (name[index + 1] === '-')
            return { index, why: 'two dashes in a row are not allowed' };
    }
    return undefined;
}
function shortChildOffending(name) {
    for (let index = 0; index < name.length; index++) {
        const char = name[index];
        if (/[A-Za-z0-9_]/.test(char))
            continue;
        if (char !== '-')
            return { index, why: "only letters, digits, '_' and '-' are allowed" };
        if (index === 0 || index === name.length - 1) {
            return { index, why: "a name must not start or end with '-'" };
        }
    }
    return undefined;
}
/** Pipelines, triggers, change data captures and global parameters. */
const CHILD = {
    pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/]*$/,
    min: 1,
    max: 260,
    describe: "1-260 characters, starting with a letter, digit or '_', without any of < > * # . % & : \\ + ? /",
    offending: (name) => childOffending(name, false),
};
const DASHED = {
    pattern: /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/,
    min: 3,
    max: 63,
    describe: '3-63 letters, digits and single hyphens, starting and ending with a letter or digit',
    offending: dashedOffending,
};
const NAME_RULES = {
    child: CHILD,
    /** Linked services, datasets and data flows. */
    childNoDash: {
        pattern: /^[A-Za-z0-9_][^<>*#.%&:\\+?/-]*$/,
        min: 1,
        max: 260,
        describe: "1-260 characters, starting with a letter, digit or '_', without a dash or any of < > * # . % & : \\ + ? /",
        offending: (name) => childOffending(name, true),
    },
    integrationRuntime: DASHED,
    factory: DASHED,
    shortChild: {
        pattern: /^([_A-Za-z0-9]|([_A-Za-z0-9][-_A-Za-z0-9]{0,125}[_A-Za-z0-9]))$/,
        min: 1,
        max: 127,
        describe: "1-127 letters, digits, '_' and '-', not starting or ending with '-'",
        offending: shortChildOffending,
    },
};
/**
 * What is wrong with `name` under `rule`, naming the offending character and its position, or undefined when the
 * name is valid: `'-' (character 3) is not allowed: ADF does not allow dashes in this kind of name (rule: ...)`.
 */
function nameProblem(name, rule) {
    if (name.length >= rule.min && name.length <= rule.max && rule.pattern.test(name))
        return undefined;
    const found = rule.offending(name);
    if (found) {
        const char = JSON.stringify(name[found.index]).slice(1, -1);
        return `'${char}' (character ${found.index + 1}) is not allowed: ${found.why} (the rule: ${rule.describe})`;
    }
    return `it has ${name.length} character(s) (the rule: ${rule.describe})`;
}

;// CONCATENATED MODULE: ./src/shared/azure/ml-names.ts
/**
 * Azure ML batch endpoint and deployment names: 3 to 32 characters, `^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$` —
 * azure-ai-ml's `validate_endpoint_or_deployment_name`, which mirrors the service (the REST spec's path pattern is
 * looser). Endpoint names also become a DNS label (`{endpoint}.{region}.inference.ml.azure.com`) and must be unique
 * in the region.
 */
const ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
/** Why a name is refused (the service's wording), or undefined when it is valid. */
function ml_names_nameProblem(name, kind) {
    const what = kind === 'endpoint' ? 'an endpoint' : 'a deployment';
    if (name.length < 3 || name.length > 32) {
        return `the name for ${what} must be at least 3 and at most 32 characters long (got ${name.length})`;
    }
    if (!ENDPOINT_NAME.test(name)) {
        return `the name for ${what} must start with a letter, end with a letter or digit, and contain only letters, digits and '-'`;
    }
    return undefined;
}

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
    const close = suggest(name, model/* ROW_COLUMNS */.pX);
    return `unknown column '${name}'${close ? `; did you mean '${close}'?` : '.'} The columns are ${model/* ROW_COLUMNS */.pX.join(', ')}.`;
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
            const problem = ml_names_nameProblem(value, column);
            return problem ? `'${column}' ${JSON.stringify(value)} is not valid: ${problem}` : undefined;
        }
        case 'sink_table':
            return (0,model/* parseTableName */.HC)(value, 'dbo')
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
            if (!model/* ROW_COLUMNS */.pX.includes(name))
                fail(location, unknownColumn(name));
        }
        const strings = new Map();
        for (const column of [...model/* REQUIRED_COLUMNS */.KS, ...model/* NULLABLE_TEXT_COLUMNS */.Ys]) {
            const { value, location } = field(column);
            const required = model/* REQUIRED_COLUMNS */.KS.includes(column);
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
                fail(location, `duplicate id '${id}': ${(0,errors/* formatLocation */.j$)(first, { column: false })} has it already (ids are compared case-insensitively, as SQL Server does)`);
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
        fields: new Map(model/* ROW_COLUMNS */.pX.map((column) => [column, { value: sourced.row[column], location: sourced.locate(column) }])),
    };
}

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
        throw new RowsError(problems, `the overrides file ${document.file}`, OVERRIDES_INPUT);
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
            else if (model/* ROW_COLUMNS */.pX.includes(key)) {
                columns.push({ column: key, value, location: document.locate(at) });
            }
            else {
                problem(at, unknownColumn(key));
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
            const close = suggest(section, SECTIONS);
            problem([section], `unknown section '${section}'${close ? `; did you mean '${close}'?` : '.'} The sections are ${SECTIONS.join(' and ')}.`);
        }
    }
    if (problems.length > 0)
        throw new RowsError(problems, `the overrides file ${document.file}`, OVERRIDES_INPUT);
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
            const close = suggest(entry.id, rows.map((row) => row.row.id));
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
            applied.push(`${who}: ${column} (${(0,errors/* formatLocation */.j$)(location, { column: false })})`);
        for (const { key, resolved, location } of set.parameters) {
            applied.push(`${who}: parameters.${key}${resolved === null ? ' removed' : ''} (${(0,errors/* formatLocation */.j$)(location, { column: false })})`);
        }
    };
    describeSet(all, 'every row');
    for (const { id, set } of perRow.values())
        describeSet(set, `row '${id}'`);
    const overridden = rows.map((row, index) => {
        const raw = toRawRow(row);
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
    const validated = validateRows(overridden);
    problems.push(...validated.problems);
    if (problems.length > 0) {
        const masked = [...secrets].sort((a, b) => b.length - a.length);
        const redact = (message) => masked.reduce((text, secret) => text.split(secret).join('***'), message);
        throw new RowsError(sortProblems(problems).map((problem) => ({ ...problem, message: redact(problem.message) })), `the overrides file ${overrides.file}`, OVERRIDES_INPUT);
    }
    return { rows: validated.rows, applied, secrets: [...secrets] };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(40712);
;// CONCATENATED MODULE: ./src/apply-control-metadata/row-csv.ts
/**
 * Rows from a CSV file (`.csv`, RFC 4180, UTF-8): a header row of column names, then one record per row. An empty
 * cell is absent (the column's default); a boolean column (`enabled`) is `true` or `false` (any case); a JSON column
 * (`parameters`) is JSON text. Each value keeps the line and column it starts at; row-validation.ts checks them.
 */






/** Reads one CSV file of rows; a file that is not UTF-8 or not CSV is one problem. */
async function readRowCsv(absolute, file) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await (0,promises_.readFile)(absolute));
    }
    catch (error) {
        const { code, message } = (0,errors/* describeError */.Uc)(error);
        const reason = code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
            ? 'the file is not UTF-8; save it as UTF-8 (in Excel: "CSV UTF-8")'
            : `cannot read the file (${code ?? message})`;
        return { rows: [], problems: [{ message: reason, location: { file } }] };
    }
    const problems = [];
    return { rows: rowsOfCsv(text, file, problems), problems };
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
            message: `the file is empty; a CSV file of rows starts with a header of column names (${model/* ROW_COLUMNS */.pX.join(',')})`,
            location: { file },
        });
        return [];
    }
    const headerAt = fieldPositions(header.raw, header.info.lines);
    const columns = [];
    let usable = true;
    for (const [index, name] of header.record.entries()) {
        const location = { file, ...headerAt[index] };
        const known = model/* ROW_COLUMNS */.pX.includes(name) ? name : undefined;
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
    for (const column of model/* REQUIRED_COLUMNS */.KS) {
        if (!columns.includes(column)) {
            problems.push({
                message: `the header has no '${column}' column, which every row needs; the columns are ${model/* ROW_COLUMNS */.pX.join(', ')}`,
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
    const kind = model/* ROW_COLUMN_KINDS */.Sn[column];
    if (kind === 'boolean') {
        const lower = cell.toLowerCase();
        if (lower === 'true' || lower === 'false')
            return lower === 'true';
        problems.push({ message: `'${column}' must be true or false, not ${JSON.stringify(cell)}`, location });
        return undefined;
    }
    if (kind === 'json-object') {
        try {
            return (0,documents/* parseStructuredText */.SQ)(cell, { label: location.file, json: true });
        }
        catch (error) {
            if (!(error instanceof documents/* DocumentSyntaxError */.d$))
                throw error;
            // The error's line is within the cell; the cell starts at the location's line.
            const line = location.line === undefined ? undefined : location.line + error.line - 1;
            problems.push({
                message: `'${column}' is not valid JSON: ${error.reason} (line ${error.line}, column ${error.column} of the value)`,
                location: { file: location.file, line },
            });
            return undefined;
        }
    }
    return cell;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/row-documents.ts
/**
 * Rows from a YAML (`.yml`, `.yaml`) or strict JSON (`.json`) file: a list of row mappings, or a mapping with a
 * `use_cases` list. Each value keeps where it was written; row-validation.ts checks them.
 */





/** Reads one YAML or JSON file of rows; a file that cannot be read or parsed is one problem at its line. */
async function readRowDocument(absolute, file, input) {
    const problems = [];
    let document;
    try {
        document = await (0,documents/* loadDocument */.Az)(absolute, file, input);
    }
    catch (error) {
        return { rows: [], problems: problemsFromError(error, file) };
    }
    return { rows: rowsOfDocument(document, problems), problems };
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
            const close = suggest(key, ['use_cases']);
            problem([key], `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The file must be ${shape}.`);
        }
        if (!Array.isArray(root.use_cases)) {
            problem('use_cases' in root ? ['use_cases'] : [], 'use_cases' in root
                ? `use_cases must be a list of rows, not ${describeValue(root.use_cases)}`
                : `the mapping has no use_cases; the file must be ${shape}`);
            return [];
        }
        items = root.use_cases;
        base = ['use_cases'];
    }
    else {
        problem([], root === null || root === undefined
            ? `the file is empty; it must be ${shape} (write [] for no rows)`
            : `the file must be ${shape}, not ${describeValue(root)}`);
        return [];
    }
    const rows = [];
    for (const [index, item] of items.entries()) {
        const at = [...base, index];
        if (!(0,values/* isRecord */.u)(item)) {
            problem(at, `a row must be a mapping of column to value, not ${describeValue(item)}`);
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

;// CONCATENATED MODULE: ./src/apply-control-metadata/rows.ts
/**
 * The `rows` input: the use cases the control table must hold, read from YAML, JSON and CSV files and validated
 * before anything connects to a database. Every problem of every file is collected and thrown as one RowsError,
 * each with its file and line.
 *
 * - YAML and JSON: row-documents.ts; CSV: row-csv.ts. Each reader keeps where every value was written.
 * - The rows, whatever file they came from: row-validation.ts. The columns are documented in model.ts.
 */






const ROWS_INPUT = 'rows';
/**
 * Expands the `rows` globs in the workspace, reads every file and validates every row. Returns the rows sorted by
 * id; throws one RowsError with every problem of every file.
 */
async function readRows(options) {
    const files = await (0,shared_files/* globWorkspace */.Q1)(options.workspace, options.patterns, ROWS_INPUT);
    const problems = [];
    const raw = [];
    for (const absolute of files) {
        const read = await readRowFile(absolute, (0,shared_files/* workspaceRelative */.Uc)(options.workspace, absolute));
        raw.push(...read.rows);
        problems.push(...read.problems);
    }
    const checked = validateRows(raw);
    problems.push(...checked.problems);
    if (problems.length > 0) {
        throw new RowsError(sortProblems(problems), `the rows (${options.patterns.join(', ')})`, ROWS_INPUT);
    }
    return checked.rows;
}
/** The reader for the file's kind, by its extension. */
function readRowFile(absolute, file) {
    if (/\.(ya?ml|json)$/i.test(absolute))
        return readRowDocument(absolute, file, ROWS_INPUT);
    if (/\.csv$/i.test(absolute))
        return readRowCsv(absolute, file);
    return Promise.resolve({
        rows: [],
        problems: [
            {
                message: `the rows input matched this file, but rows are read from .yml, .yaml, .json and .csv files only; narrow the pattern or rename the file`,
                location: { file },
            },
        ],
    });
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/prepare.ts
/**
 * The first phase: everything that can be checked before any Azure or database call. First the adf receipt (for
 * this environment and subscription; a planned one only in a dry run), the table and how to reach the database;
 * then the rows with the environment's overrides, the rows against the receipts, and the user's migrations. Every
 * problem of the user's files is reported at once at its file and line: the others as annotations, the first as the
 * step's error.
 */












async function prepare(inputs, context) {
    const target = checkTarget(inputs);
    const sources = await context.logger.group('Read the rows and migrations', () => readSources(inputs, target.adfReceipt, context));
    return { ...target, ...sources };
}
/** The receipt the rows are held against, the table and the database access: inputs only, nothing read yet. */
function checkTarget(inputs) {
    const adfReceipt = (0,parse/* parseReceiptInput */.AB)(definition/* definition */.m.inputs.adfReceipt, inputs.adfReceipt, {
        environment: inputs.environment,
        subscription: inputs.subscriptionId,
    });
    if (adfReceipt.planned && !inputs.dryRun) {
        throw new errors/* ConfigurationError */.j1("Input 'adf-receipt' holds the receipt of a dry run of deploy-adf-pipelines: its pipelines are planned, not deployed. Only a dry run (dry-run: true) can plan with it; run deploy-adf-pipelines without dry-run first to apply.", { input: 'adf-receipt' });
    }
    const table = (0,model/* parseTableName */.HC)(inputs.table, inputs.engine === 'sqlserver' ? 'dbo' : 'public');
    if (!table) {
        throw new errors/* ConfigurationError */.j1(`Input 'table': '${inputs.table}' is not a table name; use letters, digits and "_" (schema.table).`, { input: 'table' });
    }
    return { adfReceipt, table, access: (0,database/* resolveDatabaseAccess */.k)(inputs) };
}
async function readSources(inputs, adfReceipt, { logger, workspace, env, masker }) {
    const annotated = (check) => annotateProblems(logger, check);
    let sourced = await annotated(() => readRows({ workspace, patterns: inputs.rows }));
    const file = inputs.overridesFile;
    if (file) {
        const read = sourced;
        const result = await annotated(async () => applyRowOverrides(read, await loadRowOverrides(file, (0,shared_files/* workspaceRelative */.Uc)(workspace, file)), {
            receipt: adfReceipt.upstream.receipt,
            env,
        }));
        for (const secret of result.secrets)
            masker.mask(secret);
        for (const line of result.applied)
            logger.info(`Override: ${line}`);
        sourced = result.rows;
    }
    const mismatches = checkRowsAgainstReceipt(sourced, adfReceipt);
    if (mismatches.length > 0) {
        await annotated(() => {
            throw new RowsError(sortProblems(mismatches), 'the rows against the adf receipt', 'rows');
        });
    }
    logger.info(`${sourced.length} rows from ${inputs.rows.join(', ')}`);
    const migrations = await (0,apply_control_metadata_migrations/* loadMigrations */.Y$)({
        workspace,
        patterns: inputs.migrations ?? [],
        engine: inputs.engine,
        variables: (0,apply_control_metadata_migrations/* parseVariables */.rf)(inputs.variables),
    });
    if (migrations.length > 0)
        logger.info(`Migrations: ${migrations.map((m) => m.id).join(', ')}`);
    return { rows: sourced.map((s) => s.row), migrations };
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
