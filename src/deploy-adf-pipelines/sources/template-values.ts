/**
 * The values of one ARM template as ARM computes them: each string of a JSON value that is an expression is evaluated
 * (template-expressions.ts) against the template's parameters (the parameters file's value, else the declared
 * default) and variables. Each parameter and variable is evaluated once, on first use, and one that refers to itself
 * is refused. An error is a problem at the string that caused it.
 */
import type { DocumentPath, LoadedDocument } from '#shared/documents.js';
import { isRecord } from '#shared/values.js';
import type { Problem } from '../problems.js';
import {
  type EvaluationContext,
  ExpressionError,
  evaluateTemplateString,
  isExpression,
} from './template-expressions.js';

/** Thrown inside a walk of the template to carry a problem out of it. */
export class LocatedProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

export function problemAt(document: LoadedDocument, path: DocumentPath, message: string): Problem {
  return { message, location: document.locate(path) };
}

export interface TemplateScope {
  /** The template's `parameters`: the declarations. */
  readonly declared: Readonly<Record<string, unknown>>;
  readonly variables: Readonly<Record<string, unknown>>;
  /** The parameters file's `parameters`; undefined without a parameters file. */
  readonly supplied: Readonly<Record<string, unknown>> | undefined;
  /** The parameters file as shown to the user; undefined without one. */
  readonly parametersFile: string | undefined;
}

/** Evaluates every string in a JSON value found at `path` of the template (object keys are kept as written). */
export type EvaluateAt = (path: DocumentPath, value: unknown) => unknown;

/** Whether a JSON string is evaluated: an expression, or an escaped `[[` literal that evaluation unescapes. */
function needsEvaluation(value: string): boolean {
  return isExpression(value) || value.startsWith('[[');
}

/** The key of `names` spelled as ARM matches it (case-insensitive), or undefined. */
function findKey(names: Readonly<Record<string, unknown>>, name: string): string | undefined {
  return Object.keys(names).find((key) => key.toLowerCase() === name.toLowerCase());
}

export function templateEvaluator(template: LoadedDocument, scope: TemplateScope): EvaluateAt {
  const { declared, variables, supplied } = scope;
  const resolved = new Map<string, unknown>();
  const evaluating = new Set<string>();

  /** Evaluates a parameter default or a variable once; `id` tells them apart in the cache and the cycle check. */
  const once = (id: string, what: string, evaluate: () => unknown): unknown => {
    if (resolved.has(id)) return resolved.get(id);
    if (evaluating.has(id)) throw new ExpressionError(`${what} refers to itself`);
    evaluating.add(id);
    try {
      const value = evaluate();
      resolved.set(id, value);
      return value;
    } finally {
      evaluating.delete(id);
    }
  };

  const context: EvaluationContext = {
    parameter(name) {
      const key = findKey(declared, name);
      if (key === undefined) throw new ExpressionError(`the template declares no parameter '${name}'`);
      const entry = supplied?.[key];
      if (isRecord(entry) && 'value' in entry) return entry.value;
      const declaration = declared[key];
      if (!isRecord(declaration) || !('defaultValue' in declaration)) {
        const where = scope.parametersFile
          ? ` (${scope.parametersFile})`
          : ' (input arm-template-parameters)';
        throw new ExpressionError(
          `parameter '${key}' has no value: give it one in the parameters file${where}`,
        );
      }
      return once(`p:${key}`, `parameter '${key}'`, () =>
        evaluateAt(['parameters', key, 'defaultValue'], declaration.defaultValue),
      );
    },
    variable(name) {
      const key = findKey(variables, name);
      if (key === undefined) throw new ExpressionError(`the template declares no variable '${name}'`);
      return once(`v:${key}`, `variable '${key}'`, () => evaluateAt(['variables', key], variables[key]));
    },
  };

  const evaluateAt: EvaluateAt = (path, value) => {
    if (typeof value === 'string') {
      if (!needsEvaluation(value)) return value;
      try {
        return evaluateTemplateString(value, context);
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        throw new LocatedProblem(
          problemAt(template, path, `template expression ${JSON.stringify(value)}: ${error.message}`),
        );
      }
    }
    if (Array.isArray(value)) return value.map((item, i) => evaluateAt([...path, i], item));
    if (isRecord(value)) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, evaluateAt([...path, key], item)]),
      );
    }
    return value;
  };
  return evaluateAt;
}
