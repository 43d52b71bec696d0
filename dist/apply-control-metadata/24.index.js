export const id = 24;
export const ids = [24];
export const modules = {

/***/ 32056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ RowsError)
/* harmony export */ });
/* harmony import */ var _shared_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34325);
/**
 * Problems with the rows, the overrides file or the rows against the receipt, all collected before failing (the
 * shared Problem mechanism: src/shared/problems.ts).
 */

class RowsError extends _shared_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .ProblemsError */ .FQ {
    name = 'RowsError';
    /**
     * @param source what the problems are in, for the message: `the rows`, `the overrides file overrides/dev.yml`.
     * @param input the action input at fault.
     */
    constructor(problems, source, input) {
        super(`${(0,_shared_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .countProblems */ ._k)(problems)} in ${source}`, problems, input);
    }
}


/***/ }),

/***/ 88024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyReceipts: () => (/* binding */ verifyReceipts)
});

// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
// EXTERNAL MODULE: ./node_modules/@azure/core-client/dist/esm/index.js + 16 modules
var esm = __webpack_require__(95738);
;// CONCATENATED MODULE: ./src/shared/azure/management-requests.ts
/**
 * A JSON request to Azure Resource Manager through a management client's own request path: the client's endpoint,
 * pipeline (sign-in for the cloud's ARM audience, retries, the ARM throttling policy, TLS trust, user agent) and error
 * handling, as for its own operations (`ServiceClient.sendOperationRequest`), but the body is sent as the JSON given.
 *
 * Why: an SDK operation serialises its body through the SDK's model, and the model silently drops what it does not
 * describe. `@azure/arm-datafactory`'s `MappingDataFlow`, for one, flattens `typeProperties` into `sources`, `sinks`,
 * ..., so a data flow handed over as the service's own JSON (`{ type, typeProperties: {...} }`) reached the service
 * empty. The REST body is the contract (the REST spec); the SDK's models are one client's view of it. Here the body's
 * mapper is `any`, which core-client's serializer passes through untouched.
 *
 * A non-2xx answer is thrown as the SDK throws it: a RestError carrying ARM's error code, the status and the response.
 */

