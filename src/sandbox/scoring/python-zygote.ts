/**
 * The sandbox's Python processes: one long-lived "zygote" per interpreter (python/sandbox_zygote.py), which loads
 * numpy, pandas and scikit-learn once and forks a fresh worker process per batch-job worker, so a worker costs a
 * fork rather than an interpreter start and a second of imports. Workers connect back over TCP on 127.0.0.1 and
 * prove who they are with a one-time token; each then serves one request at a time (python/sandbox_batch_worker.py).
 * Where the platform cannot fork, each worker is started as its own interpreter instead.
 *
 * Nothing here knows about jobs: batch-driver.ts decides what workers run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const PYTHON_DIR = fileURLToPath(new URL('./python/', import.meta.url));
const ZYGOTE = `${PYTHON_DIR}sandbox_zygote.py`;
const WORKER = `${PYTHON_DIR}sandbox_batch_worker.py`;
/** Importing scikit-learn on a loaded two-core machine takes seconds; a dead interpreter answers at once. */
const START_TIMEOUT_MS = 120_000;
const CONNECT_TIMEOUT_MS = 60_000;
const MINIMUM_VERSION = [3, 8] as const;

/** The interpreter cannot be started (missing, not executable, not a usable Python). */
export class PythonUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PythonUnavailableError';
  }
}

/** A worker that stopped answering: its process ended, it was killed, or a request outlived its timeout. */
export class WorkerLostError extends Error {
  constructor(
    message: string,
    readonly reason: 'exited' | 'timeout' | 'killed',
  ) {
    super(message);
    this.name = 'WorkerLostError';
  }
}

/** An exception raised in the worker, as Python described it. `type` is null for the driver's own messages. */
export interface PythonError {
  readonly type: string | null;
  readonly message: string;
  readonly traceback: string;
}

export type WorkerReply =
  | { readonly ok: true; readonly count?: number; readonly text?: string }
  | { readonly ok: false; readonly error: PythonError };

export interface WorkerSpec {
  /** The worker's working directory. */
  readonly cwd: string;
  /** Added to the worker's environment (the scoring script sees them). */
  readonly env: Readonly<Record<string, string>>;
  /** Files the worker's stdout and stderr are appended to. */
  readonly stdout: string;
  readonly stderr: string;
  /** The root logger's level in the worker: Info, Warning or Debug. */
  readonly loggingLevel: string;
  /**
   * A request the worker runs as soon as it has connected (its init), sent with what starts it rather than written
   * to its socket afterwards: one write and one round trip fewer. Its answer is the worker's `started`.
   */
  readonly first?: Record<string, unknown>;
}

export interface RuntimeInfo {
  readonly python: string;
  readonly version: string;
  readonly fork: boolean;
  readonly preloaded: readonly string[];
}

/** Splits a byte stream into lines. */
function lineReader(onLine: (line: string) => void): (chunk: Buffer) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString('utf8');
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      if (line.trim()) onLine(line);
      newline = pending.indexOf('\n');
    }
  };
}

/** One worker process, talking over its socket. One request at a time. */
export class PythonWorker {
  private waiting:
    | { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void; timer?: NodeJS.Timeout }
    | undefined;
  private lost: WorkerLostError | undefined;
  /** The answer to WorkerSpec.first, when the worker was started with one. */
  readonly started: Promise<WorkerReply> | undefined;

  constructor(
    private readonly socket: Socket,
    readonly pid: number,
    private readonly terminate: () => void,
    withFirst = false,
  ) {
    if (withFirst) {
      // Waited for from the start: the answer may come in the same chunk as the hello.
      this.started = new Promise((resolve, reject) => {
        this.waiting = { resolve, reject };
      });
      // A worker killed before anyone asked for its answer leaves no unhandled rejection.
      this.started.catch(() => undefined);
    }
    socket.on(
      'data',
      lineReader((line) => {
        let reply: WorkerReply;
        try {
          reply = JSON.parse(line) as WorkerReply;
        } catch {
          this.kill();
          return;
        }
        const waiting = this.waiting;
        this.waiting = undefined;
        if (waiting?.timer) clearTimeout(waiting.timer);
        waiting?.resolve(reply);
      }),
    );
    socket.on('close', () => this.fail(new WorkerLostError(`worker process ${pid} exited`, 'exited')));
    socket.on('error', () => undefined);
  }

  get alive(): boolean {
    return this.lost === undefined;
  }

