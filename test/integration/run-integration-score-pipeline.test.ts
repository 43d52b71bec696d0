// run-integration-score in pipeline mode, the bundle against the sandbox, on the sample release in staging (the
// release flow's aml, adf and metadata steps): the use case's row read from the control table the metadata receipt
// names, pl_orchestrate_scoring started with createRun and followed, the batch jobs its Web activities started found
// and their outputs validated; a failing activity named with its error; the run cancelled recursively on timeout and
// when the runner cancels the step; each bad input refused before any createRun; and the same on a control table the
// user brought, adopted by apply-control-metadata through a table-schema file and read here with the same mapping.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { RELEASE_STEPS } from '../../src/sandbox/release-steps.js';
import { chooseSampleDeployment } from '../../src/sandbox/sample-deployment.js';
import { stageSampleInputs } from '../../src/sandbox/sample-scoring.js';
import { parseTableSchema, tableSchemaDigest } from '../../src/shared/control-table/table-schema.js';
import { parseDocumentText } from '../../src/shared/documents.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import { REPO_ROOT, type RunOptions, runAction } from '../harness/run-action.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS, clockRate: 100 });
const sample = chooseSampleDeployment();
let env: EnvironmentInfo;
const outputs: Record<string, Record<string, string>> = {};
// The runner's temporary folder outlives the step, as on a runner within a job: the report is read from it.
const runnerTemp = mkdtempSync(join(tmpdir(), 'pipeline-runner-temp-'));

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: env.database!.connectionString });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'staging' });
  for (const step of RELEASE_STEPS.filter((s) => ['aml', 'adf', 'metadata'].includes(s.id))) {
    const run = await runAction(step.action, {
      inputs: {
        ...f.sandbox.inputs,
        ...step.inputs({ environment: env, sandbox: f.sandbox, outputs, workspace: REPO_ROOT, sample }),
      },
      env: f.sandbox.env,
      workspace: REPO_ROOT,
    });
    expect({ step: step.id, exitCode: run.exitCode, log: run.exitCode ? run.log : '' }).toMatchObject({
      exitCode: 0,
    });
    outputs[step.id] = { ...run.outputs };
  }
  await stageSampleInputs(f.sandbox, env);
}, 300_000);

async function score(
  inputs: Record<string, string> = {},
  options: Pick<RunOptions, 'interrupt' | 'workspace'> = {},
) {
  const before = f.sandbox.control.counters();
  const run = await runAction('run-integration-score', {
    inputs: {
      ...f.sandbox.inputs,
      auth: 'oidc',
      environment: env.name,
      'subscription-id': env.subscriptionId,
      'resource-group': env.resourceGroup,
      'metadata-receipt': outputs.metadata!.receipt!,
      mode: 'pipeline',
      'use-case': 'credit-default-retail',
      pipeline: 'pl_orchestrate_scoring',
      'connection-string': env.database!.connectionString,
      expectations:
        sample.kind === 'MLflow model'
          ? 'examples/integration/expectations.yml'
          : 'examples/integration/expectations-custom.yml',
      ...inputs,
    },
    env: { ...f.sandbox.env, RUNNER_TEMP: runnerTemp },
    workspace: REPO_ROOT,
    timeoutMs: 240_000,
    ...options,
  });
  const requests = f.sandbox.control.requests(before.lastSeq);
  const createRuns = requests.filter((q) => q.method === 'POST' && /\/createRun$/i.test(q.path));
  return { run, createRuns };
}

function failure(run: Awaited<ReturnType<typeof score>>['run']): string {
  expect(run.exitCode).not.toBe(0);
  return (
    run.annotations.find((a) => a.level === 'error' && a.message.startsWith('run-integration-score:'))
      ?.message ?? run.log
  );
}

function dataFactory() {
  return new DataFactoryManagementClient(f.credential, env.subscriptionId, f.clientOptions);
}

