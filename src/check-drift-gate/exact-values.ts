/**
 * A numerical feature's values while they fit its side's share of `memory-budget`, in as little memory as is exact.
 *
 * Numbers read from text are mostly short decimals (`12.345678`, `42`, `0.35`). While every value of a column is
 * m / 10^d with an integer |m| < 2^31 and one common d ≤ 22, the column keeps the integers m in an Int32Array: 4 bytes
 * a value instead of 8, which halves the memory of the largest thing the action holds. Exactness is kept, not
 * approximated: m / 10^d is a single correctly rounded division of two exact doubles (Clinger's fast path), so it is
 * the very double `Number()` reads from the text, and a finer value later (more decimals) rescales the integers
 * exactly. Any value that does not fit (more digits, a number from JSON or Parquet, an integer beyond 2^31) turns the
 * column into a Float64Array of the values, converted exactly.
 *
 * Both arrays live on resizable ArrayBuffers that reserve address space up front and commit memory as they grow (by an
 * eighth, at least 64k values), and are sorted in place. Every change of committed memory is told to the side's
 * {@link MemoryAccount}, which decides when values go to a sketch instead.
 *
 * Sorted doubles can be packed (`pack()`): the reference's numerical features wait, fully read and sorted, while the
 * current data is read, and 8 bytes a value is most of the action's memory on 17-digit data. Consecutive sorted
 * values share their high bits, so the differences of their bit patterns (as order-preserving 64-bit keys) are
 * written as variable-length integers, 7 bits a byte: about 5 bytes a value for a million values of a continuous
 * feature, exactly reversible. `sortedSample()` unpacks them when the feature is measured.
 */
import { type RadixScratch, sortDoubles, sortIntegers } from './statistics/radix-sort.js';
import type { SortedSample } from './statistics/sorted-sample.js';

/**
 * One array of doubles reused for the samples that must be made (decimals, packed doubles), feature after feature:
 * the transient memory of the measuring phase is one sample per side, not one per feature waiting for the garbage
 * collector. A sample taken from it is valid until the next `take`.
 */
export class SampleScratch {
  private buffer: ResizableArrayBuffer | undefined;

  /** Scratch for a side's sample and, beyond the budget, its weighted values and cumulative weights. */
  static forSide(): SideScratch {
    return { sample: new SampleScratch(), values: new SampleScratch(), cumulative: new SampleScratch() };
  }

  take(length: number): Float64Array {
    if (this.buffer === undefined || this.buffer.maxByteLength < length * 8) {
      this.buffer?.resize(0);
      this.buffer = new ResizableArrayBuffer(length * 8, { maxByteLength: Math.max(length, 1) * 8 });
    } else if (this.buffer.byteLength < length * 8) this.buffer.resize(length * 8);
    return new Float64Array(this.buffer, 0, length);
  }

  release(): void {
    this.buffer?.resize(0);
    this.buffer = undefined;
  }
}

export interface SideScratch {
  readonly sample: SampleScratch;
  readonly values: SampleScratch;
  readonly cumulative: SampleScratch;
}

/** Gives every scratch array's memory back. */
export function releaseScratch(scratch: SideScratch): void {
  scratch.sample.release();
  scratch.values.release();
  scratch.cumulative.release();
}

/** The exponent staged for a number that has no short decimal form. */
export const NO_DECIMAL = 0x7fff;

const INT_MAX = 2 ** 31 - 1;
/** 10^k is exact in a double for k ≤ 22. */
const MAX_DECIMALS = 22;
const POWERS_OF_TEN = Array.from({ length: MAX_DECIMALS + 1 }, (_, k) => 10 ** k);
const ADDED = 0;
const FULL = 1;
const NOT_DECIMAL = 2;

/** ES2024's resizable ArrayBuffer (in Node 20's V8); the project's lib is ES2023, so the type is declared here. */
interface ResizableArrayBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const ResizableArrayBuffer = ArrayBuffer as unknown as new (
  byteLength: number,
  options: { maxByteLength: number },
) => ResizableArrayBuffer;

