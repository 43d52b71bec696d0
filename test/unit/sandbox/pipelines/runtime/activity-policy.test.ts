// Activity policies: ADF's TimeSpan form, the defaults (7 days, no retry, 30 s between retries), and clear errors.
import { describe, expect, it } from '@jest/globals';
import {
  activityPolicy,
  DEFAULT_TIMEOUT_MS,
  formatTimespan,
  PolicyError,
  parseTimespan,
} from '../../../../../src/sandbox/pipelines/runtime/activity-policy.js';

describe('parseTimespan', () => {
  it.each([
    ['0.00:10:00', 600_000],
    ['00:10:00', 600_000],
    ['7.00:00:00', 7 * 86_400_000],
    ['1:30:00', 5_400_000],
    ['00:00:05.5', 5_500],
    ['10 minutes', undefined],
    ['00:61:00', undefined],
  ])('%s is %p ms', (text, ms) => {
    expect(parseTimespan(text)).toBe(ms);
  });

  it('prints hh:mm:ss, with days when there are', () => {
    expect(formatTimespan(20_000)).toBe('00:00:20');
    expect(formatTimespan(86_400_000 + 3_600_000)).toBe('1.01:00:00');
  });
});

describe('activityPolicy', () => {
  it('applies the documented defaults', () => {
    expect(activityPolicy(undefined)).toEqual({
      timeoutMs: DEFAULT_TIMEOUT_MS,
      retry: 0,
      retryIntervalMs: 30_000,
      secureInput: false,
      secureOutput: false,
    });
    expect(
      activityPolicy({ timeout: '0.01:00:00', retry: 2, retryIntervalInSeconds: 60, secureOutput: true }),
    ).toEqual({
      timeoutMs: 3_600_000,
      retry: 2,
      retryIntervalMs: 60_000,
      secureInput: false,
      secureOutput: true,
    });
  });

  it('says what is wrong with a bad timeout or retry', () => {
    expect(() => activityPolicy({ timeout: '10m' })).toThrow(PolicyError);
    expect(() => activityPolicy({ retry: -1 })).toThrow(
      "The activity's policy retry '-1' must be an integer of 0 or more.",
    );
  });
});
