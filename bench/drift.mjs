// check-drift-gate beside pandas.read_csv + scipy, in three scenarios (SCENARIOS=1m,1m-full,5m by default):
//
// - 1m:      1,000,000 rows x 20 numeric features per side, six decimals;
// - 1m-full: the same with shortest round-trip values (up to 17 digits, as pandas' to_csv writes doubles);
// - 5m:      5,000,000 rows x 20 per side with the action's default settings (memory-budget 512MiB: the values do
//            not fit, so features go to quantile sketches), run again with a budget they fit in (the exact answer):
//            the verdicts must be equal and every sketched figure must lie within its stated interval.
//
// The 1m scenarios compute, per feature, the two-sample KS test (scipy's ks_2samp, auto method), the normalised
// Wasserstein distance (wasserstein_distance / sample std) and the base-2 Jensen-Shannon distance on Azure ML's
// bins (the action's azureml conventions), and compare the answers. The action runs as the runner runs it (the
// bundle in a child process, INPUT_*), so its figures include start-up, reading, sorting, statistics and the report.
//
// Figures: wall time, CPU time (user + system) and peak resident memory of each process (Node:
// process.resourceUsage().maxRSS at exit; Python: resource.getrusage(RUSAGE_SELF).ru_maxrss), and the ratios. Goal
// for the 1m scenarios: time and peak memory at most half of pandas + scipy's. On a shared, loaded machine wall
// times stretch with the load; CPU times are printed beside them for that reason.
//
// Python: BENCH_PYTHON if set, else the first of /usr/bin/python3 and python3 that imports pandas and scipy (a
// pyenv python3 on the PATH usually has neither); as root with apt-get, Debian's python3-pandas, python3-scipy and
// libopenblas0 are installed when none has them. OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE are unset for the Python run.
//   npm run bench -- drift      (SCENARIOS=1m ROWS=200000 to try smaller; FEATURES=20)
import { spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCENARIOS = (process.env.SCENARIOS ?? '1m,1m-full,5m').split(',').map((s) => s.trim());
const FEATURES = Number(process.env.FEATURES ?? 20);
const BUNDLE = resolve('dist/check-drift-gate/index.js');

if (!existsSync(BUNDLE)) {
  console.error('no bundle: run `npm run bundle -- check-drift-gate` first');
  process.exit(1);
}

function importsPandasAndScipy(python) {
  return spawnSync(python, ['-c', 'import pandas, scipy'], { stdio: 'ignore' }).status === 0;
}

function findPython() {
  const candidates = process.env.BENCH_PYTHON ? [process.env.BENCH_PYTHON] : ['/usr/bin/python3', 'python3'];
  const found = candidates.find(importsPandasAndScipy);
  if (found || process.env.BENCH_PYTHON) return found;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' });
  if (apt.status !== 0 || process.getuid?.() !== 0) {
    console.log(
      'python baseline skipped: no python with pandas and scipy (set BENCH_PYTHON), and no apt-get as root',
    );
    return undefined;
  }
  console.log('installing python3-pandas python3-scipy libopenblas0 with apt-get ...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const packages = ['python3-pandas', 'python3-scipy', 'libopenblas0'];
  if (spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'ignore', env }).status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'ignore', env });
    spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'ignore', env });
  }
  return importsPandasAndScipy('/usr/bin/python3') ? '/usr/bin/python3' : undefined;
}

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