/** Where committed memory is counted; `change` is called with every increase (positive) or release (negative). */
export interface MemoryAccount {
  change(bytes: number): void;
}

/** V8 refuses a resizable ArrayBuffer larger than 4 GiB. */
export const MAX_BUFFER_BYTES = 2 ** 32;

export class ExactValues {
  private intBuffer: ResizableArrayBuffer | undefined;
  private ints: Int32Array | undefined;
  /** While the values are integers: the common number of decimals d. */
  private decimals = 0;
  private largest = 0;
  private floatBuffer: ResizableArrayBuffer | undefined;
  private floats: Float64Array | undefined;
  /** After `pack()`: the sorted doubles as key differences, 7 bits a byte. */
  private packed: Uint8Array | undefined;
  length = 0;

  /**
   * @param maxBytes the most one array may hold (its side's memory share, at most {@link MAX_BUFFER_BYTES}): `add`
   *   refuses a value beyond it.
   */
  constructor(
    private readonly maxBytes: number,
    private readonly account: MemoryAccount,
  ) {}

  /** Committed bytes. */
  get bytes(): number {
    return (
      (this.intBuffer?.byteLength ?? 0) + (this.floatBuffer?.byteLength ?? 0) + (this.packed?.byteLength ?? 0)
    );
  }

  /** Bytes per value currently used: 4 while decimals, 8 once doubles. */
  get bytesPerValue(): 4 | 8 {
    return this.floats === undefined ? 4 : 8;
  }

  /**
   * Adds a finite value. `mantissa` and `exponent` describe it as mantissa · 10^exponent when the reader knows that
   * exactly (the CSV fast path); `exponent` is NO_DECIMAL otherwise. Returns false, adding nothing, when the value
   * does not fit in `maxBytes`.
   */
  add(value: number, mantissa: number, exponent: number): boolean {
    // Doubles with room: the common case, kept first and short for the reader's hot loop.
    const floats = this.floats;
    if (floats !== undefined && this.length < floats.length) {
      floats[this.length++] = value;
      return true;
    }
    if (this.floats === undefined && exponent !== NO_DECIMAL) {
      const added = this.addDecimal(mantissa, exponent);
      if (added !== NOT_DECIMAL) return added === ADDED;
    }
    if (this.floats === undefined && !this.toFloats()) return false;
    const grown = this.grow(this.floatBuffer!, this.floats!, 8);
    if (grown === undefined) return false;
    grown[this.length++] = value;
    return true;
  }

  /** ADDED, FULL (no room), or NOT_DECIMAL (the value has no common-scale int32 form: the caller stores a double). */
  private addDecimal(mantissa: number, exponent: number): number {
    let m = mantissa;
    let d = -exponent;
    if (d < 0) {
      m *= POWERS_OF_TEN[Math.min(-d, MAX_DECIMALS)]!;
      d = 0;
    }
    if (d > MAX_DECIMALS) return NOT_DECIMAL;
    if (this.ints === undefined) {
      this.intBuffer = new ResizableArrayBuffer(0, { maxByteLength: this.maxBytes });
      this.ints = new Int32Array(this.intBuffer);
      this.decimals = d;
    }
    if (d < this.decimals) {
      m *= POWERS_OF_TEN[this.decimals - d]!;
    } else if (d > this.decimals) {
      const factor = POWERS_OF_TEN[d - this.decimals]!;
      if (this.largest * factor > INT_MAX) return NOT_DECIMAL;
      const ints = this.ints;
      for (let i = 0; i < this.length; i++) ints[i]! *= factor;
      this.largest *= factor;
      this.decimals = d;
    }
    const magnitude = Math.abs(m);
    if (magnitude > INT_MAX) return NOT_DECIMAL;
    const ints = this.grow(this.intBuffer!, this.ints, 4);
    if (ints === undefined) return FULL;
    if (magnitude > this.largest) this.largest = magnitude;
    ints[this.length++] = m;
    return ADDED;
  }

