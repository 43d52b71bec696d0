/**
 * A batch deployment's job, run the way Azure ML's batch driver (parallel run) runs it, with the local Python:
 *
 * - the input files are split into mini-batches of `miniBatchSize` files; `instanceCount × maxConcurrencyPerInstance`
 *   worker processes take them from one queue, in parallel. The scoring script's init() (or the MLflow model's
 *   loading) runs once per worker process, then run(mini_batch) per mini-batch. A script's workers are fresh
 *   processes of this job; an MLflow model's may be warm ones an earlier job of the same model left (warm-workers.ts),
 *   bound to this job's environment, working directory and user logs before they score;
 * - a mini-batch whose run() raises, whose worker dies, or that outlives `retrySettings.timeout` (the worker is
 *   killed and replaced) is tried again, up to `retrySettings.maxRetries` more times ("maximum retry count for a
 *   mini-batch", mfe.json); after that its files count as failed. A run() that returns fewer elements than it got
 *   files counts the difference as failed files (Azure: one element per successful input);
 * - `errorThreshold` counts failed files: -1 ignores them, N >= 0 fails the job once more than N have failed. A job
 *   in which no mini-batch succeeded fails whatever the threshold (the sandbox's rule: it never reports an empty
 *   output as a completed scoring);
 * - `outputAction` AppendRow writes everything the mini-batches returned to one file (`outputFileName`, or the
 *   UriFile output itself), in mini-batch order, no header; SummaryOnly uploads what the script wrote under
 *   AZUREML_BI_OUTPUT_PATH to the output folder (the UriFile output's folder);
 * - a failure of init() or of loading the model fails the job with the Python error; so does an interpreter that
 *   cannot start ("the sandbox needs python3 to run this model"). Nothing is ever scored without the model.
 *
 * Everything the job did is logged (job-log.ts) and, with what the workers wrote to stdout and stderr (empty
 * streams are left out), uploaded to the job's logs folder whatever the outcome.
 */
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describeError } from '#shared/errors.js';
import type { BlobStore } from '../dataplane/blob-store.js';
import type { BlobLocation } from '../dataplane/data-uris.js';
import {
  type AssetCache,
  type AssetSource,
  downloadAsset,
  type FolderRemovals,
  joinBlobPath,
  listAsset,
  trimSlashes,
  uploadFolder,
  writeBlobTo,
} from './job-files.js';
import { JobLog, type LoggingLevel } from './job-log.js';
import { MLMODEL_FILE, type MlflowLoader, ModelFormatError, mlflowLoader } from './mlflow-model.js';
import {
  type PythonError,
  PythonUnavailableError,
  type PythonWorker,
  type PythonZygote,
  WorkerLostError,
} from './python-zygote.js';
import type { WarmWorkers } from './warm-workers.js';

export type DataKind = 'UriFolder' | 'UriFile';
export type JobPhase = 'Preparing' | 'Running' | 'Finalizing';

export interface ScoringSettings {
  readonly miniBatchSize: number;
  readonly instanceCount: number;
  readonly maxConcurrencyPerInstance: number;
  readonly errorThreshold: number;
  readonly maxRetries: number;
  /** Per mini-batch attempt. */
  readonly timeoutMs: number;
  readonly outputAction: 'AppendRow' | 'SummaryOnly';
  readonly outputFileName: string;
  readonly loggingLevel: LoggingLevel;
  /** The deployment's environment variables, set in every worker. */
  readonly environmentVariables: Readonly<Record<string, string>>;
}

