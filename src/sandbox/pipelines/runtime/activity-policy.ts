/**
 * An activity's policy as the runtime applies it (the spec's ActivityPolicy, Pipeline.json): `timeout` (a .NET
 * TimeSpan `[d.]hh:mm:ss`, default 7 days: the REST spec's default; the pipeline docs' table says 12 hours for
 * older factories), `retry` (ordinary retry attempts, default 0), `retryIntervalInSeconds` (default 30, the spec's
 * minimum), `secureInput` and `secureOutput` (the values are kept out of the activity runs). Control activities
 * (ForEach, Until, If, Switch, Wait, variables, Filter, Fail) have no policy: one attempt, no timeout of their
 * own (Until has its own `timeout`).
 */
import type { Json } from '../../arm/datafactory/store.js';

export interface ActivityPolicy {
  readonly timeoutMs: number;
  readonly retry: number;
  readonly retryIntervalMs: number;
  readonly secureInput: boolean;
  readonly secureOutput: boolean;
}

export const DEFAULT_TIMEOUT_MS = 7 * 24 * 3600 * 1000;
const DEFAULT_RETRY_INTERVAL_SECONDS = 30;

const TIMESPAN = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?$/;

/** Milliseconds in a TimeSpan (`0.00:10:00`, `01:30:00`, `7.00:00:00`), or undefined when it is not one. */
export function parseTimespan(text: string): number | undefined {
  const match = TIMESPAN.exec(text.trim());
  if (!match) return undefined;
  const [, days, hours, minutes, seconds, fraction] = match;
  if (Number(minutes) > 60 || Number(seconds) > 60) return undefined;
  const whole = ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
  return whole * 1000 + Math.round(Number(`0.${fraction ?? '0'}`) * 1000);
}

/** `hh:mm:ss` (with a day part when needed), as ADF prints a TimeSpan in messages. */
export function formatTimespan(ms: number): string {
  const total = Math.round(ms / 1000);
  const days = Math.floor(total / 86400);
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = `${pad(Math.floor((total % 86400) / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return days ? `${days}.${clock}` : clock;
}

export class PolicyError extends Error {
  override readonly name = 'PolicyError';
}

/** The policy of an activity from its evaluated `policy` object. */
export function activityPolicy(policy: Json | undefined): ActivityPolicy {
  const timeoutText = policy?.timeout;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  if (timeoutText !== undefined && timeoutText !== null) {
    const parsed = typeof timeoutText === 'string' ? parseTimespan(timeoutText) : undefined;
    if (parsed === undefined || parsed <= 0) {
      throw new PolicyError(
        `The activity's policy timeout '${String(timeoutText)}' is not a timespan like 0.01:00:00 ([d.]hh:mm:ss).`,
      );
    }
    timeoutMs = parsed;
  }
  const retry = policy?.retry ?? 0;
  if (typeof retry !== 'number' || !Number.isInteger(retry) || retry < 0) {
    throw new PolicyError(`The activity's policy retry '${String(retry)}' must be an integer of 0 or more.`);
  }
  const interval = policy?.retryIntervalInSeconds ?? DEFAULT_RETRY_INTERVAL_SECONDS;
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 0) {
    throw new PolicyError(
      `The activity's policy retryIntervalInSeconds '${String(interval)}' must be a whole number of seconds.`,
    );
  }
  return {
    timeoutMs,
    retry,
    retryIntervalMs: interval * 1000,
    secureInput: policy?.secureInput === true,
    secureOutput: policy?.secureOutput === true,
  };
}

/** One attempt, no timeout beyond the run's own: control activities. */
export const NO_POLICY: ActivityPolicy = {
  timeoutMs: Number.POSITIVE_INFINITY,
  retry: 0,
  retryIntervalMs: 0,
  secureInput: false,
  secureOutput: false,
};
