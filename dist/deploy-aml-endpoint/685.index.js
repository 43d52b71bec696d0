export const id = 685;
export const ids = [685];
export const modules = {

/***/ 3685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClientFactory: () => (/* binding */ createClientFactory)
/* harmony export */ });
/* unused harmony exports managementClientOptions, THROTTLED_RETRIES */
/* harmony import */ var _deadline_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2212);
/**
 * Management clients for the chosen cloud, built on first use: each SDK is imported only by the action that asks for
 * it, and at most once. `resourceManager` is the same pipeline without an SDK: for JSON requests
 * (management-requests.ts) it serves as well as an SDK client does, without loading an SDK's megabyte of operations
 * and models.
 */

/** The options every management client gets; exported so a test can hold them against the cloud. */
function managementClientOptions(options) {
    const { cloud, userAgent, caCertificates, retry } = options;
    return {
        // `endpoint` is what moves the base URL (`$host` does not); the scope must be the cloud's ARM audience, since
        // the SDK would otherwise ask for `<endpoint>/.default`.
        endpoint: cloud.armEndpoint,
        credentialScopes: cloud.armScope,
        userAgentOptions: { userAgentPrefix: `${userAgent.action}/${userAgent.version}` },
        ...(retry?.maxRetries === undefined ? {} : { retryOptions: { maxRetries: retry.maxRetries } }),
        ...(caCertificates ? { tlsOptions: { ca: [...caCertificates] } } : {}),
    };
}
/** How many 429 answers in a row one request waits out before the SDK's retry policy sees one. */
const THROTTLED_RETRIES = 30;
/** Retry-After in ms (seconds or an HTTP date); 1 s when absent or unreadable. */
function retryAfterMs(value) {
    if (value === undefined)
        return 1000;
    const seconds = Number(value);
    if (Number.isFinite(seconds) && value.trim() !== '')
        return Math.max(0, seconds * 1000);
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.max(0, date - Date.now()) : 1000;
}
/**
 * ARM answers a drained token bucket (writes 200 + 10/s per principal and region) with 429 and Retry-After. For a
 * deploy writing hundreds of resources with bounded parallelism that is backpressure, not failure, so a 429 is
 * waited out here, as long as Retry-After asks and up to THROTTLED_RETRIES times, inside the SDK's retry policy,
 * whose few retries stay for real failures (5xx, network). Only 429: a 503 is the service's, not the throttle's.
 */