/** `/a/b%20c` from `['a', 'b c']`: each segment encoded, so a name can never change the path it is part of. */
function resourcePath(...segments) {
    return segments.map((segment) => `/${encodeURIComponent(segment)}`).join('');
}
const serializer = (0,esm.createSerializer)({}, false);
/** Sends the request; answers the parsed JSON body (undefined when there is none), or throws the SDK's RestError. */
async function sendManagementRequest(client, request) {
    const spec = {
        // The path is literal: its segments were encoded by resourcePath, so no URL parameter is substituted.
        path: request.path,
        httpMethod: request.method,
        // Any 2xx is success (ADF answers 200 or 204 to a DELETE); anything else is an error read from ARM's body.
        responses: { 200: {}, 201: {}, 202: {}, 204: {}, default: {} },
        queryParameters: [
            {
                parameterPath: 'apiVersion',
                mapper: {
                    serializedName: 'api-version',
                    defaultValue: client.apiVersion,
                    isConstant: true,
                    type: { name: 'String' },
                },
            },
        ],
        headerParameters: [
            {
                parameterPath: 'accept',
                mapper: {
                    serializedName: 'Accept',
                    defaultValue: 'application/json',
                    isConstant: true,
                    type: { name: 'String' },
                },
            },
        ],
        ...(request.body === undefined
            ? {}
            : {
                requestBody: {
                    parameterPath: 'body',
                    mapper: { serializedName: 'body', required: true, type: { name: 'any' } },
                },
                mediaType: 'json',
            }),
        serializer,
    };
    // With no body mapper, core-client answers a JSON object wrapped as `{ body }` (and a primitive as itself); the
    // parsed body is taken from the raw response instead, so the answer is the service's JSON whatever its shape.
    let parsedBody;
    await client.sendOperationRequest({
        ...(request.body === undefined ? {} : { body: request.body }),
        options: {
            onResponse: (raw) => {
                parsedBody = raw.parsedBody;
            },
        },
    }, spec);
    return parsedBody;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/shared/adf/artifacts.ts
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
const SYNAPSE_ONLY_KINDS = (/* unused pure expression or super */ null && (['notebook', 'sqlScript', 'sparkJobDefinition']));
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
;// CONCATENATED MODULE: ./src/shared/adf/normalise.ts
/**
 * The comparable form of a resource body, so that "what the source says" and "what GET returns" are equal when
 * nothing would change:
 *
 * - Only `properties` is compared: the envelope's `id`, `type`, `etag` (and `name`, compared case-insensitively by
 *   identity) are the service's.
 * - Read-only or server-managed fields are dropped on both sides: `lastPublishTime` (any kind); a trigger's
 *   `runtimeState` (started/stopped is managed by start/stop, not PUT; trigger-mode decides it); an integration
 *   runtime's `state`; a managed virtual network's `vNetId` and `alias`; a managed private endpoint's
 *   `provisioningState`, `connectionState`, `fqdns` and `isReserved`; a change data capture's `status` (running or
 *   stopped: its start/stop manage it, as they do a trigger's runtime state); a linked service's
 *   `encryptedCredential` (encrypted with the runtime's key, not comparable).
 * - Empty `annotations` (ADF returns `[]` where the source may omit it) are dropped.
 * - Secret values: ADF never returns them; GET shows `{ type: 'SecureString', value: '**********' }`. Both sides'
 *   SecureString values are replaced by SECRET_PLACEHOLDER, so a masked value never shows up as a change and a
 *   secret never reaches a plan, a hash or a log. Whether a resource carrying secrets is rewritten anyway is the
 *   diff's `secrets` option (diff.ts).
 * - Keys are sorted recursively (canonical JSON); array order is kept (it is meaningful in activities).
 */


const SECRET_PLACEHOLDER = '<secret>';
const DROPPED = {
    trigger: ['runtimeState'],
    integrationRuntime: ['state'],
    managedVirtualNetwork: ['vNetId', 'alias'],
    managedPrivateEndpoint: ['provisioningState', 'connectionState', 'fqdns', 'isReserved'],
    linkedService: ['encryptedCredential'],
    credential: ['encryptedCredential'],
    changeDataCapture: ['status'],
};
const DROPPED_EVERYWHERE = ['lastPublishTime'];
/** Sorted keys at every level, secrets replaced; `undefined` members removed. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0,values/* isRecord */.u4)(value))
        return value;
    const secret = value.type === 'SecureString' && 'value' in value;
    const result = {};
    for (const key of Object.keys(value).sort()) {
        if (secret && key === 'value')
            result[key] = SECRET_PLACEHOLDER;
        else if (value[key] !== undefined)
            result[key] = canonical(value[key]);
    }
    return result;
}
/** The comparable form of a kind's `properties` (see the module comment for what is dropped and why). */
function normaliseProperties(kind, properties) {
    const dropped = new Set([...DROPPED_EVERYWHERE, ...(DROPPED[kind] ?? [])]);
    const kept = {};
    for (const [key, value] of Object.entries(properties)) {
        if (dropped.has(key))
            continue;
        // The top-level `encryptedCredential` of a linked service may also sit under typeProperties.
        if (key === 'typeProperties' && (0,values/* isRecord */.u4)(value) && dropped.has('encryptedCredential')) {
            const { encryptedCredential: _, ...rest } = value;
            kept[key] = rest;
            continue;
        }
        if (key === 'annotations' && Array.isArray(value) && value.length === 0)
            continue;
        kept[key] = value;
    }
    return canonical(kept);
}
/** Canonical JSON text: sorted keys, no whitespace. */
function canonicalJson(value) {
    return JSON.stringify(canonical(value));
}
/** `sha256:<hex>` of the normalised properties: equal for equal content, free of secrets (they are placeholders). */
function contentHash(kind, properties) {
    return hashOfCanonicalText(canonicalText(normaliseProperties(kind, properties)));
}
/**
 * The canonical JSON text of a value `normaliseProperties` returned: its keys are already sorted and its secrets
 * already placeholders, so it is serialised as it is, without a second canonical pass. Two normalised values are
 * equal (the diff finds no field change) exactly when their texts are.
 */
