import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { type PrepareInputs, prepare } from '../../../src/apply-control-metadata/prepare.js';
import { ConfigurationError, formatLocation } from '../../../src/shared/errors.js';
import type { Logger } from '../../../src/shared/logger.js';
import { encodeReceipt } from '../../../src/shared/receipts/encoding.js';
import { adfReceipt, amlReceipt, SUBSCRIPTION } from '../../fixtures/receipts.js';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'prepare-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

async function write(files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(workspace, path)), { recursive: true });
    await writeFile(join(workspace, path), content);
  }
}

/** A logger that keeps what is said, groups and annotations included, in order. */
function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (message) => lines.push(`debug: ${message}`),
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message, properties) =>
      lines.push(
        `error: ${properties?.location ? `${formatLocation(properties.location)}: ` : ''}${message}`,
      ),
    group: async (name, fn) => {
      lines.push(`group: ${name}`);
      return fn();
    },
  };
}

/** A row valid against the fixture receipts (pipeline `score`, endpoint `credit`), as YAML lines. */
function rowYaml(id: string, extra: readonly string[] = []): string {
  return [
    `- id: ${id}`,
    '  pipeline: score',
    '  endpoint: credit',
    `  input_location: abfss://in/${id}/`,
    `  output_location: abfss://out/${id}/`,
    ...extra.map((line) => `  ${line}`),
  ].join('\n');
}

function inputs(overrides: Partial<PrepareInputs> = {}): PrepareInputs {
  return {
    environment: 'dev',
    subscriptionId: SUBSCRIPTION,
    dryRun: false,
    adfReceipt: encodeReceipt(adfReceipt()),
    amlReceipts: undefined,
    tableSchema: undefined,
    prune: 'none',
    engine: 'postgresql',
    table: 'mlops.control_use_cases',
    dbAuth: 'entra',
    connectionString: 'postgresql://deployer@db.example/control',
    server: undefined,
    port: undefined,
    database: undefined,
    dbUser: undefined,
    dbPassword: undefined,
    rows: ['rows/*.yml'],
    overridesFile: undefined,
    migrations: undefined,
    variables: undefined,
    ...overrides,
  };
}

function run(given: PrepareInputs, env: Record<string, string> = {}) {
  const logger = recordingLogger();
  const masked: (string | undefined)[] = [];
  const prepared = prepare(given, { logger, workspace, env, masker: { mask: (s) => masked.push(s) } });
  return { prepared, logger, masked };
}

describe('prepare: the rows, the overrides and the migrations', () => {
  it('reads the rows, applies the overrides, masks what came from the environment, loads the migrations', async () => {
    await write({
      'rows/use-cases.yml': `${rowYaml('uc-b')}\n${rowYaml('uc-a')}\n`,
      'overrides/dev.yml': [
        'all:',
        '  output_location: ${{ env.SCORES_URL }}',
        'rows:',
        '  uc-b:',
        '    enabled: false',
        '',
      ].join('\n'),
      'migrations/0002-views.sql': 'CREATE VIEW $(schema).$(table_name)_v AS SELECT * FROM $(table);\n',
      'migrations/0001-grants.sql': 'SELECT $(environment);\n',
    });
    const { prepared, logger, masked } = run(
      inputs({
        overridesFile: join(workspace, 'overrides/dev.yml'),
        migrations: ['migrations/*.sql'],
        variables: { environment: 'dev' },
      }),
      { SCORES_URL: 'abfss://scores@secret-account/' },
    );
    const result = await prepared;

    expect(result.rows.map((row) => [row.id, row.output_location, row.enabled])).toEqual([
      ['uc-a', 'abfss://scores@secret-account/', true],
      ['uc-b', 'abfss://scores@secret-account/', false],
    ]);
    expect(result.migrations.map((migration) => migration.id)).toEqual(['0001-grants.sql', '0002-views.sql']);
    expect(result.migrations[0]!.batches[0]!.sql).toBe('SELECT dev;');
    // The table's variables, from the table input: quoted for the engine, and its bare parts.
    expect(result.migrations[1]!.batches[0]!.sql).toBe(
      'CREATE VIEW mlops.control_use_cases_v AS SELECT * FROM "mlops"."control_use_cases";',
    );
    expect(masked).toEqual(['abfss://scores@secret-account/']);
    expect(logger.lines).toEqual([
      'group: Read the rows and migrations',
      'Override: every row: output_location (overrides/dev.yml line 2)',
      "Override: row 'uc-b': enabled (overrides/dev.yml line 5)",
      '2 rows from rows/*.yml',
      'Migrations: 0001-grants.sql, 0002-views.sql',
    ]);
    expect(result.adfReceipt).toEqual(adfReceipt());
    expect(result.table).toEqual({ schema: 'mlops', table: 'control_use_cases' });
    expect(result.access).toEqual({
      kind: 'connection-string',
      engine: 'postgresql',
      connectionString: 'postgresql://deployer@db.example/control',
    });
  });

  it('annotates every row the receipts do not hold and fails on the first', async () => {
    await write({
      'rows/use-cases.yml': `${rowYaml('uc-a')}\n${rowYaml('uc-b')}\n`.replaceAll(
        'pipeline: score',
        'pipeline: other',
      ),
    });
    const { prepared, logger } = run(inputs());
    const error = await prepared.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).message).toMatch(
      /^rows\/use-cases\.yml line 2, column 3: row 'uc-a': the pipeline 'other' is not in the adf receipt of factory 'adf-dev' .*\(and 1 more, annotated above\)$/,
    );
    expect(logger.lines).toEqual([
      'group: Read the rows and migrations',
      expect.stringMatching(
        /^error: rows\/use-cases\.yml line 7, column 3: row 'uc-b': the pipeline 'other'/,
      ),
    ]);
  });
});

