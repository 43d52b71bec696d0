// Data Factory pipeline runs through the real DataFactoryManagementClient: statuses that progress with time,
// outcomes and activity runs set through the control API, cancel, recovery runs, and the run queries.
import {
  DataFactoryManagementClient,
  type PipelineRun,
  type RunFilterParameters,
} from '@azure/arm-datafactory';
import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { useSandboxFixture } from '../harness/sandbox.js';

// Phases of 300 ms leave the polls below time to see every status even on a busy machine.
const f = useSandboxFixture({
  storage: false,
  timing: { provisioningMs: 300, pollRetryAfterSeconds: 1, pipelineRunPhaseMs: 300, jobPhaseMs: 100 },
});
let client: DataFactoryManagementClient;
let rg: string;
let factory: string;

beforeAll(async () => {
  const env = await f.sandbox.provision({ name: 'adf', database: false });
  ({ resourceGroup: rg, factory } = env);
  client = new DataFactoryManagementClient(f.credential, env.subscriptionId, f.clientOptions);
  await client.pipelines.createOrUpdate(rg, factory, 'pl_child', {
    activities: [{ type: 'Wait', name: 'Pause', waitTimeInSeconds: 1 }],
  });
  await client.pipelines.createOrUpdate(rg, factory, 'pl_score', {
    parameters: { useCase: { type: 'String' }, batch: { type: 'Int' }, options: { type: 'Object' } },
    activities: [
      { type: 'SetVariable', name: 'Start', variableName: 'status', value: 'started' },
      {
        type: 'ExecutePipeline',
        name: 'Score',
        pipeline: { type: 'PipelineReference', referenceName: 'pl_child' },
        dependsOn: [{ activity: 'Start', dependencyConditions: ['Succeeded'] }],
      },
    ],
    variables: { status: { type: 'String' } },
  });
});
afterEach(async () => {
  await f.request('DELETE', '/_sandbox/datafactory/outcomes');
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls the run until `done`, recording every status seen. */
async function pollRun(
  runId: string,
  done: (run: PipelineRun) => boolean,
): Promise<{ run: PipelineRun; seen: string[] }> {
  const seen: string[] = [];
  for (let i = 0; i < 100; i++) {
    const run = await client.pipelineRuns.get(rg, factory, runId);
    if (seen.at(-1) !== run.status) seen.push(run.status!);
    if (done(run)) return { run, seen };
    await sleep(40);
  }
  throw new Error(`run ${runId} never finished: ${seen.join(' -> ')}`);
}

const finished = (run: PipelineRun) => ['Succeeded', 'Failed', 'Cancelled'].includes(run.status!);

function window(extra: Partial<RunFilterParameters> = {}): RunFilterParameters {
  const now = Date.now();
  return {
    lastUpdatedAfter: new Date(now - 3_600_000),
    lastUpdatedBefore: new Date(now + 3_600_000),
    ...extra,
  };
}

describe('pipeline runs', () => {
  it('progresses Queued -> InProgress -> Succeeded with string parameters', async () => {
    const { runId } = await client.pipelines.createRun(rg, factory, 'pl_score', {
      parameters: { useCase: 'churn', batch: 3, options: { dryRun: false } },
    });
    const { run, seen } = await pollRun(runId, finished);
    expect(seen).toEqual(['Queued', 'InProgress', 'Succeeded']);
    expect(run).toMatchObject({
      runId,
      runGroupId: runId,
      isLatest: true,
      pipelineName: 'pl_score',
      parameters: { useCase: 'churn', batch: '3', options: '{"dryRun":false}' },
      invokedBy: { name: 'Manual', invokedByType: 'Manual' },
      message: '',
    });
    expect(run.durationInMs).toBe(run.runEnd!.getTime() - run.runStart!.getTime());

    const activities = await client.activityRuns.queryByPipelineRun(rg, factory, runId, window());
    expect(activities.value.map((a) => [a.activityName, a.activityType, a.status])).toEqual([
      ['Start', 'SetVariable', 'Succeeded'],
      ['Score', 'ExecutePipeline', 'Succeeded'],
    ]);
  });

  it('ends as the outcome set through the control API, with its activity runs', async () => {
    const outcome = await f.request('POST', '/_sandbox/datafactory/outcomes', {
      body: {
        pipeline: 'pl_score',
        status: 'Failed',
        activityRuns: [
          { activityName: 'Start', status: 'Succeeded' },
          {
            activityName: 'Score',
            status: 'Failed',
            error: {
              errorCode: '2011',
              message: 'The batch endpoint job failed: input path not found.',
              failureType: 'UserError',
              target: 'Score',
            },
          },
        ],
      },
    });
    expect(outcome.status).toBe(201);
    const { runId } = await client.pipelines.createRun(rg, factory, 'pl_score');
    const { run } = await pollRun(runId, finished);
    expect(run.status).toBe('Failed');
    expect(run.message).toBe(
      'Operation on target Score failed: The batch endpoint job failed: input path not found.',
    );

    const failed = await client.activityRuns.queryByPipelineRun(
      rg,
      factory,
      runId,
      window({ filters: [{ operand: 'Status', operator: 'Equals', values: ['Failed'] }] }),
    );
    expect(failed.value).toHaveLength(1);
    expect(failed.value[0]).toMatchObject({
      activityName: 'Score',
      activityType: 'ExecutePipeline',
      pipelineRunId: runId,
      error: { errorCode: '2011', failureType: 'UserError', target: 'Score' },
    });
  });

  it('cancels: Canceling, then Cancelled', async () => {
    const { runId } = await client.pipelines.createRun(rg, factory, 'pl_score');
    await client.pipelineRuns.cancel(rg, factory, runId, { isRecursive: true });
    const { run, seen } = await pollRun(runId, finished);
    expect(seen).toEqual(['Canceling', 'Cancelled']);
    expect(run.runEnd).toBeDefined();
  });

  it('groups a recovery run with the run it recovers', async () => {
    const { runId: first } = await client.pipelines.createRun(rg, factory, 'pl_child', {
      parameters: { a: 'x' },
    });
    await pollRun(first, finished);
    const { runId: rerun } = await client.pipelines.createRun(rg, factory, 'pl_child', {
      referencePipelineRunId: first,
      isRecovery: true,
    });
    const recovered = await client.pipelineRuns.get(rg, factory, rerun);
    expect(recovered).toMatchObject({ runGroupId: first, isLatest: true, parameters: { a: 'x' } });
    expect((await client.pipelineRuns.get(rg, factory, first)).isLatest).toBe(false);
  });

  it('refuses runs of a missing pipeline and cancels of an unknown run', async () => {
    await expect(client.pipelines.createRun(rg, factory, 'pl_missing')).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(
      client.pipelineRuns.cancel(rg, factory, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ statusCode: 400, code: 'ReferencedPipelineRunNotFound' });
    await expect(
      client.pipelines.createRun(rg, factory, 'pl_child', { referencePipelineRunId: 'not-a-run' }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'ReferencedPipelineRunNotValid' });
  });
});

describe('queryPipelineRuns', () => {
  it('filters, orders and pages with continuation tokens', async () => {
    await f.request('PUT', '/_sandbox/datafactory/page-size', { body: { pageSize: 2 } });
    try {
      const since = new Date(Date.now() - 1);
      const mine: string[] = [];
      for (const useCase of ['a', 'b', 'c']) {
        mine.push(
          (await client.pipelines.createRun(rg, factory, 'pl_child', { parameters: { useCase } })).runId,
        );
        await sleep(5);
      }
      const query: RunFilterParameters = {
        lastUpdatedAfter: since,
        lastUpdatedBefore: new Date(Date.now() + 60_000),
        filters: [
          { operand: 'PipelineName', operator: 'Equals', values: ['pl_child'] },
          { operand: 'Status', operator: 'In', values: ['Queued', 'InProgress', 'Succeeded'] },
        ],
        orderBy: [{ orderBy: 'RunStart', order: 'DESC' }],
      };
      const first = await client.pipelineRuns.queryByFactory(rg, factory, query);
      expect(first.value).toHaveLength(2);
      expect(first.continuationToken).toEqual(expect.any(String));
      const second = await client.pipelineRuns.queryByFactory(rg, factory, {
        ...query,
        continuationToken: first.continuationToken,
      });
      expect(second.continuationToken).toBeUndefined();
      expect([...first.value, ...second.value].map((r) => r.runId)).toEqual([...mine].reverse());

      const others = await client.pipelineRuns.queryByFactory(rg, factory, {
        ...query,
        filters: [{ operand: 'PipelineName', operator: 'NotEquals', values: ['pl_child'] }],
      });
      expect(others.value.every((r) => r.pipelineName !== 'pl_child')).toBe(true);
    } finally {
      await f.request('PUT', '/_sandbox/datafactory/page-size', { body: { pageSize: 50 } });
    }
  });

  it('keeps only the latest run of a recovery group with LatestOnly', async () => {
    const { runId: first } = await client.pipelines.createRun(rg, factory, 'pl_child');
    await pollRun(first, finished);
    const { runId: rerun } = await client.pipelines.createRun(rg, factory, 'pl_child', {
      referencePipelineRunId: first,
      isRecovery: true,
    });
    const latest = await client.pipelineRuns.queryByFactory(
      rg,
      factory,
      window({
        filters: [
          { operand: 'LatestOnly', operator: 'Equals', values: ['true'] },
          { operand: 'RunGroupId', operator: 'Equals', values: [first] },
        ],
      }),
    );
    expect(latest.value.map((r) => r.runId)).toEqual([rerun]);
  });
});
