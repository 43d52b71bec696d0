export const id = 33;
export const ids = [33];
export const modules = {

/***/ 93924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ cutByDeadline),
/* harmony export */   G: () => (/* binding */ IMMEDIATE)
/* harmony export */ });
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
/**
 * What the watchers of a batch job and of a pipeline run share about the step's deadline: the cancellation of what
 * the step started runs in the deadline's cleanup window (shared/deadline.ts: requests are cut off at the deadline,
 * except a cancellation), and a look cut off by the deadline is a timeout like the poller's own.
 */

const IMMEDIATE = (work) => work();
/** Whether `error`, or an error it wraps, is the deadline cutting a request off. */
function cutByDeadline(error) {
    let current = error;
    for (let depth = 0; current instanceof Error && depth < 8; depth++) {
        if (current instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU)
            return true;
        current = current.cause;
    }
    return false;
}


/***/ }),

/***/ 64729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ watchJob),
/* harmony export */   eJ: () => (/* binding */ COMPLETED)
/* harmony export */ });
/* unused harmony export cancelJob */
/* harmony import */ var _shared_azure_polling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60362);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _deadline_cleanup_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93924);
/* harmony import */ var _scoring_run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19284);




const COMPLETED = 'Completed';
const OVER = new Set(['Completed', 'Failed', 'Canceled', 'NotResponding', 'Paused']);
function describeJob(name, resource) {
    const bag = (resource.properties.properties ?? {});
    const code = bag['sandbox.errorCode'];
    const message = bag['sandbox.errorMessage'];
    const studio = resource.properties.services?.Studio?.endpoint ?? undefined;
    const logs = bag['sandbox.logsUri'] ?? studio;
    const status = resource.properties.status ?? 'Unknown';
    return {
        name,
        status,
        resource,
        ...(message ? { error: code ? `${code}: ${message}` : message } : {}),
        ...(logs ? { logs } : {}),
        ...(studio ? { studioUrl: studio } : {}),
        ...(resource.id ? { resourceId: resource.id } : {}),
    };
}
/** Requests the job's cancellation; answers what to tell about it. Never throws: the step is failing already. */
async function cancelJob(scope, name, logger) {
    try {
        await scope.client.jobs.beginCancel(scope.resourceGroup, scope.workspace, name);
        logger.warning(`Requested the cancellation of batch job '${name}'.`);
        return `the cancellation of batch job '${name}' was requested`;
    }
    catch (error) {
        const reason = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatErrorDetails */ .aH)((0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error));
        logger.warning(`Could not cancel batch job '${name}': ${reason}`);
        return `cancelling batch job '${name}' failed (${reason}); cancel it with az ml job cancel --name ${name}`;
    }
}
/** Waits until the job is over; cancels it at the deadline (TimeoutError) or on the runner's signal. */
async function watchJob(scope, name, options) {
    const { clock, logger } = options;
    const cleanup = options.cleanup ?? _deadline_cleanup_js__WEBPACK_IMPORTED_MODULE_2__/* .IMMEDIATE */ .G;
    const started = clock();
    // Set once the poller's own deadline passed and it asked for the cancellation.
    let timedOut = false;
    let lastStatus = 'not read yet';
    const describe = `batch job '${name}'`;
    try {
        const resource = await (0,_shared_azure_polling_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g3)({
            describe,
            logger,
            deadline: options.deadline,
            clock,
            initialDelayMs: options.initialDelayMs ?? 1_000,
            factor: 1.5,
            maxDelayMs: 15_000,
            jitter: 'equal',
            logIntervalMs: 60_000,
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.sleep ? { sleep: options.sleep } : {}),
            onDeadline: async () => {
                timedOut = true;
                await cleanup(() => cancelJob(scope, name, logger));
            },
            check: async () => {
                let retryAfterMs;
                let job;
                try {
                    job = await scope.client.jobs.get(scope.resourceGroup, scope.workspace, name, {
                        onResponse: (response) => {
                            retryAfterMs = (0,_shared_azure_polling_js__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterFromHeaders */ .B8)((header) => response.headers.get(header), clock());
                        },
                    });
                }
                catch (error) {
                    throw (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .withContext */ .eQ)(`Could not read ${describe}`, error);
                }
                const status = job.properties.status ?? 'Unknown';
                lastStatus = status;
                return {
                    done: OVER.has(status),
                    status,
                    value: job,
                    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
                };
            },
        });
        return describeJob(name, resource);
    }
    catch (error) {
        if (options.signal?.aborted && error === options.signal.reason) {
            const said = await cancelJob(scope, name, logger);
            const signal = error instanceof _scoring_run_js__WEBPACK_IMPORTED_MODULE_3__/* .StepCancelledError */ .Y ? error.signal : 'abort';
            throw new _scoring_run_js__WEBPACK_IMPORTED_MODULE_3__/* .StepCancelledError */ .Y(signal, `The runner cancelled the step (${signal}) while it waited for ${describe}; ${said}.`);
        }
        // A look sent just before the deadline and cut off by it: the same timeout, and the same cancellation.
        if (!timedOut && (0,_deadline_cleanup_js__WEBPACK_IMPORTED_MODULE_2__/* .cutByDeadline */ .C)(error)) {
            const said = await cleanup(() => cancelJob(scope, name, logger));
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeoutError */ .MU(`Timed out after ${(0,_shared_azure_polling_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(clock() - started)} waiting for ${describe}; last status: ${lastStatus}; ${said}`, { cause: error });
        }
        throw error;
    }
}


