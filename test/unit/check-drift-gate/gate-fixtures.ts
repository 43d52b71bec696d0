/**
 * Data sources held in memory, and the gate's configuration built the way prepare.ts builds it, so unit tests run the
 * gate's whole code path (readers, type inference, metric plan, metrics) on small tables.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FeatureType } from '../../../src/check-drift-gate/feature-types.js';
import { type GateConfig, type GateResult, runGate } from '../../../src/check-drift-gate/gate.js';
import { parseMetrics, parseThresholds } from '../../../src/check-drift-gate/metric-plan.js';
import { PRESETS, type PresetName } from '../../../src/check-drift-gate/presets.js';
import type { DataFormat, DataSource } from '../../../src/check-drift-gate/readers/table.js';
import type { TextEncoding } from '../../../src/check-drift-gate/readers/text-encoding.js';
import { RecordingLogger } from '../../../src/shared/logger.js';

export type Cell = number | string | boolean | null;
export type Rows = readonly Record<string, Cell>[];

/** A source over bytes in memory, streamed in chunks of `chunkSize` (to exercise chunk boundaries). */
export function memorySource(
  label: string,
  format: DataFormat,
  bytes: Uint8Array,
  chunkSize = 1 << 16,
  gzip = false,
): DataSource {
  return {
    label,
    format,
    gzip,
    byteLength: bytes.byteLength,
    async openStream() {
      const data = gzip ? new Uint8Array(zlibGunzip(bytes)) : bytes;
      return (async function* () {
        for (let at = 0; at < data.length; at += chunkSize)
          yield data.subarray(at, Math.min(data.length, at + chunkSize));
      })();
    },
    async openRandomAccess() {
      return {
        byteLength: bytes.byteLength,
        async slice(start: number, end = bytes.byteLength) {
          return bytes.slice(start, end).buffer as ArrayBuffer;
        },
      };
    },
  };
}

/** gzip sources hold compressed bytes; `openStream` decompresses them, as the real sources do. */
function zlibGunzip(bytes: Uint8Array): Buffer {
  return gunzipSync(bytes);
}

/** RFC 4180 CSV text of rows (every field quoted when it needs to be). */
export function csvText(columns: readonly string[], rows: Rows, delimiter = ','): string {
  const field = (cell: Cell) => {
    if (cell === null) return '';
    const text = String(cell);
    return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [
    columns.map(field).join(delimiter),
    ...rows.map((row) => columns.map((c) => field(row[c] ?? null)).join(delimiter)),
  ]
    .join('\n')
    .concat('\n');
}

export function csvSource(
  label: string,
  columns: readonly string[],
  rows: Rows,
  chunkSize?: number,
): DataSource {
  return memorySource(label, 'csv', Buffer.from(csvText(columns, rows)), chunkSize);
}

export function jsonlSource(label: string, rows: Rows): DataSource {
  return memorySource(label, 'jsonl', Buffer.from(rows.map((row) => JSON.stringify(row)).join('\n')));
}

export function gzipCsvSource(label: string, columns: readonly string[], rows: Rows): DataSource {
  return memorySource(label, 'csv', gzipSync(Buffer.from(csvText(columns, rows))), 1 << 16, true);
}

export async function parquetSource(
  label: string,
  columns: readonly { name: string; type: string; data: readonly unknown[] }[],
  rowGroupSize?: number,
): Promise<DataSource> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: columns.map((column) => ({
      name: column.name,
      data: [...column.data],
      type: column.type as 'DOUBLE',
    })),
    ...(rowGroupSize ? { rowGroupSize } : {}),
  });
  return memorySource(label, 'parquet', new Uint8Array(buffer));
}

export interface ConfigOptions {
  readonly preset?: PresetName;
  readonly metrics?: unknown;
  readonly thresholds?: unknown;
  readonly featureTypes?: Record<string, FeatureType>;
  readonly features?: readonly string[];
  readonly excludeFeatures?: readonly string[];
  readonly driftShare?: number;
  readonly memoryBudget?: number;
  /** Default 1: the metrics' tests use small tables; min-sample-size (default 100 in action.yml) has its own. */
  readonly minSampleSize?: number;
  readonly csvDelimiter?: string;
  readonly encoding?: TextEncoding;
}

export function gateConfig(options: ConfigOptions = {}): GateConfig {
  return {
    preset: PRESETS[options.preset ?? 'azureml'],
    metrics: parseMetrics(options.metrics),
    thresholds: parseThresholds(options.thresholds),
    featureTypes: new Map(Object.entries(options.featureTypes ?? {})),
    features: options.features,
    excludeFeatures: options.excludeFeatures ?? [],
    driftShare: options.driftShare ?? 0.5,
    memoryBudget: options.memoryBudget ?? 512 * 2 ** 20,
    minSampleSize: options.minSampleSize ?? 1,
    csvDelimiter: options.csvDelimiter ?? ',',
    encoding: options.encoding ?? 'utf-8',
  };
}

export async function gate(
  reference: DataSource | readonly DataSource[],
  current: DataSource | readonly DataSource[],
  options: ConfigOptions = {},
  logger = new RecordingLogger(),
): Promise<GateResult> {
  return runGate(gateConfig(options), {
    reference: Array.isArray(reference) ? reference : [reference as DataSource],
    current: Array.isArray(current) ? current : [current as DataSource],
    logger,
  });
}

/** The value of one metric of one feature. */
export function metricOf(result: GateResult, feature: string, metric: string) {
  const found = result.features.find((f) => f.name === feature)?.metrics.find((m) => m.metric === metric);
  if (!found) throw new Error(`no ${metric} for ${feature}`);
  return found;
}

/** One numeric column as rows. */
export function column(name: string, values: readonly Cell[]): Rows {
  return values.map((value) => ({ [name]: value }));
}
