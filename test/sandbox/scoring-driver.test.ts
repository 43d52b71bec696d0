// A batch job's scoring with the local Python, without HTTP: the batch driver over an in-memory blob store, with
// real worker processes. Custom scoring scripts need any python3; the MLflow model needs one with scikit-learn
// (SANDBOX_PYTHON, else python3, else /usr/bin/python3); without it those cases are skipped, saying so.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from '@jest/globals';
import { MemoryBlobStore } from '../../src/sandbox/dataplane/blob-store.js';
import {
  type ScoringSettings,
  type ScoringSpec,
  scoreBatch,
} from '../../src/sandbox/scoring/batch-driver.js';
import { AssetCache, FolderRemovals } from '../../src/sandbox/scoring/job-files.js';
import { PythonRuntimes } from '../../src/sandbox/scoring/python-zygote.js';
import { WarmWorkers } from '../../src/sandbox/scoring/warm-workers.js';
import { describeWithPython, findPython, SKLEARN_MODULES } from '../harness/python.js';

const SAMPLE = new URL('../../examples/aml/', import.meta.url);
const sample = (path: string) => readFile(new URL(path, SAMPLE), 'utf8');
const container = 'azureml-blobstore-test';
const runtimes = new PythonRuntimes();
afterAll(() => runtimes.stop());

const python3 = findPython();
const sklearnPython = findPython(SKLEARN_MODULES);

interface Logistic {
  features: string[];
  means: number[];
  scales: number[];
  coefficients: number[];
  intercept: number;
}

/** The model's decision value, from the numbers train.py exported (not from the model's code). */
function decision(model: Logistic, row: Record<string, string>): number {
  return model.features.reduce(
    (z, feature, i) =>
      z + (model.coefficients[i]! * (Number(row[feature]) - model.means[i]!)) / model.scales[i]!,
    model.intercept,
  );
}

function rowsOf(csv: string): Record<string, string>[] {
  const [header, ...lines] = csv.trim().split('\n');
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i]!, value])));
}

const SETTINGS: ScoringSettings = {
  miniBatchSize: 10,
  instanceCount: 1,
  maxConcurrencyPerInstance: 1,
  errorThreshold: -1,
  maxRetries: 3,
  timeoutMs: 30_000,
  outputAction: 'AppendRow',
  outputFileName: 'predictions.csv',
  loggingLevel: 'Info',
  environmentVariables: {},
};

let jobs = 0;

/** A job over `store`: the model folder `models/m/`, input `in/`, output `out/<n>/`, logs `logs/<n>/`. */
function job(
  store: MemoryBlobStore,
  python: string,
  overrides: Partial<Omit<ScoringSpec, 'settings'>> & { settings?: Partial<ScoringSettings> } = {},
): ScoringSpec & { n: number } {
  const n = ++jobs;
  const { settings, ...rest } = overrides;
  return {
    n,
    store,
    model: { container, path: 'models/m' },
    input: { type: 'UriFolder', location: { container, path: 'in/' } },
    output: { type: 'UriFolder', location: { container, path: `out/${n}/` } },
    logs: { container, path: `logs/${n}` },
    python: () => runtimes.get(python),
    workDir: join(tmpdir(), `scoring-driver-test-${process.pid}-${n}`),
    ...rest,
    settings: { ...SETTINGS, ...settings },
  };
}

/** A store with a custom-model folder, a scoring script (code/score.py) and input files. */
function scriptStore(script: string, inputs: Record<string, string>, model = '{}'): MemoryBlobStore {
  const store = new MemoryBlobStore();
  store.put(container, 'models/m/logistic.json', model);
  store.put(container, 'code/c/score.py', script);
  for (const [name, text] of Object.entries(inputs)) store.put(container, `in/${name}`, text);
  return store;
}

const code = { location: { container, path: 'code/c' }, scoringScript: 'score.py' };
const logText = (store: MemoryBlobStore, n: number, file: string) =>
  store.text(container, `logs/${n}/${file}`) ?? '';
const userLogs = async (store: MemoryBlobStore, n: number, stream: 'stdout' | 'stderr') =>
  (await store.listTree(container, `logs/${n}/user/${stream}/`))
    .map((name) => store.text(container, name))
    .join('');

