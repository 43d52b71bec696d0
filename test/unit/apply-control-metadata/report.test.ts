import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ApplyOutcome } from '../../../src/apply-control-metadata/apply.js';
import { planRows } from '../../../src/apply-control-metadata/plan.js';
import { reportPlan } from '../../../src/apply-control-metadata/report.js';
import { SummaryBuilder } from '../../../src/shared/summary.js';
import { row } from '../../fixtures/control-rows.js';

let runnerTemp: string;
beforeEach(async () => {
  runnerTemp = await mkdtemp(join(tmpdir(), 'report-'));
});
afterEach(async () => {
  await rm(runnerTemp, { recursive: true, force: true });
});

const FACTS = { environment: 'prod', engine: 'sqlserver', table: 'dbo.use_cases', prune: 'disable' } as const;

function stored(id: string, overrides: Parameters<typeof row>[1] = {}) {
  return {
    ...row(id, overrides),
    content_hash: 'x',
    applied_at: 'then',
    applied_by: 'someone',
    source_commit: null,
  };
}

function outcome(plan: ApplyOutcome['plan'], dryRun: boolean, migrations: string[] = []): ApplyOutcome {
  return { dryRun, plan, migrations, counts: {} as ApplyOutcome['counts'], rowsHash: 'h', roundTrips: 4 };
}

async function report(given: ApplyOutcome) {
  const lines: string[] = [];
  const summary = new SummaryBuilder();
  const path = await reportPlan(given, FACTS, {
    logger: { info: (line) => lines.push(line) },
    summary,
    env: { RUNNER_TEMP: runnerTemp },
    redact: (text) => text,
  });
  return { lines, summary: summary.toString(), file: JSON.parse(await readFile(path, 'utf8')), path };
}

describe('reportPlan', () => {
  it('shows each change, its columns, the orphans and the counts', async () => {
    const plan = planRows(
      [row('uc-new'), row('uc-same'), row('uc-changed', { schedule: 'hourly' })],
      [stored('uc-same'), stored('uc-changed'), stored('uc-orphan'), stored('uc-off', { enabled: false })],
      { prune: 'disable', caseInsensitiveIds: true },
    );
    const { lines, summary, file, path } = await report(outcome(plan, false, ['0001-views.sql']));
    // In id order: the files' rows, then the rows only the table holds.
    expect(lines).toEqual([
      '~ update uc-changed',
      '    ~ schedule: "daily" → "hourly"',
      '+ insert uc-new',
      '! keep uc-off (not in the files; kept as it is)',
      '- disable uc-orphan (not in the files)',
      'Plan for dbo.use_cases: 1 insert, 1 update, 1 unchanged, 1 disable, 1 not in the files, kept (prune: disable). Migrations run: 0001-views.sql.',
    ]);
    expect(path).toBe(join(runnerTemp, 'apply-control-metadata', 'plan-prod-dbo.use_cases.json'));
    expect(file.rows.map((entry: { id: string }) => entry.id)).toEqual([
      'uc-changed',
      'uc-new',
      'uc-off',
      'uc-orphan',
    ]);
    expect(summary).toContain('apply-control-metadata: dbo.use_cases (prod)');
    expect(summary).toContain(lines.at(-1));
  });

  it('says what a dry run would do', async () => {
    const plan = planRows([row('uc-new')], [], { prune: 'none', caseInsensitiveIds: false });
    const { lines, summary } = await report(outcome(plan, true, ['0001-views.sql']));
    expect(lines.at(-1)).toBe(
      'Plan for dbo.use_cases: 1 to insert, 0 to update, 0 unchanged. Migrations to run: 0001-views.sql.',
    );
    expect(summary).toContain('apply-control-metadata: dbo.use_cases (prod) — dry run');
  });

  it('cuts a long plan at 50 rows in the log and the summary, never in the file', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(`uc-${String(i).padStart(2, '0')}`));
    const plan = planRows(rows, [], { prune: 'none', caseInsensitiveIds: false });
    const { lines, summary, file } = await report(outcome(plan, false));
    expect(lines).toHaveLength(52);
    expect(lines[49]).toBe('+ insert uc-49');
    expect(lines[50]).toBe('... and 10 more rows (every row is in the plan file)');
    expect(summary).toContain('... and 10 more rows');
    expect(file.rows).toHaveLength(60);
  });

  it('diffs parameters key by key and shortens long values; the file keeps them whole', async () => {
    const big = 'x'.repeat(100 * 1024);
    const plan = planRows(
      [row('uc-1', { parameters: { threshold: 0.4, payload: big, currency: 'EUR' } })],
      [stored('uc-1', { parameters: { threshold: 0.35, payload: 'small', note: 'old' } })],
      { prune: 'none', caseInsensitiveIds: false },
    );
    const { lines, summary, file } = await report(outcome(plan, false));
    expect(lines).toEqual([
      '~ update uc-1',
      '    + parameters.currency: "EUR"',
      '    - parameters.note (was "old")',
      `    ~ parameters.payload: "small" → "${'x'.repeat(59)}… (102402 characters)`,
      '    ~ parameters.threshold: 0.35 → 0.4',
      'Plan for dbo.use_cases: 0 insert, 1 update, 0 unchanged.',
    ]);
    expect(lines.join('\n').length).toBeLessThan(1000);
    expect(summary.length).toBeLessThan(2000);
    expect(file.rows[0].changes[0].to.payload).toBe(big);
  });

  it('shows at most 20 changes of one row', async () => {
    const keys = (value: number) =>
      Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, value]));
    const plan = planRows([row('uc-1', { parameters: keys(2) })], [stored('uc-1', { parameters: keys(1) })], {
      prune: 'none',
      caseInsensitiveIds: false,
    });
    const { lines } = await report(outcome(plan, false));
    expect(lines).toHaveLength(1 + 20 + 1 + 1);
    expect(lines[21]).toBe('    ... and 10 more changes (in the plan file)');
  });
});
