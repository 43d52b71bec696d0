/**
 * The behavioural suite every control store passes against a real engine: embedded PGlite, a PostgreSQL server
 * (PG_TEST_URL) and, opt-in, SQL Server (MSSQL_TEST_URL). Each case works on its own schema, so cases and engines
 * share a database without seeing each other. The suite drives `applyControlMetadata`, as the action does.
 */
import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  type ApplyOutcome,
  type ApplyRequest,
  applyControlMetadata,
} from '../../../src/apply-control-metadata/apply.js';
import { parseSqlcmdScript } from '../../../src/apply-control-metadata/sqlcmd.js';
import type { ControlRow, Migration, TableName } from '../../../src/shared/control-table/model.js';
import type { ControlStore, StoreOptions } from '../../../src/shared/control-table/store.js';
import { LockTimeoutError } from '../../../src/shared/control-table/store.js';
import type { TableLayout } from '../../../src/shared/control-table/table-layout.js';
import { row } from '../../fixtures/control-rows.js';

export interface StoreUnderTest {
  /** A store on a new connection to the database, for `table`. */
  open(table: TableName, options?: StoreOptions): Promise<ControlStore>;
  /** Rows of `<table>_applies`. */
  auditRows(table: TableName): Promise<number>;
  /** Holds the table's application lock from another session until `release` is called (where `lockWaits`). */
  holdLock?(table: TableName): Promise<{ release(): Promise<void> }>;
  /** A user migration script in this engine's SQL that adds a column `note` to `$(schema).control_use_cases`. */
  readonly addColumnScript: string;
  /** A user migration script that adds a CHECK constraint refusing `schedule = 'forbidden'`. */
  readonly checkConstraintScript: string;
  /** Runs SQL on its own connection (outside any apply). */
  exec(sql: string): Promise<void>;
  /**
   * The DDL of a user's own control table `$(table)` in this engine (copy-data-tool style: an int identity key, the
   * user's column names, a bit/integer flag, JSON as text, an environment column).
   */
  readonly userTableScript: string;
  /** The engine's name for messages. */
  readonly engine: 'sqlserver' | 'postgresql';
}

const silent = { info: () => undefined, debug: () => undefined };

/** A script with the table's variables filled in, as the action fills them. */
function sql(script: string, table: TableName): string {
  return script.replaceAll('$(schema)', table.schema).replaceAll('$(table_name)', table.table);
}

export function rows(count: number, prefix = 'uc'): ControlRow[] {
  return Array.from({ length: count }, (_, i) => row(`${prefix}-${String(i).padStart(5, '0')}`));
}

function userMigration(
  id: string,
  script: string,
  engine: StoreUnderTest['engine'],
  table: TableName,
): Migration {
  return {
    id,
    checksum: createHash('sha256').update(script).digest('hex'),
    file: `migrations/${id}`,
    batches: parseSqlcmdScript(script, {
      file: `migrations/${id}`,
      dialect: engine,
      variables: { schema: table.schema },
    }),
  };
}

