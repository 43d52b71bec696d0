/**
 * The one error an expression raises, worded as ADF words it where its messages are known (from activity failures
 * users report and from the Microsoft expression engine that Logic Apps and ADF share):
 * - `The template function 'x' is not defined or not valid.`
 * - `The expression 'length(activity('x').output.value)' cannot be evaluated because property 'value' doesn't exist,
 *   available properties are 'durationInQueue'.`
 * - `The function 'length' expects its parameter to be an array or a string. The provided value is of type 'Object'.`
 * - `The function 'int' was invoked with a parameter that is not valid. The value cannot be converted to the target
 *   type.`
 * The pipeline runtime fails the activity with it; `expression` and `position` say which string and where.
 */

export type ExpressionErrorKind =
  /** The text is not a well-formed expression. */
  | 'syntax'
  /** A function ADF does not have. */
  | 'unknown-function'
  /** A function ADF documents that the sandbox cannot run (`xml`, `xpath`). */
  | 'not-supported'
  | 'argument-count'
  | 'argument-type'
  /** An argument of the right type whose value the function cannot use (`int('abc')`, a bad date or time zone). */
  | 'argument-value'
  /** `.name` or `['name']` on an object that has no such property. */
  | 'missing-property'
  /** `.name` on a value that has no properties (null, a string, a number). */
  | 'property-selection'
  /** `[i]` outside an array's bounds, or an index of the wrong type. */
  | 'bad-index'
  /** A variable, activity, `item()` or `dataset()` that the evaluation's scope does not have. */
  | 'scope';

export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';

  constructor(
    readonly kind: ExpressionErrorKind,
    message: string,
    /** The whole string that was evaluated, `@` included. */
    readonly expression: string,
    /** Offset in `expression` of the function, argument, property or index at fault. */
    readonly position: number,
  ) {
    super(message);
  }
}

export const unknownFunctionMessage = (name: string) =>
  `The template function '${name}' is not defined or not valid.`;

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

const count = (n: number) => COUNT_WORDS[n] ?? String(n);
const parameters = (n: number) => `${count(n)} parameter${n === 1 ? '' : 's'}`;

/** `expects exactly one parameter`, `expects between two and three parameters`, `expects at least two parameters`. */
export function argumentCountMessage(name: string, min: number, max: number, given: number): string {
  const expected =
    min === max
      ? `exactly ${parameters(min)}`
      : max === Number.POSITIVE_INFINITY
        ? `at least ${parameters(min)}`
        : `between ${count(min)} and ${parameters(max)}`;
  return `The function '${name}' expects ${expected}. The function was invoked with '${given}' parameter${given === 1 ? '' : 's'}.`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

/** `its parameter` for a one-parameter function, else `its second parameter`. */
export function parameterPhrase(index: number, maxArgs: number): string {
  return maxArgs === 1
    ? 'its parameter'
    : `its ${ORDINALS[index] ?? `parameter number ${index + 1}`} parameter`;
}

export const conversionMessage = (name: string) =>
  `The function '${name}' was invoked with a parameter that is not valid. The value cannot be converted to the target type.`;

export const notSupportedMessage = (name: string, why: string) =>
  `The function '${name}' is not supported by the sandbox: ${why}`;
