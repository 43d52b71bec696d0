/**
 * Pipeline runs and activity runs as the service shows them, from the runtime's records
 * (pipelines/runtime/run-records.ts). Fields follow the spec and the recorded service (azure-powershell
 * RunTests/TestRunV2.json): runStart from creation, runEnd and durationInMs once finished, `message` absent while
 * queued (the service sends null) and `""` afterwards unless the run failed; an activity run's `error` always has
 * its fields, empty unless it failed. Input and output of an activity whose policy makes them secure are not shown
 * at all ("will not be logged to monitoring", ActivityPolicy in the spec). Each retry is an activity run of its own;
 * ADF's `retryAttempt` number is left out, because the spec types every property it does not list as an object.
 */
import type { StoredActivityRun, StoredRun } from '../../pipelines/runtime/run-records.js';
import type { Json } from './store.js';

/** What holds the runs: a data factory, or a Synapse workspace (pipelines/runtime/run-host.ts). */
type RunsOf = { readonly runs: Readonly<Record<string, StoredRun>> };

const iso = (ms: number) => new Date(ms).toISOString();

export function isLatest(host: RunsOf, run: StoredRun): boolean {
  return !Object.values(host.runs).some(
    (other) => other.runGroupId === run.runGroupId && other.runStart > run.runStart,
  );
}

/**
 * `isLatest` for every run of the host in one pass (a query of all runs would otherwise compare every run with
 * every other): the latest start of each run group.
 */
export function latestRunStarts(host: RunsOf): (run: StoredRun) => boolean {
  const latest = new Map<string, number>();
  for (const run of Object.values(host.runs)) {
    if (run.runStart > (latest.get(run.runGroupId) ?? Number.NEGATIVE_INFINITY)) {
      latest.set(run.runGroupId, run.runStart);
    }
  }
  return (run) => run.runStart >= (latest.get(run.runGroupId) ?? run.runStart);
}

export function pipelineRunView(
  host: RunsOf,
  run: StoredRun,
  latest: (run: StoredRun) => boolean = (candidate) => isLatest(host, candidate),
): Json {
  const { runEnd, status } = run;
  return {
    runId: run.runId,
    runGroupId: run.runGroupId,
    isLatest: latest(run),
    pipelineName: run.pipelineName,
    parameters: run.parameters,
    invokedBy: run.invokedBy,
    runStart: iso(run.runStart),
    ...(runEnd !== undefined ? { runEnd: iso(runEnd), durationInMs: runEnd - run.runStart } : {}),
    status,
    ...(status === 'Queued' ? {} : { message: run.message ?? '' }),
    lastUpdated: iso(run.lastUpdated),
  };
}

export function activityRunView(run: StoredRun, activity: StoredActivityRun): Json {
  const { end } = activity;
  const empty = { errorCode: '', message: '', failureType: '', target: activity.activityName, details: '' };
  return {
    activityName: activity.activityName,
    activityType: activity.activityType,
    activityRunId: activity.activityRunId,
    pipelineName: run.pipelineName,
    pipelineRunId: run.runId,
    status: activity.status,
    activityRunStart: iso(activity.start),
    ...(end !== undefined ? { activityRunEnd: iso(end), durationInMs: end - activity.start } : {}),
    ...(activity.secureInput ? {} : { input: activity.input ?? {} }),
    ...(activity.secureOutput ? {} : { output: activity.output ?? {} }),
    error: activity.error ? { ...empty, ...activity.error } : empty,
  };
}
