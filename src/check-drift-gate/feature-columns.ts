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
import { ExactValues, MAX_BUFFER_BYTES, type MemoryAccount, NO_DECIMAL } from './exact-values.js';
import { type ColumnKind, numberLabel } from './feature-types.js';
import { QuantileSketch } from './sketch.js';
import { RadixScratch } from './statistics/radix-sort.js';
import { ValueCounter } from './value-counter.js';

/** A categorical feature with more categories than this is left out (an identifier, free text, a timestamp). */
export const CATEGORY_LIMIT = 65_536;

/**
 * In a sketched feature, distinct values are still counted exactly while there are at most this many (and while
 * their counter fits a third of the feature's share): few values, counted, are an exact distribution, and
 * chi-squared and the presets' per-value rules need their counts.
 */
const DISTINCT_LIMIT = 65_536;

/** Statuses of a staged value. */
export const MISSING = 0;
export const INTEGER_VALUE = 1;
export const FLOAT_VALUE = 2;
export const STRING_VALUE = 3;
export const BOOLEAN_VALUE = 4;

/** Modes of a slot: what a reader stages for it. */
export const TEXT_MODE = 0;
export const NUMERIC_MODE = 1;

export type ColumnRule =
  /** Reference, type not overridden: numeric until a non-number shows up. */
  | 'infer'
  /** Numerical feature: a non-number is an error. */
  | 'numerical'
  /** Categorical feature: every value is a label. */
  | 'categorical';

export interface SideOptions {
  /** Bytes this side's numerical values may take (exact values and sketches together). */
  readonly memoryLimit: number;
  /** Azure ML drops every row with a missing value before computing; Evidently drops missing values per column. */
  readonly dropIncompleteRows: boolean;
}

/** The committed memory of one side's numerical values, against the side's limit. */
export class SideMemory implements MemoryAccount {
  used = 0;
  /** The most `used` reached. */
  peak = 0;

  constructor(readonly limit: number) {}

  change(bytes: number): void {
    this.used += bytes;
    if (this.used > this.peak) this.peak = this.used;
  }

  get over(): boolean {
    return this.used > this.limit;
  }
}

/** What a numerical feature holds after reading. */
export interface NumericColumnData {
  readonly kind: 'numeric';
  readonly count: number;
  readonly missing: number;
  /** All values, sorted, when they fitted the memory budget (none when every value is missing). */
  readonly values: ExactValues | undefined;
  /** Beyond the memory budget: the sketch of all values. */
  readonly sketch: QuantileSketch | undefined;
  /**
   * Exact counts per distinct value, when the sketch is used and there are few distinct values: a new Map at each
   * read (keep it while needed), so that no column holds one.
   */
  readonly valueCounts: ReadonlyMap<number, number> | undefined;
  /** How many distinct values `valueCounts` has, without making it. */
  readonly distinctCount: number | undefined;
  /** Streaming mean and variance (Welford), kept once the sketch is used. */
  readonly moments: Moments | undefined;
  /** The kind of column the values say (float when any value was written with `.` or an exponent). */
  readonly valueKind: 'integer' | 'float';
}

export interface CategoricalColumnData {
  readonly kind: 'categorical';
  readonly count: number;
  readonly missing: number;
  readonly counts: ReadonlyMap<string, number>;
  /** More than CATEGORY_LIMIT categories were seen: the counts are incomplete. */
  readonly overflow: boolean;
  readonly valueKind: 'boolean' | 'string';
}

export type ColumnData = NumericColumnData | CategoricalColumnData;

export interface Moments {
  readonly count: number;
  readonly mean: number;
  /** Σ (x − mean)². */
  readonly m2: number;
  readonly min: number;
  readonly max: number;
}

