/**
 * The environment overrides file (input `overrides-file`, one YAML file per environment): what differs between the
 * rows in git and the rows of this environment.
 *
 * ```yaml
 * all:                      # applied to every row first
 *   output_location: abfss://scores@${{ env.STORAGE_ACCOUNT }}.dfs.core.windows.net/
 * rows:
 *   churn-weekly:           # by id (compared case-insensitively, as ids are)
 *     enabled: false
 *     parameters:           # merged key by key into the row's parameters (null removes a key)
 *       threshold: 0.7
 *   credit-default:
 *     endpoint: ${{ receipt.endpoint.name }}
 * ```
 *
 * A column's value replaces the row's; `parameters` is merged one top-level key at a time; `id` cannot be
 * overridden. Strings may hold `${{ receipt.<path> }}` and `${{ env.NAME }}` templates (src/shared/templates.ts);
 * `enabled: ${{ env.X }}` accepts the variable's `true` or `false`, since environment variables are text. The
 * overridden rows are validated again, so an override cannot produce a row the rows files could not hold, and each
 * overridden column of a row is located at its override line.
 *
 * `applyRowOverrides` is pure. Every problem is collected first and reported together as one RowsError; a value
 * read from an environment variable never appears in its messages.
 */

import type { RowColumn, SourcedRow } from '#shared/control-table/model.js';
import { BUILTIN_LAYOUT, type TableLayout } from '#shared/control-table/table-layout.js';
import { type DocumentPath, type LoadedDocument, loadDocument } from '#shared/documents.js';
import { formatLocation, type SourceLocation } from '#shared/errors.js';
import { type Problem, sortProblems } from '#shared/problems.js';
import type { AmlReceipt } from '#shared/receipts/schemas.js';
import { suggest } from '#shared/suggest.js';
import { hasTemplate, substituteTemplates } from '#shared/templates.js';
import { isRecord, typeName } from '#shared/values.js';
import { RowsError } from './problems.js';
import {
  fieldOfKey,
  type RawField,
  type RawRow,
  toRawRow,
  unknownColumn,
  validateRows,
} from './row-validation.js';
import type { SecretRowField } from './secret-changes.js';

export const OVERRIDES_INPUT = 'overrides-file';

const SECTIONS = ['all', 'rows'] as const;

interface ColumnOverride {
  readonly column: Exclude<RowColumn, 'id' | 'parameters'>;
  readonly value: unknown;
  readonly location: SourceLocation;
}

/** One key of `parameters`; a null value removes the key. */
interface ParameterOverride {
  readonly key: string;
  readonly value: unknown;
  readonly location: SourceLocation;
}

export interface OverrideSet {
  readonly columns: readonly ColumnOverride[];
  readonly parameters: readonly ParameterOverride[];
}

export interface RowOverrides {
  readonly file: string;
  /** Applied to every row, before the row's own. */
  readonly all: OverrideSet;
  readonly rows: readonly {
    readonly id: string;
    readonly location: SourceLocation;
    readonly set: OverrideSet;
  }[];
}

export interface RowOverrideContext {
  /** The table the rows go to (default: the action's own). */
  readonly layout?: TableLayout;
  /** The aml receipt (the adf receipt's upstream): `${{ receipt.<path> }}`. */
  readonly receipt: AmlReceipt;
  /** The environment: `${{ env.NAME }}`. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface RowOverrideResult {
  /** Every row, overridden or not, validated again and sorted by id. */
  readonly rows: SourcedRow[];
  /** One line per override applied: `row 'churn-weekly': enabled (overrides/dev.yml line 5)`. */
  readonly applied: string[];
  /** Values substituted from environment variables (non-empty, unique): mask them. */
  readonly secrets: string[];
  /** The fields set from environment variables: secret whatever their value, so a plan never shows either side. */
  readonly secretFields: SecretRowField[];
}

const EMPTY_SET: OverrideSet = { columns: [], parameters: [] };

/** Reads the overrides file; file errors and every problem of its shape carry the file and line. */
export async function loadRowOverrides(
  absolute: string,
  shownAs: string,
  layout: TableLayout = BUILTIN_LAYOUT,
): Promise<RowOverrides> {
  return parseRowOverrides(await loadDocument(absolute, shownAs, OVERRIDES_INPUT), layout);
}

