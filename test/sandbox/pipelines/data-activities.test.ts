// Lookup and Copy against the environment's stores: the control database (PostgreSQL, PGlite here) behind the
// factory's PostgreSQL linked services, and the sandbox's blob storage behind its blob linked services. Lookup's
// first row, all rows, 5,000-row and 4 MB limits; Copy from delimited text to a table and to another file, with
// its counters, additional columns, mappings, and the failures ADF reports.
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { usePipelineFixture } from './pipeline-fixture.js';

const p = usePipelineFixture('data', { storage: true, database: true });

const INPUT = 'application_id,score,approved\nA-1,0.25,true\nA-2,0.75,false\nA-3,,true\n';

async function sql<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: p.env().database!.connectionString });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function upload(container: string, name: string, text: string): Promise<void> {
  const storage = p.f.sandbox.storage!;
  const service = new BlobServiceClient(
    storage.blobEndpoint,
    new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
    { tlsOptions: { ca: storage.ca } } as never,
  );
  const client = service.getContainerClient(container);
  await client.createIfNotExists();
  await client.getBlockBlobClient(name).upload(text, Buffer.byteLength(text));
}

async function download(container: string, name: string): Promise<string> {
  const storage = p.f.sandbox.storage!;
  const service = new BlobServiceClient(
    storage.blobEndpoint,
    new StorageSharedKeyCredential(storage.accountName, storage.accountKey),
    { tlsOptions: { ca: storage.ca } } as never,
  );
  return (await service.getContainerClient(container).getBlobClient(name).downloadToBuffer()).toString();
}

const ref = (referenceName: string, parameters?: object) => ({
  referenceName,
  type: 'DatasetReference',
  ...(parameters ? { parameters } : {}),
});

beforeAll(async () => {
  const { resourceGroup: rg, factory } = p.env();
  const c = p.client();
  await c.linkedServices.createOrUpdate(rg, factory, 'ls_control', {
    properties: {
      type: 'AzurePostgreSql',
      connectionString: 'host=control.postgres.database.azure.com;database=control',
    },
  } as never);
  await c.linkedServices.createOrUpdate(rg, factory, 'ls_lake', {
    properties: { type: 'AzureBlobFS', url: 'https://stscoringdata.dfs.core.windows.net/' },
  } as never);
  await c.linkedServices.createOrUpdate(rg, factory, 'ls_sqlserver', {
    properties: {
      type: 'AzureSqlDatabase',
      connectionString: 'Server=tcp:x.database.windows.net;Database=control',
    },
  } as never);
  await c.datasets.createOrUpdate(rg, factory, 'ds_table', {
    properties: {
      type: 'AzurePostgreSqlTable',
      linkedServiceName: { referenceName: 'ls_control', type: 'LinkedServiceReference' },
      parameters: { table: { type: 'String' } },
      // The SDK's name for typeProperties.schema (`schema` is the dataset's column structure).
      schemaTypePropertiesSchema: 'scoring',
      table: { value: '@dataset().table', type: 'Expression' },
    },
  } as never);
  await c.datasets.createOrUpdate(rg, factory, 'ds_sqlserver', {
    properties: {
      type: 'AzureSqlTable',
      linkedServiceName: { referenceName: 'ls_sqlserver', type: 'LinkedServiceReference' },
      schemaTypePropertiesSchema: 'mlops',
      table: 'control_use_cases',
    },
  } as never);
  await c.datasets.createOrUpdate(rg, factory, 'ds_csv', {
    properties: {
      type: 'DelimitedText',
      linkedServiceName: { referenceName: 'ls_lake', type: 'LinkedServiceReference' },
      parameters: { folder: { type: 'String' }, header: { type: 'Bool', defaultValue: true } },
      location: {
        type: 'AzureBlobFSLocation',
        fileSystem: 'lake',
        folderPath: { value: '@dataset().folder', type: 'Expression' },
      },
      columnDelimiter: ',',
      quoteChar: '"',
      escapeChar: '\\',
      firstRowAsHeader: { value: '@dataset().header', type: 'Expression' },
    },
  } as never);
  await sql(`CREATE SCHEMA scoring;
    CREATE TABLE scoring.scores (application_id text, score numeric(6,4), approved boolean, use_case text,
      source_file text, loaded_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE scoring.facts (id integer, price numeric, active boolean, doc jsonb, seen timestamptz, name text);
    INSERT INTO scoring.facts VALUES (1, 9.5, true, '{"a":1}', '2026-03-01T10:00:00Z', 'one'), (2, 12, false, null, null, 'two');`);
  await upload('lake', 'in/batch-1/part-1.csv', INPUT);
  await upload('lake', 'in/batch-1/part-2.csv', 'application_id,score,approved\nB-1,0.5,false\n');
}, 120_000);

