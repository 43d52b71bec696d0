// Pipeline runs on the sandbox's runtime, through the real DataFactoryManagementClient: statuses, parameters,
// activity runs and their queries, ADF's outcome rule and dependency conditions, activity policies (retry, timeout,
// secure input and output), child runs of ExecutePipeline, cancel with and without isRecursive, recovery runs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { usePipelineFixture } from './pipeline-fixture.js';

const p = usePipelineFixture('runs');
const rg = () => p.env().resourceGroup;
const factory = () => p.env().factory;

const setVariable = (name: string, value: unknown, dependsOn: object[] = []) => ({
  name,
  type: 'SetVariable',
  dependsOn,
  typeProperties: { variableName: 'v', value },
});
const fail = (name: string, message: string, dependsOn: object[] = []) => ({
  name,
  type: 'Fail',
  dependsOn,
  typeProperties: { message, errorCode: 'E42' },
});
const wait = (name: string, seconds: number, dependsOn: object[] = []) => ({
  name,
  type: 'Wait',
  dependsOn,
  typeProperties: { waitTimeInSeconds: seconds },
});
const upon = (activity: string, ...dependencyConditions: string[]) => ({ activity, dependencyConditions });
const STRING_VARIABLE = { v: { type: 'String' } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A plain HTTP server that never answers: for timeouts. */
let silent: Server;
let silentUrl: string;
beforeAll(async () => {
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/never`;
});
afterAll(async () => {
  silent.closeAllConnections();
  await new Promise((resolve) => silent.close(resolve));
});

describe('a run', () => {
  it('goes Queued -> InProgress -> Succeeded, with typed parameters shown as strings', async () => {
    await p.pipeline('pl_params', {
      parameters: { useCase: { type: 'String' }, batch: { type: 'Int' }, options: { type: 'Object' } },
      variables: STRING_VARIABLE,
      activities: [
        wait('Pause', 1),
        setVariable('Set', '@{pipeline().parameters.useCase}-@{add(pipeline().parameters.batch, 1)}', [
          upon('Pause', 'Succeeded'),
        ]),
      ],
    } as never);
    // Real time for this run, so each status lasts long enough to be seen.
    p.f.sandbox.clock.setRate(1);
    try {
      const { runId } = await p.client().pipelines.createRun(rg(), factory(), 'pl_params', {
        parameters: { useCase: 'churn', batch: 3, options: { dryRun: false } },
      });
      const seen: string[] = [];
      for (let i = 0; i < 200 && seen.at(-1) !== 'Succeeded'; i++) {
        const { status } = await p.client().pipelineRuns.get(rg(), factory(), runId);
        if (seen.at(-1) !== status) seen.push(status!);
        await sleep(20);
      }
      expect(seen).toEqual(['Queued', 'InProgress', 'Succeeded']);
      const run = await p.finish(runId);
      expect(run).toMatchObject({
        runId,
        runGroupId: runId,
        isLatest: true,
        pipelineName: 'pl_params',
        parameters: { useCase: 'churn', batch: '3', options: '{"dryRun":false}' },
        invokedBy: { name: 'Manual', invokedByType: 'Manual' },
        message: '',
      });
      expect(run.durationInMs).toBe(run.runEnd!.getTime() - run.runStart!.getTime());
      const activities = await p.activities(runId);
      expect(activities.map((a) => [a.activityName, a.activityType, a.status])).toEqual([
        ['Pause', 'Wait', 'Succeeded'],
        ['Set', 'SetVariable', 'Succeeded'],
      ]);
      expect(activities[1]).toMatchObject({
        input: { variableName: 'v', value: 'churn-4' },
        output: { name: 'v', value: 'churn-4' },
        error: { errorCode: '', message: '', target: 'Set' },
      });
      expect(activities[0]!.durationInMs).toBeGreaterThanOrEqual(1000);
    } finally {
      p.f.sandbox.clock.setRate(60);
    }
  });

  it('keeps the definition it started with when the pipeline is edited, and leaves the next run its own', async () => {
    const version = (label: string) => ({
      variables: { v: { type: 'String' }, seen: { type: 'Array', defaultValue: ['default'] } },
      activities: [
        wait('Pause', 30),
        {
          name: 'Append',
          type: 'AppendVariable',
          dependsOn: [upon('Pause', 'Succeeded')],
          typeProperties: { variableName: 'seen', value: label },
        },
        setVariable('Set', `@{join(variables('seen'), ',')}`, [upon('Append', 'Succeeded')]),
      ],
    });
    await p.pipeline('pl_edited', version('first') as never);
    const { runId } = await p.client().pipelines.createRun(rg(), factory(), 'pl_edited');
    await p.pipeline('pl_edited', version('second') as never);
    const runs = [await p.finish(runId), await p.run('pl_edited'), await p.run('pl_edited')];
    const values: unknown[] = [];
    for (const run of runs) {
      expect(run.status).toBe('Succeeded');
      const activities = await p.activities(run.runId!);
      values.push(activities.find((a) => a.activityName === 'Set')!.output);
    }
    expect(values).toEqual([
      { name: 'v', value: 'default,first' },
      { name: 'v', value: 'default,second' },
      { name: 'v', value: 'default,second' },
    ]);
  });

  it('refuses a missing parameter, a missing pipeline, an unknown or malformed run', async () => {
    await expect(p.client().pipelines.createRun(rg(), factory(), 'pl_params')).rejects.toMatchObject({
      statusCode: 400,
      message: expect.stringContaining("pipeline parameter 'useCase' has no default value"),
    });
    await expect(p.client().pipelines.createRun(rg(), factory(), 'pl_missing')).rejects.toMatchObject({
      statusCode: 404,
    });
    await expect(
      p.client().pipelineRuns.cancel(rg(), factory(), '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ statusCode: 400, code: 'ReferencedPipelineRunNotFound' });
    await expect(
      p.client().pipelines.createRun(rg(), factory(), 'pl_params', { referencePipelineRunId: 'not-a-run' }),
    ).rejects.toMatchObject({ statusCode: 400, code: 'ReferencedPipelineRunNotValid' });
  });

  it('fails an activity of a type the sandbox cannot run, naming the type', async () => {
    await p.pipeline('pl_unsupported', {
      activities: [
        {
          name: 'Callback',
          type: 'WebHook',
          typeProperties: { method: 'POST', url: 'https://example.invalid/hook', body: '{}' },
        },
      ],
    } as never);
    const run = await p.run('pl_unsupported');
    expect(run.status).toBe('Failed');
    expect(run.message).toMatch(
      /^Operation on target Callback failed: The sandbox cannot run activities of type 'WebHook'/,
    );
  });
});

describe("dependency conditions and ADF's outcome rule", () => {
  it('Try-Catch: a failure handled on Failed succeeds; the failure is in the activity run', async () => {
    await p.pipeline('pl_try_catch', {
      variables: STRING_VARIABLE,
      activities: [
        fail('Try', 'boom'),
        setVariable('Catch', "@activity('Try').error.message", [upon('Try', 'Failed')]),
      ],
    } as never);
    const run = await p.run('pl_try_catch');
    expect(run.status).toBe('Succeeded');
    const [tried, caught] = await p.activities(run.runId!);
    expect(tried).toMatchObject({
      status: 'Failed',
      error: { errorCode: 'E42', message: 'boom', failureType: 'UserError', target: 'Try' },
    });
    expect(caught).toMatchObject({ status: 'Succeeded', output: { value: 'boom' } });
  });

  it('Do-If-Else: the skipped success branch defers to its failed parent, so the run fails', async () => {
    await p.pipeline('pl_if_else', {
      variables: STRING_VARIABLE,
      activities: [
        fail('Do', 'no luck'),
        setVariable('OnSuccess', 'yes', [upon('Do', 'Succeeded')]),
        setVariable('OnFailure', 'no', [upon('Do', 'Failed')]),
      ],
    } as never);
    const run = await p.run('pl_if_else');
    expect(run).toMatchObject({ status: 'Failed', message: 'Operation on target Do failed: no luck' });
    // A skipped activity has no activity run.
    expect((await p.activities(run.runId!)).map((a) => a.activityName)).toEqual(['Do', 'OnFailure']);
  });

  it('Completed runs after success or failure, Skipped after a skip, conditions of one entry are alternatives', async () => {
    await p.pipeline('pl_conditions', {
      variables: STRING_VARIABLE,
      activities: [
        fail('Broken', 'x'),
        setVariable('AfterAnything', 'a', [upon('Broken', 'Completed')]),
        setVariable('Unreached', 'b', [upon('Broken', 'Succeeded')]),
        setVariable('AfterSkip', 'c', [upon('Unreached', 'Skipped')]),
        setVariable('EitherWay', 'd', [upon('Broken', 'Succeeded', 'Failed')]),
        setVariable('BothNeeded', 'e', [upon('AfterAnything', 'Succeeded'), upon('Unreached', 'Succeeded')]),
      ],
    } as never);
    const run = await p.run('pl_conditions');
    const names = (await p.activities(run.runId!)).map((a) => a.activityName).sort();
    expect(names).toEqual(['AfterAnything', 'AfterSkip', 'Broken', 'EitherWay']);
    // Leaves: AfterSkip (ok), EitherWay (ok), BothNeeded skipped -> its parents AfterAnything (ok) and Unreached
    // (skipped -> Broken, failed): the run fails.
    expect(run).toMatchObject({ status: 'Failed', message: 'Operation on target Broken failed: x' });
  });
});

describe('activity policy', () => {
  it('retries a failed attempt after retryIntervalInSeconds, each attempt an activity run of its own', async () => {
    p.f.sandbox.control.addFault({ method: 'GET', path: '/_sandbox/health', status: 503, count: 2 });
    await p.pipeline('pl_retry', {
      activities: [
        {
          name: 'Probe',
          type: 'WebActivity',
          policy: { retry: 3, retryIntervalInSeconds: 30 },
          typeProperties: { method: 'GET', url: `${p.f.sandbox.baseUrl}/_sandbox/health` },
        },
      ],
    } as never);
    const run = await p.run('pl_retry');
    expect(run.status).toBe('Succeeded');
    const attempts = await p.activities(run.runId!);
    expect(attempts.map((a) => [a.activityName, a.status])).toEqual([
      ['Probe', 'Failed'],
      ['Probe', 'Failed'],
      ['Probe', 'Succeeded'],
    ]);
    expect(attempts[0]!.error).toMatchObject({
      errorCode: '2108',
      message: expect.stringContaining('Injected fault'),
    });
    const gap = attempts[1]!.activityRunStart!.getTime() - attempts[0]!.activityRunEnd!.getTime();
    expect(gap).toBeGreaterThanOrEqual(30_000);
    expect(attempts[2]!.output).toMatchObject({ status: 'ok' });
  });

  it('fails an attempt that outlives its timeout with ActionTimedOut', async () => {
    await p.pipeline('pl_timeout', {
      activities: [
        {
          name: 'Slow',
          type: 'WebActivity',
          policy: { timeout: '0.00:00:20' },
          typeProperties: { method: 'GET', url: silentUrl, httpRequestTimeout: '00:10:00' },
        },
      ],
    } as never);
    const run = await p.run('pl_timeout');
    expect(run).toMatchObject({
      status: 'Failed',
      message: 'Operation on target Slow failed: The activity timed out after 00:00:20.',
    });
    const [slow] = await p.activities(run.runId!);
    expect(slow!.error).toMatchObject({ errorCode: 'ActionTimedOut' });
    expect(slow!.durationInMs).toBeGreaterThanOrEqual(20_000);
  });

  it('keeps secure input and output out of the activity runs, while later activities still read them', async () => {
    await p.pipeline('pl_secure', {
      variables: STRING_VARIABLE,
      activities: [
        {
          name: 'ReadClock',
          type: 'WebActivity',
          policy: { secureInput: true, secureOutput: true },
          typeProperties: { method: 'GET', url: `${p.f.sandbox.baseUrl}/_sandbox/clock` },
        },
        setVariable('UseIt', "@string(activity('ReadClock').output.rate)", [upon('ReadClock', 'Succeeded')]),
      ],
    } as never);
    const run = await p.run('pl_secure');
    expect(run.status).toBe('Succeeded');
    const [read, use] = await p.activities(run.runId!);
    expect(read!.status).toBe('Succeeded');
    expect(read).not.toHaveProperty('output');
    expect(read).not.toHaveProperty('input');
    expect(JSON.stringify(read)).not.toContain('rate');
    expect(use!.output).toEqual({ name: 'v', value: '60' });
  });
});

describe('ExecutePipeline and cancel', () => {
  beforeAll(async () => {
    await p.pipeline('pl_child', {
      parameters: { label: { type: 'String', defaultValue: 'none' } },
      activities: [
        {
          name: 'Return',
          type: 'SetVariable',
          typeProperties: {
            variableName: 'pipelineReturnValue',
            setSystemVariable: true,
            value: [
              {
                key: 'label',
                value: { type: 'Expression', content: "@concat('got ', pipeline().parameters.label)" },
              },
              { key: 'count', value: { type: 'Int', content: 7 } },
            ],
          },
        },
      ],
    } as never);
    await p.pipeline('pl_parent', {
      activities: [
        {
          name: 'RunChild',
          type: 'ExecutePipeline',
          typeProperties: {
            pipeline: { referenceName: 'pl_child', type: 'PipelineReference' },
            parameters: { label: '@pipeline().RunId' },
            waitOnCompletion: true,
          },
        },
      ],
    } as never);
    await p.pipeline('pl_sleeper', { activities: [wait('Sleep', 3600)] } as never);
    await p.pipeline('pl_waits_on_sleeper', {
      activities: [
        {
          name: 'RunSleeper',
          type: 'ExecutePipeline',
          typeProperties: {
            pipeline: { referenceName: 'pl_sleeper', type: 'PipelineReference' },
            waitOnCompletion: true,
          },
        },
      ],
    } as never);
  });

  it('runs the child as a run of its own, invoked by the activity, and returns its pipelineReturnValue', async () => {
    const parent = await p.run('pl_parent');
    expect(parent.status).toBe('Succeeded');
    const [activity] = await p.activities(parent.runId!);
    const childId = (activity!.output as { pipelineRunId: string }).pipelineRunId;
    expect(activity!.output).toMatchObject({
      pipelineName: 'pl_child',
      pipelineReturnValue: { label: `got ${parent.runId}`, count: 7 },
    });
    const child = await p.client().pipelineRuns.get(rg(), factory(), childId);
    expect(child).toMatchObject({
      pipelineName: 'pl_child',
      status: 'Succeeded',
      runGroupId: childId,
      parameters: { label: parent.runId },
      invokedBy: {
        id: activity!.activityRunId,
        name: 'RunChild',
        invokedByType: 'PipelineActivity',
        pipelineName: 'pl_parent',
        pipelineRunId: parent.runId,
      },
    });
  });

  it('does not wait by default (the REST default of waitOnCompletion is false)', async () => {
    await p.pipeline('pl_fire_and_forget', {
      activities: [
        {
          name: 'StartSleeper',
          type: 'ExecutePipeline',
          typeProperties: { pipeline: { referenceName: 'pl_sleeper', type: 'PipelineReference' } },
        },
      ],
    } as never);
    const parent = await p.run('pl_fire_and_forget');
    expect(parent.status).toBe('Succeeded');
    const [activity] = await p.activities(parent.runId!);
    const childId = (activity!.output as { pipelineRunId: string }).pipelineRunId;
    expect((await p.client().pipelineRuns.get(rg(), factory(), childId)).status).toBe('InProgress');
    await p.client().pipelineRuns.cancel(rg(), factory(), childId);
    expect((await p.finish(childId)).status).toBe('Cancelled');
  });

  async function childOf(parentId: string): Promise<string> {
    for (let i = 0; i < 200; i++) {
      const [activity] = await p.activities(parentId);
      const childId = (activity?.output as { pipelineRunId?: string } | undefined)?.pipelineRunId;
      if (childId) return childId;
      const children = await p
        .client()
        .pipelineRuns.queryByFactory(
          rg(),
          factory(),
          p.window({ filters: [{ operand: 'PipelineName', operator: 'Equals', values: ['pl_sleeper'] }] }),
        );
      const mine = children.value.find((run) => run.invokedBy?.pipelineRunId === parentId);
      if (mine) return mine.runId!;
      await sleep(20);
    }
    throw new Error('no child run');
  }

  it('cancels the children too with isRecursive: Canceling, then Cancelled', async () => {
    const { runId } = await p.client().pipelines.createRun(rg(), factory(), 'pl_waits_on_sleeper');
    const childId = await childOf(runId);
    await p.client().pipelineRuns.cancel(rg(), factory(), runId, { isRecursive: true });
    expect(['Canceling', 'Cancelled']).toContain(
      (await p.client().pipelineRuns.get(rg(), factory(), runId)).status,
    );
    expect((await p.finish(runId)).status).toBe('Cancelled');
    expect((await p.finish(childId)).status).toBe('Cancelled');
    const [activity] = await p.activities(runId);
    expect(activity!.status).toBe('Cancelled');
  });

  it('leaves the children running without isRecursive', async () => {
    const { runId } = await p.client().pipelines.createRun(rg(), factory(), 'pl_waits_on_sleeper');
    const childId = await childOf(runId);
    await p.client().pipelineRuns.cancel(rg(), factory(), runId);
    expect((await p.finish(runId)).status).toBe('Cancelled');
    expect((await p.client().pipelineRuns.get(rg(), factory(), childId)).status).toBe('InProgress');
    await p.client().pipelineRuns.cancel(rg(), factory(), childId);
    expect((await p.finish(childId)).status).toBe('Cancelled');
  });

  it('fails the activity with the failed child activity when the child fails', async () => {
    await p.pipeline('pl_failing_child', { activities: [fail('Explode', 'child broke')] } as never);
    await p.pipeline('pl_waits_on_failure', {
      activities: [
        {
          name: 'RunFailing',
          type: 'ExecutePipeline',
          typeProperties: {
            pipeline: { referenceName: 'pl_failing_child', type: 'PipelineReference' },
            waitOnCompletion: true,
          },
        },
      ],
    } as never);
    const run = await p.run('pl_waits_on_failure');
    expect(run).toMatchObject({
      status: 'Failed',
      message: 'Operation on target RunFailing failed: Activity Explode failed: child broke',
    });
    const [activity] = await p.activities(run.runId!);
    expect(activity!.error).toMatchObject({ errorCode: 'BadRequest' });
  });
});

describe('run queries', () => {
  it('queries activity runs with filters, order and continuation tokens', async () => {
    await p.pipeline('pl_many', {
      variables: STRING_VARIABLE,
      activities: ['A', 'B', 'C', 'D', 'E'].map((name) => setVariable(name, name)),
    } as never);
    const run = await p.run('pl_many');
    await p.f.request('PUT', '/_sandbox/datafactory/page-size', { body: { pageSize: 2 } });
    try {
      const query = p.window({
        filters: [{ operand: 'ActivityName', operator: 'NotIn', values: ['C'] }],
        orderBy: [{ orderBy: 'ActivityName', order: 'DESC' }],
      });
      const first = await p.client().activityRuns.queryByPipelineRun(rg(), factory(), run.runId!, query);
      expect(first.value.map((a) => a.activityName)).toEqual(['E', 'D']);
      expect(first.continuationToken).toEqual(expect.any(String));
      const second = await p.client().activityRuns.queryByPipelineRun(rg(), factory(), run.runId!, {
        ...query,
        continuationToken: first.continuationToken,
      });
      expect(second.value.map((a) => a.activityName)).toEqual(['B', 'A']);
      expect(second.continuationToken).toBeUndefined();
      const byType = await p
        .client()
        .activityRuns.queryByPipelineRun(
          rg(),
          factory(),
          run.runId!,
          p.window({ filters: [{ operand: 'ActivityType', operator: 'Equals', values: ['Wait'] }] }),
        );
      expect(byType.value).toEqual([]);
    } finally {
      await p.f.request('PUT', '/_sandbox/datafactory/page-size', { body: { pageSize: 50 } });
    }
  });

  it('queries pipeline runs by name and status, newest first, and groups recovery runs', async () => {
    const first = await p.run('pl_many');
    const { runId: rerun } = await p.client().pipelines.createRun(rg(), factory(), 'pl_many', {
      referencePipelineRunId: first.runId,
      isRecovery: true,
    });
    await p.finish(rerun);
    const runs = await p.client().pipelineRuns.queryByFactory(
      rg(),
      factory(),
      p.window({
        filters: [
          { operand: 'PipelineName', operator: 'Equals', values: ['pl_many'] },
          { operand: 'Status', operator: 'In', values: ['Succeeded'] },
        ],
        orderBy: [{ orderBy: 'RunStart', order: 'DESC' }],
      }),
    );
    expect(runs.value[0]!.runId).toBe(rerun);
    expect(runs.value[0]).toMatchObject({ runGroupId: first.runId, isLatest: true });
    const latest = await p.client().pipelineRuns.queryByFactory(
      rg(),
      factory(),
      p.window({
        filters: [
          { operand: 'LatestOnly', operator: 'Equals', values: ['true'] },
          { operand: 'RunGroupId', operator: 'Equals', values: [first.runId!] },
        ],
      }),
    );
    expect(latest.value.map((r) => r.runId)).toEqual([rerun]);
    await expect(
      p.client().pipelines.createRun(rg(), factory(), 'pl_many', {
        referencePipelineRunId: first.runId,
        isRecovery: true,
        startActivityName: 'C',
      }),
    ).rejects.toMatchObject({ statusCode: 400 });
  });
});