async function armThrottlingPolicy() {
    const { retryPolicy } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 2820));
    return retryPolicy([
        {
            name: 'armThrottling',
            retry: ({ response }) => response?.status === 429
                ? { retryAfterInMs: retryAfterMs(response.headers.get('retry-after') ?? undefined) }
                : { skipStrategy: true },
        },
    ], { maxRetries: THROTTLED_RETRIES });
}
function createClientFactory(options) {
    const throttling = options.retry?.maxRetries === 0 ? undefined : armThrottlingPolicy();
    const clientOptions = async () => {
        const policies = [
            ...(options.deadline
                ? [{ policy: (0,_deadline_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlinePolicy */ .bI)(options.deadline), position: 'perCall' }]
                : []),
            ...(throttling ? [{ policy: await throttling, position: 'perRetry' }] : []),
        ];
        return {
            ...managementClientOptions(options),
            ...(policies.length ? { additionalPolicies: policies } : {}),
        };
    };
    let dataFactory;
    let machineLearning;
    let resourceManager;
    const synapse = new Map();
    return {
        async resourceManager(apiVersion) {
            resourceManager ??= Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820), __webpack_require__.e(738)]).then(__webpack_require__.bind(__webpack_require__, 5738)),
                Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 2820)),
                clientOptions(),
            ]).then(([core, rest, settings]) => {
                // As the ARM SDKs build theirs: JSON bodies, and the bearer policy answering a claims challenge (CAE).
                const client = new core.ServiceClient({
                    ...settings,
                    requestContentType: 'application/json; charset=utf-8',
                });
                client.pipeline.addPolicy(rest.bearerTokenAuthenticationPolicy({
                    credential: options.credential,
                    scopes: options.cloud.armScope,
                    challengeCallbacks: { authorizeRequestOnChallenge: core.authorizeRequestOnClaimChallenge },
                }));
                return client;
            });
            const client = await resourceManager;
            return {
                apiVersion,
                subscriptionId: options.subscriptionId,
                sendOperationRequest: (args, spec) => client.sendOperationRequest(args, spec),
            };
        },
        synapse(devEndpoint) {
            let client = synapse.get(devEndpoint);
            if (!client) {
                client = __webpack_require__.e(/* import() */ 964).then(__webpack_require__.bind(__webpack_require__, 3964)).then(({ createSynapseDevClient }) => createSynapseDevClient({
                    endpoint: devEndpoint,
                    credential: options.credential,
                    scope: options.cloud.synapseDevScope,
                    userAgentPrefix: `${options.userAgent.action}/${options.userAgent.version}`,
                    ...(options.caCertificates ? { caCertificates: options.caCertificates } : {}),
                    ...(options.deadline ? { deadline: options.deadline } : {}),
                }));
                synapse.set(devEndpoint, client);
            }
            return client;
        },
        dataFactory() {
            dataFactory ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(211), __webpack_require__.e(650)]).then(__webpack_require__.bind(__webpack_require__, 2650)), clientOptions()]).then(([{ DataFactoryManagementClient }, settings]) => new DataFactoryManagementClient(options.credential, options.subscriptionId, settings));
            return dataFactory;
        },
        machineLearning() {
            machineLearning ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(211), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 4789)), clientOptions()]).then(([{ AzureMachineLearningWorkspaces }, settings]) => new AzureMachineLearningWorkspaces(options.credential, options.subscriptionId, settings));
            return machineLearning;
        },
    };
}


/***/ }),

/***/ 2212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bI: () => (/* binding */ deadlinePolicy)
/* harmony export */ });
/* unused harmony exports describeRequest, requestTimeoutError */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8013);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);


/** `GET …/factories/adf-dev/pipelines/pl_copy`: the resource path from its provider on, without the query. */
function describeRequest(method, url) {
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // Not a URL: shown as it is.
    }
    const provider = path.search(/\/providers\//i);
    const shown = provider >= 0 ? `…${path.slice(provider + '/providers'.length)}` : path;
    return `${method} ${shown}`;
}
function requestTimeoutError(deadline, what, cause) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .TimeoutError */ .MU(`Timed out after ${(0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .formatTimeout */ .BE)(deadline.timeoutMs)} (input 'timeout') waiting for Azure to answer ${what}; ` +
        'the step stopped there. Azure applies a request entirely or not at all: rerun once Azure answers in time, or raise timeout.', ...(cause === undefined ? [] : [{ cause }]));
}
/** A signal that aborts with either (the caller's own, the SDK's `AbortSignalLike`, need not be a DOM AbortSignal). */
function either(own, deadline) {
    const controller = new AbortController();
    const abort = () => controller.abort();
    if (own.aborted || deadline.aborted)
        abort();
    own.addEventListener('abort', abort);
    deadline.addEventListener('abort', abort, { once: true });
    return controller.signal;
}
/**
 * Placed per call (before the retry policies), so one signal covers the request, its retries, their waits and the
 * token request of the bearer policy.
 */
function deadlinePolicy(deadline) {
    return {
        name: 'runDeadline',
        async sendRequest(request, next) {
            const what = describeRequest(request.method, request.url);
            // Past the deadline only inside deadline.afterDeadline (a cancellation), under its own bound.
            const signal = deadline.requestSignal;
            if (signal.aborted)
                throw requestTimeoutError(deadline, what);
            request.abortSignal = request.abortSignal ? either(request.abortSignal, signal) : signal;
            try {
                return await next(request);
            }
            catch (error) {
                if (signal.aborted)
                    throw requestTimeoutError(deadline, what, error);
                throw error;
            }
        },
    };
}


/***/ })

};
