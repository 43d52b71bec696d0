/**
 * What an activity type implements, and what it is given when it runs. The graph (activity-graph.ts) records the
 * activity run, evaluates the input, applies the policy (timeout, retries, secure input and output) and decides
 * the status; an executor only does the activity's work: it returns the output, or throws an ActivityFailure.
 */
import type { Json } from '../../arm/datafactory/store.js';
import type { ExpressionScope } from '../expressions/index.js';
import type { ActivityDefinition } from './activity-definition.js';
import type { ActivityScope } from './activity-scope.js';
import type { RunExecution } from './run-execution.js';
import type { Outcome } from './run-outcome.js';

export interface ActivityContext {
  readonly definition: ActivityDefinition;
  readonly execution: RunExecution;
  readonly scope: ActivityScope;
  /** Aborted when the run is cancelled or the activity times out: long work must stop on it. */
  readonly signal: AbortSignal;
  readonly activityRunId: string;
  /** Evaluates expressions in `value` in this activity's scope (`extra` adds an item, dataset parameters, ...). */
  evaluate(value: unknown, extra?: Partial<ExpressionScope>): unknown;
  /** Runs a container's body (a list of activities) in `scope`; its outcome by ADF's leaf rule. */
  runBody(activities: unknown, scope: ActivityScope, where: string): Promise<Outcome>;
}

export interface ActivityExecutor {
  /**
   * Execution activities (Lookup, Copy, Web ...) have a policy with a timeout (7 days by default) and retries;
   * control activities run once, with no timeout of their own.
   */
  readonly kind: 'execution' | 'control';
  /**
   * What the activity run shows as the input and what `run` receives. By default the activity's `typeProperties`,
   * evaluated, without the bodies of containers (their activities run in their own scopes).
   */
  input?(context: ActivityContext): Json;
  run(context: ActivityContext, input: Json): Promise<Json | undefined>;
}

/** The typeProperties keys that hold activity lists, evaluated only when their activities run. */
export const BODY_KEYS = [
  'activities',
  'ifTrueActivities',
  'ifFalseActivities',
  'cases',
  'defaultActivities',
];
