// Encodings: UTF-8 read strictly (an invalid byte names the file, line and byte offset, instead of becoming U+FFFD
// and a category the data never had), Windows-1252 and UTF-16 read when the encoding input says so, and characters
// split across chunks never mistaken for invalid bytes.
import { describe, expect, it } from '@jest/globals';
import { firstInvalidUtf8, Utf8Checker } from '../../../../src/check-drift-gate/readers/text-encoding.js';
import { ConfigurationError } from '../../../../src/shared/errors.js';
import { gate, memorySource, metricOf } from '../gate-fixtures.js';

const rows = (cities: string[]) =>
  `city,amount\n${cities.map((city, i) => `${city},${i % 7}.5`).join('\n')}\n`;
const cities = (n: number, names: string[]) => Array.from({ length: n }, (_, i) => names[i % names.length]!);
const names = ['Besançon', 'Zürich', 'Málaga', 'Paris'];
const reference = () => memorySource('ref.csv', 'csv', Buffer.from(rows(cities(200, names)), 'utf8'));

function failure(promise: Promise<unknown>): Promise<ConfigurationError> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as ConfigurationError,
  );
}

describe('strict UTF-8', () => {
  it('a Latin-1 file read as UTF-8 is an error naming the file, line and byte offset: no fake category, no drift', async () => {
    const latin1 = Buffer.from(rows(cities(200, names)), 'latin1');
    const error = await failure(gate(reference(), memorySource('data/current.csv', 'csv', latin1)));
    expect(error).toBeInstanceOf(ConfigurationError);
    // "city,amount\n" (12 bytes), then "Besan" (5): the ç (0xE7) is byte 17, on line 2.
    expect(error.message).toBe(
      'data/current.csv line 2: byte 0xE7 at byte offset 17 is not valid UTF-8; if the file is Latin-1 or Windows-1252 (as older Excel and many databases write it), set encoding: windows-1252',
    );
    expect(error.location).toEqual({ file: 'data/current.csv', line: 2 });
  });

  it('with encoding: windows-1252 (for both sides) the same data reads as it was written: no unseen category, no drift', async () => {
    const windows1252 = Buffer.from(rows(cities(200, names)), 'latin1');
    const result = await gate(
      memorySource('ref.csv', 'csv', windows1252),
      memorySource('cur.csv', 'csv', windows1252),
      {
        encoding: 'windows-1252',
        featureTypes: { city: 'categorical' },
      },
    );
    const city = result.features.find((f) => f.name === 'city')!;
    expect(city.metrics[0]!.notes.join(' ')).not.toMatch(/unseen/);
    expect([...city.picture.labels].sort()).toEqual(['Besançon', 'Málaga', 'Paris', 'Zürich']);
    expect(metricOf(result, 'city', 'jensen-shannon').value).toBe(0);
    expect(result.drifted).toBe(false);
  });

  it.each([1, 2, 3, 5, 7, 64])(
    'never mistakes a character split across chunks (%i bytes) for an invalid byte',
    async (chunkSize) => {
      const text = Buffer.from(rows(cities(30, ['日本語', 'Ελλάδα', '🙂 emoji', 'Zürich'])), 'utf8');
      const result = await gate(
        memorySource('ref.csv', 'csv', text, chunkSize),
        memorySource('cur.csv', 'csv', text, chunkSize),
      );
      expect(metricOf(result, 'city', 'jensen-shannon').value).toBe(0);
      expect(result.features.find((f) => f.name === 'city')!.picture.labels).toContain('🙂 emoji');
    },
  );

  it('names the line of a bad byte after many lines and chunk boundaries, and a truncated last character', async () => {
    const good = rows(cities(100, names));
    const bad = Buffer.concat([Buffer.from(good, 'utf8'), Buffer.from([0x41, 0xc3, 0x28, 0x2c, 0x31, 0x0a])]);
    const error = await failure(gate(reference(), memorySource('cur.csv', 'csv', bad, 13)));
    expect(error.message).toMatch(/^cur\.csv line 102: byte 0xC3 at byte offset \d+ is not valid UTF-8/);
    expect(error.message).toContain(`byte offset ${Buffer.byteLength(good) + 1} `);
    const truncated = Buffer.concat([Buffer.from('city,amount\nZ', 'utf8'), Buffer.from([0xc3])]);
    const cut = await failure(gate(reference(), memorySource('cut.csv', 'csv', truncated)));
    expect(cut.message).toMatch(
      /^cut\.csv line 2: the file ends inside a UTF-8 character \(byte 0xC3 at byte offset 13\)/,
    );
  });

  it('JSON Lines are read strictly too', async () => {
    const lines = Buffer.concat([
      Buffer.from('{"city": "Paris", "amount": 1.5}\n{"city": "Besan', 'utf8'),
      Buffer.from([0xe7]),
      Buffer.from('on", "amount": 2.5}\n', 'utf8'),
    ]);
    const error = await failure(gate(reference(), memorySource('cur.jsonl', 'jsonl', lines)));
    expect(error.message).toMatch(/^cur\.jsonl line 2: byte 0xE7 at byte offset 48 is not valid UTF-8/);
  });

  it('a UTF-16 file read as UTF-8 says to set encoding: utf-16', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows(cities(10, names)), 'utf16le')]);
    const error = await failure(gate(reference(), memorySource('cur.csv', 'csv', utf16)));
    expect(error.message).toMatch(
      /byte 0xFF at byte offset 0 is not valid UTF-8; the file starts with a UTF-16 byte order mark: set encoding: utf-16/,
    );
  });
});

