import { describe, expect, it } from '@jest/globals';
import {
  abortableSleep,
  backoffDelay,
  formatDuration,
  type PollOptions,
  type PollStatus,
  parseRetryAfter,
  pollUntil,
  retryAfterFromHeaders,
} from '../../../../src/shared/azure/polling.js';
import { TimeoutError } from '../../../../src/shared/errors.js';
import { RecordingLogger } from '../../../../src/shared/logger.js';

const T0 = 1_700_000_000_000;

/** A clock that only moves when the poller sleeps, and the list of sleeps it asked for. */
function fakeTime() {
  let now = T0;
  const sleeps: number[] = [];
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
    elapsed: () => now - T0,
  };
}

/** A check that answers from a script, then repeats its last answer. */
function scripted<T>(answers: PollStatus<T>[]) {
  let calls = 0;
  const check = async () => answers[Math.min(calls++, answers.length - 1)] as PollStatus<T>;
  return { check, calls: () => calls };
}

function options<T>(
  check: () => Promise<PollStatus<T>>,
  time: ReturnType<typeof fakeTime>,
  logger = new RecordingLogger(),
  extra: Partial<PollOptions<T>> = {},
): PollOptions<T> {
  return {
    describe: "batch deployment 'blue' on endpoint 'credit'",
    check,
    logger,
    timeoutMs: 600_000,
    clock: time.clock,
    sleep: time.sleep,
    random: () => 0.5,
    ...extra,
  };
}

const running: PollStatus<string> = { done: false, status: 'Running' };

describe('backoffDelay', () => {
  it.each([
    // attempt, jitter, random, expected (initial 2000, factor 2, max 30000)
    [0, 'none', 0.3, 2000],
    [3, 'none', 0.3, 16_000],
    [4, 'none', 0.3, 30_000],
    [10, 'none', 0.3, 30_000],
    [0, 'full', 0, 0],
    [0, 'full', 0.999, 1998],
    [2, 'full', 0.5, 4000],
    [0, 'equal', 0, 1000],
    [0, 'equal', 0.999, 1999],
    [5, 'equal', 0, 15_000],
    [5, 'equal', 0.999, 29_985],
  ] as const)('attempt %i with %s jitter and random %d -> %d ms', (attempt, jitter, random, expected) => {
    expect(backoffDelay(attempt, { jitter }, () => random)).toBeCloseTo(expected, 6);
  });

  it('stays within the jitter bounds for any random value', () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const base = Math.min(30_000, 2000 * 2 ** attempt);
      for (const r of [0, 0.1, 0.5, 0.9, 0.999_999]) {
        const full = backoffDelay(attempt, { jitter: 'full' }, () => r);
        const equal = backoffDelay(attempt, { jitter: 'equal' }, () => r);
        expect(full).toBeGreaterThanOrEqual(0);
        expect(full).toBeLessThan(base);
        expect(equal).toBeGreaterThanOrEqual(base / 2);
        expect(equal).toBeLessThan(base);
      }
    }
  });
});

