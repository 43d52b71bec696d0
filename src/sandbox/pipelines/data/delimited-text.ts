/**
 * The DelimitedText format as a dataset describes it (ADF's "Delimited text format" page): `columnDelimiter`
 * (default `,`), `quoteChar` (default `"`, empty for none), `escapeChar` (default `\`), `firstRowAsHeader`
 * (default false: columns are then named `Prop_0`, `Prop_1`, ... as ADF names them), `nullValue` (default empty:
 * an empty field is null), `encodingName` (UTF-8 only here) and no compression. Reading streams records through
 * `csv-parse` in batches; writing quotes only what needs it.
 */
import { parse } from 'csv-parse';
import type { Json } from '../../arm/datafactory/store.js';
import { ActivityFailure } from '../runtime/activity-failure.js';
import type { Row } from './database-connections.js';

export interface DelimitedFormat {
  readonly columnDelimiter: string;
  readonly quoteChar: string;
  readonly escapeChar: string;
  readonly firstRowAsHeader: boolean;
  readonly nullValue: string;
}

export function delimitedFormat(typeProperties: Json): DelimitedFormat {
  const encoding = String(typeProperties.encodingName ?? 'UTF-8')
    .toUpperCase()
    .replace('_', '-');
  if (encoding !== 'UTF-8' && encoding !== 'UTF8') {
    throw new ActivityFailure(
      'BadRequest',
      `The sandbox reads and writes delimited text in UTF-8 only, not ${encoding}.`,
    );
  }
  const compression = typeProperties.compressionCodec;
  if (compression !== undefined && compression !== null && String(compression).toLowerCase() !== 'none') {
    throw new ActivityFailure(
      'BadRequest',
      `The sandbox does not read or write compressed text (${String(compression)}).`,
    );
  }
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  return {
    columnDelimiter: text(typeProperties.columnDelimiter, ',') || ',',
    quoteChar: text(typeProperties.quoteChar, '"'),
    escapeChar: text(typeProperties.escapeChar, '\\'),
    firstRowAsHeader: typeProperties.firstRowAsHeader === true,
    nullValue: text(typeProperties.nullValue, ''),
  };
}

export interface ReadStats {
  bytes: number;
  rows: number;
}

/** The records of one file in batches of objects keyed by column name; `stats` counts what was read. */
export async function* readDelimited(
  content: NodeJS.ReadableStream,
  format: DelimitedFormat,
  batchSize: number,
  stats: ReadStats,
): AsyncGenerator<Row[]> {
  const parser = parse({
    delimiter: format.columnDelimiter,
    quote: format.quoteChar || false,
    escape: format.escapeChar || format.quoteChar || false,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
  });
  content.on('data', (chunk: Buffer | string) => {
    stats.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  });
  content.on('error', (error) => parser.destroy(error));
  content.pipe(parser);
  let header: string[] | undefined;
  let batch: Row[] = [];
  for await (const record of parser as AsyncIterable<string[]>) {
    if (format.firstRowAsHeader && !header) {
      header = record;
      continue;
    }
    const names = header ?? record.map((_, i) => `Prop_${i}`);
    const row: Row = {};
    names.forEach((name, i) => {
      const value = record[i];
      row[name] = value === undefined || value === format.nullValue ? null : value;
    });
    batch.push(row);
    stats.rows += 1;
    if (batch.length >= batchSize) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** A row's fields as delimited text (no line ending). */
export function formatRecord(values: readonly unknown[], format: DelimitedFormat): string {
  return values
    .map((value) => {
      if (value === null || value === undefined) return format.nullValue;
      const text =
        typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
      const quote = format.quoteChar;
      if (
        !quote ||
        (!/[\r\n]/.test(text) && !text.includes(format.columnDelimiter) && !text.includes(quote))
      ) {
        return text;
      }
      const escaper = format.escapeChar || quote;
      return `${quote}${text.split(quote).join(`${escaper}${quote}`)}${quote}`;
    })
    .join(format.columnDelimiter);
}