function canonicalText(normalised) {
    return JSON.stringify(normalised);
}
/** `contentHash` of a normalised value's canonical text (`canonicalText`). */
function hashOfCanonicalText(text) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`;
}
/** Whether the body carries a SecureString with a real (not masked) value: ADF cannot tell us if it changed. */
function hasSecretValues(properties) {
    if (Array.isArray(properties))
        return properties.some(hasSecretValues);
    if (!isRecord(properties))
        return false;
    if (properties.type === 'SecureString' &&
        typeof properties.value === 'string' &&
        !/^\*+$/.test(properties.value)) {
        return true;
    }
    return Object.values(properties).some(hasSecretValues);
}

;// CONCATENATED MODULE: ./src/shared/adf/live-state.ts
/**
 * What the factory holds now, read with one list per resource kind (following `nextLink` paging) instead of one GET
 * per artifact: a factory with hundreds of pipelines costs a handful of requests and stays clear of ARM's read
 * throttling.
 *
 * The lists are plain JSON requests (management-requests.ts) through a Resource Manager client, no SDK needed:
 * the SDK's list operations would deserialise every resource through its polymorphic models (a third of a no-op
 * deployment's CPU time on a 300-resource factory) only for the bodies to be thrown away, since the models flatten
 * `properties` and `typeProperties` and do not compare with the JSON of the git folder. Properties are normalised
 * (normalise.ts), so they are ready for `diffArtifacts`; a trigger's `runtimeState`, which normalisation drops, is
 * kept beside them.
 */




/** A data factory's Resource Manager path, which its resources' paths extend. */
function factoryPath(subscriptionId, rg, factory) {
    return resourcePath('subscriptions', subscriptionId, 'resourceGroups', rg, 'providers', 'Microsoft.DataFactory', 'factories', factory);
}
/** The REST path segment below the factory of each kind read by one list. */
const LIST_SEGMENTS = {
    integrationRuntime: 'integrationRuntimes',
    credential: 'credentials',
    managedVirtualNetwork: 'managedVirtualNetworks',
    linkedService: 'linkedservices',
    dataset: 'datasets',
    dataflow: 'dataflows',
    changeDataCapture: 'adfcdcs',
    pipeline: 'pipelines',
    trigger: 'triggers',
    globalParameters: 'globalParameters',
};
/** Every item of a list, following its pages (`nextLink` is absolute and carries the api-version). */
async function listRaw(client, path) {
    const items = [];
    let next = path;
    while (next) {
        const page = (await sendManagementRequest(client, { method: 'GET', path: next }));
        if (Array.isArray(page?.value))
            items.push(...page.value);
        next = typeof page?.nextLink === 'string' && page.nextLink !== '' ? page.nextLink : undefined;
    }
    return items;
}
function lastSegment(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
function toLive(kind, name, properties) {
    const state = kind === 'trigger' ? properties.runtimeState : undefined;
    return {
        kind,
        name,
        properties: normaliseProperties(kind, properties),
        ...(typeof state === 'string' ? { runtimeState: state } : {}),
    };
}
/**
 * Lists each requested kind once (plus its paging requests). `factory` is not listed (the factory itself is not a
 * child resource). Managed private endpoints are listed per managed virtual network, so asking for them lists the
 * networks too (once, shared with `managedVirtualNetwork`).
 */
async function readLiveFactory(client, rg, factory, kinds) {
    const wanted = new Set(kinds);
    const resources = [];
    const base = factoryPath(client.subscriptionId, rg, factory);
    const read = async (kind, path) => {
        try {
            return await listRaw(client, path);
        }
        catch (error) {
            throw (0,errors/* withContext */.eQ)(`Failed to list the ${kind} resources of data factory '${factory}'`, error);
        }
    };
    const networksRead = wanted.has('managedVirtualNetwork') || wanted.has('managedPrivateEndpoint')
        ? read('managedVirtualNetwork', `${base}${resourcePath(LIST_SEGMENTS.managedVirtualNetwork)}`)
        : Promise.resolve([]);
    const endpointsRead = wanted.has('managedPrivateEndpoint')
        ? networksRead.then((networks) => Promise.all(networks
            .filter((network) => network.name)
            .map(async (network) => {
            const vnet = lastSegment(network.name);
            const path = `${base}${resourcePath('managedVirtualNetworks', vnet, 'managedPrivateEndpoints')}`;
            const endpoints = await read('managedPrivateEndpoint', path);
            return endpoints.map((item) => ({ vnet, item }));
        })))
        : Promise.resolve([]);
    const simple = Object.keys(LIST_SEGMENTS).filter((kind) => kind !== 'managedVirtualNetwork' && wanted.has(kind));
    // Every list at once: none depends on another (the private endpoints on their networks only).
    const [networks, endpoints, lists] = await Promise.all([
        networksRead,
        endpointsRead,
        Promise.all(simple.map(async (kind) => ({
            kind,
            items: await read(kind, `${base}${resourcePath(LIST_SEGMENTS[kind])}`),
        }))),
    ]);
    if (wanted.has('managedVirtualNetwork')) {
        for (const item of networks) {
            if (item.name)
                resources.push(toLive('managedVirtualNetwork', lastSegment(item.name), item.properties ?? {}));
        }
    }
    for (const { vnet, item } of endpoints.flat()) {
        if (item.name) {
            resources.push(toLive('managedPrivateEndpoint', `${vnet}/${lastSegment(item.name)}`, item.properties ?? {}));
        }
    }
    for (const { kind, items } of lists) {
        for (const item of items) {
            if (!item.name)
                continue;
            resources.push(toLive(kind, lastSegment(item.name), item.properties ?? {}));
        }
    }
    resources.sort(compareArtifacts);
    const triggerStates = new Map();
    for (const resource of resources) {
        if (resource.kind === 'trigger' && resource.runtimeState) {
            triggerStates.set(resource.name.toLowerCase(), resource.runtimeState);
        }
    }
    return { resources, triggerStates };
}

;// CONCATENATED MODULE: ./src/shared/synapse/live-state.ts



/** The development endpoint's path of each kind a workspace holds (the 2020-12-01 artifacts spec). */
const SYNAPSE_PATHS = {
    integrationRuntime: 'integrationRuntimes',
    credential: 'credentials',
    linkedService: 'linkedservices',
    dataset: 'datasets',
    dataflow: 'dataflows',
    notebook: 'notebooks',
    sqlScript: 'sqlScripts',
    sparkJobDefinition: 'sparkJobDefinitions',
    pipeline: 'pipelines',
    trigger: 'triggers',
};
/** The kinds a Synapse workspace holds and this action deploys. */
const SYNAPSE_KINDS = Object.keys(SYNAPSE_PATHS);
/** Whether the workspace made this artifact itself (see the module comment). */
function isWorkspaceDefault(workspace, kind, name) {
    const lower = name.toLowerCase();
    const ws = workspace.toLowerCase();
    if (kind === 'linkedService') {
        return lower === `${ws}-workspacedefaultstorage` || lower === `${ws}-workspacedefaultsqlserver`;
    }
    if (kind === 'credential')
        return lower === 'workspacesystemidentity';
    if (kind === 'integrationRuntime')
        return lower === 'autoresolveintegrationruntime';
    return false;
}
async function live_state_listRaw(client, path) {
    const items = [];
    let next = path;
    while (next) {
        const page = (await client.send('GET', next)).body;
        if (Array.isArray(page?.value))
            items.push(...page.value);
        next = typeof page?.nextLink === 'string' && page.nextLink !== '' ? page.nextLink : undefined;
    }
    return items;
}
async function readLiveWorkspace(client, workspace, kinds) {
    const wanted = SYNAPSE_KINDS.filter((kind) => kinds.includes(kind));
    const lists = await Promise.all(wanted.map(async (kind) => {
        try {
            return { kind, items: await live_state_listRaw(client, `/${SYNAPSE_PATHS[kind]}`) };
        }
        catch (error) {
            throw (0,errors/* withContext */.eQ)(`Failed to list the ${kind} artifacts of Synapse workspace '${workspace}'`, error);
        }
    }));
    const resources = [];
    for (const { kind, items } of lists) {
        for (const item of items) {
            if (!item.name || isWorkspaceDefault(workspace, kind, item.name))
                continue;
            const properties = item.properties ?? {};
            const state = kind === 'trigger' ? properties.runtimeState : undefined;
            resources.push({
                kind,
                name: item.name.slice(item.name.lastIndexOf('/') + 1),
                properties: normaliseProperties(kind, properties),
                ...(typeof state === 'string' ? { runtimeState: state } : {}),
            });
        }
    }
    resources.sort(compareArtifacts);
    const triggerStates = new Map();
    for (const r of resources) {
        if (r.kind === 'trigger' && r.runtimeState)
            triggerStates.set(r.name.toLowerCase(), r.runtimeState);
    }
    return { resources, triggerStates };
}

;// CONCATENATED MODULE: ./src/shared/synapse/workspace.ts
/**
 * A Synapse workspace as ARM describes it (`Microsoft.Synapse/workspaces`, api-version 2021-06-01): its id and its
 * development endpoint, `properties.connectivityEndpoints.dev`, where its artifacts live. The endpoint is taken from
 * the workspace rather than built from its name, so a private or sovereign cloud's host is the one its ARM names;
 * only when ARM names none is it `https://{workspace}.{cloud's Synapse suffix}`.
 */


