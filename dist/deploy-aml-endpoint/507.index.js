export const id = 507;
export const ids = [507];
export const modules = {

/***/ 18507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dryRunReceipt: () => (/* binding */ dryRunReceipt),
  planAndReport: () => (/* binding */ planAndReport)
});

// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(93790);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/plan-report.ts + 1 modules
var plan_report = __webpack_require__(45680);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/receipt-facts.ts
var receipt_facts = __webpack_require__(52952);
// EXTERNAL MODULE: ./src/shared/azure/asset-tags.ts
var asset_tags = __webpack_require__(33443);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/desired-state.ts
var desired_state = __webpack_require__(33676);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/live-state.ts
var live_state = __webpack_require__(32490);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/long-running.ts + 1 modules
var long_running = __webpack_require__(66754);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/model-registration.ts
var model_registration = __webpack_require__(80897);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/plan-steps.ts


/** Batch deployment server defaults (2022-10-01 spec `default`s; AZURE-CONTRACTS.md). */
const DEPLOYMENT_DEFAULTS = {
    'properties.miniBatchSize': 10,
    'properties.maxConcurrencyPerInstance': 1,
    'properties.errorThreshold': -1,
    'properties.retrySettings.maxRetries': 3,
    'properties.retrySettings.timeout': 'PT30S',
    'properties.outputAction': 'AppendRow',
    'properties.outputFileName': 'predictions.csv',
    'properties.loggingLevel': 'Info',
    'properties.resources.instanceCount': 1,
};
const DEPLOYMENT_FIELDS = [
    { field: 'tags', kind: 'map' },
    { field: 'properties.description', kind: 'text' },
    { field: 'properties.model.assetId', kind: 'id' },
    { field: 'properties.compute', kind: 'id' },
    { field: 'properties.codeConfiguration.codeId', kind: 'id' },
    { field: 'properties.codeConfiguration.scoringScript', kind: 'text' },
    { field: 'properties.environmentId', kind: 'id' },
    { field: 'properties.environmentVariables', kind: 'map' },
    { field: 'properties.miniBatchSize', kind: 'value' },
    { field: 'properties.maxConcurrencyPerInstance', kind: 'value' },
    { field: 'properties.errorThreshold', kind: 'value' },
    { field: 'properties.retrySettings.maxRetries', kind: 'value' },
    { field: 'properties.retrySettings.timeout', kind: 'duration' },
    { field: 'properties.outputAction', kind: 'enum' },
    { field: 'properties.outputFileName', kind: 'text' },
    { field: 'properties.loggingLevel', kind: 'enum' },
    { field: 'properties.resources.instanceCount', kind: 'value' },
    { field: 'properties.resources.instanceType', kind: 'text' },
    { field: 'properties.resources.properties', kind: 'map' },
];
const ENDPOINT_FIELDS = [
    { field: 'tags', kind: 'map' },
    { field: 'properties.description', kind: 'text' },
];
function get(value, field) {
    let current = value;
    for (const segment of field.split('.')) {
        if (current === null || current === undefined || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current === null ? undefined : current;
}
/** ISO 8601 duration (time part, optional days) in seconds; undefined when unreadable. */
function durationSeconds(text) {
    const match = /^P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(text.trim());
    if (!match || text.trim().toUpperCase() === 'P' || /T$/i.test(text.trim()))
        return undefined;
    const [, d = '0', h = '0', m = '0', s = '0'] = match;
    return Number(d) * 86_400 + Number(h) * 3_600 + Number(m) * 60 + Number(s);
}
function cleanMap(value) {
    if (!value || typeof value !== 'object')
        return {};
    return Object.fromEntries(Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
/** The comparable form of a value; `undefined` means absent. */
function comparable(kind, value) {
    if (value === undefined || value === null)
        return undefined;
    switch (kind) {
        case 'text':
            return String(value) === '' ? undefined : String(value);
        case 'id':
        case 'enum':
            return String(value).toLowerCase();
        case 'location':
            return String(value).toLowerCase().replace(/\s+/g, '');
        case 'duration':
            return durationSeconds(String(value)) ?? String(value);
        case 'map': {
            const map = cleanMap(value);
            return Object.keys(map).length ? JSON.stringify(map) : undefined;
        }
        case 'set': {
            const items = value.map((item) => String(item).toLowerCase()).sort();
            return items.length ? JSON.stringify(items) : undefined;
        }
        case 'value':
            return JSON.stringify(value);
    }
}
function compareFields(rules, desired, live, defaults = {}) {
    const changes = [];
    for (const { field, kind } of rules) {
        const wanted = get(desired, field) ?? defaults[field];
        const current = get(live, field) ?? defaults[field];
        if (comparable(kind, wanted) === comparable(kind, current))
            continue;
        changes.push(dropUndefined({ field, before: display(kind, current), after: display(kind, wanted) }));
    }
    return changes;
}
function display(kind, value) {
    if (value === undefined || value === null)
        return undefined;
    return kind === 'map' ? cleanMap(value) : value;
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** Add-only property bags: new keys are changes, a different value for an existing key is a conflict. */
function comparePropertyBag(field, specPath, desired, live, changes, conflicts) {
    for (const [key, value] of Object.entries(desired ?? {})) {
        const current = live?.[key];
        if (current === undefined || current === null) {
            changes.push({ field: `${field}.${key}`, after: value });
        }
        else if (current !== value) {
            conflicts.push({
                field: `${field}.${key}`,
                at: [...specPath, key],
                message: `property '${key}' is '${current}' in Azure and cannot be changed to '${value}': Azure ML properties can be added but never altered or removed. Keep the current value, or use a tag for values that change.`,
            });
        }
    }
}
function diffEndpoint(desired, live, specHasLocation) {
    if (!live) {
        return {
            action: 'create',
            changes: [
                { field: 'location', after: desired.location },
                { field: 'properties.authMode', after: desired.properties.authMode },
                ...compareFields(ENDPOINT_FIELDS, desired, undefined),
            ],
            conflicts: [],
        };
    }
    const changes = compareFields(ENDPOINT_FIELDS, desired, live);
    const conflicts = [];
    if (comparable('location', desired.location) !== comparable('location', live.location)) {
        conflicts.push({
            field: 'location',
            at: specHasLocation ? ['location'] : ['name'],
            message: `batch endpoint '${live.name}' exists in ${live.location} and cannot move to ${desired.location}: an Azure resource never changes region. Use another endpoint name for ${desired.location}.`,
        });
    }
    if (comparable('enum', desired.properties.authMode) !== comparable('enum', live.properties.authMode)) {
        conflicts.push({
            field: 'properties.authMode',
            at: ['auth_mode'],
            message: `batch endpoint '${live.name}' uses auth mode ${live.properties.authMode}, which cannot be changed to ${desired.properties.authMode} in place: it would need deleting and re-creating the endpoint (downtime), which this action never does. Create a new endpoint with auth_mode: aad_token.`,
        });
    }
    comparePropertyBag('properties.properties', ['properties'], desired.properties.properties, live.properties.properties ?? undefined, changes, conflicts);
    if (desired.identity) {
        const wantedUsers = Object.keys(desired.identity.userAssignedIdentities ?? {});
        const liveUsers = Object.keys(live.identity?.userAssignedIdentities ?? {});
        if (comparable('enum', desired.identity.type) !== comparable('enum', live.identity?.type ?? 'None') ||
            comparable('set', wantedUsers) !== comparable('set', liveUsers)) {
            changes.push({
                field: 'identity',
                before: live.identity ? { type: live.identity.type, userAssignedIdentities: liveUsers } : undefined,
                after: { type: desired.identity.type, userAssignedIdentities: wantedUsers },
            });
        }
    }
    const state = live.properties.provisioningState;
    if (changes.length === 0 && state !== undefined && state !== 'Succeeded') {
        return {
            action: 'update',
            reason: `its provisioning state is ${state}; the spec is applied again`,
            changes,
            conflicts,
        };
    }
    return { action: changes.length ? 'update' : 'no-op', changes, conflicts };
}
function diffDeployment(desired, live) {
    // A new deployment shows what the spec sets; Azure's defaults fill in the rest.
    if (!live)
        return { action: 'create', changes: compareFields(DEPLOYMENT_FIELDS, desired, undefined), conflicts: [] };
    const changes = compareFields(DEPLOYMENT_FIELDS, desired, live, DEPLOYMENT_DEFAULTS);
    const conflicts = [];
    comparePropertyBag('properties.properties', ['properties'], desired.properties.properties, live.properties.properties ?? undefined, changes, conflicts);
    const state = live.properties.provisioningState;
    if (changes.length === 0 && state !== undefined && state !== 'Succeeded') {
        return {
            action: 'update',
            reason: `its provisioning state is ${state}; the spec is applied again`,
            changes,
            conflicts,
        };
    }
    return { action: changes.length ? 'update' : 'no-op', changes, conflicts };
}
/** The default switch: only ever to the deployment this release deploys. */
function planDefault(endpoint, currentDefault, deployment, setDefault) {
    const name = `${endpoint} → ${deployment}`;
    if (!setDefault) {
        return {
            resource: 'default deployment',
            name: endpoint,
            action: 'keep',
            reason: `set-default is false; the default stays ${currentDefault ?? '(none)'}`,
            changes: [],
        };
    }
    if (currentDefault?.toLowerCase() === deployment.toLowerCase()) {
        return { resource: 'default deployment', name, action: 'no-op', changes: [] };
    }
    return {
        resource: 'default deployment',
        name,
        action: 'switch',
        reason: 'once the deployment has reached Succeeded, by re-PUT of the endpoint, then verified',
        changes: [{ field: 'properties.defaults.deploymentName', before: currentDefault, after: deployment }],
    };
}
/**
 * Which deployments go once the default has moved: the endpoint keeps `keep` deployments, the default and the
 * deployed one included, the newest of the others first. Only deployments this action created (tag
 * `mlops.managed-by`) are ever deleted; the default never is.
 */
function planCleanup(live, protectedNames, keep) {
    const isProtected = (name) => protectedNames.some((p) => p.toLowerCase() === name.toLowerCase());
    const others = live
        .filter((deployment) => deployment.name && !isProtected(deployment.name))
        .filter((deployment) => deployment.properties.provisioningState !== 'Deleting')
        .sort((a, b) => (0,live_state/* createdAt */.CT)(b) - (0,live_state/* createdAt */.CT)(a));
    const room = Math.max(0, keep - new Set(protectedNames.map((n) => n.toLowerCase())).size);
    return others.slice(room).map((deployment) => {
        const managed = deployment.tags?.[desired_state/* MANAGED_BY_TAG */.dS] === desired_state/* MANAGED_BY */.Kf;
        return managed
            ? {
                resource: 'old deployment',
                name: deployment.name,
                action: 'delete',
                reason: `beyond keep-deployments (${keep})`,
                changes: [],
            }
            : {
                resource: 'old deployment',
                name: deployment.name,
                action: 'keep',
                reason: `beyond keep-deployments (${keep}), but not created by this action (no tag ${desired_state/* MANAGED_BY_TAG */.dS}); left in place`,
                changes: [],
            };
    });
}
function writesAnything(steps) {
    return steps.some((step) => step.action !== 'no-op' && step.action !== 'keep');
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/resource-names.ts + 1 modules
var resource_names = __webpack_require__(88275);
// EXTERNAL MODULE: ./src/deploy-aml-endpoint/specs/origin.ts
var origin = __webpack_require__(17563);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/validation-stamp.ts
/**
 * Promotion evidence (DESIGN.md §2.2): run-integration-score stamps a model version that passed in an environment
 * with the tag `mlops.validated.<environment>` = the run's URL, and `require-validation: <environment>` refuses to
 * deploy a version without that stamp — before anything is written. The stamp lives on the version in Azure, so it
 * holds across workflow runs and repositories.
 */


/** The stamp's value (the validating run's URL), or throws saying what to run. */
function requireValidation(model, environment) {
    const tag = (0,asset_tags/* validationTag */.I_)(environment);
    const what = `model ${model.name}:${model.version}`;
    const input = 'require-validation';
    if (model.source === 'registry') {
        throw new errors/* ConfigurationError */.j1(`require-validation: ${environment} cannot be checked for ${what} from registry ${model.assetId.split('/')[3]}: the stamp is a tag on a workspace model version. Deploy the version registered in the workspace that ran integration scoring.`, { input });
    }
    if (model.registration || !model.live) {
        throw new errors/* ConfigurationError */.j1(`${what} is not registered yet, so it cannot have passed integration scoring in '${environment}' (no tag ${tag}). Deploy it to ${environment} and run run-integration-score there first; then deploy that version here (azureml:${model.name}:<version>).`, { input });
    }
    const stamp = model.live.properties.tags?.[tag];
    if (!stamp) {
        throw new errors/* ConfigurationError */.j1(`${what} has not passed integration scoring in '${environment}' (it has no tag ${tag}): run run-integration-score for this version in ${environment} first, then deploy it here.`, { input });
    }
    return stamp;
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/workspace-assets.ts
var workspace_assets = __webpack_require__(25757);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/release-plan.ts










function throwConflicts(reader, diff) {
    const [first] = diff.conflicts;
    if (first)
        throw reader.error(first.at, first.message);
}
async function planRelease(request, options) {
    const { scope, logger } = options;
    const location = request.endpoint.location ?? (await (0,live_state/* readWorkspaceLocation */.lY)(scope));
    const model = await (0,model_registration/* resolveModel */.AX)(request.model, { scope, cloud: options.cloud, logger });
    const validatedBy = options.requireValidation
        ? requireValidation(model, options.requireValidation)
        : undefined;
    if (validatedBy) {
        logger.info(`Model ${model.name}:${model.version} passed integration scoring in ${options.requireValidation}: ${validatedBy}`);
    }
    const template = request.deploymentName;
    const deploymentName = (0,resource_names/* isTemplate */.Fl)(template.value)
        ? (0,resource_names/* renderDeploymentName */.pi)(template.value, model)
        : template.value;
    const problem = (0,resource_names/* nameProblem */.rH)(deploymentName, 'deployment');
    if (problem) {
        throw (0,origin/* originError */.T)(template.origin, `'${template.value}' gives the deployment name '${deploymentName}' for model ${model.name}:${model.version}, which Azure refuses: ${problem}.`);
    }
    const [computeId, environmentId, code] = [
        await (0,workspace_assets/* resolveCompute */.w9)(request.deployment, scope),
        await (0,workspace_assets/* resolveEnvironment */.g9)(request.deployment, scope),
        await (0,workspace_assets/* resolveCode */.Ik)(request.code, scope, options.cloud),
    ];
    const endpointName = request.endpointName;
    const liveEndpoint = await (0,long_running/* waitUntilSettled */.D1)(`batch endpoint '${endpointName}'`, () => (0,live_state/* readEndpoint */.KW)(scope, endpointName), await (0,live_state/* readEndpoint */.KW)(scope, endpointName), options.wait);
    const liveDeployments = liveEndpoint ? await (0,live_state/* listDeployments */.Jn)(scope, endpointName) : [];
    const listed = liveDeployments.find((d) => d.name?.toLowerCase() === deploymentName.toLowerCase());
    const liveDeployment = await (0,long_running/* waitUntilSettled */.D1)(`batch deployment '${deploymentName}' of endpoint '${endpointName}'`, () => (0,live_state/* readDeployment */.iJ)(scope, endpointName, deploymentName), listed, options.wait);
    const endpointBody = (0,desired_state/* desiredEndpoint */.cB)(request.endpoint, location);
    const endpointDiff = diffEndpoint(endpointBody, liveEndpoint, request.endpoint.location !== undefined);
    throwConflicts(request.endpoint.reader, endpointDiff);
    const deploymentBody = (0,desired_state/* desiredDeployment */.WF)(request.deployment, {
        modelId: model.assetId,
        modelName: model.name,
        modelVersion: model.version,
        computeId,
        codeId: code?.id,
        environmentId,
    }, location);
    const deploymentDiff = diffDeployment(deploymentBody, liveDeployment);
    throwConflicts(request.deployment.reader, deploymentDiff);
    const writesDeployment = deploymentDiff.action !== 'no-op';
    const steps = [modelStep(model, writesDeployment, options.run)];
    if (code) {
        steps.push({
            resource: 'scoring code',
            name: code.registration
                ? `${code.registration.folder.shown}`
                : (code.id.split('/').slice(-3, -2)[0] ?? code.id),
            action: code.registration ? 'register' : 'no-op',
            ...(code.registration
                ? {
                    reason: `${code.registration.folder.files.length} file(s), ${code.registration.folder.bytes} bytes, uploaded to datastore '${code.registration.datastore.name}'`,
                }
                : {}),
            changes: [],
        });
    }
    steps.push({ resource: 'endpoint', name: endpointName, ...withoutConflicts(endpointDiff) }, { resource: 'deployment', name: deploymentName, ...withoutConflicts(deploymentDiff) });
    const currentDefault = liveEndpoint?.properties.defaults?.deploymentName ?? undefined;
    steps.push(planDefault(endpointName, currentDefault, deploymentName, options.setDefault));
    const cleanup = options.setDefault
        ? planCleanup(liveDeployments, [deploymentName], options.keepDeployments)
        : [];
    steps.push(...cleanup);
    return {
        endpointName,
        deploymentName,
        location,
        model,
        code,
        endpoint: { body: endpointBody, live: liveEndpoint, diff: endpointDiff },
        deployment: { body: deploymentBody, live: liveDeployment, diff: deploymentDiff },
        setDefault: options.setDefault,
        serving: currentDefault
            ? liveDeployments.find((d) => d.name?.toLowerCase() === currentDefault.toLowerCase())
            : undefined,
        deletions: cleanup.filter((step) => step.action === 'delete').map((step) => step.name),
        steps,
        changed: writesAnything(steps),
        validatedBy,
    };
}
function withoutConflicts(diff) {
    return { action: diff.action, ...(diff.reason ? { reason: diff.reason } : {}), changes: diff.changes };
}
function modelStep(model, writesDeployment, run) {
    const name = `${model.name}:${model.version}`;
    const registration = model.registration;
    if (registration) {
        return {
            resource: 'model',
            name,
            action: 'register',
            reason: `${registration.folder.files.length} file(s), ${registration.folder.bytes} bytes from ${registration.folder.shown}, uploaded to datastore '${registration.datastore.name}'; tagged with this run once deployed`,
            changes: [
                { field: 'properties.modelUri', after: registration.modelUri },
                { field: `properties.tags.${asset_tags/* CONTENT_DIGEST_TAG */.gt}`, after: registration.folder.digest },
                ...Object.entries((0,model_registration/* deployedTags */.aP)(run)).map(([key, value]) => ({
                    field: `properties.tags.${key}`,
                    after: value,
                })),
            ],
        };
    }
    const source = model.source === 'registry' ? `from registry ${model.assetId.split('/')[3]}` : 'registered';
    if (!writesDeployment || model.source === 'registry' || !model.live) {
        return { resource: 'model', name, action: 'no-op', reason: source, changes: [] };
    }
    const current = model.live.properties.tags ?? {};
    const changes = Object.entries((0,model_registration/* deployedTags */.aP)(run))
        .filter(([key, value]) => current[key] !== value)
        .map(([key, value]) => ({ field: `properties.tags.${key}`, before: current[key], after: value }));
    return changes.length
        ? {
            resource: 'model',
            name,
            action: 'tag',
            reason: 'with the run that deploys it, once deployed',
            changes,
        }
        : { resource: 'model', name, action: 'no-op', reason: source, changes: [] };
}

// EXTERNAL MODULE: ./src/deploy-aml-endpoint/summary.ts
var summary = __webpack_require__(92770);
;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/plan.ts





async function planAndReport(request, settings, deps) {
    const { logger } = deps;
    const plan = await logger.group('Read live state and plan', () => planRelease(request, {
        scope: deps.scope,
        cloud: deps.cloud,
        logger,
        run: deps.run,
        setDefault: settings.setDefault,
        keepDeployments: settings.keepDeployments,
        requireValidation: settings.requireValidation,
        wait: deps.wait,
    }));
    for (const line of (0,plan_report/* planLines */.HN)(plan))
        logger.info(line);
    const target = {
        environment: settings.environment,
        workspace: deps.scope.workspace,
        dryRun: settings.dryRun,
    };
    const planPath = await (0,plan_report/* writePlanFile */.J)((0,plan_report/* planDocument */.NP)(plan, target), deps.env, deps.redact);
    (0,summary/* renderSummary */.B)(deps.summary, { ...target, plan, planPath });
    return { plan, planPath };
}
/**
 * The encoded receipt of what serves now, before this release, for a dry run to hand on (so planning steps
 * downstream chain the same way); undefined, with a warning, when nothing serves on the endpoint yet.
 */
function dryRunReceipt(plan, settings, deps) {
    const receipt = (0,receipt_facts/* servingReceipt */.Xx)(plan, (0,receipt_facts/* releaseFacts */.tc)(settings.environment, deps.scope, deps.run, deps.clock()));
    if (!receipt) {
        deps.logger.warning('Dry run: nothing serves on this endpoint yet, so there is no receipt to hand on.');
        return undefined;
    }
    deps.logger.info(`Dry run: the receipt describes what serves now (${receipt.deployment.name}, model ${receipt.model.name}:${receipt.model.version})`);
    return (0,encoding/* encodeReceipt */.vX)(receipt);
}


/***/ }),

/***/ 88275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jc: () => (/* binding */ ASSET_NAME),
  mg: () => (/* binding */ ASSET_VERSION),
  Fl: () => (/* binding */ isTemplate),
  rH: () => (/* reexport */ nameProblem),
  pi: () => (/* binding */ renderDeploymentName),
  MS: () => (/* binding */ templateProblem)
});

// UNUSED EXPORTS: PER_MODEL_VERSION, PER_MODEL_VERSION_TEMPLATE

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/shared/azure/ml-names.ts
/**
 * Azure ML batch endpoint and deployment names: 3 to 32 characters, `^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$` —
 * azure-ai-ml's `validate_endpoint_or_deployment_name`, which mirrors the service (the REST spec's path pattern is
 * looser). Endpoint names also become a DNS label (`{endpoint}.{region}.inference.ml.azure.com`) and must be unique
 * in the region.
 */
const ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/;
/** Why a name is refused (the service's wording), or undefined when it is valid. */
function nameProblem(name, kind) {
    const what = kind === 'endpoint' ? 'an endpoint' : 'a deployment';
    if (name.length < 3 || name.length > 32) {
        return `the name for ${what} must be at least 3 and at most 32 characters long (got ${name.length})`;
    }
    if (!ENDPOINT_NAME.test(name)) {
        return `the name for ${what} must start with a letter, end with a letter or digit, and contain only letters, digits and '-'`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/resource-names.ts
/**
 * The names Azure ML accepts, and deployment names made from the model (`deployment-name: per-model-version` or a
 * template with `{model-name}` and `{model-version}`).
 *
 * Endpoint and deployment names: src/shared/azure/ml-names.ts (apply-control-metadata checks rows with them too).
 * Asset names (models, code): `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`, the path pattern of ModelVersions_CreateOrUpdate
 * in the 2022-10-01 spec (mfe.json).
 */



const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/** Versions are free text in the spec; these characters would break `azureml:<name>:<version>` and the ARM path. */
const ASSET_VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PER_MODEL_VERSION = 'per-model-version';
const PER_MODEL_VERSION_TEMPLATE = '{model-name}-v{model-version}';
const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN_PLACEHOLDERS = ['model-name', 'model-version'];
/** Checks a template's placeholders without a model: an unknown one is the user's typo. */
function templateProblem(template) {
    if (template === PER_MODEL_VERSION)
        return undefined;
    for (const [, name] of template.matchAll(PLACEHOLDER)) {
        if (!KNOWN_PLACEHOLDERS.includes(name)) {
            return `'{${name}}' is not a placeholder; use {model-name} and {model-version}`;
        }
    }
    if (/[{}]/.test(template.replace(PLACEHOLDER, '')))
        return 'it has an unmatched { or }';
    return undefined;
}
function isTemplate(name) {
    return name === PER_MODEL_VERSION || /\{[^{}]*\}/.test(name);
}
/** A model name or version as a name fragment: lower case, runs of other characters as one '-'. */
function fragment(value) {
    return value
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/**
 * The deployment name for a model. Placeholders are replaced by sanitised fragments; a name that would be too long
 * keeps its start and ends with 8 hex characters of a hash of the full name, so two versions never collide by
 * truncation. The result still has to pass `nameProblem` (a template such as `1-{model-version}` cannot).
 */
function renderDeploymentName(template, model) {
    const pattern = template === PER_MODEL_VERSION ? PER_MODEL_VERSION_TEMPLATE : template;
    const values = {
        'model-name': fragment(model.name),
        'model-version': fragment(model.version),
    };
    const full = pattern
        .replace(PLACEHOLDER, (_match, name) => values[name] ?? '')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
    if (full.length <= 32)
        return full;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(full).digest('hex').slice(0, 8);
    return `${full.slice(0, 23).replace(/-+$/, '')}-${hash}`;
}


/***/ })

};
