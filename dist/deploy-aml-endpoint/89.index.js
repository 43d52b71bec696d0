export const id = 89;
export const ids = [89];
export const modules = {

/***/ 3089:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyPlan: () => (/* binding */ applyPlan)
});

// EXTERNAL MODULE: ./src/shared/azure/datastores.ts
var datastores = __webpack_require__(9255);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/receipts/builders.ts
var builders = __webpack_require__(6311);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(3790);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/model-registration.ts
var model_registration = __webpack_require__(897);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/receipt-facts.ts
var receipt_facts = __webpack_require__(2952);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/desired-state.ts
var desired_state = __webpack_require__(3676);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/live-state.ts
var live_state = __webpack_require__(2490);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/long-running.ts + 1 modules
var long_running = __webpack_require__(6754);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/rollout.ts




/** What a release has written so far, in order, as people read it ("model credit:3 registered"). */
class Applied {
    facts = [];
    /** Deployments written (created or updated) by this run, whatever their state now. */
    deployments = [];
    defaultSwitched = false;
    add(fact) {
        this.facts.push(fact);
    }
}
/** The SDK pollers report every state change; an interval here only matters for the SDK's own first look. */
const LRO = { updateIntervalInMs: 1_000 };
/** Runs `write`, recording what Azure holds afterwards even when it failed after accepting the request. */
async function recorded(applied, what, done, write) {
    try {
        const result = await write();
        applied.add(`${what} ${done}`);
        return result;
    }
    catch (error) {
        if (error instanceof long_running/* ProvisioningFailedError */.tm)
            applied.add(`${what} ${done} but ended ${error.state}`);
        else if (error instanceof errors/* TimeoutError */.MU)
            applied.add(`${what} ${done} but still provisioning`);
        throw error;
    }
}
async function executeRollout(plan, applied, deps) {
    const { scope, logger } = deps;
    const { resourceGroup: rg, workspace: ws, client } = scope;
    const endpointName = plan.endpointName;
    const endpointWhat = `batch endpoint '${endpointName}'`;
    const readTheEndpoint = () => (0,live_state/* readEndpoint */.KW)(scope, endpointName);
    let endpoint = plan.endpoint.live;
    const endpointAction = plan.endpoint.diff.action;
    if (endpointAction !== 'no-op') {
        endpoint = await logger.group(`${endpointAction === 'create' ? 'Create' : 'Update'} ${endpointWhat}`, () => recorded(applied, endpointWhat, endpointAction === 'create' ? 'created' : 'updated', () => {
            const keptDefault = plan.endpoint.live?.properties.defaults?.deploymentName ?? undefined;
            const body = (0,desired_state/* withDefaultDeployment */.Nk)(plan.endpoint.body, keptDefault);
            return (0,long_running/* putAndWait */.QO)({
                describe: endpointWhat,
                begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, endpointName, body, LRO),
                read: readTheEndpoint,
                options: deps.wait,
            });
        }));
    }
    const deployments = [];
    for (const deployment of plan.deployments) {
        deployments.push(await rollOutDeployment(plan, deployment, applied, deps));
    }
    if (plan.switchDefault) {
        endpoint = await logger.group(`Make '${plan.targetDefault}' the default of ${endpointWhat}`, () => switchDefault(plan, deps));
        applied.defaultSwitched = true;
        applied.add(`'${plan.targetDefault}' made the default of ${endpointWhat}`);
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
                applied.add(`batch deployment '${name}' deleted`);
                deleted.push(name);
            }
        });
    }
    return { endpoint, deployments, deleted };
}
async function rollOutDeployment(plan, deployment, applied, deps) {
    const { scope, logger } = deps;
    const { resourceGroup: rg, workspace: ws, client } = scope;
    const { name } = deployment;
    if (deployment.diff.action === 'no-op' && deployment.live)
        return deployment.live;
    const what = `batch deployment '${name}' of endpoint '${plan.endpointName}'`;
    const action = deployment.diff.action === 'create' ? 'created' : 'updated';
    return logger.group(`${deployment.diff.action === 'create' ? 'Create' : 'Update'} ${what}`, async () => {
        const written = () => {
            if (!applied.deployments.includes(name))
                applied.deployments.push(name);
        };
        try {
            return await recorded(applied, `batch deployment '${name}'`, action, () => (0,long_running/* putAndWait */.QO)({
                describe: what,
                begin: async () => {
                    const poller = await client.batchDeployments.beginCreateOrUpdate(rg, ws, plan.endpointName, name, deployment.body, LRO);
                    written();
                    return poller;
                },
                read: () => (0,live_state/* readDeployment */.iJ)(scope, plan.endpointName, name),
                options: deps.wait,
            }));
        }
        catch (error) {
            // A PUT refused outright wrote nothing; one that ended Failed (its LRO) did.
            if (error instanceof long_running/* ProvisioningFailedError */.tm || error instanceof errors/* TimeoutError */.MU)
                written();
            throw error;
        }
    });
}
async function switchDefault(plan, deps) {
    const { scope, logger } = deps;
    const { resourceGroup: rg, workspace: ws, client } = scope;
    const name = plan.endpointName;
    const target = plan.targetDefault;
    const what = `batch endpoint '${name}'`;
    const isDefault = (endpoint) => endpoint?.properties.defaults?.deploymentName?.toLowerCase() === target.toLowerCase();
    const before = await (0,live_state/* readEndpoint */.KW)(scope, name);
    if (isDefault(before) && before?.properties.provisioningState === 'Succeeded') {
        logger.info(`'${target}' is already the default deployment of ${what}`);
        return before;
    }
    const previous = before?.properties.defaults?.deploymentName ?? '(none)';
    const body = (0,desired_state/* withDefaultDeployment */.Nk)(plan.endpoint.body, target);
    await (0,long_running/* putAndWait */.QO)({
        describe: `${what} (default deployment ${previous} → ${target})`,
        begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, name, body, LRO),
        read: () => (0,live_state/* readEndpoint */.KW)(scope, name),
        options: deps.wait,
    });
    const after = await (0,live_state/* readEndpoint */.KW)(scope, name);
    if (!isDefault(after)) {
        throw new Error(`The default deployment of ${what} is '${after?.properties.defaults?.deploymentName ?? '(none)'}' after setting it to '${target}'; the switch did not take effect.`);
    }
    logger.info(`Verified: ${what} now routes its jobs to '${target}' (was ${previous})`);
    return after;
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/summary.ts
var summary = __webpack_require__(2770);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-assets.ts
var workspace_assets = __webpack_require__(5757);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/apply.ts