  /** Sends a request; rejects with WorkerLostError when the process ends or the timeout passes first. */
  request(message: Record<string, unknown>, timeoutMs?: number): Promise<WorkerReply> {
    if (this.lost) return Promise.reject(this.lost);
    if (this.waiting) return Promise.reject(new Error('a request is already in flight on this worker'));
    return new Promise((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.fail(
                new WorkerLostError(
                  `no answer within ${timeoutMs / 1000} s, so worker process ${this.pid} was killed`,
                  'timeout',
                ),
              );
              this.terminate();
            }, timeoutMs);
      this.waiting = { resolve, reject, ...(timer ? { timer } : {}) };
      this.socket.write(`${JSON.stringify(message)}\n`);
    });
  }

  /** Kills the process (and anything it started); a request in flight fails. A lost worker is left alone: its
   * pid may already belong to another process. */
  kill(): void {
    if (this.lost) return;
    this.fail(new WorkerLostError(`worker process ${this.pid} was killed`, 'killed'));
    this.terminate();
  }

  /** Asks the worker to exit once idle: the end of its connection is its exit (no message to write). */
  close(): void {
    if (this.lost) return;
    this.socket.end();
    this.lost = new WorkerLostError(`worker process ${this.pid} was closed`, 'exited');
  }

  private fail(error: WorkerLostError): void {
    this.lost ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting?.timer) clearTimeout(waiting.timer);
    waiting?.reject(error);
    this.socket.destroy();
  }
}

interface PendingWorker {
  readonly token: string;
  readonly resolve: (worker: PythonWorker) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
  readonly withFirst: boolean;
  child?: ChildProcess;
}

/** Kills a forked worker's whole process group (it calls setsid), falling back to the process itself. */
function killGroup(pid: number): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, 'SIGKILL');
      return;
    } catch {
      // already gone, or not a group leader yet: try the next form
    }
  }
}

export class PythonZygote {
  private readonly pending = new Map<string, PendingWorker>();
  private readonly workers = new Set<PythonWorker>();
  private readonly preloadedPickles = new Set<string>();
  private nextId = 1;
  private exited: Error | undefined;
  private stderrTail = '';

  private constructor(
    private readonly process: ChildProcess,
    private readonly server: Server,
    private readonly port: number,
    readonly info: RuntimeInfo,
  ) {}

