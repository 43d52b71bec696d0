/**
 * Where each field of a row lives in the control table: the action's own table (created by its migration, columns
 * named as the fields), or a table the user brings, described by the `table-schema` file (table-schema.ts), whose
 * columns have the user's names and types. The stores build their SQL from a layout, so the same statements serve
 * both; the rows files may name a field by the field's name or by its column's.
 *
 * A user's table may leave out the optional fields (deployment, sink_table, schedule, enabled, parameters, the
 * locations): a field without a column holds its empty value in every row (text '', null, enabled true,
 * parameters {}), and a row that sets it is refused. It may add an `environment` column: the step then reads, writes
 * and prunes only the rows of its environment, so one table can serve several. The bookkeeping columns (content hash,
 * applied at/by, source commit) are written when mapped.
 */
import type { SourceLocation } from '#shared/errors.js';
import { ROW_COLUMN_KINDS, ROW_COLUMNS, type RowColumn } from './model.js';

/** The bookkeeping the action's own table keeps beside the row's fields. */
export const BOOKKEEPING_FIELDS = ['content_hash', 'applied_at', 'applied_by', 'source_commit'] as const;
export type BookkeepingField = (typeof BOOKKEEPING_FIELDS)[number];

export type LayoutField = RowColumn | 'environment' | BookkeepingField;

/** A type as the schema file or the catalog writes it: `nvarchar(128)`, `varchar(max)`, `bit`, `jsonb`. */
export interface ColumnType {
  /** Lower case, engine synonyms folded (`character varying` -> `varchar`, `int4` -> `integer`). */
  readonly base: string;
  /** Characters; -1 for max; undefined when the type has none. */
  readonly length?: number;
}

export interface LayoutColumn {
  readonly field: LayoutField;
  /** The column's name (validated: letters, digits, `_`, `$`, `#`, `@`; quoted by the stores). */
  readonly name: string;
  /** The type the schema file declares, checked against the table's. */
  readonly type?: ColumnType;
  /** Where the schema file maps it, for messages. */
  readonly location?: SourceLocation;
}

export interface TableLayout {
  /** A table the user brought (table-schema): never created by the action, its columns checked first. */
  readonly adopted: boolean;
  readonly columns: readonly LayoutColumn[];
  /** The schema file, for messages. */
  readonly file?: string;
}

/** The action's own table: every field a column of its name. */
export const BUILTIN_LAYOUT: TableLayout = {
  adopted: false,
  columns: [...ROW_COLUMNS, ...BOOKKEEPING_FIELDS].map((field) => ({ field, name: field })),
};

export function layoutColumn(layout: TableLayout, field: LayoutField): LayoutColumn | undefined {
  return layout.columns.find((column) => column.field === field);
}

/** The row fields the table has a column for, in field order. */
export function mappedRowFields(layout: TableLayout): RowColumn[] {
  return ROW_COLUMNS.filter((field) => layoutColumn(layout, field));
}

/** A field's value in a table without a column for it. */
export function emptyValue(field: RowColumn): unknown {
  switch (ROW_COLUMN_KINDS[field]) {
    case 'text':
      return '';
    case 'nullable-text':
      return null;
    case 'boolean':
      return true;
    default:
      return {};
  }
}

/** Type names as each engine's catalog may spell them, folded to one. */
const SYNONYMS: Readonly<Record<string, string>> = {
  'character varying': 'varchar',
  character: 'char',
  int: 'integer',
  int4: 'integer',
  int2: 'smallint',
  int8: 'bigint',
  bool: 'boolean',
  'timestamp with time zone': 'timestamptz',
  'timestamp without time zone': 'timestamp',
};

/** Parses `nvarchar(128)`, `varchar(max)`, `character varying(32)`, `bit`; undefined when it is no type name. */
export function parseColumnType(text: string): ColumnType | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9 ]*?)\s*(?:\(\s*(\d+|max)\s*\))?\s*$/i.exec(text);
  if (!match) return undefined;
  const name = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  const base = SYNONYMS[name] ?? name;
  const length =
    match[2] === undefined ? undefined : match[2].toLowerCase() === 'max' ? -1 : Number(match[2]);
  return length === undefined ? { base } : { base, length };
}

export function formatColumnType(type: ColumnType): string {
  return type.length === undefined ? type.base : `${type.base}(${type.length === -1 ? 'max' : type.length})`;
}

const TEXT_TYPES = new Set(['varchar', 'nvarchar', 'char', 'nchar', 'text', 'ntext', 'citext']);
const FAMILIES: Readonly<Record<string, ReadonlySet<string>>> = {
  text: TEXT_TYPES,
  boolean: new Set(['boolean', 'bit', 'tinyint', 'smallint', 'integer']),
  json: new Set(['json', 'jsonb', ...TEXT_TYPES]),
  time: new Set(['timestamptz', 'timestamp', 'datetimeoffset', 'datetime2', 'datetime']),
};

/** Which types a field's column may have. */
export function acceptedTypes(field: LayoutField): ReadonlySet<string> {
  if (field === 'applied_at') return FAMILIES.time!;
  if (field === 'environment' || (BOOKKEEPING_FIELDS as readonly string[]).includes(field))
    return FAMILIES.text!;
  const kind = ROW_COLUMN_KINDS[field as RowColumn];
  return kind === 'boolean' ? FAMILIES.boolean! : kind === 'json-object' ? FAMILIES.json! : FAMILIES.text!;
}

/** A column as the database's catalog describes it. */
export interface LiveColumn {
  readonly name: string;
  readonly type: string;
  /** Characters; -1 for max; null when the type has none. */
  readonly length: number | null;
  readonly nullable: boolean;
  /** Has a default, or is an identity, computed or generated column: an INSERT may leave it out. */
  readonly defaulted: boolean;
}
