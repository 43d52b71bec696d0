/**
 * How an activity fails: an ActivityFailure carries the error ADF shows in the activity run (`errorCode`,
 * `message`, `failureType`) and, for activities that produced something before failing (a Web response, a partial
 * copy), the output. `toActivityError` turns whatever an activity threw into that error: an expression that cannot
 * be evaluated is ADF's `InvalidTemplate` user error; anything unexpected is a SystemError naming what happened.
 */
import { describeError } from '#shared/errors.js';
import type { Json } from '../../arm/datafactory/store.js';
import { ExpressionError } from '../expressions/index.js';
import { PolicyError } from './activity-policy.js';
import type { ActivityError } from './run-records.js';

export class ActivityFailure extends Error {
  override readonly name = 'ActivityFailure';

  constructor(
    readonly errorCode: string,
    message: string,
    readonly failureType: ActivityError['failureType'] = 'UserError',
    readonly output?: Json,
  ) {
    super(message);
  }
}

/** The error of a container (ForEach, Until, If, Switch) whose body failed: ADF's own wording. */
export const innerActivityFailed = () =>
  new ActivityFailure('ActionFailed', 'Activity failed because an inner activity failed');

export function toActivityError(error: unknown, target: string): ActivityError {
  if (error instanceof ActivityFailure) {
    return { errorCode: error.errorCode, message: error.message, failureType: error.failureType, target };
  }
  if (error instanceof ExpressionError || error instanceof PolicyError) {
    // ADF reports template-language failures as InvalidTemplate user errors, the expression quoted in the message.
    const where =
      error instanceof ExpressionError
        ? ` (expression '${error.expression}', position ${error.position})`
        : '';
    return {
      errorCode: 'InvalidTemplate',
      message: `${error.message}${where}`,
      failureType: 'UserError',
      target,
    };
  }
  return {
    errorCode: 'SystemError',
    message: `The sandbox failed to run the activity: ${describeError(error).message}`,
    failureType: 'SystemError',
    target,
  };
}
