export const id = 287;
export const ids = [287];
export const modules = {

/***/ 6803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HH: () => (/* binding */ parseConnectionString),
/* harmony export */   WQ: () => (/* binding */ buildEnvelopes),
/* harmony export */   cv: () => (/* binding */ sendEnvelopes)
/* harmony export */ });
/* unused harmony exports DEFAULT_INGESTION_ENDPOINT, MAX_BATCH, DATASET_SHARE_METRIC, DATASET_DRIFTED_METRIC, FEATURE_DRIFTED_METRIC, metricName */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4942);
/* harmony import */ var _shared_azure_polling_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(362);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8382);
/* harmony import */ var _presets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4458);
/**
 * Drift metrics as Application Insights custom metrics, sent the way Microsoft's SDKs send them: envelopes of
 * `baseType: MetricData` POSTed to `<IngestionEndpoint>v2.1/track` as newline-delimited JSON
 * (`application/x-json-stream`), gzip-compressed, at most 250 per request.
 *
 * Contract, as read in the SDK and exporter code: the `applicationinsights` Node SDK 2.9
 * (`out/Library/EnvelopeFactory.js`: envelope `name` "Microsoft.ApplicationInsights.<ikey without dashes>.Metric",
 * `iKey`, `time`, `tags`, `ver` 1, `sampleRate` 100 for metrics, `data: {baseType: "MetricData", baseData: {ver: 2,
 * metrics: [{name, value, count, kind}], properties}}`; `out/Library/Sender.js`: newline-joined gzip body, and on a
 * retriable answer only the items whose own `statusCode` is 429, 500 or 503 are sent again;
 * `out/Library/Config.js`: the endpoint is the connection string's `IngestionEndpoint` + `/v2.1/track`;
 * `ConnectionStringParser.js`: keys are case-insensitive, `EndpointSuffix`/`Location` build the endpoint, the default
 * is https://dc.services.visualstudio.com) and `@azure/monitor-opentelemetry-exporter`
 * (`src/utils/breezeUtils.ts` `isRetriable`: 206, 408, 429, 439, 500, 503).
 *
 * Retries: a request answered 408, 429, 439, 500, 502, 503 or 504, or failing on the network, is retried with
 * exponential backoff (1 s, 2 s, 4 s, … with jitter), waiting exactly as long as a `Retry-After` (or
 * `retry-after-ms`) asks when the server sends one; a 206 resends only the items it reports with a retriable status.
 * Everything else is reported, never retried. Nothing here can fail the step: the caller decides.
 */






