export const id = 213;
export const ids = [213];
export const modules = {

/***/ 1663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ anonymousEnvironmentBody),
/* harmony export */   HT: () => (/* binding */ anonymousEnvironmentVersion),
/* harmony export */   y1: () => (/* binding */ ANONYMOUS_ENVIRONMENT_NAME)
/* harmony export */ });
/* unused harmony export condaFileText */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/**
 * An inline environment as `az ml` registers it: an anonymous environment version (`isAnonymous`) named
 * `CliV2AnonymousEnvironment`, whose version is a hash of the environment's definition, so the same definition is the
 * same version and a rerun registers nothing (azure-ai-ml, `Environment._generate_anonymous_name_version`, and
 * ANONYMOUS_ENV_NAME in its constants).
 *
 * The version is built as azure-ai-ml builds it: for an image, the hash of the image, then the hash of the conda file
 * (when there is one) joined in the way Python's `str.join` joins (the text so far between every character of the new
 * hash); for a build context, the hash of the context's content, joined likewise with the hash of `dockerfile_path`
 * when one is given; the version is the hash of the result. The hash is SHA-256, as current azure-ai-ml releases use
 * (their anonymous versions are 64 hex digits; older releases used MD5 the same way). The conda file is what the
 * service receives as `condaFile`, the conda specification written as YAML with sorted keys, as azure-ai-ml writes it
 * with PyYAML (`dump_yaml(conda, sort_keys=True)`); for the conda files teams write (names, channels, version
 * specifiers) the text is PyYAML's, exotic scalars (non-ASCII text, multi-line strings) may be written otherwise. A
 * build context's content hash is this project's folder digest (folder-digest.ts), the one every upload is named by,
 * where azure-ai-ml uses its own: the same context registered by both gets two versions, each stable.
 */


const ANONYMOUS_ENVIRONMENT_NAME = 'CliV2AnonymousEnvironment';
const sha256 = (text) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
/** Python's `separator.join(text)`: the separator between every character of the text. */
const pythonJoin = (separator, text) => [...text].join(separator);
/** The conda specification as the `condaFile` text: block YAML with sorted keys, as PyYAML's `yaml.dump` writes. */
function condaFileText(conda) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .stringify */ .As)(conda, {
        version: '1.1',
        sortMapEntries: true,
        indentSeq: false,
        singleQuote: true,
        lineWidth: 0,
    });
}
function anonymousEnvironmentVersion(definition) {
    let joined = '';
    if (definition.build) {
        joined = pythonJoin(joined, sha256(definition.build.digest));
        if (definition.build.dockerfilePath !== undefined) {
            joined = pythonJoin(joined, sha256(definition.build.dockerfilePath));
        }
    }
    else if (definition.image !== undefined) {
        joined = pythonJoin(joined, sha256(definition.image));
        if (definition.conda)
            joined = pythonJoin(joined, sha256(condaFileText(definition.conda)));
    }
    return sha256(joined);
}
/**
 * The version's REST body (EnvironmentVersion, 2022-10-01); `contextUri` is where the build context was uploaded.
 */
function anonymousEnvironmentBody(definition, contextUri) {
    return {
        properties: {
            isAnonymous: true,
            ...(definition.image !== undefined ? { image: definition.image } : {}),
            ...(definition.conda ? { condaFile: condaFileText(definition.conda) } : {}),
            ...(definition.build && contextUri
                ? {
                    build: {
                        contextUri,
                        ...(definition.build.dockerfilePath !== undefined
                            ? { dockerfilePath: definition.build.dockerfilePath }
                            : {}),
                    },
                }
                : {}),
            ...(definition.osType ? { osType: definition.osType } : {}),
            ...(definition.description !== undefined ? { description: definition.description } : {}),
            ...(Object.keys(definition.tags).length ? { tags: { ...definition.tags } } : {}),
            ...(Object.keys(definition.properties).length ? { properties: { ...definition.properties } } : {}),
        },
    };
}


/***/ }),

/***/ 3676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kf: () => (/* binding */ MANAGED_BY),
/* harmony export */   Nk: () => (/* binding */ withDefaultDeployment),
/* harmony export */   WF: () => (/* binding */ desiredDeployment),
/* harmony export */   cB: () => (/* binding */ desiredEndpoint),
/* harmony export */   dS: () => (/* binding */ MANAGED_BY_TAG)
/* harmony export */ });
/* unused harmony export MODEL_TAG */
/** Deployments this action created carry this tag; only those are ever deleted by `keep-deployments`. */
const MANAGED_BY_TAG = 'mlops.managed-by';
const MANAGED_BY = 'deploy-aml-endpoint';
/** The model a deployment serves, as `name:version`, for people reading the deployment list. */
const MODEL_TAG = 'mlops.model';
function desiredEndpoint(spec, location) {
    const identity = spec.identity;
    return {
        location,
        tags: { ...spec.tags },
        ...(identity
            ? {
                identity: {
                    type: identity.type,
                    ...(identity.userAssignedIdentities.length
                        ? {
                            userAssignedIdentities: Object.fromEntries(identity.userAssignedIdentities.map((id) => [id, {}])),
                        }
                        : {}),
                },
            }
            : {}),
        properties: {
            authMode: spec.authMode,
            ...(spec.description !== undefined ? { description: spec.description } : {}),
            ...(Object.keys(spec.properties).length ? { properties: { ...spec.properties } } : {}),
        },
    };
}
/** The endpoint body with a default deployment: a re-PUT is how the default is set (PATCH cannot). */
function withDefaultDeployment(body, deploymentName) {
    return {
        ...body,
        properties: {
            ...body.properties,
            ...(deploymentName ? { defaults: { deploymentName } } : {}),
        },
    };
}
function desiredDeployment(spec, references, location) {
    const s = spec.settings;
    const retrySettings = s.retrySettings === undefined
        ? undefined
        : {
            ...(s.retrySettings.maxRetries !== undefined ? { maxRetries: s.retrySettings.maxRetries } : {}),
            ...(s.retrySettings.timeoutSeconds !== undefined
                ? { timeout: `PT${s.retrySettings.timeoutSeconds}S` }
                : {}),
        };
    const resources = s.instanceCount === undefined && s.instanceType === undefined && s.resourceProperties === undefined
        ? undefined
        : {
            ...(s.instanceCount !== undefined ? { instanceCount: s.instanceCount } : {}),
            ...(s.instanceType !== undefined ? { instanceType: s.instanceType } : {}),
            ...(s.resourceProperties !== undefined
                ? { properties: { ...s.resourceProperties } }
                : {}),
        };
    return {
        location,
        tags: {
            ...spec.tags,
            [MANAGED_BY_TAG]: MANAGED_BY,
            [MODEL_TAG]: `${references.modelName}:${references.modelVersion}`,
        },
        properties: {
            ...(spec.description !== undefined ? { description: spec.description } : {}),
            ...(Object.keys(spec.properties).length ? { properties: { ...spec.properties } } : {}),
            model: { referenceType: 'Id', assetId: references.modelId },
            compute: references.computeId,
            ...(references.codeId !== undefined && spec.code
                ? { codeConfiguration: { codeId: references.codeId, scoringScript: spec.code.scoringScript } }
                : {}),
            ...(references.environmentId !== undefined ? { environmentId: references.environmentId } : {}),
            ...(Object.keys(spec.environmentVariables).length
                ? { environmentVariables: { ...spec.environmentVariables } }
                : {}),
            ...(s.miniBatchSize !== undefined ? { miniBatchSize: s.miniBatchSize } : {}),
            ...(s.maxConcurrencyPerInstance !== undefined
                ? { maxConcurrencyPerInstance: s.maxConcurrencyPerInstance }
                : {}),
            ...(s.errorThreshold !== undefined ? { errorThreshold: s.errorThreshold } : {}),
            ...(retrySettings ? { retrySettings } : {}),
            ...(s.outputAction !== undefined ? { outputAction: s.outputAction } : {}),
            ...(s.outputFileName !== undefined ? { outputFileName: s.outputFileName } : {}),
            ...(s.loggingLevel !== undefined ? { loggingLevel: s.loggingLevel } : {}),
            ...(resources ? { resources } : {}),
        },
    };
}


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ createdAt),
/* harmony export */   DN: () => (/* binding */ latestEnvironmentVersion),
/* harmony export */   Iz: () => (/* binding */ codeVersionExists),
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   KW: () => (/* binding */ readEndpoint),
/* harmony export */   Kl: () => (/* binding */ computeExists),
/* harmony export */   T9: () => (/* binding */ readOptional),
/* harmony export */   iJ: () => (/* binding */ readDeployment),
/* harmony export */   lY: () => (/* binding */ readWorkspaceLocation),
/* harmony export */   yZ: () => (/* binding */ environmentVersionExists)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);