/** Normal features (mean 10 j, sd 1 + j); in the current data every odd feature shifts by 0.1 sd. */
async function writeTable(path, rows, seed, shift, decimals) {
  const format = decimals === 'full' ? (value) => String(value) : (value) => value.toFixed(decimals);
  const random = generator(seed);
  const out = createWriteStream(path);
  out.write(`${Array.from({ length: FEATURES }, (_, j) => `f${j}`).join(',')}\n`);
  let chunk = '';
  for (let row = 0; row < rows; row++) {
    let line = '';
    for (let j = 0; j < FEATURES; j++) {
      const u = random() || 1e-12;
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
      const sd = 1 + j;
      line += `${j ? ',' : ''}${format(10 * j + sd * z + (j % 2 ? shift * sd : 0))}`;
    }
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((done) => out.once('drain', done));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise((done) => out.end(done));
}

const PYTHON_SCRIPT = `
import json, math, resource, sys, time
import numpy as np, pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon
started = time.perf_counter()
ref = pd.read_csv(sys.argv[1]); cur = pd.read_csv(sys.argv[2])
out = {}
for c in ref.columns:
    a = ref[c].dropna().to_numpy(); b = cur[c].dropna().to_numpy()
    ks = stats.ks_2samp(a, b)
    w = stats.wasserstein_distance(a, b) / max(np.std(a, ddof=1), 0.001)
    k = math.ceil(math.log2(min(a.size, b.size)) + 1)
    lo = min(a.min(), b.min()); hi = max(a.max(), b.max()); width = (hi - lo) / k
    edges = [lo] + [lo + (i + 1) * width for i in range(k - 1)] + [hi]
    js = jensenshannon(np.histogram(a, edges)[0] / a.size, np.histogram(b, edges)[0] / b.size, base=2)
    out[c] = {"ks": float(ks.pvalue), "ks_statistic": float(ks.statistic), "wasserstein": float(w), "jensen-shannon": float(js)}
print(json.dumps({"seconds": time.perf_counter() - started, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "values": out}))
`;

/** Wall and CPU seconds of a child, from its own resource usage printed at exit (Node) or by time. */
function runTimed(command, args, options) {
  const started = process.hrtime.bigint();
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  return { child, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

function runAction(dir, inputs) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_')));
  Object.assign(env, {
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    INPUT_ENVIRONMENT: 'bench',
    INPUT_REFERENCE: 'reference.csv',
    INPUT_CURRENT: 'current.csv',
    'INPUT_ON-DRIFT': 'warn',
    INPUT_TIMEOUT: '2h',
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  });
  writeFileSync(env.GITHUB_OUTPUT, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const exit = `data:text/javascript,${encodeURIComponent(
    'process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write(`\\nmaxrss_kb=${u.maxRSS} cpu_us=${u.userCPUTime + u.systemCPUTime}\\n`); });',
  )}`;
  const { child, seconds } = runTimed(process.execPath, ['--import', exit, BUNDLE], { env, cwd: dir });
  if (child.status !== 0) {
    console.error(`the action failed (exit ${child.status}):\n${child.stdout}\n${child.stderr}`);
    process.exit(1);
  }
  const rss = Number(/maxrss_kb=(\d+)/.exec(child.stderr)?.[1]) / 1024;
  const cpu = Number(/cpu_us=(\d+)/.exec(child.stderr)?.[1]) / 1e6;
  const reportPath = /report<<(\S+)\n(.*)\n/.exec(readFileSync(env.GITHUB_OUTPUT, 'utf8'))?.[2];
  const log = child.stdout
    .split('\n')
    .filter((line) => /read \d+ rows|features drifted/.test(line))
    .map((line) => `    ${line}`);
  return { seconds, cpu, rss, report: JSON.parse(readFileSync(reportPath, 'utf8')), log };
}

function runPython(python, dir) {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const script = PYTHON_SCRIPT;
  const { child, seconds } = runTimed(
    '/usr/bin/time',
    ['-f', 'cpu_s=%U+%S', python, '-c', script, join(dir, 'reference.csv'), join(dir, 'current.csv')],
    { env },
  );
  if (child.status !== 0) {
    console.log(
      `python baseline failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join('\n')}`,
    );
    return undefined;
  }
  const [user, system] = (/cpu_s=([\d.]+)\+([\d.]+)/.exec(child.stderr) ?? [0, 0, 0]).slice(1).map(Number);
  const result = JSON.parse(child.stdout);
  return { seconds, cpu: user + system, rss: result.maxrss_kb / 1024, values: result.values };
}

function table(rows) {
  console.log('  tool                               wall s    CPU s   peak RSS MB');
  console.log('  ---------------------------------  ------   ------   -----------');
  for (const row of rows) {
    console.log(
      `  ${row.tool.padEnd(33)}  ${row.seconds.toFixed(1).padStart(6)}   ${row.cpu.toFixed(1).padStart(6)}   ${row.rss.toFixed(0).padStart(11)}`,
    );
  }
}

async function generate(dir, rows, decimals) {
  const started = Date.now();
  await Promise.all([
    writeTable(join(dir, 'reference.csv'), rows, 1, 0, decimals),
    writeTable(join(dir, 'current.csv'), rows, 2, 0.1, decimals),
  ]);
  const megabytes =
    (statSync(join(dir, 'reference.csv')).size + statSync(join(dir, 'current.csv')).size) / 1e6;
  console.log(`  ${megabytes.toFixed(0)} MB of CSV in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function againstPandas(python, name, rows, decimals) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-drift-'));
  try {
    console.log(
      `\n== ${name}: ${rows.toLocaleString('en')} rows x ${FEATURES} numeric features per side, ${decimals === 'full' ? 'shortest round-trip values (up to 17 digits)' : `${decimals} decimals`}`,
    );
    await generate(dir, rows, decimals);
    const action = runAction(dir, { metrics: 'numerical: [ks, wasserstein, jensen-shannon]' });
    const figures = [{ tool: 'check-drift-gate (node, bundle)', ...action }];
    const py = python ? runPython(python, dir) : undefined;
    if (py) figures.push({ tool: 'pandas.read_csv + scipy (python3)', ...py });
    table(figures);
    console.log(action.log.join('\n'));
    if (!py) return;
    const time = action.seconds / py.seconds;
    const cpu = action.cpu / py.cpu;
    const memory = action.rss / py.rss;
    console.log(
      `  ratios (action / pandas+scipy): time ${time.toFixed(2)} (goal ≤ 0.5: ${time <= 0.5 ? 'met' : 'NOT met'}), CPU time ${cpu.toFixed(2)}, peak memory ${memory.toFixed(2)} (goal ≤ 0.5: ${memory <= 0.5 ? 'met' : 'NOT met'})`,
    );
    const worst = {};
    for (const feature of action.report.features) {
      for (const metric of feature.metrics) {
        const mine =
          metric.metric === 'ks'
            ? [
                ['ks', metric.value],
                ['ks_statistic', metric.details.statistic],
              ]
            : [[metric.metric, metric.value]];
        for (const [metricName, value] of mine) {
          const theirs = py.values[feature.name][metricName];
          const difference =
            value === theirs ? 0 : Math.abs(value - theirs) / Math.max(Math.abs(theirs), 1e-300);
          worst[metricName] = Math.max(worst[metricName] ?? 0, difference);
        }
      }
    }
    console.log(
      `  agreement (largest relative difference over ${FEATURES} features): ${Object.entries(worst)
        .map(([metricName, value]) => `${metricName} ${value.toExponential(1)}`)
        .join(', ')}`,
    );
    if (decimals === 'full') {
      console.log(
        "  note: pandas' default CSV float parser (read_csv float_precision=None) is not correctly rounded: on 17-digit\n" +
          '  values it is off by an ulp for some of them, which can shift a bin count (the JS difference). The action\n' +
          "  reads every number as Number() and Python's float() do.",
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 5M rows per side: default settings (sketches) against a budget the values fit in (exact). */
async function beyondTheBudget(rows) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-drift-'));
  try {
    console.log(
      `\n== 5m: ${rows.toLocaleString('en')} rows x ${FEATURES} numeric features per side, six decimals; default memory-budget (512MiB) against an exact run`,
    );
    await generate(dir, rows, 6);
    const metrics = 'numerical: [ks, wasserstein, jensen-shannon, psi]';
    const sketched = runAction(dir, { metrics });
    const exact = runAction(dir, { metrics, 'memory-budget': '8GiB' });
    table([
      { tool: 'default settings (sketches)', ...sketched },
      { tool: 'memory-budget 8GiB (exact)', ...exact },
    ]);
    console.log(sketched.log.join('\n'));
    let figures = 0;
    let outside = 0;
    let sketchedFigures = 0;
    let undecided = 0;
    let verdictsDiffer = 0;
    const widest = {};
    for (const feature of sketched.report.features) {
      const truth = exact.report.features.find((f) => f.name === feature.name);
      for (const metric of feature.metrics) {
        const reference = truth.metrics.find((m) => m.metric === metric.metric);
        figures++;
        if (!reference.exact) throw new Error('the exact run was not exact: raise its memory-budget');
        if (metric.drifted !== reference.drifted) verdictsDiffer++;
        if (metric.exact) continue;
        sketchedFigures++;
        if (!metric.decided) undecided++;
        const value = reference.value;
        const slack = 1e-12 * Math.max(1, Math.abs(value));
        const bound = metric.bound;
        if (!bound || value < bound.low - slack || value > bound.high + slack) outside++;
        else widest[metric.metric] = Math.max(widest[metric.metric] ?? 0, bound.high - bound.low);
      }
    }
    const sameVerdict =
      sketched.report.verdict.drifted === exact.report.verdict.drifted &&
      JSON.stringify(sketched.report.verdict.driftedFeatures) ===
        JSON.stringify(exact.report.verdict.driftedFeatures);
    console.log(
      `  verdict: ${sameVerdict ? 'equal to the exact one' : 'DIFFERENT from the exact one'} (${sketched.report.verdict.driftedFeatures.length} of ${sketched.report.verdict.compared} features drifted); metric verdicts that differ: ${verdictsDiffer} of ${figures}`,
    );
    console.log(
      `  ${sketchedFigures} of ${figures} figures from sketches; exact value outside the stated interval: ${outside}; undecided (interval straddling the threshold): ${undecided}`,
    );
    console.log(
      `  widest stated interval per metric: ${Object.entries(widest)
        .map(([name, width]) => `${name} ${width.toExponential(1)}`)
        .join(', ')}`,
    );
    const bounds = sketched.report.features
      .flatMap((feature) => [feature.sketch?.reference, feature.sketch?.current])
      .filter(Boolean)
      .map((side) => side.cdfErrorBound);
    if (bounds.length > 0) {
      console.log(
        `  CDF error bound per sketch: ${Math.min(...bounds).toExponential(1)} to ${Math.max(...bounds).toExponential(1)}`,
      );
    }
    console.log(
      `  peak RSS: ${sketched.rss.toFixed(0)} MB with the default budget, ${exact.rss.toFixed(0)} MB exact`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const python = SCENARIOS.some((s) => s.startsWith('1m')) ? findPython() : undefined;
if (python) console.log(`python: ${python}`);
const rows = Number(process.env.ROWS ?? 1_000_000);
if (SCENARIOS.includes('1m')) await againstPandas(python, '1m', rows, 6);
if (SCENARIOS.includes('1m-full')) await againstPandas(python, '1m-full', rows, 'full');
if (SCENARIOS.includes('5m')) await beyondTheBudget(Number(process.env.ROWS_5M ?? 5_000_000));
