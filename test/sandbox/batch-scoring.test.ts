// The batch scoring work itself (no HTTP): the model format, CSV reading, data URIs, and a job's semantics
// (mini-batches, error threshold, output actions, job-level failures) over an in-memory blob store.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import { type ScoringSpec, scoreBatch } from '../../src/sandbox/dataplane/batch-scoring.js';
import { MemoryBlobStore } from '../../src/sandbox/dataplane/blob-store.js';
import { csvLine, readCsv } from '../../src/sandbox/dataplane/csv.js';
import { resolveDataUri, type UriScope } from '../../src/sandbox/dataplane/data-uris.js';
import {
  ModelFormatError,
  parseModel,
  predict,
  sigmoid,
} from '../../src/sandbox/dataplane/logistic-model.js';

const sampleModel = JSON.parse(
  readFileSync(new URL('../../examples/aml/model/model.json', import.meta.url), 'utf8'),
);
const sampleInput = readFileSync(new URL('../../examples/aml/sample-input.csv', import.meta.url), 'utf8');

/** The logistic formula written out independently of the implementation, for expected values. */
function expectedProbability(row: Record<string, number>): number {
  let z = sampleModel.intercept as number;
  for (const feature of sampleModel.features as string[]) {
    const { mean, std } = sampleModel.scaling[feature] as { mean: number; std: number };
    z += (sampleModel.coefficients[feature] as number) * ((row[feature]! - mean) / std);
  }
  return 1 / (1 + Math.exp(-z));
}

async function records(text: string, chunk = 3) {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += chunk) pieces.push(text.slice(i, i + chunk));
  const out: string[][] = [];
  for await (const record of readCsv(Readable.from(pieces.map((p) => Buffer.from(p)))))
    out.push(record.fields);
  return out;
}

describe('sandbox-logistic/v1 model', () => {
  it('parses the sample model and scores with the logistic formula', () => {
    const model = parseModel(sampleModel);
    const row = { age: 34, income_k: 42.5, debt_ratio: 0.41, open_credit_lines: 7, late_payments_12m: 1 };
    const scored = predict(
      model,
      model.features.map((f) => row[f as keyof typeof row]),
    );
    expect(scored.probability).toBeCloseTo(expectedProbability(row), 12);
    expect(scored.label).toBe(0);
  });

  it('reports every problem of a bad model.json at once, naming the fields', () => {
    expect(() =>
      parseModel({ format: 'x', features: ['a', 'b'], coefficients: { a: 1, c: 2 }, intercept: 'no' }),
    ).toThrow(ModelFormatError);
    try {
      parseModel({ format: 'x', features: ['a', 'b'], coefficients: { a: 1, c: 2 }, intercept: 'no' });
    } catch (error) {
      const message = (error as Error).message;
      for (const part of ['"format"', 'coefficients.b', 'coefficients.c', '"intercept"'])
        expect(message).toContain(part);
    }
  });

  it('evaluates the logistic function without overflow', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });
});

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, CRLF and a BOM across chunk boundaries', async () => {
    const text = '\uFEFFid,note\r\n1,"a, ""quoted""\nline"\r\n2,plain\n\n';
    expect(await records(text, 2)).toEqual([
      ['id', 'note'],
      ['1', 'a, "quoted"\nline'],
      ['2', 'plain'],
    ]);
  });

  it('writes fields back so that they read the same', async () => {
    const fields = ['x', 'a,b', 'say "hi"', ' padded ', 'multi\nline'];
    expect(await records(csvLine(fields))).toEqual([fields]);
  });
});

describe('data URIs', () => {
  const scope: UriScope = {
    subscriptionId: 'sub',
    resourceGroup: 'rg',
    workspace: 'ws',
    datastoreContainer: (name) => (name === 'workspaceblobstore' ? 'azureml-blobstore-1' : undefined),
    storage: { blobEndpoint: 'https://127.0.0.1:10000/devstoreaccount1', accountName: 'devstoreaccount1' },
  };

  it.each([
    [
      'azureml://datastores/workspaceblobstore/paths/in/x.csv',
      { container: 'azureml-blobstore-1', path: 'in/x.csv' },
    ],
    [
      'azureml://subscriptions/SUB/resourcegroups/rg/workspaces/ws/datastores/workspaceblobstore/paths/in/',
      { container: 'azureml-blobstore-1', path: 'in/' },
    ],
    ['https://127.0.0.1:10000/devstoreaccount1/data/in/a%20b.csv', { container: 'data', path: 'in/a b.csv' }],
    ['https://devstoreaccount1.blob.core.windows.net/data/in', { container: 'data', path: 'in' }],
  ])('resolves %s', (uri, expected) => {
    expect(resolveDataUri(uri, scope)).toEqual(expected);
  });

  it.each([
    'azureml://datastores/nope/paths/x',
    'azureml://subscriptions/other/resourcegroups/rg/workspaces/ws/datastores/workspaceblobstore/paths/x',
    'https://elsewhere.blob.core.windows.net/data/x',
    'wasbs://data@x/y',
  ])('refuses %s with a reason', (uri) => {
    expect(resolveDataUri(uri, scope)).toEqual({ error: expect.any(String) });
  });
});