  /**
   * Starts the zygote for `python`; rejects with PythonUnavailableError when it cannot run. `fork: false` starts
   * every worker as its own interpreter, as on a platform without fork.
   */
  static async start(python: string, options: { fork?: boolean } = {}): Promise<PythonZygote> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const port = (server.address() as { port: number }).port;
    const child = spawn(python, [ZYGOTE], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {
        // One BLAS thread per worker: workers are the parallelism, and a forked process must not inherit a pool.
        OPENBLAS_NUM_THREADS: '1',
        OMP_NUM_THREADS: '1',
        MKL_NUM_THREADS: '1',
        ...process.env,
        // The sandbox's own modules and the jobs' code folders stay free of __pycache__ folders.
        PYTHONDONTWRITEBYTECODE: '1',
      },
    });
    // Writes to a zygote that just died must not take the sandbox down; its exit is reported instead.
    child.stdin!.on('error', () => undefined);
    let zygote: PythonZygote | undefined;
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-8192);
      if (zygote) zygote.stderrTail = stderr;
    });
    const ready = new Promise<RuntimeInfo>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new PythonUnavailableError(
            `'${python}' did not start the scoring runtime within ${START_TIMEOUT_MS / 1000} s.`,
          ),
        );
      }, START_TIMEOUT_MS);
      child.once('error', (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        reject(
          new PythonUnavailableError(`'${python}' could not be started (${error.code ?? error.message}).`),
        );
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const detail = stderr.trim().split('\n').slice(-3).join(' ') || `exit ${code ?? signal}`;
        reject(new PythonUnavailableError(`'${python}' could not run the scoring runtime: ${detail}`));
      });
      const lines = createInterface({ input: child.stdout! });
      lines.once('line', (line) => {
        clearTimeout(timer);
        try {
          const message = JSON.parse(line) as {
            op: string;
            python: string;
            fork: boolean;
            preloaded: string[];
          };
          resolve({
            python,
            version: message.python,
            fork: message.fork && options.fork !== false,
            preloaded: message.preloaded,
          });
        } catch {
          reject(
            new PythonUnavailableError(
              `'${python}' is not a Python the sandbox can use: it answered '${line}'.`,
            ),
          );
        }
      });
    });
    let info: RuntimeInfo;
    try {
      info = await ready;
    } catch (error) {
      server.close();
      throw error;
    }
    const [major, minor] = info.version.split('.').map(Number);
    if (major! < MINIMUM_VERSION[0] || (major === MINIMUM_VERSION[0] && minor! < MINIMUM_VERSION[1])) {
      child.kill('SIGKILL');
      server.close();
      throw new PythonUnavailableError(
        `'${python}' is Python ${info.version}; the sandbox scores with Python ${MINIMUM_VERSION.join('.')} or newer.`,
      );
    }
    zygote = new PythonZygote(child, server, port, info);
    zygote.stderrTail = stderr;
    const started = zygote;
    child.removeAllListeners('exit');
    child.on('exit', (code, signal) => started.onExit(code, signal));
    server.on('connection', (socket) => started.accept(socket));
    return started;
  }

  get alive(): boolean {
    return this.exited === undefined;
  }

  /**
   * Imports, in the zygote, the modules a model pickle names, so every worker forked after it has them. Once per
   * file: a model's files do not change under the same path (the asset cache keys its folders by their listing).
   */
  preload(pickleFile: string): void {
    if (!this.info.fork || !this.alive || this.preloadedPickles.has(pickleFile)) return;
    this.preloadedPickles.add(pickleFile);
    this.send({ op: 'preload', pickle: pickleFile });
  }

  /** A new worker process, connected and ready for requests. */
  fork(spec: WorkerSpec): Promise<PythonWorker> {
    if (this.exited) return Promise.reject(this.exited);
    const id = `w${this.nextId++}`;
    const token = randomBytes(18).toString('hex');
    const message = {
      id,
      token,
      port: this.port,
      cwd: spec.cwd,
      env: spec.env,
      stdout: spec.stdout,
      stderr: spec.stderr,
      loggingLevel: spec.loggingLevel,
      ...(spec.first ? { first: spec.first } : {}),
    };
    return new Promise<PythonWorker>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new WorkerLostError(`worker ${id} did not connect within ${CONNECT_TIMEOUT_MS / 1000} s`, 'exited'),
        );
      }, CONNECT_TIMEOUT_MS);
      const pending: PendingWorker = { token, resolve, reject, timer, withFirst: spec.first !== undefined };
      this.pending.set(id, pending);
      if (this.info.fork) {
        this.send({ op: 'fork', ...message });
        return;
      }
      const child = spawn(this.info.python, [WORKER, JSON.stringify(message)], {
        stdio: 'ignore',
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
      });
      pending.child = child;
      child.once('error', (error) => this.settle(id, error));
      child.once('exit', (code) =>
        this.settle(id, new WorkerLostError(`worker ${id} exited with ${code}`, 'exited')),
      );
    });
  }

  /** Ends the zygote and every worker it started. */
  async stop(): Promise<void> {
    for (const worker of this.workers) worker.kill();
    for (const [id] of this.pending)
      this.settle(id, new WorkerLostError('the sandbox is stopping', 'killed'));
    if (this.alive) {
      const exited = new Promise((resolve) => this.process.once('exit', resolve));
      this.process.stdin?.end();
      this.process.kill('SIGTERM');
      await exited;
    }
    await new Promise((resolve) => this.server.close(resolve));
  }

  private send(message: Record<string, unknown>): void {
    this.process.stdin!.write(`${JSON.stringify(message)}\n`);
  }

  private settle(id: string, error: Error): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    clearTimeout(pending.timer);
    pending.reject(error);
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    const detail = this.stderrTail.trim().split('\n').slice(-3).join(' ');
    this.exited = new PythonUnavailableError(
      `the scoring runtime of '${this.info.python}' exited (${code ?? signal})${detail ? `: ${detail}` : ''}`,
    );
    for (const [id] of this.pending) this.settle(id, this.exited);
  }

  /** A worker's first line names it and proves it with its token; anything else is dropped. */
  private accept(socket: Socket): void {
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const newline = buffered.indexOf(10);
      if (newline < 0) return;
      socket.off('data', onData);
      let hello: { op?: string; id?: string; token?: string; pid?: number };
      try {
        hello = JSON.parse(buffered.subarray(0, newline).toString('utf8'));
      } catch {
        socket.destroy();
        return;
      }
      const pending = hello.id === undefined ? undefined : this.pending.get(hello.id);
      if (
        !pending ||
        hello.op !== 'hello' ||
        hello.token !== pending.token ||
        typeof hello.pid !== 'number'
      ) {
        socket.destroy();
        return;
      }
      this.pending.delete(hello.id!);
      clearTimeout(pending.timer);
      const child = pending.child;
      const pid = hello.pid;
      const worker = new PythonWorker(
        socket,
        pid,
        () => (child ? child.kill('SIGKILL') : killGroup(pid)),
        pending.withFirst,
      );
      this.workers.add(worker);
      socket.once('close', () => this.workers.delete(worker));
      pending.resolve(worker);
      const rest = buffered.subarray(newline + 1);
      if (rest.length) socket.emit('data', rest);
    };
    socket.on('data', onData);
    socket.on('error', () => socket.destroy());
  }
}

/** One zygote per interpreter, started on first use and again after it died. */
export class PythonRuntimes {
  private readonly zygotes = new Map<string, Promise<PythonZygote>>();

  constructor(private readonly options: { fork?: boolean } = {}) {}

  async get(python: string): Promise<PythonZygote> {
    const existing = this.zygotes.get(python);
    if (existing) {
      const zygote = await existing.catch(() => undefined);
      if (zygote?.alive) return zygote;
    }
    const started = PythonZygote.start(python, this.options);
    this.zygotes.set(python, started);
    // A failed start is not remembered: pointing SANDBOX_PYTHON at a working interpreter fixes the next job.
    started.catch(() => {
      if (this.zygotes.get(python) === started) this.zygotes.delete(python);
    });
    return started;
  }

  async stop(): Promise<void> {
    const zygotes = [...this.zygotes.values()];
    this.zygotes.clear();
    await Promise.all(zygotes.map((z) => z.then((zygote) => zygote.stop()).catch(() => undefined)));
  }
}
