/**
 * Fail: ends the activity as Failed with the `errorCode` and `message` it is given (both evaluated, both required
 * non-blank, as the spec's FailActivityTypeProperties and ADF's validation say); the pipeline then fails with
 * "Operation on target <this activity> failed: <message>" unless the failure is handled downstream.
 */
import type { ActivityExecutor } from '../runtime/activity-executor.js';
import { ActivityFailure } from '../runtime/activity-failure.js';

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? ''));

export const failActivity: ActivityExecutor = {
  kind: 'control',
  async run(_context, input) {
    const message = text(input.message);
    const errorCode = text(input.errorCode);
    if (!message.trim() || !errorCode.trim()) {
      throw new ActivityFailure(
        'BadRequest',
        'A Fail activity needs a non-blank message and errorCode (they may be expressions).',
      );
    }
    throw new ActivityFailure(errorCode, message, 'UserError');
  },
};
