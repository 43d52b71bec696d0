/**
 * The `rows` input: the use cases the control table must hold, read from YAML, JSON and CSV files and validated
 * before anything connects to a database. Every problem of every file is collected and thrown as one RowsError,
 * each with its file and line.
 *
 * - YAML and JSON: row-documents.ts; CSV: row-csv.ts. Each reader keeps where every value was written.
 * - The rows, whatever file they came from: row-validation.ts. The columns are documented in model.ts.
 */

import type { SourcedRow } from '#shared/control-table/model.js';
import { BUILTIN_LAYOUT, type TableLayout } from '#shared/control-table/table-layout.js';
import { globWorkspace, workspaceRelative } from '#shared/files.js';
import { type Problem, sortProblems } from '#shared/problems.js';
import { RowsError } from './problems.js';
import { readRowCsv } from './row-csv.js';
import { type RowFileContext, readRowDocument } from './row-documents.js';
import { type RawRow, type RowsFile, validateRows } from './row-validation.js';

export const ROWS_INPUT = 'rows';

/**
 * Expands the `rows` globs in the workspace, reads every file and validates every row. Returns the rows sorted by
 * id; throws one RowsError with every problem of every file.
 */
export async function readRows(options: {
  readonly workspace: string;
  readonly patterns: readonly string[];
  /** The table the rows go to (default: the action's own). */
  readonly layout?: TableLayout;
  /** What a YAML or JSON file's top-level `environment` and `table` are held against. */
  readonly context?: RowFileContext;
  /** Told of each file left out because it is for another environment. */
  readonly onOtherEnvironment?: (file: string) => void;
}): Promise<SourcedRow[]> {
  const layout = options.layout ?? BUILTIN_LAYOUT;
  const files = await globWorkspace(options.workspace, options.patterns, ROWS_INPUT);
  const problems: Problem[] = [];
  const raw: RawRow[] = [];
  for (const absolute of files) {
    const file = workspaceRelative(options.workspace, absolute);
    const read = await readRowFile(absolute, file, layout, options.context ?? {});
    if (read.otherEnvironment) options.onOtherEnvironment?.(file);
    raw.push(...read.rows);
    problems.push(...read.problems);
  }
  const checked = validateRows(raw, layout);
  problems.push(...checked.problems);
  if (problems.length > 0) {
    throw new RowsError(sortProblems(problems), `the rows (${options.patterns.join(', ')})`, ROWS_INPUT);
  }
  return checked.rows;
}

/** The reader for the file's kind, by its extension. */
function readRowFile(
  absolute: string,
  file: string,
  layout: TableLayout,
  context: RowFileContext,
): Promise<RowsFile> {
  if (/\.(ya?ml|json)$/i.test(absolute)) return readRowDocument(absolute, file, ROWS_INPUT, context);
  if (/\.csv$/i.test(absolute)) return readRowCsv(absolute, file, layout);
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
