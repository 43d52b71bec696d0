export const id = 685;
export const ids = [685];
export const modules = {

/***/ 3685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClientFactory: () => (/* binding */ createClientFactory)
/* harmony export */ });
/* unused harmony exports managementClientOptions, THROTTLED_RETRIES */
/**
 * Management clients for the chosen cloud, built on first use: each SDK is imported only by the action that asks for
 * it, and at most once.
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
    const { retryPolicy } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(869)]).then(__webpack_require__.bind(__webpack_require__, 30869));
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
    const clientOptions = async () => ({
        ...managementClientOptions(options),
        ...(throttling
            ? { additionalPolicies: [{ policy: await throttling, position: 'perRetry' }] }
            : {}),
    });
    let dataFactory;
    let machineLearning;
    return {
        dataFactory() {
            dataFactory ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(211), __webpack_require__.e(650)]).then(__webpack_require__.bind(__webpack_require__, 12650)), clientOptions()]).then(([{ DataFactoryManagementClient }, settings]) => new DataFactoryManagementClient(options.credential, options.subscriptionId, settings));
            return dataFactory;
        },
        machineLearning() {
            machineLearning ??= Promise.all([Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(211), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 34789)), clientOptions()]).then(([{ AzureMachineLearningWorkspaces }, settings]) => new AzureMachineLearningWorkspaces(options.credential, options.subscriptionId, settings));
            return machineLearning;
        },
    };
}


/***/ })

};
