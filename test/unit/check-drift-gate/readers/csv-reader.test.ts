// The CSV reader: RFC 4180 fields (quotes, doubled quotes, delimiters and line breaks inside quotes), line endings,
// chunk boundaries anywhere (a row is re-read whole when a chunk ends inside it), and numbers parsed from bytes
// exactly as Number() reads them.
import { describe, expect, it } from '@jest/globals';
import {
  type CategoricalColumnData,
  type ColumnRule,
  type NumericColumnData,
  SideColumns,
} from '../../../../src/check-drift-gate/feature-columns.js';
import { openCsv } from '../../../../src/check-drift-gate/readers/csv-reader.js';
import { ConfigurationError } from '../../../../src/shared/errors.js';
import { memorySource } from '../gate-fixtures.js';

async function read(
  text: string | Buffer,
  options: { chunkSize?: number; delimiter?: string; rules?: ColumnRule[]; drop?: boolean } = {},
) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  const table = await openCsv(
    memorySource('data.csv', 'csv', bytes, options.chunkSize),
    { delimiter: options.delimiter ?? ',', encoding: 'utf-8' },
    'reference',
  );
  const features = [...table.columns];
  const side = new SideColumns(
    features,
    options.rules ?? features.map(() => 'infer'),
    {
      memoryLimit: 2 ** 26,
      dropIncompleteRows: options.drop ?? false,
    },
    features.map(() => 'declared numerical in feature-types'),
  );
  await table.readRows(side, Int32Array.from(features.map((_, i) => i)));
  return { columns: table.columns, side, data: side.finish() };
}

const numbers = (column: unknown) => [...((column as NumericColumnData).values?.sortedSample() ?? [])];
const counts = (column: unknown) => Object.fromEntries((column as CategoricalColumnData).counts);

describe('RFC 4180', () => {
  const text =
    'name,"note, with comma",value\r\n' +
    '"a ""quoted"" word","line one\nline two",1.5\r\n' +
    'plain,"",2\r\n' +
    '"x,y",z,-3e2\r\n';

  it.each([1, 2, 3, 7, 64, 1 << 16])(
    'reads quoted fields, doubled quotes and embedded breaks (chunks of %i bytes)',
    async (chunkSize) => {
      const { columns, data, side } = await read(text, { chunkSize });
      expect(columns).toEqual(['name', 'note, with comma', 'value']);
      expect(side.rows).toBe(3);
      expect(counts(data[0])).toEqual({ 'a "quoted" word': 1, plain: 1, 'x,y': 1 });
      expect(counts(data[1])).toEqual({ 'line one\nline two': 1, z: 1 });
      expect(data[1]!.missing).toBe(1); // "" is missing, as pandas reads it
      expect(numbers(data[2])).toEqual([-300, 1.5, 2]);
    },
  );

  it('accepts LF, CRLF and CR line ends, a byte order mark and a last line without a line end', async () => {
    const { columns, data } = await read('\uFEFFa;b\r1;2\n3;4\r5;6', { delimiter: ';', chunkSize: 2 });
    expect(columns).toEqual(['a', 'b']);
    expect(numbers(data[0])).toEqual([1, 3, 5]);
    expect(numbers(data[1])).toEqual([2, 4, 6]);
  });

  it('skips blank lines and reads absent trailing fields as missing', async () => {
    const { data, side } = await read('a,b,c\n\n1,2,3\n4\n\r\n5,6\n');
    expect(side.rows).toBe(3);
    expect(numbers(data[0])).toEqual([1, 4, 5]);
    expect(data[1]!.missing).toBe(1);
    expect(data[2]!.missing).toBe(2);
  });

  it('reads tab-separated files, keeping spaces in text', async () => {
    const { data } = await read('a\tb\n 1 \t x y \n2\tz\n', { delimiter: '\t' });
    expect(numbers(data[0])).toEqual([1, 2]);
    expect(counts(data[1])).toEqual({ ' x y ': 1, z: 1 });
  });

  it('refuses a row with more fields than the header, naming the file and line', async () => {
    const error = await read('a,b\n1,2\n3,4,5\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /^data\.csv line 3: the row has more fields than the header's 2 columns/,
    );
    expect((error as ConfigurationError).location).toEqual({ file: 'data.csv', line: 3 });
  });

  it('refuses an unterminated quote and a repeated column name', async () => {
    await expect(read('a,b\n1,"2\n')).rejects.toThrow(/data\.csv line 2: a quoted field is not closed/);
    await expect(read('a,b,a\n1,2,3\n')).rejects.toThrow(/the header names column 'a' twice/);
    await expect(read('')).rejects.toThrow(/the file is empty/);
  });

  it('counts physical lines across quoted line breaks in error locations', async () => {
    const error = await read('a,b\n"x\ny",1\n2,"q\n', { chunkSize: 3 }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/line 4/);
  });
});

