// When schedule triggers fire: each frequency, schedules of hours and minutes, week days and month days (the last
// day included), end times, time zones, and no fire before the start.
import { describe, expect, it } from '@jest/globals';
import {
  occurrences,
  RecurrenceError,
  readRecurrence,
} from '../../../../../src/sandbox/pipelines/triggers/schedule.js';

const at = (iso: string) => Date.parse(iso);
const fires = (recurrence: object, after: string, until: string, limit = 10) =>
  occurrences(readRecurrence({ recurrence }), at(after), at(until), limit).map((ms) =>
    new Date(ms).toISOString(),
  );

describe('occurrences', () => {
  it('fires every interval of the frequency from the start time', () => {
    expect(
      fires(
        { frequency: 'Hour', interval: 6, startTime: '2026-01-01T02:00:00Z' },
        '2026-01-01T00:00:00Z',
        '2026-01-02T00:00:00Z',
      ),
    ).toEqual([
      '2026-01-01T02:00:00.000Z',
      '2026-01-01T08:00:00.000Z',
      '2026-01-01T14:00:00.000Z',
      '2026-01-01T20:00:00.000Z',
    ]);
    expect(
      fires(
        { frequency: 'Day', interval: 1, startTime: '2026-01-01T02:00:00Z' },
        '2026-03-10T12:00:00Z',
        '2026-03-12T12:00:00Z',
      ),
    ).toEqual(['2026-03-11T02:00:00.000Z', '2026-03-12T02:00:00.000Z']);
  });

  it('fires at the schedule hours and minutes of each day, and stops at the end time', () => {
    const recurrence = {
      frequency: 'Day',
      interval: 1,
      startTime: '2026-01-01T00:00:00Z',
      endTime: '2026-01-02T12:00:00Z',
      schedule: { hours: [6, 18], minutes: [0, 30] },
    };
    expect(fires(recurrence, '2026-01-01T00:00:00Z', '2026-01-05T00:00:00Z')).toEqual([
      '2026-01-01T06:00:00.000Z',
      '2026-01-01T06:30:00.000Z',
      '2026-01-01T18:00:00.000Z',
      '2026-01-01T18:30:00.000Z',
      '2026-01-02T06:00:00.000Z',
      '2026-01-02T06:30:00.000Z',
    ]);
  });

  it('fires on the week days and month days given, the last day of the month as -1', () => {
    const weekly = {
      frequency: 'Week',
      interval: 1,
      startTime: '2026-01-01T09:00:00Z',
      schedule: { weekDays: ['Monday', 'Friday'] },
    };
    expect(fires(weekly, '2026-01-01T00:00:00Z', '2026-01-10T00:00:00Z')).toEqual([
      '2026-01-02T09:00:00.000Z',
      '2026-01-05T09:00:00.000Z',
      '2026-01-09T09:00:00.000Z',
    ]);
    const monthly = {
      frequency: 'Month',
      interval: 1,
      startTime: '2026-01-01T03:00:00Z',
      schedule: { monthDays: [1, -1] },
    };
    expect(fires(monthly, '2026-01-15T00:00:00Z', '2026-03-02T00:00:00Z')).toEqual([
      '2026-01-31T03:00:00.000Z',
      '2026-02-01T03:00:00.000Z',
      '2026-02-28T03:00:00.000Z',
      '2026-03-01T03:00:00.000Z',
    ]);
  });

  it('reads wall-clock times in the trigger time zone', () => {
    const recurrence = {
      frequency: 'Day',
      interval: 1,
      startTime: '2026-07-01T02:00:00',
      timeZone: 'W. Europe Standard Time',
    };
    expect(fires(recurrence, '2026-06-30T23:00:00Z', '2026-07-02T12:00:00Z')).toEqual([
      '2026-07-01T00:00:00.000Z',
      '2026-07-02T00:00:00.000Z',
    ]);
  });

  it('refuses a recurrence it cannot read', () => {
    expect(() =>
      readRecurrence({ recurrence: { frequency: 'Fortnight', startTime: '2026-01-01T00:00:00Z' } }),
    ).toThrow(RecurrenceError);
    expect(() =>
      readRecurrence({ recurrence: { frequency: 'Day', startTime: '2026-01-01', timeZone: 'Atlantis' } }),
    ).toThrow("The recurrence time zone 'Atlantis' is not a known Windows time zone name.");
  });
});
