export const id = 225;
export const ids = [225,790];
export const modules = {

/***/ 12225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildAdfReceipt: () => (/* binding */ buildAdfReceipt),
  buildAmlReceipt: () => (/* binding */ buildAmlReceipt),
  buildDriftReceipt: () => (/* binding */ buildDriftReceipt),
  buildMetadataReceipt: () => (/* binding */ buildMetadataReceipt)
});

// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(93790);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
;// CONCATENATED MODULE: ./src/shared/receipts/schemas.ts
/**
 * Receipts: the ordering contract between the actions (DESIGN.md §2.1). Each action emits one as its `receipt`
 * output (builders.ts) and the next action requires it (parse.ts); an action that writes to Azure or the control
 * database checks its claims against live state first (aml-verification.ts, adf-verification.ts). A receipt is
 * compact canonical JSON (encoding.ts), versioned (`v: 1`), and carries the receipt it was built on (`upstream`) so
 * every later step can see the whole chain and its digests.
 *
 * This file holds what a receipt is: its kinds, the action that produces each, and the schema of each kind.
 */

const RECEIPT_VERSION = 1;
const RECEIPT_PRODUCERS = {
    aml: 'deploy-aml-endpoint',
    adf: 'deploy-adf-pipelines',
    metadata: 'apply-control-metadata',
    integration: 'run-integration-score',
    drift: 'check-drift-gate',
};
const schemas_name = schemas/* string */.YjP().min(1);
const runSchema = schemas/* object */.Ikc({
    repo: schemas/* string */.YjP(),
    sha: schemas/* string */.YjP(),
    runId: schemas/* string */.YjP(),
    runAttempt: schemas/* string */.YjP(),
    url: schemas/* string */.YjP().optional(),
});
const base = {
    v: schemas/* literal */.euz(RECEIPT_VERSION),
    environment: schemas_name,
    subscription: schemas_name,
    resourceGroup: schemas_name,
    run: runSchema,
    time: iso/* datetime */.w$({ offset: true }),
};
const modelSchema = schemas/* object */.Ikc({ id: schemas_name, name: schemas_name, version: schemas_name });
const amlReceiptSchema = schemas/* object */.Ikc({
    ...base,
    kind: schemas/* literal */.euz('aml'),
    workspace: schemas_name,
    endpoint: schemas/* object */.Ikc({ name: schemas_name, id: schemas_name, scoringUri: schemas/* url */.OZ5() }),
    deployment: schemas/* object */.Ikc({ name: schemas_name, id: schemas_name }),
    model: modelSchema,
});
const upstreamOf = (receipt) => schemas/* object */.Ikc({ digest: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/), receipt });
const adfReceiptSchema = schemas/* object */.Ikc({
    ...base,
    kind: schemas/* literal */.euz('adf'),
    factory: schemas/* object */.Ikc({ name: schemas_name, id: schemas_name }),
    pipelines: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas_name, hash: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) })),
    /**
     * Set by a dry run: the pipelines are those the deploy would make, not what the factory holds. A dry run downstream
     * plans with it; a real apply refuses it.
     */
    planned: schemas/* literal */.euz(true).optional(),
    upstream: upstreamOf(amlReceiptSchema),
});
const metadataReceiptSchema = schemas/* object */.Ikc({
    ...base,
    kind: schemas/* literal */.euz('metadata'),
    store: schemas/* object */.Ikc({
        engine: schemas/* enum */.k5n(['sqlserver', 'postgresql']),
        server: schemas/* string */.YjP(),
        database: schemas_name,
        table: schemas_name,
    }),
    rows: schemas/* object */.Ikc({ count: schemas/* number */.aig().int().nonnegative(), hash: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) }),
    upstream: upstreamOf(adfReceiptSchema),
});
const integrationReceiptSchema = schemas/* object */.Ikc({
    ...base,
    kind: schemas/* literal */.euz('integration'),
    mode: schemas/* enum */.k5n(['pipeline', 'endpoint']),
    jobId: schemas_name,
    rowsScored: schemas/* number */.aig().int().nonnegative(),
    validated: schemas/* boolean */.zMY(),
    model: modelSchema,
    upstream: upstreamOf(metadataReceiptSchema),
});
/** The drift gate also runs on a schedule with no deployment in the job: Azure coordinates are optional there. */
const driftReceiptSchema = schemas/* object */.Ikc({
    ...base,
    subscription: schemas/* string */.YjP().optional(),
    resourceGroup: schemas/* string */.YjP().optional(),
    kind: schemas/* literal */.euz('drift'),
    drifted: schemas/* boolean */.zMY(),
    driftShare: schemas/* number */.aig().min(0).max(1),
    driftedFeatures: schemas/* array */.YOg(schemas/* string */.YjP()),
    model: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), version: schemas/* string */.YjP() }).optional(),
    reportDigest: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
});
const RECEIPT_SCHEMAS = {
    aml: amlReceiptSchema,
    adf: adfReceiptSchema,
    metadata: metadataReceiptSchema,
    integration: integrationReceiptSchema,
    drift: driftReceiptSchema,
};

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
    const parsed = RECEIPT_SCHEMAS[kind].safeParse(receipt);
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
        upstream: (0,encoding.upstream)(facts.amlReceipt),
    });
}
/** apply-control-metadata: the store and table, the rows' count and hash, upstream the adf receipt. */
function buildMetadataReceipt(facts) {
    return checked('metadata', {
        ...common(facts),
        kind: 'metadata',
        store: { ...facts.store },
        rows: { ...facts.rows },
        upstream: (0,encoding.upstream)(facts.adfReceipt),
    });
}
/** check-drift-gate: the verdict, the drifted features, the model and the report's digest. */
function buildDriftReceipt(facts) {
    const aml = facts.amlReceipt;
    return checked('drift', {
        v: RECEIPT_VERSION,
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


/***/ }),

/***/ 93790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  encodeReceipt: () => (/* binding */ encodeReceipt),
  receiptDigest: () => (/* binding */ receiptDigest),
  upstream: () => (/* binding */ upstream)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
    return (0,external_node_crypto_.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}


/***/ })

};
