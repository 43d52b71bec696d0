/**
 * Lookup, as ADF's "Lookup activity" page describes it: the rows of a dataset — a query (`source.query`, or
 * `sqlReaderQuery`) or the whole table of a PostgreSQL dataset (the environment's control database, datasets.ts),
 * or the records of a delimited text file in blob storage. `firstRowOnly` (default true) gives `{firstRow}` (absent
 * when there is no row), otherwise `{count, value}`. At most 5,000 rows are returned (the first ones, as ADF does);
 * an output over 4 MB fails with code 2001, ADF's "The length of execution output is over limit (around 4MB
 * currently)".
 */
import type { Json } from '../../arm/datafactory/store.js';
import { blobLocation, sourceFiles } from '../data/blob-locations.js';
import type { Row } from '../data/database-connections.js';
import { quote } from '../data/database-connections.js';
import {
  controlDatabase,
  type ResolvedDataset,
  resolveDataset,
  storeKind,
  tableOf,
} from '../data/datasets.js';
import { delimitedFormat, readDelimited } from '../data/delimited-text.js';
import type { ActivityContext, ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';
import { integrationRuntimeFields } from './execution-output.js';
import { MAX_RESPONSE_BYTES } from './web.js';

export const LOOKUP_MAX_ROWS = 5000;

export const lookupActivity: ActivityExecutor = {
  kind: 'execution',
  async run(context, input) {
    const started = context.execution.services.context.clock();
    const dataset = resolveDataset(context, input.dataset);
    const source = (input.source ?? {}) as Json;
    const rows = (await readRows(context, dataset, source)).slice(0, LOOKUP_MAX_ROWS);
    const firstRowOnly = input.firstRowOnly ?? true;
    const result: Json =
      firstRowOnly === true || firstRowOnly === 'true'
        ? rows.length
          ? { firstRow: rows[0] }
          : {}
        : { count: rows.length, value: rows };
    if (Buffer.byteLength(JSON.stringify(result)) > MAX_RESPONSE_BYTES) {
      throw new ActivityFailure(
        '2001',
        'The length of execution output is over limit (around 4MB currently).',
      );
    }
    return { ...result, ...integrationRuntimeFields(context, started) };
  },
};

async function readRows(context: ActivityContext, dataset: ResolvedDataset, source: Json): Promise<Row[]> {
  const { services } = context.execution;
  if (storeKind(dataset) === 'postgresql') {
    const query = source.query ?? source.sqlReaderQuery;
    let text: string;
    if (typeof query === 'string' && query.trim()) text = query;
    else {
      const { schema, table } = tableOf(dataset);
      text = `SELECT * FROM ${quote(schema)}.${quote(table)}`;
    }
    try {
      return await services.data.databases.query(controlDatabase(context, dataset), text);
    } catch (error) {
      if (error instanceof ActivityFailure) throw error;
      throw new ActivityFailure(
        '2100',
        `Failure happened on 'Source' side. ErrorCode=PostgreSqlOperationFailed,Message=${(error as Error).message}`,
      );
    }
  }
  if (dataset.type.toLowerCase() !== 'delimitedtext') {
    throw new ActivityFailure(
      'BadRequest',
      `The sandbox's Lookup reads DelimitedText datasets from blob storage, not ${dataset.type}.`,
    );
  }
  const format = delimitedFormat(dataset.typeProperties);
  const files = await sourceFiles(
    services.data.blobs,
    blobLocation(dataset),
    source.storeSettings as Json,
    dataset.name,
  );
  const rows: Row[] = [];
  const stats = { bytes: 0, rows: 0 };
  for (const file of files) {
    const content = await services.data.blobs.read(file.container, file.name);
    for await (const batch of readDelimited(content, format, 1000, stats)) {
      rows.push(...batch);
      if (rows.length > LOOKUP_MAX_ROWS) return rows;
    }
  }
  return rows;
}
