/**
 * The golden file's rows by key, in typed arrays instead of a Map of strings: every key's bytes go into one growing
 * buffer (ByteArena), and an open-addressing table of row numbers finds them by a 32-bit FNV-1a hash, confirmed by
 * comparing the bytes. A million keys of ~20 bytes take ~30 MB this way, a third of what a Map<string, number>
 * needs, and a lookup allocates nothing.
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

/** Keys (byte strings) to their entry number; an entry's number is the order it was added in. */
export class KeyIndex {
  readonly keys = new ByteArena();
  private hashes = new Uint32Array(1 << 12);
  /** Entry number + 1, or 0 for an empty slot. */
  private slots = new Int32Array(1 << 13);
  private mask = (1 << 13) - 1;

  get size(): number {
    return this.keys.count;
  }

  /** Sizes the table for `entries` keys at once (the golden file's estimated rows). */
  reserve(entries: number): void {
    if (entries > this.hashes.length) {
      const grown = new Uint32Array(entries);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    let slots = this.slots.length;
    while (entries * 2 > slots) slots *= 2;
    if (slots > this.slots.length) this.rehash(slots);
  }

  /** The entry holding these bytes, or -1. */
  find(bytes: Buffer, start: number, end: number, hash: number): number {
    const { slots, mask, hashes } = this;
    const arena = this.keys;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]!;
      if (held === 0) return -1;
      const entry = held - 1;
      if (hashes[entry] !== hash) continue;
      if (sameBytes(arena.buf, arena.starts[entry]!, arena.starts[entry + 1]!, bytes, start, end))
        return entry;
    }
  }

  /** Adds a key; answers its entry, or -(existing entry) - 1 when the key is already there. */
  add(bytes: Buffer, start: number, end: number, hash: number): number {
    const existing = this.find(bytes, start, end, hash);
    if (existing >= 0) return -existing - 1;
    if ((this.keys.count + 1) * 2 > this.slots.length) this.grow();
    const entry = this.keys.push(bytes, start, end);
    if (entry >= this.hashes.length) {
      const grown = new Uint32Array(Math.ceil(this.hashes.length * 1.5));
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[entry] = hash;
    this.place(entry, hash);
    return entry;
  }

  private place(entry: number, hash: number): void {
    const { slots, mask } = this;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = entry + 1;
  }

  private grow(): void {
    this.rehash(this.slots.length * 2);
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let entry = 0; entry < this.keys.count; entry++) this.place(entry, this.hashes[entry]!);
  }
}