async function runOne(name: string, activity: object) {
  await p.pipeline(name, { activities: [{ name: 'Act', ...activity }] } as never);
  const run = await p.run(name);
  const [record] = await p.activities(run.runId!);
  return { run, activity: record! };
}

describe('Lookup', () => {
  it('gives the first row of a query with the values typed as ADF gives them', async () => {
    const { activity } = await runOne('pl_lookup_first', {
      type: 'Lookup',
      typeProperties: {
        source: { type: 'AzurePostgreSqlSource', query: 'SELECT * FROM scoring.facts ORDER BY id' },
        dataset: ref('ds_table', { table: 'facts' }),
      },
    });
    expect(activity.output).toMatchObject({
      firstRow: {
        id: 1,
        price: 9.5,
        active: true,
        doc: '{"a": 1}',
        seen: '2026-03-01T10:00:00.000Z',
        name: 'one',
      },
      effectiveIntegrationRuntime: expect.stringContaining('AutoResolveIntegrationRuntime'),
    });
    expect(activity.output).not.toHaveProperty('value');
  });

  it('gives every row of the table with firstRowOnly false, at most 5,000', async () => {
    const { activity } = await runOne('pl_lookup_all', {
      type: 'Lookup',
      typeProperties: {
        source: { type: 'AzurePostgreSqlSource' },
        dataset: ref('ds_table', { table: 'facts' }),
        firstRowOnly: false,
      },
    });
    expect(activity.output).toMatchObject({ count: 2, value: [{ id: 1 }, { id: 2, doc: null }] });
    const { activity: capped } = await runOne('pl_lookup_cap', {
      type: 'Lookup',
      typeProperties: {
        source: { type: 'AzurePostgreSqlSource', query: 'SELECT n FROM generate_series(1, 6000) n' },
        dataset: ref('ds_table', { table: 'facts' }),
        firstRowOnly: false,
      },
    });
    expect((capped.output as { count: number }).count).toBe(5000);
  });

  it('fails an output over 4 MB with code 2001, and a query error naming the database', async () => {
    const { activity } = await runOne('pl_lookup_big', {
      type: 'Lookup',
      typeProperties: {
        source: {
          type: 'AzurePostgreSqlSource',
          query: "SELECT repeat('x', 1000) AS pad FROM generate_series(1, 4500)",
        },
        dataset: ref('ds_table', { table: 'facts' }),
        firstRowOnly: false,
      },
    });
    expect(activity.error).toMatchObject({ errorCode: '2001' });
    const { activity: broken } = await runOne('pl_lookup_bad_sql', {
      type: 'Lookup',
      typeProperties: {
        source: { type: 'AzurePostgreSqlSource', query: 'SELECT * FROM scoring.nowhere' },
        dataset: ref('ds_table', { table: 'facts' }),
      },
    });
    expect(broken.error!.message).toMatch(/relation "scoring.nowhere" does not exist/);
  });

  it('reads delimited text from blob storage', async () => {
    const { activity } = await runOne('pl_lookup_csv', {
      type: 'Lookup',
      typeProperties: {
        source: {
          type: 'DelimitedTextSource',
          storeSettings: { type: 'AzureBlobFSReadSettings', recursive: true },
        },
        dataset: ref('ds_csv', { folder: 'in/batch-1' }),
        firstRowOnly: false,
      },
    });
    expect(activity.output).toMatchObject({
      count: 4,
      value: [
        { application_id: 'A-1', score: '0.25', approved: 'true' },
        { application_id: 'A-2' },
        { application_id: 'A-3', score: null },
        { application_id: 'B-1' },
      ],
    });
  });

  it("refuses a SQL Server linked service: the sandbox's control database is PostgreSQL", async () => {
    const { activity } = await runOne('pl_lookup_sqlserver', {
      type: 'Lookup',
      typeProperties: {
        source: { type: 'AzureSqlSource', sqlReaderQuery: 'SELECT 1' },
        dataset: ref('ds_sqlserver'),
      },
    });
    expect(activity.error!.message).toMatch(/linked service 'ls_sqlserver' is of type AzureSqlDatabase/);
  });
});

