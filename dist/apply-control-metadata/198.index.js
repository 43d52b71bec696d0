export const id = 198;
export const ids = [198];
export const modules = {

/***/ 42586:
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

/***/ 95198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   encodeReceipt: () => (/* binding */ encodeReceipt),
/* harmony export */   receiptDigest: () => (/* binding */ receiptDigest),
/* harmony export */   upstream: () => (/* binding */ upstream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _canonical_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42586);
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


/***/ })

};