const traceDirs: string[] = [];
afterAll(() => Promise.all(traceDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A folder the test's scripts record what they did in (TRACE_DIR). */
async function traceDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scoring-trace-'));
  traceDirs.push(dir);
  return dir;
}

async function traces(dir: string): Promise<{ pid: number; start: number; end: number; files: string[] }[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8'))));
}

/** The most mini-batches that were running at the same moment. */
function maxOverlap(intervals: { start: number; end: number }[]): number {
  return Math.max(
    ...intervals.map((a) => intervals.filter((b) => b.start < a.end && a.start < b.end).length),
  );
}

const TRACING_SCRIPT = `
import json, os, time
def run(mini_batch):
    start = time.time()
    time.sleep(float(os.environ.get("SLEEP", "0")))
    record = {"pid": os.getpid(), "start": start, "end": time.time(), "files": [os.path.basename(p) for p in mini_batch]}
    print("scored", record["files"])
    with open(os.path.join(os.environ["TRACE_DIR"], f"{os.getpid()}-{start}.json"), "w") as out:
        json.dump(record, out)
    return [os.path.basename(p) for p in mini_batch]
`;

describeWithPython(
  describe,
  python3,
  'the custom scoring script cases',
)('a custom scoring script', () => {
  const python = python3.python!;

  it('scores the sample with examples/aml/custom: init() once, run() per mini-batch, append_row lines as returned', async () => {
    const model = await sample('custom/model/logistic.json');
    const input = await sample('sample-input.csv');
    const store = scriptStore(
      await sample('custom/code/score.py'),
      { 'a.csv': input, 'b.csv': input },
      model,
    );
    const spec = job(store, python, { code, settings: { miniBatchSize: 1, maxConcurrencyPerInstance: 2 } });
    const result = await scoreBatch(spec);
    expect(result).toMatchObject({
      status: 'Completed',
      rowsScored: 16,
      filesProcessed: 2,
      filesFailed: 0,
      miniBatches: 2,
      predictions: { container, path: `out/${spec.n}/predictions.csv` },
    });
    const lines = store.text(container, `out/${spec.n}/predictions.csv`)!.trim().split('\n');
    const logistic = JSON.parse(model) as Logistic;
    const rows = rowsOf(input);
    // Mini-batch order: a.csv's rows, then b.csv's; each line "<id>,<probability>,<class>,<file>", no header.
    expect(lines.map((line) => line.split(',')[3])).toEqual([
      ...rows.map(() => 'a.csv'),
      ...rows.map(() => 'b.csv'),
    ]);
    for (const [i, line] of lines.entries()) {
      const [id, probability, label] = line.split(',');
      const row = rows[i % rows.length]!;
      const z = decision(logistic, row);
      expect(id).toBe(row.application_id);
      expect(Number(probability)).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
      expect(Number(label)).toBe(z > 0 ? 1 : 0);
    }
    // examples/aml/README.md's table of expected scores.
    expect(lines.slice(0, 8).map((line) => Number(line.split(',')[1]).toFixed(4))).toEqual([
      '0.3317',
      '0.0105',
      '0.9542',
      '0.0572',
      '0.8117',
      '0.0026',
      '0.8623',
      '0.0638',
    ]);
    // The script's logging reached its worker's stderr log (logging level Info); two workers, two processes.
    expect(await userLogs(store, spec.n, 'stderr')).toMatch(/INFO\|score\|scored 8 applications from a\.csv/);
    expect(await store.listTree(container, `logs/${spec.n}/user/stderr/`)).toHaveLength(2);
    // Nothing was printed: empty stdout logs are left out.
    expect(await store.listTree(container, `logs/${spec.n}/user/stdout/`)).toEqual([]);
    expect(logText(store, spec.n, 'job_result.txt')).toContain('status: Completed');
  });

  it('summary_only: the files the script wrote under AZUREML_BI_OUTPUT_PATH are the output, nothing else', async () => {
    const store = scriptStore(
      `
import os
def run(mini_batch):
    for path in mini_batch:
        name = os.path.splitext(os.path.basename(path))[0]
        with open(os.path.join(os.environ["AZUREML_BI_OUTPUT_PATH"], name + ".scored.csv"), "w") as out:
            out.write("rows," + str(sum(1 for _ in open(path)) - 1) + "\\n")
    return mini_batch
`,
      { 'a.csv': 'x\n1\n2\n', 'b.csv': 'x\n3\n' },
    );
    const spec = job(store, python, { code, settings: { outputAction: 'SummaryOnly' } });
    const result = await scoreBatch(spec);
    expect(result).toMatchObject({ status: 'Completed', rowsScored: 2, filesProcessed: 2 });
    expect(result.predictions).toBeUndefined();
    expect(await store.listTree(container, `out/${spec.n}/`)).toEqual([
      `out/${spec.n}/a.scored.csv`,
      `out/${spec.n}/b.scored.csv`,
    ]);
    expect(store.text(container, `out/${spec.n}/a.scored.csv`)).toBe('rows,2\n');
  });

  const RAISING = `
import os
def run(mini_batch):
    for path in mini_batch:
        if "bad" in os.path.basename(path):
            raise ValueError(f"cannot score {os.path.basename(path)}: income is negative")
    return mini_batch
`;

  it('a run() that raises fails its mini-batch (after the retries) with the script error and traceback in the logs', async () => {
    const store = scriptStore(RAISING, { 'a.csv': 'x\n1\n', 'bad.csv': 'x\n-1\n', 'c.csv': 'x\n2\n' });
    const spec = job(store, python, {
      code,
      settings: { miniBatchSize: 1, errorThreshold: 0, maxRetries: 1 },
    });
    const result = await scoreBatch(spec);
    expect(result.status).toBe('Failed');
    expect(result.error).toEqual({
      code: 'ErrorThresholdExceeded',
      message: expect.stringContaining("more than the deployment's error threshold of 0"),
    });
    const errors = logText(store, spec.n, 'job_error.txt');
    expect(errors).toContain(
      'mini-batch 2 of 3 (bad.csv) failed, attempt 1 of 2: ValueError: cannot score bad.csv: income is negative',
    );
    expect(errors).toContain('attempt 2 of 2');
    expect(errors).toMatch(/File ".*score\.py", line 6, in run\n\s+raise ValueError/);
    expect(await userLogs(store, spec.n, 'stderr')).toContain(
      'ValueError: cannot score bad.csv: income is negative',
    );
  });

  it('error_threshold -1 ignores failed files: the others are scored; a job where every mini-batch failed fails', async () => {
    const store = scriptStore(RAISING, { 'a.csv': 'x\n1\n', 'bad.csv': 'x\n-1\n' });
    const spec = job(store, python, { code, settings: { miniBatchSize: 1, maxRetries: 0 } });
    expect(await scoreBatch(spec)).toMatchObject({
      status: 'Completed',
      filesProcessed: 2,
      filesFailed: 1,
      miniBatchesFailed: 1,
    });
    expect(store.text(container, `out/${spec.n}/predictions.csv`)).toMatch(/a\.csv\n$/);

    const allBad = scriptStore(RAISING, { 'bad1.csv': 'x\n', 'bad2.csv': 'x\n' });
    const failing = job(allBad, python, { code, settings: { miniBatchSize: 1, maxRetries: 0 } });
    const result = await scoreBatch(failing);
    expect(result.status).toBe('Failed');
    expect(result.error!.code).toBe('MiniBatchesFailed');
  });

  it('counts the files a run() did not answer for as failed', async () => {
    const store = scriptStore('def run(mini_batch):\n    return mini_batch[:1]\n', {
      'a.csv': 'x\n',
      'b.csv': 'x\n',
      'c.csv': 'x\n',
    });
    const spec = job(store, python, { code, settings: { errorThreshold: 1 } });
    const result = await scoreBatch(spec);
    expect(result).toMatchObject({
      status: 'Failed',
      filesFailed: 2,
      error: { code: 'ErrorThresholdExceeded' },
    });
    expect(logText(store, spec.n, 'job_progress.txt')).toContain('run() returned 1 element(s) for 3 file(s)');
  });

  it('retries a mini-batch whose first attempt raised, on the same worker', async () => {
    const dir = await traceDir();
    const store = scriptStore(
      `
import os
def run(mini_batch):
    print("scoring", mini_batch)
    marker = os.path.join(os.environ["TRACE_DIR"], os.path.basename(mini_batch[0]) + ".tried")
    if not os.path.exists(marker):
        open(marker, "w").close()
        raise RuntimeError("transient failure of " + os.path.basename(mini_batch[0]))
    return mini_batch
`,
      { 'a.csv': 'x\n', 'b.csv': 'x\n' },
    );
    const spec = job(store, python, {
      code,
      settings: {
        miniBatchSize: 1,
        errorThreshold: 0,
        maxRetries: 1,
        environmentVariables: { TRACE_DIR: dir },
      },
    });
    expect(await scoreBatch(spec)).toMatchObject({ status: 'Completed', filesFailed: 0, rowsScored: 2 });
    expect(logText(store, spec.n, 'job_error.txt')).toContain(
      'attempt 1 of 2: RuntimeError: transient failure of a.csv',
    );
    expect(await store.listTree(container, `logs/${spec.n}/user/stdout/`)).toHaveLength(1);

    // Without retries the same failure is final.
    const once = await traceDir();
    const strict = job(store, python, {
      code,
      settings: {
        miniBatchSize: 1,
        errorThreshold: 0,
        maxRetries: 0,
        environmentVariables: { TRACE_DIR: once },
      },
    });
    expect(await scoreBatch(strict)).toMatchObject({
      status: 'Failed',
      error: { code: 'ErrorThresholdExceeded' },
    });
  });

  it('kills a mini-batch that outlives retry_settings.timeout and retries it in a new worker process', async () => {
    const dir = await traceDir();
    const store = scriptStore(
      `
import os, time
def run(mini_batch):
    print("scoring", mini_batch, flush=True)
    marker = os.path.join(os.environ["TRACE_DIR"], "hung")
    if not os.path.exists(marker):
        open(marker, "w").close()
        time.sleep(60)
    return mini_batch
`,
      { 'a.csv': 'x\n' },
    );
    const started = Date.now();
    const spec = job(store, python, {
      code,
      settings: {
        timeoutMs: 1500,
        maxRetries: 1,
        errorThreshold: 0,
        environmentVariables: { TRACE_DIR: dir },
      },
    });
    expect(await scoreBatch(spec)).toMatchObject({ status: 'Completed', rowsScored: 1 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(logText(store, spec.n, 'job_error.txt')).toMatch(
      /attempt 1 of 2: no answer within 1\.5 s, so worker process \d+ was killed/,
    );
    // The replacement is a new process with its own logs (process001).
    expect(await store.listTree(container, `logs/${spec.n}/user/stdout/`)).toEqual([
      `logs/${spec.n}/user/stdout/instance-0/process000.stdout.txt`,
      `logs/${spec.n}/user/stdout/instance-0/process001.stdout.txt`,
    ]);
  });

  it('runs max_concurrency_per_instance x instance_count workers at once, each its own process', async () => {
    const inputs = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`f${i}.csv`, 'x\n']));
    const parallel = await traceDir();
    const store = scriptStore(TRACING_SCRIPT, inputs);
    const spec = job(store, python, {
      code,
      settings: {
        miniBatchSize: 1,
        instanceCount: 2,
        maxConcurrencyPerInstance: 2,
        environmentVariables: { TRACE_DIR: parallel, SLEEP: '1.5' },
      },
    });
    expect(await scoreBatch(spec)).toMatchObject({ status: 'Completed', rowsScored: 4 });
    const seen = await traces(parallel);
    expect(new Set(seen.map((t) => t.pid)).size).toBe(4);
    expect(maxOverlap(seen)).toBeGreaterThanOrEqual(2);
    expect(await store.listTree(container, `logs/${spec.n}/user/stdout/instance-1/`)).toHaveLength(2);

    const serial = await traceDir();
    const one = job(store, python, {
      code,
      settings: { miniBatchSize: 1, environmentVariables: { TRACE_DIR: serial, SLEEP: '0.2' } },
    });
    expect(await scoreBatch(one)).toMatchObject({ status: 'Completed', rowsScored: 4 });
    const alone = await traces(serial);
    expect(new Set(alone.map((t) => t.pid)).size).toBe(1);
    expect(maxOverlap(alone)).toBe(1);
  });

  it('fails the job with the Python error when init() raises or a package is missing', async () => {
    const store = scriptStore(
      'import no_such_module_for_the_sandbox\n\ndef run(mini_batch):\n    return mini_batch\n',
      {
        'a.csv': 'x\n',
      },
    );
    const spec = job(store, python, { code });
    const result = await scoreBatch(spec);
    expect(result.status).toBe('Failed');
    expect(result.error).toEqual({
      code: 'ScoringScriptFailed',
      message:
        "The scoring script score.py failed to initialise: ModuleNotFoundError: No module named 'no_such_module_for_the_sandbox'",
    });
    expect(logText(store, spec.n, 'job_error.txt')).toMatch(
      /Traceback[\s\S]*score\.py", line 1[\s\S]*ModuleNotFoundError/,
    );
    expect(store.text(container, `out/${spec.n}/predictions.csv`)).toBeUndefined();

    const failingInit = scriptStore(
      'def init():\n    raise RuntimeError("no model here")\n\ndef run(mini_batch):\n    return mini_batch\n',
      { 'a.csv': 'x\n' },
    );
    expect((await scoreBatch(job(failingInit, python, { code }))).error).toEqual({
      code: 'ScoringScriptFailed',
      message: 'The scoring script score.py failed to initialise: RuntimeError: no model here',
    });
  });

  it('honours logging_level: Warning keeps only failures in the progress log and the script logger quiet', async () => {
    const store = scriptStore(
      'import logging\n\ndef run(mini_batch):\n    logging.getLogger("s").info("chatty")\n    logging.getLogger("s").warning("careful")\n    return mini_batch\n',
      { 'a.csv': 'x\n' },
    );
    const quiet = job(store, python, { code, settings: { loggingLevel: 'Warning' } });
    await scoreBatch(quiet);
    expect(logText(store, quiet.n, 'job_progress.txt')).toBe('');
    const stderr = await userLogs(store, quiet.n, 'stderr');
    expect(stderr).toContain('WARNING|s|careful');
    expect(stderr).not.toContain('chatty');

    const verbose = job(store, python, { code, settings: { loggingLevel: 'Debug' } });
    await scoreBatch(verbose);
    expect(logText(store, verbose.n, 'job_progress.txt')).toMatch(
      /DEBUG +mini-batch 1 of 1 \(a\.csv\) to worker pid \d+/,
    );
    expect(await userLogs(store, verbose.n, 'stderr')).toContain('INFO|s|chatty');
  });

  it('stops at once when cancelled: workers killed, the job Canceled', async () => {
    const dir = await traceDir();
    const store = scriptStore(TRACING_SCRIPT, { 'a.csv': 'x\n', 'b.csv': 'x\n' });
    const abort = new AbortController();
    const spec = job(store, python, {
      code,
      signal: abort.signal,
      onPhase: (phase) => {
        if (phase === 'Running') setTimeout(() => abort.abort(), 500);
      },
      settings: { miniBatchSize: 1, environmentVariables: { TRACE_DIR: dir, SLEEP: '30' } },
    });
    const started = Date.now();
    const result = await scoreBatch(spec);
    expect(result.status).toBe('Canceled');
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(await traces(dir)).toEqual([]);
    expect(logText(store, spec.n, 'job_progress.txt')).toContain('The job was cancelled.');
  });

  it('starts each worker as its own interpreter where it cannot fork', async () => {
    const spawning = new PythonRuntimes({ fork: false });
    try {
      const store = scriptStore(
        'import os, sys\n\ndef run(mini_batch):\n    return [os.path.basename(sys.modules["__main__"].__file__)]\n',
        { 'a.csv': 'x\n' },
      );
      const spec = job(store, python, { code, python: () => spawning.get(python) });
      expect(await scoreBatch(spec)).toMatchObject({ status: 'Completed', rowsScored: 1 });
      // The worker's main module is the worker script itself, not the zygote it would be forked from.
      expect(store.text(container, `out/${spec.n}/predictions.csv`)).toBe('sandbox_batch_worker.py\n');
      const forked = job(store, python, { code });
      await scoreBatch(forked);
      expect(store.text(container, `out/${forked.n}/predictions.csv`)).toBe('sandbox_zygote.py\n');
    } finally {
      await spawning.stop();
    }
  });

  it('downloads a model and code folder once per asset cache; each job works in its own copy', async () => {
    const script = `
import os
def init():
    global names
    folder = os.path.join(os.environ["AZUREML_MODEL_DIR"], "m")
    names = ",".join(sorted(os.listdir(folder)))
    open(os.path.join(folder, "written-by-a-job.txt"), "w").close()
def run(mini_batch):
    return [names + " " + os.path.basename(p) for p in mini_batch]
`;
    const store = scriptStore(script, { 'a.csv': 'x\n1\n' });
    const reads: string[] = [];
    const read = store.read.bind(store);
    store.read = (from: string, name: string) => {
      reads.push(name);
      return read(from, name);
    };
    const root = await traceDir();
    const assets = new AssetCache(async () => root);
    const predictions = async () => {
      const spec = job(store, python, { code, assets });
      expect(await scoreBatch(spec)).toMatchObject({ status: 'Completed' });
      return store.text(container, `out/${spec.n}/predictions.csv`)!.trim();
    };
    expect(await predictions()).toBe('logistic.json a.csv');
    // The second job neither downloads again nor sees what the first wrote into its model folder.
    expect(await predictions()).toBe('logistic.json a.csv');
    // The model and the code are downloaded side by side: in no particular order.
    const assetReads = () => reads.filter((name) => !name.startsWith('in/')).sort();
    expect(assetReads()).toEqual(['code/c/score.py', 'models/m/logistic.json']);
    store.put(container, 'models/m/vocabulary.json', '[]');
    expect(await predictions()).toBe('logistic.json,vocabulary.json a.csv');
    expect(assetReads()).toEqual([
      'code/c/score.py',
      'models/m/logistic.json',
      'models/m/logistic.json',
      'models/m/vocabulary.json',
    ]);
  });

  it("lists a registered version's model and code once per asset cache; an empty listing is read again", async () => {
    const script = `
import os
def init():
    global names
    names = ",".join(sorted(os.listdir(os.path.join(os.environ["AZUREML_MODEL_DIR"], "m"))))
def run(mini_batch):
    return [names + " " + os.path.basename(p) for p in mini_batch]
`;
    const store = scriptStore(script, { 'a.csv': 'x\n1\n' });
    const listed: string[] = [];
    const listTree = store.listTree.bind(store);
    store.listTree = (from: string, folder: string) => {
      listed.push(folder);
      return listTree(from, folder);
    };
    const root = await traceDir();
    const assets = new AssetCache(async () => root);
    const versioned = (version: string, path = 'models/m') => ({
      model: { container, path, version: `model ${version}` },
      code: { ...code, location: { ...code.location, version: 'code 1' } },
    });
    const predictions = async (assetsOf: ReturnType<typeof versioned>) => {
      const spec = job(store, python, { ...assetsOf, assets });
      const result = await scoreBatch(spec);
      return result.status === 'Completed'
        ? store.text(container, `out/${spec.n}/predictions.csv`)!.trim()
        : result.error?.code;
    };
    expect(await predictions(versioned('1'))).toBe('logistic.json a.csv');
    // A registered version's files never change: a blob added under its path is not part of it.
    store.put(container, 'models/m/vocabulary.json', '[]');
    expect(await predictions(versioned('1'))).toBe('logistic.json a.csv');
    expect(listed.filter((folder) => folder.startsWith('models/') || folder.startsWith('code/'))).toEqual([
      'models/m/',
      'code/c/',
    ]);
    // Another version (or the same one deleted and registered again) is listed anew.
    expect(await predictions(versioned('2'))).toBe('logistic.json,vocabulary.json a.csv');
    // A version whose files are not there yet fails its job, and the next job reads the listing again.
    expect(await predictions(versioned('3', 'models/late/m'))).toBe('ModelLoadFailed');
    store.put(container, 'models/late/m/logistic.json', '{}');
    expect(await predictions(versioned('3', 'models/late/m'))).toBe('logistic.json a.csv');
  });

  it('reports its result once outputs and logs are written, before its local files are removed', async () => {
    const store = scriptStore('def run(mini_batch):\n    return mini_batch\n', { 'a.csv': 'x\n1\n' });
    const seen: { status: string; workDirThere: boolean; logsThere: boolean }[] = [];
    const spec: ScoringSpec & { n: number } = job(store, python, {
      code,
      onResult: (result) =>
        seen.push({
          status: result.status,
          workDirThere: existsSync(spec.workDir),
          logsThere: logText(store, spec.n, 'job_result.txt').includes('status: Completed'),
        }),
    });
    expect(await scoreBatch(spec)).toMatchObject({ status: 'Completed' });
    expect(seen).toEqual([{ status: 'Completed', workDirThere: true, logsThere: true }]);
    expect(existsSync(spec.workDir)).toBe(false);
  });

  it('uploads its logs while its predictions are written, and again, as a failure, when that write fails', async () => {
    const store = scriptStore('def run(mini_batch):\n    return mini_batch\n', { 'a.csv': 'x\n1\n' });
    const written = job(store, python, { code });
    expect(await scoreBatch(written)).toMatchObject({ status: 'Completed' });
    expect(logText(store, written.n, 'job_progress.txt')).toContain(
      `Predictions written to ${container}/out/${written.n}/predictions.csv.`,
    );
    expect(logText(store, written.n, 'job_result.txt')).toContain('status: Completed');

    const write = store.write.bind(store);
    store.write = async (to: string, name: string, content: Readable) => {
      if (!name.startsWith('out/')) return write(to, name, content);
      for await (const _ of content) {
        // read to the end, as an upload does before the service answers
      }
      throw new Error('the storage account went away');
    };
    const failed = job(store, python, { code });
    const result = await scoreBatch(failed);
    expect(result).toMatchObject({
      status: 'Failed',
      error: {
        code: 'SystemError',
        message: 'The job could not access its files: the storage account went away',
      },
    });
    expect(result.predictions).toBeUndefined();
    expect(logText(store, failed.n, 'job_progress.txt')).not.toContain('Predictions written');
    expect(logText(store, failed.n, 'job_result.txt')).toContain('status: Failed');
    expect(logText(store, failed.n, 'job_error.txt')).toContain('the storage account went away');
  });

  it('refuses an output path that already exists, before loading anything', async () => {
    const store = scriptStore(TRACING_SCRIPT, { 'a.csv': 'x\n' });
    const spec = job(store, python, { code });
    store.put(container, `out/${spec.n}/old.csv`, 'x');
    expect((await scoreBatch(spec)).error).toEqual({
      code: 'OutputPathAlreadyExists',
      message: `The output path '${container}/out/${spec.n}' already exists; batch jobs write only to a new location.`,
    });
    expect(await store.listTree(container, `out/${spec.n}/`)).toEqual([`out/${spec.n}/old.csv`]);
  });
});

