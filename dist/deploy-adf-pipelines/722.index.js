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


/***/ })

};
