export const id = 876;
export const ids = [876];
export const modules = {

/***/ 35876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ROWS_INPUT: () => (/* binding */ ROWS_INPUT),
  readRows: () => (/* binding */ readRows)
});

// EXTERNAL MODULE: ./src/shared/files.ts + 3 modules
var shared_files = __webpack_require__(51512);
// EXTERNAL MODULE: ./src/shared/problems.ts
var shared_problems = __webpack_require__(34325);
// EXTERNAL MODULE: ./src/apply-control-metadata/problems.ts
var apply_control_metadata_problems = __webpack_require__(32056);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(40712);
// EXTERNAL MODULE: ./src/shared/documents.ts
var documents = __webpack_require__(47583);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/apply-control-metadata/model.ts
var model = __webpack_require__(50103);
// EXTERNAL MODULE: ./src/apply-control-metadata/row-validation.ts + 2 modules
var row_validation = __webpack_require__(89517);
;// CONCATENATED MODULE: ./src/apply-control-metadata/row-csv.ts
/**
 * Rows from a CSV file (`.csv`, RFC 4180, UTF-8): a header row of column names, then one record per row. An empty
 * cell is absent (the column's default); a boolean column (`enabled`) is `true` or `false` (any case); a JSON column
 * (`parameters`) is JSON text. Each value keeps the line and column it starts at; row-validation.ts checks them.
 */






/** Reads one CSV file of rows; a file that is not UTF-8 or not CSV is one problem. */
async function readRowCsv(absolute, file) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await (0,promises_.readFile)(absolute));
    }
    catch (error) {
        const { code, message } = (0,errors.describeError)(error);
        const reason = code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
            ? 'the file is not UTF-8; save it as UTF-8 (in Excel: "CSV UTF-8")'
            : `cannot read the file (${code ?? message})`;
        return { rows: [], problems: [{ message: reason, location: { file } }] };
    }
    const problems = [];
    return { rows: rowsOfCsv(text, file, problems), problems };
}
/**
 * The line and column where each field of a record starts. csv-parse reports the line a record ends on; counting
 * back over its raw text (which includes any blank lines skipped before it) gives where each field starts.
 */
function fieldPositions(raw, endLine) {
    const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    let line = endLine - (body.match(/\n/g)?.length ?? 0);
    let index = 0;
    while (body[index] === '\n') {
        index += 1;
        line += 1;
    }
    let column = 1;
    let quoted = false;
    const positions = [{ line, column }];
    for (; index < body.length; index++) {
        const char = body[index];
        if (char === '\n') {
            line += 1;
            column = 1;
            continue;
        }
        column += 1;
        if (char === '"')
            quoted = !quoted;
        else if (char === ',' && !quoted)
            positions.push({ line, column });
    }
    return positions;
}
function rowsOfCsv(text, file, problems) {
    let records;
    try {
        // One line ending throughout, so csv-parse's line count and ours agree; quoted values keep their newlines as \n.
        const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
        records = (0,sync/* parse */.q)(normalised, {
            info: true,
            raw: true,
            skip_empty_lines: true,
            record_delimiter: '\n',
        });
    }
    catch (error) {
        if (!(error instanceof sync/* CsvError */.J))
            throw error;
        const line = typeof error.lines === 'number' ? error.lines : undefined;
        problems.push({ message: `invalid CSV: ${csvErrorReason(error)}`, location: { file, line } });
        return [];
    }
    const [header, ...body] = records;
    if (!header) {
        problems.push({
            message: `the file is empty; a CSV file of rows starts with a header of column names (${model.ROW_COLUMNS.join(',')})`,
            location: { file },
        });
        return [];
    }
    const headerAt = fieldPositions(header.raw, header.info.lines);
    const columns = [];
    let usable = true;
    for (const [index, name] of header.record.entries()) {
        const location = { file, ...headerAt[index] };
        const known = model.ROW_COLUMNS.includes(name) ? name : undefined;
        if (name === '') {
            problems.push({ message: `column ${index + 1} of the header has no name`, location });
        }
        else if (!known) {
            problems.push({ message: (0,row_validation/* unknownColumn */.Rn)(name), location });
        }
        else if (columns.includes(known)) {
            problems.push({ message: `the header names the column '${name}' twice`, location });
            usable = false;
        }
        columns.push(known);
    }
    for (const column of model.REQUIRED_COLUMNS) {
        if (!columns.includes(column)) {
            problems.push({
                message: `the header has no '${column}' column, which every row needs; the columns are ${model.ROW_COLUMNS.join(', ')}`,
                location: { file, line: header.info.lines },
            });
            usable = false;
        }
    }
    if (!usable)
        return [];
    const rows = [];
    for (const { record, raw, info } of body) {
        const positions = fieldPositions(raw, info.lines);
        const fields = new Map();
        for (const [index, cell] of record.entries()) {
            const column = columns[index];
            if (!column)
                continue;
            const location = { file, ...positions[index] };
            fields.set(column, { value: csvValue(column, cell, location, problems), location });
        }
        rows.push({ location: { file, ...positions[0] }, fields });
    }
    return rows;
}
/**
 * What csv-parse refused, in words, from its error code and fields: its own message repeats the line, which the
 * problem's location already has. A code not named here keeps csv-parse's message as it is.
 */
