export const id = 897;
export const ids = [897];
export const modules = {

/***/ 76905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kL: () => (/* binding */ uploadPrefix),
/* harmony export */   yi: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* unused harmony export UPLOAD_ROOT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58382);
/**
 * Uploads a local folder to a datastore container under a content-addressed prefix (`LocalUpload/<digest>/<name>/`).
 * Blobs already under the prefix are not uploaded again: the prefix is the content's digest and a block blob appears
 * only once its upload committed, so an existing name holds the same bytes (an interrupted run resumes where it
 * stopped). Each blob is uploaded with its MD5, so the service rejects a corrupted transfer.
 */



const UPLOAD_ROOT = 'LocalUpload';
function uploadPrefix(folder) {
    return `${UPLOAD_ROOT}/${folder.digest}/${folder.name}`;
}
async function uploadFolder(container, folder, logger) {
    const prefix = uploadPrefix(folder);
    const present = new Set();
    try {
        for await (const blob of container.listBlobsFlat({ prefix: `${prefix}/` }))
            present.add(blob.name);
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`Could not list '${prefix}/' in container '${container.containerName}'`, error);
    }
    let uploaded = 0;
    let bytes = 0;
    for (const file of folder.files) {
        const name = `${prefix}/${file.path}`;
        if (present.has(name))
            continue;
        const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file.absolute);
        try {
            await container.getBlockBlobClient(name).uploadData(content, {
                blobHTTPHeaders: { blobContentMD5: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(content).digest() },
            });
        }
        catch (error) {
            throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`Could not upload '${file.path}' to '${container.containerName}/${name}'`, error);
        }
        uploaded++;
        bytes += content.length;
    }
    const alreadyPresent = folder.files.length - uploaded;
    logger.info(`Uploaded ${uploaded} file(s), ${bytes} bytes, to ${container.containerName}/${prefix}/` +
        (alreadyPresent ? ` (${alreadyPresent} already there)` : ''));
    return { uploaded, alreadyPresent, bytes };
}


/***/ }),

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

/***/ 32490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ createdAt),
/* harmony export */   DN: () => (/* binding */ latestEnvironmentVersion),
/* harmony export */   Iz: () => (/* binding */ codeVersionExists),
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   KW: () => (/* binding */ readEndpoint),
/* harmony export */   Kl: () => (/* binding */ computeExists),
/* harmony export */   T9: () => (/* binding */ readOptional),
/* harmony export */   iJ: () => (/* binding */ readDeployment),
/* harmony export */   lY: () => (/* binding */ readWorkspaceLocation),
/* harmony export */   yZ: () => (/* binding */ environmentVersionExists)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

