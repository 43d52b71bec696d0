export const id = 771;
export const ids = [771];
export const modules = {

/***/ 10807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ MAX_FIELDS),
/* harmony export */   WN: () => (/* binding */ scanFile),
/* harmony export */   pm: () => (/* binding */ CsvRowScanner)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/**
 * CSV rows straight from bytes (RFC 4180: fields quoted with `"`, `""` for a quote inside, quoted fields may hold
 * delimiters and line breaks; LF or CRLF line ends; a UTF-8 byte order mark is skipped; blank lines are skipped, as
 * pandas skips them). A row is handed over as field boundaries into the chunk that holds it, never as strings: the
 * checks read only the fields they need, and most of them as numbers parsed from the bytes (field-values.ts). That
 * is what lets a million-row output be checked against a million-row golden file faster than pandas with a fraction
 * of its memory (bench/integration.mjs); `csv-parse` hands over every field as a string and streams at a third of
 * the speed (TOOLCHAIN.md).
 *
 * A line without a quote is split by the delimiter alone (the line end is found with the native `indexOf`); only a
 * line that holds a quote goes through the full grammar. A chunk that ends inside a row keeps that row's bytes for
 * the next chunk, so memory is one chunk plus one row. `scanFile` reads a file into one reused buffer: no garbage
 * per chunk, which at a million rows is what keeps the resident memory down.
 */