describe('jobs that cannot run', () => {
  it('fail saying the sandbox needs python3 when the interpreter cannot start', async () => {
    const store = scriptStore(TRACING_SCRIPT, { 'a.csv': 'x\n' });
    const spec = job(store, '/nonexistent/bin/python3', { code });
    const result = await scoreBatch(spec);
    expect(result.status).toBe('Failed');
    expect(result.error!.code).toBe('PythonNotFound');
    expect(result.error!.message).toMatch(
      /^The sandbox needs python3 to run this model: '\/nonexistent\/bin\/python3' could not be started \(ENOENT\)/,
    );
    expect(logText(store, spec.n, 'job_error.txt')).toContain('needs python3');
  });

  it('fail naming the flavour of an MLflow model the sandbox cannot load, before starting Python', async () => {
    const store = new MemoryBlobStore();
    store.put(
      container,
      'models/m/MLmodel',
      'flavors:\n  python_function:\n    loader_module: mlflow.xgboost\n    model_path: model.xgb\n  xgboost:\n    data: model.xgb\n',
    );
    store.put(container, 'in/a.csv', 'x\n1\n');
    const spec = job(store, '/nonexistent/bin/python3', { modelType: 'mlflow_model' });
    expect((await scoreBatch(spec)).error).toEqual({
      code: 'ModelLoadFailed',
      message:
        "The sandbox scores MLflow models of the sklearn flavour only (python_function with loader_module mlflow.sklearn); this model's python_function flavour loads with mlflow.xgboost. Flavours in MLmodel: python_function, xgboost.",
    });
  });

  it('fail a custom model that has no scoring script', async () => {
    const store = scriptStore(TRACING_SCRIPT, { 'a.csv': 'x\n' });
    const result = await scoreBatch(job(store, '/nonexistent/bin/python3', { modelType: 'custom_model' }));
    expect(result.error).toMatchObject({
      code: 'ModelLoadFailed',
      message: expect.stringContaining('no scoring script'),
    });
  });

  it('fail when the input is missing', async () => {
    const store = new MemoryBlobStore();
    const result = await scoreBatch(
      job(store, '/nonexistent/bin/python3', {
        input: { type: 'UriFile', location: { container, path: 'in/x.csv' } },
      }),
    );
    expect(result.error).toEqual({
      code: 'InputNotFound',
      message: `The input file '${container}/in/x.csv' does not exist.`,
    });
  });
});

