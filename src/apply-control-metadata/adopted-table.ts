/**
 * A table the action did not create, held against what the step needs before anything is written, the same way in a
 * dry run and in an apply:
 *
 * - without `table-schema` (the action's own table), a table that exists though the action's migration never ran is
 *   refused: the action would otherwise try to create it ("relation already exists") after a dry run that planned
 *   inserts into it;
 * - with `table-schema`, the table is adopted: it must exist, every mapped column must be there with a type that
 *   fits its field (and the declared type, when the schema file gives one), and every column the mapping leaves out
 *   must be nullable or have a default, or every insert would fail. Each problem is listed at its mapping line.
 */

import {
  acceptedTypes,
  formatColumnType,
  type LiveColumn,
  parseColumnType,
  type TableLayout,
} from '#shared/control-table/table-layout.js';
import { TABLE_SCHEMA_INPUT } from '#shared/control-table/table-schema.js';
import { ConfigurationError } from '#shared/errors.js';
import { type Problem, ProblemsError } from '#shared/problems.js';

/** The action's own table exists, but its migration never ran: refused before any write. */
export function notCreatedByAction(table: string): ConfigurationError {
  return new ConfigurationError(
    `The control table ${table} exists, but apply-control-metadata did not create it (its migration 'apply-control-metadata/0001-control-table' is not recorded in the table's _migrations table). Nothing was changed. To use this table, describe its columns in a table-schema file (input 'table-schema') so the action adopts it; or choose another table (input 'table').`,
    { input: 'table' },
  );
}

/** The adopted table's problems against the layout; throws them together, or returns the catalog's spellings. */
export function checkAdoptedTable(
  layout: TableLayout,
  table: string,
  live: readonly LiveColumn[] | undefined,
): ReadonlyMap<string, string> {
  const file = layout.file ?? TABLE_SCHEMA_INPUT;
  if (!live || live.length === 0) {
    throw new ConfigurationError(
      `${file}: the control table ${table} does not exist. A table-schema adopts an existing table and never creates it: create it first (in a migration, input 'migrations', or by hand), or check the table name.`,
      { input: TABLE_SCHEMA_INPUT, location: { file } },
    );
  }
  const byName = new Map(live.map((column) => [column.name.toLowerCase(), column]));
  const problems: Problem[] = [];
  const spelled = new Map<string, string>();
  for (const mapped of layout.columns) {
    const location = mapped.location ?? { file };
    const column = byName.get(mapped.name.toLowerCase());
    if (!column) {
      problems.push({
        message: `the column '${mapped.name}' (for ${mapped.field}) is missing from ${table}; it has ${live.map((c) => c.name).join(', ')}`,
        location,
      });
      continue;
    }
    spelled.set(mapped.name.toLowerCase(), column.name);
    const liveType = parseColumnType(
      column.length === null
        ? column.type
        : `${column.type}(${column.length === -1 ? 'max' : column.length})`,
    );
    const shown = liveType ? formatColumnType(liveType) : column.type;
    if (!liveType || !acceptedTypes(mapped.field).has(liveType.base)) {
      problems.push({
        message: `the column '${column.name}' is ${shown}, which cannot hold ${mapped.field} (it takes ${[...acceptedTypes(mapped.field)].join(', ')})`,
        location,
      });
    } else if (
      mapped.type &&
      (mapped.type.base !== liveType.base ||
        (mapped.type.length !== undefined && mapped.type.length !== liveType.length))
    ) {
      problems.push({
        message: `the column '${column.name}' is ${shown} in the table, not ${formatColumnType(mapped.type)} as the schema file says`,
        location,
      });
    }
  }
  const mappedNames = new Set(layout.columns.map((column) => column.name.toLowerCase()));
  for (const column of live) {
    if (mappedNames.has(column.name.toLowerCase()) || column.nullable || column.defaulted) continue;
    problems.push({
      message: `the column '${column.name}' of ${table} is NOT NULL without a default and not in the mapping, so no row could be inserted; map it, or give it a default`,
      location: { file },
    });
  }
  if (problems.length > 0) {
    throw new ProblemsError(
      `${problems.length === 1 ? '1 problem' : `${problems.length} problems`} adopting ${table} (nothing was changed)`,
      problems,
      TABLE_SCHEMA_INPUT,
    );
  }
  return spelled;
}
