/**
 * ARM template language expressions, as the ADF publish template uses them: a real tokenizer, parser and
 * evaluator, so names such as `[concat(parameters('factoryName'), '/Score')]` are computed, never cut out by
 * character offsets. A string is an expression when it starts with `[` and ends with `]`; `[[` escapes a literal `[`.
 * Only a documented set of functions is supported; anything else is an error naming the function.
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

type Node =
  | { readonly type: 'literal'; readonly value: unknown }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly Node[] }
  | { readonly type: 'property'; readonly target: Node; readonly property: string }
  | { readonly type: 'index'; readonly target: Node; readonly index: Node };

type Token =
  | { readonly kind: 'string'; readonly value: string; readonly at: number }
  | { readonly kind: 'number'; readonly value: number; readonly at: number }
  | { readonly kind: 'identifier'; readonly value: string; readonly at: number }
  | { readonly kind: 'punct'; readonly value: '(' | ')' | ',' | '.' | '[' | ']'; readonly at: number };

/** Whether ARM treats the string as an expression (not an escaped `[[` literal). */
export function isExpression(text: string): boolean {
  return text.startsWith('[') && !text.startsWith('[[') && text.endsWith(']');
}

/** The literal an escaped string stands for: `[[x]` is the text `[x]`. Other strings are returned as they are. */
export function unescapeLiteral(text: string): string {
  return text.startsWith('[[') ? text.slice(1) : text;
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
    } else if (char === "'") {
      let value = '';
      const start = i++;
      for (;;) {
        if (i >= source.length) throw new ExpressionError(`unterminated string starting at offset ${start}`);
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += source[i++];
      }
      tokens.push({ kind: 'string', value, at: start });
    } else if (/[0-9-]/.test(char)) {
      const match = /^-?\d+(\.\d+)?/.exec(source.slice(i));
      if (!match) throw new ExpressionError(`unexpected '${char}' at offset ${i}`);
      tokens.push({ kind: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(char)) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))!;
      tokens.push({ kind: 'identifier', value: match[0], at: i });
      i += match[0].length;
    } else if ('(),.[]'.includes(char)) {
      tokens.push({ kind: 'punct', value: char as '(' | ')' | ',' | '.' | '[' | ']', at: i });
      i++;
    } else {
      throw new ExpressionError(`unexpected '${char}' at offset ${i}`);
    }
  }
  return tokens;
}

/** Parses the inside of `[...]`. */
export function parseExpression(source: string): Node {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const expect = (value: string): void => {
    const token = tokens[position];
    if (token?.kind !== 'punct' || token.value !== value) {
      throw new ExpressionError(
        `expected '${value}' ${token ? `at offset ${token.at}` : 'at the end of the expression'}`,
      );
    }
    position++;
  };
  const primary = (): Node => {
    const token = tokens[position++];
    if (!token) throw new ExpressionError('unexpected end of the expression');
    if (token.kind === 'string' || token.kind === 'number') return { type: 'literal', value: token.value };
    if (token.kind === 'identifier') {
      expect('(');
      const args: Node[] = [];
      if (!(peek()?.kind === 'punct' && peek()?.value === ')')) {
        for (;;) {
          args.push(expression());
          const next = peek();
          if (next?.kind === 'punct' && next.value === ',') {
            position++;
            continue;
          }
          break;
        }
      }
      expect(')');
      return { type: 'call', name: token.value, args };
    }
    throw new ExpressionError(`unexpected '${token.value}' at offset ${token.at}`);
  };
  const expression = (): Node => {
    let node = primary();
    for (;;) {
      const next = peek();
      if (next?.kind === 'punct' && next.value === '.') {
        position++;
        const property = tokens[position++];
        if (property?.kind !== 'identifier') throw new ExpressionError('expected a property name after .');
        node = { type: 'property', target: node, property: property.value };
      } else if (next?.kind === 'punct' && next.value === '[') {
        position++;
        const index = expression();
        expect(']');
        node = { type: 'index', target: node, index };
      } else {
        return node;
      }
    }
  };
  const node = expression();
  const rest = peek();
  if (rest) throw new ExpressionError(`unexpected '${rest.value}' at offset ${rest.at}`);
  return node;
}

function asString(value: unknown, fn: string): string {
  if (typeof value === 'string') return value;
  throw new ExpressionError(`${fn}() expects a string, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function arity(name: string, args: readonly unknown[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const expected =
      min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min}-${max}`;
    throw new ExpressionError(`${name}() takes ${expected} argument(s), got ${args.length}`);
  }
}

