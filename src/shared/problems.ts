/**
 * A problem found while validating a user's files: what is wrong and where. Validators collect every problem before
 * failing, so one run shows the user all they must fix, and throw them together as one ProblemsError; the entry
 * point (`annotateProblems`) annotates each at its file and line.
 */
import { ConfigurationError, formatLocation, type SourceLocation } from './errors.js';
import type { Logger } from './logger.js';

export interface Problem {
  readonly message: string;
  readonly location: SourceLocation;
}

/** `pipeline/Score.json line 12, column 7: message`. */
export function formatProblem(problem: Problem): string {
  return `${formatLocation(problem.location)}: ${problem.message}`;
}

/** `1 problem`, `3 problems`. */
export function countProblems(problems: readonly Problem[]): string {
  return problems.length === 1 ? '1 problem' : `${problems.length} problems`;
}

/** By file, line and column (a stable sort: problems at one place keep their order), as a reader scans them. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const position = ({ location }: Problem) => [location.line ?? 0, location.column ?? 0] as const;
  return [...problems].sort((a, b) => {
    if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
    const [lineA, columnA] = position(a);
    const [lineB, columnB] = position(b);
    return lineA - lineB || columnA - columnB;
  });
}

/** Every problem of one check: `<heading>:` then one `- <file> line <n>: <message>` per problem. */
export class ProblemsError extends ConfigurationError {
  readonly problems: readonly Problem[];

  constructor(heading: string, problems: readonly Problem[], input?: string) {
    super(`${heading}:\n${problems.map((p) => `- ${formatProblem(p)}`).join('\n')}`, {
      input,
      location: problems[0]?.location,
    });
    this.problems = problems;
  }
}

/**
 * The problems a ConfigurationError stands for, so a reader that collects problems can carry on with the next file:
 * each of a ProblemsError's, else one at the error's location (`file` when it has none) with its detail. Anything else
 * is not the user's to fix and is rethrown.
 */
export function problemsFromError(error: unknown, file: string): Problem[] {
  if (error instanceof ProblemsError && error.problems.length > 0) return [...error.problems];
  if (error instanceof ConfigurationError)
    return [{ message: error.detail, location: error.location ?? { file } }];
  throw error;
}

/**
 * Runs `check`; a ProblemsError it throws becomes one annotation per problem: the others logged as errors at their
 * file and line, the first as the step's error (a ConfigurationError that says how many more there are).
 */
export async function annotateProblems<T>(
  logger: Pick<Logger, 'error'>,
  check: () => T | Promise<T>,
): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (!(error instanceof ProblemsError) || error.problems.length === 0) throw error;
    const [first, ...others] = error.problems;
    for (const problem of others) logger.error(problem.message, { location: problem.location });
    const more = others.length === 0 ? '' : ` (and ${others.length} more, annotated above)`;
    throw ConfigurationError.at(formatLocation(first!.location), `${first!.message}${more}`, {
      location: first!.location,
    });
  }
}
