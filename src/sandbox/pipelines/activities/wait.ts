/**
 * Wait: `waitTimeInSeconds` (an integer, or an expression giving one) of sandbox time, so an accelerated or advanced
 * clock shortens it. Its output is empty, as in ADF.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';

export const waitActivity: ActivityExecutor = {
  kind: 'control',
  async run(context, input) {
    const seconds = input.waitTimeInSeconds;
    if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 0) {
      throw new ActivityFailure(
        'BadRequest',
        `waitTimeInSeconds must be a whole number of seconds (0 or more); got ${JSON.stringify(seconds)}.`,
      );
    }
    await context.execution.clock.sleep(seconds * 1000, context.signal);
    return {};
  },
};
