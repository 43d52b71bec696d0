/**
 * Timestamps as .NET's DateTime holds them, which ADF's date functions are built on: a day count from 0001-01-01 in
 * the proleptic Gregorian calendar, the 100-nanosecond ticks into that day, and a kind, which decides how `o` ends:
 * - `utc`: a time that came with `Z`, or from the clock; formats with `Z` (`addDays('2018-03-15T00:00:00Z', 10)` is
 *   `2018-03-25T00:00:00.0000000Z` in the reference);
 * - `local`: a time that came with an offset, converted to the server's local time, which is UTC; formats with
 *   `+00:00`, as .NET's round-trip parsing gives (`2026-01-15T12:30:00+02:00` becomes
 *   `2026-01-15T10:30:00.0000000+00:00`);
 * - `unspecified`: a wall-clock time without a zone; formats without one (`formatDateTime('03/15/2018')` is
 *   `2018-03-15T00:00:00.0000000`).
 *
 * Strings are read as .NET reads them with the invariant culture: ISO 8601 (`2018-03-15T13:00:00Z`, up to seven
 * fraction digits, `Z` or `±hh:mm`, a space instead of `T`, or a date alone), the US form the reference uses
 * (`03/15/2018 12:00:00`, `6/15/2009 1:45:30 PM`) and RFC 1123 (`Mon, 15 Jun 2009 20:45:30 GMT`).
 */

export type TimestampKind = 'utc' | 'local' | 'unspecified';

export interface Timestamp {
  /** Days since 0001-01-01. */
  readonly days: number;
  /** Ticks (100 ns) since midnight. */
  readonly ticksOfDay: number;
  readonly kind: TimestampKind;
}

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const TICKS_PER_MILLISECOND = 10_000;
export const TICKS_PER_SECOND = 10_000_000;
export const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
export const TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
export const TICKS_PER_DAY = 24 * TICKS_PER_HOUR;
/** Days from 0001-01-01 to 1970-01-01. */
const UNIX_EPOCH_DAYS = 719_162;
/** 0001-01-01 and 9999-12-31, DateTime's range. */
const MIN_DAYS = 0;
const MAX_DAYS = 3_652_058;

// Howard Hinnant's civil-calendar algorithms (days_from_civil, civil_from_days), counted from 1970-01-01.
function daysFromCivilEpoch1970(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  return daysFromCivilEpoch1970(year, month, day) + UNIX_EPOCH_DAYS;
}

export function civilFromDays(days: number): CivilDate {
  const z = days - UNIX_EPOCH_DAYS + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted + (shifted < 10 ? 3 : -9);
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Outside 0001-01-01..9999-12-31, as .NET's DateTime refuses. */
export class TimestampRangeError extends Error {
  override readonly name = 'TimestampRangeError';
}

function checked(timestamp: Timestamp): Timestamp {
  if (timestamp.days < MIN_DAYS || timestamp.days > MAX_DAYS) {
    throw new TimestampRangeError('The added or subtracted value results in an un-representable DateTime.');
  }
  return timestamp;
}

export function fromEpochMilliseconds(milliseconds: number): Timestamp {
  const whole = Math.floor(milliseconds);
  const days = Math.floor(whole / 86_400_000);
  const ticksOfDay = (whole - days * 86_400_000) * TICKS_PER_MILLISECOND;
  return checked({ days: days + UNIX_EPOCH_DAYS, ticksOfDay, kind: 'utc' });
}

/** The instant in epoch milliseconds (sub-millisecond ticks dropped), reading an unspecified time as UTC. */
export function toEpochMilliseconds(timestamp: Timestamp): number {
  return (
    (timestamp.days - UNIX_EPOCH_DAYS) * 86_400_000 + Math.floor(timestamp.ticksOfDay / TICKS_PER_MILLISECOND)
  );
}

/** Adds ticks (exact while |ticks| < 2^53, about 28 years). */
export function addTicks(timestamp: Timestamp, ticks: number): Timestamp {
  const wholeDays = Math.trunc(ticks / TICKS_PER_DAY);
  let days = timestamp.days + wholeDays;
  let ticksOfDay = timestamp.ticksOfDay + (ticks - wholeDays * TICKS_PER_DAY);
  if (ticksOfDay < 0) {
    ticksOfDay += TICKS_PER_DAY;
    days -= 1;
  } else if (ticksOfDay >= TICKS_PER_DAY) {
    ticksOfDay -= TICKS_PER_DAY;
    days += 1;
  }
  return checked({ ...timestamp, days, ticksOfDay });
}

export function addDays(timestamp: Timestamp, days: number): Timestamp {
  return checked({ ...timestamp, days: timestamp.days + days });
}

/** .NET's AddMonths: the same day of the month, or the month's last day when it has fewer days. */
export function addMonths(timestamp: Timestamp, months: number): Timestamp {
  const { year, month, day } = civilFromDays(timestamp.days);
  const total = year * 12 + (month - 1) + months;
  const newYear = Math.floor(total / 12);
  const newMonth = total - newYear * 12 + 1;
  if (newYear < 1 || newYear > 9999) {
    throw new TimestampRangeError('The added or subtracted value results in an un-representable DateTime.');
  }
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return { ...timestamp, days: daysFromCivil(newYear, newMonth, newDay) };
}

/** .NET's DateTime.Ticks: 100-nanosecond intervals since 0001-01-01T00:00:00. */
export function ticksOf(timestamp: Timestamp): bigint {
  return BigInt(timestamp.days) * BigInt(TICKS_PER_DAY) + BigInt(timestamp.ticksOfDay);
}

/** 0 for Sunday, as .NET's DayOfWeek (0001-01-01 was a Monday). */
export function dayOfWeek(timestamp: Timestamp): number {
  return (timestamp.days + 1) % 7;
}

export function dayOfYear(timestamp: Timestamp): number {
  const { year } = civilFromDays(timestamp.days);
  return timestamp.days - daysFromCivil(year, 1, 1) + 1;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const US =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:\s*([AP]M))?)?$/i;
