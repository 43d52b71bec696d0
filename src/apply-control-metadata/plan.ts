/**
 * The row plan: the rows of the files against the rows of the table, read under the lock in the same transaction,
 * so the plan is exactly what the write does. Columns are compared by value (canonical JSON), not by the stored
 * hash, so a row edited by hand in the table is put back too.
 *
 * Rows in the table but not in the files ("orphans") follow `prune`: `none` keeps them as they are, `disable` sets
 * `enabled` to false (an orphan already disabled is kept), `delete` removes them.
 */
import { canonicalJson } from '#shared/canonical-json.js';
import {
  type ControlRow,
  contentHash,
  ROW_COLUMNS,
  type RowColumn,
  type StoredRow,
  withHash,
} from '#shared/control-table/model.js';
import type { RowChanges } from '#shared/control-table/store.js';

export type PruneMode = 'none' | 'disable' | 'delete';
export type RowAction = 'insert' | 'update' | 'unchanged' | 'disable' | 'delete' | 'keep';

export interface ColumnChange {
  readonly column: RowColumn;
  readonly from: unknown;
  readonly to: unknown;
  /**
   * The parts of the change that hold a secret (secret-changes.ts): their values in `from` and `to` are hidden, and
   * this says what happened to each (a `parameters` key, or the column itself when `key` is absent).
   */
  readonly secret?: readonly SecretPart[];
}

/** A secret part of a column change: which key of `parameters` (none: the whole column), and how it changed. */
export interface SecretPart {
  readonly key?: string;
  readonly change: 'added' | 'removed' | 'changed';
}

export interface RowPlanEntry {
  readonly id: string;
  readonly action: RowAction;
  /** For updates and disables: the columns that change. */
  readonly changes: readonly ColumnChange[];
}

export type RowPlanCounts = Readonly<Record<RowAction, number>>;

export interface RowPlan {
  /** In id order: the files' rows, then the orphans. */
  readonly entries: readonly RowPlanEntry[];
  readonly counts: RowPlanCounts;
  readonly changes: RowChanges;
}

export interface PlanOptions {
  readonly prune: PruneMode;
  /** Match ids case-insensitively (SQL Server's default collation does). */
  readonly caseInsensitiveIds: boolean;
}

function columnChanges(from: ControlRow, to: ControlRow): ColumnChange[] {
  const changes: ColumnChange[] = [];
  for (const column of ROW_COLUMNS) {
    if (column === 'id') continue;
    if (canonicalJson(from[column]) !== canonicalJson(to[column])) {
      changes.push({ column, from: from[column], to: to[column] });
    }
  }
  return changes;
}

export function planRows(
  desired: readonly ControlRow[],
  live: readonly StoredRow[],
  options: PlanOptions,
): RowPlan {
  const keyOf = (id: string) => (options.caseInsensitiveIds ? id.toLowerCase() : id);
  const liveById = new Map(live.map((row) => [keyOf(row.id), row]));
  const entries: RowPlanEntry[] = [];
  const inserts: ControlRow[] = [];
  const updates: ControlRow[] = [];
  const disables: { id: string; content_hash: string }[] = [];
  const deletes: string[] = [];

  for (const row of [...desired].sort((a, b) => compareIds(a.id, b.id))) {
    const current = liveById.get(keyOf(row.id));
    liveById.delete(keyOf(row.id));
    if (!current) {
      inserts.push(row);
      entries.push({ id: row.id, action: 'insert', changes: [] });
      continue;
    }
    const changes = columnChanges(current, row);
    if (changes.length === 0) {
      entries.push({ id: row.id, action: 'unchanged', changes });
    } else {
      // The table keeps its own spelling of the id (for a case-insensitive match).
      updates.push({ ...row, id: current.id });
      entries.push({ id: current.id, action: 'update', changes });
    }
  }

  for (const orphan of [...liveById.values()].sort((a, b) => compareIds(a.id, b.id))) {
    if (options.prune === 'delete') {
      deletes.push(orphan.id);
      entries.push({ id: orphan.id, action: 'delete', changes: [] });
    } else if (options.prune === 'disable' && orphan.enabled) {
      disables.push({ id: orphan.id, content_hash: contentHash({ ...orphan, enabled: false }) });
      entries.push({
        id: orphan.id,
        action: 'disable',
        changes: [{ column: 'enabled', from: true, to: false }],
      });
    } else {
      entries.push({ id: orphan.id, action: 'keep', changes: [] });
    }
  }

  const counts: Record<RowAction, number> = {
    insert: 0,
    update: 0,
    unchanged: 0,
    disable: 0,
    delete: 0,
    keep: 0,
  };
  for (const entry of entries) counts[entry.action]++;
  return {
    entries,
    counts,
    changes: { inserts: inserts.map(withHash), updates: updates.map(withHash), disables, deletes },
  };
}

/** Code-point order: the same in every locale and on every runner. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when the plan writes no row. */
export function writesNoRow(plan: RowPlan): boolean {
  const { inserts, updates, disables, deletes } = plan.changes;
  return inserts.length + updates.length + disables.length + deletes.length === 0;
}
