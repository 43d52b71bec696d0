/**
 * Reading one side (reference or current): every file of the side, in order, in one pass each, into the side's
 * feature columns. Every file must hold the compared features; a side without rows, or whose rows are all dropped
 * for a missing value, is refused, since a gate on no data would prove nothing.
 */
import { ConfigurationError } from '#shared/errors.js';
import type { Logger } from '#shared/logger.js';
import { type ColumnData, type ColumnRule, SideColumns } from './feature-columns.js';
import type { Preset } from './presets.js';
import { openCsv } from './readers/csv-reader.js';
import { openJsonLines } from './readers/jsonl-reader.js';
import { openParquet } from './readers/parquet-reader.js';
import type { DataSource, SideName, Table } from './readers/table.js';

export interface SideSummary {
  readonly files: readonly string[];
  readonly rows: number;
  /** Rows left out because a compared feature was missing in them (azureml preset). */
  readonly droppedRows: number;
}

export interface TableOptions {
  readonly csvDelimiter: string;
  readonly signal?: AbortSignal;
}

export async function openTable(source: DataSource, side: SideName, options: TableOptions): Promise<Table> {
  switch (source.format) {
    case 'csv':
      return openCsv(source, { delimiter: options.csvDelimiter }, side, options.signal);
    case 'jsonl':
      return openJsonLines(source, side, options.signal);
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
  readonly exactLimit: number;
  readonly sketchCapacity?: number;
  readonly logger: Logger;
}

export async function readSide(
  reading: SideReading,
): Promise<{ columns: ColumnData[]; summary: SideSummary }> {
  const { side, sources, features, signal } = reading;
  const columns = new SideColumns(
    features,
    reading.rules,
    {
      exactLimit: reading.exactLimit,
      dropIncompleteRows: reading.preset.dropIncompleteRows,
      ...(reading.sketchCapacity ? { sketchCapacity: reading.sketchCapacity } : {}),
    },
    reading.reasons,
  );
  const wanted = new Map(features.map((feature, slot) => [feature, slot]));
  for (let i = 0; i < sources.length; i++) {
    signal?.throwIfAborted();
    const table = i === 0 ? reading.first : await openTable(sources[i]!, side, reading);
    const slots = new Int32Array(table.columns.length).fill(-1);
    table.columns.forEach((column, index) => {
      const slot = wanted.get(column);
      if (slot !== undefined) slots[index] = slot;
    });
    const present = new Set(table.columns);
    const missing = features.filter((feature) => !present.has(feature));
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
  const finished = columns.finish();
  if (columns.droppedRows === columns.rows) {
    const worst = finished
      .map((column, slot) => ({ name: features[slot]!, share: column.missing / columns.rows }))
      .filter((entry) => entry.share > 0)
      .sort((a, b) => b.share - a.share)
      .slice(0, 5)
      .map((entry) => `'${entry.name}' ${(entry.share * 100).toFixed(1)} %`);
    throw new ConfigurationError(
      `Every ${side} row has a missing value in a compared feature, and preset ${reading.preset.name} drops such rows, as Azure ML does (missing most: ${worst.join(', ')}); exclude those features (exclude-features), or use preset evidently, which drops missing values per feature.`,
      { input: side },
    );
  }
  return {
    columns: finished,
    summary: {
      files: sources.map((source) => source.label),
      rows: columns.rows,
      droppedRows: columns.droppedRows,
    },
  };
}