  /** The array with room for one more value, or undefined when it may not grow. */
  private grow<T extends Int32Array | Float64Array>(
    buffer: ResizableArrayBuffer,
    array: T,
    bytes: number,
  ): T | undefined {
    if (this.length < array.length) return array;
    const most = Math.floor(this.maxBytes / bytes);
    if (this.length >= most) return undefined;
    // Steps of an eighth, at least 64k values (or a 64th of the most, for small budgets).
    const step = Math.max(256, Math.min(65_536, Math.floor(most / 64)));
    const next = Math.min(most, Math.max(this.length + step, Math.ceil(this.length * 1.125)));
    const before = buffer.byteLength;
    buffer.resize(next * bytes);
    this.account.change(buffer.byteLength - before);
    return array;
  }

  /** From decimals to doubles, exactly: every m / 10^d is the double its text reads as. False when they do not fit. */
  private toFloats(): boolean {
    if (this.length * 8 > this.maxBytes) return false;
    this.floatBuffer = new ResizableArrayBuffer(0, { maxByteLength: this.maxBytes });
    this.floats = new Float64Array(this.floatBuffer);
    if (this.ints !== undefined) {
      this.floatBuffer.resize(Math.max(this.length, 1) * 8);
      this.account.change(this.floatBuffer.byteLength);
      const scale = POWERS_OF_TEN[this.decimals]!;
      for (let i = 0; i < this.length; i++) this.floats[i] = this.ints[i]! / scale;
      this.account.change(-this.intBuffer!.byteLength);
      this.intBuffer!.resize(0);
      this.intBuffer = undefined;
      this.ints = undefined;
    }
    return true;
  }

  valueAt(index: number): number {
    return this.floats !== undefined
      ? this.floats[index]!
      : this.ints![index]! / POWERS_OF_TEN[this.decimals]!;
  }

  /**
   * Sorts in place (integers sort as their values do: the scale is positive and common): by radix with a `scratch`
   * (reuse one from feature to feature), else with the built-in sort, which needs no memory beside the values.
   */
  sort(scratch?: RadixScratch): void {
    const floats = this.floats?.subarray(0, this.length);
    const ints = this.ints?.subarray(0, this.length);
    if (scratch === undefined) (floats ?? ints)?.sort();
    else if (floats !== undefined) sortDoubles(floats, scratch);
    else if (ints !== undefined) sortIntegers(ints, scratch);
  }

  /**
   * After `sort()`, for doubles: packs them (see the module's comment) and gives the doubles' memory back. Kept as
   * decimals (4 bytes), values are left as they are.
   */
  pack(): void {
    const floats = this.floats;
    if (floats === undefined || this.length === 0) return;
    const words = new Uint32Array(floats.buffer, 0, this.length * 2);
    // At most 10 bytes a value; pages never written are never resident, and the buffer shrinks to what was written.
    const buffer = new ResizableArrayBuffer(this.length * 10, { maxByteLength: this.length * 10 });
    const packed = new Uint8Array(buffer);
    buffer.resize(writePacked(words, this.length, packed));
    this.account.change(packed.byteLength - this.floatBuffer!.byteLength);
    this.floatBuffer!.resize(0);
    this.floatBuffer = undefined;
    this.floats = undefined;
    this.packed = packed;
  }

  /**
   * After `sort()`: the values as a sorted sample of doubles: the doubles themselves, or, kept as decimals or packed,
   * written into `into(length)` (a scratch array reused from feature to feature), else a new array.
   */
  sortedSample(into: (length: number) => Float64Array = (length) => new Float64Array(length)): SortedSample {
    if (this.packed !== undefined) return unpack(this.packed, this.length, into(this.length)) as SortedSample;
    if (this.floats !== undefined) return this.floats.subarray(0, this.length) as SortedSample;
    const sample = into(this.length);
    const scale = POWERS_OF_TEN[this.decimals]!;
    const ints = this.ints!;
    for (let i = 0; i < this.length; i++) sample[i] = ints[i]! / scale;
    return sample as SortedSample;
  }

