/**
 * Until: a do-until loop. The body runs, then `expression` is evaluated (it may read the body's activities and the
 * variables it set); the loop ends when it is true. As ADF documents, a failing inner activity does not stop the
 * loop; the Until fails at the end if any pass failed. `timeout` (a TimeSpan, default 7 days) bounds the whole loop
 * on the sandbox clock: past it the Until fails with ActionTimedOut.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure, innerActivityFailed } from '../runtime/activity-failure.js';
import { DEFAULT_TIMEOUT_MS, formatTimespan, parseTimespan } from '../runtime/activity-policy.js';
import { refuseNestedLoops, runBody } from './container-bodies.js';

export const untilActivity: ActivityExecutor = {
  kind: 'control',
  input: (context) => {
    const timeout = context.definition.typeProperties?.timeout;
    return timeout === undefined ? {} : { timeout: context.evaluate(timeout) };
  },
  async run(context, input) {
    const settings = context.definition.typeProperties ?? {};
    refuseNestedLoops(context, settings.activities);
    let timeoutMs = DEFAULT_TIMEOUT_MS;
    if (input.timeout !== undefined) {
      const parsed = typeof input.timeout === 'string' ? parseTimespan(input.timeout) : undefined;
      if (parsed === undefined) {
        throw new ActivityFailure(
          'BadRequest',
          `The timeout of Until '${context.definition.name}' must be a timespan like 0.01:00:00; got ${JSON.stringify(input.timeout)}.`,
        );
      }
      timeoutMs = parsed;
    }
    const deadline = context.execution.services.context.clock() + timeoutMs;
    let failed = false;
    for (let pass = 1; ; pass++) {
      const scope = context.scope.child();
      const outcome = await runBody(context, settings.activities, scope, `(pass ${pass})`);
      failed ||= outcome.status === 'Failed';
      const done = context.evaluate(settings.expression, {
        activity: (name) => scope.lookup(name),
      });
      if (typeof done !== 'boolean') {
        throw new ActivityFailure(
          'BadRequest',
          `The expression of Until '${context.definition.name}' must give a boolean; got ${JSON.stringify(done)}.`,
        );
      }
      if (done) break;
      if (context.execution.services.context.clock() >= deadline) {
        throw new ActivityFailure(
          'ActionTimedOut',
          `Until '${context.definition.name}' timed out after ${formatTimespan(timeoutMs)} (${pass} passes) before its expression was true.`,
        );
      }
    }
    if (failed) throw innerActivityFailed();
    return {};
  },
};
