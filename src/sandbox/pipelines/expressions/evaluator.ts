/**
 * Evaluates ADF expressions for the sandbox's pipeline runtime.
 *
 * `compile(text)` parses a JSON string value once (cached per evaluator) and checks that every function it calls
 * exists and gets a number of arguments it accepts, as ADF validates a pipeline before it runs; `evaluate(scope)`
 * then gives:
 * - for `"@expr"`, the expression's value with its type (numbers stay numbers, objects stay objects);
 * - for text with `@{expr}` segments, a string: each value as text (`True`/`False` for booleans, compact JSON for
 *   arrays and objects, nothing for null);
 * - for any other string, the string itself (`@@` unescaped).
 * `evaluateValue(json, scope)` walks a JSON value (an activity's typeProperties, a dataset's properties) and evaluates
 * every string in it, and every `{ "value": "...", "type": "Expression" }` object (how ADF's authoring tools store
 * dynamic content), returning a new value; numbers, booleans and null are left as they are, and so is a
 * `{ "value": "...", "type": "SecureString" }`, whose value is a secret, never an expression. The scope is documented
 * in scope.ts.
 *
 * Decisions where ADF's documentation is silent, taken from the engine ADF shares with Logic Apps: function names and
 * property names match regardless of case (an exact match wins); `if`, `and`, `or` and `coalesce` evaluate only the
 * arguments they need; `?.` and `?[` forgive one step each, not the rest of the chain: `a?.b.c` gives null for a
 * missing `b` and then fails selecting `c` from null, where `a?.b?.c` gives null.
 */
import type { ExpressionNode } from '#shared/expressions/syntax.js';
import { ExpressionSyntaxError } from '#shared/expressions/syntax.js';
import { type AdfTemplate, parseAdfTemplate } from '#shared/expressions/template-strings.js';
import {
  argumentCountMessage,
  ExpressionError,
  type ExpressionErrorKind,
  unknownFunctionMessage,
} from './errors.js';
import { findFunction } from './functions/catalog.js';
import type { CallContext, FunctionDefinition } from './functions/definitions.js';
import type { ExpressionScope } from './scope.js';
import { FloatValue, isRecord, plain, toText, typeName } from './values.js';

export interface CompiledString {
  readonly text: string;
  /** `literal`: no expression (evaluate gives the text, unescaped); `expression`: `@expr`; `interpolation`: `@{}`. */
  readonly kind: AdfTemplate['kind'];
  evaluate(scope: ExpressionScope): unknown;
}

export interface ExpressionEvaluatorOptions {
  /** How many compiled strings to keep; the oldest is dropped past it. */
  readonly cacheSize?: number;
}

/** Where in the string the expression being evaluated sits, for messages that quote it. */
interface Segment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const DEFAULT_CACHE_SIZE = 5000;

export class ExpressionEvaluator {
  private readonly cache = new Map<string, CompiledString>();
  private readonly cacheSize: number;

  constructor(options: ExpressionEvaluatorOptions = {}) {
    this.cacheSize = options.cacheSize ?? DEFAULT_CACHE_SIZE;
  }

  /** Parses and checks a JSON string value; throws an ExpressionError if it is not a valid expression. */
  compile(text: string): CompiledString {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const compiled = compileString(text);
    if (this.cache.size >= this.cacheSize) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(text, compiled);
    return compiled;
  }

  evaluate(text: string, scope: ExpressionScope): unknown {
    if (!text.includes('@')) return text;
    return this.compile(text).evaluate(scope);
  }

  evaluateValue(value: unknown, scope: ExpressionScope): unknown {
    if (typeof value === 'string') return this.evaluate(value, scope);
    if (Array.isArray(value)) return value.map((item) => this.evaluateValue(item, scope));
    if (isRecord(value)) {
      const wrapper = typedValue(value);
      if (wrapper === 'expression') return this.evaluate(value.value as string, scope);
      if (wrapper === 'securestring') return value;
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, this.evaluateValue(item, scope)]),
      );
    }
    return value;
  }
}

/** `expression` or `securestring` for ADF's `{ "value": "...", "type": "Expression" | "SecureString" }` wrappers. */
function typedValue(value: Readonly<Record<string, unknown>>): string | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 2 || typeof value.value !== 'string' || typeof value.type !== 'string')
    return undefined;
  return value.type.toLowerCase();
}

function compileString(text: string): CompiledString {
  let template: AdfTemplate;
  try {
    template = parseAdfTemplate(text);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) {
      throw new ExpressionError(
        'syntax',
        `Unable to parse expression '${text}': ${error.reason} (position ${error.position}).`,
        text,
        error.position,
      );
    }
    throw error;
  }
  switch (template.kind) {
    case 'literal':
      return { text, kind: 'literal', evaluate: () => template.value };
    case 'expression': {
      const segment = { text, start: template.start, end: template.end };
      checkCalls(template.expression, segment);
      return {
        text,
        kind: 'expression',
        evaluate: (scope) => plain(evaluateNode(template.expression, scope, segment)),
      };
    }
    case 'interpolation': {
      const parts = template.parts.map((part) => {
        if (part.kind === 'text') return () => part.value;
        const segment = { text, start: part.start, end: part.end };
        checkCalls(part.expression, segment);
        return (scope: ExpressionScope) => toText(evaluateNode(part.expression, scope, segment));
      });
      return {
        text,
        kind: 'interpolation',
        evaluate: (scope) => parts.map((part) => part(scope)).join(''),
      };
    }
  }
}

