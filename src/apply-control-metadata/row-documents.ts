/**
 * Rows from a YAML (`.yml`, `.yaml`) or strict JSON (`.json`) file: a list of row mappings, or a mapping with a
 * `use_cases` list. Each value keeps where it was written; row-validation.ts checks them.
 */
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

/** Reads one YAML or JSON file of rows; a file that cannot be read or parsed is one problem at its line. */
export async function readRowDocument(absolute: string, file: string, input: string): Promise<RowsFile> {
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
  return { rows: rowsOfDocument(document, problems), problems };
}

function rowsOfDocument(document: LoadedDocument, problems: Problem[]): RawRow[] {
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
      if (key === 'use_cases') continue;
      const close = suggest(key, ['use_cases']);
      problem(
        [key],
        `unknown key '${key}'${close ? `; did you mean '${close}'?` : '.'} The file must be ${shape}.`,
      );
    }
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
