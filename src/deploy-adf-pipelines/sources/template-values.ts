/**
 * The values of one ARM template as ARM computes them: each string of a JSON value that is an expression is evaluated
 * (template-expressions.ts) against the template's parameters (the parameters file's value, else the declared
 * default) and variables. Each parameter and variable is evaluated once, on first use, and one that refers to itself
 * is refused. An error is a problem at the string that caused it; a parameter or variable that cannot be resolved is
 * reported once, at its first use (its other uses fail as FollowOnProblems, which readers drop).
 *
 * Secure parameters (`securestring`, `secureobject`): every string that takes a value from one is recorded (where, and
 * from which parameter), so the value can be masked before anything prints it, is not refused as a password written
 * in plain text, and an empty one can be refused (arm-template.ts).
 */
import type { DocumentPath, LoadedDocument } from '#shared/json-documents.js';
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

/** A use of a parameter or variable already reported as a problem: the walk stops, and nothing new is reported. */
export class FollowOnProblem extends Error {
  constructor(readonly about: string) {
    super(`${about} (reported at its first use)`);
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

/** A template string that takes a value from a secure parameter. */
export interface SecureUse {
  /** Where the string is in the template. */
  readonly path: DocumentPath;
  readonly parameter: string;
  /** The parameter's value. */
  readonly value: unknown;
  /** What the string evaluated to. */
  readonly evaluated: unknown;
}

export interface TemplateEvaluator {
  readonly evaluateAt: EvaluateAt;
  /** Every string evaluated so far that takes a value from a secure parameter, in evaluation order. */
  readonly secureUses: readonly SecureUse[];
}

const SECURE_TYPES = new Set(['securestring', 'secureobject']);

/** Whether a JSON string is evaluated: an expression, or an escaped `[[` literal that evaluation unescapes. */
function needsEvaluation(value: string): boolean {
  return isExpression(value) || value.startsWith('[[');
}

/** The key of `names` spelled as ARM matches it (case-insensitive), or undefined. */
function findKey(names: Readonly<Record<string, unknown>>, name: string): string | undefined {
  return Object.keys(names).find((key) => key.toLowerCase() === name.toLowerCase());
}

export function templateEvaluator(template: LoadedDocument, scope: TemplateScope): TemplateEvaluator {
  const { declared, variables, supplied } = scope;
  const resolved = new Map<string, unknown>();
  const evaluating = new Set<string>();
  /** Parameters and variables (by id) already reported as unresolvable. */
  const reported = new Map<string, string>();
  const secureUses: SecureUse[] = [];
  /** The secure parameters the string being evaluated reads. */
  let reading: Map<string, unknown> | undefined;

  /** Evaluates a parameter default or a variable once; `id` tells them apart in the cache and the cycle check. */
  const once = (id: string, what: string, evaluate: () => unknown): unknown => {
    if (resolved.has(id)) return resolved.get(id);
    const known = reported.get(id);
    if (known !== undefined) throw new FollowOnProblem(known);
    if (evaluating.has(id)) throw new ExpressionError(`${what} refers to itself`);
    evaluating.add(id);
    try {
      const value = evaluate();
      resolved.set(id, value);
      return value;
    } catch (error) {
      if (error instanceof LocatedProblem) reported.set(id, what);
      throw error;
    } finally {
      evaluating.delete(id);
    }
  };

  /** Refuses a name once; later uses of it are follow-ons. */
  const unresolvable = (id: string, what: string, message: string): never => {
    if (reported.has(id)) throw new FollowOnProblem(what);
    reported.set(id, what);
    throw new ExpressionError(message);
  };

  const context: EvaluationContext = {
    parameter(name) {
      const key = findKey(declared, name);
      if (key === undefined) {
        return unresolvable(
          `p:${name.toLowerCase()}`,
          `parameter '${name}'`,
          `the template declares no parameter '${name}'`,
        );
      }
      const declaration = declared[key];
      const secure = isRecord(declaration) && SECURE_TYPES.has(String(declaration.type).toLowerCase());
      const entry = supplied?.[key];
      let value: unknown;
      if (isRecord(entry) && 'value' in entry) value = entry.value;
      else if (!isRecord(declaration) || !('defaultValue' in declaration)) {
        const where = scope.parametersFile
          ? ` (${scope.parametersFile})`
          : ' (input arm-template-parameters)';
        return unresolvable(
          `p:${key.toLowerCase()}`,
          `parameter '${key}'`,
          `parameter '${key}' has no value: give it one in the parameters file${where}`,
        );
      } else {
        value = once(`p:${key}`, `parameter '${key}'`, () =>
          evaluateAt(['parameters', key, 'defaultValue'], declaration.defaultValue),
        );
      }
      if (secure) reading?.set(key, value);
      return value;
    },
    variable(name) {
      const key = findKey(variables, name);
      if (key === undefined) {
        return unresolvable(
          `v:${name.toLowerCase()}`,
          `variable '${name}'`,
          `the template declares no variable '${name}'`,
        );
      }
      return once(`v:${key}`, `variable '${key}'`, () => evaluateAt(['variables', key], variables[key]));
    },
  };

  const evaluateAt: EvaluateAt = (path, value) => {
    if (typeof value === 'string') {
      if (!needsEvaluation(value)) return value;
      const outer = reading;
      reading = new Map();
      try {
        const evaluated = evaluateTemplateString(value, context);
        for (const [parameter, secret] of reading) {
          secureUses.push({ path, parameter, value: secret, evaluated });
          outer?.set(parameter, secret);
        }
        return evaluated;
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        throw new LocatedProblem(
          problemAt(template, path, `template expression ${JSON.stringify(value)}: ${error.message}`),
        );
      } finally {
        reading = outer;
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
  return { evaluateAt, secureUses };
}
