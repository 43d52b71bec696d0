export const id = 897;
export const ids = [897];
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

/***/ 7897:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishOutcomes: () => (/* binding */ publishOutcomes)
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
    return createHash('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function encoding_upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}

// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts + 19 modules
var schemas = __webpack_require__(6254);
;// CONCATENATED MODULE: ./src/shared/receipts/builders.ts
/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action. (run-integration-score emits no receipt yet, so the integration receipt has
 * no builder.)
 */


function common(facts) {
    return {
        v: RECEIPT_VERSION,
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
/** check-drift-gate: the verdict, the drifted features, the model and the report's digest. */
function buildDriftReceipt(facts) {
    const aml = facts.amlReceipt;
    return checked('drift', {
        v: schemas/* RECEIPT_VERSION */.y4,
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

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/check-drift-gate/app-insights.ts
var app_insights = __webpack_require__(6803);
;// CONCATENATED MODULE: ./src/check-drift-gate/dispatch.ts
/**
 * On dataset drift with `on-drift: dispatch`: a `repository_dispatch` event that starts the retraining workflow
 * (`on: repository_dispatch: types: [<dispatch-event-type>]`). Sent through `@actions/github`, which is imported only
 * here and only when an event is sent: it is the heaviest module on this action's common path. Its Octokit talks to
 * `GITHUB_API_URL` (GitHub Enterprise Server, or a local stand-in in tests) and defaults to https://api.github.com.
 *
 * The event needs a token that may write the target repository's contents (`permissions: contents: write` for the
 * job's GITHUB_TOKEN). GitHub caps `client_payload` at 10 top-level properties, so the payload has at most 10.
 */

/** What the retraining workflow receives as `github.event.client_payload` (10 properties at most). */
function dispatchPayload(result, context) {
    const drifted = result.features.filter((feature) => feature.drifted);
    const metrics = {};
    for (const feature of drifted.slice(0, 50)) {
        metrics[feature.name] = feature.metrics
            .filter((metric) => metric.drifted)
            .map((metric) => ({
            metric: metric.metric,
            value: Number.isFinite(metric.value) ? metric.value : String(metric.value),
            threshold: metric.threshold,
        }));
    }
    return {
        model: context.model,
        model_version: context.modelVersion,
        environment: context.environment,
        drifted_features: result.driftedFeatures,
        drift_share: result.driftShare,
        summary: `${result.driftedFeatures.length} of ${result.features.length} features drifted (share ${result.driftShare.toFixed(3)} ≥ ${result.driftShareThreshold}), preset ${result.preset}`,
        metrics,
        preset: result.preset,
        run_url: context.runUrl,
        report_digest: context.reportDigest,
    };
}
async function sendDispatch(request) {
    const [owner, repo] = request.repository.split('/');
    const sleep = request.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(request.token);
    for (let attempt = 1;; attempt++) {
        try {
            await octokit.rest.repos.createDispatchEvent({
                owner,
                repo,
                event_type: request.eventType,
                client_payload: request.payload,
            });
            return;
        }
        catch (error) {
            const status = error.status;
            if (status === 403 || status === 404 || status === 401) {
                throw new errors/* ConfigurationError */.j1(`Cannot send the repository_dispatch event to ${request.repository} (${status}): the token needs to write that repository's contents; give the job \`permissions: contents: write\`, or for another repository pass a github-token that may write there.`, { input: 'github-token', cause: error });
            }
            if (status === 422) {
                throw new Error(`GitHub refused the repository_dispatch event (422): ${(0,errors/* describeError */.Uc)(error).message}`, {
                    cause: error,
                });
            }
            if (attempt >= 3) {
                throw new Error(`Could not send the repository_dispatch event to ${request.repository}: ${(0,errors/* describeError */.Uc)(error).message}`, {
                    cause: error,
                });
            }
            request.logger.info(`repository_dispatch failed (${status ?? 'network'}); trying again in ${attempt * 2} s`);
            await sleep(attempt * 2000);
        }
    }
}

;// CONCATENATED MODULE: ./src/check-drift-gate/notify.ts
/**
 * What the gate tells others once it has measured: its metrics, to Application Insights, whatever the verdict; and
 * on dataset drift with `on-drift: dispatch`, a repository_dispatch event that starts retraining. A dry run sends
 * neither. Each returns the lines the job summary shows. Metrics that Application Insights refuses are reported,
 * never thrown: whether they fail the step is the verdict's call (fail-on-metrics-error).
 */



async function sendMetrics(result, delivery) {
    const { connection, logger } = delivery;
    if (connection === undefined)
        return {
            lines: ['No metrics sent: app-insights-connection-string is not set.'],
            accepted: 0,
            failure: undefined,
        };
    if (delivery.dryRun)
        return { lines: ['No metrics sent: dry run.'], accepted: 0, failure: undefined };
    const envelopes = (0,app_insights/* buildEnvelopes */.WQ)(result, delivery.dimensions, connection.instrumentationKey, new Date(delivery.clock()));
    const outcome = await logger.group('Sending metrics to Application Insights', () => (0,app_insights/* sendEnvelopes */.cv)(envelopes, {
        endpoint: connection.ingestionEndpoint,
        logger,
        userAgent: delivery.userAgent,
        clock: delivery.clock,
        ...(delivery.signal ? { signal: delivery.signal } : {}),
    }).catch((error) => ({
        sent: envelopes.length,
        accepted: 0,
        failed: envelopes.length,
        requests: 0,
        retries: 0,
        errors: [(0,errors/* describeError */.Uc)(error).message],
    })));
    const lines = [
        `Application Insights accepted ${outcome.accepted} of ${outcome.sent} metric values (${outcome.requests} requests, ${outcome.retries} retries).`,
    ];
    let failure;
    if (outcome.failed > 0) {
        failure = `Application Insights did not accept ${outcome.failed} of ${outcome.sent} metric values: ${outcome.errors.slice(0, 3).join('; ')}`;
        lines.push(failure);
        logger.warning(failure);
    }
    return { lines, accepted: outcome.accepted, failure };
}
/** Sends the event on dataset drift when on-drift is dispatch; returns the summary's lines about it. */
async function dispatchRetraining(result, dispatch) {
    const { target, logger } = dispatch;
    if (!result.drifted || target === undefined)
        return [];
    if (dispatch.dryRun)
        return [`Dry run: the ${target.eventType} event to ${target.repository} was not sent.`];
    await logger.group('Dispatching retraining', () => sendDispatch({
        repository: target.repository,
        eventType: target.eventType,
        token: target.token,
        payload: dispatchPayload(result, dispatch.context),
        logger,
    }));
    logger.info(`Sent the repository_dispatch event '${target.eventType}' to ${target.repository}`);
    return [`Sent the repository_dispatch event '${target.eventType}' to ${target.repository}.`];
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

;// CONCATENATED MODULE: ./src/check-drift-gate/report.ts
/**
 * The JSON drift report (the `report` output names its file): everything the gate decided and why, per feature and
 * metric, in a form a later job can read. Numbers JSON cannot hold (an infinite PSI, an undefined test) are written as
 * the strings "Infinity", "-Infinity" and "NaN". Its digest goes into the `drift` receipt.
 */



const REPORT_VERSION = 1;
/** Replaces non-finite numbers by their names, at any depth. */
function jsonSafe(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : String(value);
    if (Array.isArray(value))
        return value.map(jsonSafe);
    if (value instanceof Map)
        return Object.fromEntries([...value].map(([k, v]) => [k, jsonSafe(v)]));
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value)
            .filter(([, inner]) => inner !== undefined)
            .map(([key, inner]) => [key, jsonSafe(inner)]));
    }
    return value;
}
function buildReport(result, context) {
    return jsonSafe({
        version: REPORT_VERSION,
        action: context.action,
        environment: context.environment,
        model: context.model,
        run: context.run,
        time: context.time,
        preset: result.preset,
        exactLimit: result.exactLimit,
        verdict: {
            drifted: result.drifted,
            driftShare: result.driftShare,
            driftShareThreshold: result.driftShareThreshold,
            driftedFeatures: result.driftedFeatures,
            compared: result.features.length,
            onDrift: context.onDrift,
            dryRun: context.dryRun,
        },
        data: result.sides,
        features: result.features.map((feature) => ({
            name: feature.name,
            type: feature.type,
            typeDecision: feature.decision,
            drifted: feature.drifted,
            values: feature.values,
            missing: feature.missing,
            metrics: feature.metrics.map((metric) => ({
                metric: metric.metric,
                value: metric.value,
                threshold: metric.threshold,
                comparison: metric.comparison,
                drifted: metric.drifted,
                thresholdSource: metric.thresholdSource,
                chosenBy: metric.reason,
                options: metric.spec,
                details: metric.details,
                notes: metric.notes,
            })),
            sketch: feature.sketch,
            histogram: feature.picture,
        })),
        skipped: result.skipped,
    });
}
function reportDigest(report) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalJson(report)).digest('hex');
}
/** Writes the report under `$RUNNER_TEMP/check-drift-gate/`, redacted like every output; returns its path. */
async function writeReport(report, env, environment, redact) {
    const stamp = String(report.time ?? '').replace(/[^0-9TZ]/g, '');
    const name = `drift-report-${environment}-${stamp}`;
    return writeOutputFile({ env, action: 'check-drift-gate', name, document: report, redact });
}

// EXTERNAL MODULE: ./src/shared/summary.ts
var shared_summary = __webpack_require__(6929);
// EXTERNAL MODULE: ./src/check-drift-gate/picture.ts
var picture = __webpack_require__(9980);
// EXTERNAL MODULE: ./src/check-drift-gate/presets.ts
var presets = __webpack_require__(4458);
// EXTERNAL MODULE: ./src/check-drift-gate/sketch.ts
var sketch = __webpack_require__(4748);
;// CONCATENATED MODULE: ./src/check-drift-gate/summary.ts
/**
 * The drift gate's job summary: the verdict, a table per feature and metric (type, metric, value, threshold,
 * drifted, missing share), a picture of each drifted feature, what was skipped and why. Every value from the data or
 * the user (feature names, categories, file names) is escaped by the SummaryBuilder.
 */




const MAX_PICTURES = 10;
function formatValue(value) {
    if (Number.isNaN(value))
        return 'undefined';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '−∞';
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude < 1e-4 || magnitude >= 1e6)
        return value.toExponential(3);
    return Number(value.toPrecision(4)).toString();
}
function percent(share) {
    if (share === 0)
        return '0 %';
    return share < 0.001 ? '< 0.1 %' : `${(share * 100).toFixed(1)} %`;
}
function metricLabel(metric) {
    const options = [];
    const { spec } = metric;
    if (spec.metric === 'jensen-shannon')
        options.push(spec.base === 'e' ? 'ln' : 'base 2');
    if (spec.metric === 'wasserstein')
        options.push(`ddof ${spec.ddof ?? 1}`);
    if (spec.metric === 'psi' && spec.smoothing)
        options.push(spec.smoothing);
    if (spec.metric === 'chi-squared' && spec.test === 'contingency')
        options.push('contingency');
    if (spec.metric === 'ks' && typeof metric.details.method === 'string')
        options.push(metric.details.method);
    return `${presets/* METRICS */.Cb[metric.metric].title}${options.length ? ` (${options.join(', ')})` : ''}`;
}
function writeDriftSummary(summary, result, extras) {
    const verdict = result.drifted ? 'dataset drift' : 'no dataset drift';
    summary.heading(`Drift gate (${extras.environment}): ${verdict}`, 2);
    summary.paragraph((0,shared_summary/* html */.qy) `${result.driftedFeatures.length} of ${result.features.length} compared features drifted (share ${formatValue(result.driftShare)}, dataset drift at ${formatValue(result.driftShareThreshold)} or more); preset <code>${result.preset}</code>${extras.model ? (0,shared_summary/* html */.qy) `; model <code>${extras.model}</code>` : ''}; on drift: <code>${extras.onDrift}</code>${extras.dryRun ? ' (dry run: no metrics sent, nothing dispatched)' : ''}.`);
    const { reference, current } = result.sides;
    summary.paragraph((0,shared_summary/* html */.qy) `Reference: ${reference.rows} rows from ${reference.files.length} file(s)${reference.droppedRows ? `, ${reference.droppedRows} dropped for a missing value` : ''}. Current: ${current.rows} rows from ${current.files.length} file(s)${current.droppedRows ? `, ${current.droppedRows} dropped for a missing value` : ''}.`);
    const rows = result.features.flatMap((feature) => feature.metrics.map((metric, index) => [
        index === 0 ? (0,shared_summary/* code */.aY)(feature.name) : '',
        index === 0 ? feature.type : '',
        metricLabel(metric),
        formatValue(metric.value),
        `${metric.comparison} ${formatValue(metric.threshold)}`,
        metric.drifted ? '🔴 yes' : 'no',
        index === 0
            ? `${percent(feature.missing.reference.share)} / ${percent(feature.missing.current.share)}`
            : '',
    ]));
    summary.table(['feature', 'type', 'metric', 'value', 'drift when', 'drifted', 'missing (ref / cur)'], rows);
    const drifted = result.features.filter((feature) => feature.drifted);
    if (drifted.length > 0) {
        summary.heading('Drifted features', 3);
        const legend = `<span style="color:${picture/* REFERENCE_COLOUR */.hz}">■</span> reference <span style="color:${picture/* CURRENT_COLOUR */.BB}">■</span> current`;
        summary.paragraph(new shared_summary/* Markup */.VK(legend));
        for (const feature of drifted.slice(0, MAX_PICTURES))
            summary_picture(summary, feature);
        if (drifted.length > MAX_PICTURES) {
            summary.paragraph(`${drifted.length - MAX_PICTURES} more drifted features: see the report file.`);
        }
    }
    if (result.skipped.length > 0) {
        summary.heading('Not compared', 3);
        summary.list(result.skipped.map(({ name, reason }) => (0,shared_summary/* html */.qy) `<code>${name}</code>: ${reason}`));
    }
    const notes = result.features.flatMap((feature) => [
        ...feature.metrics.flatMap((metric) => metric.notes.map((note) => (0,shared_summary/* html */.qy) `<code>${feature.name}</code> ${metric.metric}: ${note}`)),
        (0,shared_summary/* html */.qy) `<code>${feature.name}</code>: ${feature.type} (${feature.decision.reason})`,
    ]);
    const sketched = result.features.filter((feature) => feature.sketch);
    for (const feature of sketched) {
        const bounds = [feature.sketch?.reference, feature.sketch?.current]
            .map((side, i) => side
            ? `${i === 0 ? 'reference' : 'current'} ±${(0,sketch/* formatBound */.Sp)(side.cdfErrorBound)} of ${side.count} values`
            : undefined)
            .filter(Boolean)
            .join(', ');
        notes.push((0,shared_summary/* html */.qy) `<code>${feature.name}</code>: beyond exact-limit ${result.exactLimit}, quantile sketch CDF error bound ${bounds}`);
    }
    summary.details('How each feature was typed and measured', notes.map((note) => stripTags(note.html)).join('\n'));
    if (extras.outcomes.length > 0)
        summary.list(extras.outcomes);
    summary.paragraph((0,shared_summary/* html */.qy) `Report: <code>${extras.reportPath}</code>`);
}
function summary_picture(summary, feature) {
    const metric = feature.metrics.find((m) => m.drifted) ?? feature.metrics[0];
    const title = `${feature.name}: ${metric.metric} ${formatValue(metric.value)}${feature.picture.note ? ` (${feature.picture.note})` : ''}`;
    const svg = (0,picture/* histogramSvg */.Pj)(title, feature.picture);
    const peak = Math.max(1e-12, ...feature.picture.reference, ...feature.picture.current);
    const alt = `${feature.name}: reference vs current distribution`;
    summary.paragraph(new shared_summary/* Markup */.VK(`<img src="${(0,picture/* svgDataUri */.r$)(svg)}" alt="${(0,shared_summary/* escapeFor */.Zw)('heading', alt)}" width="360" height="120"><br>` +
        `<code>ref ${(0,shared_summary/* escapeFor */.Zw)('code', (0,picture/* sparkline */.KM)(feature.picture.reference, peak))}</code><br>` +
        `<code>cur ${(0,shared_summary/* escapeFor */.Zw)('code', (0,picture/* sparkline */.KM)(feature.picture.current, peak))}</code>`));
}
/** The details block is shown verbatim (a fenced block): plain text, with entities turned back. */
function stripTags(markup) {
    return markup
        .replace(/<[^>]+>/g, '')
        .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
        .replace(/&(lt|gt|amp|quot);/g, (_, name) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[name]);
}

;// CONCATENATED MODULE: ./src/check-drift-gate/outcomes.ts






async function publishOutcomes(result, prepared, context) {
    const { inputs, logger, clock } = context;
    const { modelName, modelVersion } = prepared;
    const run = runInfoFromEnvironment(context.env);
    const now = clock();
    const model = modelName === undefined ? undefined : { name: modelName, version: modelVersion ?? '' };
    const report = buildReport(result, {
        action: context.action,
        environment: inputs.environment,
        model,
        run,
        time: new Date(now).toISOString(),
        onDrift: inputs.onDrift,
        dryRun: inputs.dryRun,
    });
    const digest = reportDigest(report);
    const reportPath = await writeReport(report, context.env, inputs.environment, (text) => context.masker.redact(text));
    const metrics = await sendMetrics(result, {
        connection: prepared.appInsights,
        dryRun: inputs.dryRun,
        dimensions: {
            model: modelName ?? '',
            version: modelVersion ?? '',
            environment: inputs.environment,
            runUrl: run.url ?? '',
            preset: result.preset,
            runId: run.runId,
        },
        userAgent: `${context.action.name}/${context.action.version}`,
        logger,
        clock,
        signal: context.signal,
    });
    const dispatched = await dispatchRetraining(result, {
        target: prepared.dispatch,
        dryRun: inputs.dryRun,
        context: {
            model: modelName ?? '',
            modelVersion: modelVersion ?? '',
            environment: inputs.environment,
            runUrl: run.url ?? '',
            reportDigest: digest,
        },
        logger,
    });
    writeDriftSummary(context.summary, result, {
        environment: inputs.environment,
        model: model ? `${model.name}${model.version ? `:${model.version}` : ''}` : undefined,
        onDrift: inputs.onDrift,
        dryRun: inputs.dryRun,
        reportPath,
        outcomes: [...metrics.lines, ...dispatched],
    });
    const receipt = buildDriftReceipt({
        environment: inputs.environment,
        ...(prepared.amlReceipt ? { amlReceipt: prepared.amlReceipt } : {}),
        run,
        time: now,
        drifted: result.drifted,
        driftShare: result.driftShare,
        driftedFeatures: result.driftedFeatures,
        ...(model ? { model } : {}),
        reportDigest: digest,
    });
    return {
        reportPath,
        metricsSent: metrics.accepted,
        metricsFailure: metrics.failure,
        receipt: encodeReceipt(receipt),
    };
}


/***/ })

};