describe('Copy', () => {
  it('copies delimited text files into a table, with additional columns, and counts what it did', async () => {
    const { run, activity } = await runOne('pl_copy_to_table', {
      type: 'Copy',
      inputs: [ref('ds_csv', { folder: 'in/batch-1' })],
      outputs: [ref('ds_table', { table: 'scores' })],
      typeProperties: {
        source: {
          type: 'DelimitedTextSource',
          storeSettings: { type: 'AzureBlobFSReadSettings', recursive: true, wildcardFileName: '*.csv' },
          additionalColumns: [
            { name: 'use_case', value: "@concat('credit-', 'default')" },
            { name: 'source_file', value: '$$FILEPATH' },
          ],
        },
        sink: { type: 'AzurePostgreSqlSink', writeBatchSize: 2 },
      },
    });
    expect(run.status).toBe('Succeeded');
    expect(activity.output).toMatchObject({
      rowsRead: 4,
      rowsCopied: 4,
      filesRead: 2,
      dataRead:
        Buffer.byteLength(INPUT) + Buffer.byteLength('application_id,score,approved\nB-1,0.5,false\n'),
      dataWritten: expect.any(Number),
      errors: [],
    });
    expect((activity.output as { dataWritten: number }).dataWritten).toBeGreaterThan(0);
    const rows = await sql<Record<string, unknown>>(
      'SELECT application_id, score, approved, use_case, source_file, loaded_at IS NOT NULL AS stamped FROM scoring.scores ORDER BY application_id',
    );
    expect(rows).toEqual([
      {
        application_id: 'A-1',
        score: '0.2500',
        approved: true,
        use_case: 'credit-default',
        source_file: 'part-1.csv',
        stamped: true,
      },
      {
        application_id: 'A-2',
        score: '0.7500',
        approved: false,
        use_case: 'credit-default',
        source_file: 'part-1.csv',
        stamped: true,
      },
      {
        application_id: 'A-3',
        score: null,
        approved: true,
        use_case: 'credit-default',
        source_file: 'part-1.csv',
        stamped: true,
      },
      {
        application_id: 'B-1',
        score: '0.5000',
        approved: false,
        use_case: 'credit-default',
        source_file: 'part-2.csv',
        stamped: true,
      },
    ]);
  });

  it('fails on a column the sink table lacks and leaves the table as it was', async () => {
    await upload('lake', 'in/odd/odd.csv', 'application_id,colour\nC-1,red\n');
    const before = await sql<{ n: string }>('SELECT count(*) AS n FROM scoring.scores');
    const { run, activity } = await runOne('pl_copy_bad_column', {
      type: 'Copy',
      inputs: [ref('ds_csv', { folder: 'in/odd' })],
      outputs: [ref('ds_table', { table: 'scores' })],
      typeProperties: { source: { type: 'DelimitedTextSource' }, sink: { type: 'AzurePostgreSqlSink' } },
    });
    expect(run.status).toBe('Failed');
    expect(activity.error).toMatchObject({
      errorCode: '2200',
      message: expect.stringContaining(
        "ErrorCode=UserErrorInvalidColumnMappingColumnNotFound,Message=Column 'colour' specified in column mapping cannot be found in 'scoring.scores' sink table.",
      ),
    });
    expect(await sql('SELECT count(*) AS n FROM scoring.scores')).toEqual(before);
  });

  it('leaves the table as it was when the database refuses a row of a one-statement copy', async () => {
    await upload('lake', 'in/bad-value/scores.csv', 'application_id,score\nD-1,0.5\nD-2,not-a-number\n');
    const before = await sql<{ n: string }>('SELECT count(*) AS n FROM scoring.scores');
    const { run, activity } = await runOne('pl_copy_bad_value', {
      type: 'Copy',
      inputs: [ref('ds_csv', { folder: 'in/bad-value' })],
      outputs: [ref('ds_table', { table: 'scores' })],
      typeProperties: { source: { type: 'DelimitedTextSource' }, sink: { type: 'AzurePostgreSqlSink' } },
    });
    expect(run.status).toBe('Failed');
    expect(activity.error).toMatchObject({
      errorCode: '2200',
      message: expect.stringContaining('not-a-number'),
    });
    expect(await sql('SELECT count(*) AS n FROM scoring.scores')).toEqual(before);
  });

  it('maps the columns of a file without header by ordinal, after a pre-copy script', async () => {
    await upload('lake', 'in/raw/raw.csv', 'Z-1,0.9\nZ-2,0.1\n');
    const { activity } = await runOne('pl_copy_mapped', {
      type: 'Copy',
      inputs: [ref('ds_csv', { folder: 'in/raw', header: false })],
      outputs: [ref('ds_table', { table: 'scores' })],
      typeProperties: {
        source: { type: 'DelimitedTextSource' },
        sink: {
          type: 'AzurePostgreSqlSink',
          preCopyScript: "DELETE FROM scoring.scores WHERE application_id LIKE 'Z-%'",
        },
        translator: {
          type: 'TabularTranslator',
          mappings: [
            { source: { ordinal: 1 }, sink: { name: 'application_id' } },
            { source: { name: 'Prop_1' }, sink: { name: 'score' } },
          ],
        },
      },
    });
    expect(activity.output).toMatchObject({ rowsRead: 2, rowsCopied: 2 });
    expect(
      await sql(
        "SELECT application_id, score FROM scoring.scores WHERE application_id LIKE 'Z-%' ORDER BY 1",
      ),
    ).toEqual([
      { application_id: 'Z-1', score: '0.9000' },
      { application_id: 'Z-2', score: '0.1000' },
    ]);
  });

  it('reads the sink table as it is at each copy: a quoted name, a column added between copies, no view or missing table', async () => {
    await upload('lake', 'in/colours/colours.csv', 'application_id,colour\nE-1,red\nE-2,blue\n');
    await sql(`CREATE TABLE scoring."Colour Scores" (application_id text);
      CREATE VIEW scoring.colour_view AS SELECT application_id, 'x'::text AS colour FROM scoring."Colour Scores";`);
    const copyTo = (pipeline: string, table: string) =>
      runOne(pipeline, {
        type: 'Copy',
        inputs: [ref('ds_csv', { folder: 'in/colours' })],
        outputs: [ref('ds_table', { table })],
        typeProperties: { source: { type: 'DelimitedTextSource' }, sink: { type: 'AzurePostgreSqlSink' } },
      });
    const before = await copyTo('pl_copy_colours_before', 'Colour Scores');
    expect(before.activity.error!.message).toContain(
      "Column 'colour' specified in column mapping cannot be found in 'scoring.Colour Scores' sink table.",
    );
    await sql('ALTER TABLE scoring."Colour Scores" ADD COLUMN colour text');
    const after = await copyTo('pl_copy_colours_after', 'Colour Scores');
    expect(after.activity.output).toMatchObject({ rowsRead: 2, rowsCopied: 2 });
    expect(await sql('SELECT application_id, colour FROM scoring."Colour Scores" ORDER BY 1')).toEqual([
      { application_id: 'E-1', colour: 'red' },
      { application_id: 'E-2', colour: 'blue' },
    ]);
    for (const table of ['colour_view', 'colour scores', 'missing']) {
      const { activity } = await copyTo(`pl_copy_colours_${table.replace(' ', '_')}`, table);
      expect(activity.error!.message).toContain(
        `ErrorCode=UserErrorSqlTableNotFound,Message=The sink table 'scoring.${table}' does not exist`,
      );
    }
  });

  it('prepares its statements once per connection, and again on a fresh one when they were deallocated', async () => {
    await upload('lake', 'in/prepared/scores.csv', 'application_id,score\nP-1,0.5\n');
    const copy = (pipeline: string) =>
      runOne(pipeline, {
        type: 'Copy',
        inputs: [ref('ds_csv', { folder: 'in/prepared' })],
        outputs: [ref('ds_table', { table: 'scores' })],
        typeProperties: { source: { type: 'DelimitedTextSource' }, sink: { type: 'AzurePostgreSqlSink' } },
      });
    expect((await copy('pl_copy_prepared')).activity.output).toMatchObject({ rowsCopied: 1 });
    // PGlite's clients share one session: the statements prepared there are visible here, and can be dropped.
    const statements = await sql<{ name: string }>(
      "SELECT name FROM pg_prepared_statements WHERE name LIKE 'sandbox\\_%'",
    );
    expect(statements.length).toBeGreaterThanOrEqual(2);
    await sql('DEALLOCATE ALL');
    expect((await copy('pl_copy_prepared_again')).activity.output).toMatchObject({ rowsCopied: 1 });
    expect(await sql("SELECT count(*)::int AS n FROM scoring.scores WHERE application_id = 'P-1'")).toEqual([
      { n: 2 },
    ]);
  });

  it('copies a table query to delimited text in blob storage', async () => {
    const { activity } = await runOne('pl_copy_to_file', {
      type: 'Copy',
      inputs: [ref('ds_table', { table: 'facts' })],
      outputs: [ref('ds_csv', { folder: 'out/facts' })],
      typeProperties: {
        source: { type: 'AzurePostgreSqlSource', query: 'SELECT id, name FROM scoring.facts ORDER BY id' },
        sink: { type: 'DelimitedTextSink', storeSettings: { type: 'AzureBlobFSWriteSettings' } },
      },
    });
    expect(activity.output).toMatchObject({ rowsRead: 2, rowsCopied: 2, filesWritten: 1 });
    expect(await download('lake', `out/facts/data_${activity.activityRunId}.csv`)).toBe(
      'id,name\n1,one\n2,two\n',
    );
  });

  it('fails when the named source file does not exist', async () => {
    await p.client().datasets.createOrUpdate(p.env().resourceGroup, p.env().factory, 'ds_one_file', {
      properties: {
        type: 'DelimitedText',
        linkedServiceName: { referenceName: 'ls_lake', type: 'LinkedServiceReference' },
        location: {
          type: 'AzureBlobFSLocation',
          fileSystem: 'lake',
          folderPath: 'in',
          fileName: 'missing.csv',
        },
        firstRowAsHeader: true,
      },
    } as never);
    const { activity } = await runOne('pl_copy_missing', {
      type: 'Copy',
      inputs: [ref('ds_one_file')],
      outputs: [ref('ds_table', { table: 'scores' })],
      typeProperties: { source: { type: 'DelimitedTextSource' }, sink: { type: 'AzurePostgreSqlSink' } },
    });
    expect(activity.error!.message).toContain(
      'The required Blob is missing. ContainerName: lake, path: in/missing.csv',
    );
  });
});

