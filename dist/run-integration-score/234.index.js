export const id = 234;
export const ids = [234];
export const modules = {

/***/ 24234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateOutput: () => (/* binding */ validateOutput),
  validateOutputs: () => (/* binding */ validateOutputs)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/run-integration-score/expectations/csv-rows.ts
var csv_rows = __webpack_require__(10807);
// EXTERNAL MODULE: ./src/shared/azure/polling.ts
var polling = __webpack_require__(60362);
// EXTERNAL MODULE: ./src/run-integration-score/expectations/field-values.ts
var field_values = __webpack_require__(10412);
// EXTERNAL MODULE: ./src/run-integration-score/expectations/golden-file.ts
var golden_file = __webpack_require__(94771);
;// CONCATENATED MODULE: ./src/run-integration-score/expectations/output-checks.ts
/**
 * Every expectation checked in one streaming pass over the output's rows: the schema (the header of a `csv` output,
 * the number of fields of every row, the declared types), the per-column checks (range, allowed values, missing
 * share), the golden comparison (each output row's key looked up in the golden table, its values compared with the
 * tolerance numpy.isclose uses: |observed − expected| ≤ absolute + relative · |expected|; missing equals missing;
 * text compares exactly), and at the end the row count, the golden rows never seen and the duration. Each check
 * keeps its counts and the first rows that broke it; nothing else of the output is held.
 */




/** How many offending rows a check lists. */
const LISTED_ROWS = 10;
class Findings {
    count = 0;
    rows = [];
    add(make) {
        this.count++;
        if (this.rows.length < LISTED_ROWS)
            this.rows.push(make());
    }
}
const plural = (count, one, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
function show(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}
function allowedSets(allowed) {
    const numbers = new Set();
    const texts = new Set();
    for (const value of allowed ?? []) {
        if (typeof value === 'number')
            numbers.add(value);
        else if (typeof value === 'boolean') {
            texts.add(String(value));
            texts.add(value ? 'True' : 'False');
            texts.add(value ? 'TRUE' : 'FALSE');
        }
        else
            texts.add(value);
    }
    return { numbers, texts };
}
class OutputChecker {
    expectations;
    golden;
    columnCount;
    /** Output column → field position in the current file (-1: not in this file's header). */
    fieldOf;
    keyFields = [];
    file = '';
    headerPending = false;
    /** The fields every row must have: the declared columns, or the current file's header. */
    fieldsPerRow = 0;
    rows = 0;
    shape = new Findings();
    header = new Findings();
    typed;
    checked;
    compared;
    seen;
    extra = new Findings();
    duplicate = new Findings();
    matched = 0;
    key = new golden_file/* KeyBuilder */.LI();
    /** The golden entry the previous row matched: the next row is tried against the one after it first. */
    lastEntry = -1;
    /** Numbers parsed from the current row, by field, so a field checked twice is parsed once. */
    parsed = new Float64Array(csv_rows/* MAX_FIELDS */.Dq);
    parsedIn = new Int32Array(csv_rows/* MAX_FIELDS */.Dq);
    constructor(expectations, golden) {
        this.expectations = expectations;
        this.golden = golden;
        const { columns } = expectations.output;
        this.columnCount = columns.length;
        this.fieldOf = new Int32Array(columns.length);
        const position = new Map(columns.map((column, index) => [column.name, index]));
        this.typed = columns.flatMap((column, output) => column.type && column.type !== 'string'
            ? [{ name: column.name, output, type: column.type, findings: new Findings() }]
            : []);
        this.checked = expectations.columns.map((expectation) => {
            const { numbers, texts } = allowedSets(expectation.allowed);
            return {
                expectation,
                output: position.get(expectation.column),
                nulls: 0,
                values: 0,
                min: Number.POSITIVE_INFINITY,
                max: Number.NEGATIVE_INFINITY,
                outOfRange: new Findings(),
                notAllowed: new Findings(),
                allowedNumbers: numbers,
                allowedTexts: texts,
            };
        });
        this.compared = (golden?.columns ?? []).map((column) => ({
            golden: column,
            differs: new Findings(),
            maxDifference: 0,
        }));
        this.seen = new Uint8Array(golden?.rows ?? 0);
    }
    /** The next output file starts: a `csv` layout reads its header first. */
    startFile(name) {
        this.file = name;
        const csv = this.expectations.output.layout === 'csv';
        this.headerPending = csv;
        this.fieldsPerRow = this.columnCount;
        for (let i = 0; i < this.columnCount; i++)
            this.fieldOf[i] = i;
        this.updateKeyFields();
    }
    updateKeyFields() {
        this.keyFields = (this.golden?.keyOutputIndexes ?? []).map((output) => this.fieldOf[output]);
    }
    readHeader(row) {
        const names = Array.from({ length: row.count }, (_, i) => (0,field_values/* fieldText */.gF)(row, i).trim());
        this.fieldsPerRow = row.count;
        const expected = this.expectations.output.columns.map((column) => column.name);
        expected.forEach((name, output) => {
            this.fieldOf[output] = names.indexOf(name);
        });
        this.updateKeyFields();
        if (names.length !== expected.length || names.some((name, i) => name !== expected[i])) {
            this.header.add(() => ({
                file: this.file,
                line: row.line,
                expected: expected.join(', '),
                observed: names.join(', '),
            }));
        }
    }
    /** The field as a number (NaN when it is not one), parsed once per row. */
    numberAt(row, field) {
        if (this.parsedIn[field] === this.rows)
            return this.parsed[field];
        const value = (0,field_values/* fieldNumber */.O3)(row, field);
        this.parsed[field] = value;
        this.parsedIn[field] = this.rows;
        return value;
    }
    onRow = (row) => {
        if (this.headerPending) {
            this.headerPending = false;
            this.readHeader(row);
            return;
        }
        this.rows++;
        if (row.overflow || row.count !== this.fieldsPerRow) {
            this.shape.add(() => ({
                file: this.file,
                line: row.line,
                expected: plural(this.fieldsPerRow, 'field'),
                observed: `${plural(row.count, 'field')}${row.overflow ? ' or more' : ''}: ${Array.from({ length: Math.min(row.count, 8) }, (_, i) => (0,field_values/* fieldText */.gF)(row, i)).join(this.expectations.output.delimiter)}`,
            }));
            return;
        }
        const { fieldOf } = this;
        for (const column of this.typed) {
            const field = fieldOf[column.output];
            if (field < 0 || (0,field_values/* isNullField */.k9)(row, field))
                continue;
            const ok = column.type === 'integer'
                ? (0,field_values/* isIntegerField */.R3)(row, field)
                : column.type === 'number'
                    ? !Number.isNaN(this.numberAt(row, field))
                    : (0,field_values/* fieldBoolean */.X1)(row, field) !== undefined;
            if (!ok) {
                column.findings.add(() => ({
                    file: this.file,
                    line: row.line,
                    column: column.name,
                    expected: `a value of type ${column.type}`,
                    observed: (0,field_values/* fieldText */.gF)(row, field),
                }));
            }
        }
        for (const state of this.checked)
            this.checkColumn(state, row);
        if (this.golden)
            this.compareWithGolden(this.golden, row);
    };
    checkColumn(state, row) {
        const field = this.fieldOf[state.output];
        if (field < 0)
            return;
        if ((0,field_values/* isNullField */.k9)(row, field)) {
            state.nulls++;
            return;
        }
        state.values++;
        const { min, max } = state.expectation;
        const ranged = min !== undefined || max !== undefined;
        let value = Number.NaN;
        if (ranged || state.allowedNumbers.size > 0)
            value = this.numberAt(row, field);
        if (ranged) {
            if (Number.isNaN(value)) {
                state.outOfRange.add(() => this.finding(row, state.expectation.column, field, 'a number'));
            }
            else {
                if (value < state.min)
                    state.min = value;
                if (value > state.max)
                    state.max = value;
                if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
                    state.outOfRange.add(() => this.finding(row, state.expectation.column, field, rangeText(min, max)));
                }
            }
        }
        if (state.expectation.allowed) {
            const ok = (!Number.isNaN(value) && state.allowedNumbers.has(value)) ||
                (state.allowedTexts.size > 0 && state.allowedTexts.has((0,field_values/* fieldText */.gF)(row, field)));
            if (!ok) {
                state.notAllowed.add(() => this.finding(row, state.expectation.column, field, `one of ${state.expectation.allowed.join(', ')}`));
            }
        }
    }
    finding(row, column, field, expected) {
        return { file: this.file, line: row.line, column, expected, observed: (0,field_values/* fieldText */.gF)(row, field) };
    }
    outputKey(row) {
        const names = this.golden.keyNames;
        return Object.fromEntries(names.map((name, i) => [name, (0,field_values/* fieldText */.gF)(row, this.keyFields[i])]));
    }
    compareWithGolden(golden, row) {
        let entry = this.lastEntry + 1;
        if (entry >= golden.rows || !(0,golden_file/* rowHasKey */.sz)(row, this.keyFields, golden.index.keys, entry)) {
            const key = this.key;
            key.build(row, this.keyFields);
            entry = golden.index.find(key.buf, 0, key.length, key.hash());
        }
        if (entry < 0) {
            this.extra.add(() => ({
                file: this.file,
                line: row.line,
                key: this.outputKey(row),
                observed: `a row the golden file ${golden.file} does not have`,
            }));
            return;
        }
        if (this.seen[entry]) {
            this.duplicate.add(() => ({
                file: this.file,
                line: row.line,
                key: this.outputKey(row),
                observed: 'a second row with this key',
            }));
            return;
        }
        this.seen[entry] = 1;
        this.lastEntry = entry;
        this.matched++;
        const { fieldOf } = this;
        for (const state of this.compared) {
            const column = state.golden;
            const field = fieldOf[column.outputIndex];
            const expected = column.numbers[entry];
            let equal;
            let difference;
            // A number is compared as one; NaN says the golden value is missing or text (its kind tells which).
            if (!Number.isNaN(expected)) {
                const observed = this.numberAt(row, field);
                if (Number.isNaN(observed))
                    equal = false;
                else {
                    difference = Math.abs(observed - expected);
                    const { absolute, relative } = column.tolerance;
                    equal = difference <= absolute + relative * Math.abs(expected);
                    if (!equal && difference > state.maxDifference)
                        state.maxDifference = difference;
                }
            }
            else if (column.kinds[entry] === golden_file/* VALUE_MISSING */.V8)
                equal = (0,field_values/* isNullField */.k9)(row, field);
            else {
                const text = column.textEntries[entry];
                equal = (0,field_values/* fieldEquals */.c6)(row, field, column.texts.buf, column.texts.start(text), column.texts.end(text));
            }
            if (!equal) {
                state.differs.add(() => ({
                    file: this.file,
                    line: row.line,
                    key: this.outputKey(row),
                    column: column.name,
                    expected: goldenValue(column, entry),
                    observed: (0,field_values/* isNullField */.k9)(row, field) ? '(missing)' : (0,field_values/* fieldText */.gF)(row, field),
                    ...(difference !== undefined ? { difference } : {}),
                }));
            }
        }
    }
    /** The checks' results, once every file was read. */
    results(context) {
        return [
            ...this.rowCount(context.inputRows),
            this.schema(),
            ...this.columnResults(),
            ...this.goldenResult(),
            ...this.durationResult(context.durationMs),
        ];
    }
    get rowsRead() {
        return this.rows;
    }
    rowCount(inputRows) {
        const rows = this.expectations.rows;
        if (!rows)
            return [];
        const observed = plural(this.rows, 'row');
        const base = { check: 'rows', title: 'Row count', observed, location: rows.location };
        switch (rows.kind) {
            case 'input':
                return [
                    {
                        ...base,
                        passed: this.rows === inputRows,
                        expected: `${plural(inputRows ?? 0, 'row')}, as many as the input has`,
                    },
                ];
            case 'exact':
                return [{ ...base, passed: this.rows === rows.count, expected: plural(rows.count, 'row') }];
            case 'range':
                return [
                    {
                        ...base,
                        passed: (rows.min === undefined || this.rows >= rows.min) &&
                            (rows.max === undefined || this.rows <= rows.max),
                        expected: `${rangeText(rows.min, rows.max)} rows`,
                    },
                ];
        }
    }
    schema() {
        const { output } = this.expectations;
        const expected = output.columns.map((column) => `${column.name}${column.type ? ` (${column.type})` : ''}`);
        const problems = [];
        if (this.header.count)
            problems.push(`${plural(this.header.count, 'file')} with another header`);
        if (this.shape.count)
            problems.push(`${plural(this.shape.count, 'row')} with another number of fields`);
        for (const column of this.typed) {
            if (column.findings.count) {
                problems.push(`${plural(column.findings.count, 'value')} of '${column.name}' not of type ${column.type}`);
            }
        }
        const rows = [
            ...this.header.rows,
            ...this.shape.rows,
            ...this.typed.flatMap((column) => column.findings.rows),
        ];
        return {
            check: 'schema',
            title: 'Schema',
            passed: problems.length === 0,
            expected: `${output.layout === 'csv' ? 'a header and ' : ''}${plural(output.columns.length, 'column')}: ${expected.join(', ')}`,
            observed: problems.length ? problems.join('; ') : `every row (${plural(this.rows, 'row')})`,
            location: output.location,
            ...(rows.length ? { rows: rows.slice(0, LISTED_ROWS) } : {}),
        };
    }
    columnResults() {
        const results = [];
        for (const state of this.checked) {
            const { column, min, max, maxNullShare, locations } = state.expectation;
            const seen = state.values ? `min ${show(state.min)}, max ${show(state.max)}` : 'no numbers';
            if (min !== undefined || max !== undefined) {
                const bad = state.outOfRange;
                results.push({
                    check: `columns.${column}.range`,
                    title: `Column '${column}': range`,
                    passed: bad.count === 0,
                    expected: rangeText(min, max),
                    observed: bad.count ? `${plural(bad.count, 'value')} outside (${seen})` : seen,
                    ...(locations.range ? { location: locations.range } : {}),
                    ...(bad.rows.length ? { rows: bad.rows } : {}),
                });
            }
            if (state.expectation.allowed) {
                const bad = state.notAllowed;
                results.push({
                    check: `columns.${column}.allowed`,
                    title: `Column '${column}': allowed values`,
                    passed: bad.count === 0,
                    expected: `one of ${state.expectation.allowed.join(', ')}`,
                    observed: bad.count
                        ? `${plural(bad.count, 'value')} not allowed`
                        : `every value (${plural(state.values, 'value')})`,
                    ...(locations.allowed ? { location: locations.allowed } : {}),
                    ...(bad.rows.length ? { rows: bad.rows } : {}),
                });
            }
            if (maxNullShare !== undefined) {
                const total = state.nulls + state.values;
                const share = total ? state.nulls / total : 0;
                results.push({
                    check: `columns.${column}.max_null_share`,
                    title: `Column '${column}': missing values`,
                    passed: share <= maxNullShare,
                    expected: `at most ${percent(maxNullShare)} missing`,
                    observed: `${percent(share)} missing (${state.nulls.toLocaleString('en')} of ${plural(total, 'value')})`,
                    ...(locations.maxNullShare ? { location: locations.maxNullShare } : {}),
                });
            }
        }
        return results;
    }
    goldenResult() {
        const golden = this.golden;
        const expectation = this.expectations.golden;
        if (!golden || !expectation)
            return [];
        const missing = new Findings();
        for (let entry = 0; entry < golden.rows; entry++) {
            if (this.seen[entry])
                continue;
            missing.add(() => ({
                file: golden.file,
                line: golden.lineOf(entry),
                key: (0,golden_file/* keyValues */.K7)(golden, entry),
                observed: 'no output row with this key',
            }));
        }
        const differing = this.compared.filter((state) => state.differs.count > 0);
        const problems = [];
        if (missing.count)
            problems.push(`${plural(missing.count, 'golden row')} missing from the output`);
        if (this.extra.count)
            problems.push(`${plural(this.extra.count, 'output row')} not in the golden file`);
        if (this.duplicate.count)
            problems.push(`${plural(this.duplicate.count, 'duplicate key')} in the output`);
        for (const state of differing) {
            const most = state.maxDifference > 0 ? `, largest difference ${show(state.maxDifference)}` : '';
            problems.push(`${plural(state.differs.count, 'value')} of '${state.golden.name}' differ${state.differs.count === 1 ? 's' : ''}${most}`);
        }
        const tolerances = this.compared
            .map(({ golden: column }) => `${column.name} ${toleranceText(column.tolerance)}`)
            .join('; ');
        const rows = [
            ...differing.flatMap((state) => state.differs.rows),
            ...missing.rows,
            ...this.extra.rows,
            ...this.duplicate.rows,
        ].slice(0, LISTED_ROWS);
        return [
            {
                check: 'golden',
                title: `Golden file ${golden.file}`,
                passed: problems.length === 0,
                expected: `the ${plural(golden.rows, 'row')} of ${golden.file}, joined on ${golden.keyNames.join(', ')}${tolerances ? `; ${tolerances}` : ''}`,
                observed: `${plural(this.matched, 'row')} matched${problems.length ? `; ${problems.join('; ')}` : ', every value within tolerance'}`,
                location: expectation.location,
                ...(rows.length ? { rows } : {}),
            },
        ];
    }
    durationResult(durationMs) {
        const limit = this.expectations.maxDuration;
        if (!limit)
            return [];
        return [
            {
                check: 'max_duration',
                title: 'Duration',
                passed: durationMs <= limit.ms,
                expected: `at most ${limit.text}`,
                observed: (0,polling/* formatDuration */.a3)(durationMs),
                location: limit.location,
            },
        ];
    }
}
function goldenValue(column, entry) {
    const value = column.numbers[entry];
    if (!Number.isNaN(value))
        return show(value);
    if (column.kinds[entry] === golden_file/* VALUE_MISSING */.V8)
        return '(missing)';
    return column.texts.text(column.textEntries[entry]);
}
function rangeText(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${show(min)} and ${show(max)}`;
    if (min !== undefined)
        return `at least ${show(min)}`;
    return `at most ${show(max)}`;
}
function toleranceText({ absolute, relative }) {
    if (absolute === 0 && relative === 0)
        return 'exactly';
    const parts = [
        absolute ? `±${show(absolute)}` : '',
        relative ? `±${show(relative * 100)}% of the expected value` : '',
    ];
    return `within ${parts.filter(Boolean).join(' + ')}`;
}
function percent(share) {
    return `${Number((share * 100).toPrecision(4))}%`;
}

;// CONCATENATED MODULE: ./src/run-integration-score/expectations/validation.ts
/**
 * The output against the expectations: each output file streamed once through the checks (output-checks.ts), in
 * name order (an append_row output is one file; a summary_only script may write several, each read the same way).
 * Without an expectations file the one check is that the output holds at least one row: a job that completed
 * with nothing in its output has not shown the model scores.
 */



async function validateOutput(request) {
    const files = [...request.files].sort();
    const { expectations } = request;
    if (!expectations) {
        let rows = 0;
        for (const file of files) {
            await (0,csv_rows/* scanFile */.WN)(file, new csv_rows/* CsvRowScanner */.pm(',', () => {
                rows++;
            }));
        }
        const check = {
            check: 'rows',
            title: 'Row count (no expectations file)',
            passed: rows > 0,
            expected: 'at least 1 row',
            observed: `${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'}`,
        };
        return { validated: check.passed, rows, checks: [check] };
    }
    const checker = new OutputChecker(expectations, request.golden);
    for (const file of files) {
        checker.startFile((0,external_node_path_.basename)(file));
        await (0,csv_rows/* scanFile */.WN)(file, new csv_rows/* CsvRowScanner */.pm(expectations.output.delimiter, checker.onRow));
    }
    const checks = checker.results({ inputRows: request.inputRows, durationMs: request.durationMs });
    return { validated: checks.every((check) => check.passed), rows: checker.rowsRead, checks };
}
/**
 * The validation of several outputs (pipeline mode: one per batch job the run started), each on its own and the
 * verdict over all: validated when every one is. With more than one, each check's title names its job.
 */
async function validateOutputs(parts, validate) {
    if (parts.length === 1)
        return validate(parts[0]);
    const checks = [];
    let rows = 0;
    for (const part of parts) {
        const one = await validate(part);
        rows += one.rows;
        checks.push(...one.checks.map((check) => ({ ...check, title: `${part.jobName}: ${check.title}` })));
    }
    return { validated: checks.every((check) => check.passed), rows, checks };
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
