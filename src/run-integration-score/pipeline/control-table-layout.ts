/**
 * How pipeline mode reads the control table: with the layout apply-control-metadata wrote it with. The metadata
 * receipt says which one that was: the action's own table (no `store.tableSchema`), or the user's, adopted through a
 * table-schema file whose parsed mapping has the digest it records. The `table-schema` input gives the same file
 * here; the two must agree before anything is read or run:
 *
 * - the receipt names a table-schema and the input gives none, or one whose mapping differs (its digest): refused,
 *   since the row would be read with other column names than it was written with;
 * - the input gives one and the receipt names none: refused, since the table is the action's own;
 * - the file names a table (`table:`) other than the receipt's: refused, it describes another table.
 *
 * The file is parsed with the same parser as apply-control-metadata's, for the receipt's environment and engine.
 */
import type { TableName } from '#shared/control-table/model.js';
import { BUILTIN_LAYOUT, type TableLayout } from '#shared/control-table/table-layout.js';
import {
  TABLE_SCHEMA_INPUT,
  type TableSchema,
  tableSchemaDigest,
} from '#shared/control-table/table-schema.js';
import { ConfigurationError } from '#shared/errors.js';
import type { MetadataReceipt } from '#shared/receipts/schemas.js';

const input = TABLE_SCHEMA_INPUT;
const short = (digest: string) => digest.slice(0, 12);

/**
 * The layout to read the receipt's table with; `schema` is the parsed `table-schema` input (undefined when not
 * given), `table` the receipt's table parsed.
 */
export function controlTableLayout(
  receipt: MetadataReceipt,
  table: TableName,
  schema: TableSchema | undefined,
): TableLayout {
  const recorded = receipt.store.tableSchema;
  const named = receipt.store.table;
  if (!schema) {
    if (!recorded) return BUILTIN_LAYOUT;
    throw new ConfigurationError(
      `Input '${input}' is not given, but the metadata receipt says apply-control-metadata adopted the control table ${named} through the table-schema ${recorded.file} (mapping ${short(recorded.digest)}): its columns have that file's names. Give the same file in '${input}'.`,
      { input },
    );
  }
  const file = schema.layout.file ?? input;
  if (!recorded) {
    throw new ConfigurationError(
      `Input '${input}' gives ${file}, but the metadata receipt says apply-control-metadata wrote its own control table ${named}, with no table-schema: remove '${input}', or run apply-control-metadata with this table-schema first.`,
      { input, location: { file } },
    );
  }
  const digest = tableSchemaDigest(schema.layout);
  if (digest !== recorded.digest) {
    throw new ConfigurationError(
      `Input '${input}': the mapping of ${file} (${short(digest)}) is not the one apply-control-metadata adopted the control table ${named} with (${recorded.file}, mapping ${short(recorded.digest)}): give the table-schema file apply-control-metadata was given, or run apply-control-metadata again with this one.`,
      { input, location: { file } },
    );
  }
  if (schema.table && !sameTable(schema.table, table)) {
    throw new ConfigurationError(
      `Input '${input}': ${file} describes the table ${schema.table.schema}.${schema.table.table}, but the metadata receipt's control table is ${named}; give the table-schema of ${named}.`,
      { input, location: { file } },
    );
  }
  return schema.layout;
}

function sameTable(a: TableName, b: TableName): boolean {
  return `${a.schema}.${a.table}`.toLowerCase() === `${b.schema}.${b.table}`.toLowerCase();
}
