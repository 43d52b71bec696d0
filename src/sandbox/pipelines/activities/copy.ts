/**
 * Copy, for what the sandbox's stores hold (datasets.ts): from delimited text in blob storage or a PostgreSQL
 * table or query, to delimited text in blob storage or a table of the control database. Rows stream from source to
 * sink in batches; a table sink writes each batch with one INSERT (set-based), inside one transaction after the
 * sink's `preCopyScript`, so a failed copy leaves the table as it was.
 *
 * As ADF's copy activity does ("Schema and data type mapping"): `source.additionalColumns` add columns (a value, an
 * expression, `$$FILEPATH` for the source file's path, `$$COLUMN:<name>` for a copy of a column); without a
 * `translator` columns map by name (an exact match, else the one that differs only in case), and a source column the
 * sink table lacks fails the copy (2200, UserErrorInvalidColumnMappingColumnNotFound); a TabularTranslator's
 * `mappings` pick and rename columns by name or 1-based ordinal. A blob sink writes one file: the dataset's
 * `fileName`, else the source file's name when there is one, else `data_<activity run id>.csv`.
 *
 * The output carries ADF's counters: `rowsRead`, `rowsCopied`, `dataRead` and `dataWritten` (bytes), `filesRead`,
 * `filesWritten`, `copyDuration` (s), `throughput` (KB/s), `errors`, and the integration runtime fields.
 */
