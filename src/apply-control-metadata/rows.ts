/**
 * The `rows` input: the use cases the control table must hold, read from YAML, JSON and CSV files and validated
 * before anything connects to a database. Every problem of every file is collected and thrown as one RowsError,
 * each with its file and line.
 *
 * - YAML (`.yml`, `.yaml`) and JSON (`.json`, strict): a list of row mappings, or a mapping with a `use_cases` list.
 * - CSV (`.csv`, RFC 4180, UTF-8): a header row of column names, then one record per row. An empty cell is absent
 *   (the column's default); `enabled` is `true` or `false` (any case); `parameters` is JSON text.
 *
 * Values are never converted behind the user's back: `id: 007` in YAML is the number 7, so it is refused with "quote
 * it" rather than stored as "7". Ids are unique case-insensitively, as SQL Server's default collation compares them.
 * The columns are documented in model.ts.
 */
import { readFile } from 'node:fs/promises';
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { CHILD as ADF_NAME } from '#shared/adf/names.js';
import { nameProblem } from '#shared/azure/ml-names.js';
import {
  type DocumentPath,
  DocumentSyntaxError,
  type LoadedDocument,
  loadDocument,
  parseStructuredText,
} from '#shared/documents.js';
import { describeError, formatLocation, type SourceLocation } from '#shared/errors.js';
import { globWorkspace, workspaceRelative } from '#shared/files.js';
import { type Problem, problemsFromError, sortProblems } from '#shared/problems.js';
import { suggest } from '#shared/suggest.js';
import { isRecord } from '#shared/values.js';
import { type ControlRow, parseTableName, ROW_COLUMNS, type RowColumn, type SourcedRow } from './model.js';
import { RowsError } from './problems.js';

export const ROWS_INPUT = 'rows';

/** A value as written, before validation. `undefined` is absent (an empty CSV cell), still with its location. */
export interface RawField {
  readonly value: unknown;
  readonly location: SourceLocation;
}

/** A row as written: its columns (known or not) in the order written, and where the row is. */
export interface RawRow {
  readonly location: SourceLocation;
  readonly fields: ReadonlyMap<string, RawField>;
}

