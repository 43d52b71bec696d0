/**
 * Where a step's time goes, phase by phase, for the log's last line (and for the benchmarks, which read it):
 * `Time: start-up 0.28 s, source 0.04 s, sign-in 0.11 s, ...; 1.42 s in all`. Phases that run at the same time are
 * each timed on their own, so they may add up to more than the whole.
 */
export class Timings {
  private readonly phases: { readonly name: string; ms: number }[] = [];

  /** `now` in milliseconds since the process started (performance.now()'s origin). */
  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Adds `ms` to the phase `name` (created on first use, in order). */
  add(name: string, ms: number): void {
    const phase = this.phases.find((p) => p.name === name);
    if (phase) phase.ms += ms;
    else this.phases.push({ name, ms });
  }

  /** The time since the process started, as the phase `name` (what ran before the step's own code). */
  addStartUp(name = 'start-up'): void {
    this.add(name, this.now());
  }

  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const start = this.now();
    try {
      return await work();
    } finally {
      this.add(name, this.now() - start);
    }
  }

  /** `Time: a 0.10 s, b 0.25 s; 0.40 s in all` (the whole: from the process's start to now). */
  line(): string {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const parts = this.phases.map((p) => `${p.name} ${seconds(p.ms)}`);
    return `Time: ${parts.join(', ')}; ${seconds(this.now())} in all`;
  }
}
