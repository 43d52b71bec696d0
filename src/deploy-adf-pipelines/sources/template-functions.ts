/**
 * The ARM template functions a Data Factory publish template can contain, with ARM's semantics as documented in
 * "ARM template functions" (learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-*): the
 * deployment's `parameters` and `variables`; strings (`concat`, `format`, `replace`, `split`, `substring`, `first`,
 * `last`, `indexOf` and `lastIndexOf`, `startsWith` and `endsWith` without regard to case, `padLeft`, `trim`,
 * `toLower`/`toUpper`, `base64`, `uriComponent`, ...); arrays and objects (`createArray`, `createObject`, `array`,
 * `union`, `intersection`, `skip`, `take`, `range`, `items`, `contains`, `length`, `empty`, `json`); numbers (`add`,
 * `sub`, `mul`, `div`, `mod`, `min`, `max`, `int`); logic and comparison (`if`, `and`, `or`, `not`, `bool`,
 * `equals`, `less`, `lessOrEquals`, `greater`, `greaterOrEquals`, `coalesce`, `true`, `false`, `null`).
 *
 * Functions that only an ARM deployment can answer (`resourceGroup()`, `subscription()`, `deployment()`,
 * `reference()`, `listKeys()`, `uniqueString()`, `newGuid()`, `utcNow()`) are not here: this action deploys the
 * resources itself, without an ARM deployment, and says so when a template calls one.
 */
import { describeError } from '#shared/errors.js';

export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
}

export interface EvaluationContext {
  /** Resolved template parameters (parameters file value, else the template's defaultValue). */
  parameter(name: string): unknown;
  variable(name: string): unknown;
}

/** A function: its arity (max undefined: any number) and its body, which receives evaluated arguments. */
interface TemplateFunction {
  readonly min: number;
  readonly max?: number;
  call(args: unknown[], context: EvaluationContext): unknown;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, fn: string, what = 'a string'): string {
  if (typeof value === 'string') return value;
  throw new ExpressionError(`${fn}() expects ${what}, got ${describeValue(value)}`);
}

function integer(value: unknown, fn: string): number {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  throw new ExpressionError(`${fn}() expects an integer, got ${describeValue(value)}`);
}

function boolean(value: unknown, fn: string): boolean {
  if (typeof value === 'boolean') return value;
  throw new ExpressionError(`${fn}() expects a boolean, got ${describeValue(value)}`);
}

