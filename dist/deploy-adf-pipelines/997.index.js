export const id = 997;
export const ids = [997];
export const modules = {

/***/ 7244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ deletionRefusal)
/* harmony export */ });
/* harmony import */ var _shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9632);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/**
 * How much a deployment may delete. A source that is missing most of the factory (an empty folder, the ARM output
 * folder given instead of the template, a filter too narrow) plans to delete most of the factory; with
 * delete-orphans on, that is the one mistake that destroys a production factory (Azure/Azure-DataFactory#752). So
 * two limits, both checked before any write, and by a dry run too (a pull request's plan fails where the apply
 * would):
 *
 * - `max-deletions`: the most resources one deployment deletes;
 * - `max-deletion-percent`: the largest share of the factory's resources (those within the include/exclude filters;
 *   global parameters are never deleted) one deployment deletes. Deleting more takes raising it, up to 100.
 */


/**
 * The refusal of a plan deleting `deletes` out of `inScope` live resources, or undefined when within the limits.
 */
function deletionRefusal(deletes, inScope, limits, 
/** How messages name the target: `data factory 'adf-dev'`. */
target) {
    if (deletes.length === 0)
        return undefined;
    const listed = deletes.length <= 20 ? ` (${deletes.map(_shared_adf_artifacts_js__WEBPACK_IMPORTED_MODULE_0__/* .describeArtifact */ .Qw).join(', ')})` : '';
    if (deletes.length > limits.maxDeletions) {
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The plan deletes ${deletes.length} resources from ${target}${listed}, more than max-deletions (${limits.maxDeletions}); nothing was changed. ` +
            'Check the source and filters, or raise max-deletions.', { input: 'max-deletions' });
    }
    const percent = limits.maxDeletionPercent;
    if (percent !== undefined && deletes.length * 100 > percent * inScope) {
        const share = Math.round((deletes.length * 100) / Math.max(1, inScope));
        return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`The plan deletes ${deletes.length} of the ${inScope} resources of ${target} (${share}%)${listed}, more than max-deletion-percent (${percent}%); nothing was changed. ` +
            "A source missing most of the factory looks like this (an empty or wrong folder, a filter too narrow): check input 'source' and the filters. " +
            'To delete that much on purpose, raise max-deletion-percent (100 allows deleting everything).', { input: 'max-deletion-percent' });
    }
    return undefined;
}


/***/ }),

/***/ 9997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planDeployment: () => (/* binding */ planDeployment),
  targetName: () => (/* binding */ targetName)
});

// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var artifacts = __webpack_require__(9632);
// EXTERNAL MODULE: ./src/shared/adf/live-state.ts
var live_state = __webpack_require__(3913);
// EXTERNAL MODULE: ./src/shared/azure/api-versions.ts
var api_versions = __webpack_require__(5703);
// EXTERNAL MODULE: ./src/shared/azure/management-requests.ts
var management_requests = __webpack_require__(8277);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/problems.ts
var problems = __webpack_require__(4325);
;// CONCATENATED MODULE: ./src/shared/receipts/aml-reads.ts

/** `client` must be at the Machine Learning api-version (MACHINE_LEARNING_API_VERSION). */
function amlReadsOf(client) {
    const endpointPath = (rg, workspace, endpoint) => (0,management_requests/* resourcePath */.o)('subscriptions', client.subscriptionId, 'resourceGroups', rg, 'providers', 'Microsoft.MachineLearningServices', 'workspaces', workspace, 'batchEndpoints', endpoint);
    return {
        subscriptionId: client.subscriptionId,
        batchEndpoints: {
            get: async (rg, workspace, endpoint) => (await (0,management_requests/* sendManagementRequest */.j)(client, {
                method: 'GET',
                path: endpointPath(rg, workspace, endpoint),
            })),
        },
        batchDeployments: {
            get: async (rg, workspace, endpoint, deployment) => (await (0,management_requests/* sendManagementRequest */.j)(client, {
                method: 'GET',
                path: `${endpointPath(rg, workspace, endpoint)}${(0,management_requests/* resourcePath */.o)('deployments', deployment)}`,
            })),
        },
    };
}

// EXTERNAL MODULE: ./src/shared/receipts/consistency.ts
var consistency = __webpack_require__(7979);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/aml-verification.ts



const sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name:version` of a model asset id (workspace ARM id or registry URI), or the id itself. */
function modelLabel(assetId) {
    const model = (0,consistency/* modelOfAssetId */.U)(assetId);
    return model ? `${model.name}:${model.version}` : assetId;
}
async function readOrUndefined(what, read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error))
            return undefined;
        throw (0,errors/* withContext */.eQ)(`Reading ${what} to verify the aml receipt`, error);
    }
}
/**
 * Resolves when live state matches the receipt; otherwise throws a ConfigurationError (input `aml-receipt`) that
 * names every difference. Azure failures other than 404 are rethrown with context (they are not the user's to fix).
 */
async function verifyAmlReceipt(receipt, client, logger, options = {}) {
    const input = options.input ?? 'aml-receipt';
    const producer = schemas/* RECEIPT_PRODUCERS */.xn.aml;
    const { resourceGroup: rg, workspace: ws } = receipt;
    const endpointName = receipt.endpoint.name;
    const deploymentName = receipt.deployment.name;
    const remedy = `Run ${producer} for '${receipt.environment}' again in this job and pass its receipt.`;
    const refuse = (differences) => new errors/* ConfigurationError */.j1(`Input '${input}': the receipt of ${producer} for '${receipt.environment}' does not match the live state of workspace '${ws}' (resource group '${rg}'): ${differences.join('; ')}. ${remedy}`, { input });
    if (client.subscriptionId !== undefined && !sameId(client.subscriptionId, receipt.subscription)) {
        throw refuse([
            `the receipt is for subscription '${receipt.subscription}', but this step works in '${client.subscriptionId}'`,
        ]);
    }
    logger.debug(`Verifying the aml receipt: GET batch endpoint '${endpointName}' and its deployment '${deploymentName}'`);
    const deploymentRead = readOrUndefined(`batch deployment '${endpointName}/${deploymentName}'`, () => client.batchDeployments.get(rg, ws, endpointName, deploymentName));
    // Awaited below, or not at all when the endpoint is refused: its failure then has nothing to add.
    deploymentRead.catch(() => undefined);
    const endpoint = await readOrUndefined(`batch endpoint '${endpointName}'`, () => client.batchEndpoints.get(rg, ws, endpointName));
    if (!endpoint)
        throw refuse([`batch endpoint '${endpointName}' does not exist`]);
    const differences = [];
    const state = endpoint.properties.provisioningState;
    if (state !== 'Succeeded') {
        differences.push(`batch endpoint '${endpointName}' is in provisioning state '${state ?? 'unknown'}', not 'Succeeded'`);
    }
    if (!endpoint.id || !sameId(endpoint.id, receipt.endpoint.id)) {
        differences.push(`batch endpoint '${endpointName}' has id '${endpoint.id ?? '(none)'}', not the receipt's '${receipt.endpoint.id}'`);
    }
    const liveUri = endpoint.properties.scoringUri;
    if (liveUri !== receipt.endpoint.scoringUri) {
        differences.push(`batch endpoint '${endpointName}' has scoring URI '${liveUri ?? '(none)'}', not the receipt's '${receipt.endpoint.scoringUri}'`);
    }
    const liveDefault = endpoint.properties.defaults?.deploymentName;
    if (!liveDefault) {
        differences.push(`batch endpoint '${endpointName}' has no default deployment, not the receipt's '${deploymentName}'`);
    }
    else if (liveDefault.toLowerCase() !== deploymentName.toLowerCase()) {
        differences.push(`the default deployment of batch endpoint '${endpointName}' is '${liveDefault}', not the receipt's '${deploymentName}'`);
    }
    const deployment = await deploymentRead;
    if (!deployment) {
        differences.push(`batch deployment '${deploymentName}' of endpoint '${endpointName}' does not exist`);
    }
    else {
        if (!deployment.id || !sameId(deployment.id, receipt.deployment.id)) {
            differences.push(`batch deployment '${deploymentName}' has id '${deployment.id ?? '(none)'}', not the receipt's '${receipt.deployment.id}'`);
        }
        const deploymentState = deployment.properties.provisioningState;
        if (deploymentState !== 'Succeeded') {
            differences.push(`batch deployment '${deploymentName}' is in provisioning state '${deploymentState ?? 'unknown'}', not 'Succeeded'`);
        }
        const assetId = deployment.properties.model?.assetId;
        const expected = `${receipt.model.name}:${receipt.model.version}`;
        if (!assetId) {
            differences.push(`batch deployment '${deploymentName}' serves no model asset, not the receipt's ${expected}`);
        }
        else if (!sameId(assetId, receipt.model.id)) {
            differences.push(`batch deployment '${deploymentName}' serves model ${modelLabel(assetId)} (${assetId}), not the receipt's ${expected} (${receipt.model.id})`);
        }
        else {
            // The id matched (ARM ids are case-insensitive); the name and version a consumer writes must be the served
            // model's exactly, as deploy-aml-endpoint copies them from this id.
            const served = (0,consistency/* modelOfAssetId */.U)(assetId);
            if (!served || served.name !== receipt.model.name || served.version !== receipt.model.version) {
                differences.push(`batch deployment '${deploymentName}' serves model ${modelLabel(assetId)}, not the receipt's ${expected}`);
            }
        }
    }
    if (differences.length > 0)
        throw refuse(differences);
    logger.info(`Verified the aml receipt: batch endpoint '${endpointName}' is Succeeded and its default deployment '${deploymentName}' serves ${receipt.model.name}:${receipt.model.version}.`);
}

// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(3790);
;// CONCATENATED MODULE: ./src/shared/receipts/builders.ts
/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action.
 */


function common(facts) {
    return {
        v: schemas/* RECEIPT_VERSION */.y4,
        environment: facts.environment,
        subscription: facts.subscriptionId,
        resourceGroup: facts.resourceGroup,
        run: facts.run,
        time: new Date(facts.time).toISOString(),
    };
}
function checked(kind, receipt) {
    const parsed = schemas/* RECEIPT_SCHEMAS */.g5[kind].safeParse(receipt);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(`The ${kind} receipt this step built is not valid (${issue.path.join('.') || 'the receipt'}: ${issue.message}).`);
}
/** deploy-aml-endpoint: the endpoint, its default deployment and the model version it serves. */
function buildAmlReceipt(facts) {
    return checked('aml', {
        ...common(facts),
        kind: 'aml',
        workspace: facts.workspace,
        endpoint: { ...facts.endpoint },
        deployment: { ...facts.deployment },
        model: { ...facts.model },
    });
}
/** deploy-adf-pipelines: the factory and its pipelines' content hashes, upstream the aml receipt. */
function buildAdfReceipt(facts) {
    return checked('adf', {
        ...common(facts),
        kind: 'adf',
        factory: { ...facts.factory },
        ...(facts.target ? { target: facts.target } : {}),
        pipelines: facts.pipelines.map((pipeline) => ({ ...pipeline })),
        ...(facts.planned ? { planned: true } : {}),
        upstream: (0,encoding/* upstream */.a4)(facts.amlReceipt),
    });
}
/** apply-control-metadata: the store and table, the rows' count and hash, upstream the adf receipt. */
function buildMetadataReceipt(facts) {
    return checked('metadata', {
        ...common(facts),
        kind: 'metadata',
        store: { ...facts.store },
        rows: { ...facts.rows },
        upstream: upstream(facts.adfReceipt),
    });
}
/** run-integration-score: the scoring run, the model version and its content digest, the verdict; upstream metadata. */
function buildIntegrationReceipt(facts) {
    return checked('integration', {
        ...common(facts),
        kind: 'integration',
        workspace: facts.workspace,
        mode: facts.mode,
        job: { ...facts.job },
        rowsScored: facts.rowsScored,
        validated: facts.validated,
        model: { ...facts.model },
        ...(facts.expectationsDigest ? { expectationsDigest: facts.expectationsDigest } : {}),
        upstream: upstream(facts.metadataReceipt),
    });
}
/** check-drift-gate: the verdict, the drifted features, the model and the report's digest. */
function buildDriftReceipt(facts) {
    const aml = facts.amlReceipt;
    return checked('drift', {
        v: RECEIPT_VERSION,
        kind: 'drift',
        environment: facts.environment,
        ...(aml ? { subscription: aml.subscription, resourceGroup: aml.resourceGroup } : {}),
        run: facts.run,
        time: new Date(facts.time).toISOString(),
        drifted: facts.drifted,
        driftShare: facts.driftShare,
        driftedFeatures: [...facts.driftedFeatures],
        ...(facts.model ? { model: { ...facts.model } } : {}),
        reportDigest: facts.reportDigest,
    });
}

;// CONCATENATED MODULE: ./src/shared/receipts/run-info.ts
/** The run that produced a receipt, from the runner's environment. */
function runInfoFromEnvironment(env) {
    const repo = env.GITHUB_REPOSITORY ?? '';
    const runId = env.GITHUB_RUN_ID ?? '';
    const runAttempt = env.GITHUB_RUN_ATTEMPT ?? '1';
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const info = { repo, sha: env.GITHUB_SHA ?? '', runId, runAttempt };
    if (repo && runId)
        info.url = `${server}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`;
    return info;
}

// EXTERNAL MODULE: ./src/shared/adf/normalise.ts
var normalise = __webpack_require__(2021);
;// CONCATENATED MODULE: ./src/shared/synapse/live-state.ts



/** The development endpoint's path of each kind a workspace holds (the 2020-12-01 artifacts spec). */
const SYNAPSE_PATHS = {
    integrationRuntime: 'integrationRuntimes',
    credential: 'credentials',
    linkedService: 'linkedservices',
    dataset: 'datasets',
    dataflow: 'dataflows',
    notebook: 'notebooks',
    sqlScript: 'sqlScripts',
    sparkJobDefinition: 'sparkJobDefinitions',
    pipeline: 'pipelines',
    trigger: 'triggers',
};
/** The kinds a Synapse workspace holds and this action deploys. */
const SYNAPSE_KINDS = Object.keys(SYNAPSE_PATHS);
/** Whether the workspace made this artifact itself (see the module comment). */
function isWorkspaceDefault(workspace, kind, name) {
    const lower = name.toLowerCase();
    const ws = workspace.toLowerCase();
    if (kind === 'linkedService') {
        return lower === `${ws}-workspacedefaultstorage` || lower === `${ws}-workspacedefaultsqlserver`;
    }
    if (kind === 'credential')
        return lower === 'workspacesystemidentity';
    if (kind === 'integrationRuntime')
        return lower === 'autoresolveintegrationruntime';
    return false;
}
async function listRaw(client, path) {
    const items = [];
    let next = path;
    while (next) {
        const page = (await client.send('GET', next)).body;
        if (Array.isArray(page?.value))
            items.push(...page.value);
        next = typeof page?.nextLink === 'string' && page.nextLink !== '' ? page.nextLink : undefined;
    }
    return items;
}
async function readLiveWorkspace(client, workspace, kinds) {
    const wanted = SYNAPSE_KINDS.filter((kind) => kinds.includes(kind));
    const lists = await Promise.all(wanted.map(async (kind) => {
        try {
            return { kind, items: await listRaw(client, `/${SYNAPSE_PATHS[kind]}`) };
        }
        catch (error) {
            throw (0,errors/* withContext */.eQ)(`Failed to list the ${kind} artifacts of Synapse workspace '${workspace}'`, error);
        }
    }));
    const resources = [];
    for (const { kind, items } of lists) {
        for (const item of items) {
            if (!item.name || isWorkspaceDefault(workspace, kind, item.name))
                continue;
            const properties = item.properties ?? {};
            const state = kind === 'trigger' ? properties.runtimeState : undefined;
            resources.push({
                kind,
                name: item.name.slice(item.name.lastIndexOf('/') + 1),
                properties: (0,normalise/* normaliseProperties */._c)(kind, properties),
                ...(typeof state === 'string' ? { runtimeState: state } : {}),
            });
        }
    }
    resources.sort(artifacts/* compareArtifacts */.Tu);
    const triggerStates = new Map();
    for (const r of resources) {
        if (r.kind === 'trigger' && r.runtimeState)
            triggerStates.set(r.name.toLowerCase(), r.runtimeState);
    }
    return { resources, triggerStates };
}

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/deletion-limits.ts
var deletion_limits = __webpack_require__(7244);
// EXTERNAL MODULE: ./src/shared/secrets.ts
var shared_secrets = __webpack_require__(3260);
// EXTERNAL MODULE: ./src/shared/templates.ts
var templates = __webpack_require__(730);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(9799);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/diff.ts
/**
 * Desired (source) against live (GET/list) per artifact: create, update, unchanged or delete, with the fields that
 * differ. Both sides are normalised first (normalise.ts), so server-added fields and masked secrets are not changes;
 * a change that touches a secret (a value this run supplies from a secret, a field set from one, a SecureString or
 * Key Vault reference, an inline connection-string secret) is shown as changed, never with either value: the old one
 * is the factory's live secret, and it is handed to the masker before anything prints.
 */





