/**
 * Validation of the rows as written (RawRow: each value with where it was written), whatever file format they came
 * from: the columns the row model defines (model.ts), their types, the naming rules of what they name, and unique
 * ids. Every problem is collected with its location; the caller throws them together.
 *
 * Values are never converted behind the user's back: `id: 007` in YAML is the number 7, so it is refused with "quote
 * it" rather than stored as "7". Ids are unique case-insensitively, as SQL Server's default collation compares them.
 */
import { CHILD as ADF_NAME } from '#shared/adf/names.js';
import { nameProblem } from '#shared/azure/ml-names.js';
import {
  type ControlRow,
  NULLABLE_TEXT_COLUMNS,
  parseTableName,
  REQUIRED_COLUMNS,
  ROW_COLUMNS,
  type RowColumn,
  type SourcedRow,
} from '#shared/control-table/model.js';
import {
  BUILTIN_LAYOUT,
  emptyValue,
  layoutColumn,
  mappedRowFields,
  type TableLayout,
} from '#shared/control-table/table-layout.js';
import { formatLocation, type SourceLocation } from '#shared/errors.js';
import type { Problem } from '#shared/problems.js';
import { suggest } from '#shared/suggest.js';
import { isRecord, quoteVisible } from '#shared/values.js';
import { cronProblem, looksLikeCron } from './cron.js';

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

