/**
 * ADF's string functions ("String functions" in the expression reference). `indexOf`, `lastIndexOf`, `startsWith`
 * and `endsWith` ignore case, `replace` and `contains` do not, as the reference says of each.
 */
import { randomUUID } from 'node:crypto';
import { toText } from '../values.js';
import {
  type CallContext,
  expectInteger,
  expectString,
  type FunctionDefinition,
  optionalString,
} from './definitions.js';

/** Lower-cases code unit by code unit, so that indexes in the folded text are indexes in the original. */
function foldCase(text: string): string {
  let folded = '';
  for (const unit of text) {
    const lower = unit.toLowerCase();
    folded += lower.length === unit.length ? lower : unit;
  }
  return folded;
}

const GUID_FORMATS: Readonly<Record<string, (hex: string) => string>> = {
  n: (hex) => hex,
  d: (hex) =>
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
  b: (hex) => `{${GUID_FORMATS.d!(hex)}}`,
  p: (hex) => `(${GUID_FORMATS.d!(hex)})`,
  x: (hex) => {
    const bytes = hex.slice(16).match(/../g) ?? [];
    return `{0x${hex.slice(0, 8)},0x${hex.slice(8, 12)},0x${hex.slice(12, 16)},{${bytes.map((b) => `0x${b}`).join(',')}}}`;
  },
};

function guid(args: readonly unknown[], context: CallContext): string {
  const format = optionalString(context, args, 0) ?? 'D';
  const render = GUID_FORMATS[format.toLowerCase()];
  if (!render || format.length !== 1) {
    return context.fail(
      'argument-value',
      `The function 'guid' was invoked with the format '${format}': the format can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".`,
      0,
    );
  }
  const hex = (context.scope.newGuid ?? randomUUID)().replaceAll('-', '').toLowerCase();
  return render(hex);
}

function substring(args: readonly unknown[], context: CallContext): string {
  const text = expectString(context, args, 0);
  const start = expectInteger(context, args, 1);
  const length = args.length > 2 ? expectInteger(context, args, 2) : text.length - start;
  if (start < 0 || length < 0 || start + length > text.length) {
    return context.fail(
      'argument-value',
      "The function 'substring' parameters are out of range: 'start index' and 'length' must be non-negative integers and their sum must be no larger than the length of the string.",
      start < 0 || start > text.length ? 1 : 2,
    );
  }
  return text.slice(start, start + length);
}

function lastIndexOf(args: readonly unknown[], context: CallContext): number {
  const text = expectString(context, args, 0);
  const search = expectString(context, args, 1);
  // The reference's rules for empty values: an empty search text is found at the last character.
  if (search === '') return text === '' ? 0 : text.length - 1;
  return foldCase(text).lastIndexOf(foldCase(search));
}

function replace(args: readonly unknown[], context: CallContext): string {
  const text = expectString(context, args, 0);
  const old = expectString(context, args, 1);
  const replacement = expectString(context, args, 2);
  if (old === '') {
    return context.fail(
      'argument-value',
      "The function 'replace' expects its second parameter to be a non-empty string.",
      1,
    );
  }
  return text.split(old).join(replacement);
}

export const STRING_FUNCTIONS: readonly FunctionDefinition[] = [
  {
    name: 'concat',
    minArgs: 1,
    maxArgs: Number.POSITIVE_INFINITY,
    evaluate: (args) => args.map(toText).join(''),
  },
  {
    name: 'endsWith',
    minArgs: 2,
    maxArgs: 2,
    evaluate: (args, context) =>
      foldCase(expectString(context, args, 0)).endsWith(foldCase(expectString(context, args, 1))),
  },
  { name: 'guid', minArgs: 0, maxArgs: 1, evaluate: guid },
  {
    name: 'indexOf',
    minArgs: 2,
    maxArgs: 2,
    evaluate: (args, context) =>
      foldCase(expectString(context, args, 0)).indexOf(foldCase(expectString(context, args, 1))),
  },
  { name: 'lastIndexOf', minArgs: 2, maxArgs: 2, evaluate: lastIndexOf },
  { name: 'replace', minArgs: 3, maxArgs: 3, evaluate: replace },
  {
    name: 'split',
    minArgs: 2,
    maxArgs: 2,
    evaluate: (args, context) => {
      const text = expectString(context, args, 0);
      const delimiter = expectString(context, args, 1);
      // .NET's Split with an empty separator returns the whole string, not its characters.
      return delimiter === '' ? [text] : text.split(delimiter);
    },
  },
  {
    name: 'startsWith',
    minArgs: 2,
    maxArgs: 2,
    evaluate: (args, context) =>
      foldCase(expectString(context, args, 0)).startsWith(foldCase(expectString(context, args, 1))),
  },
  { name: 'substring', minArgs: 2, maxArgs: 3, evaluate: substring },
  {
    name: 'toLower',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => expectString(context, args, 0).toLowerCase(),
  },
  {
    name: 'toUpper',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => expectString(context, args, 0).toUpperCase(),
  },
  {
    name: 'trim',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => expectString(context, args, 0).trim(),
  },
];