describe('UTF-16', () => {
  it.each([1, 3, 64])(
    'reads UTF-16LE with a byte order mark, as Excel writes it (chunks of %i bytes)',
    async (chunkSize) => {
      const text = rows(cities(200, names));
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const result = await gate(
        memorySource('ref.csv', 'csv', utf16),
        memorySource('cur.csv', 'csv', utf16, chunkSize),
        {
          encoding: 'utf-16',
          featureTypes: { city: 'categorical' },
        },
      );
      expect(metricOf(result, 'city', 'jensen-shannon').value).toBe(0);
      expect(result.sides.current.rows).toBe(200);
    },
  );

  it('reads UTF-16BE by its byte order mark, and refuses an unpaired surrogate naming its offset and line', async () => {
    const text = rows(cities(20, names));
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    const result = await gate(memorySource('ref.csv', 'csv', be), memorySource('cur.csv', 'csv', be), {
      encoding: 'utf-16',
    });
    expect(result.sides.current.rows).toBe(20);
    const broken = Buffer.concat([
      Buffer.from('city,amount\nx', 'utf16le'),
      Buffer.from([0x00, 0xd8]),
      Buffer.from(',1\n', 'utf16le'),
    ]);
    const good = Buffer.from(text, 'utf16le');
    const error = await failure(
      gate(memorySource('ref.csv', 'csv', good), memorySource('bad.csv', 'csv', broken), {
        encoding: 'utf-16le',
      }),
    );
    expect(error.message).toMatch(
      /^bad\.csv line 2: the 2 bytes at byte offset 26 are an unpaired UTF-16 surrogate/,
    );
  });
});

describe('the checker itself', () => {
  it.each([
    [[0x61, 0x80], 1],
    [[0xc0, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // a surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // beyond U+10FFFF
    [[0xe2, 0x82, 0xac, 0x61], -1],
  ])('firstInvalidUtf8(%j) = %i', (bytes, index) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(index);
  });

  it('carries a split character to the next chunk and reports absolute offsets', () => {
    const checker = new Utf8Checker();
    const euro = Buffer.from('ab€', 'utf8');
    expect(checker.check(euro.subarray(0, 3))).toBeUndefined();
    expect(checker.check(euro.subarray(3))).toBeUndefined();
    expect(checker.check(Uint8Array.from([0x61, 0xff]))?.offset).toBe(6);
  });
});