/** Fields a row may have; a longer row is malformed (`overflow`). */
const MAX_FIELDS = 1024;
const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
class CsvRowScanner {
    onRow;
    maxFields;
    pending;
    line = 1;
    first = true;
    row;
    delimiter;
    constructor(delimiter, onRow, maxFields = MAX_FIELDS) {
        this.onRow = onRow;
        this.maxFields = maxFields;
        if (Buffer.byteLength(delimiter) !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
            throw new TypeError(`A CSV delimiter is one ASCII character other than a quote or a line end`);
        }
        this.delimiter = delimiter.charCodeAt(0);
        this.row = {
            buf: Buffer.alloc(0),
            starts: new Int32Array(maxFields),
            ends: new Int32Array(maxFields),
            escaped: new Uint8Array(maxFields),
            count: 0,
            line: 1,
            overflow: false,
        };
    }
    write(chunk) {
        let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        if (this.first && buf.length > 0) {
            if (buf.length < 3 && buf[0] === 0xef) {
                this.pending = buf;
                return;
            }
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        const consumed = this.scan(buf, buf.length, false);
        this.pending = consumed < buf.length ? buf.subarray(consumed) : undefined;
    }
    /** The last row, even without a line end. */
    end() {
        const buf = this.pending;
        this.pending = undefined;
        if (buf && buf.length > 0) {
            if (this.first && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                this.scan(buf.subarray(3), buf.length - 3, true);
            }
            else
                this.scan(buf, buf.length, true);
        }
    }
    /**
     * Parses every complete row of `buf[start..end)` (every row, with `final`); answers where the unconsumed bytes
     * start. For callers that manage their own buffer (scanFile); `write` and `end` are the streaming form.
     */
    scanRange(buf, start, end, final) {
        if (this.first && end > start) {
            if (end - start < 3 && !final && buf[start] === 0xef)
                return start;
            this.first = false;
            if (buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf)
                start += 3;
        }
        return this.scan(buf, end, final, start);
    }
    /** Parses every complete row of `buf[from..length)`; answers how many bytes were consumed. */
    scan(buf, length, final, from = 0) {
        const row = this.row;
        row.buf = buf;
        let p = from;
        let nextQuote = buf.indexOf(QUOTE, p);
        if (nextQuote < 0 || nextQuote > length)
            nextQuote = length;
        while (p < length) {
            let lineFeed = buf.indexOf(LF, p);
            if (lineFeed >= length)
                lineFeed = -1;
            if (lineFeed < 0) {
                if (!final)
                    return p;
                lineFeed = length;
            }
            if (nextQuote < p) {
                nextQuote = buf.indexOf(QUOTE, p);
                if (nextQuote < 0 || nextQuote > length)
                    nextQuote = length;
            }
            if (nextQuote < lineFeed) {
                const end = this.quotedRow(buf, p, length, final);
                if (end < 0)
                    return p;
                p = end;
                continue;
            }
            const contentEnd = lineFeed > p && buf[lineFeed - 1] === CR ? lineFeed - 1 : lineFeed;
            row.line = this.line;
            this.line++;
            if (contentEnd > p) {
                this.splitPlain(buf, p, contentEnd);
                this.onRow(row);
            }
            p = lineFeed + 1;
        }
        return length;
    }
    /** A line without quotes: fields between delimiters. */
    splitPlain(buf, start, end) {
        const row = this.row;
        const { starts, ends, escaped } = row;
        const delimiter = this.delimiter;
        const max = this.maxFields;
        let count = 0;
        let fieldStart = start;
        for (let q = start; q < end; q++) {
            if (buf[q] === delimiter) {
                if (count < max) {
                    starts[count] = fieldStart;
                    ends[count] = q;
                    escaped[count] = 0;
                }
                count++;
                fieldStart = q + 1;
            }
        }
        if (count < max) {
            starts[count] = fieldStart;
            ends[count] = end;
            escaped[count] = 0;
        }
        count++;
        row.overflow = count > max;
        row.count = Math.min(count, max);
    }
    /**
     * A row with quotes, by the full grammar; answers where the next row starts, or -1 when the bytes end inside it
     * (and this is not the last chunk).
     */
    quotedRow(buf, start, length, final) {
        const row = this.row;
        const { starts, ends, escaped } = row;
        const delimiter = this.delimiter;
        let lines = 0;
        let count = 0;
        let p = start;
        let blank = true;
        for (;;) {
            let fieldStart;
            let fieldEnd;
            let doubled = 0;
            if (p < length && buf[p] === QUOTE) {
                blank = false;
                p++;
                fieldStart = p;
                for (;;) {
                    if (p >= length) {
                        if (!final)
                            return -1;
                        fieldEnd = p;
                        break;
                    }
                    const c = buf[p];
                    if (c === QUOTE) {
                        if (p + 1 < length && buf[p + 1] === QUOTE) {
                            doubled = 1;
                            p += 2;
                            continue;
                        }
                        if (p + 1 >= length && !final)
                            return -1;
                        fieldEnd = p;
                        p++;
                        break;
                    }
                    if (c === LF)
                        lines++;
                    p++;
                }
                // Characters after the closing quote up to the delimiter belong to the field, as pandas reads them.
                while (p < length && buf[p] !== delimiter && buf[p] !== LF && buf[p] !== CR) {
                    p++;
                    fieldEnd = p;
                }
            }
            else {
                fieldStart = p;
                while (p < length && buf[p] !== delimiter && buf[p] !== LF && buf[p] !== CR)
                    p++;
                fieldEnd = p;
                if (fieldEnd > fieldStart)
                    blank = false;
            }
            if (count < this.maxFields) {
                starts[count] = fieldStart;
                ends[count] = fieldEnd;
                escaped[count] = doubled;
            }
            count++;
            if (p >= length) {
                if (!final)
                    return -1;
                break;
            }
            const c = buf[p];
            if (c === delimiter) {
                blank = false;
                p++;
                continue;
            }
            if (c === CR) {
                if (p + 1 >= length && !final)
                    return -1;
                p++;
                if (p < length && buf[p] === LF)
                    p++;
            }
            else
                p++;
            break;
        }
        row.line = this.line;
        this.line += lines + 1;
        row.overflow = count > this.maxFields;
        row.count = Math.min(count, this.maxFields);
        if (!blank)
            this.onRow(row);
        return p;
    }
}
/** Streams a file through the scanner with one reused buffer (grown only for a row longer than it). */
async function scanFile(path, scanner, chunkSize = 1 << 20) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        let buf = Buffer.allocUnsafe(chunkSize);
        let kept = 0;
        for (;;) {
            if (kept === buf.length) {
                const grown = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(grown, 0, 0, kept);
                buf = grown;
            }
            const { bytesRead } = await handle.read(buf, kept, buf.length - kept, null);
            const filled = kept + bytesRead;
            if (bytesRead === 0) {
                scanner.scanRange(buf, 0, filled, true);
                return;
            }
            const consumed = scanner.scanRange(buf, 0, filled, false);
            buf.copyWithin(0, consumed, filled);
            kept = filled - consumed;
        }
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 10412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O3: () => (/* binding */ fieldNumber),
/* harmony export */   R3: () => (/* binding */ isIntegerField),
/* harmony export */   X1: () => (/* binding */ fieldBoolean),
/* harmony export */   c6: () => (/* binding */ fieldEquals),
/* harmony export */   gF: () => (/* binding */ fieldText),
/* harmony export */   k9: () => (/* binding */ isNullField)
/* harmony export */ });
/* unused harmony export parseNumber */
/* harmony import */ var _key_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50055);

