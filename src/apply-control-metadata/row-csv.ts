/**
 * Rows from a CSV file (`.csv`, RFC 4180, UTF-8): a header row of column names, then one record per row. An empty
 * cell is absent (the column's default); a boolean column (`enabled`) is `true` or `false` (any case) or `1` or `0`; a JSON column
 * (`parameters`) is JSON text. Each value keeps the line and column it starts at; row-validation.ts checks them.
 */
import { readFile } from 'node:fs/promises';
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { REQUIRED_COLUMNS, ROW_COLUMN_KINDS, type RowColumn } from '#shared/control-table/model.js';
import { BUILTIN_LAYOUT, mappedRowFields, type TableLayout } from '#shared/control-table/table-layout.js';
import { DocumentSyntaxError, parseStructuredText } from '#shared/documents.js';
import { describeError, type SourceLocation } from '#shared/errors.js';
import type { Problem } from '#shared/problems.js';
import { fieldOfKey, type RawField, type RawRow, type RowsFile, unknownColumn } from './row-validation.js';

/** Reads one CSV file of rows; a file that is not UTF-8 or not CSV is one problem. */
export async function readRowCsv(
  absolute: string,
  file: string,
  layout: TableLayout = BUILTIN_LAYOUT,
): Promise<RowsFile> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(absolute));
  } catch (error) {
    const { code, message } = describeError(error);
    const reason =
      code === 'ERR_ENCODING_INVALID_ENCODED_DATA'
        ? 'the file is not UTF-8; save it as UTF-8 (in Excel: "CSV UTF-8")'
        : `cannot read the file (${code ?? message})`;
    return { rows: [], problems: [{ message: reason, location: { file } }] };
  }
  const problems: Problem[] = [];
  return { rows: rowsOfCsv(text, file, problems, layout), problems };
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

function rowsOfCsv(text: string, file: string, problems: Problem[], layout: TableLayout): RawRow[] {
  const fieldNames = mappedRowFields(layout);
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
      message: `the file is empty; a CSV file of rows starts with a header of column names (${fieldNames.join(',')})`,
      location: { file },
    });
    return [];
  }
  const headerAt = fieldPositions(header.raw, header.info.lines);
  const columns: (RowColumn | undefined)[] = [];
  let usable = true;
  for (const [index, name] of header.record.entries()) {
    const location = { file, ...headerAt[index] };
    const found = fieldOfKey(name, layout);
    const known = found === 'unmapped' ? undefined : found;
    if (name === '') {
      problems.push({ message: `column ${index + 1} of the header has no name`, location });
    } else if (found === 'unmapped') {
      problems.push({
        message: `the control table has no column for '${name}' (the table-schema maps none); leave it out of the header`,
        location,
      });
    } else if (!known) {
      problems.push({ message: unknownColumn(name, layout), location });
    } else if (columns.includes(known)) {
      problems.push({ message: `the header names the column '${name}' twice`, location });
      usable = false;
    }
    columns.push(known);
  }
  for (const column of REQUIRED_COLUMNS.filter((field) => fieldNames.includes(field))) {
    if (!columns.includes(column)) {
      problems.push({
        message: `the header has no '${column}' column, which every row needs; the columns are ${fieldNames.join(', ')}`,
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

/**
 * The spellings of a boolean cell: `true`/`false` in any case, as spreadsheets write them, and `1`/`0`, as SQL
 * Server's bit columns export. Nothing else (`yes`, `y`, `on`): a guess could turn a typo into `false`.
 */
const CSV_BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['false', false],
  ['1', true],
  ['0', false],
]);

/** A cell as the value it stands for; `undefined` (absent) when empty or when it cannot be read (a problem). */
function csvValue(column: RowColumn, cell: string, location: SourceLocation, problems: Problem[]): unknown {
  if (cell === '') return undefined;
  const kind = ROW_COLUMN_KINDS[column];
  if (kind === 'boolean') {
    const value = CSV_BOOLEANS.get(cell.toLowerCase());
    if (value !== undefined) return value;
    problems.push({
      message: `'${column}' must be true or false (or 1 or 0), not ${JSON.stringify(cell)}`,
      location,
    });
    return undefined;
  }
  if (kind === 'json-object') {
    try {
      return parseStructuredText(cell, { label: location.file, json: true });
    } catch (error) {
      if (!(error instanceof DocumentSyntaxError)) throw error;
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