function csvErrorReason(error) {
    const quoting = 'quote the whole value and write each quote inside it twice ("a""1")';
    switch (error.code) {
        case 'CSV_QUOTE_NOT_CLOSED':
            return `Quote Not Closed: a quoted value has no closing quote before the end of the file`;
        case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
            const fields = Array.isArray(error.record) ? ` has ${error.record.length} fields, but it` : '';
            return `Invalid Record Length: the record${fields} must have as many fields as the header`;
        }
        case 'INVALID_OPENING_QUOTE': {
            const field = typeof error.column === 'number' ? ` of field ${error.column + 1}` : '';
            return `Invalid Opening Quote: a quote inside the unquoted value${field}; ${quoting}`;
        }
        case 'CSV_INVALID_CLOSING_QUOTE':
        case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
            return `Invalid Closing Quote: a quoted value goes on after its closing quote; ${quoting}`;
        default:
            return error.message;
    }
}
/** A cell as the value it stands for; `undefined` (absent) when empty or when it cannot be read (a problem). */
function csvValue(column, cell, location, problems) {
    if (cell === '')
        return undefined;
    const kind = model.ROW_COLUMN_KINDS[column];
    if (kind === 'boolean') {
        const lower = cell.toLowerCase();
        if (lower === 'true' || lower === 'false')
            return lower === 'true';
        problems.push({ message: `'${column}' must be true or false, not ${JSON.stringify(cell)}`, location });
        return undefined;
    }
    if (kind === 'json-object') {
        try {
            return (0,documents/* parseStructuredText */.SQ)(cell, { label: location.file, json: true });
        }
        catch (error) {
            if (!(error instanceof documents/* DocumentSyntaxError */.d$))
                throw error;
            // The error's line is within the cell; the cell starts at the location's line.
            const line = location.line === undefined ? undefined : location.line + error.line - 1;
            problems.push({
                message: `'${column}' is not valid JSON: ${error.reason} (line ${error.line}, column ${error.column} of the value)`,
                location: { file: location.file, line },
            });
            return undefined;
        }
    }
    return cell;
}

// EXTERNAL MODULE: ./src/shared/suggest.ts
var suggest = __webpack_require__(60427);
// EXTERNAL MODULE: ./src/shared/values.ts
var values = __webpack_require__(79799);
;// CONCATENATED MODULE: ./src/apply-control-metadata/row-documents.ts
/**
 * Rows from a YAML (`.yml`, `.yaml`) or strict JSON (`.json`) file: a list of row mappings, or a mapping with a
 * `use_cases` list. Each value keeps where it was written; row-validation.ts checks them.
 */





