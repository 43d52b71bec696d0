// Cold start of each bundled action, beside bare `node` measured in the same rounds. A step's start-up is paid on
// every workflow run, and what moves it is how much of the bundle loads before the first input is read.
// Each run is `node dist/<name>/index.js` with no inputs: it fails fast on the first missing required input, so the
// time is module loading plus input parsing, with no network.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTIONS } from '../scripts/actions.mjs';

const ROUNDS = 10;
// Allowed overhead over bare node, in ms: the drift gate is the one step that runs on a schedule, often.
const GOAL_MS = { 'check-drift-gate': 100 };
const DEFAULT_GOAL_MS = 250;

const bundled = ACTIONS.filter((name) => existsSync(`dist/${name}/index.js`));
if (bundled.length === 0) {
  console.error('no bundles in dist/: run `npm run bundle` first');
  process.exit(1);
}
const missing = ACTIONS.filter((name) => !bundled.includes(name));

function folderBytes(path) {
  return readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => {
    const child = join(path, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(child) : statSync(child).size);
  }, 0);
}

// The runner's view of a step with no `with:`: no INPUT_* at all, and its own output and summary files, so a
// developer's shell (or a CI job's) cannot feed inputs in or receive outputs.
const scratch = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_')));
env.GITHUB_OUTPUT = join(scratch, 'output');
env.GITHUB_STEP_SUMMARY = join(scratch, 'summary');

const commands = [
  { label: 'node', args: ['-e', ''] },
  ...bundled.map((name) => ({ label: name, args: [`dist/${name}/index.js`] })),
];

function timeOnce(args, stdio) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

// Untimed warm-up: fills the OS file cache, so round 1 does not time a disk read. It also
// checks that the bundle fails the way this bench assumes (exit 1 on a missing input), not by crashing or hanging.
for (const { label, args } of commands) {
  const { result } = timeOnce(args, 'pipe');
  const expected = label === 'node' ? 0 : 1;
  if (result.status !== expected) {
    const said = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n').slice(-3).join('\n');
    console.warn(
      `warning: ${label} exited ${result.status} (expected ${expected}); figures may not mean start-up\n${said}`,
    );
  }
}

// Interleaved rounds: node, then each bundle, per round, so a burst of machine noise hits every command alike.
const samples = Object.fromEntries(commands.map(({ label }) => [label, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const { label, args } of commands) samples[label].push(timeOnce(args, 'ignore').ms);
}
rmSync(scratch, { recursive: true, force: true });

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const nodeMs = median(samples.node);
const rows = bundled.map((name) => {
  const ms = median(samples[name]);
  const goal = GOAL_MS[name] ?? DEFAULT_GOAL_MS;
  return {
    action: name,
    'index.js KB': (statSync(`dist/${name}/index.js`).size / 1024).toFixed(0),
    'folder KB': (folderBytes(`dist/${name}`) / 1024).toFixed(0),
    'median ms': ms.toFixed(0),
    'overhead ms': (ms - nodeMs).toFixed(0),
    'goal ms': String(goal),
    verdict: ms - nodeMs <= goal ? 'ok' : 'over',
  };
});

function printTable(records) {
  const columns = Object.keys(records[0]);
  const widths = columns.map((column) => Math.max(column.length, ...records.map((r) => r[column].length)));
  // Text left, figures right, as people read them.
  const cell = (value, i) =>
    i === 0 || i === columns.length - 1 ? value.padEnd(widths[i]) : value.padStart(widths[i]);
  const line = (values) => console.log(values.map(cell).join('  ').trimEnd());
  line(columns);
  line(widths.map((width) => '-'.repeat(width)));
  for (const record of records) line(columns.map((column) => record[column]));
}

console.log(
  `cold start, median of ${ROUNDS} interleaved runs after one warm-up; overhead = median - bare node`,
);
console.log(`baseline: node -e '' median ${nodeMs.toFixed(0)} ms\n`);
printTable(rows);
if (missing.length) console.log(`\nnot bundled (skipped): ${missing.join(', ')}; run \`npm run bundle\``);

// Benchmarks report, they don't gate: always exit 0 once measured, with a verdict line that is easy to spot.
const over = rows.filter((row) => row.verdict === 'over').map((row) => row.action);
console.log(
  over.length
    ? `\nstartup: ${over.length} of ${rows.length} over goal: ${over.join(', ')}`
    : `\nstartup: all ${rows.length} bundles within goal`,
);
