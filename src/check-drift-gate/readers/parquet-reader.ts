/**
 * Parquet through `hyparquet` (pure JavaScript, no native code, MIT, actively maintained, reads every encoding and
 * nested type the format defines; `hyparquet-compressors` adds the GZIP, ZSTD, BROTLI and LZ4 codecs, snappy is
 * built in). Both are imported only when a Parquet file is read, so other runs never load them.
 *
 * The file is read by byte ranges (local file or blob), one row group of the compared columns at a time, so memory
 * is bounded by the file's row-group size, not its total size. Column kinds come from the schema: FLOAT, DOUBLE,
 * DECIMAL and FLOAT16 are float; INT32/INT64 integer (unless they carry a DATE, TIME or TIMESTAMP type, which are
 * temporal, as is INT96); BOOLEAN boolean; byte arrays string. Nested columns (lists, maps, structs) are no features.
 */

import { describeError } from '#shared/errors.js';
import {
  BOOLEAN_VALUE,
  FLOAT_VALUE,
  INTEGER_VALUE,
  MISSING,
  NUMERIC_MODE,
  type SideColumns,
  STRING_VALUE,
} from '../feature-columns.js';
import { booleanLabel, type ColumnKind, numberLabel } from '../feature-types.js';
import { type DataSource, dataError, notANumber, type SideName, showValue, type Table } from './table.js';

interface SchemaElementLike {
  readonly type?: string;
  readonly converted_type?: string;
  readonly logical_type?: { readonly type: string };
  readonly repetition_type?: string;
  readonly num_children?: number;
}

const TEMPORAL_CONVERTED = new Set([
  'DATE',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'INTERVAL',
]);

/** The column kind a Parquet schema element declares; 'nested' for columns that are no feature. */
export function parquetColumnKind(element: SchemaElementLike): ColumnKind | 'nested' {
  if ((element.num_children ?? 0) > 0 || element.repetition_type === 'REPEATED') return 'nested';
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (logical === 'DECIMAL' || converted === 'DECIMAL' || logical === 'FLOAT16') return 'float';
  if (logical === 'DATE' || logical === 'TIME' || logical === 'TIMESTAMP') return 'temporal';
  if (converted !== undefined && TEMPORAL_CONVERTED.has(converted)) return 'temporal';
  switch (element.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
    case 'INT64':
      return 'integer';
    case 'INT96':
      return 'temporal';
    case 'FLOAT':
    case 'DOUBLE':
      return 'float';
    default:
      return 'string';
  }
}

export async function openParquet(
  source: DataSource,
  sideName: SideName,
  signal?: AbortSignal,
): Promise<Table> {
  const [{ parquetMetadataAsync, parquetSchema, parquetScan }, { compressors }] = await Promise.all([
    import('hyparquet'),
    import('hyparquet-compressors'),
  ]);
  const file = await source.openRandomAccess(signal);
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (error) {
    throw dataError(
      sideName,
      source,
      undefined,
      `not a readable Parquet file (${describeError(error).message})`,
    );
  }
  const children = parquetSchema(metadata).children;
  const columns = children.map((child) => child.element.name);
  const kinds = children.map((child) => parquetColumnKind(child.element));
  return {
    source,
    columns,
    schemaKinds: kinds.map((kind) => (kind === 'nested' ? undefined : kind)),
    async readRows(side, slots) {
      const selected: { column: string; slot: number; kind: ColumnKind }[] = [];
      slots.forEach((slot, index) => {
        if (slot < 0) return;
        const kind = kinds[index]!;
        if (kind === 'nested') {
          throw dataError(
            sideName,
            source,
            undefined,
            `column '${columns[index]}' is a nested Parquet column (list, map or struct), which is no feature; exclude it (exclude-features)`,
          );
        }
        selected.push({ column: columns[index]!, slot, kind });
      });
      if (selected.length === 0) return;
      const scan = await parquetScan({
        file,
        metadata,
        columns: selected.map((entry) => entry.column),
        compressors,
      });
      for (const range of scan.ranges) {
        signal?.throwIfAborted();
        const data = await Promise.all(
          selected.map((entry) => scan.readColumn({ column: entry.column, ...range })),
        );
        const rows = range.rowEnd - range.rowStart;
        for (let row = 0; row < rows; row++) {
          for (let i = 0; i < selected.length; i++) {
            const { slot, kind, column } = selected[i]!;
            const value = (data[i] as ArrayLike<unknown>)[row];
            if (!stageValue(side, slot, kind, value)) {
              const shown = showValue(String(value));
              const reason = side.reasons[slot] ?? 'numerical';
              throw dataError(
                sideName,
                source,
                undefined,
                `row ${range.rowStart + row + 1}, ${notANumber(column, shown, reason)}`,
              );
            }
          }
          side.commitRow();
        }
      }
    },
    async close() {},
  };
}

/** Stages one cell; false when a numerical feature gets a value that is not a number. */
function stageValue(side: SideColumns, slot: number, kind: ColumnKind, value: unknown): boolean {
  if (value === null || value === undefined) {
    side.status[slot] = MISSING;
    return true;
  }
  let number: number | undefined;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'bigint') number = Number(value);
  if (number !== undefined) {
    if (!Number.isFinite(number)) {
      side.status[slot] = MISSING;
      return true;
    }
    const status = kind === 'integer' ? INTEGER_VALUE : FLOAT_VALUE;
    if (side.modes[slot] === NUMERIC_MODE) side.values[slot] = number;
    else side.texts[slot] = numberLabel(number);
    side.status[slot] = status;
    return true;
  }
  let label: string;
  let status = STRING_VALUE;
  if (typeof value === 'boolean') {
    label = booleanLabel(value);
    status = BOOLEAN_VALUE;
  } else if (value instanceof Date)
    label = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  else if (value instanceof Uint8Array) label = Buffer.from(value).toString('hex');
  else if (typeof value === 'string') label = value;
  else
    label = JSON.stringify(value, (_key, inner: unknown) =>
      typeof inner === 'bigint' ? String(inner) : inner,
    );
  if (side.modes[slot] === NUMERIC_MODE && !side.acceptText(slot)) return false;
  side.texts[slot] = label;
  side.status[slot] = status;
  return true;
}