/** Objects whose content is a secret or names one: ADF's SecureString and its Key Vault secret reference. */
const SECRET_TYPES = new Set(['SecureString', 'AzureKeyVaultSecret']);
/** Keys of a secret object that are structure, not secret: masking them would blank names all over the log. */
const STRUCTURAL_KEYS = new Set(['type', 'referenceName']);
function holdsSecret(value, secrets) {
    if (value === undefined)
        return false;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    // An inline `Password=...` is a secret even when this run no longer supplies it (the live side of a removal).
    return secrets.some((secret) => text.includes(secret)) || (0,shared_secrets/* connectionStringSecrets */.B)(text).length > 0;
}
/** The paths of the secret objects inside `value` (SecureString, Key Vault references). */
function secretObjects(value, path = '', found = []) {
    if (Array.isArray(value)) {
        value.forEach((item, index) => {
            secretObjects(item, joinPath(path, index), found);
        });
    }
    else if ((0,values/* isRecord */.u4)(value)) {
        if (typeof value.type === 'string' && SECRET_TYPES.has(value.type))
            found.push(path);
        else
            for (const [key, item] of Object.entries(value))
                secretObjects(item, joinPath(path, key), found);
    }
    return found;
}
/** `inner` is `outer` or inside it. */
function within(inner, outer) {
    return (outer === '' ||
        inner === outer ||
        (inner.startsWith(outer) && (inner[outer.length] === '.' || inner[outer.length] === '[')));
}
/**
 * The strings of `value` that may be (part of) a secret, for the masker. Numbers and booleans are left alone: masking
 * `true` or `8` would blank them all over the log, and a secret read from the environment is a string.
 */
function secretStrings(value, key, found = []) {
    if (typeof value === 'string') {
        if (!(key && STRUCTURAL_KEYS.has(key)) && !/^\**$/.test(value))
            found.push(value);
    }
    else if (Array.isArray(value)) {
        for (const item of value)
            secretStrings(item, key, found);
    }
    else if ((0,values/* isRecord */.u4)(value)) {
        for (const [inner, item] of Object.entries(value))
            secretStrings(item, inner, found);
    }
    return found;
}
/** The part of a change's value that lies at `secretPath` (the change is at `changePath`, an ancestor of it). */
function valueBelow(value, changePath, secretPath) {
    const rest = (0,templates/* parseJsonPath */.Hf)(secretPath.slice(changePath.length).replace(/^\./, ''));
    if (typeof rest === 'string')
        return value;
    let current = value;
    for (const segment of rest) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[segment];
    }
    return current;
}
/**
 * Hides both sides of every change that touches a secret: a value holding a secret this run supplies (or an inline
 * connection-string secret), a field set from a secret (`secretPaths`), or a SecureString / Key Vault reference on
 * either side. The old and new strings of each hidden part go to `mask` first, so the old live value is masked in
 * the log too before anything prints.
 */