export interface ScoringSpec {
  readonly store: BlobStore;
  /** The registered model: a folder, or a single file. */
  readonly model: AssetSource;
  /** The model version's `modelType` (`mlflow_model`, `custom_model` ...). */
  readonly modelType?: string;
  /** The deployment's scoring code (codeConfiguration): the code asset's folder and the script in it. */
  readonly code?: { readonly location: AssetSource; readonly scoringScript: string };
  readonly input: { readonly type: DataKind; readonly location: BlobLocation };
  readonly output: { readonly type: DataKind; readonly location: BlobLocation };
  /** The blob folder the job's logs go to. */
  readonly logs: BlobLocation;
  readonly settings: ScoringSettings;
  /** The Python runtime to score with; rejects with PythonUnavailableError when there is none. */
  readonly python: () => Promise<PythonZygote>;
  /** A local folder that is the job's own; removed when the job ends. */
  readonly workDir: string;
  /** Where the job's folder is queued for removal with other jobs' (without it, it is removed at once). */
  readonly removals?: FolderRemovals;
  /** Model and code folders already downloaded by earlier jobs (without it, every job downloads them). */
  readonly assets?: AssetCache;
  /** MLflow model workers kept between jobs (used with `assets`, which gives a model the same folder every job). */
  readonly warm?: WarmWorkers;
  /** Aborted when the job is cancelled. */
  readonly signal?: AbortSignal;
  readonly onPhase?: (phase: JobPhase) => void;
  /**
   * Called with the result once the outputs and logs are written, before the job's local files are removed (the
   * job is over for its callers then; scoreBatch resolves after the clean-up).
   */
  readonly onResult?: (result: ScoringResult) => void;
  readonly clock?: () => number;
}

export interface JobError {
  readonly code: string;
  readonly message: string;
}

export interface ScoringResult {
  readonly status: 'Completed' | 'Failed' | 'Canceled';
  readonly error?: JobError;
  /** Elements the mini-batches returned: predictions (MLflow) or what run() returned (scripts). */
  readonly rowsScored: number;
  readonly filesProcessed: number;
  readonly filesFailed: number;
  readonly miniBatches: number;
  readonly miniBatchesFailed: number;
  /** Where the AppendRow output was written. */
  readonly predictions?: BlobLocation;
  /** Where the logs were written (absent only when storage itself failed). */
  readonly logs?: BlobLocation;
}

/** What a worker is set up to run, and how the job reports that set-up failing. */
type Scorer =
  | { readonly kind: 'script'; readonly codeDir: string; readonly scoringScript: string }
  | {
      readonly kind: 'mlflow';
      readonly modelDir: string;
      readonly loader: MlflowLoader;
      /** What a warm worker for this model must have loaded (absent: workers are this job's own). */
      readonly warmKey?: string;
    };

interface MiniBatch {
  readonly index: number;
  readonly files: readonly string[];
  /** Failed attempts so far. */
  failures: number;
  /** The files downloaded to the job's folder (started while a worker is being made ready). */
  local?: Promise<string[]>;
}

class JobFailure extends Error {
  constructor(readonly error: JobError) {
    super(error.message);
  }
}

/** A result before the logs are written. */
type Outcome = Omit<ScoringResult, 'logs' | 'miniBatches' | 'miniBatchesFailed'>;

const summary = (error: PythonError) => (error.type ? `${error.type}: ${error.message}` : error.message);
const basename = (path: string) => path.split('/').pop() ?? path;
const isMlflow = (modelType: string | undefined) => /^mlflow(_model)?$/i.test(modelType ?? '');

export async function scoreBatch(spec: ScoringSpec): Promise<ScoringResult> {
  return new BatchRun(spec).run();
}

class BatchRun {
  private readonly log: JobLog;
  private readonly aborted = new AbortController();
  private readonly live = new Set<PythonWorker>();
  private readonly queue: MiniBatch[] = [];
  private readonly written = new Map<number, string | undefined>();
  /** The workers' stdout and stderr files, and their names under the job's logs folder. */
  private readonly userLogs: { readonly local: string; readonly name: string }[] = [];
  private fatal: JobError | undefined;
  /**
   * A completed job's AppendRow output on its way to storage, and the line its log gets once it is there: the logs
   * are uploaded meanwhile, and again if the write fails (which fails the job).
   */
  private outputWrite: { readonly done: Promise<void>; readonly note: string } | undefined;
  /** The workers' user logs on their way to storage, started once every worker is done. */
  private userLogUploads: Promise<unknown> | undefined;
  /** Set once the output location was found new: only then may the job write there. */
  private outputClaimed = false;
  private nextToWrite = 0;
  private processes = 0;
  private sink: { stream: PassThrough; done: Promise<void>; target: BlobLocation } | undefined;
  private readonly counts = {
    rowsScored: 0,
    filesProcessed: 0,
    filesFailed: 0,
    miniBatches: 0,
    miniBatchesFailed: 0,
    succeeded: 0,
  };
  private readonly dirs: { model: string; code: string; inputs: string; output: string; logs: string };

