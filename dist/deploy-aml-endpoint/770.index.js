export const id = 770;
export const ids = [770,538];
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


/***/ }),

/***/ 92770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderServing: () => (/* binding */ renderServing),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* harmony import */ var _shared_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26929);
/* harmony import */ var _plan_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81538);
/** The job summary of one release: the plan table with its field-level diff, then what serves now. */


function details(step) {
    const lines = [
        ...(step.reason ? [(0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(step.reason)] : []),
        ...step.changes.map((change) => (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_plan_report_js__WEBPACK_IMPORTED_MODULE_0__.describeChange)(change)).html),
    ];
    return new _shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Markup */ .VK(lines.join('<br>'));
}
function renderSummary(summary, facts) {
    const { plan } = facts;
    summary.heading(`deploy-aml-endpoint: ${facts.environment}`);
    const target = `endpoint ${plan.endpointName}, deployment ${plan.deploymentName}, model ${plan.model.name}:${plan.model.version} (workspace ${facts.workspace})`;
    if (facts.dryRun) {
        summary.paragraph(plan.changed
            ? `Dry run: nothing was changed. A deployment would make the changes below to ${target}.`
            : `Dry run: live state already matches the specs (${target}); a deployment would change nothing.`);
    }
    else {
        summary.paragraph(plan.changed
            ? `Deployed ${target}.`
            : `Live state already matched the specs (${target}): nothing was written.`);
    }
    summary.table(['Resource', 'Name', 'Action', 'Details'], plan.steps.map((step) => [step.resource, step.name, step.action, details(step)]));
    if (plan.validatedBy) {
        summary.paragraph(new _shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Markup */ .VK(`Promotion: validated by ${(0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)('the integration run', plan.validatedBy).html}.`));
    }
    summary.paragraph(new _shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Markup */ .VK(`Plan file: ${(0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.planPath).html}`));
}
/** After a rollout: what the endpoint serves now. */
function renderServing(summary, serving) {
    summary.heading('Serving now', 3);
    summary.table(['', ''], [
        ['scoring URI', (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(serving.scoringUri)],
        ['default deployment', serving.defaultDeployment ?? '(none)'],
        ['model', serving.model],
        ...(serving.deleted.length ? [['deleted', serving.deleted.join(', ')]] : []),
    ]);
}


/***/ })

};
