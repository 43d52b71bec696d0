export const id = 698;
export const ids = [698];
export const modules = {

/***/ 1663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ anonymousEnvironmentBody),
/* harmony export */   HT: () => (/* binding */ anonymousEnvironmentVersion),
/* harmony export */   y1: () => (/* binding */ ANONYMOUS_ENVIRONMENT_NAME)
/* harmony export */ });
/* unused harmony export condaFileText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/**
 * An inline environment as `az ml` registers it: an anonymous environment version (`isAnonymous`) named
 * `CliV2AnonymousEnvironment`, whose version is a hash of the environment's definition, so the same definition is the
 * same version and a rerun registers nothing (azure-ai-ml, `Environment._generate_anonymous_name_version`, and
 * ANONYMOUS_ENV_NAME in its constants).
 *
 * The version is built as azure-ai-ml builds it: for an image, the hash of the image, then the hash of the conda file
 * (when there is one) joined in the way Python's `str.join` joins (the text so far between every character of the new
 * hash); for a build context, the hash of the context's content, joined likewise with the hash of `dockerfile_path`
 * when one is given; the version is the hash of the result. The hash is SHA-256, as current azure-ai-ml releases use
 * (their anonymous versions are 64 hex digits; older releases used MD5 the same way). The conda file is what the
 * service receives as `condaFile`, the conda specification written as YAML with sorted keys, as azure-ai-ml writes it
 * with PyYAML (`dump_yaml(conda, sort_keys=True)`); for the conda files teams write (names, channels, version
 * specifiers) the text is PyYAML's, exotic scalars (non-ASCII text, multi-line strings) may be written otherwise. A
 * build context's content hash is this project's folder digest (folder-digest.ts), the one every upload is named by,
 * where azure-ai-ml uses its own: the same context registered by both gets two versions, each stable.
 */


const ANONYMOUS_ENVIRONMENT_NAME = 'CliV2AnonymousEnvironment';
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
/** Python's `separator.join(text)`: the separator between every character of the text. */
const pythonJoin = (separator, text) => [...text].join(separator);
/** The conda specification as the `condaFile` text: block YAML with sorted keys, as PyYAML's `yaml.dump` writes. */
function condaFileText(conda) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(conda, {
        version: '1.1',
        sortMapEntries: true,
        indentSeq: false,
        singleQuote: true,
        lineWidth: 0,
    });
}
function anonymousEnvironmentVersion(definition) {
    let joined = '';
    if (definition.build) {
        joined = pythonJoin(joined, sha256(definition.build.digest));
        if (definition.build.dockerfilePath !== undefined) {
            joined = pythonJoin(joined, sha256(definition.build.dockerfilePath));
        }
    }
    else if (definition.image !== undefined) {
        joined = pythonJoin(joined, sha256(definition.image));
        if (definition.conda)
            joined = pythonJoin(joined, sha256(condaFileText(definition.conda)));
    }
    return sha256(joined);
}
/**
 * The version's REST body (EnvironmentVersion, 2022-10-01); `contextUri` is where the build context was uploaded.
 */
function anonymousEnvironmentBody(definition, contextUri) {
    return {
        properties: {
            isAnonymous: true,
            ...(definition.image !== undefined ? { image: definition.image } : {}),
            ...(definition.conda ? { condaFile: condaFileText(definition.conda) } : {}),
            ...(definition.build && contextUri
                ? {
                    build: {
                        contextUri,
                        ...(definition.build.dockerfilePath !== undefined
                            ? { dockerfilePath: definition.build.dockerfilePath }
                            : {}),
                    },
                }
                : {}),
            ...(definition.osType ? { osType: definition.osType } : {}),
            ...(definition.description !== undefined ? { description: definition.description } : {}),
            ...(Object.keys(definition.tags).length ? { tags: { ...definition.tags } } : {}),
            ...(Object.keys(definition.properties).length ? { properties: { ...definition.properties } } : {}),
        },
    };
}


/***/ }),

/***/ 7907:
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

// EXTERNAL MODULE: ./src/shared/documents.ts + 3 modules
var documents = __webpack_require__(8493);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(8590);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/default-deployment.ts
var default_deployment = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(2180);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/anonymous-environment.ts
var anonymous_environment = __webpack_require__(1663);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/shared/folder-digest.ts
var folder_digest = __webpack_require__(1562);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/specs/origin.ts
var specs_origin = __webpack_require__(7563);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/spec-paths.ts
/**
 * Local paths written in a spec file: relative to that file, as the `az ml` CLI reads them, and confined to the
 * workspace (a model, code or build context outside the repository is refused). A problem is reported at the place in
 * the spec that names the path.
 */





