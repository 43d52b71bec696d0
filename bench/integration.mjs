// run-integration-score's validation of a 1,000,000-row scoring output against a 1,000,000-row golden file with a
// numeric tolerance, beside pandas (read_csv, merge on the key columns, numpy.isclose) on the same files in the
// same run. The output is Azure's append_row layout for an MLflow model ("<row>,<prediction>,<file>", no header)
// from 100 input files of 10,000 rows; the golden file ("file,row,prediction", with a header) holds the same rows
// with the input files in reverse order and values that differ from the output by less than the tolerance (1e-6),
// except 100 that differ by 0.01. Both must find 1,000,000 matched rows and the same 100 differences.
//
// Figures: wall time and peak resident memory of each process (Node: the validation modules bundled with esbuild
// into one file, so no TypeScript loader is measured; Python: /usr/bin/python3 with Debian's pandas), the time of
// the work itself (after start-up and imports) in each, and the ratios. Goal: time ratio ≤ 1.0, peak-memory ratio
// ≤ 0.5 (wall time is the ratio's measure; the work time is printed too). The machine is shared: run it more than
// once and read the spread.
//
// The golden file's order is the realistic one: a golden file is made by scoring the same input files, so within a
// file its rows follow the output's, and the validation matches them without hashing. SHUFFLE=1 writes the golden
// rows in random order instead: every row is then a hash lookup at a random place of a ~60 MB index, bound by
// memory latency, and slower than pandas' vectorised merge (the memory goal still holds).
//   npm run bench -- integration        (ROWS=200000 to try smaller; SHUFFLE=1 as above; KEEP=1 keeps the files)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const FILES = 100;
const DIFFERENCES = 100;
const SHUFFLE = process.env.SHUFFLE === '1';
const PYTHON = '/usr/bin/python3';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** mulberry32: the same files on every run. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeLines(path, header, count, line) {
  const out = createWriteStream(path);
  let chunk = header;
  for (let i = 0; i < count; i++) {
    chunk += line(i);
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((done) => out.once('drain', done));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise((done) => out.end(done));
}

async function generate(dir) {
  const random = generator(13);
  const perFile = Math.ceil(ROWS / FILES);
  const predictions = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++) predictions[i] = random();
  const differs = new Set();
  while (differs.size < Math.min(DIFFERENCES, ROWS)) differs.add(Math.floor(random() * ROWS));
  const fileOf = (i) => `applications-${String(Math.floor(i / perFile)).padStart(4, '0')}.csv`;
  await writeLines(join(dir, 'output.csv'), '', ROWS, (i) => {
    const value = differs.has(i) ? predictions[i] + 0.01 : predictions[i];
    return `${i % perFile},${value.toFixed(9)},${fileOf(i)}\n`;
  });
  // The golden rows: the input files in reverse order (or shuffled), values within the tolerance of the output's.
  const order = new Int32Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    const file = Math.floor(i / perFile);
    const reversed = (Math.ceil(ROWS / perFile) - 1 - file) * perFile + (i % perFile);
    order[i] = reversed < ROWS ? reversed : i;
  }
  if (SHUFFLE) {
    for (let i = ROWS - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  await writeLines(join(dir, 'golden.csv'), 'file,row,prediction\n', ROWS, (k) => {
    const i = order[k];
    const noise = (random() - 0.5) * 1e-7;
    return `${fileOf(i)},${i % perFile},${(predictions[i] + noise).toFixed(9)}\n`;
  });
  writeFileSync(
    join(dir, 'expectations.yml'),
    [
      'output:',
      '  layout: append_row',
      '  columns:',
      '    - { name: row, type: integer }',
      '    - { name: prediction, type: number }',
      '    - { name: file, type: string }',
      'golden:',
      '  file: golden.csv',
      '  keys: [file, row]',
      '  tolerance: { absolute: 1.0e-6 }',
      '',
    ].join('\n'),
  );
}

const PYTHON_SCRIPT = `
import json, resource, sys, time
import numpy as np, pandas as pd
started = time.perf_counter()
output = pd.read_csv(sys.argv[1], header=None, names=["row", "prediction", "file"])
golden = pd.read_csv(sys.argv[2])
joined = golden.merge(output, on=["file", "row"], how="outer", suffixes=("_expected", "_observed"), indicator=True)
both = joined[joined["_merge"] == "both"]
close = np.isclose(both["prediction_observed"], both["prediction_expected"], rtol=0, atol=1e-6)
print(json.dumps({
    "seconds": time.perf_counter() - started,
    "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "matched": int(len(both)),
    "differing": int((~close).sum()),
    "missing": int((joined["_merge"] == "left_only").sum()),
    "extra": int((joined["_merge"] == "right_only").sum()),
}))
`;

function timed(command, args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0)
    return { error: `${run.stderr}${run.stdout}`.trim().split('\n').slice(-5).join('\n') };
  return { wall, ...JSON.parse(run.stdout.trim().split('\n').pop()) };
}

