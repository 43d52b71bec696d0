export const id = 594;
export const ids = [594,632,325];
export const modules = {

/***/ 34594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseArmTemplate: () => (/* binding */ parseArmTemplate),
  readArmTemplate: () => (/* binding */ readArmTemplate)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var adf_artifacts = __webpack_require__(29632);
// EXTERNAL MODULE: ./src/shared/documents.ts
var documents = __webpack_require__(47583);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
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
            throw new ExpressionError(`json() was given text that is not JSON: ${(0,errors.describeError)(error).message}`);
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

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/sources/arm-template.ts
/**
 * Reads the ADF publish ARM template (`ARMTemplateForFactory.json`) and its parameters file. Resource names, types
 * and property values are evaluated as ARM template expressions (see template-expressions.ts), so
 * `[concat(parameters('factoryName'), '/Score')]` becomes the pipeline `Score` whatever its length or spelling.
 * `dependsOn` is evaluated and checked (each entry must name a resource of the template) but not used for ordering:
 * the order comes from the references in the resources themselves (dependency-graph.ts).
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
/** Thrown inside evaluation to carry a problem out of a deep walk. */
class Located extends Error {
    problem;
    constructor(problem) {
        super(problem.message);
        this.problem = problem;
    }
}
function parseArmTemplate(input) {
    const problems = [];
    const notes = [];
    const artifacts = [];
    const parse = (text, file) => {
        try {
            return (0,documents/* parseDocumentText */.gk)(text, file, { json: true });
        }
        catch (error) {
            problems.push(...(0,shared_problems.problemsFromError)(error, file));
            return undefined;
        }
    };
    const template = parse(input.template.text, input.template.file);
    const parametersFile = input.parameters ? parse(input.parameters.text, input.parameters.file) : undefined;
    if (!template || (input.parameters && !parametersFile))
        return { artifacts, notes, problems };
    const at = (document, path, message) => ({
        message,
        location: document.locate(path),
    });
    const root = template.value;
    if (!(0,values/* isRecord */.u4)(root) || !Array.isArray(root.resources)) {
        problems.push(at(template, [], 'not an ARM template: expected an object with a "resources" array'));
        return { artifacts, notes, problems };
    }
    const declared = (0,values/* isRecord */.u4)(root.parameters) ? root.parameters : {};
    const variables = (0,values/* isRecord */.u4)(root.variables) ? root.variables : {};
    const supplied = (0,values/* isRecord */.u4)(parametersFile?.value) ? parametersFile.value.parameters : undefined;
    if (parametersFile && !(0,values/* isRecord */.u4)(supplied)) {
        problems.push(at(parametersFile, [], 'not an ARM parameters file: expected an object with "parameters"'));
        return { artifacts, notes, problems };
    }
    if (parametersFile && (0,values/* isRecord */.u4)(supplied)) {
        for (const [name, entry] of Object.entries(supplied)) {
            if (!(name in declared)) {
                problems.push(at(parametersFile, ['parameters', name], `parameter '${name}' is not declared by the template`));
            }
            else if ((0,values/* isRecord */.u4)(entry) && 'reference' in entry) {
                problems.push(at(parametersFile, ['parameters', name], `parameter '${name}' is a Key Vault reference, which only ARM deployments resolve; this action deploys resources directly, so pass the value through the overrides file (from an environment variable) instead`));
            }
        }
    }
    /** Evaluates every string in a JSON value (object keys are kept as written); errors point at the string. */
    const evaluateAt = (document, path, value) => {
        if (typeof value === 'string') {
            if (!isExpression(value) && !value.startsWith('[['))
                return value;
            try {
                return evaluateTemplateString(value, context);
            }
            catch (error) {
                if (error instanceof ExpressionError) {
                    throw new Located(at(document, path, `template expression ${JSON.stringify(value)}: ${error.message}`));
                }
                throw error;
            }
        }
        if (Array.isArray(value))
            return value.map((item, i) => evaluateAt(document, [...path, i], item));
        if ((0,values/* isRecord */.u4)(value)) {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, evaluateAt(document, [...path, key], item)]));
        }
        return value;
    };
    const parameterCache = new Map();
    const variableCache = new Map();
    const evaluating = new Set();
    const context = {
        parameter(name) {
            const key = Object.keys(declared).find((k) => k.toLowerCase() === name.toLowerCase());
            if (key === undefined)
                throw new ExpressionError(`the template declares no parameter '${name}'`);
            if (parameterCache.has(key))
                return parameterCache.get(key);
            const entry = (0,values/* isRecord */.u4)(supplied) ? supplied[key] : undefined;
            let value;
            if ((0,values/* isRecord */.u4)(entry) && 'value' in entry) {
                value = entry.value;
            }
            else {
                const declaration = declared[key];
                if (!(0,values/* isRecord */.u4)(declaration) || !('defaultValue' in declaration)) {
                    throw new ExpressionError(`parameter '${key}' has no value: give it one in the parameters file${input.parameters ? ` (${input.parameters.file})` : ' (input arm-template-parameters)'}`);
                }
                if (evaluating.has(`p:${key}`))
                    throw new ExpressionError(`parameter '${key}' refers to itself`);
                evaluating.add(`p:${key}`);
                try {
                    value = evaluateAt(template, ['parameters', key, 'defaultValue'], declaration.defaultValue);
                }
                finally {
                    evaluating.delete(`p:${key}`);
                }
            }
            parameterCache.set(key, value);
            return value;
        },
        variable(name) {
            const key = Object.keys(variables).find((k) => k.toLowerCase() === name.toLowerCase());
            if (key === undefined)
                throw new ExpressionError(`the template declares no variable '${name}'`);
            if (variableCache.has(key))
                return variableCache.get(key);
            if (evaluating.has(`v:${key}`))
                throw new ExpressionError(`variable '${key}' refers to itself`);
            evaluating.add(`v:${key}`);
            let value;
            try {
                value = evaluateAt(template, ['variables', key], variables[key]);
            }
            finally {
                evaluating.delete(`v:${key}`);
            }
            variableCache.set(key, value);
            return value;
        },
    };
    const pending = [];
    const names = new Set();
    root.resources.forEach((resource, index) => {
        const base = ['resources', index];
        try {
            if (!(0,values/* isRecord */.u4)(resource))
                throw new Located(at(template, base, 'a resource must be an object'));
            if (typeof resource.type !== 'string')
                throw new Located(at(template, [...base, 'type'], '"type" is missing'));
            const kind = (0,adf_artifacts.kindOfArmType)(resource.type);
            const rawName = evaluateAt(template, [...base, 'name'], resource.name);
            if (typeof rawName !== 'string') {
                throw new Located(at(template, [...base, 'name'], 'the resource name must evaluate to a string'));
            }
            if (resource.type.toLowerCase() === 'microsoft.resources/deployments') {
                throw new Located(at(template, [...base, 'type'], `nested or linked deployments ('${rawName}') are not read: use the ARMTemplateForFactory.json that ADF publishes next to linkedTemplates/, or the git-integration folder`));
            }
            if (kind === undefined) {
                notes.push(`${template.file}: resource '${rawName}' of type ${resource.type} is not a kind this action deploys; ignored.`);
                return;
            }
            const segments = rawName.split('/');
            const expectedSegments = kind === 'factoryResource' ? 1 : kind === 'managedPrivateEndpoint' ? 3 : 2;
            if (segments.length !== expectedSegments || segments.some((s) => s === '')) {
                throw new Located(at(template, [...base, 'name'], `the name '${rawName}' does not fit the type ${resource.type} (expected ${expectedSegments} '/'-separated segments, starting with the factory name)`));
            }
            const properties = (0,values/* isRecord */.u4)(resource.properties)
                ? evaluateAt(template, [...base, 'properties'], resource.properties)
                : undefined;
            const propertiesAt = (path) => template.locate([...base, 'properties', ...path]);
            if (kind === 'factoryResource') {
                // Older publish mode: global parameters on the factory resource itself.
                const globals = properties?.globalParameters;
                if ((0,values/* isRecord */.u4)(globals)) {
                    artifacts.push({
                        kind: 'globalParameters',
                        name: 'default',
                        properties: globals,
                        source: {
                            file: template.file,
                            locate: (path) => template.locate([...base, 'properties', 'globalParameters', ...path]),
                            nameAt: template.locate([...base, 'properties', 'globalParameters']),
                        },
                    });
                }
                return;
            }
            if (!properties)
                throw new Located(at(template, [...base, 'properties'], '"properties" must be an object'));
            const name = segments.slice(1).join('/');
            artifacts.push({
                kind,
                name,
                properties,
                source: { file: template.file, locate: propertiesAt, nameAt: template.locate([...base, 'name']) },
            });
            const armType = adf_artifacts.KINDS[kind].armType;
            names.add(`${armType}/${name}`.toLowerCase());
            const dependsOn = Array.isArray(resource.dependsOn) ? resource.dependsOn : [];
            pending.push({
                index,
                armType,
                name,
                dependsOn: dependsOn.map((entry, i) => {
                    const value = evaluateAt(template, [...base, 'dependsOn', i], entry);
                    if (typeof value !== 'string') {
                        throw new Located(at(template, [...base, 'dependsOn', i], 'a dependsOn entry must evaluate to a string'));
                    }
                    return { value, index: i };
                }),
            });
        }
        catch (error) {
            if (error instanceof Located)
                problems.push(error.problem);
            else
                throw error;
        }
    });
    for (const resource of pending) {
        for (const dependency of resource.dependsOn) {
            const target = dependencyTarget(dependency.value);
            if (target && !names.has(target.toLowerCase())) {
                problems.push(at(template, ['resources', resource.index, 'dependsOn', dependency.index], `dependsOn '${dependency.value}' names a resource that is not in the template`));
            }
        }
    }
    if (pending.length === 0 && artifacts.length === 0 && problems.length === 0) {
        notes.push(`${template.file}: no Data Factory resources found.`);
    }
    return { artifacts, notes, problems };
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
