/**
 * Problems with the rows, the overrides file or the rows against the receipt, all collected before failing (the
 * shared Problem mechanism: src/shared/problems.ts).
 */
import { countProblems, type Problem, ProblemsError } from '#shared/problems.js';

export class RowsError extends ProblemsError {
  override readonly name = 'RowsError';

  /**
   * @param source what the problems are in, for the message: `the rows`, `the overrides file overrides/dev.yml`.
   * @param input the action input at fault.
   */
  constructor(problems: readonly Problem[], source: string, input?: string) {
    super(`${countProblems(problems)} in ${source}`, problems, input);
  }
}
