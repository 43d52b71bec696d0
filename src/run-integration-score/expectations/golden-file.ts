/**
 * The golden file, read once before the scoring runs (so a bad golden file is refused before anything is written):
 * its header names the key columns and the columns to compare, each of which must be an output column; each row
 * goes into the key index (a duplicate key is the file's error) and its compared values into typed arrays — a
 * number, a missing value, or text kept as bytes. Memory is the keys' bytes plus 9 bytes per row and compared
 * column; nothing else of the file is kept.
 */
import { open, stat } from 'node:fs/promises';
import { ConfigurationError } from '#shared/errors.js';
import { type Problem, ProblemsError } from '#shared/problems.js';
import { suggest } from '#shared/suggest.js';
import { type CsvRow, CsvRowScanner, scanFile } from './csv-rows.js';
import type { GoldenExpectation, OutputColumn, Tolerance } from './expectations-file.js';
import { fieldNumber, fieldText, isNullField } from './field-values.js';
import { ByteArena, copyBytes, hashBytes, KeyIndex } from './key-index.js';

/** A golden value's kind, read only when its number is NaN (a number is stored as itself). */
export const VALUE_MISSING = 1;
export const VALUE_TEXT = 2;

/** Between the fields of a composite key: the ASCII unit separator, which data fields do not hold. */
const KEY_SEPARATOR = 0x1f;
const MAX_PROBLEMS = 20;

export interface GoldenColumn {
  readonly name: string;
  /** The column's position in the output rows. */
  readonly outputIndex: number;
  readonly tolerance: Tolerance;
  /** The value when it is a number, else NaN (then `kinds` says missing or text). */
  numbers: Float64Array;
  kinds: Uint8Array;
  /** For VALUE_TEXT rows: the entry in `texts`. */
  textEntries: Int32Array;
  readonly texts: ByteArena;
}

export interface GoldenTable {
  readonly file: string;
  readonly rows: number;
  readonly index: KeyIndex;
  /** Each key column's position in the output rows. */
  readonly keyOutputIndexes: readonly number[];
  readonly keyNames: readonly string[];
  readonly columns: readonly GoldenColumn[];
  /** The line a golden row is on. */
  lineOf(entry: number): number;
}

/** A composite key's bytes, built into a reusable buffer. */
export class KeyBuilder {
  buf = Buffer.allocUnsafe(256);
  length = 0;

  build(row: CsvRow, indexes: readonly number[]): void {
    let length = 0;
    for (let k = 0; k < indexes.length; k++) {
      const index = indexes[k]!;
      if (k > 0) {
        this.ensure(length + 1);
        this.buf[length++] = KEY_SEPARATOR;
      }
      if (index >= row.count) continue;
      if (row.escaped[index]) {
        const bytes = Buffer.from(fieldText(row, index));
        this.ensure(length + bytes.length);
        bytes.copy(this.buf, length);
        length += bytes.length;
      } else {
        const start = row.starts[index]!;
        const end = row.ends[index]!;
        this.ensure(length + end - start);
        copyBytes(row.buf, start, end, this.buf, length);
        length += end - start;
      }
    }
    this.length = length;
  }

  hash(): number {
    return hashBytes(this.buf, 0, this.length);
  }

  private ensure(size: number): void {
    if (size <= this.buf.length) return;
    const grown = Buffer.allocUnsafe(Math.max(size, this.buf.length * 2));
    this.buf.copy(grown);
    this.buf = grown;
  }
}

/**
 * True when the row's key fields are the key of `entry`, compared in place (no copy). The checker tries the entry
 * after the last one matched first: an output in the golden file's order (the usual case: both follow the input)
 * then costs no hashing and no probing.
 */
