export const id = 311;
export const ids = [311,790];
export const modules = {

/***/ 66311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildAdfReceipt: () => (/* binding */ buildAdfReceipt),
/* harmony export */   buildAmlReceipt: () => (/* binding */ buildAmlReceipt),
/* harmony export */   buildDriftReceipt: () => (/* binding */ buildDriftReceipt),
/* harmony export */   buildMetadataReceipt: () => (/* binding */ buildMetadataReceipt)
/* harmony export */ });
/* harmony import */ var _encoding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93790);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96254);
/**
 * One builder per receipt an action emits: each takes the facts the action gathered and gives the receipt, checked
 * against its schema. A receipt that would not parse downstream is this project's bug, so it fails here, naming the
 * field, instead of in the next action. (run-integration-score emits no receipt yet, so the integration receipt has
 * no builder.)
 */


function common(facts) {
    return {
        v: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RECEIPT_VERSION */ .y4,
        environment: facts.environment,
        subscription: facts.subscriptionId,
        resourceGroup: facts.resourceGroup,
        run: facts.run,
        time: new Date(facts.time).toISOString(),
    };
}
function checked(kind, receipt) {
    const parsed = _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RECEIPT_SCHEMAS */ .g5[kind].safeParse(receipt);
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
        upstream: (0,_encoding_js__WEBPACK_IMPORTED_MODULE_0__.upstream)(facts.amlReceipt),
    });
}
/** apply-control-metadata: the store and table, the rows' count and hash, upstream the adf receipt. */
function buildMetadataReceipt(facts) {
    return checked('metadata', {
        ...common(facts),
        kind: 'metadata',
        store: { ...facts.store },
        rows: { ...facts.rows },
        upstream: (0,_encoding_js__WEBPACK_IMPORTED_MODULE_0__.upstream)(facts.adfReceipt),
    });
}
/** check-drift-gate: the verdict, the drifted features, the model and the report's digest. */
function buildDriftReceipt(facts) {
    const aml = facts.amlReceipt;
    return checked('drift', {
        v: _schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .RECEIPT_VERSION */ .y4,
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
