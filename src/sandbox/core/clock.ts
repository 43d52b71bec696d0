/**
 * The sandbox clock: the time every emulated service reads (resource timestamps, long-running operations, batch job
 * phases, pipeline runs, `utcNow()`, schedule triggers) and the one that Wait, Until polling, retry intervals and
 * trigger schedules sleep on. It runs at `rate` times real time (1 is real time; the release flow, the pipeline
 * bench and the pipeline tests run it faster so a 60-second Wait takes a fraction of a second) and can be moved
 * forward at once with `advance` (a day, so a daily trigger fires). It never goes back.
 *
 * What it does not drive: access tokens and ARM throttling keep real time, because the clients that cache tokens
 * and pace their requests count real seconds (a token that lived an hour of sandbox time would expire under an
 * SDK that still holds it).
 *
 * Acceleration is a factor, not a skip to the next wake-up: real work (an HTTP call, a database query) also looks
 * `rate` times longer in sandbox time, so activity durations and timeouts scale with it. Keep timeouts generous or
 * the rate moderate when the machine is loaded.
 */

export interface ClockSettings {
  /** Sandbox milliseconds per real millisecond; 1 is real time. */
  readonly rate?: number;
}

interface Sleeper {
  readonly until: number;
  readonly wake: () => void;
}

/** Node's setTimeout limit: longer real delays are re-armed in steps. */
const MAX_TIMER_MS = 2_147_483_647;

export class ClockRateError extends Error {
  constructor(rate: unknown) {
    super(`The clock rate must be a finite number above 0 (1 is real time); got ${String(rate)}.`);
    this.name = 'ClockRateError';
  }
}

export class SandboxClock {
  readonly #real: () => number;
  #anchorReal: number;
  #anchorSandbox: number;
  #rate: number;
  readonly #sleepers = new Set<Sleeper>();
  #timer: NodeJS.Timeout | undefined;
  /** The sandbox time the timer is armed for (infinite when it is not armed). */
  #armedFor = Number.POSITIVE_INFINITY;

  /** `real` is the wall clock the sandbox clock starts from and runs against (tests may pass their own). */
  constructor(real: () => number = Date.now, settings: ClockSettings = {}) {
    this.#real = real;
    this.#rate = checkRate(settings.rate ?? 1);
    this.#anchorReal = real();
    this.#anchorSandbox = this.#anchorReal;
  }

  /** Sandbox time, epoch milliseconds. */
  now(): number {
    return this.#anchorSandbox + (this.#real() - this.#anchorReal) * this.#rate;
  }

  get rate(): number {
    return this.#rate;
  }

  setRate(rate: number): void {
    const checked = checkRate(rate);
    this.#reanchor();
    this.#rate = checked;
    this.#schedule();
  }

  /** Moves sandbox time forward by `ms`; sleepers whose time has come wake. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock only moves forward.');
    this.#reanchor();
    this.#anchorSandbox += ms;
    this.#schedule();
  }

  /** Resolves after `ms` of sandbox time; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return this.until(this.now() + Math.max(0, ms), signal);
  }

  /** Resolves once sandbox time reaches `time` (epoch ms). */
  until(time: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (time <= this.now()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const sleeper: Sleeper = {
        until: time,
        wake: () => {
          signal?.removeEventListener('abort', abort);
          resolve();
        },
      };
      const abort = () => {
        this.#sleepers.delete(sleeper);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      this.#add(sleeper);
    });
  }

  /**
   * Calls `fire` after `ms` of sandbox time, unless the returned function is called first: a timeout that is
   * usually cancelled (an activity's or a Web call's), without the promise, AbortController and listener a `sleep`
   * with a signal costs.
   */
  after(ms: number, fire: () => void): () => void {
    const sleeper: Sleeper = { until: this.now() + Math.max(0, ms), wake: fire };
    this.#add(sleeper);
    return () => {
      this.#sleepers.delete(sleeper);
    };
  }

  /** Stops the timer (pending sleepers stay asleep); for the sandbox's stop. */
  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = Number.POSITIVE_INFINITY;
  }

  #reanchor(): void {
    const real = this.#real();
    this.#anchorSandbox += (real - this.#anchorReal) * this.#rate;
    this.#anchorReal = real;
  }

  /**
   * A new sleeper re-arms the timer only when it is due before the time the timer is armed for; a removed one
   * leaves the timer as it is (it may then fire with nothing due, and re-arms for the next). So adding and
   * cancelling, once per activity run, do not walk every sleeper.
   */
  #add(sleeper: Sleeper): void {
    if (sleeper.until <= this.now()) {
      sleeper.wake();
      return;
    }
    this.#sleepers.add(sleeper);
    if (sleeper.until < this.#armedFor) this.#arm(sleeper.until);
  }

  #arm(next: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedFor = next;
    if (next === Number.POSITIVE_INFINITY) return;
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, Math.ceil((next - this.now()) / this.#rate)));
    this.#timer = setTimeout(() => this.#schedule(), delay);
    // The sandbox's server keeps its process alive; a sleeping pipeline alone must not.
    this.#timer.unref();
  }

  /** Wakes the sleepers that are due and arms one real timer for the next. */
  #schedule(): void {
    const now = this.now();
    let next = Number.POSITIVE_INFINITY;
    const due: Sleeper[] = [];
    for (const sleeper of this.#sleepers) {
      if (sleeper.until <= now) due.push(sleeper);
      else if (sleeper.until < next) next = sleeper.until;
    }
    for (const sleeper of due) this.#sleepers.delete(sleeper);
    this.#arm(next);
    // Woken after the timer is armed: what a sleeper's wake does (sleep again, cancel a timeout) sees a settled clock.
    for (const sleeper of due) sleeper.wake();
  }
}

function checkRate(rate: number): number {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0) throw new ClockRateError(rate);
  return rate;
}
