/**
 * The one interface both engines implement (stores/postgresql.ts, stores/sqlserver.ts). apply.ts drives it the same
 * way for both, so a store only knows its SQL:
 *
 *   begin (transaction + application lock + bootstrap, returns the applied migrations)   1 round trip
 *   runMigration per pending migration (first apply and new scripts only)              1 per batch
 *   readRows                                                                           1
 *   writeRows (inserts, updates, prune and the audit row in one set-based batch)       1
 *   commit                                                                             1
 *
 * so an apply costs the same number of round trips for ten rows or ten thousand. Values always travel as
 * parameters; the only text built into SQL is the table's schema and name, validated (model.ts `parseTableName`)
 * and quoted by the store, the lock key, a number, and the column names: the row model's, or those of a table-schema
 * file, validated when the file is read (table-schema.ts) and quoted by the store (stores/row-columns.ts).
 */
import { ConfigurationError, describeError, formatLocation } from '#shared/errors.js';
import type { AppliedMigration, Engine, HashedRow, Migration, StoredRow, TableName } from './model.js';
import type { LiveColumn, TableLayout } from './table-layout.js';

/** Who and what wrote: stored on each written row and in the audit row. */
export interface Stamp {
  readonly appliedBy: string;
  readonly sourceCommit: string | null;
}

/** The rows to change, as the plan decided under the lock. Ids are disjoint across the four lists. */
export interface RowChanges {
  readonly inserts: readonly HashedRow[];
  readonly updates: readonly HashedRow[];
  /** Rows to disable (prune `disable`), with the hash of their content once disabled. */
  readonly disables: readonly { readonly id: string; readonly content_hash: string }[];
  /** Rows to delete (prune `delete`). */
  readonly deletes: readonly string[];
}

export interface ChangeCounts {
  readonly inserted: number;
  readonly updated: number;
  readonly disabled: number;
  readonly deleted: number;
}

/** One row of `<table>_applies` per apply. */
export interface AuditRecord {
  readonly environment: string;
  readonly runUrl: string | null;
  readonly counts: ChangeCounts & { readonly unchanged: number };
  /** The metadata receipt's rows hash. */
  readonly rowsHash: string;
  /** The plan (as in the plan file), stored as JSON. */
  readonly plan: unknown;
}

export interface BeginOptions {
  /** How long to wait for a concurrent apply's lock; 0: do not wait. */
  readonly lockTimeoutMs: number;
  /** A dry run: a read-only transaction, no lock, nothing created. */
  readonly readOnly: boolean;
}

/** Options of a store: the table's layout (default: the action's own table) and the step's environment. */
export interface StoreOptions {
  readonly layout?: TableLayout;
  readonly environment?: string;
}

/** What begin found: the migrations recorded, and the control table's columns (undefined: there is no table). */
export interface BeginResult {
  readonly applied: AppliedMigration[];
  readonly columns: LiveColumn[] | undefined;
}

export interface ControlStore {
  readonly engine: Engine;
  readonly table: TableName;
  /** The table as written in SQL by this store (quoted), for messages. */
  readonly displayName: string;
  /** Requests sent to the server since connecting; each is one network round trip. */
  readonly roundTrips: number;
  /**
   * Begins the transaction, takes the table's application lock (waiting at most `lockTimeoutMs`, then failing with
   * a message saying another apply holds it), creates the schema and the migrations table when missing, and returns
   * the migrations recorded and the control table's columns, in the same round trip. A read-only begin creates
   * nothing and finds no migration when there is no migrations table.
   */
  begin(options: BeginOptions): Promise<BeginResult>;
  /** The control table's columns as the catalog has them now (after a migration), undefined when it is missing. */
  describeTable(): Promise<LiveColumn[] | undefined>;
  /** This engine's own migrations (the control table, the audit table), in order, ids `apply-control-metadata/...`. */
  builtinMigrations(): Migration[];
  /** Runs a migration's batches in the transaction and records it. */
  runMigration(migration: Migration, stamp: Stamp): Promise<void>;
  /** Every row of the control table (called once its built-in migration has run). */
  readRows(): Promise<StoredRow[]>;
  /** Applies the changes and writes the audit row, in one batch; returns what the statements changed. */
  writeRows(changes: RowChanges, stamp: Stamp, audit: AuditRecord): Promise<ChangeCounts>;
  commit(): Promise<void>;
  /** Rolls back; safe to call when no transaction is open. */
  rollback(): Promise<void>;
  close(): Promise<void>;
}

/** The application lock's resource name: one lock per control table, whatever the case of its name. */
export function lockResource(table: TableName): string {
  return `apply-control-metadata:${table.schema}.${table.table}`.toLowerCase();
}

/** The name of the lock-wait failure, for both engines. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(table: string, lockTimeoutMs: number, options?: { cause?: unknown }) {
    super(
      `Another apply-control-metadata run holds the lock on the control table ${table}; gave up after ${lockTimeoutMs} ms (input 'lock-timeout'). Nothing was changed: run again once it finishes, or raise lock-timeout.`,
      options,
    );
  }
}

/** A migration batch that failed: the migration, its file and the batch's line, and the engine's message. */
export function migrationFailure(
  migration: Migration,
  batch: Migration['batches'][number],
  error: unknown,
): Error {
  return new Error(
    `Migration '${migration.id}' (${formatLocation({ file: migration.file, line: batch.line })}) failed: ${describeError(error).message}`,
    { cause: error },
  );
}

/** PostgreSQL's SQLSTATE class 23 and SQL Server's error numbers for a constraint that refused a write. */
const CONSTRAINT_NUMBERS: ReadonlySet<number> = new Set([515, 547, 2601, 2627, 2628, 8152]);

/** The error or the one it wraps (the SQL Server store adds context around the driver's error). */
function isConstraintFailure(error: unknown): boolean {
  const record = (error ?? {}) as { code?: unknown; number?: unknown; cause?: unknown };
  return (
    (typeof record.code === 'string' && /^23[0-9A-Z]{3}$/.test(record.code)) ||
    (typeof record.number === 'number' && CONSTRAINT_NUMBERS.has(record.number)) ||
    (record.cause !== undefined && record.cause !== error && isConstraintFailure(record.cause))
  );
}

/**
 * A failure inside the apply's transaction, after it was rolled back: the message says so, so nobody goes looking for
 * half-written rows. A constraint that refused a write (NOT NULL, CHECK, UNIQUE, FOREIGN KEY, a value too long) is
 * named as such. The lock timeout and the user's configuration errors already say what happened and are kept.
 */
export function rolledBack(error: unknown, table: string): unknown {
  if (error instanceof LockTimeoutError || error instanceof ConfigurationError) return error;
  const { message } = describeError(error);
  const what = isConstraintFailure(error)
    ? `A constraint of ${table} refused the change: ${message}`
    : message;
  return new Error(
    `${what}${/[.!?]$/.test(what) ? '' : '.'} The transaction was rolled back: the control table, its migrations and its audit table are as they were.`,
    { cause: error },
  );
}