/** The value, or undefined when Azure answers 404; other failures carry `what` as context. */
async function readOptional(what, read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return undefined;
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read ${what}`, error);
    }
}
async function readWorkspaceLocation(scope) {
    try {
        const workspace = await scope.client.workspaces.get(scope.resourceGroup, scope.workspace);
        return workspace.location ?? '';
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read workspace '${scope.workspace}' in resource group '${scope.resourceGroup}'`, error);
    }
}
function readEndpoint(scope, name) {
    return readOptional(`batch endpoint '${name}'`, () => scope.client.batchEndpoints.get(scope.resourceGroup, scope.workspace, name));
}
function readDeployment(scope, endpoint, name) {
    return readOptional(`batch deployment '${name}' of endpoint '${endpoint}'`, () => scope.client.batchDeployments.get(scope.resourceGroup, scope.workspace, endpoint, name));
}
async function listDeployments(scope, endpoint) {
    const deployments = [];
    try {
        for await (const deployment of scope.client.batchDeployments.list(scope.resourceGroup, scope.workspace, endpoint)) {
            deployments.push(deployment);
        }
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return [];
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not list the deployments of batch endpoint '${endpoint}'`, error);
    }
    return deployments;
}
async function computeExists(scope, name) {
    const compute = await readOptional(`compute '${name}'`, () => scope.client.computeOperations.get(scope.resourceGroup, scope.workspace, name));
    return compute !== undefined;
}
/** The latest version of an environment, or undefined when the environment does not exist. */
async function latestEnvironmentVersion(scope, name) {
    const container = await readOptional(`environment '${name}'`, () => scope.client.environmentContainers.get(scope.resourceGroup, scope.workspace, name));
    return container?.properties.latestVersion ?? undefined;
}
async function environmentVersionExists(scope, name, version) {
    const found = await readOptional(`environment ${name}:${version}`, () => scope.client.environmentVersions.get(scope.resourceGroup, scope.workspace, name, version));
    return found !== undefined;
}
async function codeVersionExists(scope, name, version) {
    const found = await readOptional(`code ${name}:${version}`, () => scope.client.codeVersions.get(scope.resourceGroup, scope.workspace, name, version));
    return found !== undefined;
}
/** `systemData.createdAt` as epoch ms (0 when missing), for "newest first". */
function createdAt(resource) {
    const value = resource.systemData?.createdAt;
    return value instanceof Date ? value.getTime() : value ? new Date(value).getTime() : 0;
}


/***/ }),

/***/ 80897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ resolveModel),
/* harmony export */   aP: () => (/* binding */ deployedTags),
/* harmony export */   registerModel: () => (/* binding */ registerModel),
/* harmony export */   tagDeployedModel: () => (/* binding */ tagDeployedModel),
/* harmony export */   w_: () => (/* binding */ uploadToDatastore)
/* harmony export */ });
/* unused harmony export DEPLOYED_TAGS */
/* harmony import */ var _shared_azure_datastores_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89255);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _datastore_upload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76905);
/* harmony import */ var _folder_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72385);
/* harmony import */ var _live_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32490);
/* harmony import */ var _specs_origin_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17563);
/* harmony import */ var _workspace_references_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27702);







const DEPLOYED_TAGS = {
    repository: 'mlops.deployed.repository',
    commit: 'mlops.deployed.commit',
    run: 'mlops.deployed.run',
};
function getVersion(scope, name, version) {
    return (0,_live_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readOptional */ .T9)(`model ${name}:${version}`, () => scope.client.modelVersions.get(scope.resourceGroup, scope.workspace, name, version));
}
async function resolveModel(request, deps) {
    const { scope } = deps;
    if (request.kind === 'folder')
        return resolveFolder(request, deps);
    const { reference, origin } = request;
    const fromWorkspace = async (name, version) => {
        const live = await getVersion(scope, name, version);
        if (!live) {
            throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_5__/* .originError */ .T)(origin, `model ${name}:${version} does not exist in workspace '${scope.workspace}'; register it first or fix the reference.`);
        }
        return {
            name,
            version,
            assetId: (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_6__/* .assetVersionId */ .cn)(scope, 'models', name, version),
            source: 'workspace',
            live,
            registration: undefined,
            origin,
        };
    };
    switch (reference.kind) {
        case 'workspace':
            return fromWorkspace(reference.name, reference.version);
        case 'latest': {
            const container = await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readOptional */ .T9)(`model '${reference.name}'`, () => scope.client.modelContainers.get(scope.resourceGroup, scope.workspace, reference.name));
            const latest = container?.properties.latestVersion;
            if (!latest) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_5__/* .originError */ .T)(origin, `model '${reference.name}' has no registered version in workspace '${scope.workspace}' (azureml:${reference.name}@latest).`);
            }
            deps.logger.info(`azureml:${reference.name}@latest is version ${latest}`);
            return fromWorkspace(reference.name, latest);
        }
        case 'arm-id': {
            if (!reference.id.toLowerCase().startsWith(`${(0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_6__/* .workspaceId */ .RX)(scope).toLowerCase()}/`)) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_5__/* .originError */ .T)(origin, `'${reference.id}' is a model of another workspace; deploy models of workspace '${scope.workspace}', or share it through a registry.`);
            }
            return fromWorkspace(reference.name, reference.version);
        }
        case 'registry':
            return {
                name: reference.name,
                version: reference.version,
                assetId: reference.uri,
                source: 'registry',
                live: undefined,
                registration: undefined,
                origin,
            };
    }
}
async function resolveFolder(request, deps) {
    const { scope, logger } = deps;
    const { folder, name, origin } = request;
    const base = { name, source: 'folder', origin };
    if (request.version !== undefined) {
        const live = await getVersion(scope, name, request.version);
        if (live) {
            if (live.properties.tags?.[_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTENT_DIGEST_TAG */ .g] !== folder.digest) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_5__/* .originError */ .T)(origin, `model ${name}:${request.version} already exists with other content than ${folder.shown}; registered versions never change. Remove 'version' to register the next one, or give a new version.`);
            }
            return {
                ...base,
                version: request.version,
                assetId: idOf(deps, name, request.version),
                live,
                registration: undefined,
            };
        }
    }
    else {
        const match = await findByDigest(scope, name, folder.digest);
        if (match) {
            logger.info(`${folder.shown} is unchanged: it is model ${name}:${match.name} (content ${folder.digest.slice(0, 12)})`);
            return {
                ...base,
                version: match.name,
                assetId: idOf(deps, name, match.name),
                live: match,
                registration: undefined,
            };
        }
    }
    const version = request.version ?? (await nextVersion(scope, name));
    const datastore = await (0,_shared_azure_datastores_js__WEBPACK_IMPORTED_MODULE_0__/* .readDefaultDatastore */ .zE)({ ...scope, cloud: deps.cloud });
    const modelUri = `azureml://subscriptions/${scope.subscriptionId}/resourcegroups/${scope.resourceGroup}/workspaces/${scope.workspace}/datastores/${datastore.name}/paths/${(0,_datastore_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .uploadPrefix */ .kL)(folder)}/`;
    return {
        ...base,
        version,
        assetId: idOf(deps, name, version),
        live: undefined,
        registration: {
            folder,
            datastore,
            modelUri,
            body: {
                properties: {
                    modelUri,
                    modelType: request.modelType,
                    ...(request.description !== undefined ? { description: request.description } : {}),
                    tags: { ...request.tags, [_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTENT_DIGEST_TAG */ .g]: folder.digest },
                },
            },
        },
    };
}
function idOf(deps, name, version) {
    return (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_6__/* .assetVersionId */ .cn)(deps.scope, 'models', name, version);
}
/** The most recently created version carrying this content digest, if any. */
async function findByDigest(scope, name, digest) {
    let found;
    try {
        for await (const version of scope.client.modelVersions.list(scope.resourceGroup, scope.workspace, name, {
            tags: `${_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTENT_DIGEST_TAG */ .g}=${digest}`,
            orderBy: 'createdtime desc',
            top: 1,
        })) {
            if (version.properties.tags?.[_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTENT_DIGEST_TAG */ .g] === digest) {
                found = version;
                break;
            }
        }
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
            return undefined;
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withContext */ .eQ)(`Could not list the versions of model '${name}'`, error);
    }
    return found;
}
/** The container's `nextVersion`; else one more than the highest numeric version; "1" for a new model. */
async function nextVersion(scope, name) {
    const container = await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readOptional */ .T9)(`model '${name}'`, () => scope.client.modelContainers.get(scope.resourceGroup, scope.workspace, name));
    if (!container)
        return '1';
    if (container.properties.nextVersion)
        return container.properties.nextVersion;
    let highest = 0;
    for await (const version of scope.client.modelVersions.list(scope.resourceGroup, scope.workspace, name, {
        listViewType: 'All',
    })) {
        if (/^\d+$/.test(version.name ?? ''))
            highest = Math.max(highest, Number(version.name));
    }
    return String(highest + 1);
}
/** Uploads a local folder to the workspace's default datastore: only the files that are not there yet. */
async function uploadToDatastore(registration, deps) {
    const container = await (0,_shared_azure_datastores_js__WEBPACK_IMPORTED_MODULE_0__/* .openDatastoreContainer */ .Dr)(registration.datastore, {
        ...deps.scope,
        cloud: deps.cloud,
        credential: deps.credential,
        caCertificates: deps.caCertificates,
        mask: deps.mask,
    });
    await (0,_datastore_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .uploadFolder */ .yi)(container, registration.folder, deps.logger);
}
/** Uploads the folder (what is not there yet) and registers the version. */
async function registerModel(model, deps) {
    const { registration } = model;
    if (!registration)
        return model;
    const { scope } = deps;
    await uploadToDatastore(registration, deps);
    const body = registration.body;
    let live;
    try {
        live = await scope.client.modelVersions.createOrUpdate(scope.resourceGroup, scope.workspace, model.name, model.version, body);
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withContext */ .eQ)(`Could not register model ${model.name}:${model.version}`, error);
    }
    deps.logger.info(`Registered model ${model.name}:${model.version} from ${registration.folder.shown}`);
    return { ...model, live, registration: undefined };
}
function deployedTags(run) {
    return {
        [DEPLOYED_TAGS.repository]: run.repo,
        [DEPLOYED_TAGS.commit]: run.sha,
        ...(run.url ? { [DEPLOYED_TAGS.run]: run.url } : {}),
    };
}
/** Tags the deployed version with the run (a PUT of the version as it is, with the tags added); no-op if tagged. */
async function tagDeployedModel(model, run, deps) {
    if (model.source === 'registry' || !model.live)
        return false;
    const wanted = deployedTags(run);
    const current = model.live.properties.tags ?? {};
    if (Object.entries(wanted).every(([key, value]) => current[key] === value))
        return false;
    const { scope } = deps;
    const properties = model.live.properties;
    const body = {
        properties: {
            ...(properties.description != null ? { description: properties.description } : {}),
            ...(properties.properties ? { properties: properties.properties } : {}),
            ...(properties.modelUri != null ? { modelUri: properties.modelUri } : {}),
            ...(properties.modelType != null ? { modelType: properties.modelType } : {}),
            ...(properties.flavors ? { flavors: properties.flavors } : {}),
            ...(properties.jobName != null ? { jobName: properties.jobName } : {}),
            ...(properties.isArchived !== undefined ? { isArchived: properties.isArchived } : {}),
            tags: { ...current, ...wanted },
        },
    };
    try {
        await scope.client.modelVersions.createOrUpdate(scope.resourceGroup, scope.workspace, model.name, model.version, body);
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withContext */ .eQ)(`Could not tag model ${model.name}:${model.version} with the deploying run`, error);
    }
    deps.logger.info(`Tagged model ${model.name}:${model.version} with this run (${run.url ?? run.sha})`);
    return true;
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