/** A value as ARM writes it into a string: strings as they are, anything else as compact JSON. */
export function toText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function equal(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** ARM compares strings without regard to case in these functions (indexOf, startsWith, contains on keys, ...). */
const folded = (value: string) => value.toLowerCase();

function compare(fn: string, a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  throw new ExpressionError(
    `${fn}() compares two integers or two strings, got ${describeValue(a)} and ${describeValue(b)}`,
  );
}

/** `first`/`last`/`skip`/`take`/`length`/`contains`/`empty` work on strings and arrays alike. */
function sequence(value: unknown, fn: string): string | unknown[] {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  throw new ExpressionError(`${fn}() expects a string or an array, got ${describeValue(value)}`);
}

function arithmetic(fn: string, operation: (a: number, b: number) => number): TemplateFunction {
  return {
    min: 2,
    max: 2,
    call: ([a, b]) => {
      const result = operation(integer(a, fn), integer(b, fn));
      if (!Number.isFinite(result)) throw new ExpressionError(`${fn}() cannot divide by zero`);
      return result;
    },
  };
}

function extreme(fn: string, pick: (values: number[]) => number): TemplateFunction {
  return {
    min: 1,
    call: (args) => {
      const values = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
      if (values.length === 0) throw new ExpressionError(`${fn}() needs at least one value`);
      return pick(values.map((v) => integer(v, fn)));
    },
  };
}

const FUNCTIONS: Readonly<Record<string, TemplateFunction>> = {
  parameters: { min: 1, max: 1, call: ([name], context) => context.parameter(text(name, 'parameters')) },
  variables: { min: 1, max: 1, call: ([name], context) => context.variable(text(name, 'variables')) },

  concat: {
    min: 1,
    call: (args) =>
      args.every(Array.isArray) ? (args as unknown[][]).flat() : args.map((arg) => toText(arg)).join(''),
  },
  format: {
    min: 1,
    call: ([template, ...values]) =>
      text(template, 'format').replace(/\{(\d+)(?::[^}]*)?\}/g, (whole, index: string) => {
        const value = values[Number(index)];
        if (value === undefined) throw new ExpressionError(`format() has no argument for ${whole}`);
        return toText(value);
      }),
  },
  replace: {
    min: 3,
    max: 3,
    call: ([value, oldText, newText]) =>
      text(value, 'replace').split(text(oldText, 'replace')).join(text(newText, 'replace')),
  },
  split: {
    min: 2,
    max: 2,
    call: ([value, delimiter]) => {
      const input = text(value, 'split');
      const delimiters = Array.isArray(delimiter)
        ? delimiter.map((d) => text(d, 'split', 'delimiters that are strings'))
        : [text(delimiter, 'split', 'a delimiter string or an array of them')];
      let parts = [input];
      for (const d of delimiters) parts = parts.flatMap((part) => part.split(d));
      return parts;
    },
  },
  substring: {
    min: 2,
    max: 3,
    call: ([value, start, length]) => {
      const input = text(value, 'substring');
      const from = integer(start, 'substring');
      const count = length === undefined ? input.length - from : integer(length, 'substring');
      if (from < 0 || count < 0 || from + count > input.length) {
        throw new ExpressionError(
          `substring() of a ${input.length}-character string cannot take ${count} character(s) from index ${from}`,
        );
      }
      return input.slice(from, from + count);
    },
  },
  indexOf: {
    min: 2,
    max: 2,
    call: ([value, find]) => {
      if (Array.isArray(value)) return value.findIndex((item) => equal(item, find));
      return folded(text(value, 'indexOf')).indexOf(folded(text(find, 'indexOf')));
    },
  },
  lastIndexOf: {
    min: 2,
    max: 2,
    call: ([value, find]) => {
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) if (equal(value[i], find)) return i;
        return -1;
      }
      return folded(text(value, 'lastIndexOf')).lastIndexOf(folded(text(find, 'lastIndexOf')));
    },
  },
  startsWith: {
    min: 2,
    max: 2,
    call: ([value, prefix]) =>
      folded(text(value, 'startsWith')).startsWith(folded(text(prefix, 'startsWith'))),
  },
  endsWith: {
    min: 2,
    max: 2,
    call: ([value, suffix]) => folded(text(value, 'endsWith')).endsWith(folded(text(suffix, 'endsWith'))),
  },
  toLower: { min: 1, max: 1, call: ([value]) => text(value, 'toLower').toLowerCase() },
  toUpper: { min: 1, max: 1, call: ([value]) => text(value, 'toUpper').toUpperCase() },
  trim: { min: 1, max: 1, call: ([value]) => text(value, 'trim').trim() },
  padLeft: {
    min: 2,
    max: 3,
    call: ([value, total, pad]) => {
      const padding = pad === undefined ? ' ' : text(pad, 'padLeft');
      if (padding.length !== 1) throw new ExpressionError('padLeft() pads with a single character');
      return toText(value).padStart(integer(total, 'padLeft'), padding);
    },
  },
  string: { min: 1, max: 1, call: ([value]) => toText(value) },
  base64: {
    min: 1,
    max: 1,
    call: ([value]) => Buffer.from(text(value, 'base64'), 'utf8').toString('base64'),
  },
  base64ToString: {
    min: 1,
    max: 1,
    call: ([value]) => Buffer.from(text(value, 'base64ToString'), 'base64').toString('utf8'),
  },
  uriComponent: { min: 1, max: 1, call: ([value]) => encodeURIComponent(text(value, 'uriComponent')) },
  uriComponentToString: {
    min: 1,
    max: 1,
    call: ([value]) => decodeURIComponent(text(value, 'uriComponentToString')),
  },

  first: {
    min: 1,
    max: 1,
    call: ([value]) => {
      const items = sequence(value, 'first');
      return typeof items === 'string' ? items.slice(0, 1) : (items[0] ?? null);
    },
  },
  last: {
    min: 1,
    max: 1,
    call: ([value]) => {
      const items = sequence(value, 'last');
      return typeof items === 'string' ? items.slice(-1) : (items.at(-1) ?? null);
    },
  },
  skip: {
    min: 2,
    max: 2,
    call: ([value, count]) => sequence(value, 'skip').slice(Math.max(0, integer(count, 'skip'))),
  },
  take: {
    min: 2,
    max: 2,
    call: ([value, count]) => sequence(value, 'take').slice(0, Math.max(0, integer(count, 'take'))),
  },
  length: {
    min: 1,
    max: 1,
    call: ([value]) => (isObject(value) ? Object.keys(value).length : sequence(value, 'length').length),
  },
  contains: {
    min: 2,
    max: 2,
    call: ([container, item]) => {
      if (isObject(container)) {
        const key = folded(text(item, 'contains', 'a key (a string) to look for in an object'));
        return Object.keys(container).some((k) => folded(k) === key);
      }
      if (Array.isArray(container)) return container.some((element) => equal(element, item));
      return text(container, 'contains', 'a string, an array or an object').includes(toText(item));
    },
  },
  empty: {
    min: 1,
    max: 1,
    call: ([value]) => {
      if (value === null || value === undefined) return true;
      if (isObject(value)) return Object.keys(value).length === 0;
      return sequence(value, 'empty').length === 0;
    },
  },
  createArray: { min: 0, call: (args) => [...args] },
  array: { min: 1, max: 1, call: ([value]) => (Array.isArray(value) ? value : [value]) },
  createObject: {
    min: 0,
    call: (args) => {
      if (args.length % 2 !== 0) throw new ExpressionError('createObject() takes key/value pairs');
      const result: Record<string, unknown> = {};
      for (let i = 0; i < args.length; i += 2) result[text(args[i], 'createObject')] = args[i + 1];
      return result;
    },
  },
  union: {
    min: 1,
    call: (args) => {
      if (args.every(Array.isArray)) {
        const result: unknown[] = [];
        for (const item of (args as unknown[][]).flat())
          if (!result.some((r) => equal(r, item))) result.push(item);
        return result;
      }
      if (args.every(isObject)) return Object.assign({}, ...args);
      throw new ExpressionError('union() takes arrays or objects, all of one kind');
    },
  },
  intersection: {
    min: 1,
    call: ([head, ...rest]) => {
      if (Array.isArray(head) && rest.every(Array.isArray)) {
        return head.filter((item) =>
          (rest as unknown[][]).every((other) => other.some((o) => equal(o, item))),
        );
      }
      if (isObject(head) && rest.every(isObject)) {
        return Object.fromEntries(
          Object.entries(head).filter(([k, v]) => rest.every((other) => k in other && equal(other[k], v))),
        );
      }
      throw new ExpressionError('intersection() takes arrays or objects, all of one kind');
    },
  },
  range: {
    min: 2,
    max: 2,
    call: ([start, count]) => {
      const from = integer(start, 'range');
      const n = integer(count, 'range');
      if (n < 0 || n > 10000) throw new ExpressionError('range() makes 0 to 10000 integers');
      return Array.from({ length: n }, (_, i) => from + i);
    },
  },
  items: {
    min: 1,
    max: 1,
    call: ([value]) => {
      if (!isObject(value))
        throw new ExpressionError(`items() expects an object, got ${describeValue(value)}`);
      return Object.keys(value)
        .sort((a, b) => (folded(a) < folded(b) ? -1 : folded(a) > folded(b) ? 1 : 0))
        .map((key) => ({ key, value: value[key] }));
    },
  },
  json: {
    min: 1,
    max: 1,
    call: ([value]) => {
      try {
        return JSON.parse(text(value, 'json'));
      } catch (error) {
        if (error instanceof ExpressionError) throw error;
        throw new ExpressionError(`json() was given text that is not JSON: ${describeError(error).message}`);
      }
    },
  },
  coalesce: { min: 1, call: (args) => args.find((arg) => arg !== null && arg !== undefined) ?? null },

  int: {
    min: 1,
    max: 1,
    call: ([value]) => {
      const number = typeof value === 'number' ? value : Number(text(value, 'int', 'an integer or a string'));
      if (!Number.isInteger(number))
        throw new ExpressionError(`int() cannot convert ${describeValue(value)}`);
      return number;
    },
  },
  add: arithmetic('add', (a, b) => a + b),
  sub: arithmetic('sub', (a, b) => a - b),
  mul: arithmetic('mul', (a, b) => a * b),
  div: arithmetic('div', (a, b) => Math.trunc(a / b)),
  mod: arithmetic('mod', (a, b) => a % b),
  min: extreme('min', (values) => Math.min(...values)),
  max: extreme('max', (values) => Math.max(...values)),

  // Evaluated lazily by the evaluator (only the branch taken); this is its arity and its eager form.
  if: { min: 3, max: 3, call: ([condition, a, b]) => (boolean(condition, 'if') ? a : b) },
  equals: { min: 2, max: 2, call: ([a, b]) => equal(a, b) },
  less: { min: 2, max: 2, call: ([a, b]) => compare('less', a, b) < 0 },
  lessOrEquals: { min: 2, max: 2, call: ([a, b]) => compare('lessOrEquals', a, b) <= 0 },
  greater: { min: 2, max: 2, call: ([a, b]) => compare('greater', a, b) > 0 },
  greaterOrEquals: { min: 2, max: 2, call: ([a, b]) => compare('greaterOrEquals', a, b) >= 0 },
  not: { min: 1, max: 1, call: ([value]) => !boolean(value, 'not') },
  and: { min: 2, call: (args) => args.every((arg) => boolean(arg, 'and')) },
  or: { min: 2, call: (args) => args.some((arg) => boolean(arg, 'or')) },
  bool: {
    min: 1,
    max: 1,
    call: ([value]) => {
      if (typeof value === 'boolean') return value;
      if (value === 1 || (typeof value === 'string' && folded(value) === 'true')) return true;
      if (value === 0 || (typeof value === 'string' && folded(value) === 'false')) return false;
      throw new ExpressionError(`bool() cannot convert ${describeValue(value)}`);
    },
  },
  true: { min: 0, max: 0, call: () => true },
  false: { min: 0, max: 0, call: () => false },
  null: { min: 0, max: 0, call: () => null },
};

