/**
 * ARM's request throttling: token buckets per subscription and operation kind, refilled continuously (since 2024
 * ARM uses this algorithm: reads 250 burst + 25/s, writes 200 + 10/s, deletes 200 + 10/s). An empty bucket answers
 * 429 with `Retry-After`; every answer carries `x-ms-ratelimit-remaining-subscription-<kind>`.
 */
import type { OperationKind } from './http.js';

export interface BucketLimits {
  readonly burst: number;
  readonly perSecond: number;
}

export type ThrottleLimits = Readonly<Record<'reads' | 'writes' | 'deletes', BucketLimits>>;

export const ARM_LIMITS: ThrottleLimits = {
  reads: { burst: 250, perSecond: 25 },
  writes: { burst: 200, perSecond: 10 },
  deletes: { burst: 200, perSecond: 10 },
};

export function bucketOf(kind: OperationKind): keyof ThrottleLimits {
  if (kind === 'read') return 'reads';
  if (kind === 'delete') return 'deletes';
  return 'writes';
}

export type ThrottleResult =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

export class Throttler {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();

  constructor(
    private limits: ThrottleLimits,
    private readonly clock: () => number,
  ) {}

  setLimits(limits: ThrottleLimits): void {
    this.limits = limits;
    this.buckets.clear();
  }

  take(subscription: string, kind: OperationKind): ThrottleResult {
    const bucket = bucketOf(kind);
    const { burst, perSecond } = this.limits[bucket];
    const id = `${subscription.toLowerCase()}/${bucket}`;
    const now = this.clock();
    const state = this.buckets.get(id) ?? { tokens: burst, updated: now };
    state.tokens = Math.min(burst, state.tokens + ((now - state.updated) / 1000) * perSecond);
    state.updated = now;
    this.buckets.set(id, state);
    if (state.tokens < 1)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - state.tokens) / perSecond)) };
    state.tokens -= 1;
    return { allowed: true, remaining: Math.floor(state.tokens) };
  }
}