describe('Lookup and Copy at ForEach concurrency', () => {
  // PGlite is one session that every client of the environment's database shares: a client's extended-protocol
  // query (Parse, Bind, Execute, Sync) must run as a unit, or another client's statement replaces its unnamed
  // statement and portal halfway ("portal does not exist", "unnamed prepared statement does not exist", a sink
  // table found missing).
  it('runs 40 Lookups and 40 Copies into one database twenty at a time, each complete and counted', async () => {
    await sql(
      'CREATE TABLE scoring.concurrent (application_id text, score numeric(6,4), approved boolean, item text)',
    );
    await p.pipeline('pl_concurrent_copies', {
      activities: [
        {
          name: 'EachItem',
          type: 'ForEach',
          typeProperties: {
            items: { value: '@range(0, 40)', type: 'Expression' },
            isSequential: false,
            batchCount: 20,
            activities: [
              {
                name: 'CountBefore',
                type: 'Lookup',
                typeProperties: {
                  dataset: ref('ds_table', { table: 'concurrent' }),
                  source: {
                    type: 'AzurePostgreSqlSource',
                    query:
                      "@concat('SELECT count(*) AS n FROM scoring.concurrent WHERE item = ''', string(item()), '''')",
                  },
                },
              },
              {
                name: 'CopyItem',
                type: 'Copy',
                dependsOn: [{ activity: 'CountBefore', dependencyConditions: ['Succeeded'] }],
                inputs: [ref('ds_csv', { folder: 'in/batch-1' })],
                outputs: [ref('ds_table', { table: 'concurrent' })],
                typeProperties: {
                  source: {
                    type: 'DelimitedTextSource',
                    storeSettings: {
                      type: 'AzureBlobFSReadSettings',
                      recursive: true,
                      wildcardFileName: '*.csv',
                    },
                    additionalColumns: [{ name: 'item', value: '@string(item())' }],
                  },
                  sink: { type: 'AzurePostgreSqlSink' },
                },
              },
            ],
          },
        },
      ],
    } as never);
    const run = await p.run('pl_concurrent_copies');
    const activities = await p.activities(run.runId!);
    const failures = activities
      .filter((a) => a.status !== 'Succeeded' && a.activityType !== 'ForEach')
      .map((a) => `${a.activityName}: ${(a.error as { message?: string }).message}`);
    expect(failures).toEqual([]);
    expect(run.status).toBe('Succeeded');
    const lookups = activities.filter((a) => a.activityName === 'CountBefore');
    const copies = activities.filter((a) => a.activityName === 'CopyItem');
    expect(lookups).toHaveLength(40);
    expect(lookups.map((a) => a.output)).toEqual(
      Array.from({ length: 40 }, () => expect.objectContaining({ firstRow: { n: 0 } })),
    );
    expect(copies.map((a) => (a.output as { rowsCopied: number }).rowsCopied)).toEqual(Array(40).fill(4));
    expect(
      await sql('SELECT count(DISTINCT item)::int AS items, count(*)::int AS n FROM scoring.concurrent'),
    ).toEqual([{ items: 40, n: 160 }]);
  }, 120_000);
});
