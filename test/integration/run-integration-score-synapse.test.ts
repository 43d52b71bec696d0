// run-integration-score in pipeline mode on a Synapse workspace, the bundle against the sandbox: the sample release
// in staging with its pipelines in the environment's Synapse workspace (deploy-aml-endpoint, deploy-adf-pipelines
// with target synapse from examples/synapse, apply-control-metadata verifying the Synapse receipt), then the use
// case's orchestrator started with createRun on the workspace's development endpoint and followed there, the batch
// jobs its Web activities started (with the workspace's managed identity) found and their outputs validated; a
// failing activity named with its run ids; the run cancelled recursively at the timeout and when the runner cancels
// the step; a dry run naming the workspace, and a parameter the workspace pipeline does not declare refused before
// any run. Every request to the endpoint is validated against the Synapse data-plane specs; no Data Factory run is
// started.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { RELEASE_STEPS } from '../../src/sandbox/release-steps.js';
import { chooseSampleDeployment } from '../../src/sandbox/sample-deployment.js';
import { stageSampleInputs } from '../../src/sandbox/sample-scoring.js';
import { parseReceipt } from '../../src/shared/receipts/parse.js';
import { REPO_ROOT, type RunOptions, runAction } from '../harness/run-action.js';
import { SYNAPSE_SAMPLE_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';
import { SYNAPSE_API, type SynapseClient, synapseClient } from '../harness/synapse-client.js';

const f = useSandboxFixture({ ignoreFindings: SYNAPSE_SAMPLE_FINDINGS, clockRate: 100 });
const sample = chooseSampleDeployment();
let env: EnvironmentInfo;
let dev: SynapseClient;
const outputs: Record<string, Record<string, string>> = {};
const runnerTemp = mkdtempSync(join(tmpdir(), 'synapse-runner-temp-'));

async function sql(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: env.database!.connectionString });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'staging', synapse: true });
  dev = synapseClient(env.synapse!.devEndpoint, f.credential, { ca: f.sandbox.caCert });
  for (const step of RELEASE_STEPS.filter((s) => ['aml', 'adf', 'metadata'].includes(s.id))) {
    const run = await runAction(step.action, {
      inputs: {
        ...f.sandbox.inputs,
        ...step.inputs({
          environment: env,
          sandbox: f.sandbox,
          outputs,
          workspace: REPO_ROOT,
          sample,
          target: 'synapse',
        }),
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
      ...RELEASE_STEPS.find((s) => s.id === 'integration')!.inputs({
        environment: env,
        sandbox: f.sandbox,
        outputs,
        workspace: REPO_ROOT,
        sample,
        target: 'synapse',
      }),
      ...inputs,
    },
    env: { ...f.sandbox.env, RUNNER_TEMP: runnerTemp },
    workspace: REPO_ROOT,
    timeoutMs: 240_000,
    ...options,
  });
  const requests = f.sandbox.control.requests(before.lastSeq);
  const createRuns = requests.filter((q) => q.method === 'POST' && /\/createRun$/i.test(q.path));
  return { run, createRuns, requests };
}

function failure(run: Awaited<ReturnType<typeof score>>['run']): string {
  expect(run.exitCode).not.toBe(0);
  return (
    run.annotations.find((a) => a.level === 'error' && a.message.startsWith('run-integration-score:'))
      ?.message ?? run.log
  );
}