  constructor(private readonly spec: ScoringSpec) {
    this.log = new JobLog(spec.settings.loggingLevel, spec.clock);
    const dir = (name: string) => join(spec.workDir, name);
    this.dirs = {
      model: dir('model'),
      code: dir('code'),
      inputs: dir('inputs'),
      output: dir('output'),
      logs: dir('logs'),
    };
    spec.signal?.addEventListener('abort', () => this.stop(), { once: true });
  }

  async run(): Promise<ScoringResult> {
    let result: Outcome;
    try {
      result = await this.score();
    } catch (error) {
      result = error instanceof JobFailure ? this.failed(error.error) : this.storageFailed(error);
    }
    try {
      let logs: BlobLocation | undefined;
      const output = this.outputWrite;
      if (output) {
        const [written, uploaded] = await Promise.allSettled([
          output.done,
          this.finish(result, [output.note]),
        ]);
        if (written.status === 'rejected') {
          result = this.storageFailed(written.reason);
          logs = await this.finish(result);
        } else logs = uploaded.status === 'fulfilled' ? uploaded.value : undefined;
      } else logs = await this.finish(result);
      const final: ScoringResult = {
        ...result,
        miniBatches: this.counts.miniBatches,
        miniBatchesFailed: this.counts.miniBatchesFailed,
        ...(logs ? { logs } : {}),
      };
      this.spec.onResult?.(final);
      return final;
    } finally {
      const { workDir, removals } = this.spec;
      await (removals ? removals.remove(workDir) : rm(workDir, { recursive: true, force: true }));
    }
  }

  /** Storage faults (Azurite gone) end the job as a system failure, never the sandbox. */
  private storageFailed(error: unknown): Outcome {
    this.stop();
    const message = `The job could not access its files: ${describeError(error).message}`;
    this.log.error(message);
    return this.failed({ code: 'SystemError', message });
  }

  private failed(error: JobError): Outcome {
    return { status: 'Failed', error, ...this.totals() };
  }

  private totals() {
    const { rowsScored, filesProcessed, filesFailed } = this.counts;
    return { rowsScored, filesProcessed, filesFailed };
  }

  private fail(code: string, message: string, details?: string): never {
    this.log.error(message, details);
    throw new JobFailure({ code, message });
  }

  private get canceled(): boolean {
    return this.spec.signal?.aborted === true;
  }

  /** Stops dispatching and kills every worker (cancel, or a failure that ends the job). */
  private stop(): void {
    this.aborted.abort();
    for (const worker of this.live) worker.kill();
  }