/** The run's status once Data Factory has finished cancelling it (Canceling is on the way to Cancelled). */
async function settledStatus(runId: string): Promise<string | undefined> {
  for (let tries = 0; ; tries++) {
    const run = await dataFactory().pipelineRuns.get(env.resourceGroup, env.factory, runId);
    if (run.status !== 'Canceling' || tries === 50) return run.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function childRuns(runId: string) {
  const now = f.sandbox.clock.now();
  const page = await dataFactory().pipelineRuns.queryByFactory(env.resourceGroup, env.factory, {
    lastUpdatedAfter: new Date(now - 86_400_000),
    lastUpdatedBefore: new Date(now + 86_400_000),
    filters: [{ operand: 'PipelineName', operator: 'Equals', values: ['pl_score_use_case'] }],
  });
  return page.value.filter((run) => run.parameters?.scoringRunId === runId);
}

const inputRows =
  readFileSync(`${REPO_ROOT}/examples/aml/sample-input.csv`, 'utf8').trim().split('\n').length - 1;

describe('pipeline mode', () => {
  it('runs the use case pipeline, validates every batch job it started, stamps and writes the receipt', async () => {
    const { run, createRuns } = await score();
    expect({ exitCode: run.exitCode, log: run.exitCode ? run.log : '' }).toEqual({ exitCode: 0, log: '' });
    expect(createRuns).toHaveLength(1);
    expect(createRuns[0]!.path).toMatch(/\/pipelines\/pl_orchestrate_scoring\/createRun$/);
    expect(run.outputs.validated).toBe('true');
    // Two enabled daily use cases in staging: two jobs, each output validated against the input's rows.
    expect(run.outputs['rows-scored']).toBe(String(2 * inputRows));
    const receipt = parseReceipt(run.outputs.receipt, {
      kind: 'integration',
      input: 'receipt',
      environment: 'staging',
    });
    expect(receipt).toMatchObject({ mode: 'pipeline', validated: true, job: { id: run.outputs['job-id'] } });
    expect(receipt.job.url).toContain(`/monitoring/pipelineruns/${run.outputs['job-id']}`);
    expect(run.outputs.status).toBe('Succeeded');
    expect(run.log).toMatch(/Batch job 'batchjob-[^']+' \(InvokeBatchEndpoint\): Completed/);
  });

  it('names the failing activity with its type, error code and message when the run fails', async () => {
    await sql(
      `INSERT INTO mlops.control_use_cases (id, pipeline, endpoint, input_location, output_location, sink_table,
         schedule, enabled, parameters, content_hash, applied_by)
       VALUES ('credit-default-empty', 'pl_score_use_case', 'credit-default-staging', 'features/never-staged/',
         'scores/credit-default/empty/', 'scores.credit_default', 'daily', true, '{}', repeat('0', 64), 'test')`,
    );
    try {
      const { run, createRuns } = await score();
      expect(createRuns).toHaveLength(1);
      const message = failure(run);
      expect(message).toMatch(
        /^run-integration-score: Pipeline run '[^']+' of 'pl_orchestrate_scoring' ended Failed: activity 'JobDidNotComplete' \(Fail\) of pipeline 'pl_score_use_case' failed: BatchJobNotCompleted Batch job batchjob-[0-9a-f-]+ of use case credit-default-empty ended Failed \[activity run [^,]+, pipeline run [^\]]+\]/,
      );
      expect(run.outputs.status).toBe('Failed');
      expect(run.outputs.validated).toBe('false');
      expect(run.outputs.receipt).toBeUndefined();
    } finally {
      await sql("DELETE FROM mlops.control_use_cases WHERE id = 'credit-default-empty'");
    }
  });

  it('cancels the run recursively when the timeout passes', async () => {
    // The Web activities that look at the batch jobs answer slowly: the run is still going at the deadline.
    f.sandbox.control.addFault({ method: 'GET', path: '^/_ml/.*/jobs/batchjob-', latencyMs: 6_000 });
    const { run, createRuns } = await score({ timeout: '5s' }).finally(() => f.sandbox.control.clearFaults());
    expect(createRuns).toHaveLength(1);
    const message = failure(run);
    expect(message).toMatch(/^run-integration-score: Timed out after \d+s waiting for pipeline run '[^']+'/);
    const runId = /pipeline run '([^']+)'/.exec(message)![1]!;
    expect(run.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: `Cancelled pipeline run '${runId}' and the runs it started (isRecursive).`,
      }),
    );
    expect(await settledStatus(runId)).toBe('Cancelled');
    const children = await childRuns(runId);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(await settledStatus(child.runId!)).toBe('Cancelled');
  });

  it('cancels the run recursively when the runner cancels the step (SIGINT)', async () => {
    const { run } = await score({}, { interrupt: { signal: 'SIGINT', when: /Started pipeline run/ } });
    const message = failure(run);
    const runId = /pipeline run '([^']+)'/.exec(message)?.[1];
    expect(message).toBe(
      `run-integration-score: The runner cancelled the step (SIGINT) while it waited for pipeline run '${runId}'; pipeline run '${runId}' and the runs it started were cancelled.`,
    );
    expect(await settledStatus(runId!)).toBe('Cancelled');
    // Any child already started is cancelled with it (the signal may come before the ForEach starts one).
    for (const child of await childRuns(runId!)) expect(await settledStatus(child.runId!)).toBe('Cancelled');
    expect(run.outputs.receipt).toBeUndefined();
  });

  it('plans the run in a dry run and starts nothing', async () => {
    const { run, createRuns } = await score({ 'dry-run': 'true', parameters: 'runDate: "2026-01-01"' });
    expect({ exitCode: run.exitCode, log: run.exitCode ? run.log : '' }).toEqual({ exitCode: 0, log: '' });
    expect(createRuns).toEqual([]);
    const plan = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(plan).toMatchObject({
      dryRun: true,
      mode: 'pipeline',
      useCase: 'credit-default-retail',
      factory: env.factory,
      pipeline: 'pl_orchestrate_scoring',
      parameters: { runDate: '2026-01-01' },
    });
    expect(run.outputs.validated).toBe('false');
  });

  it.each([
    [
      'a use case not in the control table',
      { 'use-case': 'credit-default-retial' },
      "Input 'use-case': 'credit-default-retial' is not a use case of the control table mlops.control_use_cases; did you mean 'credit-default-retail'?",
    ],
    [
      'a disabled use case',
      { 'use-case': 'credit-default-agri-pilot' },
      "Input 'use-case': 'credit-default-agri-pilot' is disabled in the control table",
    ],
    [
      'a parameter the pipeline does not declare',
      { parameters: '{"runDat": "2026-01-01"}' },
      "Input 'parameters': pipeline 'pl_orchestrate_scoring' does not declare a parameter 'runDat'; did you mean 'runDate'?",
    ],
    [
      'an input for endpoint mode',
      { input: 'examples/aml/sample-input.csv' },
      "Input 'input' is for endpoint mode, but mode is pipeline",
    ],
  ])('refuses %s before any run starts', async (_what, inputs, expected) => {
    const { run, createRuns } = await score(inputs);
    expect(failure(run)).toContain(expected);
    expect(createRuns).toEqual([]);
  });
});