/** The absolute path of `written`, a path in the spec file `absoluteFile` at `at`. */
function specPath(workspace, reader, absoluteFile, written, at) {
    const origin = { kind: 'file', reader, at };
    let absolute;
    try {
        absolute = (0,files/* resolveWorkspacePath */.XI)(workspace, (0,external_node_path_.resolve)((0,external_node_path_.dirname)(absoluteFile), written), 'spec');
    }
    catch {
        throw (0,specs_origin/* originError */.T)(origin, `'${written}' is outside the workspace; keep it in the repository.`);
    }
    return { absolute, shown: (0,files/* workspaceRelative */.Uc)(workspace, absolute), origin };
}
/** The content of a local file or folder, hashed; a missing or empty one is refused at its origin. */
async function contentAt(path) {
    try {
        return await (0,folder_digest/* digestFolder */.lo)(path.absolute, path.shown);
    }
    catch (error) {
        throw error instanceof errors/* ConfigurationError */.j1 ? (0,specs_origin/* originError */.T)(path.origin, error.message) : error;
    }
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/environment-request.ts
/**
 * A deployment's environment, read before any Azure call: a reference, checked against the workspace when the plan
 * is made, or an inline environment, whose conda file is read and whose build context is hashed here, so its
 * anonymous name and version (anonymous-environment.ts) are known before anything is asked of Azure.
 */




async function environmentRequest(deployment, deploymentFile, workspace, logger) {
    const environment = deployment.environment;
    if (!environment)
        return undefined;
    const origin = { kind: 'file', reader: deployment.reader, at: environment.at };
    if (environment.kind === 'reference') {
        if (environment.reference.kind === 'invalid') {
            throw deployment.reader.error(environment.at, environment.reference.reason);
        }
        return { kind: 'reference', reference: environment.reference, origin };
    }
    if (environment.droppedName !== undefined) {
        logger.warning(`environment.name '${environment.droppedName}' is not used: an inline environment is registered as an anonymous version of ${anonymous_environment/* ANONYMOUS_ENVIRONMENT_NAME */.y1}, as az ml registers it (register a named environment with az ml environment create and reference it as azureml:<name>:<version> to choose its name).`, { location: deployment.reader.document.locate([...environment.at, 'name']) });
    }
    const conda = await condaOf(environment, deployment, deploymentFile, workspace);
    const build = environment.build
        ? await buildContext(environment.build, deployment, deploymentFile, workspace)
        : undefined;
    const definition = {
        ...(environment.image !== undefined ? { image: environment.image } : {}),
        ...(conda ? { conda } : {}),
        ...(build
            ? {
                build: {
                    digest: build.digest,
                    ...(environment.build?.dockerfilePath !== undefined
                        ? { dockerfilePath: environment.build.dockerfilePath }
                        : {}),
                },
            }
            : {}),
        ...(environment.osType ? { osType: environment.osType } : {}),
        ...(environment.description !== undefined ? { description: environment.description } : {}),
        tags: environment.tags,
        properties: environment.properties,
    };
    return {
        kind: 'anonymous',
        name: anonymous_environment/* ANONYMOUS_ENVIRONMENT_NAME */.y1,
        version: (0,anonymous_environment/* anonymousEnvironmentVersion */.HT)(definition),
        definition,
        build,
        origin,
    };
}
async function condaOf(environment, deployment, deploymentFile, workspace) {
    const condaFile = environment.condaFile;
    if (!condaFile)
        return undefined;
    if (condaFile.kind === 'inline')
        return condaFile.value;
    const path = specPath(workspace, deployment.reader, deploymentFile, condaFile.path, condaFile.at);
    const content = await contentAt(path);
    if (content.kind !== 'file') {
        throw deployment.reader.error(condaFile.at, `${path.shown} is a folder; conda_file names the conda YAML file.`);
    }
    const document = await (0,documents/* loadDocument */.Az)(path.absolute, path.shown, 'deployment-file');
    if (!(0,values/* isRecord */.u4)(document.value)) {
        throw document.errorAt([], 'a conda file is a mapping (name, channels, dependencies), as conda env create reads it.');
    }
    return document.value;
}
async function buildContext(build, deployment, deploymentFile, workspace) {
    const path = specPath(workspace, deployment.reader, deploymentFile, build.path, [...build.at, 'path']);
    const content = await contentAt(path);
    const dockerfile = build.dockerfilePath ?? 'Dockerfile';
    if (content.kind !== 'folder' || !content.files.some((file) => file.path === dockerfile)) {
        throw deployment.reader.error(build.dockerfilePath === undefined ? [...build.at, 'path'] : [...build.at, 'dockerfile_path'], `${path.shown} has no ${dockerfile}: a build context is a folder holding the Dockerfile${build.dockerfilePath === undefined ? ' (dockerfile_path defaults to Dockerfile)' : ''}.`);
    }
    return content;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-references.ts
var workspace_references = __webpack_require__(7702);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/model-reference.ts
/**
 * The ways a deployment names its model, as the `az ml` CLI reads them (azure-ai-ml's DeploymentSchema.model:
 * RegistryStr, ArmVersionedStr and an inline model):
 *
 *   azureml:<name>:<version>                                    a version registered in the workspace
 *   azureml:<name>@latest                                       the most recently created version
 *   azureml:/subscriptions/.../workspaces/<w>/models/<n>/versions/<v>   the same, by ARM id
 *   <file or folder>                                            local content, uploaded and registered
 *
 * `azureml:<name>` without a version is refused: a release names what it deploys (use `@latest` to mean it).
 * A version in an Azure ML registry (`azureml://registries/<r>/models/<n>/versions/<v>`) is refused, with the reason
 * (workspace-references.ts, registryRefusal).
 */

const SEGMENT = '[^:@/\\s]+';
const WORKSPACE = new RegExp(`^azureml:(${SEGMENT}):(${SEGMENT})$`);
const LATEST = new RegExp(`^azureml:(${SEGMENT})@latest$`);
const UNVERSIONED = new RegExp(`^azureml:(${SEGMENT})$`);
const ARM_ID = /^(?:azureml:)?(\/subscriptions\/[^/\s]+\/resourceGroups\/[^/\s]+\/providers\/Microsoft\.MachineLearningServices\/workspaces\/[^/\s]+\/models\/([^/\s]+)\/versions\/([^/\s]+))$/i;
const URI = /^[a-z][a-z0-9+.-]*:\/\//i;
const MODEL_REFERENCE_FORMS = 'azureml:<name>:<version>, azureml:<name>@latest, or a local file or folder';
function parseModelReference(text) {
    const value = text.trim();
    let match = WORKSPACE.exec(value);
    if (match)
        return { kind: 'workspace', name: match[1], version: match[2] };
    match = LATEST.exec(value);
    if (match)
        return { kind: 'latest', name: match[1] };
    const registry = (0,workspace_references/* registryRefusal */.AE)(value, 'Register the model in this workspace (az ml model create, or the input model-file) and deploy azureml:<name>:<version>.');
    if (registry)
        return registry;
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
            reason: `'${value}' is a storage URI; register the model from it first (az ml model create) and reference it as azureml:<name>:<version>, or give a local file or folder`,
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
            return { name: reference.name, version: reference.version };
        case 'latest':
            return { name: reference.name };
        case 'path':
            return undefined;
    }
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/resource-names.ts + 1 modules
var resource_names = __webpack_require__(8275);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(427);
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

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/specs/model-spec.ts
/**
 * A model as `az ml model create` reads it: the model spec file (`$schema: .../model.schema.json`, the input
 * `model-file`) and the inline model of a deployment (`model: {name, path, ...}`), which azure-ai-ml reads with the
 * same schema (ModelSchema, AnonymousModelSchema). Keys: `name`, `version`, `type` (`custom_model`, the default,
 * `mlflow_model`, `triton_model`), `path`, `description`, `tags`, `properties`, `flavors` (Microsoft Learn, "CLI (v2)
 * model YAML schema"; azure-ai-ml's ModelSchema). What `az ml model show` prints and the CLI ignores on input (`id`,
 * `creation_context`, `job_name`, `latest_version`, `utc_time_created`) is accepted and ignored.
 *
 * `path` is a local file or folder, relative to the file it is written in: it is hashed, uploaded and registered, and
 * its content digest says whether a version already holds it. A storage URI there is refused: what it holds cannot
 * be compared, so registering it is `az ml model create`'s job. `stage` is not a field of the API version this action
 * uses (2022-10-01), and `datastore` is refused because uploads go to the workspace's default datastore.
 */



const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'];
/** The keys of a model, as the CLI's schema has them. */
const MODEL_KEYS = [
    '$schema',
    'name',
    'version',
    'type',
    'path',
    'description',
    'tags',
    'properties',
    'flavors',
    // Read-only: what `az ml model show` prints; the CLI drops them on input.
    'id',
    'creation_context',
    'job_name',
    'latest_version',
    'utc_time_created',
];
const UNSUPPORTED = {
    stage: "'stage' is not a field of model versions in the Azure ML API this action uses (2022-10-01); set it with az ml model update, or use a tag.",
    datastore: "'datastore' is not used: this action uploads model files to the workspace's default datastore, as az ml does without it.",
    default_deployment_template: "'default_deployment_template' applies to registry models only.",
    allowed_deployment_templates: "'allowed_deployment_templates' applies to registry models only.",
};
/** Reads the model mapping at `at` of a spec file. */
function readLocalModel(reader, at) {
    reader.mapping(at, true);
    reader.checkKeys(at, MODEL_KEYS, { unsupported: UNSUPPORTED });
    const pathAt = [...at, 'path'];
    const path = reader.string(pathAt, {
        required: true,
        describe: 'the local file or folder of the model (relative to this file)',
    });
    const reference = parseModelReference(path);
    if (reference.kind !== 'path') {
        throw reader.error(pathAt, reference.kind === 'invalid'
            ? `${reference.reason}.`
            : `is a reference to a registered model, not local content; write it as 'model: ${path}' in a deployment, or give the folder to register here.`);
    }
    return {
        reader,
        at,
        name: reader.string([...at, 'name'], {
            pattern: resource_names/* ASSET_NAME */.jc,
            describe: 'a model name: letters, digits, "-" and "_", starting with a letter or digit',
        }),
        version: versionOf(reader, [...at, 'version']),
        modelType: reader.choice([...at, 'type'], MODEL_TYPES),
        path,
        description: reader.string([...at, 'description'], { describe: 'a text' }),
        tags: reader.stringMap([...at, 'tags']),
        properties: reader.stringMap([...at, 'properties']),
        flavors: flavorsOf(reader, [...at, 'flavors']),
    };
}
/** A model spec file (`az ml model create -f`): a name is required there, as in the CLI's schema. */
function parseModelSpec(document) {
    const reader = new DocumentReader(document, 'model');
    const spec = readLocalModel(reader, []);
    if (spec.name === undefined)
        throw reader.missing(['name']);
    return { ...spec, name: spec.name };
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
function flavorsOf(reader, path) {
    const flavors = reader.mapping(path);
    if (!flavors)
        return undefined;
    return Object.fromEntries(Object.keys(flavors).map((flavor) => {
        reader.mapping([...path, flavor], true);
        return [flavor, reader.stringMap([...path, flavor])];
    }));
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/model-request.ts
/**
 * The models a release asks for, read before any Azure call: the model spec of the input `model-file` (what
 * `az ml model create -f` registers), and each deployment's model — the input `model` over the deployment file's when
 * there is one deployment file. Local content is resolved inside the workspace and hashed.
 *
 * A local path may be a single file, as for `az ml` ("It can point to either a file or a directory"), but a file that
 * is itself a model spec (an `az ml` model YAML) is refused where a model path is expected: uploading it would
 * register the spec as the model. It belongs in `model-file`.
 */













/** Whether a file is an `az ml` model spec: its `$schema` says so, or it has a model's keys and nothing else. */
async function isModelSpec(content) {
    if (content.kind !== 'file' || !['.yml', '.yaml'].includes((0,external_node_path_.extname)(content.absolute).toLowerCase())) {
        return false;
    }
    let value;
    try {
        value = (0,dist/* parse */.qg)(await (0,promises_.readFile)(content.absolute, 'utf8'));
    }
    catch {
        return false;
    }
    if (!(0,values/* isRecord */.u4)(value))
        return false;
    if (typeof value.$schema === 'string' && /\/model\.schema\.json$/i.test(value.$schema))
        return true;
    return (typeof value.name === 'string' &&
        typeof value.path === 'string' &&
        Object.keys(value).every((key) => MODEL_KEYS.includes(key)));
}
async function refuseModelSpec(content, origin) {
    if (!(await isModelSpec(content)))
        return;
    throw (0,specs_origin/* originError */.T)(origin, `${content.shown} is an az ml model spec (what az ml model create -f reads), not the model's files: pass it as the input model-file, and reference its model in the deployment (azureml:<name>:<version> or azureml:<name>@latest).`);
}
function localRequest(spec, content, name, origin) {
    return {
        kind: 'local',
        content,
        name,
        version: spec.version,
        modelType: spec.modelType ?? 'custom_model',
        description: spec.description,
        tags: spec.tags,
        properties: spec.properties,
        flavors: spec.flavors,
        origin,
        versionOrigin: spec.version === undefined
            ? undefined
            : { kind: 'file', reader: spec.reader, at: [...spec.at, 'version'] },
    };
}
/** The model of the input `model-file`: `az ml model create -f <file>`. */
async function modelFileRequest(absolute, workspace) {
    const document = await (0,documents/* loadDocument */.Az)(absolute, (0,files/* workspaceRelative */.Uc)(workspace, absolute), 'model-file');
    const spec = parseModelSpec(document);
    const path = specPath(workspace, spec.reader, absolute, spec.path, ['path']);
    const content = await contentAt(path);
    await refuseModelSpec(content, path.origin);
    return localRequest(spec, content, spec.name, { kind: 'file', reader: spec.reader, at: ['name'] });
}
/**
 * A deployment's model: the input `model` (`override`, with one deployment file) over the file's. A local path given
 * as the input is relative to the workspace; its model name comes from the deployment file.
 */
async function deploymentModelRequest(deployment, deploymentFile, workspace, override) {
    const model = deployment.model;
    if (override !== undefined) {
        const origin = { kind: 'input', input: 'model' };
        const reference = parseModelReference(override);
        if (reference.kind === 'invalid')
            throw (0,specs_origin/* originError */.T)(origin, `${reference.reason}.`);
        if (reference.kind !== 'path')
            return { kind: 'reference', reference, origin };
        const absolute = (0,files/* resolveWorkspacePath */.XI)(workspace, reference.path, 'model');
        const content = await (0,folder_digest/* digestFolder */.lo)(absolute, (0,files/* workspaceRelative */.Uc)(workspace, absolute)).catch((error) => {
            throw error instanceof errors/* ConfigurationError */.j1 ? (0,specs_origin/* originError */.T)(origin, error.message) : error;
        });
        await refuseModelSpec(content, origin);
        const name = model?.kind === 'local' ? model.spec.name : model && statedNameAndVersion(model.reference)?.name;
        if (!name) {
            throw (0,specs_origin/* originError */.T)(origin, `a local folder needs a model name to register it under: name the model in ${deployment.reader.file} (model: {name: <name>, path: <folder>}).`);
        }
        if (!resource_names/* ASSET_NAME */.jc.test(name)) {
            throw (0,specs_origin/* originError */.T)({ kind: 'file', reader: deployment.reader, at: ['model'] }, `'${name}' cannot be a model name: use letters, digits, '-' and '_'.`);
        }
        const spec = model?.kind === 'local'
            ? { ...model.spec, version: undefined }
            : {
                reader: deployment.reader,
                at: ['model'],
                name,
                version: undefined,
                modelType: undefined,
                path: reference.path,
                description: undefined,
                tags: {},
                properties: {},
                flavors: undefined,
            };
        return localRequest(spec, content, name, origin);
    }
    if (!model) {
        throw deployment.reader.error([], "'model' is missing: name the model to deploy (azureml:<name>:<version>, or {name, path} for local files), or give the input model.");
    }
    if (model.kind === 'reference') {
        return {
            kind: 'reference',
            reference: model.reference,
            origin: { kind: 'file', reader: deployment.reader, at: model.at },
        };
    }
    const { spec } = model;
    if (!spec.name) {
        throw deployment.reader.error(spec.at, 'a local model needs a name to register it under: add model.name.');
    }
    const path = specPath(workspace, deployment.reader, deploymentFile, spec.path, [...spec.at, 'path']);
    const content = await contentAt(path);
    await refuseModelSpec(content, path.origin);
    return localRequest(spec, content, spec.name, { kind: 'file', reader: deployment.reader, at: spec.at });
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/specs/environment-spec.ts
/**
 * The environment of a batch deployment as the `az ml` CLI reads it: a reference (`azureml:<name>:<version>`,
 * `azureml:<name>@latest`, an ARM id; workspace-references.ts) or an inline environment, which azure-ai-ml reads
 * with AnonymousEnvironmentSchema and registers as an anonymous environment version (anonymous-environment.ts).
 *
 * An inline environment is a Docker image, optionally with a conda file (`image` + `conda_file`), or a Docker build
 * context (`build: {path, dockerfile_path}`); never both, as the CLI validates ("Docker image or Dockerfile should be
 * provided not both"). `conda_file` is a path relative to the deployment file or the conda specification written
 * inline. `name` and `version` are dropped, with a warning, as azure-ai-ml drops them ("the provided asset name will
 * not be used for anonymous registration"). `inference_config` configures online deployments' custom containers and
 * is refused here; `datastore` too, since uploads go to the workspace's default datastore. A build context is a local
 * folder: a URL there cannot be hashed into the environment's version.
 */

const KEYS = [
    '$schema',
    'name',
    'version',
    'description',
    'tags',
    'properties',
    'image',
    'conda_file',
    'build',
    'os_type',
    // Read-only: what `az ml environment show` prints; the CLI drops them on input.
    'id',
    'creation_context',
    'latest_version',
];
const environment_spec_UNSUPPORTED = {
    inference_config: "'inference_config' configures the custom containers of online deployments; batch deployments run the scoring script of code_configuration.",
    datastore: "'datastore' is not used: this action uploads a build context to the workspace's default datastore, as az ml does without it.",
    channels: "'channels' belongs in the conda file: name the file with conda_file (or write the conda specification under conda_file).",
    dependencies: "'dependencies' belongs in the conda file: name the file with conda_file (or write the conda specification under conda_file).",
};
function readEnvironment(reader, at) {
    const value = reader.value(at);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'object') {
        const text = reader.string(at, {
            describe: 'an environment reference such as azureml:<name>:<version>, or an inline environment',
        });
        const reference = (0,workspace_references/* parseEnvironmentReference */.ut)(text);
        if (reference.kind === 'invalid')
            throw reader.error(at, `${reference.reason}.`);
        return { kind: 'reference', reference, at };
    }
    reader.mapping(at);
    reader.checkKeys(at, KEYS, { unsupported: environment_spec_UNSUPPORTED });
    const image = reader.string([...at, 'image'], { describe: 'a Docker image such as mcr.microsoft.com/...' });
    const build = readBuild(reader, [...at, 'build']);
    if (image !== undefined && build !== undefined) {
        throw reader.error([...at, 'build'], 'an environment is an image or a build context, not both: remove image, or build.');
    }
    if (image === undefined && build === undefined) {
        throw reader.error(at, 'an inline environment needs an image (with an optional conda_file) or a build context (build: {path: <folder with a Dockerfile>}).');
    }
    const condaFile = readCondaFile(reader, [...at, 'conda_file']);
    if (condaFile && build) {
        throw reader.error(condaFile.at, 'is used with image; with a build context the Dockerfile installs the packages. Remove conda_file, or use image.');
    }
    const os = reader.choice([...at, 'os_type'], ['linux', 'windows']);
    return {
        kind: 'inline',
        at,
        image,
        condaFile,
        build,
        osType: os === undefined ? undefined : os === 'linux' ? 'Linux' : 'Windows',
        description: reader.string([...at, 'description'], { describe: 'a text' }),
        tags: reader.stringMap([...at, 'tags']),
        properties: reader.stringMap([...at, 'properties']),
        droppedName: reader.has([...at, 'name']) ? String(reader.value([...at, 'name'])) : undefined,
    };
}
function readBuild(reader, at) {
    if (!reader.mapping(at))
        return undefined;
    reader.checkKeys(at, ['path', 'dockerfile_path']);
    const path = reader.string([...at, 'path'], {
        required: true,
        describe: 'the local folder of the Docker build context (relative to this file)',
    });
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
        throw reader.error([...at, 'path'], `'${path}' is a URL; this action registers a build context from a local folder (its content names the environment's version). Register this environment with az ml environment create and reference it as azureml:<name>:<version>.`);
    }
    const dockerfilePath = reader.string([...at, 'dockerfile_path'], {
        pattern: /^[^/\\][^\\]*$/,
        describe: 'the Dockerfile, relative to the build context, such as Dockerfile',
    });
    return { path, dockerfilePath, at };
}
function readCondaFile(reader, at) {
    const value = reader.value(at);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'object' && !Array.isArray(value)) {
        return { kind: 'inline', value: value, at };
    }
    const path = reader.string(at, {
        describe: 'the conda file (relative to this file), or the conda specification written inline',
    });
    return { kind: 'path', path, at };
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/specs/deployment-spec.ts
/**
 * The batch deployment spec: the `az ml` CLI v2 YAML, in both forms the CLI accepts (Microsoft Learn, "CLI (v2) batch
 * deployment YAML schema", and azure-ai-ml's schemas, which refuse unknown keys):
 *
 * - legacy, no `type` (BatchDeploymentSchema): the run settings at the root — `mini_batch_size`,
 *   `max_concurrency_per_instance`, `output_action`, `output_file_name`, `retry_settings`, `error_threshold`,
 *   `logging_level`, `environment_variables`, `resources.instance_count`;
 * - `type: model` (ModelBatchDeploymentSchema): the same settings under `settings:` (ModelBatchDeploymentSettings,
 *   where `instance_count` replaces `resources.instance_count`); `compute`, `resources`, `error_threshold` and
 *   `environment_variables` may stay at the root.
 * Both carry `name`, `endpoint_name`, `model` (model-spec.ts for an inline one), `compute` (required),
 * `code_configuration`, `environment` (environment-spec.ts), `description`, `tags` and `properties`. `type: pipeline` (pipeline component deployments) is not deployed by this
 * action. Values are checked as Azure checks them (2022-10-01 spec: BatchDeployment, BatchRetrySettings).
 */






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
    const reader = new DocumentReader(document, 'batch deployment');
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
        environment: readEnvironment(reader, ['environment']),
        environmentVariables: environmentVariables(reader, form),
        settings: settings(reader, form),
    };
}
function parseModel(reader) {
    const at = ['model'];
    const value = reader.value(at);
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'object')
        return { kind: 'local', spec: readLocalModel(reader, at) };
    const text = reader.string(at, { describe: 'a model reference such as azureml:<name>:<version>' });
    const reference = parseModelReference(text);
    if (reference.kind === 'invalid')
        throw reader.error(at, `${reference.reason}.`);
    if (reference.kind === 'path') {
        throw reader.error(at, `a local model needs a name to be registered under: write it as model: {name: <name>, path: ${text}}.`);
    }
    return { kind: 'reference', reference, at };
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
/**
 * The batch endpoint spec: the `az ml` CLI v2 YAML (`$schema: .../batchEndpoint.schema.json`). Keys as azure-ai-ml's
 * BatchEndpointSchema declares them (EndpointSchema + `defaults`); the documented ones are `name`, `description`,
 * `tags`, `auth_mode` and `defaults.deployment_name` (Microsoft Learn, "CLI (v2) batch endpoint YAML schema").
 *
 * - `auth_mode`: batch endpoints support only Microsoft Entra tokens ("Currently only Microsoft Entra token-based
 *   authentication is supported", same page): `aad_token` (the default); `aml_token` and `key` are refused here,
 *   before Azure refuses them.
 * - `location` defaults to the workspace's; `properties` are add-only in Azure ("Properties can be added, but not
 *   removed or altered", EndpointPropertiesBase in the 2022-10-01 spec).
 * - `defaults.deployment_name` names the deployment to make the default, as for `az ml` (default-deployment.ts says
 *   how the input `set-default` overrides it).
 * - `id`, `provisioning_state`, `scoring_uri` and `openapi_uri` are what `az ml batch-endpoint show` prints; they
 *   are read-only in Azure, accepted and ignored.
 */


const endpoint_spec_KEYS = [
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
    const reader = new DocumentReader(document, 'batch endpoint');
    reader.mapping([], true);
    reader.checkKeys([], endpoint_spec_KEYS, {
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

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/release-request.ts
/**
 * Everything a release asks for, read from the inputs and the spec files and checked before any Azure call: the
 * endpoint spec, one or more deployment specs (each a file of the input `deployment-file`), the endpoint name (input
 * `endpoint-name` over the file's), each deployment's name or its template, model (model-request.ts), scoring code
 * and environment (environment-request.ts), the model of the input `model-file`, and which deployment is to be the
 * default (default-deployment.ts). Paths in a spec are relative to the spec file, as for the CLI, and confined to the
 * workspace; local content is hashed.
 *
 * The inputs `model` and `deployment-name` stand for one deployment's model and name: with several deployment files
 * each file names its own, and those inputs are refused.
 */











async function load(workspace, absolute, input) {
    return (0,documents/* loadDocument */.Az)(absolute, (0,files/* workspaceRelative */.Uc)(workspace, absolute), input);
}
function onlyWithOneDeployment(inputs) {
    if (inputs.deploymentFiles.length < 2)
        return;
    for (const [input, value] of [
        ['model', inputs.model],
        ['deployment-name', inputs.deploymentName],
    ]) {
        if (value === undefined)
            continue;
        throw new errors/* ConfigurationError */.j1(`Input '${input}' stands for the deployment file's own, but deployment-file names ${inputs.deploymentFiles.length} files: with several, each file names its ${input === 'model' ? 'model' : 'deployment'} (remove the input ${input}).`, { input });
    }
}
async function loadReleaseRequest(inputs, workspace, logger) {
    onlyWithOneDeployment(inputs);
    // The files are read at once, but a problem is reported in input order: the same inputs give the same error.
    const loaded = await Promise.allSettled([
        load(workspace, inputs.endpointFile, 'endpoint-file'),
        ...inputs.deploymentFiles.map((file) => load(workspace, file, 'deployment-file')),
    ]);
    for (const result of loaded)
        if (result.status === 'rejected')
            throw result.reason;
    const [endpointDocument, ...deploymentDocuments] = loaded.map((result) => result.value);
    const endpoint = parseEndpointSpec(endpointDocument);
    const specs = deploymentDocuments.map((document) => parseDeploymentSpec(document));
    const endpointName = inputs.endpointName ?? endpoint.name;
    if (inputs.endpointName !== undefined && inputs.endpointName !== endpoint.name) {
        logger.info(`Endpoint name '${endpointName}' (input endpoint-name; the files name '${endpoint.name}')`);
    }
    specs.forEach((spec, index) => {
        if (inputs.endpointName === undefined && spec.endpointName !== endpoint.name) {
            throw spec.reader.error(['endpoint_name'], `'${spec.endpointName}' is not the endpoint of ${endpoint.reader.file} ('${endpoint.name}'); the files must name the same endpoint (or set the input endpoint-name for all of them).`);
        }
        const twin = specs.findIndex((other) => other.name.toLowerCase() === spec.name.toLowerCase());
        if (twin !== index) {
            throw spec.reader.error(['name'], `'${spec.name}' is also the deployment of ${specs[twin].reader.file}: each deployment file deploys its own deployment.`);
        }
    });
    const deployments = [];
    for (const [index, spec] of specs.entries()) {
        const file = inputs.deploymentFiles[index];
        deployments.push({
            spec,
            name: deploymentNameOf(inputs, spec),
            model: await deploymentModelRequest(spec, file, workspace, inputs.model),
            code: await codeRequest(spec, file, workspace),
            environment: await environmentRequest(spec, file, workspace, logger),
        });
    }
    return {
        endpoint,
        endpointName,
        modelFile: inputs.modelFile ? await modelFileRequest(inputs.modelFile, workspace) : undefined,
        deployments,
        defaultDeployment: (0,default_deployment/* defaultRequest */.l1)(inputs.setDefault, endpoint, deployments.map((d) => ({
            fileName: d.spec.name,
            literalName: (0,resource_names/* isTemplate */.Fl)(d.name.value) ? undefined : d.name.value,
        }))),
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
async function codeRequest(deployment, deploymentFile, workspace) {
    const code = deployment.code;
    if (!code)
        return undefined;
    const origin = { kind: 'file', reader: deployment.reader, at: code.at };
    if (code.reference.kind === 'invalid')
        throw (0,specs_origin/* originError */.T)(origin, code.reference.reason);
    if (code.reference.kind !== 'path')
        return { kind: 'reference', reference: code.reference, origin };
    const path = specPath(workspace, deployment.reader, deploymentFile, code.reference.path, code.at);
    const folder = await contentAt(path);
    if (!folder.files.some((file) => file.path === code.scoringScript)) {
        throw deployment.reader.error(['code_configuration', 'scoring_script'], `'${code.scoringScript}' is not a file in ${path.shown}.`);
    }
    return { kind: 'folder', folder, origin };
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/validation-receipt.ts + 3 modules
var validation_receipt = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/prepare.ts
/**
 * The first phase: everything that can be checked without Azure is checked before any Azure call — the rules
 * between the access inputs, the validation receipt (validation-receipt.ts), then the release request (the spec files, the names, the default, local content
 * hashed). A step
 * that fails here has made no request and loaded no Azure SDK.
 */




async function prepareRelease(inputs, deps) {
    (0,azure_inputs/* resolveAzureAccess */.kl)(inputs);
    const run = runInfoFromEnvironment(deps.env);
    const validation = (0,validation_receipt/* validationRequest */.R)(inputs, run);
    const request = await deps.logger.group('Read the specs', () => loadReleaseRequest(inputs, deps.workspace, deps.logger));
    return { request, run, validation };
}


/***/ }),

/***/ 7563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ originError)
/* harmony export */ });
/* unused harmony export describeOrigin */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/**
 * Where a value of the release came from — an action input or a place in a spec file — so that a problem found
 * later (a model version that does not exist, a compute that is missing) is still reported at that place, with the
 * file and line when it was a file.
 */

function originError(origin, message) {
    if (origin.kind === 'file')
        return origin.reader.error(origin.at, message);
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${origin.input}': ${message}`, { input: origin.input });
}
function describeOrigin(origin) {
    return origin.kind === 'file' ? origin.reader.file : `input '${origin.input}'`;
}


/***/ }),