const pythonReady =
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import pandas, numpy'], { stdio: 'ignore' }).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'bench-integration-'));
try {
  console.log(
    `generating ${ROWS.toLocaleString('en')} output rows and a ${ROWS.toLocaleString('en')}-row golden file (${SHUFFLE ? 'shuffled' : 'input files in reverse order'}) in ${dir} ...`,
  );
  await generate(dir);
  const megabytes = (statSync(join(dir, 'output.csv')).size + statSync(join(dir, 'golden.csv')).size) / 1e6;
  console.log(
    `  ${megabytes.toFixed(0)} MB of CSV; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );

  const driver = join(dir, 'driver.mjs');
  const build = spawnSync(
    join(root, 'node_modules', '.bin', 'esbuild'),
    [
      join(root, 'bench', 'integration-driver.ts'),
      '--bundle',
      '--platform=node',
      '--format=esm',
      `--outfile=${driver}`,
      `--alias:#shared=${join(root, 'src', 'shared')}`,
      // ESM builds of the packages; Node's own modules through a real require (yaml asks for process, buffer).
      '--main-fields=module,main',
      "--banner:js=import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      '--log-level=warning',
    ],
    { encoding: 'utf8', cwd: root },
  );
  if (build.status !== 0) {
    console.error(`could not bundle the driver: ${build.stderr}`);
    process.exit(1);
  }
  const args = [join(dir, 'expectations.yml'), join(dir, 'output.csv')];
  const node = timed(process.execPath, [driver, ...args]);
  if (node.error) {
    console.error(`the validation failed:\n${node.error}`);
    process.exit(1);
  }
  const rows = [{ tool: 'run-integration-score (node)', ...node }];
  let python;
  if (!pythonReady) console.log(`python baseline skipped: ${PYTHON} with pandas and numpy not found`);
  else {
    python = timed(PYTHON, ['-c', PYTHON_SCRIPT, join(dir, 'output.csv'), join(dir, 'golden.csv')]);
    if (python.error) {
      console.log(`python baseline failed: ${python.error}`);
      python = undefined;
    } else rows.push({ tool: 'pandas merge + numpy.isclose', ...python });
  }

  console.log('tool                            wall s   work s   peak RSS MB   matched   differing');
  console.log('------------------------------  ------   ------   -----------   -------   ---------');
  for (const row of rows) {
    console.log(
      `${row.tool.padEnd(30)}  ${row.wall.toFixed(2).padStart(6)}   ${row.seconds.toFixed(2).padStart(6)}   ${(row.maxrss_kb / 1024).toFixed(0).padStart(11)}   ${String(row.matched).padStart(7)}   ${String(row.differing).padStart(9)}`,
    );
  }
  if (python) {
    const timeRatio = node.wall / python.wall;
    const workRatio = node.seconds / python.seconds;
    const memoryRatio = node.maxrss_kb / python.maxrss_kb;
    console.log(
      `\nratios (run-integration-score / pandas): time ${timeRatio.toFixed(2)} (goal ≤ 1: ${timeRatio <= 1 ? 'met' : 'NOT met'}; work alone ${workRatio.toFixed(2)}), peak memory ${memoryRatio.toFixed(2)} (goal ≤ 0.5: ${memoryRatio <= 0.5 ? 'met' : 'NOT met'})`,
    );
    const same = ['matched', 'differing', 'missing', 'extra'].every((key) => node[key] === python[key]);
    console.log(
      `agreement: ${same ? 'the same' : 'DIFFERENT'} matched rows, differences, missing and extra rows (${node.matched} / ${node.differing} / ${node.missing} / ${node.extra})`,
    );
    if (!same) process.exitCode = 1;
  }
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
}