const RFC1123 =
  /^(?:[a-z]{3}),\s*(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s+(?:GMT|UTC|Z)$/i;

interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Up to seven digits of the second's fraction. */
  readonly fraction: string;
  /** `Z`, minutes east of UTC, or undefined for a time without a zone. */
  readonly offset: 'Z' | number | undefined;
}

function build(fields: Fields): Timestamp | undefined {
  const { year, month, day, hour, minute, second, fraction, offset } = fields;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const fractionTicks = Number(fraction.slice(0, 7).padEnd(7, '0'));
  const local: Timestamp = {
    days: daysFromCivil(year, month, day),
    ticksOfDay: hour * TICKS_PER_HOUR + minute * TICKS_PER_MINUTE + second * TICKS_PER_SECOND + fractionTicks,
    kind: offset === undefined ? 'unspecified' : offset === 'Z' ? 'utc' : 'local',
  };
  try {
    return typeof offset === 'number' ? addTicks(local, -offset * TICKS_PER_MINUTE) : local;
  } catch (error) {
    if (error instanceof TimestampRangeError) return undefined;
    throw error;
  }
}

function parseOffset(zone: string | undefined): 'Z' | number | undefined {
  if (zone === undefined) return undefined;
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

/** The timestamp a string holds, or undefined when it is not one of the accepted forms or not a real date. */
export function parseTimestamp(text: string): Timestamp | undefined {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) {
    return build({
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
      hour: Number(iso[4] ?? 0),
      minute: Number(iso[5] ?? 0),
      second: Number(iso[6] ?? 0),
      fraction: iso[7] ?? '',
      offset: parseOffset(iso[8]),
    });
  }
  const us = US.exec(trimmed);
  if (us) {
    let hour = Number(us[4] ?? 0);
    const meridiem = us[8]?.toUpperCase();
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
    }
    return build({
      year: Number(us[3]),
      month: Number(us[1]),
      day: Number(us[2]),
      hour,
      minute: Number(us[5] ?? 0),
      second: Number(us[6] ?? 0),
      fraction: us[7] ?? '',
      offset: undefined,
    });
  }
  const rfc = RFC1123.exec(trimmed);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    if (month === 0) return undefined;
    return build({
      year: Number(rfc[3]),
      month,
      day: Number(rfc[1]),
      hour: Number(rfc[4]),
      minute: Number(rfc[5]),
      second: Number(rfc[6]),
      fraction: '',
      offset: 'Z',
    });
  }
  return undefined;
}
