/**
 * The output against the expectations: each output file streamed once through the checks (output-checks.ts), in
 * name order (an append_row output is one file; a summary_only script may write several, each read the same way).
 * Without an expectations file the one check is that the output holds at least one row: a job that completed
 * with nothing in its output has not shown the model scores.
 */
import { basename } from 'node:path';
import { CsvRowScanner, scanFile } from './csv-rows.js';
import type { Expectations } from './expectations-file.js';
import type { GoldenTable } from './golden-file.js';
import { type CheckResult, OutputChecker } from './output-checks.js';

export interface Validation {
  readonly validated: boolean;
  /** Data rows in the output (a `csv` layout's headers not counted). */
  readonly rows: number;
  readonly checks: readonly CheckResult[];
}

export interface ValidationRequest {
  /** The output's local files. */
  readonly files: readonly string[];
  readonly expectations: Expectations | undefined;
  readonly golden: GoldenTable | undefined;
  /** The input's data rows, when known (needed by `rows: input`). */
  readonly inputRows: number | undefined;
  readonly durationMs: number;
}

export async function validateOutput(request: ValidationRequest): Promise<Validation> {
  const files = [...request.files].sort();
  const { expectations } = request;
  if (!expectations) {
    let rows = 0;
    for (const file of files) {
      await scanFile(
        file,
        new CsvRowScanner(',', () => {
          rows++;
        }),
      );
    }
    const check: CheckResult = {
      check: 'rows',
      title: 'Row count (no expectations file)',
      passed: rows > 0,
      expected: 'at least 1 row',
      observed: `${rows.toLocaleString('en')} row${rows === 1 ? '' : 's'}`,
    };
    return { validated: check.passed, rows, checks: [check] };
  }
  const checker = new OutputChecker(expectations, request.golden);
  for (const file of files) {
    checker.startFile(basename(file));
    await scanFile(file, new CsvRowScanner(expectations.output.delimiter, checker.onRow));
  }
  const checks = checker.results({ inputRows: request.inputRows, durationMs: request.durationMs });
  return { validated: checks.every((check) => check.passed), rows: checker.rowsRead, checks };
}

/**
 * The validation of several outputs (pipeline mode: one per batch job the run started), each on its own and the
 * verdict over all: validated when every one is. With more than one, each check's title names its job.
 */
export async function validateOutputs<P extends { readonly jobName: string }>(
  parts: readonly P[],
  validate: (part: P) => Promise<Validation>,
): Promise<Validation> {
  if (parts.length === 1) return validate(parts[0]!);
  const checks: CheckResult[] = [];
  let rows = 0;
  for (const part of parts) {
    const one = await validate(part);
    rows += one.rows;
    checks.push(...one.checks.map((check) => ({ ...check, title: `${part.jobName}: ${check.title}` })));
  }
  return { validated: checks.every((check) => check.passed), rows, checks };
}
