/**
 * A streaming CSV reader (RFC 4180) that parses bytes straight into a side's feature columns.
 *
 * Why not `csv-parse` or `papaparse`: both hand every field over as a JavaScript string (and every row as an array or
 * object), which is most of the cost on wide numeric files: `csv-parse` streams 16–26 MB/s here, a byte-level split
 * 34–43 MB/s (TOOLCHAIN.md), and parsing numbers from the bytes without making strings is faster still. The grammar
 * is small enough to get right: RFC 4180 fields, quoted with `"` and `""` for a quote inside, quoted fields may hold
 * delimiters and line breaks; CRLF, LF or CR line ends; a UTF-8 byte order mark is skipped. Like pandas, it skips
 * blank lines, reads a short row's absent fields as missing, and refuses a row with more fields than the header.
 * The text encoding (text-encoding.ts) is checked before a chunk is parsed: UTF-8 strictly, with `isUtf8`.
 *
 * Numbers: a decimal with at most 15 significant digits and a power of ten within ±22 is computed exactly as
 * digits × 10^e or digits / 10^e (one correctly rounded operation on exact operands, Clinger's fast path), so it
 * equals what `Number()` gives; 16 to 18 digits (shortest round-trip doubles have at most 17) go through
 * decimalToDouble's double-double arithmetic, as exact; any other decimal, or one too near a halfway point, goes
 * through `Number()` on its bytes. Field values that are not numbers are decoded (UTF-8, or Windows-1252) and read by
 * {@link readToken} (missing spellings, booleans, strings).
 *
 * Rows are re-parsed whole when a chunk ends inside one, so a row's values reach the columns only once it is
 * complete; memory is one chunk plus one row.
 */

import { NO_DECIMAL } from '../exact-values.js';
import {
  BOOLEAN_VALUE,
  FLOAT_VALUE,
  INTEGER_VALUE,
  MISSING,
  NUMERIC_MODE,
  type SideColumns,
  STRING_VALUE,
} from '../feature-columns.js';
import { booleanLabel, numberLabel, readToken } from '../feature-types.js';
import { decimalToDouble } from './decimal-to-double.js';
import { type DataSource, dataError, notANumber, type SideName, showValue, type Table } from './table.js';
import {
  type FieldDecoder,
  fieldDecoder,
  lineBreaksBefore,
  type TextEncoding,
  Utf8Checker,
  Utf16Error,
  utf16ToUtf8,
} from './text-encoding.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const LOWER_E = 0x65;
const UPPER_E = 0x45;

/** Exact powers of ten: every 10^k for k ≤ 22 is a double without rounding. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

export interface CsvOptions {
  /** One ASCII character. */
  readonly delimiter: string;
  readonly encoding: TextEncoding;
}

/** Result of scanning a number in place: kept in module scope so the hot loop allocates nothing. */
let scannedValue = 0;
/** The number as mantissa · 10^exponent when read exactly by the fast path; exponent NO_DECIMAL otherwise. */
let scannedMantissa = 0;
let scannedExponent = NO_DECIMAL;
/** 0: not a number; 1: integer; 2: float; 3: a number too large for a double (counts as missing). */
let scannedKind = 0;
const NOT_A_NUMBER = 0;
const INFINITE = 3;

/** 10^k for k ≤ 9, as int32 divisors. */
const SMALL_POWERS = Int32Array.from({ length: 10 }, (_, k) => 10 ** k);

/**
 * Scans a decimal number starting at `start`; returns the index where the field ends (a delimiter, CR, LF or
 * `end`), and sets `scannedKind`/`scannedValue`. Any other byte makes it NOT_A_NUMBER (the caller then reads the
 * field as text); spaces around the number are allowed unless the delimiter is a space or tab.
 *
 * The significant digits go to two int32 accumulators of nine digits each (`high`, then `low`): int32 multiply-adds
 * are a shorter dependency chain than a double's, and the digit loop is most of the parsing time. Up to 18
 * significant digits are read exactly; a longer number goes through `Number()` on its bytes.
 */
