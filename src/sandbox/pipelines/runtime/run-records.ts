/**
 * What the sandbox keeps of pipeline runs and their activity runs: plain JSON in the sandbox state (snapshots and
 * `--state-file` carry it), written by the runtime as a run progresses and read by the Data Factory routes, which
 * shape the views ADF answers (arm/datafactory/run-views.ts). Times are sandbox-clock epoch milliseconds.
 *
 * Statuses are ADF's spellings: a run is Queued, InProgress, Canceling, then Succeeded, Failed or Cancelled; an
 * activity run is InProgress, then Succeeded, Failed or Cancelled (skipped activities have no activity run, as in
 * ADF's monitoring).
 */
import type { Json } from '../../arm/datafactory/store.js';

export type RunStatus = 'Queued' | 'InProgress' | 'Canceling' | 'Succeeded' | 'Failed' | 'Cancelled';
export type ActivityRunStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Cancelled';

/** An activity's error as ADF reports it in activity runs (and in `activity('x').error`). */
export interface ActivityError {
  readonly errorCode: string;
  readonly message: string;
  readonly failureType: 'UserError' | 'SystemError';
  readonly target: string;
}

export interface StoredActivityRun {
  readonly activityRunId: string;
  readonly activityName: string;
  readonly activityType: string;
  status: ActivityRunStatus;
  readonly start: number;
  end?: number;
  /** What the activity was given (its evaluated settings), unless its policy makes the input secure. */
  input?: Json;
  output?: Json;
  error?: ActivityError;
  /** The policy's secureInput / secureOutput: the values are not kept (ADF does not log them for monitoring). */
  secureInput?: boolean;
  secureOutput?: boolean;
  /** 0 for the first attempt, then 1, 2 ... for the policy's retries. */
  readonly attempt: number;
  lastUpdated: number;
}

export interface RunInvoker {
  readonly id: string;
  readonly name: string;
  /** `Manual`, `ScheduleTrigger`, `PipelineActivity`. */
  readonly invokedByType: string;
  /** For a run started by an ExecutePipeline activity: the run that started it. */
  readonly pipelineName?: string;
  readonly pipelineRunId?: string;
}

export interface StoredRun {
  readonly runId: string;
  readonly runGroupId: string;
  readonly pipelineName: string;
  /** Parameter values as the service shows them: strings, objects and arrays as JSON. */
  readonly parameters: Record<string, string>;
  readonly invokedBy: RunInvoker;
  readonly runStart: number;
  runEnd?: number;
  status: RunStatus;
  /** Empty unless the run failed (then "Operation on target X failed: ..."); absent while queued. */
  message?: string;
  lastUpdated: number;
  activities: StoredActivityRun[];
  /** Runs started by this run's ExecutePipeline activities (a recursive cancel cancels them too). */
  children: string[];
  /** Why a Failed run failed: the activity that decided it (none when the pipeline itself could not run). */
  failure?: { readonly activity?: string; readonly message: string };
  /** What a SetVariable of pipelineReturnValue set: an ExecutePipeline that waited shows it. */
  returnValue?: Record<string, unknown>;
}

export const TERMINAL_RUN_STATUSES: ReadonlySet<RunStatus> = new Set(['Succeeded', 'Failed', 'Cancelled']);

export const isTerminal = (status: RunStatus) => TERMINAL_RUN_STATUSES.has(status);
