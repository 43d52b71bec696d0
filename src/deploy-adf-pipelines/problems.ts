/**
 * Validation collects every problem before failing, so one run shows the user all they must fix. The single error
 * thrown carries each problem with its location, so the entry point can annotate every one of them.
 */
import { ConfigurationError } from '#shared/errors.js';
import { countProblems, formatProblem, type Problem, ProblemsError } from '#shared/problems.js';

export { formatProblem, type Problem };

export class AdfValidationError extends ProblemsError {
  override readonly name = 'AdfValidationError';

  constructor(problems: readonly Problem[]) {
    super(`The Data Factory source has ${countProblems(problems)}`, problems);
  }
}

/** Throws one AdfValidationError listing all problems, if there are any. */
export function throwIfProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new AdfValidationError(problems);
}

/** Turns a ConfigurationError raised while reading a file (parse error) into a Problem. */
export function problemFromError(error: unknown, file: string): Problem {
  if (error instanceof AdfValidationError)
    return error.problems[0] ?? { message: error.message, location: { file } };
  if (error instanceof ConfigurationError) {
    const location = error.location ?? { file };
    const prefix = `${location.file} line ${location.line}, column ${location.column}: `;
    const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return { message, location };
  }
  throw error;
}
