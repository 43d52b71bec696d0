export const id = 10;
export const ids = [10];
export const modules = {

/***/ 81010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planPipelineRun: () => (/* binding */ planPipelineRun),
  scoreThroughPipeline: () => (/* binding */ scoreThroughPipeline)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/shared/azure/datastore-uris.ts
var datastore_uris = __webpack_require__(42630);
// EXTERNAL MODULE: ./src/shared/azure/datastores.ts
var datastores = __webpack_require__(89255);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
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

// EXTERNAL MODULE: ./src/run-integration-score/endpoint/batch-job.ts
var batch_job = __webpack_require__(64729);
// EXTERNAL MODULE: ./src/run-integration-score/endpoint/endpoint-scoring.ts + 2 modules
var endpoint_scoring = __webpack_require__(94033);
// EXTERNAL MODULE: ./src/run-integration-score/scoring-input.ts
var scoring_input = __webpack_require__(21661);
// EXTERNAL MODULE: ./src/run-integration-score/scoring-run.ts
var scoring_run = __webpack_require__(19284);
;// CONCATENATED MODULE: ./src/run-integration-score/pipeline/activity-runs.ts
/**
 * What a pipeline run did, from its activity runs (`POST {F}/pipelineruns/{id}/queryActivityruns`, in Synapse
 * `POST {endpoint}/pipelines/{p}/pipelineruns/{id}/queryActivityruns`, paged), and from
 * those of every run it started through ExecutePipeline (the activity's output names the child's `pipelineRunId`),
 * however deep — one query per run, no factory-wide listing:
 *
 * - the failures that are causes: a container (ForEach, Until, If, Switch) only says something inside it failed,
 *   and an ExecutePipeline repeats its child's failure, which is listed from the child's own activity runs;
 * - the batch jobs its Web activities started: a Web activity's output is the endpoint's answer, and an invoke's
 *   answer is the job resource (`id`, `name`, `properties.outputData`), so the jobs are found there. The Web
 *   activities that poll the job answer the same resource; jobs are told apart by name.
 */

const CONTAINERS = new Set(['ForEach', 'Until', 'IfCondition', 'Switch']);
const DAY_MS = 86_400_000;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
function jobOf(activity) {
    const output = activity.output;
    if (activity.activityType !== 'WebActivity' || activity.status !== 'Succeeded' || !isObject(output))
        return undefined;
    const { id, name, properties } = output;
    if (typeof name !== 'string' || typeof id !== 'string' || !/\/jobs\//i.test(id) || !isObject(properties))
        return undefined;
    const outputs = isObject(properties.outputData) ? properties.outputData : undefined;
    if (!outputs)
        return undefined;
    return {
        name,
        outputs: outputs,
        inputs: (isObject(properties.inputData) ? properties.inputData : {}),
        activityName: activity.activityName ?? '',
        pipelineRunId: activity.pipelineRunId ?? '',
    };
}
async function queryRun(service, run, child) {
    // The window is the run's own time (the service's clock), widened: the filter's two bounds are required.
    const start = run.runStart ? run.runStart.getTime() : Date.now();
    const end = run.runEnd ? run.runEnd.getTime() : start;
    const window = {
        lastUpdatedAfter: new Date(start - DAY_MS),
        lastUpdatedBefore: new Date(Math.max(end, Date.now()) + DAY_MS),
    };
    const activities = [];
    try {
        for (let token, first = true; first || token; first = false) {
            const page = await service.queryActivityRuns(child, window, token);
            activities.push(...page.value);
            token = page.continuationToken;
        }
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`Could not read the activity runs of pipeline run '${child.runId}'`, error);
    }
    return activities;
}
async function readRunActivities(service, run, pipeline) {
    const runs = new Map([[run.runId, run.pipelineName ?? pipeline]]);
    const queue = [run.runId];
    const all = [];
    for (let id = queue.shift(); id; id = queue.shift()) {
        const activities = await queryRun(service, run, { runId: id, pipeline: runs.get(id) ?? '' });
        all.push(...activities);
        for (const activity of activities) {
            if (activity.activityType !== 'ExecutePipeline')
                continue;
            const child = activity.output?.pipelineRunId;
            if (typeof child === 'string' && !runs.has(child)) {
                const reference = activity.input?.pipeline;
                runs.set(child, reference?.referenceName ?? '');
                queue.push(child);
            }
        }
    }
    const failures = [];
    const jobs = new Map();
    for (const activity of all) {
        const job = jobOf(activity);
        if (job && !jobs.has(job.name))
            jobs.set(job.name, job);
        if (activity.status !== 'Failed' || CONTAINERS.has(activity.activityType ?? ''))
            continue;
        const child = activity.output?.pipelineRunId;
        if (activity.activityType === 'ExecutePipeline' && typeof child === 'string' && runs.has(child))
            continue;
        const error = (activity.error ?? {});
        failures.push({
            activityName: activity.activityName ?? '',
            activityType: activity.activityType ?? '',
            activityRunId: activity.activityRunId ?? '',
            pipelineRunId: activity.pipelineRunId ?? '',
            pipelineName: activity.pipelineName ?? runs.get(activity.pipelineRunId ?? '') ?? '',
            errorCode: error.errorCode ?? '',
            message: error.message ?? '',
        });
    }
    return { runs, activityRuns: all.length, failures, jobs: [...jobs.values()] };
}
/** One line per failing activity: what failed, where, and Data Factory's words. */
function describeFailure(failure) {
    const code = failure.errorCode ? ` ${failure.errorCode}` : '';
    return `activity '${failure.activityName}' (${failure.activityType}) of pipeline '${failure.pipelineName}' failed:${code} ${failure.message || '(no message)'} [activity run ${failure.activityRunId}, pipeline run ${failure.pipelineRunId}]`;
}

;// CONCATENATED MODULE: ./src/run-integration-score/pipeline/factory-runs.ts
function factoryRunService(scope) {
    const { client, resourceGroup, factory } = scope;
    const factoryId = `/subscriptions/${scope.subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.DataFactory/factories/${factory}`;
    return {
        target: 'factory',
        host: factory,
        label: `data factory '${factory}'`,
        studio: 'Data Factory studio',
        pipeline: async (name) => client.pipelines.get(resourceGroup, factory, name),
        createRun: async (pipeline, parameters) => (await client.pipelines.createRun(resourceGroup, factory, pipeline, {
            parameters: parameters,
        })).runId,
        getRun: async (runId, onHeaders) => {
            const run = await client.pipelineRuns.get(resourceGroup, factory, runId, {
                onResponse: (response) => onHeaders((header) => response.headers.get(header)),
            });
            return { ...run, runId: run.runId ?? runId };
        },
        cancelRun: async (runId) => {
            await client.pipelineRuns.cancel(resourceGroup, factory, runId, { isRecursive: true });
        },
        queryActivityRuns: (run, window, continuationToken) => client.activityRuns.queryByPipelineRun(resourceGroup, factory, run.runId, {
            ...window,
            ...(continuationToken ? { continuationToken } : {}),
        }),
        runUrl: (runId) => `https://adf.azure.com/en/monitoring/pipelineruns/${encodeURIComponent(runId)}?factory=${encodeURIComponent(factoryId)}`,
    };
}

// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
;// CONCATENATED MODULE: ./src/run-integration-score/pipeline/pipeline-parameters.ts
/**
 * The parameters of the run: the use case row's `parameters` object, then the `parameters` input over it, held
 * against the parameters the deployed pipeline declares (read once, before the run):
 *
 * - a key of the `parameters` input the pipeline does not declare is refused (with the closest declared name):
 *   Data Factory would start the run and the value would reach nothing;
 * - a key of the row the pipeline does not declare is left out and said: the row is written for the use case's
 *   orchestrator, and the pipeline run here (the `pipeline` input may name another) takes only what it declares;
 * - a declared parameter without a default that neither gives is refused: the run would fail at its first use.
 *
 * Values go as they are (createRun's body is the parameters object); a string value of a non-string parameter is
 * converted by Data Factory as a trigger's would be.
 */


function runParameters(pipeline, row, input, logger) {
    const declared = pipeline.parameters ?? {};
    const names = Object.keys(declared);
    const name = pipeline.name ?? 'the pipeline';
    for (const key of Object.keys(input ?? {})) {
        if (key in declared)
            continue;
        const close = (0,suggest/* suggest */.Z)(key, names);
        throw new errors/* ConfigurationError */.j1(`Input 'parameters': pipeline '${name}' does not declare a parameter '${key}'${close ? `; did you mean '${close}'?` : names.length ? ` (it declares ${names.map((n) => `'${n}'`).join(', ')}).` : ' (it declares none).'}`, { input: 'parameters' });
    }
    const values = {};
    const sources = {};
    const leftOut = [];
    for (const [key, value] of Object.entries(row)) {
        if (key in declared) {
            values[key] = value;
            sources[key] = 'row';
        }
        else
            leftOut.push(key);
    }
    if (leftOut.length > 0) {
        logger.info(`The use case row's parameters ${leftOut.map((key) => `'${key}'`).join(', ')} are not parameters of pipeline '${name}': not passed.`);
    }
    for (const [key, value] of Object.entries(input ?? {})) {
        values[key] = value;
        sources[key] = 'input';
    }
    const missing = names.filter((key) => !(key in values) && declared[key]?.defaultValue === undefined);
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Pipeline '${name}' requires ${missing.map((key) => `'${key}'`).join(', ')}, which neither the use case row's parameters nor input 'parameters' give; add ${missing.length === 1 ? 'it' : 'them'} to input 'parameters'.`, { input: 'parameters' });
    }
    return { values, sources };
}

