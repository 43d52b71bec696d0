// Started schedule triggers fire on the sandbox clock: advancing it three hours fires an hourly trigger three times,
// each firing a trigger run (queryTriggerRuns) and a pipeline run invoked by the trigger, with the trigger's
// parameters evaluated for the occurrence (`@trigger().scheduledTime`); a stopped trigger fires no more.
import { describe, expect, it } from '@jest/globals';
import { usePipelineFixture } from './pipeline-fixture.js';

const p = usePipelineFixture('triggers');
const HOUR = 3_600_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('schedule triggers', () => {
  it('fire on the sandbox clock and answer queryTriggerRuns', async () => {
    const { resourceGroup: rg, factory } = p.env();
    const c = p.client();
    await p.pipeline('pl_hourly', {
      parameters: { runDate: { type: 'String' } },
      variables: { seen: { type: 'String' } },
      activities: [
        {
          name: 'Note',
          type: 'SetVariable',
          typeProperties: { variableName: 'seen', value: '@pipeline().parameters.runDate' },
        },
      ],
    } as never);
    await c.triggers.createOrUpdate(rg, factory, 'tr_hourly', {
      properties: {
        type: 'ScheduleTrigger',
        pipelines: [
          {
            pipelineReference: { referenceName: 'pl_hourly', type: 'PipelineReference' },
            parameters: { runDate: '@trigger().scheduledTime' },
          },
        ],
        recurrence: {
          frequency: 'Hour',
          interval: 1,
          startTime: new Date('2026-01-01T00:30:00Z'),
          timeZone: 'UTC',
        },
      },
    } as never);
    await c.triggers.beginStartAndWait(rg, factory, 'tr_hourly');
    const started = p.f.sandbox.clock.now();
    // Nothing before its next occurrence (no backfill for a start time in the past).
    expect((await c.triggerRuns.queryByFactory(rg, factory, p.window())).value).toEqual([]);

    p.f.sandbox.clock.advance(3 * HOUR);
    let runs = (await c.triggerRuns.queryByFactory(rg, factory, p.window())).value;
    for (let i = 0; i < 100 && runs.length < 3; i++) {
      await sleep(20);
      runs = (await c.triggerRuns.queryByFactory(rg, factory, p.window())).value;
    }
    expect(runs).toHaveLength(3);
    for (const run of runs) {
      expect(run).toMatchObject({
        triggerName: 'tr_hourly',
        triggerType: 'ScheduleTrigger',
        status: 'Succeeded',
      });
      expect(run.triggerRunTimestamp!.getUTCMinutes()).toBe(30);
      expect(run.triggerRunTimestamp!.getTime()).toBeGreaterThan(started);
    }
    const runIds = runs.map((run) => run.triggeredPipelines!.pl_hourly!);
    for (const [i, runId] of runIds.entries()) {
      const run = await p.finish(runId);
      expect(run).toMatchObject({
        status: 'Succeeded',
        invokedBy: { name: 'tr_hourly', invokedByType: 'ScheduleTrigger', id: runs[i]!.triggerRunId },
        parameters: { runDate: runs[i]!.triggerRunTimestamp!.toISOString() },
      });
    }
    const filtered = await c.triggerRuns.queryByFactory(
      rg,
      factory,
      p.window({
        filters: [{ operand: 'TriggerName', operator: 'Equals', values: ['tr_hourly'] }],
        orderBy: [{ orderBy: 'TriggerRunTimestamp', order: 'DESC' }],
      }),
    );
    expect(filtered.value.map((run) => run.triggerRunId)).toEqual(
      [...runs].reverse().map((run) => run.triggerRunId),
    );

    await c.triggers.beginStopAndWait(rg, factory, 'tr_hourly');
    p.f.sandbox.clock.advance(3 * HOUR);
    await sleep(100);
    expect((await c.triggerRuns.queryByFactory(rg, factory, p.window())).value).toHaveLength(3);
  });
});