function toText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function equal(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

type Fn = (args: unknown[], context: EvaluationContext) => unknown;

const FUNCTIONS: Readonly<Record<string, Fn>> = {
  parameters: (args, context) => {
    arity('parameters', args, 1);
    return context.parameter(asString(args[0], 'parameters'));
  },
  variables: (args, context) => {
    arity('variables', args, 1);
    return context.variable(asString(args[0], 'variables'));
  },
  concat: (args) => {
    arity('concat', args, 1, Number.POSITIVE_INFINITY);
    if (args.every(Array.isArray)) return (args as unknown[][]).flat();
    return args.map((arg) => (typeof arg === 'string' ? arg : toText(arg))).join('');
  },
  format: (args) => {
    arity('format', args, 1, Number.POSITIVE_INFINITY);
    const [template, ...values] = args;
    return asString(template, 'format').replace(/\{(\d+)\}/g, (whole, index: string) => {
      const value = values[Number(index)];
      if (value === undefined) throw new ExpressionError(`format() has no argument for ${whole}`);
      return toText(value);
    });
  },
  replace: (args) => {
    arity('replace', args, 3);
    return asString(args[0], 'replace')
      .split(asString(args[1], 'replace'))
      .join(asString(args[2], 'replace'));
  },
  toLower: (args) => {
    arity('toLower', args, 1);
    return asString(args[0], 'toLower').toLowerCase();
  },
  toUpper: (args) => {
    arity('toUpper', args, 1);
    return asString(args[0], 'toUpper').toUpperCase();
  },
  trim: (args) => {
    arity('trim', args, 1);
    return asString(args[0], 'trim').trim();
  },
  if: (args) => {
    arity('if', args, 3);
    if (typeof args[0] !== 'boolean')
      throw new ExpressionError(`if() expects a boolean, got ${describe(args[0])}`);
    return args[0] ? args[1] : args[2];
  },
  equals: (args) => {
    arity('equals', args, 2);
    return equal(args[0], args[1]);
  },
  not: (args) => {
    arity('not', args, 1);
    if (typeof args[0] !== 'boolean')
      throw new ExpressionError(`not() expects a boolean, got ${describe(args[0])}`);
    return !args[0];
  },
  and: (args) => {
    arity('and', args, 2, Number.POSITIVE_INFINITY);
    return args.every((arg) => arg === true);
  },
  or: (args) => {
    arity('or', args, 2, Number.POSITIVE_INFINITY);
    return args.some((arg) => arg === true);
  },
  true: (args) => {
    arity('true', args, 0);
    return true;
  },
  false: (args) => {
    arity('false', args, 0);
    return false;
  },
  null: (args) => {
    arity('null', args, 0);
    return null;
  },
  string: (args) => {
    arity('string', args, 1);
    return toText(args[0]);
  },
  int: (args) => {
    arity('int', args, 1);
    const value = typeof args[0] === 'number' ? args[0] : Number(asString(args[0], 'int'));
    if (!Number.isInteger(value)) throw new ExpressionError(`int() cannot convert ${describe(args[0])}`);
    return value;
  },
  bool: (args) => {
    arity('bool', args, 1);
    const value = args[0];
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 1) return true;
    if (value === 'false' || value === 0) return false;
    throw new ExpressionError(`bool() cannot convert ${describe(value)}`);
  },
  json: (args) => {
    arity('json', args, 1);
    try {
      return JSON.parse(asString(args[0], 'json'));
    } catch (error) {
      if (error instanceof ExpressionError) throw error;
      throw new ExpressionError(`json() was given text that is not JSON: ${describeError(error).message}`);
    }
  },
  createObject: (args) => {
    if (args.length % 2 !== 0) throw new ExpressionError('createObject() takes key/value pairs');
    const result: Record<string, unknown> = {};
    for (let i = 0; i < args.length; i += 2) result[asString(args[i], 'createObject')] = args[i + 1];
    return result;
  },
  createArray: (args) => [...args],
  coalesce: (args) => {
    arity('coalesce', args, 1, Number.POSITIVE_INFINITY);
    return args.find((arg) => arg != null) ?? null;
  },
  empty: (args) => {
    arity('empty', args, 1);
    const value = args[0];
    if (value == null) return true;
    if (typeof value === 'string' || Array.isArray(value)) return value.length === 0;
    if (typeof value === 'object') return Object.keys(value).length === 0;
    throw new ExpressionError(`empty() expects a string, array or object, got ${describe(value)}`);
  },
};

/** The functions this evaluator supports, for messages and docs. */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS).sort();

const FUNCTION_BY_LOWER = new Map(Object.entries(FUNCTIONS).map(([name, fn]) => [name.toLowerCase(), fn]));

function evaluateNode(node: Node, context: EvaluationContext): unknown {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'call': {
      // ARM function names are case-insensitive.
      const fn = FUNCTION_BY_LOWER.get(node.name.toLowerCase());
      if (!fn) {
        throw new ExpressionError(
          `unsupported template function '${node.name}' (supported: ${SUPPORTED_FUNCTIONS.join(', ')})`,
        );
      }
      if (node.name.toLowerCase() === 'if') {
        // Only the branch taken is evaluated, as ARM does.
        arity('if', node.args, 3);
        const condition = evaluateNode(node.args[0]!, context);
        if (typeof condition !== 'boolean') {
          throw new ExpressionError(`if() expects a boolean, got ${describe(condition)}`);
        }
        return evaluateNode(condition ? node.args[1]! : node.args[2]!, context);
      }
      return fn(
        node.args.map((arg) => evaluateNode(arg, context)),
        context,
      );
    }
    case 'property': {
      const target = evaluateNode(node.target, context);
      if (
        target === null ||
        typeof target !== 'object' ||
        Array.isArray(target) ||
        !(node.property in target)
      ) {
        throw new ExpressionError(`${describe(target)} has no property '${node.property}'`);
      }
      return (target as Record<string, unknown>)[node.property];
    }
    case 'index': {
      const target = evaluateNode(node.target, context);
      const index = evaluateNode(node.index, context);
      if (Array.isArray(target) && typeof index === 'number' && index >= 0 && index < target.length) {
        return target[index];
      }
      if (target && typeof target === 'object' && typeof index === 'string' && index in target) {
        return (target as Record<string, unknown>)[index];
      }
      throw new ExpressionError(`${describe(target)} has no element [${JSON.stringify(index)}]`);
    }
  }
}

/** Evaluates one template string: an expression's value, or the (unescaped) literal text. */
export function evaluateTemplateString(text: string, context: EvaluationContext): unknown {
  if (!isExpression(text)) return unescapeLiteral(text);
  return evaluateNode(parseExpression(text.slice(1, -1)), context);
}