describe('prepare: the inputs, checked before any file is read', () => {
  // No file exists in these refusals: each comes before the rows are read.

  it('refuses a planned adf receipt outside a dry run', async () => {
    const planned = encodeReceipt(adfReceipt({ planned: true }));
    await expect(run(inputs({ adfReceipt: planned })).prepared).rejects.toThrow(
      "Input 'adf-receipt' holds the receipt of a dry run of deploy-adf-pipelines: its pipelines are planned, not deployed.",
    );
    // A dry run plans with it, so it goes on to read the rows.
    await expect(run(inputs({ adfReceipt: planned, dryRun: true })).prepared).rejects.toThrow(
      /Input 'rows' matches no file/,
    );
  });

  it('refuses an adf receipt of another environment', async () => {
    await expect(run(inputs({ environment: 'prod' })).prepared).rejects.toThrow(ConfigurationError);
  });

  it('refuses a table name that is not one', async () => {
    await expect(run(inputs({ table: 'a.b.c' })).prepared).rejects.toThrow(
      `Input 'table': 'a.b.c' is not a table name; use letters, digits and "_" (schema.table).`,
    );
  });

  it('refuses database inputs that contradict each other', async () => {
    await expect(run(inputs({ server: 'db.example' })).prepared).rejects.toThrow(
      "Input 'connection-string' is given together with 'server'",
    );
  });

  it.each([
    ['sqlserver', { schema: 'dbo', table: 'use_cases' }],
    ['postgresql', { schema: 'public', table: 'use_cases' }],
  ] as const)('puts a table without a schema in the default schema of %s', async (engine, table) => {
    await write({ 'rows/use-cases.yml': `${rowYaml('uc-a')}\n` });
    const given = inputs({
      engine,
      table: 'use_cases',
      connectionString:
        engine === 'sqlserver' ? 'Server=db.example;Database=control' : 'postgresql://db.example/control',
    });
    const prepared = await run(given).prepared;
    expect(prepared.table).toEqual(table);
    // The migrations input is optional: without it, no script runs.
    expect(prepared.migrations).toEqual([]);
  });

  it('takes the aml-receipts, one per line, after the adf receipt own; a bad one is named by its place', async () => {
    await write({ 'rows/use-cases.yml': `${rowYaml('uc-a')}\n` });
    const WS = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-dev/providers/Microsoft.MachineLearningServices/workspaces/mlw-dev`;
    const fraud = amlReceipt({
      endpoint: {
        name: 'fraud',
        id: `${WS}/batchEndpoints/fraud`,
        scoringUri: 'https://fraud.x.inference.ml.azure.com/jobs',
      },
      deployment: { name: 'fraud-v1', id: `${WS}/batchEndpoints/fraud/deployments/fraud-v1` },
    });
    const prepared = await run(inputs({ amlReceipts: [encodeReceipt(fraud)] })).prepared;
    expect(prepared.amlReceipts.map((r) => r.endpoint.name)).toEqual(['credit', 'fraud']);
    const prod = encodeReceipt({ ...fraud, environment: 'prod' });
    await expect(run(inputs({ amlReceipts: [encodeReceipt(fraud), prod] })).prepared).rejects.toThrow(
      /^Input 'aml-receipts' is the receipt of deploy-aml-endpoint for environment 'prod'.* \(receipt 2 of 2, one per line\)$/,
    );
  });

  it('refuses prune disable on a table-schema without an enabled column', async () => {
    await write({
      'control-table.yml': 'columns:\n  id: UseCaseId\n  pipeline: Pipeline\n  endpoint: Endpoint\n',
    });
    await expect(
      run(inputs({ tableSchema: join(workspace, 'control-table.yml'), prune: 'disable' })).prepared,
    ).rejects.toThrow(
      /Input 'prune' is disable, but the table-schema control-table\.yml maps no column for 'enabled'/,
    );
  });
});