const SYNAPSE_ARM_API_VERSION = '2021-06-01';
/** A management client's request path with the Synapse api-version (any `@azure/arm-*` client's pipeline serves). */
function synapseArmClient(client) {
    return {
        sendOperationRequest: client.sendOperationRequest.bind(client),
        apiVersion: SYNAPSE_ARM_API_VERSION,
    };
}
function workspacePath(subscriptionId, resourceGroup, workspace) {
    return resourcePath('subscriptions', subscriptionId, 'resourceGroups', resourceGroup, 'providers', 'Microsoft.Synapse', 'workspaces', workspace);
}
/** GET of the workspace; a missing one throws the SDK's 404 (the caller says what to do). */
async function getSynapseWorkspace(client, target) {
    const body = await sendManagementRequest(client, {
        method: 'GET',
        path: workspacePath(target.subscriptionId, target.resourceGroup, target.workspace),
    });
    const record = (0,values/* isRecord */.u4)(body) ? body : {};
    const properties = (0,values/* isRecord */.u4)(record.properties) ? record.properties : {};
    const endpoints = (0,values/* isRecord */.u4)(properties.connectivityEndpoints) ? properties.connectivityEndpoints : {};
    const dev = typeof endpoints.dev === 'string' && endpoints.dev !== '' ? endpoints.dev : undefined;
    const web = typeof endpoints.web === 'string' && endpoints.web !== '' ? endpoints.web : undefined;
    return {
        name: typeof record.name === 'string' ? record.name : target.workspace,
        id: typeof record.id === 'string' ? record.id : '',
        devEndpoint: dev ?? `https://${target.workspace}.${target.devSuffix}`,
        ...(web ? { web } : {}),
    };
}

// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/adf-verification.ts
/**
 * Verifies the claims of an `adf` receipt against the live factory before a consumer writes anything (DESIGN.md
 * §2.1): every pipeline the receipt lists exists in the factory with the content deploy-adf-pipelines deployed (the
 * same normalised content hash). One list request of the factory's pipelines (plus paging), never a GET per
 * pipeline. Every refusal is a ConfigurationError on the receipt input that lists each difference and says what to
 * do. The aml receipt inside is verified separately (`verifyAmlReceipt`). Used by apply-control-metadata, which skips
 * it for a planned receipt (a dry run of deploy-adf-pipelines: its pipelines are not deployed).
 *
 * The live reading and the hash are the ones deploy-adf-pipelines plans with (`readLiveFactory`, `contentHash`, in
 * src/shared/adf), so "the same content" means exactly what its no-op redeploy means.
 *
 * A receipt of a Synapse target (`target: 'synapse'`) names the workspace: its pipelines are listed on the
 * workspace's development endpoint (its URL from the workspace's ARM resource), hashed the same way.
 */