describe('scoring a batch', () => {
  const container = 'azureml-blobstore-1';
  const base = (store: MemoryBlobStore, overrides: Partial<ScoringSpec['settings']> = {}): ScoringSpec => ({
    store,
    model: { container, path: 'models/credit/1/' },
    input: { type: 'UriFolder', location: { container, path: 'in/' } },
    output: { type: 'UriFolder', location: { container, path: 'out/run-1/' } },
    settings: {
      miniBatchSize: 10,
      errorThreshold: -1,
      outputAction: 'AppendRow',
      outputFileName: 'predictions.csv',
      ...overrides,
    },
  });
  const withModel = () => {
    const store = new MemoryBlobStore();
    store.put(container, 'models/credit/1/model.json', JSON.stringify(sampleModel));
    return store;
  };

  it('appends the predictions to the input columns, one CSV for all files, numbers matching the formula', async () => {
    const store = withModel();
    const [header, ...rows] = sampleInput.trim().split('\n');
    store.put(container, 'in/part-1.csv', `${[header, ...rows.slice(0, 5)].join('\n')}\n`);
    store.put(container, 'in/part-2.csv', `${[header, ...rows.slice(5)].join('\n')}\n`);
    store.put(container, 'in/nested/ignored.csv', 'not,read\n');

    const result = await scoreBatch(base(store));

    expect(result).toMatchObject({ status: 'Completed', rowsScored: 8, filesProcessed: 2, filesFailed: 0 });
    expect(result.predictions).toEqual({ container, path: 'out/run-1/predictions.csv' });
    const output = await records(store.text(container, 'out/run-1/predictions.csv')!);
    expect(output[0]).toEqual([...header!.split(','), 'default_probability', 'default_prediction']);
    expect(output).toHaveLength(9);
    for (const line of output.slice(1)) {
      const values = Object.fromEntries(output[0]!.map((name, i) => [name, Number(line[i])]));
      expect(values.default_probability).toBeCloseTo(expectedProbability(values), 12);
      expect(values.default_prediction).toBe(values.default_probability! >= 0.5 ? 1 : 0);
    }
    expect(output.slice(1).map((line) => line[0])).toEqual(rows.map((row) => row.split(',')[0]));
  });

  it('writes a UriFile output to that file and reads a UriFile input', async () => {
    const store = withModel();
    store.put(container, 'in/apps.csv', sampleInput);
    const result = await scoreBatch({
      ...base(store),
      input: { type: 'UriFile', location: { container, path: 'in/apps.csv' } },
      output: { type: 'UriFile', location: { container, path: 'scores/today.csv' } },
    });
    expect(result).toMatchObject({ status: 'Completed', rowsScored: 8 });
    expect(store.text(container, 'scores/today.csv')?.split('\n')[0]).toContain('default_probability');
  });

  it('with errorThreshold -1 drops a failing mini-batch and completes with the rest', async () => {
    const store = withModel();
    store.put(container, 'in/a.csv', sampleInput);
    store.put(container, 'in/b.csv', 'application_id,age\nX,1\n');
    const result = await scoreBatch(base(store, { miniBatchSize: 1 }));
    expect(result).toMatchObject({ status: 'Completed', rowsScored: 8, filesProcessed: 2, filesFailed: 1 });
    expect(result.fileErrors[0]).toMatch(/^in\/b\.csv: missing column\(s\) required by the model: income_k/);
  });

  it.each([
    ['a missing column', 'application_id,age,income_k\nX,1,2\n', /missing column\(s\).*debt_ratio/],
    [
      'a non-numeric value',
      'application_id,age,income_k,debt_ratio,open_credit_lines,late_payments_12m\nX,41,n/a,0.3,2,0\n',
      /line 2: column 'income_k' has non-numeric value 'n\/a'/,
    ],
    [
      'a short row',
      'application_id,age,income_k,debt_ratio,open_credit_lines,late_payments_12m\nX,41,50\n',
      /line 2 has 3 fields where the header has 6/,
    ],
  ])('fails the job on %s when the error threshold is 0', async (_label, csv, reason) => {
    const store = withModel();
    store.put(container, 'in/bad.csv', csv);
    const result = await scoreBatch(base(store, { errorThreshold: 0 }));
    expect(result.status).toBe('Failed');
    expect(result.error?.code).toBe('ErrorThresholdExceeded');
    expect(result.error?.message).toMatch(reason);
    expect(store.text(container, 'out/run-1/predictions.csv')).toBeUndefined();
  });

  it.each([
    ['no input files', (s: MemoryBlobStore) => s, 'InputNotFound', /No files were found/],
    [
      'an output path that already exists',
      (s: MemoryBlobStore) => {
        s.put(container, 'in/a.csv', sampleInput);
        s.put(container, 'out/run-1/old.csv', 'x\n');
        return s;
      },
      'OutputPathAlreadyExists',
      /already exists/,
    ],
    [
      'a model folder without model.json',
      () => {
        const withoutModel = new MemoryBlobStore();
        withoutModel.put(container, 'in/a.csv', sampleInput);
        return withoutModel;
      },
      'ModelLoadFailed',
      /no model\.json/,
    ],
  ])('fails the job for %s', async (_label, arrange, code, message) => {
    const result = await scoreBatch(base(arrange(withModel())));
    expect(result).toMatchObject({
      status: 'Failed',
      error: { code, message: expect.stringMatching(message) },
    });
  });

  it('writes no predictions file with SummaryOnly', async () => {
    const store = withModel();
    store.put(container, 'in/a.csv', sampleInput);
    const result = await scoreBatch(base(store, { outputAction: 'SummaryOnly' }));
    expect(result).toMatchObject({ status: 'Completed', rowsScored: 8 });
    expect(result.predictions).toBeUndefined();
    expect(await store.folderExists(container, 'out/')).toBe(false);
  });

  it('stops between mini-batches when the job is cancelled', async () => {
    const store = withModel();
    for (const name of ['a', 'b', 'c']) store.put(container, `in/${name}.csv`, sampleInput);
    let checks = 0;
    const result = await scoreBatch({ ...base(store, { miniBatchSize: 1 }), isCanceled: () => ++checks > 1 });
    expect(result).toMatchObject({ status: 'Canceled', filesProcessed: 1, rowsScored: 8 });
  });
});
