/**
 * One apply, the same for every engine: in one transaction, under the table's application lock, run the pending
 * migrations (built-in, then the user's), read the table, plan, write the changes and the audit row, commit. An
 * apply that changes nothing (no migration ran, no row differs) writes nothing, not even its audit row. Any
 * failure rolls the whole transaction back, migrations included: the table is as it was. A dry run reads in a
 * read-only transaction, takes no lock, creates nothing and rolls back.
 *
 * The store's counts are checked against the plan before committing: the plan was read under the lock, so a
 * difference means someone changed the table without it, and nothing is committed.
 */

import { type ControlRow, type Migration, rowsHash } from '#shared/control-table/model.js';
import { type ChangeCounts, type ControlStore, rolledBack, type Stamp } from '#shared/control-table/store.js';
import { CONTROL_TABLE_MIGRATION } from '#shared/control-table/stores/builtin-migrations.js';
import type { TableLayout } from '#shared/control-table/table-layout.js';
import type { Logger } from '#shared/logger.js';
import { checkAdoptedTable, notCreatedByAction } from './adopted-table.js';
import { BUILT_IN_PREFIX, checkMigrationHistory } from './migrations.js';
import { type PruneMode, planRows, type RowPlan, writesNoRow } from './plan.js';

export interface ApplyRequest {
  readonly store: ControlStore;
  /** The rows of the files, validated and checked against the receipts. */
  readonly rows: readonly ControlRow[];
  /** The user's migrations, in run order. */
  readonly migrations: readonly Migration[];
  readonly prune: PruneMode;
  readonly dryRun: boolean;
  readonly lockTimeoutMs: number;
  readonly stamp: Stamp;
  readonly environment: string;
  readonly runUrl: string | null;
  readonly logger: Pick<Logger, 'info' | 'debug'>;
  /** Where the fields live in the table (default: the action's own table). */
  readonly layout?: TableLayout;
  /** Called after the rows are written and before COMMIT (tests inject failures here). */
  readonly beforeCommit?: () => Promise<void>;
}

export interface ApplyOutcome {
  readonly dryRun: boolean;
  readonly plan: RowPlan;
  /** Migration ids run by this apply (a dry run: those it would run). */
  readonly migrations: readonly string[];
  readonly counts: ChangeCounts & { readonly unchanged: number };
  /** The rows hash of the files' rows (the metadata receipt's). */
  readonly rowsHash: string;
  /** Round trips after connecting. */
  readonly roundTrips: number;
}

/** What the audit row keeps of the plan: counts, migrations and every row that changed. */
export function auditPlan(plan: RowPlan, migrations: readonly string[]) {
  return {
    counts: plan.counts,
    migrations,
    rows: plan.entries
      .filter((entry) => entry.action !== 'unchanged' && entry.action !== 'keep')
      .map((entry) => ({ id: entry.id, action: entry.action, columns: entry.changes.map((c) => c.column) })),
  };
}

export async function applyControlMetadata(request: ApplyRequest): Promise<ApplyOutcome> {
  const { store, logger } = request;
  const startTrips = store.roundTrips;
  const builtins = store.builtinMigrations();
  const hash = rowsHash(request.rows);
  const begun = await store.begin({ lockTimeoutMs: request.lockTimeoutMs, readOnly: request.dryRun });
  try {
    const { pending } = checkMigrationHistory([...builtins, ...request.migrations], begun.applied);
    const adopted = request.layout?.adopted ?? false;
    const createsTable = !adopted && pending.some((m) => m.id === CONTROL_TABLE_MIGRATION);
    // The action's own table, there already though its migration never ran: the dry run and the apply both refuse.
    if (createsTable && begun.columns) throw notCreatedByAction(store.displayName);
    // A table the user brought is checked before anything is written, unless their migrations (which may make or
    // change it) are still to run: then after them, on its columns as they left it.
    const userPending = pending.some((m) => !m.id.startsWith(BUILT_IN_PREFIX));
    let tableExists = !createsTable;
    if (adopted && !userPending) checkAdoptedTable(request.layout!, store.displayName, begun.columns);
    if (!request.dryRun) {
      for (const migration of pending) {
        logger.info(`Running migration '${migration.id}' (${migration.file})`);
        await store.runMigration(migration, request.stamp);
      }
    }
    if (adopted && userPending) {
      const columns = request.dryRun ? begun.columns : await store.describeTable();
      if (request.dryRun && !columns) {
        logger.info(
          `The table ${store.displayName} does not exist yet; the pending migrations may create it, so its columns are checked by the apply.`,
        );
        tableExists = false;
      } else {
        checkAdoptedTable(request.layout!, store.displayName, columns);
      }
    }
    const live = request.dryRun && !tableExists ? [] : await store.readRows();
    const plan = planRows(request.rows, live, {
      prune: request.prune,
      caseInsensitiveIds: store.engine === 'sqlserver',
    });
    const ran = pending.map((m) => m.id);
    const planned = {
      inserted: plan.counts.insert,
      updated: plan.counts.update,
      disabled: plan.counts.disable,
      deleted: plan.counts.delete,
      unchanged: plan.counts.unchanged,
    };
    if (request.dryRun) {
      await store.rollback();
      return {
        dryRun: true,
        plan,
        migrations: ran,
        counts: planned,
        rowsHash: hash,
        roundTrips: store.roundTrips - startTrips,
      };
    }
    if (ran.length === 0 && writesNoRow(plan)) {
      // Nothing to change: no row and no audit row is written, so a rerun leaves the database exactly as it was.
      await store.commit();
      return {
        dryRun: false,
        plan,
        migrations: ran,
        counts: { inserted: 0, updated: 0, disabled: 0, deleted: 0, unchanged: planned.unchanged },
        rowsHash: hash,
        roundTrips: store.roundTrips - startTrips,
      };
    }
    const written = await store.writeRows(plan.changes, request.stamp, {
      environment: request.environment,
      runUrl: request.runUrl,
      counts: planned,
      rowsHash: hash,
      plan: auditPlan(plan, ran),
    });
    const differences = (['inserted', 'updated', 'disabled', 'deleted'] as const).filter(
      (key) => written[key] !== planned[key],
    );
    if (differences.length > 0) {
      throw new Error(
        `The control table ${store.displayName} changed outside this apply while it ran (${differences
          .map((key) => `${key}: planned ${planned[key]}, written ${written[key]}`)
          .join('; ')}); nothing was committed. Run again.`,
      );
    }
    await request.beforeCommit?.();
    await store.commit();
    return {
      dryRun: false,
      plan,
      migrations: ran,
      counts: { ...written, unchanged: planned.unchanged },
      rowsHash: hash,
      roundTrips: store.roundTrips - startTrips,
    };
  } catch (error) {
    await store.rollback();
    throw rolledBack(error, store.displayName);
  }
}
