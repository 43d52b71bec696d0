export const id = 821;
export const ids = [821];
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

/***/ 6821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishOutcomes: () => (/* binding */ publishOutcomes)
});

// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts
var encoding = __webpack_require__(5198);
// EXTERNAL MODULE: ./src/shared/receipts/schemas.ts
var schemas = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/shared/receipts/builders.ts
/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action.
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
// EXTERNAL MODULE: ./src/check-drift-gate/picture.ts
var picture = __webpack_require__(9980);
// EXTERNAL MODULE: ./src/shared/summary.ts
var shared_summary = __webpack_require__(6929);
// EXTERNAL MODULE: ./src/check-drift-gate/presets.ts
var presets = __webpack_require__(4458);
;// CONCATENATED MODULE: ./src/check-drift-gate/drift-chart.ts

/** Features per chart: beyond this the bars are unreadable; the most drifted are kept. */
const MAX_CHART_FEATURES = 30;
/** −log10 p is drawn up to this (p = 1e-30); smaller p-values are drawn at the cap. */
const MAX_LOG_SCORE = 30;
const MAX_LABEL = 40;
const ENTITIES = {
    '#': '#35;',
    '"': '#quot;',
    '`': '#96;',
    '%': '#37;',
    '<': '#lt;',
    '>': '#gt;',
    '&': '#amp;',
};
/** A label as a quoted Mermaid string that nothing in it can end or turn into syntax. */
function mermaidLabel(text, maxLength = MAX_LABEL) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters and line breaks are what it removes
    const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
    const cut = [...line].length > maxLength ? `${[...line].slice(0, maxLength - 1).join('')}…` : line;
    return `"${cut.replace(/[#"`%<>&]/g, (char) => ENTITIES[char])}"`;
}
/** A number as the grammar reads it: plain decimals, no exponent. */
function mermaidNumber(value) {
    if (!Number.isFinite(value) || value === 0)
        return '0';
    const magnitude = Math.abs(value);
    const digits = magnitude >= 1 ? 4 : Math.min(12, Math.max(4, 3 - Math.floor(Math.log10(magnitude))));
    const text = value.toFixed(digits).replace(/\.?0+$/, '');
    return text === '-0' || text === '' ? '0' : text;
}
/** How far a metric is past its threshold, to keep the most drifted features when there are too many. */
function severity(metric) {
    const { value, threshold } = metric;
    if (Number.isNaN(value))
        return Number.NEGATIVE_INFINITY;
    return presets/* METRICS */.Cb[metric.metric].measures === 'p-value'
        ? threshold / Math.max(value, Number.MIN_VALUE)
        : value / Math.max(threshold, Number.MIN_VALUE);
}
/** One chart per metric measured, in the order the metrics first appear. */
function driftCharts(features) {
    const byMetric = new Map();
    for (const feature of features) {
        for (const metric of feature.metrics) {
            const entries = byMetric.get(metric.metric) ?? [];
            entries.push({ feature: feature.name, metric });
            byMetric.set(metric.metric, entries);
        }
    }
    return [...byMetric].map(([metric, entries]) => chart(metric, entries));
}
function chart(metric, entries) {
    const notes = [];
    let shown = entries;
    if (entries.length > MAX_CHART_FEATURES) {
        const kept = new Set([...entries].sort((a, b) => severity(b.metric) - severity(a.metric)).slice(0, MAX_CHART_FEATURES));
        shown = entries.filter((entry) => kept.has(entry));
        notes.push(`${MAX_CHART_FEATURES} of ${entries.length} features shown, the furthest past their thresholds`);
    }
    const info = presets/* METRICS */.Cb[metric];
    const pValue = info.measures === 'p-value';
    // Drift above the line in every chart: p-values as −log10 p.
    const score = (value) => pValue ? Math.min(MAX_LOG_SCORE, -Math.log10(Math.max(value, 10 ** -MAX_LOG_SCORE))) : value;
    const thresholds = shown.map((entry) => score(entry.metric.threshold));
    const finite = shown.map((entry) => score(entry.metric.value)).filter(Number.isFinite);
    const top = Math.max(...finite, ...thresholds, 0) * 1.25 || 1;
    const values = shown.map(({ metric: result }) => {
        if (Number.isNaN(result.value))
            return 0;
        const value = score(result.value);
        return Number.isFinite(value) ? value : top;
    });
    const infinite = shown.filter((entry) => entry.metric.value === Number.POSITIVE_INFINITY);
    if (infinite.length > 0)
        notes.push(`∞ drawn at the top of the axis: ${infinite.map((e) => e.feature).join(', ')}`);
    const capped = pValue ? shown.filter((entry) => entry.metric.value < 10 ** -MAX_LOG_SCORE) : [];
    if (capped.length > 0)
        notes.push(`p below 1e-${MAX_LOG_SCORE}, drawn at ${MAX_LOG_SCORE}: ${capped.map((e) => e.feature).join(', ')}`);
    const undefinedValues = shown.filter((entry) => Number.isNaN(entry.metric.value));
    if (undefinedValues.length > 0)
        notes.push(`undefined, drawn as 0: ${undefinedValues.map((e) => e.feature).join(', ')}`);
    const comparison = shown[0].metric.comparison;
    const what = pValue ? `${info.title} as −log10 p` : info.title;
    const source = [
        'xychart-beta',
        `  title ${mermaidLabel(`${what}: bars per feature, threshold as a line (drift above it: ${pValue ? 'p' : 'value'} ${comparison} threshold)`, 160)}`,
        `  x-axis [${shown.map((entry) => mermaidLabel(entry.feature)).join(', ')}]`,
        `  y-axis ${mermaidLabel(pValue ? `${metric}, −log10 p` : metric)} 0 --> ${mermaidNumber(Math.max(top, ...values))}`,
        `  bar [${values.map(mermaidNumber).join(', ')}]`,
        `  line [${thresholds.map(mermaidNumber).join(', ')}]`,
    ].join('\n');
    return { metric, source, notes };
}