/***/ }),

/***/ 89255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ openDatastoreContainer),
/* harmony export */   zE: () => (/* binding */ readDefaultDatastore)
/* harmony export */ });
/* unused harmony exports SANDBOX_BLOB_ENDPOINT_PROPERTY, blobAccountUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

const SANDBOX_BLOB_ENDPOINT_PROPERTY = 'sandbox.blobEndpoint';
/** The blob service URL of a datastore's account (see the module comment for the custom-cloud case). */
function blobAccountUrl(properties, cloud) {
    const pathStyle = properties.properties?.[SANDBOX_BLOB_ENDPOINT_PROPERTY];
    if (cloud.name === 'Custom' && pathStyle)
        return pathStyle.replace(/\/+$/, '');
    return `${properties.protocol ?? 'https'}://${properties.accountName}.blob.${properties.endpoint ?? 'core.windows.net'}`;
}
/** The workspace's default datastore (read-only: a GET of the list filtered to the default). */
async function readDefaultDatastore(scope) {
    const { client, resourceGroup, workspace } = scope;
    let found;
    try {
        for await (const datastore of client.datastores.list(resourceGroup, workspace, { isDefault: true })) {
            found = datastore;
            break;
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read the default datastore of workspace '${workspace}'`, error);
    }
    if (!found?.name) {
        throw new Error(`Workspace '${workspace}' has no default datastore to upload the model to.`);
    }
    const properties = found.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The default datastore '${found.name}' of workspace '${workspace}' is ${properties.datastoreType}; local folders are uploaded to a blob datastore only. Make a blob datastore the default, or register the model yourself and pass azureml:<name>:<version>.`);
    }
    return {
        name: found.name,
        accountName: String(properties.accountName),
        containerName: String(properties.containerName),
        accountUrl: blobAccountUrl(properties, scope.cloud),
        credentialsType: properties.credentials?.credentialsType ?? 'None',
    };
}
/** A client for the datastore's container, signed in as the datastore's credentials say (see the module comment). */
async function openDatastoreContainer(datastore, options) {
    const { BlobServiceClient, StorageSharedKeyCredential, AnonymousCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(869), __webpack_require__.e(738), __webpack_require__.e(658)]).then(__webpack_require__.bind(__webpack_require__, 95658));
    const clientOptions = options.caCertificates
        ? { tlsOptions: { ca: [...options.caCertificates] } }
        : undefined;
    const type = datastore.credentialsType;
    if (type === 'AccountKey' || type === 'Sas') {
        const secret = await listSecret(datastore, options);
        options.mask(secret);
        const service = type === 'AccountKey'
            ? new BlobServiceClient(datastore.accountUrl, new StorageSharedKeyCredential(datastore.accountName, secret), clientOptions)
            : new BlobServiceClient(`${datastore.accountUrl}?${secret.replace(/^\?/, '')}`, new AnonymousCredential(), clientOptions);
        return service.getContainerClient(datastore.containerName);
    }
    if (type === 'None') {
        const service = new BlobServiceClient(datastore.accountUrl, options.credential, clientOptions);
        return service.getContainerClient(datastore.containerName);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The default datastore '${datastore.name}' uses ${type} credentials; uploads support account key, SAS and identity-based (None) blob datastores.`);
}
async function listSecret(datastore, options) {
    let secrets;
    try {
        secrets = await options.client.datastores.listSecrets(options.resourceGroup, options.workspace, datastore.name);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not list the secrets of datastore '${datastore.name}'`, error);
    }
    const secret = secrets.key ?? secrets.sasToken;
    if (!secret)
        throw new Error(`Datastore '${datastore.name}' returned no ${datastore.credentialsType} secret.`);
    return secret;
}


/***/ })

};