  private async score(): Promise<Outcome> {
    const { spec, log } = this;
    spec.onPhase?.('Preparing');
    const target = this.outputTarget();
    // What only reads storage is listed at once, while the job's local folders are made (the input's among them,
    // so its downloads make none). An existing output is the job's error even when the input is missing too, as
    // when they were checked one after the other.
    const modelListing = listAsset(spec.store, spec.model, spec.assets);
    const codeListing = spec.code && listAsset(spec.store, spec.code.location, spec.assets);
    for (const listing of [modelListing, codeListing]) listing?.catch(() => {});
    // The model and code are placed in the job's folder (local copies) while storage answers the checks.
    const placed = this.placeAssets(modelListing, codeListing);
    const [refused, listed, made] = await Promise.allSettled([
      this.refuseExistingOutput(),
      this.inputFiles(),
      Promise.all(
        [this.dirs.output, this.dirs.logs, this.dirs.inputs].map((dir) => mkdir(dir, { recursive: true })),
      ),
      placed.model,
      placed.code,
    ]);
    for (const outcome of [refused, listed, made]) if (outcome.status === 'rejected') throw outcome.reason;
    const files = (listed as PromiseFulfilledResult<string[]>).value;
    const scorer = await this.prepareScorer(placed);
    if (this.canceled) return { status: 'Canceled', ...this.totals() };
    const zygote = await this.startPython();
    if (scorer.kind === 'mlflow') zygote.preload(join(scorer.modelDir, scorer.loader.modelFile));

    const { miniBatchSize, instanceCount, maxConcurrencyPerInstance } = spec.settings;
    for (let start = 0; start < files.length; start += miniBatchSize) {
      this.queue.push({
        index: this.queue.length,
        files: files.slice(start, start + miniBatchSize),
        failures: 0,
      });
    }
    this.counts.miniBatches = this.queue.length;
    const workers = Math.min(instanceCount * maxConcurrencyPerInstance, this.queue.length);
    log.info(
      `${files.length} input file(s) in ${this.queue.length} mini-batch(es) of up to ${miniBatchSize}; ${workers} worker process(es) (${instanceCount} instance(s) x ${maxConcurrencyPerInstance}).`,
    );
    spec.onPhase?.('Running');
    await Promise.all(Array.from({ length: workers }, (_, slot) => this.work(zygote, scorer, slot)));
    // The workers wrote their last: their logs go up while the output is completed.
    this.userLogUploads = this.uploadUserLogs();
    this.userLogUploads.catch(() => {});
    await this.flushOrdered();

    spec.onPhase?.('Finalizing');
    if (this.fatal) throw new JobFailure(this.fatal);
    if (this.canceled) {
      log.info('The job was cancelled.');
      return { status: 'Canceled', ...this.totals(), ...(await this.closeOutput(target, false)) };
    }
    if (this.counts.succeeded === 0) {
      this.fail(
        'MiniBatchesFailed',
        `Every mini-batch failed (${this.counts.miniBatchesFailed} of ${this.counts.miniBatches}); nothing was scored. See logs/job_error.txt.`,
      );
    }
    return { status: 'Completed', ...this.totals(), ...(await this.closeOutput(target, true)) };
  }

  /** AppendRow's file; SummaryOnly's folder (the UriFile output's folder). */
  private outputTarget(): BlobLocation {
    const { output, settings } = this.spec;
    const path = trimSlashes(output.location.path);
    if (output.type === 'UriFile' && (!path || output.location.path.endsWith('/'))) {
      this.fail(
        'InvalidOutput',
        `The output '${output.location.path}' must name a file for UriFile outputs.`,
      );
    }
    if (settings.outputAction === 'SummaryOnly') {
      const folder = output.type === 'UriFile' ? path.split('/').slice(0, -1).join('/') : path;
      return { container: output.location.container, path: folder };
    }
    return {
      container: output.location.container,
      path: output.type === 'UriFile' ? path : joinBlobPath(path, settings.outputFileName),
    };
  }

  /** Azure writes only to a new location: an existing output file (or non-empty folder) fails the job. */
  private async refuseExistingOutput(): Promise<void> {
    const { store, output } = this.spec;
    const folder = trimSlashes(output.location.path);
    const exists =
      output.type === 'UriFile'
        ? await store.exists(output.location.container, folder)
        : await store.folderExists(output.location.container, `${folder}/`);
    if (exists) {
      this.fail(
        'OutputPathAlreadyExists',
        `The output path '${output.location.container}/${folder}' already exists; batch jobs write only to a new location.`,
      );
    }
    this.outputClaimed = true;
  }

  private async inputFiles(): Promise<string[]> {
    const { store, input } = this.spec;
    const { container } = input.location;
    const path = trimSlashes(input.location.path);
    if (input.type === 'UriFile') {
      if (!path || !(await store.exists(container, path))) {
        this.fail('InputNotFound', `The input file '${container}/${path}' does not exist.`);
      }
      return [path];
    }
    const files = await store.listFolder(container, path ? `${path}/` : '');
    if (!files.length)
      this.fail('InputNotFound', `No files were found in the input folder '${container}/${path}'.`);
    return files;
  }