// EXTERNAL MODULE: ./src/shared/azure/polling.ts
var polling = __webpack_require__(60362);
// EXTERNAL MODULE: ./src/run-integration-score/deadline-cleanup.ts
var deadline_cleanup = __webpack_require__(93924);
;// CONCATENATED MODULE: ./src/run-integration-score/pipeline/pipeline-run.ts
/**
 * One pipeline run, watched to its end through the one poller (polling.ts): `GET {F}/pipelineruns/{id}` (in a
 * Synapse workspace, `GET {endpoint}/pipelineruns/{id}`), a bounded interval that grows from 1 s to 15 s, the
 * service's Retry-After honoured, the step's deadline. Over at Succeeded, Failed or Cancelled (Canceling is on its
 * way there).
 *
 * At the deadline, or when the runner cancels the step (SIGINT, SIGTERM), the run is cancelled recursively
 * (`POST .../pipelineruns/{id}/cancel?isRecursive=true`: the pipelines it started through ExecutePipeline too, as
 * Data Factory and Synapse document isRecursive) and the step says so.
 */




const OVER = new Set(['Succeeded', 'Failed', 'Cancelled']);
/** Requests the recursive cancellation; answers what to tell about it. Never throws: the step is failing already. */
async function cancelRun(service, runId, logger) {
    try {
        await service.cancelRun(runId);
        logger.warning(`Cancelled pipeline run '${runId}' and the runs it started (isRecursive).`);
        return `pipeline run '${runId}' and the runs it started were cancelled`;
    }
    catch (error) {
        const reason = (0,errors/* formatErrorDetails */.aH)((0,errors/* describeError */.Uc)(error));
        logger.warning(`Could not cancel pipeline run '${runId}': ${reason}`);
        return `cancelling pipeline run '${runId}' failed (${reason}); cancel it in ${service.studio}`;
    }
}
/** Waits until the run is over; cancels it at the deadline (TimeoutError) or on the runner's signal. */
async function watchRun(service, runId, options) {
    const { clock, logger } = options;
    const cleanup = options.cleanup ?? deadline_cleanup/* IMMEDIATE */.G;
    const started = clock();
    // Set once the poller's own deadline passed and it asked for the cancellation.
    let timedOut = false;
    let lastStatus = 'not read yet';
    const describe = `pipeline run '${runId}'`;
    try {
        return await (0,polling/* pollUntil */.g3)({
            describe,
            logger,
            deadline: options.deadline,
            clock,
            initialDelayMs: options.initialDelayMs ?? 1_000,
            factor: 1.5,
            maxDelayMs: 15_000,
            jitter: 'equal',
            logIntervalMs: 60_000,
            ...(options.signal ? { signal: options.signal } : {}),
            onDeadline: async () => {
                timedOut = true;
                await cleanup(() => cancelRun(service, runId, logger));
            },
            check: async () => {
                let retryAfterMs;
                let run;
                try {
                    run = await service.getRun(runId, (header) => {
                        retryAfterMs = (0,polling/* retryAfterFromHeaders */.B8)(header, clock());
                    });
                }
                catch (error) {
                    throw (0,errors/* withContext */.eQ)(`Could not read ${describe}`, error);
                }
                const status = run.status ?? 'Unknown';
                lastStatus = status;
                return {
                    done: OVER.has(status),
                    status,
                    value: run,
                    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
                };
            },
        });
    }
    catch (error) {
        if (options.signal?.aborted && error === options.signal.reason) {
            const said = await cancelRun(service, runId, logger);
            const signal = error instanceof scoring_run/* StepCancelledError */.Y ? error.signal : 'abort';
            throw new scoring_run/* StepCancelledError */.Y(signal, `The runner cancelled the step (${signal}) while it waited for ${describe}; ${said}.`);
        }
        // A look sent just before the deadline and cut off by it: the same timeout, and the same cancellation.
        if (!timedOut && (0,deadline_cleanup/* cutByDeadline */.C)(error)) {
            const said = await cleanup(() => cancelRun(service, runId, logger));
            throw new errors/* TimeoutError */.MU(`Timed out after ${(0,polling/* formatDuration */.a3)(clock() - started)} waiting for ${describe}; last status: ${lastStatus}; ${said}`, { cause: error });
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/run-integration-score/pipeline/synapse-runs.ts

const STUDIO = 'https://web.azuresynapse.net';
const segment = (value) => encodeURIComponent(value);
function date(value) {
    if (typeof value !== 'string' || value === '')
        return undefined;
    const parsed = new Date(value);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
const synapse_runs_text = (value) => (typeof value === 'string' ? value : undefined);
function runState(body, runId) {
    const run = (0,values/* isRecord */.u4)(body) ? body : {};
    const state = {
        runId: synapse_runs_text(run.runId) ?? runId,
        pipelineName: synapse_runs_text(run.pipelineName),
        status: synapse_runs_text(run.status),
        message: synapse_runs_text(run.message),
        runStart: date(run.runStart),
        runEnd: date(run.runEnd),
    };
    return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined));
}
function synapseRunService(dev, workspace) {
    let studio = STUDIO;
    try {
        if (workspace.web)
            studio = new URL(workspace.web).origin;
    }
    catch {
        // Not a URL: the public cloud's Studio.
    }
    return {
        target: 'synapse',
        host: workspace.name,
        label: `Synapse workspace '${workspace.name}'`,
        studio: 'Synapse Studio',
        pipeline: async (name) => {
            const { body } = await dev.send('GET', `/pipelines/${segment(name)}`);
            const properties = (0,values/* isRecord */.u4)(body) && (0,values/* isRecord */.u4)(body.properties) ? body.properties : {};
            return { name: (0,values/* isRecord */.u4)(body) ? (synapse_runs_text(body.name) ?? name) : name, ...properties };
        },
        createRun: async (pipeline, parameters) => {
            const { body } = await dev.send('POST', `/pipelines/${segment(pipeline)}/createRun`, parameters);
            const runId = (0,values/* isRecord */.u4)(body) ? synapse_runs_text(body.runId) : undefined;
            if (!runId)
                throw new Error(`Synapse answered createRun with no run id (${JSON.stringify(body)}).`);
            return runId;
        },
        getRun: async (runId, onHeaders) => {
            const response = await dev.send('GET', `/pipelineruns/${segment(runId)}`);
            if (response.header)
                onHeaders(response.header);
            return runState(response.body, runId);
        },
        cancelRun: async (runId) => {
            await dev.send('POST', `/pipelineruns/${segment(runId)}/cancel?isRecursive=true`);
        },
        queryActivityRuns: async (run, window, continuationToken) => {
            const { body } = await dev.send('POST', `/pipelines/${segment(run.pipeline)}/pipelineruns/${segment(run.runId)}/queryActivityruns`, {
                lastUpdatedAfter: window.lastUpdatedAfter.toISOString(),
                lastUpdatedBefore: window.lastUpdatedBefore.toISOString(),
                ...(continuationToken ? { continuationToken } : {}),
            });
            const page = (0,values/* isRecord */.u4)(body) ? body : {};
            const token = synapse_runs_text(page.continuationToken);
            return {
                value: Array.isArray(page.value) ? page.value : [],
                ...(token ? { continuationToken: token } : {}),
            };
        },
        runUrl: (runId) => `${studio}/monitoring/pipelineruns/${segment(runId)}?workspace=${encodeURIComponent(workspace.id)}`,
    };
}

// EXTERNAL MODULE: ./src/shared/control-table/database.ts
var database = __webpack_require__(3773);
// EXTERNAL MODULE: ./src/shared/control-table/model.ts
var model = __webpack_require__(79999);
;// CONCATENATED MODULE: ./src/run-integration-score/pipeline/use-case-row.ts




const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Every row of the receipt's control table, read in one read-only transaction. */
async function readControlRows(access, receipt, layout, deps) {
    const { store: named } = receipt;
    const table = (0,model/* parseTableName */.HC)(named.table, named.engine === 'postgresql' ? 'public' : 'dbo');
    if (!table)
        throw new Error(`The metadata receipt names the control table '${named.table}', which is no table name.`);
    const { store, location } = await (0,database/* openStore */.Ch)(access, table, deps, {
        layout,
        environment: receipt.environment,
    });
    try {
        if (!same(location.server, named.server) || !same(location.database, named.database)) {
            const input = 'connection-string';
            throw new errors/* ConfigurationError */.j1(`Input '${input}' reaches database '${location.database}' on '${location.server}', but the metadata receipt's control table ${named.table} is in database '${named.database}' on '${named.server}'; connect to the database apply-control-metadata wrote.`, { input });
        }
        const begun = await store.begin({ lockTimeoutMs: 0, readOnly: true });
        if (!begun.columns) {
            throw new errors/* ConfigurationError */.j1(`The control table ${store.displayName}, which the metadata receipt names, does not exist in database '${named.database}'; run apply-control-metadata for '${receipt.environment}' again.`, { input: 'metadata-receipt' });
        }
        const rows = await store.readRows();
        deps.logger.info(`Control table ${store.displayName}: ${rows.length} row(s)`);
        return rows;
    }
    catch (error) {
        if (error instanceof errors/* ConfigurationError */.j1)
            throw error;
        throw (0,errors/* withContext */.eQ)(`Could not read the control table ${named.table}`, error);
    }
    finally {
        await store.rollback().catch(() => { });
        await store.close().catch(() => { });
    }
}
/** The row of `useCase`: present and enabled, or refused with what to do. */
function findUseCase(rows, useCase, table) {
    const row = rows.find((candidate) => candidate.id === useCase);
    if (!row) {
        const ids = rows.map((candidate) => candidate.id);
        const close = (0,suggest/* suggest */.Z)(useCase, ids);
        throw new errors/* ConfigurationError */.j1(`Input 'use-case': '${useCase}' is not a use case of the control table ${table}${close ? `; did you mean '${close}'?` : ` (it holds ${ids.length ? ids.map((id) => `'${id}'`).join(', ') : 'no rows'}).`}`, { input: 'use-case' });
    }
    if (!row.enabled) {
        throw new errors/* ConfigurationError */.j1(`Input 'use-case': '${useCase}' is disabled in the control table ${table} (enabled: false), so no orchestrator runs it; enable it in the control metadata and apply it, or score an enabled use case.`, { input: 'use-case' });
    }
    return row;
}

;// CONCATENATED MODULE: ./src/run-integration-score/pipeline/pipeline-scoring.ts
/**
 * Pipeline mode: the use case's pipeline run in the release's factory (or Synapse workspace, when the adf receipt's
 * target is synapse: run-service.ts), its parameters from the control table's row
 * and the `parameters` input, watched to its end; the batch jobs its Web activities started found in their output,
 * each required Completed, and each job's output downloaded under `$RUNNER_TEMP/run-integration-score/<run id>/`
 * to be validated on its own (a job scores one use case's input, so `rows: input` and a golden file hold per job).
 *
 * Two halves: `planPipelineRun` reads everything the run needs (the control table's row, the host's pipelines
 * against the adf receipt, the pipeline's declared parameters) and refuses bad input before anything starts;
 * `scoreThroughPipeline` starts the run (`createRun`) and follows it.
 */
















async function planPipelineRun(prepared, deps) {
    const { logger, azure } = deps;
    const pipelineMode = prepared.pipeline;
    return logger.group('Read the use case and its pipeline', async () => {
        const rows = await readControlRows(deps.database, prepared.metadataReceipt, pipelineMode.layout, {
            credential: async () => ({ credential: azure.credential, cloud: azure.cloud }),
            masker: deps.masker,
            ...(azure.caCertificates ? { caCertificates: azure.caCertificates } : {}),
            logger,
        });
        const useCase = findUseCase(rows, pipelineMode.useCase, prepared.metadataReceipt.store.table);
        const adf = prepared.metadataReceipt.upstream.receipt;
        const service = await runService(adf, azure, logger);
        const pipeline = pipelineMode.pipeline ?? useCase.pipeline;
        const where = adf.target === 'synapse' ? service.label : `factory '${service.host}'`;
        if (!adf.pipelines.some((p) => p.name.toLowerCase() === pipeline.toLowerCase())) {
            const input = pipelineMode.pipeline ? 'pipeline' : 'use-case';
            throw new errors/* ConfigurationError */.j1(`Input '${input}': pipeline '${pipeline}'${input === 'use-case' ? ` (the use case's row)` : ''} is not among the pipelines deploy-adf-pipelines deployed to ${where} (${adf.pipelines.map((p) => `'${p.name}'`).join(', ')}).`, { input });
        }
        let resource;
        try {
            resource = await service.pipeline(pipeline);
        }
        catch (error) {
            if ((0,errors/* isNotFound */.c4)(error)) {
                throw new errors/* ConfigurationError */.j1(`Pipeline '${pipeline}' does not exist in ${service.label}.`, {
                    input: 'metadata-receipt',
                });
            }
            throw (0,errors/* withContext */.eQ)(`Could not read pipeline '${pipeline}'`, error);
        }
        const { values } = runParameters(resource, useCase.parameters, pipelineMode.parameters, logger);
        logger.info(`Use case '${useCase.id}': pipeline '${pipeline}' of ${where}${Object.keys(values).length ? `, parameters ${Object.keys(values).join(', ')}` : ''}`);
        return { service, useCase, pipeline, parameters: values };
    });
}
/**
 * The adf receipt verified live against its target, and the service its runs go to: the factory through the Data
 * Factory client, or the Synapse workspace through its development endpoint (its URL from the workspace's ARM
 * resource, the cloud's Synapse audience), as deploy-adf-pipelines deployed it.
 */
async function runService(adf, azure, logger) {
    const client = await azure.clients.dataFactory();
    const synapseDevSuffix = azure.cloud.synapseDevSuffix;
    await verifyAdfReceipt(adf, client, logger, {
        input: 'metadata-receipt',
        synapse: { synapse: (endpoint) => azure.clients.synapse(endpoint), synapseDevSuffix },
    });
    const { resourceGroup, factory } = receiptFactory(adf);
    if (adf.target !== 'synapse') {
        return factoryRunService({ client, subscriptionId: adf.subscription, resourceGroup, factory });
    }
    const workspace = await getSynapseWorkspace(synapseArmClient(client), {
        subscriptionId: client.subscriptionId,
        resourceGroup,
        workspace: factory,
        devSuffix: synapseDevSuffix,
    });
    return synapseRunService(await azure.clients.synapse(workspace.devEndpoint), workspace);
}
async function countRows(container, prefix) {
    let rows = 0;
    for await (const blob of container.listBlobsFlat({ prefix })) {
        const counter = (0,scoring_input/* rowCounter */.t2)();
        const body = (await container.getBlobClient(blob.name).download()).readableStreamBody;
        for await (const chunk of body ?? [])
            counter.scanner.write(chunk);
        counter.scanner.end();
        rows += counter.rows();
    }
    return rows;
}
async function scoreThroughPipeline(plan, release, deps) {
    const { logger, clock, signal } = deps;
    const { service } = plan;
    signal.throwIfAborted();
    return logger.group('Run the pipeline', async () => {
        const started = clock();
        let runId;
        try {
            runId = await service.createRun(plan.pipeline, plan.parameters);
        }
        catch (error) {
            const who = service.target === 'synapse' ? 'Synapse' : 'Data Factory';
            throw (0,errors/* withContext */.eQ)(`${who} refused to start pipeline '${plan.pipeline}' of ${service.label}`, error);
        }
        const url = service.runUrl(runId);
        logger.info(`Started pipeline run '${runId}' of '${plan.pipeline}': ${url}`);
        const run = await watchRun(service, runId, {
            deadline: deps.deadline,
            ...(deps.cleanup ? { cleanup: deps.cleanup } : {}),
            logger,
            clock,
            signal,
            ...(deps.pollDelayMs !== undefined ? { initialDelayMs: deps.pollDelayMs } : {}),
        });
        const durationMs = clock() - started;
        const job = { id: runId, status: run.status ?? 'Unknown', url };
        const activities = await readRunActivities(service, run, plan.pipeline);
        logger.info(`Pipeline run '${runId}': ${activities.runs.size} pipeline run(s), ${activities.activityRuns} activity run(s), ${activities.jobs.length} batch job(s) started`);
        if (run.status !== 'Succeeded') {
            const failures = activities.failures.map(describeFailure);
            for (const line of failures)
                logger.error(line);
            const why = failures.length
                ? `: ${failures.join('; ')}`
                : run.message
                    ? `: ${run.message}`
                    : ` (${service.target === 'synapse' ? 'Synapse' : 'Data Factory'} gave no reason)`;
            throw new scoring_run/* JobFailedError */.d(`Pipeline run '${runId}' of '${plan.pipeline}' ended ${run.status}${why}. ${url}`, job);
        }
        if (activities.jobs.length === 0) {
            throw new scoring_run/* JobFailedError */.d(`Pipeline run '${runId}' of '${plan.pipeline}' succeeded, but none of its Web activities started a batch job (no activity output names a job): there is no scoring output to validate. ${url}`, job);
        }
        const parts = [];
        const local = (0,external_node_path_.join)(deps.env.RUNNER_TEMP || (await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 48161, 23))).tmpdir(), 'run-integration-score', runId);
        const access = release.access;
        for (const started of activities.jobs) {
            const finished = await (0,batch_job/* watchJob */.LA)(release.scope, started.name, {
                deadline: deps.deadline,
                ...(deps.cleanup ? { cleanup: deps.cleanup } : {}),
                logger,
                clock,
                signal,
            });
            if (finished.status !== batch_job/* COMPLETED */.eJ) {
                throw new scoring_run/* JobFailedError */.d(`Batch job '${started.name}', started by activity '${started.activityName}' of pipeline run '${started.pipelineRunId}', ended ${finished.status}${finished.error ? `: ${finished.error}` : ''}. ${url}`, { ...job, status: `job ${finished.status}` });
            }
            const outputUri = Object.values(started.outputs)[0]?.uri;
            const location = outputUri ? (0,datastore_uris/* parseDatastoreUri */.x)(outputUri) : undefined;
            if (!outputUri || !location) {
                throw new Error(`Batch job '${started.name}' names no datastore output (its outputData: ${JSON.stringify(started.outputs)}).`);
            }
            const datastore = await (0,datastores/* readDatastore */._5)(access, location.datastore);
            if (!datastore)
                throw new Error(`Batch job '${started.name}' wrote to datastore '${location.datastore}', which workspace '${access.workspace}' does not have.`);
            const container = await (0,datastores/* openDatastoreContainer */.Dr)(datastore, access);
            const files = await (0,endpoint_scoring.downloadFolder)(container, location.path, (0,external_node_path_.join)(local, started.name));
            let inputRows;
            if (deps.countInputRows) {
                const inputUri = Object.values(started.inputs)[0]?.uri;
                const input = inputUri ? (0,datastore_uris/* parseDatastoreUri */.x)(inputUri) : undefined;
                const inputStore = input ? await (0,datastores/* readDatastore */._5)(access, input.datastore) : undefined;
                if (input && inputStore)
                    inputRows = await countRows(await (0,datastores/* openDatastoreContainer */.Dr)(inputStore, access), input.path);
            }
            logger.info(`Batch job '${started.name}' (${started.activityName}): Completed; ${files.length} output file(s) from ${outputUri}`);
            parts.push({ jobName: started.name, outputUri, files, inputRows });
        }
        return {
            mode: 'pipeline',
            job,
            durationMs,
            outputUri: parts.map((part) => part.outputUri).join(' '),
            outputPath: local,
            files: parts.flatMap((part) => part.files),
            parts,
        };
    });
}


/***/ }),

