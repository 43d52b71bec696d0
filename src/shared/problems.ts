/**
 * A problem found while validating a user's files: what is wrong and where. Validators collect every problem before
 * failing, so one run shows the user all they must fix; the entry point annotates each at its file and line.
 */
import type { SourceLocation } from './errors.js';

export interface Problem {
  readonly message: string;
  readonly location: SourceLocation;
}

/** `pipeline/Score.json line 12, column 7: message`. */
export function formatProblem(problem: Problem): string {
  const { file, line, column } = problem.location;
  const where =
    line === undefined ? file : `${file} line ${line}${column === undefined ? '' : `, column ${column}`}`;
  return `${where}: ${problem.message}`;
}
