/**
 * Runs a list of activities (a pipeline, or a container's body) as ADF does: every activity starts as soon as its
 * dependencies have ended and its dependency conditions hold, independent activities in parallel; one whose
 * conditions do not hold is Skipped (and has no activity run); an `Inactive` one ends as `onInactiveMarkAs` says.
 * The list's outcome follows ADF's leaf rule (run-outcome.ts).
 *
 * Each activity is run with its policy (activity-policy.ts): an activity run per attempt, recorded as it starts
 * (InProgress) and ends, with the evaluated input and the output or error; a timeout aborts the attempt
 * (ActionTimedOut, the code ADF reports: MicrosoftDocs/azure-docs#61509); a failed attempt is retried after
 * `retryIntervalInSeconds` on the sandbox clock; a cancelled run ends its running activities as Cancelled.
 */
import { randomUUID } from 'node:crypto';
import type { Json } from '../../arm/datafactory/store.js';
import { linkedAbort } from '../../core/linked-abort.js';
import { activityExecutor } from '../activities/activity-types.js';
import { type ActivityDefinition, readActivities } from './activity-definition.js';
import type { ActivityContext, ActivityExecutor } from './activity-executor.js';
import { BODY_KEYS } from './activity-executor.js';
import { ActivityFailure, toActivityError } from './activity-failure.js';
import { type ActivityPolicy, activityPolicy, formatTimespan, NO_POLICY } from './activity-policy.js';
import type { ActivityScope } from './activity-scope.js';
import type { RunExecution } from './run-execution.js';
import { type ActivityStatus, conditionHolds, type Outcome, outcomeOf } from './run-outcome.js';
import type { ActivityError, StoredActivityRun } from './run-records.js';

export async function runActivities(
  execution: RunExecution,
  value: unknown,
  scope: ActivityScope,
  where: string,
  /** The run's signal, or the container's: a body stops when the activity that runs it is aborted. */
  signal: AbortSignal = execution.signal,
): Promise<Outcome> {
  const activities = readActivities(value, where);
  const statuses = new Map<string, ActivityStatus>();
  const ended = new Map<string, Promise<ActivityStatus>>();
  const settle = new Map<string, (status: ActivityStatus) => void>();
  for (const activity of activities) {
    ended.set(
      activity.name.toLowerCase(),
      new Promise((resolve) => settle.set(activity.name.toLowerCase(), resolve)),
    );
  }
  await Promise.all(
    activities.map(async (activity) => {
      const dependencies = activity.dependsOn ?? [];
      const upstream = await Promise.all(dependencies.map((d) => ended.get(d.activity.toLowerCase())!));
      let status: ActivityStatus;
      if (signal.aborted || !execution.alive()) status = 'Cancelled';
      else if (!dependencies.every((d, i) => conditionHolds(upstream[i]!, d.dependencyConditions))) {
        status = 'Skipped';
      } else if (activity.state?.toLowerCase() === 'inactive') status = inactiveStatus(activity);
      else status = await executeActivity(execution, activity, scope, signal);
      statuses.set(activity.name.toLowerCase(), status);
      settle.get(activity.name.toLowerCase())!(status);
    }),
  );
  return outcomeOf(activities, statuses);
}

function inactiveStatus(activity: ActivityDefinition): ActivityStatus {
  const marked = activity.onInactiveMarkAs ?? 'Succeeded';
  return marked === 'Failed' || marked === 'Skipped' ? marked : 'Succeeded';
}

const TIMED_OUT = Symbol('timed out');