const SPACE = 0x20;
const TAB = 0x09;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
const NULL_SPELLINGS = ['NA', 'NaN', 'nan', 'null', 'NULL', 'None'].map((text) => Buffer.from(text));
function isNullField(row, index) {
    if (index >= row.count)
        return true;
    const start = row.starts[index];
    const end = row.ends[index];
    const length = end - start;
    if (length === 0)
        return true;
    if (length > 4)
        return false;
    const buf = row.buf;
    const first = buf[start];
    // Every spelling starts with N or n: most short fields (digits) are told apart by their first byte.
    if (first !== 0x4e && first !== 0x6e)
        return false;
    for (const spelling of NULL_SPELLINGS) {
        if (spelling.length !== length)
            continue;
        let same = true;
        for (let i = 0; i < length && same; i++)
            same = spelling[i] === buf[start + i];
        if (same)
            return true;
    }
    return false;
}
/** The field's text: UTF-8, a quoted field's doubled quotes made single. */
function fieldText(row, index) {
    if (index >= row.count)
        return '';
    const text = row.buf.toString('utf8', row.starts[index], row.ends[index]);
    return row.escaped[index] ? text.replace(/""/g, '"') : text;
}
/** True when the field's bytes equal `bytes` (unescaped fields only; an escaped one is compared as text). */
function fieldEquals(row, index, bytes, start, end) {
    if (index >= row.count)
        return end === start;
    if (row.escaped[index])
        return fieldText(row, index) === bytes.toString('utf8', start, end);
    return (0,_key_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sameBytes */ .er)(row.buf, row.starts[index], row.ends[index], bytes, start, end);
}
/** The field as a finite number, or NaN when it is not one (missing, text, or out of a double's range). */
function fieldNumber(row, index) {
    if (index >= row.count)
        return Number.NaN;
    return parseNumber(row.buf, row.starts[index], row.ends[index]);
}
function parseNumber(buf, start, end) {
    let p = start;
    while (p < end && (buf[p] === SPACE || buf[p] === TAB))
        p++;
    while (end > p && (buf[end - 1] === SPACE || buf[end - 1] === TAB))
        end--;
    if (p >= end)
        return Number.NaN;
    const tokenStart = p;
    let negative = false;
    if (buf[p] === MINUS) {
        negative = true;
        p++;
    }
    else if (buf[p] === PLUS)
        p++;
    let mantissa = 0;
    let significant = 0;
    let exponent = 0;
    let digits = 0;
    let exact = true;
    while (p < end) {
        const d = buf[p] - ZERO;
        if (d < 0 || d > 9)
            break;
        digits++;
        if (significant > 0 || d !== 0) {
            if (significant < 15) {
                mantissa = mantissa * 10 + d;
                significant++;
            }
            else {
                exponent++;
                if (d !== 0)
                    exact = false;
            }
        }
        p++;
    }
    if (p < end && buf[p] === DOT) {
        p++;
        while (p < end) {
            const d = buf[p] - ZERO;
            if (d < 0 || d > 9)
                break;
            digits++;
            if (significant > 0 || d !== 0) {
                if (significant < 15) {
                    mantissa = mantissa * 10 + d;
                    significant++;
                    exponent--;
                }
                else if (d !== 0)
                    exact = false;
            }
            else
                exponent--;
            p++;
        }
    }
    if (digits === 0)
        return Number.NaN;
    if (p < end && (buf[p] === LOWER_E || buf[p] === UPPER_E)) {
        p++;
        let exponentNegative = false;
        if (p < end && (buf[p] === MINUS || buf[p] === PLUS)) {
            exponentNegative = buf[p] === MINUS;
            p++;
        }
        let written = 0;
        let exponentDigits = 0;
        while (p < end) {
            const d = buf[p] - ZERO;
            if (d < 0 || d > 9)
                break;
            if (written < 100_000)
                written = written * 10 + d;
            exponentDigits++;
            p++;
        }
        if (exponentDigits === 0)
            return Number.NaN;
        exponent += exponentNegative ? -written : written;
    }
    if (p !== end)
        return Number.NaN;
    let value;
    if (mantissa === 0)
        value = 0;
    else if (exact && exponent >= -22 && exponent <= 22) {
        value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent] : mantissa * POWERS_OF_TEN[exponent];
    }
    else {
        value = Math.abs(Number(buf.toString('latin1', tokenStart, end)));
    }
    if (!Number.isFinite(value))
        return Number.NaN;
    return negative ? -value : value;
}
/** An optional sign and digits only (`1.0` is a number, not an integer). */
function isIntegerField(row, index) {
    if (index >= row.count)
        return false;
    const buf = row.buf;
    let p = row.starts[index];
    const end = row.ends[index];
    if (p < end && (buf[p] === MINUS || buf[p] === PLUS))
        p++;
    if (p >= end)
        return false;
    for (; p < end; p++) {
        const d = buf[p] - ZERO;
        if (d < 0 || d > 9)
            return false;
    }
    return true;
}
/** `true`/`false` in any case (Python writes `True`/`False`), or undefined. */
function fieldBoolean(row, index) {
    if (index >= row.count)
        return undefined;
    const length = row.ends[index] - row.starts[index];
    if (length !== 4 && length !== 5)
        return undefined;
    const text = fieldText(row, index).toLowerCase();
    return text === 'true' ? true : text === 'false' ? false : undefined;
}


