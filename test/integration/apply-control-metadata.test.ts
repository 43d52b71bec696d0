// apply-control-metadata, bundled and run as the runner runs it, against the sandbox: an aml endpoint and the sample
// factory are deployed first (their receipts chained), then the sample use cases (examples/control-metadata) are
// applied to the environment's PostgreSQL (PGlite) control database: first apply with migrations, a rerun without
// row writes, a dry run; rows naming a pipeline or endpoint the receipts do not hold, bad and stale receipts, a
// hostile table name and a changed migration are refused before any write. No secret reaches the logs.
import { randomUUID } from 'node:crypto';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { openControlDatabase, withDefaultUser } from '../../src/sandbox/services/control-database.js';
import { encodeReceipt } from '../../src/shared/receipts/encoding.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import type { AdfReceipt } from '../../src/shared/receipts/schemas.js';
import { type ActionRun, findSecrets, REPO_ROOT, runAction } from '../harness/run-action.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { expectSucceeded, failureOf, type Release, release } from './aml-release.js';
import { createEndpoints } from './ml-endpoints.js';
import { leakedSecrets } from './secret-scan.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS });

/** A password the database URL carries: it must never be seen. (PGlite does not check it.) */
const DB_PASSWORD = 'Pw-0f-the-control-db!';

let aml: Release;
let adfReceipt: string;
let workspace: string;
let databaseUrl: string;

/** A database URL for a new, empty database of the environment, with the password in it. */
async function newDatabase(name: string): Promise<string> {
  const { connectionString } = await (await f.sandbox.database()).createDatabase(name);
  const url = new URL(connectionString);
  url.password = encodeURIComponent(DB_PASSWORD);
  return url.toString();
}

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

async function apply(
  extra: Record<string, string> = {},
  url = databaseUrl,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const run = await runAction('apply-control-metadata', {
    inputs: {
      ...f.sandbox.inputs,
      auth: 'oidc',
      environment: 'dev',
      'subscription-id': aml.env.subscriptionId,
      'resource-group': aml.env.resourceGroup,
      'adf-receipt': adfReceipt,
      engine: 'postgresql',
      'connection-string': url,
      rows: 'metadata/use-cases.yml\nmetadata/use-cases.csv',
      'overrides-file': 'metadata/overrides/dev.yml',
      migrations: 'metadata/migrations/postgresql/*.sql',
      variables: 'environment: dev',
      ...extra,
    },
    env: {
      ...f.sandbox.env,
      RUNNER_TEMP: aml.runnerTemp,
      GITHUB_SHA: 'a1b2c3d',
      GITHUB_ACTOR: 'octocat',
      ...env,
    },
    workspace,
  });
  expect(findSecrets(run, [DB_PASSWORD, f.sandbox.clientSecret])).toEqual([]);
  return run;
}

beforeAll(async () => {
  aml = await release(f, 'dev');
  const seeded = await aml.deploy();
  expectSucceeded(seeded.run);
  workspace = aml.workspace;
  await cp(join(REPO_ROOT, 'examples', 'adf'), join(workspace, 'adf'), { recursive: true });
  await cp(join(REPO_ROOT, 'examples', 'control-metadata'), join(workspace, 'metadata'), { recursive: true });
  const adf = await runAction('deploy-adf-pipelines', {
    inputs: {
      ...f.sandbox.inputs,
      auth: 'oidc',
      environment: 'dev',
      'subscription-id': aml.env.subscriptionId,
      'resource-group': aml.env.resourceGroup,
      'factory-name': aml.env.factory,
      'aml-receipt': seeded.run.outputs.receipt!,
      source: 'adf',
      'overrides-file': 'adf/overrides/dev.yml',
    },
    env: { ...f.sandbox.env, RUNNER_TEMP: aml.runnerTemp },
    workspace,
  });
  expectSucceeded(adf);
  adfReceipt = adf.outputs.receipt!;
  databaseUrl = await newDatabase('control_dev_it');
});

