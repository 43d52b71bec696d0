/**
 * The last phase against an in-memory store: what it opens, stamps, reports and hands on. The stores themselves run
 * against real engines in test/integration/control-store; the whole action in test/integration.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  type ApplyAndReportRequest,
  applyAndReport,
  stampOf,
} from '../../../src/apply-control-metadata/apply-and-report.js';
import type { openStore } from '../../../src/shared/control-table/database.js';
import {
  type AppliedMigration,
  type ControlRow,
  rowsHash,
  type StoredRow,
} from '../../../src/shared/control-table/model.js';
import type {
  BeginOptions,
  ChangeCounts,
  ControlStore,
  RowChanges,
  Stamp,
} from '../../../src/shared/control-table/store.js';
import { builtinMigrations } from '../../../src/shared/control-table/stores/builtin-migrations.js';
import { BUILTIN_LAYOUT } from '../../../src/shared/control-table/table-layout.js';
import type { Logger } from '../../../src/shared/logger.js';
import { parseReceipt } from '../../../src/shared/receipts/parse.js';
import { runInfoFromEnvironment } from '../../../src/shared/receipts/run-info.js';
import { createSecretMasker } from '../../../src/shared/secrets.js';
import { SummaryBuilder } from '../../../src/shared/summary.js';
import { row } from '../../fixtures/control-rows.js';
import { adfReceipt } from '../../fixtures/receipts.js';

/** A control table in memory: what was written, and whether the transaction was committed and the store closed. */
class MemoryStore implements ControlStore {
  readonly engine = 'postgresql' as const;
  readonly table = { schema: 'mlops', table: 'control_use_cases' };
  readonly displayName = '"mlops"."control_use_cases"';
  readonly roundTrips = 0;
  readonly applied: AppliedMigration[] = [];
  readonly stored: StoredRow[] = [];
  written: { changes: RowChanges; stamp: Stamp } | undefined;
  began: BeginOptions | undefined;
  committed = false;
  closed = false;

  constructor(private readonly failWrite = false) {}

  async begin(options: BeginOptions) {
    this.began = options;
    return { applied: [...this.applied], columns: undefined };
  }
  async describeTable() {
    return undefined;
  }
  builtinMigrations() {
    return builtinMigrations(this.engine, { table: 't', applies: 'a' });
  }
  async runMigration(migration: { id: string; checksum: string }) {
    this.applied.push({ id: migration.id, checksum: migration.checksum, applied_at: 'now' });
  }
  async readRows() {
    return [...this.stored];
  }
  async writeRows(changes: RowChanges, stamp: Stamp): Promise<ChangeCounts> {
    if (this.failWrite) throw new Error('the server went away');
    this.written = { changes, stamp };
    return { inserted: changes.inserts.length, updated: changes.updates.length, disabled: 0, deleted: 0 };
  }
  async commit() {
    this.committed = true;
  }
  async rollback() {}
  async close() {
    this.closed = true;
  }
}

function recordingLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (message) => lines.push(message),
    warning: (message) => lines.push(`warning: ${message}`),
    error: (message) => lines.push(`error: ${message}`),
    group: async (name, fn) => {
      lines.push(`group: ${name}`);
      return fn();
    },
  };
}

let runnerTemp: string;
beforeEach(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'apply-and-report-'));
});
afterEach(async () => {
  await rm(runnerTemp, { recursive: true, force: true });
});

const ROWS: ControlRow[] = [row('uc-a'), row('uc-b')];
const TIME = Date.parse('2026-12-01T08:00:00.000Z');

function request(store: MemoryStore, overrides: { dryRun?: boolean } = {}) {
  const logger = recordingLogger();
  const summary = new SummaryBuilder();
  const env = {
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTOR: 'octocat',
    GITHUB_REPOSITORY: 'example/release',
    GITHUB_RUN_ID: '77',
    GITHUB_SHA: 'a1b2c3d',
  };
  const opened: Parameters<typeof openStore>[] = [];
  const open: typeof openStore = async (...args) => {
    opened.push(args);
    return { store, location: { server: 'db.example', database: 'control' } };
  };
  const given: ApplyAndReportRequest = {
    prepared: {
      adfReceipt: adfReceipt(),
      amlReceipts: [adfReceipt().upstream.receipt],
      layout: BUILTIN_LAYOUT,
      liveRoutes: { routes: [], workspaces: [] },
      secretFields: [],
      table: { schema: 'mlops', table: 'control_use_cases' },
      access: {
        kind: 'connection-string',
        engine: 'postgresql',
        connectionString: 'postgresql://db.example/control',
      },
      rows: ROWS,
      migrations: [],
    },
    inputs: {
      environment: 'dev',
      subscriptionId: adfReceipt().subscription,
      resourceGroup: 'rg-dev',
      engine: 'postgresql',
      dryRun: overrides.dryRun ?? false,
      prune: 'none',
      lockTimeout: 60_000,
    },
    azure: { credential: { getToken: async () => null }, cloud: {} as never, caCertificates: undefined },
    logger,
    masker: createSecretMasker(() => undefined),
    summary,
    env,
    clock: () => TIME,
  };
  return { given, open, opened, logger, summary, env };
}