/** The value, or undefined when Azure answers 404; other failures carry `what` as context. */
async function readOptional(what, read) {
    try {
        return await read();
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return undefined;
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read ${what}`, error);
    }
}
async function readWorkspaceLocation(scope) {
    try {
        const workspace = await scope.client.workspaces.get(scope.resourceGroup, scope.workspace);
        return workspace.location ?? '';
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read workspace '${scope.workspace}' in resource group '${scope.resourceGroup}'`, error);
    }
}
function readEndpoint(scope, name) {
    return readOptional(`batch endpoint '${name}'`, () => scope.client.batchEndpoints.get(scope.resourceGroup, scope.workspace, name));
}
function readDeployment(scope, endpoint, name) {
    return readOptional(`batch deployment '${name}' of endpoint '${endpoint}'`, () => scope.client.batchDeployments.get(scope.resourceGroup, scope.workspace, endpoint, name));
}
async function listDeployments(scope, endpoint) {
    const deployments = [];
    try {
        for await (const deployment of scope.client.batchDeployments.list(scope.resourceGroup, scope.workspace, endpoint)) {
            deployments.push(deployment);
        }
    }
    catch (error) {
        if ((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return [];
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not list the deployments of batch endpoint '${endpoint}'`, error);
    }
    return deployments;
}
async function computeExists(scope, name) {
    const compute = await readOptional(`compute '${name}'`, () => scope.client.computeOperations.get(scope.resourceGroup, scope.workspace, name));
    return compute !== undefined;
}
/** The latest version of an environment, or undefined when the environment does not exist. */
async function latestEnvironmentVersion(scope, name) {
    const container = await readOptional(`environment '${name}'`, () => scope.client.environmentContainers.get(scope.resourceGroup, scope.workspace, name));
    return container?.properties.latestVersion ?? undefined;
}
async function environmentVersionExists(scope, name, version) {
    const found = await readOptional(`environment ${name}:${version}`, () => scope.client.environmentVersions.get(scope.resourceGroup, scope.workspace, name, version));
    return found !== undefined;
}
async function codeVersionExists(scope, name, version) {
    const found = await readOptional(`code ${name}:${version}`, () => scope.client.codeVersions.get(scope.resourceGroup, scope.workspace, name, version));
    return found !== undefined;
}
/** `systemData.createdAt` as epoch ms (0 when missing), for "newest first". */
function createdAt(resource) {
    const value = resource.systemData?.createdAt;
    return value instanceof Date ? value.getTime() : value ? new Date(value).getTime() : 0;
}


/***/ }),

/***/ 6754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tm: () => (/* binding */ ProvisioningFailedError),
  so: () => (/* binding */ deleteAndWait),
  QO: () => (/* binding */ putAndWait),
  D1: () => (/* binding */ waitUntilSettled)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/shared/azure/polling.ts
/**
 * The one poller for long-running work our code drives (LROs, endpoint jobs, pipeline runs): exponential backoff with
 * jitter, server `Retry-After` honoured, an absolute deadline, rate-limited progress logs, and a cancellation hook
 * when the deadline passes.
 */

const POLL_DEFAULTS = {
    initialDelayMs: 2000,
    maxDelayMs: 30_000,
    factor: 2,
    jitter: 'equal',
    logIntervalMs: 30_000,
};
/** Polls `check` until it reports done, and returns its value; throws `TimeoutError` when the deadline passes. */
async function pollUntil(options) {
    const clock = options.clock ?? Date.now;
    const sleep = options.sleep ?? abortableSleep;
    const random = options.random ?? Math.random;
    const logIntervalMs = options.logIntervalMs ?? POLL_DEFAULTS.logIntervalMs;
    const { describe, logger, signal } = options;
    const start = clock();
    const deadline = resolveDeadline(options, start);
    let lastStatus;
    let lastLoggedAt = -Infinity;
    for (let attempt = 0;; attempt++) {
        signal?.throwIfAborted();
        const result = await options.check();
        const now = clock();
        const elapsed = formatDuration(now - start);
        if (result.done) {
            logger.info(`${describe}: ${result.status} after ${elapsed}`);
            return result.value;
        }
        if (result.status !== lastStatus || now - lastLoggedAt >= logIntervalMs) {
            const still = result.status === lastStatus ? 'still ' : '';
            logger.info(`${describe}: ${still}${result.status} (${elapsed} elapsed)`);
            lastStatus = result.status;
            lastLoggedAt = now;
        }
        if (now >= deadline) {
            const cancellation = await cancelOnDeadline(options, describe, logger);
            throw new errors/* TimeoutError */.MU(`Timed out after ${elapsed} waiting for ${describe}; last status: ${result.status}${cancellation}`);
        }
        const backoff = backoffDelay(attempt, options, random);
        const wanted = result.retryAfterMs !== undefined && result.retryAfterMs > 0 ? result.retryAfterMs : backoff;
        // Never sleep past the deadline: the last look happens at the deadline itself.
        await sleep(Math.max(0, Math.min(wanted, deadline - now)), signal);
    }
}
function resolveDeadline(options, start) {
    const candidates = [
        options.deadline,
        options.timeoutMs === undefined ? undefined : start + options.timeoutMs,
    ];
    const defined = candidates.filter((value) => value !== undefined && !Number.isNaN(value));
    if (defined.length === 0)
        throw new TypeError(`pollUntil(${options.describe}) needs a deadline or timeoutMs`);
    return Math.min(...defined);
}
/** Runs the cancellation hook; answers what to add to the timeout message. */
async function cancelOnDeadline(options, describe, logger) {
    if (!options.onDeadline)
        return '';
    try {
        await options.onDeadline();
        return '; cancellation was requested';
    }
    catch (error) {
        logger.warning(`Could not cancel ${describe} after the deadline: ${(0,errors/* formatErrorDetails */.aH)((0,errors/* describeError */.Uc)(error))}`);
        return '; cancelling it failed (see the warning above)';
    }
}
/** Exponential backoff capped at `maxDelayMs`, with jitter so parallel pollers do not move in lock step. */
function backoffDelay(attempt, options, random = Math.random) {
    const initial = options.initialDelayMs ?? POLL_DEFAULTS.initialDelayMs;
    const max = options.maxDelayMs ?? POLL_DEFAULTS.maxDelayMs;
    const factor = options.factor ?? POLL_DEFAULTS.factor;
    const base = Math.min(max, initial * factor ** attempt);
    switch (options.jitter ?? POLL_DEFAULTS.jitter) {
        case 'full':
            return random() * base;
        case 'equal':
            return base / 2 + (random() * base) / 2;
        case 'none':
            return base;
    }
}
/** `setTimeout` as a promise that rejects with the signal's reason when aborted. */
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
// RFC 9110 HTTP-date forms all start with a day name (IMF-fixdate, RFC 850, asctime); checked so that Date.parse
// does not read things like "1.5" as a calendar date.
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s/i;
/** A `Retry-After` value (delay-seconds or HTTP-date) as ms from `now`; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    const text = value?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!HTTP_DATE.test(text))
        return undefined;
    const date = Date.parse(text);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** The retry hint of a response, in the order the Azure SDK reads it: `retry-after-ms`, `x-ms-…`, `Retry-After`. */
function retryAfterFromHeaders(get, now) {
    for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
        const text = get(name)?.trim();
        if (text && /^\d+(\.\d+)?$/.test(text))
            return Number(text);
    }
    return parseRetryAfter(get('retry-after'), now);
}
/** `45s`, `2m 05s`, `1h 02m`: durations as people read them in a job log. */
function formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

;// CONCATENATED MODULE: ./src/deploy-aml-endpoint/long-running.ts
/**
 * Waiting on Azure ML's long-running operations through the one poller (src/shared/azure/polling.ts): the SDK's
 * `begin*` sends the request (and takes its first look at the operation), then `pollUntil` reads the resource itself
 * until its `provisioningState` is terminal — bounded by the step's deadline, backing off, logging progress, and
 * naming the resource and its last provisioning state on timeout. The SDK's pipeline retries 429 (after
 * Retry-After) and 5xx on every read. When a rollout ends Failed, the operation's own error (the status resource's
 * `error {code, message}`, read through the SDK's poller) is what the step reports.
 *
 * Nothing is cancelled at the deadline: ARM offers no cancel for endpoint or deployment operations, and stopping
 * half-way is never safer than letting Azure finish; a rerun picks up the state it left.
 */


const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);
/** Raised when a resource's operation ended Failed or Canceled: the service's own reason is in the message. */
class ProvisioningFailedError extends Error {
    state;
    code;
    name = 'ProvisioningFailedError';
    constructor(message, state, code) {
        super(message);
        this.state = state;
        this.code = code;
    }
}
const LRO_FAILURE = /^The long-running operation has failed(?:\. ([^.\s]+)\. ([\s\S]*))?$/;
function isLroFailure(error) {
    return error instanceof Error && LRO_FAILURE.test(error.message);
}
function failure(describe, state, error) {
    const match = error ? LRO_FAILURE.exec(error.message) : null;
    const code = match?.[1];
    const reason = match?.[2] ?? error?.message;
    return new ProvisioningFailedError(`${describe} ended in provisioning state ${state}${code ? `: ${code}` : ''}${reason ? `: ${reason}` : ' (Azure gave no reason)'}`, state, code);
}
function waitFor(describe, read, options, done) {
    return pollUntil({
        describe,
        logger: options.logger,
        deadline: options.deadline,
        initialDelayMs: options.pollDelayMs ?? 1_000,
        factor: 1.5,
        maxDelayMs: 15_000,
        jitter: 'equal',
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.sleep ? { sleep: (ms) => options.sleep(ms) } : {}),
        check: async () => {
            const resource = await read();
            const status = resource
                ? `provisioning state ${resource.properties.provisioningState ?? 'Succeeded'}`
                : 'not found';
            return { done: done(resource), status, value: resource };
        },
    });
}
/**
 * Sends a PUT through `begin` and waits for the resource to settle. Answers the resource once Succeeded; throws
 * ProvisioningFailedError with the service's reason when it ends Failed or Canceled.
 */
async function putAndWait(spec) {
    const { describe, options } = spec;
    let poller;
    try {
        poller = await spec.begin();
    }
    catch (error) {
        if (isLroFailure(error))
            throw failure(describe, 'Failed', error);
        throw (0,errors/* withContext */.eQ)(`Azure refused to create or update ${describe}`, error);
    }
    // A resource not readable yet right after its PUT is waited for, not taken as done.
    const settled = await waitFor(describe, spec.read, options, (resource) => resource !== undefined &&
        TERMINAL.has((resource.properties.provisioningState ?? 'Succeeded').toLowerCase()));
    const state = settled.properties.provisioningState ?? 'Succeeded';
    if (state.toLowerCase() === 'succeeded')
        return settled;
    let reason = poller.getOperationState().error;
    if (!reason) {
        try {
            await poller.poll();
            reason = poller.getOperationState().error;
        }
        catch (error) {
            reason = error instanceof Error ? error : new Error(String(error));
        }
    }
    throw failure(describe, state, reason);
}
/** Sends a DELETE through `begin` and waits until the resource is gone. */
async function deleteAndWait(spec) {
    try {
        await spec.begin();
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`Azure refused to delete ${spec.describe}`, error);
    }
    const left = await waitFor(spec.describe, spec.read, spec.options, (resource) => {
        const state = resource?.properties.provisioningState?.toLowerCase();
        return !resource || state === 'failed' || state === 'canceled';
    });
    if (left) {
        throw new ProvisioningFailedError(`${spec.describe} was not deleted: provisioning state ${left.properties.provisioningState}`, left.properties.provisioningState ?? 'unknown', undefined);
    }
}
/** Waits for an operation someone else started (Creating, Updating, Deleting) to finish before changing it. */
async function waitUntilSettled(describe, read, current, options) {
    const state = current?.properties.provisioningState?.toLowerCase();
    if (!current || state === undefined || TERMINAL.has(state))
        return current;
    options.logger.info(`${describe} is busy (provisioning state ${current.properties.provisioningState}); waiting for it to settle`);
    return waitFor(describe, read, options, (resource) => !resource || TERMINAL.has((resource.properties.provisioningState ?? 'Succeeded').toLowerCase()));
}


/***/ }),

/***/ 897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ registerModel),
/* harmony export */   Cn: () => (/* binding */ tagDeployedModel),
/* harmony export */   aP: () => (/* binding */ deployedTags),
/* harmony export */   w_: () => (/* binding */ uploadToDatastore)
/* harmony export */ });
/* unused harmony export DEPLOYED_TAGS */
/* harmony import */ var _shared_azure_asset_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3443);
/* harmony import */ var _shared_azure_datastore_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8164);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8382);



const DEPLOYED_TAGS = {
    repository: 'mlops.deployed.repository',
    commit: 'mlops.deployed.commit',
    run: 'mlops.deployed.run',
};
/** Uploads local content to a datastore: only the files that are not there yet. */
async function uploadToDatastore(content, datastore, deps) {
    await (0,_shared_azure_datastore_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadFolder */ .yi)(await deps.openContainer(datastore), content, deps.logger);
}
/** Uploads the content (what is not there yet) and registers the version. */
async function registerModel(model, deps) {
    const { registration } = model;
    if (!registration)
        return model;
    const { scope } = deps;
    await uploadToDatastore(registration.content, registration.datastore, deps);
    const body = registration.body;
    let live;
    try {
        live = await scope.client.modelVersions.createOrUpdate(scope.resourceGroup, scope.workspace, model.name, model.version, body);
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .withContext */ .eQ)(`Could not register model ${model.name}:${model.version}`, error);
    }
    deps.logger.info(`Registered model ${model.name}:${model.version} from ${registration.content.shown}`);
    return { ...model, live, registration: undefined };
}
function deployedTags(run) {
    return {
        [DEPLOYED_TAGS.repository]: run.repo,
        [DEPLOYED_TAGS.commit]: run.sha,
        ...(run.url ? { [DEPLOYED_TAGS.run]: run.url } : {}),
    };
}
/** Tags the deployed version with the run (a PUT of the version as it is, with the tags added); no-op if tagged. */
async function tagDeployedModel(model, run, deps) {
    if (!model.live)
        return false;
    const { written } = await (0,_shared_azure_asset_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .tagModelVersion */ .qo)(deps.scope, model, model.live, deployedTags(run), 'with the deploying run');
    if (written)
        deps.logger.info(`Tagged model ${model.name}:${model.version} with this run (${run.url ?? run.sha})`);
    return written;
}


/***/ }),

/***/ 5680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uQ: () => (/* binding */ describeChange),
  NP: () => (/* binding */ planDocument),
  HN: () => (/* binding */ planLines),
  J: () => (/* binding */ writePlanFile)
});

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
        deployment: plan.primary.name,
        model: {
            name: plan.primary.model.name,
            version: plan.primary.model.version,
            id: plan.primary.model.assetId,
            source: plan.primary.model.source,
        },
        deployments: plan.deployments.map((d) => ({ name: d.name, model: `${d.model.name}:${d.model.version}` })),
        defaultDeployment: plan.targetDefault,
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

/***/ 2952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JE: () => (/* binding */ servedModel),
/* harmony export */   W7: () => (/* binding */ receiptEndpoint),
/* harmony export */   Xx: () => (/* binding */ servingReceipt),
/* harmony export */   tc: () => (/* binding */ releaseFacts)
/* harmony export */ });
/* harmony import */ var _shared_receipts_builders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6311);

function releaseFacts(environment, scope, run, time) {
    return {
        environment,
        subscriptionId: scope.subscriptionId,
        resourceGroup: scope.resourceGroup,
        workspace: scope.workspace,
        run,
        time,
    };
}
/** The endpoint as the receipt names it: its name, ARM id and scoring URI. */
function receiptEndpoint(endpoint) {
    return {
        name: endpoint.name ?? '',
        id: endpoint.id ?? '',
        scoringUri: endpoint.properties.scoringUri ?? '',
    };
}
/** The model a live deployment serves, from its asset id (workspace ARM id or registry URI). */
function servedModel(deployment) {
    const assetId = deployment.properties.model?.assetId;
    if (!assetId)
        return undefined;
    const match = /\/models\/([^/]+)\/versions\/([^/]+)$/i.exec(assetId);
    return match ? { id: assetId, name: match[1], version: match[2] } : undefined;
}
/** The receipt of what serves now, before this release (a dry run hands it on); undefined when nothing serves. */
function servingReceipt(plan, facts) {
    const endpoint = plan.endpoint.live;
    const serving = plan.serving;
    const model = serving && servedModel(serving);
    if (!endpoint || !serving?.name || !serving.id || !model)
        return undefined;
    return (0,_shared_receipts_builders_js__WEBPACK_IMPORTED_MODULE_0__/* .buildAmlReceipt */ .dm)({
        ...facts,
        endpoint: receiptEndpoint(endpoint),
        deployment: { name: serving.name, id: serving.id },
        model,
    });
}


/***/ }),

/***/ 7563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ originError)
/* harmony export */ });
/* unused harmony export describeOrigin */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/**
 * Where a value of the release came from — an action input or a place in a spec file — so that a problem found
 * later (a model version that does not exist, a compute that is missing) is still reported at that place, with the
 * file and line when it was a file.
 */

function originError(origin, message) {
    if (origin.kind === 'file')
        return origin.reader.error(origin.at, message);
    return new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${origin.input}': ${message}`, { input: origin.input });
}
function describeOrigin(origin) {
    return origin.kind === 'file' ? origin.reader.file : `input '${origin.input}'`;
}


/***/ }),

