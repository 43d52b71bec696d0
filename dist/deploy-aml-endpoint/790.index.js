export const id = 790;
export const ids = [790];
export const modules = {

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
