/**
 * What every reader offers the gate: a table whose columns are known before its rows are read (CSV header, Parquet
 * schema, the keys of the first JSON line), and one pass over its rows into a side's {@link SideColumns}.
 */
import { ConfigurationError, formatLocation } from '#shared/errors.js';
import type { SideColumns } from '../feature-columns.js';
import type { ColumnKind } from '../feature-types.js';

export type DataFormat = 'csv' | 'parquet' | 'jsonl';

/** One file or blob of one side. */
export interface DataSource {
  /** How people see it: the workspace-relative path, or the blob URL without its query (no SAS). */
  readonly label: string;
  readonly format: DataFormat;
  /** gzip-compressed (`.gz`): CSV and JSON Lines only; `openStream` decompresses. */
  readonly gzip: boolean;
  /** The file's size in bytes when known without reading it (as stored: compressed for `.gz`). */
  readonly byteLength?: number;
  /** A stream of the file's bytes (decompressed). */
  openStream(signal?: AbortSignal): Promise<AsyncIterable<Uint8Array>>;
  /** Random access for Parquet: its size and byte ranges. */
  openRandomAccess(signal?: AbortSignal): Promise<RandomAccessFile>;
}

export interface RandomAccessFile {
  readonly byteLength: number;
  slice(start: number, end?: number): Promise<ArrayBuffer>;
}

export interface Table {
  readonly source: DataSource;
  readonly columns: readonly string[];
  /** Kinds the file's schema declares (Parquet); undefined where values decide (CSV, JSON Lines). */
  readonly schemaKinds: readonly (ColumnKind | undefined)[] | undefined;
  /**
   * Reads every row once into `side`. `slots[i]` is the feature slot of column i, or −1 for a column that is not
   * compared. Throws a ConfigurationError naming the file, line and column for bad data.
   */
  readRows(side: SideColumns, slots: Int32Array, signal?: AbortSignal): Promise<void>;
  /** Releases the stream when the table is not read after all. */
  close(): Promise<void>;
}

/** The side input a source came from, for error messages. */
export type SideName = 'reference' | 'current';

export function dataError(
  side: SideName,
  source: DataSource,
  line: number | undefined,
  message: string,
): ConfigurationError {
  const location = { file: source.label, ...(line === undefined ? {} : { line }) };
  return ConfigurationError.at(formatLocation(location), message, { input: side, location });
}

/** Why a value cannot go into a numerical feature, and how to fix it. */
export function notANumber(feature: string, shown: string, decidedBy: string): string {
  return `column '${feature}': ${shown} is not a number, but '${feature}' is a numerical feature (${decidedBy}); fix the data, exclude the column (exclude-features), or declare it categorical in feature-types`;
}

/** A value as shown in an error: quoted and cut short. */
export function showValue(text: string): string {
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(cut);
}
