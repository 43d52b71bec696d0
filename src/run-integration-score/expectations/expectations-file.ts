/**
 * The expectations file: what a scoring output must look like to count as validated. Read before anything runs;
 * every problem is reported at its file and line, all of them at once.
 *
 *   output:                      # how to read the output (required)
 *     layout: append_row         # append_row: no header, the columns below in this order (Azure's append_row
 *                                # output); csv: a header row that must name the columns below, in this order
 *     delimiter: ","             # one character; " " for a DataFrame returned by a scoring script's run()
 *     columns:                   # name and, optionally, type: integer, number, string or boolean
 *       - {name: row, type: integer}
 *       - {name: prediction, type: number}
 *       - {name: file, type: string}
 *   rows: input                  # the input's data rows; or a number; or {min: 1, max: 1000}
 *   columns:                     # per-column checks
 *     prediction: {min: 0, max: 1, allowed: [0, 1], max_null_share: 0}
 *   golden:                      # a CSV with a header, joined to the output on the key columns
 *     file: golden.csv           # relative to this file
 *     keys: [file, row]
 *     tolerance: {absolute: 1.0e-6, relative: 0}   # |observed - expected| <= absolute + relative * |expected|
 *     columns: {prediction: {absolute: 0.001}}     # per-column tolerance
 *   max_duration: 15m            # from the invocation to the job's end, as the step observed it
 *
 * Missing values are empty fields or NA, NaN, nan, null, NULL, None (field-values.ts). The digest of the
 * expectations (this file and the golden file, folder-digest.ts) goes into the integration receipt.
 */
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { DocumentReader, type Mapping, typeName } from '#shared/document-reader.js';
import { type DocumentPath, type LoadedDocument, loadDocument } from '#shared/documents.js';
import { ConfigurationError, formatLocation, type SourceLocation } from '#shared/errors.js';
import { resolveWorkspacePath, workspaceRelative } from '#shared/files.js';
import { contentDigest, sha256OfFile } from '#shared/folder-digest.js';
import { parseDuration } from '#shared/inputs.js';
import { type Problem, ProblemsError, problemsFromError, sortProblems } from '#shared/problems.js';
import { suggest } from '#shared/suggest.js';

export const COLUMN_TYPES = ['integer', 'number', 'string', 'boolean'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];
export const LAYOUTS = ['append_row', 'csv'] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface OutputColumn {
  readonly name: string;
  readonly type: ColumnType | undefined;
  readonly location: SourceLocation;
}

export interface OutputFormat {
  readonly layout: Layout;
  readonly delimiter: string;
  readonly columns: readonly OutputColumn[];
  readonly location: SourceLocation;
}

export type RowCount = { readonly location: SourceLocation } & (
  | { readonly kind: 'input' }
  | { readonly kind: 'exact'; readonly count: number }
  | { readonly kind: 'range'; readonly min: number | undefined; readonly max: number | undefined }
);

export type AllowedValue = string | number | boolean;

export interface ColumnExpectation {
  readonly column: string;
  readonly min?: number;
  readonly max?: number;
  readonly allowed?: readonly AllowedValue[];
  readonly maxNullShare?: number;
  /** Where each check is written, for annotations. */
  readonly locations: {
    readonly range?: SourceLocation;
    readonly allowed?: SourceLocation;
    readonly maxNullShare?: SourceLocation;
  };
}

export interface Tolerance {
  readonly absolute: number;
  readonly relative: number;
}

export interface GoldenExpectation {
  /** Absolute path. */
  readonly file: string;
  /** Workspace-relative, for messages. */
  readonly shown: string;
  readonly delimiter: string;
  readonly keys: readonly string[];
  readonly tolerance: Tolerance;
  readonly columns: Readonly<Record<string, Tolerance & { readonly location: SourceLocation }>>;
  readonly location: SourceLocation;
}

export interface Expectations {
  /** Workspace-relative path of the file. */
  readonly file: string;
  readonly output: OutputFormat;
  readonly rows: RowCount | undefined;
  readonly columns: readonly ColumnExpectation[];
  readonly golden: GoldenExpectation | undefined;
  readonly maxDuration:
    | { readonly ms: number; readonly text: string; readonly location: SourceLocation }
    | undefined;
  /** Digest of the file and the golden file it names (contentDigest, paths relative to this file's folder). */
  readonly digest: string;
}