/***/ 2770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   jo: () => (/* binding */ renderServing),
/* harmony export */   zt: () => (/* binding */ renderFailure)
/* harmony export */ });
/* harmony import */ var _shared_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6929);
/* harmony import */ var _plan_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5680);
/**
 * The job summary of one release. Before any write: the plan, as a plan ("will" and the table with its field-level
 * diff), so a summary never claims what did not happen. Then either what serves now (after the rollout), or what the
 * failure left behind: what was applied, and which default keeps serving.
 */


function details(step) {
    const lines = [
        ...(step.reason ? [(0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeFor */ .Zw)('cell', step.reason)] : []),
        ...step.changes.map((change) => (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)((0,_plan_report_js__WEBPACK_IMPORTED_MODULE_0__/* .describeChange */ .uQ)(change)).html),
    ];
    return new _shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Markup */ .VK(lines.join('<br>'));
}
function target(plan, workspace) {
    const deployments = plan.deployments.map((d) => `${d.name} (model ${d.model.name}:${d.model.version})`);
    return `endpoint ${plan.endpointName}, deployment${deployments.length > 1 ? 's' : ''} ${deployments.join(', ')} (workspace ${workspace})`;
}
/** The plan, written before any write. */
function renderSummary(summary, facts) {
    const { plan } = facts;
    summary.heading(`deploy-aml-endpoint: ${facts.environment}`);
    const what = target(plan, facts.workspace);
    if (facts.dryRun) {
        summary.paragraph(plan.changed
            ? `Dry run: nothing was changed. A deployment would make the changes below to ${what}.`
            : `Dry run: live state already matches the specs (${what}); a deployment would change nothing.`);
    }
    else {
        summary.paragraph(plan.changed
            ? `Plan: the changes below, to ${what}.`
            : `Live state already matched the specs (${what}): nothing was written.`);
    }
    summary.table(['Resource', 'Name', 'Action', 'Details'], plan.steps.map((step) => [step.resource, step.name, step.action, details(step)]));
    for (const validation of plan.validations) {
        summary.paragraph(new _shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Markup */ .VK(`Promotion: model ${(0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeFor */ .Zw)('cell', validation.model)} validated by ${(0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)('the integration run', validation.run).html}. Checked: ${validation.checks.map((check) => (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeFor */ .Zw)('cell', check)).join('; ')}.`));
    }
    summary.paragraph(new _shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .Markup */ .VK(`Plan file: ${(0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(facts.planPath).html}`));
}
/** After a rollout: what was done, and what the endpoint serves now. */
function renderServing(summary, serving) {
    if (serving.changed) {
        summary.paragraph(`Deployed: every change above was applied to endpoint ${serving.endpoint}, and it serves from ${serving.defaultDeployment ?? '(no default deployment)'}.`);
    }
    summary.heading('Serving now', 3);
    summary.table(['', ''], [
        ['scoring URI', (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(serving.scoringUri)],
        ['default deployment', serving.defaultDeployment ?? '(none)'],
        ...(serving.deployments.length > 1
            ? serving.deployments.map((d) => [`deployment ${d.name}`, `model ${d.model}`])
            : [['model', serving.model]]),
        ...(serving.deleted.length ? [['deleted', serving.deleted.join(', ')]] : []),
    ]);
}
/** After a failed write: the error, what was applied, and what serves. */
function renderFailure(summary, failure) {
    summary.heading('Rollout failed', 3);
    summary.paragraph(`Failed: ${failure.error}`);
    summary.paragraph(failure.applied);
    summary.paragraph(failure.serving);
}


/***/ }),