// EXTERNAL MODULE: ./src/check-drift-gate/gate.ts + 25 modules
var gate = __webpack_require__(4703);
// EXTERNAL MODULE: ./src/check-drift-gate/sketch.ts
var sketch = __webpack_require__(4748);
;// CONCATENATED MODULE: ./src/check-drift-gate/summary.ts
/**
 * The drift gate's job summary: the verdict, schema changes, a table per feature and metric (type, metric, value —
 * with its interval when it comes from a sketch —, threshold, drifted, missing share), a Mermaid chart per metric of
 * each feature's value against its threshold, text bars of each drifted feature's distributions, what had too little
 * data, what was not compared and why. Every value from the data or the user (feature names, categories, file
 * names) is escaped for its place by the SummaryBuilder (`code`, `html`); the charts quote and escape their labels.
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
/** The value as shown: exact, or `≈ v (exact in [low, high])` from a sketch. */
function shownValue(metric) {
    if (metric.exact)
        return formatValue(metric.value);
    const interval = metric.bound
        ? ` (exact in [${formatValue(metric.bound.low)}, ${formatValue(metric.bound.high)}])`
        : ' (no bound)';
    return `≈ ${formatValue(metric.value)}${interval}`;
}
function drifted(metric) {
    const mark = metric.drifted ? '🔴 yes' : 'no';
    return metric.decided ? mark : `${mark} (undecided within the bound)`;
}
function verdictWords(result) {
    if (result.insufficientData)
        return 'insufficient data';
    return result.drifted ? 'dataset drift' : 'no dataset drift';
}
function writeDriftSummary(summary, result, extras) {
    summary.heading(`Drift gate (${extras.environment}): ${verdictWords(result)}`, 2);
    summary.paragraph(result.insufficientData
        ? (0,shared_summary/* html */.qy) `No feature has ${result.minSampleSize} values or more on both sides (min-sample-size): the gate cannot tell drift from noise; preset ${(0,shared_summary/* code */.aY)(result.preset)}.`
        : (0,shared_summary/* html */.qy) `${result.driftedFeatures.length} of ${result.features.length} measured features drifted (share ${formatValue(result.driftShare)}, dataset drift at ${formatValue(result.driftShareThreshold)} or more); preset ${(0,shared_summary/* code */.aY)(result.preset)}${extras.model ? (0,shared_summary/* html */.qy) `; model ${(0,shared_summary/* code */.aY)(extras.model)}` : ''}; on drift: ${(0,shared_summary/* code */.aY)(extras.onDrift)}${extras.dryRun ? ' (dry run: no metrics sent, nothing dispatched)' : ''}.`);
    const { reference, current } = result.sides;
    summary.paragraph(`Reference: ${reference.rows} rows from ${reference.files.length} file(s)${reference.droppedRows ? `, ${reference.droppedRows} dropped for a missing value` : ''}. Current: ${current.rows} rows from ${current.files.length} file(s)${current.droppedRows ? `, ${current.droppedRows} dropped for a missing value` : ''}.`);
    if (result.schemaChanges.length > 0) {
        summary.heading('Schema change', 3);
        summary.paragraph((0,shared_summary/* html */.qy) `Columns on one side only are not compared; with ${(0,shared_summary/* code */.aY)(`on-schema-change: ${extras.onSchemaChange}`)} ${extras.onSchemaChange === 'fail' ? 'the step fails' : 'this is a warning'}.`);
        summary.list(result.schemaChanges.map((change) => (0,gate/* describeSchemaChange */.VP)(change)));
    }
    if (!result.exact) {
        summary.paragraph(`Figures marked ≈ were computed from quantile sketches: those features' values did not fit memory-budget (${(0,sketch/* formatBound */.S)(result.memoryBudget / 2 ** 20)} MiB). Each is shown with the interval that provably holds the exact value; see the README on how the bounds are derived.`);
    }
    const rows = result.features.flatMap((feature) => featureRows(feature));
    if (rows.length > 0) {
        summary.table(['feature', 'type', 'metric', 'value', 'drift when', 'drifted', 'missing (ref / cur)'], rows);
    }
    const charts = driftCharts(result.features);
    for (const chart of charts) {
        summary.diagram('mermaid', chart.source);
        if (chart.notes.length > 0)
            summary.paragraph(chart.notes.join('; '));
    }
    const drift = result.features.filter((feature) => feature.drifted && feature.picture.labels.length > 0);
    if (drift.length > 0) {
        summary.heading('Drifted features', 3);
        summary.paragraph((0,shared_summary/* html */.qy) `Reference and current distributions over the same bins, as text; the SVG pictures are in ${(0,shared_summary/* code */.aY)(extras.picturesPath)} (the ${(0,shared_summary/* code */.aY)('pictures')} output) for an artifact.`);
        for (const feature of drift.slice(0, MAX_PICTURES))
            textPicture(summary, feature);
        if (drift.length > MAX_PICTURES) {
            summary.paragraph(`${drift.length - MAX_PICTURES} more drifted features: see the report file.`);
        }
    }
    if (result.insufficient.length > 0) {
        summary.heading('Insufficient data', 3);
        summary.list(result.insufficient.map(({ name, values, minimum }) => (0,shared_summary/* html */.qy) `${(0,shared_summary/* code */.aY)(name)}: ${values.reference} reference and ${values.current} current values, fewer than ${minimum} (min-sample-size): not measured, not drift`));
    }
    if (result.skipped.length > 0) {
        summary.heading('Not compared', 3);
        summary.list(result.skipped.map(({ name, reason }) => (0,shared_summary/* html */.qy) `${(0,shared_summary/* code */.aY)(name)}: ${reason}`));
    }
    const notes = result.features.flatMap((feature) => [
        ...feature.metrics.flatMap((metric) => metric.notes.map((note) => `${feature.name} ${metric.metric}: ${note}`)),
        `${feature.name}: ${feature.type} (${feature.decision.reason})`,
    ]);
    for (const feature of result.features.filter((f) => f.sketch)) {
        const bounds = [feature.sketch?.reference, feature.sketch?.current]
            .map((side, i) => side
            ? `${i === 0 ? 'reference' : 'current'} ±${(0,sketch/* formatBound */.S)(side.cdfErrorBound)} of ${side.count} values (${side.retained} kept)`
            : undefined)
            .filter(Boolean)
            .join(', ');
        notes.push(`${feature.name}: beyond the memory budget, quantile sketch CDF error bound ${bounds}`);
    }
    // Plain text in a fenced block: shown verbatim, so names need no escaping there (the fence is guarded).
    summary.details('How each feature was typed and measured', notes.join('\n'));
    if (extras.outcomes.length > 0)
        summary.list(extras.outcomes);
    summary.paragraph((0,shared_summary/* html */.qy) `Report: ${(0,shared_summary/* code */.aY)(extras.reportPath)}`);
}
function featureRows(feature) {
    const missing = `${percent(feature.missing.reference.share)} / ${percent(feature.missing.current.share)}`;
    if (feature.finding) {
        return [
            [
                (0,shared_summary/* code */.aY)(feature.name),
                feature.type,
                'data quality',
                'every current value missing',
                '',
                '🔴 yes',
                missing,
            ],
        ];
    }
    return feature.metrics.map((metric, index) => [
        index === 0 ? (0,shared_summary/* code */.aY)(feature.name) : '',
        index === 0 ? feature.type : '',
        metricLabel(metric),
        shownValue(metric),
        `${metric.comparison} ${formatValue(metric.threshold)}`,
        drifted(metric),
        index === 0 ? missing : '',
    ]);
}
function textPicture(summary, feature) {
    const metric = feature.metrics.find((m) => m.drifted) ?? feature.metrics[0];
    const peak = Math.max(1e-12, ...feature.picture.reference, ...feature.picture.current);
    const first = feature.picture.labels[0] ?? '';
    const last = feature.picture.labels.at(-1) ?? '';
    summary.paragraph((0,shared_summary/* html */.qy) `${(0,shared_summary/* code */.aY)(feature.name)}${metric ? `: ${metric.metric} ${formatValue(metric.value)}` : ''}${feature.picture.note ? ` (${feature.picture.note})` : ''}, from ${first} to ${last}${new shared_summary/* Markup */.VK('<br>')}${(0,shared_summary/* code */.aY)(`ref ${(0,picture/* sparkline */.KM)(feature.picture.reference, peak)}`)}${new shared_summary/* Markup */.VK('<br>')}${(0,shared_summary/* code */.aY)(`cur ${(0,picture/* sparkline */.KM)(feature.picture.current, peak)}`)}`);
}