function scanNumber(buf: Buffer, start: number, end: number, delimiter: number): number {
  scannedKind = NOT_A_NUMBER;
  let p = start;
  const skipSpace = delimiter !== SPACE;
  const skipTab = delimiter !== TAB;
  while (p < end && isPadding(buf[p]!, skipSpace, skipTab)) p++;
  const tokenStart = p;
  let negative = false;
  if (p < end) {
    const c = buf[p]!;
    if (c === MINUS) {
      negative = true;
      p++;
    } else if (c === PLUS) p++;
  }
  const digitsStart = p;
  // Leading zeros are not significant.
  while (p < end && buf[p] === ZERO) p++;
  let high = 0;
  let highDigits = 0;
  let low = 0;
  let lowDigits = 0;
  /** Significant digits beyond 18: the number is read by Number(). */
  let long = false;
  let exponent = 0;
  let d = 0;
  while (p < end && highDigits < 9) {
    d = buf[p]! - ZERO;
    if (d < 0 || d > 9) break;
    high = high * 10 + d;
    highDigits++;
    p++;
  }
  while (p < end && lowDigits < 9) {
    d = buf[p]! - ZERO;
    if (d < 0 || d > 9) break;
    low = low * 10 + d;
    lowDigits++;
    p++;
  }
  while (p < end) {
    d = buf[p]! - ZERO;
    if (d < 0 || d > 9) break;
    long = true;
    exponent++;
    p++;
  }
  let digits = p - digitsStart;
  let float = false;
  if (p < end && buf[p] === DOT) {
    float = true;
    p++;
    const fractionStart = p;
    if (highDigits === 0) {
      // Zeros after the point and before the first significant digit only scale the number.
      while (p < end && buf[p] === ZERO) p++;
      exponent -= p - fractionStart;
      while (p < end && highDigits < 9) {
        d = buf[p]! - ZERO;
        if (d < 0 || d > 9) break;
        high = high * 10 + d;
        highDigits++;
        p++;
      }
      exponent -= highDigits;
    } else if (highDigits < 9) {
      const before = highDigits;
      while (p < end && highDigits < 9) {
        d = buf[p]! - ZERO;
        if (d < 0 || d > 9) break;
        high = high * 10 + d;
        highDigits++;
        p++;
      }
      exponent -= highDigits - before;
    }
    if (lowDigits < 9) {
      const before = lowDigits;
      while (p < end && lowDigits < 9) {
        d = buf[p]! - ZERO;
        if (d < 0 || d > 9) break;
        low = low * 10 + d;
        lowDigits++;
        p++;
      }
      exponent -= lowDigits - before;
    }
    while (p < end) {
      d = buf[p]! - ZERO;
      if (d < 0 || d > 9) break;
      long = true;
      p++;
    }
    digits += p - fractionStart;
  }
  if (digits === 0) return p;
  if (p < end && (buf[p] === LOWER_E || buf[p] === UPPER_E)) {
    float = true;
    p++;
    let exponentNegative = false;
    if (p < end && (buf[p] === MINUS || buf[p] === PLUS)) {
      exponentNegative = buf[p] === MINUS;
      p++;
    }
    let written = 0;
    let exponentDigits = 0;
    while (p < end) {
      const e = buf[p]! - ZERO;
      if (e < 0 || e > 9) break;
      if (written < 100_000) written = written * 10 + e;
      exponentDigits++;
      p++;
    }
    if (exponentDigits === 0) return p;
    exponent += exponentNegative ? -written : written;
  }
  const tokenEnd = p;
  while (p < end && isPadding(buf[p]!, skipSpace, skipTab)) p++;
  if (p < end) {
    const c = buf[p]!;
    if (c !== delimiter && c !== LF && c !== CR) return p;
  }
  let value = Number.NaN;
  scannedExponent = NO_DECIMAL;
  const significant = highDigits + lowDigits;
  if (significant === 0) {
    value = 0;
    scannedMantissa = 0;
    scannedExponent = 0;
  } else if (long) {
    // More than 18 significant digits: Number() below.
  } else if (significant <= 15) {
    const mantissa = high * SMALL_POWERS[lowDigits]! + low;
    if (exponent >= -22 && exponent <= 22) {
      value = exponent < 0 ? mantissa / POWERS_OF_TEN[-exponent]! : mantissa * POWERS_OF_TEN[exponent]!;
      scannedMantissa = negative ? -mantissa : mantissa;
      scannedExponent = exponent;
    }
  } else {
    // 16 to 18 digits (shortest round-trip doubles): the first 15 as the mantissa, the rest as its tail, exactly,
    // without a string, unless too near a halfway point.
    const tailDigits = significant - 15;
    const divisor = SMALL_POWERS[tailDigits]!;
    const head = (low / divisor) | 0;
    value = decimalToDouble(
      high * SMALL_POWERS[lowDigits - tailDigits]! + head,
      tailDigits,
      low - head * divisor,
      exponent,
    );
  }
  if (Number.isNaN(value)) value = Math.abs(Number(buf.toString('latin1', tokenStart, tokenEnd)));
  if (!Number.isFinite(value)) {
    scannedKind = INFINITE;
    return p;
  }
  scannedValue = negative ? -value : value;
  scannedKind = float ? FLOAT_VALUE : INTEGER_VALUE;
  return p;
}