function hideSecrets(changes, secrets, secretPaths, mask) {
    return changes.map((change) => {
        const byValue = holdsSecret(change.before, secrets) || holdsSecret(change.after, secrets);
        const paths = secretPaths.filter((path) => within(change.path, path) || within(path, change.path));
        if (!byValue && paths.length === 0)
            return change;
        for (const side of [change.before, change.after]) {
            if (byValue || paths.some((path) => within(change.path, path))) {
                for (const text of secretStrings(side))
                    mask(text);
            }
            else {
                for (const path of paths)
                    for (const text of secretStrings(valueBelow(side, change.path, path)))
                        mask(text);
            }
        }
        return { path: change.path, change: change.change, secret: true };
    });
}
function joinPath(base, segment) {
    if (typeof segment === 'number')
        return `${base}[${segment}]`;
    return base ? `${base}.${segment}` : segment;
}
/** Field-level differences between two normalised values (objects by key, arrays by index). */
function fieldChanges(before, after, path = '') {
    if ((0,values/* isRecord */.u4)(before) && (0,values/* isRecord */.u4)(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((key) => {
            const at = joinPath(path, key);
            if (!(key in before))
                return [{ path: at, change: 'added', after: after[key] }];
            if (!(key in after))
                return [{ path: at, change: 'removed', before: before[key] }];
            return fieldChanges(before[key], after[key], at);
        });
    }
    if (Array.isArray(before) && Array.isArray(after)) {
        const changes = [];
        for (let i = 0; i < Math.max(before.length, after.length); i++) {
            const at = joinPath(path, i);
            if (i >= before.length)
                changes.push({ path: at, change: 'added', after: after[i] });
            else if (i >= after.length)
                changes.push({ path: at, change: 'removed', before: before[i] });
            else
                changes.push(...fieldChanges(before[i], after[i], at));
        }
        return changes;
    }
    if (JSON.stringify(before) === JSON.stringify(after))
        return [];
    return [{ path: path || '(properties)', change: 'changed', before, after }];
}
function diffArtifacts(desired, live, options = {}) {
    const liveByKey = new Map(live.map((resource) => [(0,artifacts/* artifactKey */.Wf)(resource.kind, resource.name), resource]));
    const desiredKeys = new Set();
    const entries = [];
    for (const artifact of desired) {
        const key = (0,artifacts/* artifactKey */.Wf)(artifact.kind, artifact.name);
        desiredKeys.add(key);
        // Each side is normalised once and serialised once: the desired text is the hash's, and equal texts (the
        // usual case on a redeploy) mean no field changes, so the walks below run only for what differs.
        const after = (0,normalise/* normaliseProperties */._c)(artifact.kind, artifact.properties);
        const afterText = (0,normalise/* canonicalText */.A4)(after);
        const hash = (0,normalise/* hashOfCanonicalText */.jv)(afterText);
        const current = liveByKey.get(key);
        const base = { kind: artifact.kind, name: artifact.name, hash };
        if (!current) {
            entries.push({ ...base, action: 'create', changes: [] });
            continue;
        }
        const before = (0,normalise/* normaliseProperties */._c)(current.kind, current.properties);
        const changes = (0,normalise/* canonicalText */.A4)(before) === afterText
            ? []
            : hideSecrets(fieldChanges(before, after), options.secretValues ?? [], [
                ...(options.secretFields ?? [])
                    .filter((field) => (0,artifacts/* artifactKey */.Wf)(field.kind, field.name) === key)
                    .map((field) => field.path),
                ...secretObjects(before),
                ...secretObjects(after),
            ], options.mask ?? (() => undefined));
        if (changes.length > 0) {
            entries.push({ ...base, action: 'update', changes });
        }
        else if ((options.secrets ?? 'rewrite') === 'rewrite' && (0,normalise/* hasSecretValues */.fH)(artifact.properties)) {
            entries.push({
                ...base,
                action: 'update',
                changes: [],
                reason: 'sets secret values, which ADF returns masked and so cannot be compared',
            });
        }
        else {
            entries.push({ ...base, action: 'unchanged', changes: [] });
        }
    }
    for (const resource of live) {
        const key = (0,artifacts/* artifactKey */.Wf)(resource.kind, resource.name);
        if (desiredKeys.has(key) || resource.kind === 'globalParameters')
            continue;
        if (options.inScope && !options.inScope(resource.kind, resource.name))
            continue;
        entries.push({ kind: resource.kind, name: resource.name, action: 'delete', changes: [] });
    }
    return entries.sort(artifacts/* compareArtifacts */.Tu);
}
/** Counts per action, for outputs and the summary line. */
function summarisePlan(entries) {
    const counts = { create: 0, update: 0, unchanged: 0, delete: 0 };
    for (const entry of entries)
        counts[entry.action]++;
    return counts;
}

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/filters.ts
var filters = __webpack_require__(2202);
// EXTERNAL MODULE: ./src/deploy-adf-pipelines/dependency-graph.ts + 2 modules
var dependency_graph = __webpack_require__(2774);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/plan-graph.ts
/**
 * The dependency graph as the plan shows it, so a reviewer sees why a resource waits for another:
 *
 * - `edges`: every reference between the deployed artifacts (`pipeline:pl_a -> dataset:ds_x`), from the same
 *   reference walk the deployment orders itself by (dependency-graph.ts);
 * - `deployOrder`: the writes in waves. Wave 1 references nothing else that is written; wave n waits for something
 *   in wave n-1. (apply.ts starts each write as soon as what it references is written, without waiting for a whole
 *   wave: the waves are the order's shape, not barriers.)
 * - `deleteOrder`: the deletes in waves, the other way round (what is referenced goes after what references it).
 *
 * And the job summary's picture of it: a Mermaid flowchart of what changes and what it depends on (GitHub renders
 * Mermaid in job summaries), bounded to MERMAID_NODE_LIMIT nodes and collapsed when large.
 */


const label = (artifact) => `${artifact.kind}:${artifact.name}`;
/** Waves over the artifacts of `graph`: each artifact one wave after the latest of those it must wait for. */
function waves(graph, direction) {
    const waitsFor = new Map();
    for (const key of graph.artifacts.keys())
        waitsFor.set(key, new Set());
    for (const [from, edges] of graph.edges) {
        for (const edge of edges) {
            const to = (0,artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name);
            if (to === from)
                continue;
            if (direction === 'deploy')
                waitsFor.get(from).add(to);
            else
                waitsFor.get(to).add(from);
        }
    }
    const wave = new Map();
    const visiting = new Set();
    const depth = (key) => {
        const known = wave.get(key);
        if (known !== undefined)
            return known;
        // A cycle is refused by validation before any plan; guard anyway rather than recurse forever.
        if (visiting.has(key))
            return 0;
        visiting.add(key);
        let value = 0;
        for (const other of waitsFor.get(key))
            value = Math.max(value, depth(other) + 1);
        visiting.delete(key);
        wave.set(key, value);
        return value;
    };
    const result = [];
    for (const [key, artifact] of graph.artifacts) {
        const index = depth(key);
        while (result.length <= index)
            result.push([]);
        result[index].push(label(artifact));
    }
    return result;
}
function planDependencies(desired, entries, liveToDelete) {
    const graph = (0,dependency_graph/* buildGraph */.ZG)(desired);
    const edges = [];
    for (const [key, artifact] of graph.artifacts) {
        const seen = new Set();
        for (const edge of graph.edges.get(key) ?? []) {
            const to = label(edge.to);
            if (seen.has(to.toLowerCase()) || (0,artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name) === key)
                continue;
            seen.add(to.toLowerCase());
            const target = graph.artifacts.get((0,artifacts/* artifactKey */.Wf)(edge.to.kind, edge.to.name));
            edges.push({ from: label(artifact), to: target ? label(target) : to, reference: edge.referenceType });
        }
    }
    const written = new Set(entries
        .filter((e) => e.action === 'create' || e.action === 'update')
        .map((e) => (0,artifacts/* artifactKey */.Wf)(e.kind, e.name)));
    const deployGraph = (0,dependency_graph/* buildGraph */.ZG)(desired.filter((a) => written.has((0,artifacts/* artifactKey */.Wf)(a.kind, a.name))));
    const deleteGraph = (0,dependency_graph/* buildGraph */.ZG)([...liveToDelete].sort(artifacts/* compareArtifacts */.Tu).map((r) => ({
        ...r,
        source: { file: '(factory)', locate: () => ({ file: '(factory)' }), nameAt: { file: '(factory)' } },
    })));
    return { edges, deployOrder: waves(deployGraph, 'deploy'), deleteOrder: waves(deleteGraph, 'delete') };
}
/** The most nodes the summary's flowchart draws; beyond them it says how many it left out. */
const MERMAID_NODE_LIMIT = 60;
/** Up to this many nodes the flowchart is shown open; more, and it is collapsed. */
const MERMAID_OPEN_LIMIT = 15;
/**
 * A node label Mermaid shows as written: inside `["..."]` quotes; `"` and the characters Mermaid or markdown would
 * read (`<`, `>`, `&`, `#`, backticks) are written as Mermaid's `#code;` entities.
 */
function mermaidLabel(text) {
    return `"${text.replace(/[#"<>&`]/g, (char) => `#${char.charCodeAt(0)};`)}"`;
}
const STYLE = {
    create: 'fill:#e6ffed,stroke:#2da44e',
    update: 'fill:#fff8c5,stroke:#bf8700',
    delete: 'fill:#ffebe9,stroke:#cf222e',
    unchanged: 'fill:#f6f8fa,stroke:#8c959f',
};
const SIGN = { create: '+', update: '~', delete: '-', unchanged: '=' };
/**
 * What changes (created, updated, deleted when delete-orphans is on) and what it depends on directly, as a
 * left-to-right flowchart; an arrow points from a resource to what it references. Undefined when nothing changes.
 */
