export const id = 757;
export const ids = [757];
export const modules = {

/***/ 25757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ resolveCode),
/* harmony export */   g9: () => (/* binding */ resolveEnvironment),
/* harmony export */   registerCode: () => (/* binding */ registerCode),
/* harmony export */   w9: () => (/* binding */ resolveCompute)
/* harmony export */ });
/* unused harmony exports CODE_VERSION, codeAssetName */
/* harmony import */ var _shared_azure_datastores_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(89255);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _datastore_upload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76905);
/* harmony import */ var _folder_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72385);
/* harmony import */ var _live_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32490);
/* harmony import */ var _model_registration_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(80897);
/* harmony import */ var _specs_origin_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17563);
/* harmony import */ var _workspace_references_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27702);








async function resolveCompute(spec, scope) {
    const { name, at } = spec.compute;
    if (!(await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_4__/* .computeExists */ .Kl)(scope, name))) {
        throw spec.reader.error(at, `compute '${name}' does not exist in workspace '${scope.workspace}'; create the cluster first (batch deployments run on an AmlCompute cluster of the workspace).`);
    }
    return (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_7__/* .computeId */ .HM)(scope, name);
}
async function resolveEnvironment(spec, scope) {
    const environment = spec.environment;
    if (!environment)
        return undefined;
    const { reference, at } = environment;
    const fail = (message) => spec.reader.error(at, message);
    switch (reference.kind) {
        case 'invalid':
            throw fail(reference.reason);
        case 'id':
            return reference.id;
        case 'latest': {
            const latest = await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_4__/* .latestEnvironmentVersion */ .DN)(scope, reference.name);
            if (!latest) {
                throw fail(`environment '${reference.name}' has no version in workspace '${scope.workspace}'.`);
            }
            return (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_7__/* .assetVersionId */ .cn)(scope, 'environments', reference.name, latest);
        }
        case 'version':
            if (!(await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_4__/* .environmentVersionExists */ .yZ)(scope, reference.name, reference.version))) {
                throw fail(`environment ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'; register it first (az ml environment create).`);
            }
            return (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_7__/* .assetVersionId */ .cn)(scope, 'environments', reference.name, reference.version);
    }
}
const CODE_VERSION = '1';
/** The anonymous code asset of a folder: named after its content. */
function codeAssetName(folder) {
    return `code-${folder.digest}`;
}
async function resolveCode(request, scope, cloud) {
    if (!request)
        return undefined;
    if (request.kind === 'reference') {
        const { reference } = request;
        if (reference.kind === 'id')
            return { id: reference.id, registration: undefined };
        if (!(await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_4__/* .codeVersionExists */ .Iz)(scope, reference.name, reference.version))) {
            throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_6__/* .originError */ .T)(request.origin, `code ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'.`);
        }
        return { id: (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_7__/* .assetVersionId */ .cn)(scope, 'codes', reference.name, reference.version), registration: undefined };
    }
    const name = codeAssetName(request.folder);
    const id = (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_7__/* .assetVersionId */ .cn)(scope, 'codes', name, CODE_VERSION);
    const existing = await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_4__/* .readOptional */ .T9)(`code ${name}:${CODE_VERSION}`, () => scope.client.codeVersions.get(scope.resourceGroup, scope.workspace, name, CODE_VERSION));
    if (existing)
        return { id, registration: undefined };
    const datastore = await (0,_shared_azure_datastores_js__WEBPACK_IMPORTED_MODULE_0__/* .readDefaultDatastore */ .zE)({ ...scope, cloud });
    return { id, registration: { folder: request.folder, datastore, name } };
}
async function registerCode(code, deps) {
    const registration = code.registration;
    if (!registration)
        return;
    const { scope } = deps;
    await (0,_model_registration_js__WEBPACK_IMPORTED_MODULE_5__/* .uploadToDatastore */ .w_)(registration, deps);
    const body = {
        properties: {
            codeUri: `${registration.datastore.accountUrl}/${registration.datastore.containerName}/${(0,_datastore_upload_js__WEBPACK_IMPORTED_MODULE_2__/* .uploadPrefix */ .kL)(registration.folder)}`,
            isAnonymous: true,
            tags: { [_folder_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTENT_DIGEST_TAG */ .g]: registration.folder.digest },
        },
    };
    try {
        await scope.client.codeVersions.createOrUpdate(scope.resourceGroup, scope.workspace, registration.name, CODE_VERSION, body);
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withContext */ .eQ)(`Could not register the scoring code of ${registration.folder.shown}`, error);
    }
    deps.logger.info(`Registered the scoring code of ${registration.folder.shown} as ${registration.name}:${CODE_VERSION}`);
}


/***/ })

};
