export const id = 964;
export const ids = [964];
export const modules = {

/***/ 3964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SYNAPSE_DEV_API_VERSION: () => (/* binding */ SYNAPSE_DEV_API_VERSION),
/* harmony export */   SynapseRequestError: () => (/* binding */ SynapseRequestError),
/* harmony export */   createSynapseDevClient: () => (/* binding */ createSynapseDevClient)
/* harmony export */ });
/* harmony import */ var _azure_deadline_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2212);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9799);


const SYNAPSE_DEV_API_VERSION = '2020-12-01';
/** A refusal of the development endpoint: the HTTP status (when there was one) and Synapse's code and message. */
class SynapseRequestError extends Error {
    statusCode;
    code;
    name = 'SynapseRequestError';
    constructor(message, statusCode, code) {
        super(message);
        this.statusCode = statusCode;
        this.code = code;
    }
}
function errorOf(status, body, fallback) {
    const error = (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(body) && (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(body.error) ? body.error : (0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(body) ? body : {};
    const code = typeof error.code === 'string' ? error.code : undefined;
    const message = typeof error.message === 'string' && error.message ? error.message : fallback;
    return new SynapseRequestError(message, status, code);
}
async function createSynapseDevClient(options) {
    const { bearerTokenAuthenticationPolicy, createDefaultHttpClient, createHttpHeaders, createPipelineFromOptions, createPipelineRequest, } = await Promise.all(/* import() */[__webpack_require__.e(725), __webpack_require__.e(458)]).then(__webpack_require__.bind(__webpack_require__, 458));
    const pipeline = createPipelineFromOptions({
        ...(options.caCertificates ? { tlsOptions: { ca: [...options.caCertificates] } } : {}),
        ...(options.userAgentPrefix ? { userAgentOptions: { userAgentPrefix: options.userAgentPrefix } } : {}),
    });
    pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: options.credential, scopes: options.scope }));
    if (options.deadline)
        pipeline.addPolicy((0,_azure_deadline_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .deadlinePolicy */ .bI)(options.deadline), { phase: 'Serialize' });
    const httpClient = createDefaultHttpClient();
    const endpoint = options.endpoint.replace(/\/+$/, '');
    const pollIntervalMs = options.pollIntervalMs ?? 1000;
    const timeoutMs = options.operationTimeoutMs ?? 600_000;
    const send = async (method, path, body) => {
        const absolute = /^https:\/\//i.test(path);
        const url = new URL(absolute ? path : `${endpoint}${path}`);
        if (!url.searchParams.has('api-version'))
            url.searchParams.set('api-version', SYNAPSE_DEV_API_VERSION);
        const request = createPipelineRequest({
            url: url.href,
            method,
            headers: createHttpHeaders({
                accept: 'application/json',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            }),
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const response = await pipeline.sendRequest(httpClient, request);
        const text = response.bodyAsText ?? '';
        let parsed;
        try {
            parsed = text ? JSON.parse(text) : undefined;
        }
        catch {
            parsed = text;
        }
        if (response.status >= 400) {
            throw errorOf(response.status, parsed, `${method} ${url.pathname} answered ${response.status}`);
        }
        const retryAfter = Number(response.headers.get('retry-after'));
        const location = response.headers.get('location');
        return {
            status: response.status,
            body: parsed,
            header: (name) => response.headers.get(name),
            ...(location ? { location } : {}),
            ...(Number.isFinite(retryAfter) && response.headers.has('retry-after')
                ? { retryAfterMs: retryAfter * 1000 }
                : {}),
        };
    };
    const runOperation = async (method, path, body) => {
        let response = await send(method, path, body);
        const deadline = Date.now() + timeoutMs;
        while (response.status === 202 && response.location) {
            if (Date.now() > deadline) {
                throw new SynapseRequestError(`the operation (${method} ${path}) has not finished after ${Math.round(timeoutMs / 1000)} s`, undefined, 'OperationTimedOut');
            }
            const location = response.location;
            const wait = response.retryAfterMs ?? pollIntervalMs;
            await new Promise((done) => setTimeout(done, Math.min(Math.max(wait, 0), 30_000)));
            response = await send('GET', location);
            if (response.status === 202 && !response.location)
                response = { ...response, location };
        }
        const result = response.body;
        if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(result) && result.status === 'Failed')
            throw errorOf(undefined, result, 'the operation failed');
        return result;
    };
    return { endpoint, send, runOperation };
}


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* unused harmony exports quoteVisible, hasInvisible */
/**
 * Small facts about parsed YAML/JSON values, worded for messages. JSON files speak of arrays and objects, YAML files
 * of lists and mappings: each reader names them the way its users write them.
 */
/** A plain object (a mapping): not null, not an array. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `null`, `an array` / `a list`, `an object` / `a mapping`, or `a <typeof>`. */
function typeName(value, words = 'json') {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return words === 'json' ? 'an array' : 'a list';
    if (isRecord(value))
        return words === 'json' ? 'an object' : 'a mapping';
    return `a ${typeof value}`;
}
/**
 * `'text'`, with every character a reader could not see or tell apart escaped (`'pl_score\u200b'`): controls, format
 * characters such as zero-width spaces and direction marks, and separators other than the plain space. A name that
 * differs from another only by such a character is then visibly different in a message.
 */
function quoteVisible(text) {
    const escaped = text.replace(/[\p{C}\p{Z}]/gu, (char) => {
        if (char === ' ')
            return char;
        const code = char.codePointAt(0);
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
    return `'${escaped}'`;
}
/** True when the text holds a character quoteVisible escapes. */
function hasInvisible(text) {
    return /[^\P{C}]|[^\P{Z} ]/u.test(text);
}


/***/ })

};
