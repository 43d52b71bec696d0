export const id = 770;
export const ids = [770,680];
export const modules = {

/***/ 45680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  describeChange: () => (/* binding */ describeChange),
  planDocument: () => (/* binding */ planDocument),
  planLines: () => (/* binding */ planLines),
  writePlanFile: () => (/* binding */ writePlanFile)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/shared/output-files.ts
/**
 * Files an action names in its outputs (plans, reports): JSON under `$RUNNER_TEMP/<action>/`, so a later step of
 * the job can read or attach them, and passed through the secret redactor first, like every other output.
 */



/** Writes the document as indented JSON and answers the file's path. */
async function writeOutputFile(file) {
    const folder = (0,external_node_path_.join)(file.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), file.action);
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, `${file.name}.json`);
    await (0,promises_.writeFile)(path, `${file.redact(JSON.stringify(file.document, null, 2))}\n`);
    return path;
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/plan-report.ts
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
    const name = `plan-${document.environment}-${document.endpoint}`;
    return writeOutputFile({ env, action: 'deploy-aml-endpoint', name, document, redact });
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
/* harmony import */ var _plan_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45680);
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