function mermaidChart(entries, dependencies, options) {
    const limit = options.limit ?? MERMAID_NODE_LIMIT;
    const actionOf = new Map(entries.map((e) => [label(e).toLowerCase(), e.action]));
    const changed = entries.filter((e) => e.action === 'create' || e.action === 'update' || (e.action === 'delete' && options.deleteOrphans));
    if (changed.length === 0)
        return undefined;
    const wanted = [];
    const add = (name) => {
        if (!wanted.some((w) => w.toLowerCase() === name.toLowerCase()))
            wanted.push(name);
    };
    for (const entry of changed)
        add(label(entry));
    const changedKeys = new Set(changed.map((e) => label(e).toLowerCase()));
    const relevant = dependencies.edges.filter((e) => changedKeys.has(e.from.toLowerCase()));
    for (const edge of relevant)
        add(edge.to);
    const drawn = wanted.slice(0, limit);
    const ids = new Map(drawn.map((name, index) => [name.toLowerCase(), `n${index + 1}`]));
    const lines = ['flowchart LR'];
    for (const name of drawn) {
        const action = actionOf.get(name.toLowerCase()) ?? 'unchanged';
        lines.push(`  ${ids.get(name.toLowerCase())}[${mermaidLabel(`${SIGN[action]} ${name}`)}]:::${action}`);
    }
    for (const edge of relevant) {
        const from = ids.get(edge.from.toLowerCase());
        const to = ids.get(edge.to.toLowerCase());
        if (from && to)
            lines.push(`  ${from} --> ${to}`);
    }
    for (const [action, style] of Object.entries(STYLE))
        lines.push(`  classDef ${action} ${style}`);
    return { text: lines.join('\n'), nodes: drawn.length, omitted: wanted.length - drawn.length };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: ./src/shared/summary.ts
var shared_summary = __webpack_require__(6929);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/trigger-plan.ts
function sourceState(artifact) {
    const state = artifact?.properties.runtimeState;
    return state === 'Started' || state === 'Stopped' ? state : undefined;
}
/** One step per trigger whose runtime state the deployment touches, in name order. */
function planTriggers(input) {
    const entries = new Map(input.entries.filter((e) => e.kind === 'trigger').map((e) => [e.name.toLowerCase(), e]));
    const desired = new Map(input.desired.filter((a) => a.kind === 'trigger').map((a) => [a.name.toLowerCase(), a]));
    const names = new Map();
    for (const r of input.live.resources)
        if (r.kind === 'trigger')
            names.set(r.name.toLowerCase(), r.name);
    for (const [lower, artifact] of desired)
        if (!names.has(lower))
            names.set(lower, artifact.name);
    const steps = [];
    for (const [lower, name] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const live = input.live.triggerStates.get(lower);
        const entry = entries.get(lower);
        const wanted = sourceState(desired.get(lower));
        const step = (action, reason, created) => steps.push({ name, action, reason, ...(created ? { created } : {}) });
        if (entry?.action === 'delete') {
            if (input.deleteOrphans && live === 'Started')
                step('stop', 'it is deleted, and ADF deletes only a stopped trigger');
            else if (!input.deleteOrphans && live === 'Started' && input.triggerMode === 'all') {
                step('restart', "trigger-mode 'all' stops every started trigger during the deployment");
            }
            continue;
        }
        if (entry?.action === 'create') {
            if (wanted === 'Started')
                step('start', 'new, and its source says Started', true);
            continue;
        }
        if (live === undefined || live === 'Disabled')
            continue;
        const target = wanted ?? live;
        if (live === 'Stopped' && target === 'Started') {
            step('start', 'its source says Started, but the factory has it Stopped');
        }
        else if (live === 'Started' && target === 'Stopped') {
            step('stop', 'its source says Stopped, but the factory has it Started');
        }
        else if (live === 'Started' && entry?.action === 'update') {
            step('restart', 'its definition changes, and ADF updates only a stopped trigger');
        }
        else if (live === 'Started' && input.triggerMode === 'all') {
            step('restart', "trigger-mode 'all' stops every started trigger during the deployment");
        }
    }
    return steps;
}
/** `2 to start, 1 to stop, 1 restarted`, or undefined when the deployment leaves every trigger as it is. */
function describeTriggerCounts(steps) {
    if (steps.length === 0)
        return undefined;
    const count = (action) => steps.filter((s) => s.action === action).length;
    const restarts = count('restart');
    const restarted = restarts ? `, ${restarts} stopped during the deployment and started again` : '';
    return `triggers: ${count('start')} to start, ${count('stop')} to stop${restarted}`;
}

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/report.ts
/**
 * What a deployment shows and hands on: the plan as log lines, as a Terraform-style job summary (+ create, ~ update
 * with its field changes, - delete, = unchanged counted, the triggers to start and stop, and a flowchart of what
 * changes and what it depends on) and as a JSON document under RUNNER_TEMP (output `plan`: the entries, the
 * triggers, every dependency edge and the order of the writes and deletes), and the pipelines' content hashes that
 * the adf receipt (src/shared/receipts) lists.
 */





function planDocument(parts, facts) {
    return { ...facts, counts: summarisePlan(parts.entries), ...parts };
}
async function writePlanFile(document, env, redact) {
    const name = `plan-${document.environment}-${document.factory}`;
    return writeOutputFile({ env, action: 'deploy-adf-pipelines', name, document, redact });
}
const report_SIGN = { create: '+', update: '~', delete: '-', unchanged: '=' };
function show(value) {
    return value === undefined ? '(none)' : JSON.stringify(value);
}
/** `~ activities[0].typeProperties.url: "a" → "b"`, `+ parameters.x: 1`, `- annotations[1]: "old"`. */
function describeFieldChange(change) {
    if (change.secret) {
        const sign = change.change === 'added' ? '+' : change.change === 'removed' ? '-' : '~';
        return `${sign} ${change.path}: (a secret value, ${change.change}; not shown)`;
    }
    if (change.change === 'added')
        return `+ ${change.path}: ${show(change.after)}`;
    if (change.change === 'removed')
        return `- ${change.path}: ${show(change.before)}`;
    return `~ ${change.path}: ${show(change.before)} → ${show(change.after)}`;
}
function entryLine(entry, deleteOrphans) {
    const note = entry.action === 'delete' && !deleteOrphans
        ? ' (not in the source; kept: delete-orphans is false)'
        : entry.reason
            ? ` (${entry.reason})`
            : '';
    return `${report_SIGN[entry.action]} ${entry.kind} ${entry.name}${note}`;
}
/** `> start trigger tr_daily (its source says Started, but the factory has it Stopped)`. */
function triggerLine(step) {
    return `> ${step.action} trigger ${step.name} (${step.reason})`;
}
/** The plan as log lines: every create, update (with its field changes) and delete, the triggers, the counts. */
function planLines(document) {
    const lines = [];
    for (const entry of document.entries) {
        if (entry.action === 'unchanged')
            continue;
        lines.push(entryLine(entry, document.deleteOrphans));
        for (const change of entry.changes)
            lines.push(`    ${describeFieldChange(change)}`);
    }
    for (const step of document.triggers)
        lines.push(triggerLine(step));
    lines.push(countLine(document));
    return lines;
}
function countLine(document) {
    const { create, update, delete: remove, unchanged } = document.counts;
    const deletes = document.deleteOrphans ? `${remove} to delete` : `${remove} orphaned (kept)`;
    const triggers = describeTriggerCounts(document.triggers);
    return `Plan: ${create} to create, ${update} to update, ${deletes}, ${unchanged} unchanged${triggers ? `; ${triggers}` : ''}.`;
}
function renderPlanSummary(summary, document, planPath) {
    summary.heading(`deploy-adf-pipelines: ${document.factory} (${document.environment})${document.dryRun ? ' — dry run' : ''}`);
    summary.paragraph(countLine(document));
    const changed = document.entries.filter((entry) => entry.action !== 'unchanged');
    if (changed.length > 0 || document.triggers.length > 0) {
        summary.details('Changes', [
            ...changed.flatMap((entry) => [
                entryLine(entry, document.deleteOrphans),
                ...entry.changes.map((change) => `    ${describeFieldChange(change)}`),
            ]),
            ...document.triggers.map(triggerLine),
        ].join('\n'), 'diff');
    }
    if (document.counts.unchanged > 0)
        summary.paragraph(`= ${document.counts.unchanged} unchanged`);
    const chart = mermaidChart(document.entries, document.dependencies, {
        deleteOrphans: document.deleteOrphans,
    });
    if (chart) {
        const drawn = chart.omitted > 0 ? `, the first ${chart.nodes}; ${chart.omitted} more in the plan file` : '';
        summary.details(`What changes and what it depends on (${chart.nodes + chart.omitted} resources${drawn})`, chart.text, 'mermaid', {
            open: chart.nodes + chart.omitted <= MERMAID_OPEN_LIMIT,
        });
    }
    summary.paragraph((0,shared_summary/* code */.aY)(planPath));
}
/**
 * `{ name, hash }` of each desired pipeline (hash: the hex SHA-256 of its normalised content), sorted by name. The
 * hashes are the plan's own (diffArtifacts gives each desired resource's entry one), not taken a second time.
 */
function pipelineHashes(entries) {
    const pipelines = [];
    for (const entry of entries) {
        if (entry.kind === 'pipeline' && entry.action !== 'delete' && entry.hash)
            pipelines.push({ name: entry.name, hash: entry.hash.replace(/^sha256:/, '') });
    }
    return pipelines.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/shared/synapse/workspace.ts
/**
 * A Synapse workspace as ARM describes it (`Microsoft.Synapse/workspaces`, api-version 2021-06-01): its id and its
 * development endpoint, `properties.connectivityEndpoints.dev`, where its artifacts live. The endpoint is taken from
 * the workspace rather than built from its name, so a private or sovereign cloud's host is the one its ARM names;
 * only when ARM names none is it `https://{workspace}.{cloud's Synapse suffix}`.
 */


const SYNAPSE_ARM_API_VERSION = '2021-06-01';
/** A management client's request path with the Synapse api-version (any `@azure/arm-*` client's pipeline serves). */
function synapseArmClient(client) {
    return {
        sendOperationRequest: client.sendOperationRequest.bind(client),
        apiVersion: SYNAPSE_ARM_API_VERSION,
    };
}
function workspacePath(subscriptionId, resourceGroup, workspace) {
    return (0,management_requests/* resourcePath */.o)('subscriptions', subscriptionId, 'resourceGroups', resourceGroup, 'providers', 'Microsoft.Synapse', 'workspaces', workspace);
}
/** GET of the workspace; a missing one throws the SDK's 404 (the caller says what to do). */
async function getSynapseWorkspace(client, target) {
    const body = await (0,management_requests/* sendManagementRequest */.j)(client, {
        method: 'GET',
        path: workspacePath(target.subscriptionId, target.resourceGroup, target.workspace),
    });
    const record = (0,values/* isRecord */.u4)(body) ? body : {};
    const properties = (0,values/* isRecord */.u4)(record.properties) ? record.properties : {};
    const endpoints = (0,values/* isRecord */.u4)(properties.connectivityEndpoints) ? properties.connectivityEndpoints : {};
    const dev = typeof endpoints.dev === 'string' && endpoints.dev !== '' ? endpoints.dev : undefined;
    const web = typeof endpoints.web === 'string' && endpoints.web !== '' ? endpoints.web : undefined;
    return {
        name: typeof record.name === 'string' ? record.name : target.workspace,
        id: typeof record.id === 'string' ? record.id : '',
        devEndpoint: dev ?? `https://${target.workspace}.${target.devSuffix}`,
        ...(web ? { web } : {}),
    };
}

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/resource-writes.ts
var resource_writes = __webpack_require__(7614);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/synapse-target.ts





function artifactPath(kind, name) {
    const segment = SYNAPSE_PATHS[kind];
    if (!segment)
        throw new Error(`a Synapse workspace has no ${kind} (refused before the plan)`);
    return `/${segment}/${encodeURIComponent(name)}`;
}
function synapseTarget(dev, arm, inputs) {
    const runtimePath = (name) => `${workspacePath(inputs.subscriptionId, inputs.resourceGroup, inputs.workspace)}${(0,management_requests/* resourcePath */.o)('integrationRuntimes', name)}`;
    return {
        label: `Synapse workspace '${inputs.workspace}'`,
        async put(artifact) {
            if (artifact.kind === 'integrationRuntime') {
                await (0,management_requests/* sendManagementRequest */.j)(arm, {
                    method: 'PUT',
                    path: runtimePath(artifact.name),
                    body: (0,resource_writes/* writeBody */.Oy)(artifact),
                });
                return;
            }
            // The artifacts spec requires the name in the body of a notebook and a SQL script (NotebookResource,
            // SqlScriptResource), and holds it read-only in the others' (the Resource envelope).
            const named = artifact.kind === 'notebook' || artifact.kind === 'sqlScript';
            await dev.runOperation('PUT', artifactPath(artifact.kind, artifact.name), {
                ...(named ? { name: artifact.name } : {}),
                ...(0,resource_writes/* writeBody */.Oy)(artifact),
            });
        },
        async remove(kind, name) {
            if (kind === 'integrationRuntime') {
                await (0,management_requests/* sendManagementRequest */.j)(arm, { method: 'DELETE', path: runtimePath(name) });
                return;
            }
            await dev.runOperation('DELETE', artifactPath(kind, name));
        },
        async startTrigger(name) {
            await dev.runOperation('POST', `${artifactPath('trigger', name)}/start`);
        },
        async stopTrigger(name) {
            await dev.runOperation('POST', `${artifactPath('trigger', name)}/stop`);
        },
    };
}
/** The workspace through ARM (it must exist), then its artifacts through its development endpoint. */
async function readSynapseState(inputs, kinds, clients, cloud) {
    const arm = synapseArmClient(await clients.dataFactory());
    let found;
    try {
        found = await getSynapseWorkspace(arm, {
            subscriptionId: inputs.subscriptionId,
            resourceGroup: inputs.resourceGroup,
            workspace: inputs.workspace,
            devSuffix: cloud.synapseDevSuffix,
        });
    }
    catch (error) {
        if ((0,errors/* isNotFound */.c4)(error)) {
            throw new errors/* ConfigurationError */.j1(`Input 'synapse-workspace': Synapse workspace '${inputs.workspace}' does not exist in resource group '${inputs.resourceGroup}'. This action deploys into an existing workspace and does not create one: create it (with its infrastructure) first, or check the name.`, { input: 'synapse-workspace' });
        }
        throw error;
    }
    const dev = await clients.synapse(found.devEndpoint);
    const live = await readLiveWorkspace(dev, found.name, kinds);
    return { workspace: { name: found.name, id: found.id }, live, dev, arm };
}

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/validation.ts + 1 modules
var validation = __webpack_require__(7705);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/plan.ts
/**
 * The second phase of a deployment, reads only: the aml receipt is checked against what serves now, the factory must
 * exist and its resources are listed once per kind, all at once (none depends on another); a reference into what the
 * filters leave out must exist in the factory; the source is diffed against live state. The plan is then shown (log
 * lines, the job summary, the JSON plan file of output `plan`) before any write, so a failed apply still shows what
 * was planned.
 */




















/** How messages, the plan and the receipt name the target. */
function targetName(inputs) {
    return (inputs.target === 'synapse' ? inputs.synapseWorkspace : inputs.factoryName) ?? '';
}
async function planDeployment(source, inputs, context) {
    const { logger } = context;
    const synapse = inputs.target === 'synapse';
    const { factory, live, target } = await logger.group(synapse
        ? 'Verify the aml receipt and read the Synapse workspace'
        : 'Verify the aml receipt and read the factory', () => (synapse ? readWorkspace(inputs, context) : readFactory(inputs, context)));
    const label = synapse
        ? `Synapse workspace '${targetName(inputs)}'`
        : `data factory '${targetName(inputs)}'`;
    const planningStarted = performance.now();
    if (source.excluded.length > 0)
        await checkExcludedReferences(source, live, logger);
    const entries = diffArtifacts(source.selected, live.resources, {
        // A live resource the filters leave out is not this deployment's to delete.
        inScope: (kind, name) => (0,filters/* isSelected */.sp)(source.filter, { kind, name }),
        secretValues: source.secrets,
        secretFields: source.secretFields,
        mask: (value) => context.masker.mask(value),
    });
    const triggers = planTriggers({
        entries,
        desired: source.selected,
        live,
        triggerMode: inputs.triggerMode,
        deleteOrphans: inputs.deleteOrphans,
    });
    const deleted = new Set(entries.filter((e) => e.action === 'delete').map((e) => (0,artifacts/* artifactKey */.Wf)(e.kind, e.name)));
    const dependencies = planDependencies(source.selected, entries, inputs.deleteOrphans ? live.resources.filter((r) => deleted.has((0,artifacts/* artifactKey */.Wf)(r.kind, r.name))) : []);
    const document = planDocument({ entries, triggers, dependencies }, {
        environment: inputs.environment,
        factory: targetName(inputs),
        dryRun: inputs.dryRun,
        deleteOrphans: inputs.deleteOrphans,
    });
    for (const line of planLines(document))
        logger.info(line);
    const path = await writePlanFile(document, context.env, (text) => context.masker.redact(text));
    renderPlanSummary(context.summary, document, path);
    if (inputs.deleteOrphans) {
        // Shown first, refused then: the plan file and the summary say what would have been deleted.
        const inScope = live.resources.filter((r) => r.kind !== 'globalParameters' && (0,filters/* isSelected */.sp)(source.filter, r)).length;
        const deletes = entries.filter((e) => e.action === 'delete' && e.kind !== 'managedVirtualNetwork');
        const refusal = (0,deletion_limits/* deletionRefusal */.j)(deletes, inScope, inputs, label);
        if (refusal)
            throw refusal;
    }
    const pipelines = pipelineHashes(entries);
    const run = runInfoFromEnvironment(context.env);
    context.timings?.add('planning', performance.now() - planningStarted);
    return {
        entries,
        desired: source.selected,
        live,
        triggers,
        document,
        path,
        pipelines,
        ...(target ? { target } : {}),
        counts: {
            created: document.counts.create,
            updated: document.counts.update,
            deleted: inputs.deleteOrphans ? document.counts.delete : 0,
            unchanged: document.counts.unchanged,
        },
        receipt: (planned) => (0,encoding/* encodeReceipt */.vX)(buildAdfReceipt({
            environment: inputs.environment,
            subscriptionId: inputs.subscriptionId,
            resourceGroup: inputs.resourceGroup,
            factory,
            pipelines,
            amlReceipt: context.amlReceipt,
            run,
            time: context.clock(),
            planned,
            ...(synapse ? { target: 'synapse' } : {}),
        })),
    };
}
/**
 * The three reads, at once. The receipt's refusal comes first (it names the action to run first), then a missing
 * factory, then a failed listing.
 */
async function readFactory(inputs, context) {
    const { resourceGroup: rg } = inputs;
    const factoryName = inputs.factoryName ?? '';
    const timed = (name, work) => context.timings ? context.timings.time(name, work) : work();
    const [dataFactory, machineLearning] = await timed('clients', () => Promise.all([
        context.clients.resourceManager(api_versions/* DATA_FACTORY_API_VERSION */.c),
        context.clients.resourceManager(api_versions/* MACHINE_LEARNING_API_VERSION */.f).then(amlReadsOf),
    ]));
    const [verified, gotFactory, listed] = await Promise.allSettled([
        timed('receipt check', () => verifyAmlReceipt(context.amlReceipt, machineLearning, context.logger)),
        getFactory(dataFactory, rg, factoryName),
        timed('lists', () => (0,live_state/* readLiveFactory */.v)(dataFactory, rg, factoryName, artifacts/* ARTIFACT_KINDS */.hz.filter((kind) => kind !== 'factory' && !(0,artifacts/* isSynapseOnlyKind */.Qx)(kind)))),
    ]);
    if (verified.status === 'rejected')
        throw verified.reason;
    if (gotFactory.status === 'rejected') {
        if ((0,errors/* isNotFound */.c4)(gotFactory.reason)) {
            throw new errors/* ConfigurationError */.j1(`Input 'factory-name': data factory '${factoryName}' does not exist in resource group '${rg}'. This action deploys into an existing factory and does not create one: create it (with its infrastructure) first, or check the name.`, { input: 'factory-name' });
        }
        throw gotFactory.reason;
    }
    if (listed.status === 'rejected')
        throw listed.reason;
    const factory = gotFactory.value;
    return { factory: { name: factory?.name ?? factoryName, id: factory?.id ?? '' }, live: listed.value };
}
/** The factory itself (GET, as `factories.get` sends it): its name as Azure spells it, and its id. */
async function getFactory(client, rg, factory) {
    const path = (0,live_state/* factoryPath */.o)(client.subscriptionId, rg, factory);
    return (await (0,management_requests/* sendManagementRequest */.j)(client, { method: 'GET', path }));
}
/**
 * The Synapse reads, at once: the aml receipt's check, and the workspace (ARM, for its id and development endpoint)
 * then its artifacts (one list per kind on the endpoint). The receipt's refusal comes first.
 */
async function readWorkspace(inputs, context) {
    const timed = (name, work) => context.timings ? context.timings.time(name, work) : work();
    const { clients } = context;
    const synapse = clients.synapse?.bind(clients);
    if (!synapse || !context.cloud)
        throw new Error('target synapse needs a Synapse client factory and the cloud');
    const [dataFactory, machineLearning] = await timed('clients', () => Promise.all([
        clients.resourceManager(api_versions/* DATA_FACTORY_API_VERSION */.c),
        clients.resourceManager(api_versions/* MACHINE_LEARNING_API_VERSION */.f).then(amlReadsOf),
    ]));
    const scope = {
        subscriptionId: inputs.subscriptionId,
        resourceGroup: inputs.resourceGroup,
        workspace: inputs.synapseWorkspace ?? '',
    };
    const [verified, read] = await Promise.allSettled([
        timed('receipt check', () => verifyAmlReceipt(context.amlReceipt, machineLearning, context.logger)),
        timed('lists', () => readSynapseState(scope, SYNAPSE_KINDS, { synapse, dataFactory: async () => dataFactory }, context.cloud)),
    ]);
    if (verified.status === 'rejected')
        throw verified.reason;
    if (read.status === 'rejected')
        throw read.reason;
    const { workspace, live, dev, arm } = read.value;
    return { factory: workspace, live, target: synapseTarget(dev, arm, scope) };
}
/** A selected artifact may reference one the filters leave out only if the factory has it. */
async function checkExcludedReferences(source, live, logger) {
    const liveKeys = new Set(live.resources.map((r) => (0,artifacts/* artifactKey */.Wf)(r.kind, r.name)));
    await (0,problems/* annotateProblems */.$9)(logger, () => (0,validation/* validateArtifacts */.yf)(source.selected, [], {
        excluded: new Set(source.excluded.map((a) => (0,artifacts/* artifactKey */.Wf)(a.kind, a.name))),
        existsOutside: (0,filters/* excludedReferenceCheck */.oP)(source.excluded, (kind, name) => liveKeys.has((0,artifacts/* artifactKey */.Wf)(kind, name))),
    }));
}


/***/ }),

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ receiptInconsistencies),
/* harmony export */   U: () => (/* binding */ modelOfAssetId)
/* harmony export */ });
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name` and `version` of a model asset id (workspace ARM id or registry URI); undefined for anything else. */
function modelOfAssetId(assetId) {
    const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
    return match ? { name: match[1], version: match[2] } : undefined;
}
/** The segments of an ARM resource id: subscription, resource group, and the resource's own name path. */
function armSegments(id) {
    const match = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
    if (!match)
        return undefined;
    // After the provider namespace: type/name pairs (`workspaces/ws/batchEndpoints/be`).
    const pairs = match[3].split('/');
    if (pairs.length % 2 !== 0)
        return undefined;
    return {
        subscription: match[1],
        resourceGroup: match[2],
        names: pairs.filter((_, index) => index % 2 === 1),
    };
}
function amlDifferences(receipt, at) {
    const differences = [];
    const endpoint = armSegments(receipt.endpoint.id);
    const expectedEndpoint = [receipt.workspace, receipt.endpoint.name];
    if (!endpoint ||
        !same(endpoint.subscription, receipt.subscription) ||
        !same(endpoint.resourceGroup, receipt.resourceGroup) ||
        endpoint.names.length !== 2 ||
        !endpoint.names.every((name, index) => same(name, expectedEndpoint[index]))) {
        differences.push(`${at}endpoint.id '${receipt.endpoint.id}' is not the id of batch endpoint '${receipt.endpoint.name}' in workspace '${receipt.workspace}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`);
    }
    if (!same(receipt.deployment.id, `${receipt.endpoint.id}/deployments/${receipt.deployment.name}`)) {
        differences.push(`${at}deployment.id '${receipt.deployment.id}' is not the id of deployment '${receipt.deployment.name}' of that endpoint`);
    }
    const model = modelOfAssetId(receipt.model.id);
    if (!model) {
        differences.push(`${at}model.id '${receipt.model.id}' is not the id of a model version`);
    }
    else if (!same(model.name, receipt.model.name) || model.version !== receipt.model.version) {
        differences.push(`${at}model ${receipt.model.name}:${receipt.model.version} is not the model its id names (${model.name}:${model.version})`);
    }
    return differences;
}
function adfDifferences(receipt, at) {
    const factory = armSegments(receipt.factory.id);
    if (factory &&
        same(factory.subscription, receipt.subscription) &&
        same(factory.resourceGroup, receipt.resourceGroup) &&
        factory.names.length === 1 &&
        same(factory.names[0], receipt.factory.name)) {
        return [];
    }
    return [
        `${at}factory.id '${receipt.factory.id}' is not the id of factory '${receipt.factory.name}' (resource group '${receipt.resourceGroup}', subscription '${receipt.subscription}')`,
    ];
}
/**
 * Every place where the receipt, or a receipt inside it, disagrees with itself; each names the field, prefixed with
 * the path of the receipt inside (`upstream.receipt.`).
 */
