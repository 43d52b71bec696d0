export const id = 151;
export const ids = [151];
export const modules = {

/***/ 72385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONTENT_DIGEST_TAG),
/* harmony export */   l: () => (/* binding */ digestFolder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/**
 * A local folder (or single file) as content: every file with its SHA-256, and one digest over the sorted relative
 * paths and file digests. The digest names the upload (`LocalUpload/<digest>/...`, as azure-ai-ml names uploads by a
 * content hash) and is stored on the registered version as the tag `mlops.content-sha256`, so an unchanged folder
 * is recognised without uploading anything. `.git` folders are left out; symbolic links are refused, because what
 * they point to is not part of the repository's content.
 */





const CONTENT_DIGEST_TAG = 'mlops.content-sha256';
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
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/')}' is a symbolic link; upload real files only.`);
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
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: no such folder or file in the workspace.`);
    }
    if (stats.isSymbolicLink())
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is a symbolic link; name the folder itself.`);
    const isFile = stats.isFile();
    const paths = isFile ? [absolute] : await listFiles(absolute, shown);
    if (paths.length === 0)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is an empty folder: there is nothing to register.`);
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
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const file of files)
        digest.update(`${file.path}\0${file.sha256}\n`);
    return {
        absolute,
        shown,
        name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(absolute),
        files,
        bytes: files.reduce((sum, file) => sum + file.size, 0),
        digest: digest.digest('hex'),
    };
}


/***/ }),

/***/ 9151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareRelease: () => (/* binding */ prepareRelease)
});

// EXTERNAL MODULE: ./src/shared/azure/azure-inputs.ts + 1 modules
var azure_inputs = __webpack_require__(7214);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/shared/documents.ts + 1 modules
var documents = __webpack_require__(24766);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(38590);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/folder-digest.ts
var folder_digest = __webpack_require__(72385);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/model-reference.ts
/**
 * The ways a deployment names its model, as the `az ml` CLI reads them (azure-ai-ml's DeploymentSchema.model:
 * RegistryStr, ArmVersionedStr and an inline model):
 *
 *   azureml:<name>:<version>                                    a version registered in the workspace
 *   azureml:<name>@latest                                       the most recently created version
 *   azureml:/subscriptions/.../workspaces/<w>/models/<n>/versions/<v>   the same, by ARM id
 *   azureml://registries/<registry>/models/<name>/versions/<version>    a version in an Azure ML registry
 *   <folder>                                                    a local folder, uploaded and registered
 *
 * `azureml:<name>` without a version is refused: a release names what it deploys (use `@latest` to mean it).
 */
