/**
 * The `rows` input: the use cases the control table must hold, read from YAML, JSON and CSV files and validated
 * before anything connects to a database. Every problem of every file is collected and thrown as one RowsError,
 * each with its file and line.
 *
 * - YAML and JSON: row-documents.ts; CSV: row-csv.ts. Each reader keeps where every value was written.
 * - The rows, whatever file they came from: row-validation.ts. The columns are documented in model.ts.
 */
import { globWorkspace, workspaceRelative } from '#shared/files.js';
import { type Problem, sortProblems } from '#shared/problems.js';
import type { SourcedRow } from './model.js';
import { RowsError } from './problems.js';
import { readRowCsv } from './row-csv.js';
import { readRowDocument } from './row-documents.js';
import { type RawRow, type RowsFile, validateRows } from './row-validation.js';

export const ROWS_INPUT = 'rows';

/**
 * Expands the `rows` globs in the workspace, reads every file and validates every row. Returns the rows sorted by
 * id; throws one RowsError with every problem of every file.
 */
export async function readRows(options: {
  readonly workspace: string;
  readonly patterns: readonly string[];
}): Promise<SourcedRow[]> {
  const files = await globWorkspace(options.workspace, options.patterns, ROWS_INPUT);
  const problems: Problem[] = [];
  const raw: RawRow[] = [];
  for (const absolute of files) {
    const read = await readRowFile(absolute, workspaceRelative(options.workspace, absolute));
    raw.push(...read.rows);
    problems.push(...read.problems);
  }
  const checked = validateRows(raw);
  problems.push(...checked.problems);
  if (problems.length > 0) {
    throw new RowsError(sortProblems(problems), `the rows (${options.patterns.join(', ')})`, ROWS_INPUT);
  }
  return checked.rows;
}

/** The reader for the file's kind, by its extension. */
function readRowFile(absolute: string, file: string): Promise<RowsFile> {
  if (/\.(ya?ml|json)$/i.test(absolute)) return readRowDocument(absolute, file, ROWS_INPUT);
  if (/\.csv$/i.test(absolute)) return readRowCsv(absolute, file);
  return Promise.resolve({
    rows: [],
    problems: [
      {
        message: `the rows input matched this file, but rows are read from .yml, .yaml, .json and .csv files only; narrow the pattern or rename the file`,
        location: { file },
      },
    ],
  });
}
