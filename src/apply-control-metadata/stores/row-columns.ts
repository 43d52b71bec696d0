/**
 * The row's columns as both stores write them into SQL and read them back, derived from the row model (model.ts
 * `ROW_COLUMN_KINDS`), so a column is named once. Column names are constants of the model, never input: building
 * them into SQL text is as safe as the table name the stores validate and quote.
 */
import {
  type ColumnKind,
  type ColumnValue,
  type ControlRow,
  ROW_COLUMN_KINDS,
  ROW_COLUMNS,
  type RowColumn,
  type StoredRow,
} from '../model.js';

/** `id, pipeline, ..., parameters`: the row's columns in table order. */
export const ROW_COLUMN_LIST = ROW_COLUMNS.join(', ');

/** What the table holds beyond the row's columns (model.ts `StoredRow`), in table order. */
export const STORED_EXTRA_COLUMNS = [
  'content_hash',
  'applied_at',
  'applied_by',
  'source_commit',
] as const satisfies readonly Exclude<keyof StoredRow, RowColumn>[];

/** Every column of the control table, in table order. */
export const STORED_COLUMN_LIST = [...ROW_COLUMNS, ...STORED_EXTRA_COLUMNS].join(', ');

/**
 * The columns of a row to write (model.ts `HashedRow`: the row and its content hash), each declared in the engine's
 * SQL by `declare`, for the record set a store unpacks its JSON parameter into.
 */
export function hashedRowDeclarations(declare: (column: string, kind: ColumnKind) => string): string[] {
  return [
    ...ROW_COLUMNS.map((column) => declare(column, ROW_COLUMN_KINDS[column])),
    declare('content_hash', 'text'),
  ];
}

/** `pipeline = r.pipeline, ..., content_hash = r.content_hash`: an update of every column but the id. */
export function hashedRowAssignments(source: string): string {
  return [...ROW_COLUMNS.filter((column) => column !== 'id'), 'content_hash']
    .map((column) => `${column} = ${source}.${column}`)
    .join(', ');
}

/** How an engine's driver hands back each kind of column. */
export type ColumnReaders = { readonly [K in ColumnKind]: (value: unknown) => ColumnValue<K> };

/** The row's columns of a result row, each read by its kind. */
export function rowFromRecord(record: Readonly<Record<string, unknown>>, readers: ColumnReaders): ControlRow {
  const read = (column: RowColumn) =>
    (readers[ROW_COLUMN_KINDS[column]] as (value: unknown) => unknown)(record[column]);
  return Object.fromEntries(ROW_COLUMNS.map((column) => [column, read(column)])) as ControlRow;
}
