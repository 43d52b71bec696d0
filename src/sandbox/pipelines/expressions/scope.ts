/**
 * What an expression can see. The pipeline runtime builds one ExpressionScope for each place it evaluates (an
 * activity's typeProperties, a ForEach iteration, a dataset's properties) and passes it to the evaluator; the
 * evaluator never keeps it.
 *
 * - `pipeline()` is `pipeline` as given: the system variables ADF documents ("System variables supported by Azure
 *   Data Factory", pipeline scope) and `parameters` / `globalParameters`. `TriggeredByPipelineName` and
 *   `TriggeredByPipelineRunId` are present only for a run started by an ExecutePipeline activity: elsewhere ADF has
 *   no such property, so `pipeline().TriggeredByPipelineName` fails and `pipeline()?.TriggeredByPipelineName` is
 *   null, as the documentation's "Note the question mark after @pipeline()" says. A Synapse pipeline has no
 *   `globalParameters`.
 * - `activity('x')` is whatever `activity('x')` returns: the activity's record as ADF exposes it (`output`, and
 *   `error` once it failed), or undefined when no activity of that name has run in the current scope.
 * - `variables('x')` reads `variables`; `item()` reads `item` (present inside ForEach and Filter only, so `item()`
 *   elsewhere fails as in ADF); `dataset()` and `linkedService()` read the parameters of the dataset or linked
 *   service whose properties are being evaluated; `trigger()` is the trigger object of a triggered run
 *   (`trigger().scheduledTime`, `trigger().outputs.body...`) and `triggerBody()` its `outputs.body`.
 * - `utcNow()`, `getFutureTime()` and `getPastTime()` read `clock`, so the runtime's accelerated clock drives them;
 *   `guid()` takes its value from `newGuid` and `rand()` from `random` when given (tests make them deterministic).
 */

export interface PipelineContext {
  /** Name of the data factory (or Synapse workspace) the run is in. */
  readonly DataFactory: string;
  readonly Pipeline: string;
  readonly RunId: string;
  /** `Manual`, `ScheduleTrigger`, `PipelineActivity`, ... */
  readonly TriggerType: string;
  readonly TriggerId: string;
  readonly TriggerName: string;
  /** When the trigger fired, ISO 8601 UTC (`2017-06-01T22:20:00.4061448Z`). */
  readonly TriggerTime: string;
  readonly GroupId: string;
  /** Only for a run started by an ExecutePipeline activity. */
  readonly TriggeredByPipelineName?: string;
  /** Only for a run started by an ExecutePipeline activity. */
  readonly TriggeredByPipelineRunId?: string;
  readonly parameters: Readonly<Record<string, unknown>>;
  /** The factory's global parameters; absent in Synapse, which has none. */
  readonly globalParameters?: Readonly<Record<string, unknown>>;
}

export interface ExpressionScope {
  readonly pipeline: PipelineContext;
  /** The sandbox clock in epoch milliseconds. */
  readonly clock: () => number;
  readonly variables?: ReadonlyMap<string, unknown>;
  /** The record of the activity of that name in the current scope, or undefined. */
  readonly activity?: (name: string) => unknown;
  /** The current ForEach or Filter item. */
  readonly item?: { readonly value: unknown };
  /** The parameters of the dataset whose properties are being evaluated. */
  readonly dataset?: Readonly<Record<string, unknown>>;
  /** The parameters of the linked service whose properties are being evaluated. */
  readonly linkedService?: Readonly<Record<string, unknown>>;
  /** The trigger of a triggered run, as ADF exposes it to the trigger's parameter expressions. */
  readonly trigger?: Readonly<Record<string, unknown>>;
  /** A new GUID in its `D` form; crypto.randomUUID when not given. */
  readonly newGuid?: () => string;
  /** A number in [0, 1); Math.random when not given. */
  readonly random?: () => number;
}
