/**
 * The control table's row model, shared by the row readers, the plan and both stores.
 *
 * One row per use case. Keys are the table's column names (snake_case), as users write them in YAML, JSON and CSV:
 *
 * | column            | meaning                                                                 |
 * | ----------------- | ----------------------------------------------------------------------- |
 * | `id`              | the use case's id (primary key)                                         |
 * | `pipeline`        | the ADF pipeline that runs it (must be in the adf receipt)              |
 * | `endpoint`        | the batch endpoint that scores it (must be the aml receipt's endpoint)  |
 * | `deployment`      | a deployment to pin, or null for the endpoint's default                 |
 * | `input_location`  | where the pipeline reads the features (a URL or a path)                 |
 * | `output_location` | where the predictions are written                                       |
 * | `sink_table`      | the SQL table the predictions are copied into, or null                  |
 * | `schedule`        | free text the orchestrator filters on (e.g. `daily`), or null           |
 * | `enabled`         | whether the orchestrator runs it                                        |
 * | `parameters`      | a JSON object handed to the pipeline                                    |
 *
 * The store adds `content_hash` (of the columns above), `applied_at`, `applied_by` and `source_commit`.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '#shared/canonical-json.js';
import type { SourceLocation } from '#shared/errors.js';

export type Engine = 'sqlserver' | 'postgresql';

/**
 * What a column holds: `text` is required, `nullable-text` may be null, `boolean` and `json-object` (a JSON object)
 * have defaults (`enabled` true, `parameters` {}).
 */
export type ColumnKind = 'text' | 'nullable-text' | 'boolean' | 'json-object';

/**
 * The columns of a row, in table order, and what each holds: the one definition the row type, the readers, the
 * validation and both stores' SQL derive from. (The built-in migration that created the table is history and keeps
 * its own DDL: stores/builtin-migrations.ts, held against this list by its test.)
 */
export const ROW_COLUMN_KINDS = {
  id: 'text',
  pipeline: 'text',
  endpoint: 'text',
  deployment: 'nullable-text',
  input_location: 'text',
  output_location: 'text',
  sink_table: 'nullable-text',
  schedule: 'nullable-text',
  enabled: 'boolean',
  parameters: 'json-object',
} as const satisfies Readonly<Record<string, ColumnKind>>;

export type RowColumn = keyof typeof ROW_COLUMN_KINDS;

/** The value a column of a kind holds in a row. */
export type ColumnValue<K extends ColumnKind> = K extends 'text'
  ? string
  : K extends 'nullable-text'
    ? string | null
    : K extends 'boolean'
      ? boolean
      : Readonly<Record<string, unknown>>;

export type ControlRow = {
  readonly [C in RowColumn]: ColumnValue<(typeof ROW_COLUMN_KINDS)[C]>;
};

/** The columns of a ControlRow, in table order. */
export const ROW_COLUMNS = Object.keys(ROW_COLUMN_KINDS) as readonly RowColumn[];

/** The columns every row must give (text, not null, no default), in table order. */
export const REQUIRED_COLUMNS = ROW_COLUMNS.filter((column) => ROW_COLUMN_KINDS[column] === 'text');

/** The text columns a row may leave out or set to null, in table order. */
export const NULLABLE_TEXT_COLUMNS = ROW_COLUMNS.filter(
  (column) => ROW_COLUMN_KINDS[column] === 'nullable-text',
);

/** A row as read from the files (after overrides), with where it came from for messages. */
export interface SourcedRow {
  readonly row: ControlRow;
  /** The row itself (a YAML/JSON item or a CSV record). */
  readonly location: SourceLocation;
  /** A column's value; falls back to the row's location. */
  locate(column: RowColumn): SourceLocation;
}

/** A row as the table holds it. */
export interface StoredRow extends ControlRow {
  readonly content_hash: string;
  readonly applied_at: string;
  readonly applied_by: string;
  readonly source_commit: string | null;
}

/** A row to write, with the hash of its content. */
export interface HashedRow extends ControlRow {
  readonly content_hash: string;
}

/** The row's columns only (a StoredRow's extras dropped), in table order. */
export function rowContent(row: ControlRow): ControlRow {
  return Object.fromEntries(ROW_COLUMNS.map((column) => [column, row[column]])) as unknown as ControlRow;
}

/** sha256 of the canonical JSON of the row's columns: equal rows hash equally whatever their key order. */
export function contentHash(row: ControlRow): string {
  return createHash('sha256')
    .update(canonicalJson(rowContent(row)))
    .digest('hex');
}

export function withHash(row: ControlRow): HashedRow {
  return { ...rowContent(row), content_hash: contentHash(row) };
}

/** sha256 over the sorted rows' hashes: the `rows.hash` of the metadata receipt. */
export function rowsHash(rows: readonly ControlRow[]): string {
  const hashes = rows.map((row) => `${row.id}:${contentHash(row)}`).sort();
  return createHash('sha256').update(hashes.join('\n')).digest('hex');
}

/** A schema-qualified table name, validated (letters, digits, `_`; not starting with a digit). */
export interface TableName {
  readonly schema: string;
  readonly table: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/** Parses `schema.table` (or `table`, in `defaultSchema`); undefined when either part breaks the rule. */
export function parseTableName(text: string, defaultSchema: string): TableName | undefined {
  const parts = text.split('.');
  if (parts.length > 2) return undefined;
  const [schema, table] = parts.length === 2 ? parts : [defaultSchema, parts[0]];
  if (!schema || !table || !IDENTIFIER.test(schema) || !IDENTIFIER.test(table)) return undefined;
  return { schema, table };
}

/** Stores check again what the input already did: the table name is the only text they build into SQL. */
export function assertTableName(name: TableName): void {
  if (!IDENTIFIER.test(name.schema) || !IDENTIFIER.test(name.table)) {
    throw new Error(
      `Refusing the table name ${JSON.stringify(`${name.schema}.${name.table}`)}: schema and table must be letters, digits and "_", not starting with a digit.`,
    );
  }
}

/** A migration: a script split into batches, tracked by id and checksum. */
export interface Migration {
  /** Built-ins: `apply-control-metadata/0001-control-table`; user scripts: their file name. */
  readonly id: string;
  /** sha256 of the script as written (line endings normalised), before variables are substituted. */
  readonly checksum: string;
  /** The file, as shown to the user (workspace-relative), or `(built-in)`. */
  readonly file: string;
  /** The batches to run, in order, variables substituted; `line` is where each starts in the file. */
  readonly batches: readonly { readonly sql: string; readonly line: number }[];
}

export interface AppliedMigration {
  readonly id: string;
  readonly checksum: string;
  readonly applied_at: string;
}
