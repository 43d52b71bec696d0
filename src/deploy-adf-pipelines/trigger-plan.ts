/**
 * What a deployment does to the factory's triggers' runtime state, decided with the plan so the plan and the dry run
 * show it, and carried out by apply.ts.
 *
 * The source's `runtimeState` (after overrides) is the state each trigger must end in, on every run: a trigger whose
 * source says `Started` but that the factory has `Stopped` (left stopped by a failed deploy, or stopped by hand) is
 * started, and one whose source says `Stopped` but that runs is stopped. A trigger without a `runtimeState` in its
 * source keeps the state it has (a new one stays `Stopped`, as ADF creates it).
 *
 * Besides, ADF refuses to update or delete a started trigger, so a started trigger that is written is stopped before
 * its write and started again after it (a restart); trigger-mode `all` restarts every started trigger around the
 * deployment. Triggers of pipelines that change keep running otherwise: the service allows it, a run reads its
 * pipeline when it starts, and a schedule trigger does not backfill the occurrences it misses while stopped.
 */
import type { AdfArtifact } from '#shared/adf/artifacts.js';
import type { LiveFactory } from '#shared/adf/live-state.js';
import type { PlanEntry } from './diff.js';

/**
 * `start`: the trigger ends `Started` (a new trigger, or drift); `stop`: it ends `Stopped` (drift, or it is deleted);
 * `restart`: it is stopped for the deployment and started again after it.
 */
export type TriggerAction = 'start' | 'stop' | 'restart';

export interface TriggerStep {
  /** As the factory (or, for a new trigger, the source) spells it. */
  readonly name: string;
  readonly action: TriggerAction;
  readonly reason: string;
  /** The trigger does not exist yet: it is started only once its creation succeeded. */
  readonly created?: boolean;
}

export interface TriggerPlanInput {
  readonly entries: readonly PlanEntry[];
  /** The source after overrides and filters. */
  readonly desired: readonly AdfArtifact[];
  readonly live: Pick<LiveFactory, 'resources' | 'triggerStates'>;
  readonly triggerMode: 'changed' | 'all';
  readonly deleteOrphans: boolean;
}

function sourceState(artifact: AdfArtifact | undefined): 'Started' | 'Stopped' | undefined {
  const state = artifact?.properties.runtimeState;
  return state === 'Started' || state === 'Stopped' ? state : undefined;
}

/** One step per trigger whose runtime state the deployment touches, in name order. */
export function planTriggers(input: TriggerPlanInput): TriggerStep[] {
  const entries = new Map(
    input.entries.filter((e) => e.kind === 'trigger').map((e) => [e.name.toLowerCase(), e]),
  );
  const desired = new Map(
    input.desired.filter((a) => a.kind === 'trigger').map((a) => [a.name.toLowerCase(), a]),
  );
  const names = new Map<string, string>();
  for (const r of input.live.resources) if (r.kind === 'trigger') names.set(r.name.toLowerCase(), r.name);
  for (const [lower, artifact] of desired) if (!names.has(lower)) names.set(lower, artifact.name);

  const steps: TriggerStep[] = [];
  for (const [lower, name] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const live = input.live.triggerStates.get(lower);
    const entry = entries.get(lower);
    const wanted = sourceState(desired.get(lower));
    const step = (action: TriggerAction, reason: string, created?: boolean) =>
      steps.push({ name, action, reason, ...(created ? { created } : {}) });

    if (entry?.action === 'delete') {
      if (input.deleteOrphans && live === 'Started')
        step('stop', 'it is deleted, and ADF deletes only a stopped trigger');
      else if (!input.deleteOrphans && live === 'Started' && input.triggerMode === 'all') {
        step('restart', "trigger-mode 'all' stops every started trigger during the deployment");
      }
      continue;
    }
    if (entry?.action === 'create') {
      if (wanted === 'Started') step('start', 'new, and its source says Started', true);
      continue;
    }
    if (live === undefined || live === 'Disabled') continue;
    const target = wanted ?? live;
    if (live === 'Stopped' && target === 'Started') {
      step('start', 'its source says Started, but the factory has it Stopped');
    } else if (live === 'Started' && target === 'Stopped') {
      step('stop', 'its source says Stopped, but the factory has it Started');
    } else if (live === 'Started' && entry?.action === 'update') {
      step('restart', 'its definition changes, and ADF updates only a stopped trigger');
    } else if (live === 'Started' && input.triggerMode === 'all') {
      step('restart', "trigger-mode 'all' stops every started trigger during the deployment");
    }
  }
  return steps;
}

/** `2 to start, 1 to stop, 1 restarted`, or undefined when the deployment leaves every trigger as it is. */
export function describeTriggerCounts(steps: readonly TriggerStep[]): string | undefined {
  if (steps.length === 0) return undefined;
  const count = (action: TriggerAction) => steps.filter((s) => s.action === action).length;
  const restarts = count('restart');
  const restarted = restarts ? `, ${restarts} stopped during the deployment and started again` : '';
  return `triggers: ${count('start')} to start, ${count('stop')} to stop${restarted}`;
}