;// CONCATENATED MODULE: ./src/check-drift-gate/picture-files.ts
/**
 * The SVG pictures as files a workflow can upload as an artifact (the `pictures` output names their directory):
 * one per measured feature, reference against current, named by the feature's position and a file-safe form of its
 * name. The job summary cannot show them (GitHub does not render images from data), so it draws Mermaid charts and
 * text bars, and points here.
 */





/** A file name from a feature name: letters, digits, `.`, `_` and `-`, at most 60 characters. */
function fileSafe(name) {
    const safe = name
        .normalize('NFKD')
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[._]+/, '');
    return safe.slice(0, 60) || 'feature';
}
async function writePictures(features, env, name) {
    const directory = (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'check-drift-gate', name);
    await (0,promises_.mkdir)(directory, { recursive: true });
    const files = [];
    const width = String(features.length).length;
    for (const [index, feature] of features.entries()) {
        if (feature.picture.labels.length === 0)
            continue;
        const metric = feature.metrics.find((m) => m.drifted) ?? feature.metrics[0];
        const title = `${feature.name}${metric ? `: ${metric.metric} ${formatValue(metric.value)}` : ''}${feature.drifted ? ' (drifted)' : ''}${feature.picture.note ? ` (${feature.picture.note})` : ''}`;
        const file = (0,external_node_path_.join)(directory, `${String(index + 1).padStart(width, '0')}-${fileSafe(feature.name)}.svg`);
        await (0,promises_.writeFile)(file, (0,picture/* histogramSvg */.Pj)(title, feature.picture));
        files.push(file);
    }
    return { directory, files };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/shared/canonical-json.ts
var canonical_json = __webpack_require__(2586);
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
        memoryBudget: result.memoryBudget,
        minSampleSize: result.minSampleSize,
        exact: result.exact,
        verdict: {
            drifted: result.drifted,
            driftShare: result.driftShare,
            driftShareThreshold: result.driftShareThreshold,
            driftedFeatures: result.driftedFeatures,
            compared: result.features.length,
            insufficientData: result.insufficientData,
            // A metric from a sketch whose bound straddles its threshold: its verdict is the estimate's.
            undecided: result.features.flatMap((feature) => feature.metrics
                .filter((metric) => !metric.decided)
                .map((metric) => `${feature.name}.${metric.metric}`)),
            schemaChanges: result.schemaChanges.length,
            onDrift: context.onDrift,
            dryRun: context.dryRun,
        },
        data: result.sides,
        features: result.features.map((feature) => ({
            name: feature.name,
            type: feature.type,
            typeDecision: feature.decision,
            drifted: feature.drifted,
            finding: feature.finding,
            exact: feature.exact,
            values: feature.values,
            missing: feature.missing,
            metrics: feature.metrics.map((metric) => ({
                metric: metric.metric,
                value: metric.value,
                exact: metric.exact,
                bound: metric.bound,
                decided: metric.decided,
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
        insufficient: result.insufficient,
        schemaChanges: result.schemaChanges,
        skipped: result.skipped,
    });
}
function reportDigest(report) {
    return (0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.d)(report)).digest('hex');
}
/** Writes the report under `$RUNNER_TEMP/check-drift-gate/`, redacted like every output; returns its path. */
async function writeReport(report, env, environment, redact) {
    const stamp = String(report.time ?? '').replace(/[^0-9TZ]/g, '');
    const name = `drift-report-${environment}-${stamp}`;
    return writeOutputFile({ env, action: 'check-drift-gate', name, document: report, redact });
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
    const stamp = new Date(now).toISOString().replace(/[^0-9TZ]/g, '');
    const pictures = await writePictures(result.features, context.env, `drift-pictures-${inputs.environment}-${stamp}`);
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
        onSchemaChange: inputs.onSchemaChange,
        dryRun: inputs.dryRun,
        reportPath,
        picturesPath: pictures.directory,
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
        picturesPath: pictures.directory,
        metricsSent: metrics.accepted,
        metricsFailure: metrics.failure,
        receipt: (0,encoding/* encodeReceipt */.vX)(receipt),
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
