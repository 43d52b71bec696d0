export const id = 359;
export const ids = [359,632,202,325];
export const modules = {

/***/ 2202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyFilter: () => (/* binding */ applyFilter),
/* harmony export */   excludedReferenceCheck: () => (/* binding */ excludedReferenceCheck),
/* harmony export */   isSelected: () => (/* binding */ isSelected),
/* harmony export */   matches: () => (/* binding */ matches),
/* harmony export */   parseFilter: () => (/* binding */ parseFilter),
/* harmony export */   parsePattern: () => (/* binding */ parsePattern)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29632);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/**
 * The `include` and `exclude` inputs: patterns `<kind>.<name>` with `*` wildcards, case-insensitive
 * (`pipeline.Score*`, `*.Legacy*`, `trigger.*`). An artifact is deployed when it matches some include pattern (or
 * there are none) and no exclude pattern. A reference from a deployed artifact to a filtered-out one is not an error
 * if the target exists live; `excludedReferenceCheck` gives the hook the graph uses for that.
 */


function wildcard(text) {
    const body = text
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${body}$`, 'i');
}
/** Parses one pattern; `input` names the action input in errors. */
function parsePattern(text, input) {
    const dot = text.indexOf('.');
    const kind = dot < 0 ? '' : text.slice(0, dot);
    const name = dot < 0 ? '' : text.slice(dot + 1);
    if (kind === '' || name === '') {
        throw _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError.at(`Input '${input}'`, `'${text}' is not a pattern of the form <kind>.<name> (for example pipeline.Score* or *.Legacy*).`, { input });
    }
    const kindPattern = wildcard(kind);
    if (!_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.ARTIFACT_KINDS.some((known) => kindPattern.test(known))) {
        throw _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError.at(`Input '${input}'`, `'${text}' names no known kind; the kinds are ${_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.ARTIFACT_KINDS.join(', ')}.`, { input });
    }
    return { text, kind: kindPattern, name: wildcard(name) };
}
function matches(pattern, artifact) {
    return pattern.kind.test(artifact.kind) && pattern.name.test(artifact.name);
}
function parseFilter(include = [], exclude = []) {
    return {
        include: include.map((text) => parsePattern(text, 'include')),
        exclude: exclude.map((text) => parsePattern(text, 'exclude')),
    };
}
function isSelected(filter, artifact) {
    const included = filter.include.length === 0 || filter.include.some((p) => matches(p, artifact));
    return included && !filter.exclude.some((p) => matches(p, artifact));
}
function applyFilter(filter, artifacts) {
    const selected = [];
    const excluded = [];
    for (const artifact of artifacts)
        (isSelected(filter, artifact) ? selected : excluded).push(artifact);
    const unusedIncludes = filter.include
        .filter((pattern) => !artifacts.some((artifact) => matches(pattern, artifact)))
        .map((pattern) => pattern.text);
    return { selected, excluded, unusedIncludes };
}
/**
 * The `existsOutside` hook for buildGraph/validateArtifacts when deploying a filtered subset: a reference to an
 * artifact that is in the source but filtered out counts as resolved when `existsLive` says the resource exists in
 * the factory (phase 2 answers from the live listing). A reference to something absent from the source entirely
 * stays dangling.
 */
function excludedReferenceCheck(excluded, existsLive) {
    const keys = new Set(excluded.map((artifact) => (0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.artifactKey)(artifact.kind, artifact.name)));
    return (edge) => keys.has((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.artifactKey)(edge.to.kind, edge.to.name)) && existsLive(edge.to.kind, edge.to.name);
}


/***/ }),

/***/ 74359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OVERRIDES_INPUT: () => (/* binding */ OVERRIDES_INPUT),
  OverridesError: () => (/* binding */ OverridesError),
  applyOverrides: () => (/* binding */ applyOverrides),
  inferGlobalParameterType: () => (/* binding */ inferGlobalParameterType),
  loadOverrides: () => (/* binding */ loadOverrides),
  parseJsonPath: () => (/* reexport */ parseJsonPath),
  parseOverrides: () => (/* binding */ parseOverrides),
  setAtPath: () => (/* binding */ setAtPath)
});

// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var adf_artifacts = __webpack_require__(29632);
// EXTERNAL MODULE: ./src/shared/documents.ts
var documents = __webpack_require__(47583);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
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
    if ((0,values/* isRecord */.u4)(value)) {
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
                            : (0,values/* isRecord */.u4)(current) && Object.hasOwn(current, segment)
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
                if ((0,values/* isRecord */.u4)(resolved.value) || Array.isArray(resolved.value)) {
                    failure ??= `'\${{ ${expression} }}' is ${(0,values/* typeName */.go)(resolved.value)}, which cannot be part of a longer string`;
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
        if ((0,values/* isRecord */.u4)(inner)) {
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

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/filters.ts
var filters = __webpack_require__(2202);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/overrides.ts
/**
 * The environment overrides file (input `overrides-file`, one YAML file per environment): what differs between the
 * factory in git and the factory of this environment. Parsed with the location of every value, so each problem names
 * the file and line.
 *
 * ```yaml
 * globalParameters:                     # set {type, value}; a parameter the factory lacks is added
 *   scoringUri: ${{ receipt.endpoint.scoringUri }}
 *   environment: ${{ env.DEPLOY_ENVIRONMENT }}
 *   maxParallelUseCases: 8
 * linkedServices:                       # linked service name -> { JSON path below `properties`: value }
 *   ls_sql_control:
 *     typeProperties.connectionString: "..."
 * triggers:                             # trigger name -> settings
 *   tr_daily_scoring:
 *     parameters.runDate: "..."         # a parameter passed to every pipeline the trigger starts
 *     runtimeState: Stopped             # the state the trigger is left in after the deploy: Started or Stopped
 *     typeProperties.recurrence.interval: 2   # any other key: a JSON path below the trigger's `properties`
 * properties:                           # any property, by resource pattern (`<kind>.<name>`, `*` wildcards)
 *   - resource: pipeline.pl_score_*
 *     path: activities[0].typeProperties.url
 *     value: ${{ receipt.endpoint.scoringUri }}
 * ```
 *
 * Values are any YAML, with `${{ receipt.<path> }}` and `${{ env.NAME }}` templates inside strings (see
 * src/shared/templates.ts). Values read from environment variables are returned as `secrets` so the caller can mask
 * them in the log.
 *
 * JSON paths: dotted keys and `[n]` indexes (`activities[0].typeProperties.url`), `["a.b"]` for a key with dots.
 * Missing intermediate objects are created; array elements never are (an index past the end is an error), and a path
 * through a value that is not an object or array is an error.
 *
 * Nothing may match nothing: a linked service or trigger the factory does not have, or a pattern matching no resource,
 * is an error. Global parameters are the exception: a new one is added, its type inferred from the value (String,
 * Int, Float, Bool, Array, Object); an existing one keeps its type, and the value must fit it (numbers and booleans
 * given as strings, as environment variables are, are converted).
 *
 * `applyOverrides` is pure: it returns new artifacts and leaves its arguments untouched. Every problem is collected
 * first and reported together as one OverridesError.
 */







const OVERRIDES_INPUT = 'overrides-file';

/** Every problem of an overrides file, each with its file and line. */
class OverridesError extends shared_problems.ProblemsError {
    name = 'OverridesError';
    constructor(file, problems) {
        super(`The overrides file ${file} has ${(0,shared_problems.countProblems)(problems)}`, problems, OVERRIDES_INPUT);
    }
}
const SECTIONS = ['globalParameters', 'linkedServices', 'triggers', 'properties'];
const TRIGGER_STATES = ['Started', 'Stopped'];
function exactSelector(kind, name, section, noun) {
    const key = (0,adf_artifacts.artifactKey)(kind, name);
    return {
        text: `${section}.${name}`,
        test: (artifact) => (0,adf_artifacts.artifactKey)(artifact.kind, artifact.name) === key,
        missing: `the factory has no ${noun} named '${name}'`,
    };
}
function patternSelector(pattern) {
    return {
        text: pattern.text,
        test: (artifact) => (0,filters.matches)(pattern, artifact),
        missing: `the pattern '${pattern.text}' matches no resource of the factory`,
    };
}
/** Reads the overrides file; file errors and every problem of its shape carry the file and line. */
async function loadOverrides(absolutePath, shownAs) {
    return parseOverrides(await (0,documents/* loadDocument */.Az)(absolutePath, shownAs, OVERRIDES_INPUT));
}
/** Checks the shape of a parsed overrides file; throws one OverridesError listing every problem. */
function parseOverrides(document) {
    const problems = [];
    const entries = [];
    const problem = (path, message) => problems.push({ message: `${(0,documents/* formatPath */.jV)(path)}: ${message}`, location: document.locate(path) });
    const root = document.value;
    if (root === null || root === undefined)
        return { file: document.file, entries };
    if (!(0,values/* isRecord */.u4)(root)) {
        problems.push({
            message: `the file must be a mapping of ${SECTIONS.join(', ')}; it is ${(0,values/* typeName */.go)(root)}`,
            location: document.locate([]),
        });
        throw new OverridesError(document.file, problems);
    }
    for (const [section, body] of Object.entries(root)) {
        if (!SECTIONS.includes(section)) {
            problem([section], `unknown section; the sections are ${SECTIONS.join(', ')}`);
            continue;
        }
        if (body === null || body === undefined)
            continue;
        if (section === 'properties') {
            if (!Array.isArray(body)) {
                problem([section], `must be a list of { resource, path, value }; it is ${(0,values/* typeName */.go)(body)}`);
                continue;
            }
            for (const [index, item] of body.entries())
                readPropertyItem(item, index);
            continue;
        }
        if (!(0,values/* isRecord */.u4)(body)) {
            problem([section], `must be a mapping by name; it is ${(0,values/* typeName */.go)(body)}`);
            continue;
        }
        if (section === 'globalParameters') {
            for (const [name, value] of Object.entries(body)) {
                entries.push({ type: 'globalParameter', name, value, location: document.locate([section, name]) });
            }
            continue;
        }
        const kind = section === 'linkedServices' ? 'linkedService' : 'trigger';
        const noun = section === 'linkedServices' ? 'linked service' : 'trigger';
        for (const [name, settings] of Object.entries(body)) {
            if (!(0,values/* isRecord */.u4)(settings)) {
                problem([section, name], `must be a mapping of JSON path (below the ${noun}'s properties) to value; it is ${(0,values/* typeName */.go)(settings)}`);
                continue;
            }
            const selector = exactSelector(kind, name, section, noun);
            for (const [pathText, value] of Object.entries(settings)) {
                const at = [section, name, pathText];
                const location = document.locate(at);
                const path = parseJsonPath(pathText);
                if (typeof path === 'string') {
                    problem(at, path);
                    continue;
                }
                if (kind === 'trigger' && path[0] === 'runtimeState' && path.length === 1) {
                    entries.push({ type: 'triggerState', selector, value, location });
                }
                else if (kind === 'trigger' && path[0] === 'parameters') {
                    if (path.length !== 2 || typeof path[1] !== 'string') {
                        problem(at, `a trigger parameter is written parameters.<name>`);
                        continue;
                    }
                    entries.push({ type: 'triggerParameter', selector, parameter: path[1], value, location });
                }
                else {
                    entries.push({ type: 'property', selector, path, value, location });
                }
            }
        }
    }
    if (problems.length > 0)
        throw new OverridesError(document.file, problems);
    return { file: document.file, entries };
    function readPropertyItem(item, index) {
        const at = ['properties', index];
        if (!(0,values/* isRecord */.u4)(item)) {
            problem(at, `must be a mapping { resource, path, value }; it is ${(0,values/* typeName */.go)(item)}`);
            return;
        }
        for (const key of Object.keys(item)) {
            if (!['resource', 'path', 'value'].includes(key)) {
                problem([...at, key], 'unknown key; an entry has resource, path and value');
            }
        }
        let ok = true;
        for (const key of ['resource', 'path']) {
            if (typeof item[key] !== 'string' || item[key] === '') {
                problem(item[key] === undefined ? at : [...at, key], `'${key}' must be a non-empty string`);
                ok = false;
            }
        }
        if (!('value' in item)) {
            problem(at, `'value' is missing (write 'value: null' to set null)`);
            ok = false;
        }
        if (!ok)
            return;
        let pattern;
        try {
            pattern = (0,filters.parsePattern)(item.resource, OVERRIDES_INPUT);
        }
        catch (error) {
            if (!(error instanceof errors.ConfigurationError))
                throw error;
            problem([...at, 'resource'], error.detail);
            return;
        }
        const path = parseJsonPath(item.path);
        if (typeof path === 'string') {
            problem([...at, 'path'], path);
            return;
        }
        entries.push({
            type: 'property',
            selector: patternSelector(pattern),
            path,
            value: item.value,
            location: document.locate([...at, 'value']),
        });
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Setting values
/** Sets `value` at `path` below `root` (mutating `root`, which is the caller's copy); a message when it cannot. */
function setAtPath(root, path, value) {
    let current = root;
    for (let index = 0; index < path.length; index++) {
        const segment = path[index];
        const last = index === path.length - 1;
        const parentText = index === 0 ? 'the properties' : `'${(0,documents/* formatPath */.jV)(path.slice(0, index))}'`;
        const hereText = (0,documents/* formatPath */.jV)(path.slice(0, index + 1));
        let next;
        if (typeof segment === 'number') {
            if (!Array.isArray(current))
                return `${parentText} is ${(0,values/* typeName */.go)(current)}, not an array`;
            if (segment >= current.length) {
                return `${parentText} has ${current.length} element(s), so there is no [${segment}] (an override never adds array elements)`;
            }
            if (last) {
                current[segment] = value;
                return undefined;
            }
            next = current[segment];
            if (next === null || next === undefined) {
                if (typeof path[index + 1] === 'number')
                    return `'${hereText}' does not exist, and an override never creates arrays`;
                next = {};
                current[segment] = next;
            }
        }
        else {
            if (!(0,values/* isRecord */.u4)(current))
                return `${parentText} is ${(0,values/* typeName */.go)(current)}, not an object`;
            if (last) {
                current[segment] = value;
                return undefined;
            }
            next = Object.hasOwn(current, segment) ? current[segment] : undefined;
            if (next === null || next === undefined) {
                if (typeof path[index + 1] === 'number')
                    return `'${hereText}' does not exist, and an override never creates arrays`;
                next = {};
                current[segment] = next;
            }
        }
        current = next;
    }
    return undefined;
}
const GLOBAL_TYPES = ['String', 'Int', 'Float', 'Bool', 'Array', 'Object'];
function inferGlobalParameterType(value) {
    if (typeof value === 'boolean')
        return 'Bool';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'Int' : 'Float';
    if (Array.isArray(value))
        return 'Array';
    if ((0,values/* isRecord */.u4)(value))
        return 'Object';
    return 'String';
}
/** The value made to fit an existing parameter's type, or a message. */
function fitGlobalType(type, value) {
    const canonical = GLOBAL_TYPES.find((known) => known.toLowerCase() === type.toLowerCase());
    const refuse = () => `the global parameter is of type ${type}, and ${JSON.stringify(value)} is not`;
    switch (canonical) {
        case 'String':
            return typeof value === 'string' ? { value } : refuse();
        case 'Int': {
            const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
            return typeof number === 'number' && Number.isInteger(number) ? { value: number } : refuse();
        }
        case 'Float': {
            const number = typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
                ? Number(value)
                : value;
            return typeof number === 'number' ? { value: number } : refuse();
        }
        case 'Bool': {
            const bool = value === 'true' ? true : value === 'false' ? false : value;
            return typeof bool === 'boolean' ? { value: bool } : refuse();
        }
        case 'Array':
            return Array.isArray(value) ? { value } : refuse();
        case 'Object':
            return (0,values/* isRecord */.u4)(value) ? { value } : refuse();
        default:
            return { value };
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Applying
/**
 * Applies the overrides to the artifacts: returns new artifacts (changed ones copied, the rest as they were), the
 * values read from environment variables, and what was changed. Throws one OverridesError with every problem.
 */
function applyOverrides(artifacts, overrides, context) {
    const problems = [];
    const secrets = new Set();
    const applied = [];
    const copies = new Map();
    let addedGlobals;
    const where = (location) => (0,errors.formatLocation)(location, { column: false });
    const writable = (index) => {
        let copy = copies.get(index);
        if (!copy) {
            copy = structuredClone(artifacts[index].properties);
            copies.set(index, copy);
        }
        return copy;
    };
    const targets = (selector) => artifacts.flatMap((artifact, index) => (selector.test(artifact) ? [index] : []));
    for (const entry of overrides.entries) {
        const fail = (message) => problems.push({ message, location: entry.location });
        const resolved = substituteTemplates(entry.value, context);
        if (typeof resolved === 'string') {
            fail(resolved);
            continue;
        }
        for (const secret of resolved.secrets)
            secrets.add(secret);
        const { value } = resolved;
        if (entry.type === 'globalParameter') {
            const index = artifacts.findIndex((artifact) => artifact.kind === 'globalParameters');
            if (index < 0 && !addedGlobals)
                addedGlobals = newGlobalParameters(overrides.file, entry.location);
            const globals = index >= 0 ? writable(index) : addedGlobals.properties;
            const existingName = Object.keys(globals).find((name) => name.toLowerCase() === entry.name.toLowerCase());
            const existing = existingName === undefined ? undefined : globals[existingName];
            const type = (0,values/* isRecord */.u4)(existing) && typeof existing.type === 'string' ? existing.type : undefined;
            if (type === undefined) {
                globals[existingName ?? entry.name] = { type: inferGlobalParameterType(value), value };
            }
            else {
                const fitted = fitGlobalType(type, value);
                if (typeof fitted === 'string') {
                    fail(`globalParameters.${entry.name}: ${fitted}`);
                    continue;
                }
                globals[existingName] = { ...existing, type, value: fitted.value };
            }
            applied.push(`global parameter '${existingName ?? entry.name}'${existingName === undefined ? ' (added)' : ''} (${where(entry.location)})`);
            continue;
        }
        const indexes = targets(entry.selector);
        if (indexes.length === 0) {
            fail(`${entry.selector.text}: ${entry.selector.missing}`);
            continue;
        }
        for (const index of indexes) {
            const artifact = artifacts[index];
            const properties = writable(index);
            const about = (0,adf_artifacts.describeArtifact)(artifact);
            if (entry.type === 'property') {
                const message = setAtPath(properties, entry.path, value);
                if (message)
                    fail(`${about}, ${(0,documents/* formatPath */.jV)(entry.path)}: ${message}`);
                else
                    applied.push(`${about} ${(0,documents/* formatPath */.jV)(entry.path)} (${where(entry.location)})`);
            }
            else if (entry.type === 'triggerState') {
                if (!TRIGGER_STATES.includes(value)) {
                    fail(`${about}, runtimeState: must be ${TRIGGER_STATES.join(' or ')}, not ${JSON.stringify(value)}`);
                }
                else {
                    properties.runtimeState = value;
                    applied.push(`${about} runtimeState ${String(value)} (${where(entry.location)})`);
                }
            }
            else {
                const references = pipelineReferences(properties);
                if (references.length === 0) {
                    fail(`${about}, parameters.${entry.parameter}: the trigger starts no pipeline to pass the parameter to`);
                    continue;
                }
                for (const reference of references) {
                    const message = setAtPath(reference.body, ['parameters', entry.parameter], value);
                    if (message)
                        fail(`${about}, ${reference.path}.parameters.${entry.parameter}: ${message}`);
                }
                applied.push(`${about} parameters.${entry.parameter} (${where(entry.location)})`);
            }
        }
    }
    if (problems.length > 0)
        throw new OverridesError(overrides.file, problems);
    const result = artifacts.map((artifact, index) => {
        const copy = copies.get(index);
        return copy ? { ...artifact, properties: copy } : artifact;
    });
    if (addedGlobals)
        result.push(addedGlobals);
    return { artifacts: result, secrets: [...secrets], applied };
}
/** The pipeline references of a trigger: `pipelines[n]` (schedule, event) or `pipeline` (tumbling window). */
function pipelineReferences(properties) {
    const found = [];
    if (Array.isArray(properties.pipelines)) {
        properties.pipelines.forEach((body, index) => {
            if ((0,values/* isRecord */.u4)(body))
                found.push({ path: `pipelines[${index}]`, body });
        });
    }
    if ((0,values/* isRecord */.u4)(properties.pipeline))
        found.push({ path: 'pipeline', body: properties.pipeline });
    return found;
}
/** A factory whose source has no global parameters gets them from the overrides file. */
function newGlobalParameters(file, location) {
    return {
        kind: 'globalParameters',
        name: 'default',
        properties: {},
        source: { file, locate: () => location, nameAt: location },
    };
}


/***/ }),

/***/ 29632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ARTIFACT_KINDS: () => (/* binding */ ARTIFACT_KINDS),
/* harmony export */   KINDS: () => (/* binding */ KINDS),
/* harmony export */   KIND_BY_REFERENCE_TYPE: () => (/* binding */ KIND_BY_REFERENCE_TYPE),
/* harmony export */   artifactKey: () => (/* binding */ artifactKey),
/* harmony export */   compareArtifacts: () => (/* binding */ compareArtifacts),
/* harmony export */   describeArtifact: () => (/* binding */ describeArtifact),
/* harmony export */   kindOfArmType: () => (/* binding */ kindOfArmType)
/* harmony export */ });
const ARTIFACT_KINDS = [
    'factory',
    'integrationRuntime',
    'credential',
    'managedVirtualNetwork',
    'managedPrivateEndpoint',
    'linkedService',
    'dataset',
    'dataflow',
    'pipeline',
    'trigger',
    'globalParameters',
];
const KINDS = {
    factory: {
        folder: 'factory',
        armType: undefined,
        operationGroup: 'factories',
        referenceType: undefined,
        nameRule: 'factory',
    },
    integrationRuntime: {
        folder: 'integrationRuntime',
        armType: 'integrationRuntimes',
        operationGroup: 'integrationRuntimes',
        referenceType: 'IntegrationRuntimeReference',
        nameRule: 'integrationRuntime',
    },
    credential: {
        folder: 'credential',
        armType: 'credentials',
        operationGroup: 'credentialOperations',
        referenceType: 'CredentialReference',
        nameRule: 'shortChild',
    },
    managedVirtualNetwork: {
        folder: 'managedVirtualNetwork',
        armType: 'managedVirtualNetworks',
        operationGroup: 'managedVirtualNetworks',
        referenceType: 'ManagedVirtualNetworkReference',
        nameRule: 'shortChild',
    },
    managedPrivateEndpoint: {
        folder: 'managedVirtualNetwork/*/managedPrivateEndpoint',
        armType: 'managedVirtualNetworks/managedPrivateEndpoints',
        operationGroup: 'managedPrivateEndpoints',
        referenceType: undefined,
        nameRule: 'shortChild',
    },
    linkedService: {
        folder: 'linkedService',
        armType: 'linkedServices',
        operationGroup: 'linkedServices',
        referenceType: 'LinkedServiceReference',
        nameRule: 'child',
    },
    dataset: {
        folder: 'dataset',
        armType: 'datasets',
        operationGroup: 'datasets',
        referenceType: 'DatasetReference',
        nameRule: 'child',
    },
    dataflow: {
        folder: 'dataflow',
        armType: 'dataflows',
        operationGroup: 'dataFlows',
        referenceType: 'DataFlowReference',
        nameRule: 'child',
    },
    pipeline: {
        folder: 'pipeline',
        armType: 'pipelines',
        operationGroup: 'pipelines',
        referenceType: 'PipelineReference',
        nameRule: 'child',
    },
    trigger: {
        folder: 'trigger',
        armType: 'triggers',
        operationGroup: 'triggers',
        referenceType: 'TriggerReference',
        nameRule: 'child',
    },
    globalParameters: {
        folder: undefined,
        armType: 'globalparameters',
        operationGroup: 'globalParameters',
        referenceType: undefined,
        nameRule: 'none',
    },
};
/** The kind a reference `type` points at (`DatasetReference` -> `dataset`). */
const KIND_BY_REFERENCE_TYPE = new Map(ARTIFACT_KINDS.flatMap((kind) => {
    const type = KINDS[kind].referenceType;
    return type ? [[type, kind]] : [];
}));
/** The kind of an ARM resource type (`Microsoft.DataFactory/factories/pipelines`), case-insensitive. */
function kindOfArmType(type) {
    const lower = type.toLowerCase();
    if (lower === 'microsoft.datafactory/factories')
        return 'factoryResource';
    const prefix = 'microsoft.datafactory/factories/';
    if (!lower.startsWith(prefix))
        return undefined;
    const rest = lower.slice(prefix.length);
    return ARTIFACT_KINDS.find((kind) => KINDS[kind].armType?.toLowerCase() === rest);
}
/** `pipeline 'Score'`: how findings and plans name an artifact. */
function describeArtifact(artifact) {
    return `${artifact.kind} '${artifact.name}'`;
}
/** Identity for maps: ADF names are case-insensitive for uniqueness. */
function artifactKey(kind, name) {
    return `${kind}/${name.toLowerCase()}`;
}
/** Stable order for output: by kind (deploy order of kinds), then name. */
function compareArtifacts(a, b) {
    const byKind = ARTIFACT_KINDS.indexOf(a.kind) - ARTIFACT_KINDS.indexOf(b.kind);
    if (byKind !== 0)
        return byKind;
    const x = a.name.toLowerCase();
    const y = b.name.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
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

/***/ 79799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports quoteVisible, hasInvisible */
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
/**
 * `'text'`, with every character a reader could not see or tell apart escaped (`'pl_score\u200b'`): controls, format
 * characters such as zero-width spaces and direction marks, and separators other than the plain space. A name that
 * differs from another only by such a character is then visibly different in a message.
 */
function quoteVisible(text) {
    const escaped = text.replace(/[\p{C}\p{Z}]/gu, (char) => {
        if (char === ' ')
            return char;
        const code = char.codePointAt(0);
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
    return `'${escaped}'`;
}
/** True when the text holds a character quoteVisible escapes. */
function hasInvisible(text) {
    return /[^\P{C}]|[^\P{Z} ]/u.test(text);
}


/***/ })

};