class FeatureColumn {
  mode: typeof TEXT_MODE | typeof NUMERIC_MODE;
  missing = 0;
  // numeric storage
  private exact: ExactValues | undefined;
  sketch: QuantileSketch | undefined;
  valueCounts: ValueCounter | undefined;
  /** Bytes the sketch and its counts were granted. */
  private reserved = 0;
  private momentCount = 0;
  private meanValue = 0;
  private m2 = 0;
  private minValue = Number.POSITIVE_INFINITY;
  private maxValue = Number.NEGATIVE_INFINITY;
  sawFloat = false;
  // categorical storage
  counts: Map<string, number> | undefined;
  categorized = 0;
  overflow = false;
  sawString = false;

  constructor(
    readonly rule: ColumnRule,
    private readonly memory: SideMemory,
    /** Bytes a sketch of this column may take: its fair share of the side's memory. */
    private readonly sketchShare: () => number,
  ) {
    this.mode = rule === 'categorical' ? TEXT_MODE : NUMERIC_MODE;
    if (this.mode === TEXT_MODE) this.counts = new Map();
    else this.exact = new ExactValues(Math.min(memory.limit, MAX_BUFFER_BYTES), memory);
  }

  /** Committed bytes of exact values (0 once sketched). */
  get exactBytes(): number {
    return this.exact?.bytes ?? 0;
  }

  addNumber(value: number, status: number, mantissa: number, exponent: number): void {
    // Readers stage finite numbers only (infinities count as missing), so the sorted sample stays finite.
    if (status === FLOAT_VALUE) this.sawFloat = true;
    const exact = this.exact;
    if (exact !== undefined) {
      if (exact.add(value, mantissa, exponent)) return;
      this.startSketch();
    }
    this.addToSketch(value);
  }

  /** Moves the exact values into a sketch of the column's fair share and gives their memory back. */
  startSketch(): void {
    const exact = this.exact;
    if (exact === undefined || this.mode !== NUMERIC_MODE) return;
    // Two thirds of the share for the sketch's values, a third for the counts of distinct values.
    const share = this.sketchShare();
    const size = Math.max(1024, Math.floor((share * 2) / 3 / 8));
    let limit = DISTINCT_LIMIT;
    while (limit > 64 && ValueCounter.bytesFor(limit) > share / 3) limit >>= 1;
    this.reserved = size * 8 + ValueCounter.bytesFor(limit);
    this.sketch = new QuantileSketch(size);
    this.memory.change(this.reserved);
    exact.sort();
    // Welford over the exact values in sorted order; the value counts while there are few distinct values.
    let counts: ValueCounter | undefined = new ValueCounter(limit);
    for (let i = 0; i < exact.length; i++) {
      const value = exact.valueAt(i);
      this.updateMoments(value);
      this.sketch.add(value);
      if (counts !== undefined && !counts.add(value)) counts = undefined;
    }
    this.valueCounts = counts;
    exact.release();
    this.exact = undefined;
  }

  /** What a sketched column gives back when the side is done: its reservation, less what it holds. */
  settle(): void {
    if (this.sketch === undefined) return;
    const held = this.sketch.bytes + (this.valueCounts?.bytes ?? 0);
    this.memory.change(held - this.reserved);
    this.reserved = held;
  }

  private addToSketch(value: number): void {
    this.sketch!.add(value);
    this.updateMoments(value);
    if (this.valueCounts !== undefined && !this.valueCounts.add(value)) this.valueCounts = undefined;
  }

  private updateMoments(value: number): void {
    const n = ++this.momentCount;
    const delta = value - this.meanValue;
    this.meanValue += delta / n;
    this.m2 += delta * (value - this.meanValue);
    if (value < this.minValue) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
  }

  addLabel(label: string, status: number): void {
    // A column is boolean only when every value is; numbers and strings make it a string column.
    if (status !== BOOLEAN_VALUE) this.sawString = true;
    this.categorized++;
    if (this.overflow) return;
    const counts = this.counts!;
    const seen = counts.get(label);
    if (seen !== undefined) counts.set(label, seen + 1);
    else if (counts.size < CATEGORY_LIMIT) counts.set(label, 1);
    else {
      this.overflow = true;
      counts.clear();
    }
  }

