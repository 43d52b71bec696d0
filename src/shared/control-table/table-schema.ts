/**
 * The `table-schema` file: the user's own control table, for the action to adopt instead of creating its own.
 *
 * ```yaml
 * version: 1                   # optional: the only version of this format
 * table: etl.ScoringControl    # optional: the table (else the `table` input; both given, they must agree)
 * columns:                     # field: column name, or { name, type }
 *   id: { name: UseCaseId, type: nvarchar(128) }
 *   pipeline: PipelineName
 *   endpoint: EndpointName
 *   environment: Environment   # optional: scopes the rows to the step's environment
 * ```
 *
 * Fields: the row's (model.ts: `id`, `pipeline` and `endpoint` are required, the others optional), `environment`
 * (the column holding the environment a row is for: the step reads, writes and prunes only its own), and the
 * bookkeeping `content_hash`, `applied_at`, `applied_by`, `source_commit` (written when mapped). A `type` is checked
 * against the table's column, and a length in it bounds the values before anything is written. Top-level keys such
 * files often carry besides: `version` (1), `table`, and `environment` (the environment the file is for: another
 * one is refused). Every problem is reported at once, at its line.
 *
 * The mapping's digest (`tableSchemaDigest`) goes into the metadata receipt, so the steps that read the table after
 * apply-control-metadata (run-integration-score's pipeline mode) can require the same mapping it wrote with.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '#shared/canonical-json.js';
import { type DocumentPath, type LoadedDocument, loadDocument } from '#shared/documents.js';
import { type Problem, ProblemsError } from '#shared/problems.js';
import { suggest } from '#shared/suggest.js';
import { isRecord, typeName } from '#shared/values.js';
import { parseTableName, ROW_COLUMNS, type TableName } from './model.js';
import {
  BOOKKEEPING_FIELDS,
  formatColumnType,
  type LayoutColumn,
  type LayoutField,
  parseColumnType,
  type TableLayout,
} from './table-layout.js';

/** The input that names a table-schema file, in both actions that read the control table. */
export const TABLE_SCHEMA_INPUT = 'table-schema';

const FIELDS: readonly LayoutField[] = [...ROW_COLUMNS, 'environment', ...BOOKKEEPING_FIELDS];
const KEYS = ['version', 'table', 'environment', 'columns'] as const;
/** A column name the stores quote: letters, digits, `_`, `$`, `#`, `@`, up to 128. */
const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_$#@]{0,127}$/;
/** The fields a control table cannot do without: the row's key, what runs it and what scores it. */
const REQUIRED_FIELDS: readonly LayoutField[] = ['id', 'pipeline', 'endpoint'];

export interface TableSchema {
  readonly layout: TableLayout;
  /** The table the file names, if it names one. */
  readonly table?: TableName;
}

export interface TableSchemaContext {
  /** The step's environment: a file for another one is refused. */
  readonly environment: string;
  /** The default schema of the engine (`dbo`, `public`) for a table named without one. */
  readonly defaultSchema: string;
}

export async function loadTableSchema(
  absolute: string,
  shownAs: string,
  context: TableSchemaContext,
): Promise<TableSchema> {
  return parseTableSchema(await loadDocument(absolute, shownAs, TABLE_SCHEMA_INPUT), context);
}