function receiptInconsistencies(receipt, at = '') {
    const own = receipt.kind === 'aml'
        ? amlDifferences(receipt, at)
        : receipt.kind === 'adf'
            ? adfDifferences(receipt, at)
            : [];
    const inner = 'upstream' in receipt ? receipt.upstream.receipt : undefined;
    return inner ? [...own, ...receiptInconsistencies(inner, `${at}upstream.receipt.`)] : own;
}


/***/ }),

/***/ 3790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vX: () => (/* binding */ encodeReceipt),
  fw: () => (/* binding */ receiptDigest),
  a4: () => (/* binding */ upstream)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/shared/canonical-json.ts
/**
 * JSON with object keys sorted at every level: one value has exactly one encoding, hence one digest. Receipts, the
 * drift report's digest and the control rows' hash are all taken over it.
 */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, inner) => {
        if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
            return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        }
        return inner;
    });
}

;// CONCATENATED MODULE: ./src/shared/receipts/encoding.ts
/**
 * A receipt's one encoding (canonical JSON: the `receipt` output) and its digest, by which the next receipt names it
 * as its `upstream`.
 */


function encodeReceipt(receipt) {
    return canonicalJson(receipt);
}
function receiptDigest(receipt) {
    return (0,external_node_crypto_.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g5: () => (/* binding */ RECEIPT_SCHEMAS),
/* harmony export */   xn: () => (/* reexport safe */ _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__.xn),
/* harmony export */   y4: () => (/* binding */ RECEIPT_VERSION)
/* harmony export */ });
/* unused harmony exports amlReceiptSchema, adfReceiptSchema, metadataReceiptSchema, integrationReceiptSchema, driftReceiptSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _receipt_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2406);
/**
 * Receipts: the ordering contract between the actions (DESIGN.md §2.1). Each action emits one as its `receipt`
 * output (builders.ts) and the next action requires it (parse.ts); an action that writes to Azure or the control
 * database checks its claims against live state first (aml-verification.ts, adf-verification.ts). A receipt is
 * compact canonical JSON (encoding.ts), versioned (`v: 1`), and carries the receipt it was built on (`upstream`) so
 * every later step can see the whole chain and its digests.
 *
 * This file holds the schema of each kind of receipt (the kinds and their producers: receipt-input.ts).
 */