  /** Turns an inferred numeric column categorical: its numbers so far become labels. */
  toText(): void {
    const counts = new Map<string, number>();
    let overflow = false;
    const add = (value: number, times: number) => {
      const label = numberLabel(value);
      const seen = counts.get(label);
      if (seen !== undefined) counts.set(label, seen + times);
      else if (counts.size < CATEGORY_LIMIT) counts.set(label, times);
      else overflow = true;
    };
    if (this.sketch === undefined) {
      const exact = this.exact!;
      for (let i = 0; i < exact.length && !overflow; i++) add(exact.valueAt(i), 1);
      this.categorized = exact.length;
    } else {
      this.categorized = this.sketch.count;
      if (this.valueCounts === undefined) overflow = true;
      else for (const [value, times] of this.valueCounts.toMap()) add(value, times);
    }
    if (this.categorized > 0) this.sawString = true;
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

  finish(scratch: RadixScratch): ColumnData {
    this.settle();
    if (this.mode === TEXT_MODE) {
      return {
        kind: 'categorical',
        count: this.categorized,
        missing: this.missing,
        counts: this.counts!,
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
    const exact = this.exact!;
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
export class SideColumns {
  readonly values: Float64Array;
  /** The CSV reader's exact decimal form of a staged number (mantissa · 10^exponent), or NO_DECIMAL. */
  readonly mantissas: Float64Array;
  readonly exponents: Int16Array;
  readonly texts: (string | undefined)[];
  readonly status: Uint8Array;
  /** NUMERIC_MODE or TEXT_MODE per slot: what the reader must stage. May change during a read (inference). */
  readonly modes: Uint8Array;
  private readonly columns: FeatureColumn[];
  readonly memory: SideMemory;
  rows = 0;
  droppedRows = 0;

  constructor(
    readonly features: readonly string[],
    rules: readonly ColumnRule[],
    private readonly options: SideOptions,
    /** Why each numerical feature is numerical, for the error on a value that is not a number. */
    readonly reasons: readonly string[] = [],
  ) {
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
  beginTable(): void {
    this.exponents.fill(NO_DECIMAL);
    this.status.fill(MISSING);
  }

  /**
   * A value that is not a number arrived for a slot in numeric mode. An inferred column turns categorical and the
   * reader stages the value as a label (true is returned); a numerical feature refuses it (false).
   */
  acceptText(slot: number): boolean {
    const column = this.columns[slot]!;
    if (column.rule !== 'infer') return false;
    column.toText();
    this.modes[slot] = TEXT_MODE;
    return true;
  }

  commitRow(): void {
    const { status, columns } = this;
    const width = columns.length;
    if (this.options.dropIncompleteRows) {
      let incomplete = false;
      for (let slot = 0; slot < width; slot++) {
        if (status[slot] === MISSING) {
          columns[slot]!.missing++;
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
      const column = columns[slot]!;
      const state = status[slot]!;
      if (state === MISSING) column.missing++;
      else if (column.mode === NUMERIC_MODE) {
        column.addNumber(this.values[slot]!, state, this.mantissas[slot]!, this.exponents[slot]!);
      } else column.addLabel(this.texts[slot]!, state);
    }
    this.rows++;
    if (this.memory.used > this.memory.limit) this.relieve();
  }

  /** Over the limit: the exact features holding most memory move to sketches, one at a time, until it fits. */
  private relieve(): void {
    while (this.memory.used > this.memory.limit) {
      let largest: FeatureColumn | undefined;
      for (const column of this.columns) {
        if (column.exactBytes > (largest?.exactBytes ?? 0)) largest = column;
      }
      if (largest === undefined) return;
      largest.startSketch();
    }
  }

  finish(): ColumnData[] {
    const scratch = new RadixScratch();
    const finished = this.columns.map((column) => column.finish(scratch));
    scratch.release();
    return finished;
  }

  /** The column kind the values of a slot say so far (schema kinds from Parquet take precedence elsewhere). */
  kindOf(slot: number): ColumnKind {
    const column = this.columns[slot]!;
    if (column.mode === TEXT_MODE) return column.sawString ? 'string' : 'boolean';
    return column.sawFloat ? 'float' : 'integer';
  }
}
