/**
 * Counts of distinct numbers, in typed arrays: an open-addressing hash table of the values' bits (linear probing,
 * kept at most half full), 12 bytes a slot. A sketched feature counts its distinct values while they are few (their
 * counts are then an exact distribution), and a Map of doubles costs about 130 bytes an entry in V8: dozens of
 * features each counting tens of thousands of values made hundreds of megabytes of garbage that no budget saw.
 * This costs 24 bytes an entry at worst, all of it known in advance.
 */

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

export class ValueCounter {
  private keys: Float64Array;
  private counts: Uint32Array;
  private used: Uint8Array;
  size = 0;

  /** @param limit the most distinct values counted; `add` returns false beyond it. */
  constructor(readonly limit: number) {
    const capacity = 1 << Math.max(4, Math.ceil(Math.log2(Math.min(limit, 1024) * 2)));
    this.keys = new Float64Array(capacity);
    this.counts = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  /** The most bytes a counter of `limit` values takes. */
  static bytesFor(limit: number): number {
    return 2 ** Math.ceil(Math.log2(limit * 2)) * 13;
  }

  get bytes(): number {
    return this.keys.length * 13;
  }

  private slot(value: number): number {
    bits[0] = value;
    // Murmur-style mixing of both words: doubles that differ in low bits spread over the table.
    let h = Math.imul(words[0]! ^ Math.imul(words[1]!, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const mask = this.keys.length - 1;
    let at = h & mask;
    while (this.used[at] === 1 && this.keys[at] !== value) at = (at + 1) & mask;
    return at;
  }

  /** Adds `times` to the value's count; false (nothing added) when it is a new value beyond the limit. */
  add(value: number, times = 1): boolean {
    const key = value === 0 ? 0 : value; // -0 and 0 are one value
    let at = this.slot(key);
    if (this.used[at] === 0) {
      if (this.size >= this.limit) return false;
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        at = this.slot(key);
      }
      this.used[at] = 1;
      this.keys[at] = key;
      this.size++;
    }
    this.counts[at]! += times;
    return true;
  }

  private grow(): void {
    const { keys, counts, used } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.counts = new Uint32Array(keys.length * 2);
    this.used = new Uint8Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (used[i] === 0) continue;
      const at = this.slot(keys[i]!);
      this.used[at] = 1;
      this.keys[at] = keys[i]!;
      this.counts[at] = counts[i]!;
    }
  }

  /** The counts as a Map (for the statistics: at most `limit` entries, made once per feature). */
  toMap(): Map<number, number> {
    const map = new Map<number, number>();
    for (let i = 0; i < this.keys.length; i++)
      if (this.used[i] === 1) map.set(this.keys[i]!, this.counts[i]!);
    return map;
  }
}