function fail(kind: ExpressionErrorKind, message: string, segment: Segment, position: number): never {
  throw new ExpressionError(kind, message, segment.text, position);
}

/** The expression's own text, as ADF quotes it in "The expression '...' cannot be evaluated". */
const quoted = (segment: Segment) => segment.text.slice(segment.start, segment.end).trim();

/** Every function called exists and is given a number of arguments it takes: ADF rejects the pipeline otherwise. */
function checkCalls(node: ExpressionNode, segment: Segment): void {
  switch (node.kind) {
    case 'literal':
      return;
    case 'property':
      checkCalls(node.target, segment);
      return;
    case 'index':
      checkCalls(node.target, segment);
      checkCalls(node.index, segment);
      return;
    case 'call': {
      const definition = findFunction(node.name);
      if (!definition) fail('unknown-function', unknownFunctionMessage(node.name), segment, node.start);
      const given = node.args.length;
      if (given < definition.minArgs || given > definition.maxArgs) {
        fail(
          'argument-count',
          argumentCountMessage(definition.name, definition.minArgs, definition.maxArgs, given),
          segment,
          node.start,
        );
      }
      for (const arg of node.args) checkCalls(arg, segment);
    }
  }
}

function evaluateNode(node: ExpressionNode, scope: ExpressionScope, segment: Segment): unknown {
  switch (node.kind) {
    case 'literal':
      return node.decimal && typeof node.value === 'number' ? new FloatValue(node.value) : node.value;
    case 'call':
      return call(node, scope, segment);
    case 'property': {
      const target = plain(evaluateNode(node.target, scope, segment));
      return member(target, node.name, node.optional, node.nameStart, segment);
    }
    case 'index': {
      const target = plain(evaluateNode(node.target, scope, segment));
      const index = plain(evaluateNode(node.index, scope, segment));
      const position = node.index.start;
      if (typeof index === 'string' && (isRecord(target) || target === null || target === undefined)) {
        return member(target, index, node.optional, position, segment);
      }
      if (target === null || target === undefined) {
        if (node.optional) return null;
        return fail(
          'property-selection',
          `The expression '${quoted(segment)}' cannot be evaluated because array index '${toText(index)}' cannot be selected. Index selection is not supported on values of type 'Null'.`,
          segment,
          position,
        );
      }
      if (Array.isArray(target) && typeName(index) === 'Integer') {
        const at = index as number;
        if (at >= 0 && at < target.length) return target[at] ?? null;
        if (node.optional) return null;
        return fail(
          'bad-index',
          `The expression '${quoted(segment)}' cannot be evaluated because array index '${at}' is outside bounds (0 - ${target.length - 1}) of array.`,
          segment,
          position,
        );
      }
      return fail(
        'bad-index',
        `The expression '${quoted(segment)}' cannot be evaluated because a value of type '${typeName(index)}' cannot index a value of type '${typeName(target)}'.`,
        segment,
        position,
      );
    }
  }
}

function member(
  target: unknown,
  name: string,
  optional: boolean,
  position: number,
  segment: Segment,
): unknown {
  if (isRecord(target)) {
    const found = lookup(target, name);
    if (found !== undefined) return found;
    if (optional) return null;
    return fail(
      'missing-property',
      `The expression '${quoted(segment)}' cannot be evaluated because property '${name}' doesn't exist, available properties are '${Object.keys(target).join(', ')}'.`,
      segment,
      position,
    );
  }
  if ((target === null || target === undefined) && optional) return null;
  return fail(
    'property-selection',
    `The expression '${quoted(segment)}' cannot be evaluated because property '${name}' cannot be selected. Property selection is not supported on values of type '${typeName(target)}'.`,
    segment,
    position,
  );
}

/** The member's value (null for a JSON null), or undefined when there is no such member. */
function lookup(target: Readonly<Record<string, unknown>>, name: string): unknown {
  if (Object.hasOwn(target, name)) return target[name] ?? null;
  const lower = name.toLowerCase();
  const key = Object.keys(target).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : (target[key] ?? null);
}

function call(node: ExpressionNode & { kind: 'call' }, scope: ExpressionScope, segment: Segment): unknown {
  // checkCalls ran at compile time: the function exists and the argument count fits.
  const definition = findFunction(node.name) as FunctionDefinition;
  const context: CallContext = {
    scope,
    name: definition.name,
    maxArgs: definition.maxArgs,
    fail: (kind, message, argument) =>
      fail(
        kind,
        message,
        segment,
        argument === undefined ? node.start : (node.args[argument]?.start ?? node.start),
      ),
  };
  if (definition.lazy) {
    return definition.evaluate(
      node.args.map((arg) => () => evaluateNode(arg, scope, segment)),
      context,
    );
  }
  const args = node.args.map((arg) => evaluateNode(arg, scope, segment));
  return definition.evaluate(definition.numeric ? args : args.map(plain), context);
}