/***/ 5757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ resolveCode),
/* harmony export */   J6: () => (/* binding */ registerCode),
/* harmony export */   Xt: () => (/* binding */ assetResolution),
/* harmony export */   fL: () => (/* binding */ registerEnvironment),
/* harmony export */   g9: () => (/* binding */ resolveEnvironment),
/* harmony export */   w9: () => (/* binding */ resolveCompute)
/* harmony export */ });
/* unused harmony exports CODE_VERSION, codeAssetName */
/* harmony import */ var _shared_azure_asset_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3443);
/* harmony import */ var _shared_azure_datastore_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8164);
/* harmony import */ var _shared_azure_datastores_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9255);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8382);
/* harmony import */ var _anonymous_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1663);
/* harmony import */ var _live_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2490);
/* harmony import */ var _model_registration_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(897);
/* harmony import */ var _specs_origin_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7563);
/* harmony import */ var _workspace_references_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7702);









function assetResolution(scope, cloud) {
    const answers = new Map();
    let datastore;
    return {
        scope,
        cloud,
        datastore: () => {
            datastore ??= (0,_shared_azure_datastores_js__WEBPACK_IMPORTED_MODULE_2__/* .readDefaultDatastore */ .zE)({ ...scope, cloud });
            return datastore;
        },
        once(key, read) {
            if (!answers.has(key))
                answers.set(key, read());
            return answers.get(key);
        },
    };
}
async function resolveCompute(spec, deps) {
    const { scope } = deps;
    const { name, at } = spec.compute;
    if (!(await deps.once(`compute ${name}`, () => (0,_live_state_js__WEBPACK_IMPORTED_MODULE_5__/* .computeExists */ .Kl)(scope, name)))) {
        throw spec.reader.error(at, `compute '${name}' does not exist in workspace '${scope.workspace}'; create the cluster first (batch deployments run on an AmlCompute cluster of the workspace).`);
    }
    return (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_8__/* .computeId */ .HM)(scope, name);
}
/** An asset named by its ARM id: of this workspace, and there. */
async function checkAssetId(reference, what, origin, scope, exists) {
    if (!(0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_8__/* .sameWorkspace */ .gh)(reference.scope, scope)) {
        throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_7__/* .originError */ .T)(origin, `'${reference.id}' is ${what === 'code' ? 'code' : 'an environment'} of workspace '${reference.scope.workspace}', not of '${scope.workspace}'; a deployment uses assets of its own workspace.`);
    }
    if (!(await exists(reference.name, reference.version))) {
        throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_7__/* .originError */ .T)(origin, `${what} ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'.`);
    }
    return reference.id;
}
async function resolveEnvironment(request, deps) {
    if (!request)
        return undefined;
    const { scope } = deps;
    const exists = (name, version) => deps.once(`environment ${name}:${version}`, () => (0,_live_state_js__WEBPACK_IMPORTED_MODULE_5__/* .environmentVersionExists */ .yZ)(scope, name, version));
    const { origin } = request;
    const resolved = (name, version) => ({
        id: (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_8__/* .assetVersionId */ .cn)(scope, 'environments', name, version),
        name,
        version,
        registration: undefined,
    });
    if (request.kind === 'anonymous') {
        const { name, version, definition } = request;
        if (await exists(name, version))
            return resolved(name, version);
        if (!request.build) {
            return {
                ...resolved(name, version),
                registration: { body: (0,_anonymous_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .anonymousEnvironmentBody */ .B1)(definition), build: undefined },
            };
        }
        const datastore = await deps.datastore();
        const contextUri = `${datastore.accountUrl}/${datastore.containerName}/${(0,_shared_azure_datastore_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadedPath */ .Aq)(request.build)}`;
        return {
            ...resolved(name, version),
            registration: {
                body: (0,_anonymous_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .anonymousEnvironmentBody */ .B1)(definition, contextUri),
                build: { folder: request.build, datastore },
            },
        };
    }
    const { reference } = request;
    switch (reference.kind) {
        case 'id': {
            const id = await checkAssetId(reference, 'environment', origin, scope, exists);
            return { ...resolved(reference.name, reference.version), id };
        }
        case 'latest': {
            const latest = await deps.once(`environment ${reference.name}@latest`, () => (0,_live_state_js__WEBPACK_IMPORTED_MODULE_5__/* .latestEnvironmentVersion */ .DN)(scope, reference.name));
            if (!latest) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_7__/* .originError */ .T)(origin, `environment '${reference.name}' has no version in workspace '${scope.workspace}'.`);
            }
            return resolved(reference.name, latest);
        }
        case 'version':
            if (!(await exists(reference.name, reference.version))) {
                throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_7__/* .originError */ .T)(origin, `environment ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'; register it first (az ml environment create), or write it inline (image and conda_file).`);
            }
            return resolved(reference.name, reference.version);
    }
}
const CODE_VERSION = '1';
/** The anonymous code asset of a folder: named after its content. */
function codeAssetName(folder) {
    return `code-${folder.digest}`;
}
async function resolveCode(request, deps) {
    if (!request)
        return undefined;
    const { scope } = deps;
    const exists = (name, version) => deps.once(`code ${name}:${version}`, () => (0,_live_state_js__WEBPACK_IMPORTED_MODULE_5__/* .codeVersionExists */ .Iz)(scope, name, version));
    if (request.kind === 'reference') {
        const { reference } = request;
        if (reference.kind === 'id') {
            return {
                id: await checkAssetId(reference, 'code', request.origin, scope, exists),
                registration: undefined,
            };
        }
        if (!(await exists(reference.name, reference.version))) {
            throw (0,_specs_origin_js__WEBPACK_IMPORTED_MODULE_7__/* .originError */ .T)(request.origin, `code ${reference.name}:${reference.version} does not exist in workspace '${scope.workspace}'.`);
        }
        return { id: (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_8__/* .assetVersionId */ .cn)(scope, 'codes', reference.name, reference.version), registration: undefined };
    }
    const name = codeAssetName(request.folder);
    const id = (0,_workspace_references_js__WEBPACK_IMPORTED_MODULE_8__/* .assetVersionId */ .cn)(scope, 'codes', name, CODE_VERSION);
    if (await exists(name, CODE_VERSION))
        return { id, registration: undefined };
    return { id, registration: { folder: request.folder, datastore: await deps.datastore(), name } };
}
async function registerCode(code, deps) {
    const registration = code.registration;
    if (!registration)
        return;
    const { scope } = deps;
    await (0,_model_registration_js__WEBPACK_IMPORTED_MODULE_6__/* .uploadToDatastore */ .w_)(registration.folder, registration.datastore, deps);
    const body = {
        properties: {
            codeUri: `${registration.datastore.accountUrl}/${registration.datastore.containerName}/${(0,_shared_azure_datastore_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadPrefix */ .kL)(registration.folder)}`,
            isAnonymous: true,
            tags: { [_shared_azure_asset_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTENT_DIGEST_TAG */ .gt]: registration.folder.digest },
        },
    };
    try {
        await scope.client.codeVersions.createOrUpdate(scope.resourceGroup, scope.workspace, registration.name, CODE_VERSION, body);
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withContext */ .eQ)(`Could not register the scoring code of ${registration.folder.shown}`, error);
    }
    deps.logger.info(`Registered the scoring code of ${registration.folder.shown} as ${registration.name}:${CODE_VERSION}`);
}
/** Uploads the build context (if any) and registers the anonymous environment version. */
async function registerEnvironment(environment, deps) {
    const registration = environment.registration;
    if (!registration)
        return;
    const { scope } = deps;
    if (registration.build)
        await (0,_model_registration_js__WEBPACK_IMPORTED_MODULE_6__/* .uploadToDatastore */ .w_)(registration.build.folder, registration.build.datastore, deps);
    try {
        await scope.client.environmentVersions.createOrUpdate(scope.resourceGroup, scope.workspace, environment.name, environment.version, registration.body);
    }
    catch (error) {
        throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withContext */ .eQ)(`Could not register environment ${environment.name}:${environment.version}`, error);
    }
    deps.logger.info(`Registered environment ${environment.name}:${environment.version}`);
}