export function rowHasKey(row: CsvRow, indexes: readonly number[], keys: ByteArena, entry: number): boolean {
  const buf = keys.buf;
  let p = keys.start(entry);
  const end = keys.end(entry);
  for (let k = 0; k < indexes.length; k++) {
    if (k > 0) {
      if (p >= end || buf[p] !== KEY_SEPARATOR) return false;
      p++;
    }
    const index = indexes[k]!;
    if (index >= row.count) continue;
    if (row.escaped[index]) return false;
    const source = row.buf;
    for (let i = row.starts[index]!, stop = row.ends[index]!; i < stop; i++, p++) {
      if (p >= end || buf[p] !== source[i]) return false;
    }
  }
  return p === end;
}

/** A key's values by column name, for reports. */
export function keyValues(table: GoldenTable, row: number): Record<string, string> {
  const parts = table.index.keys.text(row).split(String.fromCharCode(KEY_SEPARATOR));
  return Object.fromEntries(table.keyNames.map((name, i) => [name, parts[i] ?? '']));
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(array: T, size: number): T {
  if (size <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(
    Math.max(size, Math.ceil(array.length * 1.5)),
  );
  next.set(array);
  return next;
}

/**
 * The file's rows, estimated from its size and the lines of its first 256 KB (exact for a smaller file), so the
 * per-row arrays are allocated once at about the right size instead of doubling (and briefly doubling the memory).
 */
async function estimateRows(path: string): Promise<number> {
  const { size } = await stat(path);
  const handle = await open(path, 'r');
  try {
    const sample = Buffer.allocUnsafe(Math.min(size, 256 * 1024));
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    let lines = 0;
    for (let p = sample.indexOf(0x0a); p >= 0 && p < bytesRead; p = sample.indexOf(0x0a, p + 1)) lines++;
    if (bytesRead >= size) return lines + 1;
    return Math.ceil((((lines || 1) * size) / bytesRead) * 1.02) + 16;
  } finally {
    await handle.close();
  }
}

/** Rows read before the key bytes per row are known well enough to size the key arena. */
const SAMPLE_ROWS = 1000;

export async function loadGolden(
  golden: GoldenExpectation,
  output: readonly OutputColumn[],
): Promise<GoldenTable> {
  const problems: Problem[] = [];
  const at = (line: number) => ({ file: golden.shown, line });
  const outputIndex = new Map(output.map((column, index) => [column.name, index]));
  let header: string[] | undefined;
  let keyGoldenIndexes: number[] = [];
  let compared: { goldenIndex: number; column: GoldenColumn }[] = [];
  const index = new KeyIndex();
  const key = new KeyBuilder();
  const estimated = await estimateRows(golden.file).catch(() => 1024);
  index.reserve(estimated);
  // Each row's line, kept only once a row is not on the line its position says (a blank line or a quoted line
  // break before it): the usual file costs nothing here.
  let lines: Int32Array | undefined;
  let firstRowLine = 2;
  const lineOf = (entry: number) => (lines ? lines[entry]! : entry + firstRowLine);
  let rows = 0;

  const readHeader = (row: CsvRow) => {
    firstRowLine = row.line + 1;
    header = Array.from({ length: row.count }, (_, i) => fieldText(row, i).trim());
    const names = output.map((column) => column.name);
    const missingKeys = golden.keys.filter((name) => !header!.includes(name));
    if (missingKeys.length) {
      throw new ConfigurationError(
        `${golden.shown} line ${row.line}: the golden file has no column ${missingKeys.map((k) => `'${k}'`).join(', ')} (golden.keys); its columns are: ${header.join(', ')}.`,
        { input: 'expectations', location: at(row.line) },
      );
    }
    for (const name of header) {
      if (!outputIndex.has(name)) {
        const close = suggest(name, names);
        throw new ConfigurationError(
          `${golden.shown} line ${row.line}: column '${name}' of the golden file is not a column of the output${close ? ` (did you mean '${close}'?)` : ''}; the output's columns (output.columns) are: ${names.join(', ')}.`,
          { input: 'expectations', location: at(row.line) },
        );
      }
    }
    for (const [name, tolerance] of Object.entries(golden.columns)) {
      if (!header.includes(name) || golden.keys.includes(name)) {
        throw new ConfigurationError(
          `${tolerance.location.file} line ${tolerance.location.line}: golden.columns names '${name}', which is ${golden.keys.includes(name) ? 'a key column (keys are matched exactly)' : `not a column of the golden file ${golden.shown}`}.`,
          { input: 'expectations', location: tolerance.location },
        );
      }
    }
    keyGoldenIndexes = golden.keys.map((name) => header!.indexOf(name));
    compared = header.flatMap((name, goldenIndex) =>
      golden.keys.includes(name)
        ? []
        : [
            {
              goldenIndex,
              column: {
                name,
                outputIndex: outputIndex.get(name)!,
                tolerance: golden.columns[name] ?? golden.tolerance,
                kinds: new Uint8Array(estimated),
                numbers: new Float64Array(estimated),
                textEntries: new Int32Array(1024),
                texts: new ByteArena(),
              },
            },
          ],
    );
  };

  const readRow = (row: CsvRow) => {
    if (row.count !== header!.length || row.overflow) {
      problems.push({
        message: `the row has ${row.count} field(s), the header ${header!.length}`,
        location: at(row.line),
      });
      return;
    }
    key.build(row, keyGoldenIndexes);
    const hash = key.hash();
    const entry = index.add(key.buf, 0, key.length, hash);
    if (entry < 0) {
      const first = lineOf(-entry - 1);
      problems.push({
        message: `the key (${golden.keys.join(', ')}) is the same as on line ${first}; each key may appear once`,
        location: at(row.line),
      });
      return;
    }
    if (entry === SAMPLE_ROWS) {
      index.keys.reserve(estimated, Math.ceil((index.keys.bytes / SAMPLE_ROWS) * estimated * 1.02));
    }
    if (lines || row.line !== entry + firstRowLine) {
      if (!lines) {
        lines = new Int32Array(estimated);
        for (let earlier = 0; earlier < entry; earlier++) lines[earlier] = earlier + firstRowLine;
      }
      lines = grown(lines, entry + 1);
      lines[entry] = row.line;
    }
    for (const { goldenIndex, column } of compared) {
      column.kinds = grown(column.kinds, entry + 1);
      column.numbers = grown(column.numbers, entry + 1);
      if (isNullField(row, goldenIndex)) {
        column.numbers[entry] = Number.NaN;
        column.kinds[entry] = VALUE_MISSING;
        continue;
      }
      const value = fieldNumber(row, goldenIndex);
      column.numbers[entry] = value;
      if (!Number.isNaN(value)) continue;
      column.kinds[entry] = VALUE_TEXT;
      column.textEntries = grown(column.textEntries, entry + 1);
      const bytes = row.escaped[goldenIndex] ? Buffer.from(fieldText(row, goldenIndex)) : row.buf;
      const start = row.escaped[goldenIndex] ? 0 : row.starts[goldenIndex]!;
      const end = row.escaped[goldenIndex] ? bytes.length : row.ends[goldenIndex]!;
      column.textEntries[entry] = column.texts.push(bytes, start, end);
    }
    rows = entry + 1;
  };

  const scanner = new CsvRowScanner(golden.delimiter, (row) => {
    if (problems.length >= MAX_PROBLEMS) return;
    if (!header) readHeader(row);
    else readRow(row);
  });
  try {
    await scanFile(golden.file, scanner);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(`${golden.shown}: cannot read the golden file (${String(error)}).`, {
      input: 'expectations',
      location: { file: golden.shown },
      cause: error,
    });
  }
  if (!header) {
    throw new ConfigurationError(`${golden.shown}: the golden file is empty; it needs a header row.`, {
      input: 'expectations',
      location: { file: golden.shown },
    });
  }
  if (problems.length > 0) {
    throw new ProblemsError(`${golden.shown} is not a valid golden file`, problems, 'expectations');
  }
  return {
    file: golden.shown,
    rows,
    index,
    keyOutputIndexes: golden.keys.map((name) => outputIndex.get(name)!),
    keyNames: golden.keys,
    columns: compared.map(({ column }) => column),
    lineOf,
  };
}