const SEGMENT = '[^:@/\\s]+';
const WORKSPACE = new RegExp(`^azureml:(${SEGMENT}):(${SEGMENT})$`);
const LATEST = new RegExp(`^azureml:(${SEGMENT})@latest$`);
const UNVERSIONED = new RegExp(`^azureml:(${SEGMENT})$`);
const REGISTRY = /^azureml:\/\/registries\/([^/\s]+)\/models\/([^/\s]+)\/versions\/([^/\s]+)$/;
const ARM_ID = /^(?:azureml:)?(\/subscriptions\/[^/\s]+\/resourceGroups\/[^/\s]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/\s]+\/models\/([^/\s]+)\/versions\/([^/\s]+))$/i;
const URI = /^[a-z][a-z0-9+.-]*:\/\//i;
const MODEL_REFERENCE_FORMS = 'azureml:<name>:<version>, azureml:<name>@latest, azureml://registries/<registry>/models/<name>/versions/<version>, or a local folder';
function parseModelReference(text) {
    const value = text.trim();
    let match = WORKSPACE.exec(value);
    if (match)
        return { kind: 'workspace', name: match[1], version: match[2] };
    match = LATEST.exec(value);
    if (match)
        return { kind: 'latest', name: match[1] };
    match = REGISTRY.exec(value);
    if (match) {
        return { kind: 'registry', registry: match[1], name: match[2], version: match[3], uri: value };
    }
    match = ARM_ID.exec(value);
    if (match)
        return { kind: 'arm-id', id: match[1], name: match[2], version: match[3] };
    match = UNVERSIONED.exec(value);
    if (match) {
        return {
            kind: 'invalid',
            reason: `'${value}' names no version: use azureml:${match[1]}:<version>, or azureml:${match[1]}@latest to deploy the most recently registered version`,
        };
    }
    if (URI.test(value) &&
        (!/^azureml:/i.test(value) || /^azureml:\/\/(subscriptions\/.+\/)?datastores\//i.test(value))) {
        return {
            kind: 'invalid',
            reason: `'${value}' is a storage URI; register the model from it first (az ml model create) and reference it as azureml:<name>:<version>, or give a local folder`,
        };
    }
    if (/^azureml:/i.test(value)) {
        return { kind: 'invalid', reason: `'${value}' is not a model reference; use ${MODEL_REFERENCE_FORMS}` };
    }
    if (value === '')
        return { kind: 'invalid', reason: 'the model is empty' };
    return { kind: 'path', path: value };
}
/** The name and version a reference states, when it states them without a lookup. */
function statedNameAndVersion(reference) {
    switch (reference.kind) {
        case 'workspace':
        case 'arm-id':
        case 'registry':
            return { name: reference.name, version: reference.version };
        case 'latest':
            return { name: reference.name };
        case 'path':
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/resource-names.ts + 1 modules
var resource_names = __webpack_require__(88275);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-references.ts
var workspace_references = __webpack_require__(27702);
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

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/specs/spec-reader.ts

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
/** Damerau-free edit distance, enough to spot `mini_batchsize` for `mini_batch_size`. */
class SpecReader {
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
            const close = suggest(key, known);
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

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/specs/deployment-spec.ts




const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'];
const COMMON_KEYS = [
    '$schema',
    'name',
    'endpoint_name',
    'description',
    'tags',
    'properties',
    'id',
    'model',
    'code_configuration',
    'environment',
    'environment_variables',
    'compute',
    'resources',
    'error_threshold',
];
const SETTING_KEYS = [
    'mini_batch_size',
    'max_concurrency_per_instance',
    'output_action',
    'output_file_name',
    'retry_settings',
    'error_threshold',
    'logging_level',
];
const ROOT_FORM_KEYS = [...COMMON_KEYS, ...SETTING_KEYS];
const MODEL_FORM_KEYS = [...COMMON_KEYS, 'type', 'settings'];
const SETTINGS_KEYS = [...SETTING_KEYS, 'instance_count', 'environment_variables'];
const PIPELINE_KEYS = {
    component: "'component' is for pipeline component deployments (type: pipeline), which this action does not deploy.",
    job_definition: "'job_definition' is for pipeline component deployments (type: pipeline), which this action does not deploy.",
};
function parseDeploymentSpec(document) {
    const reader = new SpecReader(document, 'batch deployment');
    reader.mapping([], true);
    const type = reader.has(['type']) ? reader.choice(['type'], ['model', 'pipeline']) : undefined;
    if (type === 'pipeline') {
        throw reader.error(['type'], 'pipeline component deployments are not deployed by this action; use type: model (or no type) with a model.');
    }
    const form = type === 'model' ? 'settings' : 'root';
    if (form === 'settings') {
        reader.checkKeys([], MODEL_FORM_KEYS, {
            misplaced: Object.fromEntries(SETTING_KEYS.filter((key) => key !== 'error_threshold').map((key) => [
                key,
                `'${key}' belongs under 'settings:' when 'type: model' is set (or remove 'type' to keep the root-level form).`,
            ])),
            unsupported: PIPELINE_KEYS,
        });
        reader.mapping(['settings']);
        reader.checkKeys(['settings'], SETTINGS_KEYS);
    }
    else {
        reader.checkKeys([], ROOT_FORM_KEYS, {
            misplaced: {
                settings: "'settings:' needs 'type: model' at the root (or move its keys to the root).",
                instance_count: "'instance_count' belongs under 'resources:' in this form (or under 'settings:' with type: model).",
            },
            unsupported: PIPELINE_KEYS,
        });
    }
    const name = reader.string(['name'], { required: true });
    const nameIssue = (0,resource_names/* nameProblem */.rH)(name, 'deployment');
    if (nameIssue)
        throw reader.error(['name'], `'${name}' is not a valid deployment name: ${nameIssue}.`);
    const endpointName = reader.string(['endpoint_name'], { required: true });
    const endpointIssue = (0,resource_names/* nameProblem */.rH)(endpointName, 'endpoint');
    if (endpointIssue) {
        throw reader.error(['endpoint_name'], `'${endpointName}' is not a valid endpoint name: ${endpointIssue}.`);
    }
    const computeText = reader.string(['compute'], {
        required: true,
        describe: 'a compute cluster, such as azureml:cpu-cluster',
    });
    const compute = (0,workspace_references/* parseComputeReference */.mR)(computeText);
    if (compute.kind === 'invalid')
        throw reader.error(['compute'], `${compute.reason}.`);
    return {
        reader,
        form,
        name,
        endpointName,
        description: reader.string(['description'], { describe: 'a text' }),
        tags: reader.stringMap(['tags']),
        properties: reader.stringMap(['properties']),
        model: parseModel(reader),
        compute: { name: compute.name, at: ['compute'] },
        code: parseCode(reader),
        environment: parseEnvironment(reader),
        environmentVariables: environmentVariables(reader, form),
        settings: settings(reader, form),
    };
}
function parseModel(reader) {
    const at = ['model'];
    const value = reader.value(at);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string') {
        const reference = parseModelReference(value);
        if (reference.kind === 'invalid')
            throw reader.error(at, `${reference.reason}.`);
        return {
            reference,
            name: undefined,
            version: undefined,
            modelType: undefined,
            description: undefined,
            tags: {},
            at,
        };
    }
    reader.mapping(at);
    reader.checkKeys(at, ['name', 'version', 'path', 'type', 'description', 'tags', 'properties', 'id'], {
        unsupported: {
            flavors: "'flavors' of an inline model are not registered by this action; register the model with az ml model create and reference it.",
            stage: "'stage' of an inline model is not registered by this action.",
            job_name: "'job_name' of an inline model is not registered by this action.",
        },
    });
    const path = reader.string([...at, 'path'], {
        required: true,
        describe: 'the local folder holding the model (relative to this file)',
    });
    const reference = parseModelReference(path);
    if (reference.kind !== 'path') {
        throw reader.error([...at, 'path'], reference.kind === 'invalid'
            ? `${reference.reason}.`
            : `is a model reference; write it as 'model: ${path}' instead of under 'model.path'.`);
    }
    return {
        reference,
        name: reader.string([...at, 'name'], {
            pattern: resource_names/* ASSET_NAME */.jc,
            describe: 'a model name: letters, digits, "-" and "_", starting with a letter or digit',
        }),
        version: versionOf(reader, [...at, 'version']),
        modelType: reader.choice([...at, 'type'], MODEL_TYPES),
        description: reader.string([...at, 'description'], { describe: 'a text' }),
        tags: reader.stringMap([...at, 'tags']),
        at,
    };
}
function versionOf(reader, path) {
    const value = reader.value(path);
    if (value === undefined || value === null)
        return undefined;
    if ((typeof value !== 'string' && typeof value !== 'number') || !resource_names/* ASSET_VERSION */.mg.test(String(value))) {
        throw reader.error(path, `must be a version such as 3 or 2024.06.1, not ${JSON.stringify(value)}.`);
    }
    return String(value);
}
function parseCode(reader) {
    const at = ['code_configuration'];
    if (!reader.mapping(at))
        return undefined;
    reader.checkKeys(at, ['code', 'scoring_script']);
    const scoringScript = reader.string([...at, 'scoring_script'], {
        required: true,
        pattern: /^[^\s/\\][^\\]*$/,
        describe: 'the scoring script, a file inside the code folder such as score.py',
    });
    const code = reader.string([...at, 'code'], {
        required: true,
        describe: 'the local folder with the scoring code, or azureml:<name>:<version>',
    });
    const reference = (0,workspace_references/* parseCodeReference */.MA)(code);
    if (reference.kind === 'invalid')
        throw reader.error([...at, 'code'], `${reference.reason}.`);
    return { reference, scoringScript, at: [...at, 'code'] };
}
function parseEnvironment(reader) {
    const at = ['environment'];
    const value = reader.value(at);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'object') {
        throw reader.error(at, 'an inline environment is not built by this action; register it first (az ml environment create) and reference it as azureml:<name>:<version>.');
    }
    const text = reader.string(at, { describe: 'an environment reference such as azureml:<name>:<version>' });
    const reference = (0,workspace_references/* parseEnvironmentReference */.ut)(text);
    if (reference.kind === 'invalid')
        throw reader.error(at, `${reference.reason}.`);
    return { reference, at };
}
function environmentVariables(reader, form) {
    const root = reader.stringMap(['environment_variables']);
    if (form === 'root')
        return root;
    const nested = reader.stringMap(['settings', 'environment_variables']);
    for (const [key, value] of Object.entries(nested)) {
        if (key in root && root[key] !== value) {
            throw reader.error(['settings', 'environment_variables', key], `'${key}' is also set at the root with another value ('${root[key]}'); set it in one place.`);
        }
    }
    return { ...root, ...nested };
}
function settings(reader, form) {
    const base = form === 'settings' ? ['settings'] : [];
    const at = (key) => [...base, key];
    reader.checkKeys(at('retry_settings'), ['max_retries', 'timeout']);
    reader.mapping(at('retry_settings'));
    reader.mapping(['resources']);
    reader.checkKeys(['resources'], ['instance_count', 'instance_type', 'properties'], {
        unsupported: Object.fromEntries(['shm_size', 'docker_args', 'locations', 'max_instance_count'].map((key) => [
            key,
            `'resources.${key}' is not a setting of batch deployments (it applies to jobs and online deployments).`,
        ])),
    });
    let errorThreshold = reader.integer(at('error_threshold'), { min: -1 });
    if (form === 'settings') {
        const rootThreshold = reader.integer(['error_threshold'], { min: -1 });
        if (rootThreshold !== undefined && errorThreshold !== undefined && rootThreshold !== errorThreshold) {
            throw reader.error(['error_threshold'], `is ${rootThreshold} here but ${errorThreshold} under settings; set it in one place.`);
        }
        errorThreshold ??= rootThreshold;
    }
    let instanceCount = reader.integer(['resources', 'instance_count'], { min: 1 });
    if (form === 'settings') {
        const nested = reader.integer(['settings', 'instance_count'], { min: 1 });
        if (nested !== undefined && instanceCount !== undefined && nested !== instanceCount) {
            throw reader.error(['settings', 'instance_count'], `is ${nested} here but resources.instance_count is ${instanceCount}; set it in one place.`);
        }
        instanceCount ??= nested;
    }
    const outputFileName = reader.string(at('output_file_name'), {
        pattern: /^[^/\\]+$/,
        describe: 'a file name without a folder, such as predictions.csv',
    });
    const outputAction = reader.choice(at('output_action'), ['append_row', 'summary_only']);
    if (outputAction === 'summary_only' && outputFileName !== undefined) {
        throw reader.error(at('output_file_name'), 'is only used with output_action: append_row (summary_only writes no predictions file).');
    }
    const loggingLevel = reader.choice(at('logging_level'), ['info', 'warning', 'debug']);
    const resourceProperties = reader.mapping(['resources', 'properties']);
    const maxRetries = reader.integer([...at('retry_settings'), 'max_retries'], { min: 0 });
    const timeoutSeconds = reader.integer([...at('retry_settings'), 'timeout'], { min: 1 });
    const instanceType = reader.string(['resources', 'instance_type'], { describe: 'a VM size' });
    return dropUndefined({
        miniBatchSize: reader.integer(at('mini_batch_size'), { min: 1 }),
        maxConcurrencyPerInstance: reader.integer(at('max_concurrency_per_instance'), { min: 1 }),
        errorThreshold,
        retrySettings: maxRetries === undefined && timeoutSeconds === undefined
            ? undefined
            : dropUndefined({ maxRetries, timeoutSeconds }),
        outputAction: outputAction === undefined ? undefined : outputAction === 'append_row' ? 'AppendRow' : 'SummaryOnly',
        outputFileName,
        loggingLevel: loggingLevel === undefined
            ? undefined
            : (loggingLevel[0].toUpperCase() + loggingLevel.slice(1)),
        instanceCount,
        instanceType,
        resourceProperties,
    });
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/specs/endpoint-spec.ts


const KEYS = [
    '$schema',
    'name',
    'description',
    'tags',
    'auth_mode',
    'defaults',
    'properties',
    'location',
    'identity',
    'id',
    'provisioning_state',
    'scoring_uri',
    'openapi_uri',
];
const IDENTITY_TYPES = {
    none: 'None',
    system_assigned: 'SystemAssigned',
    user_assigned: 'UserAssigned',
    'system_assigned,user_assigned': 'SystemAssigned,UserAssigned',
};
function parseEndpointSpec(document) {
    const reader = new SpecReader(document, 'batch endpoint');
    reader.mapping([], true);
    reader.checkKeys([], KEYS, {
        misplaced: {
            deployment_name: "'deployment_name' belongs under 'defaults:'.",
            endpoint_name: "'endpoint_name' belongs in the deployment file; the endpoint's own name is 'name'.",
            compute: "'compute' belongs in the deployment file, not the endpoint.",
            model: "'model' belongs in the deployment file, not the endpoint.",
        },
        unsupported: {
            traffic: "'traffic' is for online endpoints; a batch endpoint routes every job to its default deployment (defaults.deployment_name).",
            mirror_traffic: "'mirror_traffic' is for online endpoints; batch endpoints have no traffic split.",
            public_network_access: "'public_network_access' is for online endpoints; batch endpoints follow the workspace's network settings.",
        },
    });
    const name = reader.string(['name'], { required: true });
    const problem = (0,resource_names/* nameProblem */.rH)(name, 'endpoint');
    if (problem)
        throw reader.error(['name'], `'${name}' is not a valid endpoint name: ${problem}.`);
    const authModeText = reader.string(['auth_mode']);
    if (authModeText !== undefined && !['aad_token', 'aadtoken'].includes(authModeText.toLowerCase())) {
        throw reader.error(['auth_mode'], `batch endpoints support only aad_token (Microsoft Entra token) authentication, not '${authModeText}'; aml_token and key are for online endpoints.`);
    }
    reader.checkKeys(['defaults'], ['deployment_name']);
    const defaultDeployment = reader.string(['defaults', 'deployment_name']);
    const location = reader.string(['location'], {
        pattern: /^[A-Za-z0-9 ]+$/,
        describe: 'an Azure region such as westeurope',
    });
    return {
        reader,
        name,
        description: reader.string(['description'], { describe: 'a text' }),
        tags: reader.stringMap(['tags']),
        authMode: 'AADToken',
        location,
        properties: reader.stringMap(['properties']),
        identity: parseIdentity(reader),
        defaultDeployment,
    };
}
function parseIdentity(reader) {
    if (!reader.mapping(['identity']))
        return undefined;
    reader.checkKeys(['identity'], ['type', 'user_assigned_identities', 'principal_id', 'tenant_id']);
    const text = reader.string(['identity', 'type'], { required: true });
    const type = IDENTITY_TYPES[text.toLowerCase().replace(/\s+/g, '')];
    if (!type) {
        throw reader.error(['identity', 'type'], `must be one of ${Object.keys(IDENTITY_TYPES).join(', ')}, not '${text}'.`);
    }
    const list = reader.value(['identity', 'user_assigned_identities']);
    const userAssignedIdentities = [];
    if (list !== undefined && list !== null) {
        if (!Array.isArray(list)) {
            throw reader.error(['identity', 'user_assigned_identities'], 'must be a list of {resource_id: <ARM id>}.');
        }
        list.forEach((_, index) => {
            const at = ['identity', 'user_assigned_identities', index];
            reader.mapping(at, true);
            reader.checkKeys(at, ['resource_id', 'principal_id', 'client_id']);
            userAssignedIdentities.push(reader.string([...at, 'resource_id'], {
                required: true,
                pattern: /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i,
                describe: 'the ARM id of a user-assigned managed identity',
            }));
        });
    }
    if (type.includes('UserAssigned') && userAssignedIdentities.length === 0) {
        throw reader.error(['identity'], `type ${text} needs at least one entry in user_assigned_identities.`);
    }
    if (!type.includes('UserAssigned') && userAssignedIdentities.length > 0) {
        throw reader.error(['identity', 'user_assigned_identities'], `is only used with type user_assigned or system_assigned,user_assigned (type is ${text}).`);
    }
    return { type, userAssignedIdentities };
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/specs/origin.ts
var specs_origin = __webpack_require__(17563);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/release-request.ts
/**
 * Everything a release asks for, read from the inputs and the two spec files and checked before any Azure call:
 * the endpoint and deployment specs, the endpoint name (input `endpoint-name` over the file's), the deployment name
 * or its template, the model (input `model` over the file's) and the scoring code — local folders resolved inside the
 * workspace (paths in a spec are relative to the spec file, as for the CLI) and hashed.
 */










async function load(workspace, absolute, input) {
    return (0,documents/* loadDocument */.Az)(absolute, (0,files/* workspaceRelative */.Uc)(workspace, absolute), input);
}
/** A path written in a spec, relative to the spec file, confined to the workspace. */
function specPath(workspace, spec, absoluteFile, written, at) {
    const origin = { kind: 'file', reader: spec.reader, at };
    let absolute;
    try {
        absolute = (0,files/* resolveWorkspacePath */.XI)(workspace, (0,external_node_path_.resolve)((0,external_node_path_.dirname)(absoluteFile), written), 'deployment-file');
    }
    catch {
        throw (0,specs_origin/* originError */.T)(origin, `'${written}' is outside the workspace; keep models and code in the repository.`);
    }
    return { absolute, shown: (0,files/* workspaceRelative */.Uc)(workspace, absolute) };
}
async function loadReleaseRequest(inputs, workspace, logger) {
    // Both files are read at once, but a problem is reported in input order: the same inputs give the same error.
    const loaded = await Promise.allSettled([
        load(workspace, inputs.endpointFile, 'endpoint-file'),
        load(workspace, inputs.deploymentFile, 'deployment-file'),
    ]);
    for (const result of loaded)
        if (result.status === 'rejected')
            throw result.reason;
    const [endpointDocument, deploymentDocument] = loaded.map((result) => result.value);
    const endpoint = parseEndpointSpec(endpointDocument);
    const deployment = parseDeploymentSpec(deploymentDocument);
    if (inputs.endpointName === undefined && deployment.endpointName !== endpoint.name) {
        throw deployment.reader.error(['endpoint_name'], `'${deployment.endpointName}' is not the endpoint of ${endpoint.reader.file} ('${endpoint.name}'); the two files must name the same endpoint (or set the input endpoint-name for both).`);
    }
    const endpointName = inputs.endpointName ?? endpoint.name;
    if (inputs.endpointName !== undefined && inputs.endpointName !== endpoint.name) {
        logger.info(`Endpoint name '${endpointName}' (input endpoint-name; the files name '${endpoint.name}')`);
    }
    const deploymentName = deploymentNameOf(inputs, deployment);
    if (endpoint.defaultDeployment !== undefined && !(0,resource_names/* isTemplate */.Fl)(deploymentName.value)) {
        if (endpoint.defaultDeployment !== deploymentName.value) {
            logger.warning(`defaults.deployment_name '${endpoint.defaultDeployment}' is not applied: this action makes the deployment it deploys ('${deploymentName.value}') the default once it has succeeded (set-default).`, { location: endpoint.reader.document.locate(['defaults', 'deployment_name']) });
        }
    }
    return {
        endpoint,
        deployment,
        endpointName,
        deploymentName,
        model: await modelRequest(inputs, deployment, workspace),
        code: await codeRequest(deployment, inputs.deploymentFile, workspace),
    };
}
function deploymentNameOf(inputs, deployment) {
    if (inputs.deploymentName === undefined) {
        return { value: deployment.name, origin: { kind: 'file', reader: deployment.reader, at: ['name'] } };
    }
    const value = inputs.deploymentName;
    const origin = { kind: 'input', input: 'deployment-name' };
    if ((0,resource_names/* isTemplate */.Fl)(value)) {
        const problem = (0,resource_names/* templateProblem */.MS)(value);
        if (problem)
            throw (0,specs_origin/* originError */.T)(origin, `the template '${value}' is not valid: ${problem}.`);
    }
    else {
        const problem = (0,resource_names/* nameProblem */.rH)(value, 'deployment');
        if (problem)
            throw (0,specs_origin/* originError */.T)(origin, `'${value}' is not a valid deployment name: ${problem}.`);
    }
    return { value, origin };
}
async function modelRequest(inputs, deployment, workspace) {
    const spec = deployment.model;
    const fileOrigin = { kind: 'file', reader: deployment.reader, at: spec?.at ?? [] };
    if (inputs.model !== undefined) {
        const origin = { kind: 'input', input: 'model' };
        const reference = parseModelReference(inputs.model);
        if (reference.kind === 'invalid')
            throw (0,specs_origin/* originError */.T)(origin, `${reference.reason}.`);
        if (reference.kind !== 'path')
            return { kind: 'reference', reference, origin };
        // A folder given as input is relative to the workspace; its name comes from the deployment file.
        const absolute = (0,files/* resolveWorkspacePath */.XI)(workspace, reference.path, 'model');
        const name = spec?.name ??
            (spec && spec.reference.kind !== 'path' ? statedNameAndVersion(spec.reference)?.name : undefined);
        if (!name) {
            throw (0,specs_origin/* originError */.T)(origin, `a local folder needs a model name to register it under: name the model in ${deployment.reader.file} (model: {name: <name>, path: <folder>}).`);
        }
        if (!resource_names/* ASSET_NAME */.jc.test(name)) {
            throw (0,specs_origin/* originError */.T)(fileOrigin, `'${name}' cannot be a model name: use letters, digits, '-' and '_'.`);
        }
        return {
            kind: 'folder',
            folder: await (0,folder_digest/* digestFolder */.l)(absolute, (0,files/* workspaceRelative */.Uc)(workspace, absolute)),
            name,
            version: undefined,
            modelType: spec?.modelType ?? 'custom_model',
            description: spec?.description,
            tags: spec?.tags ?? {},
            origin,
        };
    }
    if (!spec) {
        throw deployment.reader.error([], "'model' is missing: name the model to deploy (azureml:<name>:<version>, a registry URI, or {name, path} for a local folder), or give the input model.");
    }
    if (spec.reference.kind !== 'path')
        return { kind: 'reference', reference: spec.reference, origin: fileOrigin };
    if (!spec.name) {
        throw deployment.reader.error(spec.at, 'a local model folder needs a name to register it under: add model.name.');
    }
    const pathOrigin = { kind: 'file', reader: deployment.reader, at: [...spec.at, 'path'] };
    const { absolute, shown } = specPath(workspace, deployment, inputs.deploymentFile, spec.reference.path, [
        ...spec.at,
        'path',
    ]);
    let folder;
    try {
        folder = await (0,folder_digest/* digestFolder */.l)(absolute, shown);
    }
    catch (error) {
        throw error instanceof errors/* ConfigurationError */.j1 ? (0,specs_origin/* originError */.T)(pathOrigin, error.message) : error;
    }
    return {
        kind: 'folder',
        folder,
        name: spec.name,
        version: spec.version,
        modelType: spec.modelType ?? 'custom_model',
        description: spec.description,
        tags: spec.tags,
        origin: fileOrigin,
    };
}
async function codeRequest(deployment, deploymentFile, workspace) {
    const code = deployment.code;
    if (!code)
        return undefined;
    const origin = { kind: 'file', reader: deployment.reader, at: code.at };
    if (code.reference.kind === 'invalid')
        throw (0,specs_origin/* originError */.T)(origin, code.reference.reason);
    if (code.reference.kind !== 'path')
        return { kind: 'reference', reference: code.reference, origin };
    const { absolute, shown } = specPath(workspace, deployment, deploymentFile, code.reference.path, code.at);
    let folder;
    try {
        folder = await (0,folder_digest/* digestFolder */.l)(absolute, shown);
    }
    catch (error) {
        throw error instanceof errors/* ConfigurationError */.j1 ? (0,specs_origin/* originError */.T)(origin, error.message) : error;
    }
    if (!folder.files.some((file) => file.path === code.scoringScript)) {
        throw deployment.reader.error(['code_configuration', 'scoring_script'], `'${code.scoringScript}' is not a file in ${shown}.`);
    }
    return { kind: 'folder', folder, origin };
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/prepare.ts
/**
 * The first phase: everything that can be checked without Azure is checked before any Azure call — the rules
 * between the access inputs, then the release request (both spec files, the names, local folders hashed). A step
 * that fails here has made no request and loaded no Azure SDK.
 */



async function prepareRelease(inputs, deps) {
    (0,azure_inputs/* resolveAzureAccess */.kl)(inputs);
    const run = runInfoFromEnvironment(deps.env);
    const request = await deps.logger.group('Read the specs', () => loadReleaseRequest(inputs, deps.workspace, deps.logger));
    return { request, run };
}


/***/ }),

/***/ 88275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jc: () => (/* binding */ ASSET_NAME),
  mg: () => (/* binding */ ASSET_VERSION),
  Fl: () => (/* binding */ isTemplate),
  rH: () => (/* reexport */ nameProblem),
  pi: () => (/* binding */ renderDeploymentName),
  MS: () => (/* binding */ templateProblem)
});

// UNUSED EXPORTS: PER_MODEL_VERSION, PER_MODEL_VERSION_TEMPLATE

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/resource-names.ts
/**
 * The names Azure ML accepts, and deployment names made from the model (`deployment-name: per-model-version` or a
 * template with `{model-name}` and `{model-version}`).
 *
 * Endpoint and deployment names: src/shared/azure/ml-names.ts (apply-control-metadata checks rows with them too).
 * Asset names (models, code): `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`, the path pattern of ModelVersions_CreateOrUpdate
 * in the 2022-10-01 spec (mfe.json).
 */



const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/** Versions are free text in the spec; these characters would break `azureml:<name>:<version>` and the ARM path. */
const ASSET_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PER_MODEL_VERSION = 'per-model-version';
const PER_MODEL_VERSION_TEMPLATE = '{model-name}-v{model-version}';
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDERS = ['model-name', 'model-version'];
/** Checks a template's placeholders without a model: an unknown one is the user's typo. */
function templateProblem(template) {
    if (template === PER_MODEL_VERSION)
        return undefined;
    for (const [, name] of template.matchAll(PLACEHOLDER)) {
        if (!KNOWN_PLACEHOLDERS.includes(name)) {
            return `'{${name}}' is not a placeholder; use {model-name} and {model-version}`;
        }
    }
    if (/[{}]/.test(template.replace(PLACEHOLDER, '')))
        return 'it has an unmatched { or }';
    return undefined;
}
function isTemplate(name) {
    return name === PER_MODEL_VERSION || /\{[^{}]*\}/.test(name);
}
/** A model name or version as a name fragment: lower case, runs of other characters as one '-'. */
function fragment(value) {
    return value
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/**
 * The deployment name for a model. Placeholders are replaced by sanitised fragments; a name that would be too long
 * keeps its start and ends with 8 hex characters of a hash of the full name, so two versions never collide by
 * truncation. The result still has to pass `nameProblem` (a template such as `1-{model-version}` cannot).
 */
function renderDeploymentName(template, model) {
    const pattern = template === PER_MODEL_VERSION ? PER_MODEL_VERSION_TEMPLATE : template;
    const values = {
        'model-name': fragment(model.name),
        'model-version': fragment(model.version),
    };
    const full = pattern
        .replace(PLACEHOLDER, (_match, name) => values[name] ?? '')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
    if (full.length <= 32)
        return full;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(full).digest('hex').slice(0, 8);
    return `${full.slice(0, 23).replace(/-+$/, '')}-${hash}`;
}


/***/ }),

