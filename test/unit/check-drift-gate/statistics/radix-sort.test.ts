import { describe, expect, it } from '@jest/globals';
import {
  RADIX_LIMIT,
  RadixScratch,
  sortDoubles,
  sortIntegers,
} from '../../../../src/check-drift-gate/statistics/radix-sort.js';

/** mulberry32: the same values on every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bit for bit: -0 and +0 are told apart. */
function expectSameBits(actual: Float64Array, expected: Float64Array): void {
  expect(actual.length).toBe(expected.length);
  const a = new Uint32Array(actual.buffer, actual.byteOffset, actual.length * 2);
  const b = new Uint32Array(expected.buffer, expected.byteOffset, expected.length * 2);
  let first = -1;
  for (let i = 0; i < a.length && first < 0; i++) if (a[i] !== b[i]) first = i >> 1;
  expect(first).toBe(-1);
}

describe('sortDoubles', () => {
  it('orders doubles of every sign and magnitude as TypedArray#sort does, -0 before +0', () => {
    const random = generator(1);
    const values = new Float64Array(50_000);
    for (let i = 0; i < values.length; i++) {
      const kind = i % 5;
      const u = random() - 0.5;
      values[i] =
        kind === 0
          ? u * 1e300
          : kind === 1
            ? u * 1e-310 // subnormal
            : kind === 2
              ? Math.round(u * 20) // ties
              : kind === 3
                ? i % 2
                  ? -0
                  : 0
                : 12.5 + u;
    }
    values[7] = Number.MAX_VALUE;
    values[8] = -Number.MAX_VALUE;
    const expected = values.slice().sort();
    sortDoubles(values, new RadixScratch());
    expectSameBits(values, expected);
    const signs = Array.from(
      values.filter((value) => value === 0),
      (zero) => (Object.is(zero, -0) ? '-' : '+'),
    );
    expect(signs.join('')).toMatch(/^-+\++$/);
  });

  it('skips the digits every value shares and sorts a subarray in place, leaving the rest alone', () => {
    const random = generator(2);
    const buffer = new Float64Array(30_002);
    for (let i = 0; i < buffer.length; i++) buffer[i] = 100 + random(); // one exponent: high digits all equal
    buffer[0] = -1;
    buffer[30_001] = -2;
    const inside = buffer.subarray(1, 30_001);
    const expected = inside.slice().sort();
    const scratch = new RadixScratch();
    sortDoubles(inside, scratch);
    expectSameBits(inside, expected);
    expect([buffer[0], buffer[30_001]]).toEqual([-1, -2]);
    // The scratch is reused by the next array.
    const again = Float64Array.from({ length: 10_000 }, () => random() * 2 - 1);
    const againExpected = again.slice().sort();
    sortDoubles(again, scratch);
    expectSameBits(again, againExpected);
  });

  it('orders values that differ only in their low bits, however long their run', () => {
    const random = generator(4);
    // 1 + k·2^-52: one high word for all, in shuffled order (the insertion pass gives way to the built-in sort).
    const values = Float64Array.from({ length: 20_000 }, () => 1 + Math.floor(random() * 2 ** 20) * 2 ** -52);
    for (let i = 0; i < 100; i++) values[i] = 3 + random(); // and some with other high words
    const expected = values.slice().sort();
    sortDoubles(values, new RadixScratch());
    expectSameBits(values, expected);
  });

  it('leaves small arrays to the built-in sort and refuses nothing beyond the radix limit', () => {
    const small = Float64Array.from([3, -0, 0, -1, 2]);
    sortDoubles(small, new RadixScratch());
    expectSameBits(small, Float64Array.from([-1, -0, 0, 2, 3]));
    expect(RADIX_LIMIT).toBeGreaterThanOrEqual(1_000_000);
  });
});

describe('sortIntegers', () => {
  it('orders signed 32-bit integers as TypedArray#sort does', () => {
    const random = generator(3);
    const values = Int32Array.from({ length: 40_000 }, (_, i) =>
      i % 3 === 0 ? Math.floor((random() - 0.5) * 2 ** 32) : Math.floor((random() - 0.5) * 1000),
    );
    values[5] = -(2 ** 31);
    values[6] = 2 ** 31 - 1;
    const expected = values.slice().sort();
    sortIntegers(values, new RadixScratch());
    expect(Array.from(values)).toEqual(Array.from(expected));
  });
});
