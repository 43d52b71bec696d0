/**
 * The activity types the sandbox runs, by their `type` (matched regardless of case, as ADF's discriminator is), and
 * the failing executor for every other type.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ifConditionActivity, switchActivity } from './branches.js';
import { copyActivity } from './copy.js';
import { executePipelineActivity } from './execute-pipeline.js';
import { failActivity } from './fail.js';
import { filterActivity } from './filter.js';
import { forEachActivity } from './for-each.js';
import { lookupActivity } from './lookup.js';
import { unsupportedActivity } from './unsupported.js';
import { untilActivity } from './until.js';
import { appendVariableActivity, setVariableActivity } from './variables.js';
import { waitActivity } from './wait.js';
import { webActivity } from './web.js';

const EXECUTORS: ReadonlyMap<string, ActivityExecutor> = new Map([
  ['appendvariable', appendVariableActivity],
  ['copy', copyActivity],
  ['executepipeline', executePipelineActivity],
  ['fail', failActivity],
  ['filter', filterActivity],
  ['foreach', forEachActivity],
  ['ifcondition', ifConditionActivity],
  ['lookup', lookupActivity],
  ['setvariable', setVariableActivity],
  ['switch', switchActivity],
  ['until', untilActivity],
  ['wait', waitActivity],
  ['webactivity', webActivity],
]);

export function activityExecutor(type: string): ActivityExecutor {
  return EXECUTORS.get(type.toLowerCase()) ?? unsupportedActivity(type);
}
