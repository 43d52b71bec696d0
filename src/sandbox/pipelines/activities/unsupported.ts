/**
 * The activity types the sandbox cannot run (Databricks, stored procedures, data flows, Azure Functions, ...): the
 * activity fails, naming its type, so a pipeline never looks as if it had done work it did not do.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';

export function unsupportedActivity(type: string): ActivityExecutor {
  return {
    kind: 'control',
    input: () => ({}),
    async run(context) {
      throw new ActivityFailure(
        'ActivityTypeNotSupported',
        `The sandbox cannot run activities of type '${type}' (activity '${context.definition.name}'). It runs Lookup, ` +
          'ForEach, ExecutePipeline, WebActivity, Until, Wait, IfCondition, Switch, SetVariable, AppendVariable, ' +
          'Filter, Fail and Copy.',
        'UserError',
      );
    },
  };
}