const DEFAULT_INGESTION_ENDPOINT = 'https://dc.services.visualstudio.com';
const MAX_BATCH = 250;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function parseConnectionString(text, input = 'app-insights-connection-string') {
    const fields = {};
    for (const part of text.split(';')) {
        const at = part.indexOf('=');
        if (at <= 0)
            continue;
        fields[part.slice(0, at).trim().toLowerCase()] = part.slice(at + 1).trim();
    }
    const instrumentationKey = fields.instrumentationkey;
    if (!instrumentationKey || !GUID.test(instrumentationKey)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input '${input}' is not an Application Insights connection string: it needs InstrumentationKey=<guid>;IngestionEndpoint=https://<region>.in.applicationinsights.azure.com/ (copy it from the resource's Overview page).`, { input });
    }
    let endpoint = fields.ingestionendpoint;
    if (!endpoint && fields.endpointsuffix) {
        endpoint = `https://${fields.location ? `${fields.location}.` : ''}dc.${fields.endpointsuffix}`;
    }
    endpoint = (endpoint || DEFAULT_INGESTION_ENDPOINT).replace(/\/+$/, '');
    if (!/^https?:\/\/[^\s/]+/i.test(endpoint)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`Input '${input}': its IngestionEndpoint is not a URL.`, { input });
    }
    return { instrumentationKey, ingestionEndpoint: endpoint };
}
/** Metric names: `drift_<Azure ML's metric name>` per feature, and the dataset verdict. */
const DATASET_SHARE_METRIC = 'drift_dataset_drifted_share';
const DATASET_DRIFTED_METRIC = 'drift_dataset_drifted';
const FEATURE_DRIFTED_METRIC = 'drift_feature_drifted';
function metricName(metric) {
    return `drift_${_presets_js__WEBPACK_IMPORTED_MODULE_5__/* .METRICS */ .Cb[metric].azureName}`;
}
/** One envelope per feature and metric (finite values only), one per feature verdict, two for the dataset. */
function buildEnvelopes(result, dimensions, instrumentationKey, time) {
    const stamp = time.toISOString();
    const name = `Microsoft.ApplicationInsights.${instrumentationKey.replace(/-/g, '')}.Metric`;
    const common = {
        model: dimensions.model,
        version: dimensions.version,
        environment: dimensions.environment,
        runUrl: dimensions.runUrl,
        preset: dimensions.preset,
    };
    const envelope = (metric, value, properties) => ({
        name,
        time: stamp,
        iKey: instrumentationKey,
        ver: 1,
        sampleRate: 100,
        tags: {
            'ai.cloud.role': 'check-drift-gate',
            ...(dimensions.runId ? { 'ai.operation.id': dimensions.runId } : {}),
        },
        data: {
            baseType: 'MetricData',
            baseData: {
                ver: 2,
                metrics: [{ name: metric, value, count: 1 }],
                properties: { ...common, ...properties },
            },
        },
    });
    const envelopes = [];
    for (const feature of result.features) {
        for (const metric of feature.metrics) {
            // Application Insights stores doubles: an infinite or undefined value cannot be sent (the report keeps it).
            if (!Number.isFinite(metric.value))
                continue;
            envelopes.push(envelope(metricName(metric.metric), metric.value, {
                feature: feature.name,
                featureType: feature.type,
                metric: metric.metric,
                threshold: String(metric.threshold),
                drifted: String(metric.drifted),
            }));
        }
        envelopes.push(envelope(FEATURE_DRIFTED_METRIC, feature.drifted ? 1 : 0, {
            feature: feature.name,
            featureType: feature.type,
        }));
    }
    envelopes.push(envelope(DATASET_SHARE_METRIC, result.driftShare, {
        feature: '',
        threshold: String(result.driftShareThreshold),
    }));
    envelopes.push(envelope(DATASET_DRIFTED_METRIC, result.drifted ? 1 : 0, {
        feature: '',
        driftedFeatures: result.driftedFeatures.join(','),
    }));
    return envelopes;
}
const RETRIABLE_STATUS = new Set([408, 429, 439, 500, 502, 503, 504]);
const RETRIABLE_ITEM_STATUS = new Set([408, 429, 439, 500, 503]);
async function sendEnvelopes(envelopes, options) {
    const url = `${options.endpoint.replace(/\/+$/, '')}/v2.1/track`;
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_2__/* .HttpClient */ .Qq(options.userAgent, [], {
        allowRetries: false,
        socketTimeout: 30_000,
        keepAlive: true,
    });
    const maxAttempts = options.maxAttempts ?? 5;
    const initialDelayMs = options.initialDelayMs ?? 1000;
    const maxDelayMs = options.maxDelayMs ?? 60_000;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const random = options.random ?? Math.random;
    const clock = options.clock ?? Date.now;
    let accepted = 0;
    let failed = 0;
    let requests = 0;
    let retries = 0;
    const errors = [];
    try {
        for (let start = 0; start < envelopes.length; start += MAX_BATCH) {
            let pending = envelopes.slice(start, start + MAX_BATCH);
            for (let attempt = 1; pending.length > 0; attempt++) {
                options.signal?.throwIfAborted();
                const body = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzipSync)(Buffer.from(pending.map((item) => JSON.stringify(item)).join('\n')));
                let status;
                let text = '';
                let retryAfterMs;
                requests++;
                try {
                    const response = await client.request('POST', url, node_stream__WEBPACK_IMPORTED_MODULE_0__.Readable.from([body]), {
                        'content-type': 'application/x-json-stream',
                        'content-encoding': 'gzip',
                        'content-length': String(body.length),
                        accept: 'application/json',
                    });
                    status = response.message.statusCode ?? 0;
                    text = await response.readBody();
                    retryAfterMs = (0,_shared_azure_polling_js__WEBPACK_IMPORTED_MODULE_3__/* .retryAfterFromHeaders */ .B8)((name) => headerOf(response.message.headers[name]), clock());
                }
                catch (error) {
                    status = 0;
                    text = (0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error).message;
                }
                let retry = [];
                let problem;
                if (status === 200) {
                    accepted += pending.length;
                    pending = [];
                    break;
                }
                const parsed = parseTrackResponse(text);
                if (status === 206 && parsed) {
                    const itemErrors = parsed.errors ?? [];
                    accepted += parsed.itemsAccepted ?? pending.length - itemErrors.length;
                    for (const item of itemErrors) {
                        const envelope = pending[item.index];
                        if (envelope === undefined)
                            continue;
                        if (RETRIABLE_ITEM_STATUS.has(item.statusCode))
                            retry.push(envelope);
                        else {
                            failed++;
                            errors.push(`item refused (${item.statusCode}): ${item.message ?? 'no reason given'}`);
                        }
                    }
                    if (retry.length > 0)
                        problem = `206: ${retry.length} of ${pending.length} items to send again`;
                }
                else if (status === 0 || RETRIABLE_STATUS.has(status)) {
                    retry = pending;
                    problem = status === 0 ? `network error: ${text}` : `${status}${summarise(parsed, text)}`;
                }
                else {
                    failed += pending.length;
                    errors.push(`the ingestion endpoint refused ${pending.length} items: ${status}${summarise(parsed, text)}`);
                    pending = [];
                    break;
                }
                if (retry.length === 0)
                    break;
                if (attempt >= maxAttempts) {
                    failed += retry.length;
                    errors.push(`${retry.length} items still failing after ${attempt} attempts (last: ${problem})`);
                    break;
                }
                const backoff = Math.min(maxDelayMs, initialDelayMs * 2 ** (attempt - 1));
                const delay = retryAfterMs !== undefined
                    ? Math.min(maxDelayMs, retryAfterMs)
                    : backoff / 2 + (random() * backoff) / 2;
                options.logger.info(`Application Insights: ${problem}; attempt ${attempt + 1} of ${maxAttempts} in ${(delay / 1000).toFixed(1)} s`);
                retries++;
                await sleep(delay);
                pending = retry;
            }
        }
    }
    finally {
        client.dispose();
    }
    return { sent: envelopes.length, accepted, failed, requests, retries, errors };
}
function headerOf(value) {
    return Array.isArray(value) ? value[0] : value;
}
function parseTrackResponse(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function summarise(parsed, text) {
    const first = parsed?.errors?.[0]?.message;
    if (first)
        return ` (${first})`;
    const trimmed = text.trim().slice(0, 200);
    return trimmed ? ` (${trimmed})` : '';
}


/***/ }),

/***/ 5228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ readToken),
/* harmony export */   Cv: () => (/* binding */ numberLabel),
/* harmony export */   K5: () => (/* binding */ describeDecision),
/* harmony export */   Pu: () => (/* binding */ parseFeatureTypes),
/* harmony export */   pd: () => (/* binding */ inferFeatureType),
/* harmony export */   tZ: () => (/* binding */ booleanLabel)
/* harmony export */ });
/* unused harmony exports CATEGORICAL_DISTINCT_RATIO, MISSING_TOKENS, INFINITY_TOKENS */
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
/**
 * Feature types, decided the way Azure ML model monitoring decides them on the reference (baseline) data
 * (azureml-assets `shared_utilities/df_utils.py`, `is_categorical`): float, double and decimal columns are numerical;
 * string, boolean, timestamp, date and binary columns are categorical; integer columns are categorical when
 * distinct / total < 0.05 on the reference, else numerical. `feature-types` overrides any of these per feature.
 *
 * Where the files carry no types (CSV, JSON Lines), a column's kind is read from its values, as pandas reads them:
 * every non-missing value a number written without `.` or an exponent → integer; any number written with one → float;
 * every value `true`/`false` (any of pandas' spellings) → boolean; anything else → string. Parquet columns take their
 * kind from the schema. Missing values never decide a kind.
 */