const TOP_KEYS = ['output', 'rows', 'columns', 'golden', 'max_duration'];
const OUTPUT_KEYS = ['layout', 'delimiter', 'columns'];
const COLUMN_KEYS = ['name', 'type'];
const CHECK_KEYS = ['min', 'max', 'allowed', 'max_null_share'];
const ROW_RANGE_KEYS = ['min', 'max'];
const GOLDEN_KEYS = ['file', 'delimiter', 'keys', 'tolerance', 'columns'];
const TOLERANCE_KEYS = ['absolute', 'relative'];
const WHAT = 'run-integration-score expectations file';

/** Collects the problems of independent parts, so one run reports them all. */
class Problems {
  readonly list: Problem[] = [];
  constructor(private readonly file: string) {}

  /** Runs `read`; a ConfigurationError becomes a problem (and undefined), anything else is rethrown. */
  collect<T>(read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      this.list.push(...problemsFromError(error, this.file));
      return undefined;
    }
  }
}

function delimiterAt(reader: DocumentReader, path: DocumentPath): string {
  const value = reader.value(path);
  if (value === undefined || value === null) return ',';
  if (typeof value !== 'string' || Buffer.byteLength(value) !== 1 || /["\r\n]/.test(value)) {
    throw reader.error(
      path,
      `must be one ASCII character other than a quote or a line break (such as "," ";" "|" " "), not ${typeName(value)}.`,
    );
  }
  return value;
}

function readColumns(reader: DocumentReader, problems: Problems): OutputColumn[] {
  const path = ['output', 'columns'];
  const list = reader.value(path);
  if (!Array.isArray(list) || list.length === 0) {
    throw reader.error(
      list === undefined || list === null ? ['output'] : path,
      `'output.columns' must list the output's columns in file order, each a name or {name, type}${list === undefined || list === null ? '' : `, not ${typeName(list)}`}.`,
    );
  }
  const columns: OutputColumn[] = [];
  const seen = new Set<string>();
  list.forEach((_entry, index) => {
    const at = [...path, index];
    const column = problems.collect((): OutputColumn => {
      const entry = reader.value(at);
      const location = reader.document.locate(at);
      if (typeof entry === 'string' && entry.trim() !== '') return { name: entry, type: undefined, location };
      reader.checkKeys(at, COLUMN_KEYS);
      const name = reader.string([...at, 'name'], { required: true })!;
      // A wrong type is reported; the column keeps its name, so checks that name it are still checked.
      const type = problems.collect(() => reader.choice([...at, 'type'], COLUMN_TYPES));
      return { name, type, location };
    });
    if (!column) return;
    if (seen.has(column.name)) {
      problems.list.push({ message: `column '${column.name}' is listed twice`, location: column.location });
      return;
    }
    seen.add(column.name);
    columns.push(column);
  });
  return columns;
}

function readOutput(reader: DocumentReader, problems: Problems): OutputFormat | undefined {
  if (!reader.has(['output'])) {
    throw reader.error(
      [],
      "'output' is required: say how to read the output (layout, delimiter, columns). See the action's README.",
    );
  }
  reader.checkKeys(['output'], OUTPUT_KEYS);
  // A wrong layout or delimiter is reported, and the columns still read, so the checks naming them are checked too.
  const layout = problems.collect(() => reader.choice(['output', 'layout'], LAYOUTS)) ?? 'append_row';
  const delimiter = problems.collect(() => delimiterAt(reader, ['output', 'delimiter'])) ?? ',';
  const columns = problems.collect(() => readColumns(reader, problems));
  if (!columns) return undefined;
  return { layout, delimiter, columns, location: reader.document.locate(['output']) };
}

function readRows(reader: DocumentReader): RowCount | undefined {
  const value = reader.value(['rows']);
  if (value === undefined || value === null) return undefined;
  const location = reader.document.locate(['rows']);
  if (value === 'input') return { kind: 'input', location };
  if (typeof value === 'number')
    return { kind: 'exact', count: reader.integer(['rows'], { min: 0 })!, location };
  if (typeof value === 'object' && !Array.isArray(value)) {
    reader.checkKeys(['rows'], ROW_RANGE_KEYS);
    const min = reader.integer(['rows', 'min'], { min: 0 });
    const max = reader.integer(['rows', 'max'], { min: 0 });
    if (min === undefined && max === undefined)
      throw reader.error(['rows'], 'a range needs min, max or both.');
    if (min !== undefined && max !== undefined && min > max) {
      throw reader.error(['rows'], `min (${min}) is more than max (${max}).`);
    }
    return { kind: 'range', min, max, location };
  }
  throw reader.error(
    ['rows'],
    `must be 'input' (as many rows as the input has), a number, or {min, max}; not ${typeName(value)}.`,
  );
}

function columnNamed(
  reader: DocumentReader,
  path: DocumentPath,
  name: string,
  output: OutputFormat,
  role: string,
): OutputColumn {
  const column = output.columns.find((candidate) => candidate.name === name);
  if (column) return column;
  const names = output.columns.map((candidate) => candidate.name);
  const close = suggest(name, names);
  throw reader.error(
    path,
    `${role} '${name}' is not a column of the output${close ? `; did you mean '${close}'?` : '.'} The output's columns (output.columns) are: ${names.join(', ')}.`,
  );
}

function readAllowed(reader: DocumentReader, path: DocumentPath): AllowedValue[] | undefined {
  const value = reader.value(path);
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length === 0) {
    throw reader.error(path, `must be a list of the values the column may hold, not ${typeName(value)}.`);
  }
  value.forEach((item, index) => {
    if (!['string', 'number', 'boolean'].includes(typeof item)) {
      throw reader.error([...path, index], `must be a text, number or boolean value, not ${typeName(item)}.`);
    }
  });
  return value as AllowedValue[];
}

