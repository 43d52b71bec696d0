export const id = 469;
export const ids = [469];
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

/***/ 469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prepareGate: () => (/* binding */ prepareGate)
});

// EXTERNAL MODULE: ./src/shared/azure/azure-inputs.ts + 1 modules
var azure_inputs = __webpack_require__(7214);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts
var encoding = __webpack_require__(5198);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/chain.ts
/**
 * A receipt carries the receipts it was built on (`upstream`: the receipt and its digest). Before a consumer relies on
 * anything inside, the chain must be the one the actions wrote: every upstream digest is the digest of the receipt
 * next to it (a receipt edited by hand after it was written no longer matches), and every receipt of the chain is
 * of the same environment and subscription. This catches an altered chain; whether its claims still hold is for the
 * live checks (aml-verification.ts, adf-verification.ts).
 */



function upstreamOf(receipt) {
    return 'upstream' in receipt ? receipt.upstream : undefined;
}
/** Throws a ConfigurationError on `input` naming the first link that does not hold. */
function checkReceiptChain(receipt, input) {
    const producer = schemas/* RECEIPT_PRODUCERS */.xn[receipt.kind];
    let current = receipt;
    for (let link = upstreamOf(current); link; current = link.receipt, link = upstreamOf(current)) {
        const inner = link.receipt;
        const innerProducer = schemas/* RECEIPT_PRODUCERS */.xn[inner.kind];
        const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input '${input}': the receipt of ${innerProducer} inside the receipt of ${schemas/* RECEIPT_PRODUCERS */.xn[current.kind]} ${reason}. Pass the 'receipt' output of ${producer} unchanged; if it was, run the release flow again from ${innerProducer}.`, { input });
        if ((0,encoding/* receiptDigest */.fw)(inner) !== link.digest) {
            throw refuse('does not match its digest: it was changed after it was written');
        }
        if (inner.environment !== receipt.environment) {
            throw refuse(`is for environment '${inner.environment}', not '${receipt.environment}'`);
        }
        if (inner.subscription !== undefined && inner.subscription !== receipt.subscription) {
            throw refuse(`is for subscription '${inner.subscription}', not '${receipt.subscription}'`);
        }
    }
}

;// CONCATENATED MODULE: ./src/shared/receipts/consistency.ts
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

// EXTERNAL MODULE: ./src/shared/receipts/receipt-input.ts
var receipt_input = __webpack_require__(2406);
;// CONCATENATED MODULE: ./src/shared/receipts/parse.ts
/**
 * Reading a receipt an action requires: the input field that takes it (it knows the receipt's kind), and the parse
 * that checks it is a receipt of that kind, of this version, environment and subscription, that every receipt inside
 * it is of the same environment and subscription with its digest intact (chain.ts), and that it agrees with itself
 * (consistency.ts: names and versions match the ids they come from). Nothing here talks to
 * Azure: an action that writes then checks the receipt's claims against live state (aml-verification.ts,
 * adf-verification.ts) before its first write.
 */






function parseReceiptInput(field, raw, scope) {
    if (raw === undefined && !field.required)
        return undefined;
    return parseReceipt(raw, { ...scope, kind: field.receiptKind, input: field.name });
}
/**
 * Parses and checks a receipt. Every refusal names the input and the action that must run first. Actions read their
 * receipt inputs through parseReceiptInput; this is the parse itself, for anything that holds a receipt's text.
 */
function parseReceipt(raw, expect) {
    const producer = receipt_input/* RECEIPT_PRODUCERS */.xn[expect.kind];
    const refuse = (reason) => new errors/* ConfigurationError */.j1(`Input '${expect.input}' ${reason}: ${(0,receipt_input/* runFirst */.gx)(expect.kind)}.`, {
        input: expect.input,
    });
    if (raw === undefined || raw.trim() === '')
        throw refuse(`is empty; it needs the receipt of ${producer}`);
    let value;
    try {
        value = JSON.parse(raw);
    }
    catch {
        throw refuse(`is not a receipt (not JSON); it needs the receipt of ${producer}`);
    }
    const record = (value && typeof value === 'object' ? value : {});
    if (typeof record.kind === 'string' && record.kind !== expect.kind && record.kind in receipt_input/* RECEIPT_PRODUCERS */.xn) {
        const other = receipt_input/* RECEIPT_PRODUCERS */.xn[record.kind];
        throw refuse(`holds the receipt of ${other}, not of ${producer}`);
    }
    if (record.kind !== expect.kind)
        throw refuse(`is not a receipt of ${producer}`);
    if (typeof record.v === 'number' && record.v > schemas/* RECEIPT_VERSION */.y4) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a version ${record.v} receipt, written by a newer ${producer}; use a release of this action that reads it.`, { input: expect.input });
    }
    const parsed = schemas/* RECEIPT_SCHEMAS */.g5[expect.kind].safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue.path.length ? issue.path.join('.') : 'the receipt';
        throw refuse(`is not a valid receipt of ${producer} (${at}: ${issue.message}); it may have been edited or truncated`);
    }
    const receipt = parsed.data;
    if (receipt.environment !== expect.environment) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' is the receipt of ${producer} for environment '${receipt.environment}', but this step works on '${expect.environment}': run ${producer} for '${expect.environment}' first and pass that receipt.`, { input: expect.input });
    }
    if (expect.subscription !== undefined && receipt.subscription !== expect.subscription) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' is the receipt of ${producer} in subscription '${receipt.subscription}', but this step works in '${expect.subscription}': pass the receipt of the same environment's deployment.`, { input: expect.input });
    }
    // The receipts inside are held to the same environment and subscription as this one, hence as this step.
    checkReceiptChain(receipt, expect.input);
    const inconsistencies = receiptInconsistencies(receipt);
    if (inconsistencies.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a receipt of ${producer} that disagrees with itself, so it was edited after it was written: ${inconsistencies.join('; ')}. Pass the 'receipt' output of ${producer} unchanged; if it was, run ${producer} again.`, { input: expect.input });
    }
    return receipt;
}

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
// EXTERNAL MODULE: ./src/shared/files.ts
var files = __webpack_require__(8590);
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
            const { size } = await (0,promises_.stat)(path);
            sources.push(localSource(path, label, formatOf(label, options.format, side), size));
        }
    }
    for (const url of urls)
        sources.push(...(await blobSources(url, options)));
    return sources;
}
function localSource(path, label, kind, byteLength) {
    return {
        label,
        ...kind,
        byteLength,
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
    const { BlobServiceClient } = await Promise.all(/* import() */[__webpack_require__.e(869), __webpack_require__.e(738), __webpack_require__.e(658)]).then(__webpack_require__.bind(__webpack_require__, 5658));
    const service = sas
        ? new BlobServiceClient(`${location.accountUrl}${location.query}`)
        : new BlobServiceClient(location.accountUrl, await options.credential());
    const container = service.getContainerClient(location.container);
    const labelOf = (blob) => `${location.accountUrl}/${location.container}/${blob.split('/').map(encodeURIComponent).join('/')}`;
    let names;
    /** Sizes from the listing, so the memory budget can be shared by the sides' sizes. */
    const sizes = new Map();
    if (GLOB_CHARACTERS.test(location.blobPath)) {
        const prefix = location.blobPath.slice(0, location.blobPath.search(GLOB_CHARACTERS));
        const matcher = blobGlob(location.blobPath);
        names = [];
        try {
            for await (const blob of container.listBlobsFlat({ prefix })) {
                if (!matcher.test(blob.name))
                    continue;
                names.push(blob.name);
                if (blob.properties.contentLength !== undefined)
                    sizes.set(blob.name, blob.properties.contentLength);
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
        const byteLength = sizes.get(name);
        return {
            label,
            ...kind,
            ...(byteLength === undefined ? {} : { byteLength }),
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

// EXTERNAL MODULE: ./src/check-drift-gate/readers/text-encoding.ts
var text_encoding = __webpack_require__(9786);
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
    const amlReceipt = parseReceiptInput(definition/* definition */.m.inputs.amlReceipt, inputs.amlReceipt, {
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
        memoryBudget: inputs.memoryBudget,
        minSampleSize: inputs.minSampleSize,
        csvDelimiter: csvDelimiter(inputs.csvDelimiter),
        encoding: (0,text_encoding/* textEncoding */.N5)(inputs.encoding),
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

/***/ 2586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
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


/***/ }),

/***/ 5198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fw: () => (/* binding */ receiptDigest),
/* harmony export */   vX: () => (/* binding */ encodeReceipt)
/* harmony export */ });
/* unused harmony export upstream */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2586);
/**
 * A receipt's one encoding (canonical JSON: the `receipt` output) and its digest, by which the next receipt names it
 * as its `upstream`.
 */


function encodeReceipt(receipt) {
    return (0,_canonical_json_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalJson */ .d)(receipt);
}
function receiptDigest(receipt) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
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