describe('pollUntil', () => {
  it('backs off exponentially up to the cap and returns the final value', async () => {
    const time = fakeTime();
    const done: PollStatus<string> = { done: true, value: 'Completed job', status: 'Completed' };
    const { check } = scripted([running, running, running, running, running, running, done]);
    const value = await pollUntil(options(check, time));
    expect(value).toBe('Completed job');
    // equal jitter with random 0.5: three quarters of 2, 4, 8, 16, 30, 30 s
    expect(time.sleeps).toEqual([1500, 3000, 6000, 12_000, 22_500, 22_500]);
  });

  it("honours the server's Retry-After, even above the cap, and ignores a zero one", async () => {
    const time = fakeTime();
    const { check } = scripted<string>([
      { done: false, status: 'Running', retryAfterMs: 7000 },
      { done: false, status: 'Running', retryAfterMs: 45_000 },
      { done: false, status: 'Running', retryAfterMs: 0 },
      { done: true, value: 'ok', status: 'Succeeded' },
    ]);
    await pollUntil(options(check, time));
    expect(time.sleeps).toEqual([7000, 45_000, 6000]);
  });

  it('never sleeps past the deadline, and looks once more at the deadline itself', async () => {
    const time = fakeTime();
    const { check, calls } = scripted<string>([{ done: false, status: 'Queued', retryAfterMs: 60_000 }]);
    const error = await pollUntil(options(check, time, undefined, { timeoutMs: 10_000 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(time.sleeps).toEqual([10_000]);
    expect(calls()).toBe(2);
  });

  it('takes an absolute deadline (the earlier of deadline and timeoutMs wins)', async () => {
    const time = fakeTime();
    const { check } = scripted([running]);
    const promise = pollUntil(options(check, time, undefined, { deadline: T0 + 5000, timeoutMs: 60_000 }));
    await expect(promise).rejects.toThrow(TimeoutError);
    expect(time.elapsed()).toBe(5000);
  });

  it('on deadline: cancels exactly once and throws a TimeoutError naming the work, elapsed time and last status', async () => {
    const time = fakeTime();
    const { check } = scripted<string>([
      { done: false, status: 'Queued' },
      { done: false, status: 'Running' },
    ]);
    let cancels = 0;
    const onDeadline = async () => {
      cancels += 1;
    };
    const error = await pollUntil(options(check, time, undefined, { timeoutMs: 300_000, onDeadline })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(
      "Timed out after 5m 00s waiting for batch deployment 'blue' on endpoint 'credit'; last status: Running; " +
        'cancellation was requested',
    );
    expect(cancels).toBe(1);
  });

  it('logs a failing cancellation and still throws the timeout', async () => {
    const time = fakeTime();
    const logger = new RecordingLogger();
    const { check } = scripted([running]);
    const onDeadline = async () => {
      throw Object.assign(new Error('job is already finishing'), { code: 'Conflict', statusCode: 409 });
    };
    const promise = pollUntil(options(check, time, logger, { timeoutMs: 60_000, onDeadline }));
    await expect(promise).rejects.toThrow(/last status: Running; cancelling it failed/);
    expect(logger.messages('warning')).toEqual([
      "Could not cancel batch deployment 'blue' on endpoint 'credit' after the deadline: " +
        'Conflict (409): job is already finishing',
    ]);
  });

  it('logs progress at most once per interval, and every status change at once', async () => {
    const time = fakeTime();
    const logger = new RecordingLogger();
    const statuses = ['Queued', ...Array(12).fill('Running'), 'Finalizing', 'Finalizing', 'Completed'];
    const { check } = scripted<string>(
      statuses.map((status, i) => ({
        done: i === statuses.length - 1,
        value: 'v',
        status,
        retryAfterMs: 10_000,
      })),
    );
    await pollUntil(options(check, time, logger, { logIntervalMs: 30_000 }));
    expect(logger.messages('info')).toEqual([
      "batch deployment 'blue' on endpoint 'credit': Queued (0s elapsed)",
      "batch deployment 'blue' on endpoint 'credit': Running (10s elapsed)",
      "batch deployment 'blue' on endpoint 'credit': still Running (40s elapsed)",
      "batch deployment 'blue' on endpoint 'credit': still Running (1m 10s elapsed)",
      "batch deployment 'blue' on endpoint 'credit': still Running (1m 40s elapsed)",
      "batch deployment 'blue' on endpoint 'credit': Finalizing (2m 10s elapsed)",
      "batch deployment 'blue' on endpoint 'credit': Completed after 2m 30s",
    ]);
  });

  it('lets errors from check through, and stops when aborted', async () => {
    const time = fakeTime();
    const failing = async (): Promise<PollStatus<string>> => {
      throw new Error('ResourceNotFound');
    };
    await expect(pollUntil(options(failing, time))).rejects.toThrow('ResourceNotFound');

    const controller = new AbortController();
    controller.abort(new Error('job cancelled by the user'));
    const { check, calls } = scripted([running]);
    await expect(pollUntil(options(check, time, undefined, { signal: controller.signal }))).rejects.toThrow(
      'job cancelled by the user',
    );
    expect(calls()).toBe(0);
  });

  it('refuses to poll without a deadline', async () => {
    const { check } = scripted([running]);
    const time = fakeTime();
    await expect(pollUntil({ ...options(check, time), timeoutMs: undefined })).rejects.toThrow(TypeError);
  });
});

describe('abortableSleep', () => {
  it('resolves after the delay and rejects with the reason when aborted', async () => {
    await expect(abortableSleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const sleeping = abortableSleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
  it.each([
    ['5', 5000],
    [' 0 ', 0],
    ['120', 120_000],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['Wednesday, 21-Oct-15 07:29:00 GMT', 60_000],
    ['Wed Oct 21 07:28:10 2015', 10_000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
    ['1.5', undefined],
    ['-1', undefined],
    ['soon', undefined],
    ['Wed, 99 Foo 2015', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ])('%p -> %p', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it('prefers the millisecond headers, as the Azure SDK does', () => {
    const headers: Record<string, string> = { 'retry-after': '10', 'x-ms-retry-after-ms': '250' };
    expect(retryAfterFromHeaders((name) => headers[name], now)).toBe(250);
    expect(retryAfterFromHeaders((name) => ({ 'retry-after': '3' })[name], now)).toBe(3000);
    expect(retryAfterFromHeaders(() => undefined, now)).toBeUndefined();
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [44_600, '45s'],
    [125_000, '2m 05s'],
    [3_720_000, '1h 02m'],
  ])('%i ms -> %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