/**
 * The user's own control table, with its own column names and an environment column, adopted by
 * apply-control-metadata with a table-schema file; its one staging row runs pl_score_use_case with the parameters it
 * holds, so the run's parameters show the row was read through the mapping.
 */
describe('pipeline mode on a control table the user brought (table-schema)', () => {
  const TABLE_SCHEMA = `# The user's own control table: its column names, not the action's.
table: etl.ScoringUseCases
columns:
  id: { name: UseCaseKey, type: varchar(128) }
  pipeline: PipelineName
  endpoint: EndpointName
  enabled: IsActive
  parameters: PipelineParameters
  environment: Env
`;
  const PARAMETERS = {
    useCase: 'retail-direct',
    inputPath: 'features/credit-default/retail/',
    outputPath: 'scores/credit-default/retail-direct/',
    sinkTable: 'scores.credit_default',
    scoringRunId: 'own-table',
  };
  let workspace: string;
  let adopted: string;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'own-table-workspace-'));
    cpSync(join(REPO_ROOT, 'examples', 'integration'), join(workspace, 'examples', 'integration'), {
      recursive: true,
    });
    mkdirSync(join(workspace, 'own'));
    writeFileSync(join(workspace, 'own', 'control-table.yml'), TABLE_SCHEMA);
    // The same columns but one, as a second file of the user's might map them.
    writeFileSync(
      join(workspace, 'own', 'other-table.yml'),
      TABLE_SCHEMA.replace('pipeline: PipelineName', 'pipeline: TopLevelPipelineName'),
    );
    writeFileSync(
      join(workspace, 'own', 'use-cases.yml'),
      `use_cases:
  - id: retail-direct
    pipeline: pl_score_use_case
    endpoint: credit-default-${env.name}
    parameters: ${JSON.stringify(PARAMETERS)}
`,
    );
    await sql('CREATE SCHEMA etl');
    await sql(`CREATE TABLE etl."ScoringUseCases" (
      "UseCaseKey" varchar(128) NOT NULL,
      "Env" varchar(16) NOT NULL,
      "PipelineName" text NOT NULL,
      "EndpointName" varchar(64) NOT NULL,
      "IsActive" integer NOT NULL DEFAULT 1,
      "PipelineParameters" text,
      PRIMARY KEY ("Env", "UseCaseKey"))`);
    // Another environment's row under the same key, disabled: the step reads only its own environment's rows.
    await sql(`INSERT INTO etl."ScoringUseCases" VALUES
      ('retail-direct', 'prod', 'pl_orchestrate_scoring', 'credit-default-prod', 0, '{}')`);
    const run = await runAction('apply-control-metadata', {
      inputs: {
        ...f.sandbox.inputs,
        environment: env.name,
        auth: 'oidc',
        'subscription-id': env.subscriptionId,
        'resource-group': env.resourceGroup,
        'adf-receipt': outputs.adf!.receipt!,
        engine: 'postgresql',
        'connection-string': env.database!.connectionString,
        'table-schema': 'own/control-table.yml',
        rows: 'own/use-cases.yml',
      },
      env: f.sandbox.env,
      workspace,
    });
    expect({ exitCode: run.exitCode, log: run.exitCode ? run.log : '' }).toEqual({ exitCode: 0, log: '' });
    adopted = run.outputs.receipt!;
  }, 120_000);

  const own = (inputs: Record<string, string> = {}) =>
    score(
      { 'metadata-receipt': adopted, 'use-case': 'retail-direct', pipeline: '', ...inputs },
      { workspace },
    );

  it("the metadata receipt records the table-schema and its mapping's digest", () => {
    const receipt = parseReceipt(adopted, { kind: 'metadata', input: 'receipt', environment: env.name });
    const mapping = parseTableSchema(parseDocumentText(TABLE_SCHEMA, 'own/control-table.yml'), {
      environment: env.name,
      defaultSchema: 'public',
    });
    expect(receipt.store).toMatchObject({
      table: 'etl.ScoringUseCases',
      tableSchema: { file: 'own/control-table.yml', digest: tableSchemaDigest(mapping.layout) },
    });
  });

  it("runs the use case from the user's table, read with the same mapping, and validates its batch job", async () => {
    const { run, createRuns } = await own({ 'table-schema': 'own/control-table.yml' });
    expect({ exitCode: run.exitCode, log: run.exitCode ? run.log : '' }).toEqual({ exitCode: 0, log: '' });
    expect(run.log).toContain(
      'Control table etl.ScoringUseCases read as own/control-table.yml maps it (id: UseCaseKey, pipeline: PipelineName',
    );
    // The row's pipeline and parameters, from the user's columns.
    expect(createRuns).toHaveLength(1);
    expect(createRuns[0]!.path).toMatch(/\/pipelines\/pl_score_use_case\/createRun$/);
    const started = await dataFactory().pipelineRuns.get(
      env.resourceGroup,
      env.factory,
      run.outputs['job-id']!,
    );
    expect(started.parameters).toEqual(PARAMETERS);
    expect(run.outputs.validated).toBe('true');
    expect(run.outputs['rows-scored']).toBe(String(inputRows));
    const receipt = parseReceipt(run.outputs.receipt, {
      kind: 'integration',
      input: 'receipt',
      environment: env.name,
    });
    expect(receipt.upstream.receipt.store.tableSchema?.file).toBe('own/control-table.yml');
  });

  it.each([
    [
      'an adopted table without table-schema',
      {},
      "Input 'table-schema' is not given, but the metadata receipt says apply-control-metadata adopted the control table etl.ScoringUseCases through the table-schema own/control-table.yml (mapping ",
    ],
    [
      'a table-schema of another mapping',
      { 'table-schema': 'own/other-table.yml' },
      "Input 'table-schema': the mapping of own/other-table.yml (",
    ],
    [
      "a table-schema with the action's own table",
      { 'metadata-receipt': '', 'table-schema': 'own/control-table.yml' },
      "Input 'table-schema' gives own/control-table.yml, but the metadata receipt says apply-control-metadata wrote its own control table mlops.control_use_cases, with no table-schema: remove 'table-schema', or run apply-control-metadata with this table-schema first.",
    ],
    [
      'a table-schema in endpoint mode',
      {
        mode: 'endpoint',
        'use-case': '',
        'table-schema': 'own/control-table.yml',
        input: 'examples/integration/golden.csv',
      },
      "Input 'table-schema' is for pipeline mode, but mode is endpoint",
    ],
  ])('refuses %s before any run starts', async (_what, inputs, expected) => {
    const given = { ...inputs } as Record<string, string>;
    if (given['metadata-receipt'] === '') given['metadata-receipt'] = outputs.metadata!.receipt!;
    const { run, createRuns } = await own(given);
    expect(failure(run)).toContain(expected);
    expect(createRuns).toEqual([]);
  });
});
