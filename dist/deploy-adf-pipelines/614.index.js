export const id = 614;
export const ids = [614];
export const modules = {

/***/ 7614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oy: () => (/* binding */ writeBody),
/* harmony export */   o8: () => (/* binding */ deleteResource),
/* harmony export */   qg: () => (/* binding */ putArtifact)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9632);
/* harmony import */ var _shared_adf_live_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3913);
/* harmony import */ var _shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8277);



/** The REST path segments below the factory of each kind (as the 2018-06-01 spec spells them). */
const SEGMENT = {
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
/** `.../factories/<factory>/<kind segment>/<name>`; a managed private endpoint is named `<network>/<endpoint>`. */
function artifactPath(client, rg, factory, kind, name) {
    const base = (0,_shared_adf_live_state_js__WEBPACK_IMPORTED_MODULE_1__/* .factoryPath */ .o)(client.subscriptionId, rg, factory);
    if (kind === 'factory')
        throw new Error('the factory resource itself is not written by applyPlan');
    if ((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .isSynapseOnlyKind */ .Qx)(kind))
        throw new Error(`a data factory has no ${kind} (refused before the plan)`);
    if (kind === 'managedPrivateEndpoint') {
        const slash = name.indexOf('/');
        return `${base}${(0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcePath */ .o)('managedVirtualNetworks', name.slice(0, slash), 'managedPrivateEndpoints', name.slice(slash + 1))}`;
    }
    return `${base}${(0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .resourcePath */ .o)(SEGMENT[kind], name)}`;
}
/** The body ADF receives: the source's properties, less a trigger's read-only runtime state (start/stop manage it). */
function writeBody(artifact) {
    if (artifact.kind !== 'trigger')
        return { properties: artifact.properties };
    const { runtimeState: _, ...rest } = artifact.properties;
    return { properties: rest };
}
async function putArtifact(client, rg, factory, artifact) {
    await (0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .sendManagementRequest */ .j)(client, {
        method: 'PUT',
        path: artifactPath(client, rg, factory, artifact.kind, artifact.name),
        body: writeBody(artifact),
    });
}
async function deleteResource(client, rg, factory, kind, name) {
    if (kind === 'managedVirtualNetwork') {
        throw new Error('ADF has no operation to delete a managed virtual network'); // filtered out before
    }
    await (0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_2__/* .sendManagementRequest */ .j)(client, {
        method: 'DELETE',
        path: artifactPath(client, rg, factory, kind, name),
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

/***/ 3913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ factoryPath),
/* harmony export */   v: () => (/* binding */ readLiveFactory)
/* harmony export */ });
/* harmony import */ var _azure_management_requests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8277);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9632);
/* harmony import */ var _normalise_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2021);
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
    return (0,_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcePath */ .o)('subscriptions', subscriptionId, 'resourceGroups', rg, 'providers', 'Microsoft.DataFactory', 'factories', factory);
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
        const page = (await (0,_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_0__/* .sendManagementRequest */ .j)(client, { method: 'GET', path: next }));
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
        properties: (0,_normalise_js__WEBPACK_IMPORTED_MODULE_3__/* .normaliseProperties */ ._c)(kind, properties),
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withContext */ .eQ)(`Failed to list the ${kind} resources of data factory '${factory}'`, error);
        }
    };
    const networksRead = wanted.has('managedVirtualNetwork') || wanted.has('managedPrivateEndpoint')
        ? read('managedVirtualNetwork', `${base}${(0,_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcePath */ .o)(LIST_SEGMENTS.managedVirtualNetwork)}`)
        : Promise.resolve([]);
    const endpointsRead = wanted.has('managedPrivateEndpoint')
        ? networksRead.then((networks) => Promise.all(networks
            .filter((network) => network.name)
            .map(async (network) => {
            const vnet = lastSegment(network.name);
            const path = `${base}${(0,_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcePath */ .o)('managedVirtualNetworks', vnet, 'managedPrivateEndpoints')}`;
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
            items: await read(kind, `${base}${(0,_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_0__/* .resourcePath */ .o)(LIST_SEGMENTS[kind])}`),
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
    resources.sort(_artifacts_js__WEBPACK_IMPORTED_MODULE_2__/* .compareArtifacts */ .Tu);
    const triggerStates = new Map();
    for (const resource of resources) {
        if (resource.kind === 'trigger' && resource.runtimeState) {
            triggerStates.set(resource.name.toLowerCase(), resource.runtimeState);
        }
    }
    return { resources, triggerStates };
}


/***/ }),

/***/ 2021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ canonicalText),
/* harmony export */   _c: () => (/* binding */ normaliseProperties),
/* harmony export */   fH: () => (/* binding */ hasSecretValues),
/* harmony export */   jv: () => (/* binding */ hashOfCanonicalText)
/* harmony export */ });
/* unused harmony exports SECRET_PLACEHOLDER, canonicalJson, contentHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9799);
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
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value))
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
        if (key === 'typeProperties' && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(value) && dropped.has('encryptedCredential')) {
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
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex')}`;
}
/** Whether the body carries a SecureString with a real (not masked) value: ADF cannot tell us if it changed. */
function hasSecretValues(properties) {
    if (Array.isArray(properties))
        return properties.some(hasSecretValues);
    if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(properties))
        return false;
    if (properties.type === 'SecureString' &&
        typeof properties.value === 'string' &&
        !/^\*+$/.test(properties.value)) {
        return true;
    }
    return Object.values(properties).some(hasSecretValues);
}


/***/ }),

/***/ 8277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ sendManagementRequest),
/* harmony export */   o: () => (/* binding */ resourcePath)
/* harmony export */ });
/* harmony import */ var _azure_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5738);
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
const serializer = (0,_azure_core_client__WEBPACK_IMPORTED_MODULE_0__.createSerializer)({}, false);
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