function readColumnChecks(
  reader: DocumentReader,
  output: OutputFormat,
  problems: Problems,
): ColumnExpectation[] {
  const mapping = reader.mapping(['columns']);
  if (!mapping) return [];
  const checks: ColumnExpectation[] = [];
  for (const name of Object.keys(mapping)) {
    const at = ['columns', name];
    const check = problems.collect((): ColumnExpectation => {
      const column = columnNamed(reader, at, name, output, 'column');
      reader.checkKeys(at, CHECK_KEYS);
      const min = reader.number([...at, 'min']);
      const max = reader.number([...at, 'max']);
      if (
        (min !== undefined || max !== undefined) &&
        (column.type === 'string' || column.type === 'boolean')
      ) {
        throw reader.error(at, `min and max apply to numbers; column '${name}' is of type ${column.type}.`);
      }
      if (min !== undefined && max !== undefined && min > max) {
        throw reader.error(at, `min (${min}) is more than max (${max}).`);
      }
      const allowed = readAllowed(reader, [...at, 'allowed']);
      const maxNullShare = reader.number([...at, 'max_null_share'], { min: 0, max: 1 });
      const locate = (key: string) =>
        reader.has([...at, key]) ? reader.document.locate([...at, key]) : undefined;
      const range = locate('min') ?? locate('max');
      const allowedAt = locate('allowed');
      const nullAt = locate('max_null_share');
      return {
        column: name,
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(allowed ? { allowed } : {}),
        ...(maxNullShare !== undefined ? { maxNullShare } : {}),
        locations: {
          ...(range ? { range } : {}),
          ...(allowedAt ? { allowed: allowedAt } : {}),
          ...(nullAt ? { maxNullShare: nullAt } : {}),
        },
      };
    });
    if (check) checks.push(check);
  }
  return checks;
}

function readTolerance(reader: DocumentReader, path: DocumentPath, base: Tolerance): Tolerance {
  if (!reader.has(path)) return base;
  reader.mapping(path);
  reader.checkKeys(path, TOLERANCE_KEYS);
  return {
    absolute: reader.number([...path, 'absolute'], { min: 0 }) ?? base.absolute,
    relative: reader.number([...path, 'relative'], { min: 0 }) ?? base.relative,
  };
}