export function parseTableSchema(document: LoadedDocument, context: TableSchemaContext): TableSchema {
  const problems: Problem[] = [];
  const problem = (path: DocumentPath, message: string) =>
    problems.push({ message, location: document.locate(path) });
  const root = document.value;
  if (!isRecord(root)) {
    problem([], `the file must be a mapping with 'columns'; it is ${typeName(root, 'yaml')}`);
    throw new ProblemsError(`1 problem in the table schema ${document.file}`, problems, TABLE_SCHEMA_INPUT);
  }
  for (const key of Object.keys(root)) {
    if ((KEYS as readonly string[]).includes(key)) continue;
    const close = suggest(key, KEYS);
    problem(
      [key],
      `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The keys are ${KEYS.join(', ')}.`,
    );
  }
  if (root.version !== undefined && root.version !== 1) {
    problem(
      ['version'],
      `version ${JSON.stringify(root.version)}: this action reads version 1 (or leave version out)`,
    );
  }
  if (root.environment !== undefined && root.environment !== context.environment) {
    problem(
      ['environment'],
      `the file is for environment ${JSON.stringify(root.environment)}, but this step works on '${context.environment}'; give this environment's file, or leave environment out of a file that serves every environment`,
    );
  }
  let table: TableName | undefined;
  if (root.table !== undefined) {
    table = typeof root.table === 'string' ? parseTableName(root.table, context.defaultSchema) : undefined;
    if (!table) {
      problem(
        ['table'],
        `table ${JSON.stringify(root.table)} is not a table name: write schema.table, each part letters, digits and '_'`,
      );
    }
  }

  const columns: LayoutColumn[] = [];
  if (!isRecord(root.columns)) {
    problem(
      'columns' in root ? ['columns'] : [],
      `'columns' must map each field to its column (id: UseCaseId, ...); ${'columns' in root ? `it is ${typeName(root.columns, 'yaml')}` : 'the file has none'}`,
    );
  } else {
    const seen = new Map<string, string>();
    for (const [field, value] of Object.entries(root.columns)) {
      const at = ['columns', field];
      if (!(FIELDS as readonly string[]).includes(field)) {
        const close = suggest(field, FIELDS);
        problem(
          at,
          `unknown field '${field}'${close ? `; did you mean '${close}'?` : '.'} The fields are ${FIELDS.join(', ')}.`,
        );
        continue;
      }
      const spec = typeof value === 'string' ? { name: value } : value;
      if (!isRecord(spec) || typeof spec.name !== 'string') {
        problem(
          at,
          `'${field}' must be a column name, or a mapping with name (and type); it is ${typeName(value, 'yaml')}`,
        );
        continue;
      }
      for (const key of Object.keys(spec)) {
        if (key !== 'name' && key !== 'type')
          problem([...at, key], `unknown key '${key}'; a column has name and type`);
      }
      if (!COLUMN_NAME.test(spec.name)) {
        problem(
          at,
          `'${spec.name}' is not a column name this action writes: letters, digits, '_', '$', '#', '@', starting with a letter or '_'`,
        );
        continue;
      }
      const other = seen.get(spec.name.toLowerCase());
      if (other) {
        problem(at, `'${field}' and '${other}' are both mapped to the column '${spec.name}'`);
        continue;
      }
      seen.set(spec.name.toLowerCase(), field);
      let type: LayoutColumn['type'];
      if (spec.type !== undefined) {
        type = typeof spec.type === 'string' ? parseColumnType(spec.type) : undefined;
        if (!type) {
          problem(
            [...at, 'type'],
            `type ${JSON.stringify(spec.type)} is not a SQL type name such as nvarchar(128), varchar(max), bit or jsonb`,
          );
          continue;
        }
      }
      columns.push({
        field: field as LayoutField,
        name: spec.name,
        ...(type ? { type } : {}),
        location: document.locate(at),
      });
    }
    for (const field of REQUIRED_FIELDS) {
      if (!columns.some((column) => column.field === field)) {
        problem(['columns'], `'columns' maps no column for '${field}', which every control table needs`);
      }
    }
  }
  if (problems.length > 0) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new ProblemsError(`${count} in the table schema ${document.file}`, problems, TABLE_SCHEMA_INPUT);
  }
  return { layout: { adopted: true, columns, file: document.file }, ...(table ? { table } : {}) };
}

/**
 * The digest of a table-schema's mapping as parsed: each field's column name and declared type, in field order. Two
 * files that map the same columns have the same digest whatever their key order, comments or file name; a renamed
 * column, a field mapped or unmapped, or another declared type changes it. The table is not part of it: the metadata
 * receipt names the table itself.
 */
export function tableSchemaDigest(layout: TableLayout): string {
  const mapping = FIELDS.flatMap((field) => {
    const column = layout.columns.find((candidate) => candidate.field === field);
    if (!column) return [];
    return [{ field, name: column.name, ...(column.type ? { type: formatColumnType(column.type) } : {}) }];
  });
  return createHash('sha256').update(canonicalJson(mapping)).digest('hex');
}
