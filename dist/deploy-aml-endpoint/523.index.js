export const id = 523;
export const ids = [523];
export const modules = {

/***/ 38067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ resolveDefault),
/* harmony export */   l1: () => (/* binding */ defaultRequest)
/* harmony export */ });
/* unused harmony export targetName */
/* harmony import */ var _resource_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88275);
/* harmony import */ var _specs_origin_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17563);


function targetOf(written, declared) {
    const same = (a) => a !== undefined && a.toLowerCase() === written.toLowerCase();
    const byFile = declared.findIndex((d) => same(d.fileName));
    if (byFile >= 0)
        return { kind: 'declared', index: byFile };
    const byName = declared.findIndex((d) => same(d.literalName));
    if (byName >= 0)
        return { kind: 'declared', index: byName };
    return { kind: 'named', name: written };
}
function defaultRequest(setDefault, endpoint, declared) {
    const fileOrigin = { kind: 'file', reader: endpoint.reader, at: ['defaults', 'deployment_name'] };
    const file = endpoint.defaultDeployment === undefined
        ? undefined
        : {
            target: targetOf(endpoint.defaultDeployment, declared),
            written: endpoint.defaultDeployment,
            location: endpoint.reader.document.locate(['defaults', 'deployment_name']),
        };
    if (setDefault !== undefined) {
        const origin = { kind: 'input', input: 'set-default' };
        let target;
        if (setDefault === 'false') {
            target = { kind: 'keep' };
        }
        else if (setDefault === 'true') {
            if (declared.length !== 1) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .originError */ .T)(origin, `'true' makes the run's deployment the default, but this run deploys ${declared.length} (${declared.map((d) => d.fileName).join(', ')}): name the one to make the default.`);
            }
            target = { kind: 'declared', index: 0 };
        }
        else {
            const problem = (0,_resource_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameProblem */ .rH)(setDefault, 'deployment');
            if (problem) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_1__/* .originError */ .T)(origin, `'${setDefault}' is neither true, false nor a deployment name: ${problem}.`);
            }
            target = targetOf(setDefault, declared);
        }
        return { target, origin, source: 'input', overridden: file };
    }
    if (file)
        return { target: file.target, origin: fileOrigin, source: 'file', overridden: undefined };
    if (declared.length === 1) {
        return {
            target: { kind: 'declared', index: 0 },
            origin: { kind: 'input', input: 'deployment-file' },
            source: 'only-deployment',
            overridden: undefined,
        };
    }
    throw endpoint.reader.error([], `this run deploys ${declared.length} deployments (${declared.map((d) => d.fileName).join(', ')}) to endpoint '${endpoint.name}' and names no default: set defaults.deployment_name in this file (or the input set-default).`);
}
/** The name a target stands for, given the run's deployment names and the endpoint's live default. */
function targetName(target, names, liveDefault) {
    if (target.kind === 'declared')
        return names[target.index];
    if (target.kind === 'named')
        return target.name;
    return liveDefault;
}
/**
 * The endpoint's default after the release (undefined: none), with the override warning when `set-default` leads to
 * another default than the endpoint file names.
 */
function resolveDefault(request, names, liveDefault, logger) {
    const chosen = targetName(request.target, names, liveDefault);
    const overridden = request.overridden;
    if (overridden) {
        const fileChoice = targetName(overridden.target, names, liveDefault);
        if (fileChoice?.toLowerCase() !== chosen?.toLowerCase()) {
            const outcome = request.target.kind === 'keep'
                ? `set-default is false, so the default stays ${chosen ? `'${chosen}'` : '(none)'}`
                : `set-default makes '${chosen}' the default`;
            logger.warning(`defaults.deployment_name '${overridden.written}' is not applied: ${outcome} (the input set-default overrides the endpoint file).`, { location: overridden.location });
        }
    }
    return chosen;
}


/***/ }),

/***/ 56523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dryRunReceipt: () => (/* binding */ dryRunReceipt),
  planAndReport: () => (/* binding */ planAndReport)
});

// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(93790);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/plan-report.ts + 1 modules
var plan_report = __webpack_require__(45680);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/receipt-facts.ts
var receipt_facts = __webpack_require__(52952);
// EXTERNAL MODULE: ./src/shared/azure/asset-tags.ts
var asset_tags = __webpack_require__(33443);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/default-deployment.ts
var default_deployment = __webpack_require__(38067);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/desired-state.ts
var desired_state = __webpack_require__(33676);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/live-state.ts
var live_state = __webpack_require__(32490);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/long-running.ts + 1 modules
var long_running = __webpack_require__(66754);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/model-registration.ts
var model_registration = __webpack_require__(80897);
// EXTERNAL MODULE: ./src/shared/azure/datastore-upload.ts
var datastore_upload = __webpack_require__(48164);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/specs/origin.ts
var specs_origin = __webpack_require__(17563);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-references.ts
var workspace_references = __webpack_require__(27702);
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
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/shared/folder-digest.ts
var folder_digest = __webpack_require__(31562);
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
var datastores = __webpack_require__(89255);
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

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/validation-receipt.ts
var validation_receipt = __webpack_require__(94514);
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
var resource_names = __webpack_require__(88275);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-assets.ts
var workspace_assets = __webpack_require__(25757);
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
var summary = __webpack_require__(92770);
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

/***/ 94514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ VALIDATION_RECEIPT),
/* harmony export */   R: () => (/* binding */ validationRequest)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/* harmony import */ var _shared_receipts_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87850);
/* harmony import */ var _shared_receipts_parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59012);
/**
 * Promotion across workspaces (DESIGN.md §2.2): with one workspace per environment, prod cannot read the stamp
 * run-integration-score wrote on staging's model version, so staging's integration receipt (`validation-receipt`,
 * handed from the staging job to the prod job) carries the evidence. Here it is checked without Azure, before any
 * call: it is an integration receipt of the environment `require-validation` names (not this step's: its
 * environment, and with it its subscription, are staging's), its chain of receipts is the one the actions wrote
 * (every upstream digest matches and every link is of that same environment and subscription), it comes from this
 * repository, and its run validated. Whether the model about to be deployed holds the bytes it validated is checked
 * in the plan (promotion-check.ts).
 *
 * The optional `validation-*` inputs name the validating environment's workspace: given, they must name the
 * workspace the receipt was written in (so the receipt's subscription is checked against what the workflow says
 * staging's is), and the stamp is also checked live there.
 */



const VALIDATION_RECEIPT = 'validation-receipt';
const WORKSPACE_INPUTS = [
    'validation-subscription-id',
    'validation-resource-group',
    'validation-workspace-name',
];
function refuse(input, message) {
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' ${message}`, { input });
}
/** The checked validation request, or undefined without `require-validation`. */
function validationRequest(inputs, run) {
    const environment = inputs.requireValidation;
    const named = [
        inputs.validationSubscriptionId,
        inputs.validationResourceGroup,
        inputs.validationWorkspaceName,
    ];
    if (!environment) {
        const given = [VALIDATION_RECEIPT, ...WORKSPACE_INPUTS].find((_, index) => [inputs.validationReceipt, ...named][index] !== undefined);
        if (given) {
            throw refuse(given, "is only read with 'require-validation': set require-validation to the environment that validates (such as staging), or leave it out.");
        }
        return undefined;
    }
    const givenNames = named.filter((value) => value !== undefined).length;
    if (givenNames !== 0 && givenNames !== named.length) {
        const missing = WORKSPACE_INPUTS.filter((_, index) => named[index] === undefined);
        throw refuse(missing[0], `is missing: give ${WORKSPACE_INPUTS.join(', ')} together (they name ${environment}'s workspace, where the validation stamp is then read live), or none of them.`);
    }
    if (inputs.validationReceipt === undefined) {
        if (givenNames) {
            throw refuse(VALIDATION_RECEIPT, `is missing: ${WORKSPACE_INPUTS.join(', ')} name ${environment}'s workspace, and the receipt says which model version there was validated. Pass the 'receipt' output of run-integration-score in ${environment}.`);
        }
        return { environment, receipt: undefined, workspace: undefined };
    }
    const receipt = parseValidationReceipt(inputs.validationReceipt, environment, run);
    const workspace = givenNames === named.length
        ? {
            subscriptionId: inputs.validationSubscriptionId,
            resourceGroup: inputs.validationResourceGroup,
            workspace: inputs.validationWorkspaceName,
        }
        : undefined;
    if (workspace)
        checkReceiptWorkspace(receipt, workspace);
    return { environment, receipt, workspace };
}
function parseValidationReceipt(raw, environment, run) {
    const runIt = `run run-integration-score in ${environment} and pass its 'receipt' output unchanged`;
    let claimed;
    try {
        claimed = JSON.parse(raw);
    }
    catch {
        throw refuse(VALIDATION_RECEIPT, `is not a receipt (not JSON): ${runIt}.`);
    }
    const other = claimed?.environment;
    if (claimed?.kind === 'integration' &&
        typeof other === 'string' &&
        other !== environment) {
        throw refuse(VALIDATION_RECEIPT, `is the integration receipt of environment '${other}', but require-validation asks for '${environment}': ${runIt}.`);
    }
    const receipt = (0,_shared_receipts_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReceipt */ .Wy)(raw, { kind: 'integration', input: VALIDATION_RECEIPT, environment });
    (0,_shared_receipts_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .checkReceiptChain */ .O)(receipt, VALIDATION_RECEIPT);
    if (run.repo && receipt.run.repo && receipt.run.repo.toLowerCase() !== run.repo.toLowerCase()) {
        throw refuse(VALIDATION_RECEIPT, `was written by a run of repository '${receipt.run.repo}', not of '${run.repo}': promote with the receipt of this repository's ${environment} job.`);
    }
    if (!receipt.validated) {
        const { model, job } = receipt;
        throw refuse(VALIDATION_RECEIPT, `says model ${model.name}:${model.version} did not pass integration scoring in '${environment}' (job ${job.id}, ${job.status}${job.url ? `, ${job.url}` : ''}): fix what its report lists and run run-integration-score in ${environment} again; only a run that validated lets a model through.`);
    }
    return receipt;
}
function checkReceiptWorkspace(receipt, named) {
    const written = {
        subscriptionId: receipt.subscription,
        resourceGroup: receipt.resourceGroup,
        workspace: receipt.workspace,
    };
    const differs = [
        ['validation-subscription-id', 'subscriptionId', 'subscription'],
        ['validation-resource-group', 'resourceGroup', 'resource group'],
        ['validation-workspace-name', 'workspace', 'workspace'],
    ].find(([, key]) => written[key].toLowerCase() !== named[key].toLowerCase());
    if (differs) {
        const [input, key, what] = differs;
        throw refuse(input, `names ${what} '${named[key]}', but the validation receipt was written in ${what} '${written[key]}' (workspace ${receipt.workspace}): pass the receipt of the workspace these inputs name, or fix them.`);
    }
}