/***/ }),

/***/ 7702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AE: () => (/* binding */ registryRefusal),
/* harmony export */   HM: () => (/* binding */ computeId),
/* harmony export */   MA: () => (/* binding */ parseCodeReference),
/* harmony export */   RX: () => (/* binding */ workspaceId),
/* harmony export */   cn: () => (/* binding */ assetVersionId),
/* harmony export */   gh: () => (/* binding */ sameWorkspace),
/* harmony export */   mR: () => (/* binding */ parseComputeReference),
/* harmony export */   ut: () => (/* binding */ parseEnvironmentReference)
/* harmony export */ });
/**
 * `azureml:` references in a deployment spec for its compute, environment and scoring code, and the ARM ids they
 * stand for in a workspace (what the REST body needs: `compute`, `environmentId`, `codeConfiguration.codeId`).
 *
 *   compute:      azureml:<name> | <name> | [azureml:]/subscriptions/.../computes/<name>
 *   environment:  azureml:<name>:<version> | azureml:<name>@latest | [azureml:]<ARM id> | inline (specs/)
 *   code:         azureml:<name>:<version> | [azureml:]<ARM id> | a local folder (uploaded and registered)
 *
 * Registry references (`azureml://registries/...`) are refused, with the reason (registryRefusal).
 */
