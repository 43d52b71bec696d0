/**
 * How a function is described to the evaluator (name, parameter count, laziness) and the checks every function uses
 * on its arguments, so that a wrong type fails with ADF's message at the argument's position.
 */
import { conversionMessage, type ExpressionErrorKind, parameterPhrase } from '../errors.js';
import type { ExpressionScope } from '../scope.js';
import { FloatValue, numericValue, typeName } from '../values.js';

export interface CallContext {
  readonly scope: ExpressionScope;
  /** The function's name as ADF spells it. */
  readonly name: string;
  readonly maxArgs: number;
  /** Fails the call; the error points at argument `argument` when given, else at the function's name. */
  fail(kind: ExpressionErrorKind, message: string, argument?: number): never;
}

interface Common {
  readonly name: string;
  readonly minArgs: number;
  readonly maxArgs: number;
}

export type FunctionDefinition =
  | (Common & {
      readonly lazy?: false;
      /** Receives float literals and results wrapped (FloatValue) rather than as plain numbers: the math functions. */
      readonly numeric?: boolean;
      readonly evaluate: (args: readonly unknown[], context: CallContext) => unknown;
    })
  | (Common & {
      /** Receives its arguments unevaluated, to evaluate only those it needs (`if`, `and`, `or`, `coalesce`). */
      readonly lazy: true;
      readonly evaluate: (args: readonly (() => unknown)[], context: CallContext) => unknown;
    });

export function typeMismatch(context: CallContext, index: number, expected: string, value: unknown): never {
  return context.fail(
    'argument-type',
    `The function '${context.name}' expects ${parameterPhrase(index, context.maxArgs)} to be ${expected}. The provided value is of type '${typeName(value)}'.`,
    index,
  );
}

export function conversionFailure(context: CallContext, index: number): never {
  return context.fail('argument-value', conversionMessage(context.name), index);
}

export function expectString(context: CallContext, args: readonly unknown[], index: number): string {
  const value = args[index];
  return typeof value === 'string' ? value : typeMismatch(context, index, 'a string', value);
}

export function optionalString(
  context: CallContext,
  args: readonly unknown[],
  index: number,
): string | undefined {
  return index < args.length ? expectString(context, args, index) : undefined;
}

export function expectBoolean(context: CallContext, args: readonly unknown[], index: number): boolean {
  const value = args[index];
  return typeof value === 'boolean' ? value : typeMismatch(context, index, 'a boolean', value);
}

export function expectInteger(context: CallContext, args: readonly unknown[], index: number): number {
  const value = args[index];
  return typeName(value) === 'Integer'
    ? (value as number)
    : typeMismatch(context, index, 'an integer', value);
}

/** An integer or a float, as a plain number. */
export function expectNumber(context: CallContext, args: readonly unknown[], index: number): number {
  const value = numericValue(args[index]);
  return value !== undefined
    ? value
    : typeMismatch(context, index, 'an integer or a decimal number', args[index]);
}

export function expectArray(
  context: CallContext,
  args: readonly unknown[],
  index: number,
): readonly unknown[] {
  const value = args[index];
  return Array.isArray(value) ? value : typeMismatch(context, index, 'an array', value);
}

/** Whether any of the values is a float: then a math function's result is a float too. */
export function anyFloat(values: readonly unknown[]): boolean {
  return values.some((value) => typeName(value) === 'Float');
}

/** A math result of the right kind: wrapped when it must stay a float although its value is whole. */
export function numberResult(value: number, float: boolean): number | FloatValue {
  return float && Number.isInteger(value) ? new FloatValue(value) : value;
}