/***/ 7702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ registryRefusal),
/* harmony export */   HM: () => (/* binding */ computeId),
/* harmony export */   MA: () => (/* binding */ parseCodeReference),
/* harmony export */   RX: () => (/* binding */ workspaceId),
/* harmony export */   cn: () => (/* binding */ assetVersionId),
/* harmony export */   gh: () => (/* binding */ sameWorkspace),
/* harmony export */   mR: () => (/* binding */ parseComputeReference),
/* harmony export */   ut: () => (/* binding */ parseEnvironmentReference)
/* harmony export */ });
/**
 * `azureml:` references in a deployment spec for its compute, environment and scoring code, and the ARM ids they
 * stand for in a workspace (what the REST body needs: `compute`, `environmentId`, `codeConfiguration.codeId`).
 *
 *   compute:      azureml:<name> | <name> | [azureml:]/subscriptions/.../computes/<name>
 *   environment:  azureml:<name>:<version> | azureml:<name>@latest | [azureml:]<ARM id> | inline (specs/)
 *   code:         azureml:<name>:<version> | [azureml:]<ARM id> | a local folder (uploaded and registered)
 *
 * Registry references (`azureml://registries/...`) are refused, with the reason (registryRefusal).
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
const ARM_PREFIX = '(?:azureml:)?(/subscriptions/([^/\\s]+)/resourceGroups/([^/\\s]+)/providers/Microsoft\\.MachineLearningServices/workspaces/([^/\\s]+)';
/** What a registry reference is refused for, whatever the asset (see registryRefusal). */
const REGISTRY = /^azureml:\/\/registries\/([^/\s]+)\/(models|environments|codes)\//i;
/**
 * Assets in an Azure ML registry (`azureml://registries/<registry>/...`) are refused before anything is written: the
 * Machine Learning API this action uses (2022-10-01, `@azure/arm-machinelearning` 2.x) has no registry operations,
 * so a registry reference cannot be checked before the writes, and one that does not resolve (a typo) would fail
 * the deployment after the endpoint was created or changed. `instead` says what to use in its place.
 */
