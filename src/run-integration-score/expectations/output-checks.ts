/**
 * Every expectation checked in one streaming pass over the output's rows: the schema (the header of a `csv` output,
 * the number of fields of every row, the declared types), the per-column checks (range, allowed values, missing
 * share), the golden comparison (each output row's key looked up in the golden table, its values compared with the
 * tolerance numpy.isclose uses: |observed − expected| ≤ absolute + relative · |expected|; missing equals missing;
 * text compares exactly), and at the end the row count, the golden rows never seen and the duration. Each check
 * keeps its counts and the first rows that broke it; nothing else of the output is held.
 */
import { formatDuration } from '#shared/azure/polling.js';
import type { SourceLocation } from '#shared/errors.js';
import { type CsvRow, MAX_FIELDS } from './csv-rows.js';
import type { AllowedValue, ColumnExpectation, ColumnType, Expectations } from './expectations-file.js';
import {
  fieldBoolean,
  fieldEquals,
  fieldNumber,
  fieldText,
  isIntegerField,
  isNullField,
} from './field-values.js';
import {
  type GoldenColumn,
  type GoldenTable,
  KeyBuilder,
  keyValues,
  rowHasKey,
  VALUE_MISSING,
} from './golden-file.js';

/** How many offending rows a check lists. */
export const LISTED_ROWS = 10;

export interface RowFinding {
  /** The output file (its name), or the golden file for rows the output lacks. */
  readonly file: string;
  readonly line?: number;
  readonly key?: Readonly<Record<string, string>>;
  readonly column?: string;
  readonly expected?: string;
  readonly observed: string;
  readonly difference?: number;
}

export interface CheckResult {
  /** A stable id: `rows`, `schema`, `columns.<name>.range`, `golden`, `max_duration`, ... */
  readonly check: string;
  readonly title: string;
  readonly passed: boolean;
  readonly expected: string;
  readonly observed: string;
  /** Where the expectation is written. */
  readonly location?: SourceLocation;
  /** The first rows that broke it. */
  readonly rows?: readonly RowFinding[];
}