/***/ }),

/***/ 94771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   LI: () => (/* binding */ KeyBuilder),
/* harmony export */   V8: () => (/* binding */ VALUE_MISSING),
/* harmony export */   o3: () => (/* binding */ loadGolden),
/* harmony export */   sz: () => (/* binding */ rowHasKey)
/* harmony export */ });
/* unused harmony export VALUE_TEXT */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58382);
/* harmony import */ var _shared_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34325);
/* harmony import */ var _shared_suggest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60427);
/* harmony import */ var _csv_rows_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10807);
/* harmony import */ var _field_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10412);
/* harmony import */ var _key_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50055);
/**
 * The golden file, read once before the scoring runs (so a bad golden file is refused before anything is written):
 * its header names the key columns and the columns to compare, each of which must be an output column; each row
 * goes into the key index (a duplicate key is the file's error) and its compared values into typed arrays — a
 * number, a missing value, or text kept as bytes. Memory is the keys' bytes plus 9 bytes per row and compared
 * column; nothing else of the file is kept.
 */







/** A golden value's kind, read only when its number is NaN (a number is stored as itself). */
const VALUE_MISSING = 1;
const VALUE_TEXT = 2;
/** Between the fields of a composite key: the ASCII unit separator, which data fields do not hold. */
const KEY_SEPARATOR = 0x1f;
const MAX_PROBLEMS = 20;
/** A composite key's bytes, built into a reusable buffer. */
class KeyBuilder {
    buf = Buffer.allocUnsafe(256);
    length = 0;
    build(row, indexes) {
        let length = 0;
        for (let k = 0; k < indexes.length; k++) {
            const index = indexes[k];
            if (k > 0) {
                this.ensure(length + 1);
                this.buf[length++] = KEY_SEPARATOR;
            }
            if (index >= row.count)
                continue;
            if (row.escaped[index]) {
                const bytes = Buffer.from((0,_field_values_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(row, index));
                this.ensure(length + bytes.length);
                bytes.copy(this.buf, length);
                length += bytes.length;
            }
            else {
                const start = row.starts[index];
                const end = row.ends[index];
                this.ensure(length + end - start);
                (0,_key_index_js__WEBPACK_IMPORTED_MODULE_5__/* .copyBytes */ .nC)(row.buf, start, end, this.buf, length);
                length += end - start;
            }
        }
        this.length = length;
    }
    hash() {
        return (0,_key_index_js__WEBPACK_IMPORTED_MODULE_5__/* .hashBytes */ .yi)(this.buf, 0, this.length);
    }
    ensure(size) {
        if (size <= this.buf.length)
            return;
        const grown = Buffer.allocUnsafe(Math.max(size, this.buf.length * 2));
        this.buf.copy(grown);
        this.buf = grown;
    }
}
/**
 * True when the row's key fields are the key of `entry`, compared in place (no copy). The checker tries the entry
 * after the last one matched first: an output in the golden file's order (the usual case: both follow the input)
 * then costs no hashing and no probing.
 */
function rowHasKey(row, indexes, keys, entry) {
    const buf = keys.buf;
    let p = keys.start(entry);
    const end = keys.end(entry);
    for (let k = 0; k < indexes.length; k++) {
        if (k > 0) {
            if (p >= end || buf[p] !== KEY_SEPARATOR)
                return false;
            p++;
        }
        const index = indexes[k];
        if (index >= row.count)
            continue;
        if (row.escaped[index])
            return false;
        const source = row.buf;
        for (let i = row.starts[index], stop = row.ends[index]; i < stop; i++, p++) {
            if (p >= end || buf[p] !== source[i])
                return false;
        }
    }
    return p === end;
}
/** A key's values by column name, for reports. */
function keyValues(table, row) {
    const parts = table.index.keys.text(row).split(String.fromCharCode(KEY_SEPARATOR));
    return Object.fromEntries(table.keyNames.map((name, i) => [name, parts[i] ?? '']));
}
function grown(array, size) {
    if (size <= array.length)
        return array;
    const next = new array.constructor(Math.max(size, Math.ceil(array.length * 1.5)));
    next.set(array);
    return next;
}
/**
 * The file's rows, estimated from its size and the lines of its first 256 KB (exact for a smaller file), so the
 * per-row arrays are allocated once at about the right size instead of doubling (and briefly doubling the memory).
 */
async function estimateRows(path) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const sample = Buffer.allocUnsafe(Math.min(size, 256 * 1024));
        const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
        let lines = 0;
        for (let p = sample.indexOf(0x0a); p >= 0 && p < bytesRead; p = sample.indexOf(0x0a, p + 1))
            lines++;
        if (bytesRead >= size)
            return lines + 1;
        return Math.ceil((((lines || 1) * size) / bytesRead) * 1.02) + 16;
    }
    finally {
        await handle.close();
    }
}
/** Rows read before the key bytes per row are known well enough to size the key arena. */
const SAMPLE_ROWS = 1000;
async function loadGolden(golden, output) {
    const problems = [];
    const at = (line) => ({ file: golden.shown, line });
    const outputIndex = new Map(output.map((column, index) => [column.name, index]));
    let header;
    let keyGoldenIndexes = [];
    let compared = [];
    const index = new _key_index_js__WEBPACK_IMPORTED_MODULE_5__/* .KeyIndex */ .u_();
    const key = new KeyBuilder();
    const estimated = await estimateRows(golden.file).catch(() => 1024);
    index.reserve(estimated);
    // Each row's line, kept only once a row is not on the line its position says (a blank line or a quoted line
    // break before it): the usual file costs nothing here.
    let lines;
    let firstRowLine = 2;
    const lineOf = (entry) => (lines ? lines[entry] : entry + firstRowLine);
    let rows = 0;
    const readHeader = (row) => {
        firstRowLine = row.line + 1;
        header = Array.from({ length: row.count }, (_, i) => (0,_field_values_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(row, i).trim());
        const names = output.map((column) => column.name);
        const missingKeys = golden.keys.filter((name) => !header.includes(name));
        if (missingKeys.length) {
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${golden.shown} line ${row.line}: the golden file has no column ${missingKeys.map((k) => `'${k}'`).join(', ')} (golden.keys); its columns are: ${header.join(', ')}.`, { input: 'expectations', location: at(row.line) });
        }
        for (const name of header) {
            if (!outputIndex.has(name)) {
                const close = (0,_shared_suggest_js__WEBPACK_IMPORTED_MODULE_6__/* .suggest */ .Z)(name, names);
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${golden.shown} line ${row.line}: column '${name}' of the golden file is not a column of the output${close ? ` (did you mean '${close}'?)` : ''}; the output's columns (output.columns) are: ${names.join(', ')}.`, { input: 'expectations', location: at(row.line) });
            }
        }
        for (const [name, tolerance] of Object.entries(golden.columns)) {
            if (!header.includes(name) || golden.keys.includes(name)) {
                throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${tolerance.location.file} line ${tolerance.location.line}: golden.columns names '${name}', which is ${golden.keys.includes(name) ? 'a key column (keys are matched exactly)' : `not a column of the golden file ${golden.shown}`}.`, { input: 'expectations', location: tolerance.location });
            }
        }
        keyGoldenIndexes = golden.keys.map((name) => header.indexOf(name));
        compared = header.flatMap((name, goldenIndex) => golden.keys.includes(name)
            ? []
            : [
                {
                    goldenIndex,
                    column: {
                        name,
                        outputIndex: outputIndex.get(name),
                        tolerance: golden.columns[name] ?? golden.tolerance,
                        kinds: new Uint8Array(estimated),
                        numbers: new Float64Array(estimated),
                        textEntries: new Int32Array(1024),
                        texts: new _key_index_js__WEBPACK_IMPORTED_MODULE_5__/* .ByteArena */ .it(),
                    },
                },
            ]);
    };
    const readRow = (row) => {
        if (row.count !== header.length || row.overflow) {
            problems.push({
                message: `the row has ${row.count} field(s), the header ${header.length}`,
                location: at(row.line),
            });
            return;
        }
        key.build(row, keyGoldenIndexes);
        const hash = key.hash();
        const entry = index.add(key.buf, 0, key.length, hash);
        if (entry < 0) {
            const first = lineOf(-entry - 1);
            problems.push({
                message: `the key (${golden.keys.join(', ')}) is the same as on line ${first}; each key may appear once`,
                location: at(row.line),
            });
            return;
        }
        if (entry === SAMPLE_ROWS) {
            index.keys.reserve(estimated, Math.ceil((index.keys.bytes / SAMPLE_ROWS) * estimated * 1.02));
        }
        if (lines || row.line !== entry + firstRowLine) {
            if (!lines) {
                lines = new Int32Array(estimated);
                for (let earlier = 0; earlier < entry; earlier++)
                    lines[earlier] = earlier + firstRowLine;
            }
            lines = grown(lines, entry + 1);
            lines[entry] = row.line;
        }
        for (const { goldenIndex, column } of compared) {
            column.kinds = grown(column.kinds, entry + 1);
            column.numbers = grown(column.numbers, entry + 1);
            if ((0,_field_values_js__WEBPACK_IMPORTED_MODULE_4__/* .isNullField */ .k9)(row, goldenIndex)) {
                column.numbers[entry] = Number.NaN;
                column.kinds[entry] = VALUE_MISSING;
                continue;
            }
            const value = (0,_field_values_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldNumber */ .O3)(row, goldenIndex);
            column.numbers[entry] = value;
            if (!Number.isNaN(value))
                continue;
            column.kinds[entry] = VALUE_TEXT;
            column.textEntries = grown(column.textEntries, entry + 1);
            const bytes = row.escaped[goldenIndex] ? Buffer.from((0,_field_values_js__WEBPACK_IMPORTED_MODULE_4__/* .fieldText */ .gF)(row, goldenIndex)) : row.buf;
            const start = row.escaped[goldenIndex] ? 0 : row.starts[goldenIndex];
            const end = row.escaped[goldenIndex] ? bytes.length : row.ends[goldenIndex];
            column.textEntries[entry] = column.texts.push(bytes, start, end);
        }
        rows = entry + 1;
    };
    const scanner = new _csv_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .CsvRowScanner */ .pm(golden.delimiter, (row) => {
        if (problems.length >= MAX_PROBLEMS)
            return;
        if (!header)
            readHeader(row);
        else
            readRow(row);
    });
    try {
        await (0,_csv_rows_js__WEBPACK_IMPORTED_MODULE_3__/* .scanFile */ .WN)(golden.file, scanner);
    }
    catch (error) {
        if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
            throw error;
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${golden.shown}: cannot read the golden file (${String(error)}).`, {
            input: 'expectations',
            location: { file: golden.shown },
            cause: error,
        });
    }
    if (!header) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${golden.shown}: the golden file is empty; it needs a header row.`, {
            input: 'expectations',
            location: { file: golden.shown },
        });
    }
    if (problems.length > 0) {
        throw new _shared_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .ProblemsError */ .FQ(`${golden.shown} is not a valid golden file`, problems, 'expectations');
    }
    return {
        file: golden.shown,
        rows,
        index,
        keyOutputIndexes: golden.keys.map((name) => outputIndex.get(name)),
        keyNames: golden.keys,
        columns: compared.map(({ column }) => column),
        lineOf,
    };
}


/***/ }),

/***/ 50055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   er: () => (/* binding */ sameBytes),
/* harmony export */   it: () => (/* binding */ ByteArena),
/* harmony export */   nC: () => (/* binding */ copyBytes),
/* harmony export */   u_: () => (/* binding */ KeyIndex),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/**
 * The golden file's rows by key, in typed arrays instead of a Map of strings: every key's bytes go into one growing
 * buffer (ByteArena), and an open-addressing table of row numbers finds them by a 32-bit FNV-1a hash, confirmed by
 * comparing the bytes. A million keys of ~25 bytes take ~45 MB this way (the bytes, their offsets, a table at most
 * half full), a third of what a Map<string, number> needs, and a lookup allocates nothing.
 */
/**
 * Copies `source[start..end)` to `target[at..]`. A loop, not `Buffer.copy`: keys and fields are a few bytes, and
 * `Buffer.copy` makes a typed-array view per call, which for millions of rows is most of the time and garbage.
 */
function copyBytes(source, start, end, target, at) {
    if (end - start > 64) {
        source.copy(target, at, start, end);
        return;
    }
    for (let i = start; i < end; i++)
        target[at++] = source[i];
}
/** The same check for short byte strings: equal lengths are compared byte by byte. */
function sameBytes(a, aStart, aEnd, b, bStart, bEnd) {
    const length = aEnd - aStart;
    if (length !== bEnd - bStart)
        return false;
    if (length > 64)
        return a.compare(b, bStart, bEnd, aStart, aEnd) === 0;
    for (let i = 0; i < length; i++)
        if (a[aStart + i] !== b[bStart + i])
            return false;
    return true;
}
/** Byte strings appended one after another; entry i is `buf[starts[i] .. starts[i + 1])`. */
class ByteArena {
    buf = Buffer.allocUnsafe(1 << 16);
    starts = new Int32Array(1 << 12);
    count = 0;
    used = 0;
    /** Makes room for `entries` entries of `bytes` bytes in all, so a known size is allocated once. */
    reserve(entries, bytes) {
        if (bytes > this.buf.length) {
            const grown = Buffer.allocUnsafe(bytes);
            this.buf.copy(grown, 0, 0, this.used);
            this.buf = grown;
        }
        if (entries + 1 > this.starts.length) {
            const grown = new Int32Array(entries + 1);
            grown.set(this.starts);
            this.starts = grown;
        }
    }
    get bytes() {
        return this.used;
    }
    /** Appends `bytes[start..end)`; answers the entry's number. */
    push(bytes, start, end) {
        const length = end - start;
        if (this.used + length > this.buf.length) {
            const grown = Buffer.allocUnsafe(Math.max(Math.ceil(this.buf.length * 1.5), this.used + length));
            this.buf.copy(grown, 0, 0, this.used);
            this.buf = grown;
        }
        if (this.count + 2 > this.starts.length) {
            const grown = new Int32Array(this.starts.length * 2);
            grown.set(this.starts);
            this.starts = grown;
        }
        copyBytes(bytes, start, end, this.buf, this.used);
        this.starts[this.count] = this.used;
        this.used += length;
        this.starts[this.count + 1] = this.used;
        return this.count++;
    }
    start(entry) {
        return this.starts[entry];
    }
    end(entry) {
        return this.starts[entry + 1];
    }
    text(entry) {
        return this.buf.toString('utf8', this.start(entry), this.end(entry));
    }
}
function hashBytes(buf, start, end) {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) {
        hash ^= buf[i];
        hash = Math.imul(hash, 0x01000193);
    }
    return hash >>> 0;
}
/**
 * Keys (byte strings) to their entry number; an entry's number is the order it was added in. A slot holds the entry
 * number and the key's hash side by side, so a probe that meets another key is told apart in the same cache line,
 * without reading that key's bytes (the arena is read only to confirm a hash that matches).
 */
class KeyIndex {
    keys = new ByteArena();
    /** Pairs per slot: entry number + 1 (0: empty), then the key's hash. */
    slots = new Int32Array(2 << 13);
    mask = (1 << 13) - 1;
    get size() {
        return this.keys.count;
    }
    /** Sizes the table for `entries` keys at once (the golden file's estimated rows). */
    reserve(entries) {
        let size = this.mask + 1;
        while (entries * 2 > size)
            size *= 2;
        if (size > this.mask + 1)
            this.rehash(size);
    }
    /** The entry holding these bytes, or -1. */
    find(bytes, start, end, hash) {
        const { slots, mask } = this;
        const arena = this.keys;
        const signed = hash | 0;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const held = slots[slot * 2];
            if (held === 0)
                return -1;
            if (slots[slot * 2 + 1] !== signed)
                continue;
            const entry = held - 1;
            if (sameBytes(arena.buf, arena.starts[entry], arena.starts[entry + 1], bytes, start, end))
                return entry;
        }
    }
    /** Adds a key; answers its entry, or -(existing entry) - 1 when the key is already there. */
    add(bytes, start, end, hash) {
        const existing = this.find(bytes, start, end, hash);
        if (existing >= 0)
            return -existing - 1;
        if ((this.keys.count + 1) * 2 > this.mask + 1)
            this.rehash((this.mask + 1) * 2);
        const entry = this.keys.push(bytes, start, end);
        this.place(entry, hash);
        return entry;
    }
    place(entry, hash) {
        const { slots, mask } = this;
        let slot = hash & mask;
        while (slots[slot * 2] !== 0)
            slot = (slot + 1) & mask;
        slots[slot * 2] = entry + 1;
        slots[slot * 2 + 1] = hash | 0;
    }
    /** A larger table: each key's hash is computed again from its bytes (the table keeps no list of them). */
    rehash(size) {
        const arena = this.keys;
        this.slots = new Int32Array(size * 2);
        this.mask = size - 1;
        for (let entry = 0; entry < arena.count; entry++) {
            this.place(entry, hashBytes(arena.buf, arena.start(entry), arena.end(entry)));
        }
    }
}


/***/ })

};
