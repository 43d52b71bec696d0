// Exact values: 4-byte decimals or doubles, and sorted doubles packed for the wait while the current data is read:
// unpacked bit for bit, in fewer bytes, with the memory account told.
import { describe, expect, it } from '@jest/globals';
import { ExactValues, NO_DECIMAL } from '../../../src/check-drift-gate/exact-values.js';

function account() {
  return {
    used: 0,
    change(bytes: number) {
      this.used += bytes;
    },
  };
}

describe('ExactValues.pack', () => {
  it.each([
    ['a continuous feature', (r: number) => 10 + (r - 0.5) * 7],
    ['signs, zeros and extreme magnitudes', (r: number) => (r < 0.5 ? -1 : 1) * 10 ** (r * 600 - 300)],
    ['few values', (r: number) => Math.round(r * 10) / 7],
  ])('unpacks %s bit for bit, in fewer bytes', (_name, value) => {
    let state = 17;
    const random = () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
    const memory = account();
    const values = new ExactValues(2 ** 28, memory);
    for (let i = 0; i < 100_000; i++) values.add(value(random()), 0, NO_DECIMAL);
    for (const special of [0, -0, Number.MIN_VALUE, -Number.MAX_VALUE]) values.add(special, 0, NO_DECIMAL);
    values.sort();
    const before = Float64Array.from(values.sortedSample());
    const bytesBefore = values.bytes;
    values.pack();
    expect(values.bytes).toBeLessThan(bytesBefore);
    expect(memory.used).toBe(values.bytes);
    const after = values.sortedSample();
    expect(after.length).toBe(before.length);
    for (let i = 0; i < before.length; i++)
      if (!Object.is(after[i], before[i])) throw new Error(`value ${i} differs`);
  });

  it('leaves values kept as 4-byte decimals as they are', () => {
    const values = new ExactValues(2 ** 20, account());
    for (const [m, e] of [
      [125, -2],
      [-5, -1],
      [3, 0],
    ] as const)
      values.add(m * 10 ** e, m, e);
    values.sort();
    values.pack();
    expect([...values.sortedSample()]).toEqual([-0.5, 1.25, 3]);
    expect(values.bytesPerValue).toBe(4);
  });
});
