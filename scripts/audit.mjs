#!/usr/bin/env node
/**
 * `npm run audit`: the standing audit suites (test/audit/*.audit.ts: the fault matrix, the hostile-input table per
 * action, and the secret scan every run of them goes through), run with jest against the bundled actions and the
 * sandbox, then the tally: probes tried / held / failed per category. Exits non-zero when any probe failed, when a
 * suite failed outside its probes, or when nothing was tried. Extra arguments go to jest (a path filters suites).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'audit-'));
const tallyFile = join(scratch, 'tally.jsonl');
const resultsFile = join(scratch, 'results.json');
const started = Date.now();

const jest = spawnSync(
  process.execPath,
  [
    '--experimental-vm-modules',
    join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    '--testMatch',
    '<rootDir>/test/audit/**/*.audit.ts',
    // The two suites (fault matrix, hostile inputs) each stage their own sandbox: they run side by side.
    '--maxWorkers=2',
    '--json',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, AUDIT_TALLY: tallyFile } },
);

/** category -> { tried, held, failed, failures: [name] } */
const tally = new Map();
const count = (category, name, held, detail) => {
  const entry = tally.get(category) ?? { tried: 0, held: 0, failed: 0, failures: [] };
  entry.tried++;
  if (held) entry.held++;
  else {
    entry.failed++;
    entry.failures.push(detail ? `${name}: ${detail.split('\n')[0]}` : name);
  }
  tally.set(category, entry);
};

let suiteFailures = 0;
try {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  for (const suite of results.testResults) {
    if (suite.status === 'failed' && suite.assertionResults.length === 0) suiteFailures++;
    for (const test of suite.assertionResults) {
      const match = /^\[([a-z-]+)\] (.*)$/.exec(test.title);
      if (!match) {
        if (test.status === 'failed') suiteFailures++;
        continue;
      }
      if (test.status === 'pending' || test.status === 'skipped') continue;
      count(
        match[1],
        match[2],
        test.status === 'passed',
        test.failureMessages?.join(' ').replace(/\s+/g, ' ').slice(0, 200),
      );
    }
  }
} catch (error) {
  console.error(`audit: no jest results (${error.message})`);
  suiteFailures++;
}
try {
  for (const line of readFileSync(tallyFile, 'utf8').split('\n').filter(Boolean)) {
    const probe = JSON.parse(line);
    // Probes tallied through jest's results are the test titles; the file adds the per-run secret scans.
    if (probe.category === 'secret-scan') count(probe.category, probe.name, probe.held, probe.detail);
  }
} catch {
  // No run was scanned (every suite failed before running an action): the totals below say so.
}
rmSync(scratch, { recursive: true, force: true });

const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce(
  (sum, [, e]) => ({ tried: sum.tried + e.tried, held: sum.held + e.held, failed: sum.failed + e.failed }),
  { tried: 0, held: 0, failed: 0 },
);
const line = (name, e) =>
  `${name.padEnd(16)} ${String(e.tried).padStart(6)} ${String(e.held).padStart(6)} ${String(e.failed).padStart(6)}`;
console.log(
  `\n${'category'.padEnd(16)} ${'tried'.padStart(6)} ${'held'.padStart(6)} ${'failed'.padStart(6)}`,
);
for (const [name, entry] of rows) console.log(line(name, entry));
console.log(line('total', total));
for (const [name, entry] of rows)
  for (const failure of entry.failures) console.log(`FAILED ${name}: ${failure}`);
console.log(`audit took ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (suiteFailures > 0) console.log(`${suiteFailures} suite or setup failure(s) outside the probes`);
const ok = jest.status === 0 && total.failed === 0 && suiteFailures === 0 && total.tried > 0;
process.exit(ok ? 0 : 1);