function workspaceId(scope) {
    return `/subscriptions/${scope.subscriptionId}/resourceGroups/${scope.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${scope.workspace}`;
}
function assetVersionId(scope, type, name, version) {
    return `${workspaceId(scope)}/${type}/${name}/versions/${version}`;
}
function computeId(scope, name) {
    return `${workspaceId(scope)}/computes/${name}`;
}
const NAME = '[A-Za-z0-9][A-Za-z0-9_.-]*';
const ARM_PREFIX = '(?:azureml:)?(/subscriptions/([^/\\s]+)/resourceGroups/([^/\\s]+)/providers/Microsoft\\.MachineLearningServices/workspaces/([^/\\s]+)';
/** What a registry reference is refused for, whatever the asset (see registryRefusal). */
const REGISTRY = /^azureml:\/\/registries\/([^/\s]+)\/(models|environments|codes)\//i;
/**
 * Assets in an Azure ML registry (`azureml://registries/<registry>/...`) are refused before anything is written: the
 * Machine Learning API this action uses (2022-10-01, `@azure/arm-machinelearning` 2.x) has no registry operations,
 * so a registry reference cannot be checked before the writes, and one that does not resolve (a typo) would fail
 * the deployment after the endpoint was created or changed. `instead` says what to use in its place.
 */
