/**
 * ADF's rule for the outcome of a set of activities (a pipeline, and each container body), from "Pipeline failure
 * and error handling" (learn.microsoft.com/azure/data-factory/tutorial-pipeline-failure-error-handling):
 * evaluate every leaf activity (one no other activity depends on); a skipped leaf is not evaluated, its parents
 * are instead (recursively); the result is success if and only if every evaluated activity succeeded. So a
 * Try-Catch (A, then B on A's failure) succeeds when B does, while a Do-If-Else (B on success, C on failure) fails
 * when A fails, because B is a skipped leaf and A, its parent, failed.
 *
 * Also from the same page, dependency conditions: within one `dependsOn` entry the conditions are alternatives
 * (Succeeded or Failed), entries must all hold; `Completed` means Succeeded or Failed, `Skipped` that the
 * dependency did not run.
 */
import type { ActivityDefinition } from './activity-definition.js';

export type ActivityStatus = 'Succeeded' | 'Failed' | 'Skipped' | 'Cancelled';

export interface Outcome {
  readonly status: 'Succeeded' | 'Failed' | 'Cancelled';
  /** The activities whose failure decided a Failed outcome, in the order given. */
  readonly failed: readonly string[];
}

/** Whether a dependency in `status` satisfies one of `conditions`. */
export function conditionHolds(status: ActivityStatus, conditions: readonly string[]): boolean {
  return conditions.some((condition) => {
    switch (condition.toLowerCase()) {
      case 'succeeded':
        return status === 'Succeeded';
      case 'failed':
        return status === 'Failed';
      case 'skipped':
        return status === 'Skipped';
      case 'completed':
        return status === 'Succeeded' || status === 'Failed';
      default:
        return false;
    }
  });
}

export function outcomeOf(
  activities: readonly ActivityDefinition[],
  statuses: ReadonlyMap<string, ActivityStatus>,
): Outcome {
  const byName = new Map(activities.map((a) => [a.name.toLowerCase(), a]));
  const dependedOn = new Set(
    activities.flatMap((a) => (a.dependsOn ?? []).map((d) => d.activity.toLowerCase())),
  );
  const evaluated = new Map<string, ActivityStatus>();
  const evaluate = (name: string): void => {
    const key = name.toLowerCase();
    if (evaluated.has(key)) return;
    const status = statuses.get(key) ?? 'Skipped';
    evaluated.set(key, status);
    if (status === 'Skipped') {
      for (const parent of byName.get(key)?.dependsOn ?? []) evaluate(parent.activity);
    }
  };
  for (const activity of activities)
    if (!dependedOn.has(activity.name.toLowerCase())) evaluate(activity.name);

  const values = [...evaluated.entries()];
  if ([...statuses.values()].includes('Cancelled')) return { status: 'Cancelled', failed: [] };
  const failed = activities
    .map((a) => a.name)
    .filter((name) => values.some(([key, status]) => key === name.toLowerCase() && status === 'Failed'));
  return { status: failed.length ? 'Failed' : 'Succeeded', failed };
}