const CATEGORICAL_DISTINCT_RATIO = 0.05;
/**
 * pandas' default `na_values` (`pandas._libs.parsers.STR_NA_VALUES`), which `read_csv` reads as missing; the empty
 * field is missing too. Case matters, as in pandas: `NA` is missing, `Na` is a string.
 */
const MISSING_TOKENS = new Set([
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
]);
/** Spellings of ±infinity pandas reads as a float; a drift metric cannot use them, so they count as missing. */
const INFINITY_TOKENS = new Set([
    'inf',
    '+inf',
    '-inf',
    'Inf',
    '+Inf',
    '-Inf',
    'INF',
    '+INF',
    '-INF',
    'Infinity',
    '+Infinity',
    '-Infinity',
]);
/** pandas' default `true_values`/`false_values`. */
const TRUE_TOKENS = new Set(['True', 'TRUE', 'true']);
const FALSE_TOKENS = new Set(['False', 'FALSE', 'false']);
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const INTEGER = /^\s*[+-]?\d+\s*$/;
const MISSING = { kind: 'missing' };
/**
 * Reads one text value (a CSV field) as pandas would: missing, a decimal number (integer or float), a boolean, or a
 * string. Numbers that overflow to ±Infinity and the spellings of infinity count as missing.
 */
function readToken(text) {
    if (MISSING_TOKENS.has(text) || INFINITY_TOKENS.has(text.trim()))
        return MISSING;
    if (DECIMAL.test(text)) {
        const value = Number(text);
        if (!Number.isFinite(value))
            return MISSING;
        return { kind: INTEGER.test(text) ? 'integer' : 'float', value };
    }
    if (TRUE_TOKENS.has(text))
        return { kind: 'boolean', value: true };
    if (FALSE_TOKENS.has(text))
        return { kind: 'boolean', value: false };
    return { kind: 'string', text };
}
/**
 * The category a value counts as. Numbers are labelled in their shortest form (`7`, `7.0` and `007` are the category
 * `7`; `2.50` is `2.5`), booleans as `true`/`false`, strings as written. So an integer column read as categorical,
 * a CSV column and a JSON or Parquet column of the same data give the same categories.
 */
function numberLabel(value) {
    return Object.is(value, -0) ? '0' : String(value);
}
function booleanLabel(value) {
    return value ? 'true' : 'false';
}
/** The feature type of a column kind; integers need their distinct ratio. */
function inferFeatureType(kind, distinctRatio) {
    switch (kind) {
        case 'float':
            return 'numerical';
        case 'boolean':
        case 'string':
        case 'temporal':
            return 'categorical';
        case 'integer':
            return distinctRatio !== undefined && distinctRatio < CATEGORICAL_DISTINCT_RATIO
                ? 'categorical'
                : 'numerical';
    }
}
function describeDecision(kind, distinctRatio, type) {
    if (kind !== 'integer')
        return `${kind} column`;
    if (distinctRatio === undefined)
        return 'integer column with too many distinct values to count';
    const ratio = distinctRatio.toPrecision(3);
    return type === 'categorical'
        ? `integer column, distinct/total ${ratio} < ${CATEGORICAL_DISTINCT_RATIO}`
        : `integer column, distinct/total ${ratio} ≥ ${CATEGORICAL_DISTINCT_RATIO}`;
}
/** Parses `feature-types`: a mapping of feature name to `numerical` or `categorical`. */
function parseFeatureTypes(value, input = 'feature-types') {
    const result = new Map();
    if (value === undefined || value === null)
        return result;
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' must be a mapping of feature name to numerical or categorical, such as '{age: numerical, zip: categorical}'.`, { input });
    }
    for (const [feature, type] of Object.entries(value)) {
        if (type !== 'numerical' && type !== 'categorical') {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${input}' (${feature}): the type must be numerical or categorical; got ${JSON.stringify(type)}.`, { input });
        }
        result.set(feature, type);
    }
    return result;
}


/***/ }),

/***/ 4369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Nd: () => (/* binding */ checkFeatureKeys),
  Bm: () => (/* binding */ parseMetrics),
  S: () => (/* binding */ parseThresholds),
  OE: () => (/* binding */ planFeature)
});

// EXTERNAL MODULE: ./src/shared/documents.ts + 1 modules
var documents = __webpack_require__(5658);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/shared/values.ts
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

// EXTERNAL MODULE: ./src/check-drift-gate/presets.ts
var presets = __webpack_require__(4458);
;// CONCATENATED MODULE: ./src/check-drift-gate/metric-plan.ts
/**
 * The `metrics` and `thresholds` inputs, validated up front (every error names the input and the key), and the plan
 * they give each feature once its type is known.
 *
 * metrics:                              # what to compute, overriding the preset's choice
 *   numerical: [wasserstein, ks]        # every numerical feature: a name, a list, or `auto` (the preset's choice)
 *   categorical: chi-squared
 *   features:                           # one feature, over its type's list
 *     income_k:
 *       - metric: psi                   # a name, or an object with options
 *         binning: quantiles            # azureml | evidently | quantiles (bins: 10)
 *         smoothing: none               # laplace | fill | none
 *
 * thresholds:                           # when a value is drift, overriding the preset's thresholds
 *   psi: 0.2                            # a metric, for every feature
 *   numerical: { wasserstein: 0.15 }    # a metric, for one type
 *   features:
 *     age: { ks: 0.01 }                 # a metric, for one feature
 *
 * Precedence: a feature's entry, then its type's, then the metric's, then the preset. A feature drifts when any of
 * its metrics breaches its threshold.
 */