/***/ }),

/***/ 31562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eZ: () => (/* binding */ contentDigest),
/* harmony export */   lo: () => (/* binding */ digestFolder)
/* harmony export */ });
/* unused harmony export sha256OfFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58382);
/**
 * A folder (or single file) as content: every file with its SHA-256, and one digest over the relative paths and file
 * digests (`contentDigest`). The digest is the one identity of "the same bytes" across the actions: it names a local
 * upload (`LocalUpload/<digest>/...`, as azure-ai-ml names uploads by a content hash), it is a model version's
 * content digest (tag `mlops.content-sha256`, the same whether the files are read from a local folder or from the
 * model's datastore, see azure/model-content.ts), and it is what a receipt says its inputs were. `.git` folders are
 * left out of a local folder; symbolic links are refused, because what they point to is not part of the
 * repository's content.
 */





/**
 * The digest of a set of files: SHA-256 over `<path>\0<sha256>\n` per file, in the code-unit order of the paths
 * (the order a blob listing gives), so a local folder and its copy in a datastore have the same digest.
 */
function contentDigest(files) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const file of sorted)
        digest.update(`${file.path}\0${file.sha256}\n`);
    return digest.digest('hex');
}
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/')}' is a symbolic link; upload real files only.`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown}: no such folder or file in the workspace.`);
    }
    if (stats.isSymbolicLink())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is a symbolic link; name the folder itself.`);
    const isFile = stats.isFile();
    const paths = isFile ? [absolute] : await listFiles(absolute, shown);
    if (paths.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`${shown} is an empty folder: it holds no file.`);
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
    return {
        kind: isFile ? 'file' : 'folder',
        absolute,
        shown,
        name: (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(absolute),
        files,
        bytes: files.reduce((sum, file) => sum + file.size, 0),
        digest: contentDigest(files),
    };
}


/***/ }),

/***/ 60427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
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
const normalise = (name) => name.toLowerCase().replace(/[-\s]/g, '_');
/**
 * The known name closest to `key` (case, `-`, `_` and spaces alike on both sides; a prefix of four or more characters
 * counts as close), or undefined when none is close enough to suggest. Answers the known name as it is written.
 */
function suggest(key, known) {
    const normalised = normalise(key);
    let best;
    for (const written of known) {
        const name = normalise(written);
        // A key written short or long (`deployment` for `deployment_name`) counts as close.
        const prefix = normalised.length >= 4 && (name.startsWith(normalised) || normalised.startsWith(name));
        const score = name === normalised ? 0 : prefix ? 1 : distance(normalised, name);
        if (score <= Math.max(2, Math.floor(name.length / 4)) && (!best || score < best.score)) {
            best = { name: written, score };
        }
    }
    return best?.name;
}


/***/ })

};