import { Readable } from 'node:stream';
import type { Json } from '../../arm/datafactory/store.js';
import { blobLocation, joinPath, type SourceFile, sourceFiles } from '../data/blob-locations.js';
import { type ColumnInfo, quote, type Row } from '../data/database-connections.js';
import {
  controlDatabase,
  type ResolvedDataset,
  resolveDataset,
  storeKind,
  tableOf,
} from '../data/datasets.js';
import {
  type DelimitedFormat,
  delimitedFormat,
  formatRecord,
  readDelimited,
} from '../data/delimited-text.js';
import type { ActivityContext, ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';
import { integrationRuntimeFields } from './execution-output.js';

const BATCH_ROWS = 5000;

interface Counters {
  rowsRead: number;
  bytesRead: number;
  filesRead: number;
}

interface SourceBatch {
  readonly rows: Row[];
  readonly file?: SourceFile;
}

interface OpenedSource {
  /** The one source file, when there is exactly one (it names a blob sink's file). */
  readonly singleFile?: SourceFile;
  readonly batches: AsyncIterable<SourceBatch>;
}

const sideFailure = (side: 'Source' | 'Sink', error: unknown) =>
  error instanceof ActivityFailure
    ? error
    : new ActivityFailure('2200', `Failure happened on '${side}' side. ${(error as Error).message}`);

async function openSource(
  context: ActivityContext,
  dataset: ResolvedDataset,
  source: Json,
  counters: Counters,
): Promise<OpenedSource> {
  const { data } = context.execution.services;
  if (storeKind(dataset) === 'postgresql') {
    const query = source.query ?? source.sqlReaderQuery;
    const { schema, table } =
      typeof query === 'string' && query.trim() ? { schema: '', table: '' } : tableOf(dataset);
    const text =
      typeof query === 'string' && query.trim() ? query : `SELECT * FROM ${quote(schema)}.${quote(table)}`;
    const connection = controlDatabase(context, dataset);
    return {
      batches: (async function* () {
        const rows = await data.databases.query(connection, text);
        counters.rowsRead += rows.length;
        counters.bytesRead += Buffer.byteLength(JSON.stringify(rows));
        for (let i = 0; i < rows.length; i += BATCH_ROWS) yield { rows: rows.slice(i, i + BATCH_ROWS) };
      })(),
    };
  }
  if (dataset.type.toLowerCase() !== 'delimitedtext') {
    throw new ActivityFailure(
      'BadRequest',
      `The sandbox's Copy reads DelimitedText datasets from blob storage, not ${dataset.type}.`,
    );
  }
  const format = delimitedFormat(dataset.typeProperties);
  const files = await sourceFiles(
    data.blobs,
    blobLocation(dataset),
    source.storeSettings as Json,
    dataset.name,
  );
  counters.filesRead = files.length;
  return {
    ...(files.length === 1 ? { singleFile: files[0] } : {}),
    batches: (async function* () {
      for (const file of files) {
        const stats = { bytes: 0, rows: 0 };
        const content = await data.blobs.read(file.container, file.name);
        for await (const rows of readDelimited(content, format, BATCH_ROWS, stats)) {
          counters.rowsRead += rows.length;
          yield { rows, file };
        }
        counters.bytesRead += stats.bytes;
      }
    })(),
  };
}

type ColumnValue = (row: Row, file: SourceFile | undefined) => unknown;

/** The source's additional columns, each a function of the row and its file. */
function additionalColumns(source: Json): Array<[string, ColumnValue]> {
  const columns = source.additionalColumns;
  if (columns === undefined || columns === null) return [];
  if (!Array.isArray(columns)) {
    throw new ActivityFailure('BadRequest', 'source.additionalColumns must be a list of {name, value}.');
  }
  return (columns as Array<{ name?: unknown; value?: unknown }>).map(({ name, value }) => {
    if (typeof name !== 'string' || !name)
      throw new ActivityFailure('BadRequest', 'Every additional column needs a name.');
    if (value === '$$FILEPATH') return [name, (_row, file) => file?.relative ?? null];
    if (typeof value === 'string' && value.startsWith('$$COLUMN:')) {
      const column = value.slice('$$COLUMN:'.length);
      return [name, (row) => row[column] ?? null];
    }
    return [name, () => value ?? null];
  });
}

/** How a source row (with its additional columns) becomes the row written: the translator's mappings, or as is. */
function mapper(translator: unknown): (row: Row) => Row {
  const mappings = (translator as { mappings?: unknown } | undefined)?.mappings;
  if (!Array.isArray(mappings)) return (row) => row;
  const pairs = (mappings as Array<{ source?: Json; sink?: Json }>).map(({ source, sink }) => {
    const target = sink?.name;
    if (typeof target !== 'string') throw new ActivityFailure('BadRequest', 'Every mapping needs sink.name.');
    if (typeof source?.name === 'string') {
      const name = source.name;
      return { target, read: (row: Row) => row[name] ?? null };
    }
    if (typeof source?.ordinal === 'number') {
      const index = source.ordinal - 1;
      return { target, read: (row: Row) => row[Object.keys(row)[index] ?? ''] ?? null };
    }
    throw new ActivityFailure('BadRequest', 'Every mapping needs source.name or source.ordinal.');
  });
  return (row) => Object.fromEntries(pairs.map(({ target, read }) => [target, read(row)]));
}

async function* mapped(
  source: OpenedSource,
  extra: Array<[string, ColumnValue]>,
  map: (row: Row) => Row,
): AsyncGenerator<Row[]> {
  for await (const batch of source.batches) {
    yield batch.rows.map((row) => {
      const full = { ...row };
      for (const [name, value] of extra) full[name] = value(row, batch.file);
      return map(full);
    });
  }
}

/** Sink columns for the rows' columns, failing on a column the table does not have. */
function columnResolver(columns: readonly ColumnInfo[], table: string) {
  const resolved = new Map<string, ColumnInfo>();
  return (name: string): ColumnInfo => {
    const known = resolved.get(name);
    if (known) return known;
    const column =
      columns.find((c) => c.name === name) ??
      (() => {
        const matches = columns.filter((c) => c.name.toLowerCase() === name.toLowerCase());
        return matches.length === 1 ? matches[0] : undefined;
      })();
    if (!column) {
      throw new ActivityFailure(
        '2200',
        `ErrorCode=UserErrorInvalidColumnMappingColumnNotFound,Message=Column '${name}' specified in column mapping cannot be found in '${table}' sink table.`,
      );
    }
    resolved.set(name, column);
    return column;
  };
}

/**
 * The sink table's columns, read while the source is being opened. Whatever fails here (no table named, no
 * database) surfaces when the sink is written, as the sink's failure, after the source's.
 */
function sinkColumns(context: ActivityContext, dataset: ResolvedDataset): Promise<ColumnInfo[] | undefined> {
  const columns = (async () => {
    const { schema, table } = tableOf(dataset);
    return context.execution.services.data.databases.columns(
      controlDatabase(context, dataset),
      schema,
      table,
    );
  })();
  // Awaited by writeTable; a source that fails first must not leave the rejection unhandled.
  columns.catch(() => {});
  return columns;
}

async function writeTable(
  context: ActivityContext,
  dataset: ResolvedDataset,
  sink: Json,
  rows: AsyncIterable<Row[]>,
  sinkColumns: Promise<ColumnInfo[] | undefined>,
): Promise<{ rows: number; bytes: number }> {
  const connection = controlDatabase(context, dataset);
  const { schema, table } = tableOf(dataset);
  const { databases } = context.execution.services.data;
  const columns = await sinkColumns;
  if (!columns) {
    throw new ActivityFailure(
      '2200',
      `ErrorCode=UserErrorSqlTableNotFound,Message=The sink table '${schema}.${table}' does not exist in the control database.`,
    );
  }
  const resolve = columnResolver(columns, `${schema}.${table}`);
  // Each batch names only the columns its rows carry, so the table's defaults fill the others.
  const batches = (async function* () {
    for await (const batch of rows) {
      const used = new Map<string, ColumnInfo>();
      const out = batch.map((row) => {
        const written: Row = {};
        for (const [name, value] of Object.entries(row)) {
          const column = resolve(name);
          used.set(column.name, column);
          written[column.name] = value;
        }
        return written;
      });
      yield { columns: [...used.values()], rows: out };
    }
  })();
  const before = typeof sink.preCopyScript === 'string' ? sink.preCopyScript : undefined;
  return databases.insert(connection, { schema, table }, batches, {
    ...(before ? { before } : {}),
    signal: context.signal,
  });
}

async function writeFile(
  context: ActivityContext,
  dataset: ResolvedDataset,
  singleFile: SourceFile | undefined,
  rows: AsyncIterable<Row[]>,
): Promise<{ rows: number; bytes: number; file: string }> {
  if (dataset.type.toLowerCase() !== 'delimitedtext') {
    throw new ActivityFailure(
      'BadRequest',
      `The sandbox's Copy writes DelimitedText datasets to blob storage, not ${dataset.type}.`,
    );
  }
  const format: DelimitedFormat = delimitedFormat(dataset.typeProperties);
  const location = blobLocation(dataset);
  const fileName =
    location.fileName ?? singleFile?.relative.split('/').pop() ?? `data_${context.activityRunId}.csv`;
  const name = joinPath(location.folder, fileName);
  const counts = { rows: 0, bytes: 0 };
  const lines = (async function* () {
    let header: string[] | undefined;
    for await (const batch of rows) {
      let chunk = '';
      for (const row of batch) {
        if (!header) {
          header = Object.keys(row);
          if (format.firstRowAsHeader) chunk += `${formatRecord(header, format)}\n`;
        }
        chunk += `${formatRecord(
          header.map((column) => row[column]),
          format,
        )}\n`;
        counts.rows += 1;
      }
      counts.bytes += Buffer.byteLength(chunk);
      yield chunk;
    }
  })();
  await context.execution.services.data.blobs.write(location.container, name, Readable.from(lines));
  return { ...counts, file: name };
}

export const copyActivity: ActivityExecutor = {
  kind: 'execution',
  async run(context, input) {
    const started = context.execution.services.context.clock();
    const [sourceRef] = (context.evaluate(context.definition.inputs ?? []) as unknown[]) ?? [];
    const [sinkRef] = (context.evaluate(context.definition.outputs ?? []) as unknown[]) ?? [];
    const sourceDataset = resolveDataset(context, sourceRef);
    const sinkDataset = resolveDataset(context, sinkRef);
    const source = (input.source ?? {}) as Json;
    const sink = (input.sink ?? {}) as Json;
    const counters: Counters = { rowsRead: 0, bytesRead: 0, filesRead: 0 };
    const toTable = storeKind(sinkDataset) === 'postgresql';
    const columns = toTable ? sinkColumns(context, sinkDataset) : undefined;
    const opened = await openSource(context, sourceDataset, source, counters).catch((error: unknown) => {
      throw sideFailure('Source', error);
    });
    const rows = mapped(opened, additionalColumns(source), mapper(input.translator));
    let written: { rows: number; bytes: number; file?: string };
    try {
      written = columns
        ? await writeTable(context, sinkDataset, sink, rows, columns)
        : await writeFile(context, sinkDataset, opened.singleFile, rows);
    } catch (error) {
      throw sideFailure('Sink', error);
    }
    const seconds = Math.max(0.001, (context.execution.services.context.clock() - started) / 1000);
    return {
      dataRead: counters.bytesRead,
      dataWritten: written.bytes,
      ...(counters.filesRead ? { filesRead: counters.filesRead } : {}),
      ...(written.file ? { filesWritten: 1 } : {}),
      sourcePeakConnections: 1,
      sinkPeakConnections: 1,
      rowsRead: counters.rowsRead,
      rowsCopied: written.rows,
      copyDuration: Math.round(seconds),
      throughput: Math.round((counters.bytesRead / 1024 / seconds) * 1000) / 1000,
      errors: [],
      usedDataIntegrationUnits: 4,
      usedParallelCopies: 1,
      executionDetails: [
        {
          source: { type: sourceDataset.linkedService.type },
          sink: { type: sinkDataset.linkedService.type },
          status: 'Succeeded',
          start: new Date(started).toISOString(),
          duration: Math.round(seconds),
        },
      ],
      ...integrationRuntimeFields(context, started),
    };
  },
};