describe('the sample use cases', () => {
  it('first apply: runs the migrations, inserts every row, hands on the metadata receipt', async () => {
    const run = await apply();
    expectSucceeded(run);
    expect(run.outputs).toMatchObject({
      inserted: '3',
      updated: '0',
      unchanged: '0',
      disabled: '0',
      deleted: '0',
    });
    const receipt = parseReceipt(run.outputs.receipt, {
      kind: 'metadata',
      input: 'receipt',
      environment: 'dev',
    });
    expect(receipt.store).toEqual({
      engine: 'postgresql',
      server: '127.0.0.1',
      database: 'postgres',
      table: 'mlops.control_use_cases',
    });
    expect(receipt.rows.count).toBe(3);
    expect(encodeReceipt(receipt.upstream.receipt)).toBe(adfReceipt);

    const rows = await query<{ id: string; endpoint: string; enabled: boolean; parameters: unknown }>(
      databaseUrl,
      'SELECT id, endpoint, enabled, parameters, applied_by, source_commit FROM mlops.control_use_cases ORDER BY id',
    );
    const endpoint = `credit-default-dev`;
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'credit-default-agri-pilot',
        endpoint,
        enabled: true, // the dev override enables the pilot the CSV leaves off
        parameters: { segment: 'agriculture', threshold: 0.25, note: 'pilot: enabled in dev only' },
        source_commit: 'a1b2c3d',
      }),
      expect.objectContaining({ id: 'credit-default-retail', endpoint, enabled: true }),
      expect.objectContaining({ id: 'credit-default-sme', endpoint, enabled: true }),
    ]);
    expect(String((rows[0] as Record<string, unknown>).applied_by)).toMatch(/^octocat/);
    const migrations = await query<{ id: string }>(
      databaseUrl,
      'SELECT id FROM mlops.control_use_cases_migrations ORDER BY id',
    );
    expect(migrations.map((m) => m.id)).toEqual([
      '0001-schedule-index.sql',
      '0002-scores-table.sql',
      'apply-control-metadata/0001-control-table',
    ]);
    const [comment] = await query<{ text: string }>(
      databaseUrl,
      "SELECT obj_description('mlops.control_use_cases'::regclass) AS text",
    );
    expect(comment?.text).toBe('Scoring use cases (dev), applied by apply-control-metadata');
    const plan = JSON.parse(await readFile(run.outputs.plan!, 'utf8')) as { counts: Record<string, number> };
    expect(plan.counts).toMatchObject({ insert: 3, update: 0, unchanged: 0 });
    expect(run.summary).toContain('+ insert credit-default-retail');
  });

  it('a rerun writes nothing, not even an audit row, and hands on the same rows hash', async () => {
    const before = await query(databaseUrl, 'SELECT * FROM mlops.control_use_cases ORDER BY id');
    const run = await apply();
    expectSucceeded(run);
    expect(run.outputs).toMatchObject({ inserted: '0', updated: '0', unchanged: '3' });
    expect(await query(databaseUrl, 'SELECT * FROM mlops.control_use_cases ORDER BY id')).toEqual(before);
    const audits = await query<{ n: number }>(
      databaseUrl,
      'SELECT count(*)::int AS n FROM mlops.control_use_cases_applies',
    );
    expect(audits).toEqual([{ n: 1 }]);
  });

  it('a dry run of a change reports the plan and writes nothing', async () => {
    const yml = join(workspace, 'metadata', 'use-cases.yml');
    const original = await readFile(yml, 'utf8');
    await writeFile(yml, original.replace('threshold: 0.35', 'threshold: 0.45'));
    try {
      // Without the CSV, its row is an orphan: prune delete would delete it.
      await writeFile(
        join(workspace, 'metadata', 'overrides', 'yml-only.yml'),
        'all:\n  endpoint: ${{ receipt.endpoint.name }}\n',
      );
      const run = await apply({
        'dry-run': 'true',
        prune: 'delete',
        rows: 'metadata/use-cases.yml',
        'overrides-file': 'metadata/overrides/yml-only.yml',
      });
      expectSucceeded(run);
      expect(run.outputs).toMatchObject({ updated: '1', unchanged: '1', deleted: '1' });
      expect(run.outputs.receipt).toBeUndefined();
      expect(run.log).toContain('~ parameters.threshold: 0.35 → 0.45');
      expect(run.log).toContain('- delete credit-default-agri-pilot (not in the files)');
      const [row] = await query<{ parameters: { threshold: number } }>(
        databaseUrl,
        "SELECT parameters FROM mlops.control_use_cases WHERE id = 'credit-default-retail'",
      );
      expect(row?.parameters.threshold).toBe(0.35);
    } finally {
      await writeFile(yml, original);
    }
  });
});

