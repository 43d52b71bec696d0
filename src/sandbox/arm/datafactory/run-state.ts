/**
 * A pipeline run's progress, computed from its timestamps and the sandbox clock whenever it is read (no timers):
 * `Queued` for one phase (`timing.pipelineRunPhaseMs`), `InProgress` for the next, then its outcome
 * (`Succeeded` unless a test set another, see outcomes.ts). A cancel makes it `Canceling` for one phase, then
 * `Cancelled`. Fields follow the recorded service (azure-powershell RunTests/TestRunV2.json): runStart from
 * creation, runEnd and durationInMs once finished, `message` absent while queued (the service sends null) and
 * `""` afterwards unless the run failed. Activities are not executed: their runs mirror the pipeline's progress.
 */
import { randomUUID } from 'node:crypto';
import type { Json } from './store.js';

export type RunOutcomeStatus = 'Succeeded' | 'Failed' | 'Cancelled';

export interface StoredActivity {
  readonly activityName: string;
  readonly activityType: string;
  readonly activityRunId: string;
  /** The activity's final status; the pipeline's outcome when not set. */
  readonly status?: string;
  readonly error?: Json;
  readonly input?: Json;
  readonly output?: Json;
}

export interface StoredRun {
  readonly runId: string;
  readonly runGroupId: string;
  readonly pipelineName: string;
  readonly parameters: Record<string, string>;
  readonly invokedBy: { id: string; name: string; invokedByType: string };
  readonly createdAt: number;
  outcome: { status: RunOutcomeStatus; message?: string };
  activities: StoredActivity[];
  cancelRequestedAt?: number;
}

export interface RunProgress {
  readonly status: string;
  readonly lastUpdated: number;
  /** Set once the run has finished. */
  readonly runEnd?: number;
  /** When activities started (the end of the queued phase), if they have. */
  readonly activitiesStart?: number;
}

const TERMINAL = new Set(['Succeeded', 'Failed', 'Cancelled']);

export const isTerminal = (status: string) => TERMINAL.has(status);

export function progress(run: StoredRun, now: number, phaseMs: number): RunProgress {
  const started = run.createdAt + phaseMs;
  const activitiesStart = now >= started ? started : undefined;
  const cancel = run.cancelRequestedAt;
  if (cancel !== undefined) {
    const at = { activitiesStart: cancel > started ? started : undefined };
    if (now < cancel + phaseMs) return { status: 'Canceling', lastUpdated: cancel, ...at };
    return { status: 'Cancelled', lastUpdated: cancel + phaseMs, runEnd: cancel + phaseMs, ...at };
  }
  if (now < started) return { status: 'Queued', lastUpdated: run.createdAt };
  const end = started + phaseMs;
  if (now < end) return { status: 'InProgress', lastUpdated: started, activitiesStart };
  return { status: run.outcome.status, lastUpdated: end, runEnd: end, activitiesStart };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** ADF's failed-run message names the failing activity: "Operation on target X failed: <its message>". */
function failureMessage(run: StoredRun): string {
  if (run.outcome.message !== undefined) return run.outcome.message;
  const failed = run.activities.find((a) => a.status === 'Failed');
  if (!failed) return '';
  return `Operation on target ${failed.activityName} failed: ${String(failed.error?.message ?? '')}`;
}

export function pipelineRunView(run: StoredRun, state: RunProgress, isLatest: boolean): Json {
  const { runEnd, status } = state;
  return {
    runId: run.runId,
    runGroupId: run.runGroupId,
    isLatest,
    pipelineName: run.pipelineName,
    parameters: run.parameters,
    invokedBy: run.invokedBy,
    runStart: iso(run.createdAt),
    ...(runEnd !== undefined ? { runEnd: iso(runEnd), durationInMs: runEnd - run.createdAt } : {}),
    status,
    ...(status === 'Queued' ? {} : { message: status === 'Failed' ? failureMessage(run) : '' }),
    lastUpdated: iso(state.lastUpdated),
  };
}

/** Activity runs exist once the run left the queue; while it runs they are InProgress, then final. */
export function activityRunViews(run: StoredRun, state: RunProgress): Array<Json & { lastUpdated: number }> {
  const start = state.activitiesStart;
  if (start === undefined) return [];
  return run.activities.map((activity) => {
    const status = state.runEnd === undefined ? 'InProgress' : finalStatus(activity, state.status);
    const end = state.runEnd;
    const error = { errorCode: '', message: '', failureType: '', target: activity.activityName, details: '' };
    return {
      activityName: activity.activityName,
      activityType: activity.activityType,
      activityRunId: activity.activityRunId,
      pipelineName: run.pipelineName,
      pipelineRunId: run.runId,
      status,
      activityRunStart: iso(start),
      ...(end !== undefined ? { activityRunEnd: iso(end), durationInMs: end - start } : {}),
      input: activity.input ?? {},
      output: activity.output ?? {},
      error: status === 'Failed' ? { ...error, ...activity.error } : error,
      lastUpdated: end ?? start,
    };
  });
}

function finalStatus(activity: StoredActivity, runStatus: string): string {
  if (runStatus === 'Cancelled') return activity.status === 'Succeeded' ? 'Succeeded' : 'Cancelled';
  return activity.status ?? runStatus;
}

export function newActivity(activityName: string, activityType: string, extra: Partial<StoredActivity> = {}) {
  return { activityName, activityType, activityRunId: randomUUID(), ...extra } as StoredActivity;
}
