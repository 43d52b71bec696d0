export const id = 663;
export const ids = [663];
export const modules = {

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ receiptInconsistencies),
/* harmony export */   U: () => (/* binding */ modelOfAssetId)
/* harmony export */ });
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


/***/ }),

/***/ 3790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vX: () => (/* binding */ encodeReceipt),
  fw: () => (/* binding */ receiptDigest),
  a4: () => (/* binding */ upstream)
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
    return (0,external_node_crypto_.createHash)('sha256').update(encodeReceipt(receipt)).digest('hex');
}
/** Wraps a receipt as the `upstream` of the next one. */
function upstream(receipt) {
    return { digest: receiptDigest(receipt), receipt };
}


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseReceiptInput: () => (/* binding */ parseReceiptInput)
});

// UNUSED EXPORTS: parseReceipt, receiptInput

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/receipts/encoding.ts + 1 modules
var encoding = __webpack_require__(3790);
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

// EXTERNAL MODULE: ./src/shared/receipts/consistency.ts
var consistency = __webpack_require__(7979);
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
    const inconsistencies = (0,consistency/* receiptInconsistencies */.O)(receipt);
    if (inconsistencies.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Input '${expect.input}' holds a receipt of ${producer} that disagrees with itself, so it was edited after it was written: ${inconsistencies.join('; ')}. Pass the 'receipt' output of ${producer} unchanged; if it was, run ${producer} again.`, { input: expect.input });
    }
    return receipt;
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