/***/ 17563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ originError)
/* harmony export */ });
/* unused harmony export describeOrigin */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

function originError(origin, message) {
    if (origin.kind === 'file')
        return origin.reader.error(origin.at, message);
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${origin.input}': ${message}`, { input: origin.input });
}
function describeOrigin(origin) {
    return origin.kind === 'file' ? origin.reader.file : `input '${origin.input}'`;
}


/***/ }),

/***/ 27702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HM: () => (/* binding */ computeId),
/* harmony export */   MA: () => (/* binding */ parseCodeReference),
/* harmony export */   RX: () => (/* binding */ workspaceId),
/* harmony export */   cn: () => (/* binding */ assetVersionId),
/* harmony export */   mR: () => (/* binding */ parseComputeReference),
/* harmony export */   ut: () => (/* binding */ parseEnvironmentReference)
/* harmony export */ });
/**
 * `azureml:` references in a deployment spec for its compute, environment and scoring code, and the ARM ids they
 * stand for in a workspace (what the REST body needs: `compute`, `environmentId`, `codeConfiguration.codeId`).
 *
 *   compute:      azureml:<name> | <name> | [azureml:]/subscriptions/.../computes/<name>
 *   environment:  azureml:<name>:<version> | azureml:<name>@latest | [azureml:]<ARM id>
 *                 | azureml://registries/<registry>/environments/<name>/versions/<version>
 *   code:         azureml:<name>:<version> | [azureml:]<ARM id> | a local folder (uploaded and registered)
 */