/** The run's status once the workspace has finished cancelling it. */
async function settledStatus(runId: string): Promise<string | undefined> {
  for (let tries = 0; ; tries++) {
    const { body } = await dev.send('GET', `/pipelineruns/${runId}?${SYNAPSE_API}`);
    const status = (body as { status?: string }).status;
    if (status !== 'Canceling' || tries === 50) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The pl_score_use_case runs pl_orchestrate_scoring's run started (each gets its run id as scoringRunId). */
async function childRuns(runId: string): Promise<Array<{ runId: string }>> {
  const now = f.sandbox.clock.now();
  const { body } = await dev.send('POST', `/queryPipelineRuns?${SYNAPSE_API}`, {
    lastUpdatedAfter: new Date(now - 86_400_000).toISOString(),
    lastUpdatedBefore: new Date(now + 86_400_000).toISOString(),
    filters: [{ operand: 'PipelineName', operator: 'Equals', values: ['pl_score_use_case'] }],
  });
  return (body as { value: Array<{ runId: string; parameters: Record<string, string> }> }).value.filter(
    (run) => run.parameters.scoringRunId === runId,
  );
}

const inputRows =
  readFileSync(`${REPO_ROOT}/examples/aml/sample-input.csv`, 'utf8').trim().split('\n').length - 1;

describe('pipeline mode on a Synapse workspace', () => {
  it('runs the use case pipeline on the workspace, validates every batch job it started, stamps and writes the receipt', async () => {
    const { run, createRuns, requests } = await score();
    expect({ exitCode: run.exitCode, log: run.exitCode ? run.log : '' }).toEqual({ exitCode: 0, log: '' });
    // Started and followed on the workspace's development endpoint, never through Data Factory.
    expect(createRuns.map((q) => q.path)).toEqual([
      `/_synapse/${env.synapse!.name}/pipelines/pl_orchestrate_scoring/createRun`,
    ]);
    expect(
      requests.filter((q) => /Microsoft\.DataFactory\/factories\/[^/]+\/pipelineruns/i.test(q.path)),
    ).toEqual([]);
    const runId = run.outputs['job-id']!;
    expect(requests.some((q) => q.method === 'GET' && q.path.endsWith(`/pipelineruns/${runId}`))).toBe(true);
    expect(
      requests.some(
        (q) =>
          q.method === 'POST' &&
          q.path.endsWith(`/pipelines/pl_orchestrate_scoring/pipelineruns/${runId}/queryActivityruns`),
      ),
    ).toBe(true);
    expect(run.outputs).toMatchObject({ status: 'Succeeded', validated: 'true' });
    // Two enabled daily use cases in staging: two jobs, each output validated against its input's rows.
    expect(run.outputs['rows-scored']).toBe(String(2 * inputRows));
    expect(run.log).toMatch(/Batch job 'batchjob-[^']+' \(InvokeBatchEndpoint\): Completed/);
    const receipt = parseReceipt(run.outputs.receipt, {
      kind: 'integration',
      input: 'receipt',
      environment: 'staging',
    });
    expect(receipt).toMatchObject({ mode: 'pipeline', validated: true, job: { id: runId } });
    expect(receipt.job.url).toBe(
      `https://web.azuresynapse.net/monitoring/pipelineruns/${runId}?workspace=${encodeURIComponent(env.synapse!.id)}`,
    );
  });

  it('names the failing activity with its type, error code, message and run ids when the run fails', async () => {
    await sql(
      `INSERT INTO mlops.control_use_cases (id, pipeline, endpoint, input_location, output_location, sink_table,
         schedule, enabled, parameters, content_hash, applied_by)
       VALUES ('credit-default-empty', 'pl_score_use_case', 'credit-default-staging', 'features/never-staged/',
         'scores/credit-default/empty/', 'scores.credit_default', 'daily', true, '{}', repeat('0', 64), 'test')`,
    );
    try {
      const { run, createRuns } = await score();
      expect(createRuns).toHaveLength(1);
      expect(failure(run)).toMatch(
        /^run-integration-score: Pipeline run '[^']+' of 'pl_orchestrate_scoring' ended Failed: activity 'JobDidNotComplete' \(Fail\) of pipeline 'pl_score_use_case' failed: BatchJobNotCompleted Batch job batchjob-[0-9a-f-]+ of use case credit-default-empty ended Failed \[activity run [^,]+, pipeline run [^\]]+\]/,
      );
      expect(run.outputs).toMatchObject({ status: 'Failed', validated: 'false' });
      expect(run.outputs.receipt).toBeUndefined();
    } finally {
      await sql("DELETE FROM mlops.control_use_cases WHERE id = 'credit-default-empty'");
    }
  });

  it('cancels the run on the workspace recursively when the timeout passes', async () => {
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
    for (const child of children) expect(await settledStatus(child.runId)).toBe('Cancelled');
  });

  it('cancels the run on the workspace recursively when the runner cancels the step (SIGTERM)', async () => {
    const { run } = await score({}, { interrupt: { signal: 'SIGTERM', when: /Started pipeline run/ } });
    const message = failure(run);
    const runId = /pipeline run '([^']+)'/.exec(message)?.[1];
    expect(message).toBe(
      `run-integration-score: The runner cancelled the step (SIGTERM) while it waited for pipeline run '${runId}'; pipeline run '${runId}' and the runs it started were cancelled.`,
    );
    expect(await settledStatus(runId!)).toBe('Cancelled');
    for (const child of await childRuns(runId!)) expect(await settledStatus(child.runId)).toBe('Cancelled');
    expect(run.outputs.receipt).toBeUndefined();
  });

  it('plans the run in a dry run, naming the workspace, and starts nothing', async () => {
    const { run, createRuns } = await score({ 'dry-run': 'true', parameters: 'runDate: "2026-01-01"' });
    expect({ exitCode: run.exitCode, log: run.exitCode ? run.log : '' }).toEqual({ exitCode: 0, log: '' });
    expect(createRuns).toEqual([]);
    const plan = JSON.parse(readFileSync(run.outputs.report!, 'utf8'));
    expect(plan).toMatchObject({
      dryRun: true,
      mode: 'pipeline',
      synapseWorkspace: env.synapse!.name,
      pipeline: 'pl_orchestrate_scoring',
      parameters: { runDate: '2026-01-01' },
    });
    expect(plan.factory).toBeUndefined();
  });

  it('refuses a parameter the workspace pipeline does not declare before any run starts', async () => {
    const { run, createRuns } = await score({ parameters: '{"runDat": "2026-01-01"}' });
    expect(failure(run)).toContain(
      "Input 'parameters': pipeline 'pl_orchestrate_scoring' does not declare a parameter 'runDat'; did you mean 'runDate'?",
    );
    expect(createRuns).toEqual([]);
  });
});