/** Reads one YAML or JSON file of rows; a file that cannot be read or parsed is one problem at its line. */
async function readRowDocument(absolute, file, input) {
    const problems = [];
    let document;
    try {
        document = await (0,documents/* loadDocument */.Az)(absolute, file, input);
    }
    catch (error) {
        return { rows: [], problems: (0,shared_problems.problemsFromError)(error, file) };
    }
    return { rows: rowsOfDocument(document, problems), problems };
}
function rowsOfDocument(document, problems) {
    const problem = (path, message) => problems.push({ message, location: document.locate(path) });
    const shape = 'a list of rows, or a mapping with a use_cases list of rows';
    const root = document.value;
    let items;
    let base;
    if (Array.isArray(root)) {
        items = root;
        base = [];
    }
    else if ((0,values/* isRecord */.u)(root)) {
        for (const key of Object.keys(root)) {
            if (key === 'use_cases')
                continue;
            const close = (0,suggest/* suggest */.Z)(key, ['use_cases']);
            problem([key], `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The file must be ${shape}.`);
        }
        if (!Array.isArray(root.use_cases)) {
            problem('use_cases' in root ? ['use_cases'] : [], 'use_cases' in root
                ? `use_cases must be a list of rows, not ${(0,row_validation/* describeValue */.bp)(root.use_cases)}`
                : `the mapping has no use_cases; the file must be ${shape}`);
            return [];
        }
        items = root.use_cases;
        base = ['use_cases'];
    }
    else {
        problem([], root === null || root === undefined
            ? `the file is empty; it must be ${shape} (write [] for no rows)`
            : `the file must be ${shape}, not ${(0,row_validation/* describeValue */.bp)(root)}`);
        return [];
    }
    const rows = [];
    for (const [index, item] of items.entries()) {
        const at = [...base, index];
        if (!(0,values/* isRecord */.u)(item)) {
            problem(at, `a row must be a mapping of column to value, not ${(0,row_validation/* describeValue */.bp)(item)}`);
            continue;
        }
        const fields = new Map();
        for (const [key, value] of Object.entries(item)) {
            fields.set(key, { value, location: document.locate([...at, key]) });
        }
        rows.push({ location: document.locate(at), fields });
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/apply-control-metadata/rows.ts
/**
 * The `rows` input: the use cases the control table must hold, read from YAML, JSON and CSV files and validated
 * before anything connects to a database. Every problem of every file is collected and thrown as one RowsError,
 * each with its file and line.
 *
 * - YAML and JSON: row-documents.ts; CSV: row-csv.ts. Each reader keeps where every value was written.
 * - The rows, whatever file they came from: row-validation.ts. The columns are documented in model.ts.
 */






const ROWS_INPUT = 'rows';
/**
 * Expands the `rows` globs in the workspace, reads every file and validates every row. Returns the rows sorted by
 * id; throws one RowsError with every problem of every file.
 */
async function readRows(options) {
    const files = await (0,shared_files.globWorkspace)(options.workspace, options.patterns, ROWS_INPUT);
    const problems = [];
    const raw = [];
    for (const absolute of files) {
        const read = await readRowFile(absolute, (0,shared_files.workspaceRelative)(options.workspace, absolute));
        raw.push(...read.rows);
        problems.push(...read.problems);
    }
    const checked = (0,row_validation/* validateRows */.IG)(raw);
    problems.push(...checked.problems);
    if (problems.length > 0) {
        throw new apply_control_metadata_problems.RowsError((0,shared_problems.sortProblems)(problems), `the rows (${options.patterns.join(', ')})`, ROWS_INPUT);
    }
    return checked.rows;
}
/** The reader for the file's kind, by its extension. */
function readRowFile(absolute, file) {
    if (/\.(ya?ml|json)$/i.test(absolute))
        return readRowDocument(absolute, file, ROWS_INPUT);
    if (/\.csv$/i.test(absolute))
        return readRowCsv(absolute, file);
    return Promise.resolve({
        rows: [],
        problems: [
            {
                message: `the rows input matched this file, but rows are read from .yml, .yaml, .json and .csv files only; narrow the pattern or rename the file`,
                location: { file },
            },
        ],
    });
}


/***/ })

};