  /** The model's and the code's local folders (undefined: nothing there), downloaded or copied from the cache. */
  private placeAssets(
    modelListing: Promise<string[]>,
    codeListing: Promise<string[]> | undefined,
  ): { model: Promise<string | undefined>; code?: Promise<string | undefined> } {
    const { store, model, code, modelType, assets } = this.spec;
    // The sandbox's MLflow driver only reads the model: it is used where the asset cache holds it, not copied.
    const readOnly = !code && isMlflow(modelType);
    const placed = {
      model: downloadAsset(store, model, this.dirs.model, assets, {
        shared: readOnly,
        listing: modelListing,
      }),
      ...(code
        ? {
            code: downloadAsset(store, code.location, this.dirs.code, assets, {
              ...(codeListing ? { listing: codeListing } : {}),
            }),
          }
        : {}),
    };
    // Awaited once the checks pass; a job they refuse must not leave a rejection unhandled.
    for (const folder of [placed.model, placed.code]) folder?.catch(() => {});
    return placed;
  }

  /** Decides how workers score: the deployment's script, or MLflow. */
  private async prepareScorer(placed: ReturnType<BatchRun['placeAssets']>): Promise<Scorer> {
    const { model, code, modelType } = this.spec;
    const modelFolder = await placed.model;
    if (!modelFolder) {
      this.fail(
        'ModelLoadFailed',
        `The model's files are not at '${model.container}/${trimSlashes(model.path)}'.`,
      );
    }
    if (code) {
      const codeDir = await placed.code;
      if (!codeDir) {
        this.fail(
          'ScoringScriptFailed',
          `The scoring code is not at '${code.location.container}/${code.location.path}'.`,
        );
      }
      this.log.info(`Scoring with ${code.scoringScript} (init() once per worker, run() per mini-batch).`);
      return { kind: 'script', codeDir, scoringScript: code.scoringScript };
    }
    if (!isMlflow(modelType)) {
      this.fail(
        'ModelLoadFailed',
        `The deployment has no scoring script (codeConfiguration) and its model is a ${modelType ?? 'custom_model'}: only MLflow models (mlflow_model) are scored without one.`,
      );
    }
    let text: string;
    try {
      text = await readFile(join(modelFolder, MLMODEL_FILE), 'utf8');
    } catch {
      this.fail('ModelLoadFailed', `The MLflow model has no ${MLMODEL_FILE} file at its root.`);
    }
    try {
      const loader = mlflowLoader(text);
      this.log.info(
        `Scoring the MLflow model ${basename(model.path)} (sklearn flavour, ${loader.modelFile}).`,
      );
      // Outside the job's folder: the asset cache's copy, the same folder for every job of this model.
      const shared = !modelFolder.startsWith(`${this.spec.workDir}/`);
      const warmKey =
        shared && this.spec.warm
          ? JSON.stringify([modelFolder, loader, this.spec.settings.environmentVariables])
          : undefined;
      return { kind: 'mlflow', modelDir: modelFolder, loader, ...(warmKey ? { warmKey } : {}) };
    } catch (error) {
      if (error instanceof ModelFormatError) this.fail('ModelLoadFailed', error.message);
      throw error;
    }
  }

  private async startPython(): Promise<PythonZygote> {
    try {
      const zygote = await this.spec.python();
      this.log.debug(
        `Python ${zygote.info.version} (${zygote.info.python}); preloaded: ${zygote.info.preloaded.join(', ') || 'nothing'}.`,
      );
      return zygote;
    } catch (error) {
      if (!(error instanceof PythonUnavailableError)) throw error;
      this.fail(
        'PythonNotFound',
        `The sandbox needs python3 to run this model: ${error.message} Install Python 3, or point SANDBOX_PYTHON at an interpreter.`,
      );
    }
  }

  /** One worker slot: starts a worker, feeds it mini-batches, replaces it when it is lost. */
  private async work(zygote: PythonZygote, scorer: Scorer, slot: number): Promise<void> {
    let worker: PythonWorker | undefined;
    try {
      while (!this.aborted.signal.aborted) {
        const batch = this.queue.shift();
        if (!batch) break;
        this.download(batch);
        worker ??= await this.startWorker(zygote, scorer, slot);
        if (!worker) {
          this.queue.unshift(batch);
          break;
        }
        const current = worker;
        await this.runBatch(current, batch, scorer).catch((error: unknown) => {
          if (!(error instanceof WorkerLostError)) throw error;
          this.live.delete(current);
          worker = undefined;
          if (!this.aborted.signal.aborted) this.attemptFailed(batch, error.message, undefined);
        });
      }
    } finally {
      if (worker) {
        this.live.delete(worker);
        const key = scorer.kind === 'mlflow' ? scorer.warmKey : undefined;
        // A worker of a job that was stopped (cancelled, failed past its threshold) is killed, never kept.
        if (key && this.spec.warm && !this.aborted.signal.aborted) {
          this.spec.warm.give(`${zygote.info.python}\n${key}`, worker);
        } else worker.close();
      }
    }
  }

