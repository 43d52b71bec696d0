/**
 * Schedules written as cron expressions. `schedule` is free text the orchestrator filters on (`daily`), but a value
 * shaped like a cron expression (five fields, or six with seconds first as Azure Functions and Quartz write them) is
 * held to cron's rules, so `0 25 * * *` fails here, at its file and line, rather than in the orchestrator at night.
 *
 * The rules: each field is `*`, `?` (day fields), a value, a range `a-b` (a <= b), any of those with a step `/n`
 * (n >= 1), or a comma-separated list of them; months may be `JAN`-`DEC` and weekdays `SUN`-`SAT` (any case); weekday
 * 0 and 7 are both Sunday. Quartz's `L`, `W` and `#` are not cron as most schedulers read it: a value using them is
 * not taken for a cron expression and stays free text.
 *
 * Written here rather than taken from a cron library: the libraries checked (croner, cron-parser) name an
 * out-of-range day or month off by one ("Invalid value for month: 12" for 13) or need a date library besides, and
 * what is needed is a precise message, not the next run time.
 */

interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  /** `?` is allowed (day of month, day of week). */
  readonly any?: boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const SECOND: CronField = { name: 'second', min: 0, max: 59 };
const FIVE_FIELDS: readonly CronField[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31, any: true },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 7, names: WEEKDAYS, any: true },
];

/** A token of a cron field: numbers, `*`, `?`, `,`, `-`, `/`, or three-letter month and weekday names. */
const CRON_TOKEN = /^(?:[\d*?][\d*?,/-]*|[A-Za-z]{3}(?:[-,][A-Za-z]{3})*(?:\/\d+)?)$/;

/** True when the text has the shape of a cron expression (5 or 6 fields of cron tokens, a number or `*` among them). */
export function looksLikeCron(text: string): boolean {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) return false;
  return fields.every((field) => CRON_TOKEN.test(field)) && fields.some((field) => /[\d*]/.test(field));
}

/** Why a cron expression is invalid, naming the field and the value; undefined when it is valid. */
export function cronProblem(text: string): string | undefined {
  const values = text.trim().split(/\s+/);
  const fields =
    values.length === 6 ? [SECOND, ...FIVE_FIELDS] : values.length === 5 ? FIVE_FIELDS : undefined;
  if (!fields) {
    return `it has ${values.length} fields; a cron expression has 5 (minute hour day month weekday) or 6 (with seconds first)`;
  }
  for (const [index, field] of fields.entries()) {
    const problem = fieldProblem(values[index]!, field);
    if (problem) return `${field.name} ${JSON.stringify(values[index])}: ${problem}`;
  }
  return undefined;
}

function fieldProblem(text: string, field: CronField): string | undefined {
  for (const part of text.split(',')) {
    if (part === '') return 'an empty item in the list';
    const [range = '', step, extra] = part.split('/');
    if (extra !== undefined) return `'${part}' has two steps`;
    if (step !== undefined && !/^\d+$/.test(step)) return `the step '${step}' is not a whole number`;
    if (step !== undefined && Number(step) < 1) return 'a step of 0 never advances; use 1 or more';
    if (range === '*' || (range === '?' && field.any)) continue;
    if (range === '?') return `'?' is allowed only in the day-of-month and day-of-week fields`;
    const bounds = range.split('-');
    if (bounds.length > 2) return `'${range}' is not a range (write a-b)`;
    const numbers: number[] = [];
    for (const bound of bounds) {
      const value = fieldValue(bound, field);
      if (value === undefined) {
        const names = field.names ? ` or ${field.names[0]}-${field.names.at(-1)}` : '';
        return `'${bound}' is not a value of this field (${field.min}-${field.max}${names})`;
      }
      if (value < field.min || value > field.max) {
        return `${value} is out of range ${field.min}-${field.max}`;
      }
      numbers.push(value);
    }
    if (numbers.length === 2 && numbers[0]! > numbers[1]!) {
      return `the range '${range}' runs backwards; write the smaller value first`;
    }
  }
  return undefined;
}

function fieldValue(text: string, field: CronField): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const index = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (index < 0) return undefined;
  return field.names === MONTHS ? index + 1 : index;
}
