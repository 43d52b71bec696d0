/**
 * Where pipeline mode runs a pipeline: a data factory (the Data Factory management API) or a Synapse workspace (its
 * development endpoint), chosen by the adf receipt's target. Both run the same pipeline JSON and answer the same run
 * model (PipelineRun, ActivityRun, RunFilterParameters), so the watcher, the cancellation and the reading of
 * activity runs are written once against this interface (factory-runs.ts, synapse-runs.ts).
 */

/** A pipeline run as both services report it; times parsed. */
export interface RunState {
  readonly runId: string;
  readonly pipelineName?: string;
  readonly status?: string;
  readonly message?: string;
  readonly runStart?: Date;
  readonly runEnd?: Date;
}

/** An activity run, with the fields pipeline mode reads. */
export interface ActivityRunRecord {
  readonly activityName?: string;
  readonly activityType?: string;
  readonly activityRunId?: string;
  readonly pipelineName?: string;
  readonly pipelineRunId?: string;
  readonly status?: string;
  readonly input?: unknown;
  readonly output?: unknown;
  readonly error?: unknown;
}

export interface ActivityRunPage {
  readonly value: readonly ActivityRunRecord[];
  readonly continuationToken?: string;
}

/** What a pipeline declares, for checking the run's parameters. */
export interface PipelineDefinition {
  readonly name?: string;
  readonly parameters?: Readonly<Record<string, { readonly type?: string; readonly defaultValue?: unknown }>>;
}

export interface PipelineRunService {
  readonly target: 'factory' | 'synapse';
  /** The factory's or workspace's name. */
  readonly host: string;
  /** `data factory 'x'` or `Synapse workspace 'x'`, for messages. */
  readonly label: string;
  /** `Data Factory studio` or `Synapse Studio`: where a person cancels a run by hand. */
  readonly studio: string;
  /** The pipeline's definition; throws the service's not-found error when it does not exist. */
  pipeline(name: string): Promise<PipelineDefinition>;
  /** Starts a run; answers its id. */
  createRun(pipeline: string, parameters: Readonly<Record<string, unknown>>): Promise<string>;
  /** Reads a run; `onHeaders` sees the answer's headers (its Retry-After). */
  getRun(
    runId: string,
    onHeaders: (get: (name: string) => string | null | undefined) => void,
  ): Promise<RunState>;
  /** Cancels a run and the runs its ExecutePipeline activities started (isRecursive). */
  cancelRun(runId: string): Promise<void>;
  /** One page of a run's activity runs (`pipeline` is the run's pipeline: Synapse's path names it). */
  queryActivityRuns(
    run: { readonly runId: string; readonly pipeline: string },
    window: { readonly lastUpdatedAfter: Date; readonly lastUpdatedBefore: Date },
    continuationToken?: string,
  ): Promise<ActivityRunPage>;
  /** Where a person sees the run (the studio's monitoring page). */
  runUrl(runId: string): string;
}
