export const id = 532;
export const ids = [532];
export const modules = {

/***/ 6532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RECEIPT_PRODUCERS: () => (/* binding */ RECEIPT_PRODUCERS),
/* harmony export */   RECEIPT_VERSION: () => (/* binding */ RECEIPT_VERSION),
/* harmony export */   adfReceiptSchema: () => (/* binding */ adfReceiptSchema),
/* harmony export */   amlReceiptSchema: () => (/* binding */ amlReceiptSchema),
/* harmony export */   canonicalJson: () => (/* binding */ canonicalJson),
/* harmony export */   driftReceiptSchema: () => (/* binding */ driftReceiptSchema),
/* harmony export */   encodeReceipt: () => (/* binding */ encodeReceipt),
/* harmony export */   integrationReceiptSchema: () => (/* binding */ integrationReceiptSchema),
/* harmony export */   metadataReceiptSchema: () => (/* binding */ metadataReceiptSchema),
/* harmony export */   parseReceipt: () => (/* binding */ parseReceipt),
/* harmony export */   receiptDigest: () => (/* binding */ receiptDigest),
/* harmony export */   receiptInput: () => (/* binding */ receiptInput),
/* harmony export */   runInfoFromEnvironment: () => (/* binding */ runInfoFromEnvironment),
/* harmony export */   upstream: () => (/* binding */ upstream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64377);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93876);
/**
 * Receipts: the ordering contract between the actions (DESIGN.md §2.1). Each action emits one as its `receipt`
 * output; the next action requires it, parses it here, and then verifies its claims against live Azure state.
 * A receipt is compact canonical JSON, versioned (`v: 1`), and carries the receipt it was built on (`upstream`) so
 * every later step can see the whole chain and its digests.
 */




const RECEIPT_VERSION = 1;
const RECEIPT_PRODUCERS = {
    aml: 'deploy-aml-endpoint',
    adf: 'deploy-adf-pipelines',
    metadata: 'apply-control-metadata',
    integration: 'run-integration-score',
    drift: 'check-drift-gate',
};
const name = zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1);
const runSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    repo: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    sha: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    runId: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    runAttempt: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    url: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
});
const base = {
    v: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(RECEIPT_VERSION),
    environment: name,
    subscription: name,
    resourceGroup: name,
    run: runSchema,
    time: zod__WEBPACK_IMPORTED_MODULE_4__/* .datetime */ .w$({ offset: true }),
};
const modelSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ id: name, name, version: name });
const amlReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('aml'),
    workspace: name,
    endpoint: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name, id: name, scoringUri: zod__WEBPACK_IMPORTED_MODULE_3__/* .url */ .OZ5() }),
    deployment: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name, id: name }),
    model: modelSchema,
});
const upstreamOf = (receipt) => zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ digest: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/), receipt });
const adfReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('adf'),
    factory: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name, id: name }),
    pipelines: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name, hash: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) })),
    /**
     * Set by a dry run: the pipelines are those the deploy would make, not what the factory holds. A dry run downstream
     * plans with it; a real apply refuses it.
     */
    planned: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(true).optional(),
    upstream: upstreamOf(amlReceiptSchema),
});
const metadataReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('metadata'),
    store: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        engine: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['sqlserver', 'postgresql']),
        server: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
        database: name,
        table: name,
    }),
    rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ count: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(), hash: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
    upstream: upstreamOf(adfReceiptSchema),
});
const integrationReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    ...base,
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('integration'),
    mode: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['pipeline', 'endpoint']),
    jobId: name,
    rowsScored: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative(),
    validated: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    model: modelSchema,
    upstream: upstreamOf(metadataReceiptSchema),
});
/** The drift gate also runs on a schedule with no deployment in the job: Azure coordinates are optional there. */
const driftReceiptSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    ...base,
    subscription: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    resourceGroup: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional(),
    kind: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('drift'),
    drifted: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY(),
    driftShare: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(1),
    driftedFeatures: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }).optional(),
    reportDigest: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
});
const SCHEMAS = {
    aml: amlReceiptSchema,
    adf: adfReceiptSchema,
    metadata: metadataReceiptSchema,
    integration: integrationReceiptSchema,
    drift: driftReceiptSchema,
};
/** JSON with object keys sorted at every level: one receipt has exactly one encoding, hence one digest. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, inner) => {
        if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
            return Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        }
        return inner;
    });
}
function encodeReceipt(receipt) {
    return canonicalJson(receipt);
}
function receiptDigest(receipt) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}
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
function runFirst(kind) {
    return `run ${RECEIPT_PRODUCERS[kind]} first in this job and pass its 'receipt' output to this input unchanged`;
}
/** A required receipt input; when it is missing, the error says which action must run first. */
function receiptInput(name, kind) {
    return (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .string */ .Yj)(name).isRequired(runFirst(kind));
}
/**
 * Parses and checks a receipt input. Every refusal names the input and the action that must run first; nothing here
 * talks to Azure (the caller verifies the claims against live state before its first write).
 */
function parseReceipt(raw, expect) {
    const producer = RECEIPT_PRODUCERS[expect.kind];
    const refuse = (reason) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${expect.input}' ${reason}: ${runFirst(expect.kind)}.`, {
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
    if (typeof record.kind === 'string' && record.kind !== expect.kind && record.kind in RECEIPT_PRODUCERS) {
        const other = RECEIPT_PRODUCERS[record.kind];
        throw refuse(`holds the receipt of ${other}, not of ${producer}`);
    }
    if (record.kind !== expect.kind)
        throw refuse(`is not a receipt of ${producer}`);
    if (typeof record.v === 'number' && record.v > RECEIPT_VERSION) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${expect.input}' holds a version ${record.v} receipt, written by a newer ${producer}; use a release of this action that reads it.`, { input: expect.input });
    }
    const parsed = SCHEMAS[expect.kind].safeParse(value);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const at = issue.path.length ? issue.path.join('.') : 'the receipt';
        throw refuse(`is not a valid receipt of ${producer} (${at}: ${issue.message}); it may have been edited or truncated`);
    }
    const receipt = parsed.data;
    if (receipt.environment !== expect.environment) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${expect.input}' is the receipt of ${producer} for environment '${receipt.environment}', but this step works on '${expect.environment}': run ${producer} for '${expect.environment}' first and pass that receipt.`, { input: expect.input });
    }
    if (expect.subscription !== undefined && receipt.subscription !== expect.subscription) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Input '${expect.input}' is the receipt of ${producer} in subscription '${receipt.subscription}', but this step works in '${expect.subscription}': pass the receipt of the same environment's deployment.`, { input: expect.input });
    }
    return receipt;
}


/***/ })

};
