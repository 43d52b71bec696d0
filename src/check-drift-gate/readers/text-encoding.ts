/**
 * The text encodings CSV and JSON Lines are read in, strictly. The byte-level readers parse numbers from ASCII bytes
 * and decode only text fields, so:
 *
 * - UTF-8 (the default) is checked a chunk at a time with Node's `isUtf8` (simdutf: far faster than the parser, so
 *   the numeric hot path keeps its speed), before any byte of the chunk is parsed. An invalid byte is an error naming
 *   the file, the line and the byte's offset, instead of a U+FFFD that would create a category the data never had.
 * - Windows-1252 (`latin1` and `windows-1252`: the WHATWG Encoding Standard, which browsers and Node's TextDecoder
 *   follow, reads the label latin1 as Windows-1252) is ASCII-compatible: the readers parse it as they parse UTF-8 and
 *   decode text fields with a TextDecoder. Every byte is a character in it, so it has no invalid byte.
 * - UTF-16 has two bytes per character: the stream is decoded (TextDecoder, fatal) and re-encoded as UTF-8 before the
 *   readers see it; an unpaired surrogate is an error naming its byte offset. `utf-16` goes by the byte order mark
 *   (little-endian without one, as Windows writes it); `utf-16le` and `utf-16be` force the order.
 */
import { isUtf8 } from 'node:buffer';
import { TextDecoder } from 'node:util';

export type TextEncodingInput = 'utf-8' | 'latin1' | 'windows-1252' | 'utf-16' | 'utf-16le' | 'utf-16be';
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16' | 'utf-16le' | 'utf-16be';

export function textEncoding(input: TextEncodingInput): TextEncoding {
  return input === 'latin1' ? 'windows-1252' : input;
}

/** Decodes a field's bytes to a string. */
export type FieldDecoder = (buf: Buffer, start: number, end: number) => string;

const utf8: FieldDecoder = (buf, start, end) => buf.toString('utf8', start, end);

/** How the readers decode a field once the stream is UTF-8 or Windows-1252 (UTF-16 is re-encoded as UTF-8 first). */
export function fieldDecoder(encoding: TextEncoding): FieldDecoder {
  if (encoding !== 'windows-1252') return utf8;
  const decoder = new TextDecoder('windows-1252');
  return (buf, start, end) => {
    for (let i = start; i < end; i++) if (buf[i]! >= 0x80) return decoder.decode(buf.subarray(start, end));
    return buf.toString('latin1', start, end);
  };
}

/** Bytes the readers parse as text with `fieldDecoder`, and whether a UTF-8 byte order mark may start them. */
export function isUtf8Stream(encoding: TextEncoding): boolean {
  return encoding === 'utf-8' || encoding.startsWith('utf-16');
}

/** An encoding error: where, and what to do. */
export class EncodingProblem {
  constructor(
    /** Byte offset in the (decompressed) file. */
    readonly offset: number,
    readonly message: string,
  ) {}
}

const UTF16_HINT = 'the file starts with a UTF-16 byte order mark: set encoding: utf-16';
const LATIN_HINT =
  'if the file is Latin-1 or Windows-1252 (as older Excel and many databases write it), set encoding: windows-1252';