/** Only an ARM deployment knows what these answer. */
const DEPLOYMENT_ONLY = new Set(
  [
    'resourceGroup',
    'subscription',
    'deployment',
    'environment',
    'managementGroup',
    'tenant',
    'reference',
    'resourceId',
    'list',
    'listKeys',
    'listSecrets',
    'uniqueString',
    'newGuid',
    'guid',
    'utcNow',
  ].map(folded),
);

/** The functions this evaluator supports, for messages and docs. */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS).sort((a, b) =>
  folded(a) < folded(b) ? -1 : 1,
);

const BY_NAME = new Map(Object.entries(FUNCTIONS).map(([name, fn]) => [folded(name), fn]));

/** ARM function names are case-insensitive. */
export function findFunction(name: string): TemplateFunction {
  const found = BY_NAME.get(folded(name));
  if (found) return found;
  if (DEPLOYMENT_ONLY.has(folded(name)) || folded(name).startsWith('list')) {
    throw new ExpressionError(
      `template function '${name}' is answered only by an ARM deployment, and this action deploys the resources itself: give the value as a template parameter instead`,
    );
  }
  throw new ExpressionError(
    `unsupported template function '${name}' (supported: ${SUPPORTED_FUNCTIONS.join(', ')})`,
  );
}

export function checkArity(name: string, fn: TemplateFunction, count: number): void {
  if (count >= fn.min && (fn.max === undefined || count <= fn.max)) return;
  const expected =
    fn.max === undefined ? `at least ${fn.min}` : fn.min === fn.max ? `${fn.min}` : `${fn.min}-${fn.max}`;
  throw new ExpressionError(`${name}() takes ${expected} argument(s), got ${count}`);
}
