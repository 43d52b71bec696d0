export const id = 391;
export const ids = [391];
export const modules = {

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
// EXTERNAL MODULE: ./src/apply-control-metadata/row-validation.ts + 2 modules
var row_validation = __webpack_require__(89517);
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
                problem(at, (0,row_validation/* unknownColumn */.Rn)(key));
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
        const raw = (0,row_validation/* toRawRow */.Wt)(row);
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
    const validated = (0,row_validation/* validateRows */.IG)(overridden);
    problems.push(...validated.problems);
    if (problems.length > 0) {
        const masked = [...secrets].sort((a, b) => b.length - a.length);
        const redact = (message) => masked.reduce((text, secret) => text.split(secret).join('***'), message);
        throw new apply_control_metadata_problems.RowsError((0,shared_problems.sortProblems)(problems).map((problem) => ({ ...problem, message: redact(problem.message) })), `the overrides file ${overrides.file}`, OVERRIDES_INPUT);
    }
    return { rows: validated.rows, applied, secrets: [...secrets] };
}


/***/ })

};
