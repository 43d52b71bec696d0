/**
 * Fault injection for tests (`POST /_sandbox/faults`): by method and path pattern, answer with a status (and
 * `Retry-After`), add latency, or reset the connection; a fixed number of times or with a seeded probability.
 */

export interface FaultSpec {
  /** An HTTP method, or `*`. */
  readonly method?: string;
  /** A regular expression matched against the path and query (case-insensitive). */
  readonly path: string;
  /** Answer with this status and an ARM error body. Omit to only delay. */
  readonly status?: number;
  readonly code?: string;
  readonly message?: string;
  readonly retryAfterSeconds?: number;
  readonly latencyMs?: number;
  /** Destroy the socket without answering. */
  readonly reset?: boolean;
  /** How many requests it applies to; unlimited when omitted. */
  readonly count?: number;
  /** Applies with this probability (0..1), drawn from a generator seeded by `seed`. */
  readonly probability?: number;
  readonly seed?: number;
}

export interface Fault extends FaultSpec {
  readonly id: string;
  hits: number;
}

/** A small deterministic generator (mulberry32): the same seed gives the same faults on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private faults: { fault: Fault; regex: RegExp; random: () => number }[] = [];
  private next = 1;

  add(spec: FaultSpec): Fault {
    const regex = new RegExp(spec.path, 'i');
    const fault: Fault = { ...spec, id: `fault-${this.next++}`, hits: 0 };
    this.faults.push({ fault, regex, random: seeded(spec.seed ?? 1) });
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((entry) => entry.fault);
  }

  clear(): void {
    this.faults = [];
  }

  /** The first active fault matching this request, counted as a hit. */
  match(method: string, pathAndQuery: string): Fault | undefined {
    for (const entry of this.faults) {
      const { fault } = entry;
      if (fault.method && fault.method !== '*' && fault.method.toUpperCase() !== method.toUpperCase())
        continue;
      if (!entry.regex.test(pathAndQuery)) continue;
      if (fault.count !== undefined && fault.hits >= fault.count) continue;
      if (fault.probability !== undefined && entry.random() >= fault.probability) continue;
      fault.hits++;
      return fault;
    }
    return undefined;
  }
}
