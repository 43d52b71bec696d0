import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { CsvRowScanner, scanFile } from '../../../src/run-integration-score/expectations/csv-rows.js';
import {
  fieldNumber,
  fieldText,
  isNullField,
} from '../../../src/run-integration-score/expectations/field-values.js';

type Parsed = { line: number; fields: string[] }[];

function collect(delimiter = ','): { scanner: CsvRowScanner; rows: Parsed } {
  const rows: Parsed = [];
  const scanner = new CsvRowScanner(delimiter, (row) => {
    rows.push({ line: row.line, fields: Array.from({ length: row.count }, (_, i) => fieldText(row, i)) });
  });
  return { scanner, rows };
}

function parseInPieces(text: string, cut: number[], delimiter = ','): Parsed {
  const { scanner, rows } = collect(delimiter);
  const bytes = Buffer.from(text);
  let from = 0;
  for (const at of [...cut, bytes.length]) {
    scanner.write(bytes.subarray(from, at));
    from = at;
  }
  scanner.end();
  return rows;
}

const SAMPLE =
  '\uFEFFid,text,score\r\n1,plain,0.5\r\n\r\n2,"with, comma",1e-3\n3,"two\nlines",7\n4,"a ""quoted"" word",\n5,,NaN';
const EXPECTED: Parsed = [
  { line: 1, fields: ['id', 'text', 'score'] },
  { line: 2, fields: ['1', 'plain', '0.5'] },
  { line: 4, fields: ['2', 'with, comma', '1e-3'] },
  { line: 5, fields: ['3', 'two\nlines', '7'] },
  { line: 7, fields: ['4', 'a "quoted" word', ''] },
  { line: 8, fields: ['5', '', 'NaN'] },
];

describe('CsvRowScanner', () => {
  it('reads RFC 4180 rows: quotes, doubled quotes, line breaks in quotes, CRLF, a BOM, blank lines skipped', () => {
    expect(parseInPieces(SAMPLE, [])).toEqual(EXPECTED);
  });

  it('gives the same rows wherever the chunks are cut', () => {
    const length = Buffer.byteLength(SAMPLE);
    for (let cut = 1; cut < length; cut++) expect(parseInPieces(SAMPLE, [cut])).toEqual(EXPECTED);
    expect(parseInPieces(SAMPLE, [1, 2, 3, 17, 18, 40])).toEqual(EXPECTED);
  });

  it('splits by another delimiter (a DataFrame returned by run() is space-separated)', () => {
    expect(parseInPieces('0 0.25 a.csv\n1 0.75 a.csv\n', [], ' ')).toEqual([
      { line: 1, fields: ['0', '0.25', 'a.csv'] },
      { line: 2, fields: ['1', '0.75', 'a.csv'] },
    ]);
  });

  it('reads a file through one reused buffer, rows longer than the buffer included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csv-rows-'));
    const file = join(dir, 'out.csv');
    const long = 'x'.repeat(100);
    await writeFile(file, `${SAMPLE}\n6,${long},1\n`);
    const { scanner, rows } = collect();
    await scanFile(file, scanner, 16);
    expect(rows).toEqual([...EXPECTED, { line: 9, fields: ['6', long, '1'] }]);
  });
});

describe('field values', () => {
  it('reads numbers as Number() does, and missing values as pandas writes them', () => {
    const values: number[] = [];
    const missing: boolean[] = [];
    const scanner = new CsvRowScanner(',', (row) => {
      for (let i = 0; i < row.count; i++) {
        values.push(fieldNumber(row, i));
        missing.push(isNullField(row, i));
      }
    });
    scanner.write(Buffer.from('0.1, -2.5e3 ,1234567890123456789,abc,,NaN,None,nan,NA,null,1.,.5,+7,1e400\n'));
    scanner.end();
    expect(values.slice(0, 3)).toEqual([0.1, -2500, Number('1234567890123456789')]);
    expect(values.slice(3, 10).every(Number.isNaN)).toBe(true);
    expect(values.slice(10, 13)).toEqual([1, 0.5, 7]);
    expect(values[13]).toBeNaN();
    expect(missing).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