/** Resource group and factory name: from the factory's ARM id when the receipt has one. */
function receiptFactory(receipt) {
    const match = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.(?:DataFactory\/factories|Synapse\/workspaces)\/([^/]+)$/i.exec(receipt.factory.id);
    return match
        ? { resourceGroup: match[1], factory: match[2] }
        : { resourceGroup: receipt.resourceGroup, factory: receipt.factory.name };
}
async function verifyAdfReceipt(receipt, client, logger, options = {}) {
    const input = options.input ?? 'adf-receipt';
    const producer = schemas/* RECEIPT_PRODUCERS */.xn.adf;
    const { resourceGroup, factory } = receiptFactory(receipt);
    const synapse = receipt.target === 'synapse';
    const label = synapse ? `Synapse workspace '${factory}'` : `data factory '${factory}'`;
    logger.debug(`Verifying the adf receipt: listing the pipelines of ${label}`);
    let live;
    if (synapse) {
        if (!options.synapse)
            throw new Error('verifying a Synapse target receipt needs a Synapse client');
        const workspace = await getSynapseWorkspace(synapseArmClient(client), {
            subscriptionId: client.subscriptionId,
            resourceGroup,
            workspace: factory,
            devSuffix: options.synapse.synapseDevSuffix,
        });
        live = await readLiveWorkspace(await options.synapse.synapse(workspace.devEndpoint), factory, [
            'pipeline',
        ]);
    }
    else {
        live = await readLiveFactory(client, resourceGroup, factory, ['pipeline']);
    }
    const byName = new Map(live.resources.map((r) => [r.name.toLowerCase(), r]));
    const differences = [];
    for (const pipeline of receipt.pipelines) {
        const found = byName.get(pipeline.name.toLowerCase());
        if (!found) {
            differences.push(`pipeline '${pipeline.name}' does not exist`);
            continue;
        }
        const hash = contentHash('pipeline', found.properties).replace(/^sha256:/, '');
        if (hash !== pipeline.hash) {
            differences.push(`pipeline '${pipeline.name}' has changed since it was deployed (content ${hash.slice(0, 12)}, the receipt's ${pipeline.hash.slice(0, 12)})`);
        }
    }
    if (differences.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${input}': the receipt of ${producer} for '${receipt.environment}' does not match the live state of ${label} (resource group '${resourceGroup}'): ${differences.join('; ')}. Run ${producer} for '${receipt.environment}' again in this job and pass its receipt.`, { input });
    }
    logger.info(`Verified the adf receipt: ${label} holds the ${receipt.pipelines.length} pipelines it lists, as deployed.`);
}

// EXTERNAL MODULE: ./src/shared/receipts/consistency.ts
var consistency = __webpack_require__(47979);
;// CONCATENATED MODULE: ./src/shared/receipts/aml-verification.ts



const sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name:version` of a model asset id (workspace ARM id or registry URI), or the id itself. */
function modelLabel(assetId) {
    const model = (0,consistency/* modelOfAssetId */.U)(assetId);
    return model ? `${model.name}:${model.version}` : assetId;
}
async function readOrUndefined(what, read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error))
            return undefined;
        throw (0,errors/* withContext */.eQ)(`Reading ${what} to verify the aml receipt`, error);
    }
}
/**
 * Resolves when live state matches the receipt; otherwise throws a ConfigurationError (input `aml-receipt`) that
 * names every difference. Azure failures other than 404 are rethrown with context (they are not the user's to fix).
 */
async function verifyAmlReceipt(receipt, client, logger, options = {}) {
    const input = options.input ?? 'aml-receipt';
    const producer = schemas/* RECEIPT_PRODUCERS */.xn.aml;
    const { resourceGroup: rg, workspace: ws } = receipt;
    const endpointName = receipt.endpoint.name;
    const deploymentName = receipt.deployment.name;
    const remedy = `Run ${producer} for '${receipt.environment}' again in this job and pass its receipt.`;
    const refuse = (differences) => new errors/* ConfigurationError */.j1(`Input '${input}': the receipt of ${producer} for '${receipt.environment}' does not match the live state of workspace '${ws}' (resource group '${rg}'): ${differences.join('; ')}. ${remedy}`, { input });
    if (client.subscriptionId !== undefined && !sameId(client.subscriptionId, receipt.subscription)) {
        throw refuse([
            `the receipt is for subscription '${receipt.subscription}', but this step works in '${client.subscriptionId}'`,
        ]);
    }
    logger.debug(`Verifying the aml receipt: GET batch endpoint '${endpointName}' and its deployment '${deploymentName}'`);
    const deploymentRead = readOrUndefined(`batch deployment '${endpointName}/${deploymentName}'`, () => client.batchDeployments.get(rg, ws, endpointName, deploymentName));
    // Awaited below, or not at all when the endpoint is refused: its failure then has nothing to add.
    deploymentRead.catch(() => undefined);
    const endpoint = await readOrUndefined(`batch endpoint '${endpointName}'`, () => client.batchEndpoints.get(rg, ws, endpointName));
    if (!endpoint)
        throw refuse([`batch endpoint '${endpointName}' does not exist`]);
    const differences = [];
    const state = endpoint.properties.provisioningState;
    if (state !== 'Succeeded') {
        differences.push(`batch endpoint '${endpointName}' is in provisioning state '${state ?? 'unknown'}', not 'Succeeded'`);
    }
    if (!endpoint.id || !sameId(endpoint.id, receipt.endpoint.id)) {
        differences.push(`batch endpoint '${endpointName}' has id '${endpoint.id ?? '(none)'}', not the receipt's '${receipt.endpoint.id}'`);
    }
    const liveUri = endpoint.properties.scoringUri;
    if (liveUri !== receipt.endpoint.scoringUri) {
        differences.push(`batch endpoint '${endpointName}' has scoring URI '${liveUri ?? '(none)'}', not the receipt's '${receipt.endpoint.scoringUri}'`);
    }
    const liveDefault = endpoint.properties.defaults?.deploymentName;
    if (!liveDefault) {
        differences.push(`batch endpoint '${endpointName}' has no default deployment, not the receipt's '${deploymentName}'`);
    }
    else if (liveDefault.toLowerCase() !== deploymentName.toLowerCase()) {
        differences.push(`the default deployment of batch endpoint '${endpointName}' is '${liveDefault}', not the receipt's '${deploymentName}'`);
    }
    const deployment = await deploymentRead;
    if (!deployment) {
        differences.push(`batch deployment '${deploymentName}' of endpoint '${endpointName}' does not exist`);
    }
    else {
        if (!deployment.id || !sameId(deployment.id, receipt.deployment.id)) {
            differences.push(`batch deployment '${deploymentName}' has id '${deployment.id ?? '(none)'}', not the receipt's '${receipt.deployment.id}'`);
        }
        const deploymentState = deployment.properties.provisioningState;
        if (deploymentState !== 'Succeeded') {
            differences.push(`batch deployment '${deploymentName}' is in provisioning state '${deploymentState ?? 'unknown'}', not 'Succeeded'`);
        }
        const assetId = deployment.properties.model?.assetId;
        const expected = `${receipt.model.name}:${receipt.model.version}`;
        if (!assetId) {
            differences.push(`batch deployment '${deploymentName}' serves no model asset, not the receipt's ${expected}`);
        }
        else if (!sameId(assetId, receipt.model.id)) {
            differences.push(`batch deployment '${deploymentName}' serves model ${modelLabel(assetId)} (${assetId}), not the receipt's ${expected} (${receipt.model.id})`);
        }
        else {
            // The id matched (ARM ids are case-insensitive); the name and version a consumer writes must be the served
            // model's exactly, as deploy-aml-endpoint copies them from this id.
            const served = (0,consistency/* modelOfAssetId */.U)(assetId);
            if (!served || served.name !== receipt.model.name || served.version !== receipt.model.version) {
                differences.push(`batch deployment '${deploymentName}' serves model ${modelLabel(assetId)}, not the receipt's ${expected}`);
            }
        }
    }
    if (differences.length > 0)
        throw refuse(differences);
    logger.info(`Verified the aml receipt: batch endpoint '${endpointName}' is Succeeded and its default deployment '${deploymentName}' serves ${receipt.model.name}:${receipt.model.version}.`);
}

// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/apply-control-metadata/problems.ts
var apply_control_metadata_problems = __webpack_require__(32056);
;// CONCATENATED MODULE: ./src/apply-control-metadata/endpoint-routes.ts




const key = (...parts) => parts.map((part) => part.toLowerCase()).join('/');
/** Every page of a list, counting the requests. */
async function listAll(pages, count, what) {
    const items = [];
    try {
        for await (const page of pages) {
            count();
            items.push(...page);
        }
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`Listing ${what} to check the rows' endpoints`, error);
    }
    return items;
}
/**
 * Checks the routes against live state; throws one RowsError listing every row whose endpoint or deployment is
 * missing. Returns the requests it made.
 */