/** Spaces and tabs around a number are skipped, unless they are the delimiter. */
function isPadding(c: number, skipSpace: boolean, skipTab: boolean): boolean {
  return (c === SPACE && skipSpace) || (c === TAB && skipTab);
}

/** Index of the first delimiter, CR or LF at or after `p` (or `end`). */
function fieldEnd(buf: Buffer, p: number, end: number, delimiter: number): number {
  while (p < end) {
    const c = buf[p]!;
    if (c === delimiter || c === LF || c === CR) return p;
    p++;
  }
  return p;
}

/** Thrown inside the parser when a chunk ends in the middle of a row: the row is parsed again with more bytes. */
const INCOMPLETE = -1;

class CsvParser {
  /** Physical line (1-based) where the next row starts. */
  line = 1;
  private side: SideColumns | undefined;
  private slots: Int32Array = new Int32Array(0);
  /** The header, once read. */
  columns: string[] | undefined;
  /** Text of the field just read by `quotedField` / `plainText`. */
  private text = '';

  constructor(
    private readonly delimiter: number,
    private readonly sideName: SideName,
    private readonly source: DataSource,
    private readonly decode: FieldDecoder,
  ) {}

  bind(side: SideColumns, slots: Int32Array): void {
    this.side = side;
    this.slots = slots;
  }

  /**
   * Parses the complete rows in `buf`; returns the index of the first byte not consumed (the start of an
   * incomplete row), or `buf.length`.
   */
  parse(buf: Buffer, final: boolean): number {
    const end = buf.length;
    let i = 0;
    if (
      this.columns === undefined &&
      this.line === 1 &&
      end >= 3 &&
      buf[0] === 0xef &&
      buf[1] === 0xbb &&
      buf[2] === 0xbf
    ) {
      i = 3;
    }
    while (i < end) {
      const c = buf[i]!;
      // Blank lines are skipped (pandas' skip_blank_lines).
      if (c === LF) {
        i++;
        this.line++;
        continue;
      }
      if (c === CR) {
        if (i + 1 >= end && !final) return i;
        i += buf[i + 1] === LF ? 2 : 1;
        this.line++;
        continue;
      }
      const rowLine = this.line;
      const next =
        this.columns === undefined ? this.headerRow(buf, i, end, final) : this.dataRow(buf, i, end, final);
      if (next === INCOMPLETE) {
        this.line = rowLine;
        return i;
      }
      i = next;
      if (this.columns !== undefined && this.side === undefined) return i; // header only
    }
    return end;
  }

  /** After a field ending at `p`: INCOMPLETE, or the index after the row terminator (−2 - p when a delimiter). */
  private terminate(buf: Buffer, p: number, end: number, final: boolean): number {
    if (p >= end) return final ? end : INCOMPLETE;
    const c = buf[p]!;
    if (c === this.delimiter) return -2 - p;
    if (c === LF) {
      this.line++;
      return p + 1;
    }
    // CR, alone or before LF
    if (p + 1 >= end && !final) return INCOMPLETE;
    this.line++;
    return buf[p + 1] === LF ? p + 2 : p + 1;
  }

