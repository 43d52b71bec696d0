/**
 * ADF's conversion functions between its native types ("Conversion functions" in the expression reference); the
 * encodings (base64, data URIs, URI components, binary) are in encoding-functions.ts.
 *
 * `xml` and `xpath` are refused with an error naming them: the sandbox has no XML values, and a pipeline that needs
 * them must not seem to work.
 */
import { notSupportedMessage } from '../errors.js';
import { FloatValue, toText } from '../values.js';
import { type CallContext, conversionFailure, type FunctionDefinition, typeMismatch } from './definitions.js';

function bool(args: readonly unknown[], context: CallContext): boolean {
  const [value] = args;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'true' || word === 'false') return word === 'true';
  }
  return conversionFailure(context, 0);
}

const INTEGER = /^\s*[-+]?\d+\s*$/;
/** A number as .NET's invariant culture reads it with NumberStyles.Float | AllowThousands (`10,000.333`). */
const FLOAT = /^\s*[-+]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?\s*$/;

function int(args: readonly unknown[], context: CallContext): number {
  const [value] = args;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && INTEGER.test(value)) {
    const parsed = Number(value);
    if (Number.isSafeInteger(parsed)) return parsed;
  }
  return conversionFailure(context, 0);
}

function float(args: readonly unknown[], context: CallContext): FloatValue {
  const [value] = args;
  if (typeof value === 'number') return new FloatValue(value);
  if (typeof value === 'string' && FLOAT.test(value) && /\d/.test(value)) {
    return new FloatValue(Number(value.trim().replaceAll(',', '')));
  }
  return conversionFailure(context, 0);
}

function json(args: readonly unknown[], context: CallContext): unknown {
  const [value] = args;
  // The reference: "If the string is null, the function returns an empty object."
  if (value === null || value === undefined) return {};
  if (typeof value !== 'string') return typeMismatch(context, 0, 'a string', value);
  try {
    return JSON.parse(value);
  } catch (error) {
    return context.fail(
      'argument-value',
      `The function 'json' parameter is not valid. The provided value '${value}' cannot be parsed: '${(error as SyntaxError).message}'.`,
      0,
    );
  }
}

const NO_XML = 'the sandbox has no XML values; give the pipeline JSON (json() reads a JSON string).';

export const CONVERSION_FUNCTIONS: readonly FunctionDefinition[] = [
  { name: 'array', minArgs: 1, maxArgs: 1, evaluate: ([value]) => [value] },
  { name: 'bool', minArgs: 1, maxArgs: 1, evaluate: bool },
  {
    name: 'coalesce',
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    lazy: true,
    evaluate: (args) => {
      for (const arg of args) {
        const value = arg();
        if (value !== null && value !== undefined) return value;
      }
      return null;
    },
  },
  { name: 'createArray', minArgs: 1, maxArgs: Number.POSITIVE_INFINITY, evaluate: (args) => [...args] },
  { name: 'float', minArgs: 1, maxArgs: 1, evaluate: float },
  { name: 'int', minArgs: 1, maxArgs: 1, evaluate: int },
  { name: 'json', minArgs: 1, maxArgs: 1, evaluate: json },
  { name: 'string', minArgs: 1, maxArgs: 1, evaluate: ([value]) => toText(value) },
  {
    name: 'xml',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (_args, context) => context.fail('not-supported', notSupportedMessage('xml', NO_XML)),
  },
  {
    name: 'xpath',
    minArgs: 2,
    maxArgs: 2,
    evaluate: (_args, context) => context.fail('not-supported', notSupportedMessage('xpath', NO_XML)),
  },
];
