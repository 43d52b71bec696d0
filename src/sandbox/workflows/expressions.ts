/**
 * `${{ }}` evaluation with GitHub's own evaluator (`@actions/expressions`): its lexer, parser, operators, coercions
 * and functions (contains, startsWith, endsWith, format, join, toJSON, fromJSON, case). The runner adds the job
 * status functions, which depend on where the expression is: here they are given by the caller (a job's `if:`
 * looks at its needs, a step's `if:` at the job so far). Anything else, `hashFiles()` included, is refused with
 * the expression's line: the local executor never guesses a value.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';
import { isBasicExpression, isMapping, isSequence, isString } from '@actions/workflow-parser';
import type { BasicExpressionToken, TemplateToken } from '@actions/workflow-parser/templates/tokens/index';
import { describeError } from '#shared/errors.js';
import { type WorkflowFile, workflowError } from './workflow-file.js';

/** The job status functions of the place an expression is evaluated. */
export interface StatusFunctions {
  success(): boolean;
  failure(): boolean;
  cancelled(): boolean;
}

export interface Scope {
  /** The contexts by name (`github`, `env`, `vars`, `secrets`, `inputs`, `needs`, `steps`, `job`, `jobs`, ...). */
  readonly contexts: Readonly<Record<string, unknown>>;
  /** Only where GitHub allows them (`if:` conditions). */
  readonly status?: StatusFunctions;
}

const dictionaries = new WeakMap<Readonly<Record<string, unknown>>, data.Dictionary>();

function dictionaryOf(contexts: Readonly<Record<string, unknown>>): data.Dictionary {
  let dictionary = dictionaries.get(contexts);
  if (!dictionary) {
    dictionary = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
    dictionaries.set(contexts, dictionary);
  }
  return dictionary;
}

function statusFunctions(status: StatusFunctions): Map<string, FunctionDefinition> {
  const define = (name: string, call: () => boolean): [string, FunctionDefinition] => [
    name.toLowerCase(),
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(call()) },
  ];
  return new Map([
    define('success', () => status.success()),
    define('failure', () => status.failure()),
    define('cancelled', () => status.cancelled()),
    define('always', () => true),
  ]);
}

function evaluateExpression(
  file: WorkflowFile,
  token: TemplateToken | undefined,
  expression: string,
  scope: Scope,
) {
  const functions = scope.status ? statusFunctions(scope.status) : new Map<string, FunctionDefinition>();
  try {
    const { tokens } = new Lexer(expression).lex();
    const tree = new Parser(tokens, Object.keys(scope.contexts), [...functions.values()]).parse();
    return new Evaluator(tree, dictionaryOf(scope.contexts), functions).evaluate() ?? new data.Null();
  } catch (error) {
    const message = describeError(error).message;
    const unsupported = /Unrecognized function: '([^']+)'/.exec(message)?.[1];
    // The parser joins the expressions of a string into one format(...): show the one at fault as written.
    const written =
      (token && isBasicExpression(token) ? token.originalExpressions : undefined)?.find((original) =>
        unsupported ? original.expression.includes(unsupported) : true,
      )?.expression ?? expression;
    throw workflowError(
      file,
      token,
      unsupported
        ? `the expression function ${unsupported}() is not supported by the local executor (it has the functions of @actions/expressions${scope.status ? ' and success(), failure(), cancelled(), always()' : ''}): \${{ ${written} }}`
        : `cannot evaluate \${{ ${written} }}: ${message}`,
    );
  }
}

function toValue(result: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(result, data.replacer)) as unknown;
}

/** The token's value as plain data: mappings and sequences evaluated member by member. */
export function evaluate(file: WorkflowFile, token: TemplateToken, scope: Scope): unknown {
  if (isBasicExpression(token)) return toValue(evaluateExpression(file, token, token.expression, scope));
  if (isMapping(token)) {
    const result: Record<string, unknown> = {};
    for (const pair of token) {
      const key = isString(pair.key) ? pair.key.value : String(evaluate(file, pair.key, scope));
      result[key] = evaluate(file, pair.value, scope);
    }
    return result;
  }
  if (isSequence(token)) return [...token].map((item) => evaluate(file, item, scope));
  if (token.isExpression) throw workflowError(file, token, 'template insert expressions are not supported');
  return (token as unknown as { value?: unknown }).value ?? null;
}

/** As the runner writes a value into a string (inputs, env, run scripts): null is empty, objects name their kind. */
export function evaluateString(file: WorkflowFile, token: TemplateToken, scope: Scope): string {
  if (isBasicExpression(token))
    return evaluateExpression(file, token, token.expression, scope).coerceString();
  const value = evaluate(file, token, scope);
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return Array.isArray(value) ? 'Array' : 'Object';
  return String(value);
}

/** A mapping of strings (`env:`, `with:`, `outputs:`), each value evaluated. */
export function evaluateStringMap(
  file: WorkflowFile,
  token: TemplateToken | undefined,
  scope: Scope,
): Record<string, string> {
  const result: Record<string, string> = {};
  if (!token) return result;
  if (!isMapping(token)) {
    const value = evaluate(file, token, scope);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, item] of Object.entries(value)) result[key] = item === null ? '' : String(item);
      return result;
    }
    throw workflowError(file, token, 'expected a mapping');
  }
  for (const pair of token) {
    if (!isString(pair.key)) throw workflowError(file, pair.key, 'expected a literal key');
    result[pair.key.value] = evaluateString(file, pair.value, scope);
  }
  return result;
}

/** A whole-string expression written outside a workflow (an action.yml default such as `${{ github.token }}`). */
export function evaluateText(
  file: WorkflowFile,
  at: TemplateToken | undefined,
  text: string,
  scope: Scope,
): string {
  const expression = /^\$\{\{(.*)\}\}$/s.exec(text.trim())?.[1];
  if (expression === undefined) return text;
  return evaluateExpression(file, at, expression.trim(), scope).coerceString();
}

export function evaluateCondition(file: WorkflowFile, token: BasicExpressionToken, scope: Scope): boolean {
  return truthy(evaluateExpression(file, token, token.expression, scope));
}