describe('refused before any write', () => {
  const tableExists = async (url: string) =>
    (await query<{ t: string | null }>(url, "SELECT to_regclass('mlops.control_use_cases')::text AS t"))[0]
      ?.t;

  it('rows naming a pipeline or an endpoint the receipts do not hold, each listed', async () => {
    const url = await newDatabase('control_refused_rows');
    const yml = join(workspace, 'metadata', 'bad-use-cases.yml');
    await writeFile(
      yml,
      [
        'use_cases:',
        '  - id: unknown-pipeline',
        '    pipeline: pl_not_deployed',
        '    endpoint: credit-default-dev',
        '    input_location: abfss://in/',
        '    output_location: abfss://out/',
        '  - id: other-endpoint',
        '    pipeline: pl_score_use_case',
        '    endpoint: fraud-detect',
        '    input_location: abfss://in/',
        '    output_location: abfss://out/',
        '',
      ].join('\n'),
    );
    // The pipeline is refused against the adf receipt, before any Azure call.
    const run = await apply({ rows: 'metadata/bad-use-cases.yml', 'overrides-file': '' }, url);
    expect(failureOf(run).message).toMatch(/pl_not_deployed.*is not in the adf receipt/);
    expect(failureOf(run).properties.file).toBe('metadata/bad-use-cases.yml');
    // The endpoint no receipt names is looked up live, and refused at its row.
    await writeFile(yml, (await readFile(yml, 'utf8')).replace('pl_not_deployed', 'pl_score_use_case'));
    const live = await apply({ rows: 'metadata/bad-use-cases.yml', 'overrides-file': '' }, url);
    expect(failureOf(live).message).toMatch(
      /row 'other-endpoint': the batch endpoint 'fraud-detect' exists in none of the workspaces of the aml receipts/,
    );
    expect(failureOf(live).properties).toMatchObject({ file: 'metadata/bad-use-cases.yml', line: '9' });
    expect(await tableExists(url)).toBeNull();
  });

  it.each([
    ['missing', '', /adf-receipt.*run deploy-adf-pipelines first/],
    ['an aml receipt', 'aml', /holds the receipt of deploy-aml-endpoint, not of deploy-adf-pipelines/],
    ['from another environment', 'prod', /for environment 'prod', but this step works on 'dev'/],
  ])('an adf receipt that is %s', async (_case, kind, message) => {
    const url = await newDatabase(`control_refused_${kind || 'missing'}`);
    const parsed = parseReceipt(adfReceipt, { kind: 'adf', input: 'r', environment: 'dev' });
    const value =
      kind === 'aml'
        ? encodeReceipt(parsed.upstream.receipt)
        : kind === 'prod'
          ? encodeReceipt({ ...parsed, environment: 'prod' })
          : '';
    const run = await apply({ 'adf-receipt': value }, url);
    expect(failureOf(run).message).toMatch(message);
    expect(await tableExists(url)).toBeNull();
  });

  it('an adf receipt whose pipeline changed since it was deployed', async () => {
    const url = await newDatabase('control_refused_stale');
    const parsed = parseReceipt(adfReceipt, { kind: 'adf', input: 'r', environment: 'dev' }) as AdfReceipt;
    const stale = encodeReceipt({
      ...parsed,
      pipelines: parsed.pipelines.map((p) =>
        p.name === 'pl_score_use_case' ? { ...p, hash: '0'.repeat(64) } : p,
      ),
    });
    const run = await apply({ 'adf-receipt': stale }, url);
    expect(failureOf(run).message).toMatch(
      /pipeline 'pl_score_use_case' has changed since it was deployed.*run deploy-adf-pipelines for 'dev' again/i,
    );
    expect(await tableExists(url)).toBeNull();
  });

  it('a planned adf receipt (from a dry run) outside a dry run; a dry run plans with it', async () => {
    const url = await newDatabase('control_refused_planned');
    const parsed = parseReceipt(adfReceipt, { kind: 'adf', input: 'r', environment: 'dev' }) as AdfReceipt;
    const planned = encodeReceipt({
      ...parsed,
      planned: true,
      pipelines: [{ name: 'pl_score_use_case', hash: '1'.repeat(64) }],
    });
    const run = await apply({ 'adf-receipt': planned }, url);
    expect(failureOf(run).message).toMatch(/receipt of a dry run of deploy-adf-pipelines/);
    const dry = await apply({ 'adf-receipt': planned, 'dry-run': 'true' }, url);
    expectSucceeded(dry);
    expect(dry.outputs).toMatchObject({ inserted: '3' });
    expect(await tableExists(url)).toBeNull();
  });

  it('a hostile table name', async () => {
    const run = await apply({ table: 'mlops.x; DROP TABLE mlops.control_use_cases' });
    expect(failureOf(run).message).toMatch(/Input 'table'/);
    expect((await query(databaseUrl, 'SELECT id FROM mlops.control_use_cases')).length).toBe(3);
  });

  it('a migration changed after it ran', async () => {
    const script = join(workspace, 'metadata', 'migrations', 'postgresql', '0001-schedule-index.sql');
    const original = await readFile(script, 'utf8');
    await writeFile(script, `${original}\n-- edited\n`);
    try {
      const run = await apply();
      expect(failureOf(run).message).toMatch(/migration '0001-schedule-index\.sql' changed since it ran/);
    } finally {
      await writeFile(script, original);
    }
  });

  it('a connection string together with server inputs', async () => {
    const run = await apply({ server: 'db.example' });
    expect(failureOf(run).message).toMatch(/Input 'connection-string' is given together with 'server'/);
  });
});

