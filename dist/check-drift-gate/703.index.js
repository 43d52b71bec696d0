export const id = 703;
export const ids = [703];
export const modules = {

/***/ 4703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VP: () => (/* binding */ describeSchemaChange),
  measureDrift: () => (/* binding */ measureDrift)
});

// UNUSED EXPORTS: referenceMemoryShare, runGate

// EXTERNAL MODULE: ./src/shared/azure/polling.ts
var polling = __webpack_require__(362);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(8382);
;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/radix-sort.ts
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
const RADIX_LIMIT = 4 * 1024 * 1024;
/** Below this, the built-in sort is as fast and needs no scratch. */
const RADIX_MINIMUM = 2048;
const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;
const MASK = BUCKETS - 1;
const ResizableArrayBuffer = ArrayBuffer;
/**
 * A scratch array for the radix passes, reused from array to array; `release()` gives its memory back at once (a
 * resizable buffer shrunk to nothing), not at the next garbage collection.
 */
class RadixScratch {
    buffer;
    counts = new Uint32Array(3 * BUCKETS);
    /** At least `length` 32-bit words. */
    take(length) {
        if (this.buffer === undefined || this.buffer.byteLength < length * 4) {
            this.buffer?.resize(0);
            this.buffer = new ResizableArrayBuffer(length * 4, { maxByteLength: length * 4 });
        }
        return new Uint32Array(this.buffer, 0, length);
    }
    release() {
        this.buffer?.resize(0);
        this.buffer = undefined;
    }
}
/** Sorts `values` ascending in place: the same order as `values.sort()`. */
function sortDoubles(values, scratch) {
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
        const high = words[2 * i + 1];
        const key = high >= 0x80000000 ? ~high >>> 0 : (high | 0x80000000) >>> 0;
        words[2 * i + 1] = key;
        counts[key & MASK]++;
        counts[BUCKETS + ((key >>> 11) & MASK)]++;
        counts[2 * BUCKETS + (key >>> 22)]++;
    }
    let source = words;
    let target = scratch.take(n * 2);
    for (let pass = 0; pass < 3; pass++) {
        if (!toOffsets(counts, pass * BUCKETS, n))
            continue;
        const base = pass * BUCKETS;
        const shift = pass * DIGIT_BITS;
        for (let i = 0; i < n; i++) {
            const high = source[2 * i + 1];
            const at = counts[base + ((high >>> shift) & MASK)]++;
            target[2 * at] = source[2 * i];
            target[2 * at + 1] = high;
        }
        const swap = source;
        source = target;
        target = swap;
    }
    if (source !== words)
        words.set(source.subarray(0, n * 2));
    for (let i = 0; i < n; i++) {
        const key = words[2 * i + 1];
        words[2 * i + 1] = key >= 0x80000000 ? (key & 0x7fffffff) >>> 0 : ~key >>> 0;
    }
    // Values are now in order of their high words; those sharing one (a few neighbours at most, for continuous
    // data) are put in order by insertion, which moves nothing across different high words. When that takes more
    // moves than a sort would (long runs of values that differ only in their low bits), the built-in sort finishes.
    let budget = 8 * n;
    for (let i = 1; i < n; i++) {
        const value = values[i];
        if (!(value < values[i - 1]))
            continue;
        let j = i - 1;
        while (j >= 0 && values[j] > value) {
            values[j + 1] = values[j];
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
function sortIntegers(values, scratch) {
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
        const key = (words[i] ^ 0x80000000) >>> 0;
        words[i] = key;
        counts[key & MASK]++;
        counts[BUCKETS + ((key >>> 11) & MASK)]++;
        counts[2 * BUCKETS + (key >>> 22)]++;
    }
    let source = words;
    let target = scratch.take(n);
    for (let pass = 0; pass < 3; pass++) {
        if (!toOffsets(counts, pass * BUCKETS, n))
            continue;
        const base = pass * BUCKETS;
        const shift = pass * DIGIT_BITS;
        for (let i = 0; i < n; i++) {
            const key = source[i];
            target[counts[base + ((key >>> shift) & MASK)]++] = key;
        }
        const swap = source;
        source = target;
        target = swap;
    }
    if (source !== words)
        words.set(source.subarray(0, n));
    for (let i = 0; i < n; i++)
        words[i] = (words[i] ^ 0x80000000) >>> 0;
}
/** Turns one digit's histogram into the first index of each bucket; false when every value has the same digit. */
function toOffsets(counts, base, n) {
    let sum = 0;
    for (let digit = 0; digit < BUCKETS; digit++) {
        const count = counts[base + digit];
        if (count === n)
            return false;
        counts[base + digit] = sum;
        sum += count;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/check-drift-gate/exact-values.ts
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

/**
 * One array of doubles reused for the samples that must be made (decimals, packed doubles), feature after feature:
 * the transient memory of the measuring phase is one sample per side, not one per feature waiting for the garbage
 * collector. A sample taken from it is valid until the next `take`.
 */
class SampleScratch {
    buffer;
    /** Scratch for a side's sample and, beyond the budget, its weighted values and cumulative weights. */
    static forSide() {
        return { sample: new SampleScratch(), values: new SampleScratch(), cumulative: new SampleScratch() };
    }
    take(length) {
        if (this.buffer === undefined || this.buffer.maxByteLength < length * 8) {
            this.buffer?.resize(0);
            this.buffer = new exact_values_ResizableArrayBuffer(length * 8, { maxByteLength: Math.max(length, 1) * 8 });
        }
        else if (this.buffer.byteLength < length * 8)
            this.buffer.resize(length * 8);
        return new Float64Array(this.buffer, 0, length);
    }
    release() {
        this.buffer?.resize(0);
        this.buffer = undefined;
    }
}
/** Gives every scratch array's memory back. */
function releaseScratch(scratch) {
    scratch.sample.release();
    scratch.values.release();
    scratch.cumulative.release();
}
/** The exponent staged for a number that has no short decimal form. */
const NO_DECIMAL = 0x7fff;
const INT_MAX = 2 ** 31 - 1;
/** 10^k is exact in a double for k ≤ 22. */
const MAX_DECIMALS = 22;
const POWERS_OF_TEN = Array.from({ length: MAX_DECIMALS + 1 }, (_, k) => 10 ** k);
const ADDED = 0;
const FULL = 1;
const NOT_DECIMAL = 2;
const exact_values_ResizableArrayBuffer = ArrayBuffer;
/** V8 refuses a resizable ArrayBuffer larger than 4 GiB. */
const MAX_BUFFER_BYTES = 2 ** 32;
class ExactValues {
    maxBytes;
    account;
    intBuffer;
    ints;
    /** While the values are integers: the common number of decimals d. */
    decimals = 0;
    largest = 0;
    floatBuffer;
    floats;
    /** After `pack()`: the sorted doubles as key differences, 7 bits a byte. */
    packed;
    length = 0;
    /**
     * @param maxBytes the most one array may hold (its side's memory share, at most {@link MAX_BUFFER_BYTES}): `add`
     *   refuses a value beyond it.
     */
    constructor(maxBytes, account) {
        this.maxBytes = maxBytes;
        this.account = account;
    }
    /** Committed bytes. */
    get bytes() {
        return ((this.intBuffer?.byteLength ?? 0) + (this.floatBuffer?.byteLength ?? 0) + (this.packed?.byteLength ?? 0));
    }
    /** Bytes per value currently used: 4 while decimals, 8 once doubles. */
    get bytesPerValue() {
        return this.floats === undefined ? 4 : 8;
    }
    /**
     * Adds a finite value. `mantissa` and `exponent` describe it as mantissa · 10^exponent when the reader knows that
     * exactly (the CSV fast path); `exponent` is NO_DECIMAL otherwise. Returns false, adding nothing, when the value
     * does not fit in `maxBytes`.
     */
    add(value, mantissa, exponent) {
        // Doubles with room: the common case, kept first and short for the reader's hot loop.
        const floats = this.floats;
        if (floats !== undefined && this.length < floats.length) {
            floats[this.length++] = value;
            return true;
        }
        if (this.floats === undefined && exponent !== NO_DECIMAL) {
            const added = this.addDecimal(mantissa, exponent);
            if (added !== NOT_DECIMAL)
                return added === ADDED;
        }
        if (this.floats === undefined && !this.toFloats())
            return false;
        const grown = this.grow(this.floatBuffer, this.floats, 8);
        if (grown === undefined)
            return false;
        grown[this.length++] = value;
        return true;
    }
    /** ADDED, FULL (no room), or NOT_DECIMAL (the value has no common-scale int32 form: the caller stores a double). */
    addDecimal(mantissa, exponent) {
        let m = mantissa;
        let d = -exponent;
        if (d < 0) {
            m *= POWERS_OF_TEN[Math.min(-d, MAX_DECIMALS)];
            d = 0;
        }
        if (d > MAX_DECIMALS)
            return NOT_DECIMAL;
        if (this.ints === undefined) {
            this.intBuffer = new exact_values_ResizableArrayBuffer(0, { maxByteLength: this.maxBytes });
            this.ints = new Int32Array(this.intBuffer);
            this.decimals = d;
        }
        if (d < this.decimals) {
            m *= POWERS_OF_TEN[this.decimals - d];
        }
        else if (d > this.decimals) {
            const factor = POWERS_OF_TEN[d - this.decimals];
            if (this.largest * factor > INT_MAX)
                return NOT_DECIMAL;
            const ints = this.ints;
            for (let i = 0; i < this.length; i++)
                ints[i] *= factor;
            this.largest *= factor;
            this.decimals = d;
        }
        const magnitude = Math.abs(m);
        if (magnitude > INT_MAX)
            return NOT_DECIMAL;
        const ints = this.grow(this.intBuffer, this.ints, 4);
        if (ints === undefined)
            return FULL;
        if (magnitude > this.largest)
            this.largest = magnitude;
        ints[this.length++] = m;
        return ADDED;
    }
    /** The array with room for one more value, or undefined when it may not grow. */
    grow(buffer, array, bytes) {
        if (this.length < array.length)
            return array;
        const most = Math.floor(this.maxBytes / bytes);
        if (this.length >= most)
            return undefined;
        // Steps of an eighth, at least 64k values (or a 64th of the most, for small budgets).
        const step = Math.max(256, Math.min(65_536, Math.floor(most / 64)));
        const next = Math.min(most, Math.max(this.length + step, Math.ceil(this.length * 1.125)));
        const before = buffer.byteLength;
        buffer.resize(next * bytes);
        this.account.change(buffer.byteLength - before);
        return array;
    }
    /** From decimals to doubles, exactly: every m / 10^d is the double its text reads as. False when they do not fit. */
    toFloats() {
        if (this.length * 8 > this.maxBytes)
            return false;
        this.floatBuffer = new exact_values_ResizableArrayBuffer(0, { maxByteLength: this.maxBytes });
        this.floats = new Float64Array(this.floatBuffer);
        if (this.ints !== undefined) {
            this.floatBuffer.resize(Math.max(this.length, 1) * 8);
            this.account.change(this.floatBuffer.byteLength);
            const scale = POWERS_OF_TEN[this.decimals];
            for (let i = 0; i < this.length; i++)
                this.floats[i] = this.ints[i] / scale;
            this.account.change(-this.intBuffer.byteLength);
            this.intBuffer.resize(0);
            this.intBuffer = undefined;
            this.ints = undefined;
        }
        return true;
    }
    valueAt(index) {
        return this.floats !== undefined
            ? this.floats[index]
            : this.ints[index] / POWERS_OF_TEN[this.decimals];
    }
    /**
     * Sorts in place (integers sort as their values do: the scale is positive and common): by radix with a `scratch`
     * (reuse one from feature to feature), else with the built-in sort, which needs no memory beside the values.
     */
    sort(scratch) {
        const floats = this.floats?.subarray(0, this.length);
        const ints = this.ints?.subarray(0, this.length);
        if (scratch === undefined)
            (floats ?? ints)?.sort();
        else if (floats !== undefined)
            sortDoubles(floats, scratch);
        else if (ints !== undefined)
            sortIntegers(ints, scratch);
    }
    /**
     * After `sort()`, for doubles: packs them (see the module's comment) and gives the doubles' memory back. Kept as
     * decimals (4 bytes), values are left as they are.
     */
    pack() {
        const floats = this.floats;
        if (floats === undefined || this.length === 0)
            return;
        const words = new Uint32Array(floats.buffer, 0, this.length * 2);
        // At most 10 bytes a value; pages never written are never resident, and the buffer shrinks to what was written.
        const buffer = new exact_values_ResizableArrayBuffer(this.length * 10, { maxByteLength: this.length * 10 });
        const packed = new Uint8Array(buffer);
        buffer.resize(writePacked(words, this.length, packed));
        this.account.change(packed.byteLength - this.floatBuffer.byteLength);
        this.floatBuffer.resize(0);
        this.floatBuffer = undefined;
        this.floats = undefined;
        this.packed = packed;
    }
    /**
     * After `sort()`: the values as a sorted sample of doubles: the doubles themselves, or, kept as decimals or packed,
     * written into `into(length)` (a scratch array reused from feature to feature), else a new array.
     */
    sortedSample(into = (length) => new Float64Array(length)) {
        if (this.packed !== undefined)
            return unpack(this.packed, this.length, into(this.length));
        if (this.floats !== undefined)
            return this.floats.subarray(0, this.length);
        const sample = into(this.length);
        const scale = POWERS_OF_TEN[this.decimals];
        const ints = this.ints;
        for (let i = 0; i < this.length; i++)
            sample[i] = ints[i] / scale;
        return sample;
    }
    /** After `sort()`, before `pack()`: the number of distinct values. */
    distinct() {
        if (this.length === 0)
            return 0;
        const array = this.floats ?? this.ints;
        let count = 1;
        for (let i = 1; i < this.length; i++)
            if (array[i] !== array[i - 1])
                count++;
        return count;
    }
    /** After `sort()`, before `pack()`: calls `run(value, times)` for each distinct value, in ascending order. */
    forEachRun(run) {
        const array = this.floats ?? this.ints;
        let i = 0;
        while (i < this.length) {
            let j = i + 1;
            while (j < this.length && array[j] === array[i])
                j++;
            run(this.valueAt(i), j - i);
            i = j;
        }
    }
    release() {
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
function keyHigh(high) {
    return high >= 0x80000000 ? ~high >>> 0 : (high | 0x80000000) >>> 0;
}
function keyLow(high, low) {
    return high >= 0x80000000 ? ~low >>> 0 : low;
}
/** Writes the packed form; returns its length in bytes. */
function writePacked(words, length, out) {
    let at = 0;
    let previousHigh = 0;
    let previousLow = 0;
    for (let i = 0; i < length; i++) {
        const high = keyHigh(words[2 * i + 1]);
        const low = keyLow(words[2 * i + 1], words[2 * i]);
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
function unpack(packed, length, out) {
    const words = new Uint32Array(out.buffer, out.byteOffset, length * 2);
    let at = 0;
    let high = 0;
    let low = 0;
    for (let i = 0; i < length; i++) {
        let deltaLow = 0;
        let deltaHigh = 0;
        let shift = 0;
        for (;;) {
            const byte = packed[at++];
            const bits = byte & 0x7f;
            if (shift < 32) {
                deltaLow = (deltaLow | (bits << shift)) >>> 0;
                if (shift > 25)
                    deltaHigh = (deltaHigh | (bits >>> (32 - shift))) >>> 0;
            }
            else
                deltaHigh = (deltaHigh | (bits << (shift - 32))) >>> 0;
            if (byte < 0x80)
                break;
            shift += 7;
        }
        const sum = low + deltaLow;
        low = sum >>> 0;
        high = (high + deltaHigh + (sum > 0xffffffff ? 1 : 0)) >>> 0;
        // Back from the key to the double's bits.
        if (high >= 0x80000000) {
            words[2 * i + 1] = (high & 0x7fffffff) >>> 0;
            words[2 * i] = low;
        }
        else {
            words[2 * i + 1] = ~high >>> 0;
            words[2 * i] = ~low >>> 0;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/check-drift-gate/statistics/floating-point.ts
var floating_point = __webpack_require__(723);
;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/jensen-shannon.ts
/**
 * Jensen–Shannon distance between two discrete distributions, as `scipy.spatial.distance.jensenshannon`.
 * Azure ML reports it with base 2 (in [0, 1]); Evidently with the natural log (in [0, sqrt(ln 2)]), so the same
 * threshold means different things: value_ln = value_base2 · sqrt(ln 2).
 */

/** scipy.special.rel_entr: x·ln(x/y) for x, y > 0; 0 when x = 0 and y ≥ 0; +∞ otherwise. */
function relativeEntropyTerm(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Number.POSITIVE_INFINITY;
}
/**
 * JS distance = sqrt((KL(p‖m) + KL(q‖m)) / 2 / ln(base)) with m = (p + q)/2, after renormalising p and q to sum
 * to 1 (so raw counts work as well as proportions); 0·ln 0 = 0. `base` omitted means natural log (scipy's
 * `base=None`, Evidently); pass 2 for Azure ML.
 *
 * One deliberate difference: when rounding makes the divergence sum a hair negative for near-identical inputs,
 * scipy returns NaN (sqrt of a negative); this returns 0.
 */
function jensenShannonDistance(p, q, base) {
    if (p.length !== q.length)
        throw new RangeError(`distributions differ in length: ${p.length} vs ${q.length}`);
    if (p.length === 0)
        throw new RangeError('distributions must have at least one bin');
    const pTotal = (0,floating_point/* compensatedSum */.dY)();
    const qTotal = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < p.length; i++) {
        if (!(p[i] >= 0) || !(q[i] >= 0))
            throw new RangeError(`bin ${i} has a negative or NaN mass`);
        (0,floating_point/* addTo */.DN)(pTotal, p[i]);
        (0,floating_point/* addTo */.DN)(qTotal, q[i]);
    }
    const pSum = (0,floating_point/* totalOf */.e6)(pTotal);
    const qSum = (0,floating_point/* totalOf */.e6)(qTotal);
    if (!(pSum > 0) || !(qSum > 0))
        throw new RangeError('each distribution needs a positive total mass');
    const left = (0,floating_point/* compensatedSum */.dY)();
    const right = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / pSum;
        const qi = q[i] / qSum;
        const mi = (pi + qi) / 2;
        (0,floating_point/* addTo */.DN)(left, relativeEntropyTerm(pi, mi));
        (0,floating_point/* addTo */.DN)(right, relativeEntropyTerm(qi, mi));
    }
    let js = (0,floating_point/* totalOf */.e6)(left) + (0,floating_point/* totalOf */.e6)(right);
    if (base !== undefined)
        js /= Math.log(base);
    return Math.sqrt(Math.max(js / 2, 0));
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/population-stability.ts
/**
 * Population stability index on bin proportions, and the smoothing policies the reference tools apply so that an
 * empty bin does not make it infinite.
 */

/**
 * PSI = Σ (c_i − r_i) · ln(c_i / r_i) over bins, with r the reference and c the current proportions (symmetric in
 * r and c). A bin empty on one side only contributes +∞ (no smoothing policy); a bin empty on both sides
 * contributes 0 (NumPy would produce NaN from 0·ln(0/0)).
 */
function populationStabilityIndex(reference, current) {
    if (reference.length !== current.length) {
        throw new RangeError(`proportions differ in length: ${reference.length} vs ${current.length}`);
    }
    const accumulator = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < reference.length; i++) {
        const r = reference[i];
        const c = current[i];
        if (r === 0 && c === 0)
            continue;
        if (r === 0 || c === 0)
            return Number.POSITIVE_INFINITY;
        (0,floating_point/* addTo */.DN)(accumulator, (c - r) * Math.log(c / r));
    }
    return (0,floating_point/* totalOf */.e6)(accumulator);
}
/**
 * Laplace (add-one) smoothing as the drift vectors and DRIFT.md define Azure ML's PSI: (count_i + 1) / (n + k),
 * with n the sample size (defaults to Σ counts) and k the number of bins, so the proportions still sum to 1.
 */
function laplaceSmoothedProportions(counts, total) {
    let n = total;
    if (n === undefined) {
        const accumulator = (0,floating_point/* compensatedSum */.dY)();
        for (const count of counts)
            (0,floating_point/* addTo */.DN)(accumulator, count);
        n = (0,floating_point/* totalOf */.e6)(accumulator);
    }
    const denominator = n + counts.length;
    return counts.map((count) => (count + 1) / denominator);
}
/** Evidently's fill for an empty bin's proportion, unless the smallest non-zero proportion is at or below it. */
const EVIDENTLY_EMPTY_BIN_PROPORTION = 1e-4;
/**
 * Evidently's zero fill (`get_binned_data(..., feel_zeroes=True)`), applied to one array at a time: every zero
 * proportion becomes 1e-4, or min_nonzero / 1e6 when the smallest non-zero proportion is ≤ 1e-4. The array is not
 * renormalised afterwards. Throws when every proportion is zero (Python's `min()` of nothing raises too).
 */
function evidentlyFilledProportions(proportions) {
    let minNonZero = Number.POSITIVE_INFINITY;
    for (const p of proportions)
        if (p !== 0 && p < minNonZero)
            minNonZero = p;
    if (minNonZero === Number.POSITIVE_INFINITY)
        throw new RangeError('every proportion is zero; nothing to fill from');
    const fill = minNonZero <= EVIDENTLY_EMPTY_BIN_PROPORTION ? minNonZero / 1e6 : EVIDENTLY_EMPTY_BIN_PROPORTION;
    return proportions.map((p) => (p === 0 ? fill : p));
}

;// CONCATENATED MODULE: ./src/check-drift-gate/metric-bounds.ts
/**
 * What a sketch's rank error bound means for each figure computed from it: an interval that provably holds the exact
 * value. A sketch of n values with rank bound B (|estimated − true count of values ≤ x| ≤ B for every x, and the
 * same for values < x) gives:
 *
 * - KS statistic: within ε_ref + ε_cur (ε = B / n), so its p-value (kstwo at the full sample sizes, decreasing in D)
 *   lies between the p-values at the two ends;
 * - Wasserstein-1 = ∫ |F − G| dx: within (ε_ref + ε_cur) · (max − min), divided by the exact standard deviation;
 * - a bin count: within B at each inner edge (the outer edges, the exact minimum and maximum or ±∞, are exact), so
 *   within 2B inside and B in the first and last bin; each proportion then lies in an interval, and since PSI and
 *   JS are sums of per-bin terms that are convex, zero where both proportions are equal and growing with their gap,
 *   each term's least and greatest values over its box of proportions are found at its corners, or are 0 where the
 *   two intervals overlap. The sum of the least and of the greatest terms bound the metric (looser than the truth,
 *   since the proportions' sum of 1 is not used, never narrower).
 */


/** Count error per bin for a histogram whose outer edges are exact: B inside each inner edge. */
function binCountErrors(bins, rankErrorBound) {
    return Array.from({ length: bins }, (_, i) => (bins === 1 ? 0 : i === 0 || i === bins - 1 ? 1 : 2) * rankErrorBound);
}
/** The interval of each bin's proportion, after the smoothing the metric applies. */
function proportionIntervals(counts, errors, total, smoothing) {
    const k = counts.length;
    return counts.map((count, i) => {
        const low = Math.max(0, count - errors[i]);
        const high = Math.min(total, count + errors[i]);
        if (smoothing === 'laplace')
            return { low: (low + 1) / (total + k), high: (high + 1) / (total + k) };
        if (smoothing === 'none')
            return { low: low / total, high: high / total };
        // fill: an empty bin gets 1e-4, or the smallest non-zero proportion / 1e6 (at least 1/n / 1e6).
        const fillLow = Math.min(EVIDENTLY_EMPTY_BIN_PROPORTION, 1 / total / 1e6);
        return {
            low: low > 0 ? low / total : fillLow,
            high: Math.max(high / total, EVIDENTLY_EMPTY_BIN_PROPORTION),
        };
    });
}
/** A per-bin term's range over the box r ∈ [r.low, r.high], c ∈ [c.low, c.high] (convex, 0 on r = c). */
function termRange(term, r, c) {
    const corners = [term(r.low, c.low), term(r.low, c.high), term(r.high, c.low), term(r.high, c.high)];
    const high = Math.max(...corners);
    let low;
    if (c.low <= r.high && r.low <= c.high)
        low = 0;
    else if (c.low > r.high)
        low = term(r.high, c.low);
    else
        low = term(r.low, c.high);
    return { low, high };
}
function sumRanges(ranges) {
    let low = 0;
    let high = 0;
    for (const range of ranges) {
        low += range.low;
        high += range.high;
    }
    return { low, high };
}
function psiTerm(r, c) {
    if (r === 0 && c === 0)
        return 0;
    if (r === 0 || c === 0)
        return Number.POSITIVE_INFINITY;
    return (c - r) * Math.log(c / r);
}
function psiInterval(reference, current) {
    return sumRanges(reference.map((r, i) => termRange(psiTerm, r, current[i])));
}
function jsTerm(p, q) {
    const m = (p + q) / 2;
    return relativeEntropyTerm(p, m) + relativeEntropyTerm(q, m);
}
/** JS distance bounds on proportions (which sum to 1 for the truth and the estimate alike). */
function jensenShannonInterval(reference, current, base) {
    const sum = sumRanges(reference.map((r, i) => termRange(jsTerm, r, current[i])));
    const scale = base === undefined ? 1 : Math.log(base);
    // A divergence is at most ln 2 per side pair: the distance never exceeds sqrt(ln 2 / ln base).
    const cap = Math.sqrt(Math.log(2) / scale);
    return {
        low: Math.min(cap, Math.sqrt(Math.max(sum.low / scale / 2, 0))),
        high: Math.min(cap, Math.sqrt(Math.max(sum.high / scale / 2, 0))),
    };
}
/** Whether an interval lies wholly on one side of the threshold, so the verdict cannot differ from the exact one. */
function decides(interval, threshold, breaches) {
    return breaches(interval.low, threshold) === breaches(interval.high, threshold);
}

// EXTERNAL MODULE: ./src/check-drift-gate/statistics/binning.ts
var binning = __webpack_require__(1727);
// EXTERNAL MODULE: ./src/check-drift-gate/statistics/weighted-sample.ts
var weighted_sample = __webpack_require__(4922);
;// CONCATENATED MODULE: ./src/check-drift-gate/feature-binning.ts



/** The most distinct values counted per value when a side is sketched (the sketch's own counter stops there). */
const PER_VALUE_LIMIT = 65_536;
function histogram(side, edges) {
    return side.sample !== undefined
        ? (0,binning/* histogramCounts */.bB)(side.sample, edges)
        : (0,weighted_sample/* weightedHistogramCounts */.W3)(side.weighted(), edges);
}
function feature_binning_errors(side, bins) {
    return binCountErrors(bins, side.rankErrorBound);
}
/** One bin per distinct value of either side, when the values were counted (always when exact). */
function countsPerValue(feature) {
    const { reference, current } = feature;
    if (reference.sample !== undefined && current.sample !== undefined) {
        const counts = (0,binning/* distinctValueCounts */.Cv)(reference.sample, current.sample);
        const zeros = counts.values.map(() => 0);
        return {
            kind: 'one bin per value',
            referenceCounts: counts.referenceCounts,
            currentCounts: counts.currentCounts,
            referenceErrors: zeros,
            currentErrors: zeros,
            boundable: true,
            values: counts.values,
            notes: [],
        };
    }
    // Counts per value exist only for few values: an exact side is not made into a Map of millions of values.
    if (reference.distinct === undefined ||
        current.distinct === undefined ||
        Math.max(reference.distinct, current.distinct) > PER_VALUE_LIMIT)
        return undefined;
    const left = reference.valueCounts;
    const right = current.valueCounts;
    if (left === undefined || right === undefined)
        return undefined;
    const values = [...new Set([...left.keys(), ...right.keys()])].sort((a, b) => a - b);
    const zeros = values.map(() => 0);
    return {
        kind: 'one bin per value',
        referenceCounts: values.map((value) => left.get(value) ?? 0),
        currentCounts: values.map((value) => right.get(value) ?? 0),
        referenceErrors: zeros,
        currentErrors: zeros,
        boundable: true,
        values,
        notes: [],
    };
}
/** The bins of a numerical feature under the metric's binning convention (Azure ML, Evidently, or quantiles). */
function binFeature(feature, spec) {
    const { reference, current } = feature;
    const min = Math.min(reference.min, current.min);
    const max = Math.max(reference.max, current.max);
    const overEdges = (edges, kind, notes) => ({
        kind,
        referenceCounts: histogram(reference, edges),
        currentCounts: histogram(current, edges),
        referenceErrors: feature_binning_errors(reference, edges.length - 1),
        currentErrors: feature_binning_errors(current, edges.length - 1),
        boundable: true,
        edges,
        notes,
    });
    switch (spec.binning ?? 'azureml') {
        case 'azureml': {
            const bins = (0,binning/* azureMlBinCount */.ZG)(reference.count, current.count);
            const { edges, degenerate } = (0,binning/* azureMlBinEdges */.OC)(min, max, bins);
            const notes = degenerate
                ? [`constant feature: one bin [${edges[0]}, ${edges[1]}], as Azure ML does`]
                : [];
            return overEdges(edges, `Azure ML: ${edges.length - 1} equal-width bins`, notes);
        }
        case 'evidently': {
            const referenceDistinct = reference.distinct ?? Number.POSITIVE_INFINITY;
            if (referenceDistinct > binning/* EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE */.Uj) {
                const edges = (0,binning/* sturgesBinEdgesFor */.a1)(min, max, reference.count + current.count);
                return overEdges(edges, `Evidently: ${edges.length - 1} Sturges bins`, []);
            }
            const counts = countsPerValue(feature);
            if (counts === undefined)
                throw new Error('per-value counts are missing for a feature with few values');
            return { ...counts, kind: `Evidently: one bin per value (${counts.values.length})` };
        }
        case 'quantiles': {
            const asked = spec.bins ?? 10;
            const quantileEdges = reference.sample !== undefined
                ? (0,binning/* referenceQuantileEdges */.Lc)(reference.sample, asked)
                : Array.from({ length: asked - 1 }, (_, i) => (0,weighted_sample/* weightedQuantile */.RO)(reference.weighted(), (i + 1) * (1 / asked)));
            const interior = (0,binning/* distinctEdges */.Hn)(quantileEdges);
            const count = (side) => side.sample !== undefined
                ? (0,binning/* countByRightSearch */.lw)(side.sample, interior)
                : (0,weighted_sample/* weightedCountByRightSearch */.SW)(side.weighted(), interior);
            const bins = interior.length + 1;
            const notes = bins < asked
                ? [
                    `${asked} quantile bins asked, ${bins} distinct: quantiles that fall on the same value (ties) are merged into one bin`,
                ]
                : [];
            if (reference.sample === undefined) {
                notes.push('the reference is beyond the memory budget: its quantile edges are estimated from its sketch, so no bound on this metric can be stated');
            }
            return {
                kind: `${bins} reference-quantile bins`,
                referenceCounts: count(reference),
                currentCounts: count(current),
                referenceErrors: feature_binning_errors(reference, bins),
                currentErrors: feature_binning_errors(current, bins),
                boundable: reference.sample !== undefined,
                edges: [Number.NEGATIVE_INFINITY, ...interior, Number.POSITIVE_INFINITY],
                notes,
            };
        }
    }
}

// EXTERNAL MODULE: ./src/check-drift-gate/presets.ts
var presets = __webpack_require__(4458);
// EXTERNAL MODULE: ./src/check-drift-gate/sketch.ts
var check_drift_gate_sketch = __webpack_require__(4748);
// EXTERNAL MODULE: ./src/check-drift-gate/statistics/categorical.ts
var categorical = __webpack_require__(6600);
;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/incomplete-gamma.ts
/**
 * The regularised upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a), which gives chi-squared p-values
 * (scipy's `chi2.sf(x, k)` = cephes `chdtrc(k, x)` = `igamc(k/2, x/2)`).
 *
 * Not a port of cephes `igamc` (whose Temme expansion needs a 25×25 coefficient table) but the classic pair it
 * also uses outside that region: the power series for P = 1 − Q when x < a + 1 and Legendre's continued fraction
 * (modified Lentz) for Q otherwise, both multiplied by the prefactor x^a e^(−x) / Γ(a) computed in log space —
 * for a ≥ 10 through a·log1pmx((x − a)/a) and Stirling's series so that nothing cancels when x ≈ a. Checked
 * against mpmath: ~1e-14 relative, also in tails down to 1e-300 (Q underflows to 0 below that, as scipy's does).
 * scipy itself is within 1e-12 of that almost everywhere but drifts to 1.5e-12 in far tails at dof ~ 5000.
 */
const EPSILON = Number.EPSILON;
const MAX_ITERATIONS = 1_000_000;
const TINY = 1e-300;
/** Lanczos approximation (g = 7, n = 9) of ln Γ(x) for x > 0, reflected below 0.5; ~1e-15 relative. */
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x) {
    if (!(x > 0))
        throw new RangeError(`logGamma needs a positive argument, got ${x}`);
    if (x < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
    const z = x - 1;
    let series = LANCZOS[0];
    for (let i = 1; i < LANCZOS.length; i++)
        series += LANCZOS[i] / (z + i);
    const t = z + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(series);
}
/** ln(1 + t) − t without cancellation for small |t| (series in r = t/(2 + t)); t > −1. */
function log1pMinusX(t) {
    if (Math.abs(t) > 0.5)
        return Math.log1p(t) - t;
    // ln(1 + t) = 2 Σ_{k≥0} r^(2k+1)/(2k+1); 2r − t = −t²/(2 + t).
    const r = t / (2 + t);
    const y = r * r;
    let sum = 0;
    let power = 1;
    for (let k = 1; k < 40; k++) {
        power *= y;
        const term = power / (2 * k + 1);
        sum += term;
        if (term < EPSILON * sum)
            break;
    }
    return (-t * t) / (2 + t) + 2 * r * sum;
}
/** Stirling's correction μ(a) = ln Γ(a) − [(a − ½) ln a − a + ½ ln 2π], accurate to ~1e-17 for a ≥ 10. */
function stirlingCorrection(a) {
    // B_{2j} / (2j (2j − 1)) for j = 1 … 8.
    const coefficients = [
        1 / 12,
        -1 / 360,
        1 / 1260,
        -1 / 1680,
        1 / 1188,
        -691 / 360360,
        1 / 156,
        -3617 / 122400,
    ];
    const inverseSquare = 1 / (a * a);
    let sum = 0;
    for (let j = coefficients.length - 1; j >= 0; j--)
        sum = sum * inverseSquare + coefficients[j];
    return sum / a;
}
/** ln(x^a e^(−x) / Γ(a)), the common factor of the series and the continued fraction. */
function logPrefactor(a, x) {
    if (a < 10)
        return a * Math.log(x) - x - logGamma(a);
    return a * log1pMinusX((x - a) / a) + 0.5 * Math.log(a / (2 * Math.PI)) - stirlingCorrection(a);
}
/** Σ_{n≥0} x^n / (a (a+1) … (a+n)), so that P(a, x) = prefactor · series. */
function lowerSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    let denominator = a;
    for (let n = 1; n < MAX_ITERATIONS; n++) {
        denominator += 1;
        term *= x / denominator;
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * EPSILON)
            return sum;
    }
    throw new Error(`incomplete gamma series did not converge for a = ${a}, x = ${x}`);
}
/** Legendre's continued fraction for Γ(a, x) / (x^a e^(−x)), modified Lentz. */
function upperContinuedFraction(a, x) {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < MAX_ITERATIONS; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < TINY)
            d = TINY;
        c = b + an / c;
        if (Math.abs(c) < TINY)
            c = TINY;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < EPSILON)
            return h;
    }
    throw new Error(`incomplete gamma continued fraction did not converge for a = ${a}, x = ${x}`);
}
/** Q(a, x) = Γ(a, x) / Γ(a) for a > 0, x ≥ 0 (scipy.special `gammaincc`); NaN for a ≤ 0 or NaN input. */
function regularizedUpperGamma(a, x) {
    if (!(a > 0) || Number.isNaN(x) || x < 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    if (x === Number.POSITIVE_INFINITY)
        return 0;
    if (a === Number.POSITIVE_INFINITY)
        return 1;
    const logFactor = logPrefactor(a, x);
    if (x < a + 1)
        return 1 - Math.exp(logFactor) * lowerSeries(a, x);
    return Math.exp(logFactor) * upperContinuedFraction(a, x);
}
/**
 * Chi-squared survival function Pr(χ²_dof ≥ statistic) = Q(dof/2, statistic/2), scipy `chi2.sf` / cephes
 * `chdtrc`: 1 for a negative statistic, NaN for dof ≤ 0.
 */
function chiSquaredSurvival(statistic, dof) {
    if (!(dof > 0))
        return Number.NaN;
    if (statistic < 0)
        return 1;
    return regularizedUpperGamma(dof / 2, statistic / 2);
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/chi-squared.ts
/**
 * Pearson's chi-squared tests on category counts: the goodness-of-fit form Azure ML uses (current counts against
 * the reference's proportions) and the 2 × k contingency form (`scipy.stats.chi2_contingency`).
 */


function totalCount(counts) {
    const accumulator = (0,floating_point/* compensatedSum */.dY)();
    for (const count of counts)
        (0,floating_point/* addTo */.DN)(accumulator, count);
    return (0,floating_point/* totalOf */.e6)(accumulator);
}
/**
 * Goodness of fit as Azure ML computes it: `scipy.stats.chisquare(f_obs=current, f_exp=reference_i / n_ref ·
 * n_cur)` over the union of categories, dof = k − 1. Undefined when a category has no reference count (its
 * expected frequency is 0, and scipy would give an infinite statistic), when there is a single category (dof 0),
 * or when a side is empty.
 */
function chiSquaredGoodnessOfFit(referenceCounts, currentCounts) {
    if (referenceCounts.length !== currentCounts.length) {
        throw new RangeError(`count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`);
    }
    const referenceTotal = totalCount(referenceCounts);
    const currentTotal = totalCount(currentCounts);
    if (!(referenceTotal > 0))
        return { defined: false, reason: 'empty-reference', categories: [] };
    if (!(currentTotal > 0))
        return { defined: false, reason: 'empty-current', categories: [] };
    const unseen = [];
    referenceCounts.forEach((count, index) => {
        if (count === 0)
            unseen.push(index);
    });
    if (unseen.length > 0)
        return { defined: false, reason: 'category-unseen-in-reference', categories: unseen };
    const dof = referenceCounts.length - 1;
    if (dof < 1)
        return { defined: false, reason: 'single-category', categories: [] };
    const statistic = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < referenceCounts.length; i++) {
        const expected = (referenceCounts[i] / referenceTotal) * currentTotal;
        const difference = currentCounts[i] - expected;
        (0,floating_point/* addTo */.DN)(statistic, (difference * difference) / expected);
    }
    const value = (0,floating_point/* totalOf */.e6)(statistic);
    return { defined: true, statistic: value, pvalue: chiSquaredSurvival(value, dof), dof };
}
/**
 * The test of independence on the 2 × k table [reference; current], `scipy.stats.chi2_contingency(table)` with its
 * default `correction=True`: E_ij = row_i · col_j / N, dof = k − 1, and when dof = 1 (a binary feature) Yates'
 * continuity correction moves each observed count toward its expectation by min(0.5, |E − O|). With k = 1 the test
 * is degenerate and scipy reports statistic 0, p = 1. Undefined when an expected frequency is 0 (a category absent
 * from both rows, or an empty row), where scipy raises.
 */
function chiSquaredContingency(referenceCounts, currentCounts) {
    if (referenceCounts.length !== currentCounts.length) {
        throw new RangeError(`count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`);
    }
    const k = referenceCounts.length;
    const rows = [referenceCounts, currentCounts];
    const rowTotals = rows.map(totalCount);
    const columnTotals = referenceCounts.map((count, j) => count + currentCounts[j]);
    const grandTotal = totalCount(rowTotals);
    const zeroColumns = [];
    columnTotals.forEach((total, j) => {
        if (total === 0)
            zeroColumns.push(j);
    });
    if (!(rowTotals[0] > 0))
        return { defined: false, reason: 'empty-reference', categories: [] };
    if (!(rowTotals[1] > 0))
        return { defined: false, reason: 'empty-current', categories: [] };
    if (zeroColumns.length > 0)
        return { defined: false, reason: 'zero-expected-frequency', categories: zeroColumns };
    const dof = k - 1;
    if (dof === 0)
        return { defined: true, statistic: 0, pvalue: 1, dof };
    const statistic = (0,floating_point/* compensatedSum */.dY)();
    for (let i = 0; i < 2; i++) {
        for (let j = 0; j < k; j++) {
            const expected = (rowTotals[i] * columnTotals[j]) / grandTotal;
            let observed = rows[i][j];
            if (dof === 1) {
                const difference = expected - observed;
                observed += Math.sign(difference) * Math.min(0.5, Math.abs(difference));
            }
            const deviation = observed - expected;
            (0,floating_point/* addTo */.DN)(statistic, (deviation * deviation) / expected);
        }
    }
    const value = (0,floating_point/* totalOf */.e6)(statistic);
    return { defined: true, statistic: value, pvalue: chiSquaredSurvival(value, dof), dof };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/smirnov.ts
/**
 * The one-sided Kolmogorov–Smirnov (Smirnov) distribution for finite n: `scipy.special.smirnov(n, d)` =
 * Pr(D⁺_n ≥ d). Ported from scipy's cephes `kolmogorov.c` (now `xsf/cephes/kolmogorov.h`, function `_smirnov`),
 * which sums the Birnbaum–Tingey series
 *
 *   Pr(D⁺_n ≥ d) = d · Σ_{v=0}^{⌊n(1−d)⌋} C(n, v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v).
 *
 * The two-sided `kstwo` distribution uses 2·smirnov in its upper tail, which is where the asymptotic ks_2samp
 * p-values far below 1e-20 come from. cephes keeps the bases (1 − d − v/n) in double-double precision and the
 * binomial coefficient as mantissa × 2^exponent; this port does the same for the bases (their rounding is what
 * the power n − v would amplify) and keeps the binomial as a double mantissa with a separate exponent. Against
 * scipy 1.17 it agrees to ≤ 6e-14 relative for n up to 1e6, tails included. The sum has up to n(1 − d) terms
 * (all of them matter when n·d² is moderate), so one call costs O(n): ~0.3 s at n = 5e5 in Node.
 */

const smirnov_EPSILON = Number.EPSILON;
/** cephes MINLOG: ln(2^-1075); exp() of anything below is 0. */
const MIN_LOG = -745.1332191019412;
/** Above this n cephes switches to an approximation instead of summing ~n terms. */
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;
const SM_UPPER_MAX_TERMS = 3;
const SM_UPPERSUM_MIN_N = 10;
/** Keep partial powers above 2^-960 so that multiplying two of them cannot underflow. */
const SM_MAX_EXPONENT = 960;
function twoSum(a, b) {
    const s = a + b;
    const bb = s - a;
    return { hi: s, lo: a - (s - bb) + (b - bb) };
}
function quickTwoSum(a, b) {
    const s = a + b;
    return { hi: s, lo: b - (s - a) };
}
const SPLITTER = 134217729; // 2^27 + 1
function twoProduct(a, b) {
    const p = a * b;
    let t = SPLITTER * a;
    const aHi = t - (t - a);
    const aLo = a - aHi;
    t = SPLITTER * b;
    const bHi = t - (t - b);
    const bLo = b - bHi;
    return { hi: p, lo: aHi * bHi - p + aHi * bLo + aLo * bHi + aLo * bLo };
}
/** (numerator / denominator) + addend as a double-double, for small integers numerator and denominator. */
function ratioPlus(numerator, denominator, addend) {
    const q = numerator / denominator;
    const product = twoProduct(q, denominator);
    const qLo = (numerator - product.hi - product.lo) / denominator;
    const sum = twoSum(q, addend);
    return quickTwoSum(sum.hi, sum.lo + qLo);
}
/** (hi + lo)^m for a non-negative integer m, correcting pow(hi, m) for the low part (cephes `pow_D`). */
function powD(a, m) {
    if (m === 0)
        return 1;
    if (a.hi === 0)
        return 0;
    const ans = a.hi ** m;
    const r = a.lo / a.hi;
    let adjustment = m * r;
    if (Math.abs(adjustment) > 1e-8) {
        adjustment =
            Math.abs(adjustment) < 1e-4 ? adjustment + m * r * (((m - 1) / 2) * r) : Math.expm1(m * Math.log1p(r));
    }
    return ans + ans * adjustment;
}
/**
 * y^m as mantissa × 2^exponent for y in [0.5, 1) and an integer m ≥ 0, never underflowing: Math.pow on chunks
 * small enough to stay above 2^-960, the chunk's mantissa raised recursively to the number of chunks. Each level
 * costs one correctly rounded pow, so the relative error grows with the number of levels (a few), not with m.
 */
function powMantissa(y, m) {
    if (m === 0)
        return { mantissa: 1, exponent: 0 };
    // y ≥ 0.5, so y^m ≥ 2^-960 without asking for log2(y).
    if (m <= SM_MAX_EXPONENT)
        return (0,floating_point/* frexp */._e)(y ** m);
    const log2y = Math.log2(y);
    const chunk = log2y < 0 ? Math.max(1, Math.floor(-SM_MAX_EXPONENT / log2y)) : m;
    if (m <= chunk)
        return (0,floating_point/* frexp */._e)(y ** m);
    const chunks = Math.floor(m / chunk);
    const rest = m - chunks * chunk;
    const base = (0,floating_point/* frexp */._e)(y ** chunk);
    const raised = powMantissa(base.mantissa, chunks);
    const tail = (0,floating_point/* frexp */._e)(y ** rest);
    const product = (0,floating_point/* frexp */._e)(raised.mantissa * tail.mantissa);
    return {
        mantissa: product.mantissa,
        exponent: product.exponent + raised.exponent + tail.exponent + base.exponent * chunks,
    };
}
/** (hi + lo)^m as mantissa × 2^exponent, never underflowing (cephes `pow2Scaled_D`), for 0 < hi and m ≥ 0. */
function powScaled(a, m) {
    if (m === 0)
        return { mantissa: 1, exponent: 0 };
    const { mantissa: y, exponent: yExponent } = (0,floating_point/* frexp */._e)(a.hi);
    const raised = powMantissa(y, m);
    const r = a.lo / a.hi;
    let adjustment = m * r;
    if (Math.abs(adjustment) > 1e-8) {
        adjustment =
            Math.abs(adjustment) < 1e-4 ? adjustment + m * r * (((m - 1) / 2) * r) : Math.expm1(m * Math.log1p(r));
    }
    return {
        mantissa: raised.mantissa + raised.mantissa * adjustment,
        exponent: raised.exponent + m * yExponent,
    };
}
/** floor(n·x) and its fractional part, computed exactly (cephes `modNX`). */
function floorAndFraction(n, x) {
    const product = twoProduct(n, x);
    let floor = Math.floor(product.hi);
    if (floor === product.hi && product.lo < 0)
        floor -= 1;
    let alpha = product.hi - floor + product.lo;
    if (alpha >= 1) {
        floor += 1;
        alpha = 0;
    }
    return { floor, alpha: Math.max(alpha, 0) };
}
function clamp01(p) {
    return Math.min(Math.max(p, 0), 1);
}
/**
 * Pr(D⁺_n ≥ d) and its complement for integer n ≥ 1 and 0 ≤ d ≤ 1, a port of cephes `_smirnov` (scipy.special
 * `smirnov`/`smirnovc`). NaN outside that domain.
 */
function smirnovProbabilities(n, d) {
    if (!(Number.isInteger(n) && n > 0 && d >= 0 && d <= 1))
        return { sf: Number.NaN, cdf: Number.NaN };
    if (n === 1)
        return { sf: 1 - d, cdf: d };
    if (d === 0)
        return { sf: 1, cdf: 0 };
    if (d === 1)
        return { sf: 0, cdf: 1 };
    const { floor: nxFloor, alpha } = floorAndFraction(n, d);
    let n1mxFloor = n - nxFloor - (alpha === 0 ? 0 : 1);
    let n1mxCeil = n - nxFloor;
    // When n·d is an integer the last term is zero: leave it out of either sum.
    if (alpha === 0) {
        n1mxFloor -= 1;
        n1mxCeil += 1;
    }
    // d ≤ 1/n: Pr(D⁺ < d) = d (1 + d)^(n−1).
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
        const cdf = d * powD(twoSum(1, d), n - 1);
        return { sf: clamp01(1 - cdf), cdf: clamp01(cdf) };
    }
    // The survival function underflows.
    if (-2 * n * d * d < MIN_LOG)
        return { sf: 0, cdf: 1 };
    // d ≥ 1 − 1/n: Pr(D⁺ ≥ d) = (1 − d)^n.
    if (nxFloor >= n - 1) {
        const sf = powD(twoSum(1, -d), n);
        return { sf: clamp01(sf), cdf: clamp01(1 - sf) };
    }
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        // p ≈ exp(−(6nd + 1)² / 18n)
        const logP = -((6 * n * d + 1) ** 2) / 18 / n;
        if (logP < -Math.LN2) {
            const sf = Math.exp(logP);
            return { sf, cdf: 1 - sf };
        }
        const cdf = -Math.expm1(logP);
        return { sf: 1 - cdf, cdf };
    }
    // The upper sum has few terms near d ≈ 0 but alternates in sign; use it only when that is safe.
    const nUpperTerms = n - n1mxCeil + 1;
    const useUpperSum = (nUpperTerms <= 1 && d < 0.5) ||
        (n >= SM_UPPERSUM_MIN_N && nUpperTerms <= SM_UPPER_MAX_TERMS && d <= 0.5 / Math.sqrt(n));
    let start = 0;
    let step = 1;
    let nTerms = n1mxFloor + 1;
    let firstTerm;
    if (useUpperSum) {
        start = n;
        step = -1;
        nTerms = n - n1mxCeil + 1;
        firstTerm = powD(twoSum(1, d), n - 1);
    }
    else {
        firstTerm = powD(twoSum(1, -d), n) / d;
    }
    let sum = firstTerm;
    let compensation = 0;
    const vMiddle = Math.floor(n / 2);
    // C(n, j) = binomialMantissa · 2^binomialExponent, starting from C(n, 1) = n.
    let { mantissa: binomialMantissa, exponent: binomialExponent } = (0,floating_point/* frexp */._e)(n);
    for (let j = 1; j < nTerms; j++) {
        const v = start + j * step;
        const term = birnbaumTingeyTerm(n, d, v, binomialMantissa, binomialExponent);
        if (Number.isFinite(term) && term !== 0) {
            const t = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
            sum = t;
        }
        if (term !== 0) {
            if (4 * (nTerms - j) * Math.abs(term) < smirnov_EPSILON * (sum + compensation) && j !== nTerms - 1)
                break;
        }
        else if (j > vMiddle) {
            break;
        }
        ({ mantissa: binomialMantissa, exponent: binomialExponent } = nextBinomial(binomialMantissa, binomialExponent, n, j));
    }
    const probability = d * (sum + compensation);
    return step < 0
        ? { sf: clamp01(1 - probability), cdf: clamp01(probability) }
        : { sf: clamp01(probability), cdf: clamp01(1 - probability) };
}
/** C(n, j+1) from C(n, j) = mantissa · 2^exponent (cephes `updateBinomial`). */
function nextBinomial(mantissa, exponent, n, j) {
    const scaled = (0,floating_point/* frexp */._e)(mantissa * ((n - j) / (j + 1)));
    return { mantissa: scaled.mantissa, exponent: exponent + scaled.exponent };
}
/** A_v = C(n, v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v), with C(n, v) given scaled (cephes `computeAv`). */
function birnbaumTingeyTerm(n, d, v, binomialMantissa, binomialExponent) {
    const lower = powScaled(ratioPlus(n - v, n, -d), n - v);
    const upper = powScaled(ratioPlus(v, n, d), v - 1);
    return (0,floating_point/* ldexp */.oJ)(upper.mantissa * lower.mantissa * binomialMantissa, binomialExponent + upper.exponent + lower.exponent);
}
/** `scipy.special.smirnov(n, d)` = Pr(D⁺_n ≥ d). */
function smirnov(n, d) {
    return smirnovProbabilities(n, d).sf;
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/kolmogorov-distribution.ts
/**
 * The exact distribution of the two-sided one-sample Kolmogorov–Smirnov statistic D_n for finite n, as
 * `scipy.stats.kstwo`. Its survival function at (D, round(n1·n2/(n1+n2))) is ks_2samp's asymptotic p-value.
 *
 * Ported from scipy `scipy/stats/_ksstats.py` (`_kolmogn`, `_kolmogn_DMTW`, `_kolmogn_Pomeranz`,
 * `_kolmogn_PelzGood`, `_log_nfactorial_div_n_pow_n`), which follows Simard & L'Ecuyer (2011) in choosing, by n and
 * n·d², between the Ruben–Gambino closed forms, Durbin's matrix algorithm (Marsaglia–Tsang–Wang), Pomeranz's
 * recursion, the Pelz–Good expansion, and 2·smirnov(n, d) (see smirnov.ts) in the upper tail.
 * This is not the Kolmogorov limit `kstwobign`: on the normal-shift-1000 vector the limit gives 1.34e-23 where
 * kstwo gives 8.47e-24.
 */


const E128 = 128;
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT_2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const kolmogorov_distribution_MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
/** B_{2j} / (2j) / (2j − 1) for j = 8 … 1, highest power first (for Horner). */
const STIRLING_COEFFICIENTS = [
    -3617 / 122400,
    1 / 156,
    -691 / 360360,
    1 / 1188,
    -1 / 1680,
    1 / 1260,
    -1 / 360,
    1 / 12,
];
function clip01(p) {
    return Math.min(Math.max(p, 0), 1);
}
/** ln(n! / n^n) by Stirling's series with n·ln(n) cancelled up front (`_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n) {
    const rn = 1 / n;
    let series = 0;
    for (const coefficient of STIRLING_COEFFICIENTS)
        series = series * (rn / n) + coefficient;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * series;
}
/** Square matrices as flat row-major Float64Arrays of side m. */
function multiply(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    }
    return out;
}
/** Pr(D_n ≤ d) by Durbin's matrix algorithm in Marsaglia–Tsang–Wang form (`_kolmogn_DMTW`), O(k³ log n). */
function kolmogorovCdfDurbin(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    // v: first column (and reversed last row) of H; w[j] = 1/j!.
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let factorial = 1;
    for (let j = 1; j <= m; j++) {
        w[j - 1] = factorial;
        factorial /= j;
        v[j - 1] = (1 - h ** j) * factorial;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * factorial;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++) {
        for (let row = i - 1; row < m; row++)
            H[row * m + i] = w[row - (i - 1)];
    }
    for (let row = 0; row < m; row++)
        H[row * m] = v[row];
    for (let col = 0; col < m; col++)
        H[(m - 1) * m + col] = v[m - 1 - col];
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
    let remaining = n;
    let exponent = 0;
    let hExponent = 0;
    while (remaining > 0) {
        if (remaining % 2 === 1) {
            power = multiply(power, H, m);
            exponent += hExponent;
        }
        H = multiply(H, H, m);
        hExponent *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            hExponent += E128;
        }
        remaining = Math.floor(remaining / 2);
    }
    let p = power[(k - 1) * m + (k - 1)];
    // Multiply by n!/n^n.
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            exponent -= E128;
        }
    }
    return clip01(exponent !== 0 ? (0,floating_point/* ldexp */.oJ)(p, exponent) : p);
}
/** End points of the non-zero stretch of row i in Pomeranz's recursion (`_pomeranz_compute_j1j2`). */
function pomeranzRowRange(i, n, ll, ceilF, roundF) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilF - 1;
        j2 = ll + ceilF - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilF - 1;
                j2 = n + ll + ceilF - 1;
            }
            else {
                j1 = half - 1 - ll - roundF - 1;
                j2 = half + ll - 1 + ceilF - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundF - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Pr(D_n ≤ d) by Pomeranz's recursion (`_kolmogn_Pomeranz`). */
function kolmogorovCdfPomeranz(n, d) {
    const t = n * d;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilF = f > 0 ? 1 : 0;
    const roundF = f > 0.5 ? 1 : 0;
    const nPowers = 2 * (ll + 1);
    // (g/n)^m/m!, (2g/n)^m/m!, ((1−2g)/n)^m/m!: Poisson probabilities without their normalising factor.
    const gPower = new Float64Array(nPowers);
    const twoGPower = new Float64Array(nPowers);
    const oneMinusTwoGPower = new Float64Array(nPowers);
    gPower[0] = 1;
    twoGPower[0] = 1;
    oneMinusTwoGPower[0] = 1;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < nPowers; m++) {
        gPower[m] = (gPower[m - 1] * gOverN) / m;
        twoGPower[m] = (twoGPower[m - 1] * twoGOverN) / m;
        oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let v0 = new Float64Array(nPowers);
    let v1 = new Float64Array(nPowers);
    v1[0] = 1;
    let v0Start = 0;
    let v1Start = 0;
    let exponent = 0;
    let [j1, j2] = pomeranzRowRange(0, n, ll, ceilF, roundF);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [v0, v1] = [v1, v0];
        [v0Start, v1Start] = [v1Start, v0Start];
        v1.fill(0);
        [j1, j2] = pomeranzRowRange(i, n, ll, ceilF, roundF);
        const powers = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
        const length = j2 - k1 + 1;
        if (length > 0) {
            // Full convolution of V0[k1 − V0s : k1 − V0s + length] with powers[:length], entries j1 − k1 … j2 − k1.
            const offset = k1 - v0Start;
            const convStart = j1 - k1;
            const convLength = j2 - j1 + 1;
            let maximum = 0;
            for (let out = 0; out < convLength; out++) {
                const index = convStart + out;
                let total = 0;
                for (let a = Math.max(0, index - length + 1); a <= Math.min(index, length - 1); a++) {
                    total += (v0[offset + a] ?? 0) * powers[index - a];
                }
                v1[out] = total;
                if (total > maximum)
                    maximum = total;
            }
            if (maximum > 0 && maximum < EM128) {
                for (let out = 0; out < convLength; out++)
                    v1[out] *= EP128;
                exponent -= E128;
            }
            v1Start = v0Start + j1 - k1;
        }
    }
    let answer = v1[n - v1Start];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(answer) > EP128) {
            answer *= EM128;
            exponent += E128;
        }
        answer *= m;
    }
    return clip01(exponent !== 0 ? (0,floating_point/* ldexp */.oJ)(answer, exponent) : answer);
}
/** Pr(D_n ≤ d) by the Pelz–Good asymptotic expansion (`_kolmogn_PelzGood`), for large n. */
function kolmogorovCdfPelzGood(n, d) {
    if (d <= 0)
        return 0;
    if (d >= 1)
        return 1;
    const z = Math.sqrt(n) * d;
    const zSquared = z ** 2;
    const zThree = z ** 3;
    const zFour = z ** 4;
    const zSix = z ** 6;
    const qLog = -PI_SQUARED / 8 / zSquared;
    if (qLog < kolmogorov_distribution_MIN_LOG)
        return 0;
    let q = Math.exp(qLog);
    const k1a = -zSquared;
    const k1b = PI_SQUARED / 4;
    const k2a = 6 * zSix + 2 * zFour;
    const k2b = ((2 * zFour - 5 * zSquared) * PI_SQUARED) / 4;
    const k2c = (PI_FOUR * (1 - 2 * zSquared)) / 16;
    const k3d = (PI_SIX * (5 - 30 * zSquared)) / 64;
    const k3c = (PI_FOUR * (-60 * zSquared + 212 * zFour)) / 16;
    const k3b = (PI_SQUARED * (135 * zFour - 96 * zSix)) / 4;
    const k3a = -30 * zSix - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    // Horner in q^8 over odd m = 2k − 1.
    const maxK = Math.ceil((16 * z) / Math.PI);
    for (let k = maxK; k > 0; k--) {
        const m = 2 * k - 1;
        const mSquared = m ** 2;
        const mFour = m ** 4;
        const mSix = m ** 6;
        const qPower = q ** (8 * k);
        const coefficients = [
            1,
            k1a + k1b * mSquared,
            k2a + k2b * mSquared + k2c * mFour,
            k3a + k3b * mSquared + k3c * mFour + k3d * mSix,
        ];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qPower + coefficients[i];
    }
    const divisors = [z, 6 * zFour, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT_2PI) / divisors[i];
    // The sums over all integers k for K2 and K3.
    q = Math.exp(-PI_SQUARED / 2 / zSquared);
    const sqrt3z = SQRT3 * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxK; k > 0; k--) {
        const kSquared = k ** 2;
        const kPi = Math.PI * k;
        const qPower = q ** kSquared;
        k2extra += kSquared * qPower;
        k3extra += (sqrt3z + kPi) * (sqrt3z - kPi) * kSquared * qPower;
    }
    K[2] += k2extra * ((PI_SQUARED * SQRT_2PI) / (-36 * zThree));
    K[3] += k3extra * ((PI_SQUARED * SQRT_2PI) / (216 * zSix));
    let total = 0;
    for (let i = 0; i < 4; i++)
        total += K[i] / n ** (i / 2);
    return total;
}
/**
 * Pr(D_n ≥ d) for integer n ≥ 1 and the algorithm used, following scipy's `_kolmogn(n, d, cdf=False)` branch for
 * branch (the CDF has different cut-offs and is not needed for p-values).
 */