function registryRefusal(text, instead) {
    const match = REGISTRY.exec(text.trim());
    if (!match)
        return undefined;
    const what = { models: 'a model', environments: 'an environment', codes: 'code' }[match[2].toLowerCase()];
    return {
        kind: 'invalid',
        reason: `'${text.trim()}' is ${what} in registry '${match[1]}', which this action does not deploy from: it cannot check a registry reference before it writes (the Azure ML API it uses, 2022-10-01, has no registry operations), and one that does not resolve would fail the deployment after the endpoint was written. ${instead}`,
    };
}
function assetId(type, value) {
    const match = new RegExp(`^${ARM_PREFIX}/${type}/(${NAME})/versions/([^/\\s]+))$`, 'i').exec(value);
    if (!match)
        return undefined;
    return {
        kind: 'id',
        id: match[1],
        scope: { subscriptionId: match[2], resourceGroup: match[3], workspace: match[4] },
        name: match[5],
        version: match[6],
    };
}
/** Whether an ARM id's workspace is this one (ARM names are case-insensitive). */
function sameWorkspace(a, b) {
    return workspaceId(a).toLowerCase() === workspaceId(b).toLowerCase();
}
function parseComputeReference(text) {
    const value = text.trim();
    const arm = new RegExp(`^${ARM_PREFIX}/computes/(${NAME}))$`, 'i').exec(value);
    if (arm)
        return { kind: 'compute', name: arm[5] };
    const named = new RegExp(`^(?:azureml:)?(${NAME})$`).exec(value);
    if (named)
        return { kind: 'compute', name: named[1] };
    return {
        kind: 'invalid',
        reason: `'${value}' is not a compute reference; use azureml:<compute-cluster-name> (a cluster of this workspace)`,
    };
}
function parseEnvironmentReference(text) {
    const value = text.trim();
    const registry = registryRefusal(value, 'Write the environment inline (image and conda_file, or build), which this action registers, or register it in the workspace and use azureml:<name>:<version>.');
    if (registry)
        return registry;
    const arm = assetId('environments', value);
    if (arm)
        return arm;
    let match = new RegExp(`^azureml:(${NAME}):([^:@/\\s]+)$`).exec(value);
    if (match)
        return { kind: 'version', name: match[1], version: match[2] };
    match = new RegExp(`^azureml:(${NAME})@latest$`).exec(value);
    if (match)
        return { kind: 'latest', name: match[1] };
    return {
        kind: 'invalid',
        reason: `'${value}' is not an environment reference; use azureml:<name>:<version> or azureml:<name>@latest, or write the environment inline (image and conda_file, or build)`,
    };
}
function parseCodeReference(text) {
    const value = text.trim();
    const registry = registryRefusal(value, 'Give the scoring code as a local folder, which this action registers, or as azureml:<name>:<version> of the workspace.');
    if (registry)
        return registry;
    const arm = assetId('codes', value);
    if (arm)
        return arm;
    const match = new RegExp(`^azureml:(${NAME}):([^:@/\\s]+)$`).exec(value);
    if (match)
        return { kind: 'version', name: match[1], version: match[2] };
    if (/^azureml:/i.test(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        return {
            kind: 'invalid',
            reason: `'${value}' is not a code reference; use a local folder or azureml:<name>:<version>`,
        };
    }
    return { kind: 'path', path: value };
}


/***/ }),

/***/ 3443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I_: () => (/* binding */ validationTag),
/* harmony export */   gt: () => (/* binding */ CONTENT_DIGEST_TAG),
/* harmony export */   qo: () => (/* binding */ tagModelVersion),
/* harmony export */   ud: () => (/* binding */ validatedContentTag)
/* harmony export */ });
/* unused harmony export retaggedVersion */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);

const CONTENT_DIGEST_TAG = 'mlops.content-sha256';
function validationTag(environment) {
    return `mlops.validated.${environment}`;
}
function validatedContentTag(environment) {
    return `${validationTag(environment)}.content-sha256`;
}
/** The PUT body that keeps everything of `live` and sets `tags` on top of its tags. */
function retaggedVersion(live, tags) {
    const properties = live.properties;
    return {
        properties: {
            ...(properties.description != null ? { description: properties.description } : {}),
            ...(properties.properties ? { properties: properties.properties } : {}),
            ...(properties.modelUri != null ? { modelUri: properties.modelUri } : {}),
            ...(properties.modelType != null ? { modelType: properties.modelType } : {}),
            ...(properties.flavors ? { flavors: properties.flavors } : {}),
            ...(properties.jobName != null ? { jobName: properties.jobName } : {}),
            ...(properties.isArchived !== undefined ? { isArchived: properties.isArchived } : {}),
            tags: { ...(properties.tags ?? {}), ...tags },
        },
    };
}
/**
 * Adds `tags` to a registered version (see the module comment). Answers the version as Azure has it after the PUT,
 * or `live` itself when it already carries every tag with that value (nothing is written).
 */
