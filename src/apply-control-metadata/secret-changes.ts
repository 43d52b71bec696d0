/**
 * The plan's changes with every secret hidden on both sides. A field the overrides set from an environment variable
 * (`${{ env.X }}`, a secret in the workflow) holds a secret whatever its value: when it is rotated or emptied, the
 * table still holds the old secret, and a plan that showed `old → new` would print it in the log, the job summary
 * and the plan file. So such a change says which field changed and how (`changed`, `added`, `removed`), never a
 * value, and its old and new values go to the masker first (the runner's `setSecret`), so nothing printed later can
 * carry them either.
 *
 * What is secret is known from this run's overrides file: a field whose override no longer reads a secret is an
 * ordinary field again, and its change is shown.
 */
import { canonicalJson } from '#shared/canonical-json.js';
import type { RowColumn } from '#shared/control-table/model.js';
import { isRecord } from '#shared/values.js';
import type { ColumnChange, RowPlanEntry, SecretPart } from './plan.js';

/** A field set from a secret: a column, or one key of `parameters`; of one row, or of every row. */
export interface SecretRowField {
  /** The row's id; absent for the overrides' `all` section. */
  readonly id?: string;
  readonly column: RowColumn;
  /** The key of `parameters`. */
  readonly key?: string;
}

/** What the plan shows, and the plan file holds, in place of a secret value. */
export const HIDDEN_VALUE = '***';

/** The strings to mask; numbers and booleans are left alone (masking `true` would blank it all over the log). */
function stringsOf(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, found);
  else if (isRecord(value)) for (const item of Object.values(value)) stringsOf(item, found);
  return found;
}

function changeKind(inFrom: boolean, inTo: boolean): SecretPart['change'] {
  return !inFrom ? 'added' : !inTo ? 'removed' : 'changed';
}

function hideColumn(change: ColumnChange, keys: ReadonlySet<string> | 'all', mask: (v: string) => void) {
  const { from, to } = change;
  if (keys === 'all' || !isRecord(from) || !isRecord(to)) {
    for (const text of [...stringsOf(from), ...stringsOf(to)]) mask(text);
    const hidden = (value: unknown) => (value === null || value === undefined ? value : HIDDEN_VALUE);
    return {
      column: change.column,
      from: hidden(from),
      to: hidden(to),
      secret: [{ change: changeKind(from !== null, to !== null) }],
    };
  }
  const hiddenFrom: Record<string, unknown> = { ...from };
  const hiddenTo: Record<string, unknown> = { ...to };
  const secret: SecretPart[] = [];
  for (const key of keys) {
    const inFrom = key in from;
    const inTo = key in to;
    if (!inFrom && !inTo) continue;
    for (const text of [...stringsOf(from[key]), ...stringsOf(to[key])]) mask(text);
    if (canonicalJson(from[key]) !== canonicalJson(to[key]))
      secret.push({ key, change: changeKind(inFrom, inTo) });
    if (inFrom) hiddenFrom[key] = HIDDEN_VALUE;
    if (inTo) hiddenTo[key] = HIDDEN_VALUE;
  }
  return { column: change.column, from: hiddenFrom, to: hiddenTo, ...(secret.length ? { secret } : {}) };
}

/**
 * The entries with the secret fields' values replaced by HIDDEN_VALUE and each secret change listed in `secret`;
 * every value hidden is passed to `mask` first. Row ids compare case-insensitively (as the overrides file's do).
 */
export function hideSecretChanges(
  entries: readonly RowPlanEntry[],
  fields: readonly SecretRowField[],
  mask: (value: string) => void,
): RowPlanEntry[] {
  if (fields.length === 0) return [...entries];
  return entries.map((entry) => {
    if (entry.changes.length === 0) return entry;
    const ofRow = fields.filter(
      (field) => field.id === undefined || field.id.toLowerCase() === entry.id.toLowerCase(),
    );
    if (ofRow.length === 0) return entry;
    const changes = entry.changes.map((change): ColumnChange => {
      const here = ofRow.filter((field) => field.column === change.column);
      if (here.length === 0) return change;
      const whole = here.some((field) => field.key === undefined);
      return hideColumn(change, whole ? 'all' : new Set(here.map((field) => field.key!)), mask);
    });
    return { ...entry, changes };
  });
}
