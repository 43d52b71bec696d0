/**
 * Reading one field of a CsvRow: as a number (from the bytes, without a string), as text, or as missing.
 *
 * Missing ("null") is an empty field or one of the spellings pandas and Python write for a missing value: `NA`,
 * `NaN`, `nan`, `null`, `NULL`, `None` (pandas' `to_csv` writes NaN as an empty field; `str(None)` is `None`).
 *
 * Numbers: a decimal with at most 15 significant digits and a power of ten within ±22 is computed exactly as
 * digits × 10^e or digits / 10^e (one correctly rounded operation on exact operands), so it equals what `Number()`
 * gives; anything longer goes through `Number()` on its bytes. Spaces around a number are allowed.
 */
import type { CsvRow } from './csv-rows.js';
import { sameBytes } from './key-index.js';

const SPACE = 0x20;
const TAB = 0x09;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

const NULL_SPELLINGS = ['NA', 'NaN', 'nan', 'null', 'NULL', 'None'].map((text) => Buffer.from(text));

export function isNullField(row: CsvRow, index: number): boolean {
  if (index >= row.count) return true;
  const start = row.starts[index]!;
  const end = row.ends[index]!;
  const length = end - start;
  if (length === 0) return true;
  if (length > 4) return false;
  const buf = row.buf;
  const first = buf[start]!;
  // Every spelling starts with N or n: most short fields (digits) are told apart by their first byte.
  if (first !== 0x4e && first !== 0x6e) return false;
  for (const spelling of NULL_SPELLINGS) {
    if (spelling.length !== length) continue;
    let same = true;
    for (let i = 0; i < length && same; i++) same = spelling[i] === buf[start + i];
    if (same) return true;
  }
  return false;
}

/** The field's text: UTF-8, a quoted field's doubled quotes made single. */
export function fieldText(row: CsvRow, index: number): string {
  if (index >= row.count) return '';
  const text = row.buf.toString('utf8', row.starts[index], row.ends[index]);
  return row.escaped[index] ? text.replace(/""/g, '"') : text;
}

/** True when the field's bytes equal `bytes` (unescaped fields only; an escaped one is compared as text). */
export function fieldEquals(row: CsvRow, index: number, bytes: Buffer, start: number, end: number): boolean {
  if (index >= row.count) return end === start;
  if (row.escaped[index]) return fieldText(row, index) === bytes.toString('utf8', start, end);
  return sameBytes(row.buf, row.starts[index]!, row.ends[index]!, bytes, start, end);
}

/** The field as a finite number, or NaN when it is not one (missing, text, or out of a double's range). */
export function fieldNumber(row: CsvRow, index: number): number {
  if (index >= row.count) return Number.NaN;
  return parseNumber(row.buf, row.starts[index]!, row.ends[index]!);
}

export function parseNumber(buf: Buffer, start: number, end: number): number {
  let p = start;
  while (p < end && (buf[p] === SPACE || buf[p] === TAB)) p++;
  while (end > p && (buf[end - 1] === SPACE || buf[end - 1] === TAB)) end--;
  if (p >= end) return Number.NaN;
  const tokenStart = p;
  let negative = false;
  if (buf[p] === MINUS) {
    negative = true;
    p++;
  } else if (buf[p] === PLUS) p++;
  let mantissa = 0;
  let significant = 0;
  let exponent = 0;
  let digits = 0;
  let exact = true;
  while (p < end) {
    const d = buf[p]! - ZERO;
    if (d < 0 || d > 9) break;
    digits++;
    if (significant > 0 || d !== 0) {
      if (significant < 15) {
        mantissa = mantissa * 10 + d;
        significant++;
      } else {
        exponent++;
        if (d !== 0) exact = false;
      }
    }
    p++;
  }
  if (p < end && buf[p] === DOT) {
    p++;
    while (p < end) {
      const d = buf[p]! - ZERO;
      if (d < 0 || d > 9) break;
      digits++;
      if (significant > 0 || d !== 0) {
        if (significant < 15) {
          mantissa = mantissa * 10 + d;
          significant++;
          exponent--;
        } else if (d !== 0) exact = false;
      } else exponent--;
      p++;
    }
  }
  if (digits === 0) return Number.NaN;
  if (p < end && (buf[p] === LOWER_E || buf[p] === UPPER_E)) {
    p++;
    let exponentNegative = false;
    if (p < end && (buf[p] === MINUS || buf[p] === PLUS)) {
      exponentNegative = buf[p] === MINUS;
      p++;
    }
    let written = 0;
    let exponentDigits = 0;
    while (p < end) {
      const d = buf[p]! - ZERO;
      if (d < 0 || d > 9) break;
      if (written < 100_000) written = written * 10 + d;
      exponentDigits++;
      p++;
    }
    if (exponentDigits === 0) return Number.NaN;
    exponent += exponentNegative ? -written : written;
  }
  if (p !== end) return Number.NaN;
  let value: number;
  if (mantissa === 0) value = 0;
  else if (exact && exponent >= -22 && exponent <= 22) {
    value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent]! : mantissa * POWERS_OF_TEN[exponent]!;
  } else {
    value = Math.abs(Number(buf.toString('latin1', tokenStart, end)));
  }
  if (!Number.isFinite(value)) return Number.NaN;
  return negative ? -value : value;
}

/** An optional sign and digits only (`1.0` is a number, not an integer). */
export function isIntegerField(row: CsvRow, index: number): boolean {
  if (index >= row.count) return false;
  const buf = row.buf;
  let p = row.starts[index]!;
  const end = row.ends[index]!;
  if (p < end && (buf[p] === MINUS || buf[p] === PLUS)) p++;
  if (p >= end) return false;
  for (; p < end; p++) {
    const d = buf[p]! - ZERO;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

/** `true`/`false` in any case (Python writes `True`/`False`), or undefined. */
export function fieldBoolean(row: CsvRow, index: number): boolean | undefined {
  if (index >= row.count) return undefined;
  const length = row.ends[index]! - row.starts[index]!;
  if (length !== 4 && length !== 5) return undefined;
  const text = fieldText(row, index).toLowerCase();
  return text === 'true' ? true : text === 'false' ? false : undefined;
}
