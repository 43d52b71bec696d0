// Distinct counts in typed arrays: the same counts a Map gives, -0 and 0 as one value, nothing past the limit.
import { describe, expect, it } from '@jest/globals';
import { ValueCounter } from '../../../src/check-drift-gate/value-counter.js';

describe('ValueCounter', () => {
  it('counts as a Map does, through its growth', () => {
    const counter = new ValueCounter(10_000);
    const expected = new Map<number, number>();
    for (let i = 0; i < 50_000; i++) {
      const value = ((i * 7919) % 5000) / 8 - 100;
      expect(counter.add(value)).toBe(true);
      expected.set(value, (expected.get(value) ?? 0) + 1);
    }
    expect(counter.size).toBe(5000);
    expect(counter.toMap()).toEqual(expected);
    expect(counter.bytes).toBeLessThanOrEqual(ValueCounter.bytesFor(10_000));
  });

  it('treats -0 and 0 as one value, and refuses a new value beyond its limit', () => {
    const counter = new ValueCounter(2);
    expect([counter.add(0), counter.add(-0), counter.add(1.5), counter.add(2.5), counter.add(1.5)]).toEqual([
      true,
      true,
      true,
      false,
      true,
    ]);
    expect(counter.toMap()).toEqual(
      new Map([
        [0, 2],
        [1.5, 2],
      ]),
    );
  });
});