export function describeControlStore(
  name: string,
  subject: () => StoreUnderTest,
  options: { lockWaits: boolean },
): void {
  describe(`${name}: the control store`, () => {
    const freshTable = (): TableName => ({
      schema: `t_${randomUUID().replace(/-/g, '').slice(0, 10)}`,
      table: 'control_use_cases',
    });

    /** One apply on its own connection, as one action run. */
    const apply = async (
      table: TableName,
      request: Partial<Omit<ApplyRequest, 'store'>> & { rows: readonly ControlRow[] },
    ): Promise<ApplyOutcome> => {
      const store = await subject().open(table);
      try {
        return await applyControlMetadata({
          migrations: [],
          prune: 'none',
          dryRun: false,
          lockTimeoutMs: 30_000,
          stamp: { appliedBy: 'test', sourceCommit: 'c0ffee' },
          environment: 'dev',
          runUrl: 'https://github.com/o/r/actions/runs/1',
          logger: silent,
          store,
          ...request,
        });
      } finally {
        await store.close();
      }
    };

    /** One apply in `environment`, on a store for that environment and layout. */
    const applyIn = async (
      table: TableName,
      environment: string,
      request: Partial<Omit<ApplyRequest, 'store'>> & { rows: readonly ControlRow[] },
    ): Promise<ApplyOutcome> => {
      const store = await subject().open(table, { layout: request.layout, environment });
      try {
        return await applyControlMetadata({
          migrations: [],
          prune: 'none',
          dryRun: false,
          lockTimeoutMs: 30_000,
          stamp: { appliedBy: 'test', sourceCommit: 'c0ffee' },
          runUrl: null,
          logger: silent,
          store,
          ...request,
          environment,
        });
      } finally {
        await store.close();
      }
    };

    /** The rows of a user's table in one environment, read back through the layout. */
    const readScoped = async (table: TableName, environment: string) => {
      const store = await subject().open(table, {
        layout: {
          adopted: true,
          columns: [
            { field: 'id', name: 'UseCaseId' },
            { field: 'pipeline', name: 'TopLevelPipelineName' },
            { field: 'endpoint', name: 'EndpointName' },
            { field: 'deployment', name: 'DeploymentName' },
            { field: 'input_location', name: 'SourceObjectSettings' },
            { field: 'output_location', name: 'SinkObjectSettings' },
            { field: 'schedule', name: 'TriggerName' },
            { field: 'enabled', name: 'CopyEnabled' },
            { field: 'parameters', name: 'CopyActivitySettings' },
            { field: 'environment', name: 'Environment' },
          ],
        },
        environment,
      });
      try {
        const begun = await store.begin({ lockTimeoutMs: 0, readOnly: true });
        const stored = begun.columns ? await store.readRows() : [];
        await store.rollback();
        return stored;
      } finally {
        await store.close();
      }
    };

    /** The table's rows, read by a dry run's read-only transaction. */
    const readTable = async (table: TableName) => {
      const store = await subject().open(table);
      try {
        await store.begin({ lockTimeoutMs: 0, readOnly: true });
        const stored = await store.readRows();
        await store.rollback();
        return stored;
      } finally {
        await store.close();
      }
    };
    const content = (stored: readonly ControlRow[]) =>
      stored.map((r) => {
        const { id, pipeline, endpoint, deployment, input_location, output_location, sink_table, schedule } =
          r;
        return {
          id,
          pipeline,
          endpoint,
          deployment,
          input_location,
          output_location,
          sink_table,
          schedule,
          enabled: r.enabled,
          parameters: r.parameters,
        };
      });

    it('first apply: creates the table by migration and inserts every row', async () => {
      const table = freshTable();
      const outcome = await apply(table, { rows: rows(3) });
      expect(outcome.counts).toEqual({ inserted: 3, updated: 0, disabled: 0, deleted: 0, unchanged: 0 });
      expect(outcome.migrations).toEqual(['apply-control-metadata/0001-control-table']);
      const stored = await readTable(table);
      expect(content(stored)).toEqual(rows(3));
      expect(stored.every((r) => r.applied_by === 'test' && r.source_commit === 'c0ffee')).toBe(true);
      expect(stored.every((r) => /^[0-9a-f]{64}$/.test(r.content_hash))).toBe(true);
      expect(await subject().auditRows(table)).toBe(1);
    });

    it('no-op rerun: writes no row and no audit row, and as many round trips for 3 rows as for 300', async () => {
      const small = freshTable();
      const large = freshTable();
      await apply(small, { rows: rows(3) });
      await apply(large, { rows: rows(300) });
      const before = await readTable(large);
      const rerunSmall = await apply(small, { rows: rows(3) });
      const rerun = await apply(large, { rows: rows(300) });
      expect(rerun.counts).toEqual({ inserted: 0, updated: 0, disabled: 0, deleted: 0, unchanged: 300 });
      expect(await readTable(large)).toEqual(before); // applied_at untouched: nothing was written
      expect(await subject().auditRows(large)).toBe(1); // the first apply's only
      expect(rerun.roundTrips).toBe(rerunSmall.roundTrips);
      expect(rerun.roundTrips).toBeLessThanOrEqual(6);
      expect(rerun.roundTrips).toBe(3); // begin + lock + bootstrap, read, commit
    });

    it.each([
      ['none', { disabled: 0, deleted: 0 }, 'kept'],
      ['disable', { disabled: 1, deleted: 0 }, 'disabled'],
      ['delete', { disabled: 0, deleted: 1 }, 'deleted'],
    ] as const)('change, add and remove with prune %s', async (prune, pruned, fate) => {
      const table = freshTable();
      await apply(table, { rows: [row('a'), row('b'), row('c')] });
      const changed = row('b', { parameters: { threshold: 0.75 }, schedule: 'hourly' });
      const outcome = await apply(table, {
        rows: [row('a'), changed, row('d')],
        prune,
        stamp: { appliedBy: 'second', sourceCommit: 'beef' },
      });
      expect(outcome.counts).toEqual({ inserted: 1, updated: 1, unchanged: 1, ...pruned });
      expect(outcome.plan.entries.find((e) => e.id === 'b')?.changes.map((c) => c.column)).toEqual([
        'schedule',
        'parameters',
      ]);
      const stored = await readTable(table);
      const byId = new Map(stored.map((r) => [r.id, r]));
      expect(content([byId.get('b')!])).toEqual([changed]);
      expect(byId.get('b')?.applied_by).toBe('second');
      expect(byId.get('a')?.applied_by).toBe('test');
      expect(byId.has('d')).toBe(true);
      if (fate === 'kept') expect(byId.get('c')?.enabled).toBe(true);
      if (fate === 'disabled') expect(byId.get('c')?.enabled).toBe(false);
      if (fate === 'deleted') expect(byId.has('c')).toBe(false);
      // Converged: the same files again change nothing.
      const again = await apply(table, { rows: [row('a'), changed, row('d')], prune });
      expect(again.counts).toMatchObject({ inserted: 0, updated: 0, disabled: 0, deleted: 0 });
    });

    it('two concurrent applies serialize and the table ends as the last one left it', async () => {
      const table = freshTable();
      await apply(table, { rows: rows(50) });
      const first = rows(50).map((r) => ({ ...r, schedule: 'first' }));
      const second = rows(50).map((r) => ({ ...r, schedule: 'second' }));
      const [a, b] = await Promise.all([apply(table, { rows: first }), apply(table, { rows: second })]);
      // Whichever ran second saw the first one's rows and updated all of them.
      expect([a.counts.updated, b.counts.updated]).toEqual([50, 50]);
      const stored = await readTable(table);
      const schedules = new Set(stored.map((r) => r.schedule));
      expect(schedules.size).toBe(1);
      expect(await subject().auditRows(table)).toBe(3);
    });

    // PGlite serializes whole transactions instead: there is no lock wait to show there.
    (options.lockWaits ? it : it.skip)(
      'waits for a concurrent apply for at most lock-timeout, then changes nothing',
      async () => {
        const holdLock = subject().holdLock!;
        const table = freshTable();
        await apply(table, { rows: rows(2) });
        const held = await holdLock(table);
        try {
          const attempt = apply(table, { rows: rows(3), lockTimeoutMs: 300 });
          await expect(attempt).rejects.toThrow(LockTimeoutError);
          await expect(attempt).rejects.toThrow(
            /holds the lock on the control table .*control_use_cases.*; gave up after 300 ms \(input 'lock-timeout'\)/,
          );
        } finally {
          await held.release();
        }
        expect(await readTable(table)).toHaveLength(2);
      },
    );

    it('a failure mid-apply leaves everything as it was, migrations included', async () => {
      const fresh = freshTable();
      await expect(
        apply(fresh, {
          rows: rows(5),
          beforeCommit: async () => {
            throw new Error('injected before COMMIT');
          },
        }),
      ).rejects.toThrow('injected before COMMIT');
      const dry = await apply(fresh, { rows: rows(5), dryRun: true });
      expect(dry.migrations).toEqual(['apply-control-metadata/0001-control-table']); // never recorded

      const table = freshTable();
      await apply(table, { rows: rows(5) });
      const before = await readTable(table);
      const changed = rows(5).map((r) => ({ ...r, enabled: false }));
      await expect(
        apply(table, {
          rows: [...changed, row('new')],
          prune: 'delete',
          beforeCommit: async () => {
            throw new Error('injected before COMMIT');
          },
        }),
      ).rejects.toThrow('injected before COMMIT');
      expect(await readTable(table)).toEqual(before);
      expect(await subject().auditRows(table)).toBe(1);
    });

    it('a user migration runs once, in the transaction; a failing one rolls everything back', async () => {
      const { engine, addColumnScript } = subject();
      const table = freshTable();
      const migration = userMigration('0001-add-note.sql', addColumnScript, engine, table);
      const first = await apply(table, { rows: rows(2), migrations: [migration] });
      expect(first.migrations).toEqual(['apply-control-metadata/0001-control-table', '0001-add-note.sql']);
      const second = await apply(table, { rows: rows(2), migrations: [migration] });
      expect(second.migrations).toEqual([]);

      const fresh = freshTable();
      const broken = userMigration(
        '0002-broken.sql',
        `${addColumnScript}\nGO\nTHIS IS NOT SQL`,
        engine,
        fresh,
      );
      await expect(apply(fresh, { rows: rows(2), migrations: [broken] })).rejects.toThrow(
        /Migration '0002-broken\.sql' \(migrations\/0002-broken\.sql line 3\) failed/,
      );
      const dry = await apply(fresh, { rows: rows(2), migrations: [broken], dryRun: true });
      expect(dry.migrations).toEqual(['apply-control-metadata/0001-control-table', '0002-broken.sql']);
    });

    it('a constraint that refuses a row: says so and that the transaction was rolled back', async () => {
      const { engine, checkConstraintScript } = subject();
      const table = freshTable();
      const migration = userMigration('0001-check.sql', checkConstraintScript, engine, table);
      await apply(table, { rows: rows(2), migrations: [migration] });
      const before = await readTable(table);
      await expect(
        apply(table, {
          rows: [...rows(2), row('new', { schedule: 'forbidden' })],
          migrations: [migration],
        }),
      ).rejects.toThrow(
        /^A constraint of .*control_use_cases.* refused the change: .* The transaction was rolled back: the control table, its migrations and its audit table are as they were\.$/,
      );
      expect(await readTable(table)).toEqual(before);
      expect(await subject().auditRows(table)).toBe(1);
    });

    it('a dry run creates nothing and reports the plan', async () => {
      const table = freshTable();
      const dry = await apply(table, { rows: rows(4), dryRun: true });
      expect(dry.counts.inserted).toBe(4);
      expect(dry.plan.entries.map((e) => e.action)).toEqual(['insert', 'insert', 'insert', 'insert']);
      await apply(table, { rows: rows(4) });
      const dryAgain = await apply(table, { rows: rows(3), dryRun: true, prune: 'delete' });
      expect(dryAgain.counts).toMatchObject({ unchanged: 3, deleted: 1 });
      expect(await readTable(table)).toHaveLength(4);
      expect(await subject().auditRows(table)).toBe(1);
    });

    it('stores quotes, unicode and JSON parameters verbatim', async () => {
      const table = freshTable();
      const tricky = row('o\'brien "quoted" ; DROP TABLE x; --', {
        input_location: "abfss://données@compte.dfs.core.windows.net/雪/'; --",
        schedule: 'tous les jours 🌙',
        parameters: {
          note: 'l\'été "chaud" \\ back\\slash',
          emoji: '😀',
          nested: { list: [1, 2.5, 'trois', null, true], empty: {} },
          rtl: 'مرحبا',
        },
      });
      // The id rule of the row validator would refuse this id; the store itself must still not care.
      await apply(table, { rows: [tricky] });
      const stored = await readTable(table);
      expect(content(stored)).toEqual([tricky]);
      const rerun = await apply(table, { rows: [tricky] });
      expect(rerun.counts.unchanged).toBe(1);
    });

    it('an existing table the action did not create: the dry run and the apply both refuse, before any write', async () => {
      const table = freshTable();
      const { exec, userTableScript } = subject();
      await exec(sql(userTableScript, table));
      for (const dryRun of [true, false]) {
        await expect(apply(table, { rows: rows(3), dryRun })).rejects.toThrow(
          /The control table .*control_use_cases.* exists, but apply-control-metadata did not create it .*table-schema/,
        );
      }
      const store = await subject().open(table);
      try {
        const begun = await store.begin({ lockTimeoutMs: 0, readOnly: true });
        // No migration ran or was recorded (the refused apply rolled its bootstrap back); the table is untouched.
        expect(begun.applied).toEqual([]);
        expect(begun.columns?.map((c) => c.name)).toContain('UseCaseId');
        await store.rollback();
      } finally {
        await store.close();
      }
    });

    describe('a table the user brought (table-schema)', () => {
      const layout: TableLayout = {
        adopted: true,
        file: 'metadata/control-table.yml',
        columns: [
          { field: 'id', name: 'UseCaseId', location: { file: 'metadata/control-table.yml', line: 3 } },
          { field: 'pipeline', name: 'TopLevelPipelineName' },
          { field: 'endpoint', name: 'EndpointName' },
          { field: 'deployment', name: 'DeploymentName' },
          { field: 'input_location', name: 'SourceObjectSettings' },
          { field: 'output_location', name: 'SinkObjectSettings' },
          { field: 'schedule', name: 'TriggerName' },
          { field: 'enabled', name: 'CopyEnabled' },
          { field: 'parameters', name: 'CopyActivitySettings' },
          { field: 'environment', name: 'Environment' },
        ],
      };
      const adopt = (table: TableName, environment: string, request: Parameters<typeof apply>[1]) =>
        applyIn(table, environment, { layout, ...request });

      it('adopts it: writes its columns, scoped to the environment; a rerun changes nothing; prune stays in scope', async () => {
        const table = freshTable();
        const { exec, userTableScript } = subject();
        await exec(sql(userTableScript, table));
        const noSink = (r: ControlRow) => ({ ...r, sink_table: null });
        const first = await adopt(table, 'dev', { rows: rows(5).map(noSink) });
        expect(first.counts).toMatchObject({ inserted: 5, updated: 0 });
        expect(first.migrations).toEqual(['apply-control-metadata/0001-audit-table']);
        const prod = await adopt(table, 'prod', { rows: rows(3, 'prod').map(noSink) });
        expect(prod.counts).toMatchObject({ inserted: 3, unchanged: 0 });
        const again = await adopt(table, 'dev', { rows: rows(5).map(noSink) });
        expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
        expect(await subject().auditRows(table)).toBe(2);
        const changed = rows(4).map(noSink);
        changed[0] = { ...changed[0]!, enabled: false, parameters: { threshold: 0.9 } };
        const third = await adopt(table, 'dev', { rows: changed, prune: 'delete' });
        expect(third.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 3, deleted: 1 });
        // prod's rows are not dev's to prune
        const prodAgain = await adopt(table, 'prod', { rows: rows(3, 'prod').map(noSink), dryRun: true });
        expect(prodAgain.counts).toMatchObject({ unchanged: 3, deleted: 0 });
        const stored = await readScoped(table, 'dev');
        expect(stored.find((r) => r.id === 'uc-00000')).toMatchObject({
          enabled: false,
          parameters: { threshold: 0.9 },
          pipeline: 'pl_score_use_case',
          sink_table: null,
        });
      });

      it('lists the mapped columns the table lacks and refuses before any write, in a dry run too', async () => {
        const table = freshTable();
        const { exec, userTableScript } = subject();
        await exec(sql(userTableScript, table));
        const broken: TableLayout = {
          ...layout,
          columns: [
            ...layout.columns,
            { field: 'sink_table', name: 'SinkTable', location: { file: 'x.yml', line: 9 } },
          ],
        };
        for (const dryRun of [true, false]) {
          const attempt = applyIn(table, 'dev', { layout: broken, rows: rows(2), dryRun });
          await expect(attempt).rejects.toThrow(
            /1 problem adopting .*control_use_cases.* \(nothing was changed\)/,
          );
          await expect(attempt).rejects.toThrow(/the column 'SinkTable' \(for sink_table\) is missing from/);
        }
        expect(await readScoped(table, 'dev')).toEqual([]);
      });
    });

    it('refuses a hostile table name before touching the database', async () => {
      await expect(subject().open({ schema: 'mlops', table: 'x"; DROP TABLE y; --' })).rejects.toThrow(
        /Refusing the table name/,
      );
      await expect(subject().open({ schema: 'ml ops', table: 'x' })).rejects.toThrow(
        /Refusing the table name/,
      );
    });
  });
}