const RECEIPT_VERSION = 1;

const name = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1);
const runSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    repo: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    sha: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
});
const base = {
    v: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(RECEIPT_VERSION),
    environment: name,
    subscription: name,
    resourceGroup: name,
    run: runSchema,
    time: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$({ offset: true }),
};
const modelSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: name, name, version: name });
const amlReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('aml'),
    workspace: name,
    endpoint: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name, scoringUri: zod__WEBPACK_IMPORTED_MODULE_1__/* .url */ .OZ5() }),
    deployment: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name }),
    model: modelSchema,
});
const upstreamOf = (receipt) => zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/), receipt });
const adfReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('adf'),
    /** The data factory, or (target `synapse`) the Synapse workspace: its name and ARM id. */
    factory: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, id: name }),
    /** Set when the pipelines were deployed to a Synapse workspace (its artifacts' endpoint), not a data factory. */
    target: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('synapse').optional(),
    pipelines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name, hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })),
    /**
     * Set by a dry run: the pipelines are those the deploy would make, not what the factory holds. A dry run downstream
     * plans with it; a real apply refuses it.
     */
    planned: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(true).optional(),
    upstream: upstreamOf(amlReceiptSchema),
});
const metadataReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('metadata'),
    store: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['sqlserver', 'postgresql']),
        server: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        database: name,
        table: name,
        /**
         * Set when the table was the user's, adopted through a table-schema file: the file as the step named it, and the
         * digest of its parsed mapping (table-schema.ts `tableSchemaDigest`). Absent: the action's own table, with its
         * own column names (receipts written before this field existed are such receipts).
         */
        tableSchema: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ file: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), digest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }).optional(),
    }),
    rows: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(), hash: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
    upstream: upstreamOf(adfReceiptSchema),
});
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
/**
 * The evidence a model version passed integration scoring: the scoring run (an endpoint job or a pipeline run), the
 * model version and its content digest (folder-digest.ts, computed from the version's files), the expectations it
 * was held to (their digest: the expectations file and the files it names), the verdict, and upstream the metadata
 * receipt of the release it scored.
 */
const integrationReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('integration'),
    workspace: name,
    mode: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['pipeline', 'endpoint']),
    job: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
        /** The endpoint job's name, or the pipeline run id. */
        id: name,
        status: name,
        /** The job's ARM id, when it has one. */
        resourceId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
        /** Where a person sees the run (Azure ML studio), when Azure names it. */
        url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    }),
    rowsScored: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().nonnegative(),
    validated: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    model: modelSchema.extend({ contentDigest: sha256 }),
    expectationsDigest: sha256.optional(),
    upstream: upstreamOf(metadataReceiptSchema),
});
/** The drift gate also runs on a schedule with no deployment in the job: Azure coordinates are optional there. */
const driftReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    ...base,
    subscription: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    resourceGroup: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('drift'),
    drifted: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    driftShare: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().min(0).max(1),
    driftedFeatures: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).optional(),
    reportDigest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
});
const RECEIPT_SCHEMAS = {
    aml: amlReceiptSchema,
    adf: adfReceiptSchema,
    metadata: metadataReceiptSchema,
    integration: integrationReceiptSchema,
    drift: driftReceiptSchema,
};


/***/ })

};
