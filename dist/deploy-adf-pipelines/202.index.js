export const id = 202;
export const ids = [202,632];
export const modules = {

/***/ 2202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyFilter: () => (/* binding */ applyFilter),
/* harmony export */   excludedReferenceCheck: () => (/* binding */ excludedReferenceCheck),
/* harmony export */   isSelected: () => (/* binding */ isSelected),
/* harmony export */   matches: () => (/* binding */ matches),
/* harmony export */   parseFilter: () => (/* binding */ parseFilter),
/* harmony export */   parsePattern: () => (/* binding */ parsePattern)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29632);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/**
 * The `include` and `exclude` inputs: patterns `<kind>.<name>` with `*` wildcards, case-insensitive
 * (`pipeline.Score*`, `*.Legacy*`, `trigger.*`). An artifact is deployed when it matches some include pattern (or
 * there are none) and no exclude pattern. A reference from a deployed artifact to a filtered-out one is not an error
 * if the target exists live; `excludedReferenceCheck` gives the hook the graph uses for that.
 */


function wildcard(text) {
    const body = text
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${body}$`, 'i');
}
/** Parses one pattern; `input` names the action input in errors. */
function parsePattern(text, input) {
    const dot = text.indexOf('.');
    const kind = dot < 0 ? '' : text.slice(0, dot);
    const name = dot < 0 ? '' : text.slice(dot + 1);
    if (kind === '' || name === '') {
        throw _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError.at(`Input '${input}'`, `'${text}' is not a pattern of the form <kind>.<name> (for example pipeline.Score* or *.Legacy*).`, { input });
    }
    const kindPattern = wildcard(kind);
    if (!_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.ARTIFACT_KINDS.some((known) => kindPattern.test(known))) {
        throw _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError.at(`Input '${input}'`, `'${text}' names no known kind; the kinds are ${_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.ARTIFACT_KINDS.join(', ')}.`, { input });
    }
    return { text, kind: kindPattern, name: wildcard(name) };
}
function matches(pattern, artifact) {
    return pattern.kind.test(artifact.kind) && pattern.name.test(artifact.name);
}
function parseFilter(include = [], exclude = []) {
    return {
        include: include.map((text) => parsePattern(text, 'include')),
        exclude: exclude.map((text) => parsePattern(text, 'exclude')),
    };
}
function isSelected(filter, artifact) {
    const included = filter.include.length === 0 || filter.include.some((p) => matches(p, artifact));
    return included && !filter.exclude.some((p) => matches(p, artifact));
}
function applyFilter(filter, artifacts) {
    const selected = [];
    const excluded = [];
    for (const artifact of artifacts)
        (isSelected(filter, artifact) ? selected : excluded).push(artifact);
    const unusedIncludes = filter.include
        .filter((pattern) => !artifacts.some((artifact) => matches(pattern, artifact)))
        .map((pattern) => pattern.text);
    return { selected, excluded, unusedIncludes };
}
/**
 * The `existsOutside` hook for buildGraph/validateArtifacts when deploying a filtered subset: a reference to an
 * artifact that is in the source but filtered out counts as resolved when `existsLive` says the resource exists in
 * the factory (phase 2 answers from the live listing). A reference to something absent from the source entirely
 * stays dangling.
 */
function excludedReferenceCheck(excluded, existsLive) {
    const keys = new Set(excluded.map((artifact) => (0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.artifactKey)(artifact.kind, artifact.name)));
    return (edge) => keys.has((0,_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__.artifactKey)(edge.to.kind, edge.to.name)) && existsLive(edge.to.kind, edge.to.name);
}


/***/ }),

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