async function executeActivity(
  execution: RunExecution,
  activity: ActivityDefinition,
  scope: ActivityScope,
  parentSignal: AbortSignal,
): Promise<ActivityStatus> {
  const executor = activityExecutor(activity.type);
  const { clock } = execution;
  for (let attempt = 0; ; attempt++) {
    const record: StoredActivityRun = {
      activityRunId: randomUUID(),
      activityName: activity.name,
      activityType: activity.type,
      status: 'InProgress',
      start: execution.services.context.clock(),
      attempt,
      lastUpdated: execution.services.context.clock(),
    };
    execution.run.activities.push(record);
    execution.touch();

    // The attempt's signal aborts with the parent's or on the policy's timeout.
    const attemptAbort = linkedAbort(parentSignal);
    const signal = attemptAbort.signal;
    let timerFired = false;
    let stopTimer = () => {};
    let policy: ActivityPolicy = NO_POLICY;
    const context = activityContext(execution, activity, scope, signal, record.activityRunId);
    try {
      policy = policyOf(executor, activity, context);
      record.secureInput = policy.secureInput || undefined;
      record.secureOutput = policy.secureOutput || undefined;
      if (Number.isFinite(policy.timeoutMs)) {
        stopTimer = clock.after(policy.timeoutMs, () => {
          timerFired = true;
          attemptAbort.controller.abort(TIMED_OUT);
        });
      }
      const input = executor.input ? executor.input(context) : defaultInput(context);
      if (!policy.secureInput) record.input = input;
      const output = await untilAborted(executor.run(context, input), signal);
      finish(execution, record, 'Succeeded', output ?? {});
      scope.record(activity.name, { output: output ?? {} });
      return 'Succeeded';
    } catch (error) {
      const timedOut = timerFired && !parentSignal.aborted;
      if (!timedOut && parentSignal.aborted) {
        finish(execution, record, 'Cancelled');
        return 'Cancelled';
      }
      const failure = timedOut
        ? ({
            errorCode: 'ActionTimedOut',
            message: `The activity timed out after ${formatTimespan(policy.timeoutMs)}.`,
            failureType: 'UserError',
            target: activity.name,
          } satisfies ActivityError)
        : toActivityError(error, activity.name);
      const output = error instanceof ActivityFailure ? error.output : undefined;
      finish(execution, record, 'Failed', output, failure);
      if (attempt < policy.retry) {
        try {
          await clock.sleep(policy.retryIntervalMs, parentSignal);
          continue;
        } catch {
          return 'Cancelled';
        }
      }
      scope.record(activity.name, { output: output ?? {}, error: failure });
      return 'Failed';
    } finally {
      attemptAbort.release();
      stopTimer();
    }
  }
}

function policyOf(executor: ActivityExecutor, activity: ActivityDefinition, context: ActivityContext) {
  const policy = activity.policy ? (context.evaluate(activity.policy) as Json) : undefined;
  if (executor.kind === 'execution') return activityPolicy(policy);
  return {
    ...NO_POLICY,
    secureInput: policy?.secureInput === true,
    secureOutput: policy?.secureOutput === true,
  };
}

function finish(
  execution: RunExecution,
  record: StoredActivityRun,
  status: StoredActivityRun['status'],
  output?: Json,
  error?: ActivityError,
): void {
  const now = execution.services.context.clock();
  record.status = status;
  record.end = now;
  record.lastUpdated = now;
  if (output !== undefined && !record.secureOutput) record.output = output;
  if (error) record.error = error;
  execution.touch();
}

/** The work's result, or a rejection as soon as the signal aborts (the work is left to notice on its own). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => {});
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

function defaultInput(context: ActivityContext): Json {
  const settings = context.definition.typeProperties ?? {};
  const own = Object.fromEntries(Object.entries(settings).filter(([key]) => !BODY_KEYS.includes(key)));
  return context.evaluate(own) as Json;
}

function activityContext(
  execution: RunExecution,
  definition: ActivityDefinition,
  scope: ActivityScope,
  signal: AbortSignal,
  activityRunId: string,
): ActivityContext {
  return {
    definition,
    execution,
    scope,
    signal,
    activityRunId,
    evaluate: (value, extra) =>
      execution.services.evaluator.evaluateValue(value, execution.expressionScope(scope, extra)),
    runBody: (activities, bodyScope, where) => runActivities(execution, activities, bodyScope, where, signal),
  };
}
