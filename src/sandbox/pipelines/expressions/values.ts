/**
 * The values expressions compute with: JSON values as they come from pipeline parameters, variables and activity
 * outputs, plus one wrapper. ADF keeps integers and floats apart (`div(11, 5)` is 2 but `div(11, 5.0)` is 2.2, from
 * the `div` reference), which JSON numbers cannot say when the float is whole; `FloatValue` carries such a float
 * through the math functions. Every other function, and the evaluator's caller, sees plain numbers (`plain`).
 */

export class FloatValue {
  constructor(readonly value: number) {}
}

/** ADF's name for a value's type, as its error messages print it ("The provided value is of type 'Integer'"). */
export type TypeName = 'Null' | 'Boolean' | 'Integer' | 'Float' | 'String' | 'Array' | 'Object';

export function typeName(value: unknown): TypeName {
  if (value === null || value === undefined) return 'Null';
  if (value instanceof FloatValue) return 'Float';
  switch (typeof value) {
    case 'boolean':
      return 'Boolean';
    case 'number':
      return Number.isInteger(value) ? 'Integer' : 'Float';
    case 'string':
      return 'String';
    default:
      return Array.isArray(value) ? 'Array' : 'Object';
  }
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof FloatValue)
  );
}

/** The number a numeric value holds, whether plain or wrapped; undefined for anything else. */
export function numericValue(value: unknown): number | undefined {
  if (value instanceof FloatValue) return value.value;
  return typeof value === 'number' ? value : undefined;
}

/** Drops the float wrapper: what every non-math function and the evaluator's caller receive. */
export function plain(value: unknown): unknown {
  return value instanceof FloatValue ? value.value : value;
}

/**
 * A binary value as Logic Apps and ADF carry it between functions: a content envelope whose `$content` is the bytes
 * in base64 (the Logic Apps reference: "The binary content is base64-encoded and represented by `$content`").
 */
export interface BinaryValue {
  readonly '$content-type': string;
  readonly $content: string;
}

export function binaryValue(bytes: Uint8Array, contentType = 'application/octet-stream'): BinaryValue {
  return { '$content-type': contentType, $content: Buffer.from(bytes).toString('base64') };
}

export function isBinary(value: unknown): value is BinaryValue {
  return (
    isRecord(value) &&
    typeof value['$content-type'] === 'string' &&
    typeof value.$content === 'string' &&
    Object.keys(value).length === 2
  );
}

/** A number as .NET prints it: `2.5`, `10`, `1E+21`, `1E-07` (JavaScript writes `1e+21` and `1e-7`). */
export function formatNumber(value: number): string {
  const text = String(value);
  const exponent = /e([-+])(\d+)$/.exec(text);
  if (!exponent) return text;
  return `${text.slice(0, exponent.index)}E${exponent[1]}${exponent[2]!.padStart(2, '0')}`;
}

/**
 * The text of a value where ADF needs a string (`string()`, `concat`, `join`, interpolation): null is empty, booleans
 * are `True`/`False` as .NET prints them, binary content is decoded as UTF-8, arrays and objects are compact JSON.
 */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof FloatValue) return formatNumber(value.value);
  switch (typeof value) {
    case 'string':
      return value;
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      return formatNumber(value);
    default:
      if (isBinary(value)) return Buffer.from(value.$content, 'base64').toString('utf8');
      return JSON.stringify(value);
  }
}

/**
 * ADF's `equals`: numbers by value whatever their type, a boolean equal to 1 or 0 (`equals(true, 1)` is true in the
 * reference), strings ordinally, arrays and objects member by member; anything else differs.
 */
export function valuesEqual(a: unknown, b: unknown): boolean {
  const left = plain(a) ?? null;
  const right = plain(b) ?? null;
  if (left === null || right === null) return left === right;
  if (typeof left === 'boolean' && typeof right === 'number') return (left ? 1 : 0) === right;
  if (typeof left === 'number' && typeof right === 'boolean') return left === (right ? 1 : 0);
  if (Array.isArray(left) || Array.isArray(right)) {
    return (
      Array.isArray(left) &&
      Array.isArray(right) &&
      left.length === right.length &&
      left.every((item, index) => valuesEqual(item, right[index]))
    );
  }
  if (isRecord(left) || isRecord(right)) {
    if (!isRecord(left) || !isRecord(right)) return false;
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => Object.hasOwn(right, key) && valuesEqual(left[key], right[key]))
    );
  }
  return left === right;
}

/** Ordinal comparison, as .NET's `string.CompareOrdinal`: by UTF-16 code unit. */
export function compareOrdinal(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
