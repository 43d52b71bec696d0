/**
 * Conversions between UTC and a time zone's wall clock, as .NET's TimeZoneInfo does them for ADF, computed with Intl
 * (Node's ICU time zone data). A wall-clock time that a daylight-saving change skips is invalid; one that it repeats
 * is read as standard time, as TimeZoneInfo reads an ambiguous time.
 */
import { addTicks, TICKS_PER_MINUTE, type Timestamp, toEpochMilliseconds } from './timestamp.js';
import { WINDOWS_TIME_ZONES } from './windows-time-zones.js';

const squeeze = (name: string) => name.toLowerCase().replace(/[^a-z0-9+-]/g, '');

const SQUEEZED = new Map([...WINDOWS_TIME_ZONES].map(([windows, iana]) => [squeeze(windows), iana]));

/**
 * The IANA zone for a Windows time zone name, matched exactly or ignoring case, spaces and punctuation (the reference
 * warns that "you might have to remove any punctuation from the time zone name").
 */
export function ianaZone(windowsName: string): string | undefined {
  return WINDOWS_TIME_ZONES.get(windowsName) ?? SQUEEZED.get(squeeze(windowsName));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The zone's offset from UTC, in minutes, at an instant. */
function offsetMinutes(zone: string, epochMilliseconds: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(epochMilliseconds))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = new Date(0);
  wall.setUTCFullYear(fields.year!, fields.month! - 1, fields.day!);
  wall.setUTCHours(fields.hour!, fields.minute!, fields.second!, 0);
  const instant = Math.floor(epochMilliseconds / 1000) * 1000;
  return Math.round((wall.getTime() - instant) / 60_000);
}

/** The wall-clock time in `zone` at a UTC instant (an unspecified time is read as UTC). */
export function fromUtc(timestamp: Timestamp, zone: string): Timestamp {
  const offset = offsetMinutes(zone, toEpochMilliseconds(timestamp));
  return { ...addTicks(timestamp, offset * TICKS_PER_MINUTE), kind: 'unspecified' };
}

/** The UTC instant of a wall-clock time in `zone`, or undefined when daylight saving skips that time. */
export function toUtc(wallClock: Timestamp, zone: string): Timestamp | undefined {
  const wall = toEpochMilliseconds(wallClock);
  const day = 86_400_000;
  const offsets = new Set([
    offsetMinutes(zone, wall - day),
    offsetMinutes(zone, wall),
    offsetMinutes(zone, wall + day),
  ]);
  const matching = [...offsets].filter((offset) => offsetMinutes(zone, wall - offset * 60_000) === offset);
  if (matching.length === 0) return undefined;
  const standard = Math.min(...matching);
  return { ...addTicks(wallClock, -standard * TICKS_PER_MINUTE), kind: 'utc' };
}
