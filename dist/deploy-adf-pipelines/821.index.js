export const id = 821;
export const ids = [821];
export const modules = {

/***/ 7583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadDocument: () => (/* binding */ loadDocument),
/* harmony export */   parseStructuredText: () => (/* binding */ parseStructuredText)
/* harmony export */ });
/* unused harmony export parseDocumentText */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/* harmony import */ var _json_documents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3800);
/* harmony import */ var _text_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1616);
/**
 * YAML and JSON documents that remember where each value came from, so a validator can say
 * "deployment.yml line 12, column 3: unknown key 'mini_batchsize'" instead of just "invalid". The JSON reading and
 * what both forms share are json-documents.ts's, re-exported here; this module adds YAML (and loads the parser).
 */





function parseWithLocations(text, target) {
    (0,_json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .checkNesting */ .n6)(text, target);
    if (target.json)
        (0,_json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .withStackGuard */ .QH)(target, () => (0,_json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .checkStrictJson */ .wf)(text, target));
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,_json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .withStackGuard */ .QH)(target, () => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true }));
    const [first] = document.errors;
    if (first) {
        const { line, col } = lineCounter.linePos(first.pos[0]);
        throw new _json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .DocumentSyntaxError */ .d$(target, target.json ? 'JSON' : 'YAML', first.message.split('\n')[0], line, col);
    }
    return { document, lineCounter };
}
/**
 * How many nodes one alias may expand to (yaml's `maxAliasCount`). A "billion laughs" document, aliases of lists of
 * aliases, expands exponentially; real specs use an alias for a shared block of settings, far below this.
 */
const MAX_ALIAS_EXPANSION = 100;
function aliasBomb(parsed, target) {
    const { document, lineCounter } = parsed;
    let at = 0;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(document, {
        Alias(_key, node) {
            if (node.range)
                at = node.range[0];
            return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        },
    });
    const { line, col } = lineCounter.linePos(at);
    return new _json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .DocumentSyntaxError */ .d$(target, 'YAML', `aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes each (an alias bomb?); write the values out or use fewer nested aliases`, line, col);
}
/**
 * The document's value. An alias whose anchor is never set (`*daily`, or an unquoted `* * * * *` after a key) parses
 * but has no value: it is reported as a syntax error at the alias, like any other.
 */
function documentValue(parsed, target) {
    const { document, lineCounter } = parsed;
    try {
        return (0,_json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .withStackGuard */ .QH)(target, () => document.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }));
    }
    catch (error) {
        if (error instanceof _json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .DocumentSyntaxError */ .d$)
            throw error;
        if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
            throw aliasBomb(parsed, target);
        }
        let at;
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(document, {
            Alias(_key, node) {
                if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) && !node.resolve(document) && node.range) {
                    at = node.range[0];
                    return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
                }
                return undefined;
            },
        });
        if (at === undefined)
            throw error;
        const { line, col } = lineCounter.linePos(at);
        throw new _json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .DocumentSyntaxError */ .d$(target, target.json ? 'JSON' : 'YAML', (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error).message, line, col);
    }
}
function parseStructuredText(text, target) {
    return documentValue(parseWithLocations(text, target), target);
}
function parseDocumentText(text, file, options = {}) {
    if (options.json)
        return (0,_json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonDocumentText */ .gP)(text, file, options);
    const target = { label: file, file, ...options };
    const parsed = parseWithLocations(text, target);
    const { document, lineCounter } = parsed;
    const value = documentValue(parsed, target);
    const locate = (path) => {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) && node.range) {
                // For a mapping entry, point at the key rather than the value where we can.
                const pair = depth > 0 ? findPairKey(document, path.slice(0, depth)) : undefined;
                const offset = pair ?? node.range[0];
                const { line, col } = lineCounter.linePos(offset);
                return { file, line, column: col };
            }
        }
        return { file };
    };
    return (0,_json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .locatedDocument */ ._w)(file, value, locate);
}
function findPairKey(document, path) {
    const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
    const key = path.at(-1);
    if (!parent || typeof parent !== 'object' || !('items' in parent) || typeof key !== 'string')
        return undefined;
    for (const item of parent.items) {
        const pairKey = item.key;
        if (pairKey?.value === key && pairKey.range)
            return pairKey.range[0];
    }
    return undefined;
}
async function loadDocument(absolutePath, shownAs, input) {
    await (0,_json_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseOversized */ .Ms)(absolutePath, shownAs, input);
    // A UTF-8 byte order mark is dropped; UTF-16 and bytes that are not UTF-8 are refused, naming what was found.
    const { text } = await (0,_text_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(absolutePath, shownAs, input);
    return parseDocumentText(text, shownAs, {
        json: /\.json$/i.test(absolutePath),
        input,
    });
}


/***/ })

};