function kolmogorovSurvivalDetailed(n, d) {
    if (Number.isNaN(n) || Number.isNaN(d) || !Number.isInteger(n) || n <= 0) {
        return { sf: Number.NaN, method: 'degenerate' };
    }
    if (d >= 1)
        return { sf: 0, method: 'degenerate' };
    if (d <= 0)
        return { sf: 1, method: 'degenerate' };
    const complement = (cdf, method) => ({ sf: clip01(1 - cdf), method });
    const t = n * d;
    if (t <= 1) {
        // Ruben–Gambino: 1/2n ≤ d ≤ 1/n.
        if (t <= 0.5)
            return { sf: 1, method: 'ruben-gambino' };
        let cdf;
        if (n <= 140) {
            cdf = 1;
            for (let i = 1; i <= n; i++)
                cdf *= i * (1 / n) * (2 * t - 1);
        }
        else {
            cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        }
        return complement(clip01(cdf), 'ruben-gambino');
    }
    if (t >= n - 1)
        return { sf: clip01(2 * (1 - d) ** n), method: 'ruben-gambino' };
    if (d >= 0.5)
        return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };
    const nxSquared = t * d;
    if (n <= 140) {
        if (nxSquared <= 0.754693)
            return complement(kolmogorovCdfDurbin(n, d), 'durbin-matrix');
        if (nxSquared <= 4)
            return complement(kolmogorovCdfPomeranz(n, d), 'pomeranz');
        return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };
    }
    if (nxSquared >= 370)
        return { sf: 0, method: 'underflow' };
    if (nxSquared >= 2.2)
        return { sf: clip01(2 * smirnov(n, d)), method: 'smirnov' };
    if (n <= 100_000 && n * d ** 1.5 <= 1.4)
        return complement(kolmogorovCdfDurbin(n, d), 'durbin-matrix');
    return complement(kolmogorovCdfPelzGood(n, d), 'pelz-good');
}
/**
 * `scipy.stats.kstwo.sf(d, n)` = Pr(D_n ≥ d): 1 at or below the support's lower end 1/(2n), 0 at or above 1,
 * NaN unless n is a positive integer.
 */
