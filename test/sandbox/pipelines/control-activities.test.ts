// The control activities on the sandbox's runtime, run through the real client: Wait on the sandbox clock,
// SetVariable and AppendVariable with their types, Filter, IfCondition, Switch, Until (do-until, inner failures,
// timeout) and ForEach (really bounded concurrency, sequential, failures, no nested loops).
import type { ActivityRun } from '@azure/arm-datafactory';
import { describe, expect, it } from '@jest/globals';
import { usePipelineFixture } from './pipeline-fixture.js';

const p = usePipelineFixture('control');

const set = (name: string, variableName: string, value: unknown, dependsOn: object[] = []) => ({
  name,
  type: 'SetVariable',
  dependsOn,
  typeProperties: { variableName, value },
});
const append = (name: string, variableName: string, value: unknown, dependsOn: object[] = []) => ({
  name,
  type: 'AppendVariable',
  dependsOn,
  typeProperties: { variableName, value },
});
const wait = (name: string, seconds: unknown, dependsOn: object[] = []) => ({
  name,
  type: 'Wait',
  dependsOn,
  typeProperties: { waitTimeInSeconds: seconds },
});
/** An `Expression`-typed property, as the spec wants items, condition, expression and on. */
const expr = (value: string) => ({ value, type: 'Expression' });
const upon = (activity: string, ...dependencyConditions: string[]) => ({ activity, dependencyConditions });

/** The most activity runs of `name` that were in progress at the same time. */
function peakConcurrency(runs: readonly ActivityRun[], name: string): number {
  const edges = runs
    .filter((run) => run.activityName === name)
    .flatMap((run) => [
      [run.activityRunStart!.getTime(), 1] as const,
      [run.activityRunEnd!.getTime(), -1] as const,
    ])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let current = 0;
  let peak = 0;
  for (const [, delta] of edges) {
    current += delta;
    peak = Math.max(peak, current);
  }
  return peak;
}

