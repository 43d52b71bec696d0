export const id = 89;
export const ids = [89];
export const modules = {

/***/ 3089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPlan: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: ./src/shared/receipts/builders.ts + 1 modules
var builders = __webpack_require__(12225);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(93790);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/model-registration.ts
var model_registration = __webpack_require__(80897);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/receipt-facts.ts
var receipt_facts = __webpack_require__(52952);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/desired-state.ts
var desired_state = __webpack_require__(33676);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/live-state.ts
var live_state = __webpack_require__(32490);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/long-running.ts + 1 modules
var long_running = __webpack_require__(66754);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/rollout.ts



/** The SDK pollers report every state change; an interval here only matters for the SDK's own first look. */
const LRO = { updateIntervalInMs: 1_000 };
async function executeRollout(plan, deps) {
    const { scope, logger } = deps;
    const { resourceGroup: rg, workspace: ws, client } = scope;
    const endpointName = plan.endpointName;
    const deploymentName = plan.deploymentName;
    const endpointWhat = `batch endpoint '${endpointName}'`;
    const deploymentWhat = `batch deployment '${deploymentName}' of endpoint '${endpointName}'`;
    const readTheEndpoint = () => (0,live_state/* readEndpoint */.KW)(scope, endpointName);
    const readTheDeployment = () => (0,live_state/* readDeployment */.iJ)(scope, endpointName, deploymentName);
    let endpoint = plan.endpoint.live;
    if (plan.endpoint.diff.action !== 'no-op') {
        endpoint = await logger.group(`${plan.endpoint.diff.action === 'create' ? 'Create' : 'Update'} ${endpointWhat}`, () => {
            const keptDefault = plan.endpoint.live?.properties.defaults?.deploymentName ?? undefined;
            const body = (0,desired_state/* withDefaultDeployment */.Nk)(plan.endpoint.body, keptDefault);
            return (0,long_running/* putAndWait */.QO)({
                describe: endpointWhat,
                begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, endpointName, body, LRO),
                read: readTheEndpoint,
                options: deps.wait,
            });
        });
    }
    let deployment = plan.deployment.live;
    if (plan.deployment.diff.action !== 'no-op' || !deployment) {
        deployment = await logger.group(`${plan.deployment.diff.action === 'create' ? 'Create' : 'Update'} ${deploymentWhat}`, () => (0,long_running/* putAndWait */.QO)({
            describe: deploymentWhat,
            begin: () => client.batchDeployments.beginCreateOrUpdate(rg, ws, endpointName, deploymentName, plan.deployment.body, LRO),
            read: readTheDeployment,
            options: deps.wait,
        }));
    }
    let defaultSwitched = false;
    if (plan.setDefault) {
        const result = await logger.group(`Make '${deploymentName}' the default of ${endpointWhat}`, () => switchDefault(plan, deps));
        endpoint = result.endpoint;
        defaultSwitched = result.switched;
    }
    if (!endpoint)
        throw new Error(`${endpointWhat} was not found after the rollout.`);
    const deleted = [];
    if (plan.deletions.length) {
        await logger.group(`Delete deployments beyond keep-deployments of ${endpointWhat}`, async () => {
            for (const name of plan.deletions) {
                const what = `batch deployment '${name}' of endpoint '${endpointName}'`;
                const read = () => (0,live_state/* readDeployment */.iJ)(scope, endpointName, name);
                const current = await (0,long_running/* waitUntilSettled */.D1)(what, read, await read(), deps.wait);
                if (!current)
                    continue;
                await (0,long_running/* deleteAndWait */.so)({
                    describe: what,
                    begin: () => client.batchDeployments.beginDelete(rg, ws, endpointName, name, LRO),
                    read,
                    options: deps.wait,
                });
                logger.info(`Deleted ${what}`);
                deleted.push(name);
            }
        });
    }
    return { endpoint, deployment, defaultSwitched, deleted };
}
async function switchDefault(plan, deps) {
    const { scope, logger } = deps;
    const { resourceGroup: rg, workspace: ws, client } = scope;
    const name = plan.endpointName;
    const what = `batch endpoint '${name}'`;
    const isDefault = (endpoint) => endpoint?.properties.defaults?.deploymentName?.toLowerCase() === plan.deploymentName.toLowerCase();
    const before = await (0,live_state/* readEndpoint */.KW)(scope, name);
    if (isDefault(before) && before?.properties.provisioningState === 'Succeeded') {
        logger.info(`'${plan.deploymentName}' is already the default deployment of ${what}`);
        return { endpoint: before, switched: false };
    }
    const previous = before?.properties.defaults?.deploymentName ?? '(none)';
    const body = (0,desired_state/* withDefaultDeployment */.Nk)(plan.endpoint.body, plan.deploymentName);
    await (0,long_running/* putAndWait */.QO)({
        describe: `${what} (default deployment ${previous} → ${plan.deploymentName})`,
        begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, name, body, LRO),
        read: () => (0,live_state/* readEndpoint */.KW)(scope, name),
        options: deps.wait,
    });
    const after = await (0,live_state/* readEndpoint */.KW)(scope, name);
    if (!isDefault(after)) {
        throw new Error(`The default deployment of ${what} is '${after?.properties.defaults?.deploymentName ?? '(none)'}' after setting it to '${plan.deploymentName}'; the switch did not take effect.`);
    }
    logger.info(`Verified: ${what} now routes its jobs to '${plan.deploymentName}' (was ${previous})`);
    return { endpoint: after, switched: true };
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/summary.ts
var summary = __webpack_require__(92770);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-assets.ts
var workspace_assets = __webpack_require__(25757);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/apply.ts







async function applyPlan(plan, settings, deps) {
    const { logger } = deps;
    let model = plan.model;
    if (model.registration) {
        model = await logger.group(`Register model ${model.name}:${model.version}`, () => (0,model_registration/* registerModel */.$R)(plan.model, deps));
    }
    if (plan.code?.registration) {
        await logger.group('Register the scoring code', () => (0,workspace_assets/* registerCode */.J6)(plan.code, deps));
    }
    const result = await executeRollout(plan, deps);
    const deploymentWritten = plan.deployment.diff.action !== 'no-op';
    if (deploymentWritten || plan.model.registration)
        await (0,model_registration/* tagDeployedModel */.Cn)(model, deps.run, deps);
    const scoringUri = result.endpoint.properties.scoringUri ?? '';
    const receipt = (0,builders/* buildAmlReceipt */.dm)({
        ...(0,receipt_facts/* releaseFacts */.tc)(settings.environment, deps.scope, deps.run, deps.clock()),
        endpoint: (0,receipt_facts/* receiptEndpoint */.W7)(result.endpoint),
        deployment: { name: plan.deploymentName, id: result.deployment.id ?? '' },
        model: { id: model.assetId, name: model.name, version: model.version },
    });
    (0,summary/* renderServing */.j)(deps.summary, {
        scoringUri,
        defaultDeployment: result.endpoint.properties.defaults?.deploymentName ?? undefined,
        model: `${model.name}:${model.version}`,
        deleted: result.deleted,
    });
    return { scoringUri, receipt: (0,encoding/* encodeReceipt */.vX)(receipt) };
}


/***/ })

};
