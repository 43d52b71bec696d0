export const id = 583;
export const ids = [583,821];
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


/***/ }),

/***/ 3800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d$: () => (/* binding */ DocumentSyntaxError),
  n6: () => (/* binding */ checkNesting),
  wf: () => (/* binding */ checkStrictJson),
  jV: () => (/* binding */ formatPath),
  _w: () => (/* binding */ locatedDocument),
  gP: () => (/* binding */ parseJsonDocumentText),
  oT: () => (/* binding */ readDocumentTextSync),
  Ms: () => (/* binding */ refuseOversized),
  QH: () => (/* binding */ withStackGuard)
});

// UNUSED EXPORTS: MAX_DOCUMENT_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/shared/document-depth.ts
/**
 * How deeply a YAML or JSON text nests, measured without parsing it. The parsers (`yaml`, `jsonc-parser`) and every
 * walk over a parsed value recurse once per level, so a document nested thousands deep ends in "Maximum call stack
 * size exceeded" (or worse, the YAML lexer runs out of memory on thousands of indentation levels) before it can be
 * told apart from a bug. One linear pass, with no recursion, finds the first place that goes past a limit far beyond
 * anything a real spec, factory, template or row file needs, so the file can be refused with its name and line.
 */
/** Far deeper than any document these actions read (ARM templates of large factories nest about 20 levels). */
const MAX_DOCUMENT_DEPTH = 256;
/** A quote opens a string only where a token starts: `it's` in a plain scalar is no string. */
function startsToken(text, at) {
    const before = text[at - 1];
    return before === undefined || /[\s[{,:]/.test(before);
}
/**
 * The first place where flow brackets (`[`, `{`, outside quoted strings and comments) plus YAML block indentation
 * levels go deeper than `limit`, or undefined. Over-counts at worst (a bracket in a plain YAML scalar), which only
 * matters for documents nested close to the limit.
 */
function findExcessiveNesting(text, limit = MAX_DOCUMENT_DEPTH) {
    const indents = [];
    let flow = 0;
    let quote;
    let lineStart = true;
    let indent = 0;
    for (let at = 0; at < text.length; at++) {
        const char = text[at];
        if (char === '\n') {
            lineStart = true;
            indent = 0;
            // A double-quoted string may span lines in YAML; a single-quoted one too.
            continue;
        }
        if (quote) {
            if (char === '\\' && quote === '"')
                at++;
            else if (char === quote)
                quote = undefined;
            continue;
        }
        if (lineStart) {
            if (char === ' ') {
                indent++;
                continue;
            }
            lineStart = false;
            if (char !== '#' && char !== '\r' && flow === 0) {
                // Block structure: each line indented deeper than the one it belongs to opens a level (as Python counts).
                while (indents.length > 0 && indents[indents.length - 1] >= indent)
                    indents.pop();
                indents.push(indent);
            }
        }
        if (char === '#' && (at === 0 || /\s/.test(text[at - 1]))) {
            const end = text.indexOf('\n', at);
            at = end === -1 ? text.length : end - 1;
            continue;
        }
        if ((char === '"' || char === "'") && startsToken(text, at))
            quote = char;
        else if (char === '[' || char === '{')
            flow++;
        else if (char === ']' || char === '}')
            flow = Math.max(0, flow - 1);
        else if (char === '-' && (text[at + 1] === ' ' || text[at + 1] === '\t') && flow === 0) {
            // `- - - x`: compact nested sequences open a level each on one line.
            indents.push(indent + (at - text.lastIndexOf('\n', at)));
        }
        // The top level (the first line's indentation) is no nesting.
        const depth = flow + Math.max(0, indents.length - 1);
        if (depth > limit)
            return { depth, offset: at };
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
// EXTERNAL MODULE: ./src/shared/text-files.ts
var text_files = __webpack_require__(1616);
;// CONCATENATED MODULE: ./src/shared/json-documents.ts
/**
 * JSON documents that remember where each value came from, and what every document reader shares: the document and
 * path types, the syntax error with its line and column, the guards against deep nesting and oversized files. This
 * module loads no YAML parser: a step that reads only JSON (a factory's git folder, a publish template) does not
 * load one. documents.ts adds YAML and re-exports what is here.
 */






/**
 * Text that is not valid YAML or JSON. Its reason and its line and column within the text are fields, so a caller
 * that parsed a piece of a larger file (a JSON cell of a CSV row) can say where in the file without reading the
 * message.
 */
class DocumentSyntaxError extends errors/* ConfigurationError */.j1 {
    syntax;
    reason;
    line;
    column;
    name = 'DocumentSyntaxError';
    constructor(target, syntax, reason, line, column) {
        const detail = `invalid ${syntax}: ${reason}`;
        super(`${(0,errors/* formatLocation */.j$)({ file: target.label, line, column })}: ${detail}`, {
            input: target.input,
            location: target.file ? { file: target.file, line, column } : undefined,
            detail,
        });
        this.syntax = syntax;
        this.reason = reason;
        this.line = line;
        this.column = column;
    }
}
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
/** JSON.parse gives no position on Node 20 for most errors; jsonc-parser in strict mode gives the offset. */
function checkStrictJson(text, target) {
    const errors = [];
    (0,main.parse)(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const [first] = errors;
    if (!first)
        return;
    const { line, column } = lineAndColumn(text, first.offset);
    const reason = (0,main.printParseErrorCode)(first.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
    throw new DocumentSyntaxError(target, 'JSON', reason, line, column);
}
/** Refuses a text nested so deeply that parsing it would exhaust the stack (see document-depth.ts). */
function checkNesting(text, target) {
    const excess = findExcessiveNesting(text);
    if (!excess)
        return;
    const { line, column } = lineAndColumn(text, excess.offset);
    throw new DocumentSyntaxError(target, target.json ? 'JSON' : 'YAML', `nested more than ${MAX_DOCUMENT_DEPTH} levels deep; no spec or data file needs that many, so the file is refused`, line, column);
}
/** A parser that still ran out of stack (a shape the depth scan under-counts) is reported as the same refusal. */
function withStackGuard(target, parse) {
    try {
        return parse();
    }
    catch (error) {
        if (!(error instanceof RangeError) || !/call stack/i.test(error.message))
            throw error;
        throw new DocumentSyntaxError(target, target.json ? 'JSON' : 'YAML', 'nested too deeply to read; no spec or data file needs that many levels, so the file is refused', 1, 1);
    }
}
/** A document read whole and parsed with locations costs tens of times its size in memory: far above real ones. */
const MAX_DOCUMENT_BYTES = 16 * 2 ** 20;
/**
 * A strict JSON document. A document that `JSON.parse` (native, several times faster than any parser written in
 * JavaScript) reads with no key repeated is read by it, and its syntax tree (jsonc-parser's) is built only when a
 * location is asked for, which a valid source mostly never does: a factory of hundreds of files is read in a
 * fraction of the time. Any other document is read with the tree at once, which says where the syntax error or the
 * duplicate key is. Either way the findings and the locations are the same: every value located by its path (the key
 * of a property, as for YAML).
 */
function parseJsonDocumentText(text, file, options = {}) {
    const target = { label: file, file, ...options, json: true };
    checkNesting(text, target);
    const fast = parseUniqueKeyJson(text);
    let parsed;
    const withTree = () => {
        parsed ??= parseJsonTree(text, target);
        return parsed;
    };
    if (!fast)
        withTree();
    const locate = (path) => {
        const { tree, position } = withTree();
        for (let depth = path.length; depth >= 0; depth--) {
            const node = depth === 0 ? tree : (0,main.findNodeAtLocation)(tree, path.slice(0, depth));
            if (!node)
                continue;
            // For a property, point at its key, as YAML's locations do.
            const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
            return { file, ...position((key ?? node).offset) };
        }
        return { file };
    };
    return locatedDocument(file, fast ? fast.value : withStackGuard(target, () => (0,main.getNodeValue)(withTree().tree)), locate);
}
/**
 * `JSON.parse`'s value when it reads the text and no object in it repeats a key (JSON.parse keeps the last silently),
 * else undefined. In JSON that parses, every colon outside a string separates one property from its value, so the
 * keys are unique exactly when the value has as many properties as the text has such colons.
 */
function parseUniqueKeyJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const colons = text.replace(/"[^"\\]*(?:\\.[^"\\]*)*"/g, '').split(':').length - 1;
    return colons === countProperties(value) ? { value } : undefined;
}
function countProperties(value) {
    if (value === null || typeof value !== 'object')
        return 0;
    let count = 0;
    if (Array.isArray(value)) {
        for (const item of value)
            count += countProperties(item);
        return count;
    }
    for (const key of Object.keys(value))
        count += 1 + countProperties(value[key]);
    return count;
}
/** jsonc-parser's syntax tree of strict JSON; a syntax error or a repeated key is thrown at its line and column. */
function parseJsonTree(text, target) {
    const errors = [];
    const tree = withStackGuard(target, () => (0,main.parseTree)(text, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false,
    }));
    let lineStarts;
    const position = (offset) => {
        lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - lineStarts[low] + 1 };
    };
    const [first] = errors;
    if (first || !tree) {
        const { line, column } = position(first?.offset ?? 0);
        const reason = (0,main.printParseErrorCode)(first?.error ?? 4)
            .replace(/([a-z])([A-Z])/g, '$1 $2')
            .toLowerCase();
        throw new DocumentSyntaxError(target, 'JSON', reason, line, column);
    }
    const duplicate = findDuplicateKey(tree);
    if (duplicate) {
        const { line, column } = position(duplicate.offset);
        throw new DocumentSyntaxError(target, 'JSON', `duplicate key '${duplicate.value}'`, line, column);
    }
    return { tree, position };
}
/** The first key that repeats one of its object's keys, with where it is. */
function findDuplicateKey(root) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'object') {
            const seen = new Set();
            for (const property of node.children ?? []) {
                const key = property.children?.[0];
                if (key && typeof key.value === 'string') {
                    if (seen.has(key.value))
                        return { value: key.value, offset: key.offset };
                    seen.add(key.value);
                }
            }
        }
        for (const child of node.children ?? [])
            stack.push(child);
    }
    return undefined;
}
/** A parsed document: its value, where each path in it came from, and errors that point there. */
function locatedDocument(file, value, locate) {
    return {
        file,
        value,
        locate,
        errorAt(path, message, input) {
            const location = locate(path);
            const field = path.length ? ` (${formatPath(path)})` : '';
            return errors/* ConfigurationError */.j1.at(`${(0,errors/* formatLocation */.j$)(location, { column: false })}${field}`, message, {
                input,
                location,
            });
        },
    };
}
/** `settings.retry_settings.max_retries`, `activities[2].name`. */
function formatPath(path) {
    return path.reduce((text, segment) => typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment, '');
}
/**
 * Documents are read whole: a file far beyond what any spec, template or rows file needs is refused unread. A
 * missing or unreadable file passes here: reading it says which.
 */
async function refuseOversized(absolutePath, shownAs, input) {
    const size = await (0,promises_.stat)(absolutePath).then((stats) => stats.size, () => undefined);
    if (size !== undefined)
        checkDocumentSize(size, shownAs, input);
}
function checkDocumentSize(size, shownAs, input) {
    if (size > MAX_DOCUMENT_BYTES) {
        throw errors/* ConfigurationError */.j1.at(shownAs, `the file is ${(size / 2 ** 20).toFixed(1)} MB; spec, template, override and row documents are read whole, and over ${MAX_DOCUMENT_BYTES / 2 ** 20} MB are refused (ARM itself takes templates up to 4 MB). Split the file or keep large data in CSV.`, { input, location: { file: shownAs } });
    }
}
/**
 * A document file's text, read in one synchronous pass (open, size, read, close) and refused unread when oversized,
 * as `refuseOversized` then `readTextFile` do. For the hundreds of small files of a factory's git folder: one file
 * costs one open, fstat, read and close here, where the promise API made a realpath, a stat and readFile's four calls
 * each a round trip through the thread pool and the event loop.
 */
function readDocumentTextSync(absolutePath, shownAs, input) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolutePath, 'r');
    }
    catch (error) {
        throw (0,text_files/* unreadableFile */._s)(error, shownAs, input);
    }
    let bytes;
    try {
        checkDocumentSize((0,external_node_fs_.fstatSync)(fd).size, shownAs, input);
        bytes = (0,external_node_fs_.readFileSync)(fd);
    }
    catch (error) {
        throw error instanceof errors/* ConfigurationError */.j1 ? error : (0,text_files/* unreadableFile */._s)(error, shownAs, input);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return (0,text_files/* decodeText */.g7)(bytes, shownAs, input);
}


