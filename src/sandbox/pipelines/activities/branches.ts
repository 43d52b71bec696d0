/**
 * IfCondition and Switch: one body chosen by an expression. IfCondition's `expression` must give a boolean
 * (ifTrueActivities / ifFalseActivities, either may be absent); Switch's `on` gives a string matched exactly
 * against the cases' `value`s, else `defaultActivities`. The branch runs in a scope of its own; a failed branch
 * fails the activity. Their output is empty.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';
import { runBodyOrFail } from './container-bodies.js';

export const ifConditionActivity: ActivityExecutor = {
  kind: 'control',
  input: (context) => ({ expression: context.evaluate(context.definition.typeProperties?.expression) }),
  async run(context, input) {
    if (typeof input.expression !== 'boolean') {
      throw new ActivityFailure(
        'BadRequest',
        `The expression of IfCondition '${context.definition.name}' must give a boolean; got ${JSON.stringify(input.expression)}.`,
      );
    }
    const settings = context.definition.typeProperties ?? {};
    const branch = input.expression ? settings.ifTrueActivities : settings.ifFalseActivities;
    await runBodyOrFail(context, branch, context.scope.child(), input.expression ? '(true)' : '(false)');
    return {};
  },
};

export const switchActivity: ActivityExecutor = {
  kind: 'control',
  input: (context) => ({ on: context.evaluate(context.definition.typeProperties?.on) }),
  async run(context, input) {
    const on = input.on;
    if (typeof on !== 'string' && typeof on !== 'number') {
      throw new ActivityFailure(
        'BadRequest',
        `The 'on' expression of Switch '${context.definition.name}' must give a string; got ${JSON.stringify(on)}.`,
      );
    }
    const settings = context.definition.typeProperties ?? {};
    const cases = (Array.isArray(settings.cases) ? settings.cases : []) as Array<{
      value?: unknown;
      activities?: unknown;
    }>;
    const chosen = cases.find((candidate) => String(candidate?.value) === String(on));
    await runBodyOrFail(
      context,
      chosen ? chosen.activities : settings.defaultActivities,
      context.scope.child(),
      chosen ? `(case '${String(on)}')` : '(default)',
    );
    return {};
  },
};
