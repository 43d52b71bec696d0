/**
 * Runs batch jobs' scoring in the background of the sandbox process (scoring/batch-driver.ts): one promise per
 * job, kept in memory (not in state, which must stay JSON), its result written to the job record when it settles.
 * Job status is derived from that record, the job's live phase and the clock (job-status.ts), so nothing here runs
 * on a timer. The Python runtimes (one zygote per interpreter) live as long as the runner, and so do the warm
 * workers MLflow models leave between jobs (scoring/warm-workers.ts).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describeError } from '#shared/errors.js';
import type { JobActivity } from '../arm/machinelearning/job-status.js';
import { mlState } from '../arm/machinelearning/store.js';
import type { SandboxContext } from '../context.js';
import { type JobPhase, type ScoringResult, type ScoringSpec, scoreBatch } from '../scoring/batch-driver.js';
import { AssetCache, FolderRemovals } from '../scoring/job-files.js';
import { pythonCommand } from '../scoring/python-interpreter.js';
import { PythonRuntimes } from '../scoring/python-zygote.js';
import { makeScratchFolder, type ScratchFolder } from '../scoring/scratch-folder.js';
import { WarmWorkers } from '../scoring/warm-workers.js';
import type { BlobStore } from './blob-store.js';

/** What a job needs to run, or the reason it cannot (recorded as the job's failure when it starts). */
export type PreparedScoring =
  | Omit<
      ScoringSpec,
      | 'store'
      | 'python'
      | 'workDir'
      | 'removals'
      | 'signal'
      | 'onPhase'
      | 'onResult'
      | 'clock'
      | 'assets'
      | 'warm'
    >
  | { readonly error: { readonly code: string; readonly message: string } };

export interface RunnerOptions {
  /** The interpreter jobs score with; default SANDBOX_PYTHON (read as each job starts), else python3. */
  readonly python?: string;
}

interface RunningJob {
  done: Promise<void>;
  readonly abort: AbortController;
  phase: JobPhase;
}

export class BatchJobRunner implements JobActivity {
  private readonly running = new Map<string, RunningJob>();
  private readonly runtimes = new PythonRuntimes();
  private readonly warm = new WarmWorkers();
  private workRoot: Promise<ScratchFolder> | undefined;
  private readonly assets = new AssetCache(() => this.root());
  private readonly removals = new FolderRemovals();

  constructor(
    private readonly context: SandboxContext,
    private readonly blobStore: () => BlobStore,
    private readonly options: RunnerOptions = {},
  ) {}

  isRunning(jobKey: string): boolean {
    return this.running.has(jobKey);
  }

  phaseOf(jobKey: string): JobPhase | undefined {
    return this.running.get(jobKey)?.phase;
  }

  /** Stops a running job's scoring: its workers are killed and it ends Canceled. */
  cancel(jobKey: string): void {
    this.running.get(jobKey)?.abort.abort();
  }

  /** Resolves once the job's scoring has finished (immediately when nothing runs for it). */
  settled(jobKey: string): Promise<void> {
    return this.running.get(jobKey)?.done ?? Promise.resolve();
  }

  start(jobKey: string, prepared: PreparedScoring, predictionsUri: string | undefined): void {
    const job: RunningJob = { abort: new AbortController(), phase: 'Preparing', done: Promise.resolve() };
    this.running.set(jobKey, job);
    // The outcome is recorded as soon as the scoring has written its outputs and logs (the removal of its local
    // files is no part of what a caller waits for), or when the run ends without one.
    const settle = (result: ScoringResult) => {
      const record = mlState(this.context).jobs[jobKey];
      if (!record || record.outcome) return;
      record.outcome = {
        status: result.status,
        finishedAt: this.context.clock(),
        rowsScored: result.rowsScored,
        filesProcessed: result.filesProcessed,
        filesFailed: result.filesFailed,
        ...(result.error ? { error: result.error } : {}),
        ...(result.predictions && predictionsUri ? { predictionsUri } : {}),
      };
    };
    job.done = this.run(prepared, job, settle)
      .then(settle)
      .finally(() => this.running.delete(jobKey));
  }

  /** Cancels what runs, waits for it, and ends the Python runtimes. */
  async stop(): Promise<void> {
    for (const job of this.running.values()) job.abort.abort();
    await Promise.all([...this.running.values()].map((job) => job.done));
    this.warm.drain();
    await this.runtimes.stop();
    await (await this.workRoot?.catch(() => undefined))?.remove();
  }

  /** The sandbox's folder for its jobs' local files, made on the first job (scoring/scratch-folder.ts says where). */
  private async root(): Promise<string> {
    if (!this.workRoot) {
      const made = makeScratchFolder('sandbox-scoring-');
      // A folder that could not be made fails the job that asked; the next job tries again.
      made.catch(() => {
        if (this.workRoot === made) this.workRoot = undefined;
      });
      this.workRoot = made;
    }
    return (await this.workRoot).path;
  }

  private async run(
    prepared: PreparedScoring,
    job: RunningJob,
    onResult: (result: ScoringResult) => void,
  ): Promise<ScoringResult> {
    const empty = { rowsScored: 0, filesProcessed: 0, filesFailed: 0, miniBatches: 0, miniBatchesFailed: 0 };
    if ('error' in prepared) return { status: 'Failed', error: prepared.error, ...empty };
    try {
      const store = this.blobStore();
      return await scoreBatch({
        ...prepared,
        store,
        workDir: join(await this.root(), randomUUID()),
        removals: this.removals,
        assets: this.assets,
        warm: this.warm,
        python: () => this.runtimes.get(pythonCommand(this.options.python)),
        signal: job.abort.signal,
        onPhase: (phase) => {
          job.phase = phase;
        },
        onResult,
        clock: this.context.clock,
      });
    } catch (error) {
      // No storage, or no local folder for the job: a system failure of this job, never of the sandbox.
      const message = `The job could not start: ${describeError(error).message}`;
      return { status: 'Failed', error: { code: 'SystemError', message }, ...empty };
    }
  }
}
