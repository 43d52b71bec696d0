// The driver of bench/metadata.mjs (run with tsx). See bench/metadata.mjs for what it measures.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { applyControlMetadata } from '../src/apply-control-metadata/apply.js';
import type { ControlRow } from '../src/apply-control-metadata/model.js';
import { PostgresStore } from '../src/apply-control-metadata/stores/postgresql.js';
import { openControlDatabase } from '../src/sandbox/services/control-database.js';

const ROWS = Number(process.env.ROWS ?? 10_000);
const MAX_ROUND_TRIPS = 6;
const SERVER_GOAL_MS = 2000;

function useCases(count: number, changedEvery = 0): ControlRow[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `use-case-${String(i).padStart(6, '0')}`;
    const changed = changedEvery > 0 && i % changedEvery === 0;
    return {
      id,
      pipeline: 'pl_score_use_case',
      endpoint: 'credit-default-bench',
      deployment: null,
      input_location: `abfss://features@scoringdata.dfs.core.windows.net/${id}/`,
      output_location: `abfss://scores@scoringdata.dfs.core.windows.net/${id}/`,
      sink_table: 'scores.credit_default',
      schedule: i % 7 === 0 ? 'weekly' : 'daily',
      enabled: true,
      parameters: {
        segment: `s${i % 13}`,
        threshold: changed ? 0.9 : 0.35,
        features: ['income', 'age', 'debt'],
      },
    };
  });
}

async function measure(label: string, connectionString: string, goalMs?: number): Promise<boolean> {
  const table = { schema: `bench_${randomUUID().replace(/-/g, '').slice(0, 8)}`, table: 'control_use_cases' };
  const runs: [string, ControlRow[]][] = [
    ['first apply', useCases(ROWS)],
    ['no-op rerun', useCases(ROWS)],
    ['1% changed', useCases(ROWS, 100)],
  ];
  let ok = true;
  for (const [name, rows] of runs) {
    const client = new pg.Client({ connectionString });
    await client.connect();
    const store = new PostgresStore(client, table);
    const started = performance.now();
    const outcome = await applyControlMetadata({
      store,
      rows,
      migrations: [],
      prune: 'none',
      dryRun: false,
      lockTimeoutMs: 60_000,
      stamp: { appliedBy: 'bench', sourceCommit: null },
      environment: 'bench',
      runUrl: null,
      logger: { info: () => undefined, debug: () => undefined },
    });
    const ms = performance.now() - started;
    await store.close();
    const { inserted, updated, unchanged } = outcome.counts;
    const tripsOk = outcome.roundTrips <= MAX_ROUND_TRIPS;
    const timeOk = name !== 'first apply' || goalMs === undefined || ms < goalMs;
    ok &&= tripsOk && timeOk;
    console.log(
      `${label.padEnd(18)} ${name.padEnd(12)} ${String(Math.round(ms)).padStart(6)} ms  ${outcome.roundTrips} round trips  (${inserted} inserted, ${updated} updated, ${unchanged} unchanged)` +
        (name === 'first apply' && goalMs !== undefined
          ? `  goal < ${goalMs} ms: ${timeOk ? 'met' : 'NOT met'}`
          : ''),
    );
  }
  return ok;
}

async function serverUrl(): Promise<string | undefined> {
  const candidate =
    process.env.PG_TEST_URL ?? `postgresql:///postgres?host=/var/run/postgresql&user=${userInfo().username}`;
  const client = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return candidate;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const root = resolve(import.meta.dirname, '..');
  console.log(
    `${ROWS} rows; round trips are counted after connecting (the first apply includes the table's migration)`,
  );
  const embedded = await openControlDatabase({ dataDir: join(root, '.sandbox', 'bench-metadata', 'pglite') });
  let ok = true;
  try {
    const { connectionString } = await embedded.createDatabase('bench');
    ok &&= await measure('PGlite (embedded)', connectionString);
  } finally {
    await embedded.close();
  }
  const url = await serverUrl();
  if (!url) {
    console.log(
      'PostgreSQL server: none answers (set PG_TEST_URL, or start one: pg_ctlcluster 15 main start)',
    );
  } else {
    const server = await openControlDatabase({ url, dataDir: join(root, '.sandbox', 'unused') });
    const name = `bench_metadata_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
    try {
      const { connectionString } = await server.createDatabase(name);
      ok &&= await measure('PostgreSQL server', connectionString, SERVER_GOAL_MS);
    } finally {
      await server.close();
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  }
  console.log(
    `goals (at most ${MAX_ROUND_TRIPS} round trips in every apply; first apply on the server under ${SERVER_GOAL_MS} ms): ${ok ? 'met' : 'NOT met'}`,
  );
  return 0; // figures over a goal are reported, not failed (bench/run.mjs)
}

process.exitCode = await main();