describe('Wait', () => {
  it('waits its seconds on the sandbox clock, so an accelerated clock shortens it', async () => {
    await p.pipeline('pl_wait', { activities: [wait('Pause', 120)] } as never);
    const started = performance.now();
    const run = await p.run('pl_wait');
    expect(run.status).toBe('Succeeded');
    const [pause] = await p.activities(run.runId!);
    expect(pause!.durationInMs).toBeGreaterThanOrEqual(120_000);
    // Two minutes of sandbox time at 60x are two seconds of real time.
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('wakes at once when the clock is advanced through the control API', async () => {
    await p.pipeline('pl_long_wait', { activities: [wait('Pause', 86_400)] } as never);
    const { runId } = await p
      .client()
      .pipelines.createRun(p.env().resourceGroup, p.env().factory, 'pl_long_wait');
    const advanced = await p.f.request('POST', '/_sandbox/clock/advance', { body: { seconds: 86_400 } });
    expect(advanced).toMatchObject({ status: 200, body: { rate: 60 } });
    expect((await p.finish(runId)).status).toBe('Succeeded');
  });
});

describe('variables', () => {
  it('sets and appends with the declared types, and refuses another type', async () => {
    await p.pipeline('pl_variables', {
      variables: { name: { type: 'String' }, flags: { type: 'Array' }, done: { type: 'Boolean' } },
      activities: [
        set('SetName', 'name', "@concat('use', 'case')"),
        append('AddA', 'flags', 'a', [upon('SetName', 'Succeeded')]),
        append('AddB', 'flags', "@variables('name')", [upon('AddA', 'Succeeded')]),
        set('Summary', 'name', "@join(variables('flags'), '+')", [upon('AddB', 'Succeeded')]),
        set('WrongType', 'done', 'yes', [upon('Summary', 'Succeeded')]),
      ],
    } as never);
    const run = await p.run('pl_variables');
    const runs = await p.activities(run.runId!);
    expect(runs.find((r) => r.activityName === 'Summary')!.output).toEqual({
      name: 'name',
      value: 'a+usecase',
    });
    expect(run.status).toBe('Failed');
    expect(run.message).toBe(
      "Operation on target WrongType failed: The variable 'done' of type 'Boolean' cannot be initialized or updated with value of type 'String'. The variable 'done' only supports values of types 'Boolean'.",
    );
  });
});

describe('Filter, IfCondition, Switch', () => {
  it('filters items by a condition on item()', async () => {
    await p.pipeline('pl_filter', {
      activities: [
        {
          name: 'Big',
          type: 'Filter',
          typeProperties: {
            items: expr('@createArray(1, 5, 10, 20)'),
            condition: expr('@greater(item(), 4)'),
          },
        },
      ],
    } as never);
    const run = await p.run('pl_filter');
    const [filter] = await p.activities(run.runId!);
    expect(filter!.output).toEqual({ ItemsCount: 4, FilteredItemsCount: 3, Value: [5, 10, 20] });
  });

  it('runs the branch the expression picks, and fails when the branch fails', async () => {
    await p.pipeline('pl_branches', {
      parameters: { mode: { type: 'String' } },
      variables: { picked: { type: 'String' } },
      activities: [
        {
          name: 'IsFast',
          type: 'IfCondition',
          typeProperties: {
            expression: expr("@equals(pipeline().parameters.mode, 'fast')"),
            ifTrueActivities: [set('Fast', 'picked', 'fast')],
            ifFalseActivities: [
              {
                name: 'ByMode',
                type: 'Switch',
                typeProperties: {
                  on: expr('@pipeline().parameters.mode'),
                  cases: [
                    { value: 'slow', activities: [set('Slow', 'picked', 'slow')] },
                    {
                      value: 'broken',
                      activities: [
                        {
                          name: 'Break',
                          type: 'Fail',
                          typeProperties: { message: 'bad mode', errorCode: '7' },
                        },
                      ],
                    },
                  ],
                  defaultActivities: [set('Other', 'picked', 'other')],
                },
              },
            ],
          },
        },
      ],
    } as never);
    const picked = async (mode: string) => {
      const run = await p.run('pl_branches', { mode });
      const runs = await p.activities(run.runId!);
      return { run, names: runs.map((r) => r.activityName) };
    };
    expect((await picked('fast')).names).toEqual(['IsFast', 'Fast']);
    expect((await picked('slow')).names).toEqual(['IsFast', 'ByMode', 'Slow']);
    expect((await picked('anything')).names).toEqual(['IsFast', 'ByMode', 'Other']);
    const broken = await picked('broken');
    expect(broken.run).toMatchObject({
      status: 'Failed',
      message: 'Operation on target IsFast failed: Activity failed because an inner activity failed',
    });
    const runs = await p.activities(broken.run.runId!);
    expect(runs.find((r) => r.activityName === 'ByMode')!.error).toMatchObject({ errorCode: 'ActionFailed' });
  });
});

describe('Until', () => {
  it('runs its body, then checks its expression, until it is true', async () => {
    await p.pipeline('pl_until', {
      variables: { ticks: { type: 'Array' } },
      activities: [
        {
          name: 'Count',
          type: 'Until',
          typeProperties: {
            expression: expr("@equals(length(variables('ticks')), 3)"),
            activities: [wait('Tick', 10), append('Add', 'ticks', '@utcNow()', [upon('Tick', 'Succeeded')])],
          },
        },
      ],
    } as never);
    const run = await p.run('pl_until');
    expect(run.status).toBe('Succeeded');
    const runs = await p.activities(run.runId!);
    expect(runs.filter((r) => r.activityName === 'Tick')).toHaveLength(3);
  });

  it('does not stop when an inner activity fails, and fails at the end', async () => {
    await p.pipeline('pl_until_failing', {
      variables: { tries: { type: 'Array' } },
      activities: [
        {
          name: 'Retrying',
          type: 'Until',
          typeProperties: {
            expression: expr("@equals(length(variables('tries')), 2)"),
            activities: [
              append('Try', 'tries', 'x'),
              {
                name: 'Flaky',
                type: 'Fail',
                dependsOn: [upon('Try', 'Succeeded')],
                typeProperties: { message: 'no', errorCode: '1' },
              },
            ],
          },
        },
      ],
    } as never);
    const run = await p.run('pl_until_failing');
    const runs = await p.activities(run.runId!);
    expect(runs.filter((r) => r.activityName === 'Flaky').map((r) => r.status)).toEqual(['Failed', 'Failed']);
    expect(run.message).toBe(
      'Operation on target Retrying failed: Activity failed because an inner activity failed',
    );
  });

  it('fails with ActionTimedOut past its timeout', async () => {
    await p.pipeline('pl_until_timeout', {
      activities: [
        {
          name: 'Forever',
          type: 'Until',
          typeProperties: {
            expression: expr('@equals(1, 2)'),
            timeout: '0.00:02:00',
            activities: [wait('Tick', 30)],
          },
        },
      ],
    } as never);
    const run = await p.run('pl_until_timeout');
    expect(run.status).toBe('Failed');
    expect(run.message).toMatch(
      /^Operation on target Forever failed: Until 'Forever' timed out after 00:02:00 \(4 passes\)/,
    );
  });
});

describe('ForEach', () => {
  const loop = (name: string, settings: object, body: object[]) => ({
    name,
    type: 'ForEach',
    typeProperties: { items: expr('@range(1, 9)'), ...settings, activities: body },
  });

  it('runs at most batchCount iterations at a time, each with its item', async () => {
    await p.pipeline('pl_foreach', {
      variables: { seen: { type: 'Array' } },
      activities: [
        loop('EachOf9', { isSequential: false, batchCount: 3 }, [
          wait('Work', '@mul(item(), 10)'),
          append('Record', 'seen', '@item()', [upon('Work', 'Succeeded')]),
        ]),
      ],
    } as never);
    const run = await p.run('pl_foreach');
    expect(run.status).toBe('Succeeded');
    const runs = await p.activities(run.runId!);
    expect(runs.filter((r) => r.activityName === 'Work')).toHaveLength(9);
    expect(peakConcurrency(runs, 'Work')).toBe(3);
    const seen = runs
      .filter((r) => r.activityName === 'Record')
      .map((r) => (r.input as { value: number }).value);
    expect([...seen].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(runs.find((r) => r.activityName === 'EachOf9')!.input).toMatchObject({
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      batchCount: 3,
    });
  });

  it('runs one at a time when sequential', async () => {
    await p.pipeline('pl_foreach_sequential', {
      activities: [loop('OneByOne', { isSequential: true }, [wait('Work', 5)])],
    } as never);
    const runs = await p.activities((await p.run('pl_foreach_sequential')).runId!);
    expect(peakConcurrency(runs, 'Work')).toBe(1);
  });

  it('goes on after a failed iteration and fails at the end', async () => {
    await p.pipeline('pl_foreach_failing', {
      activities: [
        loop('Some', {}, [
          {
            name: 'OddFails',
            type: 'IfCondition',
            typeProperties: {
              expression: expr('@equals(mod(item(), 2), 1)'),
              ifTrueActivities: [
                { name: 'Odd', type: 'Fail', typeProperties: { message: '@{item()}', errorCode: '9' } },
              ],
            },
          },
        ]),
      ],
    } as never);
    const run = await p.run('pl_foreach_failing');
    const runs = await p.activities(run.runId!);
    expect(runs.filter((r) => r.activityName === 'OddFails')).toHaveLength(9);
    expect(runs.filter((r) => r.activityName === 'Odd' && r.status === 'Failed')).toHaveLength(5);
    expect(run.message).toBe(
      'Operation on target Some failed: Activity failed because an inner activity failed',
    );
  });

  it('refuses a loop nested in a loop', async () => {
    // (A batchCount over 50 breaks the REST spec's maximum: the PUT itself is refused by the spec check.)
    await p.pipeline('pl_foreach_bad', {
      activities: [loop('Nested', {}, [loop('Inner', {}, [wait('Work', 1)])])],
    } as never);
    const run = await p.run('pl_foreach_bad');
    const runs = await p.activities(run.runId!);
    expect(runs.find((r) => r.activityName === 'Nested')!.error).toMatchObject({
      message: expect.stringContaining('a ForEach or Until cannot be nested in another'),
    });
  });
});
