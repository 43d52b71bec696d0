// The sample orchestrator end to end in one environment, as `npm start` runs it: deploy-aml-endpoint,
// deploy-adf-pipelines and apply-control-metadata (the bundles, with the release flow's own step inputs) deploy the
// sample; then the input is staged and pl_orchestrate_scoring runs: Lookup of the control rows -> ForEach ->
// pl_score_use_case (Web POST to the batch endpoint with the factory's managed identity -> Until the job is
// terminal) -> pl_copy_scores_to_sql (Copy of the predictions into the sink table). Rows in the sink equal rows in
// the input; a use case whose job fails fails the run with the Fail activity's message, which the pass's problems name.
import { readFileSync } from 'node:fs';
import { DataFactoryManagementClient } from '@azure/arm-datafactory';
import { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import { beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { EnvironmentInfo } from '../../src/sandbox/index.js';
import { RELEASE_STEPS } from '../../src/sandbox/release-steps.js';
import { chooseSampleDeployment } from '../../src/sandbox/sample-deployment.js';
import {
  runSampleOrchestrator,
  SAMPLE_INPUT,
  type ScoringPass,
  stageSampleInputs,
} from '../../src/sandbox/sample-scoring.js';
import { REPO_ROOT, runAction } from '../harness/run-action.js';
import { SAMPLE_FACTORY_FINDINGS, useSandboxFixture } from '../harness/sandbox.js';

const f = useSandboxFixture({ ignoreFindings: SAMPLE_FACTORY_FINDINGS, clockRate: 100 });

let env: EnvironmentInfo;
let pass: ScoringPass;
// The MLflow model where the sandbox's Python has scikit-learn, else the custom scoring script.
const sample = chooseSampleDeployment();

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: env.database!.connectionString });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const inputIds = readFileSync(SAMPLE_INPUT, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]);

beforeAll(async () => {
  env = await f.sandbox.provision({ name: 'dev' });
  const outputs: Record<string, Record<string, string>> = {};
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
  const staged = await stageSampleInputs(f.sandbox, env);
  pass = await runSampleOrchestrator(f.sandbox, env, staged, { pollMs: 100 });
}, 240_000);

describe('the sample orchestrator', () => {
  it('scores every enabled use case and copies every prediction into the sink table', async () => {
    expect(pass.problems).toEqual([]);
    expect(pass).toMatchObject({ status: 'Succeeded', useCases: 3, sinkTables: ['scores.credit_default'] });
    expect(pass.inputRows).toBe(3 * inputIds.length);
    expect(pass.rowsScored).toBe(pass.inputRows);
    expect(pass.rowsCopied).toBe(pass.inputRows);
    expect(pass.rowsInSink).toBe(pass.inputRows);
    const rows = await sql<{ use_case: string; row_key: string; p: number }>(
      'SELECT use_case, row_key, prediction AS p FROM scores.credit_default WHERE scoring_run_id = $1 ORDER BY 1, 2',
      [pass.runId],
    );
    // Azure ML's append_row output keys a row by its number in the file (MLflow model) or by what the scoring
    // script writes first (the custom script: the application id).
    const keys = sample.kind === 'MLflow model' ? inputIds.map((_, i) => String(i)) : [...inputIds];
    const useCases = ['credit-default-agri-pilot', 'credit-default-retail', 'credit-default-sme'];
    expect(rows.map((r) => `${r.use_case}/${r.row_key}`)).toEqual(
      useCases.flatMap((useCase) => [...keys].sort().map((key) => `${useCase}/${key}`)),
    );
    for (const row of rows) {
      expect(row.p).toBeGreaterThanOrEqual(0);
      expect(row.p).toBeLessThanOrEqual(1);
    }
  });

  it('invoked one batch job per use case on the endpoint, each Completed', async () => {
    const ml = new AzureMachineLearningWorkspaces(f.credential, env.subscriptionId, f.clientOptions);
    const jobs = [];
    for await (const job of ml.jobs.list(env.resourceGroup, env.workspace)) jobs.push(job);
    expect(jobs).toHaveLength(3);
    for (const job of jobs) expect(job.properties.status).toBe('Completed');
  });

  it('fails the run with the Fail activity when a use case job fails', async () => {
    const staged = await stageSampleInputs(f.sandbox, env);
    // A use case whose input folder holds no file: its batch job fails.
    await sql(
      `INSERT INTO mlops.control_use_cases (id, pipeline, endpoint, input_location, output_location, sink_table,
         schedule, enabled, parameters, content_hash, applied_by)
       VALUES ('credit-default-empty', 'pl_score_use_case', 'credit-default-dev', 'features/never-staged/',
         'scores/credit-default/empty/', 'scores.credit_default', 'daily', true, '{}', repeat('0', 64), 'test')`,
    );
    try {
      const client = new DataFactoryManagementClient(f.credential, env.subscriptionId, f.clientOptions);
      const failed = await runSampleOrchestrator(f.sandbox, env, staged, { pollMs: 100 });
      expect(failed.status).toBe('Failed');
      expect(failed.message).toBe(
        'Operation on target ForEachUseCase failed: Activity failed because an inner activity failed',
      );
      // The problems name the cause, not only the containers that repeat that something inside them failed.
      expect(failed.problems.slice(0, 2)).toEqual([
        `the run ended Failed: ${failed.message}`,
        expect.stringMatching(
          /^pl_score_use_case JobDidNotComplete failed: Batch job batchjob-[0-9a-f-]+ of use case credit-default-empty ended Failed \(the job: InputNotFound: No files were found in the input folder '[^']+\/features\/never-staged'\.\)$/,
        ),
      ]);
      expect(failed.problems.slice(1).filter((problem) => /inner activity failed/.test(problem))).toEqual([]);
      const now = f.sandbox.clock.now();
      const window = {
        lastUpdatedAfter: new Date(now - 86_400_000),
        lastUpdatedBefore: new Date(now + 86_400_000),
      };
      const scoreRuns = await client.pipelineRuns.queryByFactory(env.resourceGroup, env.factory, {
        ...window,
        filters: [
          { operand: 'PipelineName', operator: 'Equals', values: ['pl_score_use_case'] },
          { operand: 'Status', operator: 'Equals', values: ['Failed'] },
        ],
      });
      const mine = scoreRuns.value.find((run) => run.parameters?.scoringRunId === failed.runId);
      expect(mine?.parameters?.useCase).toBe('credit-default-empty');
      const activities = await client.activityRuns.queryByPipelineRun(
        env.resourceGroup,
        env.factory,
        mine!.runId!,
        {
          ...window,
          filters: [{ operand: 'ActivityType', operator: 'Equals', values: ['Fail'] }],
        },
      );
      expect(activities.value[0]!.error).toMatchObject({
        errorCode: 'BatchJobNotCompleted',
        message: expect.stringMatching(
          /^Batch job batchjob-[0-9a-f-]+ of use case credit-default-empty ended Failed$/,
        ),
      });
    } finally {
      await sql("DELETE FROM mlops.control_use_cases WHERE id = 'credit-default-empty'");
    }
  });
});