function fail(input, path, message) {
    const where = path.length ? ` (${(0,documents/* formatPath */.jV)(path)})` : '';
    return new errors/* ConfigurationError */.j1(`Input '${input}'${where}: ${message}`, { input });
}
const METRIC_LIST = presets/* METRIC_NAMES */.Uw.join(', ');
function parseMetricName(value, input, path) {
    const name = typeof value === 'string' ? (0,presets/* metricNamed */.SB)(value.trim()) : undefined;
    if (name === undefined) {
        throw fail(input, path, `unknown metric ${JSON.stringify(value)}; use one of ${METRIC_LIST}`);
    }
    return name;
}
const OPTION_VALUES = {
    binning: ['azureml', 'evidently', 'quantiles'],
    smoothing: ['laplace', 'fill', 'none'],
    method: ['auto', 'exact', 'asymp'],
    test: ['goodness-of-fit', 'contingency'],
};
function parseRequest(value, input, path, type) {
    let request;
    if (typeof value === 'string')
        request = { metric: parseMetricName(value, input, path) };
    else if (isRecord(value)) {
        const metric = parseMetricName(value.metric, input, [...path, 'metric']);
        const info = presets/* METRICS */.Cb[metric];
        const options = { metric };
        for (const [key, option] of Object.entries(value)) {
            if (key === 'metric')
                continue;
            const at = [...path, key];
            if (!info.options.includes(key)) {
                throw fail(input, at, `${metric} takes no option '${key}'${info.options.length ? `; its options are ${info.options.join(', ')}` : ''}`);
            }
            options[key] = parseOption(key, option, input, at);
        }
        if (options.bins !== undefined && options.binning !== 'quantiles') {
            throw fail(input, [...path, 'bins'], "bins applies to 'binning: quantiles' only");
        }
        request = options;
    }
    else {
        throw fail(input, path, `a metric is a name (${METRIC_LIST}) or a mapping with 'metric' and its options`);
    }
    if (type !== undefined && !presets/* METRICS */.Cb[request.metric].types.includes(type)) {
        throw fail(input, path, `${request.metric} applies to ${presets/* METRICS */.Cb[request.metric].types.join(' and ')} features, not ${type} ones`);
    }
    return request;
}
function parseOption(key, value, input, path) {
    switch (key) {
        case 'binning':
        case 'smoothing':
        case 'method':
        case 'test': {
            const allowed = OPTION_VALUES[key];
            if (typeof value !== 'string' || !allowed.includes(value)) {
                throw fail(input, path, `must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
            }
            return value;
        }
        case 'bins':
            if (typeof value !== 'number' || !Number.isInteger(value) || value < 2 || value > 1000) {
                throw fail(input, path, `must be a whole number from 2 to 1000; got ${JSON.stringify(value)}`);
            }
            return value;
        case 'base':
            if (value === 2 || value === '2')
                return 2;
            if (value === 'e')
                return 'e';
            throw fail(input, path, `must be 2 (bits, Azure ML) or e (natural log, Evidently); got ${JSON.stringify(value)}`);
        case 'ddof':
            if (value === 0 || value === 1)
                return value;
            throw fail(input, path, `must be 0 (np.std, Evidently) or 1 (sample std, Azure ML); got ${JSON.stringify(value)}`);
        default:
            throw fail(input, path, `unknown option '${key}'`);
    }
}
function parseList(value, input, path, type) {
    if (value === 'auto')
        return 'auto';
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0)
        throw fail(input, path, 'name at least one metric, or auto');
    const requests = items.map((item, index) => parseRequest(item, input, Array.isArray(value) ? [...path, index] : path, type));
    const seen = new Set();
    requests.forEach((request, index) => {
        if (seen.has(request.metric)) {
            throw fail(input, Array.isArray(value) ? [...path, index] : path, `${request.metric} is listed twice`);
        }
        seen.add(request.metric);
    });
    return requests;
}
function parseMetrics(value, input = 'metrics') {
    const config = { numerical: 'auto', categorical: 'auto', features: new Map() };
    if (value === undefined || value === null)
        return config;
    if (!isRecord(value)) {
        throw fail(input, [], "must be a mapping with 'numerical', 'categorical' and/or 'features'");
    }
    for (const [key, entry] of Object.entries(value)) {
        if (key === 'numerical' || key === 'categorical')
            config[key] = parseList(entry, input, [key], key);
        else if (key === 'features') {
            if (!isRecord(entry))
                throw fail(input, [key], 'must map feature names to metrics');
            for (const [feature, list] of Object.entries(entry)) {
                config.features.set(feature, parseList(list, input, [key, feature], undefined));
            }
        }
        else {
            throw fail(input, [key], "unknown key; use 'numerical', 'categorical' or 'features' (a feature's metrics go under features)");
        }
    }
    return config;
}
function parseThresholdTable(value, input, path, type) {
    if (!isRecord(value))
        throw fail(input, path, 'must map metric names to thresholds, such as {psi: 0.2}');
    const table = {};
    for (const [key, threshold] of Object.entries(value)) {
        const at = [...path, key];
        const metric = parseMetricName(key, input, at);
        if (type !== undefined && !presets/* METRICS */.Cb[metric].types.includes(type)) {
            throw fail(input, at, `${metric} applies to ${presets/* METRICS */.Cb[metric].types.join(' and ')} features, not ${type} ones`);
        }
        table[metric] = parseThreshold(metric, threshold, input, at);
    }
    return table;
}
function parseThreshold(metric, value, input, path) {
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) {
        throw fail(input, path, `must be a number; got ${JSON.stringify(value)}`);
    }
    if (presets/* METRICS */.Cb[metric].measures === 'p-value' && !(number > 0 && number < 1)) {
        throw fail(input, path, `${metric} is a p-value: its threshold is a significance level between 0 and 1 (such as 0.05); got ${number}`);
    }
    if (presets/* METRICS */.Cb[metric].measures === 'distance' && !(number >= 0)) {
        throw fail(input, path, `${metric} is a distance: its threshold must be 0 or more; got ${number}`);
    }
    return number;
}
function parseThresholds(value, input = 'thresholds') {
    const config = {
        metrics: {},
        numerical: {},
        categorical: {},
        features: new Map(),
    };
    if (value === undefined || value === null)
        return config;
    if (!isRecord(value)) {
        throw fail(input, [], "must be a mapping of metrics, 'numerical', 'categorical' and/or 'features' to thresholds");
    }
    for (const [key, entry] of Object.entries(value)) {
        if (key === 'numerical' || key === 'categorical')
            config[key] = parseThresholdTable(entry, input, [key], key);
        else if (key === 'features') {
            if (!isRecord(entry))
                throw fail(input, [key], 'must map feature names to {metric: threshold}');
            for (const [feature, table] of Object.entries(entry)) {
                config.features.set(feature, parseThresholdTable(table, input, [key, feature], undefined));
            }
        }
        else {
            const metric = (0,presets/* metricNamed */.SB)(key);
            if (metric === undefined) {
                throw fail(input, [key], `unknown key; use a metric (${METRIC_LIST}), 'numerical', 'categorical' or 'features'`);
            }
            config.metrics[metric] = parseThreshold(metric, entry, input, [key]);
        }
    }
    return config;
}
/** Feature names the configuration mentions that are not compared: each is an error naming the input and key. */
function checkFeatureKeys(features, entries, available) {
    for (const { input, key, names } of entries) {
        for (const name of names) {
            if (!features.has(name)) {
                throw fail(input, key ? [key, name] : [name], `'${name}' is not a compared feature (${available})`);
            }
        }
    }
}
/** The metrics a feature is gated on. */
function planFeature(feature, profile, preset, metrics, thresholds) {
    const own = metrics.features.get(feature);
    const list = own ?? metrics[profile.type];
    let requests;
    if (list === 'auto') {
        const choice = preset.defaultMetric(profile);
        requests = [{ request: { metric: choice.metric }, reason: choice.reason }];
    }
    else {
        requests = list.map((request) => ({
            request,
            reason: own ? `metrics.features.${feature}` : `metrics.${profile.type}`,
        }));
    }
    return requests.map(({ request, reason }) => {
        if (!presets/* METRICS */.Cb[request.metric].types.includes(profile.type)) {
            throw new errors/* ConfigurationError */.j1(`Input 'metrics' (features.${feature}): ${request.metric} applies to ${presets/* METRICS */.Cb[request.metric].types.join(' and ')} features, and '${feature}' is ${profile.type}`, { input: 'metrics' });
        }
        const spec = { ...preset.defaults(request.metric), ...request };
        const byFeature = thresholds.features.get(feature)?.[request.metric];
        const byType = thresholds[profile.type][request.metric];
        const byMetric = thresholds.metrics[request.metric];
        const [threshold, thresholdSource] = byFeature !== undefined
            ? [byFeature, 'feature']
            : byType !== undefined
                ? [byType, 'type']
                : byMetric !== undefined
                    ? [byMetric, 'metric']
                    : [preset.defaultThreshold(request.metric), 'preset'];
        return { spec, threshold, thresholdSource, comparison: preset.comparison(request.metric), reason };
    });
}


/***/ }),

/***/ 2287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareGate: () => (/* binding */ prepareGate)
});

// EXTERNAL MODULE: ./src/shared/azure/azure-inputs.ts + 1 modules
var azure_inputs = __webpack_require__(7214);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/receipts/parse.ts
var parse = __webpack_require__(8816);
// EXTERNAL MODULE: ./src/check-drift-gate/app-insights.ts
var app_insights = __webpack_require__(6803);
// EXTERNAL MODULE: ./src/check-drift-gate/definition.ts
var definition = __webpack_require__(709);
// EXTERNAL MODULE: ./src/check-drift-gate/feature-types.ts
var feature_types = __webpack_require__(5228);
// EXTERNAL MODULE: ./src/check-drift-gate/metric-plan.ts + 1 modules
var metric_plan = __webpack_require__(4369);
// EXTERNAL MODULE: ./src/check-drift-gate/presets.ts
var presets = __webpack_require__(4458);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/shared/files.ts + 3 modules
var files = __webpack_require__(1512);
;// CONCATENATED MODULE: ./src/check-drift-gate/readers/sources.ts
/**
 * Turns the `reference` and `current` inputs (one path, glob or blob URL per line) into data sources.
 *
 * - Local paths and globs resolve inside the workspace (`globWorkspace`: sorted, `!pattern` excludes, a pattern that
 *   matches nothing is an error).
 * - `https://` URLs are blobs, read as streams through `@azure/storage-blob` (imported only when a blob is read).
 *   A URL with a SAS (`sig=` in its query) is used as it is; its query is masked before anything can print it and
 *   never shown (sources are labelled by the URL without its query). A URL without one is read with a token from the
 *   action's credential chain (the identity needs Storage Blob Data Reader). A `*`, `**`, `?` or `{a,b}` in the blob
 *   path lists the container (a SAS then needs the list permission) and reads every blob that matches, in name order.
 *
 * Formats: `format: auto` goes by extension (`.csv`, `.tsv`, `.txt`; `.parquet`, `.pq`; `.jsonl`, `.ndjson`), and a
 * trailing `.gz` means gzip-compressed CSV or JSON Lines.
 */





const EXTENSIONS = {
    csv: 'csv',
    tsv: 'csv',
    txt: 'csv',
    parquet: 'parquet',
    pq: 'parquet',
    jsonl: 'jsonl',
    ndjson: 'jsonl',
};
/** Format and compression of a file name. */
function formatOf(name, choice, side) {
    const gzip = /\.gz$/i.test(name);
    const base = gzip ? name.slice(0, -3) : name;
    let format = choice === 'auto' ? undefined : choice;
    if (format === undefined) {
        const extension = /\.([A-Za-z0-9]+)$/.exec(base)?.[1]?.toLowerCase();
        format = extension === undefined ? undefined : EXTENSIONS[extension];
    }
    if (format === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input '${side}': cannot tell the format of '${name}' from its extension (.csv, .parquet, .jsonl, optionally .gz); set the input 'format' to csv, parquet or jsonl.`, { input: side });
    }
    if (gzip && format === 'parquet') {
        throw new errors/* ConfigurationError */.j1(`Input '${side}': '${name}' is a gzip-compressed Parquet file; Parquet compresses its own pages, so read the file without .gz.`, { input: side });
    }
    return { format, gzip };
}
function isBlobUrl(line) {
    return /^https?:\/\//i.test(line);
}
async function resolveSources(lines, options) {
    const { side, workspace } = options;
    const patterns = lines.filter((line) => !isBlobUrl(line));
    const urls = lines.filter(isBlobUrl);
    const sources = [];
    if (patterns.length > 0) {
        for (const path of await (0,files/* globWorkspace */.Q1)(workspace, patterns, side)) {
            const label = (0,files/* workspaceRelative */.Uc)(workspace, path);
            sources.push(localSource(path, label, formatOf(label, options.format, side)));
        }
    }
    for (const url of urls)
        sources.push(...(await blobSources(url, options)));
    return sources;
}
function localSource(path, label, kind) {
    return {
        label,
        ...kind,
        async openStream(signal) {
            const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 16, ...(signal ? { signal } : {}) });
            await new Promise((resolve, reject) => {
                stream.once('open', () => resolve());
                stream.once('error', reject);
            });
            return kind.gzip ? stream.pipe((0,external_node_zlib_.createGunzip)()) : stream;
        },
        async openRandomAccess() {
            const handle = await (0,promises_.open)(path, 'r');
            const { size } = await handle.stat();
            // Closed when the process exits; a run reads a bounded number of files.
            return {
                byteLength: size,
                async slice(start, end = size) {
                    const buffer = Buffer.alloc(end - start);
                    let read = 0;
                    while (read < buffer.length) {
                        const { bytesRead } = await handle.read(buffer, read, buffer.length - read, start + read);
                        if (bytesRead === 0)
                            break;
                        read += bytesRead;
                    }
                    return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + read);
                },
            };
        },
    };
}
function parseBlobUrl(raw, side) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`Input '${side}': '${withoutQuery(raw)}' is not a URL.`, { input: side });
    }
    if (url.protocol !== 'https:') {
        throw new errors/* ConfigurationError */.j1(`Input '${side}': '${withoutQuery(raw)}' must use https (a SAS or token must not travel in clear text).`, { input: side });
    }
    // Same rule as @azure/storage-blob's isIpEndpointStyle: IP or localhost hosts put the account in the path.
    const pathStyle = /^.*:.*:.*$|^(localhost|host\.docker\.internal)(:[0-9]+)?$|^\d{1,3}(\.\d{1,3}){3}(:[0-9]+)?$/.test(url.host);
    const segments = url.pathname.split('/').filter((segment) => segment !== '');
    const skip = pathStyle ? 1 : 0;
    const container = segments[skip];
    const blob = segments.slice(skip + 1).join('/');
    if (container === undefined || blob === '') {
        throw new errors/* ConfigurationError */.j1(`Input '${side}': '${withoutQuery(raw)}' names no blob; give https://<account>.blob.core.windows.net/<container>/<path>.`, { input: side });
    }
    const accountUrl = `${url.origin}${pathStyle ? `/${segments[0]}` : ''}`;
    return { accountUrl, container, blobPath: decodeURIComponent(blob), query: url.search };
}
function withoutQuery(raw) {
    const at = raw.search(/[?#]/);
    return at === -1 ? raw : raw.slice(0, at);
}
const GLOB_CHARACTERS = /[*?{[]/;
/** A blob-name glob as a regular expression: `**` any path, `*` within a segment, `?` one character, `{a,b}`. */
function blobGlob(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            source += '.*';
            i++;
            if (pattern[i + 1] === '/')
                i++;
        }
        else if (c === '*')
            source += '[^/]*';
        else if (c === '?')
            source += '[^/]';
        else if (c === '{') {
            const close = pattern.indexOf('}', i);
            if (close === -1)
                source += '\\{';
            else {
                source += `(?:${pattern
                    .slice(i + 1, close)
                    .split(',')
                    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
                    .join('|')})`;
                i = close;
            }
        }
        else
            source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${source}$`);
}
async function blobSources(raw, options) {
    const { side, masker } = options;
    const location = parseBlobUrl(raw, side);
    const query = new URLSearchParams(location.query);
    const sas = query.has('sig');
    // The whole query, the `sig` value as written (through the masker's connection-string rule) and decoded.
    if (location.query)
        masker.mask(location.query.slice(1));
    const signature = query.get('sig');
    if (signature)
        masker.mask(signature);
    const { BlobServiceClient } = await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(658)]).then(__webpack_require__.bind(__webpack_require__, 3277));
    const service = sas
        ? new BlobServiceClient(`${location.accountUrl}${location.query}`)
        : new BlobServiceClient(location.accountUrl, await options.credential());
    const container = service.getContainerClient(location.container);
    const labelOf = (blob) => `${location.accountUrl}/${location.container}/${blob.split('/').map(encodeURIComponent).join('/')}`;
    let names;
    if (GLOB_CHARACTERS.test(location.blobPath)) {
        const prefix = location.blobPath.slice(0, location.blobPath.search(GLOB_CHARACTERS));
        const matcher = blobGlob(location.blobPath);
        names = [];
        try {
            for await (const blob of container.listBlobsFlat({ prefix })) {
                if (matcher.test(blob.name))
                    names.push(blob.name);
            }
        }
        catch (error) {
            throw blobError(error, side, `${location.accountUrl}/${location.container}/${location.blobPath}`, 'list');
        }
        names.sort();
        if (names.length === 0) {
            throw new errors/* ConfigurationError */.j1(`Input '${side}': no blob matches '${location.accountUrl}/${location.container}/${location.blobPath}'; check the path (the SAS needs the list permission).`, { input: side });
        }
    }
    else
        names = [location.blobPath];
    return names.map((name) => {
        const label = labelOf(name);
        const kind = formatOf(name, options.format, side);
        const client = container.getBlobClient(name);
        return {
            label,
            ...kind,
            async openStream(signal) {
                try {
                    const response = await client.download(0, undefined, {
                        maxRetryRequests: 5,
                        ...(signal ? { abortSignal: signal } : {}),
                    });
                    const body = response.readableStreamBody;
                    return kind.gzip ? body.pipe((0,external_node_zlib_.createGunzip)()) : body;
                }
                catch (error) {
                    throw blobError(error, side, label, 'read');
                }
            },
            async openRandomAccess(signal) {
                let size;
                try {
                    size = (await client.getProperties(signal ? { abortSignal: signal } : {})).contentLength ?? 0;
                }
                catch (error) {
                    throw blobError(error, side, label, 'read');
                }
                return {
                    byteLength: size,
                    async slice(start, end = size) {
                        if (end <= start)
                            return new ArrayBuffer(0);
                        const buffer = await client.downloadToBuffer(start, end - start, {
                            maxRetryRequestsPerBlock: 5,
                            ...(signal ? { abortSignal: signal } : {}),
                        });
                        return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length);
                    },
                };
            },
        };
    });
}
/** Storage's refusals are the user's to fix (a wrong path, an expired SAS, a missing role): say which. */
function blobError(error, side, label, what) {
    const record = (error ?? {});
    const code = record.details?.errorCode ?? record.code;
    const status = record.statusCode;
    if (status === 404) {
        return new errors/* ConfigurationError */.j1(`Input '${side}': ${label} does not exist (${code ?? 'not found'}); check the account, container and path.`, { input: side, cause: error });
    }
    if (status === 403 || status === 401) {
        return new errors/* ConfigurationError */.j1(`Input '${side}': not allowed to ${what} ${label} (${code ?? status}); check the SAS (expiry, ${what === 'list' ? 'list' : 'read'} permission) or give the identity the Storage Blob Data Reader role.`, { input: side, cause: error });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new Error(`Could not ${what} ${label}: ${code ? `${code}: ` : ''}${message}`, { cause: error });
}

;// CONCATENATED MODULE: ./src/check-drift-gate/prepare.ts









/** `\t` (as YAML passes it) means tab; any other delimiter is one ASCII character. */
function csvDelimiter(raw) {
    const delimiter = raw === '\\t' ? '\t' : raw;
    if (delimiter.length !== 1 || delimiter.charCodeAt(0) > 0x7f || /["\r\n]/.test(delimiter)) {
        throw new errors/* ConfigurationError */.j1(`Input 'csv-delimiter' must be one ASCII character other than a quote or line break (\\t for tab); got '${raw}'.`, { input: 'csv-delimiter' });
    }
    return delimiter;
}
function dispatchTarget(inputs, env) {
    if (inputs.onDrift !== 'dispatch')
        return undefined;
    const repository = inputs.dispatchRepository ?? env.GITHUB_REPOSITORY;
    if (!repository) {
        throw new errors/* ConfigurationError */.j1('Input required and not supplied: dispatch-repository (on-drift is dispatch and GITHUB_REPOSITORY is not set)', { input: 'dispatch-repository' });
    }
    if (!inputs.githubToken) {
        throw new errors/* ConfigurationError */.j1('Input required and not supplied: github-token (on-drift is dispatch; the default is the job token, ${{ github.token }})', { input: 'github-token' });
    }
    return { repository, eventType: inputs.dispatchEventType, token: inputs.githubToken };
}
async function prepareGate(inputs, context) {
    const { masker } = context;
    (0,azure_inputs/* resolveAzureAccess */.kl)(inputs);
    const amlReceipt = (0,parse/* parseReceiptInput */.AB)(definition/* definition */.m.inputs.amlReceipt, inputs.amlReceipt, {
        environment: inputs.environment,
    });
    const config = {
        preset: presets/* PRESETS */.fG[inputs.preset],
        metrics: (0,metric_plan/* parseMetrics */.Bm)(inputs.metrics),
        thresholds: (0,metric_plan/* parseThresholds */.S)(inputs.thresholds),
        featureTypes: (0,feature_types/* parseFeatureTypes */.Pu)(inputs.featureTypes),
        features: inputs.features,
        excludeFeatures: inputs.excludeFeatures ?? [],
        driftShare: inputs.driftShare,
        exactLimit: inputs.exactLimit,
        csvDelimiter: csvDelimiter(inputs.csvDelimiter),
    };
    const appInsights = inputs.appInsightsConnectionString === undefined
        ? undefined
        : (0,app_insights/* parseConnectionString */.HH)(inputs.appInsightsConnectionString);
    if (appInsights)
        masker.mask(appInsights.instrumentationKey);
    const dispatch = dispatchTarget(inputs, context.env);
    let signedIn;
    const sources = {
        workspace: context.workspace,
        format: inputs.format,
        masker,
        signal: context.signal,
        credential: async () => {
            signedIn ??= context.signIn();
            return (await signedIn).credential;
        },
    };
    const reference = await resolveSources(inputs.reference, { ...sources, side: 'reference' });
    const current = await resolveSources(inputs.current, { ...sources, side: 'current' });
    return {
        config,
        reference,
        current,
        amlReceipt,
        modelName: inputs.modelName ?? amlReceipt?.model.name,
        modelVersion: inputs.modelVersion ?? amlReceipt?.model.version,
        appInsights,
        dispatch,
    };
}


/***/ }),

/***/ 4458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cb: () => (/* binding */ METRICS),
/* harmony export */   SB: () => (/* binding */ metricNamed),
/* harmony export */   Uw: () => (/* binding */ METRIC_NAMES),
/* harmony export */   aM: () => (/* binding */ breaches),
/* harmony export */   fG: () => (/* binding */ PRESETS)
/* harmony export */ });
/* unused harmony exports PRESET_NAMES, METRIC_ALIASES, AZUREML, EVIDENTLY */
const METRIC_NAMES = ['jensen-shannon', 'psi', 'wasserstein', 'ks', 'chi-squared', 'z-test'];
const PRESET_NAMES = (/* unused pure expression or super */ null && (['azureml', 'evidently']));
const METRICS = {
    'jensen-shannon': {
        measures: 'distance',
        types: ['numerical', 'categorical'],
        azureName: 'jensen_shannon_distance',
        title: 'Jensen–Shannon distance',
        options: ['binning', 'bins', 'base'],
    },
    psi: {
        measures: 'distance',
        types: ['numerical', 'categorical'],
        azureName: 'population_stability_index',
        title: 'population stability index',
        options: ['binning', 'bins', 'smoothing'],
    },
    wasserstein: {
        measures: 'distance',
        types: ['numerical'],
        azureName: 'normalized_wasserstein_distance',
        title: 'normalised Wasserstein distance',
        options: ['ddof'],
    },
    ks: {
        measures: 'p-value',
        types: ['numerical'],
        azureName: 'two_sample_kolmogorov_smirnov_test',
        title: 'two-sample Kolmogorov–Smirnov p-value',
        options: ['method'],
    },
    'chi-squared': {
        measures: 'p-value',
        types: ['numerical', 'categorical'],
        azureName: 'pearsons_chi_squared_test',
        title: "Pearson's chi-squared p-value",
        options: ['test'],
    },
    'z-test': {
        measures: 'p-value',
        types: ['numerical', 'categorical'],
        azureName: 'z_test',
        title: 'two-proportion z-test p-value',
        options: [],
    },
};
/** Other spellings accepted in `metrics` and `thresholds`: Azure ML's and Evidently's names. */
const METRIC_ALIASES = {
    jensen_shannon_distance: 'jensen-shannon',
    jensenshannon: 'jensen-shannon',
    js: 'jensen-shannon',
    population_stability_index: 'psi',
    normalized_wasserstein_distance: 'wasserstein',
    wasserstein_distance: 'wasserstein',
    two_sample_kolmogorov_smirnov_test: 'ks',
    'kolmogorov-smirnov': 'ks',
    pearsons_chi_squared_test: 'chi-squared',
    chisquare: 'chi-squared',
    chi2: 'chi-squared',
    z: 'z-test',
};
function metricNamed(name) {
    return METRIC_NAMES.includes(name) ? name : METRIC_ALIASES[name];
}
const AZUREML_THRESHOLDS = {
    wasserstein: 0.1,
    'jensen-shannon': 0.1,
    psi: 0.1,
    ks: 0.05,
    'chi-squared': 0.05,
    'z-test': 0.05,
};
const AZUREML = {
    name: 'azureml',
    dropIncompleteRows: true,
    defaults(metric) {
        switch (metric) {
            case 'jensen-shannon':
                return { metric, binning: 'azureml', base: 2 };
            case 'psi':
                return { metric, binning: 'azureml', smoothing: 'laplace' };
            case 'wasserstein':
                return { metric, ddof: 1 };
            case 'ks':
                return { metric, method: 'auto' };
            case 'chi-squared':
                return { metric, test: 'goodness-of-fit' };
            case 'z-test':
                return { metric };
        }
    },
    defaultThreshold: (metric) => AZUREML_THRESHOLDS[metric],
    comparison: (metric) => (METRICS[metric].measures === 'p-value' ? '<' : '>'),
    defaultMetric: ({ type }) => type === 'numerical'
        ? { metric: 'wasserstein', reason: 'Azure ML default for numerical features' }
        : { metric: 'jensen-shannon', reason: 'Azure ML default for categorical features' },
};
const EVIDENTLY_THRESHOLDS = {
    wasserstein: 0.1,
    'jensen-shannon': 0.1,
    psi: 0.1,
    ks: 0.05,
    'chi-squared': 0.05,
    'z-test': 0.05,
};
const EVIDENTLY = {
    name: 'evidently',
    dropIncompleteRows: false,
    defaults(metric) {
        switch (metric) {
            case 'jensen-shannon':
                return { metric, binning: 'evidently', base: 'e' };
            case 'psi':
                return { metric, binning: 'evidently', smoothing: 'fill' };
            case 'wasserstein':
                return { metric, ddof: 0 };
            case 'ks':
                return { metric, method: 'auto' };
            case 'chi-squared':
                return { metric, test: 'goodness-of-fit' };
            case 'z-test':
                return { metric };
        }
    },
    defaultThreshold: (metric) => EVIDENTLY_THRESHOLDS[metric],
    comparison: (metric) => (metric === 'ks' ? '<=' : METRICS[metric].measures === 'p-value' ? '<' : '>='),
    // evidently/calculations/stattests/registry.py `_get_default_stattest`.
    defaultMetric({ type, referenceSize, distinctUnion }) {
        const sizes = `reference of ${referenceSize} values, ${distinctUnion > 20 ? 'more than 20' : distinctUnion} distinct values in both`;
        if (referenceSize <= 1000) {
            if (type === 'numerical' && distinctUnion > 5) {
                return {
                    metric: 'ks',
                    reason: `Evidently: numerical, reference ≤ 1000 values, more than 5 distinct (${sizes})`,
                };
            }
            return distinctUnion > 2
                ? {
                    metric: 'chi-squared',
                    reason: `Evidently: reference ≤ 1000 values, ${type === 'numerical' ? 'at most 5' : 'more than 2'} distinct (${sizes})`,
                }
                : { metric: 'z-test', reason: `Evidently: reference ≤ 1000 values, at most 2 distinct (${sizes})` };
        }
        if (type === 'numerical' && distinctUnion > 5) {
            return {
                metric: 'wasserstein',
                reason: `Evidently: numerical, reference > 1000 values, more than 5 distinct (${sizes})`,
            };
        }
        return {
            metric: 'jensen-shannon',
            reason: `Evidently: reference > 1000 values, ${type === 'numerical' ? 'at most 5 distinct' : 'categorical'} (${sizes})`,
        };
    },
};
const PRESETS = { azureml: AZUREML, evidently: EVIDENTLY };
/** True when `value` breaches `threshold` under the comparison. */
function breaches(value, threshold, comparison) {
    switch (comparison) {
        case '>':
            return value > threshold;
        case '>=':
            return value >= threshold;
        case '<':
            return value < threshold;
        case '<=':
            return value <= threshold;
    }
}


/***/ }),

/***/ 362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ retryAfterFromHeaders),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony exports POLL_DEFAULTS, pollUntil, backoffDelay, abortableSleep, parseRetryAfter */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8382);
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
            throw new TimeoutError(`Timed out after ${elapsed} waiting for ${describe}; last status: ${result.status}${cancellation}`);
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
        logger.warning(`Could not cancel ${describe} after the deadline: ${formatErrorDetails(describeError(error))}`);
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
