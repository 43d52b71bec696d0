/**
 * Reading one side (reference or current): every file of the side, in order, in one pass each, into the side's
 * feature columns. Every file must hold the compared features; a side without rows, or whose rows are all dropped
 * for a missing value, is refused, since a gate on no data would prove nothing.
 *
 * One exception reads the side twice: under a preset that drops incomplete rows (azureml), a feature missing in every
 * row drops every row, which would hide the other features' data behind an empty column. The side is then read again
 * without the empty features, which are reported as such (a data-quality finding on the current side; on the
 * reference, a feature whose type cannot be told).
 */
import { ConfigurationError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { type ColumnData, type ColumnRule, SideColumns, type SideMemory } from './feature-columns.js';
import type { Preset } from './presets.js';
import { openCsv } from './readers/csv-reader.js';
import { openJsonLines } from './readers/jsonl-reader.js';
import { openParquet } from './readers/parquet-reader.js';
import type { DataSource, SideName, Table } from './readers/table.js';
import type { TextEncoding } from './readers/text-encoding.js';

export interface SideSummary {
  readonly files: readonly string[];
  readonly rows: number;
  /** Rows left out because a compared feature was missing in them (azureml preset). */
  readonly droppedRows: number;
  /** Bytes the side's numerical values could take, and the most they took. */
  readonly memory: { readonly limit: number; readonly peak: number; readonly retained: number };
  /** Features missing in every row, left out of the row drop (the side was read again without them). */
  readonly emptyFeatures: readonly string[];
}

export interface TableOptions {
  readonly csvDelimiter: string;
  readonly encoding: TextEncoding;
  readonly signal?: AbortSignal;
}

export async function openTable(source: DataSource, side: SideName, options: TableOptions): Promise<Table> {
  switch (source.format) {
    case 'csv':
      return openCsv(
        source,
        { delimiter: options.csvDelimiter, encoding: options.encoding },
        side,
        options.signal,
      );
    case 'jsonl':
      return openJsonLines(source, side, options.encoding, options.signal);
    case 'parquet':
      return openParquet(source, side, options.signal);
  }
}

export interface SideReading extends TableOptions {
  readonly side: SideName;
  readonly sources: readonly DataSource[];
  /** The side's first table, opened already to choose the features. */
  readonly first: Table;
  readonly features: readonly string[];
  /** Per feature: inferred while reading (the reference), or a fixed type. */
  readonly rules: readonly ColumnRule[];
  /** Per feature: why it is numerical, for the error on a value that is not a number. */
  readonly reasons: readonly string[];
  /** Whether rows with a missing value are dropped, and the preset's name to say so. */
  readonly preset: Pick<Preset, 'name' | 'dropIncompleteRows'>;
  /** Bytes the side's numerical values may take. */
  readonly memoryLimit: number;
  readonly logger: Logger;
}

export interface SideRead {
  readonly columns: ColumnData[];
  readonly summary: SideSummary;
  /** The side's memory account, still counting what its columns hold (packing gives some back). */
  readonly memory: SideMemory;
}

export async function readSide(reading: SideReading): Promise<SideRead> {
  const first = await readOnce(reading, reading.features, true);
  const { columns, finished } = first;
  if (!reading.preset.dropIncompleteRows || columns.droppedRows < columns.rows)
    return sideResult(reading, first, []);
  const empty = finished.flatMap((column, slot) =>
    column.count === 0 && column.missing === columns.rows ? [slot] : [],
  );
  if (empty.length === 0 || empty.length === reading.features.length) {
    throw everyRowDropped(reading, columns.rows, finished);
  }
  const emptyFeatures = empty.map((slot) => reading.features[slot]!);
  reading.logger.warning(
    `Every ${reading.side} row is missing ${emptyFeatures.map((name) => `'${name}'`).join(', ')}, and preset ${reading.preset.name} drops incomplete rows: reading the ${reading.side} data again without ${empty.length === 1 ? 'it' : 'them'}.`,
  );
  // The first pass's data of the other features is read again: its memory goes back first.
  finished.forEach((column, slot) => {
    if (empty.includes(slot) || column.kind !== 'numeric') return;
    column.values?.release();
    column.sketch?.release();
  });
  const kept = reading.features.filter((_, slot) => !empty.includes(slot));
  const keptSlots = reading.features.flatMap((_, slot) => (empty.includes(slot) ? [] : [slot]));
  const second = await readOnce(
    {
      ...reading,
      rules: keptSlots.map((slot) => reading.rules[slot]!),
      reasons: keptSlots.map((slot) => reading.reasons[slot]!),
    },
    kept,
    false,
  );
  if (second.columns.droppedRows === second.columns.rows) {
    throw everyRowDropped(reading, second.columns.rows, second.finished);
  }
  // The empty features keep their first-pass columns (no value, every row missing); the others the second pass's.
  const merged = reading.features.map((_, slot) =>
    empty.includes(slot) ? finished[slot]! : second.finished[keptSlots.indexOf(slot)]!,
  );
  return sideResult(reading, { columns: second.columns, finished: merged }, emptyFeatures);
}

interface Pass {
  readonly columns: SideColumns;
  readonly finished: ColumnData[];
}

function sideResult(reading: SideReading, pass: Pass, emptyFeatures: readonly string[]): SideRead {
  const { columns } = pass;
  return {
    columns: pass.finished,
    memory: columns.memory,
    summary: {
      files: reading.sources.map((source) => source.label),
      rows: columns.rows,
      droppedRows: columns.droppedRows,
      memory: { limit: columns.memory.limit, peak: columns.memory.peak, retained: columns.memory.used },
      emptyFeatures,
    },
  };
}

function everyRowDropped(
  reading: SideReading,
  rows: number,
  finished: readonly ColumnData[],
): ConfigurationError {
  const { side, features } = reading;
  const worst = finished
    .map((column, slot) => ({ name: features[slot]!, share: column.missing / rows }))
    .filter((entry) => entry.share > 0)
    .sort((a, b) => b.share - a.share)
    .slice(0, 5)
    .map((entry) => `'${entry.name}' ${(entry.share * 100).toFixed(1)} %`);
  return new ConfigurationError(
    `Every ${side} row has a missing value in a compared feature, and preset ${reading.preset.name} drops such rows, as Azure ML does (missing most: ${worst.join(', ')}); exclude those features (exclude-features), or use preset evidently, which drops missing values per feature.`,
    { input: side },
  );
}

/** One pass over every file of the side into fresh columns for `features`. */
async function readOnce(
  reading: SideReading,
  features: readonly string[],
  firstPass: boolean,
): Promise<Pass> {
  const { side, sources, signal } = reading;
  const columns = new SideColumns(
    features,
    reading.rules,
    { memoryLimit: reading.memoryLimit, dropIncompleteRows: reading.preset.dropIncompleteRows },
    reading.reasons,
  );
  const wanted = new Map(features.map((feature, slot) => [feature, slot]));
  for (let i = 0; i < sources.length; i++) {
    signal?.throwIfAborted();
    const table = i === 0 && firstPass ? reading.first : await openTable(sources[i]!, side, reading);
    const slots = new Int32Array(table.columns.length).fill(-1);
    table.columns.forEach((column, index) => {
      const slot = wanted.get(column);
      if (slot !== undefined) slots[index] = slot;
    });
    const present = new Set(table.columns);
    const missing = reading.features.filter((feature) => !present.has(feature));
    if (missing.length > 0) {
      await table.close();
      throw new ConfigurationError(
        `${table.source.label} has no column ${missing.map((name) => `'${name}'`).join(', ')}, which the other ${side} files have; every ${side} file needs the compared features.`,
        { input: side, location: { file: table.source.label } },
      );
    }
    const before = columns.rows;
    const started = Date.now();
    columns.beginTable();
    await table.readRows(columns, slots, signal);
    reading.logger.info(
      `${side}: read ${columns.rows - before} rows from ${table.source.label} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  if (columns.rows === 0) {
    throw new ConfigurationError(
      `The ${side} data has no rows (${sources.map((source) => source.label).join(', ')} ${sources.length === 1 ? 'holds' : 'hold'} a header at most); a drift gate on empty data would prove nothing.`,
      { input: side, location: { file: sources[0]!.label } },
    );
  }
  return { columns, finished: columns.finish() };
}
