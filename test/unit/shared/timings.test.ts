import { describe, expect, it } from '@jest/globals';
import { Timings } from '../../../src/shared/timings.js';

describe('Timings', () => {
  it('adds each phase once, in first-use order, with the start-up and the whole from the process start', async () => {
    let now = 250;
    const timings = new Timings(() => now);
    timings.addStartUp();
    await timings.time('sign-in', async () => {
      now += 100;
    });
    timings.add('lists', 40);
    await timings.time('sign-in', async () => {
      now += 20;
    });
    await expect(
      timings.time('writes', async () => {
        now += 1000;
        throw new Error('failed');
      }),
    ).rejects.toThrow('failed');
    expect(timings.line()).toBe(
      'Time: start-up 0.25 s, sign-in 0.12 s, lists 0.04 s, writes 1.00 s; 1.37 s in all',
    );
  });
});