  private async startWorker(
    zygote: PythonZygote,
    scorer: Scorer,
    slot: number,
  ): Promise<PythonWorker | undefined> {
    const process = String(this.processes++).padStart(3, '0');
    const instance = `instance-${slot % this.spec.settings.instanceCount}`;
    // Flat in the job's folder, as the user logs are: one folder fewer to make and remove.
    const cwd = join(this.spec.workDir, `worker-${process}`);
    // The user logs lie flat on disk (fewer folders to make and remove per job) and are uploaded in Azure's
    // layout, logs/user/<stream>/<instance>/process<n>.<stream>.txt.
    const [stdout, stderr] = (['stdout', 'stderr'] as const).map((stream) => {
      const file = `process${process}.${stream}.txt`;
      const local = join(this.dirs.logs, `${instance}.${file}`);
      this.userLogs.push({ local, name: joinBlobPath('user', stream, instance, file) });
      return local;
    }) as [string, string];
    await mkdir(cwd, { recursive: true });
    // AZUREML_MODEL_DIR is the folder the model folder is in, as Azure mounts it.
    const modelDir = scorer.kind === 'mlflow' ? dirname(scorer.modelDir) : this.dirs.model;
    const binding = {
      cwd,
      stdout,
      stderr,
      loggingLevel: this.spec.settings.loggingLevel,
      env: {
        ...this.spec.settings.environmentVariables,
        AZUREML_MODEL_DIR: modelDir,
        AZUREML_BI_OUTPUT_PATH: this.dirs.output,
      },
    };
    const warm = await this.warmWorker(zygote, scorer, binding, process, instance);
    if (warm) return warm;
    const init =
      scorer.kind === 'script'
        ? { op: 'init', kind: 'script', codeDir: scorer.codeDir, scoringScript: scorer.scoringScript }
        : {
            op: 'init',
            kind: 'mlflow',
            modelFile: join(scorer.modelDir, scorer.loader.modelFile),
            serializationFormat: scorer.loader.serializationFormat,
            predictFn: scorer.loader.predictFn,
            inputs: scorer.loader.inputs ?? null,
            ...(scorer.loader.codeDir ? { codeDir: join(scorer.modelDir, scorer.loader.codeDir) } : {}),
          };
    let worker: PythonWorker;
    try {
      // The init goes with the fork: the worker answers it as soon as it has connected.
      worker = await zygote.fork({ ...binding, first: init });
    } catch (error) {
      if (this.aborted.signal.aborted) return undefined;
      const message = describeError(error).message;
      this.fatal ??= { code: 'SystemError', message: `A worker process could not be started: ${message}` };
      this.log.error(this.fatal.message);
      this.stop();
      return undefined;
    }
    this.live.add(worker);
    if (this.aborted.signal.aborted) {
      worker.kill();
      return undefined;
    }
    this.log.debug(`Worker process ${process} (pid ${worker.pid}) on ${instance} started.`);
    let reply: Awaited<ReturnType<PythonWorker['request']>>;
    try {
      reply = await worker.started!;
    } catch (error) {
      this.live.delete(worker);
      if (this.aborted.signal.aborted) return undefined;
      reply = { ok: false, error: { type: null, message: describeError(error).message, traceback: '' } };
    }
    if (!reply.ok) {
      const what =
        scorer.kind === 'script'
          ? `The scoring script ${scorer.scoringScript} failed to initialise: ${summary(reply.error)}`
          : `The MLflow model could not be loaded: ${summary(reply.error)}`;
      this.fatal ??= {
        code: scorer.kind === 'script' ? 'ScoringScriptFailed' : 'ModelLoadFailed',
        message: what,
      };
      this.log.error(`${what} (worker process ${process})`, reply.error.traceback);
      this.live.delete(worker);
      worker.kill();
      this.stop();
      return undefined;
    }
    return worker;
  }

