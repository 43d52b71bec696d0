/**
 * Which columns the gate compares: the `features` named (each must be a column of both sides' first files), or
 * every column the two sides share, less `exclude-features`. Parquet's nested columns are never compared unless
 * named; its schema also tells each column's kind before a value is read.
 *
 * Without `features`, a column on one side only is a schema change (a production column renamed or lost, or a new
 * one): it is reported, never silently left out; `on-schema-change` decides whether the step fails. Excluded columns
 * are not reported.
 */
import { ConfigurationError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import type { ColumnKind } from './feature-types.js';
import type { Table } from './readers/table.js';

export interface FeatureRequest {
  /** The features to compare; undefined: every column common to both sides. */
  readonly features: readonly string[] | undefined;
  readonly excludeFeatures: readonly string[];
}

/** A column present on one side only. */
export interface SchemaChange {
  readonly column: string;
  /** The side that has it. */
  readonly side: 'reference' | 'current';
}

export interface FeatureSelection {
  readonly features: string[];
  /** Each feature's column kind from the reference's schema (Parquet), where it has one. */
  readonly schemaKinds: Map<string, ColumnKind>;
  readonly schemaChanges: SchemaChange[];
}

function describeColumns(table: Table): string {
  const shown = table.columns.slice(0, 12).map((column) => `'${column}'`);
  const more = table.columns.length > 12 ? `, … (${table.columns.length} in all)` : '';
  return `${table.source.label}: ${shown.join(', ') || 'no columns'}${more}`;
}

export function selectFeatures(
  request: FeatureRequest,
  reference: Table,
  current: Table,
  logger: Logger,
): FeatureSelection {
  const currentColumns = new Set(current.columns);
  const referenceColumns = new Set(reference.columns);
  const schemaKinds = new Map<string, ColumnKind>();
  const nested = new Set<string>();
  reference.columns.forEach((column, index) => {
    if (reference.schemaKinds === undefined) return;
    const kind = reference.schemaKinds[index];
    if (kind === undefined) nested.add(column);
    else schemaKinds.set(column, kind);
  });
  let features: string[];
  if (request.features !== undefined) {
    for (const feature of request.features) {
      for (const [table, columns] of [
        [reference, referenceColumns],
        [current, currentColumns],
      ] as const) {
        if (!columns.has(feature)) {
          throw new ConfigurationError(
            `Input 'features' names '${feature}', which is not a column of ${describeColumns(table)}.`,
            { input: 'features' },
          );
        }
      }
    }
    features = [...request.features];
  } else {
    features = reference.columns.filter((column) => currentColumns.has(column) && !nested.has(column));
  }
  const excluded = new Set(request.excludeFeatures);
  for (const name of excluded) {
    if (!referenceColumns.has(name) && !currentColumns.has(name)) {
      logger.warning(
        `exclude-features names '${name}', which is not a column of either side; check the spelling.`,
      );
    }
  }
  features = features.filter((feature) => !excluded.has(feature));
  const schemaChanges: SchemaChange[] =
    request.features !== undefined
      ? []
      : [
          ...reference.columns
            .filter((column) => !currentColumns.has(column) && !excluded.has(column))
            .map((column) => ({ column, side: 'reference' as const })),
          ...current.columns
            .filter((column) => !referenceColumns.has(column) && !excluded.has(column))
            .map((column) => ({ column, side: 'current' as const })),
        ];
  if (features.length === 0) {
    const common = reference.columns.filter((column) => currentColumns.has(column));
    throw new ConfigurationError(
      common.length === 0
        ? `The reference and current data have no column in common (${describeColumns(reference)}; ${describeColumns(current)}); compare files of the same table, or name the features with 'features'.`
        : `No feature is left to compare: every common column is excluded (${common.join(', ')}).`,
      { input: common.length === 0 ? 'current' : 'exclude-features' },
    );
  }
  return { features, schemaKinds, schemaChanges };
}
