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
import {
  type ColumnType,
  emptyValue,
  type LayoutColumn,
  type LayoutField,
  layoutColumn,
  mappedRowFields,
  type TableLayout,
} from '../table-layout.js';

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

/** What differs between the engines when a layout is written into SQL. */
export interface EngineDialect {
  quote(name: string): string;
  /** The expression that writes the record's field `source.field` into a column of the given (live) type. */
  write(field: RowColumn, source: string, liveType: ColumnType | undefined): string;
}

/** A row's stamps as the statement names them (parameters, or `now()`). */
export interface StampExpressions {
  readonly now: string;
  readonly appliedBy: string;
  readonly sourceCommit: string;
  /** The step's environment, for a table with an environment column. */
  readonly environment: string;
}

/**
 * The SQL of one table layout (table-layout.ts): the action's own table, or a user's with its own column names. Names
 * are quoted; the layout's names were validated when the schema file was read. `liveTypes` are the table's column
 * types as its catalog gave them (by column name, lower case), so a value is written as the column takes it.
 */
export class LayoutSql {
  constructor(
    readonly layout: TableLayout,
    private readonly dialect: EngineDialect,
    private readonly liveTypes: ReadonlyMap<string, ColumnType> = new Map(),
  ) {}

  /** The same layout against the table's types as its catalog has them. */
  withLiveTypes(liveTypes: ReadonlyMap<string, ColumnType>): LayoutSql {
    return new LayoutSql(this.layout, this.dialect, liveTypes);
  }

  #column(field: LayoutField): LayoutColumn | undefined {
    return layoutColumn(this.layout, field);
  }

  #q(field: LayoutField): string {
    return this.dialect.quote(this.#column(field)!.name);
  }

  /** The row fields the table has. */
  get fields(): RowColumn[] {
    return mappedRowFields(this.layout);
  }

  get idColumn(): string {
    return this.#q('id');
  }

  /** The environment column, quoted, when the table has one. */
  get environmentColumn(): string | undefined {
    return this.#column('environment') ? this.#q('environment') : undefined;
  }

  /** `<col> AS <field>, ...`: every mapped row field and bookkeeping column, read back under the field's name. */
  get selectList(): string {
    return this.layout.columns
      .filter((c) => c.field !== 'environment')
      .map((c) => `${this.dialect.quote(c.name)} AS ${this.dialect.quote(c.field)}`)
      .join(', ');
  }

  /** The fields a record of the JSON parameter carries: the mapped row fields and the content hash. */
  recordDeclarations(declare: (field: string, kind: ColumnKind) => string): string[] {
    return [
      ...this.fields.map((field) => declare(field, ROW_COLUMN_KINDS[field])),
      declare('content_hash', 'text'),
    ];
  }

  /** A field's column type as the table's catalog gave it, when it was read. */
  liveType(field: LayoutField): ColumnType | undefined {
    const column = this.#column(field);
    return column ? this.liveTypes.get(column.name.toLowerCase()) : undefined;
  }

  #value(field: RowColumn, source: string): string {
    return this.dialect.write(field, source, this.liveTypes.get(this.#column(field)!.name.toLowerCase()));
  }

  #stampPairs(stamps: StampExpressions, source: string): [string, string][] {
    const pairs: [string, string][] = [];
    if (this.#column('content_hash')) pairs.push([this.#q('content_hash'), `${source}.content_hash`]);
    if (this.#column('applied_at')) pairs.push([this.#q('applied_at'), stamps.now]);
    if (this.#column('applied_by')) pairs.push([this.#q('applied_by'), stamps.appliedBy]);
    if (this.#column('source_commit')) pairs.push([this.#q('source_commit'), stamps.sourceCommit]);
    return pairs;
  }

  /** The INSERT's column list and the SELECT list that fills it from `source`. */
  insert(source: string, stamps: StampExpressions): { columns: string; values: string } {
    const pairs: [string, string][] = [
      ...this.fields.map((field): [string, string] => [this.#q(field), this.#value(field, source)]),
      ...this.#stampPairs(stamps, source),
      ...(this.environmentColumn ? [[this.environmentColumn, stamps.environment] as [string, string]] : []),
    ];
    return { columns: pairs.map(([c]) => c).join(', '), values: pairs.map(([, v]) => v).join(', ') };
  }

  /** `col = source.field, ...` for every field but the id, and the stamps. */
  assignments(source: string, stamps: StampExpressions): string {
    return [
      ...this.fields
        .filter((field) => field !== 'id')
        .map((field): [string, string] => [this.#q(field), this.#value(field, source)]),
      ...this.#stampPairs(stamps, source),
    ]
      .map(([column, value]) => `${column} = ${value}`)
      .join(', ');
  }

  /** `AND t.env = <environment>`, or nothing for a table without an environment column. */
  scope(alias: string, environment: string): string {
    const column = this.environmentColumn;
    return column ? ` AND ${alias ? `${alias}.` : ''}${column} = ${environment}` : '';
  }

  /** `WHERE env = <environment>` for a read, or nothing. */
  where(environment: string): string {
    const column = this.environmentColumn;
    return column ? ` WHERE ${column} = ${environment}` : '';
  }

  /** The assignments of a disable: enabled false, its hash, the stamps. */
  disable(source: string, stamps: StampExpressions, falseValue: string): string {
    return [
      `${this.#q('enabled')} = ${falseValue}`,
      ...this.#stampPairs(stamps, source).map(([column, value]) => `${column} = ${value}`),
    ].join(', ');
  }
}

/** A row read back by `LayoutSql.selectList`: the mapped fields by their readers, the unmapped ones empty. */
export function storedRowFromRecord(
  record: Readonly<Record<string, unknown>>,
  layout: TableLayout,
  readers: ColumnReaders,
  iso: (value: unknown) => string,
): StoredRow {
  const mapped = new Set(mappedRowFields(layout));
  const row = Object.fromEntries(
    ROW_COLUMNS.map((field) => [
      field,
      mapped.has(field)
        ? (readers[ROW_COLUMN_KINDS[field]] as (value: unknown) => unknown)(record[field])
        : emptyValue(field),
    ]),
  ) as unknown as ControlRow;
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value));
  return {
    ...row,
    content_hash: String(record.content_hash ?? '').trim(),
    applied_at: record.applied_at === undefined || record.applied_at === null ? '' : iso(record.applied_at),
    applied_by: String(record.applied_by ?? ''),
    source_commit: text(record.source_commit),
  };
}

/** JSON text as a value; text that is not JSON (edited by hand) stays the text, so the plan puts it back. */
export function parseJsonText(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'string') return (value ?? {}) as Readonly<Record<string, unknown>>;
  try {
    return JSON.parse(value) as Readonly<Record<string, unknown>>;
  } catch {
    return value as unknown as Readonly<Record<string, unknown>>;
  }
}