  /** After `sort()`, before `pack()`: the number of distinct values. */
  distinct(): number {
    if (this.length === 0) return 0;
    const array = this.floats ?? this.ints!;
    let count = 1;
    for (let i = 1; i < this.length; i++) if (array[i] !== array[i - 1]) count++;
    return count;
  }

  /** After `sort()`, before `pack()`: calls `run(value, times)` for each distinct value, in ascending order. */
  forEachRun(run: (value: number, times: number) => void): void {
    const array = this.floats ?? this.ints!;
    let i = 0;
    while (i < this.length) {
      let j = i + 1;
      while (j < this.length && array[j] === array[i]) j++;
      run(this.valueAt(i), j - i);
      i = j;
    }
  }

  release(): void {
    this.account.change(-this.bytes);
    this.intBuffer?.resize(0);
    this.floatBuffer?.resize(0);
    this.intBuffer = undefined;
    this.floatBuffer = undefined;
    this.ints = undefined;
    this.floats = undefined;
    this.packed = undefined;
    this.length = 0;
  }
}

// Packing: a double's bits as an order-preserving unsigned 64-bit key (high, low words): negative values have every
// bit flipped, positive ones the sign bit set. Sorted doubles have non-decreasing keys; each difference from the
// previous key is written 7 bits a byte, the high bit of a byte saying that more follow.

function keyHigh(high: number): number {
  return high >= 0x80000000 ? ~high >>> 0 : (high | 0x80000000) >>> 0;
}

function keyLow(high: number, low: number): number {
  return high >= 0x80000000 ? ~low >>> 0 : low;
}

/** Writes the packed form; returns its length in bytes. */
function writePacked(words: Uint32Array, length: number, out: Uint8Array): number {
  let at = 0;
  let previousHigh = 0;
  let previousLow = 0;
  for (let i = 0; i < length; i++) {
    const high = keyHigh(words[2 * i + 1]!);
    const low = keyLow(words[2 * i + 1]!, words[2 * i]!);
    let deltaLow = (low - previousLow) >>> 0;
    let deltaHigh = (high - previousHigh - (low < previousLow ? 1 : 0)) >>> 0;
    previousHigh = high;
    previousLow = low;
    for (;;) {
      const byte = deltaLow & 0x7f;
      deltaLow = ((deltaLow >>> 7) | (deltaHigh << 25)) >>> 0;
      deltaHigh >>>= 7;
      if (deltaLow === 0 && deltaHigh === 0) {
        out[at++] = byte;
        break;
      }
      out[at++] = byte | 0x80;
    }
  }
  return at;
}

function unpack(packed: Uint8Array, length: number, out: Float64Array): Float64Array {
  const words = new Uint32Array(out.buffer, out.byteOffset, length * 2);
  let at = 0;
  let high = 0;
  let low = 0;
  for (let i = 0; i < length; i++) {
    let deltaLow = 0;
    let deltaHigh = 0;
    let shift = 0;
    for (;;) {
      const byte = packed[at++]!;
      const bits = byte & 0x7f;
      if (shift < 32) {
        deltaLow = (deltaLow | (bits << shift)) >>> 0;
        if (shift > 25) deltaHigh = (deltaHigh | (bits >>> (32 - shift))) >>> 0;
      } else deltaHigh = (deltaHigh | (bits << (shift - 32))) >>> 0;
      if (byte < 0x80) break;
      shift += 7;
    }
    const sum = low + deltaLow;
    low = sum >>> 0;
    high = (high + deltaHigh + (sum > 0xffffffff ? 1 : 0)) >>> 0;
    // Back from the key to the double's bits.
    if (high >= 0x80000000) {
      words[2 * i + 1] = (high & 0x7fffffff) >>> 0;
      words[2 * i] = low;
    } else {
      words[2 * i + 1] = ~high >>> 0;
      words[2 * i] = ~low >>> 0;
    }
  }
  return out;
}