function kolmogorovSurvival(d, n) {
    if (!(Number.isInteger(n) && n >= 1) || Number.isNaN(d))
        return Number.NaN;
    if (d <= 0.5 / n)
        return 1;
    if (d >= 1)
        return 0;
    return kolmogorovSurvivalDetailed(n, d).sf;
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/kolmogorov-smirnov-exact.ts
/**
 * Exact two-sided p-values of the two-sample Kolmogorov–Smirnov statistic by counting lattice paths, as
 * `scipy.stats.ks_2samp(method='exact')` (Hodges 1958 after Drion/Gnedenko/Korolyuk). The statistic D of samples of
 * sizes m and n is a multiple of 1/lcm(m, n); with h = round(D · lcm) the p-value is the share of the C(m+n, n)
 * monotone paths from (0, 0) to (m, n) that touch or leave the band |x/m − y/n| < h/lcm.
 */

/**
 * Pr(D_{n,n} ≥ h/n) for equal sample sizes: scipy `_compute_prob_outside_square(n, h)`, the alternating sum
 * 2·Σ_k (−1)^(k+1) C(2n, n − k·h) / C(2n, n) evaluated as a Horner-like product so that nothing cancels.
 */
function probabilityOutsideSquare(n, h) {
    let probability = 0;
    for (let k = Math.floor(n / h); k >= 0; k--) {
        let term = 1;
        // Each A_k has h factors in numerator and denominator.
        for (let j = 0; j < h; j++)
            term = ((n - k * h - j) * term) / (n + k * h + j + 1);
        probability = term * (1 - probability);
    }
    return 2 * probability;
}
/**
 * 1 − Pr(path stays strictly inside |x/m − y/n| < h/lcm) for sizes m ≠ n with gcd g: scipy
 * `_compute_outer_prob_inside_method(m, n, g, h)` (scipy/stats/_stats_pythran.py), the "inside" recursion
 * A(x, y) = A(x, y−1) + A(x−1, y) rewritten by Viehmann (2021) to carry 1 − p directly in [0, 1], over a sliding
 * window of one column. O(m · h/(m/g)) time, O(n) memory.
 */
function outerProbabilityInsideMethod(m0, n0, g, h) {
    // Symmetric in m and n; the recursion wants m ≥ n.
    const m = Math.max(m0, n0);
    const n = Math.min(m0, n0);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let curlen = maxj - minj;
    const lenA = Math.min(2 * maxj + 2, n + 1);
    const A = new Float64Array(lenA).fill(1);
    A.fill(0, minj, Math.min(maxj, lenA));
    for (let i = 1; i <= m; i++) {
        const lastminj = minj;
        const lastlen = curlen;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let value = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            value = (A[jj + minj - lastminj] * i + value * j) / (i + j);
            A[jj] = value;
        }
        curlen = maxj - minj;
        if (lastlen > curlen) {
            // Elements carried over from the longer previous window become 1 again.
            A.fill(1, maxj - minj, Math.min(maxj - minj + (lastlen - curlen), lenA));
        }
    }
    return A[maxj - minj - 1];
}
/**
 * scipy `_attempt_exact_2kssamp(n1, n2, g, d, 'two-sided')`: h = round(d · lcm) (half to even), d = h / lcm,
 * p = 1 when h = 0; otherwise the equal-size closed form or the inside method. A result that is NaN or outside
 * [0, 1] is reported as a failure so that, like scipy, the caller switches to the asymptotic distribution.
 */