class Findings {
  count = 0;
  readonly rows: RowFinding[] = [];
  add(make: () => RowFinding): void {
    this.count++;
    if (this.rows.length < LISTED_ROWS) this.rows.push(make());
  }
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function show(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

interface TypedColumn {
  readonly name: string;
  readonly output: number;
  readonly type: ColumnType;
  readonly findings: Findings;
}

interface ColumnState {
  readonly expectation: ColumnExpectation;
  readonly output: number;
  nulls: number;
  values: number;
  min: number;
  max: number;
  readonly outOfRange: Findings;
  readonly notAllowed: Findings;
  readonly allowedNumbers: ReadonlySet<number>;
  readonly allowedTexts: ReadonlySet<string>;
}

interface ComparedState {
  readonly golden: GoldenColumn;
  readonly differs: Findings;
  maxDifference: number;
}

function allowedSets(allowed: readonly AllowedValue[] | undefined) {
  const numbers = new Set<number>();
  const texts = new Set<string>();
  for (const value of allowed ?? []) {
    if (typeof value === 'number') numbers.add(value);
    else if (typeof value === 'boolean') {
      texts.add(String(value));
      texts.add(value ? 'True' : 'False');
      texts.add(value ? 'TRUE' : 'FALSE');
    } else texts.add(value);
  }
  return { numbers, texts };
}

export class OutputChecker {
  private readonly columnCount: number;
  /** Output column → field position in the current file (-1: not in this file's header). */
  private readonly fieldOf: Int32Array;
  private keyFields: number[] = [];
  private file = '';
  private headerPending = false;
  /** The fields every row must have: the declared columns, or the current file's header. */
  private fieldsPerRow = 0;
  private rows = 0;
  private readonly shape = new Findings();
  private readonly header = new Findings();
  private readonly typed: TypedColumn[];
  private readonly checked: ColumnState[];
  private readonly compared: ComparedState[];
  private readonly seen: Uint8Array;
  private readonly extra = new Findings();
  private readonly duplicate = new Findings();
  private matched = 0;
  private readonly key = new KeyBuilder();
  /** The golden entry the previous row matched: the next row is tried against the one after it first. */
  private lastEntry = -1;
  /** Numbers parsed from the current row, by field, so a field checked twice is parsed once. */
  private readonly parsed = new Float64Array(MAX_FIELDS);
  private readonly parsedIn = new Int32Array(MAX_FIELDS);

  constructor(
    private readonly expectations: Expectations,
    private readonly golden: GoldenTable | undefined,
  ) {
    const { columns } = expectations.output;
    this.columnCount = columns.length;
    this.fieldOf = new Int32Array(columns.length);
    const position = new Map(columns.map((column, index) => [column.name, index]));
    this.typed = columns.flatMap((column, output) =>
      column.type && column.type !== 'string'
        ? [{ name: column.name, output, type: column.type, findings: new Findings() }]
        : [],
    );
    this.checked = expectations.columns.map((expectation) => {
      const { numbers, texts } = allowedSets(expectation.allowed);
      return {
        expectation,
        output: position.get(expectation.column)!,
        nulls: 0,
        values: 0,
        min: Number.POSITIVE_INFINITY,
        max: Number.NEGATIVE_INFINITY,
        outOfRange: new Findings(),
        notAllowed: new Findings(),
        allowedNumbers: numbers,
        allowedTexts: texts,
      };
    });
    this.compared = (golden?.columns ?? []).map((column) => ({
      golden: column,
      differs: new Findings(),
      maxDifference: 0,
    }));
    this.seen = new Uint8Array(golden?.rows ?? 0);
  }

  /** The next output file starts: a `csv` layout reads its header first. */
  startFile(name: string): void {
    this.file = name;
    const csv = this.expectations.output.layout === 'csv';
    this.headerPending = csv;
    this.fieldsPerRow = this.columnCount;
    for (let i = 0; i < this.columnCount; i++) this.fieldOf[i] = i;
    this.updateKeyFields();
  }

  private updateKeyFields(): void {
    this.keyFields = (this.golden?.keyOutputIndexes ?? []).map((output) => this.fieldOf[output]!);
  }

  private readHeader(row: CsvRow): void {
    const names = Array.from({ length: row.count }, (_, i) => fieldText(row, i).trim());
    this.fieldsPerRow = row.count;
    const expected = this.expectations.output.columns.map((column) => column.name);
    expected.forEach((name, output) => {
      this.fieldOf[output] = names.indexOf(name);
    });
    this.updateKeyFields();
    if (names.length !== expected.length || names.some((name, i) => name !== expected[i])) {
      this.header.add(() => ({
        file: this.file,
        line: row.line,
        expected: expected.join(', '),
        observed: names.join(', '),
      }));
    }
  }

  /** The field as a number (NaN when it is not one), parsed once per row. */
  private numberAt(row: CsvRow, field: number): number {
    if (this.parsedIn[field] === this.rows) return this.parsed[field]!;
    const value = fieldNumber(row, field);
    this.parsed[field] = value;
    this.parsedIn[field] = this.rows;
    return value;
  }

  readonly onRow = (row: CsvRow): void => {
    if (this.headerPending) {
      this.headerPending = false;
      this.readHeader(row);
      return;
    }
    this.rows++;
    if (row.overflow || row.count !== this.fieldsPerRow) {
      this.shape.add(() => ({
        file: this.file,
        line: row.line,
        expected: plural(this.fieldsPerRow, 'field'),
        observed: `${plural(row.count, 'field')}${row.overflow ? ' or more' : ''}: ${Array.from({ length: Math.min(row.count, 8) }, (_, i) => fieldText(row, i)).join(this.expectations.output.delimiter)}`,
      }));
      return;
    }
    const { fieldOf } = this;
    for (const column of this.typed) {
      const field = fieldOf[column.output]!;
      if (field < 0 || isNullField(row, field)) continue;
      const ok =
        column.type === 'integer'
          ? isIntegerField(row, field)
          : column.type === 'number'
            ? !Number.isNaN(this.numberAt(row, field))
            : fieldBoolean(row, field) !== undefined;
      if (!ok) {
        column.findings.add(() => ({
          file: this.file,
          line: row.line,
          column: column.name,
          expected: `a value of type ${column.type}`,
          observed: fieldText(row, field),
        }));
      }
    }
    for (const state of this.checked) this.checkColumn(state, row);
    if (this.golden) this.compareWithGolden(this.golden, row);
  };

  private checkColumn(state: ColumnState, row: CsvRow): void {
    const field = this.fieldOf[state.output]!;
    if (field < 0) return;
    if (isNullField(row, field)) {
      state.nulls++;
      return;
    }
    state.values++;
    const { min, max } = state.expectation;
    const ranged = min !== undefined || max !== undefined;
    let value = Number.NaN;
    if (ranged || state.allowedNumbers.size > 0) value = this.numberAt(row, field);
    if (ranged) {
      if (Number.isNaN(value)) {
        state.outOfRange.add(() => this.finding(row, state.expectation.column, field, 'a number'));
      } else {
        if (value < state.min) state.min = value;
        if (value > state.max) state.max = value;
        if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
          state.outOfRange.add(() => this.finding(row, state.expectation.column, field, rangeText(min, max)));
        }
      }
    }
    if (state.expectation.allowed) {
      const ok =
        (!Number.isNaN(value) && state.allowedNumbers.has(value)) ||
        (state.allowedTexts.size > 0 && state.allowedTexts.has(fieldText(row, field)));
      if (!ok) {
        state.notAllowed.add(() =>
          this.finding(
            row,
            state.expectation.column,
            field,
            `one of ${state.expectation.allowed!.join(', ')}`,
          ),
        );
      }
    }
  }

  private finding(row: CsvRow, column: string, field: number, expected: string): RowFinding {
    return { file: this.file, line: row.line, column, expected, observed: fieldText(row, field) };
  }

  private outputKey(row: CsvRow): Record<string, string> {
    const names = this.golden!.keyNames;
    return Object.fromEntries(names.map((name, i) => [name, fieldText(row, this.keyFields[i]!)]));
  }

  private compareWithGolden(golden: GoldenTable, row: CsvRow): void {
    let entry = this.lastEntry + 1;
    if (entry >= golden.rows || !rowHasKey(row, this.keyFields, golden.index.keys, entry)) {
      const key = this.key;
      key.build(row, this.keyFields);
      entry = golden.index.find(key.buf, 0, key.length, key.hash());
    }
    if (entry < 0) {
      this.extra.add(() => ({
        file: this.file,
        line: row.line,
        key: this.outputKey(row),
        observed: `a row the golden file ${golden.file} does not have`,
      }));
      return;
    }
    if (this.seen[entry]) {
      this.duplicate.add(() => ({
        file: this.file,
        line: row.line,
        key: this.outputKey(row),
        observed: 'a second row with this key',
      }));
      return;
    }
    this.seen[entry] = 1;
    this.lastEntry = entry;
    this.matched++;
    const { fieldOf } = this;
    for (const state of this.compared) {
      const column = state.golden;
      const field = fieldOf[column.outputIndex]!;
      const expected = column.numbers[entry]!;
      let equal: boolean;
      let difference: number | undefined;
      // A number is compared as one; NaN says the golden value is missing or text (its kind tells which).
      if (!Number.isNaN(expected)) {
        const observed = this.numberAt(row, field);
        if (Number.isNaN(observed)) equal = false;
        else {
          difference = Math.abs(observed - expected);
          const { absolute, relative } = column.tolerance;
          equal = difference <= absolute + relative * Math.abs(expected);
          if (!equal && difference > state.maxDifference) state.maxDifference = difference;
        }
      } else if (column.kinds[entry] === VALUE_MISSING) equal = isNullField(row, field);
      else {
        const text = column.textEntries[entry]!;
        equal = fieldEquals(row, field, column.texts.buf, column.texts.start(text), column.texts.end(text));
      }
      if (!equal) {
        state.differs.add(() => ({
          file: this.file,
          line: row.line,
          key: this.outputKey(row),
          column: column.name,
          expected: goldenValue(column, entry),
          observed: isNullField(row, field) ? '(missing)' : fieldText(row, field),
          ...(difference !== undefined ? { difference } : {}),
        }));
      }
    }
  }

  /** The checks' results, once every file was read. */
  results(context: { readonly inputRows: number | undefined; readonly durationMs: number }): CheckResult[] {
    return [
      ...this.rowCount(context.inputRows),
      this.schema(),
      ...this.columnResults(),
      ...this.goldenResult(),
      ...this.durationResult(context.durationMs),
    ];
  }

  get rowsRead(): number {
    return this.rows;
  }

  private rowCount(inputRows: number | undefined): CheckResult[] {
    const rows = this.expectations.rows;
    if (!rows) return [];
    const observed = plural(this.rows, 'row');
    const base = { check: 'rows', title: 'Row count', observed, location: rows.location };
    switch (rows.kind) {
      case 'input':
        return [
          {
            ...base,
            passed: this.rows === inputRows,
            expected: `${plural(inputRows ?? 0, 'row')}, as many as the input has`,
          },
        ];
      case 'exact':
        return [{ ...base, passed: this.rows === rows.count, expected: plural(rows.count, 'row') }];
      case 'range':
        return [
          {
            ...base,
            passed:
              (rows.min === undefined || this.rows >= rows.min) &&
              (rows.max === undefined || this.rows <= rows.max),
            expected: `${rangeText(rows.min, rows.max)} rows`,
          },
        ];
    }
  }

  private schema(): CheckResult {
    const { output } = this.expectations;
    const expected = output.columns.map(
      (column) => `${column.name}${column.type ? ` (${column.type})` : ''}`,
    );
    const problems: string[] = [];
    if (this.header.count) problems.push(`${plural(this.header.count, 'file')} with another header`);
    if (this.shape.count) problems.push(`${plural(this.shape.count, 'row')} with another number of fields`);
    for (const column of this.typed) {
      if (column.findings.count) {
        problems.push(
          `${plural(column.findings.count, 'value')} of '${column.name}' not of type ${column.type}`,
        );
      }
    }
    const rows = [
      ...this.header.rows,
      ...this.shape.rows,
      ...this.typed.flatMap((column) => column.findings.rows),
    ];
    return {
      check: 'schema',
      title: 'Schema',
      passed: problems.length === 0,
      expected: `${output.layout === 'csv' ? 'a header and ' : ''}${plural(output.columns.length, 'column')}: ${expected.join(', ')}`,
      observed: problems.length ? problems.join('; ') : `every row (${plural(this.rows, 'row')})`,
      location: output.location,
      ...(rows.length ? { rows: rows.slice(0, LISTED_ROWS) } : {}),
    };
  }

  private columnResults(): CheckResult[] {
    const results: CheckResult[] = [];
    for (const state of this.checked) {
      const { column, min, max, maxNullShare, locations } = state.expectation;
      const seen = state.values ? `min ${show(state.min)}, max ${show(state.max)}` : 'no numbers';
      if (min !== undefined || max !== undefined) {
        const bad = state.outOfRange;
        results.push({
          check: `columns.${column}.range`,
          title: `Column '${column}': range`,
          passed: bad.count === 0,
          expected: rangeText(min, max),
          observed: bad.count ? `${plural(bad.count, 'value')} outside (${seen})` : seen,
          ...(locations.range ? { location: locations.range } : {}),
          ...(bad.rows.length ? { rows: bad.rows } : {}),
        });
      }
      if (state.expectation.allowed) {
        const bad = state.notAllowed;
        results.push({
          check: `columns.${column}.allowed`,
          title: `Column '${column}': allowed values`,
          passed: bad.count === 0,
          expected: `one of ${state.expectation.allowed.join(', ')}`,
          observed: bad.count
            ? `${plural(bad.count, 'value')} not allowed`
            : `every value (${plural(state.values, 'value')})`,
          ...(locations.allowed ? { location: locations.allowed } : {}),
          ...(bad.rows.length ? { rows: bad.rows } : {}),
        });
      }
      if (maxNullShare !== undefined) {
        const total = state.nulls + state.values;
        const share = total ? state.nulls / total : 0;
        results.push({
          check: `columns.${column}.max_null_share`,
          title: `Column '${column}': missing values`,
          passed: share <= maxNullShare,
          expected: `at most ${percent(maxNullShare)} missing`,
          observed: `${percent(share)} missing (${state.nulls.toLocaleString('en')} of ${plural(total, 'value')})`,
          ...(locations.maxNullShare ? { location: locations.maxNullShare } : {}),
        });
      }
    }
    return results;
  }

  private goldenResult(): CheckResult[] {
    const golden = this.golden;
    const expectation = this.expectations.golden;
    if (!golden || !expectation) return [];
    const missing = new Findings();
    for (let entry = 0; entry < golden.rows; entry++) {
      if (this.seen[entry]) continue;
      missing.add(() => ({
        file: golden.file,
        line: golden.lineOf(entry),
        key: keyValues(golden, entry),
        observed: 'no output row with this key',
      }));
    }
    const differing = this.compared.filter((state) => state.differs.count > 0);
    const problems: string[] = [];
    if (missing.count) problems.push(`${plural(missing.count, 'golden row')} missing from the output`);
    if (this.extra.count) problems.push(`${plural(this.extra.count, 'output row')} not in the golden file`);
    if (this.duplicate.count) problems.push(`${plural(this.duplicate.count, 'duplicate key')} in the output`);
    for (const state of differing) {
      const most = state.maxDifference > 0 ? `, largest difference ${show(state.maxDifference)}` : '';
      problems.push(
        `${plural(state.differs.count, 'value')} of '${state.golden.name}' differ${state.differs.count === 1 ? 's' : ''}${most}`,
      );
    }
    const tolerances = this.compared
      .map(({ golden: column }) => `${column.name} ${toleranceText(column.tolerance)}`)
      .join('; ');
    const rows = [
      ...differing.flatMap((state) => state.differs.rows),
      ...missing.rows,
      ...this.extra.rows,
      ...this.duplicate.rows,
    ].slice(0, LISTED_ROWS);
    return [
      {
        check: 'golden',
        title: `Golden file ${golden.file}`,
        passed: problems.length === 0,
        expected: `the ${plural(golden.rows, 'row')} of ${golden.file}, joined on ${golden.keyNames.join(', ')}${tolerances ? `; ${tolerances}` : ''}`,
        observed: `${plural(this.matched, 'row')} matched${problems.length ? `; ${problems.join('; ')}` : ', every value within tolerance'}`,
        location: expectation.location,
        ...(rows.length ? { rows } : {}),
      },
    ];
  }

  private durationResult(durationMs: number): CheckResult[] {
    const limit = this.expectations.maxDuration;
    if (!limit) return [];
    return [
      {
        check: 'max_duration',
        title: 'Duration',
        passed: durationMs <= limit.ms,
        expected: `at most ${limit.text}`,
        observed: formatDuration(durationMs),
        location: limit.location,
      },
    ];
  }
}

function goldenValue(column: GoldenColumn, entry: number): string {
  const value = column.numbers[entry]!;
  if (!Number.isNaN(value)) return show(value);
  if (column.kinds[entry] === VALUE_MISSING) return '(missing)';
  return column.texts.text(column.textEntries[entry]!);
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `between ${show(min)} and ${show(max)}`;
  if (min !== undefined) return `at least ${show(min)}`;
  return `at most ${show(max!)}`;
}

function toleranceText({ absolute, relative }: { absolute: number; relative: number }): string {
  if (absolute === 0 && relative === 0) return 'exactly';
  const parts = [
    absolute ? `±${show(absolute)}` : '',
    relative ? `±${show(relative * 100)}% of the expected value` : '',
  ];
  return `within ${parts.filter(Boolean).join(' + ')}`;
}

function percent(share: number): string {
  return `${Number((share * 100).toPrecision(4))}%`;
}
