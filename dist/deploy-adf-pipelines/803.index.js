export const id = 803;
export const ids = [803];
export const modules = {

/***/ 8803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  holdsResourceFiles: () => (/* binding */ holdsResourceFiles),
  prepareSource: () => (/* binding */ prepareSource)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var adf_artifacts = __webpack_require__(9632);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/shared/json-documents.ts + 1 modules
var json_documents = __webpack_require__(3800);
// EXTERNAL MODULE: ./src/shared/logger.ts
var shared_logger = __webpack_require__(4381);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(4325);
// EXTERNAL MODULE: ./src/deploy-adf-pipelines/filters.ts
var filters = __webpack_require__(2202);
// EXTERNAL MODULE: ./src/shared/templates.ts
var templates = __webpack_require__(730);
// EXTERNAL MODULE: ./src/shared/values.ts
var shared_values = __webpack_require__(9799);
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
/**
 * Reads the overrides file; file errors and every problem of its shape carry the file and line. The reader (with the
 * YAML parser) loads only when a step gives an overrides file.
 */
async function loadOverrides(absolutePath, shownAs) {
    const { loadDocument } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(821)]).then(__webpack_require__.bind(__webpack_require__, 7583));
    return parseOverrides(await loadDocument(absolutePath, shownAs, OVERRIDES_INPUT));
}
/** Checks the shape of a parsed overrides file; throws one OverridesError listing every problem. */
function parseOverrides(document) {
    const problems = [];
    const entries = [];
    const problem = (path, message) => problems.push({ message: `${(0,json_documents/* formatPath */.jV)(path)}: ${message}`, location: document.locate(path) });
    const root = document.value;
    if (root === null || root === undefined)
        return { file: document.file, entries };
    if (!(0,shared_values/* isRecord */.u4)(root)) {
        problems.push({
            message: `the file must be a mapping of ${SECTIONS.join(', ')}; it is ${(0,shared_values/* typeName */.go)(root)}`,
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
                problem([section], `must be a list of { resource, path, value }; it is ${(0,shared_values/* typeName */.go)(body)}`);
                continue;
            }
            for (const [index, item] of body.entries())
                readPropertyItem(item, index);
            continue;
        }
        if (!(0,shared_values/* isRecord */.u4)(body)) {
            problem([section], `must be a mapping by name; it is ${(0,shared_values/* typeName */.go)(body)}`);
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
            if (!(0,shared_values/* isRecord */.u4)(settings)) {
                problem([section, name], `must be a mapping of JSON path (below the ${noun}'s properties) to value; it is ${(0,shared_values/* typeName */.go)(settings)}`);
                continue;
            }
            const selector = exactSelector(kind, name, section, noun);
            for (const [pathText, value] of Object.entries(settings)) {
                const at = [section, name, pathText];
                const location = document.locate(at);
                const path = (0,templates/* parseJsonPath */.Hf)(pathText);
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
        if (!(0,shared_values/* isRecord */.u4)(item)) {
            problem(at, `must be a mapping { resource, path, value }; it is ${(0,shared_values/* typeName */.go)(item)}`);
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
        const path = (0,templates/* parseJsonPath */.Hf)(item.path);
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
        const parentText = index === 0 ? 'the properties' : `'${(0,json_documents/* formatPath */.jV)(path.slice(0, index))}'`;
        const hereText = (0,json_documents/* formatPath */.jV)(path.slice(0, index + 1));
        let next;
        if (typeof segment === 'number') {
            if (!Array.isArray(current))
                return `${parentText} is ${(0,shared_values/* typeName */.go)(current)}, not an array`;
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
            if (!(0,shared_values/* isRecord */.u4)(current))
                return `${parentText} is ${(0,shared_values/* typeName */.go)(current)}, not an object`;
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
    if ((0,shared_values/* isRecord */.u4)(value))
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
            return (0,shared_values/* isRecord */.u4)(value) ? { value } : refuse();
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
    const secretFields = [];
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
        const resolved = (0,templates/* substituteTemplates */.o5)(entry.value, context);
        if (typeof resolved === 'string') {
            fail(resolved);
            continue;
        }
        for (const secret of resolved.secrets)
            secrets.add(secret);
        const { value } = resolved;
        const secretAt = (artifact, path) => {
            if (resolved.fromEnvironment)
                secretFields.push({ kind: artifact.kind, name: artifact.name, path });
        };
        if (entry.type === 'globalParameter') {
            const index = artifacts.findIndex((artifact) => artifact.kind === 'globalParameters');
            if (index < 0 && !addedGlobals)
                addedGlobals = newGlobalParameters(overrides.file, entry.location);
            const globals = index >= 0 ? writable(index) : addedGlobals.properties;
            const existingName = Object.keys(globals).find((name) => name.toLowerCase() === entry.name.toLowerCase());
            const existing = existingName === undefined ? undefined : globals[existingName];
            const type = (0,shared_values/* isRecord */.u4)(existing) && typeof existing.type === 'string' ? existing.type : undefined;
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
            secretAt(index >= 0 ? artifacts[index] : addedGlobals, existingName ?? entry.name);
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
                    fail(`${about}, ${(0,json_documents/* formatPath */.jV)(entry.path)}: ${message}`);
                else {
                    applied.push(`${about} ${(0,json_documents/* formatPath */.jV)(entry.path)} (${where(entry.location)})`);
                    secretAt(artifact, (0,json_documents/* formatPath */.jV)(entry.path));
                }
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
                    else
                        secretAt(artifact, `${reference.path}.parameters.${entry.parameter}`);
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
    return { artifacts: result, secrets: [...secrets], applied, secretFields };
}
/** The pipeline references of a trigger: `pipelines[n]` (schedule, event) or `pipeline` (tumbling window). */
function pipelineReferences(properties) {
    const found = [];
    if (Array.isArray(properties.pipelines)) {
        properties.pipelines.forEach((body, index) => {
            if ((0,shared_values/* isRecord */.u4)(body))
                found.push({ path: `pipelines[${index}]`, body });
        });
    }
    if ((0,shared_values/* isRecord */.u4)(properties.pipeline))
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

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/problems.ts
var problems = __webpack_require__(7277);
// EXTERNAL MODULE: ./src/shared/text-files.ts
var text_files = __webpack_require__(1616);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/source-read.ts
/** The notice for a file read without its UTF-8 byte order mark. */
const BOM_NOTICE = 'the file starts with a UTF-8 byte order mark, which ADF does not write; it was read without it';

;// CONCATENATED MODULE: ./src/shared/expressions/syntax.ts
/**
 * The syntax tree of the expression languages this project reads. Azure Data Factory's (`"@concat(...)"` in pipeline
 * JSON, run by the sandbox's pipeline runtime) and Azure Resource Manager's (`"[concat(...)]"` in templates, read by
 * deploy-adf-pipelines) share one core: literals, function calls and `.`/`[]` member access. Where they differ is
 * held by an ExpressionGrammar, so one lexer and parser serve both.
 *
 * Every node carries its offsets in the whole string it was parsed from (the JSON string value, `@` or `[` included),
 * so an error can point at the function, argument or property at fault.
 */
const syntax_ADF_GRAMMAR = { name: 'adf', keywordLiterals: true, safeNavigation: true };
const ARM_GRAMMAR = { name: 'arm', keywordLiterals: false, safeNavigation: false };
/** Text that is not a well-formed expression: what is wrong (`reason`) and where (`position`, an offset in `text`). */
class ExpressionSyntaxError extends Error {
    text;
    position;
    reason;
    name = 'ExpressionSyntaxError';
    constructor(text, position, reason) {
        super(`${reason} at position ${position}`);
        this.text = text;
        this.position = position;
        this.reason = reason;
    }
}

;// CONCATENATED MODULE: ./src/shared/expressions/lexer.ts
/**
 * Splits an expression into tokens on demand, so that an interpolated `@{...}` segment stops at its closing brace
 * without the rest of the string ever being read as expression text.
 *
 * Strings are single-quoted with `''` for a quote inside; numbers are integers or decimals with an optional sign and
 * exponent (`-5`, `1.5`, `.3`, `1e3`: the ADF reference uses `sub(10.3, .3)`); names are letters, digits, `_` and `$`.
 */

const PUNCTUATION = new Set(['(', ')', '[', ']', ',', '.', '?', '}']);
const IDENTIFIER = /[\p{L}_$][\p{L}\p{N}_$]*/uy;
const NUMBER = /[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?/y;
const WHITESPACE = /\s/;
class Lexer {
    text;
    end;
    position;
    peeked;
    /** Whether the last token ends a value, after which `.` is member access rather than the start of `.5`. */
    afterValue = false;
    /** Reads `text` from `start` up to (not including) `end`. */
    constructor(text, start, end = text.length) {
        this.text = text;
        this.end = end;
        this.position = start;
    }
    peek() {
        this.peeked ??= this.read();
        return this.peeked;
    }
    next() {
        const token = this.peek();
        this.peeked = undefined;
        return token;
    }
    fail(position, reason) {
        throw new ExpressionSyntaxError(this.text, position, reason);
    }
    read() {
        const { text, end } = this;
        while (this.position < end && WHITESPACE.test(text[this.position]))
            this.position++;
        const start = this.position;
        if (start >= end)
            return { kind: 'end', start, end: start };
        const char = text[start];
        const token = this.readAt(start, char);
        this.position = token.end;
        this.afterValue =
            token.kind === 'string' ||
                token.kind === 'number' ||
                token.kind === 'identifier' ||
                (token.kind === 'punct' && (token.value === ')' || token.value === ']'));
        return token;
    }
    readAt(start, char) {
        if (char === "'")
            return this.readString(start);
        if (this.startsNumber(start, char)) {
            NUMBER.lastIndex = start;
            const match = NUMBER.exec(this.text);
            const raw = match?.[0];
            if (raw === undefined || start + raw.length > this.end)
                this.fail(start, `'${char}' does not start a number`);
            return {
                kind: 'number',
                value: Number(raw),
                decimal: /[.eE]/.test(raw),
                start,
                end: start + raw.length,
            };
        }
        IDENTIFIER.lastIndex = start;
        const name = IDENTIFIER.exec(this.text)?.[0];
        if (name !== undefined) {
            const nameEnd = Math.min(start + name.length, this.end);
            return { kind: 'identifier', value: this.text.slice(start, nameEnd), start, end: nameEnd };
        }
        if (PUNCTUATION.has(char))
            return { kind: 'punct', value: char, start, end: start + 1 };
        return this.fail(start, `unexpected character '${char}'`);
    }
    startsNumber(start, char) {
        const following = this.text[start + 1] ?? '';
        const isDigit = (c) => c >= '0' && c <= '9';
        if (isDigit(char))
            return true;
        if (char === '.')
            return !this.afterValue && isDigit(following);
        if (char === '-' || char === '+') {
            return isDigit(following) || (following === '.' && isDigit(this.text[start + 2] ?? ''));
        }
        return false;
    }
    readString(start) {
        const { text, end } = this;
        let value = '';
        let index = start + 1;
        for (;;) {
            const close = text.indexOf("'", index);
            if (close === -1 || close >= end)
                this.fail(start, 'the string that starts here is not closed with a quote');
            value += text.slice(index, close);
            if (text[close + 1] === "'" && close + 1 < end) {
                value += "'";
                index = close + 2;
                continue;
            }
            return { kind: 'string', value, start, end: close + 1 };
        }
    }
}

;// CONCATENATED MODULE: ./src/shared/expressions/parser.ts
/**
 * Parses one expression (the text after ADF's `@`, inside `@{...}`, or inside ARM's `[...]`) into a syntax tree:
 *
 *   expression := primary postfix*
 *   primary    := string | number | name '(' [expression (',' expression)*] ')' | true | false | null
 *   postfix    := '.' name | '[' expression ']' | '?.' name | '?[' expression ']'
 *
 * `true`/`false`/`null` and the `?` forms exist only where the grammar allows them (ADF).
 */


const KEYWORDS = { true: true, false: false, null: null };
function describe(token) {
    if (token.kind === 'end')
        return 'the end of the expression';
    if (token.kind === 'string')
        return 'a string';
    if (token.kind === 'number')
        return `the number ${token.value}`;
    return `'${token.value}'`;
}
function parser_parseExpression(text, options) {
    const { grammar, terminator } = options;
    const lexer = new Lexer(text, options.start ?? 0, options.end ?? text.length);
    const fail = (position, reason) => {
        throw new ExpressionSyntaxError(text, position, reason);
    };
    const isPunct = (token, value) => token.kind === 'punct' && token.value === value;
    const expect = (value, what) => {
        const token = lexer.next();
        if (!isPunct(token, value))
            fail(token.start, `expected '${value}' ${what}, found ${describe(token)}`);
        return token;
    };
    const primary = () => {
        const token = lexer.next();
        switch (token.kind) {
            case 'string':
                return { kind: 'literal', value: token.value, decimal: false, start: token.start, end: token.end };
            case 'number':
                return {
                    kind: 'literal',
                    value: token.value,
                    decimal: token.decimal,
                    start: token.start,
                    end: token.end,
                };
            case 'identifier': {
                if (!isPunct(lexer.peek(), '(')) {
                    const keyword = token.value.toLowerCase();
                    if (grammar.keywordLiterals && keyword in KEYWORDS) {
                        const literal = {
                            kind: 'literal',
                            value: KEYWORDS[keyword] ?? null,
                            decimal: false,
                            start: token.start,
                            end: token.end,
                        };
                        return literal;
                    }
                    return fail(lexer.peek().start, `expected '(' after the function name '${token.value}'`);
                }
                lexer.next();
                const args = [];
                if (isPunct(lexer.peek(), ')')) {
                    return { kind: 'call', name: token.value, args, start: token.start, end: lexer.next().end };
                }
                for (;;) {
                    args.push(expression());
                    const separator = lexer.next();
                    if (isPunct(separator, ')')) {
                        return { kind: 'call', name: token.value, args, start: token.start, end: separator.end };
                    }
                    if (!isPunct(separator, ',')) {
                        fail(separator.start, `expected ',' or ')' in the call to '${token.value}', found ${describe(separator)}`);
                    }
                }
            }
            default:
                return fail(token.start, `expected a value or a function call, found ${describe(token)}`);
        }
    };
    const memberName = () => {
        const token = lexer.next();
        if (token.kind !== 'identifier')
            fail(token.start, `expected a property name after '.', found ${describe(token)}`);
        return token;
    };
    const expression = () => {
        let node = primary();
        for (;;) {
            const token = lexer.peek();
            let optional = false;
            if (isPunct(token, '?')) {
                if (!grammar.safeNavigation)
                    fail(token.start, `'?' is not part of the ${grammar.name.toUpperCase()} grammar`);
                lexer.next();
                optional = true;
                const after = lexer.peek();
                if (!isPunct(after, '.') && !isPunct(after, '[')) {
                    fail(after.start, `expected '.' or '[' after '?', found ${describe(after)}`);
                }
            }
            const next = lexer.peek();
            if (isPunct(next, '.')) {
                lexer.next();
                const name = memberName();
                node = {
                    kind: 'property',
                    target: node,
                    name: name.value,
                    nameStart: name.start,
                    optional,
                    start: node.start,
                    end: name.end,
                };
            }
            else if (isPunct(next, '[')) {
                lexer.next();
                const index = expression();
                const close = expect(']', 'to close the index');
                node = { kind: 'index', target: node, index, optional, start: node.start, end: close.end };
            }
            else {
                return node;
            }
        }
    };
    const node = expression();
    const last = lexer.next();
    if (terminator !== undefined) {
        if (!isPunct(last, terminator)) {
            fail(last.start, `expected '${terminator}' to close the expression, found ${describe(last)}`);
        }
        return { expression: node, end: last.end };
    }
    if (last.kind !== 'end')
        fail(last.start, `unexpected ${describe(last)} after the expression`);
    return { expression: node, end: last.end };
}

;// CONCATENATED MODULE: ./src/shared/expressions/template-strings.ts
/**
 * Where expressions sit inside JSON string values, for each language.
 *
 * ADF ("Expressions and functions in Azure Data Factory", Expressions section):
 * - `"@expr"` is one expression and keeps its type (`"@pipeline().parameters.myNumber"` is the number 42);
 * - `"...@{expr}..."` is interpolation and always a string (`"@{pipeline().parameters.myNumber}"` is `"42"`), also
 *   when the string starts with `@{`;
 * - `"@@..."` is the literal text after the first `@` (`"@@"` is `"@"`), `@@{` inside text is the literal `@{`;
 * - any other string, `"@"` and `" @"` included, is literal text.
 *
 * ARM: `"[expr]"` is an expression, `"[[..."` is the literal text after the first `[`.
 */


/** Whether ADF evaluates the string (as one expression or by interpolation), rather than taking it as it is. */
function isAdfExpression(text) {
    if (text.startsWith('@@'))
        return false;
    return (text.startsWith('@') && text.length > 1) || text.includes('@{');
}
function parseAdfTemplate(text) {
    if (text.startsWith('@@'))
        return { kind: 'literal', value: text.slice(1) };
    if (text.startsWith('@') && !text.startsWith('@{') && text.length > 1) {
        const { expression } = parseExpression(text, { grammar: ADF_GRAMMAR, start: 1 });
        return { kind: 'expression', expression, start: 1, end: text.length };
    }
    if (!text.includes('@{'))
        return { kind: 'literal', value: text };
    const parts = [];
    let literal = '';
    let position = 0;
    for (;;) {
        const open = text.indexOf('@{', position);
        if (open === -1)
            break;
        if (open > 0 && text[open - 1] === '@') {
            // `@@{` is the literal `@{`: keep the first `@`, drop the second, and read on from the brace.
            literal += text.slice(position, open);
            position = open + 1;
            continue;
        }
        literal += text.slice(position, open);
        if (literal)
            parts.push({ kind: 'text', value: literal });
        literal = '';
        const start = open + 2;
        const parsed = parseExpression(text, { grammar: ADF_GRAMMAR, start, terminator: '}' });
        parts.push({ kind: 'expression', expression: parsed.expression, start, end: parsed.end - 1 });
        position = parsed.end;
    }
    literal += text.slice(position);
    if (literal)
        parts.push({ kind: 'text', value: literal });
    if (parts.every((part) => part.kind === 'text'))
        return { kind: 'literal', value: literal };
    return { kind: 'interpolation', parts };
}
/** Whether ARM evaluates the string: it starts with `[` (not `[[`) and ends with `]`. */
function isArmExpression(text) {
    return text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']');
}
function parseArmTemplate(text) {
    if (!isArmExpression(text))
        return { kind: 'literal', value: text.startsWith('[[') ? text.slice(1) : text };
    const end = text.length - 1;
    if (end === 1)
        throw new ExpressionSyntaxError(text, 1, 'the expression is empty');
    const { expression } = parser_parseExpression(text, { grammar: ARM_GRAMMAR, start: 1, end });
    return { kind: 'expression', expression, start: 1, end };
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/template-functions.ts
/**
 * The ARM template functions a Data Factory publish template can contain, with ARM's semantics as documented in
 * "ARM template functions" (learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-*): the
 * deployment's `parameters` and `variables`; strings (`concat`, `format`, `replace`, `split`, `substring`, `first`,
 * `last`, `indexOf` and `lastIndexOf`, `startsWith` and `endsWith` without regard to case, `padLeft`, `trim`,
 * `toLower`/`toUpper`, `base64`, `uriComponent`, ...); arrays and objects (`createArray`, `createObject`, `array`,
 * `union`, `intersection`, `skip`, `take`, `range`, `items`, `contains`, `length`, `empty`, `json`); numbers (`add`,
 * `sub`, `mul`, `div`, `mod`, `min`, `max`, `int`); logic and comparison (`if`, `and`, `or`, `not`, `bool`,
 * `equals`, `less`, `lessOrEquals`, `greater`, `greaterOrEquals`, `coalesce`, `true`, `false`, `null`).
 *
 * Functions that only an ARM deployment can answer (`resourceGroup()`, `subscription()`, `deployment()`,
 * `reference()`, `listKeys()`, `uniqueString()`, `newGuid()`, `utcNow()`) are not here: this action deploys the
 * resources itself, without an ARM deployment, and says so when a template calls one.
 */

class ExpressionError extends Error {
    name = 'ExpressionError';
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function template_functions_text(value, fn, what = 'a string') {
    if (typeof value === 'string')
        return value;
    throw new ExpressionError(`${fn}() expects ${what}, got ${describeValue(value)}`);
}
function integer(value, fn) {
    if (typeof value === 'number' && Number.isInteger(value))
        return value;
    throw new ExpressionError(`${fn}() expects an integer, got ${describeValue(value)}`);
}
function template_functions_boolean(value, fn) {
    if (typeof value === 'boolean')
        return value;
    throw new ExpressionError(`${fn}() expects a boolean, got ${describeValue(value)}`);
}
/** A value as ARM writes it into a string: strings as they are, anything else as compact JSON. */
function toText(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
function equal(a, b) {
    if (typeof a === 'string' && typeof b === 'string')
        return a === b;
    return JSON.stringify(a) === JSON.stringify(b);
}
/** ARM compares strings without regard to case in these functions (indexOf, startsWith, contains on keys, ...). */
const folded = (value) => value.toLowerCase();
function compare(fn, a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    if (typeof a === 'string' && typeof b === 'string')
        return a < b ? -1 : a > b ? 1 : 0;
    throw new ExpressionError(`${fn}() compares two integers or two strings, got ${describeValue(a)} and ${describeValue(b)}`);
}
/** `first`/`last`/`skip`/`take`/`length`/`contains`/`empty` work on strings and arrays alike. */
function sequence(value, fn) {
    if (typeof value === 'string' || Array.isArray(value))
        return value;
    throw new ExpressionError(`${fn}() expects a string or an array, got ${describeValue(value)}`);
}
function arithmetic(fn, operation) {
    return {
        min: 2,
        max: 2,
        call: ([a, b]) => {
            const result = operation(integer(a, fn), integer(b, fn));
            if (!Number.isFinite(result))
                throw new ExpressionError(`${fn}() cannot divide by zero`);
            return result;
        },
    };
}
function extreme(fn, pick) {
    return {
        min: 1,
        call: (args) => {
            const values = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
            if (values.length === 0)
                throw new ExpressionError(`${fn}() needs at least one value`);
            return pick(values.map((v) => integer(v, fn)));
        },
    };
}
const FUNCTIONS = {
    parameters: { min: 1, max: 1, call: ([name], context) => context.parameter(template_functions_text(name, 'parameters')) },
    variables: { min: 1, max: 1, call: ([name], context) => context.variable(template_functions_text(name, 'variables')) },
    concat: {
        min: 1,
        call: (args) => args.every(Array.isArray) ? args.flat() : args.map((arg) => toText(arg)).join(''),
    },
    format: {
        min: 1,
        call: ([template, ...values]) => template_functions_text(template, 'format').replace(/\{(\d+)(?::[^}]*)?\}/g, (whole, index) => {
            const value = values[Number(index)];
            if (value === undefined)
                throw new ExpressionError(`format() has no argument for ${whole}`);
            return toText(value);
        }),
    },
    replace: {
        min: 3,
        max: 3,
        call: ([value, oldText, newText]) => template_functions_text(value, 'replace').split(template_functions_text(oldText, 'replace')).join(template_functions_text(newText, 'replace')),
    },
    split: {
        min: 2,
        max: 2,
        call: ([value, delimiter]) => {
            const input = template_functions_text(value, 'split');
            const delimiters = Array.isArray(delimiter)
                ? delimiter.map((d) => template_functions_text(d, 'split', 'delimiters that are strings'))
                : [template_functions_text(delimiter, 'split', 'a delimiter string or an array of them')];
            let parts = [input];
            for (const d of delimiters)
                parts = parts.flatMap((part) => part.split(d));
            return parts;
        },
    },
    substring: {
        min: 2,
        max: 3,
        call: ([value, start, length]) => {
            const input = template_functions_text(value, 'substring');
            const from = integer(start, 'substring');
            const count = length === undefined ? input.length - from : integer(length, 'substring');
            if (from < 0 || count < 0 || from + count > input.length) {
                throw new ExpressionError(`substring() of a ${input.length}-character string cannot take ${count} character(s) from index ${from}`);
            }
            return input.slice(from, from + count);
        },
    },
    indexOf: {
        min: 2,
        max: 2,
        call: ([value, find]) => {
            if (Array.isArray(value))
                return value.findIndex((item) => equal(item, find));
            return folded(template_functions_text(value, 'indexOf')).indexOf(folded(template_functions_text(find, 'indexOf')));
        },
    },
    lastIndexOf: {
        min: 2,
        max: 2,
        call: ([value, find]) => {
            if (Array.isArray(value)) {
                for (let i = value.length - 1; i >= 0; i--)
                    if (equal(value[i], find))
                        return i;
                return -1;
            }
            return folded(template_functions_text(value, 'lastIndexOf')).lastIndexOf(folded(template_functions_text(find, 'lastIndexOf')));
        },
    },
    startsWith: {
        min: 2,
        max: 2,
        call: ([value, prefix]) => folded(template_functions_text(value, 'startsWith')).startsWith(folded(template_functions_text(prefix, 'startsWith'))),
    },
    endsWith: {
        min: 2,
        max: 2,
        call: ([value, suffix]) => folded(template_functions_text(value, 'endsWith')).endsWith(folded(template_functions_text(suffix, 'endsWith'))),
    },
    toLower: { min: 1, max: 1, call: ([value]) => template_functions_text(value, 'toLower').toLowerCase() },
    toUpper: { min: 1, max: 1, call: ([value]) => template_functions_text(value, 'toUpper').toUpperCase() },
    trim: { min: 1, max: 1, call: ([value]) => template_functions_text(value, 'trim').trim() },
    padLeft: {
        min: 2,
        max: 3,
        call: ([value, total, pad]) => {
            const padding = pad === undefined ? ' ' : template_functions_text(pad, 'padLeft');
            if (padding.length !== 1)
                throw new ExpressionError('padLeft() pads with a single character');
            return toText(value).padStart(integer(total, 'padLeft'), padding);
        },
    },
    string: { min: 1, max: 1, call: ([value]) => toText(value) },
    base64: {
        min: 1,
        max: 1,
        call: ([value]) => Buffer.from(template_functions_text(value, 'base64'), 'utf8').toString('base64'),
    },
    base64ToString: {
        min: 1,
        max: 1,
        call: ([value]) => Buffer.from(template_functions_text(value, 'base64ToString'), 'base64').toString('utf8'),
    },
    uriComponent: { min: 1, max: 1, call: ([value]) => encodeURIComponent(template_functions_text(value, 'uriComponent')) },
    uriComponentToString: {
        min: 1,
        max: 1,
        call: ([value]) => decodeURIComponent(template_functions_text(value, 'uriComponentToString')),
    },
    first: {
        min: 1,
        max: 1,
        call: ([value]) => {
            const items = sequence(value, 'first');
            return typeof items === 'string' ? items.slice(0, 1) : (items[0] ?? null);
        },
    },
    last: {
        min: 1,
        max: 1,
        call: ([value]) => {
            const items = sequence(value, 'last');
            return typeof items === 'string' ? items.slice(-1) : (items.at(-1) ?? null);
        },
    },
    skip: {
        min: 2,
        max: 2,
        call: ([value, count]) => sequence(value, 'skip').slice(Math.max(0, integer(count, 'skip'))),
    },
    take: {
        min: 2,
        max: 2,
        call: ([value, count]) => sequence(value, 'take').slice(0, Math.max(0, integer(count, 'take'))),
    },
    length: {
        min: 1,
        max: 1,
        call: ([value]) => (isObject(value) ? Object.keys(value).length : sequence(value, 'length').length),
    },
    contains: {
        min: 2,
        max: 2,
        call: ([container, item]) => {
            if (isObject(container)) {
                const key = folded(template_functions_text(item, 'contains', 'a key (a string) to look for in an object'));
                return Object.keys(container).some((k) => folded(k) === key);
            }
            if (Array.isArray(container))
                return container.some((element) => equal(element, item));
            return template_functions_text(container, 'contains', 'a string, an array or an object').includes(toText(item));
        },
    },
    empty: {
        min: 1,
        max: 1,
        call: ([value]) => {
            if (value === null || value === undefined)
                return true;
            if (isObject(value))
                return Object.keys(value).length === 0;
            return sequence(value, 'empty').length === 0;
        },
    },
    createArray: { min: 0, call: (args) => [...args] },
    array: { min: 1, max: 1, call: ([value]) => (Array.isArray(value) ? value : [value]) },
    createObject: {
        min: 0,
        call: (args) => {
            if (args.length % 2 !== 0)
                throw new ExpressionError('createObject() takes key/value pairs');
            const result = {};
            for (let i = 0; i < args.length; i += 2)
                result[template_functions_text(args[i], 'createObject')] = args[i + 1];
            return result;
        },
    },
    union: {
        min: 1,
        call: (args) => {
            if (args.every(Array.isArray)) {
                const result = [];
                for (const item of args.flat())
                    if (!result.some((r) => equal(r, item)))
                        result.push(item);
                return result;
            }
            if (args.every(isObject))
                return Object.assign({}, ...args);
            throw new ExpressionError('union() takes arrays or objects, all of one kind');
        },
    },
    intersection: {
        min: 1,
        call: ([head, ...rest]) => {
            if (Array.isArray(head) && rest.every(Array.isArray)) {
                return head.filter((item) => rest.every((other) => other.some((o) => equal(o, item))));
            }
            if (isObject(head) && rest.every(isObject)) {
                return Object.fromEntries(Object.entries(head).filter(([k, v]) => rest.every((other) => k in other && equal(other[k], v))));
            }
            throw new ExpressionError('intersection() takes arrays or objects, all of one kind');
        },
    },
    range: {
        min: 2,
        max: 2,
        call: ([start, count]) => {
            const from = integer(start, 'range');
            const n = integer(count, 'range');
            if (n < 0 || n > 10000)
                throw new ExpressionError('range() makes 0 to 10000 integers');
            return Array.from({ length: n }, (_, i) => from + i);
        },
    },
    items: {
        min: 1,
        max: 1,
        call: ([value]) => {
            if (!isObject(value))
                throw new ExpressionError(`items() expects an object, got ${describeValue(value)}`);
            return Object.keys(value)
                .sort((a, b) => (folded(a) < folded(b) ? -1 : folded(a) > folded(b) ? 1 : 0))
                .map((key) => ({ key, value: value[key] }));
        },
    },
    json: {
        min: 1,
        max: 1,
        call: ([value]) => {
            try {
                return JSON.parse(template_functions_text(value, 'json'));
            }
            catch (error) {
                if (error instanceof ExpressionError)
                    throw error;
                throw new ExpressionError(`json() was given text that is not JSON: ${(0,errors/* describeError */.Uc)(error).message}`);
            }
        },
    },
    coalesce: { min: 1, call: (args) => args.find((arg) => arg !== null && arg !== undefined) ?? null },
    int: {
        min: 1,
        max: 1,
        call: ([value]) => {
            const number = typeof value === 'number' ? value : Number(template_functions_text(value, 'int', 'an integer or a string'));
            if (!Number.isInteger(number))
                throw new ExpressionError(`int() cannot convert ${describeValue(value)}`);
            return number;
        },
    },
    add: arithmetic('add', (a, b) => a + b),
    sub: arithmetic('sub', (a, b) => a - b),
    mul: arithmetic('mul', (a, b) => a * b),
    div: arithmetic('div', (a, b) => Math.trunc(a / b)),
    mod: arithmetic('mod', (a, b) => a % b),
    min: extreme('min', (values) => Math.min(...values)),
    max: extreme('max', (values) => Math.max(...values)),
    // Evaluated lazily by the evaluator (only the branch taken); this is its arity and its eager form.
    if: { min: 3, max: 3, call: ([condition, a, b]) => (template_functions_boolean(condition, 'if') ? a : b) },
    equals: { min: 2, max: 2, call: ([a, b]) => equal(a, b) },
    less: { min: 2, max: 2, call: ([a, b]) => compare('less', a, b) < 0 },
    lessOrEquals: { min: 2, max: 2, call: ([a, b]) => compare('lessOrEquals', a, b) <= 0 },
    greater: { min: 2, max: 2, call: ([a, b]) => compare('greater', a, b) > 0 },
    greaterOrEquals: { min: 2, max: 2, call: ([a, b]) => compare('greaterOrEquals', a, b) >= 0 },
    not: { min: 1, max: 1, call: ([value]) => !template_functions_boolean(value, 'not') },
    and: { min: 2, call: (args) => args.every((arg) => template_functions_boolean(arg, 'and')) },
    or: { min: 2, call: (args) => args.some((arg) => template_functions_boolean(arg, 'or')) },
    bool: {
        min: 1,
        max: 1,
        call: ([value]) => {
            if (typeof value === 'boolean')
                return value;
            if (value === 1 || (typeof value === 'string' && folded(value) === 'true'))
                return true;
            if (value === 0 || (typeof value === 'string' && folded(value) === 'false'))
                return false;
            throw new ExpressionError(`bool() cannot convert ${describeValue(value)}`);
        },
    },
    true: { min: 0, max: 0, call: () => true },
    false: { min: 0, max: 0, call: () => false },
    null: { min: 0, max: 0, call: () => null },
};
/** Only an ARM deployment knows what these answer. */
const DEPLOYMENT_ONLY = new Set([
    'resourceGroup',
    'subscription',
    'deployment',
    'environment',
    'managementGroup',
    'tenant',
    'reference',
    'resourceId',
    'list',
    'listKeys',
    'listSecrets',
    'uniqueString',
    'newGuid',
    'guid',
    'utcNow',
].map(folded));
/** The functions this evaluator supports, for messages and docs. */
const SUPPORTED_FUNCTIONS = Object.keys(FUNCTIONS).sort((a, b) => folded(a) < folded(b) ? -1 : 1);
const BY_NAME = new Map(Object.entries(FUNCTIONS).map(([name, fn]) => [folded(name), fn]));
/** ARM function names are case-insensitive. */
function findFunction(name) {
    const found = BY_NAME.get(folded(name));
    if (found)
        return found;
    if (DEPLOYMENT_ONLY.has(folded(name)) || folded(name).startsWith('list')) {
        throw new ExpressionError(`template function '${name}' is answered only by an ARM deployment, and this action deploys the resources itself: give the value as a template parameter instead`);
    }
    throw new ExpressionError(`unsupported template function '${name}' (supported: ${SUPPORTED_FUNCTIONS.join(', ')})`);
}
function checkArity(name, fn, count) {
    if (count >= fn.min && (fn.max === undefined || count <= fn.max))
        return;
    const expected = fn.max === undefined ? `at least ${fn.min}` : fn.min === fn.max ? `${fn.min}` : `${fn.min}-${fn.max}`;
    throw new ExpressionError(`${name}() takes ${expected} argument(s), got ${count}`);
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/template-expressions.ts
/**
 * ARM template language expressions, as the ADF publish template uses them, parsed by the project's one expression
 * parser (src/shared/expressions, ARM grammar) and evaluated here with ARM's functions (template-functions.ts), so
 * names such as `[concat(parameters('factoryName'), '/Score')]`, `[last(split(...))]` or `[format(...)]` are
 * computed, never cut out by character offsets. A string is an expression when it starts with `[` and ends with `]`;
 * `[[` escapes a literal `[`. A call to a function the evaluator does not know is an error naming it.
 */




/** Whether ARM treats the string as an expression (not an escaped `[[` literal). */
const isExpression = isArmExpression;
const hasOwn = (target, key) => Object.hasOwn(target, key);
function evaluateNode(node, context) {
    switch (node.kind) {
        case 'literal':
            return node.value;
        case 'call': {
            const fn = findFunction(node.name);
            checkArity(node.name, fn, node.args.length);
            if (node.name.toLowerCase() === 'if') {
                // Only the branch taken is evaluated, as ARM does.
                const condition = evaluateNode(node.args[0], context);
                if (typeof condition !== 'boolean') {
                    throw new ExpressionError(`if() expects a boolean, got ${describeValue(condition)}`);
                }
                return evaluateNode(condition ? node.args[1] : node.args[2], context);
            }
            return fn.call(node.args.map((arg) => evaluateNode(arg, context)), context);
        }
        case 'property': {
            const target = evaluateNode(node.target, context);
            if (target === null || typeof target !== 'object' || Array.isArray(target)) {
                throw new ExpressionError(`${describeValue(target)} has no property '${node.name}'`);
            }
            // ARM matches property names without regard to case; an exact match wins.
            const key = hasOwn(target, node.name)
                ? node.name
                : Object.keys(target).find((k) => k.toLowerCase() === node.name.toLowerCase());
            if (key === undefined)
                throw new ExpressionError(`${describeValue(target)} has no property '${node.name}'`);
            return target[key];
        }
        case 'index': {
            const target = evaluateNode(node.target, context);
            const index = evaluateNode(node.index, context);
            if (Array.isArray(target) && typeof index === 'number' && index >= 0 && index < target.length) {
                return target[index];
            }
            if (target && typeof target === 'object' && typeof index === 'string' && hasOwn(target, index)) {
                return target[index];
            }
            throw new ExpressionError(`${describeValue(target)} has no element [${JSON.stringify(index)}]`);
        }
    }
}
/** Evaluates one template string: an expression's value, or the (unescaped) literal text. */
function evaluateTemplateString(text, context) {
    let template;
    try {
        template = parseArmTemplate(text);
    }
    catch (error) {
        if (error instanceof ExpressionSyntaxError)
            throw new ExpressionError(error.message);
        throw error;
    }
    if (template.kind === 'literal')
        return template.value;
    return evaluateNode(template.expression, context);
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
/** A use of a parameter or variable already reported as a problem: the walk stops, and nothing new is reported. */
class FollowOnProblem extends Error {
    about;
    constructor(about) {
        super(`${about} (reported at its first use)`);
        this.about = about;
    }
}
function problemAt(document, path, message) {
    return { message, location: document.locate(path) };
}
const SECURE_TYPES = new Set(['securestring', 'secureobject']);
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
    /** Parameters and variables (by id) already reported as unresolvable. */
    const reported = new Map();
    const secureUses = [];
    /** The secure parameters the string being evaluated reads. */
    let reading;
    /** Evaluates a parameter default or a variable once; `id` tells them apart in the cache and the cycle check. */
    const once = (id, what, evaluate) => {
        if (resolved.has(id))
            return resolved.get(id);
        const known = reported.get(id);
        if (known !== undefined)
            throw new FollowOnProblem(known);
        if (evaluating.has(id))
            throw new ExpressionError(`${what} refers to itself`);
        evaluating.add(id);
        try {
            const value = evaluate();
            resolved.set(id, value);
            return value;
        }
        catch (error) {
            if (error instanceof LocatedProblem)
                reported.set(id, what);
            throw error;
        }
        finally {
            evaluating.delete(id);
        }
    };
    /** Refuses a name once; later uses of it are follow-ons. */
    const unresolvable = (id, what, message) => {
        if (reported.has(id))
            throw new FollowOnProblem(what);
        reported.set(id, what);
        throw new ExpressionError(message);
    };
    const context = {
        parameter(name) {
            const key = findKey(declared, name);
            if (key === undefined) {
                return unresolvable(`p:${name.toLowerCase()}`, `parameter '${name}'`, `the template declares no parameter '${name}'`);
            }
            const declaration = declared[key];
            const secure = (0,shared_values/* isRecord */.u4)(declaration) && SECURE_TYPES.has(String(declaration.type).toLowerCase());
            const entry = supplied?.[key];
            let value;
            if ((0,shared_values/* isRecord */.u4)(entry) && 'value' in entry)
                value = entry.value;
            else if (!(0,shared_values/* isRecord */.u4)(declaration) || !('defaultValue' in declaration)) {
                const where = scope.parametersFile
                    ? ` (${scope.parametersFile})`
                    : ' (input arm-template-parameters)';
                return unresolvable(`p:${key.toLowerCase()}`, `parameter '${key}'`, `parameter '${key}' has no value: give it one in the parameters file${where}`);
            }
            else {
                value = once(`p:${key}`, `parameter '${key}'`, () => evaluateAt(['parameters', key, 'defaultValue'], declaration.defaultValue));
            }
            if (secure)
                reading?.set(key, value);
            return value;
        },
        variable(name) {
            const key = findKey(variables, name);
            if (key === undefined) {
                return unresolvable(`v:${name.toLowerCase()}`, `variable '${name}'`, `the template declares no variable '${name}'`);
            }
            return once(`v:${key}`, `variable '${key}'`, () => evaluateAt(['variables', key], variables[key]));
        },
    };
    const evaluateAt = (path, value) => {
        if (typeof value === 'string') {
            if (!needsEvaluation(value))
                return value;
            const outer = reading;
            reading = new Map();
            try {
                const evaluated = evaluateTemplateString(value, context);
                for (const [parameter, secret] of reading) {
                    secureUses.push({ path, parameter, value: secret, evaluated });
                    outer?.set(parameter, secret);
                }
                return evaluated;
            }
            catch (error) {
                if (!(error instanceof ExpressionError))
                    throw error;
                throw new LocatedProblem(problemAt(template, path, `template expression ${JSON.stringify(value)}: ${error.message}`));
            }
            finally {
                reading = outer;
            }
        }
        if (Array.isArray(value))
            return value.map((item, i) => evaluateAt([...path, i], item));
        if ((0,shared_values/* isRecord */.u4)(value)) {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, evaluateAt([...path, key], item)]));
        }
        return value;
    };
    return { evaluateAt, secureUses };
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
 *
 * One problem is reported once: a resource that cannot be read is listed as unread, so a dependsOn or a reference
 * naming it is not reported again as missing, and a parameter that cannot be resolved is reported at its first use
 * only.
 *
 * Secure parameters (`secureString`, `secureObject`) are the deployment's secrets: their values are returned to be
 * masked, and each string of an artifact they give a value to is recorded (SecureValue), so an empty one can be
 * refused once overrides are applied (prepare.ts) and none is refused as a password written in plain text.
 */







async function readArmTemplate(files) {
    const notices = [];
    const read = async (file, input) => {
        const { text, bom } = await (0,text_files/* readTextFile */.Gu)(file.absolute, file.shownAs, input);
        if (bom)
            notices.push({ message: BOM_NOTICE, location: { file: file.shownAs } });
        return { text, file: file.shownAs };
    };
    const result = arm_template_parseArmTemplate({
        template: await read(files.template, 'source'),
        parameters: files.parameters ? await read(files.parameters, 'arm-template-parameters') : undefined,
    });
    return { ...result, notices };
}
function arm_template_parseArmTemplate(input) {
    const problems = [];
    const parse = (file) => {
        try {
            return (0,json_documents/* parseJsonDocumentText */.gP)(file.text, file.file);
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
    const evaluator = templateEvaluator(template, parts.scope);
    const read = readResources(template, parts.resources, evaluator.evaluateAt);
    problems.push(...read.problems, ...dependsOnProblems(template, read));
    const secureValues = secureValuesOf(read, evaluator.secureUses, template, parametersFile);
    if (read.artifacts.length === 0 && problems.length === 0) {
        // Deploying nothing would plan deleting the whole factory: a template without ADF resources is refused.
        problems.push(problemAt(template, ['resources'], "the template has no Data Factory resources (of type Microsoft.DataFactory/factories/...): give input 'source' the ARMTemplateForFactory.json that ADF publishes, or the git-integration folder"));
    }
    return {
        artifacts: read.artifacts,
        notes: read.notes,
        problems,
        unread: read.unread,
        secrets: secretStrings(evaluator.secureUses.map((use) => use.value)),
        secureValues,
    };
}
/** Every non-empty string in the secure parameters' values (a secureObject's strings, each one). */
function secretStrings(values) {
    const found = new Set();
    const visit = (value) => {
        if (typeof value === 'string') {
            if (value !== '')
                found.add(value);
        }
        else if (Array.isArray(value))
            value.forEach(visit);
        else if ((0,shared_values/* isRecord */.u4)(value))
            Object.values(value).forEach(visit);
    };
    values.forEach(visit);
    return [...found];
}
/** The secure uses inside the artifacts read, each as the artifact, the path in its properties, and its parameter. */
function secureValuesOf(read, uses, template, parametersFile) {
    const values = [];
    for (const use of uses) {
        const owner = read.propertiesAt.find((p) => p.base.length <= use.path.length && p.base.every((segment, i) => use.path[i] === segment));
        if (!owner)
            continue;
        const supplied = (0,shared_values/* isRecord */.u4)(parametersFile?.value) && (0,shared_values/* isRecord */.u4)(parametersFile.value.parameters);
        const location = supplied && use.parameter in parametersFile.value.parameters
            ? parametersFile.locate(['parameters', use.parameter])
            : template.locate(['parameters', use.parameter]);
        values.push({
            kind: owner.kind,
            name: owner.name,
            path: use.path.slice(owner.base.length),
            parameter: use.parameter,
            empty: use.value === '' || use.value === null || use.value === undefined,
            evaluated: use.evaluated,
            location,
        });
    }
    return values;
}
/** The template's resources and the scope its expressions see, or the one problem that stops reading. */
function templateParts(template, parametersFile) {
    const root = template.value;
    if (!(0,shared_values/* isRecord */.u4)(root) || !Array.isArray(root.resources)) {
        return {
            problem: problemAt(template, [], 'not an ARM template: expected an object with a "resources" array'),
        };
    }
    const supplied = (0,shared_values/* isRecord */.u4)(parametersFile?.value) ? parametersFile.value.parameters : undefined;
    if (parametersFile && !(0,shared_values/* isRecord */.u4)(supplied)) {
        return {
            problem: problemAt(parametersFile, [], 'not an ARM parameters file: expected an object with "parameters"'),
        };
    }
    return {
        resources: root.resources,
        scope: {
            declared: (0,shared_values/* isRecord */.u4)(root.parameters) ? root.parameters : {},
            variables: (0,shared_values/* isRecord */.u4)(root.variables) ? root.variables : {},
            supplied: (0,shared_values/* isRecord */.u4)(supplied) ? supplied : undefined,
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
        else if ((0,shared_values/* isRecord */.u4)(entry) && 'reference' in entry) {
            at(`parameter '${name}' is a Key Vault reference, which only ARM deployments resolve; this action deploys resources directly, so pass the value through the overrides file (from an environment variable) instead`);
        }
    }
    return problems;
}
function readResources(template, resources, evaluateAt) {
    const read = {
        artifacts: [],
        notes: [],
        problems: [],
        names: new Set(),
        dependencies: [],
        unread: [],
        propertiesAt: [],
    };
    resources.forEach((resource, index) => {
        const known = {};
        try {
            readResource(template, resource, ['resources', index], evaluateAt, read, known);
        }
        catch (error) {
            if (error instanceof LocatedProblem)
                read.problems.push(error.problem);
            else if (!(error instanceof FollowOnProblem))
                throw error;
            if (known.kind)
                read.unread.push({ kind: known.kind, ...(known.name ? { name: known.name } : {}) });
        }
    });
    return read;
}
/** One resource into `read`; a problem is thrown as a LocatedProblem, and `known` says what was read before it. */
function readResource(template, resource, base, evaluateAt, read, known) {
    const fail = (path, message) => new LocatedProblem(problemAt(template, [...base, ...path], message));
    if (!(0,shared_values/* isRecord */.u4)(resource))
        throw fail([], 'a resource must be an object');
    if (typeof resource.type !== 'string')
        throw fail(['type'], '"type" is missing');
    const type = resource.type;
    const typeKind = (0,adf_artifacts/* kindOfArmType */.QP)(type);
    if (typeKind && typeKind !== 'factoryResource')
        known.kind = typeKind;
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
    if (kind !== 'factoryResource')
        known.name = segments.slice(1).join('/');
    const properties = (0,shared_values/* isRecord */.u4)(resource.properties)
        ? evaluateAt([...base, 'properties'], resource.properties)
        : undefined;
    if (kind === 'factoryResource') {
        const globals = factoryGlobalParameters(template, base, properties);
        if (globals) {
            read.artifacts.push(globals);
            read.propertiesAt.push({
                base: [...base, 'properties', 'globalParameters'],
                kind: 'globalParameters',
                name: 'default',
            });
        }
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
    read.propertiesAt.push({ base: [...base, 'properties'], kind, name });
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
    if (!(0,shared_values/* isRecord */.u4)(globals))
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
/**
 * A dependsOn entry naming a Data Factory resource the template does not have (a resource that failed to read is
 * not missing: its own problem is reported).
 */
function dependsOnProblems(template, read) {
    const armType = (u) => adf_artifacts/* KINDS */.GW[u.kind].armType.toLowerCase();
    const unreadTypes = new Set(read.unread.filter((u) => u.name === undefined).map(armType));
    const unreadNames = new Set(read.unread.filter((u) => u.name !== undefined).map((u) => `${armType(u)}/${u.name.toLowerCase()}`));
    return read.dependencies
        .filter(({ value }) => {
        const target = dependencyTarget(value)?.toLowerCase();
        if (target === undefined || read.names.has(target) || unreadNames.has(target))
            return false;
        const parts = target.split('/');
        const type = parts[1] === 'managedprivateendpoints' ? parts.slice(0, 2).join('/') : parts[0];
        return !unreadTypes.has(type);
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/git-folder.ts
/**
 * Reads the ADF git-integration folder (the collaboration branch), or a Synapse workspace's (the same layout, with
 * notebook/, sqlscript/ and sparkJobDefinition/ besides, and no factory/): one `{ name, properties }` JSON file per
 * resource in a folder per kind, global parameters inside `factory/<factory>.json`, managed private endpoints below
 * `managedVirtualNetwork/<network>/managedPrivateEndpoint/`. Every file is read as UTF-8 (a byte order mark is
 * dropped with a notice; UTF-16 is refused, naming it) and parsed strictly as JSON, and every problem (encoding,
 * syntax, shape) is collected with its file and line. A file named differently from its `name` is a warning: the
 * `name` property is what ADF deploys.
 */








const FOLDER_KINDS = {
    integrationruntime: 'integrationRuntime',
    linkedservice: 'linkedService',
    credential: 'credential',
    dataset: 'dataset',
    dataflow: 'dataflow',
    adfcdc: 'changeDataCapture',
    pipeline: 'pipeline',
    trigger: 'trigger',
    // A Synapse workspace's git folder has the same layout, with these folders besides.
    notebook: 'notebook',
    sqlscript: 'sqlScript',
    sparkjobdefinition: 'sparkJobDefinition',
};
/**
 * Where an artifact's values are in its file; `base` is the path of its properties' parent (`properties` below it).
 * Locations are computed only when a finding asks for one.
 */
function sourceOf(file, document, base) {
    const properties = base.length ? base : ['properties'];
    return {
        file,
        locate: (path) => document.locate([...properties, ...path]),
        get nameAt() {
            return document.locate(base.length ? base : ['name']);
        },
    };
}
/** A resource's name as ADF Studio names its file. */
const stem = (fileName) => fileName.replace(/\.json$/i, '');
/** Files at the root that belong to ADF's git integration but are not resources. */
const IGNORED_ROOT_FILES = new Set([
    'publish_config.json',
    'arm-template-parameters-definition.json',
    'template-parameters-definition.json',
]);
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
 * The refusal of a folder holding no artifact: without it, an empty checkout or the ARM output folder given by mistake
 * would plan deleting the whole factory. Names what was expected, and the template when the folder holds one.
 */
async function noArtifacts(root, shownAs) {
    const files = (await entries(root)).filter((e) => !e.isDirectory).map((e) => e.name);
    const template = files.find((name) => name.toLowerCase() === 'armtemplateforfactory.json');
    const parameters = files.find((name) => name.toLowerCase() === 'armtemplateparametersforfactory.json');
    const at = (name) => (shownAs === '.' ? name : `${shownAs}/${name}`);
    const hint = template
        ? ` It holds the publish ARM template: set source to '${at(template)}'${parameters ? ` and arm-template-parameters to '${at(parameters)}'` : ''}.`
        : '';
    return new errors/* ConfigurationError */.j1(`Input 'source': '${shownAs}' holds no Data Factory artifacts. Expected the ADF git-integration folder: sub-folders such as pipeline/, dataset/, linkedService/, dataflow/, trigger/, integrationRuntime/ holding one JSON file per resource (global parameters in factory/<factory>.json), or the publish ARMTemplateForFactory.json.${hint} Nothing was read from Azure or changed.`, { input: 'source' });
}
/**
 * Whether the folder may hold artifacts at all: a resource folder (pipeline/, factory/, managedVirtualNetwork/, ...)
 * with a JSON file in it, or under it for managed networks. A listing only, nothing is read: main.ts signs in while
 * the files are read only when this holds, so an empty folder or the ARM output folder is refused (readGitFolder's
 * `noArtifacts`) before any call.
 */
async function mayHoldArtifacts(root) {
    const found = await entries(root).catch(() => []);
    for (const entry of found) {
        if (!entry.isDirectory)
            continue;
        const lower = entry.name.toLowerCase();
        const dir = (0,external_node_path_.join)(root, entry.name);
        if (FOLDER_KINDS[lower] || lower === 'factory') {
            if ((await jsonFiles(dir).catch(() => [])).length > 0)
                return true;
        }
        else if (lower === 'managedvirtualnetwork') {
            // Networks and their private endpoints sit one and three levels down.
            const networks = await (0,promises_.readdir)(dir, { recursive: true }).catch(() => []);
            if (networks.some((name) => /\.json$/i.test(name)))
                return true;
        }
    }
    return false;
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
    const notices = [];
    const warnings = [];
    const unread = [];
    const rootReal = await (0,promises_.realpath)(root);
    /** A file's document; a file that cannot be read is a problem, and the resource it holds is unread. */
    const load = (absolute, file, kind, name) => {
        try {
            // The folder was checked to be inside the workspace; a file in it may still be a link to anywhere. The system's
            // realpath (one call, as fs/promises' realpath above) rather than Node's, which makes an lstat per path segment:
            // for hundreds of files, most of the reading time.
            const inside = (0,external_node_path_.relative)(rootReal, external_node_fs_.realpathSync.native(absolute));
            if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)) {
                problems.push({
                    message: `${file} is a symbolic link to a file outside the source folder; commit the file itself`,
                    location: { file },
                });
                unread.push({ kind, name });
                return undefined;
            }
            const { text, bom } = (0,json_documents/* readDocumentTextSync */.oT)(absolute, file);
            if (bom)
                notices.push({ message: BOM_NOTICE, location: { file } });
            return (0,json_documents/* parseJsonDocumentText */.gP)(text, file);
        }
        catch (error) {
            problems.push(...(0,shared_problems/* problemsFromError */.XN)(error, file));
            unread.push({ kind, name });
            return undefined;
        }
    };
    /** The documents of `fileNames` in `dir`, in their order (read synchronously: see readDocumentTextSync). */
    const loadAll = async (dir, fileNames, fileOf, resourceOf) => fileNames.map((fileName) => {
        const { kind, name } = resourceOf(fileName);
        const file = fileOf(fileName);
        return { fileName, file, document: load((0,external_node_path_.join)(dir, fileName), file, kind, name) };
    });
    /** Checks the `{ name, properties }` shape and that the file is named after the resource. */
    const resource = (document, fileName) => {
        const value = document.value;
        const at = (path, message) => {
            problems.push({ message, location: document.locate(path) });
            return undefined;
        };
        if (!(0,shared_values/* isRecord */.u4)(value))
            return at([], 'expected a JSON object { "name": ..., "properties": { ... } }');
        if (typeof value.name !== 'string' || value.name === '')
            return at(['name'], '"name" must be a non-empty string');
        if (!(0,shared_values/* isRecord */.u4)(value.properties))
            return at(['properties'], '"properties" must be an object');
        const expected = fileName.replace(/\.json$/i, '');
        if (expected !== value.name) {
            // The name property is what ADF deploys; the file name is only where ADF Studio keeps it.
            warnings.push({
                message: `the file is named '${fileName}' but the resource is named '${value.name}': it is deployed as '${value.name}' (its "name" wins; ADF Studio names each file after its resource)`,
                location: document.locate(['name']),
            });
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
            const dir = (0,external_node_path_.join)(root, folder);
            const loaded = await loadAll(dir, await jsonFiles(dir), (fileName) => shown(folder, fileName), (fileName) => ({ kind, name: stem(fileName) }));
            for (const { fileName, file, document } of loaded) {
                const body = document && resource(document, fileName);
                if (document && body)
                    artifacts.push({ kind, ...body, source: sourceOf(file, document, []) });
            }
        }
        else if (lower === 'factory') {
            const dir = (0,external_node_path_.join)(root, folder);
            const loaded = await loadAll(dir, await jsonFiles(dir), (fileName) => shown(folder, fileName), () => ({ kind: 'globalParameters', name: 'default' }));
            for (const { fileName, file, document } of loaded) {
                const body = document && resource(document, fileName);
                if (!document || !body)
                    continue;
                const globals = body.properties.globalParameters;
                if (globals === undefined)
                    continue;
                if (!(0,shared_values/* isRecord */.u4)(globals)) {
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
                    source: sourceOf(file, document, ['properties', 'globalParameters']),
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
    if (artifacts.length === 0 && problems.length === 0)
        throw await noArtifacts(root, shownAs);
    // Files are read at once: what was found while reading is put back in file order.
    const byFile = (a, b) => a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0;
    return {
        artifacts,
        notes,
        problems: problems.sort(byFile),
        notices: notices.sort(byFile),
        warnings,
        unread,
    };
    async function readManagedVirtualNetworks(dir, folder) {
        const networks = await loadAll(dir, await jsonFiles(dir), (fileName) => shown(folder, fileName), (fileName) => ({ kind: 'managedVirtualNetwork', name: stem(fileName) }));
        for (const { fileName, file, document } of networks) {
            const body = document && resource(document, fileName);
            if (document && body) {
                artifacts.push({ kind: 'managedVirtualNetwork', ...body, source: sourceOf(file, document, []) });
            }
        }
        for (const network of (await entries(dir)).filter((e) => e.isDirectory)) {
            const endpoints = (await entries((0,external_node_path_.join)(dir, network.name))).find((e) => e.isDirectory && e.name.toLowerCase() === 'managedprivateendpoint');
            if (!endpoints)
                continue;
            const endpointDir = (0,external_node_path_.join)(dir, network.name, endpoints.name);
            const loaded = await loadAll(endpointDir, await jsonFiles(endpointDir), (fileName) => shown(folder, network.name, endpoints.name, fileName), (fileName) => ({ kind: 'managedPrivateEndpoint', name: `${network.name}/${stem(fileName)}` }));
            for (const { fileName, file, document } of loaded) {
                const body = document && resource(document, fileName);
                if (document && body) {
                    artifacts.push({
                        kind: 'managedPrivateEndpoint',
                        name: `${network.name}/${body.name}`,
                        properties: body.properties,
                        source: sourceOf(file, document, []),
                    });
                }
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/target-kinds.ts
/**
 * What the chosen target cannot hold, refused with each artifact's file and line before anything else is checked.
 *
 * A Synapse workspace has no global parameters: a `globalParameters` resource (the ADF folder's factory/<name>.json,
 * the template's `globalparameters` resource) is refused, and so is every expression that reads one
 * (`pipeline().globalParameters.x`), which Synapse would accept and then fail at run time. The fix is a pipeline
 * parameter with the value as its default (what examples/synapse does). Synapse's managed virtual networks and
 * private endpoints are workspace settings, and change data capture is ADF's: this action does not deploy them to a
 * workspace. A data factory has no notebooks, SQL scripts or Spark job definitions.
 */


const GLOBAL_PARAMETER_READ = /pipeline\(\)\s*\.\s*globalParameters\b/i;
/** Paths in `value` of the strings that read a global parameter. */
function globalParameterReads(value, path = []) {
    if (typeof value === 'string')
        return GLOBAL_PARAMETER_READ.test(value) ? [path] : [];
    if (Array.isArray(value))
        return value.flatMap((item, index) => globalParameterReads(item, [...path, index]));
    if ((0,shared_values/* isRecord */.u4)(value)) {
        return Object.entries(value).flatMap(([key, item]) => globalParameterReads(item, [...path, key]));
    }
    return [];
}
function targetProblems(artifacts, target) {
    const problems = [];
    for (const artifact of artifacts) {
        if (target === 'factory') {
            if ((0,adf_artifacts/* isSynapseOnlyKind */.Qx)(artifact.kind)) {
                problems.push({
                    message: `${(0,adf_artifacts/* describeArtifact */.Qw)(artifact)} is a Synapse artifact: a data factory has no ${artifact.kind}. Deploy this source with target: synapse (and synapse-workspace), or remove it.`,
                    location: artifact.source.nameAt,
                });
            }
            continue;
        }
        if (artifact.kind === 'globalParameters') {
            problems.push({
                message: 'global parameters: a Synapse workspace has none, so they cannot be deployed to one. Make each a parameter (with its value as default) of the pipelines that read it, read it as pipeline().parameters.<name>, and leave the factory/ file or globalparameters resource out of the Synapse source.',
                location: artifact.source.locate([]),
            });
            continue;
        }
        if (['managedVirtualNetwork', 'managedPrivateEndpoint', 'changeDataCapture'].includes(artifact.kind)) {
            problems.push({
                message: `${(0,adf_artifacts/* describeArtifact */.Qw)(artifact)}: this action does not deploy ${artifact.kind} artifacts to a Synapse workspace (managed networks are workspace settings; change data capture is Data Factory's). Remove it from the Synapse source or exclude it.`,
                location: artifact.source.nameAt,
            });
            continue;
        }
        for (const path of globalParameterReads(artifact.properties)) {
            problems.push({
                message: `${(0,adf_artifacts/* describeArtifact */.Qw)(artifact)} reads a global parameter (pipeline().globalParameters), which a Synapse workspace does not have: the run would fail. Make it a pipeline parameter with a default and read pipeline().parameters.<name>.`,
                location: artifact.source.locate(path),
            });
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/validation.ts + 1 modules
var validation = __webpack_require__(7705);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/prepare.ts
/**
 * The first phase of a deployment: everything that can be checked without Azure, before connecting. The source is
 * read (the git-integration folder, or the publish ARM template and its parameters), the overrides file applied, the
 * include/exclude filters applied and the selected artifacts validated. Every problem is reported at once, each as
 * one annotation at its file and line (the others logged, the first as the step's error); warnings and notices of
 * the reading are annotations too.
 *
 * The values of the ARM template's secure parameters are masked as soon as they are read. A secure parameter left
 * empty that still gives an artifact its value once the overrides are applied is refused: deploying it would write
 * an empty secret (an empty connection string) without a word.
 */















async function prepareSource(inputs, context) {
    const { logger } = context;
    const shown = (absolute) => (0,files/* workspaceRelative */.Uc)(context.workspace, absolute);
    const annotated = (check) => (0,shared_problems/* annotateProblems */.$9)(logger, check);
    const source = await readSource(inputs, shown);
    // Secrets first: nothing below may print one.
    const secrets = new Set(source.secrets ?? []);
    for (const secret of secrets)
        context.masker.mask(secret);
    for (const note of source.notes)
        logger.info(note);
    for (const { message, location } of source.notices ?? [])
        (0,shared_logger/* notice */.lm)(logger, message, { location });
    for (const { message, location } of source.warnings ?? [])
        logger.warning(message, { location });
    const unread = source.unread ?? [];
    // Problems found while reading make the artifacts unreliable for overrides: report them first.
    if (source.problems.length > 0) {
        await annotated(() => (0,validation/* validateArtifacts */.yf)(source.artifacts, source.problems, { unread }));
    }
    await annotated(() => (0,problems/* throwIfProblems */.W8)(targetProblems(source.artifacts, inputs.target ?? 'factory')));
    let artifacts = source.artifacts;
    const secretFields = (source.secureValues ?? []).map((use) => ({
        kind: use.kind,
        name: use.name,
        path: (0,json_documents/* formatPath */.jV)(use.path),
    }));
    const overridesFile = inputs.overridesFile;
    if (overridesFile) {
        const result = await annotated(async () => applyOverrides(artifacts, await loadOverrides(overridesFile, shown(overridesFile)), {
            receipt: context.amlReceipt,
            env: context.env,
        }));
        for (const secret of result.secrets) {
            context.masker.mask(secret);
            secrets.add(secret);
        }
        for (const line of result.applied)
            logger.info(`Override: ${line}`);
        secretFields.push(...result.secretFields);
        artifacts = result.artifacts;
    }
    const overridden = artifacts;
    // An overrides file can add what the target cannot hold (a globalParameters section for a Synapse workspace).
    if (overridesFile)
        await annotated(() => (0,problems/* throwIfProblems */.W8)(targetProblems(overridden, inputs.target ?? 'factory')));
    await annotated(() => (0,problems/* throwIfProblems */.W8)(emptySecretProblems(source.secureValues ?? [], overridden, inputs)));
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
        suppliedSecrets: [...secrets],
    }));
    return { selected, excluded, filter, secrets: [...secrets], secretFields };
}
/** The value at `path` of `root`, or undefined. */
function valueAt(root, path) {
    let current = root;
    for (const segment of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/**
 * An empty secure parameter whose value still reaches an artifact after the overrides: the string it gives is
 * unchanged (an override replacing it changes it).
 */
function emptySecretProblems(secureValues, artifacts, inputs) {
    const byKey = new Map(artifacts.map((a) => [(0,adf_artifacts/* artifactKey */.Wf)(a.kind, a.name), a]));
    const problems = [];
    const reported = new Set();
    for (const use of secureValues) {
        if (!use.empty)
            continue;
        const artifact = byKey.get((0,adf_artifacts/* artifactKey */.Wf)(use.kind, use.name));
        if (!artifact || !(0,external_node_util_.isDeepStrictEqual)(valueAt(artifact.properties, use.path), use.evaluated))
            continue;
        const key = `${use.parameter}/${(0,adf_artifacts/* artifactKey */.Wf)(use.kind, use.name)}/${(0,json_documents/* formatPath */.jV)(use.path)}`;
        if (reported.has(key))
            continue;
        reported.add(key);
        const ways = [
            inputs.armTemplateParameters
                ? 'Give it a value in an environment parameters file (input arm-template-parameters)'
                : 'Give it a value in a parameters file (input arm-template-parameters)',
            `set ${(0,json_documents/* formatPath */.jV)(use.path)} of ${(0,adf_artifacts/* describeArtifact */.Qw)(use)} in the overrides file from a secret (\${{ env.NAME }})`,
        ];
        problems.push({
            message: `the secure parameter '${use.parameter}' is empty, and it gives ${(0,adf_artifacts/* describeArtifact */.Qw)(use)} its ${(0,json_documents/* formatPath */.jV)(use.path)}: an empty secret would be deployed. ${ways.join(', or ')}.`,
            location: use.location,
        });
    }
    return problems;
}
/**
 * Whether the source is known, before any file of it is read, to hold resource files: a folder with a resource folder
 * holding JSON files (git-folder.ts). main.ts signs in while such a source is read. A folder without one, and a publish
 * template (which holds Data Factory resources or not only once it is read), are refused by `prepareSource` before
 * any call when they hold no artifact.
 */
async function holdsResourceFiles(inputs) {
    return !/\.json$/i.test(inputs.source) && (await mayHoldArtifacts(inputs.source));
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


/***/ }),

/***/ 9632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ KINDS),
/* harmony export */   M7: () => (/* binding */ KIND_BY_REFERENCE_TYPE),
/* harmony export */   QP: () => (/* binding */ kindOfArmType),
/* harmony export */   Qw: () => (/* binding */ describeArtifact),
/* harmony export */   Qx: () => (/* binding */ isSynapseOnlyKind),
/* harmony export */   Tu: () => (/* binding */ compareArtifacts),
/* harmony export */   Wf: () => (/* binding */ artifactKey),
/* harmony export */   hz: () => (/* binding */ ARTIFACT_KINDS)
/* harmony export */ });
/* unused harmony export SYNAPSE_ONLY_KINDS */
const ARTIFACT_KINDS = [
    'factory',
    'integrationRuntime',
    'credential',
    'managedVirtualNetwork',
    'managedPrivateEndpoint',
    'linkedService',
    'dataset',
    'dataflow',
    'changeDataCapture',
    'notebook',
    'sqlScript',
    'sparkJobDefinition',
    'pipeline',
    'trigger',
    'globalParameters',
];
/** Kinds only a Synapse workspace has (its git folder and publish template hold them; a data factory has none). */
const SYNAPSE_ONLY_KINDS = ['notebook', 'sqlScript', 'sparkJobDefinition'];
function isSynapseOnlyKind(kind) {
    return SYNAPSE_ONLY_KINDS.includes(kind);
}
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
        nameRule: 'childNoDash',
    },
    dataset: {
        folder: 'dataset',
        armType: 'datasets',
        operationGroup: 'datasets',
        referenceType: 'DatasetReference',
        nameRule: 'childNoDash',
    },
    dataflow: {
        folder: 'dataflow',
        armType: 'dataflows',
        operationGroup: 'dataFlows',
        referenceType: 'DataFlowReference',
        nameRule: 'childNoDash',
    },
    changeDataCapture: {
        folder: 'adfcdc',
        armType: 'adfcdcs',
        operationGroup: 'changeDataCapture',
        referenceType: undefined,
        nameRule: 'child',
    },
    notebook: {
        folder: 'notebook',
        armType: 'notebooks',
        operationGroup: undefined,
        referenceType: 'NotebookReference',
        nameRule: 'child',
    },
    sqlScript: {
        folder: 'sqlscript',
        armType: 'sqlscripts',
        operationGroup: undefined,
        referenceType: undefined,
        nameRule: 'child',
    },
    sparkJobDefinition: {
        folder: 'sparkJobDefinition',
        armType: 'sparkJobDefinitions',
        operationGroup: undefined,
        referenceType: 'SparkJobDefinitionReference',
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
/**
 * The kind of an ARM resource type, case-insensitive: a data factory's (`Microsoft.DataFactory/factories/pipelines`,
 * ARMTemplateForFactory.json) or a Synapse workspace's (`Microsoft.Synapse/workspaces/pipelines`, the publish
 * template TemplateForWorkspace.json, which names its resources below the workspace the same way).
 */
function kindOfArmType(type) {
    const lower = type.toLowerCase();
    if (lower === 'microsoft.datafactory/factories')
        return 'factoryResource';
    const prefix = ['microsoft.datafactory/factories/', 'microsoft.synapse/workspaces/'].find((p) => lower.startsWith(p));
    if (!prefix)
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

/***/ 3800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d$: () => (/* binding */ DocumentSyntaxError),
  n6: () => (/* binding */ checkNesting),
  wf: () => (/* binding */ checkStrictJson),
  jV: () => (/* binding */ formatPath),
  _w: () => (/* binding */ locatedDocument),
  gP: () => (/* binding */ parseJsonDocumentText),
  oT: () => (/* binding */ readDocumentTextSync),
  Ms: () => (/* binding */ refuseOversized),
  QH: () => (/* binding */ withStackGuard)
});

// UNUSED EXPORTS: MAX_DOCUMENT_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/shared/document-depth.ts
/**
 * How deeply a YAML or JSON text nests, measured without parsing it. The parsers (`yaml`, `jsonc-parser`) and every
 * walk over a parsed value recurse once per level, so a document nested thousands deep ends in "Maximum call stack
 * size exceeded" (or worse, the YAML lexer runs out of memory on thousands of indentation levels) before it can be
 * told apart from a bug. One linear pass, with no recursion, finds the first place that goes past a limit far beyond
 * anything a real spec, factory, template or row file needs, so the file can be refused with its name and line.
 */
/** Far deeper than any document these actions read (ARM templates of large factories nest about 20 levels). */
const MAX_DOCUMENT_DEPTH = 256;
/** A quote opens a string only where a token starts: `it's` in a plain scalar is no string. */
function startsToken(text, at) {
    const before = text[at - 1];
    return before === undefined || /[\s[{,:]/.test(before);
}
/**
 * The first place where flow brackets (`[`, `{`, outside quoted strings and comments) plus YAML block indentation
 * levels go deeper than `limit`, or undefined. Over-counts at worst (a bracket in a plain YAML scalar), which only
 * matters for documents nested close to the limit.
 */
function findExcessiveNesting(text, limit = MAX_DOCUMENT_DEPTH) {
    const indents = [];
    let flow = 0;
    let quote;
    let lineStart = true;
    let indent = 0;
    for (let at = 0; at < text.length; at++) {
        const char = text[at];
        if (char === '\n') {
            lineStart = true;
            indent = 0;
            // A double-quoted string may span lines in YAML; a single-quoted one too.
            continue;
        }
        if (quote) {
            if (char === '\\' && quote === '"')
                at++;
            else if (char === quote)
                quote = undefined;
            continue;
        }
        if (lineStart) {
            if (char === ' ') {
                indent++;
                continue;
            }
            lineStart = false;
            if (char !== '#' && char !== '\r' && flow === 0) {
                // Block structure: each line indented deeper than the one it belongs to opens a level (as Python counts).
                while (indents.length > 0 && indents[indents.length - 1] >= indent)
                    indents.pop();
                indents.push(indent);
            }
        }
        if (char === '#' && (at === 0 || /\s/.test(text[at - 1]))) {
            const end = text.indexOf('\n', at);
            at = end === -1 ? text.length : end - 1;
            continue;
        }
        if ((char === '"' || char === "'") && startsToken(text, at))
            quote = char;
        else if (char === '[' || char === '{')
            flow++;
        else if (char === ']' || char === '}')
            flow = Math.max(0, flow - 1);
        else if (char === '-' && (text[at + 1] === ' ' || text[at + 1] === '\t') && flow === 0) {
            // `- - - x`: compact nested sequences open a level each on one line.
            indents.push(indent + (at - text.lastIndexOf('\n', at)));
        }
        // The top level (the first line's indentation) is no nesting.
        const depth = flow + Math.max(0, indents.length - 1);
        if (depth > limit)
            return { depth, offset: at };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/text-files.ts
var text_files = __webpack_require__(1616);
;// CONCATENATED MODULE: ./src/shared/json-documents.ts
/**
 * JSON documents that remember where each value came from, and what every document reader shares: the document and
 * path types, the syntax error with its line and column, the guards against deep nesting and oversized files. This
 * module loads no YAML parser: a step that reads only JSON (a factory's git folder, a publish template) does not
 * load one. documents.ts adds YAML and re-exports what is here.
 */






/**
 * Text that is not valid YAML or JSON. Its reason and its line and column within the text are fields, so a caller
 * that parsed a piece of a larger file (a JSON cell of a CSV row) can say where in the file without reading the
 * message.
 */
class DocumentSyntaxError extends errors/* ConfigurationError */.j1 {
    syntax;
    reason;
    line;
    column;
    name = 'DocumentSyntaxError';
    constructor(target, syntax, reason, line, column) {
        const detail = `invalid ${syntax}: ${reason}`;
        super(`${(0,errors/* formatLocation */.j$)({ file: target.label, line, column })}: ${detail}`, {
            input: target.input,
            location: target.file ? { file: target.file, line, column } : undefined,
            detail,
        });
        this.syntax = syntax;
        this.reason = reason;
        this.line = line;
        this.column = column;
    }
}
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
/** JSON.parse gives no position on Node 20 for most errors; jsonc-parser in strict mode gives the offset. */
function checkStrictJson(text, target) {
    const errors = [];
    (0,main.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const [first] = errors;
    if (!first)
        return;
    const { line, column } = lineAndColumn(text, first.offset);
    const reason = (0,main.printParseErrorCode)(first.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    throw new DocumentSyntaxError(target, 'JSON', reason, line, column);
}
/** Refuses a text nested so deeply that parsing it would exhaust the stack (see document-depth.ts). */
function checkNesting(text, target) {
    const excess = findExcessiveNesting(text);
    if (!excess)
        return;
    const { line, column } = lineAndColumn(text, excess.offset);
    throw new DocumentSyntaxError(target, target.json ? 'JSON' : 'YAML', `nested more than ${MAX_DOCUMENT_DEPTH} levels deep; no spec or data file needs that many, so the file is refused`, line, column);
}
/** A parser that still ran out of stack (a shape the depth scan under-counts) is reported as the same refusal. */
function withStackGuard(target, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (!(error instanceof RangeError) || !/call stack/i.test(error.message))
            throw error;
        throw new DocumentSyntaxError(target, target.json ? 'JSON' : 'YAML', 'nested too deeply to read; no spec or data file needs that many levels, so the file is refused', 1, 1);
    }
}
/** A document read whole and parsed with locations costs tens of times its size in memory: far above real ones. */
const MAX_DOCUMENT_BYTES = 16 * 2 ** 20;
/**
 * A strict JSON document. A document that `JSON.parse` (native, several times faster than any parser written in
 * JavaScript) reads with no key repeated is read by it, and its syntax tree (jsonc-parser's) is built only when a
 * location is asked for, which a valid source mostly never does: a factory of hundreds of files is read in a
 * fraction of the time. Any other document is read with the tree at once, which says where the syntax error or the
 * duplicate key is. Either way the findings and the locations are the same: every value located by its path (the key
 * of a property, as for YAML).
 */
function parseJsonDocumentText(text, file, options = {}) {
    const target = { label: file, file, ...options, json: true };
    checkNesting(text, target);
    const fast = parseUniqueKeyJson(text);
    let parsed;
    const withTree = () => {
        parsed ??= parseJsonTree(text, target);
        return parsed;
    };
    if (!fast)
        withTree();
    const locate = (path) => {
        const { tree, position } = withTree();
        for (let depth = path.length; depth >= 0; depth--) {
            const node = depth === 0 ? tree : (0,main.findNodeAtLocation)(tree, path.slice(0, depth));
            if (!node)
                continue;
            // For a property, point at its key, as YAML's locations do.
            const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
            return { file, ...position((key ?? node).offset) };
        }
        return { file };
    };
    return locatedDocument(file, fast ? fast.value : withStackGuard(target, () => (0,main.getNodeValue)(withTree().tree)), locate);
}
/**
 * `JSON.parse`'s value when it reads the text and no object in it repeats a key (JSON.parse keeps the last silently),
 * else undefined. In JSON that parses, every colon outside a string separates one property from its value, so the
 * keys are unique exactly when the value has as many properties as the text has such colons.
 */
function parseUniqueKeyJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const colons = text.replace(/"[^"\\]*(?:\\.[^"\\]*)*"/g, '').split(':').length - 1;
    return colons === countProperties(value) ? { value } : undefined;
}
function countProperties(value) {
    if (value === null || typeof value !== 'object')
        return 0;
    let count = 0;
    if (Array.isArray(value)) {
        for (const item of value)
            count += countProperties(item);
        return count;
    }
    for (const key of Object.keys(value))
        count += 1 + countProperties(value[key]);
    return count;
}
/** jsonc-parser's syntax tree of strict JSON; a syntax error or a repeated key is thrown at its line and column. */
function parseJsonTree(text, target) {
    const errors = [];
    const tree = withStackGuard(target, () => (0,main.parseTree)(text, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false,
    }));
    let lineStarts;
    const position = (offset) => {
        lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - lineStarts[low] + 1 };
    };
    const [first] = errors;
    if (first || !tree) {
        const { line, column } = position(first?.offset ?? 0);
        const reason = (0,main.printParseErrorCode)(first?.error ?? 4)
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase();
        throw new DocumentSyntaxError(target, 'JSON', reason, line, column);
    }
    const duplicate = findDuplicateKey(tree);
    if (duplicate) {
        const { line, column } = position(duplicate.offset);
        throw new DocumentSyntaxError(target, 'JSON', `duplicate key '${duplicate.value}'`, line, column);
    }
    return { tree, position };
}
/** The first key that repeats one of its object's keys, with where it is. */
function findDuplicateKey(root) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'object') {
            const seen = new Set();
            for (const property of node.children ?? []) {
                const key = property.children?.[0];
                if (key && typeof key.value === 'string') {
                    if (seen.has(key.value))
                        return { value: key.value, offset: key.offset };
                    seen.add(key.value);
                }
            }
        }
        for (const child of node.children ?? [])
            stack.push(child);
    }
    return undefined;
}
/** A parsed document: its value, where each path in it came from, and errors that point there. */
function locatedDocument(file, value, locate) {
    return {
        file,
        value,
        locate,
        errorAt(path, message, input) {
            const location = locate(path);
            const field = path.length ? ` (${formatPath(path)})` : '';
            return errors/* ConfigurationError */.j1.at(`${(0,errors/* formatLocation */.j$)(location, { column: false })}${field}`, message, {
                input,
                location,
            });
        },
    };
}
/** `settings.retry_settings.max_retries`, `activities[2].name`. */
function formatPath(path) {
    return path.reduce((text, segment) => typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment, '');
}
/**
 * Documents are read whole: a file far beyond what any spec, template or rows file needs is refused unread. A
 * missing or unreadable file passes here: reading it says which.
 */
async function refuseOversized(absolutePath, shownAs, input) {
    const size = await (0,promises_.stat)(absolutePath).then((stats) => stats.size, () => undefined);
    if (size !== undefined)
        checkDocumentSize(size, shownAs, input);
}
function checkDocumentSize(size, shownAs, input) {
    if (size > MAX_DOCUMENT_BYTES) {
        throw errors/* ConfigurationError */.j1.at(shownAs, `the file is ${(size / 2 ** 20).toFixed(1)} MB; spec, template, override and row documents are read whole, and over ${MAX_DOCUMENT_BYTES / 2 ** 20} MB are refused (ARM itself takes templates up to 4 MB). Split the file or keep large data in CSV.`, { input, location: { file: shownAs } });
    }
}
/**
 * A document file's text, read in one synchronous pass (open, size, read, close) and refused unread when oversized,
 * as `refuseOversized` then `readTextFile` do. For the hundreds of small files of a factory's git folder: one file
 * costs one open, fstat, read and close here, where the promise API made a realpath, a stat and readFile's four calls
 * each a round trip through the thread pool and the event loop.
 */
function readDocumentTextSync(absolutePath, shownAs, input) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolutePath, 'r');
    }
    catch (error) {
        throw (0,text_files/* unreadableFile */._s)(error, shownAs, input);
    }
    let bytes;
    try {
        checkDocumentSize((0,external_node_fs_.fstatSync)(fd).size, shownAs, input);
        bytes = (0,external_node_fs_.readFileSync)(fd);
    }
    catch (error) {
        throw error instanceof errors/* ConfigurationError */.j1 ? error : (0,text_files/* unreadableFile */._s)(error, shownAs, input);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return (0,text_files/* decodeText */.g7)(bytes, shownAs, input);
}


/***/ }),

/***/ 1616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   _s: () => (/* binding */ unreadableFile),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
/* unused harmony export wideEncoding */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/**
 * Reading a user's text file as UTF-8, and saying plainly when it is not. Windows editors (and PowerShell's
 * `Out-File` before PowerShell 7) write UTF-16 or a UTF-8 byte order mark; read as UTF-8, a UTF-16 file is nothing
 * but "invalid JSON at 1:1". So: a UTF-8 BOM is dropped and reported (the caller says so, as a notice); UTF-16 and
 * UTF-32, with or without a BOM, and bytes that are not UTF-8 at all are refused, naming the encoding found.
 */


/** The UTF-16/32 encoding `bytes` are in, from their byte order mark or their zero bytes, if they are. */
function wideEncoding(bytes) {
    const [a, b, c, d] = bytes;
    if (a === 0xff && b === 0xfe)
        return c === 0 && d === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16 (big-endian)';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32 (big-endian)';
    // Without a byte order mark: text of ASCII characters has a zero byte beside every character.
    const sample = bytes.subarray(0, Math.min(bytes.length, 200) & ~1);
    if (sample.length < 4)
        return undefined;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++)
        if (sample[i] === 0)
            i % 2 === 0 ? evenZeros++ : oddZeros++;
    const half = sample.length / 2;
    if (oddZeros > half * 0.6 && evenZeros === 0)
        return 'UTF-16 (little-endian, without a byte order mark)';
    if (evenZeros > half * 0.6 && oddZeros === 0)
        return 'UTF-16 (big-endian, without a byte order mark)';
    return undefined;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes `bytes` as UTF-8 (see the module comment); `shownAs` names the file in the refusal. */
function decodeText(bytes, shownAs, input) {
    const refuse = (detail) => _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1.at(shownAs, detail, { input, location: { file: shownAs } });
    const wide = wideEncoding(bytes);
    if (wide)
        throw refuse(`the file is encoded as ${wide}; save it as UTF-8 (without a byte order mark).`);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
        return { text: UTF8.decode(bom ? bytes.subarray(3) : bytes), bom };
    }
    catch {
        throw refuse('the file is not UTF-8 text (it holds bytes that UTF-8 does not allow); save it as UTF-8.');
    }
}
/** The refusal of a file that could not be read: not found, or the system's code. */
function unreadableFile(error, shownAs, input) {
    const code = error.code;
    return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1.at(shownAs, code === 'ENOENT' ? 'file not found.' : `cannot read the file (${code ?? String(error)}).`, { input, location: { file: shownAs }, cause: error });
}
/** Reads and decodes a file; a file that cannot be read is a ConfigurationError naming it. */
async function readTextFile(absolute, shownAs, input) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    }
    catch (error) {
        throw unreadableFile(error, shownAs, input);
    }
    return decodeText(bytes, shownAs, input);
}


/***/ }),

/***/ 9799:
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