function readGolden(
  reader: DocumentReader,
  output: OutputFormat,
  context: { readonly workspace: string; readonly folder: string },
  problems: Problems,
): GoldenExpectation | undefined {
  if (!reader.has(['golden'])) return undefined;
  reader.mapping(['golden']);
  reader.checkKeys(['golden'], GOLDEN_KEYS);
  const written = problems.collect(() => reader.string(['golden', 'file'], { required: true })!);
  const delimiter = problems.collect(() => delimiterAt(reader, ['golden', 'delimiter']));
  const keys = problems.collect(() => {
    const value = reader.value(['golden', 'keys']);
    if (value === undefined || value === null) throw reader.missing(['golden', 'keys']);
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0 || list.some((key) => typeof key !== 'string')) {
      throw reader.error(
        ['golden', 'keys'],
        `must list the columns that identify a row in both files (such as [file, row]), not ${typeName(value)}.`,
      );
    }
    list.forEach((key: string, index) => {
      columnNamed(reader, ['golden', 'keys', typeof value === 'string' ? 0 : index], key, output, 'key');
    });
    return list as string[];
  });
  const tolerance = problems.collect(() =>
    readTolerance(reader, ['golden', 'tolerance'], { absolute: 0, relative: 0 }),
  );
  const columns = problems.collect(() => {
    const mapping = reader.mapping(['golden', 'columns']) ?? {};
    const out: Record<string, Tolerance & { location: SourceLocation }> = {};
    for (const name of Object.keys(mapping)) {
      const at = ['golden', 'columns', name];
      columnNamed(reader, at, name, output, 'column');
      out[name] = {
        ...readTolerance(reader, at, tolerance ?? { absolute: 0, relative: 0 }),
        location: reader.document.locate(at),
      };
    }
    return out;
  });
  const file = problems.collect(() => {
    if (written === undefined) return undefined;
    const relativeToWorkspace = relative(context.workspace, resolve(context.folder, written));
    try {
      return resolveWorkspacePath(context.workspace, relativeToWorkspace, 'expectations');
    } catch {
      throw reader.error(
        ['golden', 'file'],
        `'${written}' is outside the workspace; keep the golden file in the repository.`,
      );
    }
  });
  if (!file || delimiter === undefined || !keys || !tolerance || !columns) return undefined;
  return {
    file,
    shown: workspaceRelative(context.workspace, file),
    delimiter,
    keys,
    tolerance,
    columns,
    location: reader.document.locate(['golden']),
  };
}

function readMaxDuration(reader: DocumentReader): Expectations['maxDuration'] {
  const value = reader.value(['max_duration']);
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === 'string' ? parseDuration(value.trim()) : undefined;
  if (ms === undefined || ms <= 0) {
    throw reader.error(
      ['max_duration'],
      `must be a duration such as 30s, 15m or 1h30m (units ms, s, m, h, d), not ${typeName(value)}.`,
    );
  }
  return { ms, text: String(value).trim(), location: reader.document.locate(['max_duration']) };
}

/** Parses a loaded document; throws a ProblemsError listing every problem. Exposed for tests. */
export function readExpectations(
  document: LoadedDocument,
  context: { readonly workspace: string; readonly folder: string },
): Omit<Expectations, 'digest'> {
  const reader = new DocumentReader(document, WHAT);
  const problems = new Problems(document.file);
  const root = problems.collect(() => {
    const mapping: Mapping | undefined = reader.mapping([]);
    if (!mapping) throw reader.error([], 'is empty; it must say at least how to read the output (output:).');
    reader.checkKeys([], TOP_KEYS);
    return mapping;
  });
  if (!root)
    throw new ProblemsError(`${document.file} is not a valid ${WHAT}`, problems.list, 'expectations');
  const output = problems.collect(() => readOutput(reader, problems));
  const rows = problems.collect(() => readRows(reader));
  const maxDuration = problems.collect(() => readMaxDuration(reader));
  const columns = output ? (problems.collect(() => readColumnChecks(reader, output, problems)) ?? []) : [];
  const golden = output ? problems.collect(() => readGolden(reader, output, context, problems)) : undefined;
  if (problems.list.length > 0 || !output) {
    throw new ProblemsError(
      `${document.file} is not a valid ${WHAT}`,
      sortProblems(problems.list),
      'expectations',
    );
  }
  return { file: document.file, output, rows, columns, golden, maxDuration };
}

/** Loads and checks the file the `expectations` input names (an absolute path inside the workspace). */
export async function loadExpectations(absolute: string, workspace: string): Promise<Expectations> {
  const shown = workspaceRelative(workspace, absolute);
  const document = await loadDocument(absolute, shown, 'expectations');
  const folder = dirname(absolute);
  const expectations = readExpectations(document, { workspace, folder });
  const files = [{ path: basename(absolute), sha256: await sha256OfFile(absolute) }];
  if (expectations.golden) {
    const golden = expectations.golden;
    let sha256: string;
    try {
      sha256 = await sha256OfFile(golden.file);
    } catch {
      throw new ConfigurationError(
        `${formatLocation(golden.location, { column: false })}: the golden file '${golden.shown}' does not exist; check golden.file (relative to ${shown}).`,
        { input: 'expectations', location: golden.location },
      );
    }
    files.push({ path: relative(folder, golden.file).split(sep).join('/'), sha256 });
  }
  return { ...expectations, digest: contentDigest(files) };
}
