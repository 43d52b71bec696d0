/**
 * Least-significant-digit radix sorts of doubles and 32-bit integers, in place, for the arrays a feature's values are
 * sorted in (sorting was a quarter of the time on 1M x 20 doubles: `TypedArray#sort` is a comparison sort, about
 * 130 ms a million doubles here; these take about half of that or less).
 *
 * A double's high word becomes an order-preserving unsigned key (negative values: every bit flipped; others: the sign
 * bit set), sorted in three 11-bit digits; a digit that is the same in every value (common in the high bits of a
 * feature's values) costs no pass, since every digit's histogram is counted in one pass first. Values that share a
 * high word (20 bits of mantissa: neighbours, for continuous data) are then put in order by an insertion pass, which
 * never moves a value past one with another high word; if that would take many moves (long runs of values that
 * differ only in their low bits), the built-in sort finishes instead. The result is the one ascending order of the
 * values: the very array `TypedArray#sort` gives, bit for bit (-0 before +0; the values are finite). Integers are
 * sorted by three digits of their value with the sign bit flipped.
 *
 * The passes need a second array as large as the one sorted: a {@link RadixScratch} reused from feature to feature,
 * so the transient memory is one feature's values. Above {@link RADIX_LIMIT} values the built-in sort is used, so that
 * a very large exact feature never needs a scratch of its size beside it.
 */

/** The most values sorted by radix (a 32 MiB scratch at most); larger arrays use the built-in sort. */
export const RADIX_LIMIT = 4 * 1024 * 1024;
/** Below this, the built-in sort is as fast and needs no scratch. */
const RADIX_MINIMUM = 2048;

const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;

/** ES2024's resizable ArrayBuffer (in Node 20's V8); the project's lib is ES2023, so the type is declared here. */
interface ResizableArrayBuffer extends ArrayBuffer {
  resize(byteLength: number): void;
}
const ResizableArrayBuffer = ArrayBuffer as unknown as new (
  byteLength: number,
  options: { maxByteLength: number },
) => ResizableArrayBuffer;

/**
 * A scratch array for the radix passes, reused from array to array; `release()` gives its memory back at once (a
 * resizable buffer shrunk to nothing), not at the next garbage collection.
 */
export class RadixScratch {
  private buffer: ResizableArrayBuffer | undefined;
  readonly counts = new Uint32Array(3 * BUCKETS);

  /** At least `length` 32-bit words. */
  take(length: number): Uint32Array {
    if (this.buffer === undefined || this.buffer.byteLength < length * 4) {
      this.buffer?.resize(0);
      this.buffer = new ResizableArrayBuffer(length * 4, { maxByteLength: length * 4 });
    }
    return new Uint32Array(this.buffer, 0, length);
  }

  release(): void {
    this.buffer?.resize(0);
    this.buffer = undefined;
  }
}

/** Sorts `values` ascending in place: the same order as `values.sort()`. */
export function sortDoubles(values: Float64Array, scratch: RadixScratch): void {
  const n = values.length;
  if (n < RADIX_MINIMUM || n > RADIX_LIMIT) {
    values.sort();
    return;
  }
  // Little-endian words (as every platform Node runs on): word 2i is the low half of value i, 2i + 1 the high half.
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  const counts = scratch.counts;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const high = words[2 * i + 1]!;
    const key = high >= 0x80000000 ? ~high >>> 0 : (high | 0x80000000) >>> 0;
    words[2 * i + 1] = key;
    counts[key & MASK]!++;
    counts[BUCKETS + ((key >>> 11) & MASK)]!++;
    counts[2 * BUCKETS + (key >>> 22)]!++;
  }
  let source = words;
  let target = scratch.take(n * 2);
  for (let pass = 0; pass < 3; pass++) {
    if (!toOffsets(counts, pass * BUCKETS, n)) continue;
    const base = pass * BUCKETS;
    const shift = pass * DIGIT_BITS;
    for (let i = 0; i < n; i++) {
      const high = source[2 * i + 1]!;
      const at = counts[base + ((high >>> shift) & MASK)]!++;
      target[2 * at] = source[2 * i]!;
      target[2 * at + 1] = high;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== words) words.set(source.subarray(0, n * 2));
  for (let i = 0; i < n; i++) {
    const key = words[2 * i + 1]!;
    words[2 * i + 1] = key >= 0x80000000 ? (key & 0x7fffffff) >>> 0 : ~key >>> 0;
  }
  // Values are now in order of their high words; those sharing one (a few neighbours at most, for continuous
  // data) are put in order by insertion, which moves nothing across different high words. When that takes more
  // moves than a sort would (long runs of values that differ only in their low bits), the built-in sort finishes.
  let budget = 8 * n;
  for (let i = 1; i < n; i++) {
    const value = values[i]!;
    if (!(value < values[i - 1]!)) continue;
    let j = i - 1;
    while (j >= 0 && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
    budget -= i - j;
    if (budget < 0) {
      values.sort();
      return;
    }
  }
}

/** Sorts `values` ascending in place: the same order as `values.sort()`. */
export function sortIntegers(values: Int32Array, scratch: RadixScratch): void {
  const n = values.length;
  if (n < RADIX_MINIMUM || n > RADIX_LIMIT) {
    values.sort();
    return;
  }
  // The key: the sign bit flipped makes signed order unsigned.
  const words = new Uint32Array(values.buffer, values.byteOffset, n);
  const counts = scratch.counts;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const key = (words[i]! ^ 0x80000000) >>> 0;
    words[i] = key;
    counts[key & MASK]!++;
    counts[BUCKETS + ((key >>> 11) & MASK)]!++;
    counts[2 * BUCKETS + (key >>> 22)]!++;
  }
  let source = words;
  let target = scratch.take(n);
  for (let pass = 0; pass < 3; pass++) {
    if (!toOffsets(counts, pass * BUCKETS, n)) continue;
    const base = pass * BUCKETS;
    const shift = pass * DIGIT_BITS;
    for (let i = 0; i < n; i++) {
      const key = source[i]!;
      target[counts[base + ((key >>> shift) & MASK)]!++] = key;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== words) words.set(source.subarray(0, n));
  for (let i = 0; i < n; i++) words[i] = (words[i]! ^ 0x80000000) >>> 0;
}

/** Turns one digit's histogram into the first index of each bucket; false when every value has the same digit. */
function toOffsets(counts: Uint32Array, base: number, n: number): boolean {
  let sum = 0;
  for (let digit = 0; digit < BUCKETS; digit++) {
    const count = counts[base + digit]!;
    if (count === n) return false;
    counts[base + digit] = sum;
    sum += count;
  }
  return true;
}
