/**
 * ADF's date functions ("Date functions" in the expression reference). Each takes timestamps as strings and returns
 * a string in the optional .NET `format`, `o` by default (`2018-03-25T00:00:00.0000000Z`); the `dayOf...` functions
 * and `ticks` return integers. `utcNow`, `getFutureTime` and `getPastTime` read the scope's clock. Time zones are
 * Windows names (`Pacific Standard Time`), converted with Intl.
 *
 * `ticks` is a JavaScript number: exact to the tick for whole milliseconds before the year 2200 or so, to within
 * 128 ticks otherwise (ADF's is a 64-bit integer).
 */
import { DateFormatError, formatTimestamp } from '../dates/dotnet-format.js';
import { fromUtc, ianaZone, toUtc } from '../dates/time-zones.js';
import {
  addDays,
  addMonths,
  addTicks,
  civilFromDays,
  dayOfWeek,
  dayOfYear,
  daysFromCivil,
  fromEpochMilliseconds,
  parseTimestamp,
  TICKS_PER_HOUR,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
  type Timestamp,
  TimestampRangeError,
  ticksOf,
} from '../dates/timestamp.js';
import {
  type CallContext,
  expectInteger,
  expectString,
  type FunctionDefinition,
  optionalString,
} from './definitions.js';

function timestampAt(context: CallContext, args: readonly unknown[], index: number): Timestamp {
  const text = expectString(context, args, index);
  const timestamp = parseTimestamp(text);
  if (timestamp) return timestamp;
  return context.fail(
    'argument-value',
    `In function '${context.name}', the value provided for date time string '${text}' was not valid. The datetime string must match ISO 8601 format.`,
    index,
  );
}

/** Runs date arithmetic, turning a result outside 0001..9999 into the function's error. */
function within<T>(context: CallContext, index: number, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof TimestampRangeError) return context.fail('argument-value', error.message, index);
    throw error;
  }
}

/** The timestamp in the format at `index` (`o` when absent). */
function formatted(
  context: CallContext,
  args: readonly unknown[],
  index: number,
  timestamp: Timestamp,
): string {
  const format = optionalString(context, args, index) ?? 'o';
  try {
    return formatTimestamp(timestamp, format);
  } catch (error) {
    if (!(error instanceof DateFormatError)) throw error;
    return context.fail(
      'argument-value',
      `The function '${context.name}' was invoked with the format '${format}', which is not valid: ${error.message}`,
      index,
    );
  }
}

const UNITS: Readonly<Record<string, (timestamp: Timestamp, amount: number) => Timestamp>> = {
  second: (timestamp, amount) => addTicks(timestamp, amount * TICKS_PER_SECOND),
  minute: (timestamp, amount) => addTicks(timestamp, amount * TICKS_PER_MINUTE),
  hour: (timestamp, amount) => addTicks(timestamp, amount * TICKS_PER_HOUR),
  day: (timestamp, amount) => addDays(timestamp, amount),
  week: (timestamp, amount) => addDays(timestamp, amount * 7),
  month: (timestamp, amount) => addMonths(timestamp, amount),
  year: (timestamp, amount) => addMonths(timestamp, amount * 12),
};

function unitAt(context: CallContext, args: readonly unknown[], index: number) {
  const unit = expectString(context, args, index);
  const add = UNITS[unit.toLowerCase()];
  if (add) return add;
  return context.fail(
    'argument-value',
    `The function '${context.name}' was invoked with the time unit '${unit}': use 'Second', 'Minute', 'Hour', 'Day', 'Week', 'Month' or 'Year'.`,
    index,
  );
}

/** `addDays`, `addHours`, ...: (timestamp, amount, format?). */
function adder(name: string, add: (timestamp: Timestamp, amount: number) => Timestamp): FunctionDefinition {
  return {
    name,
    minArgs: 2,
    maxArgs: 3,
    evaluate: (args, context) => {
      const timestamp = timestampAt(context, args, 0);
      const amount = expectInteger(context, args, 1);
      return formatted(
        context,
        args,
        2,
        within(context, 1, () => add(timestamp, amount)),
      );
    },
  };
}

/** `addToTime` and `subtractFromTime`: (timestamp, interval, unit, format?). */
function shiftTime(name: string, sign: 1 | -1): FunctionDefinition {
  return {
    name,
    minArgs: 3,
    maxArgs: 4,
    evaluate: (args, context) => {
      const timestamp = timestampAt(context, args, 0);
      const interval = expectInteger(context, args, 1);
      const add = unitAt(context, args, 2);
      return formatted(
        context,
        args,
        3,
        within(context, 1, () => add(timestamp, sign * interval)),
      );
    },
  };
}

/** `getFutureTime` and `getPastTime`: (interval, unit, format?) from the clock. */
function fromNow(name: string, sign: 1 | -1): FunctionDefinition {
  return {
    name,
    minArgs: 2,
    maxArgs: 3,
    evaluate: (args, context) => {
      const interval = expectInteger(context, args, 0);
      const add = unitAt(context, args, 1);
      const now = fromEpochMilliseconds(context.scope.clock());
      return formatted(
        context,
        args,
        2,
        within(context, 0, () => add(now, sign * interval)),
      );
    },
  };
}

/** `startOfDay`, `startOfHour`, `startOfMonth`: (timestamp, format?). */
function startOf(name: string, truncate: (timestamp: Timestamp) => Timestamp): FunctionDefinition {
  return {
    name,
    minArgs: 1,
    maxArgs: 2,
    evaluate: (args, context) => formatted(context, args, 1, truncate(timestampAt(context, args, 0))),
  };
}

