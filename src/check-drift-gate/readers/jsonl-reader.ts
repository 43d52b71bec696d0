/**
 * JSON Lines: one JSON object per line. The columns are the keys of the first object; a later line may lack a key
 * (a missing value) or add keys (ignored). Values keep their JSON types: numbers are numbers (an integral number is
 * an integer, so `1.0` reads as the integer 1, as JSON has no other way to tell), `true`/`false` booleans, strings
 * strings (a string is never read as a number), `null` missing; a nested object or array is an error naming the
 * line and column, since it is no feature. Text is decoded as the `encoding` input says, UTF-8 strictly
 * (text-encoding.ts).
 */

import { describeError } from '#shared/errors.js';
import {
  BOOLEAN_VALUE,
  FLOAT_VALUE,
  INTEGER_VALUE,
  MISSING,
  NUMERIC_MODE,
  type SideColumns,
  STRING_VALUE,
} from '../feature-columns.js';
import { booleanLabel, numberLabel } from '../feature-types.js';
import { type DataSource, dataError, notANumber, type SideName, showValue, type Table } from './table.js';
import {
  type FieldDecoder,
  fieldDecoder,
  type TextEncoding,
  Utf8Checker,
  Utf16Error,
  utf16ToUtf8,
} from './text-encoding.js';

const LF = 0x0a;

export async function openJsonLines(
  source: DataSource,
  sideName: SideName,
  encoding: TextEncoding,
  signal?: AbortSignal,
): Promise<Table> {
  const raw = await source.openStream(signal);
  const stream =
    encoding === 'utf-16' || encoding === 'utf-16le' || encoding === 'utf-16be'
      ? utf16ToUtf8(raw, encoding)
      : raw;
  const lines = readLines(stream, fieldDecoder(encoding), encoding === 'utf-8', (line, message) =>
    dataError(sideName, source, line, message),
  );
  const iterator = lines[Symbol.asyncIterator]();
  let first: { record: Record<string, unknown>; line: number } | undefined;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const { text, line } = next.value;
    if (text.trim() === '') continue;
    first = { record: parseRecord(text.replace(/^\uFEFF/, ''), line, source, sideName), line };
    break;
  }
  if (first === undefined) {
    throw dataError(
      sideName,
      source,
      undefined,
      'the file is empty: JSON Lines needs one JSON object per line',
    );
  }
  const columns = Object.keys(first.record);
  const firstRecord = first;
  return {
    source,
    columns,
    schemaKinds: undefined,
    async readRows(side, slots) {
      // Feature name per slot, and the column each slot reads.
      const keys: string[] = [];
      slots.forEach((slot, column) => {
        if (slot >= 0) keys[slot] = columns[column]!;
      });
      stage(side, keys, firstRecord.record, firstRecord.line, source, sideName);
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        const { text, line } = next.value;
        if (text.trim() === '') continue;
        stage(side, keys, parseRecord(text, line, source, sideName), line, source, sideName);
      }
    },
    async close() {
      await iterator.return?.();
    },
  };
}

function parseRecord(
  text: string,
  line: number,
  source: DataSource,
  sideName: SideName,
): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw dataError(sideName, source, line, `not valid JSON (${describeError(error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw dataError(sideName, source, line, 'each line must be a JSON object of column names to values');
  }
  return value as Record<string, unknown>;
}

function stage(
  side: SideColumns,
  keys: readonly string[],
  record: Record<string, unknown>,
  line: number,
  source: DataSource,
  sideName: SideName,
): void {
  const { values, texts, status, modes } = side;
  for (let slot = 0; slot < keys.length; slot++) {
    const key = keys[slot]!;
    const value = record[key];
    if (value === undefined || value === null) {
      status[slot] = MISSING;
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        status[slot] = MISSING;
        continue;
      }
      const kind = Number.isInteger(value) ? INTEGER_VALUE : FLOAT_VALUE;
      if (modes[slot] === NUMERIC_MODE) values[slot] = value;
      else texts[slot] = numberLabel(value);
      status[slot] = kind;
      continue;
    }
    if (typeof value === 'object') {
      throw dataError(
        sideName,
        source,
        line,
        `column '${key}' holds a nested ${Array.isArray(value) ? 'array' : 'object'}, which is no feature; exclude the column (exclude-features)`,
      );
    }
    const isBoolean = typeof value === 'boolean';
    const label = isBoolean ? booleanLabel(value) : String(value);
    if (modes[slot] === NUMERIC_MODE && !side.acceptText(slot)) {
      throw dataError(
        sideName,
        source,
        line,
        notANumber(key, showValue(label), side.reasons[slot] ?? 'numerical'),
      );
    }
    texts[slot] = label;
    status[slot] = isBoolean ? BOOLEAN_VALUE : STRING_VALUE;
  }
  side.commitRow();
}

/**
 * Splits a byte stream into decoded lines with their 1-based numbers; with `strict`, each chunk is checked as UTF-8
 * before it is split, and an invalid byte is an error naming its line and byte offset.
 */
async function* readLines(
  stream: AsyncIterable<Uint8Array>,
  decode: FieldDecoder,
  strict: boolean,
  problem: (line: number, message: string) => Error,
): AsyncIterable<{ text: string; line: number }> {
  let pending: Buffer | undefined;
  let line = 0;
  let consumed = 0;
  const checker = strict ? new Utf8Checker() : undefined;
  const check = (buf: Buffer, found: ReturnType<Utf8Checker['check']>) => {
    if (found === undefined) return;
    const index = Math.min(found.offset - consumed, buf.length);
    let breaks = 0;
    for (let i = 0; i < index; i++) if (buf[i] === LF) breaks++;
    throw problem(line + breaks + 1, found.message);
  };
  try {
    for await (const chunk of stream) {
      const buf = pending?.length
        ? Buffer.concat([pending, chunk])
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (checker) check(buf, checker.check(chunk));
      let start = 0;
      for (;;) {
        const at = buf.indexOf(LF, start);
        if (at === -1) break;
        line++;
        const end = at > start && buf[at - 1] === 0x0d ? at - 1 : at;
        yield { text: decode(buf, start, end), line };
        start = at + 1;
      }
      consumed += start;
      pending = start < buf.length ? buf.subarray(start) : undefined;
    }
  } catch (error) {
    if (error instanceof Utf16Error) throw problem(error.line, error.message);
    throw error;
  }
  if (checker) check(pending ?? Buffer.alloc(0), checker.finish());
  if (pending?.length) {
    line++;
    const end = pending[pending.length - 1] === 0x0d ? pending.length - 1 : pending.length;
    yield { text: decode(pending, 0, end), line };
  }
}