/** What a reader found in one file: its rows as written, and the problems of reading it. */
export interface RowsFile {
  readonly rows: RawRow[];
  readonly problems: Problem[];
  /** The file says it is for another environment: its rows are not this step's. */
  readonly otherEnvironment?: boolean;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
const MAX_LOCATION = 2048;
const MAX_SCHEDULE = 128;

/** A value as a message names it: `null`, `a list`, `a mapping`, `the string "x"`, `the number 7`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  return `the ${typeof value} ${String(value)}`;
}

/** The names a row may give its fields by: the fields the table has, and their columns' names in a user's table. */
function knownNames(layout: TableLayout): string[] {
  const fields = mappedRowFields(layout);
  const columns = layout.adopted
    ? layout.columns.filter((c) => (fields as string[]).includes(c.field)).map((c) => c.name)
    : [];
  return [...fields, ...columns.filter((name) => !(fields as string[]).includes(name))];
}

/** `unknown column 'pipline'; did you mean 'pipeline'? The columns are ...`. */
export function unknownColumn(name: string, layout: TableLayout = BUILTIN_LAYOUT): string {
  const known = knownNames(layout);
  const close = suggest(name, known);
  return `unknown column '${name}'${close ? `; did you mean '${close}'?` : '.'} The columns are ${known.join(', ')}.`;
}

/**
 * The row field a key written in a file names: the field's own name, or (in a user's table) its column's name, any
 * case. `unmapped` for a field the user's table has no column for; undefined for an unknown key.
 */
export function fieldOfKey(key: string, layout: TableLayout): RowColumn | 'unmapped' | undefined {
  const field = (ROW_COLUMNS as readonly string[]).includes(key)
    ? (key as RowColumn)
    : (layout.columns.find(
        (c) =>
          c.name.toLowerCase() === key.toLowerCase() && (ROW_COLUMNS as readonly string[]).includes(c.field),
      )?.field as RowColumn | undefined);
  if (!field) return undefined;
  return layoutColumn(layout, field) ? field : 'unmapped';
}

/** A row's fields keyed by field, whichever name they were written with; problems for unknown and doubled keys. */
function fieldsOfRow(
  raw: RawRow,
  layout: TableLayout,
  fail: (location: SourceLocation, message: string) => void,
): Map<RowColumn, RawField> {
  const fields = new Map<RowColumn, RawField>();
  const writtenAs = new Map<RowColumn, string>();
  for (const [name, field] of raw.fields) {
    const known = fieldOfKey(name, layout);
    if (known === undefined) {
      fail(field.location, unknownColumn(name, layout));
    } else if (known === 'unmapped') {
      if (field.value !== undefined && field.value !== null) {
        fail(
          field.location,
          `the control table has no column for '${name}' (the table-schema maps none); leave it out of the row`,
        );
      }
    } else if (writtenAs.has(known)) {
      fail(field.location, `'${name}' and '${writtenAs.get(known)}' are the same field (${known}); keep one`);
    } else {
      writtenAs.set(known, name);
      fields.set(known, field);
    }
  }
  return fields;
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
  return `'${path}' is ${describeValue(value)}, which JSON cannot hold`;
}

/** Why a valid string is wrong for its column, or undefined. */
function stringRule(column: RowColumn, value: string): string | undefined {
  switch (column) {
    case 'id':
      return ID.test(value)
        ? undefined
        : `'id' ${quoteVisible(value)} is not a valid id: 1-128 letters, digits, '_', '.' and '-', starting with a letter or digit`;
    case 'pipeline':
      return value.length >= ADF_NAME.min && value.length <= ADF_NAME.max && ADF_NAME.pattern.test(value)
        ? undefined
        : `'pipeline' ${quoteVisible(value)} is not a valid Data Factory pipeline name: ${ADF_NAME.describe}`;
    case 'endpoint':
    case 'deployment': {
      const problem = nameProblem(value, column);
      return problem ? `'${column}' ${quoteVisible(value)} is not valid: ${problem}` : undefined;
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
      if (value.length > max) return `'${column}' is ${value.length} characters long; the most is ${max}`;
      if (column === 'schedule' && looksLikeCron(value)) {
        const problem = cronProblem(value);
        if (problem) return `'schedule' ${JSON.stringify(value)} is not a valid cron expression: ${problem}`;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Checks every row (columns, types, naming rules, unique ids) and collects every problem. Returns the valid rows,
 * sorted by id, with the problems; the caller throws when there are any.
 */
export function validateRows(
  rows: readonly RawRow[],
  layout: TableLayout = BUILTIN_LAYOUT,
): { rows: SourcedRow[]; problems: Problem[] } {
  const mapped = new Set(mappedRowFields(layout));
  const maxLength = (column: RowColumn) => {
    const length = layoutColumn(layout, column)?.type?.length;
    return length !== undefined && length > 0 ? length : undefined;
  };
  const problems: Problem[] = [];
  const valid: SourcedRow[] = [];
  const seen = new Map<string, SourceLocation>();
  for (const raw of rows) {
    const rowProblems: Problem[] = [];
    const idValue = raw.fields.get('id')?.value;
    const prefix = typeof idValue === 'string' && ID.test(idValue) ? `row '${idValue}': ` : '';
    const fail = (location: SourceLocation, message: string) =>
      rowProblems.push({ message: `${prefix}${message}`, location });
    const fields = fieldsOfRow(raw, layout, fail);
    const field = (column: RowColumn) => {
      const found = fields.get(column);
      return { value: found?.value, location: found?.location ?? raw.location };
    };

    const strings = new Map<RowColumn, string | null>();
    for (const column of [...REQUIRED_COLUMNS, ...NULLABLE_TEXT_COLUMNS]) {
      if (!mapped.has(column)) {
        strings.set(column, emptyValue(column) as string | null);
        continue;
      }
      const { value, location } = field(column);
      const required = (REQUIRED_COLUMNS as readonly string[]).includes(column);
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
          `'${column}' must be a string, not ${describeValue(value)}${
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
      const limit = maxLength(column);
      const problem =
        limit !== undefined && value.length > limit
          ? `'${column}' is ${value.length} characters long; its column holds at most ${limit}`
          : stringRule(column, value);
      if (problem) fail(location, problem);
      else strings.set(column, value);
    }

    const enabled = field('enabled');
    if (enabled.value !== undefined && typeof enabled.value !== 'boolean') {
      fail(enabled.location, `'enabled' must be true or false, not ${describeValue(enabled.value)}`);
    }
    const parameters = field('parameters');
    if (parameters.value !== undefined) {
      if (!isRecord(parameters.value)) {
        fail(
          parameters.location,
          `'parameters' must be a JSON object (a mapping of name to value), not ${describeValue(parameters.value)}`,
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
    valid.push(sourcedRow(row, raw, fields));
  }
  valid.sort((a, b) => (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0));
  return { rows: valid, problems };
}

function sourcedRow(row: ControlRow, raw: RawRow, fields: ReadonlyMap<RowColumn, RawField>): SourcedRow {
  return {
    row,
    location: raw.location,
    locate: (column) => fields.get(column)?.location ?? raw.location,
  };
}

/** A validated row back as written, to change some columns (overrides) and validate it again. */
export function toRawRow(sourced: SourcedRow, layout: TableLayout = BUILTIN_LAYOUT): RawRow {
  return {
    location: sourced.location,
    fields: new Map(
      mappedRowFields(layout).map((column) => [
        column,
        { value: sourced.row[column], location: sourced.locate(column) },
      ]),
    ),
  };
}
