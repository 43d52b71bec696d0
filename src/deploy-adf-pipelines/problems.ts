/**
 * Validation collects every problem before failing, so one run shows the user all they must fix. The single error
 * thrown carries each problem with its location, so the entry point can annotate every one of them.
 */
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
