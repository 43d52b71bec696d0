/**
 * .NET's date and time format strings, which ADF's date functions take as their `format` parameter, with the en-US
 * culture ADF formats in ("Standard date and time format strings" and "Custom date and time format strings" in the
 * .NET documentation).
 *
 * A format of one character is a standard format (`D` is `dddd, MMMM d, yyyy`); to use a custom specifier alone,
 * prefix it with `%` (`%d`). Any other format is custom: `d`..`dddd`, `f`..`fffffff`, `F`..`FFFFFFF`, `g`, `h`, `hh`,
 * `H`, `HH`, `K`, `m`, `mm`, `M`..`MMMM`, `s`, `ss`, `t`, `tt`, `y`..`yyyyy`, `z`..`zzz`, `:`, `/`, quoted text,
 * `\` to escape one character; anything else is copied. The sandbox's local time zone is UTC, as Azure's servers'
 * is: `z` gives `+0`, and `K` gives `Z` for a UTC time, `+00:00` for a local one, nothing for one without a zone.
 */
import {
  civilFromDays,
  dayOfWeek,
  TICKS_PER_HOUR,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
  type Timestamp,
} from './timestamp.js';

/** The format string is not one .NET accepts (it would throw a FormatException). */
export class DateFormatError extends Error {
  override readonly name = 'DateFormatError';
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** en-US patterns of the standard formats; `o`, `r`, `s` and `u` are the same in every culture. */
const STANDARD_FORMATS: Readonly<Record<string, string>> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  f: 'dddd, MMMM d, yyyy h:mm tt',
  F: 'dddd, MMMM d, yyyy h:mm:ss tt',
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  m: 'MMMM d',
  M: 'MMMM d',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  // `U` converts to UTC first; the sandbox's times are UTC or zone-less already.
  U: 'dddd, MMMM d, yyyy h:mm:ss tt',
  y: 'MMMM yyyy',
  Y: 'MMMM yyyy',
};

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** The second's fraction as seven digits. */
  readonly fraction: string;
  readonly kind: Timestamp['kind'];
}

function parts(timestamp: Timestamp): Parts {
  const { year, month, day } = civilFromDays(timestamp.days);
  const ticks = timestamp.ticksOfDay;
  return {
    year,
    month,
    day,
    weekday: dayOfWeek(timestamp),
    hour: Math.floor(ticks / TICKS_PER_HOUR),
    minute: Math.floor((ticks % TICKS_PER_HOUR) / TICKS_PER_MINUTE),
    second: Math.floor((ticks % TICKS_PER_MINUTE) / TICKS_PER_SECOND),
    fraction: String(ticks % TICKS_PER_SECOND).padStart(7, '0'),
    kind: timestamp.kind,
  };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function formatTimestamp(timestamp: Timestamp, format: string): string {
  if (format === '') return formatTimestamp(timestamp, 'G');
  if (format.length === 1) {
    const pattern = STANDARD_FORMATS[format];
    if (pattern === undefined)
      throw new DateFormatError(`'${format}' is not a standard date and time format.`);
    return formatCustom(parts(timestamp), pattern);
  }
  return formatCustom(parts(timestamp), format);
}

function formatCustom(p: Parts, format: string): string {
  let result = '';
  let index = 0;
  const run = (char: string) => {
    let length = 1;
    while (format[index + length] === char) length++;
    return length;
  };
  while (index < format.length) {
    const char = format[index]!;
    let consumed = 1;
    switch (char) {
      case 'd': {
        consumed = run(char);
        result +=
          consumed === 1
            ? String(p.day)
            : consumed === 2
              ? pad(p.day, 2)
              : consumed === 3
                ? DAY_NAMES[p.weekday]!.slice(0, 3)
                : DAY_NAMES[p.weekday]!;
        break;
      }
      case 'f':
      case 'F': {
        consumed = run(char);
        if (consumed > 7)
          throw new DateFormatError(`'${char.repeat(consumed)}' has more than seven fraction digits.`);
        const digits = p.fraction.slice(0, consumed);
        if (char === 'f') {
          result += digits;
        } else {
          const trimmed = digits.replace(/0+$/, '');
          // .NET drops a decimal point that `F` would leave with no digits after it.
          if (trimmed === '' && result.endsWith('.')) result = result.slice(0, -1);
          result += trimmed;
        }
        break;
      }
      case 'g':
        consumed = run(char);
        result += 'A.D.';
        break;
      case 'h': {
        consumed = run(char);
        const hour = p.hour % 12 === 0 ? 12 : p.hour % 12;
        result += consumed === 1 ? String(hour) : pad(hour, 2);
        break;
      }
      case 'H':
        consumed = run(char);
        result += consumed === 1 ? String(p.hour) : pad(p.hour, 2);
        break;
      case 'K':
        result += p.kind === 'utc' ? 'Z' : p.kind === 'local' ? '+00:00' : '';
        break;
      case 'm':
        consumed = run(char);
        result += consumed === 1 ? String(p.minute) : pad(p.minute, 2);
        break;
      case 'M': {
        consumed = run(char);
        const name = MONTH_NAMES[p.month - 1]!;
        result +=
          consumed === 1
            ? String(p.month)
            : consumed === 2
              ? pad(p.month, 2)
              : consumed === 3
                ? name.slice(0, 3)
                : name;
        break;
      }
      case 's':
        consumed = run(char);
        result += consumed === 1 ? String(p.second) : pad(p.second, 2);
        break;
      case 't': {
        consumed = run(char);
        const designator = p.hour < 12 ? 'AM' : 'PM';
        result += consumed === 1 ? designator[0] : designator;
        break;
      }
      case 'y': {
        consumed = run(char);
        result +=
          consumed === 1
            ? String(p.year % 100)
            : consumed === 2
              ? pad(p.year % 100, 2)
              : pad(p.year, consumed);
        break;
      }
      case 'z':
        consumed = run(char);
        result += consumed === 1 ? '+0' : consumed === 2 ? '+00' : '+00:00';
        break;
      case ':':
      case '/':
        result += char;
        break;
      case "'":
      case '"': {
        const close = format.indexOf(char, index + 1);
        if (close === -1) throw new DateFormatError(`the quoted text that starts at ${index} is not closed.`);
        result += format.slice(index + 1, close).replace(/\\(.)/g, '$1');
        consumed = close - index + 1;
        break;
      }
      case '%': {
        const next = format[index + 1];
        if (next === undefined || next === '%')
          throw new DateFormatError(`'%' must be followed by a format specifier.`);
        break;
      }
      case '\\': {
        const next = format[index + 1];
        if (next === undefined) throw new DateFormatError(`'\\' at the end of the format escapes nothing.`);
        result += next;
        consumed = 2;
        break;
      }
      default:
        result += char;
    }
    index += consumed;
  }
  return result;
}