async function applyPlan(plan, settings, deps) {
    const applied = new Applied();
    try {
        return await apply(plan, settings, applied, deps);
    }
    catch (error) {
        const outcome = failureOutcome(plan, applied);
        (0,summary/* renderFailure */.zt)(deps.summary, { error: (0,errors/* formatErrorDetails */.aH)((0,errors/* describeError */.Uc)(error)), ...outcome });
        throw withOutcome(error, `${outcome.applied} ${outcome.serving}`);
    }
}
async function apply(plan, settings, applied, deps) {
    const { logger } = deps;
    const registration = { ...deps, openContainer: containerOpener(deps) };
    const registered = new Map();
    for (const model of plan.models) {
        if (!model.registration)
            continue;
        const what = `model ${model.name}:${model.version}`;
        registered.set(model, await logger.group(`Register ${what}`, () => (0,model_registration/* registerModel */.$R)(model, registration)));
        applied.add(`${what} registered`);
    }
    for (const environment of plan.environments) {
        if (!environment.registration)
            continue;
        const what = `environment ${environment.name}:${environment.version}`;
        await logger.group(`Register ${what}`, () => (0,workspace_assets/* registerEnvironment */.fL)(environment, registration));
        applied.add(`${what} registered`);
    }
    for (const code of plan.codes) {
        if (!code.registration)
            continue;
        await logger.group('Register the scoring code', () => (0,workspace_assets/* registerCode */.J6)(code, registration));
        applied.add(`the scoring code of ${code.registration.folder.shown} registered`);
    }
    const result = await executeRollout(plan, applied, deps);
    const tagged = new Set();
    for (const deployment of plan.deployments) {
        const model = registered.get(deployment.model) ?? deployment.model;
        const written = deployment.diff.action !== 'no-op' || deployment.model.registration !== undefined;
        if (!written || tagged.has(model))
            continue;
        tagged.add(model);
        await (0,model_registration/* tagDeployedModel */.Cn)(model, deps.run, deps);
    }
    const endpoint = result.endpoint;
    const scoringUri = endpoint.properties.scoringUri ?? '';
    const defaultName = endpoint.properties.defaults?.deploymentName ?? undefined;
    // The receipt names what serves: the default deployment and the model version it serves.
    let receipt;
    const served = servedNow(plan, result, registered, defaultName);
    if (served) {
        receipt = (0,encoding/* encodeReceipt */.vX)((0,builders/* buildAmlReceipt */.dm)({
            ...(0,receipt_facts/* releaseFacts */.tc)(settings.environment, deps.scope, deps.run, deps.clock()),
            endpoint: (0,receipt_facts/* receiptEndpoint */.W7)(endpoint),
            ...served,
        }));
    }
    if (!receipt) {
        logger.warning(`Batch endpoint '${plan.endpointName}' has no default deployment, so there is no receipt to hand on: set one (defaults.deployment_name, or set-default).`);
    }
    const primaryModel = registered.get(plan.primary.model) ?? plan.primary.model;
    (0,summary/* renderServing */.jo)(deps.summary, {
        endpoint: plan.endpointName,
        changed: plan.changed,
        scoringUri,
        defaultDeployment: defaultName,
        deployments: plan.deployments.map((d) => {
            const model = registered.get(d.model) ?? d.model;
            return { name: d.name, model: `${model.name}:${model.version}` };
        }),
        model: `${primaryModel.name}:${primaryModel.version}`,
        deleted: result.deleted,
    });
    return { scoringUri, receipt };
}
/** The default deployment after the rollout and its model: one of the run's, or the one that already served. */
function servedNow(plan, result, registered, defaultName) {
    if (!defaultName)
        return undefined;
    const index = plan.deployments.findIndex((d) => d.name.toLowerCase() === defaultName.toLowerCase());
    if (index >= 0) {
        const deployment = plan.deployments[index];
        const model = registered.get(deployment.model) ?? deployment.model;
        return {
            deployment: { name: deployment.name, id: result.deployments[index].id ?? '' },
            model: { id: model.assetId, name: model.name, version: model.version },
        };
    }
    const live = plan.targetLive;
    const model = live && (0,receipt_facts/* servedModel */.JE)(live);
    return live && model ? { deployment: { name: defaultName, id: live.id ?? '' }, model } : undefined;
}
/** The datastore's container, opened once per datastore for every upload of the step. */
function containerOpener(deps) {
    const opened = new Map();
    return (datastore) => {
        let container = opened.get(datastore.name);
        if (!container) {
            container = (0,datastores/* openDatastoreContainer */.Dr)(datastore, {
                ...deps.scope,
                cloud: deps.cloud,
                credential: deps.credential,
                caCertificates: deps.caCertificates,
                mask: deps.mask,
            });
            opened.set(datastore.name, container);
        }
        return container;
    };
}
/** What a failed release leaves behind, in words: what it applied, and what serves. */
function failureOutcome(plan, applied) {
    const notDefault = applied.deployments.filter((name) => !(applied.defaultSwitched && name.toLowerCase() === plan.targetDefault?.toLowerCase()));
    const facts = applied.facts.length
        ? `Applied before the failure: ${applied.facts.join('; ')}${notDefault.length ? ` (${notDefault.map((n) => `'${n}'`).join(', ')} not the default)` : ''}.`
        : 'Nothing was written.';
    const serving = applied.defaultSwitched
        ? `'${plan.targetDefault}' is the default and serves.`
        : plan.currentDefault
            ? `The previous default '${plan.currentDefault}' keeps serving.`
            : `Batch endpoint '${plan.endpointName}' has no default deployment yet: nothing serves its jobs.`;
    return { applied: facts, serving };
}
/** The failure with what it left behind, one line, of the same class (a ConfigurationError stays one). */
function withOutcome(error, outcome) {
    const reason = (0,errors/* formatErrorDetails */.aH)((0,errors/* describeError */.Uc)(error)).replace(/\s*\n\s*/g, ' ');
    const text = `${reason.replace(/\.?\s*$/, '.')} ${outcome}`;
    if (error instanceof errors/* ConfigurationError */.j1) {
        return new errors/* ConfigurationError */.j1(text, { input: error.input, location: error.location, cause: error });
    }
    return new Error(text, { cause: error });
}


/***/ })

};