function registryRefusal(text, instead) {
    const match = REGISTRY.exec(text.trim());
    if (!match)
        return undefined;
    const what = { models: 'a model', environments: 'an environment', codes: 'code' }[match[2].toLowerCase()];
    return {
        kind: 'invalid',
        reason: `'${text.trim()}' is ${what} in registry '${match[1]}', which this action does not deploy from: it cannot check a registry reference before it writes (the Azure ML API it uses, 2022-10-01, has no registry operations), and one that does not resolve would fail the deployment after the endpoint was written. ${instead}`,
    };
}
function assetId(type, value) {
    const match = new RegExp(`^${ARM_PREFIX}/${type}/(${NAME})/versions/([^/\\s]+))$`, 'i').exec(value);
    if (!match)
        return undefined;
    return {
        kind: 'id',
        id: match[1],
        scope: { subscriptionId: match[2], resourceGroup: match[3], workspace: match[4] },
        name: match[5],
        version: match[6],
    };
}
/** Whether an ARM id's workspace is this one (ARM names are case-insensitive). */
function sameWorkspace(a, b) {
    return workspaceId(a).toLowerCase() === workspaceId(b).toLowerCase();
}
function parseComputeReference(text) {
    const value = text.trim();
    const arm = new RegExp(`^${ARM_PREFIX}/computes/(${NAME}))$`, 'i').exec(value);
    if (arm)
        return { kind: 'compute', name: arm[5] };
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
    const registry = registryRefusal(value, 'Write the environment inline (image and conda_file, or build), which this action registers, or register it in the workspace and use azureml:<name>:<version>.');
    if (registry)
        return registry;
    const arm = assetId('environments', value);
    if (arm)
        return arm;
    let match = new RegExp(`^azureml:(${NAME}):([^:@/\\s]+)$`).exec(value);
    if (match)
        return { kind: 'version', name: match[1], version: match[2] };
    match = new RegExp(`^azureml:(${NAME})@latest$`).exec(value);
    if (match)
        return { kind: 'latest', name: match[1] };
    return {
        kind: 'invalid',
        reason: `'${value}' is not an environment reference; use azureml:<name>:<version> or azureml:<name>@latest, or write the environment inline (image and conda_file, or build)`,
    };
}
function parseCodeReference(text) {
    const value = text.trim();
    const registry = registryRefusal(value, 'Give the scoring code as a local folder, which this action registers, or as azureml:<name>:<version> of the workspace.');
    if (registry)
        return registry;
    const arm = assetId('codes', value);
    if (arm)
        return arm;
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


/***/ }),

/***/ 3790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vX: () => (/* binding */ encodeReceipt),
  fw: () => (/* binding */ receiptDigest)
});

// UNUSED EXPORTS: upstream

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/shared/canonical-json.ts
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

;// CONCATENATED MODULE: ./src/shared/receipts/encoding.ts
/**
 * A receipt's one encoding (canonical JSON: the `receipt` output) and its digest, by which the next receipt names it
 * as its `upstream`.
 */


function encodeReceipt(receipt) {
    return canonicalJson(receipt);
}
function receiptDigest(receipt) {
    return (0,external_node_crypto_.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2406);
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


/***/ }),

/***/ 2180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports typeName, quoteVisible, hasInvisible */
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
