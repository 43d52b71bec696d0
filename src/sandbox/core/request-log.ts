/** Every request the sandbox answered, and counters by operation kind, for tests that count Azure calls. */
import type { OperationKind } from './http.js';

export interface RequestEntry {
  readonly seq: number;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly status: number;
  readonly kind: OperationKind;
  /** The route pattern that served it (`/subscriptions/:subscription/...`), or `-` when none did. */
  readonly route: string;
  readonly durationMs: number;
  readonly requestId: string;
  /** Set when a fault answered instead of the service. */
  readonly fault?: string;
  readonly userAgent?: string;
}

export interface Counters {
  reads: number;
  writes: number;
  deletes: number;
  actions: number;
  throttled: number;
  faults: number;
}

const emptyCounters = (): Counters => ({
  reads: 0,
  writes: 0,
  deletes: 0,
  actions: 0,
  throttled: 0,
  faults: 0,
});

export class RequestLog {
  private entries: RequestEntry[] = [];
  private seq = 0;
  counters: Counters = emptyCounters();

  constructor(private readonly limit = 20_000) {}

  record(entry: Omit<RequestEntry, 'seq'>): RequestEntry {
    const full = { ...entry, seq: ++this.seq };
    this.entries.push(full);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    if (entry.fault) this.counters.faults++;
    else if (entry.status === 429) this.counters.throttled++;
    // Only requests a service answered count as Azure operations (not identity, control or data-plane traffic).
    if (
      entry.route.startsWith('/subscriptions') &&
      !entry.fault &&
      entry.status !== 429 &&
      entry.status !== 401
    ) {
      const field = ({ read: 'reads', write: 'writes', delete: 'deletes', action: 'actions' } as const)[
        entry.kind
      ];
      this.counters[field]++;
    }
    return full;
  }

  since(seq = 0): RequestEntry[] {
    return this.entries.filter((entry) => entry.seq > seq);
  }

  get lastSeq(): number {
    return this.seq;
  }

  clear(): void {
    this.entries = [];
    this.counters = emptyCounters();
  }
}
