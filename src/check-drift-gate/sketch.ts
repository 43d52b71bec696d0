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

/** A weighted sorted sample: `values` ascending, `cumulative[i]` the total weight of values[0..i]. */
export interface WeightedSample {
  readonly values: Float64Array;
  readonly cumulative: Float64Array;
  /** Total weight: the number of values the sample stands for. */
  readonly total: number;
}

/** An error bound as people read it: two significant digits. */
export function formatBound(bound: number): string {
  return bound === 0 ? '0' : bound.toPrecision(2);
}

export interface SketchSummary {
  /** Values added. */
  readonly count: number;
  /** Values the sketch keeps. */
  readonly retained: number;
  /** The most it keeps at once. */
  readonly maxRetained: number;
  readonly levels: number;
  readonly compactions: number;
  /** Proven bound on |estimated − true| count of values ≤ x, for every x. */
  readonly rankErrorBound: number;
  /** `rankErrorBound / count`: the bound on any CDF value. */
  readonly cdfErrorBound: number;
}

/** ES2024's resizable ArrayBuffer (in Node 20's V8); the project's lib is ES2023, so the type is declared here. */
interface ResizableArrayBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const ResizableArrayBuffer = ArrayBuffer as unknown as new (
  byteLength: number,
  options: { maxByteLength: number },
) => ResizableArrayBuffer;

class Level {
  private readonly buffer: ResizableArrayBuffer;
  /** Growth step and slack, in values: small next to the sketch, never less than 64. */
  private readonly step: number;
  items: Float64Array;
  size = 0;
  /** Alternates 0, 1, 0, … per compaction, so that rounding errors of successive compactions tend to cancel. */
  offset = 0;

  constructor(maxItems: number) {
    this.buffer = new ResizableArrayBuffer(0, { maxByteLength: maxItems * 8 });
    this.items = new Float64Array(this.buffer);
    this.step = Math.max(64, maxItems >> 6);
  }

  push(value: number): void {
    if (this.size === this.items.length) this.grow(this.size + 1);
    this.items[this.size++] = value;
  }

  /** Room for `count` more values. */
  reserve(count: number): void {
    if (this.size + count > this.items.length) this.grow(this.size + count);
  }

  private grow(needed: number): void {
    const max = this.buffer.maxByteLength / 8;
    const next = Math.min(
      max,
      Math.max(needed, this.items.length + this.step, Math.ceil(this.items.length * 1.25)),
    );
    this.buffer.resize(next * 8);
  }

  get bytes(): number {
    return this.buffer.byteLength;
  }

  /** Gives back the memory beyond what the level holds (after a compaction emptied it). */
  shrink(): void {
    if (this.buffer.byteLength > (this.size + this.step) * 8) this.buffer.resize(this.size * 8);
  }

  release(): void {
    this.buffer.resize(0);
    this.size = 0;
  }
}

export class QuantileSketch {
  private readonly levels: Level[] = [];
  private retained = 0;
  private errorBound = 0;
  private compactions = 0;
  private n = 0;
  private minimum = Number.POSITIVE_INFINITY;
  private maximum = Number.NEGATIVE_INFINITY;

  constructor(readonly maxRetained: number) {
    if (!Number.isInteger(maxRetained) || maxRetained < 64) {
      throw new RangeError(`a sketch keeps at least 64 values, got ${maxRetained}`);
    }
  }

  get count(): number {
    return this.n;
  }

  get min(): number {
    return this.minimum;
  }

  get max(): number {
    return this.maximum;
  }

  /** Memory committed for the retained values. */
  get bytes(): number {
    let bytes = 0;
    for (const level of this.levels) bytes += level.bytes;
    return bytes;
  }

  get rankErrorBound(): number {
    return this.errorBound;
  }

  /** Adds one finite value. */
  add(value: number): void {
    this.n++;
    if (value < this.minimum) this.minimum = value;
    if (value > this.maximum) this.maximum = value;
    if (this.levels.length === 0) this.levels.push(new Level(this.maxRetained));
    this.levels[0]!.push(value);
    if (++this.retained >= this.maxRetained) this.compact();
  }

  /** Compacts the level that frees most values per unit of error it adds. */
  private compact(): void {
    let best = 0;
    let bestScore = -1;
    this.levels.forEach((level, h) => {
      const score = Math.floor(level.size / 2) / 2 ** h;
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    });
    const level = this.levels[best]!;
    if (level.size < 2) return;
    if (best + 1 === this.levels.length) this.levels.push(new Level(this.maxRetained));
    const above = this.levels[best + 1]!;
    const items = level.items.subarray(0, level.size);
    items.sort();
    // Pairs are taken from the bottom; with an odd count the largest value stays where it is.
    const pairs = Math.floor(level.size / 2);
    above.reserve(pairs);
    for (let i = level.offset, j = 0; j < pairs; i += 2, j++) above.items[above.size++] = items[i]!;
    const leftover = level.size % 2 === 1 ? items[level.size - 1]! : undefined;
    level.offset = 1 - level.offset;
    level.size = 0;
    if (leftover !== undefined) level.items[level.size++] = leftover;
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
  weighted(
    into: (length: number, which: 'values' | 'cumulative') => Float64Array = (length) =>
      new Float64Array(length),
  ): WeightedSample {
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
        const run = runs[r]!;
        if (
          run.at < run.items.length &&
          (pick < 0 || run.items[run.at]! < runs[pick]!.items[runs[pick]!.at]!)
        )
          pick = r;
      }
      const run = runs[pick]!;
      values[i] = run.items[run.at++]!;
      total += run.weight;
      cumulative[i] = total;
    }
    return { values, cumulative, total };
  }

  /** Estimated number of values ≤ x. */
  rank(x: number): number {
    let rank = 0;
    this.levels.forEach((level, h) => {
      let below = 0;
      for (let i = 0; i < level.size; i++) if (level.items[i]! <= x) below++;
      rank += below * 2 ** h;
    });
    return rank;
  }

  summary(): SketchSummary {
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

  release(): void {
    for (const level of this.levels) level.release();
    this.retained = 0;
  }
}
