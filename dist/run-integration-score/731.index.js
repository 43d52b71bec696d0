export const id = 731;
export const ids = [731];
export const modules = {

/***/ 89731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planDocument: () => (/* binding */ planDocument),
/* harmony export */   reportDocument: () => (/* binding */ reportDocument),
/* harmony export */   reportFailures: () => (/* binding */ reportFailures),
/* harmony export */   writePlanSummary: () => (/* binding */ writePlanSummary),
/* harmony export */   writeSummary: () => (/* binding */ writeSummary)
/* harmony export */ });
/* harmony import */ var _shared_azure_polling_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60362);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _shared_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26929);
/**
 * What the step tells people: the JSON report (the file the `report` output names: the run, the model, every check
 * with its expected and observed figures and first offending rows), the job summary (the same as tables, every
 * value from the output or the user escaped by the SummaryBuilder), and an annotation per failed expectation at
 * its line of the expectations file. A dry run's report is its plan.
 */



function reportDocument(facts) {
    const { outcome, validation } = facts;
    return {
        action: facts.action,
        environment: facts.environment,
        mode: outcome.mode,
        validated: validation.validated,
        job: { ...outcome.job, durationMs: outcome.durationMs, outputUri: outcome.outputUri },
        endpoint: facts.endpoint,
        model: facts.model,
        input: facts.input,
        expectations: facts.expectations ?? null,
        rowsScored: validation.rows,
        checks: validation.checks,
    };
}
const RESULT = (passed) => (passed ? '✅ met' : '❌ not met');
function where(row) {
    return row.line === undefined ? row.file : `${row.file} line ${row.line}`;
}
function keyText(row) {
    return row.key
        ? Object.entries(row.key)
            .map(([name, value]) => `${name}=${value}`)
            .join(', ')
        : '';
}
function writeSummary(summary, facts, stamped) {
    const { outcome, validation, model } = facts;
    const failed = validation.checks.filter((check) => !check.passed);
    const verdict = validation.validated
        ? 'validated'
        : `not validated (${failed.length} of ${validation.checks.length} expectations not met)`;
    summary.heading(`Integration scoring (${facts.environment}): ${verdict}`, 2);
    summary.table(['run', ''], [
        ['job', outcome.job.url ? (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(outcome.job.id, outcome.job.url) : (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(outcome.job.id)],
        ['status', outcome.job.status],
        [
            'endpoint',
            (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<code>${facts.endpoint.name}</code>, deployment <code>${facts.endpoint.deployment}</code>`,
        ],
        [
            'model',
            (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<code>${model.name}:${model.version}</code> (content <code>${model.contentDigest.slice(0, 12)}</code>)`,
        ],
        [
            'input',
            (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<code>${facts.input.uri}</code>${facts.input.rows === undefined ? '' : ` (${facts.input.rows} rows)`}`,
        ],
        ['output', (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<code>${outcome.outputUri}</code>: ${validation.rows} rows`],
        ['duration', (0,_shared_azure_polling_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(outcome.durationMs)],
        ['expectations', facts.expectations ? (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(facts.expectations.file) : 'none (at least one row)'],
        [
            'stamp',
            stamped
                ? (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(stamped)
                : validation.validated
                    ? 'not written (stamp-validation: false)'
                    : 'not written',
        ],
    ]);
    summary.table(['expectation', 'expected', 'observed', 'result'], validation.checks.map((check) => [check.title, check.expected, check.observed, RESULT(check.passed)]));
    const rows = failed.flatMap((check) => (check.rows ?? []).map((row) => [check.title, row]));
    if (rows.length > 0) {
        summary.heading('First rows that did not meet them', 3);
        summary.table(['expectation', 'where', 'key', 'column', 'expected', 'observed'], rows.map(([title, row]) => [title, where(row), keyText(row), row.column, row.expected, row.observed]));
    }
}
/** One error annotation per failed expectation, at its line; answers the step's one-line verdict. */
function reportFailures(logger, validation, jobId) {
    const failed = validation.checks.filter((check) => !check.passed);
    for (const check of failed)
        logger.error(failureLine(check), check.location ? { location: check.location } : undefined);
    return `The output of batch job '${jobId}' did not meet ${failed.length} of ${validation.checks.length} expectations: ${failed
        .map((check) => `${check.title} (expected ${check.expected}; observed ${check.observed})`)
        .join('; ')}. See the report and the job summary for the rows.`;
}
function failureLine(check) {
    const first = check.rows?.[0];
    const example = first
        ? `; first: ${where(first)}${first.key ? ` (${keyText(first)})` : ''}${first.column ? ` ${first.column}` : ''}: expected ${first.expected ?? '-'}, observed ${first.observed}`
        : '';
    const at = check.location ? `${(0,_shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(check.location, { column: false })}: ` : '';
    return `${at}${check.title}: expected ${check.expected}; observed ${check.observed}${example}`;
}
function planDocument(facts) {
    return { dryRun: true, ...facts };
}
function writePlanSummary(summary, facts) {
    summary.heading(`Integration scoring (${facts.environment}): plan (dry run)`, 2);
    summary.paragraph('Nothing was uploaded, started or tagged. A real run would:');
    summary.list([
        ...(facts.input.upload
            ? [
                (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `upload <code>${facts.input.upload.from}</code> (${facts.input.upload.files} file(s), ${facts.input.upload.bytes} bytes; files already there are skipped) to <code>${facts.input.uri}</code>`,
            ]
            : []),
        (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `start a batch job on endpoint <code>${facts.endpoint.name}</code>, deployment <code>${facts.endpoint.deployment}</code>, model <code>${facts.model.name}:${facts.model.version}</code>, input <code>${facts.input.uri}</code>, output a new folder like <code>${facts.outputUri}</code>`,
        facts.expectations
            ? (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `validate the output against <code>${facts.expectations.file}</code>`
            : 'require at least one row in the output (no expectations file)',
        facts.stamp
            ? (0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `on success, tag the model version ${new _shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .Markup */ .VK(Object.keys(facts.stamp.tags)
                .map((tag) => `<code>${(0,_shared_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(tag)}</code>`)
                .join(', '))}`
            : 'not tag the model version (stamp-validation: false)',
    ]);
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
