export const id = 398;
export const ids = [398];
export const modules = {

/***/ 6017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planDeployment: () => (/* binding */ planDeployment)
});

// EXTERNAL MODULE: ./src/shared/adf/artifacts.ts
var artifacts = __webpack_require__(9632);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(2180);
;// CONCATENATED MODULE: ./src/shared/adf/normalise.ts
/**
 * The comparable form of a resource body, so that "what the source says" and "what GET returns" are equal when
 * nothing would change:
 *
 * - Only `properties` is compared: the envelope's `id`, `type`, `etag` (and `name`, compared case-insensitively by
 *   identity) are the service's.
 * - Read-only or server-managed fields are dropped on both sides: `lastPublishTime` (any kind); a trigger's
 *   `runtimeState` (started/stopped is managed by start/stop, not PUT; trigger-mode decides it); an integration
 *   runtime's `state`; a managed virtual network's `vNetId` and `alias`; a managed private endpoint's
 *   `provisioningState`, `connectionState`, `fqdns` and `isReserved`; a linked service's `encryptedCredential`
 *   (encrypted with the runtime's key, not comparable).
 * - Empty `annotations` (ADF returns `[]` where the source may omit it) are dropped.
 * - Secret values: ADF never returns them; GET shows `{ type: 'SecureString', value: '**********' }`. Both sides'
 *   SecureString values are replaced by SECRET_PLACEHOLDER, so a masked value never shows up as a change and a
 *   secret never reaches a plan, a hash or a log. Whether a resource carrying secrets is rewritten anyway is the
 *   diff's `secrets` option (diff.ts).
 * - Keys are sorted recursively (canonical JSON); array order is kept (it is meaningful in activities).
 */