/***/ }),

/***/ 94033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadFolder: () => (/* binding */ downloadFolder),
  inputUri: () => (/* binding */ inputUri),
  outputFolder: () => (/* binding */ outputFolder),
  scoreThroughEndpoint: () => (/* binding */ scoreThroughEndpoint)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
;// CONCATENATED MODULE: ./src/shared/azure/datastore-upload.ts
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
        const hash = (0,external_node_crypto_.createHash)('md5');
        (0,external_node_fs_.createReadStream)(path)
            .on('data', (chunk) => hash.update(chunk))
            .on('error', reject)
            .on('end', () => resolve(hash.digest()));
    });
}
async function uploadFile(container, name, file) {
    const blob = container.getBlockBlobClient(name);
    if (file.size <= SINGLE_SHOT_BYTES) {
        const content = await (0,promises_.readFile)(file.absolute);
        await blob.uploadData(content, {
            blobHTTPHeaders: { blobContentMD5: (0,external_node_crypto_.createHash)('md5').update(content).digest() },
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
        throw (0,errors/* withContext */.eQ)(`Could not list '${prefix}/' in container '${container.containerName}'`, error);
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
            throw (0,errors/* withContext */.eQ)(`Could not upload '${file.path}' to '${container.containerName}/${name}'`, error);
        }
        uploaded++;
        bytes += file.size;
    }
    const alreadyPresent = folder.files.length - uploaded;
    logger.info(`Uploaded ${uploaded} file(s), ${bytes} bytes, to ${container.containerName}/${prefix}/` +
        (alreadyPresent ? ` (${alreadyPresent} already there)` : ''));
    return { uploaded, alreadyPresent, bytes };
}

// EXTERNAL MODULE: ./src/shared/azure/datastore-uris.ts
var datastore_uris = __webpack_require__(42630);
// EXTERNAL MODULE: ./src/run-integration-score/prepare.ts + 6 modules
var prepare = __webpack_require__(9925);
// EXTERNAL MODULE: ./src/run-integration-score/scoring-run.ts
var scoring_run = __webpack_require__(19284);
;// CONCATENATED MODULE: ./src/run-integration-score/endpoint/batch-invocation.ts
function invocationBody(request) {
    return {
        properties: {
            InputData: { input_data: { JobInputType: request.input.type, Uri: request.input.uri } },
            OutputData: { score: { JobOutputType: 'UriFolder', Uri: request.outputUri } },
        },
    };
}
async function invokeBatchEndpoint(request, access) {
    const { bearerTokenAuthenticationPolicy, createDefaultHttpClient, createHttpHeaders, createPipelineFromOptions, createPipelineRequest, RestError, throttlingRetryPolicy, } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 2820));
    const pipeline = createPipelineFromOptions({
        ...(access.caCertificates ? { tlsOptions: { ca: [...access.caCertificates] } } : {}),
        userAgentOptions: { userAgentPrefix: access.userAgent },
    });
    pipeline.removePolicy({ name: 'defaultRetryPolicy' });
    pipeline.addPolicy(throttlingRetryPolicy(), { phase: 'Retry' });
    pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: access.credential, scopes: access.cloud.mlDataPlaneScope }));
    const pipelineRequest = createPipelineRequest({
        url: request.scoringUri,
        method: 'POST',
        headers: createHttpHeaders({
            'content-type': 'application/json',
            accept: 'application/json',
            'azureml-model-deployment': request.deployment,
        }),
        body: JSON.stringify(invocationBody(request)),
        ...(access.signal ? { abortSignal: access.signal } : {}),
    });
    const response = await pipeline.sendRequest(createDefaultHttpClient(), pipelineRequest);
    let body;
    try {
        body = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
    }
    catch {
        body = undefined;
    }
    if (response.status >= 300) {
        const error = body?.error;
        throw new RestError(error?.message ?? `The scoring request was answered ${response.status}`, {
            ...(error?.code ? { code: error.code } : {}),
            statusCode: response.status,
            request: pipelineRequest,
            response,
        });
    }
    const job = (body ?? {});
    const name = job.name ?? job.id?.split('/').pop();
    if (!name)
        throw new Error(`The scoring request was answered ${response.status} without a job`);
    return { name, id: job.id, status: job.properties?.status };
}

// EXTERNAL MODULE: ./src/run-integration-score/endpoint/batch-job.ts
var batch_job = __webpack_require__(64729);
;// CONCATENATED MODULE: ./src/run-integration-score/endpoint/endpoint-scoring.ts
/**
 * Endpoint mode: the input (uploaded first when it is a workspace path), one batch job on the endpoint of the aml
 * receipt with its deployment named, an output folder of the workspace's default datastore unique to this step
 * (`run-integration-score/<environment>/<run id>-<attempt>-<random>/`: batch jobs write only to a new location), the
 * job watched to its end, and its output downloaded under `$RUNNER_TEMP/run-integration-score/<job>/`.
 */











