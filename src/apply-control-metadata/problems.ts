/**
 * Problems with the rows, the overrides file or the rows against the receipt. Every problem is collected before
 * failing, so one run shows the user all they must fix; the single error carries each with its location, so the
 * entry point can annotate every one (the others as annotations, the first as the step's error).
 */
import { ConfigurationError } from '../shared/errors.js';
import { formatProblem, type Problem } from '../shared/problems.js';

export type RowProblem = Problem;

/** `rows/churn.yml line 12, column 7: message`. */
export function formatRowProblem(problem: RowProblem): string {
  return formatProblem(problem);
}

/** By file, line and column (a stable sort: problems at one place keep their order), as a reader scans them. */
export function sortProblems(problems: readonly RowProblem[]): RowProblem[] {
  const position = ({ location }: RowProblem) => [location.line ?? 0, location.column ?? 0] as const;
  return [...problems].sort((a, b) => {
    if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
    const [lineA, columnA] = position(a);
    const [lineB, columnB] = position(b);
    return lineA - lineB || columnA - columnB;
  });
}

export class RowsError extends ConfigurationError {
  override readonly name = 'RowsError';
  readonly problems: readonly RowProblem[];

  /**
   * @param source what the problems are in, for the message: `the rows`, `the overrides file overrides/dev.yml`.
   * @param input the action input at fault.
   */
  constructor(problems: readonly RowProblem[], source: string, input?: string) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${count} in ${source}:\n${problems.map((p) => `- ${formatRowProblem(p)}`).join('\n')}`, {
      input,
      location: problems[0]?.location,
    });
    this.problems = problems;
  }
}
