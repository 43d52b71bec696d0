export const id = 518;
export const ids = [518];
export const modules = {

/***/ 518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareSource: () => (/* binding */ prepareSource)
});

// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var adf_artifacts = __webpack_require__(9632);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(4325);
// EXTERNAL MODULE: ./src/deploy-adf-pipelines/filters.ts
var filters = __webpack_require__(2202);
// EXTERNAL MODULE: ./src/shared/documents.ts + 1 modules
var documents = __webpack_require__(5658);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(2180);
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

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/overrides-file.ts
/**
 * The environment overrides file (input `overrides-file`, one YAML file per environment): what differs between the
 * factory in git and the factory of this environment. Parsed with the location of every value, so each problem names
 * the file and line; what the entries do to the artifacts is overrides.ts.
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
 * src/shared/templates.ts), substituted when the overrides are applied.
 *
 * JSON paths: dotted keys and `[n]` indexes (`activities[0].typeProperties.url`), `["a.b"]` for a key with dots.
 *
 * Every problem of the file's shape is collected first and reported together as one OverridesError.
 */







const OVERRIDES_INPUT = 'overrides-file';
/** Every problem of an overrides file, each with its file and line. */
class OverridesError extends shared_problems/* ProblemsError */.FQ {
    name = 'OverridesError';
    constructor(file, problems) {
        super(`The overrides file ${file} has ${(0,shared_problems/* countProblems */._k)(problems)}`, problems, OVERRIDES_INPUT);
    }
}
const SECTIONS = ['globalParameters', 'linkedServices', 'triggers', 'properties'];
function exactSelector(kind, name, section, noun) {
    const key = (0,adf_artifacts/* artifactKey */.Wf)(kind, name);
    return {
        text: `${section}.${name}`,
        test: (artifact) => (0,adf_artifacts/* artifactKey */.Wf)(artifact.kind, artifact.name) === key,
        missing: `the factory has no ${noun} named '${name}'`,
    };
}
function patternSelector(pattern) {
    return {
        text: pattern.text,
        test: (artifact) => (0,filters/* matches */.cK)(pattern, artifact),
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
            pattern = (0,filters/* parsePattern */.EY)(item.resource, OVERRIDES_INPUT);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j1))
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

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/overrides.ts
/**
 * Applying the environment overrides (overrides-file.ts reads them) to the artifacts of the source.
 *
 * Templates in the values are substituted first; values read from environment variables are returned as `secrets`
 * so the caller can mask them in the log.
 *
 * Setting a value at a JSON path: missing intermediate objects are created; array elements never are (an index past
 * the end is an error), and a path through a value that is not an object or array is an error.
 *
 * Nothing may match nothing: a linked service or trigger the factory does not have, or a pattern matching no resource,
 * is an error. Global parameters are the exception: a new one is added, its type inferred from the value (String,
 * Int, Float, Bool, Array, Object); an existing one keeps its type, and the value must fit it (numbers and booleans
 * given as strings, as environment variables are, are converted).
 *
 * `applyOverrides` is pure: it returns new artifacts and leaves its arguments untouched. Every problem is collected
 * first and reported together as one OverridesError.
 */






const TRIGGER_STATES = ['Started', 'Stopped'];
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
    const where = (location) => (0,errors/* formatLocation */.j$)(location, { column: false });
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
            const about = (0,adf_artifacts/* describeArtifact */.Qw)(artifact);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/template-expressions.ts
/**
 * ARM template language expressions, as the ADF publish template uses them: a real tokenizer, parser and
 * evaluator, so names such as `[concat(parameters('factoryName'), '/Score')]` are computed, never cut out by
 * character offsets. A string is an expression when it starts with `[` and ends with `]`; `[[` escapes a literal `[`.
 * Only a documented set of functions is supported; anything else is an error naming the function.
 */

