export const id = 43;
export const ids = [43];
export const modules = {

/***/ 33676:
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

/***/ 32490:
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
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);

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

/***/ 66754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  so: () => (/* binding */ deleteAndWait),
  QO: () => (/* binding */ putAndWait),
  D1: () => (/* binding */ waitUntilSettled)
});

// UNUSED EXPORTS: ProvisioningFailedError

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
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

/***/ 39043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   executeRollout: () => (/* binding */ executeRollout)
/* harmony export */ });
/* harmony import */ var _desired_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33676);
/* harmony import */ var _live_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32490);
/* harmony import */ var _long_running_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66754);



/** The SDK pollers report every state change; an interval here only matters for the SDK's own first look. */
const LRO = { updateIntervalInMs: 1_000 };
async function executeRollout(plan, deps) {
    const { scope, logger } = deps;
    const { resourceGroup: rg, workspace: ws, client } = scope;
    const endpointName = plan.endpointName;
    const deploymentName = plan.deploymentName;
    const endpointWhat = `batch endpoint '${endpointName}'`;
    const deploymentWhat = `batch deployment '${deploymentName}' of endpoint '${endpointName}'`;
    const readTheEndpoint = () => (0,_live_state_js__WEBPACK_IMPORTED_MODULE_0__/* .readEndpoint */ .KW)(scope, endpointName);
    const readTheDeployment = () => (0,_live_state_js__WEBPACK_IMPORTED_MODULE_0__/* .readDeployment */ .iJ)(scope, endpointName, deploymentName);
    let endpoint = plan.endpoint.live;
    if (plan.endpoint.diff.action !== 'no-op') {
        endpoint = await logger.group(`${plan.endpoint.diff.action === 'create' ? 'Create' : 'Update'} ${endpointWhat}`, () => {
            const keptDefault = plan.endpoint.live?.properties.defaults?.deploymentName ?? undefined;
            const body = (0,_desired_state_js__WEBPACK_IMPORTED_MODULE_2__/* .withDefaultDeployment */ .Nk)(plan.endpoint.body, keptDefault);
            return (0,_long_running_js__WEBPACK_IMPORTED_MODULE_1__/* .putAndWait */ .QO)({
                describe: endpointWhat,
                begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, endpointName, body, LRO),
                read: readTheEndpoint,
                options: deps.wait,
            });
        });
    }
    let deployment = plan.deployment.live;
    if (plan.deployment.diff.action !== 'no-op' || !deployment) {
        deployment = await logger.group(`${plan.deployment.diff.action === 'create' ? 'Create' : 'Update'} ${deploymentWhat}`, () => (0,_long_running_js__WEBPACK_IMPORTED_MODULE_1__/* .putAndWait */ .QO)({
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
                const read = () => (0,_live_state_js__WEBPACK_IMPORTED_MODULE_0__/* .readDeployment */ .iJ)(scope, endpointName, name);
                const current = await (0,_long_running_js__WEBPACK_IMPORTED_MODULE_1__/* .waitUntilSettled */ .D1)(what, read, await read(), deps.wait);
                if (!current)
                    continue;
                await (0,_long_running_js__WEBPACK_IMPORTED_MODULE_1__/* .deleteAndWait */ .so)({
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
    const before = await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_0__/* .readEndpoint */ .KW)(scope, name);
    if (isDefault(before) && before?.properties.provisioningState === 'Succeeded') {
        logger.info(`'${plan.deploymentName}' is already the default deployment of ${what}`);
        return { endpoint: before, switched: false };
    }
    const previous = before?.properties.defaults?.deploymentName ?? '(none)';
    const body = (0,_desired_state_js__WEBPACK_IMPORTED_MODULE_2__/* .withDefaultDeployment */ .Nk)(plan.endpoint.body, plan.deploymentName);
    await (0,_long_running_js__WEBPACK_IMPORTED_MODULE_1__/* .putAndWait */ .QO)({
        describe: `${what} (default deployment ${previous} → ${plan.deploymentName})`,
        begin: () => client.batchEndpoints.beginCreateOrUpdate(rg, ws, name, body, LRO),
        read: () => (0,_live_state_js__WEBPACK_IMPORTED_MODULE_0__/* .readEndpoint */ .KW)(scope, name),
        options: deps.wait,
    });
    const after = await (0,_live_state_js__WEBPACK_IMPORTED_MODULE_0__/* .readEndpoint */ .KW)(scope, name);
    if (!isDefault(after)) {
        throw new Error(`The default deployment of ${what} is '${after?.properties.defaults?.deploymentName ?? '(none)'}' after setting it to '${plan.deploymentName}'; the switch did not take effect.`);
    }
    logger.info(`Verified: ${what} now routes its jobs to '${plan.deploymentName}' (was ${previous})`);
    return { endpoint: after, switched: true };
}


/***/ })

};