  /** A warm worker of this model, bound to this job; undefined when there is none (one is then forked). */
  private async warmWorker(
    zygote: PythonZygote,
    scorer: Scorer,
    binding: Record<string, unknown>,
    process: string,
    instance: string,
  ): Promise<PythonWorker | undefined> {
    const key = scorer.kind === 'mlflow' ? scorer.warmKey : undefined;
    if (!key || !this.spec.warm) return undefined;
    for (;;) {
      const worker = this.spec.warm.take(`${zygote.info.python}\n${key}`);
      if (!worker) return undefined;
      this.live.add(worker);
      const reply = await worker.request({ op: 'job', ...binding }).catch(() => undefined);
      if (reply?.ok && !this.aborted.signal.aborted) {
        this.log.debug(
          `Worker process ${process} on ${instance}: warm worker pid ${worker.pid}, its model already loaded.`,
        );
        return worker;
      }
      this.live.delete(worker);
      worker.kill();
      if (this.aborted.signal.aborted) return undefined;
    }
  }

  /** The mini-batch's input files in the job's folder, downloaded once whatever the attempts. */
  private download(batch: MiniBatch): Promise<string[]> {
    if (!batch.local) {
      const { store, input } = this.spec;
      batch.local = (async () => {
        const local: string[] = [];
        for (const file of batch.files) {
          const path = join(this.dirs.inputs, basename(file));
          await writeBlobTo(store, input.location.container, file, path);
          local.push(path);
        }
        return local;
      })();
      // Awaited by the attempt that runs it; a job stopped before that must not leave a rejection unhandled.
      batch.local.catch(() => {});
    }
    return batch.local;
  }

  private async runBatch(worker: PythonWorker, batch: MiniBatch, scorer: Scorer): Promise<void> {
    const files = await this.download(batch);
    const label = `mini-batch ${batch.index + 1} of ${this.counts.miniBatches}`;
    this.log.debug(
      `${label} (${batch.files.map(basename).join(', ')}) to worker pid ${worker.pid}, attempt ${batch.failures + 1}.`,
    );
    const reply = await worker.request({ op: 'run', files }, this.spec.settings.timeoutMs);
    if (!reply.ok) {
      this.attemptFailed(batch, summary(reply.error), reply.error.traceback);
      return;
    }
    const count = reply.count ?? 0;
    this.counts.filesProcessed += batch.files.length;
    this.counts.succeeded++;
    this.counts.rowsScored += count;
    // A scoring script answers one element per input it scored; fewer means the rest failed (tabular MLflow
    // models answer one per row, which is any number).
    const missing = scorer.kind === 'script' ? Math.max(0, batch.files.length - count) : 0;
    if (missing) {
      this.log.warning(
        `${label}: run() returned ${count} element(s) for ${batch.files.length} file(s); ${missing} counted as failed.`,
      );
      this.countFailedFiles(missing);
    }
    this.log.debug(`${label} done: ${count} element(s).`);
    this.written.set(batch.index, reply.text ?? '');
    await this.flushOrdered();
  }

  private attemptFailed(batch: MiniBatch, message: string, traceback: string | undefined): void {
    batch.failures++;
    const label = `mini-batch ${batch.index + 1} of ${this.counts.miniBatches} (${batch.files.map(basename).join(', ')})`;
    const attempts = this.spec.settings.maxRetries + 1;
    this.log.error(`${label} failed, attempt ${batch.failures} of ${attempts}: ${message}`, traceback);
    if (batch.failures < attempts) {
      this.queue.push(batch);
      return;
    }
    this.counts.filesProcessed += batch.files.length;
    this.counts.miniBatchesFailed++;
    this.written.set(batch.index, undefined);
    this.countFailedFiles(batch.files.length);
  }

  private countFailedFiles(files: number): void {
    this.counts.filesFailed += files;
    const threshold = this.spec.settings.errorThreshold;
    if (threshold >= 0 && this.counts.filesFailed > threshold && !this.fatal) {
      this.fatal = {
        code: 'ErrorThresholdExceeded',
        message: `${this.counts.filesFailed} input file(s) failed, more than the deployment's error threshold of ${threshold}. See logs/job_error.txt.`,
      };
      this.log.error(this.fatal.message);
      this.stop();
    }
  }