describeWithPython(
  describe,
  sklearnPython,
  'the MLflow model cases',
)('the sample MLflow model (sklearn flavour)', () => {
  const python = sklearnPython.python!;
  const modelFiles = ['MLmodel', 'model.pkl', 'conda.yaml', 'python_env.yaml', 'requirements.txt'];

  async function mlflowStore(inputs: Record<string, string>): Promise<MemoryBlobStore> {
    const store = new MemoryBlobStore();
    for (const file of modelFiles) {
      const { createReadStream } = await import('node:fs');
      await store.write(container, `models/m/${file}`, createReadStream(new URL(`model/${file}`, SAMPLE)));
    }
    for (const [name, text] of Object.entries(inputs)) store.put(container, `in/${name}`, text);
    return store;
  }

  /** Applicants across the feature ranges, so both classes are predicted. */
  function applicants(count: number): string {
    const lines = ['application_id,age,income_k,debt_ratio,open_credit_lines,late_payments_12m'];
    for (let i = 0; i < count; i++) {
      lines.push(
        `T-${i},${21 + ((i * 7) % 50)},${(12 + ((i * 37) % 140)).toFixed(1)},${((i * 13) % 90) / 100},${(i * 3) % 14},${i % 5}`,
      );
    }
    return `${lines.join('\n')}\n`;
  }

  it('predicts per row as the exported coefficients decide; lines "<row>,<prediction>,<file>" without header', async () => {
    const logistic = JSON.parse(await sample('custom/model/logistic.json')) as Logistic;
    const first = applicants(40);
    const second = await sample('sample-input.csv');
    const store = await mlflowStore({ 'a.csv': first, 'b.csv': second });
    const spec = job(store, python, {
      modelType: 'mlflow_model',
      settings: { miniBatchSize: 1, maxConcurrencyPerInstance: 2 },
    });
    const result = await scoreBatch(spec);
    expect(result).toMatchObject({ status: 'Completed', rowsScored: 48, filesProcessed: 2 });
    const lines = store.text(container, `out/${spec.n}/predictions.csv`)!.trim().split('\n');
    const expected = [
      ...rowsOf(first).map((row, i) => `${i},${decision(logistic, row) > 0 ? 1 : 0},a.csv`),
      ...rowsOf(second).map((row, i) => `${i},${decision(logistic, row) > 0 ? 1 : 0},b.csv`),
    ];
    expect(lines).toEqual(expected);
    expect(new Set(lines.map((line) => line.split(',')[1]))).toEqual(new Set(['0', '1']));
  });

  it('keeps its workers warm between jobs of the same model: the next job scores in the same process, with its own logs and environment', async () => {
    const store = await mlflowStore({ 'a.csv': applicants(6) });
    const root = await traceDir();
    const assets = new AssetCache(async () => root);
    const warm = new WarmWorkers();
    const pidOf = (n: number) => {
      const progress = logText(store, n, 'job_progress.txt');
      return /\(pid (\d+)\)|warm worker pid (\d+)/.exec(progress)?.slice(1).find(Boolean);
    };
    const run = async (settings: Partial<ScoringSettings> = {}) => {
      const spec = job(store, python, {
        modelType: 'mlflow_model',
        assets,
        warm,
        settings: { loggingLevel: 'Debug', ...settings },
      });
      const result = await scoreBatch(spec);
      return { spec, result };
    };
    try {
      const first = await run();
      expect(first.result).toMatchObject({ status: 'Completed', rowsScored: 6 });
      expect(warm.size).toBe(1);
      const second = await run();
      expect(second.result).toMatchObject({ status: 'Completed', rowsScored: 6 });
      expect(logText(store, second.spec.n, 'job_progress.txt')).toContain('warm worker pid');
      expect(pidOf(second.spec.n)).toBe(pidOf(first.spec.n));
      expect(store.text(container, `out/${second.spec.n}/predictions.csv`)).toBe(
        store.text(container, `out/${first.spec.n}/predictions.csv`),
      );
      // Other environment variables are another deployment's workers: a new process, a second warm worker.
      const other = await run({ environmentVariables: { SCORING_MODE: 'other' } });
      expect(other.result).toMatchObject({ status: 'Completed' });
      expect(pidOf(other.spec.n)).not.toBe(pidOf(first.spec.n));
      expect(warm.size).toBe(2);
      // A warm worker that died while idle is not handed out: the next job forks a new one and still scores.
      process.kill(Number(pidOf(first.spec.n)), 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 200));
      const after = await run();
      expect(after.result).toMatchObject({ status: 'Completed', rowsScored: 6 });
      expect(pidOf(after.spec.n)).not.toBe(pidOf(first.spec.n));
    } finally {
      warm.drain();
    }
    expect(warm.size).toBe(0);
  });

  it('never keeps the workers of a cancelled job', async () => {
    const store = await mlflowStore({ 'a.csv': applicants(4) });
    const root = await traceDir();
    const warm = new WarmWorkers();
    const abort = new AbortController();
    // Cancelled once its worker has scored: as the predictions start to be written.
    const write = store.write.bind(store);
    store.write = (to: string, name: string, content: Readable) => {
      if (name.startsWith('out/')) abort.abort();
      return write(to, name, content);
    };
    const spec = job(store, python, {
      modelType: 'mlflow_model',
      assets: new AssetCache(async () => root),
      warm,
      signal: abort.signal,
      settings: { loggingLevel: 'Debug' },
    });
    expect(await scoreBatch(spec)).toMatchObject({ status: 'Canceled' });
    expect(logText(store, spec.n, 'job_progress.txt')).toMatch(/Worker process 000 \(pid \d+\)/);
    expect(warm.size).toBe(0);
  });

  it('checks each file against the signature and fails files it cannot score, as Azure reports them', async () => {
    const store = await mlflowStore({
      'a.csv': 'application_id,age,income_k,debt_ratio,open_credit_lines\nX,40,50.0,0.3,4\n',
      'b.json': '{}',
      'c.csv':
        'application_id,age,income_k,debt_ratio,open_credit_lines,late_payments_12m\nY,forty,50.0,0.3,4,0\n',
    });
    const spec = job(store, python, {
      modelType: 'mlflow_model',
      settings: { miniBatchSize: 1, maxRetries: 0 },
    });
    const result = await scoreBatch(spec);
    expect(result).toMatchObject({ status: 'Failed', error: { code: 'MiniBatchesFailed' }, filesFailed: 3 });
    const errors = logText(store, spec.n, 'job_error.txt');
    expect(errors).toContain(
      "Model is missing inputs ['late_payments_12m']. Note that there were extra inputs: ['application_id']",
    );
    expect(errors).toMatch(/Error processing input file: '.*b\.json'\. File type 'json' is not supported\./);
    expect(errors).toContain(
      'Incompatible input types for column age. Can not safely convert object to int64.',
    );
  });

  it('writes a DataFrame a scoring script returns space-separated, without its header (append_row)', async () => {
    const store = scriptStore(
      `
import os
def run(mini_batch):
    import pandas as pd
    return pd.DataFrame({"file": [os.path.basename(p) for p in mini_batch], "score": [0.5] * len(mini_batch)})
`,
      { 'a.csv': 'x\n1\n', 'b c.csv': 'x\n2\n' },
    );
    const spec = job(store, python, { code });
    expect(await scoreBatch(spec)).toMatchObject({ status: 'Completed', rowsScored: 2 });
    expect(store.text(container, `out/${spec.n}/predictions.csv`)).toBe('a.csv 0.5\n"b c.csv" 0.5\n');
  });

  it('fails the job with the Python error when the model needs a package that is not installed', async () => {
    const store = await mlflowStore({ 'a.csv': applicants(2) });
    // A pickle of a class from a package this Python does not have (protocol 2: GLOBAL, then an empty tuple).
    store.put(
      container,
      'models/m/model.pkl',
      Buffer.from('\u0080\u0002cno_such_package_for_the_sandbox\nModel\nq\u0000)\u0081q\u0001.', 'latin1'),
    );
    const spec = job(store, python, { modelType: 'mlflow_model' });
    const result = await scoreBatch(spec);
    expect(result.error).toEqual({
      code: 'ModelLoadFailed',
      message:
        "The MLflow model could not be loaded: ModuleNotFoundError: No module named 'no_such_package_for_the_sandbox'",
    });
    expect(logText(store, spec.n, 'job_error.txt')).toContain('Traceback');
  });
});

