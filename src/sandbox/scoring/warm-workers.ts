/**
 * Idle Python workers kept between batch jobs of the same model, so a deployment's next job scores at once instead
 * of forking a worker and loading its model again. Azure ML's batch driver calls init() once per worker process and
 * run() per mini-batch; nothing in that contract asks for a new process per job, and a compute cluster's nodes stay
 * warm between jobs in the same way.
 *
 * Only the MLflow models the sandbox scores with its own driver are kept warm: loading them reads nothing of the
 * job. A scoring script's init() may keep what its job's environment said (AZUREML_BI_OUTPUT_PATH, read once in
 * init() by Azure's own samples), so script workers stay one per job.
 *
 * Workers are keyed by everything their loaded state depends on (interpreter, the model's files, the loader, the
 * deployment's environment variables); a worker idle for `idleMs` of real time is closed, and `drain` closes them
 * all (the sandbox stopping). A worker that was lost, killed or timed out is never given back.
 */
import type { PythonWorker } from './python-zygote.js';

const DEFAULT_IDLE_MS = 60_000;
/** Idle workers kept per key at most: as many as ForEach's largest batchCount runs jobs at once. */
const MAX_IDLE_PER_KEY = 50;

interface Idle {
  readonly worker: PythonWorker;
  readonly timer: NodeJS.Timeout;
}

export class WarmWorkers {
  readonly #idle = new Map<string, Idle[]>();

  constructor(private readonly idleMs = DEFAULT_IDLE_MS) {}

  /** An idle worker for `key` that is still alive, or undefined. */
  take(key: string): PythonWorker | undefined {
    const idle = this.#idle.get(key);
    while (idle?.length) {
      const { worker, timer } = idle.pop()!;
      clearTimeout(timer);
      if (worker.alive) return worker;
    }
    this.#idle.delete(key);
    return undefined;
  }

  /** Keeps a worker that finished its job for the next job of the same key; closes it when none is wanted. */
  give(key: string, worker: PythonWorker): void {
    if (!worker.alive) return;
    const idle = this.#idle.get(key) ?? [];
    if (idle.length >= MAX_IDLE_PER_KEY) {
      worker.close();
      return;
    }
    const timer = setTimeout(() => {
      const list = this.#idle.get(key);
      const at = list?.findIndex((entry) => entry.worker === worker) ?? -1;
      if (at >= 0) list!.splice(at, 1);
      if (list && !list.length) this.#idle.delete(key);
      worker.close();
    }, this.idleMs);
    // Idle workers must not keep the sandbox's process alive.
    timer.unref();
    idle.push({ worker, timer });
    this.#idle.set(key, idle);
  }

  /** Idle workers now, all keys together. */
  get size(): number {
    let count = 0;
    for (const idle of this.#idle.values()) count += idle.length;
    return count;
  }

  /** Closes every idle worker. */
  drain(): void {
    for (const idle of this.#idle.values()) {
      for (const { worker, timer } of idle) {
        clearTimeout(timer);
        worker.close();
      }
    }
    this.#idle.clear();
  }
}
