export const id = 523;
export const ids = [523];
export const modules = {

/***/ 6523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dryRunReceipt: () => (/* binding */ dryRunReceipt),
  planAndReport: () => (/* binding */ planAndReport)
});

// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(3790);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/plan-report.ts + 1 modules
var plan_report = __webpack_require__(5680);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/receipt-facts.ts
var receipt_facts = __webpack_require__(2952);
// EXTERNAL MODULE: ./src/shared/azure/asset-tags.ts
var asset_tags = __webpack_require__(3443);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/default-deployment.ts
var default_deployment = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/desired-state.ts
var desired_state = __webpack_require__(3676);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/live-state.ts
var live_state = __webpack_require__(2490);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/long-running.ts + 1 modules
var long_running = __webpack_require__(6754);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/model-registration.ts
var model_registration = __webpack_require__(897);
// EXTERNAL MODULE: ./src/shared/azure/datastore-upload.ts
var datastore_upload = __webpack_require__(8164);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(427);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/specs/origin.ts
var specs_origin = __webpack_require__(7563);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-references.ts
var workspace_references = __webpack_require__(7702);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/model-resolution.ts







/** Resolves each model once: requests naming the same version share one read and one registration. */
async function resolveModels(modelFile, requests, deps, 
/** The default datastore, read once per plan when something needs it. */
datastore) {
    const resolver = new ModelResolver(deps, datastore);
    const fromFile = modelFile ? await resolver.local(modelFile) : undefined;
    const models = [];
    for (const request of requests) {
        models.push(request.kind === 'local' ? await resolver.local(request) : await resolver.reference(request, fromFile));
    }
    return { modelFile: fromFile, models };
}
class ModelResolver {
    deps;
    datastore;
    byKey = new Map();
    containers;
    constructor(deps, datastore) {
        this.deps = deps;
        this.datastore = datastore;
    }
    get scope() {
        return this.deps.scope;
    }
    idOf(name, version) {
        return (0,workspace_references/* assetVersionId */.cn)(this.scope, 'models', name, version);
    }
    /** A registered version, or a model of this run that will be, by name and version. */
    planned(name, version) {
        return this.byKey.get(`${name}:${version}`);
    }
    remember(model) {
        this.byKey.set(`${model.name}:${model.version}`, model);
        return model;
    }
    async reference(request, modelFile) {
        const { reference, origin } = request;
        switch (reference.kind) {
            case 'workspace':
                return this.registered(reference.name, reference.version, origin);
            case 'arm-id':
                if (!reference.id.toLowerCase().startsWith(`${(0,workspace_references/* workspaceId */.RX)(this.scope).toLowerCase()}/`)) {
                    throw (0,specs_origin/* originError */.T)(origin, `'${reference.id}' is a model of another workspace; deploy models of workspace '${this.scope.workspace}'.`);
                }
                return this.registered(reference.name, reference.version, origin);
            case 'latest': {
                // The model of model-file is the latest version once it is registered.
                if (modelFile?.name === reference.name && modelFile.registration)
                    return modelFile;
                const container = await this.container(reference.name);
                const latest = container?.properties.latestVersion;
                if (!latest)
                    throw await this.notFound(reference.name, undefined, origin);
                this.deps.logger.info(`azureml:${reference.name}@latest is version ${latest}`);
                return this.registered(reference.name, latest, origin);
            }
        }
    }
    async registered(name, version, origin) {
        const known = this.planned(name, version);
        if (known)
            return known;
        const live = await this.version(name, version);
        if (!live)
            throw await this.notFound(name, version, origin);
        return this.remember({
            name,
            version,
            assetId: this.idOf(name, version),
            source: 'workspace',
            digest: undefined,
            live,
            registration: undefined,
            origin,
        });
    }
    async local(request) {
        const { content, name, origin } = request;
        const versionOrigin = request.versionOrigin ?? origin;
        const same = [...this.byKey.values()].find((model) => model.name === name &&
            model.digest === content.digest &&
            (request.version === undefined || model.version === request.version));
        if (same)
            return same;
        let version = request.version;
        if (version !== undefined) {
            const planned = this.planned(name, version);
            if (planned?.registration) {
                throw (0,specs_origin/* originError */.T)(versionOrigin, `model ${name}:${version} is also registered from other content in this run (${planned.registration.content.shown}); give each its own version.`);
            }
            const live = planned?.live ?? (await this.version(name, version));
            if (live)
                return this.remember(this.existing(request, version, live, versionOrigin));
        }
        else {
            const match = await this.findByDigest(name, content.digest);
            if (match?.name) {
                this.deps.logger.info(`${content.shown} is unchanged: it is model ${name}:${match.name} (content ${content.digest.slice(0, 12)})`);
                return this.remember(this.existing(request, match.name, match, versionOrigin));
            }
            version = await this.nextVersion(name);
        }
        const datastore = await this.datastore();
        const { subscriptionId, resourceGroup, workspace } = this.scope;
        const modelUri = `azureml://subscriptions/${subscriptionId}/resourcegroups/${resourceGroup}/workspaces/${workspace}/datastores/${datastore.name}/paths/${(0,datastore_upload/* uploadedPath */.Aq)(content)}`;
        return this.remember({
            name,
            version,
            assetId: this.idOf(name, version),
            source: 'local',
            digest: content.digest,
            live: undefined,
            origin,
            registration: {
                content,
                datastore,
                modelUri,
                body: {
                    properties: {
                        modelUri,
                        modelType: request.modelType,
                        ...(request.description !== undefined ? { description: request.description } : {}),
                        ...(Object.keys(request.properties).length ? { properties: { ...request.properties } } : {}),
                        ...(request.flavors
                            ? {
                                flavors: Object.fromEntries(Object.entries(request.flavors).map(([flavor, data]) => [flavor, { data: { ...data } }])),
                            }
                            : {}),
                        tags: { ...request.tags, [asset_tags/* CONTENT_DIGEST_TAG */.gt]: content.digest },
                    },
                },
            },
        });
    }
    /** A registered version that must hold the request's content: its digest and type must be the request's. */
    existing(request, version, live, versionOrigin) {
        const { name, content } = request;
        const digest = live.properties.tags?.[asset_tags/* CONTENT_DIGEST_TAG */.gt] ?? undefined;
        const what = `model ${name}:${version}`;
        if (digest === undefined) {
            throw (0,specs_origin/* originError */.T)(versionOrigin, `${what} already exists and has no content digest (tag ${asset_tags/* CONTENT_DIGEST_TAG */.gt}: it was not registered by this action), so it cannot be shown to hold ${content.shown}; registered versions never change. Give a new version, or deploy the registered one as azureml:${name}:${version}.`);
        }
        if (digest !== content.digest) {
            throw (0,specs_origin/* originError */.T)(versionOrigin, `${what} already exists with other content than ${content.shown} (digest ${digest.slice(0, 12)}, not ${content.digest.slice(0, 12)}); registered versions never change. Give a new version, or leave version out to register the next one.`);
        }
        const liveType = live.properties.modelType;
        if (liveType && liveType.toLowerCase() !== request.modelType.toLowerCase()) {
            throw (0,specs_origin/* originError */.T)(versionOrigin, `${what} already exists as ${liveType}, not ${request.modelType}; a version's type never changes. Give a new version.`);
        }
        return {
            name,
            version,
            assetId: this.idOf(name, version),
            source: 'local',
            digest: content.digest,
            live,
            registration: undefined,
            origin: request.origin,
        };
    }
    version(name, version) {
        const { client, resourceGroup, workspace } = this.scope;
        return (0,live_state/* readOptional */.T9)(`model ${name}:${version}`, () => client.modelVersions.get(resourceGroup, workspace, name, version));
    }
    container(name) {
        const { client, resourceGroup, workspace } = this.scope;
        return (0,live_state/* readOptional */.T9)(`model '${name}'`, () => client.modelContainers.get(resourceGroup, workspace, name));
    }
    /** Why a reference does not resolve, with what the workspace has instead. */
    async notFound(name, version, origin) {
        const where = `workspace '${this.scope.workspace}'`;
        const containers = await this.listContainers();
        const own = containers.find((container) => container.name === name);
        if (own) {
            const latest = own.properties.latestVersion;
            return (0,specs_origin/* originError */.T)(origin, version === undefined
                ? `model '${name}' has no registered version in ${where}.`
                : `model ${name}:${version} does not exist in ${where}; ${latest ? `the latest version of '${name}' is ${latest}` : `'${name}' has no version`}.`);
        }
        const names = containers.map((container) => container.name).filter((n) => !!n);
        const nearest = (0,suggest/* suggest */.Z)(name, names);
        const latest = containers.find((container) => container.name === nearest)?.properties.latestVersion;
        const asked = version === undefined ? `model '${name}'` : `model ${name}:${version}`;
        return (0,specs_origin/* originError */.T)(origin, nearest
            ? `${asked} does not exist in ${where}; did you mean ${nearest}${latest ? ` (latest version ${latest}: azureml:${nearest}:${latest})` : ''}?`
            : `${asked} does not exist in ${where}, nor any model with a similar name; register it first (az ml model create, or the input model-file) or fix the reference.`);
    }
    listContainers() {
        this.containers ??= (async () => {
            const { client, resourceGroup, workspace } = this.scope;
            const found = [];
            try {
                for await (const container of client.modelContainers.list(resourceGroup, workspace)) {
                    found.push(container);
                }
            }
            catch (error) {
                throw (0,errors/* withContext */.eQ)(`Could not list the models of workspace '${workspace}'`, error);
            }
            return found;
        })();
        return this.containers;
    }
    /** The most recently created version carrying this content digest, if any. */
    async findByDigest(name, digest) {
        const { client, resourceGroup, workspace } = this.scope;
        try {
            for await (const version of client.modelVersions.list(resourceGroup, workspace, name, {
                tags: `${asset_tags/* CONTENT_DIGEST_TAG */.gt}=${digest}`,
                orderBy: 'createdtime desc',
                top: 1,
            })) {
                if (version.properties.tags?.[asset_tags/* CONTENT_DIGEST_TAG */.gt] === digest)
                    return version;
            }
        }
        catch (error) {
            if ((0,errors/* isNotFound */.c4)(error))
                return undefined;
            throw (0,errors/* withContext */.eQ)(`Could not list the versions of model '${name}'`, error);
        }
        return undefined;
    }
    /**
     * The container's `nextVersion` (else one more than the highest numeric version; "1" for a new model), past the
     * versions this run already plans for the same name.
     */
    async nextVersion(name) {
        const container = await this.container(name);
        let next = container?.properties.nextVersion ?? undefined;
        if (!next) {
            let highest = 0;
            if (container) {
                const { client, resourceGroup, workspace } = this.scope;
                for await (const version of client.modelVersions.list(resourceGroup, workspace, name, {
                    listViewType: 'All',
                })) {
                    if (/^\d+$/.test(version.name ?? ''))
                        highest = Math.max(highest, Number(version.name));
                }
            }
            next = String(highest + 1);
        }
        while (/^\d+$/.test(next) && this.planned(name, next))
            next = String(Number(next) + 1);
        return next;
    }
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/plan-steps.ts


/** Batch deployment server defaults (2022-10-01 spec `default`s; AZURE-CONTRACTS.md). */
const DEPLOYMENT_DEFAULTS = {
    'properties.miniBatchSize': 10,
    'properties.maxConcurrencyPerInstance': 1,
    'properties.errorThreshold': -1,
    'properties.retrySettings.maxRetries': 3,
    'properties.retrySettings.timeout': 'PT30S',
    'properties.outputAction': 'AppendRow',
    'properties.outputFileName': 'predictions.csv',
    'properties.loggingLevel': 'Info',
    'properties.resources.instanceCount': 1,
};
const DEPLOYMENT_FIELDS = [
    { field: 'tags', kind: 'map' },
    { field: 'properties.description', kind: 'text' },
    { field: 'properties.model.assetId', kind: 'id' },
    { field: 'properties.compute', kind: 'id' },
    { field: 'properties.codeConfiguration.codeId', kind: 'id' },
    { field: 'properties.codeConfiguration.scoringScript', kind: 'text' },
    { field: 'properties.environmentId', kind: 'id' },
    { field: 'properties.environmentVariables', kind: 'map' },
    { field: 'properties.miniBatchSize', kind: 'value' },
    { field: 'properties.maxConcurrencyPerInstance', kind: 'value' },
    { field: 'properties.errorThreshold', kind: 'value' },
    { field: 'properties.retrySettings.maxRetries', kind: 'value' },
    { field: 'properties.retrySettings.timeout', kind: 'duration' },
    { field: 'properties.outputAction', kind: 'enum' },
    { field: 'properties.outputFileName', kind: 'text' },
    { field: 'properties.loggingLevel', kind: 'enum' },
    { field: 'properties.resources.instanceCount', kind: 'value' },
    { field: 'properties.resources.instanceType', kind: 'text' },
    { field: 'properties.resources.properties', kind: 'map' },
];
const ENDPOINT_FIELDS = [
    { field: 'tags', kind: 'map' },
    { field: 'properties.description', kind: 'text' },
];
function get(value, field) {
    let current = value;
    for (const segment of field.split('.')) {
        if (current === null || current === undefined || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current === null ? undefined : current;
}
/** ISO 8601 duration (time part, optional days) in seconds; undefined when unreadable. */
function durationSeconds(text) {
    const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text.trim());
    if (!match || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim()))
        return undefined;
    const [, d = '0', h = '0', m = '0', s = '0'] = match;
    return Number(d) * 86_400 + Number(h) * 3_600 + Number(m) * 60 + Number(s);
}
function cleanMap(value) {
    if (!value || typeof value !== 'object')
        return {};
    return Object.fromEntries(Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** The comparable form of a value; `undefined` means absent. */
function comparable(kind, value) {
    if (value === undefined || value === null)
        return undefined;
    switch (kind) {
        case 'text':
            return String(value) === '' ? undefined : String(value);
        case 'id':
        case 'enum':
            return String(value).toLowerCase();
        case 'location':
            return String(value).toLowerCase().replace(/\s+/g, '');
        case 'duration':
            return durationSeconds(String(value)) ?? String(value);
        case 'map': {
            const map = cleanMap(value);
            return Object.keys(map).length ? JSON.stringify(map) : undefined;
        }
        case 'set': {
            const items = value.map((item) => String(item).toLowerCase()).sort();
            return items.length ? JSON.stringify(items) : undefined;
        }
        case 'value':
            return JSON.stringify(value);
    }
}
function compareFields(rules, desired, live, defaults = {}) {
    const changes = [];
    for (const { field, kind } of rules) {
        const wanted = get(desired, field) ?? defaults[field];
        const current = get(live, field) ?? defaults[field];
        if (comparable(kind, wanted) === comparable(kind, current))
            continue;
        changes.push(dropUndefined({ field, before: display(kind, current), after: display(kind, wanted) }));
    }
    return changes;
}
function display(kind, value) {
    if (value === undefined || value === null)
        return undefined;
    return kind === 'map' ? cleanMap(value) : value;
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** Add-only property bags: new keys are changes, a different value for an existing key is a conflict. */
function comparePropertyBag(field, specPath, desired, live, changes, conflicts) {
    for (const [key, value] of Object.entries(desired ?? {})) {
        const current = live?.[key];
        if (current === undefined || current === null) {
            changes.push({ field: `${field}.${key}`, after: value });
        }
        else if (current !== value) {
            conflicts.push({
                field: `${field}.${key}`,
                at: [...specPath, key],
                message: `property '${key}' is '${current}' in Azure and cannot be changed to '${value}': Azure ML properties can be added but never altered or removed. Keep the current value, or use a tag for values that change.`,
            });
        }
    }
}
function diffEndpoint(desired, live, specHasLocation) {
    if (!live) {
        return {
            action: 'create',
            changes: [
                { field: 'location', after: desired.location },
                { field: 'properties.authMode', after: desired.properties.authMode },
                ...compareFields(ENDPOINT_FIELDS, desired, undefined),
            ],
            conflicts: [],
        };
    }
    const changes = compareFields(ENDPOINT_FIELDS, desired, live);
    const conflicts = [];
    if (comparable('location', desired.location) !== comparable('location', live.location)) {
        conflicts.push({
            field: 'location',
            at: specHasLocation ? ['location'] : ['name'],
            message: `batch endpoint '${live.name}' exists in ${live.location} and cannot move to ${desired.location}: an Azure resource never changes region. Use another endpoint name for ${desired.location}.`,
        });
    }
    if (comparable('enum', desired.properties.authMode) !== comparable('enum', live.properties.authMode)) {
        conflicts.push({
            field: 'properties.authMode',
            at: ['auth_mode'],
            message: `batch endpoint '${live.name}' uses auth mode ${live.properties.authMode}, which cannot be changed to ${desired.properties.authMode} in place: it would need deleting and re-creating the endpoint (downtime), which this action never does. Create a new endpoint with auth_mode: aad_token.`,
        });
    }
    comparePropertyBag('properties.properties', ['properties'], desired.properties.properties, live.properties.properties ?? undefined, changes, conflicts);
    if (desired.identity) {
        const wantedUsers = Object.keys(desired.identity.userAssignedIdentities ?? {});
        const liveUsers = Object.keys(live.identity?.userAssignedIdentities ?? {});
        if (comparable('enum', desired.identity.type) !== comparable('enum', live.identity?.type ?? 'None') ||
            comparable('set', wantedUsers) !== comparable('set', liveUsers)) {
            changes.push({
                field: 'identity',
                before: live.identity ? { type: live.identity.type, userAssignedIdentities: liveUsers } : undefined,
                after: { type: desired.identity.type, userAssignedIdentities: wantedUsers },
            });
        }
    }
    const state = live.properties.provisioningState;
    if (changes.length === 0 && state !== undefined && state !== 'Succeeded') {
        return {
            action: 'update',
            reason: `its provisioning state is ${state}; the spec is applied again`,
            changes,
            conflicts,
        };
    }
    return { action: changes.length ? 'update' : 'no-op', changes, conflicts };
}
function diffDeployment(desired, live) {
    // A new deployment shows what the spec sets; Azure's defaults fill in the rest.
    if (!live)
        return { action: 'create', changes: compareFields(DEPLOYMENT_FIELDS, desired, undefined), conflicts: [] };
    const changes = compareFields(DEPLOYMENT_FIELDS, desired, live, DEPLOYMENT_DEFAULTS);
    const conflicts = [];
    comparePropertyBag('properties.properties', ['properties'], desired.properties.properties, live.properties.properties ?? undefined, changes, conflicts);
    const state = live.properties.provisioningState;
    if (changes.length === 0 && state !== undefined && state !== 'Succeeded') {
        return {
            action: 'update',
            reason: `its provisioning state is ${state}; the spec is applied again`,
            changes,
            conflicts,
        };
    }
    return { action: changes.length ? 'update' : 'no-op', changes, conflicts };
}
/**
 * The default switch, to `target` (default-deployment.ts): only ever once the run's deployments have succeeded.
 * `kept` when set-default is false: the endpoint's default is left as it is.
 */
function planDefault(endpoint, current, target, kept) {
    if (kept || target === undefined) {
        return {
            resource: 'default deployment',
            name: endpoint,
            action: 'keep',
            reason: `set-default is false; the default stays ${current ?? '(none)'}`,
            changes: [],
        };
    }
    const name = `${endpoint} → ${target}`;
    if (current?.toLowerCase() === target.toLowerCase()) {
        return { resource: 'default deployment', name, action: 'no-op', changes: [] };
    }
    return {
        resource: 'default deployment',
        name,
        action: 'switch',
        reason: 'once the deployments have reached Succeeded, by re-PUT of the endpoint, then verified',
        changes: [{ field: 'properties.defaults.deploymentName', before: current, after: target }],
    };
}
/**
 * Which deployments go once the rollout is done: the endpoint keeps `keep` deployments, the protected ones (the
 * run's deployments and the default) included, the newest of the others first. Only deployments this action created
 * (tag `mlops.managed-by`) are ever deleted; a protected one never is, even beyond `keep`.
 */
function planCleanup(live, protectedNames, keep) {
    const isProtected = (name) => protectedNames.some((p) => p.toLowerCase() === name.toLowerCase());
    const others = live
        .filter((deployment) => deployment.name && !isProtected(deployment.name))
        .filter((deployment) => deployment.properties.provisioningState !== 'Deleting')
        .sort((a, b) => (0,live_state/* createdAt */.CT)(b) - (0,live_state/* createdAt */.CT)(a));
    const room = Math.max(0, keep - new Set(protectedNames.map((n) => n.toLowerCase())).size);
    return others.slice(room).map((deployment) => {
        const managed = deployment.tags?.[desired_state/* MANAGED_BY_TAG */.dS] === desired_state/* MANAGED_BY */.Kf;
        return managed
            ? {
                resource: 'old deployment',
                name: deployment.name,
                action: 'delete',
                reason: `beyond keep-deployments (${keep})`,
                changes: [],
            }
            : {
                resource: 'old deployment',
                name: deployment.name,
                action: 'keep',
                reason: `beyond keep-deployments (${keep}), but not created by this action (no tag ${desired_state/* MANAGED_BY_TAG */.dS}); left in place`,
                changes: [],
            };
    });
}
function writesAnything(steps) {
    return steps.some((step) => step.action !== 'no-op' && step.action !== 'keep');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/shared/folder-digest.ts
var folder_digest = __webpack_require__(1562);
;// CONCATENATED MODULE: ./src/shared/azure/datastore-uris.ts
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

// EXTERNAL MODULE: ./src/shared/azure/datastores.ts
var datastores = __webpack_require__(9255);
;// CONCATENATED MODULE: ./src/shared/azure/model-content.ts
/**
 * The content digest of a registered model version, computed from its files where Azure keeps them (its `modelUri`,
 * a datastore path), the same way a local folder's is computed (folder-digest.ts: SHA-256 per file, then
 * `contentDigest` over the paths relative to the model's folder). So a folder registered by deploy-aml-endpoint, a
 * version registered by hand and a copy in another workspace have the same digest when they hold the same bytes,
 * whatever their tags say. Every file is read once, streamed through SHA-256, a few at a time; nothing is written.
 */





const CONCURRENT_READS = 4;
/** SHA-256 of one blob, streamed. */
async function sha256OfBlob(container, name) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const response = await container.getBlobClient(name).download();
    const body = response.readableStreamBody;
    if (!body)
        throw new Error(`Blob '${name}' has no body`);
    for await (const chunk of body)
        hash.update(chunk);
    return hash.digest('hex');
}
/** The blobs under a folder prefix, or the one blob a file path names. */
async function modelBlobs(container, path) {
    const folder = path.endsWith('/') ? path : `${path}/`;
    const blobs = [];
    for await (const blob of container.listBlobsFlat({ prefix: folder }))
        blobs.push(blob);
    if (blobs.length > 0 || path.endsWith('/'))
        return { prefix: folder, blobs };
    const single = [];
    for await (const blob of container.listBlobsFlat({ prefix: path })) {
        if (blob.name === path)
            single.push(blob);
    }
    return { prefix: path.slice(0, path.lastIndexOf('/') + 1), blobs: single };
}
async function modelContentDigest(model, access) {
    const label = `model ${model.name}:${model.version}`;
    const location = model.modelUri ? parseDatastoreUri(model.modelUri) : undefined;
    const other = location?.workspace && location.workspace.name.toLowerCase() !== access.workspace.toLowerCase();
    if (!location || other) {
        throw new errors/* ConfigurationError */.j1(`The content digest of ${label} cannot be computed: its files are at '${model.modelUri ?? '(no modelUri)'}', which is not a datastore path of workspace '${access.workspace}'. Register the model from a datastore of the workspace (deploy-aml-endpoint does so for a local folder).`);
    }
    const datastore = await (0,datastores/* readDatastore */._5)(access, location.datastore);
    if (!datastore) {
        throw new errors/* ConfigurationError */.j1(`The content digest of ${label} cannot be computed: its datastore '${location.datastore}' does not exist in workspace '${access.workspace}'.`);
    }
    const container = await (0,datastores/* openDatastoreContainer */.Dr)(datastore, access);
    try {
        const { prefix, blobs } = await modelBlobs(container, location.path);
        if (blobs.length === 0) {
            throw new errors/* ConfigurationError */.j1(`The content digest of ${label} cannot be computed: there are no files at '${model.modelUri}'.`);
        }
        const files = new Array(blobs.length);
        let next = 0;
        const worker = async () => {
            for (let i = next++; i < blobs.length; i = next++) {
                const blob = blobs[i];
                files[i] = { path: blob.name.slice(prefix.length), sha256: await sha256OfBlob(container, blob.name) };
            }
        };
        await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, blobs.length) }, worker));
        const bytes = blobs.reduce((sum, blob) => sum + (blob.properties.contentLength ?? 0), 0);
        return { digest: (0,folder_digest/* contentDigest */.eZ)(files), files: files.length, bytes };
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw (0,errors/* withContext */.eQ)(`Could not read the files of ${label} at '${model.modelUri}'`, error);
    }
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/validation-receipt.ts + 3 modules
var validation_receipt = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/validation-stamp.ts
/**
 * Promotion evidence in one workspace (DESIGN.md §2.2): run-integration-score stamps a model version that passed in
 * an environment with the tag `mlops.validated.<environment>` = the run's URL, and `require-validation:
 * <environment>` without a `validation-receipt` refuses to deploy a version without that stamp in this workspace —
 * before anything is written. That serves users with one workspace for every environment; with one workspace per
 * environment the stamp is on the other workspace's version, and the receipt carries it (promotion-check.ts).
 */


/** The stamp's value (the validating run's URL), or throws saying what to run. */
function requireValidation(model, environment) {
    const tag = (0,asset_tags/* validationTag */.I_)(environment);
    const what = `model ${model.name}:${model.version}`;
    const input = 'require-validation';
    if (model.registration || !model.live) {
        throw new errors/* ConfigurationError */.j1(`${what} is not registered yet, so it cannot have passed integration scoring in '${environment}' (no tag ${tag}). Deploy it to ${environment} and run run-integration-score there first; then deploy that version here (azureml:${model.name}:<version>), or, with one workspace per environment, pass ${environment}'s integration receipt as validation-receipt.`, { input });
    }
    const stamp = model.live.properties.tags?.[tag];
    if (!stamp) {
        throw new errors/* ConfigurationError */.j1(`${what} has not passed integration scoring in '${environment}' (it has no tag ${tag}): run run-integration-score for this version in ${environment} first, then deploy it here. With one workspace per environment, pass ${environment}'s integration receipt as validation-receipt.`, { input });
    }
    return stamp;
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/promotion-check.ts





async function checkPromotion(models, request, deps) {
    const checks = [];
    for (const model of models) {
        const check = request.receipt
            ? await checkAgainstReceipt(model, request, request.receipt, deps)
            : sameWorkspaceStamp(model, request.environment, deps.workspace);
        for (const line of check.checks)
            deps.logger.info(`Validation of ${check.model}: ${line}`);
        checks.push(check);
    }
    return checks;
}
function sameWorkspaceStamp(model, environment, workspace) {
    const run = requireValidation(model, environment);
    return {
        model: `${model.name}:${model.version}`,
        run,
        checks: [
            `tag ${(0,asset_tags/* validationTag */.I_)(environment)} on the version in this workspace (${workspace}): ${run}; no validation-receipt was given, so no content digest was compared`,
        ],
    };
}
async function checkAgainstReceipt(model, request, receipt, deps) {
    const readers = deps.evidence;
    if (!readers)
        throw new Error('Checking a validation receipt needs access to the model files; none was given.');
    const environment = request.environment;
    const what = `${model.name}:${model.version}`;
    const validated = receipt.model;
    const run = receipt.run.url ?? receipt.job.url ?? `${receipt.run.repo}@${receipt.run.sha}`;
    const checks = [
        `validation-receipt is ${environment}'s integration receipt (workspace ${receipt.workspace}, subscription ${receipt.subscription}), its receipt chain intact, written by ${run}: job ${receipt.job.id} ${receipt.job.status}, validated`,
    ];
    const content = await deployedDigest(model, readers.files);
    if (content.digest !== validated.contentDigest) {
        throw new errors/* ConfigurationError */.j1(`Input '${validation_receipt/* VALIDATION_RECEIPT */.J}': model ${what} holds other content than ${environment} validated: its content digest, computed from ${content.from}, is ${content.digest.slice(0, 12)}, but the receipt validated ${validated.name}:${validated.version} with content ${validated.contentDigest.slice(0, 12)} (${run}). Deploy the content ${environment} validated (pin the same model folder or version in both environments), or run integration scoring for this content in ${environment} first.`, { input: validation_receipt/* VALIDATION_RECEIPT */.J });
    }
    checks.push(`content digest ${content.digest.slice(0, 12)}, computed from ${content.from}, is the one the receipt validated (${environment}'s ${validated.name}:${validated.version})`);
    if (request.workspace)
        checks.push(await liveStamp(receipt, environment, request.workspace, readers));
    return { model: what, run, checks };
}
async function deployedDigest(model, files) {
    if (model.registration) {
        const content = model.registration.content;
        return {
            digest: content.digest,
            from: `the files of ${content.shown} (${content.files.length} to upload)`,
        };
    }
    const live = model.live;
    const modelUri = live.properties.modelUri;
    const content = await modelContentDigest({ name: model.name, version: model.version, modelUri }, files);
    return {
        digest: content.digest,
        from: `the version's ${content.files} file(s) at ${modelUri} in this workspace`,
    };
}
async function liveStamp(receipt, environment, workspace, readers) {
    const { name, version, contentDigest } = receipt.model;
    const where = `workspace '${workspace.workspace}' (resource group ${workspace.resourceGroup}, subscription ${workspace.subscriptionId})`;
    const client = await readers.validatingClient(workspace.subscriptionId);
    let live;
    try {
        live = await client.modelVersions.get(workspace.resourceGroup, workspace.workspace, name, version);
    }
    catch (error) {
        const input = 'validation-workspace-name';
        if ((0,errors/* isNotFound */.c4)(error)) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}': model ${name}:${version}, which the validation receipt says passed in ${environment}, does not exist in ${where}; it was deleted, or these inputs name another workspace.`, { input });
        }
        const status = (0,errors/* describeError */.Uc)(error).statusCode;
        if (status === 401 || status === 403) {
            throw new errors/* ConfigurationError */.j1(`Input '${input}': this step's identity may not read model ${name}:${version} in ${where} (${status}), so the validation stamp cannot be checked live there. Grant it read access on that workspace (AzureML Data Scientist or Reader), or leave the validation-* workspace inputs out to rely on the receipt alone.`, { input });
        }
        throw (0,errors/* withContext */.eQ)(`Could not read model ${name}:${version} in ${where}`, error);
    }
    const tags = live.properties.tags ?? {};
    const stamp = tags[(0,asset_tags/* validationTag */.I_)(environment)];
    const stampedContent = tags[(0,asset_tags/* validatedContentTag */.ud)(environment)];
    if (!stamp || stampedContent !== contentDigest) {
        throw new errors/* ConfigurationError */.j1(`Input '${validation_receipt/* VALIDATION_RECEIPT */.J}': model ${name}:${version} in ${where} ${stamp ? `carries ${(0,asset_tags/* validatedContentTag */.ud)(environment)}=${stampedContent ?? '(none)'}, not the receipt's content ${contentDigest}` : `has no tag ${(0,asset_tags/* validationTag */.I_)(environment)}`}: the stamp run-integration-score writes does not back the receipt. Run run-integration-score in ${environment} again and pass its receipt.`, { input: validation_receipt/* VALIDATION_RECEIPT */.J });
    }
    return `stamp ${(0,asset_tags/* validationTag */.I_)(environment)} read live on ${name}:${version} in ${where}: ${stamp}, for content ${contentDigest.slice(0, 12)}`;
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/resource-names.ts + 1 modules
var resource_names = __webpack_require__(8275);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-assets.ts
var workspace_assets = __webpack_require__(5757);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/release-plan.ts












function throwConflicts(reader, diff) {
    const [first] = diff.conflicts;
    if (first)
        throw reader.error(first.at, first.message);
}
/** Distinct by a key, first one kept. */
function distinct(items, key) {
    const seen = new Map();
    for (const item of items)
        if (item !== undefined && !seen.has(key(item)))
            seen.set(key(item), item);
    return [...seen.values()];
}
async function planRelease(request, options) {
    const { scope, logger } = options;
    const location = request.endpoint.location ?? (await (0,live_state/* readWorkspaceLocation */.lY)(scope));
    const assets = (0,workspace_assets/* assetResolution */.Xt)(scope, options.cloud);
    const resolved = await resolveModels(request.modelFile, request.deployments.map((d) => d.model), { scope, cloud: options.cloud, logger }, assets.datastore);
    const models = distinct([resolved.modelFile, ...resolved.models], (m) => `${m.name}:${m.version}`);
    if (resolved.modelFile && !resolved.models.includes(resolved.modelFile)) {
        logger.warning(`model-file registers model ${resolved.modelFile.name}:${resolved.modelFile.version}, which no deployment of this run deploys (they deploy ${resolved.models.map((m) => `${m.name}:${m.version}`).join(', ')}); reference it as azureml:${resolved.modelFile.name}:${resolved.modelFile.version} (or @latest) to deploy it.`);
    }
    const validations = options.validation
        ? await checkPromotion(distinct(resolved.models, (m) => `${m.name}:${m.version}`), options.validation, promotionDeps(options))
        : [];
    const endpointName = request.endpointName;
    const liveEndpoint = await (0,long_running/* waitUntilSettled */.D1)(`batch endpoint '${endpointName}'`, () => (0,live_state/* readEndpoint */.KW)(scope, endpointName), await (0,live_state/* readEndpoint */.KW)(scope, endpointName), options.wait);
    const liveDeployments = liveEndpoint ? await (0,live_state/* listDeployments */.Jn)(scope, endpointName) : [];
    const endpointBody = (0,desired_state/* desiredEndpoint */.cB)(request.endpoint, location);
    const endpointDiff = diffEndpoint(endpointBody, liveEndpoint, request.endpoint.location !== undefined);
    throwConflicts(request.endpoint.reader, endpointDiff);
    const deployments = [];
    for (const [index, deployment] of request.deployments.entries()) {
        const model = resolved.models[index];
        const name = deploymentName(deployment, model);
        if (deployments.some((d) => d.name.toLowerCase() === name.toLowerCase())) {
            throw (0,specs_origin/* originError */.T)(deployment.name.origin, `two deployment files of this run give the deployment name '${name}'; each deployment needs its own.`);
        }
        const [computeId, environment, code] = [
            await (0,workspace_assets/* resolveCompute */.w9)(deployment.spec, assets),
            await (0,workspace_assets/* resolveEnvironment */.g9)(deployment.environment, assets),
            await (0,workspace_assets/* resolveCode */.Ik)(deployment.code, assets),
        ];
        const listed = liveDeployments.find((d) => d.name?.toLowerCase() === name.toLowerCase());
        const live = await (0,long_running/* waitUntilSettled */.D1)(`batch deployment '${name}' of endpoint '${endpointName}'`, () => (0,live_state/* readDeployment */.iJ)(scope, endpointName, name), listed, options.wait);
        const body = (0,desired_state/* desiredDeployment */.WF)(deployment.spec, {
            modelId: model.assetId,
            modelName: model.name,
            modelVersion: model.version,
            computeId,
            codeId: code?.id,
            environmentId: environment?.id,
        }, location);
        const diff = diffDeployment(body, live);
        throwConflicts(deployment.spec.reader, diff);
        deployments.push({ name, request: deployment, model, code, environment, body, live, diff });
    }
    const names = deployments.map((d) => d.name);
    const currentDefault = liveEndpoint?.properties.defaults?.deploymentName ?? undefined;
    const defaults = request.defaultDeployment;
    const targetDefault = (0,default_deployment/* resolveDefault */.GI)(defaults, names, currentDefault, logger);
    const kept = defaults.target.kind === 'keep';
    if (defaults.target.kind === 'named' && targetDefault) {
        const other = liveDeployments.find((d) => d.name?.toLowerCase() === targetDefault.toLowerCase());
        const state = other?.properties.provisioningState;
        if (!other || (state !== undefined && state !== 'Succeeded')) {
            throw (0,specs_origin/* originError */.T)(defaults.origin, other
                ? `deployment '${targetDefault}' of endpoint '${endpointName}' is ${state}; the default must be a deployment that has Succeeded.`
                : `'${targetDefault}' is neither a deployment of this run (${names.join(', ')}) nor a deployment of endpoint '${endpointName}'; name one of them as the default.`);
        }
    }
    const defaultStep = planDefault(endpointName, currentDefault, targetDefault, kept);
    const protectedNames = [...names, ...(targetDefault ? [targetDefault] : [])];
    const cleanup = planCleanup(liveDeployments, protectedNames, options.keepDeployments);
    const environments = distinct(deployments.map((d) => d.environment), (e) => e.id);
    const codes = distinct(deployments.map((d) => d.code), (c) => c.id);
    const steps = [
        ...models.map((model) => modelStep(model, deployments.some((d) => d.model === model && d.diff.action !== 'no-op'), options.run)),
        ...environments.map(environmentStep),
        ...codes.map(codeStep),
        { resource: 'endpoint', name: endpointName, ...withoutConflicts(endpointDiff) },
        ...deployments.map((d) => ({ resource: 'deployment', name: d.name, ...withoutConflicts(d.diff) })),
        defaultStep,
        ...cleanup,
    ];
    const primary = deployments.find((d) => d.name.toLowerCase() === targetDefault?.toLowerCase()) ?? deployments[0];
    return {
        endpointName,
        location,
        models,
        environments,
        codes,
        endpoint: { body: endpointBody, live: liveEndpoint, diff: endpointDiff },
        deployments,
        primary,
        currentDefault,
        serving: currentDefault
            ? liveDeployments.find((d) => d.name?.toLowerCase() === currentDefault.toLowerCase())
            : undefined,
        targetDefault,
        targetLive: names.some((n) => n.toLowerCase() === targetDefault?.toLowerCase())
            ? undefined
            : liveDeployments.find((d) => d.name?.toLowerCase() === targetDefault?.toLowerCase()),
        switchDefault: defaultStep.action === 'switch',
        deletions: cleanup.filter((step) => step.action === 'delete').map((step) => step.name),
        steps,
        changed: writesAnything(steps),
        validations,
    };
}
function promotionDeps(options) {
    const { scope, cloud, logger, evidence } = options;
    if (!evidence)
        return { logger, workspace: scope.workspace };
    const { client, resourceGroup, workspace } = scope;
    return {
        logger,
        workspace,
        evidence: {
            files: { client, resourceGroup, workspace, cloud, ...evidence.files },
            validatingClient: evidence.validatingClient,
        },
    };
}
function deploymentName(deployment, model) {
    const template = deployment.name;
    const name = (0,resource_names/* isTemplate */.Fl)(template.value) ? (0,resource_names/* renderDeploymentName */.pi)(template.value, model) : template.value;
    const problem = (0,resource_names/* nameProblem */.rH)(name, 'deployment');
    if (problem) {
        throw (0,specs_origin/* originError */.T)(template.origin, `'${template.value}' gives the deployment name '${name}' for model ${model.name}:${model.version}, which Azure refuses: ${problem}.`);
    }
    return name;
}
function withoutConflicts(diff) {
    return { action: diff.action, ...(diff.reason ? { reason: diff.reason } : {}), changes: diff.changes };
}
function environmentStep(environment) {
    const registration = environment.registration;
    const build = registration?.build;
    return {
        resource: 'environment',
        name: `${environment.name}:${environment.version}`,
        action: registration ? 'register' : 'no-op',
        ...(registration
            ? {
                reason: build
                    ? `anonymous, built from ${build.folder.shown} (${build.folder.files.length} file(s), uploaded to datastore '${build.datastore.name}')`
                    : `anonymous, image ${registration.body.properties.image}${registration.body.properties.condaFile ? ' with its conda file' : ''}`,
            }
            : {}),
        changes: [],
    };
}
function codeStep(code) {
    const registration = code.registration;
    return {
        resource: 'scoring code',
        name: registration ? registration.folder.shown : (code.id.split('/').slice(-3, -2)[0] ?? code.id),
        action: registration ? 'register' : 'no-op',
        ...(registration
            ? {
                reason: `${registration.folder.files.length} file(s), ${registration.folder.bytes} bytes, uploaded to datastore '${registration.datastore.name}'`,
            }
            : {}),
        changes: [],
    };
}
function modelStep(model, writesDeployment, run) {
    const name = `${model.name}:${model.version}`;
    const registration = model.registration;
    if (registration) {
        const type = registration.body.properties.modelType;
        return {
            resource: 'model',
            name,
            action: 'register',
            reason: `${type}, ${registration.content.files.length} file(s), ${registration.content.bytes} bytes from ${registration.content.shown}, uploaded to datastore '${registration.datastore.name}'${writesDeployment ? '; tagged with this run once deployed' : ''}`,
            changes: [
                { field: 'properties.modelUri', after: registration.modelUri },
                { field: 'properties.modelType', after: type },
                { field: `properties.tags.${asset_tags/* CONTENT_DIGEST_TAG */.gt}`, after: registration.content.digest },
                ...(writesDeployment
                    ? Object.entries((0,model_registration/* deployedTags */.aP)(run)).map(([key, value]) => ({
                        field: `properties.tags.${key}`,
                        after: value,
                    }))
                    : []),
            ],
        };
    }
    if (!writesDeployment || !model.live) {
        return { resource: 'model', name, action: 'no-op', reason: 'registered', changes: [] };
    }
    const current = model.live.properties.tags ?? {};
    const changes = Object.entries((0,model_registration/* deployedTags */.aP)(run))
        .filter(([key, value]) => current[key] !== value)
        .map(([key, value]) => ({ field: `properties.tags.${key}`, before: current[key], after: value }));
    return changes.length
        ? {
            resource: 'model',
            name,
            action: 'tag',
            reason: 'with the run that deploys it, once deployed',
            changes,
        }
        : { resource: 'model', name, action: 'no-op', reason: 'registered', changes: [] };
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/summary.ts
var summary = __webpack_require__(2770);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/plan.ts





async function planAndReport(request, settings, deps) {
    const { logger } = deps;
    const plan = await logger.group('Read live state and plan', () => planRelease(request, {
        scope: deps.scope,
        cloud: deps.cloud,
        logger,
        run: deps.run,
        keepDeployments: settings.keepDeployments,
        validation: settings.validation,
        evidence: deps.evidence,
        wait: deps.wait,
    }));
    for (const line of (0,plan_report/* planLines */.HN)(plan))
        logger.info(line);
    const target = {
        environment: settings.environment,
        workspace: deps.scope.workspace,
        dryRun: settings.dryRun,
    };
    const planPath = await (0,plan_report/* writePlanFile */.J)((0,plan_report/* planDocument */.NP)(plan, target), deps.env, deps.redact);
    (0,summary/* renderSummary */.Br)(deps.summary, { ...target, plan, planPath });
    return { plan, planPath };
}
/**
 * The encoded receipt of what serves now, before this release, for a dry run to hand on (so planning steps
 * downstream chain the same way); undefined, with a warning, when nothing serves on the endpoint yet.
 */
function dryRunReceipt(plan, settings, deps) {
    const receipt = (0,receipt_facts/* servingReceipt */.Xx)(plan, (0,receipt_facts/* releaseFacts */.tc)(settings.environment, deps.scope, deps.run, deps.clock()));
    if (!receipt) {
        deps.logger.warning('Dry run: nothing serves on this endpoint yet, so there is no receipt to hand on.');
        return undefined;
    }
    deps.logger.info(`Dry run: the receipt describes what serves now (${receipt.deployment.name}, model ${receipt.model.name}:${receipt.model.version})`);
    return (0,encoding/* encodeReceipt */.vX)(receipt);
}


/***/ })

};