describe("finished jobs' folders", () => {
  it('are removed one after another: a folder queued after a large one goes only once that one has gone', async () => {
    const root = await traceDir();
    const large = join(root, 'large');
    for (let folder = 0; folder < 20; folder++) {
      await mkdir(join(large, `f${folder}`), { recursive: true });
      await Promise.all(
        Array.from({ length: 20 }, (_, file) => writeFile(join(large, `f${folder}`, `${file}.txt`), 'x')),
      );
    }
    const small = join(root, 'small');
    await mkdir(small);
    const removals = new FolderRemovals();
    const first = removals.remove(large);
    await removals.remove(small);
    expect(existsSync(large)).toBe(false);
    expect(existsSync(small)).toBe(false);
    await first;
  });

  it('are removed by a job queued with them, which ends once its folder is gone', async () => {
    const store = scriptStore(TRACING_SCRIPT, { 'a.csv': 'x\n1\n' });
    const removals = new FolderRemovals();
    // Jobs that get as far as their folder and end there (no python3 to score with).
    const specs = [1, 2].map(() => job(store, '/nonexistent/bin/python3', { code, removals }));
    const results = await Promise.all(specs.map((spec) => scoreBatch(spec)));
    expect(results.map((result) => result.error?.code)).toEqual(['PythonNotFound', 'PythonNotFound']);
    for (const spec of specs) expect(existsSync(spec.workDir)).toBe(false);
  });
});