function attemptExactTwoSided(n1, n2, g, d) {
    const lcm = (n1 / g) * n2;
    const h = (0,floating_point/* roundHalfToEven */.ZN)(d * lcm);
    const statistic = h / lcm;
    if (h === 0)
        return { success: true, statistic, pvalue: 1 };
    const pvalue = n1 === n2 ? probabilityOutsideSquare(n1, h) : outerProbabilityInsideMethod(n1, n2, g, h);
    const success = pvalue >= 0 && pvalue <= 1;
    return { success, statistic, pvalue };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/kolmogorov-smirnov.ts
/**
 * The two-sample Kolmogorov–Smirnov test, two-sided, as `scipy.stats.ks_2samp(ref, cur, method=...)` — the test
 * Azure ML runs (p-value, drift when p < threshold) and Evidently runs on small references (drift when p ≤ 0.05).
 */



/**
 * The KS statistic of two sorted samples in one merge pass, identical to scipy's `ks_2samp`: CDFs are
 * `searchsorted(side='right') / n` at every pooled value (so ties are stepped over together), D is the larger of
 * max(F1 − F2) and −min(F1 − F2) (the latter wins only when strictly larger), and the location is the first value
 * attaining it in the order scipy scans (sample 1's values, then sample 2's).
 */
function ksStatistic(sample1, sample2) {
    const n1 = sample1.length;
    const n2 = sample2.length;
    // Best excursions seen at values of sample 1 and of sample 2 separately, to break ties as scipy's argmax does.
    let max1 = Number.NEGATIVE_INFINITY;
    let maxAt1 = Number.NaN;
    let max2 = Number.NEGATIVE_INFINITY;
    let maxAt2 = Number.NaN;
    let min1 = Number.POSITIVE_INFINITY;
    let minAt1 = Number.NaN;
    let min2 = Number.POSITIVE_INFINITY;
    let minAt2 = Number.NaN;
    let i = 0;
    let j = 0;
    // Heads of both samples; +∞ once a sample is exhausted (samples are finite, so it never ties a value).
    let head1 = sample1[0];
    let head2 = sample2[0];
    while (i < n1 || j < n2) {
        const x = Math.min(head1, head2);
        const inSample1 = head1 === x;
        const inSample2 = head2 === x;
        // Sorted samples: everything ≤ x still ahead of the cursor equals x.
        if (inSample1) {
            do
                i++;
            while (i < n1 && sample1[i] === x);
            head1 = i < n1 ? sample1[i] : Number.POSITIVE_INFINITY;
        }
        if (inSample2) {
            do
                j++;
            while (j < n2 && sample2[j] === x);
            head2 = j < n2 ? sample2[j] : Number.POSITIVE_INFINITY;
        }
        const difference = i / n1 - j / n2;
        if (inSample1) {
            if (difference > max1) {
                max1 = difference;
                maxAt1 = x;
            }
            if (difference < min1) {
                min1 = difference;
                minAt1 = x;
            }
        }
        if (inSample2) {
            if (difference > max2) {
                max2 = difference;
                maxAt2 = x;
            }
            if (difference < min2) {
                min2 = difference;
                minAt2 = x;
            }
        }
    }
    const maxS = Math.max(max1, max2);
    const maxLocation = max1 === maxS ? maxAt1 : maxAt2;
    const minDifference = Math.min(min1, min2);
    const minLocation = min1 === minDifference ? minAt1 : minAt2;
    const minS = Math.min(Math.max(-minDifference, 0), 1);
    return minS > maxS
        ? { statistic: minS, location: minLocation, sign: -1 }
        : { statistic: maxS, location: maxLocation, sign: 1 };
}
/** scipy's `MAX_AUTO_N`: 'auto' attempts the exact distribution up to this sample size. */
const KS_MAX_EXACT_AUTO_N = 10_000;
/**
 * Two-sided two-sample KS test, `scipy.stats.ks_2samp(sample1, sample2, method=method)`:
 * - exact: h = round(D · lcm(n1, n2)), p = share of lattice paths reaching |x/n1 − y/n2| ≥ h/lcm (closed form for
 *   n1 = n2, the inside method otherwise), and the reported statistic becomes h/lcm; on failure, asymp;
 * - asymp: p = kstwo.sf(D, round(n1·n2/(n1 + n2))), the exact one-sample distribution at the effective size
 *   (Simard & L'Ecuyer), not the Kolmogorov limit.
 * The p-value is clipped to [0, 1]. Identical samples give D = 0 and p = 1.
 */
function ksTwoSampleTest(sample1, sample2, method = 'auto') {
    const found = ksStatistic(sample1, sample2);
    const n1 = sample1.length;
    const n2 = sample2.length;
    const g = (0,floating_point/* gcd */.p_)(n1, n2);
    let mode;
    let fallback;
    if (method === 'auto') {
        mode = Math.max(n1, n2) <= KS_MAX_EXACT_AUTO_N ? 'exact' : 'asymp';
    }
    else if (method === 'exact' && n1 / g >= 2147483647 / (n2 / g)) {
        mode = 'asymp';
        fallback = 'lattice-too-large';
    }
    else {
        mode = method;
    }
    let statistic = found.statistic;
    let pvalue = Number.NaN;
    if (mode === 'exact') {
        const attempt = attemptExactTwoSided(n1, n2, g, statistic);
        statistic = attempt.statistic;
        pvalue = attempt.pvalue;
        if (!attempt.success) {
            mode = 'asymp';
            fallback = 'exact-failed';
        }
    }
    if (mode === 'asymp') {
        const m = Math.max(n1, n2);
        const n = Math.min(n1, n2);
        const effectiveSize = (m * n) / (m + n);
        pvalue = kolmogorovSurvival(statistic, (0,floating_point/* roundHalfToEven */.ZN)(effectiveSize));
    }
    pvalue = Math.min(Math.max(pvalue, 0), 1);
    return {
        statistic,
        location: found.location,
        sign: found.sign,
        pvalue,
        method: mode,
        ...(fallback === undefined ? {} : { fallback }),
    };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/proportions-z-test.ts
/**
 * The two-proportion z-test Evidently runs on binary (at most two-valued) features of small references
 * (`evidently/calculations/stattests/z_stattest.py`): the first category in sorted order counts as 0 and every other
 * as 1, z = (p1 − p2) / sqrt(P (1 − P) (1/n1 + 1/n2)) with the pooled P, and the two-sided p-value
 * 2 · (1 − Φ(|z|)), evaluated in that order as Evidently does (so it reaches 0 for |z| beyond ~8.3).
 */

/**
 * `referenceCounts[i]` and `currentCounts[i]` count category i, categories in sorted order (index 0 is the
 * "first key"). Both samples must be non-empty.
 */
function proportionsZTest(referenceCounts, currentCounts) {
    if (referenceCounts.length !== currentCounts.length) {
        throw new RangeError(`count vectors differ in length: ${referenceCounts.length} vs ${currentCounts.length}`);
    }
    const n1 = referenceCounts.reduce((sum, count) => sum + count, 0);
    const n2 = currentCounts.reduce((sum, count) => sum + count, 0);
    if (!(n1 > 0) || !(n2 > 0))
        throw new RangeError('both samples need at least one value');
    const present1 = referenceCounts.filter((count) => count > 0).length;
    const present2 = currentCounts.filter((count) => count > 0).length;
    if (present1 === 1 &&
        present2 === 1 &&
        referenceCounts.findIndex((c) => c > 0) === currentCounts.findIndex((c) => c > 0)) {
        return { statistic: 0, pvalue: 1 };
    }
    // Ones are the values that are not the first category.
    const p1 = (n1 - referenceCounts[0]) / n1;
    const p2 = (n2 - currentCounts[0]) / n2;
    const pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    // Φ(|z|) = 1 − erfc(|z|/√2)/2, and erfc(|z|/√2) = Pr(χ²₁ ≥ z²).
    const cdf = 1 - chiSquaredSurvival(z * z, 1) / 2;
    return { statistic: z, pvalue: 2 * (1 - cdf) };
}

// EXTERNAL MODULE: ./src/check-drift-gate/statistics/sorted-sample.ts
var sorted_sample = __webpack_require__(1390);
;// CONCATENATED MODULE: ./src/check-drift-gate/statistics/wasserstein.ts
/**
 * First Wasserstein (earth mover's) distance between two empirical distributions, and the normalised form the
 * drift tools threshold on.
 */


/**
 * W1 = Σ_j |U(x_j) − V(x_j)| · (x_{j+1} − x_j) over the pooled sorted values, U and V the empirical CDFs counted with
 * right-side search: `scipy.stats.wasserstein_distance(u, v)` (its `_cdf_distance(1, u, v)`). Computed by merging
 * the two sorted samples in one pass with no pooled array; repeated values contribute zero-width steps and are
 * skipped. Terms are summed with compensation.
 */
function wassersteinDistance(u, v) {
    const nu = u.length;
    const nv = v.length;
    const accumulator = (0,floating_point/* compensatedSum */.dY)();
    let i = 0;
    let j = 0;
    // Heads of both samples; +∞ once a sample is exhausted (samples are finite).
    let headU = u[0];
    let headV = v[0];
    // The current pooled value: the smallest value not yet passed in either sample.
    let x = Math.min(headU, headV);
    for (;;) {
        while (headU <= x) {
            i++;
            headU = i < nu ? u[i] : Number.POSITIVE_INFINITY;
        }
        while (headV <= x) {
            j++;
            headV = j < nv ? v[j] : Number.POSITIVE_INFINITY;
        }
        if (i === nu && j === nv)
            break;
        const next = Math.min(headU, headV);
        (0,floating_point/* addTo */.DN)(accumulator, Math.abs(i / nu - j / nv) * (next - x));
        x = next;
    }
    return (0,floating_point/* totalOf */.e6)(accumulator);
}
/** The floor both Azure ML and Evidently put under the reference standard deviation. */
const WASSERSTEIN_STD_FLOOR = 0.001;
/**
 * Normalised Wasserstein distance W1(reference, current) / max(std(reference), 0.001).
 * Azure ML divides by the sample standard deviation (ddof = 1, Spark's `stddev`); Evidently by `np.std(ref)`
 * (ddof = 0). The standard deviation is computed in two passes and is exactly 0 for a constant reference, so the
 * floor applies there rather than a spurious ~1e-17.
 */
function normalizedWassersteinDistance(reference, current, ddof) {
    const distance = wassersteinDistance(reference, current);
    const referenceStd = (0,sorted_sample/* standardDeviationOf */.yh)(reference, ddof);
    // NaN (a single reference value with ddof = 1) also takes the floor: Python's max(nan, 0.001) would keep NaN only
    // by argument order, and a single value has no spread to normalise by.
    const floored = !(referenceStd >= WASSERSTEIN_STD_FLOOR);
    return {
        value: distance / (floored ? WASSERSTEIN_STD_FLOOR : referenceStd),
        distance,
        referenceStd,
        floored,
        referenceConstant: (0,sorted_sample/* isConstant */.VO)(reference),
    };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/feature-metrics.ts
/**
 * One metric of one feature, computed from what the readers kept, through the statistics modules (which reproduce
 * scipy). A numerical feature's side holds its exact sorted values while they fitted the memory budget; beyond it,
 * its sketch's weighted values (or exact counts per value, when there are few values). A figure computed from a
 * sketch comes with the interval that provably holds the exact figure (metric-bounds.ts), says it is not exact, and
 * says whether its verdict is decided: whether the whole interval lies on one side of the threshold.
 */















function computeMetric(feature, plan) {
    const { spec } = plan;
    const computed = feature.type === 'numerical' ? numericalMetric(feature, spec) : categoricalMetric(feature, spec);
    const defined = Number.isFinite(computed.value) || computed.value === Number.POSITIVE_INFINITY;
    const exact = computed.exact ?? true;
    const breach = (value, threshold) => (0,presets/* breaches */.aM)(value, threshold, plan.comparison);
    const decided = exact || (computed.bound !== undefined && defined && decides(computed.bound, plan.threshold, breach));
    const notes = [...computed.notes];
    if (!decided && defined) {
        notes.push(computed.bound === undefined
            ? 'computed from a sketch without a stated bound: the exact value could fall on the other side of the threshold; raise memory-budget for an exact answer'
            : `the exact value lies in [${(0,check_drift_gate_sketch/* formatBound */.S)(computed.bound.low)}, ${(0,check_drift_gate_sketch/* formatBound */.S)(computed.bound.high)}], which straddles the threshold: the verdict is the estimate's; raise memory-budget for an exact answer`);
    }
    return {
        metric: spec.metric,
        spec,
        value: computed.value,
        threshold: plan.threshold,
        thresholdSource: plan.thresholdSource,
        comparison: plan.comparison,
        drifted: defined && breach(computed.value, plan.threshold),
        reason: plan.reason,
        details: computed.details,
        notes,
        exact,
        ...(exact || computed.bound === undefined ? {} : { bound: computed.bound }),
        decided,
    };
}
// ---------------------------------------------------------------------------------------------------------------
// Numerical features
function sketchNotes(feature) {
    const bound = feature.reference.cdfErrorBound + feature.current.cdfErrorBound;
    if (feature.reference.exact && feature.current.exact)
        return { bound: 0, notes: [] };
    return {
        bound,
        notes: [
            `beyond the memory budget: computed from ${feature.reference.exact || feature.current.exact ? 'a quantile sketch' : 'quantile sketches'}; every CDF value is within ±${(0,check_drift_gate_sketch/* formatBound */.S)(bound)} (reference ${(0,check_drift_gate_sketch/* formatBound */.S)(feature.reference.cdfErrorBound)}, current ${(0,check_drift_gate_sketch/* formatBound */.S)(feature.current.cdfErrorBound)})`,
        ],
    };
}
function numericalMetric(feature, spec) {
    const { reference, current } = feature;
    // Both sides' values are at hand: the exact computations, as scipy's.
    if (reference.sample !== undefined && current.sample !== undefined)
        return exactNumericalMetric(feature, spec);
    const { bound, notes } = sketchNotes(feature);
    const exact = reference.exact && current.exact;
    switch (spec.metric) {
        case 'wasserstein': {
            const ddof = spec.ddof ?? 1;
            const distance = (0,weighted_sample/* weightedWasserstein */.Y)(reference.weighted(), current.weighted());
            const referenceStd = reference.std(ddof);
            const floored = !(referenceStd >= WASSERSTEIN_STD_FLOOR);
            const norm = floored ? WASSERSTEIN_STD_FLOOR : referenceStd;
            if (floored)
                notes.push(stdFloorNote(referenceStd, reference));
            const range = Math.max(reference.max, current.max) - Math.min(reference.min, current.min);
            const error = bound * range;
            return {
                value: distance / norm,
                details: { distance, referenceStd, ddof, floored, ...(exact ? {} : { distanceErrorBound: error }) },
                notes,
                exact,
                bound: { low: Math.max(0, distance - error) / norm, high: (distance + error) / norm },
            };
        }
        case 'ks': {
            const { statistic, location } = (0,weighted_sample/* weightedKsStatistic */.cj)(reference.weighted(), current.weighted());
            const m = Math.max(reference.count, current.count);
            const n = Math.min(reference.count, current.count);
            const effective = (0,floating_point/* roundHalfToEven */.ZN)((m * n) / (m + n));
            const pvalue = (d) => Math.min(Math.max(kolmogorovSurvival(d, effective), 0), 1);
            notes.push('the p-value is asymptotic (kstwo.sf at the full sample sizes), as scipy computes it beyond 10,000 values');
            return {
                value: pvalue(statistic),
                details: { statistic, location, method: 'asymp', ...(exact ? {} : { statisticErrorBound: bound }) },
                notes,
                exact,
                bound: { low: pvalue(Math.min(1, statistic + bound)), high: pvalue(Math.max(0, statistic - bound)) },
            };
        }
        case 'jensen-shannon':
        case 'psi':
            return binnedMetric(feature, spec, exact, notes);
        case 'chi-squared':
        case 'z-test':
            return perValueMetric(feature, spec);
    }
}
function stdFloorNote(referenceStd, reference) {
    return `the reference standard deviation (${referenceStd}) is below ${WASSERSTEIN_STD_FLOOR}: the distance is divided by ${WASSERSTEIN_STD_FLOOR}, as both tools do${reference.min === reference.max ? ' (constant reference)' : ''}`;
}
function exactNumericalMetric(feature, spec) {
    const reference = feature.reference.sample;
    const current = feature.current.sample;
    const notes = [];
    switch (spec.metric) {
        case 'wasserstein': {
            const ddof = spec.ddof ?? 1;
            const { distance, referenceStd, floored } = normalizedWassersteinDistance(reference, current, ddof);
            if (floored)
                notes.push(stdFloorNote(referenceStd, feature.reference));
            const norm = floored ? WASSERSTEIN_STD_FLOOR : referenceStd;
            return { value: distance / norm, details: { distance, referenceStd, ddof, floored }, notes };
        }
        case 'ks': {
            const result = ksTwoSampleTest(reference, current, spec.method ?? 'auto');
            if (result.fallback)
                notes.push(`exact p-value unavailable (${result.fallback}): asymptotic used, as scipy does`);
            return {
                value: result.pvalue,
                details: { statistic: result.statistic, location: result.location, method: result.method },
                notes,
            };
        }
        case 'jensen-shannon':
        case 'psi':
            return binnedMetric(feature, spec, true, notes);
        case 'chi-squared':
        case 'z-test':
            return perValueMetric(feature, spec);
    }
}
/** JS or PSI over the feature's bins; beyond the memory budget, with the interval the count errors allow. */
function binnedMetric(feature, spec, exact, notes) {
    const binned = binFeature(feature, spec);
    notes.push(...binned.notes);
    const details = {
        binning: binned.kind,
        bins: binned.referenceCounts.length,
        referenceCounts: binned.referenceCounts,
        currentCounts: binned.currentCounts,
    };
    const { count: referenceSize } = feature.reference;
    const { count: currentSize } = feature.current;
    const value = spec.metric === 'jensen-shannon'
        ? jensenShannon(binned.referenceCounts, binned.currentCounts, spec, details)
        : psi(binned.referenceCounts, binned.currentCounts, referenceSize, currentSize, spec, details, notes);
    const binsExact = exact && binned.referenceErrors.every((e) => e === 0) && binned.currentErrors.every((e) => e === 0);
    if (binsExact)
        return { value, details, notes };
    if (!binned.boundable)
        return { value, details, notes, exact: false };
    details.referenceCountErrors = binned.referenceErrors;
    details.currentCountErrors = binned.currentErrors;
    return {
        value,
        details,
        notes,
        exact: false,
        bound: binnedBound(binned, referenceSize, currentSize, spec),
    };
}
function binnedBound(binned, referenceSize, currentSize, spec) {
    if (spec.metric === 'jensen-shannon') {
        const reference = proportionIntervals(binned.referenceCounts, binned.referenceErrors, referenceSize, 'none');
        const current = proportionIntervals(binned.currentCounts, binned.currentErrors, currentSize, 'none');
        return jensenShannonInterval(reference, current, spec.base === 'e' ? undefined : 2);
    }
    const smoothing = spec.smoothing ?? 'laplace';
    const reference = proportionIntervals(binned.referenceCounts, binned.referenceErrors, referenceSize, smoothing);
    const current = proportionIntervals(binned.currentCounts, binned.currentErrors, currentSize, smoothing);
    return psiInterval(reference, current);
}
/** Chi-squared and the z-test need exact counts per value: the values themselves, or counted while few. */
function perValueMetric(feature, spec) {
    const counts = countsPerValue(feature);
    if (counts === undefined) {
        return {
            value: Number.NaN,
            details: {},
            notes: [
                `${spec.metric} needs counts per value, and this feature has too many distinct values to count`,
            ],
        };
    }
    return spec.metric === 'chi-squared'
        ? chiSquared(counts.referenceCounts, counts.currentCounts, spec, (index) => String(counts.values[index]))
        : zTest(counts.referenceCounts, counts.currentCounts);
}
function jensenShannon(referenceCounts, currentCounts, spec, details) {
    const base = spec.base ?? 2;
    details.base = base === 2 ? 2 : 'e';
    if (!referenceCounts.some((count) => count > 0) || !currentCounts.some((count) => count > 0))
        return Number.NaN;
    // jensenShannonDistance renormalises, so counts and proportions give the same value (scipy does the same).
    return jensenShannonDistance(referenceCounts, currentCounts, base === 2 ? 2 : undefined);
}
function psi(referenceCounts, currentCounts, referenceSize, currentSize, spec, details, notes) {
    const smoothing = spec.smoothing ?? 'laplace';
    details.smoothing = smoothing;
    let reference;
    let current;
    if (smoothing === 'laplace') {
        reference = laplaceSmoothedProportions(referenceCounts, referenceSize);
        current = laplaceSmoothedProportions(currentCounts, currentSize);
    }
    else {
        reference = (0,binning/* proportionsOf */.N)(referenceCounts, referenceSize);
        current = (0,binning/* proportionsOf */.N)(currentCounts, currentSize);
        if (smoothing === 'fill') {
            if (!reference.some((p) => p > 0) || !current.some((p) => p > 0))
                return Number.NaN;
            reference = evidentlyFilledProportions(reference);
            current = evidentlyFilledProportions(current);
        }
    }
    const value = populationStabilityIndex(reference, current);
    if (value === Number.POSITIVE_INFINITY) {
        notes.push('a bin is empty on one side only: without smoothing the PSI is infinite');
    }
    return value;
}
function chiSquared(referenceCounts, currentCounts, spec, label) {
    const test = spec.test ?? 'goodness-of-fit';
    const outcome = test === 'contingency'
        ? chiSquaredContingency(referenceCounts, currentCounts)
        : chiSquaredGoodnessOfFit(referenceCounts, currentCounts);
    if (outcome.defined) {
        return {
            value: outcome.pvalue,
            details: { test, statistic: outcome.statistic, dof: outcome.dof },
            notes: [],
        };
    }
    if (outcome.reason === 'category-unseen-in-reference') {
        const unseen = outcome.categories.map(label);
        return {
            value: 0,
            details: { test, statistic: Number.POSITIVE_INFINITY, dof: referenceCounts.length - 1 },
            notes: [
                `${unseen.length === 1 ? 'a value' : 'values'} unseen in the reference (${unseen.slice(0, 5).join(', ')}${unseen.length > 5 ? ', …' : ''}) get an expected count of 0: the statistic is infinite and the p-value 0, as scipy's chisquare gives (Azure ML and Evidently alike)`,
            ],
        };
    }
    return {
        value: Number.NaN,
        details: { test },
        notes: [`chi-squared is undefined here (${outcome.reason.replaceAll('-', ' ')}): not counted as drift`],
    };
}
function zTest(referenceCounts, currentCounts) {
    const notes = [];
    if (referenceCounts.length > 2) {
        notes.push(`${referenceCounts.length} values: the z-test compares the first value (in sorted order) with all others, as Evidently does`);
    }
    const result = proportionsZTest(referenceCounts, currentCounts);
    return { value: result.pvalue, details: { statistic: result.statistic }, notes };
}
// ---------------------------------------------------------------------------------------------------------------
// Categorical features
function categoricalMetric(feature, spec) {
    const aligned = (0,categorical/* alignCategoryCounts */.g)(feature.reference, feature.current);
    const notes = [];
    const unseen = aligned.unseenInReference;
    const unseenNote = unseen.length > 0
        ? `categories unseen in the reference: ${unseen.slice(0, 5).join(', ')}${unseen.length > 5 ? `, … (${unseen.length})` : ''}`
        : undefined;
    switch (spec.metric) {
        case 'jensen-shannon': {
            const details = { categories: aligned.categories.length };
            if (unseenNote)
                notes.push(`${unseenNote} (a proportion of 0 in the reference)`);
            return {
                value: jensenShannon(aligned.referenceCounts, aligned.currentCounts, spec, details),
                details,
                notes,
            };
        }
        case 'psi': {
            const details = { categories: aligned.categories.length };
            const smoothing = spec.smoothing ?? 'laplace';
            if (unseenNote) {
                notes.push(`${unseenNote}: ${smoothing === 'laplace' ? 'Laplace smoothing (count + 1) / (n + k) keeps the PSI finite' : smoothing === 'fill' ? 'Evidently fills the empty proportion' : 'without smoothing the PSI is infinite'}`);
            }
            const value = psi(aligned.referenceCounts, aligned.currentCounts, feature.referenceCount, feature.currentCount, spec, details, []);
            return { value, details, notes };
        }
        case 'chi-squared':
            return chiSquared(aligned.referenceCounts, aligned.currentCounts, spec, (index) => aligned.categories[index]);
        case 'z-test':
            return zTest(aligned.referenceCounts, aligned.currentCounts);
        case 'wasserstein':
        case 'ks':
            throw new Error(`${spec.metric} does not apply to categorical features`);
    }
}

// EXTERNAL MODULE: ./src/check-drift-gate/feature-types.ts
var feature_types = __webpack_require__(5228);
// EXTERNAL MODULE: ./src/check-drift-gate/metric-plan.ts + 1 modules
var metric_plan = __webpack_require__(4369);
// EXTERNAL MODULE: ./src/check-drift-gate/picture.ts
var picture = __webpack_require__(9980);
;// CONCATENATED MODULE: ./src/check-drift-gate/feature-comparison.ts








/** A numeric column's values as category counts (an integer feature that is categorical). */
function asCategories(column) {
    if (column.kind === 'categorical')
        return column.overflow ? undefined : { counts: new Map(column.counts), count: column.count };
    const counts = new Map();
    if (column.values !== undefined) {
        column.values.forEachRun((value, times) => counts.set((0,feature_types/* numberLabel */.Cv)(value), times));
        return { counts, count: column.count };
    }
    const valueCounts = column.valueCounts;
    if (valueCounts === undefined)
        return undefined;
    for (const [value, times] of valueCounts)
        counts.set((0,feature_types/* numberLabel */.Cv)(value), times);
    return { counts, count: column.count };
}
function numericDistribution(column, scratch) {
    if (column.count === 0)
        return undefined;
    if (column.values !== undefined) {
        // Doubles for the statistics: made here, per feature, into the side's scratch arrays when given.
        const sample = column.values.sortedSample(scratch ? (length) => scratch.sample.take(length) : undefined);
        let valueCounts;
        let weighted;
        return {
            count: column.count,
            sample,
            weighted: () => {
                weighted ??= (0,weighted_sample/* weightedFromSample */.gi)(sample, scratch ? (length) => scratch.cumulative.take(length) : undefined);
                return weighted;
            },
            exact: true,
            rankErrorBound: 0,
            cdfErrorBound: 0,
            min: sample[0],
            max: sample[sample.length - 1],
            std: (ddof) => (0,sorted_sample/* standardDeviationOf */.yh)(sample, ddof),
            get valueCounts() {
                if (valueCounts === undefined) {
                    valueCounts = new Map();
                    for (let i = 0; i < sample.length; i++)
                        valueCounts.set(sample[i], (valueCounts.get(sample[i]) ?? 0) + 1);
                }
                return valueCounts;
            },
            distinct: (0,binning/* distinctCount */.EX)(sample),
        };
    }
    const sketch = column.sketch;
    const moments = column.moments;
    const counts = column.valueCounts; // made once, here, for this feature's measuring
    // Few distinct values were counted exactly all along: the counts are the exact distribution.
    const exact = counts !== undefined;
    let weighted;
    const summary = sketch.summary();
    return {
        count: column.count,
        sample: undefined,
        weighted: () => {
            weighted ??= exact
                ? (0,weighted_sample/* weightedFromCounts */.kZ)(counts)
                : sketch.weighted(scratch ? (length, which) => scratch[which].take(length) : undefined);
            return weighted;
        },
        exact,
        rankErrorBound: exact ? 0 : summary.rankErrorBound,
        cdfErrorBound: exact ? 0 : summary.cdfErrorBound,
        ...(exact ? {} : { sketch: summary }),
        min: moments.min,
        max: moments.max,
        std: (ddof) => (moments.count - ddof > 0 ? Math.sqrt(moments.m2 / (moments.count - ddof)) : Number.NaN),
        valueCounts: counts,
        distinct: counts?.size,
    };
}
function distinctUnion(data) {
    if (data.type === 'categorical')
        return new Set([...data.reference.keys(), ...data.current.keys()]).size;
    const a = data.reference.sample;
    const b = data.current.sample;
    if (a !== undefined && b !== undefined) {
        // Merge count of the two sorted samples, stopping early: only "more than 20" matters to the presets.
        let i = 0;
        let j = 0;
        let distinct = 0;
        while ((i < a.length || j < b.length) && distinct <= 20) {
            const value = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            while (i < a.length && a[i] === value)
                i++;
            while (j < b.length && b[j] === value)
                j++;
            distinct++;
        }
        return distinct;
    }
    // Beyond the memory budget: counted exactly while few, else certainly more than the presets look at (they ask
    // "more than 5?", "more than 20?"). An exact side is not turned into a Map of all its values to find out.
    const left = data.reference.distinct;
    const right = data.current.distinct;
    if (left === undefined || right === undefined)
        return Number.POSITIVE_INFINITY;
    if (Math.max(left, right) > 20)
        return Math.max(left, right);
    return new Set([...data.reference.valueCounts.keys(), ...data.current.valueCounts.keys()]).size;
}
function share(count, rows) {
    return { count, share: rows === 0 ? 0 : count / rows };
}
/** The metrics' data of a feature, or why it is not measured. */
function featureData(comparison, minimum) {
    const { decision, reference, current } = comparison;
    const insufficient = (referenceCount, currentCount) => referenceCount < minimum || currentCount < minimum
        ? {
            insufficient: {
                name: comparison.name,
                type: decision.type,
                values: { reference: referenceCount, current: currentCount },
                minimum,
            },
        }
        : undefined;
    if (decision.type === 'numerical') {
        const { scratch } = comparison;
        const left = reference.column.kind === 'numeric'
            ? numericDistribution(reference.column, scratch?.reference)
            : undefined;
        const right = current.column.kind === 'numeric' ? numericDistribution(current.column, scratch?.current) : undefined;
        if (left === undefined)
            return { skip: 'every reference value is missing' };
        if (right === undefined)
            return { emptyCurrent: true };
        return insufficient(left.count, right.count) ?? { type: 'numerical', reference: left, current: right };
    }
    const left = asCategories(reference.column);
    const right = asCategories(current.column);
    if (left === undefined || right === undefined) {
        return {
            skip: `more than 65,536 distinct values on the ${left === undefined ? 'reference' : 'current'} side: an identifier or free text, not a categorical feature; exclude it or declare it numerical`,
        };
    }
    if (left.count === 0)
        return { skip: 'every reference value is missing' };
    if (right.count === 0)
        return { emptyCurrent: true };
    return (insufficient(left.count, right.count) ?? {
        type: 'categorical',
        reference: left.counts,
        current: right.counts,
        referenceCount: left.count,
        currentCount: right.count,
    });
}
/** The finding recorded for a feature whose every current value is missing. */
const EMPTY_CURRENT_FINDING = 'every current value is missing while the reference has values: a data-quality finding (the production column is empty), counted as drifted';
function compareFeature(comparison, rules, logger) {
    const { name, decision } = comparison;
    const missing = {
        reference: share(comparison.reference.column.missing, comparison.reference.rows),
        current: share(comparison.current.column.missing, comparison.current.rows),
    };
    const data = featureData(comparison, rules.minSampleSize);
    if ('emptyCurrent' in data) {
        return {
            name,
            type: decision.type,
            decision,
            missing,
            values: { reference: comparison.reference.column.count, current: 0 },
            metrics: [],
            drifted: true,
            finding: EMPTY_CURRENT_FINDING,
            exact: true,
            picture: { labels: [], reference: [], current: [] },
        };
    }
    if ('skip' in data || 'insufficient' in data)
        return data;
    const referenceSize = data.type === 'numerical' ? data.reference.count : data.referenceCount;
    const plan = (0,metric_plan/* planFeature */.OE)(name, { type: decision.type, referenceSize, distinctUnion: distinctUnion(data) }, rules.preset, rules.metrics, rules.thresholds);
    const metrics = plan.map((planned) => computeMetric(data, planned));
    const sketch = data.type === 'numerical' && (data.reference.sketch || data.current.sketch)
        ? {
            ...(data.reference.sketch ? { reference: data.reference.sketch } : {}),
            ...(data.current.sketch ? { current: data.current.sketch } : {}),
        }
        : undefined;
    if (sketch && data.type === 'numerical') {
        logger.info(`${name}: beyond the memory budget, from a quantile sketch; CDF error bound ±${(0,check_drift_gate_sketch/* formatBound */.S)(data.reference.cdfErrorBound + data.current.cdfErrorBound)}`);
    }
    return {
        name,
        type: decision.type,
        decision,
        missing,
        values: {
            reference: data.type === 'numerical' ? data.reference.count : data.referenceCount,
            current: data.type === 'numerical' ? data.current.count : data.currentCount,
        },
        metrics,
        drifted: metrics.some((metric) => metric.drifted),
        exact: metrics.every((metric) => metric.exact),
        ...(sketch ? { sketch } : {}),
        picture: (0,picture/* histogramPicture */.DJ)(data),
    };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/feature-selection.ts
/**
 * Which columns the gate compares: the `features` named (each must be a column of both sides' first files), or
 * every column the two sides share, less `exclude-features`. Parquet's nested columns are never compared unless
 * named; its schema also tells each column's kind before a value is read.
 *
 * Without `features`, a column on one side only is a schema change (a production column renamed or lost, or a new
 * one): it is reported, never silently left out; `on-schema-change` decides whether the step fails. Excluded columns
 * are not reported.
 */

function describeColumns(table) {
    const shown = table.columns.slice(0, 12).map((column) => `'${column}'`);
    const more = table.columns.length > 12 ? `, … (${table.columns.length} in all)` : '';
    return `${table.source.label}: ${shown.join(', ') || 'no columns'}${more}`;
}
function selectFeatures(request, reference, current, logger) {
    const currentColumns = new Set(current.columns);
    const referenceColumns = new Set(reference.columns);
    const schemaKinds = new Map();
    const nested = new Set();
    reference.columns.forEach((column, index) => {
        if (reference.schemaKinds === undefined)
            return;
        const kind = reference.schemaKinds[index];
        if (kind === undefined)
            nested.add(column);
        else
            schemaKinds.set(column, kind);
    });
    let features;
    if (request.features !== undefined) {
        for (const feature of request.features) {
            for (const [table, columns] of [
                [reference, referenceColumns],
                [current, currentColumns],
            ]) {
                if (!columns.has(feature)) {
                    throw new errors/* ConfigurationError */.j1(`Input 'features' names '${feature}', which is not a column of ${describeColumns(table)}.`, { input: 'features' });
                }
            }
        }
        features = [...request.features];
    }
    else {
        features = reference.columns.filter((column) => currentColumns.has(column) && !nested.has(column));
    }
    const excluded = new Set(request.excludeFeatures);
    for (const name of excluded) {
        if (!referenceColumns.has(name) && !currentColumns.has(name)) {
            logger.warning(`exclude-features names '${name}', which is not a column of either side; check the spelling.`);
        }
    }
    features = features.filter((feature) => !excluded.has(feature));
    const schemaChanges = request.features !== undefined
        ? []
        : [
            ...reference.columns
                .filter((column) => !currentColumns.has(column) && !excluded.has(column))
                .map((column) => ({ column, side: 'reference' })),
            ...current.columns
                .filter((column) => !referenceColumns.has(column) && !excluded.has(column))
                .map((column) => ({ column, side: 'current' })),
        ];
    if (features.length === 0) {
        const common = reference.columns.filter((column) => currentColumns.has(column));
        throw new errors/* ConfigurationError */.j1(common.length === 0
            ? `The reference and current data have no column in common (${describeColumns(reference)}; ${describeColumns(current)}); compare files of the same table, or name the features with 'features'.`
            : `No feature is left to compare: every common column is excluded (${common.join(', ')}).`, { input: common.length === 0 ? 'current' : 'exclude-features' });
    }
    return { features, schemaKinds, schemaChanges };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/value-counter.ts
/**
 * Counts of distinct numbers, in typed arrays: an open-addressing hash table of the values' bits (linear probing,
 * kept at most half full), 12 bytes a slot. A sketched feature counts its distinct values while they are few (their
 * counts are then an exact distribution), and a Map of doubles costs about 130 bytes an entry in V8: dozens of
 * features each counting tens of thousands of values made hundreds of megabytes of garbage that no budget saw.
 * This costs 24 bytes an entry at worst, all of it known in advance.
 */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
class ValueCounter {
    limit;
    keys;
    counts;
    used;
    size = 0;
    /** @param limit the most distinct values counted; `add` returns false beyond it. */
    constructor(limit) {
        this.limit = limit;
        const capacity = 1 << Math.max(4, Math.ceil(Math.log2(Math.min(limit, 1024) * 2)));
        this.keys = new Float64Array(capacity);
        this.counts = new Uint32Array(capacity);
        this.used = new Uint8Array(capacity);
    }
    /** The most bytes a counter of `limit` values takes. */
    static bytesFor(limit) {
        return 2 ** Math.ceil(Math.log2(limit * 2)) * 13;
    }
    get bytes() {
        return this.keys.length * 13;
    }
    slot(value) {
        bits[0] = value;
        // Murmur-style mixing of both words: doubles that differ in low bits spread over the table.
        let h = Math.imul(words[0] ^ Math.imul(words[1], 0x9e3779b1), 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
        const mask = this.keys.length - 1;
        let at = h & mask;
        while (this.used[at] === 1 && this.keys[at] !== value)
            at = (at + 1) & mask;
        return at;
    }
    /** Adds `times` to the value's count; false (nothing added) when it is a new value beyond the limit. */
    add(value, times = 1) {
        const key = value === 0 ? 0 : value; // -0 and 0 are one value
        let at = this.slot(key);
        if (this.used[at] === 0) {
            if (this.size >= this.limit)
                return false;
            if ((this.size + 1) * 2 > this.keys.length) {
                this.grow();
                at = this.slot(key);
            }
            this.used[at] = 1;
            this.keys[at] = key;
            this.size++;
        }
        this.counts[at] += times;
        return true;
    }
    grow() {
        const { keys, counts, used } = this;
        this.keys = new Float64Array(keys.length * 2);
        this.counts = new Uint32Array(keys.length * 2);
        this.used = new Uint8Array(keys.length * 2);
        for (let i = 0; i < keys.length; i++) {
            if (used[i] === 0)
                continue;
            const at = this.slot(keys[i]);
            this.used[at] = 1;
            this.keys[at] = keys[i];
            this.counts[at] = counts[i];
        }
    }
    /** The counts as a Map (for the statistics: at most `limit` entries, made once per feature). */
    toMap() {
        const map = new Map();
        for (let i = 0; i < this.keys.length; i++)
            if (this.used[i] === 1)
                map.set(this.keys[i], this.counts[i]);
        return map;
    }
}

;// CONCATENATED MODULE: ./src/check-drift-gate/feature-columns.ts
/**
 * One side's features as they are read, row by row, in a single pass. Readers stage a row's values here (numbers
 * into a Float64Array, category labels into an array, a status per feature) and commit it; nothing is allocated per
 * row. A numerical feature keeps its values exactly ({@link ExactValues}: 4 or 8 bytes a value, growing in place)
 * while the side's numerical values fit the side's share of `memory-budget`. When they no longer do, the feature
 * holding the most memory moves to a {@link QuantileSketch} of its fair share (the side's share divided by its
 * numerical features), one feature at a time, so that as many features as fit stay exact. A categorical feature
 * keeps a count per category, up to {@link CATEGORY_LIMIT} categories.
 *
 * On the reference, a column whose type is inferred starts numeric and turns categorical at its first value that is
 * not a number (its numbers so far become category labels). A column whose type is fixed (the current side, or a
 * `feature-types` override) refuses such a value: the reader then reports the file, line and column.
 */





/** A categorical feature with more categories than this is left out (an identifier, free text, a timestamp). */
const CATEGORY_LIMIT = 65_536;
/**
 * In a sketched feature, distinct values are still counted exactly while there are at most this many (and while
 * their counter fits a third of the feature's share): few values, counted, are an exact distribution, and
 * chi-squared and the presets' per-value rules need their counts.
 */
const DISTINCT_LIMIT = 65_536;
/** Statuses of a staged value. */
const MISSING = 0;
const INTEGER_VALUE = 1;
const FLOAT_VALUE = 2;
const STRING_VALUE = 3;
const BOOLEAN_VALUE = 4;
/** Modes of a slot: what a reader stages for it. */
const TEXT_MODE = 0;
const NUMERIC_MODE = 1;
/** The committed memory of one side's numerical values, against the side's limit. */
class SideMemory {
    limit;
    used = 0;
    /** The most `used` reached. */
    peak = 0;
    constructor(limit) {
        this.limit = limit;
    }
    change(bytes) {
        this.used += bytes;
        if (this.used > this.peak)
            this.peak = this.used;
    }
    get over() {
        return this.used > this.limit;
    }
}
class FeatureColumn {
    rule;
    memory;
    sketchShare;
    mode;
    missing = 0;
    // numeric storage
    exact;
    sketch;
    valueCounts;
    /** Bytes the sketch and its counts were granted. */
    reserved = 0;
    momentCount = 0;
    meanValue = 0;
    m2 = 0;
    minValue = Number.POSITIVE_INFINITY;
    maxValue = Number.NEGATIVE_INFINITY;
    sawFloat = false;
    // categorical storage
    counts;
    categorized = 0;
    overflow = false;
    sawString = false;
    constructor(rule, memory, 
    /** Bytes a sketch of this column may take: its fair share of the side's memory. */
    sketchShare) {
        this.rule = rule;
        this.memory = memory;
        this.sketchShare = sketchShare;
        this.mode = rule === 'categorical' ? TEXT_MODE : NUMERIC_MODE;
        if (this.mode === TEXT_MODE)
            this.counts = new Map();
        else
            this.exact = new ExactValues(Math.min(memory.limit, MAX_BUFFER_BYTES), memory);
    }
    /** Committed bytes of exact values (0 once sketched). */
    get exactBytes() {
        return this.exact?.bytes ?? 0;
    }
    addNumber(value, status, mantissa, exponent) {
        // Readers stage finite numbers only (infinities count as missing), so the sorted sample stays finite.
        if (status === FLOAT_VALUE)
            this.sawFloat = true;
        const exact = this.exact;
        if (exact !== undefined) {
            if (exact.add(value, mantissa, exponent))
                return;
            this.startSketch();
        }
        this.addToSketch(value);
    }
    /** Moves the exact values into a sketch of the column's fair share and gives their memory back. */
    startSketch() {
        const exact = this.exact;
        if (exact === undefined || this.mode !== NUMERIC_MODE)
            return;
        // Two thirds of the share for the sketch's values, a third for the counts of distinct values.
        const share = this.sketchShare();
        const size = Math.max(1024, Math.floor((share * 2) / 3 / 8));
        let limit = DISTINCT_LIMIT;
        while (limit > 64 && ValueCounter.bytesFor(limit) > share / 3)
            limit >>= 1;
        this.reserved = size * 8 + ValueCounter.bytesFor(limit);
        this.sketch = new check_drift_gate_sketch/* QuantileSketch */.w(size);
        this.memory.change(this.reserved);
        exact.sort();
        // Welford over the exact values in sorted order; the value counts while there are few distinct values.
        let counts = new ValueCounter(limit);
        for (let i = 0; i < exact.length; i++) {
            const value = exact.valueAt(i);
            this.updateMoments(value);
            this.sketch.add(value);
            if (counts !== undefined && !counts.add(value))
                counts = undefined;
        }
        this.valueCounts = counts;
        exact.release();
        this.exact = undefined;
    }
    /** What a sketched column gives back when the side is done: its reservation, less what it holds. */
    settle() {
        if (this.sketch === undefined)
            return;
        const held = this.sketch.bytes + (this.valueCounts?.bytes ?? 0);
        this.memory.change(held - this.reserved);
        this.reserved = held;
    }
    addToSketch(value) {
        this.sketch.add(value);
        this.updateMoments(value);
        if (this.valueCounts !== undefined && !this.valueCounts.add(value))
            this.valueCounts = undefined;
    }
    updateMoments(value) {
        const n = ++this.momentCount;
        const delta = value - this.meanValue;
        this.meanValue += delta / n;
        this.m2 += delta * (value - this.meanValue);
        if (value < this.minValue)
            this.minValue = value;
        if (value > this.maxValue)
            this.maxValue = value;
    }
    addLabel(label, status) {
        // A column is boolean only when every value is; numbers and strings make it a string column.
        if (status !== BOOLEAN_VALUE)
            this.sawString = true;
        this.categorized++;
        if (this.overflow)
            return;
        const counts = this.counts;
        const seen = counts.get(label);
        if (seen !== undefined)
            counts.set(label, seen + 1);
        else if (counts.size < CATEGORY_LIMIT)
            counts.set(label, 1);
        else {
            this.overflow = true;
            counts.clear();
        }
    }
    /** Turns an inferred numeric column categorical: its numbers so far become labels. */
    toText() {
        const counts = new Map();
        let overflow = false;
        const add = (value, times) => {
            const label = (0,feature_types/* numberLabel */.Cv)(value);
            const seen = counts.get(label);
            if (seen !== undefined)
                counts.set(label, seen + times);
            else if (counts.size < CATEGORY_LIMIT)
                counts.set(label, times);
            else
                overflow = true;
        };
        if (this.sketch === undefined) {
            const exact = this.exact;
            for (let i = 0; i < exact.length && !overflow; i++)
                add(exact.valueAt(i), 1);
            this.categorized = exact.length;
        }
        else {
            this.categorized = this.sketch.count;
            if (this.valueCounts === undefined)
                overflow = true;
            else
                for (const [value, times] of this.valueCounts.toMap())
                    add(value, times);
        }
        if (this.categorized > 0)
            this.sawString = true;
        this.exact?.release();
        this.exact = undefined;
        if (this.sketch !== undefined) {
            this.memory.change(-this.reserved);
            this.reserved = 0;
            this.sketch.release();
        }
        this.sketch = undefined;
        this.valueCounts = undefined;
        this.counts = overflow ? new Map() : counts;
        this.overflow = overflow;
        this.mode = TEXT_MODE;
    }
    finish(scratch) {
        this.settle();
        if (this.mode === TEXT_MODE) {
            return {
                kind: 'categorical',
                count: this.categorized,
                missing: this.missing,
                counts: this.counts,
                overflow: this.overflow,
                valueKind: this.sawString ? 'string' : 'boolean',
            };
        }
        const valueKind = this.sawFloat ? 'float' : 'integer';
        const counter = this.valueCounts;
        if (this.sketch !== undefined) {
            return {
                kind: 'numeric',
                count: this.sketch.count,
                missing: this.missing,
                values: undefined,
                sketch: this.sketch,
                get valueCounts() {
                    return counter?.toMap();
                },
                distinctCount: counter?.size,
                moments: {
                    count: this.momentCount,
                    mean: this.meanValue,
                    m2: this.m2,
                    min: this.minValue,
                    max: this.maxValue,
                },
                valueKind,
            };
        }
        const exact = this.exact;
        // Sorted in place: no copy of the largest thing this action holds.
        exact.sort(scratch);
        return {
            kind: 'numeric',
            count: exact.length,
            missing: this.missing,
            values: exact.length === 0 ? undefined : exact,
            sketch: undefined,
            valueCounts: undefined,
            distinctCount: undefined,
            moments: undefined,
            valueKind,
        };
    }
}
/**
 * The staging area and accumulators of one side. Readers write `values[slot]`, `texts[slot]` and `status[slot]` for
 * each feature of a row, then call `commitRow()`.
 */
class SideColumns {
    features;
    options;
    reasons;
    values;
    /** The CSV reader's exact decimal form of a staged number (mantissa · 10^exponent), or NO_DECIMAL. */
    mantissas;
    exponents;
    texts;
    status;
    /** NUMERIC_MODE or TEXT_MODE per slot: what the reader must stage. May change during a read (inference). */
    modes;
    columns;
    memory;
    rows = 0;
    droppedRows = 0;
    constructor(features, rules, options, 
    /** Why each numerical feature is numerical, for the error on a value that is not a number. */
    reasons = []) {
        this.features = features;
        this.options = options;
        this.reasons = reasons;
        this.memory = new SideMemory(options.memoryLimit);
        this.values = new Float64Array(features.length);
        this.mantissas = new Float64Array(features.length);
        this.exponents = new Int16Array(features.length).fill(NO_DECIMAL);
        this.texts = new Array(features.length).fill(undefined);
        this.status = new Uint8Array(features.length);
        this.modes = new Uint8Array(features.length);
        // A sketch's fair share: the side's limit over the features that hold numbers now.
        const sketchShare = () => {
            const numeric = this.columns.filter((column) => column.mode === NUMERIC_MODE).length;
            return Math.floor(this.memory.limit / Math.max(numeric, 1));
        };
        this.columns = rules.map((rule) => new FeatureColumn(rule, this.memory, sketchShare));
        this.columns.forEach((column, slot) => {
            this.modes[slot] = column.mode;
        });
    }
    /** Called before each file: only the CSV reader stages decimal forms, so none may carry over to another reader. */
    beginTable() {
        this.exponents.fill(NO_DECIMAL);
        this.status.fill(MISSING);
    }
    /**
     * A value that is not a number arrived for a slot in numeric mode. An inferred column turns categorical and the
     * reader stages the value as a label (true is returned); a numerical feature refuses it (false).
     */
    acceptText(slot) {
        const column = this.columns[slot];
        if (column.rule !== 'infer')
            return false;
        column.toText();
        this.modes[slot] = TEXT_MODE;
        return true;
    }
    commitRow() {
        const { status, columns } = this;
        const width = columns.length;
        if (this.options.dropIncompleteRows) {
            let incomplete = false;
            for (let slot = 0; slot < width; slot++) {
                if (status[slot] === MISSING) {
                    columns[slot].missing++;
                    incomplete = true;
                }
            }
            if (incomplete) {
                this.droppedRows++;
                this.rows++;
                return;
            }
        }
        for (let slot = 0; slot < width; slot++) {
            const column = columns[slot];
            const state = status[slot];
            if (state === MISSING)
                column.missing++;
            else if (column.mode === NUMERIC_MODE) {
                column.addNumber(this.values[slot], state, this.mantissas[slot], this.exponents[slot]);
            }
            else
                column.addLabel(this.texts[slot], state);
        }
        this.rows++;
        if (this.memory.used > this.memory.limit)
            this.relieve();
    }
    /** Over the limit: the exact features holding most memory move to sketches, one at a time, until it fits. */
    relieve() {
        while (this.memory.used > this.memory.limit) {
            let largest;
            for (const column of this.columns) {
                if (column.exactBytes > (largest?.exactBytes ?? 0))
                    largest = column;
            }
            if (largest === undefined)
                return;
            largest.startSketch();
        }
    }
    finish() {
        const scratch = new RadixScratch();
        const finished = this.columns.map((column) => column.finish(scratch));
        scratch.release();
        return finished;
    }
    /** The column kind the values of a slot say so far (schema kinds from Parquet take precedence elsewhere). */
    kindOf(slot) {
        const column = this.columns[slot];
        if (column.mode === TEXT_MODE)
            return column.sawString ? 'string' : 'boolean';
        return column.sawFloat ? 'float' : 'integer';
    }
}

;// CONCATENATED MODULE: ./src/check-drift-gate/readers/decimal-to-double.ts
/**
 * The correctly rounded double of a decimal with up to 19 significant digits (the CSV reader passes at most 18),
 * without making a string: what `Number(text)` gives, for the CSV reader's hot path.
 *
 * A decimal N · 10^e with N < 2^53 and |e| ≤ 22 is one correctly rounded operation on exact doubles (Clinger's fast
 * path). Beyond 2^53 (the 16- and 17-digit values of shortest round-trip output, as pandas' to_csv writes doubles),
 * N = m · 10^t + r is held exactly as a double-double (Dekker's TwoProduct with Veltkamp's split, and TwoSum), divided
 * or multiplied by the exact 10^|e| in double-double arithmetic (relative error below 2^-100), and rounded once. That
 * rounding is the correct one unless the exact value lies within the error of a halfway point between two doubles:
 * the value is rounded again from both ends of its error interval (widened to 2^-96), and only when all three
 * roundings agree is it returned (rounding is monotone, so the exact value rounds the same). Otherwise (never for
 * shortest round-trip output, whose values are never near a halfway point) the caller falls back to `Number()` on
 * the text. Checked against `Number()` on hundreds of thousands of random decimals in the tests.
 */
const decimal_to_double_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** 2^27 + 1: Veltkamp's split of a double into two 26-bit halves. */
const decimal_to_double_SPLITTER = 134_217_729;
const TWO_53 = 2 ** 53;
/** Relative error allowed for the double-double result: its own is below 2^-100. */
const ERROR_BOUND = 2 ** -96;
/** Veltkamp's split of each 10^k, once: the halves of the divisor in every division below. */
const POWER_HIGHS = decimal_to_double_POWERS_OF_TEN.map((power) => {
    const t = decimal_to_double_SPLITTER * power;
    return t - (t - power);
});
const POWER_LOWS = decimal_to_double_POWERS_OF_TEN.map((power, k) => power - POWER_HIGHS[k]);
/**
 * The double nearest to (m · 10^t + r) · 10^e, or NaN when it cannot be told without the text. m < 10^15,
 * 0 ≤ t ≤ 4, 0 ≤ r < 10^t, all integers, m > 0 or r > 0; |e| ≤ 22.
 *
 * Written with locals rather than helper functions returning pairs: this is the reader's hot path.
 */
function decimalToDouble(m, t, r, e) {
    if (e < -22 || e > 22)
        return Number.NaN;
    const scale = decimal_to_double_POWERS_OF_TEN[t];
    const approximate = m * scale + r;
    if (approximate < TWO_53) {
        // N is exact (an integer below 2^53): Clinger's fast path.
        if (e >= 0) {
            const product = approximate * decimal_to_double_POWERS_OF_TEN[e];
            return product < TWO_53 || e === 0 ? product : multiplied(approximate, 0, e);
        }
        return approximate / decimal_to_double_POWERS_OF_TEN[-e];
    }
    // N = m · 10^t + r exactly as nHigh + nLow: m's 26-bit halves times 10^t (t ≤ 4: at most 14 bits) are exact, and
    // so is the low half's product plus r (below 2^41); TwoSum of the two parts.
    const split = decimal_to_double_SPLITTER * m;
    const mHigh = split - (split - m);
    const a = mHigh * scale;
    const b = (m - mHigh) * scale + r;
    const nHigh = a + b;
    const v = nHigh - a;
    const nLow = a - (nHigh - v) + (b - v);
    if (e === 0)
        return rounded(nHigh, nLow);
    if (e > 0)
        return multiplied(nHigh, nLow, e);
    // (nHigh + nLow) / 10^k: q1 and the exact remainder's quotient q2. The remainder nHigh + nLow − q1 · 10^k uses
    // TwoProduct(q1, 10^k) with the divisor's split precomputed; nHigh − p is exact (they are within an ulp).
    const k = -e;
    const d = decimal_to_double_POWERS_OF_TEN[k];
    const q1 = nHigh / d;
    const qSplit = decimal_to_double_SPLITTER * q1;
    const qHigh = qSplit - (qSplit - q1);
    const qLow = q1 - qHigh;
    const dHigh = POWER_HIGHS[k];
    const dLow = POWER_LOWS[k];
    const p = q1 * d;
    const pLow = qHigh * dHigh - p + qHigh * dLow + qLow * dHigh + qLow * dLow;
    const q2 = (nHigh - p - pLow + nLow) / d;
    return rounded(q1, q2);
}
/** (nHigh + nLow) · 10^e, rounded once. */
function multiplied(nHigh, nLow, e) {
    const d = decimal_to_double_POWERS_OF_TEN[e];
    const split = decimal_to_double_SPLITTER * nHigh;
    const hHigh = split - (split - nHigh);
    const hLow = nHigh - hHigh;
    const dHigh = POWER_HIGHS[e];
    const dLow = POWER_LOWS[e];
    const p = nHigh * d;
    const pLow = hHigh * dHigh - p + hHigh * dLow + hLow * dHigh + hLow * dLow;
    return rounded(p, pLow + nLow * d);
}
/** Rounds the double-double h + l (|l| ≪ |h|) to the nearest double, or NaN when its error could change that. */
function rounded(h, l) {
    const s = h + l;
    const error = Math.abs(h) * ERROR_BOUND;
    return h + (l + error) === s && h + (l - error) === s ? s : Number.NaN;
}

;// CONCATENATED MODULE: ./src/check-drift-gate/readers/table.ts
/**
 * What every reader offers the gate: a table whose columns are known before its rows are read (CSV header, Parquet
 * schema, the keys of the first JSON line), and one pass over its rows into a side's {@link SideColumns}.
 */

function dataError(side, source, line, message) {
    const location = { file: source.label, ...(line === undefined ? {} : { line }) };
    return errors/* ConfigurationError */.j1.at((0,errors/* formatLocation */.j$)(location), message, { input: side, location });
}
/** Why a value cannot go into a numerical feature, and how to fix it. */
function notANumber(feature, shown, decidedBy) {
    return `column '${feature}': ${shown} is not a number, but '${feature}' is a numerical feature (${decidedBy}); fix the data, exclude the column (exclude-features), or declare it categorical in feature-types`;
}
/** A value as shown in an error: quoted and cut short. */
function showValue(text) {
    const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return JSON.stringify(cut);
}

// EXTERNAL MODULE: ./src/check-drift-gate/readers/text-encoding.ts
var text_encoding = __webpack_require__(9786);
;// CONCATENATED MODULE: ./src/check-drift-gate/readers/csv-reader.ts
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
const csv_reader_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);
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
function scanNumber(buf, start, end, delimiter) {
    scannedKind = NOT_A_NUMBER;
    let p = start;
    const skipSpace = delimiter !== SPACE;
    const skipTab = delimiter !== TAB;
    while (p < end && isPadding(buf[p], skipSpace, skipTab))
        p++;
    const tokenStart = p;
    let negative = false;
    if (p < end) {
        const c = buf[p];
        if (c === MINUS) {
            negative = true;
            p++;
        }
        else if (c === PLUS)
            p++;
    }
    const digitsStart = p;
    // Leading zeros are not significant.
    while (p < end && buf[p] === ZERO)
        p++;
    let high = 0;
    let highDigits = 0;
    let low = 0;
    let lowDigits = 0;
    /** Significant digits beyond 18: the number is read by Number(). */
    let long = false;
    let exponent = 0;
    let d = 0;
    while (p < end && highDigits < 9) {
        d = buf[p] - ZERO;
        if (d < 0 || d > 9)
            break;
        high = high * 10 + d;
        highDigits++;
        p++;
    }
    while (p < end && lowDigits < 9) {
        d = buf[p] - ZERO;
        if (d < 0 || d > 9)
            break;
        low = low * 10 + d;
        lowDigits++;
        p++;
    }
    while (p < end) {
        d = buf[p] - ZERO;
        if (d < 0 || d > 9)
            break;
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
            while (p < end && buf[p] === ZERO)
                p++;
            exponent -= p - fractionStart;
            while (p < end && highDigits < 9) {
                d = buf[p] - ZERO;
                if (d < 0 || d > 9)
                    break;
                high = high * 10 + d;
                highDigits++;
                p++;
            }
            exponent -= highDigits;
        }
        else if (highDigits < 9) {
            const before = highDigits;
            while (p < end && highDigits < 9) {
                d = buf[p] - ZERO;
                if (d < 0 || d > 9)
                    break;
                high = high * 10 + d;
                highDigits++;
                p++;
            }
            exponent -= highDigits - before;
        }
        if (lowDigits < 9) {
            const before = lowDigits;
            while (p < end && lowDigits < 9) {
                d = buf[p] - ZERO;
                if (d < 0 || d > 9)
                    break;
                low = low * 10 + d;
                lowDigits++;
                p++;
            }
            exponent -= lowDigits - before;
        }
        while (p < end) {
            d = buf[p] - ZERO;
            if (d < 0 || d > 9)
                break;
            long = true;
            p++;
        }
        digits += p - fractionStart;
    }
    if (digits === 0)
        return p;
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
            const e = buf[p] - ZERO;
            if (e < 0 || e > 9)
                break;
            if (written < 100_000)
                written = written * 10 + e;
            exponentDigits++;
            p++;
        }
        if (exponentDigits === 0)
            return p;
        exponent += exponentNegative ? -written : written;
    }
    const tokenEnd = p;
    while (p < end && isPadding(buf[p], skipSpace, skipTab))
        p++;
    if (p < end) {
        const c = buf[p];
        if (c !== delimiter && c !== LF && c !== CR)
            return p;
    }
    let value = Number.NaN;
    scannedExponent = NO_DECIMAL;
    const significant = highDigits + lowDigits;
    if (significant === 0) {
        value = 0;
        scannedMantissa = 0;
        scannedExponent = 0;
    }
    else if (long) {
        // More than 18 significant digits: Number() below.
    }
    else if (significant <= 15) {
        const mantissa = high * SMALL_POWERS[lowDigits] + low;
        if (exponent >= -22 && exponent <= 22) {
            value = exponent < 0 ? mantissa / csv_reader_POWERS_OF_TEN[-exponent] : mantissa * csv_reader_POWERS_OF_TEN[exponent];
            scannedMantissa = negative ? -mantissa : mantissa;
            scannedExponent = exponent;
        }
    }
    else {
        // 16 to 18 digits (shortest round-trip doubles): the first 15 as the mantissa, the rest as its tail, exactly,
        // without a string, unless too near a halfway point.
        const tailDigits = significant - 15;
        const divisor = SMALL_POWERS[tailDigits];
        const head = (low / divisor) | 0;
        value = decimalToDouble(high * SMALL_POWERS[lowDigits - tailDigits] + head, tailDigits, low - head * divisor, exponent);
    }
    if (Number.isNaN(value))
        value = Math.abs(Number(buf.toString('latin1', tokenStart, tokenEnd)));
    if (!Number.isFinite(value)) {
        scannedKind = INFINITE;
        return p;
    }
    scannedValue = negative ? -value : value;
    scannedKind = float ? FLOAT_VALUE : INTEGER_VALUE;
    return p;
}
/** Spaces and tabs around a number are skipped, unless they are the delimiter. */
function isPadding(c, skipSpace, skipTab) {
    return (c === SPACE && skipSpace) || (c === TAB && skipTab);
}
/** Index of the first delimiter, CR or LF at or after `p` (or `end`). */
function fieldEnd(buf, p, end, delimiter) {
    while (p < end) {
        const c = buf[p];
        if (c === delimiter || c === LF || c === CR)
            return p;
        p++;
    }
    return p;
}
/** Thrown inside the parser when a chunk ends in the middle of a row: the row is parsed again with more bytes. */
const INCOMPLETE = -1;
class CsvParser {
    delimiter;
    sideName;
    source;
    decode;
    /** Physical line (1-based) where the next row starts. */
    line = 1;
    side;
    slots = new Int32Array(0);
    /** The header, once read. */
    columns;
    /** Text of the field just read by `quotedField` / `plainText`. */
    text = '';
    constructor(delimiter, sideName, source, decode) {
        this.delimiter = delimiter;
        this.sideName = sideName;
        this.source = source;
        this.decode = decode;
    }
    bind(side, slots) {
        this.side = side;
        this.slots = slots;
    }
    /**
     * Parses the complete rows in `buf`; returns the index of the first byte not consumed (the start of an
     * incomplete row), or `buf.length`.
     */
    parse(buf, final) {
        const end = buf.length;
        let i = 0;
        if (this.columns === undefined &&
            this.line === 1 &&
            end >= 3 &&
            buf[0] === 0xef &&
            buf[1] === 0xbb &&
            buf[2] === 0xbf) {
            i = 3;
        }
        while (i < end) {
            const c = buf[i];
            // Blank lines are skipped (pandas' skip_blank_lines).
            if (c === LF) {
                i++;
                this.line++;
                continue;
            }
            if (c === CR) {
                if (i + 1 >= end && !final)
                    return i;
                i += buf[i + 1] === LF ? 2 : 1;
                this.line++;
                continue;
            }
            const rowLine = this.line;
            const next = this.columns === undefined ? this.headerRow(buf, i, end, final) : this.dataRow(buf, i, end, final);
            if (next === INCOMPLETE) {
                this.line = rowLine;
                return i;
            }
            i = next;
            if (this.columns !== undefined && this.side === undefined)
                return i; // header only
        }
        return end;
    }
    /** After a field ending at `p`: INCOMPLETE, or the index after the row terminator (−2 - p when a delimiter). */
    terminate(buf, p, end, final) {
        if (p >= end)
            return final ? end : INCOMPLETE;
        const c = buf[p];
        if (c === this.delimiter)
            return -2 - p;
        if (c === LF) {
            this.line++;
            return p + 1;
        }
        // CR, alone or before LF
        if (p + 1 >= end && !final)
            return INCOMPLETE;
        this.line++;
        return buf[p + 1] === LF ? p + 2 : p + 1;
    }
    /** Reads a quoted field starting at `i` (on the opening quote) into `this.text`; returns the index after it. */
    quotedField(buf, i, end, final) {
        let from = i + 1;
        let escaped = false;
        let close;
        for (;;) {
            const q = buf.indexOf(QUOTE, from);
            if (q === -1 || q >= end) {
                if (!final)
                    return INCOMPLETE;
                throw dataError(this.sideName, this.source, this.line, 'a quoted field is not closed (a " is missing)');
            }
            if (q + 1 >= end && !final)
                return INCOMPLETE;
            if (buf[q + 1] === QUOTE) {
                escaped = true;
                from = q + 2;
                continue;
            }
            close = q;
            break;
        }
        let text = this.decode(buf, i + 1, close);
        if (escaped)
            text = text.replaceAll('""', '"');
        for (let k = i + 1; k < close; k++)
            if (buf[k] === LF)
                this.line++;
        // Anything between the closing quote and the delimiter is kept, as pandas does.
        const after = fieldEnd(buf, close + 1, end, this.delimiter);
        if (after > close + 1)
            text += this.decode(buf, close + 1, after);
        this.text = text;
        return after;
    }
    headerRow(buf, i, end, final) {
        const columns = [];
        let p = i;
        const startLine = this.line;
        for (;;) {
            let after;
            if (p < end && buf[p] === QUOTE) {
                after = this.quotedField(buf, p, end, final);
                if (after === INCOMPLETE)
                    return INCOMPLETE;
            }
            else {
                after = fieldEnd(buf, p, end, this.delimiter);
                this.text = this.decode(buf, p, after);
            }
            const next = this.terminate(buf, after, end, final);
            if (next === INCOMPLETE)
                return INCOMPLETE;
            columns.push(this.text);
            if (next <= -2) {
                p = -2 - next + 1;
                continue;
            }
            const seen = new Set();
            for (const column of columns) {
                if (seen.has(column)) {
                    throw dataError(this.sideName, this.source, startLine, `the header names column '${column}' twice; give every column a distinct name`);
                }
                seen.add(column);
            }
            this.columns = columns;
            return next;
        }
    }
    dataRow(buf, i, end, final) {
        const side = this.side;
        const { values, status, modes, mantissas, exponents } = side;
        const slots = this.slots;
        const width = slots.length;
        const delimiter = this.delimiter;
        status.fill(MISSING);
        let column = 0;
        let p = i;
        for (;;) {
            if (column >= width) {
                throw dataError(this.sideName, this.source, this.line, `the row has more fields than the header's ${width} columns; quote fields that contain '${String.fromCharCode(delimiter)}'`);
            }
            const slot = slots[column];
            let after;
            if (p < end && buf[p] === QUOTE) {
                after = this.quotedField(buf, p, end, final);
                if (after === INCOMPLETE)
                    return INCOMPLETE;
                if (slot >= 0)
                    this.stageText(slot, this.text);
            }
            else if (slot < 0) {
                after = fieldEnd(buf, p, end, delimiter);
            }
            else if (modes[slot] === NUMERIC_MODE) {
                after = scanNumber(buf, p, end, delimiter);
                if (scannedKind === INTEGER_VALUE || scannedKind === FLOAT_VALUE) {
                    values[slot] = scannedValue;
                    mantissas[slot] = scannedMantissa;
                    exponents[slot] = scannedExponent;
                    status[slot] = scannedKind;
                }
                else if (scannedKind === NOT_A_NUMBER) {
                    after = fieldEnd(buf, after, end, delimiter);
                    if (after >= end && !final)
                        return INCOMPLETE;
                    this.stageText(slot, this.decode(buf, p, after));
                }
                // INFINITE: stays missing.
            }
            else {
                after = fieldEnd(buf, p, end, delimiter);
                if (after >= end && !final)
                    return INCOMPLETE;
                this.stageText(slot, this.decode(buf, p, after));
            }
            const next = this.terminate(buf, after, end, final);
            if (next === INCOMPLETE)
                return INCOMPLETE;
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
    stageText(slot, text) {
        const side = this.side;
        const token = (0,feature_types/* readToken */.AI)(text);
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
                throw dataError(this.sideName, this.source, this.line, notANumber(side.features[slot], showValue(text), side.reasons[slot] ?? 'numerical'));
            }
        }
        switch (token.kind) {
            case 'integer':
            case 'float':
                side.texts[slot] = (0,feature_types/* numberLabel */.Cv)(token.value);
                side.status[slot] = token.kind === 'integer' ? INTEGER_VALUE : FLOAT_VALUE;
                return;
            case 'boolean':
                side.texts[slot] = (0,feature_types/* booleanLabel */.tZ)(token.value);
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
async function openCsv(source, options, sideName, signal) {
    const delimiter = options.delimiter.charCodeAt(0);
    const parser = new CsvParser(delimiter, sideName, source, (0,text_encoding/* fieldDecoder */.pc)(options.encoding));
    const raw = await source.openStream(signal);
    const { encoding } = options;
    const stream = encoding === 'utf-16' || encoding === 'utf-16le' || encoding === 'utf-16be'
        ? (0,text_encoding/* utf16ToUtf8 */.VH)(raw, encoding)
        : raw;
    const iterator = stream[Symbol.asyncIterator]();
    const checker = encoding === 'utf-8' ? new text_encoding/* Utf8Checker */.bf() : undefined;
    /** Bytes of the stream before `pending`: where the buffer being parsed starts. */
    let parsedBytes = 0;
    /**
     * The incomplete row after the last parse, at the start of `work`: one buffer reused for row + next chunk, since a
     * new one per chunk (Buffer.concat) left tens of megabytes of garbage buffers resident between collections.
     */
    let work = Buffer.allocUnsafe(0);
    let pendingLength = 0;
    let done = false;
    const next = async () => {
        try {
            return await iterator.next();
        }
        catch (error) {
            if (error instanceof text_encoding/* Utf16Error */.$$)
                throw dataError(sideName, source, error.line, error.message);
            throw error;
        }
    };
    /** Parses pending + chunk, after checking the chunk's encoding; keeps the incomplete row for the next one. */
    const feed = (chunk, final) => {
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
                const line = parser.line + (0,text_encoding/* lineBreaksBefore */.I$)(buf, Math.min(problem.offset - parsedBytes, buf.length));
                throw dataError(sideName, source, line, problem.message);
            }
        }
        const consumed = parser.parse(buf, final);
        parsedBytes += consumed;
        pendingLength = buf.length - consumed;
        if (pendingLength > 0) {
            if (buf === chunk) {
                if (work.length < pendingLength)
                    work = Buffer.allocUnsafe(Math.max(pendingLength, 1 << 16));
                chunk.copy(work, 0, consumed);
            }
            else
                work.copyWithin(0, consumed, buf.length);
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
                    if (result.done)
                        break;
                    feed(toBuffer(result.value), false);
                }
            }
            if (pendingLength > 0 || checker !== undefined)
                feed(Buffer.alloc(0), true);
        },
        async close() {
            await iterator.return?.();
        },
    };
}
function toBuffer(chunk) {
    return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

;// CONCATENATED MODULE: ./src/check-drift-gate/readers/jsonl-reader.ts
/**
 * JSON Lines: one JSON object per line. The columns are the keys of the first object; a later line may lack a key
 * (a missing value) or add keys (ignored). Values keep their JSON types: numbers are numbers (an integral number is
 * an integer, so `1.0` reads as the integer 1, as JSON has no other way to tell), `true`/`false` booleans, strings
 * strings (a string is never read as a number), `null` missing; a nested object or array is an error naming the
 * line and column, since it is no feature. Text is decoded as the `encoding` input says, UTF-8 strictly
 * (text-encoding.ts).
 */





const jsonl_reader_LF = 0x0a;
async function openJsonLines(source, sideName, encoding, signal) {
    const raw = await source.openStream(signal);
    const stream = encoding === 'utf-16' || encoding === 'utf-16le' || encoding === 'utf-16be'
        ? (0,text_encoding/* utf16ToUtf8 */.VH)(raw, encoding)
        : raw;
    const lines = readLines(stream, (0,text_encoding/* fieldDecoder */.pc)(encoding), encoding === 'utf-8', (line, message) => dataError(sideName, source, line, message));
    const iterator = lines[Symbol.asyncIterator]();
    let first;
    for (;;) {
        const next = await iterator.next();
        if (next.done)
            break;
        const { text, line } = next.value;
        if (text.trim() === '')
            continue;
        first = { record: parseRecord(text.replace(/^\uFEFF/, ''), line, source, sideName), line };
        break;
    }
    if (first === undefined) {
        throw dataError(sideName, source, undefined, 'the file is empty: JSON Lines needs one JSON object per line');
    }
    const columns = Object.keys(first.record);
    const firstRecord = first;
    return {
        source,
        columns,
        schemaKinds: undefined,
        async readRows(side, slots) {
            // Feature name per slot, and the column each slot reads.
            const keys = [];
            slots.forEach((slot, column) => {
                if (slot >= 0)
                    keys[slot] = columns[column];
            });
            stage(side, keys, firstRecord.record, firstRecord.line, source, sideName);
            for (;;) {
                const next = await iterator.next();
                if (next.done)
                    break;
                const { text, line } = next.value;
                if (text.trim() === '')
                    continue;
                stage(side, keys, parseRecord(text, line, source, sideName), line, source, sideName);
            }
        },
        async close() {
            await iterator.return?.();
        },
    };
}
function parseRecord(text, line, source, sideName) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw dataError(sideName, source, line, `not valid JSON (${(0,errors/* describeError */.Uc)(error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw dataError(sideName, source, line, 'each line must be a JSON object of column names to values');
    }
    return value;
}
function stage(side, keys, record, line, source, sideName) {
    const { values, texts, status, modes } = side;
    for (let slot = 0; slot < keys.length; slot++) {
        const key = keys[slot];
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
            if (modes[slot] === NUMERIC_MODE)
                values[slot] = value;
            else
                texts[slot] = (0,feature_types/* numberLabel */.Cv)(value);
            status[slot] = kind;
            continue;
        }
        if (typeof value === 'object') {
            throw dataError(sideName, source, line, `column '${key}' holds a nested ${Array.isArray(value) ? 'array' : 'object'}, which is no feature; exclude the column (exclude-features)`);
        }
        const isBoolean = typeof value === 'boolean';
        const label = isBoolean ? (0,feature_types/* booleanLabel */.tZ)(value) : String(value);
        if (modes[slot] === NUMERIC_MODE && !side.acceptText(slot)) {
            throw dataError(sideName, source, line, notANumber(key, showValue(label), side.reasons[slot] ?? 'numerical'));
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
async function* readLines(stream, decode, strict, problem) {
    let pending;
    let line = 0;
    let consumed = 0;
    const checker = strict ? new text_encoding/* Utf8Checker */.bf() : undefined;
    const check = (buf, found) => {
        if (found === undefined)
            return;
        const index = Math.min(found.offset - consumed, buf.length);
        let breaks = 0;
        for (let i = 0; i < index; i++)
            if (buf[i] === jsonl_reader_LF)
                breaks++;
        throw problem(line + breaks + 1, found.message);
    };
    try {
        for await (const chunk of stream) {
            const buf = pending?.length
                ? Buffer.concat([pending, chunk])
                : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
            if (checker)
                check(buf, checker.check(chunk));
            let start = 0;
            for (;;) {
                const at = buf.indexOf(jsonl_reader_LF, start);
                if (at === -1)
                    break;
                line++;
                const end = at > start && buf[at - 1] === 0x0d ? at - 1 : at;
                yield { text: decode(buf, start, end), line };
                start = at + 1;
            }
            consumed += start;
            pending = start < buf.length ? buf.subarray(start) : undefined;
        }
    }
    catch (error) {
        if (error instanceof text_encoding/* Utf16Error */.$$)
            throw problem(error.line, error.message);
        throw error;
    }
    if (checker)
        check(pending ?? Buffer.alloc(0), checker.finish());
    if (pending?.length) {
        line++;
        const end = pending[pending.length - 1] === 0x0d ? pending.length - 1 : pending.length;
        yield { text: decode(pending, 0, end), line };
    }
}

;// CONCATENATED MODULE: ./src/check-drift-gate/readers/parquet-reader.ts
/**
 * Parquet through `hyparquet` (pure JavaScript, no native code, MIT, actively maintained, reads every encoding and
 * nested type the format defines; `hyparquet-compressors` adds the GZIP, ZSTD, BROTLI and LZ4 codecs, snappy is
 * built in). Both are imported only when a Parquet file is read, so other runs never load them.
 *
 * The file is read by byte ranges (local file or blob), one row group of the compared columns at a time, so memory
 * is bounded by the file's row-group size, not its total size. Column kinds come from the schema: FLOAT, DOUBLE,
 * DECIMAL and FLOAT16 are float; INT32/INT64 integer (unless they carry a DATE, TIME or TIMESTAMP type, which are
 * temporal, as is INT96); BOOLEAN boolean; byte arrays string. Nested columns (lists, maps, structs) are no features.
 */




const TEMPORAL_CONVERTED = new Set([
    'DATE',
    'TIME_MILLIS',
    'TIME_MICROS',
    'TIMESTAMP_MILLIS',
    'TIMESTAMP_MICROS',
    'INTERVAL',
]);
/** The column kind a Parquet schema element declares; 'nested' for columns that are no feature. */
function parquetColumnKind(element) {
    if ((element.num_children ?? 0) > 0 || element.repetition_type === 'REPEATED')
        return 'nested';
    const logical = element.logical_type?.type;
    const converted = element.converted_type;
    if (logical === 'DECIMAL' || converted === 'DECIMAL' || logical === 'FLOAT16')
        return 'float';
    if (logical === 'DATE' || logical === 'TIME' || logical === 'TIMESTAMP')
        return 'temporal';
    if (converted !== undefined && TEMPORAL_CONVERTED.has(converted))
        return 'temporal';
    switch (element.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return 'integer';
        case 'INT96':
            return 'temporal';
        case 'FLOAT':
        case 'DOUBLE':
            return 'float';
        default:
            return 'string';
    }
}
async function openParquet(source, sideName, signal) {
    const [{ parquetMetadataAsync, parquetSchema, parquetScan }, { compressors }] = await Promise.all([
        __webpack_require__.e(/* import() */ 407).then(__webpack_require__.bind(__webpack_require__, 7407)),
        __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 138)),
    ]);
    const file = await source.openRandomAccess(signal);
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (error) {
        throw dataError(sideName, source, undefined, `not a readable Parquet file (${(0,errors/* describeError */.Uc)(error).message})`);
    }
    const children = parquetSchema(metadata).children;
    const columns = children.map((child) => child.element.name);
    const kinds = children.map((child) => parquetColumnKind(child.element));
    return {
        source,
        columns,
        schemaKinds: kinds.map((kind) => (kind === 'nested' ? undefined : kind)),
        async readRows(side, slots) {
            const selected = [];
            slots.forEach((slot, index) => {
                if (slot < 0)
                    return;
                const kind = kinds[index];
                if (kind === 'nested') {
                    throw dataError(sideName, source, undefined, `column '${columns[index]}' is a nested Parquet column (list, map or struct), which is no feature; exclude it (exclude-features)`);
                }
                selected.push({ column: columns[index], slot, kind });
            });
            if (selected.length === 0)
                return;
            const scan = await parquetScan({
                file,
                metadata,
                columns: selected.map((entry) => entry.column),
                compressors,
            });
            for (const range of scan.ranges) {
                signal?.throwIfAborted();
                const data = await Promise.all(selected.map((entry) => scan.readColumn({ column: entry.column, ...range })));
                const rows = range.rowEnd - range.rowStart;
                for (let row = 0; row < rows; row++) {
                    for (let i = 0; i < selected.length; i++) {
                        const { slot, kind, column } = selected[i];
                        const value = data[i][row];
                        if (!stageValue(side, slot, kind, value)) {
                            const shown = showValue(String(value));
                            const reason = side.reasons[slot] ?? 'numerical';
                            throw dataError(sideName, source, undefined, `row ${range.rowStart + row + 1}, ${notANumber(column, shown, reason)}`);
                        }
                    }
                    side.commitRow();
                }
            }
        },
        async close() { },
    };
}
/** Stages one cell; false when a numerical feature gets a value that is not a number. */
function stageValue(side, slot, kind, value) {
    if (value === null || value === undefined) {
        side.status[slot] = MISSING;
        return true;
    }
    let number;
    if (typeof value === 'number')
        number = value;
    else if (typeof value === 'bigint')
        number = Number(value);
    if (number !== undefined) {
        if (!Number.isFinite(number)) {
            side.status[slot] = MISSING;
            return true;
        }
        const status = kind === 'integer' ? INTEGER_VALUE : FLOAT_VALUE;
        if (side.modes[slot] === NUMERIC_MODE)
            side.values[slot] = number;
        else
            side.texts[slot] = (0,feature_types/* numberLabel */.Cv)(number);
        side.status[slot] = status;
        return true;
    }
    let label;
    let status = STRING_VALUE;
    if (typeof value === 'boolean') {
        label = (0,feature_types/* booleanLabel */.tZ)(value);
        status = BOOLEAN_VALUE;
    }
    else if (value instanceof Date)
        label = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    else if (value instanceof Uint8Array)
        label = Buffer.from(value).toString('hex');
    else if (typeof value === 'string')
        label = value;
    else
        label = JSON.stringify(value, (_key, inner) => typeof inner === 'bigint' ? String(inner) : inner);
    if (side.modes[slot] === NUMERIC_MODE && !side.acceptText(slot))
        return false;
    side.texts[slot] = label;
    side.status[slot] = status;
    return true;
}

;// CONCATENATED MODULE: ./src/check-drift-gate/side-reading.ts
/**
 * Reading one side (reference or current): every file of the side, in order, in one pass each, into the side's
 * feature columns. Every file must hold the compared features; a side without rows, or whose rows are all dropped
 * for a missing value, is refused, since a gate on no data would prove nothing.
 *
 * One exception reads the side twice: under a preset that drops incomplete rows (azureml), a feature missing in every
 * row drops every row, which would hide the other features' data behind an empty column. The side is then read again
 * without the empty features, which are reported as such (a data-quality finding on the current side; on the
 * reference, a feature whose type cannot be told).
 */





async function openTable(source, side, options) {
    switch (source.format) {
        case 'csv':
            return openCsv(source, { delimiter: options.csvDelimiter, encoding: options.encoding }, side, options.signal);
        case 'jsonl':
            return openJsonLines(source, side, options.encoding, options.signal);
        case 'parquet':
            return openParquet(source, side, options.signal);
    }
}
async function readSide(reading) {
    const first = await readOnce(reading, reading.features, true);
    const { columns, finished } = first;
    if (!reading.preset.dropIncompleteRows || columns.droppedRows < columns.rows)
        return sideResult(reading, first, []);
    const empty = finished.flatMap((column, slot) => column.count === 0 && column.missing === columns.rows ? [slot] : []);
    if (empty.length === 0 || empty.length === reading.features.length) {
        throw everyRowDropped(reading, columns.rows, finished);
    }
    const emptyFeatures = empty.map((slot) => reading.features[slot]);
    reading.logger.warning(`Every ${reading.side} row is missing ${emptyFeatures.map((name) => `'${name}'`).join(', ')}, and preset ${reading.preset.name} drops incomplete rows: reading the ${reading.side} data again without ${empty.length === 1 ? 'it' : 'them'}.`);
    // The first pass's data of the other features is read again: its memory goes back first.
    finished.forEach((column, slot) => {
        if (empty.includes(slot) || column.kind !== 'numeric')
            return;
        column.values?.release();
        column.sketch?.release();
    });
    const kept = reading.features.filter((_, slot) => !empty.includes(slot));
    const keptSlots = reading.features.flatMap((_, slot) => (empty.includes(slot) ? [] : [slot]));
    const second = await readOnce({
        ...reading,
        rules: keptSlots.map((slot) => reading.rules[slot]),
        reasons: keptSlots.map((slot) => reading.reasons[slot]),
    }, kept, false);
    if (second.columns.droppedRows === second.columns.rows) {
        throw everyRowDropped(reading, second.columns.rows, second.finished);
    }
    // The empty features keep their first-pass columns (no value, every row missing); the others the second pass's.
    const merged = reading.features.map((_, slot) => empty.includes(slot) ? finished[slot] : second.finished[keptSlots.indexOf(slot)]);
    return sideResult(reading, { columns: second.columns, finished: merged }, emptyFeatures);
}
function sideResult(reading, pass, emptyFeatures) {
    const { columns } = pass;
    return {
        columns: pass.finished,
        memory: columns.memory,
        summary: {
            files: reading.sources.map((source) => source.label),
            rows: columns.rows,
            droppedRows: columns.droppedRows,
            memory: { limit: columns.memory.limit, peak: columns.memory.peak, retained: columns.memory.used },
            emptyFeatures,
        },
    };
}
function everyRowDropped(reading, rows, finished) {
    const { side, features } = reading;
    const worst = finished
        .map((column, slot) => ({ name: features[slot], share: column.missing / rows }))
        .filter((entry) => entry.share > 0)
        .sort((a, b) => b.share - a.share)
        .slice(0, 5)
        .map((entry) => `'${entry.name}' ${(entry.share * 100).toFixed(1)} %`);
    return new errors/* ConfigurationError */.j1(`Every ${side} row has a missing value in a compared feature, and preset ${reading.preset.name} drops such rows, as Azure ML does (missing most: ${worst.join(', ')}); exclude those features (exclude-features), or use preset evidently, which drops missing values per feature.`, { input: side });
}
/** One pass over every file of the side into fresh columns for `features`. */
async function readOnce(reading, features, firstPass) {
    const { side, sources, signal } = reading;
    const columns = new SideColumns(features, reading.rules, { memoryLimit: reading.memoryLimit, dropIncompleteRows: reading.preset.dropIncompleteRows }, reading.reasons);
    const wanted = new Map(features.map((feature, slot) => [feature, slot]));
    for (let i = 0; i < sources.length; i++) {
        signal?.throwIfAborted();
        const table = i === 0 && firstPass ? reading.first : await openTable(sources[i], side, reading);
        const slots = new Int32Array(table.columns.length).fill(-1);
        table.columns.forEach((column, index) => {
            const slot = wanted.get(column);
            if (slot !== undefined)
                slots[index] = slot;
        });
        const present = new Set(table.columns);
        const missing = reading.features.filter((feature) => !present.has(feature));
        if (missing.length > 0) {
            await table.close();
            throw new errors/* ConfigurationError */.j1(`${table.source.label} has no column ${missing.map((name) => `'${name}'`).join(', ')}, which the other ${side} files have; every ${side} file needs the compared features.`, { input: side, location: { file: table.source.label } });
        }
        const before = columns.rows;
        const started = Date.now();
        columns.beginTable();
        await table.readRows(columns, slots, signal);
        reading.logger.info(`${side}: read ${columns.rows - before} rows from ${table.source.label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    if (columns.rows === 0) {
        throw new errors/* ConfigurationError */.j1(`The ${side} data has no rows (${sources.map((source) => source.label).join(', ')} ${sources.length === 1 ? 'holds' : 'hold'} a header at most); a drift gate on empty data would prove nothing.`, { input: side, location: { file: sources[0].label } });
    }
    return { columns, finished: columns.finish() };
}

;// CONCATENATED MODULE: ./src/check-drift-gate/gate.ts
/**
 * The drift gate's computation: opens both sides, chooses the features and notes columns present on one side only
 * (feature-selection.ts), reads the reference once, inferring types as Azure ML does, then the current data once, with
 * the types fixed (side-reading.ts), compares each feature under the preset and the user's overrides
 * (feature-comparison.ts), and decides dataset drift by the share of drifted features among those measured.
 *
 * Memory: `memory-budget` is shared between the sides in proportion to their files' sizes when those are known
 * (at least a fifth each), else half each; the current side also gets what the reference left unused.
 *
 * No I/O beyond the data sources it is given, no `@actions/core`: it logs through the Logger it is passed.
 */








/** The reference's share of the memory budget: by the sides' sizes in bytes when every file's is known. */
function referenceMemoryShare(reference, current) {
    const size = (sources) => sources.every((source) => source.byteLength !== undefined)
        ? sources.reduce((sum, source) => sum + source.byteLength, 0)
        : undefined;
    const left = size(reference);
    const right = size(current);
    if (left === undefined || right === undefined || left + right === 0)
        return 0.5;
    return Math.min(0.8, Math.max(0.2, left / (left + right)));
}
/** Distinct values of a reference column read as numbers, when countable. */
function distinctOf(column) {
    if (column.values !== undefined)
        return column.values.distinct();
    return column.distinctCount;
}
function decideType(column, schemaKind, override) {
    if (override !== undefined) {
        return {
            type: override,
            kind: schemaKind,
            source: 'feature-types',
            reason: `declared ${override} in feature-types`,
        };
    }
    if (column.count === 0)
        return { skip: 'every reference value is missing, so its type cannot be told' };
    if (column.kind === 'categorical') {
        const kind = schemaKind ?? column.valueKind;
        return {
            type: 'categorical',
            kind,
            source: 'inferred',
            reason: (0,feature_types/* describeDecision */.K5)(kind, undefined, 'categorical'),
        };
    }
    const kind = schemaKind ?? column.valueKind;
    const distinct = kind === 'integer' ? distinctOf(column) : undefined;
    const ratio = distinct === undefined ? undefined : distinct / column.count;
    const type = (0,feature_types/* inferFeatureType */.pd)(kind, ratio);
    return {
        type,
        kind,
        source: 'inferred',
        ...(ratio === undefined ? {} : { distinctRatio: ratio }),
        reason: (0,feature_types/* describeDecision */.K5)(kind, ratio, type),
    };
}
async function runGate(config, input) {
    const { logger, signal } = input;
    if (input.reference.length === 0)
        throw new errors/* ConfigurationError */.j1("Input 'reference' names no data.", { input: 'reference' });
    if (input.current.length === 0)
        throw new errors/* ConfigurationError */.j1("Input 'current' names no data.", { input: 'current' });
    const tables = { csvDelimiter: config.csvDelimiter, encoding: config.encoding, signal };
    const firstReference = await openTable(input.reference[0], 'reference', tables);
    const firstCurrent = await openTable(input.current[0], 'current', tables);
    const { features, schemaKinds, schemaChanges } = selectFeatures(config, firstReference, firstCurrent, logger);
    const featureSet = new Set(features);
    const available = `compared features: ${features.join(', ')}`;
    (0,metric_plan/* checkFeatureKeys */.Nd)(featureSet, [
        { input: 'feature-types', key: '', names: config.featureTypes.keys() },
        { input: 'metrics', key: 'features', names: config.metrics.features.keys() },
        { input: 'thresholds', key: 'features', names: config.thresholds.features.keys() },
    ], available);
    const reading = { ...tables, features, preset: config.preset, logger };
    const referenceLimit = Math.floor(config.memoryBudget * referenceMemoryShare(input.reference, input.current));
    // Reference: types inferred unless declared; Parquet's non-numeric columns are categorical from the start.
    const reference = await readSide({
        ...reading,
        side: 'reference',
        sources: input.reference,
        first: firstReference,
        memoryLimit: referenceLimit,
        rules: features.map((feature) => {
            const declared = config.featureTypes.get(feature);
            if (declared)
                return declared;
            const kind = schemaKinds.get(feature);
            return kind === undefined || kind === 'float' || kind === 'integer' ? 'infer' : 'categorical';
        }),
        reasons: features.map(() => 'declared numerical in feature-types'),
    });
    const skipped = [];
    const decisions = features.map((feature, slot) => {
        const decision = decideType(reference.columns[slot], schemaKinds.get(feature), config.featureTypes.get(feature));
        if ('skip' in decision) {
            skipped.push({ name: feature, reason: decision.skip });
            return undefined;
        }
        return decision;
    });
    // The reference's numerical features wait, sorted, while the current data is read: packed, their doubles take
    // about 5 bytes a value instead of 8 (exact-values.ts), and the current side has the memory they give back.
    decisions.forEach((decision, slot) => {
        const column = reference.columns[slot];
        if (decision?.type === 'numerical' && column?.kind === 'numeric')
            column.values?.pack();
    });
    // Current: each feature's type is fixed; skipped features are not read.
    const current = await readSide({
        ...reading,
        side: 'current',
        sources: input.current,
        first: firstCurrent,
        // What the reference holds stays held: the current side has the rest of the budget.
        memoryLimit: Math.max(config.memoryBudget - reference.memory.used, config.memoryBudget / 5),
        rules: decisions.map((decision) => decision?.type ?? 'categorical'),
        reasons: decisions.map((decision) => decision?.source === 'feature-types'
            ? 'declared numerical in feature-types'
            : `inferred from the reference: ${decision?.reason}`),
    });
    const results = [];
    const insufficient = [];
    // One feature at a time, its values released once measured: memory falls as the features are done.
    const scratch = { reference: SampleScratch.forSide(), current: SampleScratch.forSide() };
    features.forEach((name, slot) => {
        const decision = decisions[slot];
        if (decision === undefined)
            return;
        const compared = compareFeature({
            name,
            decision,
            reference: { column: reference.columns[slot], rows: reference.summary.rows },
            current: { column: current.columns[slot], rows: current.summary.rows },
            scratch,
        }, config, logger);
        releaseColumn(reference.columns[slot]);
        releaseColumn(current.columns[slot]);
        if ('skip' in compared)
            skipped.push({ name, reason: compared.skip });
        else if ('insufficient' in compared)
            insufficient.push(compared.insufficient);
        else
            results.push(compared);
    });
    releaseScratch(scratch.reference);
    releaseScratch(scratch.current);
    for (const { name, reason } of skipped)
        logger.warning(`Feature '${name}' is not compared: ${reason}.`);
    for (const { name, values, minimum } of insufficient) {
        logger.warning(`Feature '${name}' has too few values to measure (reference ${values.reference}, current ${values.current}; min-sample-size ${minimum}): insufficient data, not drift.`);
    }
    for (const feature of results) {
        if (feature.finding)
            logger.warning(`Feature '${feature.name}': ${feature.finding}.`);
    }
    for (const change of schemaChanges)
        logger.warning(`Schema change: ${describeSchemaChange(change)}.`);
    if (results.length === 0 && insufficient.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No feature could be compared: ${skipped.map(({ name, reason }) => `'${name}' (${reason})`).join('; ')}.`, { input: 'features' });
    }
    const driftedFeatures = results.filter((feature) => feature.drifted).map((feature) => feature.name);
    const driftShare = results.length === 0 ? 0 : driftedFeatures.length / results.length;
    return {
        preset: config.preset.name,
        sides: { reference: reference.summary, current: current.summary },
        features: results,
        skipped: [
            ...skipped,
            ...schemaChanges.map((change) => ({
                name: change.column,
                reason: `a schema change: in the ${change.side} data only`,
            })),
        ],
        insufficient,
        schemaChanges,
        insufficientData: results.length === 0,
        drifted: results.length > 0 && driftShare >= config.driftShare,
        driftShare,
        driftShareThreshold: config.driftShare,
        driftedFeatures,
        memoryBudget: config.memoryBudget,
        minSampleSize: config.minSampleSize,
        exact: results.every((feature) => feature.exact),
    };
}
function releaseColumn(column) {
    if (column.kind !== 'numeric')
        return;
    column.values?.release();
    column.sketch?.release();
}
/** `'income' is in the reference data only (renamed or lost in the current data?)`. */
function describeSchemaChange(change) {
    return change.side === 'reference'
        ? `column '${change.column}' is in the reference data only (renamed or lost in the current data?)`
        : `column '${change.column}' is in the current data only (new or renamed?)`;
}
/** runGate as the step runs it: in its own log group, its verdict and time logged, a timeout told as such. */
async function measureDrift(setup, measurement) {
    const { logger, signal, clock } = measurement;
    const started = clock();
    let result;
    try {
        result = await logger.group('Computing drift', () => runGate(setup.config, { reference: setup.reference, current: setup.current, logger, signal }));
    }
    catch (error) {
        if (signal.aborted) {
            throw new errors/* TimeoutError */.MU(`The drift gate did not finish within the timeout (${(0,polling/* formatDuration */.a3)(measurement.timeout)}); raise 'timeout' or read less data.`);
        }
        throw error;
    }
    logger.info(`${result.driftedFeatures.length} of ${result.features.length} features drifted (share ${result.driftShare.toFixed(3)}): ${result.drifted ? 'dataset drift' : 'no dataset drift'} (${(0,polling/* formatDuration */.a3)(clock() - started)})`);
    return result;
}


/***/ }),

/***/ 9980:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ histogramPicture),
/* harmony export */   KM: () => (/* binding */ sparkline),
/* harmony export */   Pj: () => (/* binding */ histogramSvg)
/* harmony export */ });
/* unused harmony exports REFERENCE_COLOUR, CURRENT_COLOUR, escapeXml */
/* harmony import */ var _statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1727);
/* harmony import */ var _statistics_categorical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6600);
/* harmony import */ var _statistics_weighted_sample_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4922);



const PICTURE_BINS = 20;
const PICTURE_CATEGORIES = 12;
function histogramPicture(feature) {
    if (feature.type === 'numerical') {
        const { reference, current } = feature;
        const min = Math.min(reference.min, current.min);
        const max = Math.max(reference.max, current.max);
        const bins = Math.min(PICTURE_BINS, (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .azureMlBinCount */ .ZG)(reference.count, current.count));
        const { edges } = (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .azureMlBinEdges */ .OC)(min, max, bins);
        const labels = edges
            .slice(0, -1)
            .map((edge, i) => `${shortNumber(edge)} – ${shortNumber(edges[i + 1])}`);
        const counts = (side) => side.sample !== undefined
            ? (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .histogramCounts */ .bB)(side.sample, edges)
            : (0,_statistics_weighted_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .weightedHistogramCounts */ .W3)(side.weighted(), edges);
        return {
            labels,
            reference: (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .proportionsOf */ .N)(counts(reference), reference.count),
            current: (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .proportionsOf */ .N)(counts(current), current.count),
        };
    }
    const aligned = (0,_statistics_categorical_js__WEBPACK_IMPORTED_MODULE_2__/* .alignCategoryCounts */ .g)(feature.reference, feature.current);
    const refShares = (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .proportionsOf */ .N)(aligned.referenceCounts, Math.max(feature.referenceCount, 1));
    const curShares = (0,_statistics_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .proportionsOf */ .N)(aligned.currentCounts, Math.max(feature.currentCount, 1));
    const order = aligned.categories
        .map((_, i) => i)
        .sort((a, b) => Math.max(refShares[b], curShares[b]) - Math.max(refShares[a], curShares[a]));
    const top = order.slice(0, PICTURE_CATEGORIES).sort((a, b) => a - b);
    return {
        labels: top.map((i) => aligned.categories[i]),
        reference: top.map((i) => refShares[i]),
        current: top.map((i) => curShares[i]),
        ...(order.length > PICTURE_CATEGORIES
            ? { note: `the ${PICTURE_CATEGORIES} largest of ${order.length} categories` }
            : {}),
    };
}
function shortNumber(value) {
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e5 || magnitude < 1e-3)
        return value.toExponential(2);
    return Number(value.toPrecision(4)).toString();
}
const WIDTH = 360;
const HEIGHT = 120;
const PLOT_TOP = 18;
const PLOT_BOTTOM = 96;
const LEFT = 8;
const RIGHT = 8;
const REFERENCE_COLOUR = '#1f77b4';
const CURRENT_COLOUR = '#ff7f0e';
function escapeXml(text) {
    return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
function round(value) {
    return Number(value.toFixed(1)).toString();
}
/** A small SVG: two overlaid bar series, a legend, the first and last bin labels. */
function histogramSvg(title, picture) {
    const bins = picture.labels.length;
    const peak = Math.max(1e-12, ...picture.reference, ...picture.current);
    const slot = (WIDTH - LEFT - RIGHT) / Math.max(bins, 1);
    const height = PLOT_BOTTOM - PLOT_TOP;
    const bars = (values, colour, inset) => values
        .map((value, i) => {
        const h = (value / peak) * height;
        return `<rect x="${round(LEFT + i * slot + inset)}" y="${round(PLOT_BOTTOM - h)}" width="${round(Math.max(slot - 2 * inset, 1))}" height="${round(h)}" fill="${colour}" fill-opacity="0.55"/>`;
    })
        .join('');
    const first = picture.labels[0] ?? '';
    const last = picture.labels[bins - 1] ?? '';
    return [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="10">`,
        `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
        `<text x="${LEFT}" y="11" font-weight="bold">${escapeXml(title)}</text>`,
        `<rect x="${WIDTH - 150}" y="4" width="8" height="8" fill="${REFERENCE_COLOUR}" fill-opacity="0.55"/><text x="${WIDTH - 139}" y="11">reference</text>`,
        `<rect x="${WIDTH - 80}" y="4" width="8" height="8" fill="${CURRENT_COLOUR}" fill-opacity="0.55"/><text x="${WIDTH - 69}" y="11">current</text>`,
        bars(picture.reference, REFERENCE_COLOUR, 0),
        bars(picture.current, CURRENT_COLOUR, slot * 0.2),
        `<line x1="${LEFT}" y1="${PLOT_BOTTOM}" x2="${WIDTH - RIGHT}" y2="${PLOT_BOTTOM}" stroke="#555"/>`,
        `<text x="${LEFT}" y="${PLOT_BOTTOM + 12}">${escapeXml(first)}</text>`,
        `<text x="${WIDTH - RIGHT}" y="${PLOT_BOTTOM + 12}" text-anchor="end">${escapeXml(last)}</text>`,
        '</svg>',
    ].join('');
}
const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** The same shape as text bars, one character per bin, for renderers without images. */
function sparkline(values, peak) {
    return values
        .map((value) => value <= 0 ? ' ' : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((value / peak) * BLOCKS.length))])
        .join('');
}


/***/ }),

/***/ 4748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ formatBound),
/* harmony export */   w: () => (/* binding */ QuantileSketch)
/* harmony export */ });
/**
 * A quantile sketch with a deterministic, per-run error bound, for a numerical feature whose values no longer fit its
 * share of `memory-budget`. It is the compactor hierarchy of Manku, Rajagopalan and Lindsay (1998), the deterministic
 * ancestor of KLL, with KLL's idea of one memory cap for all levels.
 *
 * Level h holds values that each stand for 2^h original values. When the sketch holds `maxRetained` values, one level
 * is compacted: sorted, and every other value (from offset 0 or 1, alternating per level) moves up a level with twice
 * the weight, the rest is dropped. For any x, one compaction at level h changes the estimated count of values ≤ x by
 * 0 or ±2^h, whatever the number of values compacted. The sketch adds up these 2^h as it compacts, so
 * `rankErrorBound` is a proven bound for this very run, not a probabilistic one: |estimated − true count of values ≤
 * x| ≤ bound for every x (and for values < x alike). Since a compaction costs 2^h whatever its size, the level
 * compacted is the one that frees most values per unit of error (the largest count / 2^h), and it is compacted
 * whole: few, large compactions keep the bound small. With n values and room for m, the bound is about
 * n · log2(n/m) / m; the alternating offsets make the actual error much smaller still.
 *
 * Minimum and maximum, and the count, are exact.
 *
 * Why not a package: `tdigest` gives no error bound; DDSketch (`@datadog/sketches-js`) bounds the relative error of
 * values, not of ranks, which is what KS, Wasserstein and bin proportions depend on; KLL bounds the rank error only
 * with a probability. This compactor bounds it deterministically, which is what the report states.
 */
/** An error bound as people read it: two significant digits. */
function formatBound(bound) {
    return bound === 0 ? '0' : bound.toPrecision(2);
}
const ResizableArrayBuffer = ArrayBuffer;
class Level {
    buffer;
    /** Growth step and slack, in values: small next to the sketch, never less than 64. */
    step;
    items;
    size = 0;
    /** Alternates 0, 1, 0, … per compaction, so that rounding errors of successive compactions tend to cancel. */
    offset = 0;
    constructor(maxItems) {
        this.buffer = new ResizableArrayBuffer(0, { maxByteLength: maxItems * 8 });
        this.items = new Float64Array(this.buffer);
        this.step = Math.max(64, maxItems >> 6);
    }
    push(value) {
        if (this.size === this.items.length)
            this.grow(this.size + 1);
        this.items[this.size++] = value;
    }
    /** Room for `count` more values. */
    reserve(count) {
        if (this.size + count > this.items.length)
            this.grow(this.size + count);
    }
    grow(needed) {
        const max = this.buffer.maxByteLength / 8;
        const next = Math.min(max, Math.max(needed, this.items.length + this.step, Math.ceil(this.items.length * 1.25)));
        this.buffer.resize(next * 8);
    }
    get bytes() {
        return this.buffer.byteLength;
    }
    /** Gives back the memory beyond what the level holds (after a compaction emptied it). */
    shrink() {
        if (this.buffer.byteLength > (this.size + this.step) * 8)
            this.buffer.resize(this.size * 8);
    }
    release() {
        this.buffer.resize(0);
        this.size = 0;
    }
}
class QuantileSketch {
    maxRetained;
    levels = [];
    retained = 0;
    errorBound = 0;
    compactions = 0;
    n = 0;
    minimum = Number.POSITIVE_INFINITY;
    maximum = Number.NEGATIVE_INFINITY;
    constructor(maxRetained) {
        this.maxRetained = maxRetained;
        if (!Number.isInteger(maxRetained) || maxRetained < 64) {
            throw new RangeError(`a sketch keeps at least 64 values, got ${maxRetained}`);
        }
    }
    get count() {
        return this.n;
    }
    get min() {
        return this.minimum;
    }
    get max() {
        return this.maximum;
    }
    /** Memory committed for the retained values. */
    get bytes() {
        let bytes = 0;
        for (const level of this.levels)
            bytes += level.bytes;
        return bytes;
    }
    get rankErrorBound() {
        return this.errorBound;
    }
    /** Adds one finite value. */
    add(value) {
        this.n++;
        if (value < this.minimum)
            this.minimum = value;
        if (value > this.maximum)
            this.maximum = value;
        if (this.levels.length === 0)
            this.levels.push(new Level(this.maxRetained));
        this.levels[0].push(value);
        if (++this.retained >= this.maxRetained)
            this.compact();
    }
    /** Compacts the level that frees most values per unit of error it adds. */
    compact() {
        let best = 0;
        let bestScore = -1;
        this.levels.forEach((level, h) => {
            const score = Math.floor(level.size / 2) / 2 ** h;
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        });
        const level = this.levels[best];
        if (level.size < 2)
            return;
        if (best + 1 === this.levels.length)
            this.levels.push(new Level(this.maxRetained));
        const above = this.levels[best + 1];
        const items = level.items.subarray(0, level.size);
        items.sort();
        // Pairs are taken from the bottom; with an odd count the largest value stays where it is.
        const pairs = Math.floor(level.size / 2);
        above.reserve(pairs);
        for (let i = level.offset, j = 0; j < pairs; i += 2, j++)
            above.items[above.size++] = items[i];
        const leftover = level.size % 2 === 1 ? items[level.size - 1] : undefined;
        level.offset = 1 - level.offset;
        level.size = 0;
        if (leftover !== undefined)
            level.items[level.size++] = leftover;
        // The emptied memory goes back, so that what the sketch holds, not what it once held, is what it costs.
        level.shrink();
        this.retained -= pairs;
        this.errorBound += 2 ** best;
        this.compactions++;
    }
    /**
     * The retained values in ascending order with their cumulative weights: the sketch's estimated distribution,
     * written into `into`'s arrays (scratch arrays reused from feature to feature), else new ones.
     */
    weighted(into = (length) => new Float64Array(length)) {
        const runs = this.levels.map((level, h) => {
            const items = level.items.subarray(0, level.size);
            items.sort();
            return { items, weight: 2 ** h, at: 0 };
        });
        const values = into(this.retained, 'values');
        const cumulative = into(this.retained, 'cumulative');
        let total = 0;
        // A merge of the sorted levels (a handful), smallest value first.
        for (let i = 0; i < this.retained; i++) {
            let pick = -1;
            for (let r = 0; r < runs.length; r++) {
                const run = runs[r];
                if (run.at < run.items.length &&
                    (pick < 0 || run.items[run.at] < runs[pick].items[runs[pick].at]))
                    pick = r;
            }
            const run = runs[pick];
            values[i] = run.items[run.at++];
            total += run.weight;
            cumulative[i] = total;
        }
        return { values, cumulative, total };
    }
    /** Estimated number of values ≤ x. */
    rank(x) {
        let rank = 0;
        this.levels.forEach((level, h) => {
            let below = 0;
            for (let i = 0; i < level.size; i++)
                if (level.items[i] <= x)
                    below++;
            rank += below * 2 ** h;
        });
        return rank;
    }
    summary() {
        return {
            count: this.n,
            retained: this.retained,
            maxRetained: this.maxRetained,
            levels: this.levels.length,
            compactions: this.compactions,
            rankErrorBound: this.errorBound,
            cdfErrorBound: this.n === 0 ? 0 : this.errorBound / this.n,
        };
    }
    release() {
        for (const level of this.levels)
            level.release();
        this.retained = 0;
    }
}


/***/ }),

/***/ 1727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ distinctValueCounts),
/* harmony export */   EX: () => (/* binding */ distinctCount),
/* harmony export */   Hn: () => (/* binding */ distinctEdges),
/* harmony export */   Lc: () => (/* binding */ referenceQuantileEdges),
/* harmony export */   N: () => (/* binding */ proportionsOf),
/* harmony export */   OC: () => (/* binding */ azureMlBinEdges),
/* harmony export */   Uj: () => (/* binding */ EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE),
/* harmony export */   ZG: () => (/* binding */ azureMlBinCount),
/* harmony export */   a1: () => (/* binding */ sturgesBinEdgesFor),
/* harmony export */   bB: () => (/* binding */ histogramCounts),
/* harmony export */   lw: () => (/* binding */ countByRightSearch)
/* harmony export */ });
/* unused harmony exports lowerBound, upperBound, azureMlBinning, sturgesBinEdges, evidentlyBinning, referenceQuantileBinning */
/* harmony import */ var _sorted_sample_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1390);
/**
 * How each reference tool cuts a numerical feature into bins before JS distance and PSI, and how values are counted
 * into those bins. Counting searches the sorted samples from the previous edge's position (galloping search), so k
 * edges cost O(k·log(n/k)) reads: a few dozen for ten bins, and never more than one linear pass.
 */

/**
 * First index at or after `from` whose value fails `before(value)`, for a predicate true on a prefix of the sorted
 * sample. Galloping (exponential) search: probes from+1, from+2, from+4, … then bisects, so a scan over k
 * increasing targets costs O(k·log(n/k)) and never more than a constant times one linear pass.
 */
function gallop(sample, from, before) {
    const n = sample.length;
    if (from >= n || !before(sample[from]))
        return from;
    let low = from; // before(sample[low]) holds
    let step = 1;
    let high = from + step;
    while (high < n && before(sample[high])) {
        low = high;
        step *= 2;
        high = from + step;
    }
    if (high > n)
        high = n;
    // Invariant: before(sample[low]) and (high === n or !before(sample[high])).
    while (high - low > 1) {
        const middle = (low + high) >>> 1;
        if (before(sample[middle]))
            low = middle;
        else
            high = middle;
    }
    return high;
}
/** Index of the first value ≥ `value` at or after `from` (`np.searchsorted(side='left')`). */
function lowerBound(sample, value, from = 0) {
    return gallop(sample, from, (x) => x < value);
}
/** Index of the first value > `value` at or after `from` (`np.searchsorted(side='right')`). */
function upperBound(sample, value, from = 0) {
    return gallop(sample, from, (x) => x <= value);
}
function assertNonDecreasing(edges, what) {
    for (let i = 1; i < edges.length; i++) {
        if (!(edges[i - 1] <= edges[i]))
            throw new RangeError(`${what} must not decrease (index ${i})`);
    }
}
/**
 * Counts per bin exactly as `np.histogram(sample, edges)` with explicit edges (and Spark's `rdd.histogram(edges)`):
 * bin i is [edges[i], edges[i+1]) except the last, which is closed; a value equal to an interior edge goes to the
 * bin on its right; values below edges[0] or above the last edge are not counted at all.
 */
function histogramCounts(sample, edges) {
    if (edges.length < 2)
        throw new RangeError('a histogram needs at least two edges');
    assertNonDecreasing(edges, 'histogram edges');
    const last = edges.length - 1;
    // cumulative[i] = number of values before edges[i] in NumPy's `_search_sorted_inclusive`.
    const cumulative = new Array(edges.length);
    let position = 0;
    for (let i = 0; i < last; i++) {
        position = lowerBound(sample, edges[i], position);
        cumulative[i] = position;
    }
    cumulative[last] = upperBound(sample, edges[last], position);
    const counts = new Array(last);
    for (let i = 0; i < last; i++)
        counts[i] = cumulative[i + 1] - cumulative[i];
    return counts;
}
/**
 * Counts per bin for `np.bincount(np.searchsorted(interiorEdges, x, side='right'), minlength=k+1)`: bin j holds
 * interiorEdges[j−1] ≤ x < interiorEdges[j], the outer bins are open, and with tied edges (discrete data) every value
 * equal to the tie lands in the right-most of the tied bins, leaving the others empty.
 */
function countByRightSearch(sample, interiorEdges) {
    assertNonDecreasing(interiorEdges, 'interior edges');
    const counts = new Array(interiorEdges.length + 1);
    let previous = 0;
    for (let j = 0; j < interiorEdges.length; j++) {
        const position = lowerBound(sample, interiorEdges[j], previous);
        counts[j] = position - previous;
        previous = position;
    }
    counts[interiorEdges.length] = sample.length - previous;
    return counts;
}
// ---------------------------------------------------------------------------------------------------------------
// Azure ML model monitoring
/**
 * Azure ML's bin count (`_get_optimal_number_of_bins`): k = ceil(log2(min(n_ref, n_cur)) + 1), Sturges' rule on the
 * smaller sample.
 */
function azureMlBinCount(referenceSize, currentSize) {
    return Math.ceil(Math.log2(Math.min(referenceSize, currentSize)) + 1);
}
/**
 * Azure ML's edges (`get_dual_histogram_bin_edges`): over the combined [min, max], width = (max − min)/k,
 * edges = [min, min + 1·width, …, min + k·width]. Computed, `min + k·width` can round just below max, and counting
 * with NumPy's or Spark's histogram then drops every value equal to max (about 2 % of random cases in Azure ML). The
 * last edge here is max itself, so the maximum is always counted: the correct maths, and Azure ML's intent; where
 * the reference's rounding would have dropped it, the counts differ from Azure ML's by those values.
 */
function azureMlBinEdges(min, max, bins) {
    if (min === max) {
        const upper = min > 0 ? min * 1.01 : min === 0 ? 0.01 : min + Math.abs(min) * 0.01;
        return { edges: [min, upper], degenerate: true };
    }
    const width = (max - min) / bins;
    const edges = [min];
    for (let bin = 1; bin < bins; bin++)
        edges.push(min + bin * width);
    edges.push(max);
    return { edges, degenerate: false };
}
/** Azure ML model monitoring's numerical binning for JS distance and PSI: bin count, edges and both histograms. */
function azureMlBinning(reference, current) {
    const bins = azureMlBinCount(reference.length, current.length);
    const min = Math.min(minimumOf(reference), minimumOf(current));
    const max = Math.max(maximumOf(reference), maximumOf(current));
    const { edges, degenerate } = azureMlBinEdges(min, max, bins);
    return {
        bins: edges.length - 1,
        edges,
        referenceCounts: histogramCounts(reference, edges),
        currentCounts: histogramCounts(current, edges),
        degenerate,
    };
}
// ---------------------------------------------------------------------------------------------------------------
// Evidently (legacy stattests)
/** Evidently bins per value (not Sturges) when the reference has at most this many distinct values. */
const EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE = 20;
/**
 * `np.histogram_bin_edges(np.concatenate([reference, current]), bins='sturges')`: over the combined [min, max]
 * (widened by ±0.5 when min === max), width = ptp / (log2(n_ref + n_cur) + 1), bins = ceil((max − min) / width),
 * edges from `np.linspace` (edge i = i·step + min, last edge = max exactly).
 */
function sturgesBinEdges(reference, current) {
    const dataMin = Math.min(minimumOf(reference), minimumOf(current));
    const dataMax = Math.max(maximumOf(reference), maximumOf(current));
    return sturgesBinEdgesFor(dataMin, dataMax, reference.length + current.length);
}
/** {@link sturgesBinEdges} from the combined minimum, maximum and size (for samples summarised by a sketch). */
function sturgesBinEdgesFor(dataMin, dataMax, size) {
    let first = dataMin;
    let last = dataMax;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    const width = (dataMax - dataMin) / (Math.log2(size) + 1);
    const bins = width ? Math.ceil((last - first) / width) : 1;
    const step = (last - first) / bins;
    const edges = new Array(bins + 1);
    for (let i = 0; i < bins; i++)
        edges[i] = i * step + first;
    edges[bins] = last;
    for (let i = 1; i < edges.length; i++) {
        if (!(edges[i - 1] < edges[i])) {
            throw new RangeError(`too many bins (${bins}) for the data range [${first}, ${last}]`);
        }
    }
    return edges;
}
/** Distinct values of the union of two sorted samples with their counts in each, in one merge pass. */
function distinctValueCounts(reference, current) {
    const values = [];
    const referenceCounts = [];
    const currentCounts = [];
    let i = 0;
    let j = 0;
    while (i < reference.length || j < current.length) {
        const value = j >= current.length || (i < reference.length && reference[i] <= current[j])
            ? reference[i]
            : current[j];
        const nextI = upperBound(reference, value, i);
        const nextJ = upperBound(current, value, j);
        values.push(value);
        referenceCounts.push(nextI - i);
        currentCounts.push(nextJ - j);
        i = nextI;
        j = nextJ;
    }
    return { values, referenceCounts, currentCounts };
}
/** Number of distinct values in a sorted sample (pandas `nunique`). */
function distinctCount(sample) {
    let count = 1;
    for (let i = 1; i < sample.length; i++)
        if (sample[i] !== sample[i - 1])
            count++;
    return count;
}
function evidentlyBinning(reference, current) {
    if (distinctCount(reference) > EVIDENTLY_MAX_VALUES_BINNED_PER_VALUE) {
        const edges = sturgesBinEdges(reference, current);
        return {
            kind: 'sturges',
            bins: edges.length - 1,
            edges,
            referenceCounts: histogramCounts(reference, edges),
            currentCounts: histogramCounts(current, edges),
        };
    }
    const counts = distinctValueCounts(reference, current);
    return { kind: 'per-value', bins: counts.values.length, ...counts };
}
// ---------------------------------------------------------------------------------------------------------------
// Reference-quantile bins
/**
 * Interior edges at the reference's quantiles i/k for i = 1…k−1, `np.quantile(ref, np.linspace(0, 1, k+1)[1:-1])`
 * (levels computed as NumPy's linspace does, i·(1/k), and NumPy's 'linear' quantile). With k = 10: deciles.
 */
function referenceQuantileEdges(reference, bins = 10) {
    if (!Number.isInteger(bins) || bins < 1)
        throw new RangeError(`bins must be a positive integer, got ${bins}`);
    const step = 1 / bins;
    const edges = [];
    for (let i = 1; i < bins; i++)
        edges.push((0,_sorted_sample_js__WEBPACK_IMPORTED_MODULE_0__/* .quantileOf */ .Xf)(reference, i * step));
    return edges;
}
/**
 * Reference-quantile binning: interior edges from the reference, counts by right-side search for both samples. Tied
 * edges (discrete data: several quantiles on one value) are merged, since NumPy's bins between them are always empty
 * on both sides: they add nothing to JS, add a spurious term to smoothed PSI and make unsmoothed PSI 0/0. The bins
 * returned are the distinct ones; `bins` says how many there are.
 */
function referenceQuantileBinning(reference, current, bins = 10) {
    const interiorEdges = distinctEdges(referenceQuantileEdges(reference, bins));
    return {
        interiorEdges,
        bins: interiorEdges.length + 1,
        referenceCounts: countByRightSearch(reference, interiorEdges),
        currentCounts: countByRightSearch(current, interiorEdges),
    };
}
/** Sorted edges without repeats. */
function distinctEdges(edges) {
    return edges.filter((edge, i) => i === 0 || edge !== edges[i - 1]);
}
/** Counts divided by `total` (the sample size, which can exceed Σ counts when values fell outside the edges). */
function proportionsOf(counts, total) {
    return counts.map((count) => count / total);
}


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ alignCategoryCounts)
/* harmony export */ });
/* unused harmony export countCategories */
/**
 * Category counts for categorical features, aligned over the union of categories seen in either sample, which is
 * how Azure ML and Evidently compare categorical distributions (a category missing on one side counts 0 there).
 */
/** Counts occurrences of each category. */
function countCategories(values) {
    const counts = new Map();
    for (const value of values)
        counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
}
/** Aligns two count maps over the sorted union of their categories, with 0 where a side lacks a category. */
function alignCategoryCounts(reference, current) {
    const categories = [...new Set([...reference.keys(), ...current.keys()])].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    const referenceCounts = categories.map((category) => reference.get(category) ?? 0);
    const currentCounts = categories.map((category) => current.get(category) ?? 0);
    const unseenInReference = categories.filter((_category, index) => referenceCounts[index] === 0 && currentCounts[index] > 0);
    return { categories, referenceCounts, currentCounts, unseenInReference };
}


/***/ }),

/***/ 723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DN: () => (/* binding */ addTo),
/* harmony export */   ZN: () => (/* binding */ roundHalfToEven),
/* harmony export */   _e: () => (/* binding */ frexp),
/* harmony export */   dY: () => (/* binding */ compensatedSum),
/* harmony export */   e6: () => (/* binding */ totalOf),
/* harmony export */   oJ: () => (/* binding */ ldexp),
/* harmony export */   p_: () => (/* binding */ gcd)
/* harmony export */ });
/**
 * Floating-point building blocks the reference tools get from C or NumPy: exact splitting of a double into mantissa
 * and exponent, NumPy's rounding of halves, and compensated summation. Every statistic in this folder that sums many
 * terms or works with tails far below 1e-300 goes through these.
 */
const TWO_POW_960 = 2 ** 960;
const TWO_POW_MINUS_960 = 2 ** -960;
const frexpView = new DataView(new ArrayBuffer(8));
/**
 * C's `frexp`: splits a finite `x` into a mantissa in [0.5, 1) (in magnitude) and a power of two, exactly, by
 * reading the IEEE-754 exponent bits. Zero, infinities and NaN come back as themselves with exponent 0.
 */
function frexp(x) {
    if (x === 0 || !Number.isFinite(x))
        return { mantissa: x, exponent: 0 };
    let value = x;
    let offset = 0;
    if (Math.abs(value) < 2 ** -1000) {
        // Subnormal or nearly so: scale into the normal range first (exact, a power of two).
        value *= TWO_POW_960;
        offset = -960;
    }
    frexpView.setFloat64(0, value);
    const high = frexpView.getUint32(0);
    const biased = (high >>> 20) & 0x7ff;
    // Replace the exponent field by 1022, the exponent of [0.5, 1).
    frexpView.setUint32(0, (high & 0x800fffff) | (1022 << 20));
    return { mantissa: frexpView.getFloat64(0), exponent: biased - 1022 + offset };
}
/** C's `ldexp`: `x * 2 ** exponent`, scaling in steps so that no intermediate factor overflows or underflows. */
function ldexp(x, exponent) {
    let value = x;
    let e = exponent;
    while (e > 960) {
        value *= TWO_POW_960;
        e -= 960;
        if (!Number.isFinite(value))
            return value;
    }
    while (e < -960) {
        value *= TWO_POW_MINUS_960;
        e += 960;
        if (value === 0)
            return value;
    }
    return value * 2 ** e;
}
/** NumPy's `np.round` for a scalar: round half to even (Python's `round`, not JavaScript's `Math.round`). */
function roundHalfToEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff > 0.5)
        return floor + 1;
    if (diff < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}
/** Greatest common divisor of two non-negative safe integers (Euclid). */
function gcd(a, b) {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
        const t = x % y;
        x = y;
        y = t;
    }
    return x;
}
function compensatedSum() {
    return { sum: 0, compensation: 0 };
}
function addTo(accumulator, value) {
    const t = accumulator.sum + value;
    if (!Number.isFinite(t)) {
        // An infinite or NaN total is the answer; compensation would only turn it into NaN.
        accumulator.sum = t;
        return;
    }
    if (Math.abs(accumulator.sum) >= Math.abs(value)) {
        accumulator.compensation += accumulator.sum - t + value;
    }
    else {
        accumulator.compensation += value - t + accumulator.sum;
    }
    accumulator.sum = t;
}
function totalOf(accumulator) {
    if (!Number.isFinite(accumulator.sum))
        return accumulator.sum;
    return accumulator.sum + accumulator.compensation;
}


/***/ }),

/***/ 1390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ isConstant),
/* harmony export */   Xf: () => (/* binding */ quantileOf),
/* harmony export */   yh: () => (/* binding */ standardDeviationOf)
/* harmony export */ });
/* unused harmony exports sortSample, assumeSorted, minimumOf, maximumOf, meanOf, varianceOf */
/* harmony import */ var _floating_point_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(723);
/**
 * A numeric feature's values, sorted once. Every numerical statistic here (KS, Wasserstein, quantile edges,
 * histograms) reads the sorted sample in a linear pass or by binary search, so a feature is sorted exactly once.
 */

/**
 * Copies `values` into a Float64Array and sorts it ascending.
 *
 * Nulls, NaN and ±Infinity must be dropped before (Azure ML drops rows with nulls, Evidently drops NaN and ±inf per
 * column): a non-finite value is a caller's bug here and throws a RangeError, as does an empty sample, for which no
 * statistic below is defined (scipy raises on empty input too).
 */
function sortSample(values) {
    const copy = Float64Array.from(values);
    for (let i = 0; i < copy.length; i++) {
        if (!Number.isFinite(copy[i])) {
            throw new RangeError(`sample value at index ${i} is ${copy[i]}; drop non-finite values before sorting`);
        }
    }
    if (copy.length === 0)
        throw new RangeError('a sample must hold at least one value');
    // TypedArray#sort compares numerically (-0 before +0), unlike Array#sort.
    copy.sort();
    return copy;
}
/** Checks in O(n) that `values` is non-empty, finite and ascending, and types it as a {@link SortedSample}. */
function assumeSorted(values) {
    if (values.length === 0)
        throw new RangeError('a sample must hold at least one value');
    if (!Number.isFinite(values[0]))
        throw new RangeError('sample value at index 0 is not finite');
    for (let i = 1; i < values.length; i++) {
        if (!(values[i - 1] <= values[i]) || !Number.isFinite(values[i])) {
            throw new RangeError(`sample is not sorted ascending or not finite at index ${i}`);
        }
    }
    return values;
}
function minimumOf(sample) {
    return sample[0];
}
function maximumOf(sample) {
    return sample[sample.length - 1];
}
/** True when every value is the same (min === max), which makes the standard deviation exactly 0. */
function isConstant(sample) {
    return sample[0] === sample[sample.length - 1];
}
/**
 * Arithmetic mean, shifted by the minimum and summed with compensation: mean = min + Σ(x − min) / n.
 * Agrees with `np.mean` to rounding, and returns the value itself, exactly, for a constant sample (a plain sum of
 * ten 0.1s divided by ten is not 0.1).
 */
function meanOf(sample) {
    const shift = sample[0];
    const accumulator = (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .compensatedSum */ .dY)();
    for (let i = 0; i < sample.length; i++)
        (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .addTo */ .DN)(accumulator, sample[i] - shift);
    return shift + (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .totalOf */ .e6)(accumulator) / sample.length;
}
/**
 * Variance with `ddof` delta degrees of freedom, `Σ (x − mean)² / (n − ddof)`, computed in two passes with a
 * compensated sum (NumPy's `np.var(x, ddof=ddof)`; ddof = 1 is Spark's `variance`/`stddev`, ddof = 0 is `np.std`'s
 * default). A constant sample gives exactly 0, never ~1e-33. NaN when n ≤ ddof (NumPy returns NaN with a warning).
 */
function varianceOf(sample, ddof) {
    const n = sample.length;
    if (n - ddof <= 0)
        return Number.NaN;
    if (isConstant(sample))
        return 0;
    const mean = meanOf(sample);
    const accumulator = (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .compensatedSum */ .dY)();
    for (let i = 0; i < n; i++) {
        const deviation = sample[i] - mean;
        (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .addTo */ .DN)(accumulator, deviation * deviation);
    }
    return (0,_floating_point_js__WEBPACK_IMPORTED_MODULE_0__/* .totalOf */ .e6)(accumulator) / (n - ddof);
}
/** Standard deviation `sqrt(varianceOf(sample, ddof))`: `np.std(x, ddof=ddof)`, exactly 0 for a constant sample. */
function standardDeviationOf(sample, ddof) {
    return Math.sqrt(varianceOf(sample, ddof));
}
/**
 * The q-quantile with NumPy's default method 'linear' (Hyndman & Fan type 7), as `np.quantile(x, q)`:
 * virtual index h = (n − 1)·q, result = x[⌊h⌋] + (x[⌊h⌋+1] − x[⌊h⌋])·(h − ⌊h⌋), using NumPy's `_lerp`, which
 * interpolates from the upper neighbour when the fraction is ≥ 0.5 so the result is monotone and exact at the ends.
 */
function quantileOf(sample, q) {
    if (!(q >= 0 && q <= 1))
        throw new RangeError(`quantile level must lie in [0, 1], got ${q}`);
    const n = sample.length;
    const virtualIndex = (n - 1) * q;
    if (virtualIndex >= n - 1)
        return sample[n - 1];
    const previous = Math.floor(virtualIndex);
    const gamma = virtualIndex - previous;
    const a = sample[previous];
    const b = sample[previous + 1];
    const difference = b - a;
    return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
}


/***/ }),

/***/ 4922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ weightedQuantile),
/* harmony export */   SW: () => (/* binding */ weightedCountByRightSearch),
/* harmony export */   W3: () => (/* binding */ weightedHistogramCounts),
/* harmony export */   Y: () => (/* binding */ weightedWasserstein),
/* harmony export */   cj: () => (/* binding */ weightedKsStatistic),
/* harmony export */   gi: () => (/* binding */ weightedFromSample),
/* harmony export */   kZ: () => (/* binding */ weightedFromCounts)
/* harmony export */ });
/* unused harmony exports weightAtMost, weightBelow */
/** An exact sorted sample as a weighted one (weights 1); `into` gives the array of cumulative weights. */
function weightedFromSample(sample, into = (length) => new Float64Array(length)) {
    const cumulative = into(sample.length);
    for (let i = 0; i < sample.length; i++)
        cumulative[i] = i + 1;
    return { values: sample, cumulative, total: sample.length };
}
/** Exact counts per distinct value as a weighted sample. */
function weightedFromCounts(counts) {
    const values = Float64Array.from(counts.keys()).sort();
    const cumulative = new Float64Array(values.length);
    let total = 0;
    for (let i = 0; i < values.length; i++) {
        total += counts.get(values[i]);
        cumulative[i] = total;
    }
    return { values, cumulative, total };
}
/** Index of the first value > x (values ascending). */
function upperIndex(values, x) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (values[middle] <= x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Index of the first value ≥ x. */
function lowerIndex(values, x) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (values[middle] < x)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Weight of the values ≤ x. */
function weightAtMost(sample, x) {
    const index = upperIndex(sample.values, x);
    return index === 0 ? 0 : sample.cumulative[index - 1];
}
/** Weight of the values < x. */
function weightBelow(sample, x) {
    const index = lowerIndex(sample.values, x);
    return index === 0 ? 0 : sample.cumulative[index - 1];
}
/**
 * Walks the distinct values of both samples in ascending order, calling `step(x, Fa(x), Fb(x), next)` with the
 * right-continuous CDFs at x and the next distinct value (undefined after the last).
 */
function walk(a, b, step) {
    let i = 0;
    let j = 0;
    const av = a.values;
    const bv = b.values;
    while (i < av.length || j < bv.length) {
        const x = j >= bv.length || (i < av.length && av[i] <= bv[j]) ? av[i] : bv[j];
        while (i < av.length && av[i] <= x)
            i++;
        while (j < bv.length && bv[j] <= x)
            j++;
        const fa = i === 0 ? 0 : a.cumulative[i - 1] / a.total;
        const fb = j === 0 ? 0 : b.cumulative[j - 1] / b.total;
        const next = i < av.length && j < bv.length
            ? Math.min(av[i], bv[j])
            : i < av.length
                ? av[i]
                : j < bv.length
                    ? bv[j]
                    : undefined;
        step(x, fa, fb, next);
    }
}
/** The two-sample KS statistic sup |Fa − Fb| and where it is reached. */
function weightedKsStatistic(a, b) {
    let statistic = 0;
    let location = Number.NaN;
    walk(a, b, (x, fa, fb) => {
        const d = Math.abs(fa - fb);
        if (d > statistic) {
            statistic = d;
            location = x;
        }
    });
    return { statistic, location };
}
/** Wasserstein-1: ∫ |Fa − Fb| dx over the pooled values (scipy's `wasserstein_distance` on weighted samples). */
function weightedWasserstein(a, b) {
    let sum = 0;
    let compensation = 0;
    walk(a, b, (x, fa, fb, next) => {
        if (next === undefined)
            return;
        // Neumaier's compensated sum: millions of small terms.
        const term = Math.abs(fa - fb) * (next - x);
        const t = sum + term;
        compensation += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
        sum = t;
    });
    return sum + compensation;
}
/**
 * Weight per bin as `np.histogram` counts: bin i is [edges[i], edges[i+1]) except the last, which is closed; weight
 * outside the edges is not counted.
 */
function weightedHistogramCounts(sample, edges) {
    const counts = [];
    for (let i = 0; i + 1 < edges.length; i++) {
        const upper = i + 2 === edges.length ? weightAtMost(sample, edges[i + 1]) : weightBelow(sample, edges[i + 1]);
        counts.push(upper - weightBelow(sample, edges[i]));
    }
    return counts;
}
/** Weight per bin for `searchsorted(interiorEdges, x, side='right')`: bin j holds edges[j−1] ≤ x < edges[j]. */
function weightedCountByRightSearch(sample, interiorEdges) {
    const counts = [];
    let previous = 0;
    for (const edge of interiorEdges) {
        const below = weightBelow(sample, edge);
        counts.push(below - previous);
        previous = below;
    }
    counts.push(sample.total - previous);
    return counts;
}
/**
 * The q-quantile of the estimated distribution, NumPy's 'linear' method on the virtual index (n − 1)·q, with the
 * order statistics read from the weights (the value whose cumulative weight first exceeds the index).
 */
function weightedQuantile(sample, q) {
    const position = (sample.total - 1) * q;
    const below = Math.floor(position);
    const at = (rank) => sample.values[Math.min(upperIndexOfWeight(sample, rank), sample.values.length - 1)];
    const a = at(below);
    const b = at(below + 1);
    const gamma = position - below;
    return gamma >= 0.5 ? b - (b - a) * (1 - gamma) : a + (b - a) * gamma;
}
/** Index of the value holding the order statistic of 0-based rank `rank` (first cumulative weight > rank). */
function upperIndexOfWeight(sample, rank) {
    let low = 0;
    let high = sample.cumulative.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (sample.cumulative[middle] <= rank)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}


/***/ })

};