const SECRET_PLACEHOLDER = '<secret>';
const DROPPED = {
    trigger: ['runtimeState'],
    integrationRuntime: ['state'],
    managedVirtualNetwork: ['vNetId', 'alias'],
    managedPrivateEndpoint: ['provisioningState', 'connectionState', 'fqdns', 'isReserved'],
    linkedService: ['encryptedCredential'],
    credential: ['encryptedCredential'],
};
const DROPPED_EVERYWHERE = ['lastPublishTime'];
/** Sorted keys at every level, secrets replaced; `undefined` members removed. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0,values/* isRecord */.u4)(value))
        return value;
    const secret = value.type === 'SecureString' && 'value' in value;
    const result = {};
    for (const key of Object.keys(value).sort()) {
        if (secret && key === 'value')
            result[key] = SECRET_PLACEHOLDER;
        else if (value[key] !== undefined)
            result[key] = canonical(value[key]);
    }
    return result;
}
/** The comparable form of a kind's `properties` (see the module comment for what is dropped and why). */
function normaliseProperties(kind, properties) {
    const dropped = new Set([...DROPPED_EVERYWHERE, ...(DROPPED[kind] ?? [])]);
    const kept = {};
    for (const [key, value] of Object.entries(properties)) {
        if (dropped.has(key))
            continue;
        // The top-level `encryptedCredential` of a linked service may also sit under typeProperties.
        if (key === 'typeProperties' && (0,values/* isRecord */.u4)(value) && dropped.has('encryptedCredential')) {
            const { encryptedCredential: _, ...rest } = value;
            kept[key] = rest;
            continue;
        }
        if (key === 'annotations' && Array.isArray(value) && value.length === 0)
            continue;
        kept[key] = value;
    }
    return canonical(kept);
}
/** Canonical JSON text: sorted keys, no whitespace. */
function canonicalJson(value) {
    return JSON.stringify(canonical(value));
}
/** `sha256:<hex>` of the normalised properties: equal for equal content, free of secrets (they are placeholders). */
function contentHash(kind, properties) {
    const text = canonicalJson(normaliseProperties(kind, properties));
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`;
}
/** Whether the body carries a SecureString with a real (not masked) value: ADF cannot tell us if it changed. */
function hasSecretValues(properties) {
    if (Array.isArray(properties))
        return properties.some(hasSecretValues);
    if (!(0,values/* isRecord */.u4)(properties))
        return false;
    if (properties.type === 'SecureString' &&
        typeof properties.value === 'string' &&
        !/^\*+$/.test(properties.value)) {
        return true;
    }
    return Object.values(properties).some(hasSecretValues);
}

;// CONCATENATED MODULE: ./src/shared/adf/live-state.ts



/** Drains a paged SDK iterator, keeping the `value` items of every page as the service sent them. */
async function listRaw(iterate) {
    const items = [];
    const capture = {
        onResponse(raw) {
            const body = raw.bodyAsText ? JSON.parse(raw.bodyAsText) : {};
            if (Array.isArray(body.value))
                items.push(...body.value);
        },
    };
    for await (const _ of iterate(capture)) {
        // The items are read from the raw pages; iterating only drives the paging.
    }
    return items;
}
const LISTERS = {
    integrationRuntime: (c, rg, f, o) => c.integrationRuntimes.listByFactory(rg, f, o),
    credential: (c, rg, f, o) => c.credentialOperations.listByFactory(rg, f, o),
    managedVirtualNetwork: (c, rg, f, o) => c.managedVirtualNetworks.listByFactory(rg, f, o),
    linkedService: (c, rg, f, o) => c.linkedServices.listByFactory(rg, f, o),
    dataset: (c, rg, f, o) => c.datasets.listByFactory(rg, f, o),
    dataflow: (c, rg, f, o) => c.dataFlows.listByFactory(rg, f, o),
    pipeline: (c, rg, f, o) => c.pipelines.listByFactory(rg, f, o),
    trigger: (c, rg, f, o) => c.triggers.listByFactory(rg, f, o),
    globalParameters: (c, rg, f, o) => c.globalParameters.listByFactory(rg, f, o),
};
function lastSegment(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
function toLive(kind, name, properties) {
    const state = kind === 'trigger' ? properties.runtimeState : undefined;
    return {
        kind,
        name,
        properties: normaliseProperties(kind, properties),
        ...(typeof state === 'string' ? { runtimeState: state } : {}),
    };
}
/**
 * Lists each requested kind once (plus its paging requests). `factory` is not listed (the factory itself is not a
 * child resource). Managed private endpoints are listed per managed virtual network, so asking for them lists the
 * networks too (once, shared with `managedVirtualNetwork`).
 */
async function readLiveFactory(client, rg, factory, kinds) {
    const wanted = new Set(kinds);
    const resources = [];
    const read = async (kind, iterate) => {
        try {
            return await listRaw(iterate);
        }
        catch (error) {
            throw (0,errors/* withContext */.eQ)(`Failed to list the ${kind} resources of data factory '${factory}'`, error);
        }
    };
    const networks = wanted.has('managedVirtualNetwork') || wanted.has('managedPrivateEndpoint')
        ? await read('managedVirtualNetwork', (o) => LISTERS.managedVirtualNetwork(client, rg, factory, o))
        : [];
    if (wanted.has('managedVirtualNetwork')) {
        for (const item of networks) {
            if (item.name)
                resources.push(toLive('managedVirtualNetwork', item.name, item.properties ?? {}));
        }
    }
    if (wanted.has('managedPrivateEndpoint')) {
        for (const network of networks) {
            if (!network.name)
                continue;
            const vnet = network.name;
            const endpoints = await read('managedPrivateEndpoint', (o) => client.managedPrivateEndpoints.listByFactory(rg, factory, vnet, o));
            for (const item of endpoints) {
                if (!item.name)
                    continue;
                const name = `${vnet}/${lastSegment(item.name)}`;
                resources.push(toLive('managedPrivateEndpoint', name, item.properties ?? {}));
            }
        }
    }
    const simple = Object.keys(LISTERS).filter((kind) => kind !== 'managedVirtualNetwork' && wanted.has(kind));
    const lists = await Promise.all(simple.map(async (kind) => ({
        kind,
        items: await read(kind, (o) => LISTERS[kind](client, rg, factory, o)),
    })));
    for (const { kind, items } of lists) {
        for (const item of items) {
            if (!item.name)
                continue;
            resources.push(toLive(kind, lastSegment(item.name), item.properties ?? {}));
        }
    }
    resources.sort(artifacts/* compareArtifacts */.Tu);
    const triggerStates = new Map();
    for (const resource of resources) {
        if (resource.kind === 'trigger' && resource.runtimeState) {
            triggerStates.set(resource.name.toLowerCase(), resource.runtimeState);
        }
    }
    return { resources, triggerStates };
}

// EXTERNAL MODULE: ./src/shared/problems.ts
var problems = __webpack_require__(4325);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts + 19 modules
var schemas = __webpack_require__(6254);
;// CONCATENATED MODULE: ./src/shared/receipts/aml-verification.ts


const sameId = (a, b) => a.toLowerCase() === b.toLowerCase();
/** `name:version` of a model asset id (workspace ARM id or registry URI), or the id itself. */
function modelLabel(assetId) {
    const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
    return match ? `${match[1]}:${match[2]}` : assetId;
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
    logger.debug(`Verifying the aml receipt: GET batch endpoint '${endpointName}'`);
    const endpoint = await readOrUndefined(`batch endpoint '${endpointName}'`, () => client.batchEndpoints.get(rg, ws, endpointName));
    if (!endpoint)
        throw refuse([`batch endpoint '${endpointName}' does not exist`]);
    const differences = [];
    const state = endpoint.properties.provisioningState;
    if (state !== 'Succeeded') {
        differences.push(`batch endpoint '${endpointName}' is in provisioning state '${state ?? 'unknown'}', not 'Succeeded'`);
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
    logger.debug(`Verifying the aml receipt: GET batch deployment '${endpointName}/${deploymentName}'`);
    const deployment = await readOrUndefined(`batch deployment '${endpointName}/${deploymentName}'`, () => client.batchDeployments.get(rg, ws, endpointName, deploymentName));
    if (!deployment) {
        differences.push(`batch deployment '${deploymentName}' of endpoint '${endpointName}' does not exist`);
    }
    else {
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
    }
    if (differences.length > 0)
        throw refuse(differences);
    logger.info(`Verified the aml receipt: batch endpoint '${endpointName}' is Succeeded and its default deployment '${deploymentName}' serves ${receipt.model.name}:${receipt.model.version}.`);
}

;// CONCATENATED MODULE: ./src/shared/canonical-json.ts
/**
 * JSON with object keys sorted at every level: one value has exactly one encoding, hence one digest. Receipts, the
 * drift report's digest and the control rows' hash are all taken over it.
 */
function canonical_json_canonicalJson(value) {
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
    return canonical_json_canonicalJson(receipt);
}
function receiptDigest(receipt) {
    return (0,external_node_crypto_.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function encoding_upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}

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
        pipelines: facts.pipelines.map((pipeline) => ({ ...pipeline })),
        ...(facts.planned ? { planned: true } : {}),
        upstream: encoding_upstream(facts.amlReceipt),
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

;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/diff.ts
/**
 * Desired (source) against live (GET/list) per artifact: create, update, unchanged or delete, with the fields that
 * differ. Both sides are normalised first (normalise.ts), so server-added fields and masked secrets are not changes.
 */



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
        const hash = contentHash(artifact.kind, artifact.properties);
        const current = liveByKey.get(key);
        const base = { kind: artifact.kind, name: artifact.name, hash };
        if (!current) {
            entries.push({ ...base, action: 'create', changes: [] });
            continue;
        }
        const changes = fieldChanges(normaliseProperties(current.kind, current.properties), normaliseProperties(artifact.kind, artifact.properties));
        if (changes.length > 0) {
            entries.push({ ...base, action: 'update', changes });
        }
        else if ((options.secrets ?? 'rewrite') === 'rewrite' && hasSecretValues(artifact.properties)) {
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
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/report.ts
/**
 * What a deployment shows and hands on: the plan as log lines, as a Terraform-style job summary (+ create, ~ update
 * with its field changes, - delete, = unchanged counted) and as a JSON document under RUNNER_TEMP (output `plan`),
 * and the pipelines' content hashes that the adf receipt (src/shared/receipts) lists.
 */




function planDocument(entries, facts) {
    return { ...facts, counts: summarisePlan(entries), entries };
}
async function writePlanFile(document, env, redact) {
    const name = `plan-${document.environment}-${document.factory}`;
    return writeOutputFile({ env, action: 'deploy-adf-pipelines', name, document, redact });
}
const SIGN = { create: '+', update: '~', delete: '-', unchanged: '=' };
function show(value) {
    return value === undefined ? '(none)' : JSON.stringify(value);
}
/** `~ activities[0].typeProperties.url: "a" → "b"`, `+ parameters.x: 1`, `- annotations[1]: "old"`. */
function describeFieldChange(change) {
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
    return `${SIGN[entry.action]} ${entry.kind} ${entry.name}${note}`;
}
/** The plan as log lines: every create, update (with its field changes) and delete, then the counts. */
function planLines(document) {
    const lines = [];
    for (const entry of document.entries) {
        if (entry.action === 'unchanged')
            continue;
        lines.push(entryLine(entry, document.deleteOrphans));
        for (const change of entry.changes)
            lines.push(`    ${describeFieldChange(change)}`);
    }
    lines.push(countLine(document));
    return lines;
}
function countLine(document) {
    const { create, update, delete: remove, unchanged } = document.counts;
    const deletes = document.deleteOrphans ? `${remove} to delete` : `${remove} orphaned (kept)`;
    return `Plan: ${create} to create, ${update} to update, ${deletes}, ${unchanged} unchanged.`;
}
function renderPlanSummary(summary, document, planPath) {
    summary.heading(`deploy-adf-pipelines: ${document.factory} (${document.environment})${document.dryRun ? ' — dry run' : ''}`);
    summary.paragraph(countLine(document));
    const changed = document.entries.filter((entry) => entry.action !== 'unchanged');
    if (changed.length > 0) {
        summary.details('Changes', changed
            .flatMap((entry) => [
            entryLine(entry, document.deleteOrphans),
            ...entry.changes.map((change) => `    ${describeFieldChange(change)}`),
        ])
            .join('\n'), 'diff');
    }
    if (document.counts.unchanged > 0)
        summary.paragraph(`= ${document.counts.unchanged} unchanged`);
    summary.paragraph((0,shared_summary/* code */.aY)(planPath));
}
/** `{ name, hash }` of each desired pipeline (hash: the hex SHA-256 of its normalised content), sorted by name. */
function pipelineHashes(desired) {
    return desired
        .filter((artifact) => artifact.kind === 'pipeline')
        .map((artifact) => ({
        name: artifact.name,
        hash: contentHash(artifact.kind, artifact.properties).replace(/^sha256:/, ''),
    }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

// EXTERNAL MODULE: ./src/deploy-adf-pipelines/validation.ts + 2 modules
var validation = __webpack_require__(1737);
;// CONCATENATED MODULE: ./src/deploy-adf-pipelines/plan.ts












async function planDeployment(source, inputs, context) {
    const { logger } = context;
    const { factory, live } = await logger.group('Verify the aml receipt and read the factory', () => readFactory(inputs, context));
    if (source.excluded.length > 0)
        await checkExcludedReferences(source, live, logger);
    const entries = diffArtifacts(source.selected, live.resources, {
        // A live resource the filters leave out is not this deployment's to delete.
        inScope: (kind, name) => (0,filters/* isSelected */.sp)(source.filter, { kind, name }),
    });
    const document = planDocument(entries, {
        environment: inputs.environment,
        factory: inputs.factoryName,
        dryRun: inputs.dryRun,
        deleteOrphans: inputs.deleteOrphans,
    });
    for (const line of planLines(document))
        logger.info(line);
    const path = await writePlanFile(document, context.env, (text) => context.masker.redact(text));
    renderPlanSummary(context.summary, document, path);
    const pipelines = pipelineHashes(source.selected);
    const run = runInfoFromEnvironment(context.env);
    return {
        entries,
        desired: source.selected,
        live,
        document,
        path,
        pipelines,
        counts: {
            created: document.counts.create,
            updated: document.counts.update,
            deleted: inputs.deleteOrphans ? document.counts.delete : 0,
            unchanged: document.counts.unchanged,
        },
        receipt: (planned) => encodeReceipt(buildAdfReceipt({
            environment: inputs.environment,
            subscriptionId: inputs.subscriptionId,
            resourceGroup: inputs.resourceGroup,
            factory,
            pipelines,
            amlReceipt: context.amlReceipt,
            run,
            time: context.clock(),
            planned,
        })),
    };
}
/**
 * The three reads, at once. The receipt's refusal comes first (it names the action to run first), then a missing
 * factory, then a failed listing.
 */
async function readFactory(inputs, context) {
    const { resourceGroup: rg, factoryName } = inputs;
    const [dataFactory, machineLearning] = await Promise.all([
        context.clients.dataFactory(),
        context.clients.machineLearning(),
    ]);
    const [verified, gotFactory, listed] = await Promise.allSettled([
        verifyAmlReceipt(context.amlReceipt, machineLearning, context.logger),
        dataFactory.factories.get(rg, factoryName),
        readLiveFactory(dataFactory, rg, factoryName, artifacts/* ARTIFACT_KINDS */.hz.filter((kind) => kind !== 'factory')),
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
    return { factory: { name: factory.name ?? factoryName, id: factory.id ?? '' }, live: listed.value };
}
/** A selected artifact may reference one the filters leave out only if the factory has it. */
async function checkExcludedReferences(source, live, logger) {
    const liveKeys = new Set(live.resources.map((r) => (0,artifacts/* artifactKey */.Wf)(r.kind, r.name)));
    await (0,problems/* annotateProblems */.$9)(logger, () => (0,validation/* validateArtifacts */.yf)(source.selected, [], {
        excluded: new Set(source.excluded.map((a) => (0,artifacts/* artifactKey */.Wf)(a.kind, a.name))),
        existsOutside: (0,filters/* excludedReferenceCheck */.oP)(source.excluded, (kind, name) => liveKeys.has((0,artifacts/* artifactKey */.Wf)(kind, name))),
    }));
}


/***/ })

};