  /** Appends finished mini-batches to the output in mini-batch order (AppendRow). */
  private async flushOrdered(): Promise<void> {
    if (this.spec.settings.outputAction !== 'AppendRow') return;
    while (this.written.has(this.nextToWrite)) {
      const text = this.written.get(this.nextToWrite);
      this.written.delete(this.nextToWrite);
      this.nextToWrite++;
      if (!text) continue;
      const sink = this.openSink();
      if (!sink.stream.write(text)) await new Promise((resolve) => sink.stream.once('drain', resolve));
    }
  }

  private openSink() {
    if (!this.sink) {
      const target = this.outputTarget();
      const stream = new PassThrough();
      this.sink = { stream, target, done: this.spec.store.write(target.container, target.path, stream) };
    }
    return this.sink;
  }

  /** Ends the output: the AppendRow file (empty when a completed job returned nothing), or SummaryOnly's files. */
  private async closeOutput(
    target: BlobLocation,
    completed: boolean,
  ): Promise<{ predictions?: BlobLocation }> {
    if (this.spec.settings.outputAction === 'SummaryOnly') {
      const uploaded = await uploadFolder(this.spec.store, this.dirs.output, target);
      this.log.info(
        `${uploaded} file(s) the script wrote to AZUREML_BI_OUTPUT_PATH uploaded to ${target.container}/${target.path}.`,
      );
      return {};
    }
    if (!this.sink && !completed) return {};
    const sink = this.openSink();
    sink.stream.end();
    const note = `Predictions written to ${sink.target.container}/${sink.target.path}.`;
    if (completed) {
      // The job's logs are uploaded while its output is (run() waits for both).
      this.outputWrite = { done: sink.done, note };
      sink.done.catch(() => {});
      return { predictions: sink.target };
    }
    await sink.done;
    this.log.info(note);
    return { predictions: sink.target };
  }

  /** The workers' non-empty stdout and stderr files, to the job's logs folder in Azure's layout. */
  private uploadUserLogs(): Promise<unknown> {
    const { store, logs } = this.spec;
    return Promise.all(
      this.userLogs.map(async ({ local, name }) => {
        // A stream nothing was written to is left out.
        const size = await stat(local).then(
          (found) => found.size,
          () => 0,
        );
        if (size) await store.write(logs.container, joinBlobPath(logs.path, name), createReadStream(local));
      }),
    );
  }

  /**
   * Uploads the logs (and what a failed SummaryOnly job wrote): the driver's own files from memory, the workers'
   * non-empty stdout and stderr files, all at once.
   */
  private async finish(
    result: Outcome,
    finishing: readonly string[] = [],
  ): Promise<BlobLocation | undefined> {
    const { store, logs, settings } = this.spec;
    try {
      // What a failed job appended so far stays written, as parallel run's appended rows do.
      if (this.sink && !this.sink.stream.writableEnded) {
        this.sink.stream.end();
        await this.sink.done;
      }
      // What a failed SummaryOnly job wrote stays, as files written to Azure's mounted output do.
      if (result.status === 'Failed' && settings.outputAction === 'SummaryOnly' && this.outputClaimed) {
        await uploadFolder(store, this.dirs.output, this.outputTarget());
      }
      const own = this.log.files(
        [
          `status: ${result.status}`,
          ...(result.error ? [`error: ${result.error.code}: ${result.error.message}`] : []),
          `mini-batches: ${this.counts.miniBatches}, failed: ${this.counts.miniBatchesFailed}`,
          `files processed: ${result.filesProcessed}, failed: ${result.filesFailed}`,
          `elements returned: ${result.rowsScored}`,
        ],
        finishing,
      );
      await Promise.all([
        ...own.map(({ name, text }) =>
          store.write(logs.container, joinBlobPath(logs.path, name), Readable.from([Buffer.from(text)])),
        ),
        this.userLogUploads ?? this.uploadUserLogs(),
      ]);
      return logs;
    } catch {
      return undefined;
    }
  }
}