describe('numbers from bytes', () => {
  it('read exactly as Number() reads their text, fast path or not', async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const values: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const magnitude = 10 ** Math.floor(random() * 40 - 20);
      values.push((random() - 0.5) * magnitude);
    }
    const texts = [
      ...values.map(String), // shortest round-trip, up to 17 digits
      ...values.map((v) => v.toFixed(6)),
      ...values.map((v) => v.toExponential(4)),
      '0',
      '-0',
      '007',
      '1e22',
      '1e23',
      '123456789012345678901234567890',
      '0.000000000000000000000000000123',
      '9007199254740993',
      '.5',
      '5.',
      '+4.25',
      '1E-5',
      // Every split of the significant digits between integer part, fraction and the two nine-digit accumulators.
      '123456789.123456789',
      '1234567890.12345678',
      '1234567890.123456789',
      '12345678901234567',
      '123456789012345678',
      '99999999999999999999',
      '1.000000000000000000000',
      '0.000123456789012345678',
      '000.00012345678901234',
      '-0.0',
      '1234567890123456789012.5',
      '0.1234567890123456e-7',
      '98765432.1e3',
    ];
    const { data } = await read(`x\n${texts.join('\n')}\n`, { chunkSize: 97 });
    const expected = Float64Array.from(texts.map(Number)).sort();
    expect(numbers(data[0])).toEqual([...expected]);
    expect((data[0] as NumericColumnData).valueKind).toBe('float');
  });

  it('tells integers from floats, and reads missing and infinite spellings as missing', async () => {
    const { data } = await read('i,f\n1,1\n2,2.0\nNA,inf\n,-Infinity\nnan,1e400\n');
    expect((data[0] as NumericColumnData).valueKind).toBe('integer');
    expect((data[1] as NumericColumnData).valueKind).toBe('float');
    expect(data[0]!.missing).toBe(3);
    expect(data[1]!.missing).toBe(3);
  });

  it('turns an inferred column categorical at its first non-number, relabelling the numbers so far', async () => {
    const { data } = await read('x\n1\n2.50\n007\nabc\n2.5\ntrue\n', { chunkSize: 4 });
    expect(data[0]!.kind).toBe('categorical');
    expect(counts(data[0])).toEqual({ '1': 1, '2.5': 2, '7': 1, abc: 1, true: 1 });
    expect((data[0] as CategoricalColumnData).valueKind).toBe('string');
  });

  it('reads boolean columns as booleans', async () => {
    const { data } = await read('b\nTrue\nfalse\nTRUE\n');
    expect(counts(data[0])).toEqual({ true: 2, false: 1 });
    expect((data[0] as CategoricalColumnData).valueKind).toBe('boolean');
  });

  it('refuses a non-number in a numerical column, naming file, line and column', async () => {
    const error = await read('id,age\n1,30\n2,thirty\n', { rules: ['infer', 'numerical'] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      `data.csv line 3: column 'age': "thirty" is not a number, but 'age' is a numerical feature (declared numerical in feature-types); fix the data, exclude the column (exclude-features), or declare it categorical in feature-types`,
    );
  });

  it('drops whole rows with a missing value when asked (azureml), counting missing values per column', async () => {
    const { data, side } = await read('a,b\n1,2\n,3\n4,\n5,6\n', { drop: true });
    expect(side.droppedRows).toBe(2);
    expect(numbers(data[0])).toEqual([1, 5]);
    expect(numbers(data[1])).toEqual([2, 6]);
    expect([data[0]!.missing, data[1]!.missing]).toEqual([1, 1]);
  });
});
