// run-integration-score in pipeline mode, the bundle against the sandbox, on the sample release in staging (the
// release flow's aml, adf and metadata steps): the use case's row read from the control table the metadata receipt
// names, pl_orchestrate_scoring started with createRun and followed, the batch jobs its Web activities started found
// and their outputs validated; a failing activity named with its error; the run cancelled recursively on timeout and
// when the runner cancels the step; and each bad input refused before any createRun.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { RELEASE_STEPS } from '../../src/sandbox/release-steps.js';
import { chooseSampleDeployment } from '../../src/sandbox/sample-deployment.js';
import { stageSampleInputs } from '../../src/sandbox/sample-scoring.js';
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

async function score(inputs: Record<string, string> = {}, options: Pick<RunOptions, 'interrupt'> = {}) {
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
