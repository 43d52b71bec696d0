/**
 * When a schedule trigger fires, from its `recurrence` as ADF's "Schedule trigger" page defines it: `frequency`
 * (Minute, Hour, Day, Week, Month) every `interval` periods from `startTime`, until `endTime`; for Hour, Day, Week and
 * Month an optional `schedule` of `minutes`, `hours`, `weekDays` (Sunday ... Saturday) and `monthDays` (1 to 31, -1
 * for the last day) picks the times within each period (the start time's hour, minute, weekday or day when a list
 * is absent). Times are wall-clock times of `timeZone` (a Windows time zone name, default UTC); a start time given
 * with an offset is taken at that offset.
 */
import { ianaZone } from '../expressions/dates/time-zones.js';

export interface Recurrence {
  readonly frequency: string;
  readonly interval: number;
  /** UTC epoch ms. */
  readonly start: number;
  readonly end?: number;
  readonly zone?: string;
  readonly minutes?: readonly number[];
  readonly hours?: readonly number[];
  readonly weekDays?: readonly number[];
  readonly monthDays?: readonly number[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FREQUENCIES = ['minute', 'hour', 'day', 'week', 'month'];

export class RecurrenceError extends Error {
  override readonly name = 'RecurrenceError';
}

/** The recurrence of a ScheduleTrigger's typeProperties, or a RecurrenceError saying what is wrong. */
export function readRecurrence(typeProperties: unknown): Recurrence {
  const recurrence = (typeProperties as { recurrence?: Record<string, unknown> } | undefined)?.recurrence;
  if (!recurrence) throw new RecurrenceError('The schedule trigger has no recurrence.');
  const frequency = String(recurrence.frequency ?? '').toLowerCase();
  if (!FREQUENCIES.includes(frequency)) {
    throw new RecurrenceError(
      `The recurrence frequency '${String(recurrence.frequency)}' is not Minute, Hour, Day, Week or Month.`,
    );
  }
  const interval = recurrence.interval ?? 1;
  if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1) {
    throw new RecurrenceError(
      `The recurrence interval must be a whole number of at least 1; got ${JSON.stringify(interval)}.`,
    );
  }
  const timeZone = typeof recurrence.timeZone === 'string' ? recurrence.timeZone : 'UTC';
  const zone = /^(utc|gmt|coordinated universal time)$/i.test(timeZone) ? undefined : ianaZone(timeZone);
  if (zone === undefined && !/^(utc|gmt|coordinated universal time)$/i.test(timeZone)) {
    throw new RecurrenceError(
      `The recurrence time zone '${timeZone}' is not a known Windows time zone name.`,
    );
  }
  const start = instant(recurrence.startTime, zone, 'startTime');
  const end = recurrence.endTime === undefined ? undefined : instant(recurrence.endTime, zone, 'endTime');
  const schedule = (recurrence.schedule ?? {}) as Record<string, unknown>;
  const list = (name: string, min: number, max: number) => {
    const values = schedule[name];
    if (values === undefined) return undefined;
    if (
      !Array.isArray(values) ||
      values.some((v) => typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
    ) {
      throw new RecurrenceError(`schedule.${name} must be a list of whole numbers from ${min} to ${max}.`);
    }
    return [...new Set(values as number[])].sort((a, b) => a - b);
  };
  const weekDays = schedule.weekDays;
  if (
    weekDays !== undefined &&
    (!Array.isArray(weekDays) || weekDays.some((d) => !WEEKDAYS.includes(String(d).toLowerCase())))
  ) {
    throw new RecurrenceError('schedule.weekDays must be a list of weekday names (Sunday ... Saturday).');
  }
  return {
    frequency,
    interval,
    start,
    ...(end !== undefined ? { end } : {}),
    ...(zone ? { zone } : {}),
    ...optional('minutes', list('minutes', 0, 59)),
    ...optional('hours', list('hours', 0, 23)),
    ...optional(
      'monthDays',
      list('monthDays', -1, 31)?.filter((d) => d !== 0),
    ),
    ...optional(
      'weekDays',
      Array.isArray(weekDays)
        ? [...new Set(weekDays.map((d) => WEEKDAYS.indexOf(String(d).toLowerCase())))].sort()
        : undefined,
    ),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function instant(value: unknown, zone: string | undefined, name: string): number {
  if (typeof value !== 'string') throw new RecurrenceError(`The recurrence needs a ${name}.`);
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim());
  const parsed = Date.parse(hasOffset ? value : `${value}Z`);
  if (Number.isNaN(parsed))
    throw new RecurrenceError(`The recurrence ${name} '${value}' is not a date and time.`);
  return hasOffset || !zone ? parsed : wallToUtc(parsed, zone);
}

/** The zone's offset (ms) at a UTC instant. */
function offset(zone: string, utc: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(utc));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(utc / 1000) * 1000;
}

function wallToUtc(wall: number, zone: string): number {
  const guess = wall - offset(zone, wall);
  return wall - offset(zone, guess);
}

const utcToWall = (utc: number, zone: string | undefined) => (zone ? utc + offset(zone, utc) : utc);
const toUtc = (wall: number, zone: string | undefined) => (zone ? wallToUtc(wall, zone) : wall);

/** The fire times (UTC epoch ms) after `after` and at or before `until`, at most `limit` of them, in order. */
export function occurrences(recurrence: Recurrence, after: number, until: number, limit: number): number[] {
  const result: number[] = [];
  const last = Math.min(until, recurrence.end ?? Number.POSITIVE_INFINITY);
  for (const wall of wallTimes(
    recurrence,
    utcToWall(Math.max(after, recurrence.start - 1), recurrence.zone),
  )) {
    const fire = toUtc(wall, recurrence.zone);
    if (fire > last || result.length >= limit) break;
    if (fire > after && fire >= recurrence.start) result.push(fire);
  }
  return result;
}

/** Wall-clock fire times in order, starting from the period that holds `fromWall`. */
function* wallTimes(recurrence: Recurrence, fromWall: number): Generator<number> {
  const { frequency, interval } = recurrence;
  const start = utcToWall(recurrence.start, recurrence.zone);
  const startDate = new Date(start);
  const dayOf = (ms: number) => Math.floor(ms / DAY) * DAY;
  const times = (recurrence.hours ?? [startDate.getUTCHours()]).flatMap((h) =>
    (recurrence.minutes ?? [startDate.getUTCMinutes()]).map((m) => h * HOUR + m * MINUTE),
  );
  const skip = (periodMs: number) => Math.max(0, Math.floor((fromWall - start) / (periodMs * interval)) - 1);

  if (frequency === 'minute' || (frequency === 'hour' && !recurrence.minutes)) {
    const period = (frequency === 'minute' ? MINUTE : HOUR) * interval;
    for (let k = skip(period / interval); ; k++) yield start + k * period;
  }
  if (frequency === 'hour') {
    const hourStart = Math.floor(start / HOUR) * HOUR;
    for (let k = skip(HOUR); ; k++) {
      for (const m of recurrence.minutes!) yield hourStart + k * interval * HOUR + m * MINUTE;
    }
  }
  if (frequency === 'day') {
    for (let k = skip(DAY); ; k++) for (const t of times) yield dayOf(start) + k * interval * DAY + t;
  }
  if (frequency === 'week') {
    const weekStart = dayOf(start) - startDate.getUTCDay() * DAY;
    const days = recurrence.weekDays ?? [startDate.getUTCDay()];
    for (let k = skip(7 * DAY); ; k++) {
      for (const d of days) for (const t of times) yield weekStart + (k * interval * 7 + d) * DAY + t;
    }
  }
  // Month
  const months = (from: number) => {
    const d = new Date(from);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  };
  const startMonth = months(start);
  const days = recurrence.monthDays ?? [startDate.getUTCDate()];
  for (let k = Math.max(0, Math.floor((months(fromWall) - startMonth) / interval) - 1); ; k++) {
    const month = startMonth + k * interval;
    const year = Math.floor(month / 12);
    const inMonth = new Date(Date.UTC(year, (month % 12) + 1, 0)).getUTCDate();
    const dates = days
      .map((d) => (d < 0 ? inMonth + 1 + d : d))
      .filter((d) => d >= 1 && d <= inMonth)
      .sort((a, b) => a - b);
    for (const d of [...new Set(dates)]) {
      for (const t of times) yield Date.UTC(year, month % 12, d) + t;
    }
  }
}