/** Checks the shape of a parsed overrides file; throws one RowsError listing every problem. */
export function parseRowOverrides(
  document: LoadedDocument,
  layout: TableLayout = BUILTIN_LAYOUT,
): RowOverrides {
  const problems: Problem[] = [];
  const problem = (path: DocumentPath, message: string) =>
    problems.push({ message, location: document.locate(path) });
  const root = document.value;
  const result = { file: document.file, all: EMPTY_SET, rows: [] as RowOverrides['rows'][number][] };
  if (root === null || root === undefined) return result;
  if (!isRecord(root)) {
    problem([], `the file must be a mapping with 'all' and 'rows'; it is ${typeName(root, 'yaml')}`);
    throw new RowsError(problems, `the overrides file ${document.file}`, OVERRIDES_INPUT);
  }

  const readSet = (path: DocumentPath, body: unknown): OverrideSet => {
    if (body === null || body === undefined) return EMPTY_SET;
    if (!isRecord(body)) {
      problem(path, `must be a mapping of column to value; it is ${typeName(body, 'yaml')}`);
      return EMPTY_SET;
    }
    const columns: ColumnOverride[] = [];
    const parameters: ParameterOverride[] = [];
    for (const [key, value] of Object.entries(body)) {
      const at = [...path, key];
      const field = fieldOfKey(key, layout);
      if (field === 'id') {
        problem(at, 'the id cannot be overridden: it is what identifies the row in the table');
      } else if (field === 'unmapped') {
        problem(at, `the control table has no column for '${key}' (the table-schema maps none)`);
      } else if (field === 'parameters') {
        if (!isRecord(value)) {
          problem(
            at,
            `must be a mapping of parameter to value (merged into the row's parameters; null removes one); it is ${typeName(value, 'yaml')}`,
          );
          continue;
        }
        for (const [name, inner] of Object.entries(value)) {
          parameters.push({ key: name, value: inner, location: document.locate([...at, name]) });
        }
      } else if (field) {
        columns.push({ column: field as ColumnOverride['column'], value, location: document.locate(at) });
      } else {
        problem(at, unknownColumn(key, layout));
      }
    }
    return { columns, parameters };
  };

  const seen = new Map<string, string>();
  for (const [section, body] of Object.entries(root)) {
    if (section === 'all') {
      result.all = readSet(['all'], body);
    } else if (section === 'rows') {
      if (body === null || body === undefined) continue;
      if (!isRecord(body)) {
        problem(['rows'], `must be a mapping of row id to overrides; it is ${typeName(body, 'yaml')}`);
        continue;
      }
      for (const [id, settings] of Object.entries(body)) {
        const first = seen.get(id.toLowerCase());
        if (first !== undefined) {
          problem(
            ['rows', id],
            `'${id}' and '${first}' are the same row (ids are compared case-insensitively)`,
          );
          continue;
        }
        seen.set(id.toLowerCase(), id);
        result.rows.push({
          id,
          location: document.locate(['rows', id]),
          set: readSet(['rows', id], settings),
        });
      }
    } else {
      const close = suggest(section, SECTIONS);
      problem(
        [section],
        `unknown section '${section}'${close ? `; did you mean '${close}'?` : '.'} The sections are ${SECTIONS.join(' and ')}.`,
      );
    }
  }
  if (problems.length > 0)
    throw new RowsError(problems, `the overrides file ${document.file}`, OVERRIDES_INPUT);
  return result;
}

interface Resolved {
  readonly resolved: unknown;
  /** Some part of the value came from an environment variable: the field holds a secret. */
  readonly fromEnvironment: boolean;
}

interface ResolvedSet {
  readonly columns: readonly (ColumnOverride & Resolved)[];
  readonly parameters: readonly (ParameterOverride & Resolved)[];
}

/**
 * Applies the overrides to the rows and validates the result. Returns every row (sorted by id), what was applied and
 * the values read from environment variables; throws one RowsError with every problem.
 */
