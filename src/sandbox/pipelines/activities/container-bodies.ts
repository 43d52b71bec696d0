/**
 * What the containers (IfCondition, Switch, Until, ForEach) share: running a body in a scope of its own and turning
 * its outcome into the container's. A failed body fails the container with ADF's "Activity failed because an inner
 * activity failed"; a body stopped by a cancel leaves the cancel to the graph.
 */
import type { ActivityContext } from '../runtime/activity-executor.js';
import { ActivityFailure, innerActivityFailed } from '../runtime/activity-failure.js';
import type { ActivityScope } from '../runtime/activity-scope.js';
import type { Outcome } from '../runtime/run-outcome.js';

export async function runBody(
  context: ActivityContext,
  activities: unknown,
  scope: ActivityScope,
  where: string,
): Promise<Outcome> {
  const outcome = await context.runBody(activities, scope, `${context.definition.name} ${where}`);
  if (outcome.status === 'Cancelled') throw context.signal.reason ?? new Error('The run was cancelled.');
  return outcome;
}

/** Runs the body and fails the container when the body failed. */
export async function runBodyOrFail(
  context: ActivityContext,
  activities: unknown,
  scope: ActivityScope,
  where: string,
): Promise<void> {
  const outcome = await runBody(context, activities, scope, where);
  if (outcome.status === 'Failed') throw innerActivityFailed();
}

/** ForEach and Until cannot hold another ForEach or Until (ADF: "You can't nest a ForEach loop inside another"). */
export function refuseNestedLoops(context: ActivityContext, activities: unknown): void {
  if (!Array.isArray(activities)) return;
  const nested = (activities as Array<{ name?: unknown; type?: unknown }>).find((activity) =>
    ['foreach', 'until'].includes(String(activity?.type).toLowerCase()),
  );
  if (nested) {
    throw new ActivityFailure(
      'BadRequest',
      `${context.definition.type} '${context.definition.name}' contains ${String(nested.type)} '${String(nested.name)}': ` +
        'a ForEach or Until cannot be nested in another (call a pipeline that holds it with ExecutePipeline instead).',
    );
  }
}