describe('applyAndReport', () => {
  it('applies, shows the plan, writes the plan file and builds the metadata receipt', async () => {
    const store = new MemoryStore();
    const { given, open, opened, logger, summary, env } = request(store);
    const result = await applyAndReport(given, open);

    expect(opened.map(([access, table]) => [access, table])).toEqual([
      [given.prepared.access, given.prepared.table],
    ]);
    expect(store.written?.changes.inserts.map((r) => r.id)).toEqual(['uc-a', 'uc-b']);
    expect(store.written?.stamp).toEqual({
      appliedBy: 'octocat (example/release run 77)',
      sourceCommit: 'a1b2c3d',
    });
    expect(store.began).toEqual({ lockTimeoutMs: 60_000, readOnly: false });
    expect(store.committed).toBe(true);
    expect(store.closed).toBe(true);

    expect(result.counts).toEqual({ inserted: 2, updated: 0, disabled: 0, deleted: 0, unchanged: 0 });
    expect(logger.lines).toEqual([
      'group: Apply',
      "Running migration 'apply-control-metadata/0001-control-table' ((built-in))",
      '+ insert uc-a',
      '+ insert uc-b',
      'Plan for mlops.control_use_cases: 2 insert, 0 update, 0 unchanged. Migrations run: apply-control-metadata/0001-control-table.',
    ]);
    expect(result.planPath).toBe(
      join(runnerTemp, 'apply-control-metadata', 'plan-dev-mlops.control_use_cases.json'),
    );
    expect(JSON.parse(await readFile(result.planPath, 'utf8'))).toMatchObject({
      environment: 'dev',
      engine: 'postgresql',
      table: 'mlops.control_use_cases',
      dryRun: false,
      rows: [
        { id: 'uc-a', action: 'insert' },
        { id: 'uc-b', action: 'insert' },
      ],
    });
    expect(summary.toString()).toContain('apply-control-metadata: mlops.control_use_cases (dev)');

    const receipt = parseReceipt(result.receipt, { kind: 'metadata', input: 'receipt', environment: 'dev' });
    expect(receipt).toMatchObject({
      subscription: adfReceipt().subscription,
      resourceGroup: 'rg-dev',
      store: {
        engine: 'postgresql',
        server: 'db.example',
        database: 'control',
        table: 'mlops.control_use_cases',
      },
      rows: { count: 2, hash: rowsHash(ROWS) },
      run: runInfoFromEnvironment(env),
      time: '2026-12-01T08:00:00.000Z',
    });
    // The action's own table: no table-schema to read it with.
    expect(receipt.store).not.toHaveProperty('tableSchema');
  });

  it('a dry run plans in a read-only transaction, commits nothing and hands on no receipt', async () => {
    const store = new MemoryStore();
    const { given, open, logger } = request(store, { dryRun: true });
    const result = await applyAndReport(given, open);

    expect(store.began).toEqual({ lockTimeoutMs: 60_000, readOnly: true });
    expect(store.written).toBeUndefined();
    expect(store.committed).toBe(false);
    expect(store.closed).toBe(true);
    expect(result.receipt).toBeUndefined();
    expect(result.counts).toMatchObject({ inserted: 2 });
    expect(logger.lines[0]).toBe('group: Plan (dry run)');
    expect(logger.lines.at(-1)).toBe('Dry run: nothing was written.');
    expect(JSON.parse(await readFile(result.planPath, 'utf8'))).toMatchObject({ dryRun: true });
  });

  it('closes the store when the apply fails, and shows no plan', async () => {
    const store = new MemoryStore(true);
    const { given, open, logger } = request(store);
    await expect(applyAndReport(given, open)).rejects.toThrow('the server went away');
    expect(store.closed).toBe(true);
    expect(store.committed).toBe(false);
    expect(logger.lines.some((line) => line.startsWith('Plan for'))).toBe(false);
  });

  it('redacts secrets from the plan file', async () => {
    const store = new MemoryStore();
    store.stored.push({
      ...row('uc-a', { parameters: { token: 'sv=2024&sig=s3cr3t-value' } }),
      content_hash: 'x'.repeat(64),
      applied_at: 'then',
      applied_by: 'someone',
      source_commit: null,
    });
    const { given, open } = request(store);
    given.masker.mask('s3cr3t-value');
    const { planPath } = await applyAndReport(given, open);
    const text = await readFile(planPath, 'utf8');
    expect(text).toContain('sig=***');
    expect(text).not.toContain('s3cr3t-value');
  });
});

describe('stampOf', () => {
  const run = { repo: '', sha: '', runId: '', runAttempt: '1' };

  it('names the actor and the run, and the commit', () => {
    expect(stampOf({ GITHUB_ACTOR: 'octocat' }, { ...run, repo: 'o/r', runId: '9', sha: 'beef' })).toEqual({
      appliedBy: 'octocat (o/r run 9)',
      sourceCommit: 'beef',
    });
  });

  it('says unknown without an actor, and no commit without a sha', () => {
    expect(stampOf({}, run)).toEqual({ appliedBy: 'unknown', sourceCommit: null });
  });

  it('keeps applied_by within its 256 characters', () => {
    const stamp = stampOf({ GITHUB_ACTOR: 'a'.repeat(250) }, { ...run, repo: 'o/r', runId: '9' });
    expect(stamp.appliedBy).toHaveLength(256);
    expect(stamp.appliedBy.startsWith('a'.repeat(250))).toBe(true);
  });
});