export function applyRowOverrides(
  rows: readonly SourcedRow[],
  overrides: RowOverrides,
  context: RowOverrideContext,
): RowOverrideResult {
  const problems: Problem[] = [];
  const secrets = new Set<string>();
  const applied: string[] = [];

  const resolveSet = (set: OverrideSet): ResolvedSet => {
    const resolve = <T extends { value: unknown; location: SourceLocation }>(entry: T) => {
      const result = substituteTemplates(entry.value, context);
      if (typeof result === 'string') {
        problems.push({ message: result, location: entry.location });
        return [];
      }
      for (const secret of result.secrets) secrets.add(secret);
      return [{ ...entry, resolved: result.value, fromEnvironment: result.fromEnvironment }];
    };
    return {
      columns: set.columns.flatMap((entry) => {
        const [resolved] = resolve(entry);
        if (!resolved) return [];
        // Environment variables are text: `enabled: ${{ env.X }}` takes its `true` or `false`.
        const text = resolved.resolved;
        const fromText =
          entry.column === 'enabled' &&
          typeof entry.value === 'string' &&
          hasTemplate(entry.value) &&
          typeof text === 'string' &&
          /^(true|false)$/i.test(text);
        return [fromText ? { ...resolved, resolved: String(text).toLowerCase() === 'true' } : resolved];
      }),
      parameters: set.parameters.flatMap(resolve),
    };
  };

  const all = resolveSet(overrides.all);
  const byId = new Map(rows.map((row, index) => [row.row.id.toLowerCase(), index]));
  const perRow = new Map<number, { id: string; set: ResolvedSet }>();
  for (const entry of overrides.rows) {
    const index = byId.get(entry.id.toLowerCase());
    if (index === undefined) {
      const close = suggest(
        entry.id,
        rows.map((row) => row.row.id),
      );
      problems.push({
        message: `no row has the id '${entry.id}'${close ? `; did you mean '${close}'?` : ''}`,
        location: entry.location,
      });
      continue;
    }
    perRow.set(index, { id: entry.id, set: resolveSet(entry.set) });
  }

  const describeSet = (set: ResolvedSet, who: string) => {
    for (const { column, location } of set.columns)
      applied.push(`${who}: ${column} (${formatLocation(location, { column: false })})`);
    for (const { key, resolved, location } of set.parameters) {
      applied.push(
        `${who}: parameters.${key}${resolved === null ? ' removed' : ''} (${formatLocation(location, { column: false })})`,
      );
    }
  };
  describeSet(all, 'every row');
  for (const { id, set } of perRow.values()) describeSet(set, `row '${id}'`);

  const secretFields: SecretRowField[] = [];
  const secretSet = (set: ResolvedSet, id: string | undefined) => {
    for (const { column, fromEnvironment } of set.columns) {
      if (fromEnvironment) secretFields.push({ ...(id === undefined ? {} : { id }), column });
    }
    for (const { key, fromEnvironment } of set.parameters) {
      if (fromEnvironment)
        secretFields.push({ ...(id === undefined ? {} : { id }), column: 'parameters', key });
    }
  };
  secretSet(all, undefined);
  for (const [index, { set }] of perRow) secretSet(set, rows[index]!.row.id);

  const overridden: RawRow[] = rows.map((row, index) => {
    const raw = toRawRow(row, context.layout);
    const fields = new Map<string, RawField>(raw.fields);
    for (const set of [all, perRow.get(index)?.set]) {
      if (!set) continue;
      for (const { column, resolved, location } of set.columns)
        fields.set(column, { value: resolved, location });
      if (set.parameters.length === 0) continue;
      const current = fields.get('parameters')?.value;
      const merged: Record<string, unknown> = isRecord(current) ? { ...current } : {};
      for (const { key, resolved } of set.parameters) {
        if (resolved === null) delete merged[key];
        else merged[key] = resolved;
      }
      fields.set('parameters', { value: merged, location: set.parameters.at(-1)!.location });
    }
    return { location: raw.location, fields };
  });

  const validated = validateRows(overridden, context.layout);
  problems.push(...validated.problems);
  if (problems.length > 0) {
    const masked = [...secrets].sort((a, b) => b.length - a.length);
    const redact = (message: string) =>
      masked.reduce((text, secret) => text.split(secret).join('***'), message);
    throw new RowsError(
      sortProblems(problems).map((problem) => ({ ...problem, message: redact(problem.message) })),
      `the overrides file ${overrides.file}`,
      OVERRIDES_INPUT,
    );
  }
  return { rows: validated.rows, applied, secrets: [...secrets], secretFields };
}