/***/ 89255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ openDatastoreContainer),
/* harmony export */   _5: () => (/* binding */ readDatastore),
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
        throw new Error(`Workspace '${workspace}' has no default datastore to upload to.`);
    }
    const properties = found.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The default datastore '${found.name}' of workspace '${workspace}' is ${properties.datastoreType}; local files are uploaded to a blob datastore only. Make a blob datastore the default, or upload the files yourself and pass their azureml:// URI (for a model: register it and pass azureml:<name>:<version>).`);
    }
    return datastoreInfo(found.name, properties, scope.cloud);
}
/** A datastore of the workspace by name (one GET); undefined when there is none of that name. */
async function readDatastore(scope, name) {
    const { client, resourceGroup, workspace } = scope;
    let found;
    try {
        found = await client.datastores.get(resourceGroup, workspace, name);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read datastore '${name}' of workspace '${workspace}'`, error);
    }
    const properties = found.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Datastore '${name}' of workspace '${workspace}' is ${properties.datastoreType}; only blob datastores are read here.`);
    }
    return datastoreInfo(found.name ?? name, properties, scope.cloud);
}
function datastoreInfo(name, properties, cloud) {
    return {
        name,
        accountName: String(properties.accountName),
        containerName: String(properties.containerName),
        accountUrl: blobAccountUrl(properties, cloud),
        credentialsType: properties.credentials?.credentialsType ?? 'None',
    };
}
/** A client for the datastore's container, signed in as the datastore's credentials say (see the module comment). */
async function openDatastoreContainer(datastore, options) {
    const { BlobServiceClient, StorageSharedKeyCredential, AnonymousCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(738), __webpack_require__.e(658)]).then(__webpack_require__.bind(__webpack_require__, 95658));
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Datastore '${datastore.name}' uses ${type} credentials; account key, SAS and identity-based (None) blob datastores are supported.`);
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
