export const id = 538;
export const ids = [538];
export const modules = {

/***/ 81538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeChange: () => (/* binding */ describeChange),
/* harmony export */   planDocument: () => (/* binding */ planDocument),
/* harmony export */   planLines: () => (/* binding */ planLines),
/* harmony export */   writePlanFile: () => (/* binding */ writePlanFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The plan as a document: the JSON file named by the `plan` output (written under RUNNER_TEMP, so a later step can
 * attach it to a pull request) and the rows of the job summary's plan table. Both come from the same steps.
 */



function planDocument(plan, context) {
    return {
        v: 1,
        action: 'deploy-aml-endpoint',
        environment: context.environment,
        dryRun: context.dryRun,
        workspace: context.workspace,
        endpoint: plan.endpointName,
        deployment: plan.deploymentName,
        model: {
            name: plan.model.name,
            version: plan.model.version,
            id: plan.model.assetId,
            source: plan.model.source,
        },
        changed: plan.changed,
        steps: plan.steps,
    };
}
/** Writes the plan to `$RUNNER_TEMP/deploy-aml-endpoint/plan-<environment>-<endpoint>.json` and answers the path. */
async function writePlanFile(document, env, redact) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'deploy-aml-endpoint');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(folder, { recursive: true });
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, `plan-${document.environment}-${document.endpoint}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${redact(JSON.stringify(document, null, 2))}\n`);
    return path;
}
/** One line per change, as the summary and the log show it: `properties.miniBatchSize: 10 → 20`. */
function describeChange(change) {
    const show = (value) => value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value);
    return `${change.field}: ${show(change.before)} → ${show(change.after)}`;
}
/** The plan as log lines: one per step, then its changes indented. */
function planLines(plan) {
    return plan.steps.flatMap((step) => [
        `${step.action.padEnd(8)} ${step.resource} ${step.name}${step.reason ? ` (${step.reason})` : ''}`,
        ...step.changes.map((change) => `           ${describeChange(change)}`),
    ]);
}


/***/ })

};