/** Where the job reads its input: the datastore URI of the uploaded path, or the URI as given. */
function inputUri(prepared, release) {
    const input = (0,prepare/* endpointInput */.I)(prepared);
    if (input.kind !== 'local')
        return input.uri;
    const prefix = uploadPrefix(input.content);
    const path = input.type === 'UriFolder' ? `${prefix}/` : `${prefix}/${input.content.files[0].path}`;
    return (0,datastore_uris/* datastoreUri */.G)(release.datastore.name, path);
}
/** The output folder of this step: new, in the default datastore. */
function outputFolder(prepared, environment) {
    const { runId, runAttempt } = prepared.run;
    const run = runId ? `${runId}-${runAttempt}-` : '';
    return `run-integration-score/${environment}/${run}${(0,external_node_crypto_.randomUUID)().slice(0, 8)}/`;
}
/** Downloads every blob under `prefix` into `folder`, keeping the relative paths; answers the local files. */
async function downloadFolder(container, prefix, folder) {
    const files = [];
    try {
        for await (const blob of container.listBlobsFlat({ prefix })) {
            const local = (0,external_node_path_.join)(folder, ...blob.name.slice(prefix.length).split('/'));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(local), { recursive: true });
            await container.getBlobClient(blob.name).downloadToFile(local);
            files.push(local);
        }
    }
    catch (error) {
        throw (0,errors/* withContext */.eQ)(`Could not download the job's output from '${container.containerName}/${prefix}'`, error);
    }
    return files;
}
async function scoreThroughEndpoint(prepared, release, deps) {
    const { logger, signal, clock } = deps;
    const aml = prepared.amlReceipt;
    const source = (0,prepare/* endpointInput */.I)(prepared);
    if (source.kind === 'local') {
        await logger.group('Upload the input', () => uploadFolder(release.container, source.content, logger));
    }
    signal.throwIfAborted();
    const input = { type: source.type, uri: inputUri(prepared, release) };
    const outputPath = outputFolder(prepared, deps.environment);
    const outputUri = (0,datastore_uris/* datastoreUri */.G)(release.datastore.name, outputPath);
    return logger.group('Score', async () => {
        const started = clock();
        const invoked = await invokeBatchEndpoint({ scoringUri: aml.endpoint.scoringUri, deployment: aml.deployment.name, input, outputUri }, {
            credential: deps.azure.credential,
            cloud: deps.azure.cloud,
            caCertificates: deps.azure.caCertificates,
            userAgent: deps.userAgent,
            signal,
        }).catch((error) => {
            // Cancelled while the request was in flight: whether a job was created is unknown; say what happened.
            if (signal.aborted)
                throw signal.reason;
            throw (0,errors/* withContext */.eQ)(`Azure refused to start a batch job on endpoint '${aml.endpoint.name}' (deployment '${aml.deployment.name}')`, error);
        });
        logger.info(`Started batch job '${invoked.name}' on endpoint '${aml.endpoint.name}', deployment '${aml.deployment.name}': input ${input.uri}, output ${outputUri}`);
        const finished = await (0,batch_job/* watchJob */.LA)(release.scope, invoked.name, {
            deadline: deps.deadline,
            ...(deps.cleanup ? { cleanup: deps.cleanup } : {}),
            logger,
            clock,
            signal,
            ...(deps.pollDelayMs !== undefined ? { initialDelayMs: deps.pollDelayMs } : {}),
        });
        const durationMs = clock() - started;
        const job = {
            id: finished.name,
            status: finished.status,
            ...(finished.resourceId ? { resourceId: finished.resourceId } : {}),
            ...(finished.studioUrl ? { url: finished.studioUrl } : {}),
            ...(finished.logs ? { logs: finished.logs } : {}),
        };
        if (finished.status !== batch_job/* COMPLETED */.eJ) {
            const reason = finished.error ? `: ${finished.error}` : ' (Azure gave no reason)';
            const logs = finished.logs
                ? ` Its logs: ${finished.logs}`
                : ` Its logs: az ml job download --name ${finished.name} --all`;
            throw new scoring_run/* JobFailedError */.d(`Batch job '${finished.name}' ended ${finished.status}${reason}.${logs}`, job);
        }
        const local = (0,external_node_path_.join)(deps.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'run-integration-score', finished.name);
        const files = await downloadFolder(release.container, outputPath, local);
        logger.info(`Downloaded the output (${files.length} file(s)) to ${local}`);
        return { mode: 'endpoint', job, durationMs, outputUri, outputPath: local, files };
    });
}


/***/ }),

/***/ 60362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ retryAfterFromHeaders),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony exports POLL_DEFAULTS, backoffDelay, abortableSleep, parseRetryAfter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58382);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .TimeoutError */ .MU(`Timed out after ${elapsed} waiting for ${describe}; last status: ${result.status}${cancellation}`);
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
        logger.warning(`Could not cancel ${describe} after the deadline: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatErrorDetails */ .aH)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error))}`);
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


/***/ })

};
