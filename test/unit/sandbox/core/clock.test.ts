// The sandbox clock: sandbox time runs at its rate from a wall clock, jumps forward when advanced, never back,
// and wakes sleepers when their sandbox time comes (or at once when advanced past it); an abort rejects a sleep.
import { describe, expect, it } from '@jest/globals';
import { ClockRateError, SandboxClock } from '../../../../src/sandbox/core/clock.js';

describe('SandboxClock', () => {
  it('runs at its rate from the wall clock it is given, and keeps its time when the rate changes', () => {
    let wall = 1_000_000;
    const clock = new SandboxClock(() => wall, { rate: 10 });
    expect(clock.now()).toBe(1_000_000);
    wall += 100;
    expect(clock.now()).toBe(1_001_000);
    clock.setRate(1);
    wall += 100;
    expect(clock.now()).toBe(1_001_100);
    clock.advance(86_400_000);
    expect(clock.now()).toBe(1_001_100 + 86_400_000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.setRate(0)).toThrow(ClockRateError);
    expect(() => clock.setRate(Number.NaN)).toThrow(ClockRateError);
  });

  it('wakes a sleeper after its sandbox time has passed, in real time divided by the rate', async () => {
    const clock = new SandboxClock(Date.now, { rate: 1000 });
    const started = performance.now();
    await clock.sleep(60_000);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(55);
    expect(elapsed).toBeLessThan(2000);
  });

  it('wakes a sleeper at once when advanced past its time, and rejects one whose signal aborts', async () => {
    const clock = new SandboxClock();
    const woken: string[] = [];
    const day = clock.sleep(86_400_000).then(() => woken.push('day'));
    const year = clock.sleep(365 * 86_400_000).then(() => woken.push('year'));
    clock.advance(86_400_000);
    await day;
    expect(woken).toEqual(['day']);
    const abort = new AbortController();
    const aborted = clock.sleep(1000, abort.signal);
    abort.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    clock.advance(365 * 86_400_000);
    await year;
    expect(woken).toEqual(['day', 'year']);
    clock.dispose();
  });

  it('calls a timer once its sandbox time comes unless it was cancelled, and a cancelled one keeps no other waiting', async () => {
    const clock = new SandboxClock(Date.now, { rate: 1000 });
    const fired: string[] = [];
    const cancelEarly = clock.after(10_000, () => fired.push('early'));
    clock.after(30_000, () => fired.push('late'));
    const slept = clock.sleep(20_000).then(() => fired.push('slept'));
    cancelEarly();
    await slept;
    await clock.sleep(20_000);
    expect(fired).toEqual(['slept', 'late']);
    clock.after(0, () => fired.push('now'));
    expect(fired).toEqual(['slept', 'late', 'now']);
    const advanced = new SandboxClock();
    advanced.after(86_400_000, () => fired.push('day'));
    advanced.advance(86_400_000);
    expect(fired).toEqual(['slept', 'late', 'now', 'day']);
    advanced.dispose();
  });
});
