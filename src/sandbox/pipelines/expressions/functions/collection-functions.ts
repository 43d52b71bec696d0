/**
 * ADF's collection functions ("Collection functions" in the expression reference): they work on arrays and strings,
 * `contains`, `empty`, `union` and `intersection` on objects too.
 */
import { isRecord, toText, valuesEqual } from '../values.js';
import {
  type CallContext,
  expectArray,
  expectInteger,
  expectString,
  type FunctionDefinition,
  typeMismatch,
} from './definitions.js';

function contains(args: readonly unknown[], context: CallContext): boolean {
  const [collection, item] = args;
  if (typeof collection === 'string') return collection.includes(expectString(context, args, 1));
  if (Array.isArray(collection)) return collection.some((element) => valuesEqual(element, item));
  if (isRecord(collection)) return Object.hasOwn(collection, expectString(context, args, 1));
  return typeMismatch(context, 0, 'a dictionary, an array or a string', collection);
}

function empty(args: readonly unknown[], context: CallContext): boolean {
  const [collection] = args;
  if (collection === null || collection === undefined) return true;
  if (typeof collection === 'string' || Array.isArray(collection)) return collection.length === 0;
  if (isRecord(collection)) return Object.keys(collection).length === 0;
  return typeMismatch(context, 0, 'an object, an array or a string', collection);
}

/** `first` and `last`: a string's first or last character (empty for an empty string), an array's element (null). */
function end(which: 'first' | 'last') {
  return (args: readonly unknown[], context: CallContext): unknown => {
    const [collection] = args;
    if (typeof collection === 'string' || Array.isArray(collection)) {
      const at = which === 'first' ? 0 : collection.length - 1;
      if (typeof collection === 'string') return collection.slice(Math.max(at, 0), at + 1);
      return collection[at] ?? null;
    }
    return typeMismatch(context, 0, 'an array or a string', collection);
  };
}

function length(args: readonly unknown[], context: CallContext): number {
  const [collection] = args;
  if (typeof collection === 'string' || Array.isArray(collection)) return collection.length;
  return typeMismatch(context, 0, 'an array or a string', collection);
}

/**
 * `union` and `intersection` take arrays or objects, all of one kind. Arrays give each distinct item once, in the
 * order first seen; objects give their properties, the last collection's value winning for a name in several.
 */
function combine(kind: 'union' | 'intersection') {
  return (args: readonly unknown[], context: CallContext): unknown => {
    const [first] = args;
    if (Array.isArray(first)) {
      const arrays = args.map((_, index) => expectArray(context, args, index));
      const distinct: unknown[] = [];
      for (const item of kind === 'union' ? arrays.flat() : first) {
        if (distinct.some((seen) => valuesEqual(seen, item))) continue;
        if (
          kind === 'intersection' &&
          !arrays.every((array) => array.some((other) => valuesEqual(other, item)))
        ) {
          continue;
        }
        distinct.push(item);
      }
      return distinct;
    }
    if (isRecord(first)) {
      const objects = args.map((value, index) =>
        isRecord(value) ? value : typeMismatch(context, index, 'an object, as the first parameter is', value),
      );
      const result: Record<string, unknown> = {};
      for (const object of objects) {
        for (const [key, value] of Object.entries(object)) {
          if (kind === 'union' || objects.every((other) => Object.hasOwn(other, key))) result[key] = value;
        }
      }
      return result;
    }
    return typeMismatch(context, 0, 'an array or an object', first);
  };
}

function join(args: readonly unknown[], context: CallContext): string {
  const items = expectArray(context, args, 0);
  return items.map(toText).join(expectString(context, args, 1));
}

function countArgument(context: CallContext, args: readonly unknown[]): number {
  const count = expectInteger(context, args, 1);
  if (count < 0) {
    return context.fail(
      'argument-value',
      `The function '${context.name}' expects its second parameter to be a non-negative integer.`,
      1,
    );
  }
  return count;
}

function skip(args: readonly unknown[], context: CallContext): unknown[] {
  const items = expectArray(context, args, 0);
  return items.slice(countArgument(context, args));
}

function take(args: readonly unknown[], context: CallContext): unknown {
  const [collection] = args;
  if (typeof collection !== 'string' && !Array.isArray(collection)) {
    return typeMismatch(context, 0, 'an array or a string', collection);
  }
  return collection.slice(0, countArgument(context, args));
}

export const COLLECTION_FUNCTIONS: readonly FunctionDefinition[] = [
  { name: 'contains', minArgs: 2, maxArgs: 2, evaluate: contains },
  { name: 'empty', minArgs: 1, maxArgs: 1, evaluate: empty },
  { name: 'first', minArgs: 1, maxArgs: 1, evaluate: end('first') },
  { name: 'intersection', minArgs: 2, maxArgs: Number.POSITIVE_INFINITY, evaluate: combine('intersection') },
  { name: 'join', minArgs: 2, maxArgs: 2, evaluate: join },
  { name: 'last', minArgs: 1, maxArgs: 1, evaluate: end('last') },
  { name: 'length', minArgs: 1, maxArgs: 1, evaluate: length },
  { name: 'skip', minArgs: 2, maxArgs: 2, evaluate: skip },
  { name: 'take', minArgs: 2, maxArgs: 2, evaluate: take },
  { name: 'union', minArgs: 2, maxArgs: Number.POSITIVE_INFINITY, evaluate: combine('union') },
];
