/**
 * CSV rows straight from bytes (RFC 4180: fields quoted with `"`, `""` for a quote inside, quoted fields may hold
 * delimiters and line breaks; LF or CRLF line ends; a UTF-8 byte order mark is skipped; blank lines are skipped, as
 * pandas skips them). A row is handed over as field boundaries into the chunk that holds it, never as strings: the
 * checks read only the fields they need, and most of them as numbers parsed from the bytes (field-values.ts). That
 * is what lets a million-row output be checked against a million-row golden file faster than pandas with a fraction
 * of its memory (bench/integration.mjs); `csv-parse` hands over every field as a string and streams at a third of
 * the speed (TOOLCHAIN.md).
 *
 * A line without a quote is split by the delimiter alone (the line end is found with the native `indexOf`); only a
 * line that holds a quote goes through the full grammar. A chunk that ends inside a row keeps that row's bytes for
 * the next chunk, so memory is one chunk plus one row. `scanFile` reads a file into one reused buffer: no garbage
 * per chunk, which at a million rows is what keeps the resident memory down.
 */
import { open } from 'node:fs/promises';

/** Fields a row may have; a longer row is malformed (`overflow`). */
export const MAX_FIELDS = 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** One row, valid only during the callback: its fields are `buf[starts[i] .. ends[i])`. */
export interface CsvRow {
  buf: Buffer;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 for a quoted field that holds a doubled quote: its text must be unescaped (fieldText does it). */
  readonly escaped: Uint8Array;
  /** Fields in this row. */
  count: number;
  /** The physical line the row starts on (1-based). */
  line: number;
  /** More fields than the scanner keeps (`maxFields`): the row is malformed, its fields beyond are dropped. */
  overflow: boolean;
}