describe('reads of Azure', () => {
  it('a rerun reads the endpoint, its deployment and the factory pipelines (one list), and writes nothing', async () => {
    const before = f.sandbox.control.counters();
    const run = await apply();
    expectSucceeded(run);
    const requests = f.sandbox.control
      .requests(before.lastSeq)
      .filter((r) => r.path.startsWith('/subscriptions/'));
    expect(requests.every((r) => r.method === 'GET')).toBe(true);
    const factoryReads = requests.filter((r) => r.path.toLowerCase().includes('/factories/'));
    expect(factoryReads.map((r) => r.path.slice(r.path.lastIndexOf('/') + 1))).toEqual(['pipelines']);
    expect(f.sandbox.control.counters().writes).toBe(before.writes);
  });
});

/**
 * A copy-data-tool style control table the user already has (their own column names, an int identity key, an integer
 * flag, JSON as text, an environment column), 25 use cases routed to four batch endpoints: the aml receipt's and three
 * others deployed apart from this release, one of them with a pinned deployment.
 */
describe('a table the user brought: 25 use cases over four endpoints', () => {
  const ENDPOINTS = ['credit-default-dev', 'fraud-dev', 'churn-dev', 'ltv-dev'];
  const TABLE_DDL = `CREATE SCHEMA etl;
CREATE TABLE etl."ScoringControl" (
  "Id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "UseCaseId" varchar(128) NOT NULL,
  "Environment" varchar(16) NOT NULL,
  "TopLevelPipelineName" text NOT NULL,
  "EndpointName" varchar(32) NOT NULL,
  "DeploymentName" varchar(32),
  "SourceObjectSettings" text,
  "SinkObjectSettings" text,
  "TriggerName" text,
  "CopyEnabled" integer DEFAULT 1,
  "CopyActivitySettings" text,
  "TaskId" integer DEFAULT 0,
  UNIQUE ("Environment", "UseCaseId")
)`;
  const SCHEMA = `# The user's own control table, adopted by apply-control-metadata (never created by it).
version: 1
table: etl.ScoringControl
columns:
  id: { name: UseCaseId, type: varchar(128) }
  pipeline: TopLevelPipelineName
  endpoint: { name: EndpointName, type: varchar(32) }
  deployment: DeploymentName
  input_location: SourceObjectSettings
  output_location: SinkObjectSettings
  schedule: TriggerName
  enabled: CopyEnabled
  parameters: CopyActivitySettings
  environment: Environment
`;

  /** The 25 rows as a CSV with the user's column names; `change` edits the list first. */
  function useCasesCsv(change: (rows: string[][]) => string[][] = (rows) => rows): string {
    const header = [
      'UseCaseId',
      'TopLevelPipelineName',
      'EndpointName',
      'DeploymentName',
      'SourceObjectSettings',
      'SinkObjectSettings',
      'TriggerName',
      'CopyEnabled',
      'CopyActivitySettings',
    ];
    const rows = Array.from({ length: 25 }, (_, i) => {
      const id = `uc-${String(i).padStart(2, '0')}`;
      const endpoint = ENDPOINTS[i % 4]!;
      return [
        id,
        'pl_score_use_case',
        endpoint,
        endpoint === 'churn-dev' && i % 8 === 2 ? 'churn-green' : '',
        `abfss://features@scoringdata.dfs.core.windows.net/${id}/`,
        `abfss://scores@scoringdata.dfs.core.windows.net/${id}/`,
        i % 5 === 0 ? '0 6 * * 1-5' : 'daily',
        i % 7 === 0 ? '0' : '1',
        `"{""segment"": ""s${i % 3}"", ""threshold"": 0.${i + 10}}"`,
      ];
    });
    return `${[header, ...change(rows)].map((row) => row.join(',')).join('\n')}\n`;
  }

  beforeAll(async () => {
    await createEndpoints(aml.client, aml.env, [
      { name: 'fraud-dev', deployments: ['fraud-v1'], defaultDeployment: 'fraud-v1' },
      { name: 'churn-dev', deployments: ['churn-blue', 'churn-green'], defaultDeployment: 'churn-blue' },
      { name: 'ltv-dev', deployments: ['ltv-v1'], defaultDeployment: 'ltv-v1' },
    ]);
    await mkdir(join(workspace, 'own'), { recursive: true });
    await writeFile(join(workspace, 'own', 'control-table.yml'), SCHEMA);
  }, 120_000);

  const engines: [string, () => Promise<{ url: string; drop?: () => Promise<void> }>][] = [
    ['PGlite', async () => ({ url: await newDatabase('control_own_table') })],
  ];
  const serverUrl = process.env.PG_TEST_URL;
  if (serverUrl) {
    engines.push([
      'a PostgreSQL server',
      async () => {
        const server = await openControlDatabase({ url: serverUrl, dataDir: join(workspace, 'unused') });
        const name = `control_own_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
        const { connectionString } = await server.createDatabase(name);
        await server.close();
        return {
          url: connectionString,
          drop: async () => {
            const admin = new pg.Client({ connectionString: withDefaultUser(serverUrl) });
            await admin.connect();
            await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            await admin.end();
          },
        };
      },
    ]);
  }

  it('more aml receipts (aml-receipts): each verified live; a stale one is refused before any write', async () => {
    const { resourceGroup: rg, workspace: ws } = aml.env;
    const endpoint = await aml.client.batchEndpoints.get(rg, ws, 'fraud-dev');
    const deployment = await aml.client.batchDeployments.get(rg, ws, 'fraud-dev', 'fraud-v1');
    const fraud = {
      ...parseReceipt(adfReceipt, { kind: 'adf', input: 'r', environment: 'dev' }).upstream.receipt,
      endpoint: { name: 'fraud-dev', id: endpoint.id!, scoringUri: endpoint.properties.scoringUri! },
      deployment: { name: 'fraud-v1', id: deployment.id! },
      model: { id: `${aml.env.workspaceInfo.id}/models/scoring/versions/1`, name: 'scoring', version: '1' },
    };
    const url = await newDatabase('control_aml_receipts');
    await query(url, TABLE_DDL);
    await writeFile(join(workspace, 'own', 'use-cases.csv'), useCasesCsv());
    const run = (receipts: string) =>
      apply(
        {
          rows: 'own/use-cases.csv',
          'table-schema': 'own/control-table.yml',
          'overrides-file': '',
          migrations: '',
          variables: '',
          'dry-run': 'true',
          'aml-receipts': receipts,
        },
        url,
      );
    const before = f.sandbox.control.counters();
    const ok = await run(encodeReceipt(fraud));
    expectSucceeded(ok);
    const paths = f.sandbox.control.requests(before.lastSeq).map((r) => r.path);
    // fraud-dev is verified by its receipt (GET of the endpoint and its deployment) ...
    expect(paths.some((p) => p.endsWith('/batchEndpoints/fraud-dev'))).toBe(true);
    expect(paths.some((p) => p.endsWith('/batchEndpoints/fraud-dev/deployments/fraud-v1'))).toBe(true);
    const stale = await run(
      encodeReceipt({
        ...fraud,
        endpoint: {
          ...fraud.endpoint,
          scoringUri: 'https://fraud-dev.elsewhere.inference.ml.azure.com/jobs',
        },
      }),
    );
    expect(failureOf(stale).message).toMatch(
      /Input 'aml-receipts': the receipt of deploy-aml-endpoint for 'dev' does not match the live state .*scoring URI/,
    );
  });

  it.each(engines)(
    '%s: applied, re-applied without a change, then changed with exact counts, in the existing table',
    async (_engine, database) => {
      const { url, drop } = await database();
      try {
        await query(url, TABLE_DDL);
        const csv = join(workspace, 'own', 'use-cases.csv');
        await writeFile(csv, useCasesCsv());
        const own = (extra: Record<string, string> = {}) =>
          apply(
            {
              rows: 'own/use-cases.csv',
              'table-schema': 'own/control-table.yml',
              'overrides-file': '',
              migrations: '',
              variables: '',
              prune: 'delete',
              ...extra,
            },
            url,
          );

        const dry = await own({ 'dry-run': 'true' });
        expectSucceeded(dry);
        expect(dry.outputs).toMatchObject({ inserted: '25' });
        const before = f.sandbox.control.counters();
        const first = await own();
        expectSucceeded(first);
        expect(first.outputs).toMatchObject({ inserted: '25', updated: '0', deleted: '0' });
        // The rows' endpoints: one list of the workspace's endpoints, one list of the deployments of churn-dev
        // (the only endpoint a row pins a deployment on): never a call per row.
        const lists = f.sandbox.control
          .requests(before.lastSeq)
          .filter((r) => /\/batchEndpoints(\/[^/]+\/deployments)?$/.test(r.path));
        expect(lists.map((r) => r.path.split('/').slice(-2).join('/')).sort()).toEqual([
          'churn-dev/deployments',
          `${aml.env.workspace}/batchEndpoints`,
        ]);
        expect(first.log).toContain('Adopting etl.ScoringControl as own/control-table.yml describes it');

        const stored = await query<Record<string, unknown>>(
          url,
          `SELECT "UseCaseId", "EndpointName", "DeploymentName", "CopyEnabled", "CopyActivitySettings", "Environment", "TaskId"
           FROM etl."ScoringControl" ORDER BY "UseCaseId"`,
        );
        expect(stored).toHaveLength(25);
        expect(new Set(stored.map((r) => r.EndpointName))).toEqual(new Set(ENDPOINTS));
        expect(stored[0]).toEqual({
          UseCaseId: 'uc-00',
          EndpointName: 'credit-default-dev',
          DeploymentName: null,
          CopyEnabled: 0,
          CopyActivitySettings: '{"segment": "s0", "threshold": 0.1}',
          Environment: 'dev',
          TaskId: 0,
        });
        expect(stored.find((r) => r.UseCaseId === 'uc-02')?.DeploymentName).toBe('churn-green');

        const again = await own();
        expectSucceeded(again);
        expect(again.outputs).toMatchObject({ inserted: '0', updated: '0', unchanged: '25', deleted: '0' });
        const audits = await query<{ n: number }>(
          url,
          'SELECT count(*)::int AS n FROM etl."ScoringControl_applies"',
        );
        expect(audits).toEqual([{ n: 1 }]); // the rerun wrote nothing, not even an audit row

        await writeFile(
          csv,
          useCasesCsv((rows) => {
            const changed = rows.filter((row) => row[0] !== 'uc-24');
            changed[3]![7] = '0'; // uc-03 disabled
            changed[4]![8] = '"{""segment"": ""s1"", ""threshold"": 0.99}"'; // uc-04 threshold
            changed.push([
              'uc-25',
              'pl_score_use_case',
              'ltv-dev',
              'ltv-v1',
              'in/uc-25/',
              'out/uc-25/',
              'daily',
              '1',
              '{}',
            ]);
            return changed;
          }),
        );
        const changed = await own();
        expectSucceeded(changed);
        expect(changed.outputs).toMatchObject({ inserted: '1', updated: '2', unchanged: '22', deleted: '1' });
        expect(changed.log).toContain('~ parameters.threshold: 0.14 → 0.99');
      } finally {
        await drop?.();
      }
    },
  );
});

describe('a row parameter from a secret', () => {
  it('rotated, then emptied: the plan says it changed and never shows the old or the new value', async () => {
    const url = await newDatabase('secretdiff');
    await writeFile(
      join(workspace, 'metadata', 'overrides', 'secret.yml'),
      [
        'all:',
        '  endpoint: ${{ receipt.endpoint.name }}',
        'rows:',
        '  credit-default-retail:',
        '    parameters:',
        '      apiToken: ${{ env.ROW_API_TOKEN }}',
        '',
      ].join('\n'),
    );
    const withToken = (token: string) =>
      apply({ 'overrides-file': 'metadata/overrides/secret.yml' }, url, { ROW_API_TOKEN: token });
    const OLD = 'Old-Row-Token/111+=';
    const NEW = 'New-Row-Token/222+=';

    const first = await withToken(OLD);
    expectSucceeded(first);
    expect(await leakedSecrets(first, [OLD])).toEqual([]);

    const rotated = await withToken(NEW);
    expectSucceeded(rotated);
    expect(rotated.outputs).toMatchObject({ updated: '1' });
    expect(rotated.log).toContain('~ parameters.apiToken: (a secret value, changed; not shown)');
    // The table's old value is registered with the runner's masker before the plan prints.
    expect(rotated.masked).toContain(OLD);
    expect(await leakedSecrets(rotated, [OLD, NEW])).toEqual([]);
    const plan = JSON.parse(await readFile(rotated.outputs.plan!, 'utf8'));
    expect(plan.rows[0].changes).toEqual([
      expect.objectContaining({ column: 'parameters', secret: [{ key: 'apiToken', change: 'changed' }] }),
    ]);

    const emptied = await withToken('');
    expectSucceeded(emptied);
    expect(emptied.log).toContain('~ parameters.apiToken: (a secret value, changed; not shown)');
    expect(emptied.masked).toContain(NEW);
    expect(await leakedSecrets(emptied, [OLD, NEW])).toEqual([]);
    const [row] = await query<{ parameters: { apiToken: string } }>(
      url,
      "SELECT parameters FROM mlops.control_use_cases WHERE id = 'credit-default-retail'",
    );
    expect(row?.parameters.apiToken).toBe('');
  }, 120_000);
});