  /** Reads a quoted field starting at `i` (on the opening quote) into `this.text`; returns the index after it. */
  private quotedField(buf: Buffer, i: number, end: number, final: boolean): number {
    let from = i + 1;
    let escaped = false;
    let close: number;
    for (;;) {
      const q = buf.indexOf(QUOTE, from);
      if (q === -1 || q >= end) {
        if (!final) return INCOMPLETE;
        throw dataError(
          this.sideName,
          this.source,
          this.line,
          'a quoted field is not closed (a " is missing)',
        );
      }
      if (q + 1 >= end && !final) return INCOMPLETE;
      if (buf[q + 1] === QUOTE) {
        escaped = true;
        from = q + 2;
        continue;
      }
      close = q;
      break;
    }
    let text = this.decode(buf, i + 1, close);
    if (escaped) text = text.replaceAll('""', '"');
    for (let k = i + 1; k < close; k++) if (buf[k] === LF) this.line++;
    // Anything between the closing quote and the delimiter is kept, as pandas does.
    const after = fieldEnd(buf, close + 1, end, this.delimiter);
    if (after > close + 1) text += this.decode(buf, close + 1, after);
    this.text = text;
    return after;
  }

  private headerRow(buf: Buffer, i: number, end: number, final: boolean): number {
    const columns: string[] = [];
    let p = i;
    const startLine = this.line;
    for (;;) {
      let after: number;
      if (p < end && buf[p] === QUOTE) {
        after = this.quotedField(buf, p, end, final);
        if (after === INCOMPLETE) return INCOMPLETE;
      } else {
        after = fieldEnd(buf, p, end, this.delimiter);
        this.text = this.decode(buf, p, after);
      }
      const next = this.terminate(buf, after, end, final);
      if (next === INCOMPLETE) return INCOMPLETE;
      columns.push(this.text);
      if (next <= -2) {
        p = -2 - next + 1;
        continue;
      }
      const seen = new Set<string>();
      for (const column of columns) {
        if (seen.has(column)) {
          throw dataError(
            this.sideName,
            this.source,
            startLine,
            `the header names column '${column}' twice; give every column a distinct name`,
          );
        }
        seen.add(column);
      }
      this.columns = columns;
      return next;
    }
  }

  private dataRow(buf: Buffer, i: number, end: number, final: boolean): number {
    const side = this.side!;
    const { values, status, modes, mantissas, exponents } = side;
    const slots = this.slots;
    const width = slots.length;
    const delimiter = this.delimiter;
    status.fill(MISSING);
    let column = 0;
    let p = i;
    for (;;) {
      if (column >= width) {
        throw dataError(
          this.sideName,
          this.source,
          this.line,
          `the row has more fields than the header's ${width} columns; quote fields that contain '${String.fromCharCode(delimiter)}'`,
        );
      }
      const slot = slots[column]!;
      let after: number;
      if (p < end && buf[p] === QUOTE) {
        after = this.quotedField(buf, p, end, final);
        if (after === INCOMPLETE) return INCOMPLETE;
        if (slot >= 0) this.stageText(slot, this.text);
      } else if (slot < 0) {
        after = fieldEnd(buf, p, end, delimiter);
      } else if (modes[slot] === NUMERIC_MODE) {
        after = scanNumber(buf, p, end, delimiter);
        if (scannedKind === INTEGER_VALUE || scannedKind === FLOAT_VALUE) {
          values[slot] = scannedValue;
          mantissas[slot] = scannedMantissa;
          exponents[slot] = scannedExponent;
          status[slot] = scannedKind;
        } else if (scannedKind === NOT_A_NUMBER) {
          after = fieldEnd(buf, after, end, delimiter);
          if (after >= end && !final) return INCOMPLETE;
          this.stageText(slot, this.decode(buf, p, after));
        }
        // INFINITE: stays missing.
      } else {
        after = fieldEnd(buf, p, end, delimiter);
        if (after >= end && !final) return INCOMPLETE;
        this.stageText(slot, this.decode(buf, p, after));
      }
      const next = this.terminate(buf, after, end, final);
      if (next === INCOMPLETE) return INCOMPLETE;
      if (next <= -2) {
        p = -2 - next + 1;
        column++;
        continue;
      }
      side.commitRow();
      return next;
    }
  }