export class CsvRowScanner {
  private pending: Buffer | undefined;
  private line = 1;
  private first = true;
  private readonly row: CsvRow;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly onRow: (row: CsvRow) => void,
    private readonly maxFields = MAX_FIELDS,
  ) {
    if (Buffer.byteLength(delimiter) !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new TypeError(`A CSV delimiter is one ASCII character other than a quote or a line end`);
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.row = {
      buf: Buffer.alloc(0),
      starts: new Int32Array(maxFields),
      ends: new Int32Array(maxFields),
      escaped: new Uint8Array(maxFields),
      count: 0,
      line: 1,
      overflow: false,
    };
  }

  write(chunk: Buffer): void {
    let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    if (this.first && buf.length > 0) {
      if (buf.length < 3 && buf[0] === 0xef) {
        this.pending = buf;
        return;
      }
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    const consumed = this.scan(buf, buf.length, false);
    this.pending = consumed < buf.length ? buf.subarray(consumed) : undefined;
  }

  /** The last row, even without a line end. */
  end(): void {
    const buf = this.pending;
    this.pending = undefined;
    if (buf && buf.length > 0) {
      if (this.first && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        this.scan(buf.subarray(3), buf.length - 3, true);
      } else this.scan(buf, buf.length, true);
    }
  }

  /**
   * Parses every complete row of `buf[start..end)` (every row, with `final`); answers where the unconsumed bytes
   * start. For callers that manage their own buffer (scanFile); `write` and `end` are the streaming form.
   */
  scanRange(buf: Buffer, start: number, end: number, final: boolean): number {
    if (this.first && end > start) {
      if (end - start < 3 && !final && buf[start] === 0xef) return start;
      this.first = false;
      if (buf[start] === 0xef && buf[start + 1] === 0xbb && buf[start + 2] === 0xbf) start += 3;
    }
    return this.scan(buf, end, final, start);
  }

  /** Parses every complete row of `buf[from..length)`; answers how many bytes were consumed. */
  private scan(buf: Buffer, length: number, final: boolean, from = 0): number {
    const row = this.row;
    row.buf = buf;
    let p = from;
    let nextQuote = buf.indexOf(QUOTE, p);
    if (nextQuote < 0 || nextQuote > length) nextQuote = length;
    while (p < length) {
      let lineFeed = buf.indexOf(LF, p);
      if (lineFeed >= length) lineFeed = -1;
      if (lineFeed < 0) {
        if (!final) return p;
        lineFeed = length;
      }
      if (nextQuote < p) {
        nextQuote = buf.indexOf(QUOTE, p);
        if (nextQuote < 0 || nextQuote > length) nextQuote = length;
      }
      if (nextQuote < lineFeed) {
        const end = this.quotedRow(buf, p, length, final);
        if (end < 0) return p;
        p = end;
        continue;
      }
      const contentEnd = lineFeed > p && buf[lineFeed - 1] === CR ? lineFeed - 1 : lineFeed;
      row.line = this.line;
      this.line++;
      if (contentEnd > p) {
        this.splitPlain(buf, p, contentEnd);
        this.onRow(row);
      }
      p = lineFeed + 1;
    }
    return length;
  }

  /** A line without quotes: fields between delimiters. */
  private splitPlain(buf: Buffer, start: number, end: number): void {
    const row = this.row;
    const { starts, ends, escaped } = row;
    const delimiter = this.delimiter;
    const max = this.maxFields;
    let count = 0;
    let fieldStart = start;
    for (let q = start; q < end; q++) {
      if (buf[q] === delimiter) {
        if (count < max) {
          starts[count] = fieldStart;
          ends[count] = q;
          escaped[count] = 0;
        }
        count++;
        fieldStart = q + 1;
      }
    }
    if (count < max) {
      starts[count] = fieldStart;
      ends[count] = end;
      escaped[count] = 0;
    }
    count++;
    row.overflow = count > max;
    row.count = Math.min(count, max);
  }

  /**
   * A row with quotes, by the full grammar; answers where the next row starts, or -1 when the bytes end inside it
   * (and this is not the last chunk).
   */
  private quotedRow(buf: Buffer, start: number, length: number, final: boolean): number {
    const row = this.row;
    const { starts, ends, escaped } = row;
    const delimiter = this.delimiter;
    let lines = 0;
    let count = 0;
    let p = start;
    let blank = true;
    for (;;) {
      let fieldStart: number;
      let fieldEnd: number;
      let doubled = 0;
      if (p < length && buf[p] === QUOTE) {
        blank = false;
        p++;
        fieldStart = p;
        for (;;) {
          if (p >= length) {
            if (!final) return -1;
            fieldEnd = p;
            break;
          }
          const c = buf[p]!;
          if (c === QUOTE) {
            if (p + 1 < length && buf[p + 1] === QUOTE) {
              doubled = 1;
              p += 2;
              continue;
            }
            if (p + 1 >= length && !final) return -1;
            fieldEnd = p;
            p++;
            break;
          }
          if (c === LF) lines++;
          p++;
        }
        // Characters after the closing quote up to the delimiter belong to the field, as pandas reads them.
        while (p < length && buf[p] !== delimiter && buf[p] !== LF && buf[p] !== CR) {
          p++;
          fieldEnd = p;
        }
      } else {
        fieldStart = p;
        while (p < length && buf[p] !== delimiter && buf[p] !== LF && buf[p] !== CR) p++;
        fieldEnd = p;
        if (fieldEnd > fieldStart) blank = false;
      }
      if (count < this.maxFields) {
        starts[count] = fieldStart;
        ends[count] = fieldEnd;
        escaped[count] = doubled;
      }
      count++;
      if (p >= length) {
        if (!final) return -1;
        break;
      }
      const c = buf[p]!;
      if (c === delimiter) {
        blank = false;
        p++;
        continue;
      }
      if (c === CR) {
        if (p + 1 >= length && !final) return -1;
        p++;
        if (p < length && buf[p] === LF) p++;
      } else p++;
      break;
    }
    row.line = this.line;
    this.line += lines + 1;
    row.overflow = count > this.maxFields;
    row.count = Math.min(count, this.maxFields);
    if (!blank) this.onRow(row);
    return p;
  }
}

/** Streams a file through the scanner with one reused buffer (grown only for a row longer than it). */
export async function scanFile(path: string, scanner: CsvRowScanner, chunkSize = 1 << 20): Promise<void> {
  const handle = await open(path, 'r');
  try {
    let buf = Buffer.allocUnsafe(chunkSize);
    let kept = 0;
    for (;;) {
      if (kept === buf.length) {
        const grown = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(grown, 0, 0, kept);
        buf = grown;
      }
      const { bytesRead } = await handle.read(buf, kept, buf.length - kept, null);
      const filled = kept + bytesRead;
      if (bytesRead === 0) {
        scanner.scanRange(buf, 0, filled, true);
        return;
      }
      const consumed = scanner.scanRange(buf, 0, filled, false);
      buf.copyWithin(0, consumed, filled);
      kept = filled - consumed;
    }
  } finally {
    await handle.close();
  }
}
