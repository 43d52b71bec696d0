export const id = 722;
export const ids = [722];
export const modules = {

/***/ 4722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   factoryTarget: () => (/* binding */ factoryTarget),
/* harmony export */   triggersOnDemand: () => (/* binding */ triggersOnDemand)
/* harmony export */ });
/* harmony import */ var _resource_writes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7614);

function factoryTarget(client, rg, factory, pollOptions) {
    return {
        label: `data factory '${factory}'`,
        put: (artifact) => (0,_resource_writes_js__WEBPACK_IMPORTED_MODULE_0__/* .putArtifact */ .qg)(client, rg, factory, artifact),
        remove: (kind, name) => (0,_resource_writes_js__WEBPACK_IMPORTED_MODULE_0__/* .deleteResource */ .o8)(client, rg, factory, kind, name),
        startTrigger: async (name) => {
            await client.triggers.beginStartAndWait(rg, factory, name, pollOptions);
        },
        stopTrigger: async (name) => {
            await client.triggers.beginStopAndWait(rg, factory, name, pollOptions);
        },
    };
}
/**
 * The Data Factory SDK's trigger start and stop, the SDK built by `load` on the first of them: its megabyte of code
 * serves only these long-running operations (every read and write is a JSON request), so a deployment that starts
 * and stops no trigger (a no-op redeploy, for one) never loads it.
 */
function triggersOnDemand(load) {
    return {
        beginStartAndWait: async (...args) => (await load()).triggers.beginStartAndWait(...args),
        beginStopAndWait: async (...args) => (await load()).triggers.beginStopAndWait(...args),
    };
}


/***/ }),

/***/ 7614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oy: () => (/* binding */ writeBody),
/* harmony export */   o8: () => (/* binding */ deleteResource),
/* harmony export */   qg: () => (/* binding */ putArtifact)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9632);
/* harmony import */ var _shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8277);


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
    const base = (0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcePath */ .o)('subscriptions', client.subscriptionId, 'resourceGroups', rg, 'providers', 'Microsoft.DataFactory', 'factories', factory);
    if (kind === 'factory')
        throw new Error('the factory resource itself is not written by applyPlan');
    if ((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .isSynapseOnlyKind */ .Qx)(kind))
        throw new Error(`a data factory has no ${kind} (refused before the plan)`);
    if (kind === 'managedPrivateEndpoint') {
        const slash = name.indexOf('/');
        return `${base}${(0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcePath */ .o)('managedVirtualNetworks', name.slice(0, slash), 'managedPrivateEndpoints', name.slice(slash + 1))}`;
    }
    return `${base}${(0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .resourcePath */ .o)(SEGMENT[kind], name)}`;
}
/** The body ADF receives: the source's properties, less a trigger's read-only runtime state (start/stop manage it). */
function writeBody(artifact) {
    if (artifact.kind !== 'trigger')
        return { properties: artifact.properties };
    const { runtimeState: _, ...rest } = artifact.properties;
    return { properties: rest };
}
async function putArtifact(client, rg, factory, artifact) {
    await (0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .sendManagementRequest */ .j)(client, {
        method: 'PUT',
        path: artifactPath(client, rg, factory, artifact.kind, artifact.name),
        body: writeBody(artifact),
    });
}
async function deleteResource(client, rg, factory, kind, name) {
    if (kind === 'managedVirtualNetwork') {
        throw new Error('ADF has no operation to delete a managed virtual network'); // filtered out before
    }
    await (0,_shared_azure_management_requests_js__WEBPACK_IMPORTED_MODULE_1__/* .sendManagementRequest */ .j)(client, {
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


/***/ })

};