const REQUIRED = ['id', 'pipeline', 'endpoint', 'input_location', 'output_location'] as const;
const OPTIONAL_STRINGS = ['deployment', 'sink_table', 'schedule'] as const;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const MAX_LOCATION = 2048;
const MAX_SCHEDULE = 128;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `the ${typeof value} ${String(value)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading

/**
 * Expands the `rows` globs in the workspace, reads every file and validates every row. Returns the rows sorted by
 * id; throws one RowsError with every problem of every file.
 */
export async function readRows(options: {
  readonly workspace: string;
  readonly patterns: readonly string[];
}): Promise<SourcedRow[]> {
  const files = await globWorkspace(options.workspace, options.patterns, ROWS_INPUT);
  const problems: Problem[] = [];
  const raw: RawRow[] = [];
  for (const absolute of files) {
    const file = workspaceRelative(options.workspace, absolute);
    raw.push(...(await readRowFile(absolute, file, problems)));
  }
  const checked = validateRows(raw);
  problems.push(...checked.problems);
  if (problems.length > 0) {
    throw new RowsError(sortProblems(problems), `the rows (${options.patterns.join(', ')})`, ROWS_INPUT);
  }
  return checked.rows;
}

async function readRowFile(absolute: string, file: string, problems: Problem[]): Promise<RawRow[]> {
  if (/\.(ya?ml|json)$/i.test(absolute)) {
    let document: LoadedDocument;
    try {
      document = await loadDocument(absolute, file, ROWS_INPUT);
    } catch (error) {
      problems.push(...problemsFromError(error, file));
      return [];
    }
    return rowsOfDocument(document, problems);
  }
  if (/\.csv$/i.test(absolute)) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(absolute));
    } catch (error) {
      const { code, message } = describeError(error);
      problems.push({
        message:
          code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
            ? 'the file is not UTF-8; save it as UTF-8 (in Excel: "CSV UTF-8")'
            : `cannot read the file (${code ?? message})`,
        location: { file },
      });
      return [];
    }
    return rowsOfCsv(text, file, problems);
  }
  problems.push({
    message: `the rows input matched this file, but rows are read from .yml, .yaml, .json and .csv files only; narrow the pattern or rename the file`,
    location: { file },
  });
  return [];
}

function rowsOfDocument(document: LoadedDocument, problems: Problem[]): RawRow[] {
  const problem = (path: DocumentPath, message: string) =>
    problems.push({ message, location: document.locate(path) });
  const shape = 'a list of rows, or a mapping with a use_cases list of rows';
  const root = document.value;
  let items: readonly unknown[];
  let base: DocumentPath;
  if (Array.isArray(root)) {
    items = root;
    base = [];
  } else if (isRecord(root)) {
    for (const key of Object.keys(root)) {
      if (key === 'use_cases') continue;
      const close = suggest(key, ['use_cases']);
      problem(
        [key],
        `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The file must be ${shape}.`,
      );
    }
    if (!Array.isArray(root.use_cases)) {
      problem(
        'use_cases' in root ? ['use_cases'] : [],
        'use_cases' in root
          ? `use_cases must be a list of rows, not ${describe(root.use_cases)}`
          : `the mapping has no use_cases; the file must be ${shape}`,
      );
      return [];
    }
    items = root.use_cases;
    base = ['use_cases'];
  } else {
    problem(
      [],
      root === null || root === undefined
        ? `the file is empty; it must be ${shape} (write [] for no rows)`
        : `the file must be ${shape}, not ${describe(root)}`,
    );
    return [];
  }
  const rows: RawRow[] = [];
  for (const [index, item] of items.entries()) {
    const at = [...base, index];
    if (!isRecord(item)) {
      problem(at, `a row must be a mapping of column to value, not ${describe(item)}`);
      continue;
    }
    const fields = new Map<string, RawField>();
    for (const [key, value] of Object.entries(item)) {
      fields.set(key, { value, location: document.locate([...at, key]) });
    }
    rows.push({ location: document.locate(at), fields });
  }
  return rows;
}

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/**
 * The line and column where each field of a record starts. csv-parse reports the line a record ends on; counting
 * back over its raw text (which includes any blank lines skipped before it) gives where each field starts.
 */
function fieldPositions(raw: string, endLine: number): { line: number; column: number }[] {
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
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) positions.push({ line, column });
  }
  return positions;
}

function rowsOfCsv(text: string, file: string, problems: Problem[]): RawRow[] {
  let records: CsvRecord[];
  try {
    // One line ending throughout, so csv-parse's line count and ours agree; quoted values keep their newlines as \n.
    const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    records = parseCsv(normalised, {
      info: true,
      raw: true,
      skip_empty_lines: true,
      record_delimiter: '\n',
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : undefined;
    problems.push({ message: `invalid CSV: ${csvErrorReason(error)}`, location: { file, line } });
    return [];
  }
  const [header, ...body] = records;
  if (!header) {
    problems.push({
      message: `the file is empty; a CSV file of rows starts with a header of column names (${ROW_COLUMNS.join(',')})`,
      location: { file },
    });
    return [];
  }
  const headerAt = fieldPositions(header.raw, header.info.lines);
  const columns: (RowColumn | undefined)[] = [];
  let usable = true;
  for (const [index, name] of header.record.entries()) {
    const location = { file, ...headerAt[index] };
    const known = (ROW_COLUMNS as readonly string[]).includes(name) ? (name as RowColumn) : undefined;
    if (name === '') {
      problems.push({ message: `column ${index + 1} of the header has no name`, location });
    } else if (!known) {
      problems.push({ message: unknownColumn(name), location });
    } else if (columns.includes(known)) {
      problems.push({ message: `the header names the column '${name}' twice`, location });
      usable = false;
    }
    columns.push(known);
  }
  for (const column of REQUIRED) {
    if (!columns.includes(column)) {
      problems.push({
        message: `the header has no '${column}' column, which every row needs; the columns are ${ROW_COLUMNS.join(', ')}`,
        location: { file, line: header.info.lines },
      });
      usable = false;
    }
  }
  if (!usable) return [];

  const rows: RawRow[] = [];
  for (const { record, raw, info } of body) {
    const positions = fieldPositions(raw, info.lines);
    const fields = new Map<string, RawField>();
    for (const [index, cell] of record.entries()) {
      const column = columns[index];
      if (!column) continue;
      const location: SourceLocation = { file, ...positions[index] };
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
function csvErrorReason(error: CsvError): string {
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
function csvValue(column: RowColumn, cell: string, location: SourceLocation, problems: Problem[]): unknown {
  if (cell === '') return undefined;
  if (column === 'enabled') {
    const lower = cell.toLowerCase();
    if (lower === 'true' || lower === 'false') return lower === 'true';
    problems.push({ message: `'enabled' must be true or false, not ${JSON.stringify(cell)}`, location });
    return undefined;
  }
  if (column === 'parameters') {
    try {
      return parseStructuredText(cell, { label: location.file, json: true });
    } catch (error) {
      if (!(error instanceof DocumentSyntaxError)) throw error;
      // The error's line is within the cell; the cell starts at the location's line.
      const line = location.line === undefined ? undefined : location.line + error.line - 1;
      problems.push({
        message: `'parameters' is not valid JSON: ${error.reason} (line ${error.line}, column ${error.column} of the value)`,
        location: { file: location.file, line },
      });
      return undefined;
    }
  }
  return cell;
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

/** `unknown column 'pipline'; did you mean 'pipeline'? The columns are ...`. */
export function unknownColumn(name: string): string {
  const close = suggest(name, ROW_COLUMNS);
  return `unknown column '${name}'${close ? `; did you mean '${close}'?` : '.'} The columns are ${ROW_COLUMNS.join(', ')}.`;
}

/** Where a NUL character is inside a JSON value (`parameters.a[2]`), or a reason it is not JSON at all. */
function jsonProblem(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\0')
      ? `'${path}' contains a NUL character, which PostgreSQL cannot store`
      : undefined;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : `'${path}' is ${String(value)}, which JSON cannot hold`;
  }
  if (value === null || typeof value === 'boolean') return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = jsonProblem(item, `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(value) && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\0'))
        return `a key of '${path}' contains a NUL character, which PostgreSQL cannot store`;
      const found = jsonProblem(item, `${path}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return `'${path}' is ${describe(value)}, which JSON cannot hold`;
}

/** Why a valid string is wrong for its column, or undefined. */
function stringRule(column: RowColumn, value: string): string | undefined {
  switch (column) {
    case 'id':
      return ID.test(value)
        ? undefined
        : `'id' ${JSON.stringify(value)} is not a valid id: 1-128 letters, digits, '_', '.' and '-', starting with a letter or digit`;
    case 'pipeline':
      return value.length >= ADF_NAME.min && value.length <= ADF_NAME.max && ADF_NAME.pattern.test(value)
        ? undefined
        : `'pipeline' ${JSON.stringify(value)} is not a valid Data Factory pipeline name: ${ADF_NAME.describe}`;
    case 'endpoint':
    case 'deployment': {
      const problem = nameProblem(value, column);
      return problem ? `'${column}' ${JSON.stringify(value)} is not valid: ${problem}` : undefined;
    }
    case 'sink_table':
      return parseTableName(value, 'dbo')
        ? undefined
        : `'sink_table' ${JSON.stringify(value)} is not a table name: write schema.table or table, each part 1-128 letters, digits and '_', not starting with a digit`;
    case 'input_location':
    case 'output_location':
    case 'schedule': {
      const max = column === 'schedule' ? MAX_SCHEDULE : MAX_LOCATION;
      if (value.trim() === '') return `'${column}' is blank`;
      return value.length > max
        ? `'${column}' is ${value.length} characters long; the most is ${max}`
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Checks every row (columns, types, naming rules, unique ids) and collects every problem. Returns the valid rows,
 * sorted by id, with the problems; the caller throws when there are any.
 */
export function validateRows(rows: readonly RawRow[]): { rows: SourcedRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const valid: SourcedRow[] = [];
  const seen = new Map<string, SourceLocation>();
  for (const raw of rows) {
    const rowProblems: Problem[] = [];
    const idValue = raw.fields.get('id')?.value;
    const prefix = typeof idValue === 'string' && ID.test(idValue) ? `row '${idValue}': ` : '';
    const fail = (location: SourceLocation, message: string) =>
      rowProblems.push({ message: `${prefix}${message}`, location });
    const field = (column: RowColumn) => {
      const found = raw.fields.get(column);
      return { value: found?.value, location: found?.location ?? raw.location };
    };

    for (const [name, { location }] of raw.fields) {
      if (!(ROW_COLUMNS as readonly string[]).includes(name)) fail(location, unknownColumn(name));
    }

    const strings = new Map<RowColumn, string | null>();
    for (const column of [...REQUIRED, ...OPTIONAL_STRINGS]) {
      const { value, location } = field(column);
      const required = (REQUIRED as readonly string[]).includes(column);
      if (value === undefined || (value === null && required)) {
        if (required) fail(location, `missing the required column '${column}'`);
        else strings.set(column, null);
        continue;
      }
      if (value === null) {
        strings.set(column, null);
        continue;
      }
      if (typeof value !== 'string') {
        const scalar = typeof value === 'number' || typeof value === 'boolean';
        fail(
          location,
          `'${column}' must be a string, not ${describe(value)}${
            scalar ? `; quote it (${column}: "...") so it is kept exactly as written` : ''
          }`,
        );
        continue;
      }
      if (value.includes('\0')) {
        fail(location, `'${column}' contains a NUL character, which PostgreSQL cannot store`);
        continue;
      }
      if (value === '' && !required) {
        fail(location, `'${column}' is empty; leave it out or write null for none`);
        continue;
      }
      const problem = stringRule(column, value);
      if (problem) fail(location, problem);
      else strings.set(column, value);
    }

    const enabled = field('enabled');
    if (enabled.value !== undefined && typeof enabled.value !== 'boolean') {
      fail(enabled.location, `'enabled' must be true or false, not ${describe(enabled.value)}`);
    }
    const parameters = field('parameters');
    if (parameters.value !== undefined) {
      if (!isRecord(parameters.value)) {
        fail(
          parameters.location,
          `'parameters' must be a JSON object (a mapping of name to value), not ${describe(parameters.value)}`,
        );
      } else {
        const problem = jsonProblem(parameters.value, 'parameters');
        if (problem) fail(parameters.location, problem);
      }
    }

    const id = strings.get('id');
    if (typeof id === 'string') {
      const key = id.toLowerCase();
      const first = seen.get(key);
      const { location } = field('id');
      if (first) {
        fail(
          location,
          `duplicate id '${id}': ${formatLocation(first, { column: false })} has it already (ids are compared case-insensitively, as SQL Server does)`,
        );
      } else {
        seen.set(key, location);
      }
    }

    problems.push(...rowProblems);
    if (rowProblems.length > 0) continue;
    const row: ControlRow = {
      id: strings.get('id')!,
      pipeline: strings.get('pipeline')!,
      endpoint: strings.get('endpoint')!,
      deployment: strings.get('deployment') ?? null,
      input_location: strings.get('input_location')!,
      output_location: strings.get('output_location')!,
      sink_table: strings.get('sink_table') ?? null,
      schedule: strings.get('schedule') ?? null,
      enabled: (enabled.value as boolean | undefined) ?? true,
      parameters: (parameters.value as Record<string, unknown> | undefined) ?? {},
    };
    valid.push(sourcedRow(row, raw));
  }
  valid.sort((a, b) => (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  return { rows: valid, problems };
}

function sourcedRow(row: ControlRow, raw: RawRow): SourcedRow {
  return {
    row,
    location: raw.location,
    locate: (column) => raw.fields.get(column)?.location ?? raw.location,
  };
}

/** A validated row back as written, to change some columns (overrides) and validate it again. */
export function toRawRow(sourced: SourcedRow): RawRow {
  return {
    location: sourced.location,
    fields: new Map(
      ROW_COLUMNS.map((column) => [column, { value: sourced.row[column], location: sourced.locate(column) }]),
    ),
  };
}
