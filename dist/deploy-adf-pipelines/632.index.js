export const id = 632;
export const ids = [632];
export const modules = {

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


/***/ })

};