/** Length of the UTF-8 sequence a lead byte starts (0 for a byte that cannot start one). */
function sequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte at which `bytes` stops being valid UTF-8 (RFC 3629: no overlongs, surrogates, > U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    if (length === 1) {
      i++;
      continue;
    }
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    let low = 0x80;
    let high = 0xbf;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
    else if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Checks a UTF-8 stream chunk by chunk. A character split across two chunks is checked with the next one: `check`
 * validates each chunk up to its last complete character.
 */
export class Utf8Checker {
  /** Bytes received before the current chunk. */
  private received = 0;
  private carry: Uint8Array | undefined;

  /** The problem at the first invalid byte of this chunk (or of a character it completes), if any. */
  check(chunk: Uint8Array): EncodingProblem | undefined {
    let bytes = chunk;
    let base = this.received;
    if (this.carry !== undefined) {
      bytes = Buffer.concat([this.carry, chunk]);
      base -= this.carry.length;
      this.carry = undefined;
    }
    this.received += chunk.length;
    const split = completeLength(bytes);
    const complete = split === bytes.length ? bytes : bytes.subarray(0, split);
    if (split < bytes.length) this.carry = Uint8Array.prototype.slice.call(bytes, split);
    if (isUtf8(complete)) return undefined;
    return this.problem(complete, base);
  }

  /** At the end of the stream: a character left incomplete is invalid. */
  finish(): EncodingProblem | undefined {
    const carry = this.carry;
    if (carry === undefined) return undefined;
    this.carry = undefined;
    return this.problem(carry, this.received - carry.length, true);
  }

  private problem(bytes: Uint8Array, base: number, truncated = false): EncodingProblem {
    const index = truncated ? 0 : Math.max(firstInvalidUtf8(bytes), 0);
    const offset = base + index;
    const byte = bytes[index]!;
    const bom =
      offset === 0 &&
      bytes.length >= 2 &&
      ((byte === 0xff && bytes[1] === 0xfe) || (byte === 0xfe && bytes[1] === 0xff));
    const what = truncated
      ? `the file ends inside a UTF-8 character (byte 0x${hex(byte)} at byte offset ${offset})`
      : `byte 0x${hex(byte)} at byte offset ${offset} is not valid UTF-8`;
    return new EncodingProblem(offset, `${what}; ${bom ? UTF16_HINT : LATIN_HINT}`);
  }
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}

/** Length of the prefix of `bytes` that ends on a character boundary (a trailing incomplete sequence excluded). */
function completeLength(bytes: Uint8Array): number {
  const end = bytes.length;
  let i = end - 1;
  while (i >= 0 && i >= end - 3 && (bytes[i]! & 0xc0) === 0x80) i--;
  if (i < 0) return end;
  const length = sequenceLength(bytes[i]!);
  return length > 1 && i + length > end ? i : end;
}

/** Line breaks (LF, CRLF or a lone CR) in bytes[0..end): for the line of an encoding problem. */
export function lineBreaksBefore(bytes: Uint8Array, end: number): number {
  let breaks = 0;
  for (let i = 0; i < end; i++) {
    const c = bytes[i]!;
    if (c === 0x0a) breaks++;
    else if (c === 0x0d && bytes[i + 1] !== 0x0a) breaks++;
  }
  return breaks;
}

/** Thrown by the UTF-16 transcoder: where the invalid data starts, and the line (1-based) it is on. */
export class Utf16Error extends Error {
  constructor(
    readonly offset: number,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * UTF-16 bytes to UTF-8 bytes, as a stream. Fatal decoding: an unpaired surrogate (or a file ending inside a
 * character) is a Utf16Error with its byte offset and line.
 */
export async function* utf16ToUtf8(
  stream: AsyncIterable<Uint8Array>,
  encoding: 'utf-16' | 'utf-16le' | 'utf-16be',
): AsyncIterable<Uint8Array> {
  let decoder: TextDecoder | undefined;
  let littleEndian = true;
  let received = 0;
  let lines = 1;
  let pending: Uint8Array | undefined;
  for await (const raw of stream) {
    let chunk = raw;
    if (decoder === undefined) {
      if (pending !== undefined) {
        chunk = Buffer.concat([pending, chunk]);
        pending = undefined;
      }
      if (encoding === 'utf-16' && chunk.length < 2) {
        pending = chunk;
        continue;
      }
      littleEndian =
        encoding === 'utf-16le' || (encoding === 'utf-16' && !(chunk[0] === 0xfe && chunk[1] === 0xff));
      decoder = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { fatal: true });
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw utf16Problem(chunk, received, lines, littleEndian);
    }
    received += chunk.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    if (text.length > 0) yield Buffer.from(text, 'utf8');
  }
  if (decoder === undefined) {
    if (pending !== undefined && pending.length > 0)
      throw new Utf16Error(0, 1, 'the file ends inside a UTF-16 character (byte offset 0)');
    return;
  }
  try {
    const rest = decoder.decode();
    if (rest.length > 0) yield Buffer.from(rest, 'utf8');
  } catch {
    throw new Utf16Error(
      received - 1,
      lines,
      `the file ends inside a UTF-16 character (byte offset ${received - 1})`,
    );
  }
}

/** Finds the unpaired surrogate in a chunk the fatal decoder refused (a surrogate split from the previous chunk counts from 0). */
function utf16Problem(chunk: Uint8Array, base: number, lines: number, littleEndian: boolean): Utf16Error {
  const unit = (i: number) =>
    littleEndian ? chunk[i]! | (chunk[i + 1]! << 8) : (chunk[i]! << 8) | chunk[i + 1]!;
  let line = lines;
  let i = 0;
  for (; i + 1 < chunk.length; i += 2) {
    const code = unit(i);
    if (code === 0x0a) line++;
    if (code >= 0xdc00 && code <= 0xdfff) break;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = i + 3 < chunk.length ? unit(i + 2) : -1;
      if (next === -1) break;
      if (next < 0xdc00 || next > 0xdfff) break;
      i += 2;
    }
  }
  const offset = base + Math.min(i, Math.max(chunk.length - 1, 0));
  return new Utf16Error(
    offset,
    line,
    `the 2 bytes at byte offset ${offset} are an unpaired UTF-16 surrogate: the file is not valid UTF-16${littleEndian ? 'LE' : 'BE'}; check the encoding input (utf-16le or utf-16be), or whether the file is UTF-16 at all`,
  );
}
