import { describe, expect, it } from '@jest/globals';
import { diffArtifacts } from '../../../src/deploy-adf-pipelines/diff.js';
import { describeTriggerCounts, planTriggers } from '../../../src/deploy-adf-pipelines/trigger-plan.js';
import type { LiveArtifact, TriggerRuntimeState } from '../../../src/shared/adf/live-state.js';
import { artifact } from './helpers.js';

const definition = (interval = 1) => ({
  type: 'ScheduleTrigger',
  pipelines: [{ pipelineReference: { referenceName: 'pl', type: 'PipelineReference' } }],
  typeProperties: { recurrence: { frequency: 'Day', interval } },
});
const source = (name: string, runtimeState?: string, interval = 1) =>
  artifact('trigger', name, { ...definition(interval), ...(runtimeState ? { runtimeState } : {}) });
const live = (name: string, state: TriggerRuntimeState, interval = 1): LiveArtifact => ({
  kind: 'trigger',
  name,
  properties: definition(interval),
  runtimeState: state,
});

function plan(
  desired: ReturnType<typeof source>[],
  factory: LiveArtifact[],
  options: { triggerMode?: 'changed' | 'all'; deleteOrphans?: boolean } = {},
) {
  const entries = diffArtifacts(desired, factory);
  return planTriggers({
    entries,
    desired,
    live: {
      resources: factory,
      triggerStates: new Map(factory.map((r) => [r.name.toLowerCase(), r.runtimeState!])),
    },
    triggerMode: options.triggerMode ?? 'changed',
    deleteOrphans: options.deleteOrphans ?? false,
  });
}

describe('what a deployment does to the triggers', () => {
  it('starts a trigger whose source says Started but that the factory has Stopped (drift)', () => {
    expect(plan([source('tr_daily', 'Started')], [live('tr_daily', 'Stopped')])).toEqual([
      {
        name: 'tr_daily',
        action: 'start',
        reason: 'its source says Started, but the factory has it Stopped',
      },
    ]);
  });

  it('stops a trigger whose source says Stopped but that runs (drift the other way)', () => {
    expect(plan([source('tr_daily', 'Stopped')], [live('tr_daily', 'Started')])).toEqual([
      expect.objectContaining({ name: 'tr_daily', action: 'stop' }),
    ]);
  });

  it('leaves alone a trigger in the state its source says, or without a runtimeState in its source', () => {
    expect(
      plan(
        [source('tr_a', 'Started'), source('tr_b', 'Stopped'), source('tr_c'), source('tr_d')],
        [live('tr_a', 'Started'), live('tr_b', 'Stopped'), live('tr_c', 'Started'), live('tr_d', 'Stopped')],
      ),
    ).toEqual([]);
  });

  it('restarts a started trigger whose definition changes; starts a new one only if its source says so', () => {
    expect(
      plan(
        [source('tr_changed', 'Started', 2), source('tr_new', 'Started'), source('tr_new_off', 'Stopped')],
        [live('tr_changed', 'Started', 1)],
      ),
    ).toEqual([
      expect.objectContaining({ name: 'tr_changed', action: 'restart' }),
      expect.objectContaining({ name: 'tr_new', action: 'start', created: true }),
    ]);
  });

  it("with trigger-mode 'all' restarts every started trigger, in the source or not", () => {
    expect(
      plan([source('tr_a', 'Started')], [live('tr_a', 'Started'), live('tr_other', 'Started')], {
        triggerMode: 'all',
      }).map((s) => `${s.action} ${s.name}`),
    ).toEqual(['restart tr_a', 'restart tr_other']);
  });

  it('stops a started trigger that is deleted, and only when delete-orphans is on', () => {
    expect(plan([], [live('tr_gone', 'Started')], { deleteOrphans: true })).toEqual([
      expect.objectContaining({ name: 'tr_gone', action: 'stop' }),
    ]);
    expect(plan([], [live('tr_gone', 'Started')])).toEqual([]);
  });

  it("matches names without regard to case, keeping the factory's spelling", () => {
    expect(plan([source('TR_Daily', 'Started')], [live('tr_daily', 'Stopped')])).toEqual([
      expect.objectContaining({ name: 'tr_daily', action: 'start' }),
    ]);
  });

  it('counts the steps for the plan line', () => {
    expect(describeTriggerCounts([])).toBeUndefined();
    expect(
      describeTriggerCounts([
        { name: 'a', action: 'start', reason: '' },
        { name: 'b', action: 'restart', reason: '' },
      ]),
    ).toBe('triggers: 1 to start, 0 to stop, 1 stopped during the deployment and started again');
  });
});
