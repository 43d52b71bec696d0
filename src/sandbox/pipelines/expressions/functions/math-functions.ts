/**
 * ADF's math functions ("Math functions" in the expression reference), for integers and floats. A result is a float
 * when any operand is one (`mul(1.5, 2)` is the float 3, `sub(10.3, .3)` the float 10), and `div` of two integers is
 * the integer quotient, truncated (`div(11, 5)` is 2, `div(11, 5.0)` is 2.2).
 *
 * Numbers are JavaScript doubles: integers are exact up to 2^53, where ADF's are 64-bit.
 */
import { type FloatValue, numericValue } from '../values.js';
import {
  anyFloat,
  type CallContext,
  expectInteger,
  expectNumber,
  type FunctionDefinition,
  numberResult,
  typeMismatch,
} from './definitions.js';

function arithmetic(name: string, operate: (a: number, b: number) => number): FunctionDefinition {
  return {
    name,
    minArgs: 2,
    maxArgs: 2,
    numeric: true,
    evaluate: (args, context) =>
      numberResult(operate(expectNumber(context, args, 0), expectNumber(context, args, 1)), anyFloat(args)),
  };
}

function divisor(args: readonly unknown[], context: CallContext): number {
  const value = expectNumber(context, args, 1);
  if (value === 0) return context.fail('argument-value', 'Attempted to divide by zero.', 1);
  return value;
}

function div(args: readonly unknown[], context: CallContext): number | FloatValue {
  const dividend = expectNumber(context, args, 0);
  const by = divisor(args, context);
  if (anyFloat(args)) return numberResult(dividend / by, true);
  return Math.trunc(dividend / by);
}

function mod(args: readonly unknown[], context: CallContext): number | FloatValue {
  const dividend = expectNumber(context, args, 0);
  return numberResult(dividend % divisor(args, context), anyFloat(args));
}

/** `max(1, 2, 3)` or `max(createArray(1, 2, 3))`: the largest (or smallest) number, as it was given. */
function extreme(name: 'max' | 'min'): FunctionDefinition {
  return {
    name,
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    numeric: true,
    evaluate: (args, context) => {
      const fromArray = args.length === 1 && Array.isArray(args[0]);
      const values = fromArray ? (args[0] as readonly unknown[]) : args;
      if (values.length === 0) {
        return context.fail(
          'argument-value',
          `The function '${name}' expects a non-empty array of numbers.`,
          0,
        );
      }
      let best: unknown;
      let bestNumber = 0;
      for (const [index, value] of values.entries()) {
        const number = numericValue(value);
        if (number === undefined) {
          typeMismatch(context, fromArray ? 0 : index, fromArray ? 'an array of numbers' : 'a number', value);
        } else if (best === undefined || (name === 'max' ? number > bestNumber : number < bestNumber)) {
          best = value;
          bestNumber = number;
        }
      }
      return best;
    },
  };
}

function rand(args: readonly unknown[], context: CallContext): number {
  const min = expectInteger(context, args, 0);
  const max = expectInteger(context, args, 1);
  if (min > max) {
    return context.fail(
      'argument-value',
      "The function 'rand' expects its first parameter to be at most its second.",
      0,
    );
  }
  const random = (context.scope.random ?? Math.random)();
  return min + Math.floor(random * (max - min));
}

function range(args: readonly unknown[], context: CallContext): number[] {
  const start = expectInteger(context, args, 0);
  const count = expectInteger(context, args, 1);
  // The limits of the reference: a count up to 100,000, and start + count within a 32-bit integer.
  if (count < 0 || count > 100_000) {
    return context.fail(
      'argument-value',
      "The function 'range' expects its second parameter to be an integer from 0 to 100000.",
      1,
    );
  }
  if (start + count > 2_147_483_647) {
    return context.fail(
      'argument-value',
      "The function 'range' expects the sum of its parameters to be at most 2147483647.",
      0,
    );
  }
  return Array.from({ length: count }, (_, index) => start + index);
}

export const MATH_FUNCTIONS: readonly FunctionDefinition[] = [
  arithmetic('add', (a, b) => a + b),
  { name: 'div', minArgs: 2, maxArgs: 2, numeric: true, evaluate: div },
  extreme('max'),
  extreme('min'),
  { name: 'mod', minArgs: 2, maxArgs: 2, numeric: true, evaluate: mod },
  arithmetic('mul', (a, b) => a * b),
  { name: 'rand', minArgs: 2, maxArgs: 2, evaluate: rand },
  { name: 'range', minArgs: 2, maxArgs: 2, evaluate: range },
  arithmetic('sub', (a, b) => a - b),
];