/***/ }),

/***/ 1616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   _s: () => (/* binding */ unreadableFile),
/* harmony export */   g7: () => (/* binding */ decodeText)
/* harmony export */ });
/* unused harmony export wideEncoding */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8382);
/**
 * Reading a user's text file as UTF-8, and saying plainly when it is not. Windows editors (and PowerShell's
 * `Out-File` before PowerShell 7) write UTF-16 or a UTF-8 byte order mark; read as UTF-8, a UTF-16 file is nothing
 * but "invalid JSON at 1:1". So: a UTF-8 BOM is dropped and reported (the caller says so, as a notice); UTF-16 and
 * UTF-32, with or without a BOM, and bytes that are not UTF-8 at all are refused, naming the encoding found.
 */


/** The UTF-16/32 encoding `bytes` are in, from their byte order mark or their zero bytes, if they are. */
function wideEncoding(bytes) {
    const [a, b, c, d] = bytes;
    if (a === 0xff && b === 0xfe)
        return c === 0 && d === 0 ? 'UTF-32 (little-endian)' : 'UTF-16 (little-endian)';
    if (a === 0xfe && b === 0xff)
        return 'UTF-16 (big-endian)';
    if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
        return 'UTF-32 (big-endian)';
    // Without a byte order mark: text of ASCII characters has a zero byte beside every character.
    const sample = bytes.subarray(0, Math.min(bytes.length, 200) & ~1);
    if (sample.length < 4)
        return undefined;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i++)
        if (sample[i] === 0)
            i % 2 === 0 ? evenZeros++ : oddZeros++;
    const half = sample.length / 2;
    if (oddZeros > half * 0.6 && evenZeros === 0)
        return 'UTF-16 (little-endian, without a byte order mark)';
    if (evenZeros > half * 0.6 && oddZeros === 0)
        return 'UTF-16 (big-endian, without a byte order mark)';
    return undefined;
}
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes `bytes` as UTF-8 (see the module comment); `shownAs` names the file in the refusal. */
function decodeText(bytes, shownAs, input) {
    const refuse = (detail) => _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1.at(shownAs, detail, { input, location: { file: shownAs } });
    const wide = wideEncoding(bytes);
    if (wide)
        throw refuse(`the file is encoded as ${wide}; save it as UTF-8 (without a byte order mark).`);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
        return { text: UTF8.decode(bom ? bytes.subarray(3) : bytes), bom };
    }
    catch {
        throw refuse('the file is not UTF-8 text (it holds bytes that UTF-8 does not allow); save it as UTF-8.');
    }
}
/** The refusal of a file that could not be read: not found, or the system's code. */
function unreadableFile(error, shownAs, input) {
    const code = error.code;
    return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1.at(shownAs, code === 'ENOENT' ? 'file not found.' : `cannot read the file (${code ?? String(error)}).`, { input, location: { file: shownAs }, cause: error });
}
/** Reads and decodes a file; a file that cannot be read is a ConfigurationError naming it. */
async function readTextFile(absolute, shownAs, input) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(absolute);
    }
    catch (error) {
        throw unreadableFile(error, shownAs, input);
    }
    return decodeText(bytes, shownAs, input);
}


/***/ })

};