async function checkRoutesLive(live, client, logger) {
    let endpointLists = 0;
    let deploymentLists = 0;
    if (live.routes.length === 0)
        return { endpointLists, deploymentLists };
    // Endpoints no receipt names: one list per workspace, all workspaces at once.
    const endpoints = new Map();
    if (live.routes.some((route) => !route.receipt)) {
        const lists = await Promise.all(live.workspaces.map(async (workspace) => {
            logger.debug(`Listing the batch endpoints of workspace '${workspace.workspace}'`);
            const found = await listAll(client.batchEndpoints.list(workspace.resourceGroup, workspace.workspace).byPage(), () => endpointLists++, `the batch endpoints of workspace '${workspace.workspace}'`);
            return found.map((endpoint) => ({
                name: endpoint.name ?? '',
                workspace,
                defaultDeployment: endpoint.properties.defaults?.deploymentName ?? undefined,
            }));
        }));
        // The first workspace that has a name wins: names are unique within a region.
        for (const endpoint of lists.flat()) {
            if (!endpoints.has(key(endpoint.name)))
                endpoints.set(key(endpoint.name), endpoint);
        }
    }
    const endpointOf = (route) => route.receipt
        ? {
            name: route.receipt.endpoint.name,
            workspace: { resourceGroup: route.receipt.resourceGroup, workspace: route.receipt.workspace },
            defaultDeployment: route.receipt.deployment.name,
        }
        : endpoints.get(key(route.row.row.endpoint));
    // Deployments: one list per endpoint some row pins a deployment on.
    const pinned = new Map();
    for (const route of live.routes) {
        const endpoint = endpointOf(route);
        if (endpoint && route.row.row.deployment !== null) {
            pinned.set(key(endpoint.workspace.resourceGroup, endpoint.workspace.workspace, endpoint.name), endpoint);
        }
    }
    const deployments = new Map();
    await Promise.all([...pinned].map(async ([endpointKey, endpoint]) => {
        logger.debug(`Listing the deployments of batch endpoint '${endpoint.name}'`);
        const found = await listAll(client.batchDeployments
            .list(endpoint.workspace.resourceGroup, endpoint.workspace.workspace, endpoint.name)
            .byPage(), () => deploymentLists++, `the deployments of batch endpoint '${endpoint.name}'`);
        deployments.set(endpointKey, new Map(found.map((deployment) => [
            key(deployment.name ?? ''),
            { name: deployment.name ?? '', state: deployment.properties.provisioningState },
        ])));
    }));
    const workspaceNames = live.workspaces.map((w) => `'${w.workspace}'`).join(', ');
    const problems = [];
    for (const route of live.routes) {
        const { row } = route.row;
        const endpoint = endpointOf(route);
        if (!endpoint) {
            const close = (0,suggest/* suggest */.Z)(row.endpoint, [...endpoints.values()].map((e) => e.name));
            problems.push({
                message: `row '${row.id}': the batch endpoint '${row.endpoint}' exists in none of the workspaces of the aml receipts (${workspaceNames})${close ? `; did you mean '${close}'?` : ''}; deploy it with deploy-aml-endpoint, or pass an aml receipt of its workspace in aml-receipts`,
                location: route.row.locate('endpoint'),
            });
            continue;
        }
        if (row.deployment === null) {
            if (!endpoint.defaultDeployment) {
                problems.push({
                    message: `row '${row.id}': the batch endpoint '${endpoint.name}' has no default deployment, so a job without one would fail; pin a deployment in the row or set the endpoint's default`,
                    location: route.row.locate('endpoint'),
                });
            }
            continue;
        }
        const known = deployments.get(key(endpoint.workspace.resourceGroup, endpoint.workspace.workspace, endpoint.name));
        const deployment = known?.get(key(row.deployment));
        if (!deployment) {
            const names = [...(known?.values() ?? [])].map((d) => d.name);
            problems.push({
                message: `row '${row.id}': the batch endpoint '${endpoint.name}' has no deployment '${row.deployment}' (${names.length ? `it has ${names.join(', ')}` : 'it has none'}); deploy it, or leave deployment empty for the endpoint's default`,
                location: route.row.locate('deployment'),
            });
        }
        else if (deployment.state !== 'Succeeded') {
            problems.push({
                message: `row '${row.id}': the deployment '${deployment.name}' of batch endpoint '${endpoint.name}' is in provisioning state '${deployment.state ?? 'unknown'}', not 'Succeeded'; fix or redeploy it first`,
                location: route.row.locate('deployment'),
            });
        }
    }
    if (problems.length > 0) {
        throw new apply_control_metadata_problems/* RowsError */.g((0,shared_problems/* sortProblems */.dS)(problems), "the rows' endpoints against live state", 'rows');
    }
    logger.info(`Checked the endpoints of ${live.routes.length} rows the receipts do not cover: ${endpointLists} endpoint list(s), ${deploymentLists} deployment list(s).`);
    return { endpointLists, deploymentLists };
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/verify.ts




async function verifyReceipts(prepared, clients, logger, 
/** The cloud's Synapse endpoint suffix, for an adf receipt of a Synapse target. */
synapseDevSuffix = 'dev.azuresynapse.net') {
    const { adfReceipt, amlReceipts, liveRoutes } = prepared;
    return logger.group('Verify the receipts and the endpoints', async () => {
        const [ml, df] = await Promise.all([clients.machineLearning(), clients.dataFactory()]);
        const [counts] = await Promise.all([
            (0,shared_problems/* annotateProblems */.$9)(logger, () => checkRoutesLive(liveRoutes, ml, logger)),
            ...amlReceipts.map((receipt, index) => verifyAmlReceipt(receipt, ml, logger, { input: index === 0 ? 'adf-receipt' : 'aml-receipts' })),
            adfReceipt.planned
                ? logger.info('The adf receipt is planned (a dry run of deploy-adf-pipelines): the rows are planned against the pipelines it would deploy.')
                : verifyAdfReceipt(adfReceipt, df, logger, {
                    synapse: { synapse: (endpoint) => clients.synapse(endpoint), synapseDevSuffix },
                }),
        ]);
        return counts;
    });
}


/***/ }),