async function tagModelVersion(scope, model, live, tags, purpose) {
    const current = live.properties.tags ?? {};
    if (Object.entries(tags).every(([key, value]) => current[key] === value)) {
        return { version: live, written: false };
    }
    try {
        const version = await scope.client.modelVersions.createOrUpdate(scope.resourceGroup, scope.workspace, model.name, model.version, retaggedVersion(live, tags));
        return { version, written: true };
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not tag model ${model.name}:${model.version} ${purpose}`, error);
    }
}


/***/ }),

/***/ 8164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ uploadedPath),
/* harmony export */   kL: () => (/* binding */ uploadPrefix),
/* harmony export */   yi: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* unused harmony export UPLOAD_ROOT */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8382);
/**
 * Uploads a local folder to a datastore container under a content-addressed prefix (`LocalUpload/<digest>/<name>/`),
 * or a single file as `LocalUpload/<digest>/<name>` (azure-ai-ml's layout for both).
 * Blobs already under the prefix are not uploaded again: the prefix is the content's digest and a block blob appears
 * only once its upload committed, so an existing name holds the same bytes (an interrupted run resumes where it
 * stopped). Each blob is uploaded with its MD5, so the service rejects a corrupted transfer. Files up to
 * SINGLE_SHOT_BYTES go up in one request from memory; larger ones (input data) are streamed in blocks, their MD5
 * computed by a first streaming read, so memory stays bounded whatever the file's size.
 */




const UPLOAD_ROOT = 'LocalUpload';
/** The blob prefix every file of the content is uploaded under (its relative path follows). */
function uploadPrefix(folder) {
    return folder.kind === 'file'
        ? `${UPLOAD_ROOT}/${folder.digest}`
        : `${UPLOAD_ROOT}/${folder.digest}/${folder.name}`;
}
/** The path of the uploaded content in its container: the folder (with a trailing `/`) or the file. */
function uploadedPath(folder) {
    return folder.kind === 'file' ? `${uploadPrefix(folder)}/${folder.name}` : `${uploadPrefix(folder)}/`;
}
const SINGLE_SHOT_BYTES = 32 * 1024 * 1024;
function md5OfFile(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest()));
    });
}
async function uploadFile(container, name, file) {
    const blob = container.getBlockBlobClient(name);
    if (file.size <= SINGLE_SHOT_BYTES) {
        const content = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(file.absolute);
        await blob.uploadData(content, {
            blobHTTPHeaders: { blobContentMD5: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(content).digest() },
        });
        return;
    }
    const blobContentMD5 = await md5OfFile(file.absolute);
    await blob.uploadFile(file.absolute, { blobHTTPHeaders: { blobContentMD5 }, concurrency: 4 });
}
async function uploadFolder(container, folder, logger) {
    const prefix = uploadPrefix(folder);
    const present = new Set();
    try {
        for await (const blob of container.listBlobsFlat({ prefix: `${prefix}/` }))
            present.add(blob.name);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withContext */ .eQ)(`Could not list '${prefix}/' in container '${container.containerName}'`, error);
    }
    let uploaded = 0;
    let bytes = 0;
    for (const file of folder.files) {
        const name = `${prefix}/${file.path}`;
        if (present.has(name))
            continue;
        try {
            await uploadFile(container, name, file);
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withContext */ .eQ)(`Could not upload '${file.path}' to '${container.containerName}/${name}'`, error);
        }
        uploaded++;
        bytes += file.size;
    }
    const alreadyPresent = folder.files.length - uploaded;
    logger.info(`Uploaded ${uploaded} file(s), ${bytes} bytes, to ${container.containerName}/${prefix}/` +
        (alreadyPresent ? ` (${alreadyPresent} already there)` : ''));
    return { uploaded, alreadyPresent, bytes };
}


/***/ }),

/***/ 9255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ openDatastoreContainer),
/* harmony export */   _5: () => (/* binding */ readDatastore),
/* harmony export */   zE: () => (/* binding */ readDefaultDatastore)
/* harmony export */ });
/* unused harmony exports SANDBOX_BLOB_ENDPOINT_PROPERTY, blobAccountUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);

const SANDBOX_BLOB_ENDPOINT_PROPERTY = 'sandbox.blobEndpoint';
/** The blob service URL of a datastore's account (see the module comment for the custom-cloud case). */
function blobAccountUrl(properties, cloud) {
    const pathStyle = properties.properties?.[SANDBOX_BLOB_ENDPOINT_PROPERTY];
    if (cloud.name === 'Custom' && pathStyle)
        return pathStyle.replace(/\/+$/, '');
    return `${properties.protocol ?? 'https'}://${properties.accountName}.blob.${properties.endpoint ?? 'core.windows.net'}`;
}
/** The workspace's default datastore (read-only: a GET of the list filtered to the default). */
async function readDefaultDatastore(scope) {
    const { client, resourceGroup, workspace } = scope;
    let found;
    try {
        for await (const datastore of client.datastores.list(resourceGroup, workspace, { isDefault: true })) {
            found = datastore;
            break;
        }
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read the default datastore of workspace '${workspace}'`, error);
    }
    if (!found?.name) {
        throw new Error(`Workspace '${workspace}' has no default datastore to upload to.`);
    }
    const properties = found.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The default datastore '${found.name}' of workspace '${workspace}' is ${properties.datastoreType}; local files are uploaded to a blob datastore only. Make a blob datastore the default, or upload the files yourself and pass their azureml:// URI (for a model: register it and pass azureml:<name>:<version>).`);
    }
    return datastoreInfo(found.name, properties, scope.cloud);
}
/** A datastore of the workspace by name (one GET); undefined when there is none of that name. */
async function readDatastore(scope, name) {
    const { client, resourceGroup, workspace } = scope;
    let found;
    try {
        found = await client.datastores.get(resourceGroup, workspace, name);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isNotFound */ .c4)(error))
            return undefined;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not read datastore '${name}' of workspace '${workspace}'`, error);
    }
    const properties = found.properties;
    if (properties.datastoreType !== 'AzureBlob') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Datastore '${name}' of workspace '${workspace}' is ${properties.datastoreType}; only blob datastores are read here.`);
    }
    return datastoreInfo(found.name ?? name, properties, scope.cloud);
}
function datastoreInfo(name, properties, cloud) {
    return {
        name,
        accountName: String(properties.accountName),
        containerName: String(properties.containerName),
        accountUrl: blobAccountUrl(properties, cloud),
        credentialsType: properties.credentials?.credentialsType ?? 'None',
    };
}
/** A client for the datastore's container, signed in as the datastore's credentials say (see the module comment). */
async function openDatastoreContainer(datastore, options) {
    const { BlobServiceClient, StorageSharedKeyCredential, AnonymousCredential } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(738), __webpack_require__.e(658)]).then(__webpack_require__.bind(__webpack_require__, 5658));
    const clientOptions = options.caCertificates
        ? { tlsOptions: { ca: [...options.caCertificates] } }
        : undefined;
    const type = datastore.credentialsType;
    if (type === 'AccountKey' || type === 'Sas') {
        const secret = await listSecret(datastore, options);
        options.mask(secret);
        const service = type === 'AccountKey'
            ? new BlobServiceClient(datastore.accountUrl, new StorageSharedKeyCredential(datastore.accountName, secret), clientOptions)
            : new BlobServiceClient(`${datastore.accountUrl}?${secret.replace(/^\?/, '')}`, new AnonymousCredential(), clientOptions);
        return service.getContainerClient(datastore.containerName);
    }
    if (type === 'None') {
        const service = new BlobServiceClient(datastore.accountUrl, options.credential, clientOptions);
        return service.getContainerClient(datastore.containerName);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Datastore '${datastore.name}' uses ${type} credentials; account key, SAS and identity-based (None) blob datastores are supported.`);
}
async function listSecret(datastore, options) {
    let secrets;
    try {
        secrets = await options.client.datastores.listSecrets(options.resourceGroup, options.workspace, datastore.name);
    }
    catch (error) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withContext */ .eQ)(`Could not list the secrets of datastore '${datastore.name}'`, error);
    }
    const secret = secrets.key ?? secrets.sasToken;
    if (!secret)
        throw new Error(`Datastore '${datastore.name}' returned no ${datastore.credentialsType} secret.`);
    return secret;
}


/***/ }),

/***/ 6311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dm: () => (/* binding */ buildAmlReceipt)
/* harmony export */ });
/* unused harmony exports buildAdfReceipt, buildMetadataReceipt, buildIntegrationReceipt, buildDriftReceipt */
/* harmony import */ var _encoding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3790);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2143);
/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action.
 */


function common(facts) {
    return {
        v: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RECEIPT_VERSION */ .y4,
        environment: facts.environment,
        subscription: facts.subscriptionId,
        resourceGroup: facts.resourceGroup,
        run: facts.run,
        time: new Date(facts.time).toISOString(),
    };
}
function checked(kind, receipt) {
    const parsed = _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RECEIPT_SCHEMAS */ .g5[kind].safeParse(receipt);
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
        upstream: upstream(facts.amlReceipt),
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


/***/ }),

/***/ 3790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vX: () => (/* binding */ encodeReceipt),
  fw: () => (/* binding */ receiptDigest)
});

// UNUSED EXPORTS: upstream

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