class ExpressionError extends Error {
    name = 'ExpressionError';
}
/** Whether ARM treats the string as an expression (not an escaped `[[` literal). */
function isExpression(text) {
    return text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']');
}
/** The literal an escaped string stands for: `[[x]` is the text `[x]`. Other strings are returned as they are. */
function unescapeLiteral(text) {
    return text.startsWith('[[') ? text.slice(1) : text;
}
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const char = source[i];
        if (/\s/.test(char)) {
            i++;
        }
        else if (char === "'") {
            let value = '';
            const start = i++;
            for (;;) {
                if (i >= source.length)
                    throw new ExpressionError(`unterminated string starting at offset ${start}`);
                if (source[i] === "'") {
                    if (source[i + 1] === "'") {
                        value += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                value += source[i++];
            }
            tokens.push({ kind: 'string', value, at: start });
        }
        else if (/[0-9-]/.test(char)) {
            const match = /^-?\d+(\.\d+)?/.exec(source.slice(i));
            if (!match)
                throw new ExpressionError(`unexpected '${char}' at offset ${i}`);
            tokens.push({ kind: 'number', value: Number(match[0]), at: i });
            i += match[0].length;
        }
        else if (/[A-Za-z_]/.test(char)) {
            const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i));
            tokens.push({ kind: 'identifier', value: match[0], at: i });
            i += match[0].length;
        }
        else if ('(),.[]'.includes(char)) {
            tokens.push({ kind: 'punct', value: char, at: i });
            i++;
        }
        else {
            throw new ExpressionError(`unexpected '${char}' at offset ${i}`);
        }
    }
    return tokens;
}
/** Parses the inside of `[...]`. */
function parseExpression(source) {
    const tokens = tokenize(source);
    let position = 0;
    const peek = () => tokens[position];
    const expect = (value) => {
        const token = tokens[position];
        if (token?.kind !== 'punct' || token.value !== value) {
            throw new ExpressionError(`expected '${value}' ${token ? `at offset ${token.at}` : 'at the end of the expression'}`);
        }
        position++;
    };
    const primary = () => {
        const token = tokens[position++];
        if (!token)
            throw new ExpressionError('unexpected end of the expression');
        if (token.kind === 'string' || token.kind === 'number')
            return { type: 'literal', value: token.value };
        if (token.kind === 'identifier') {
            expect('(');
            const args = [];
            if (!(peek()?.kind === 'punct' && peek()?.value === ')')) {
                for (;;) {
                    args.push(expression());
                    const next = peek();
                    if (next?.kind === 'punct' && next.value === ',') {
                        position++;
                        continue;
                    }
                    break;
                }
            }
            expect(')');
            return { type: 'call', name: token.value, args };
        }
        throw new ExpressionError(`unexpected '${token.value}' at offset ${token.at}`);
    };
    const expression = () => {
        let node = primary();
        for (;;) {
            const next = peek();
            if (next?.kind === 'punct' && next.value === '.') {
                position++;
                const property = tokens[position++];
                if (property?.kind !== 'identifier')
                    throw new ExpressionError('expected a property name after .');
                node = { type: 'property', target: node, property: property.value };
            }
            else if (next?.kind === 'punct' && next.value === '[') {
                position++;
                const index = expression();
                expect(']');
                node = { type: 'index', target: node, index };
            }
            else {
                return node;
            }
        }
    };
    const node = expression();
    const rest = peek();
    if (rest)
        throw new ExpressionError(`unexpected '${rest.value}' at offset ${rest.at}`);
    return node;
}
function asString(value, fn) {
    if (typeof value === 'string')
        return value;
    throw new ExpressionError(`${fn}() expects a string, got ${describe(value)}`);
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
function arity(name, args, min, max = min) {
    if (args.length < min || args.length > max) {
        const expected = min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min}-${max}`;
        throw new ExpressionError(`${name}() takes ${expected} argument(s), got ${args.length}`);
    }
}
function toText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function equal(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a === b;
    return JSON.stringify(a) === JSON.stringify(b);
}
const FUNCTIONS = {
    parameters: (args, context) => {
        arity('parameters', args, 1);
        return context.parameter(asString(args[0], 'parameters'));
    },
    variables: (args, context) => {
        arity('variables', args, 1);
        return context.variable(asString(args[0], 'variables'));
    },
    concat: (args) => {
        arity('concat', args, 1, Number.POSITIVE_INFINITY);
        if (args.every(Array.isArray))
            return args.flat();
        return args.map((arg) => (typeof arg === 'string' ? arg : toText(arg))).join('');
    },
    format: (args) => {
        arity('format', args, 1, Number.POSITIVE_INFINITY);
        const [template, ...values] = args;
        return asString(template, 'format').replace(/\{(\d+)\}/g, (whole, index) => {
            const value = values[Number(index)];
            if (value === undefined)
                throw new ExpressionError(`format() has no argument for ${whole}`);
            return toText(value);
        });
    },
    replace: (args) => {
        arity('replace', args, 3);
        return asString(args[0], 'replace')
            .split(asString(args[1], 'replace'))
            .join(asString(args[2], 'replace'));
    },
    toLower: (args) => {
        arity('toLower', args, 1);
        return asString(args[0], 'toLower').toLowerCase();
    },
    toUpper: (args) => {
        arity('toUpper', args, 1);
        return asString(args[0], 'toUpper').toUpperCase();
    },
    trim: (args) => {
        arity('trim', args, 1);
        return asString(args[0], 'trim').trim();
    },
    if: (args) => {
        arity('if', args, 3);
        if (typeof args[0] !== 'boolean')
            throw new ExpressionError(`if() expects a boolean, got ${describe(args[0])}`);
        return args[0] ? args[1] : args[2];
    },
    equals: (args) => {
        arity('equals', args, 2);
        return equal(args[0], args[1]);
    },
    not: (args) => {
        arity('not', args, 1);
        if (typeof args[0] !== 'boolean')
            throw new ExpressionError(`not() expects a boolean, got ${describe(args[0])}`);
        return !args[0];
    },
    and: (args) => {
        arity('and', args, 2, Number.POSITIVE_INFINITY);
        return args.every((arg) => arg === true);
    },
    or: (args) => {
        arity('or', args, 2, Number.POSITIVE_INFINITY);
        return args.some((arg) => arg === true);
    },
    true: (args) => {
        arity('true', args, 0);
        return true;
    },
    false: (args) => {
        arity('false', args, 0);
        return false;
    },
    null: (args) => {
        arity('null', args, 0);
        return null;
    },
    string: (args) => {
        arity('string', args, 1);
        return toText(args[0]);
    },
    int: (args) => {
        arity('int', args, 1);
        const value = typeof args[0] === 'number' ? args[0] : Number(asString(args[0], 'int'));
        if (!Number.isInteger(value))
            throw new ExpressionError(`int() cannot convert ${describe(args[0])}`);
        return value;
    },
    bool: (args) => {
        arity('bool', args, 1);
        const value = args[0];
        if (typeof value === 'boolean')
            return value;
        if (value === 'true' || value === 1)
            return true;
        if (value === 'false' || value === 0)
            return false;
        throw new ExpressionError(`bool() cannot convert ${describe(value)}`);
    },
    json: (args) => {
        arity('json', args, 1);
        try {
            return JSON.parse(asString(args[0], 'json'));
        }
        catch (error) {
            if (error instanceof ExpressionError)
                throw error;
            throw new ExpressionError(`json() was given text that is not JSON: ${(0,errors/* describeError */.Uc)(error).message}`);
        }
    },
    createObject: (args) => {
        if (args.length % 2 !== 0)
            throw new ExpressionError('createObject() takes key/value pairs');
        const result = {};
        for (let i = 0; i < args.length; i += 2)
            result[asString(args[i], 'createObject')] = args[i + 1];
        return result;
    },
    createArray: (args) => [...args],
    coalesce: (args) => {
        arity('coalesce', args, 1, Number.POSITIVE_INFINITY);
        return args.find((arg) => arg != null) ?? null;
    },
    empty: (args) => {
        arity('empty', args, 1);
        const value = args[0];
        if (value == null)
            return true;
        if (typeof value === 'string' || Array.isArray(value))
            return value.length === 0;
        if (typeof value === 'object')
            return Object.keys(value).length === 0;
        throw new ExpressionError(`empty() expects a string, array or object, got ${describe(value)}`);
    },
};
/** The functions this evaluator supports, for messages and docs. */
const SUPPORTED_FUNCTIONS = Object.keys(FUNCTIONS).sort();
const FUNCTION_BY_LOWER = new Map(Object.entries(FUNCTIONS).map(([name, fn]) => [name.toLowerCase(), fn]));
function evaluateNode(node, context) {
    switch (node.type) {
        case 'literal':
            return node.value;
        case 'call': {
            // ARM function names are case-insensitive.
            const fn = FUNCTION_BY_LOWER.get(node.name.toLowerCase());
            if (!fn) {
                throw new ExpressionError(`unsupported template function '${node.name}' (supported: ${SUPPORTED_FUNCTIONS.join(', ')})`);
            }
            if (node.name.toLowerCase() === 'if') {
                // Only the branch taken is evaluated, as ARM does.
                arity('if', node.args, 3);
                const condition = evaluateNode(node.args[0], context);
                if (typeof condition !== 'boolean') {
                    throw new ExpressionError(`if() expects a boolean, got ${describe(condition)}`);
                }
                return evaluateNode(condition ? node.args[1] : node.args[2], context);
            }
            return fn(node.args.map((arg) => evaluateNode(arg, context)), context);
        }
        case 'property': {
            const target = evaluateNode(node.target, context);
            if (target === null ||
                typeof target !== 'object' ||
                Array.isArray(target) ||
                !(node.property in target)) {
                throw new ExpressionError(`${describe(target)} has no property '${node.property}'`);
            }
            return target[node.property];
        }
        case 'index': {
            const target = evaluateNode(node.target, context);
            const index = evaluateNode(node.index, context);
            if (Array.isArray(target) && typeof index === 'number' && index >= 0 && index < target.length) {
                return target[index];
            }
            if (target && typeof target === 'object' && typeof index === 'string' && index in target) {
                return target[index];
            }
            throw new ExpressionError(`${describe(target)} has no element [${JSON.stringify(index)}]`);
        }
    }
}
/** Evaluates one template string: an expression's value, or the (unescaped) literal text. */
function evaluateTemplateString(text, context) {
    if (!isExpression(text))
        return unescapeLiteral(text);
    return evaluateNode(parseExpression(text.slice(1, -1)), context);
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/template-values.ts


/** Thrown inside a walk of the template to carry a problem out of it. */
class LocatedProblem extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
function problemAt(document, path, message) {
    return { message, location: document.locate(path) };
}
/** Whether a JSON string is evaluated: an expression, or an escaped `[[` literal that evaluation unescapes. */
function needsEvaluation(value) {
    return isExpression(value) || value.startsWith('[[');
}
/** The key of `names` spelled as ARM matches it (case-insensitive), or undefined. */
function findKey(names, name) {
    return Object.keys(names).find((key) => key.toLowerCase() === name.toLowerCase());
}
function templateEvaluator(template, scope) {
    const { declared, variables, supplied } = scope;
    const resolved = new Map();
    const evaluating = new Set();
    /** Evaluates a parameter default or a variable once; `id` tells them apart in the cache and the cycle check. */
    const once = (id, what, evaluate) => {
        if (resolved.has(id))
            return resolved.get(id);
        if (evaluating.has(id))
            throw new ExpressionError(`${what} refers to itself`);
        evaluating.add(id);
        try {
            const value = evaluate();
            resolved.set(id, value);
            return value;
        }
        finally {
            evaluating.delete(id);
        }
    };
    const context = {
        parameter(name) {
            const key = findKey(declared, name);
            if (key === undefined)
                throw new ExpressionError(`the template declares no parameter '${name}'`);
            const entry = supplied?.[key];
            if ((0,values/* isRecord */.u4)(entry) && 'value' in entry)
                return entry.value;
            const declaration = declared[key];
            if (!(0,values/* isRecord */.u4)(declaration) || !('defaultValue' in declaration)) {
                const where = scope.parametersFile
                    ? ` (${scope.parametersFile})`
                    : ' (input arm-template-parameters)';
                throw new ExpressionError(`parameter '${key}' has no value: give it one in the parameters file${where}`);
            }
            return once(`p:${key}`, `parameter '${key}'`, () => evaluateAt(['parameters', key, 'defaultValue'], declaration.defaultValue));
        },
        variable(name) {
            const key = findKey(variables, name);
            if (key === undefined)
                throw new ExpressionError(`the template declares no variable '${name}'`);
            return once(`v:${key}`, `variable '${key}'`, () => evaluateAt(['variables', key], variables[key]));
        },
    };
    const evaluateAt = (path, value) => {
        if (typeof value === 'string') {
            if (!needsEvaluation(value))
                return value;
            try {
                return evaluateTemplateString(value, context);
            }
            catch (error) {
                if (!(error instanceof ExpressionError))
                    throw error;
                throw new LocatedProblem(problemAt(template, path, `template expression ${JSON.stringify(value)}: ${error.message}`));
            }
        }
        if (Array.isArray(value))
            return value.map((item, i) => evaluateAt([...path, i], item));
        if ((0,values/* isRecord */.u4)(value)) {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, evaluateAt([...path, key], item)]));
        }
        return value;
    };
    return evaluateAt;
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/arm-template.ts
/**
 * Reads the ADF publish ARM template (`ARMTemplateForFactory.json`) and its parameters file. Resource names, types
 * and property values are evaluated as ARM template expressions (template-values.ts), so
 * `[concat(parameters('factoryName'), '/Score')]` becomes the pipeline `Score` whatever its length or spelling.
 * `dependsOn` is evaluated and checked (each entry must name a resource of the template) but not used for ordering:
 * the order comes from the references in the resources themselves (dependency-graph.ts).
 *
 * The steps: parse both files, check their shape and the parameters the file supplies, read each resource (its
 * name, then its properties and dependsOn), then check every dependsOn against the resources read.
 */






async function readArmTemplate(files) {
    const read = async (file) => ({
        text: (await (0,promises_.readFile)(file.absolute, 'utf8')).replace(/^\uFEFF/, ''),
        file: file.shownAs,
    });
    return parseArmTemplate({
        template: await read(files.template),
        parameters: files.parameters ? await read(files.parameters) : undefined,
    });
}
function parseArmTemplate(input) {
    const problems = [];
    const parse = (file) => {
        try {
            return (0,documents/* parseDocumentText */.gk)(file.text, file.file, { json: true });
        }
        catch (error) {
            problems.push(...(0,shared_problems/* problemsFromError */.XN)(error, file.file));
            return undefined;
        }
    };
    const template = parse(input.template);
    const parametersFile = input.parameters && parse(input.parameters);
    if (!template || (input.parameters && !parametersFile))
        return { artifacts: [], notes: [], problems };
    const parts = templateParts(template, parametersFile);
    if ('problem' in parts)
        return { artifacts: [], notes: [], problems: [...problems, parts.problem] };
    if (parametersFile)
        problems.push(...suppliedParameterProblems(parametersFile, parts.scope));
    const evaluateAt = templateEvaluator(template, parts.scope);
    const read = readResources(template, parts.resources, evaluateAt);
    problems.push(...read.problems, ...dependsOnProblems(template, read));
    const notes = [...read.notes];
    if (read.artifacts.length === 0 && problems.length === 0) {
        notes.push(`${template.file}: no Data Factory resources found.`);
    }
    return { artifacts: read.artifacts, notes, problems };
}
/** The template's resources and the scope its expressions see, or the one problem that stops reading. */
function templateParts(template, parametersFile) {
    const root = template.value;
    if (!(0,values/* isRecord */.u4)(root) || !Array.isArray(root.resources)) {
        return {
            problem: problemAt(template, [], 'not an ARM template: expected an object with a "resources" array'),
        };
    }
    const supplied = (0,values/* isRecord */.u4)(parametersFile?.value) ? parametersFile.value.parameters : undefined;
    if (parametersFile && !(0,values/* isRecord */.u4)(supplied)) {
        return {
            problem: problemAt(parametersFile, [], 'not an ARM parameters file: expected an object with "parameters"'),
        };
    }
    return {
        resources: root.resources,
        scope: {
            declared: (0,values/* isRecord */.u4)(root.parameters) ? root.parameters : {},
            variables: (0,values/* isRecord */.u4)(root.variables) ? root.variables : {},
            supplied: (0,values/* isRecord */.u4)(supplied) ? supplied : undefined,
            parametersFile: parametersFile?.file,
        },
    };
}
/** Parameters the file supplies that the template does not declare, or that only an ARM deployment resolves. */
function suppliedParameterProblems(parametersFile, scope) {
    const problems = [];
    for (const [name, entry] of Object.entries(scope.supplied ?? {})) {
        const at = (message) => problems.push(problemAt(parametersFile, ['parameters', name], message));
        if (!(name in scope.declared)) {
            at(`parameter '${name}' is not declared by the template`);
        }
        else if ((0,values/* isRecord */.u4)(entry) && 'reference' in entry) {
            at(`parameter '${name}' is a Key Vault reference, which only ARM deployments resolve; this action deploys resources directly, so pass the value through the overrides file (from an environment variable) instead`);
        }
    }
    return problems;
}
function readResources(template, resources, evaluateAt) {
    const read = { artifacts: [], notes: [], problems: [], names: new Set(), dependencies: [] };
    resources.forEach((resource, index) => {
        try {
            readResource(template, resource, ['resources', index], evaluateAt, read);
        }
        catch (error) {
            if (error instanceof LocatedProblem)
                read.problems.push(error.problem);
            else
                throw error;
        }
    });
    return read;
}
/** One resource into `read`; a problem is thrown as a LocatedProblem. */
function readResource(template, resource, base, evaluateAt, read) {
    const fail = (path, message) => new LocatedProblem(problemAt(template, [...base, ...path], message));
    if (!(0,values/* isRecord */.u4)(resource))
        throw fail([], 'a resource must be an object');
    if (typeof resource.type !== 'string')
        throw fail(['type'], '"type" is missing');
    const type = resource.type;
    const rawName = evaluateAt([...base, 'name'], resource.name);
    if (typeof rawName !== 'string')
        throw fail(['name'], 'the resource name must evaluate to a string');
    if (type.toLowerCase() === 'microsoft.resources/deployments') {
        throw fail(['type'], `nested or linked deployments ('${rawName}') are not read: use the ARMTemplateForFactory.json that ADF publishes next to linkedTemplates/, or the git-integration folder`);
    }
    const kind = (0,adf_artifacts/* kindOfArmType */.QP)(type);
    if (kind === undefined) {
        read.notes.push(`${template.file}: resource '${rawName}' of type ${type} is not a kind this action deploys; ignored.`);
        return;
    }
    const segments = rawName.split('/');
    const expectedSegments = kind === 'factoryResource' ? 1 : kind === 'managedPrivateEndpoint' ? 3 : 2;
    if (segments.length !== expectedSegments || segments.some((s) => s === '')) {
        throw fail(['name'], `the name '${rawName}' does not fit the type ${type} (expected ${expectedSegments} '/'-separated segments, starting with the factory name)`);
    }
    const properties = (0,values/* isRecord */.u4)(resource.properties)
        ? evaluateAt([...base, 'properties'], resource.properties)
        : undefined;
    if (kind === 'factoryResource') {
        const globals = factoryGlobalParameters(template, base, properties);
        if (globals)
            read.artifacts.push(globals);
        return;
    }
    if (!properties)
        throw fail(['properties'], '"properties" must be an object');
    const name = segments.slice(1).join('/');
    read.artifacts.push({
        kind,
        name,
        properties,
        source: {
            file: template.file,
            locate: (path) => template.locate([...base, 'properties', ...path]),
            nameAt: template.locate([...base, 'name']),
        },
    });
    read.names.add(`${adf_artifacts/* KINDS */.GW[kind].armType}/${name}`.toLowerCase());
    const dependsOn = Array.isArray(resource.dependsOn) ? resource.dependsOn : [];
    const dependencies = dependsOn.map((entry, i) => {
        const path = [...base, 'dependsOn', i];
        const value = evaluateAt(path, entry);
        if (typeof value !== 'string')
            throw fail(['dependsOn', i], 'a dependsOn entry must evaluate to a string');
        return { value, path };
    });
    read.dependencies.push(...dependencies);
}
/** Older publish mode: global parameters on the factory resource itself. */
function factoryGlobalParameters(template, base, properties) {
    const globals = properties?.globalParameters;
    if (!(0,values/* isRecord */.u4)(globals))
        return undefined;
    const at = [...base, 'properties', 'globalParameters'];
    return {
        kind: 'globalParameters',
        name: 'default',
        properties: globals,
        source: {
            file: template.file,
            locate: (path) => template.locate([...at, ...path]),
            nameAt: template.locate(at),
        },
    };
}
/** A dependsOn entry naming a Data Factory resource the template does not have. */
function dependsOnProblems(template, read) {
    return read.dependencies
        .filter(({ value }) => {
        const target = dependencyTarget(value);
        return target !== undefined && !read.names.has(target.toLowerCase());
    })
        .map(({ value, path }) => problemAt(template, path, `dependsOn '${value}' names a resource that is not in the template`));
}
/**
 * `.../factories/f/pipelines/x` -> `pipelines/x`; `.../factories/f/managedVirtualNetworks/v/managedPrivateEndpoints/e`
 * -> `managedVirtualNetworks/managedPrivateEndpoints/v/e` (the keys `names` holds); undefined for anything else.
 */
function dependencyTarget(value) {
    const segments = value.split('/');
    const at = segments.findIndex((s) => s.toLowerCase() === 'factories');
    if (at < 0)
        return undefined;
    const [type, name, childType, childName, ...more] = segments.slice(at + 2);
    if (type === undefined || name === undefined || more.length > 0)
        return undefined;
    if (childType === undefined)
        return `${type}/${name}`;
    if (childName === undefined)
        return undefined;
    return `${type}/${childType}/${name}/${childName}`;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/git-folder.ts
/**
 * Reads the ADF git-integration folder (the collaboration branch): one `{ name, properties }` JSON file per
 * resource in a folder per kind, global parameters inside `factory/<factory>.json`, managed private endpoints below
 * `managedVirtualNetwork/<network>/managedPrivateEndpoint/`. Every file is parsed strictly as JSON, and every problem
 * (syntax, shape, a file named differently from its `name`) is collected with its file and line.
 */






const FOLDER_KINDS = {
    integrationruntime: 'integrationRuntime',
    linkedservice: 'linkedService',
    credential: 'credential',
    dataset: 'dataset',
    dataflow: 'dataflow',
    pipeline: 'pipeline',
    trigger: 'trigger',
};
/** Files at the root that belong to ADF's git integration but are not resources. */
const IGNORED_ROOT_FILES = new Set(['publish_config.json', 'arm-template-parameters-definition.json']);
async function entries(dir) {
    const found = await (0,promises_.readdir)(dir, { withFileTypes: true });
    return found
        .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
async function jsonFiles(dir) {
    return (await entries(dir))
        .filter((entry) => !entry.isDirectory && /\.json$/i.test(entry.name))
        .map((e) => e.name);
}
/**
 * @param root absolute path of the folder
 * @param shownAs how to show `root` in messages (workspace-relative, forward slashes)
 */
async function readGitFolder(root, shownAs) {
    const isFolder = await (0,promises_.stat)(root).then((found) => found.isDirectory(), () => false);
    if (!isFolder) {
        throw new errors/* ConfigurationError */.j1(`Input 'source' names '${shownAs}', which is not a folder: point it at the root of the ADF git-integration folder (the one holding pipeline/, dataset/, ...) or at ARMTemplateForFactory.json.`, { input: 'source' });
    }
    const artifacts = [];
    const notes = [];
    const problems = [];
    const shown = (...parts) => [shownAs === '.' ? '' : shownAs, ...parts].filter(Boolean).join('/');
    const rootReal = await (0,promises_.realpath)(root);
    const load = async (absolute, file) => {
        try {
            // The folder was checked to be inside the workspace; a file in it may still be a link to anywhere.
            const inside = (0,external_node_path_.relative)(rootReal, await (0,promises_.realpath)(absolute));
            if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)) {
                problems.push({
                    message: `${file} is a symbolic link to a file outside the source folder; commit the file itself`,
                    location: { file },
                });
                return undefined;
            }
            const text = (await (0,promises_.readFile)(absolute, 'utf8')).replace(/^\uFEFF/, '');
            return (0,documents/* parseDocumentText */.gk)(text, file, { json: true });
        }
        catch (error) {
            problems.push(...(0,shared_problems/* problemsFromError */.XN)(error, file));
            return undefined;
        }
    };
    /** Checks the `{ name, properties }` shape and that the file is named after the resource. */
    const resource = (document, fileName) => {
        const value = document.value;
        const at = (path, message) => {
            problems.push({ message, location: document.locate(path) });
            return undefined;
        };
        if (!(0,values/* isRecord */.u4)(value))
            return at([], 'expected a JSON object { "name": ..., "properties": { ... } }');
        if (typeof value.name !== 'string' || value.name === '')
            return at(['name'], '"name" must be a non-empty string');
        if (!(0,values/* isRecord */.u4)(value.properties))
            return at(['properties'], '"properties" must be an object');
        const expected = fileName.replace(/\.json$/i, '');
        if (expected !== value.name) {
            at(['name'], `the file is named '${fileName}' but the resource is named '${value.name}'; ADF names each file after its resource (rename the file to '${value.name}.json')`);
        }
        return { name: value.name, properties: value.properties };
    };
    for (const entry of await entries(root)) {
        const { name: folder } = entry;
        if (!entry.isDirectory) {
            if (!IGNORED_ROOT_FILES.has(folder.toLowerCase()) && /\.json$/i.test(folder)) {
                notes.push(`${shown(folder)}: ignored (not inside an ADF resource folder).`);
            }
            continue;
        }
        const lower = folder.toLowerCase();
        const kind = FOLDER_KINDS[lower];
        if (kind) {
            for (const fileName of await jsonFiles((0,external_node_path_.join)(root, folder))) {
                const file = shown(folder, fileName);
                const document = await load((0,external_node_path_.join)(root, folder, fileName), file);
                const body = document && resource(document, fileName);
                if (document && body) {
                    artifacts.push({
                        kind,
                        ...body,
                        source: {
                            file,
                            locate: (path) => document.locate(['properties', ...path]),
                            nameAt: document.locate(['name']),
                        },
                    });
                }
            }
        }
        else if (lower === 'factory') {
            for (const fileName of await jsonFiles((0,external_node_path_.join)(root, folder))) {
                const file = shown(folder, fileName);
                const document = await load((0,external_node_path_.join)(root, folder, fileName), file);
                const body = document && resource(document, fileName);
                if (!document || !body)
                    continue;
                const globals = body.properties.globalParameters;
                if (globals === undefined)
                    continue;
                if (!(0,values/* isRecord */.u4)(globals)) {
                    problems.push({
                        message: '"properties.globalParameters" must be an object',
                        location: document.locate(['properties', 'globalParameters']),
                    });
                    continue;
                }
                artifacts.push({
                    kind: 'globalParameters',
                    name: 'default',
                    properties: globals,
                    source: {
                        file,
                        locate: (path) => document.locate(['properties', 'globalParameters', ...path]),
                        nameAt: document.locate(['properties', 'globalParameters']),
                    },
                });
            }
        }
        else if (lower === 'managedvirtualnetwork') {
            await readManagedVirtualNetworks((0,external_node_path_.join)(root, folder), folder);
        }
        else {
            notes.push(`${shown(folder)}/: ignored (not an ADF resource folder).`);
        }
    }
    return { artifacts, notes, problems };
    async function readManagedVirtualNetworks(dir, folder) {
        for (const fileName of await jsonFiles(dir)) {
            const file = shown(folder, fileName);
            const document = await load((0,external_node_path_.join)(dir, fileName), file);
            const body = document && resource(document, fileName);
            if (document && body) {
                artifacts.push({
                    kind: 'managedVirtualNetwork',
                    ...body,
                    source: {
                        file,
                        locate: (path) => document.locate(['properties', ...path]),
                        nameAt: document.locate(['name']),
                    },
                });
            }
        }
        for (const network of (await entries(dir)).filter((e) => e.isDirectory)) {
            const endpoints = (await entries((0,external_node_path_.join)(dir, network.name))).find((e) => e.isDirectory && e.name.toLowerCase() === 'managedprivateendpoint');
            if (!endpoints)
                continue;
            const endpointDir = (0,external_node_path_.join)(dir, network.name, endpoints.name);
            for (const fileName of await jsonFiles(endpointDir)) {
                const file = shown(folder, network.name, endpoints.name, fileName);
                const document = await load((0,external_node_path_.join)(endpointDir, fileName), file);
                const body = document && resource(document, fileName);
                if (document && body) {
                    artifacts.push({
                        kind: 'managedPrivateEndpoint',
                        name: `${network.name}/${body.name}`,
                        properties: body.properties,
                        source: {
                            file,
                            locate: (path) => document.locate(['properties', ...path]),
                            nameAt: document.locate(['name']),
                        },
                    });
                }
            }
        }
    }
}

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/validation.ts + 2 modules
var validation = __webpack_require__(1737);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/prepare.ts
/**
 * The first phase of a deployment: everything that can be checked without Azure, before connecting. The source is
 * read (the git-integration folder, or the publish ARM template and its parameters), the overrides file applied, the
 * include/exclude filters applied and the selected artifacts validated. Every problem is reported at once, each as
 * one annotation at its file and line (the others logged, the first as the step's error).
 */










async function prepareSource(inputs, context) {
    const { logger } = context;
    const shown = (absolute) => (0,files/* workspaceRelative */.Uc)(context.workspace, absolute);
    const annotated = (check) => (0,shared_problems/* annotateProblems */.$9)(logger, check);
    const source = await readSource(inputs, shown);
    for (const note of source.notes)
        logger.info(note);
    // Problems found while reading make the artifacts unreliable for overrides: report them first.
    if (source.problems.length > 0)
        await annotated(() => (0,validation/* validateArtifacts */.yf)(source.artifacts, source.problems));
    let artifacts = source.artifacts;
    const overridesFile = inputs.overridesFile;
    if (overridesFile) {
        const result = await annotated(async () => applyOverrides(artifacts, await loadOverrides(overridesFile, shown(overridesFile)), {
            receipt: context.amlReceipt,
            env: context.env,
        }));
        for (const secret of result.secrets)
            context.masker.mask(secret);
        for (const line of result.applied)
            logger.info(`Override: ${line}`);
        artifacts = result.artifacts;
    }
    const filter = (0,filters/* parseFilter */.aN)(inputs.include, inputs.exclude);
    const { selected, excluded, unusedIncludes } = (0,filters/* applyFilter */.$h)(filter, artifacts);
    if (unusedIncludes.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'include': ${unusedIncludes.map((p) => `'${p}'`).join(', ')} matches nothing in the source; check the kind and name.`, { input: 'include' });
    }
    // A reference to a filtered-out artifact is checked against the factory once its state is read (plan.ts).
    const excludedKeys = new Set(excluded.map((a) => (0,adf_artifacts/* artifactKey */.Wf)(a.kind, a.name)));
    await annotated(() => (0,validation/* validateArtifacts */.yf)(selected, [], {
        excluded: excludedKeys,
        existsOutside: (edge) => excludedKeys.has((0,adf_artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name)),
    }));
    return { selected, excluded, filter };
}
/** A `.json` source is the publish ARM template; anything else, the git-integration folder. */
function readSource(inputs, shown) {
    if (!/\.json$/i.test(inputs.source))
        return readGitFolder(inputs.source, shown(inputs.source));
    const parameters = inputs.armTemplateParameters;
    return readArmTemplate({
        template: { absolute: inputs.source, shownAs: shown(inputs.source) },
        parameters: parameters ? { absolute: parameters, shownAs: shown(parameters) } : undefined,
    });
}


/***/ })

};