function zoneAt(context: CallContext, args: readonly unknown[], index: number): string {
  const name = expectString(context, args, index);
  const zone = ianaZone(name);
  if (zone) return zone;
  return context.fail(
    'argument-value',
    `The function '${context.name}' was invoked with the time zone '${name}', which is not a Windows time zone name such as 'Pacific Standard Time' or 'UTC'.`,
    index,
  );
}

const UTC_ZONE = 'Etc/UTC';

/** The time in `destination`: UTC-kind when that zone is UTC (as .NET's ConvertTime), else without a zone. */
function inZone(instant: Timestamp, destination: string): Timestamp {
  return destination === UTC_ZONE ? { ...instant, kind: 'utc' } : fromUtc(instant, destination);
}

/** The instant of a timestamp read in `source`: its wall clock there, unless it already carries its zone. */
function instantIn(
  context: CallContext,
  args: readonly unknown[],
  timestamp: Timestamp,
  source: string,
  sourceIndex: number,
): Timestamp {
  if (timestamp.kind !== 'unspecified') {
    if (source === UTC_ZONE) return timestamp;
    // .NET's TimeZoneInfo.ConvertTime refuses a UTC or local DateTime whose zone is not the source zone.
    return context.fail(
      'argument-value',
      `The function '${context.name}' cannot read a timestamp that carries its own zone (Z or an offset) in the time zone '${String(args[sourceIndex])}'; give it without a zone.`,
      sourceIndex,
    );
  }
  const instant = toUtc(timestamp, source);
  if (instant) return instant;
  return context.fail(
    'argument-value',
    `The function '${context.name}' was invoked with a time that does not exist in its source time zone (daylight saving time skips it).`,
    0,
  );
}

function convertTimeZone(args: readonly unknown[], context: CallContext): string {
  const timestamp = timestampAt(context, args, 0);
  const source = zoneAt(context, args, 1);
  const destination = zoneAt(context, args, 2);
  const instant = within(context, 0, () => instantIn(context, args, timestamp, source, 1));
  return formatted(
    context,
    args,
    3,
    within(context, 0, () => inZone(instant, destination)),
  );
}

function convertToUtc(args: readonly unknown[], context: CallContext): string {
  const timestamp = timestampAt(context, args, 0);
  const source = zoneAt(context, args, 1);
  const instant = within(context, 0, () => instantIn(context, args, timestamp, source, 1));
  return formatted(context, args, 2, { ...instant, kind: 'utc' });
}

function convertFromUtc(args: readonly unknown[], context: CallContext): string {
  const timestamp = timestampAt(context, args, 0);
  const destination = zoneAt(context, args, 1);
  return formatted(
    context,
    args,
    2,
    within(context, 0, () => inZone(timestamp, destination)),
  );
}

export const DATE_FUNCTIONS: readonly FunctionDefinition[] = [
  adder('addDays', (timestamp, days) => addDays(timestamp, days)),
  adder('addHours', (timestamp, hours) => addTicks(timestamp, hours * TICKS_PER_HOUR)),
  adder('addMinutes', (timestamp, minutes) => addTicks(timestamp, minutes * TICKS_PER_MINUTE)),
  adder('addSeconds', (timestamp, seconds) => addTicks(timestamp, seconds * TICKS_PER_SECOND)),
  shiftTime('addToTime', 1),
  { name: 'convertFromUtc', minArgs: 2, maxArgs: 3, evaluate: convertFromUtc },
  { name: 'convertTimeZone', minArgs: 3, maxArgs: 4, evaluate: convertTimeZone },
  { name: 'convertToUtc', minArgs: 2, maxArgs: 3, evaluate: convertToUtc },
  {
    name: 'dayOfMonth',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => civilFromDays(timestampAt(context, args, 0).days).day,
  },
  {
    name: 'dayOfWeek',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => dayOfWeek(timestampAt(context, args, 0)),
  },
  {
    name: 'dayOfYear',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => dayOfYear(timestampAt(context, args, 0)),
  },
  {
    name: 'formatDateTime',
    minArgs: 1,
    maxArgs: 2,
    evaluate: (args, context) => formatted(context, args, 1, timestampAt(context, args, 0)),
  },
  fromNow('getFutureTime', 1),
  fromNow('getPastTime', -1),
  startOf('startOfDay', (timestamp) => ({ ...timestamp, ticksOfDay: 0 })),
  startOf('startOfHour', (timestamp) => ({
    ...timestamp,
    ticksOfDay: timestamp.ticksOfDay - (timestamp.ticksOfDay % TICKS_PER_HOUR),
  })),
  startOf('startOfMonth', (timestamp) => {
    const { year, month } = civilFromDays(timestamp.days);
    return { ...timestamp, days: daysFromCivil(year, month, 1), ticksOfDay: 0 };
  }),
  shiftTime('subtractFromTime', -1),
  {
    name: 'ticks',
    minArgs: 1,
    maxArgs: 1,
    evaluate: (args, context) => Number(ticksOf(timestampAt(context, args, 0))),
  },
  {
    name: 'utcNow',
    minArgs: 0,
    maxArgs: 1,
    evaluate: (args, context) => formatted(context, args, 0, fromEpochMilliseconds(context.scope.clock())),
  },
];
