/**
 * The golden file's rows by key, in typed arrays instead of a Map of strings: every key's bytes go into one growing
 * buffer (ByteArena), and an open-addressing table of row numbers finds them by a 32-bit FNV-1a hash, confirmed by
 * comparing the bytes. A million keys of ~25 bytes take ~45 MB this way (the bytes, their offsets, a table at most
 * half full), a third of what a Map<string, number> needs, and a lookup allocates nothing.
 */

/**
 * Copies `source[start..end)` to `target[at..]`. A loop, not `Buffer.copy`: keys and fields are a few bytes, and
 * `Buffer.copy` makes a typed-array view per call, which for millions of rows is most of the time and garbage.
 */
export function copyBytes(source: Buffer, start: number, end: number, target: Buffer, at: number): void {
  if (end - start > 64) {
    source.copy(target, at, start, end);
    return;
  }
  for (let i = start; i < end; i++) target[at++] = source[i]!;
}

/** The same check for short byte strings: equal lengths are compared byte by byte. */
export function sameBytes(
  a: Buffer,
  aStart: number,
  aEnd: number,
  b: Buffer,
  bStart: number,
  bEnd: number,
): boolean {
  const length = aEnd - aStart;
  if (length !== bEnd - bStart) return false;
  if (length > 64) return a.compare(b, bStart, bEnd, aStart, aEnd) === 0;
  for (let i = 0; i < length; i++) if (a[aStart + i] !== b[bStart + i]) return false;
  return true;
}

/** Byte strings appended one after another; entry i is `buf[starts[i] .. starts[i + 1])`. */
export class ByteArena {
  buf = Buffer.allocUnsafe(1 << 16);
  starts = new Int32Array(1 << 12);
  count = 0;
  private used = 0;

  /** Makes room for `entries` entries of `bytes` bytes in all, so a known size is allocated once. */
  reserve(entries: number, bytes: number): void {
    if (bytes > this.buf.length) {
      const grown = Buffer.allocUnsafe(bytes);
      this.buf.copy(grown, 0, 0, this.used);
      this.buf = grown;
    }
    if (entries + 1 > this.starts.length) {
      const grown = new Int32Array(entries + 1);
      grown.set(this.starts);
      this.starts = grown;
    }
  }

  get bytes(): number {
    return this.used;
  }

  /** Appends `bytes[start..end)`; answers the entry's number. */
  push(bytes: Buffer, start: number, end: number): number {
    const length = end - start;
    if (this.used + length > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(Math.ceil(this.buf.length * 1.5), this.used + length));
      this.buf.copy(grown, 0, 0, this.used);
      this.buf = grown;
    }
    if (this.count + 2 > this.starts.length) {
      const grown = new Int32Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    copyBytes(bytes, start, end, this.buf, this.used);
    this.starts[this.count] = this.used;
    this.used += length;
    this.starts[this.count + 1] = this.used;
    return this.count++;
  }

  start(entry: number): number {
    return this.starts[entry]!;
  }

  end(entry: number): number {
    return this.starts[entry + 1]!;
  }

  text(entry: number): string {
    return this.buf.toString('utf8', this.start(entry), this.end(entry));
  }
}

export function hashBytes(buf: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash ^= buf[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Keys (byte strings) to their entry number; an entry's number is the order it was added in. A slot holds the entry
 * number and the key's hash side by side, so a probe that meets another key is told apart in the same cache line,
 * without reading that key's bytes (the arena is read only to confirm a hash that matches).
 */
export class KeyIndex {
  readonly keys = new ByteArena();
  /** Pairs per slot: entry number + 1 (0: empty), then the key's hash. */
  private slots = new Int32Array(2 << 13);
  private mask = (1 << 13) - 1;

  get size(): number {
    return this.keys.count;
  }

  /** Sizes the table for `entries` keys at once (the golden file's estimated rows). */
  reserve(entries: number): void {
    let size = this.mask + 1;
    while (entries * 2 > size) size *= 2;
    if (size > this.mask + 1) this.rehash(size);
  }

  /** The entry holding these bytes, or -1. */
  find(bytes: Buffer, start: number, end: number, hash: number): number {
    const { slots, mask } = this;
    const arena = this.keys;
    const signed = hash | 0;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot * 2]!;
      if (held === 0) return -1;
      if (slots[slot * 2 + 1] !== signed) continue;
      const entry = held - 1;
      if (sameBytes(arena.buf, arena.starts[entry]!, arena.starts[entry + 1]!, bytes, start, end))
        return entry;
    }
  }

  /** Adds a key; answers its entry, or -(existing entry) - 1 when the key is already there. */
  add(bytes: Buffer, start: number, end: number, hash: number): number {
    const existing = this.find(bytes, start, end, hash);
    if (existing >= 0) return -existing - 1;
    if ((this.keys.count + 1) * 2 > this.mask + 1) this.rehash((this.mask + 1) * 2);
    const entry = this.keys.push(bytes, start, end);
    this.place(entry, hash);
    return entry;
  }

  private place(entry: number, hash: number): void {
    const { slots, mask } = this;
    let slot = hash & mask;
    while (slots[slot * 2] !== 0) slot = (slot + 1) & mask;
    slots[slot * 2] = entry + 1;
    slots[slot * 2 + 1] = hash | 0;
  }

  /** A larger table: each key's hash is computed again from its bytes (the table keeps no list of them). */
  private rehash(size: number): void {
    const arena = this.keys;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let entry = 0; entry < arena.count; entry++) {
      this.place(entry, hashBytes(arena.buf, arena.start(entry), arena.end(entry)));
    }
  }
}
