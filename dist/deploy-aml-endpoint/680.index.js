export const id = 680;
export const ids = [680];
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


/***/ })

};
