// The same data as CSV, gzip CSV, Parquet and JSON Lines gives the same types and identical metrics.
import { describe, expect, it } from '@jest/globals';
import type { GateResult } from '../../../../src/check-drift-gate/gate.js';
import type { DataSource } from '../../../../src/check-drift-gate/readers/table.js';
import {
  type Cell,
  csvSource,
  gate,
  gzipCsvSource,
  jsonlSource,
  parquetSource,
  type Rows,
} from '../gate-fixtures.js';

function table(seed: number, rows: number, shift: number): Rows {
  let state = seed;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  return Array.from({ length: rows }, (_, i) => ({
    // Floats with up to 17 significant digits, and some missing values.
    income: i % 37 === 0 ? null : 40 + shift * 8 + random() * 20,
    // An integer feature with few values (categorical by Azure ML's rule) and one with many (numerical).
    children: Math.floor(random() * 4 + shift),
    visits: Math.floor(random() * 1000),
    city: ['Lyon', 'Oslo', 'Porto', shift ? 'Riga' : 'Lyon'][Math.floor(random() * 4)]!,
    member: random() < 0.5 + shift / 4,
  }));
}

const COLUMNS = ['income', 'children', 'visits', 'city', 'member'];

async function sources(rows: Rows, name: string): Promise<Record<string, DataSource>> {
  const pick = (key: string) => rows.map((row) => row[key] as Cell);
  return {
    csv: csvSource(`${name}.csv`, COLUMNS, rows, 777),
    'csv.gz': gzipCsvSource(`${name}.csv.gz`, COLUMNS, rows),
    jsonl: jsonlSource(`${name}.jsonl`, rows),
    parquet: await parquetSource(
      `${name}.parquet`,
      [
        { name: 'income', type: 'DOUBLE', data: pick('income') },
        { name: 'children', type: 'INT32', data: pick('children') },
        { name: 'visits', type: 'INT64', data: pick('visits').map((v) => BigInt(v as number)) },
        { name: 'city', type: 'STRING', data: pick('city') },
        { name: 'member', type: 'BOOLEAN', data: pick('member') },
      ],
      400,
    ),
  };
}

/** Everything the gate decided, without the file labels. */
function essence(result: GateResult) {
  return result.features.map((feature) => ({
    name: feature.name,
    type: feature.type,
    kind: feature.decision.kind,
    missing: feature.missing,
    values: feature.values,
    metrics: feature.metrics.map((metric) => ({
      metric: metric.metric,
      value: metric.value,
      details: metric.details,
    })),
  }));
}

describe('CSV, gzip CSV, Parquet and JSON Lines', () => {
  it.each(['azureml', 'evidently'] as const)('give identical types and metrics (%s)', async (preset) => {
    const reference = await sources(table(11, 1500, 0), 'reference');
    const current = await sources(table(23, 1200, 1), 'current');
    const metrics = {
      numerical: ['wasserstein', 'ks', 'jensen-shannon', 'psi'],
      categorical: ['jensen-shannon', 'psi', 'chi-squared'],
    };
    const results: Record<string, ReturnType<typeof essence>> = {};
    for (const format of Object.keys(reference)) {
      results[format] = essence(await gate(reference[format]!, current[format]!, { preset, metrics }));
    }
    expect(results.csv!.map((f) => [f.name, f.type, f.kind])).toEqual([
      ['income', 'numerical', 'float'],
      ['children', 'categorical', 'integer'],
      ['visits', 'numerical', 'integer'],
      ['city', 'categorical', 'string'],
      ['member', 'categorical', 'boolean'],
    ]);
    for (const format of ['csv.gz', 'jsonl', 'parquet']) expect(results[format]).toEqual(results.csv);
  });

  it('mixes formats within a side', async () => {
    const rows = table(5, 600, 0);
    const [a, b] = [rows.slice(0, 300), rows.slice(300)];
    const split = [csvSource('a.csv', COLUMNS, a), jsonlSource('b.jsonl', b)];
    const whole = csvSource('all.csv', COLUMNS, rows);
    const current = csvSource('current.csv', COLUMNS, table(9, 500, 1));
    expect(essence(await gate(split, current))).toEqual(essence(await gate(whole, current)));
  });
});