/***/ 34325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ annotateProblems),
/* harmony export */   FQ: () => (/* binding */ ProblemsError),
/* harmony export */   XN: () => (/* binding */ problemsFromError),
/* harmony export */   _k: () => (/* binding */ countProblems),
/* harmony export */   dS: () => (/* binding */ sortProblems)
/* harmony export */ });
/* unused harmony export formatProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * A problem found while validating a user's files: what is wrong and where. Validators collect every problem before
 * failing, so one run shows the user all they must fix, and throw them together as one ProblemsError; the entry
 * point (`annotateProblems`) annotates each at its file and line.
 */

/** `pipeline/Score.json line 12, column 7: message`. */
function formatProblem(problem) {
    return `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(problem.location)}: ${problem.message}`;
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
class ProblemsError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1)
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
        throw _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1.at((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(first.location), `${first.message}${more}`, {
            location: first.location,
        });
    }
}


/***/ }),

/***/ 47979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ receiptInconsistencies),
/* harmony export */   U: () => (/* binding */ modelOfAssetId)
/* harmony export */ });
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name` and `version` of a model asset id (workspace ARM id or registry URI); undefined for anything else. */
function modelOfAssetId(assetId) {
    const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
    return match ? { name: match[1], version: match[2] } : undefined;
}
/** The segments of an ARM resource id: subscription, resource group, and the resource's own name path. */
function armSegments(id) {
    const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
    if (!match)
        return undefined;
    // After the provider namespace: type/name pairs (`workspaces/ws/batchEndpoints/be`).
    const pairs = match[3].split('/');
    if (pairs.length % 2 !== 0)
        return undefined;
    return {
        subscription: match[1],
        resourceGroup: match[2],
        names: pairs.filter((_, index) => index % 2 === 1),
    };
}
function amlDifferences(receipt, at) {
    const differences = [];
    const endpoint = armSegments(receipt.endpoint.id);
    const expectedEndpoint = [receipt.workspace, receipt.endpoint.name];
    if (!endpoint ||
        !same(endpoint.subscription, receipt.subscription) ||
        !same(endpoint.resourceGroup, receipt.resourceGroup) ||
        endpoint.names.length !== 2 ||
        !endpoint.names.every((name, index) => same(name, expectedEndpoint[index]))) {
        differences.push(`${at}endpoint.id '${receipt.endpoint.id}' is not the id of batch endpoint '${receipt.endpoint.name}' in workspace '${receipt.workspace}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`);
    }
    if (!same(receipt.deployment.id, `${receipt.endpoint.id}/deployments/${receipt.deployment.name}`)) {
        differences.push(`${at}deployment.id '${receipt.deployment.id}' is not the id of deployment '${receipt.deployment.name}' of that endpoint`);
    }
    const model = modelOfAssetId(receipt.model.id);
    if (!model) {
        differences.push(`${at}model.id '${receipt.model.id}' is not the id of a model version`);
    }
    else if (!same(model.name, receipt.model.name) || model.version !== receipt.model.version) {
        differences.push(`${at}model ${receipt.model.name}:${receipt.model.version} is not the model its id names (${model.name}:${model.version})`);
    }
    return differences;
}
function adfDifferences(receipt, at) {
    const factory = armSegments(receipt.factory.id);
    if (factory &&
        same(factory.subscription, receipt.subscription) &&
        same(factory.resourceGroup, receipt.resourceGroup) &&
        factory.names.length === 1 &&
        same(factory.names[0], receipt.factory.name)) {
        return [];
    }
    return [
        `${at}factory.id '${receipt.factory.id}' is not the id of factory '${receipt.factory.name}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`,
    ];
}
/**
 * Every place where the receipt, or a receipt inside it, disagrees with itself; each names the field, prefixed with
 * the path of the receipt inside (`upstream.receipt.`).
 */
function receiptInconsistencies(receipt, at = '') {
    const own = receipt.kind === 'aml'
        ? amlDifferences(receipt, at)
        : receipt.kind === 'adf'
            ? adfDifferences(receipt, at)
            : [];
    const inner = 'upstream' in receipt ? receipt.upstream.receipt : undefined;
    return inner ? [...own, ...receiptInconsistencies(inner, `${at}upstream.receipt.`)] : own;
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);
/* harmony import */ var _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42406);
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


/***/ }),

/***/ 79799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lc: () => (/* binding */ quoteVisible),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   wy: () => (/* binding */ hasInvisible)
/* harmony export */ });
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
