// The deployment's retry timeout, an ISO 8601 duration as the service stores it (PT30S by default; `az ml`
// sends whole seconds, e.g. PT300S), read as the milliseconds a mini-batch attempt may take.
import { describe, expect, it } from '@jest/globals';
import { durationMs } from '../../../../src/sandbox/dataplane/batch-invocation.js';

describe('durationMs', () => {
  it.each([
    ['PT30S', 30_000],
    ['PT300S', 300_000],
    ['PT1.5S', 1500],
    ['PT5M', 300_000],
    ['PT1H30M', 5_400_000],
    ['P1DT2H', 93_600_000],
  ])('reads %s', (value, ms) => {
    expect(durationMs(value)).toBe(ms);
  });

  it.each(['P', 'PT', '30', 'PT-5S', 'P1W'])('refuses %s', (value) => {
    expect(durationMs(value)).toBeUndefined();
  });
});
