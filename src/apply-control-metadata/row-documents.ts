/**
 * Rows from a YAML (`.yml`, `.yaml`) or strict JSON (`.json`) file: a list of row mappings, or a mapping with a
 * `use_cases` list. Each value keeps where it was written; row-validation.ts checks them.
 */

import { parseTableName, type TableName } from '#shared/control-table/model.js';
import {
  type DocumentPath,
  DocumentSyntaxError,
  type LoadedDocument,
  loadDocument,
} from '#shared/documents.js';
import { type Problem, problemsFromError } from '#shared/problems.js';
import { suggest } from '#shared/suggest.js';
import { isRecord } from '#shared/values.js';
import { describeValue, type RawField, type RawRow, type RowsFile } from './row-validation.js';

/** What a rows file's top-level keys are held against: the step's environment and table. */
export interface RowFileContext {
  readonly environment?: string;
  readonly table?: TableName;
  /** The engine's default schema, for a `table:` named without one. */
  readonly defaultSchema?: string;
}

/** Reads one YAML or JSON file of rows; a file that cannot be read or parsed is one problem at its line. */
export async function readRowDocument(
  absolute: string,
  file: string,
  input: string,
  context: RowFileContext = {},
): Promise<RowsFile> {
  const problems: Problem[] = [];
  let document: LoadedDocument;
  try {
    document = await loadDocument(absolute, file, input);
  } catch (error) {
    if (error instanceof DocumentSyntaxError && /alias/i.test(error.reason)) {
      // `schedule: */5 * * * *` unquoted: YAML reads the `*` as an alias, which is never what a row means.
      const hint = `; an unquoted '*' starts a YAML alias: quote the cron expression (schedule: "*/5 * * * *")`;
      return {
        rows: [],
        problems: [{ message: `${error.detail}${hint}`, location: error.location ?? { file } }],
      };
    }
    return { rows: [], problems: problemsFromError(error, file) };
  }
  const rows = rowsOfDocument(document, problems, context);
  if (rows === 'other-environment') return { rows: [], problems, otherEnvironment: true };
  return { rows, problems };
}

/** The keys a rows file may carry beside its rows: understood, or refused with a reason. */
const FILE_KEYS = ['use_cases', 'version', 'environment', 'table'] as const;

/**
 * `version` (1, the only version), `table` (the table the rows are for: must be the step's) and `environment` (the
 * environment the rows are for: a file for another environment gives no rows, so one glob can match every
 * environment's file) beside `use_cases`.
 */
function checkFileKeys(
  root: Record<string, unknown>,
  context: RowFileContext,
  problem: (path: DocumentPath, message: string) => void,
): 'other-environment' | undefined {
  if (root.version !== undefined && root.version !== 1) {
    problem(
      ['version'],
      `version ${JSON.stringify(root.version)}: this action reads version 1 (or leave version out)`,
    );
  }
  if (root.table !== undefined && context.table) {
    const named =
      typeof root.table === 'string' ? parseTableName(root.table, context.defaultSchema ?? 'dbo') : undefined;
    const step = `${context.table.schema}.${context.table.table}`;
    if (!named) {
      problem(['table'], `table ${JSON.stringify(root.table)} is not a table name: write schema.table`);
    } else if (`${named.schema}.${named.table}`.toLowerCase() !== step.toLowerCase()) {
      problem(
        ['table'],
        `the file's rows are for table '${named.schema}.${named.table}', but this step applies to '${step}' (input 'table'); fix one of them`,
      );
    }
  }
  if (root.environment !== undefined) {
    if (typeof root.environment !== 'string' || root.environment === '') {
      problem(
        ['environment'],
        `environment must be the name of an environment, not ${describeValue(root.environment)}`,
      );
    } else if (context.environment !== undefined && root.environment !== context.environment) {
      return 'other-environment';
    }
  }
  return undefined;
}

function rowsOfDocument(
  document: LoadedDocument,
  problems: Problem[],
  context: RowFileContext,
): RawRow[] | 'other-environment' {
  const problem = (path: DocumentPath, message: string) =>
    problems.push({ message, location: document.locate(path) });
  const shape = 'a list of rows, or a mapping with a use_cases list of rows';
  const root = document.value;
  let items: readonly unknown[];
  let base: DocumentPath;
  if (Array.isArray(root)) {
    items = root;
    base = [];
  } else if (isRecord(root)) {
    for (const key of Object.keys(root)) {
      if ((FILE_KEYS as readonly string[]).includes(key)) continue;
      const close = suggest(key, FILE_KEYS);
      problem(
        [key],
        `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The file must be ${shape} (beside it: version, environment, table).`,
      );
    }
    if (checkFileKeys(root, context, problem) === 'other-environment') return 'other-environment';
    if (!Array.isArray(root.use_cases)) {
      problem(
        'use_cases' in root ? ['use_cases'] : [],
        'use_cases' in root
          ? `use_cases must be a list of rows, not ${describeValue(root.use_cases)}`
          : `the mapping has no use_cases; the file must be ${shape}`,
      );
      return [];
    }
    items = root.use_cases;
    base = ['use_cases'];
  } else {
    problem(
      [],
      root === null || root === undefined
        ? `the file is empty; it must be ${shape} (write [] for no rows)`
        : `the file must be ${shape}, not ${describeValue(root)}`,
    );
    return [];
  }
  const rows: RawRow[] = [];
  for (const [index, item] of items.entries()) {
    const at = [...base, index];
    if (!isRecord(item)) {
      problem(at, `a row must be a mapping of column to value, not ${describeValue(item)}`);
      continue;
    }
    const fields = new Map<string, RawField>();
    for (const [key, value] of Object.entries(item)) {
      fields.set(key, { value, location: document.locate([...at, key]) });
    }
    rows.push({ location: document.locate(at), fields });
  }
  return rows;
}
