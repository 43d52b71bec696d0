/**
 * ADF's logical comparison functions ("Logical functions" in the expression reference). `if`, `and` and `or`
 * evaluate only the arguments they need, as the Logic Apps engine that ADF shares does: `if(c, a, b)` never
 * evaluates the branch not taken, `and` stops at the first false, `or` at the first true.
 */
import { compareOrdinal, numericValue, plain, typeName, valuesEqual } from '../values.js';
import { type CallContext, expectBoolean, type FunctionDefinition, typeMismatch } from './definitions.js';

/** The order of two numbers or two strings; anything else cannot be ordered. */
function compare(args: readonly unknown[], context: CallContext): number {
  const [a, b] = args;
  const x = numericValue(a);
  const y = numericValue(b);
  if (x !== undefined && y !== undefined) return x === y ? 0 : x < y ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') return compareOrdinal(a, b);
  return context.fail(
    'argument-type',
    `The function '${context.name}' expects its parameters to be both numbers or both strings. The provided values are of type '${typeName(a)}' and '${typeName(b)}'.`,
    x === undefined && typeof a !== 'string' ? 0 : 1,
  );
}

function ordering(name: string, accept: (order: number) => boolean): FunctionDefinition {
  return {
    name,
    minArgs: 2,
    maxArgs: 2,
    numeric: true,
    evaluate: (args, context) => accept(compare(args, context)),
  };
}

function booleanAt(context: CallContext, value: unknown, index: number): boolean {
  const plainValue = plain(value);
  return typeof plainValue === 'boolean' ? plainValue : typeMismatch(context, index, 'a boolean', plainValue);
}

export const LOGICAL_FUNCTIONS: readonly FunctionDefinition[] = [
  {
    name: 'and',
    minArgs: 2,
    maxArgs: Number.POSITIVE_INFINITY,
    lazy: true,
    evaluate: (args, context) => args.every((arg, index) => booleanAt(context, arg(), index)),
  },
  { name: 'equals', minArgs: 2, maxArgs: 2, numeric: true, evaluate: ([a, b]) => valuesEqual(a, b) },
  ordering('greater', (order) => order > 0),
  ordering('greaterOrEquals', (order) => order >= 0),
  {
    name: 'if',
    minArgs: 3,
    maxArgs: 3,
    lazy: true,
    evaluate: ([condition, whenTrue, whenFalse], context) =>
      booleanAt(context, condition!(), 0) ? whenTrue!() : whenFalse!(),
  },
  ordering('less', (order) => order < 0),
  ordering('lessOrEquals', (order) => order <= 0),
  { name: 'not', minArgs: 1, maxArgs: 1, evaluate: (args, context) => !expectBoolean(context, args, 0) },
  {
    name: 'or',
    minArgs: 2,
    maxArgs: Number.POSITIVE_INFINITY,
    lazy: true,
    evaluate: (args, context) => args.some((arg, index) => booleanAt(context, arg(), index)),
  },
];