function workspaceId(scope) {
    return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${scope.workspace}`;
}
function assetVersionId(scope, type, name, version) {
    return `${workspaceId(scope)}/${type}/${name}/versions/${version}`;
}
function computeId(scope, name) {
    return `${workspaceId(scope)}/computes/${name}`;
}
const NAME = '[A-Za-z0-9][A-Za-z0-9_.-]*';
const ARM_PREFIX = '(?:azureml:)?(/subscriptions/[^/\\s]+/resourceGroups/[^/\\s]+/providers/Microsoft\\.MachineLearningServices/workspaces/[^/\\s]+';
function parseComputeReference(text) {
    const value = text.trim();
    const arm = new RegExp(`^${ARM_PREFIX}/computes/(${NAME}))$`, 'i').exec(value);
    if (arm)
        return { kind: 'compute', name: arm[2] };
    const named = new RegExp(`^(?:azureml:)?(${NAME})$`).exec(value);
    if (named)
        return { kind: 'compute', name: named[1] };
    return {
        kind: 'invalid',
        reason: `'${value}' is not a compute reference; use azureml:<compute-cluster-name> (a cluster of this workspace)`,
    };
}
function parseEnvironmentReference(text) {
    const value = text.trim();
    const arm = new RegExp(`^${ARM_PREFIX}/environments/${NAME}/versions/[^/\\s]+)$`, 'i').exec(value);
    if (arm)
        return { kind: 'id', id: arm[1] };
    if (/^azureml:\/\/registries\/[^/\s]+\/environments\/[^/\s]+\/versions\/[^/\s]+$/.test(value)) {
        return { kind: 'id', id: value };
    }
    let match = new RegExp(`^azureml:(${NAME}):([^:@/\\s]+)$`).exec(value);
    if (match)
        return { kind: 'version', name: match[1], version: match[2] };
    match = new RegExp(`^azureml:(${NAME})@latest$`).exec(value);
    if (match)
        return { kind: 'latest', name: match[1] };
    return {
        kind: 'invalid',
        reason: `'${value}' is not an environment reference; use azureml:<name>:<version>, azureml:<name>@latest or a registry URI`,
    };
}
function parseCodeReference(text) {
    const value = text.trim();
    const arm = new RegExp(`^${ARM_PREFIX}/codes/${NAME}/versions/[^/\\s]+)$`, 'i').exec(value);
    if (arm)
        return { kind: 'id', id: arm[1] };
    if (/^azureml:\/\/registries\/[^/\s]+\/codes\/[^/\s]+\/versions\/[^/\s]+$/.test(value)) {
        return { kind: 'id', id: value };
    }
    const match = new RegExp(`^azureml:(${NAME}):([^:@/\\s]+)$`).exec(value);
    if (match)
        return { kind: 'version', name: match[1], version: match[2] };
    if (/^azureml:/i.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        return {
            kind: 'invalid',
            reason: `'${value}' is not a code reference; use a local folder or azureml:<name>:<version>`,
        };
    }
    return { kind: 'path', path: value };
}


/***/ })

};