  /** Stages a field read as text: missing, a number, a boolean or a string, as the slot's mode wants it. */
  private stageText(slot: number, text: string): void {
    const side = this.side!;
    const token = readToken(text);
    if (token.kind === 'missing') {
      side.status[slot] = MISSING;
      return;
    }
    if (side.modes[slot] === NUMERIC_MODE) {
      if (token.kind === 'integer' || token.kind === 'float') {
        side.values[slot] = token.value;
        side.exponents[slot] = NO_DECIMAL;
        side.status[slot] = token.kind === 'integer' ? INTEGER_VALUE : FLOAT_VALUE;
        return;
      }
      if (!side.acceptText(slot)) {
        throw dataError(
          this.sideName,
          this.source,
          this.line,
          notANumber(side.features[slot]!, showValue(text), side.reasons[slot] ?? 'numerical'),
        );
      }
    }
    switch (token.kind) {
      case 'integer':
      case 'float':
        side.texts[slot] = numberLabel(token.value);
        side.status[slot] = token.kind === 'integer' ? INTEGER_VALUE : FLOAT_VALUE;
        return;
      case 'boolean':
        side.texts[slot] = booleanLabel(token.value);
        side.status[slot] = BOOLEAN_VALUE;
        return;
      case 'string':
        side.texts[slot] = token.text;
        side.status[slot] = STRING_VALUE;
        return;
    }
  }
}

/** Opens a CSV source and reads its header; the rows are read later by `readRows`, continuing the same stream. */
export async function openCsv(
  source: DataSource,
  options: CsvOptions,
  sideName: SideName,
  signal?: AbortSignal,
): Promise<Table> {
  const delimiter = options.delimiter.charCodeAt(0);
  const parser = new CsvParser(delimiter, sideName, source, fieldDecoder(options.encoding));
  const raw = await source.openStream(signal);
  const { encoding } = options;
  const stream =
    encoding === 'utf-16' || encoding === 'utf-16le' || encoding === 'utf-16be'
      ? utf16ToUtf8(raw, encoding)
      : raw;
  const iterator = stream[Symbol.asyncIterator]();
  const checker = encoding === 'utf-8' ? new Utf8Checker() : undefined;
  /** Bytes of the stream before `pending`: where the buffer being parsed starts. */
  let parsedBytes = 0;
  /**
   * The incomplete row after the last parse, at the start of `work`: one buffer reused for row + next chunk, since a
   * new one per chunk (Buffer.concat) left tens of megabytes of garbage buffers resident between collections.
   */
  let work = Buffer.allocUnsafe(0);
  let pendingLength = 0;
  let done = false;

  const next = async (): Promise<IteratorResult<Uint8Array>> => {
    try {
      return await iterator.next();
    } catch (error) {
      if (error instanceof Utf16Error) throw dataError(sideName, source, error.line, error.message);
      throw error;
    }
  };
  /** Parses pending + chunk, after checking the chunk's encoding; keeps the incomplete row for the next one. */
  const feed = (chunk: Buffer, final: boolean): void => {
    let buf = chunk;
    if (pendingLength > 0) {
      const length = pendingLength + chunk.length;
      if (work.length < length) {
        const grown = Buffer.allocUnsafe(Math.max(length, work.length * 2));
        work.copy(grown, 0, 0, pendingLength);
        work = grown;
      }
      chunk.copy(work, pendingLength);
      buf = work.subarray(0, length);
    }
    if (checker !== undefined) {
      const problem = final ? checker.finish() : checker.check(chunk);
      if (problem !== undefined) {
        const line = parser.line + lineBreaksBefore(buf, Math.min(problem.offset - parsedBytes, buf.length));
        throw dataError(sideName, source, line, problem.message);
      }
    }
    const consumed = parser.parse(buf, final);
    parsedBytes += consumed;
    pendingLength = buf.length - consumed;
    if (pendingLength > 0) {
      if (buf === chunk) {
        if (work.length < pendingLength) work = Buffer.allocUnsafe(Math.max(pendingLength, 1 << 16));
        chunk.copy(work, 0, consumed);
      } else work.copyWithin(0, consumed, buf.length);
    }
  };

  while (parser.columns === undefined) {
    const result = await next();
    const final = result.done === true;
    feed(final ? Buffer.alloc(0) : toBuffer(result.value), final);
    if (final) {
      done = true;
      break;
    }
  }
  if (parser.columns === undefined) {
    throw dataError(sideName, source, undefined, 'the file is empty: a CSV file needs a header row');
  }
  const columns = parser.columns;
  return {
    source,
    columns,
    schemaKinds: undefined,
    async readRows(side, slots) {
      parser.bind(side, slots);
      if (!done) {
        for (;;) {
          const result = await next();
          if (result.done) break;
          feed(toBuffer(result.value), false);
        }
      }
      if (pendingLength > 0 || checker !== undefined) feed(Buffer.alloc(0), true);
    },
    async close() {
      await iterator.return?.();
    },
  };
}

function toBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
