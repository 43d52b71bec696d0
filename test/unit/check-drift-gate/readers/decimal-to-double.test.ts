// The CSV reader's exact conversion of 16- to 19-digit decimals: always Number()'s answer, or NaN (the caller then
// asks Number()) when too near a halfway point.
import { describe, expect, it } from '@jest/globals';
import { decimalToDouble } from '../../../../src/check-drift-gate/readers/decimal-to-double.js';

function parts(digits: string): [number, number, number] {
  const tail = digits.slice(15);
  return [Number(digits.slice(0, 15)), tail.length, Number(tail || '0')];
}

describe('decimalToDouble', () => {
  it('equals Number() on 100,000 random decimals of 1 to 19 digits and exponents −22 to 22', () => {
    let state = 987;
    const random = () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
    let fallbacks = 0;
    for (let i = 0; i < 100_000; i++) {
      const length = 1 + Math.floor(random() * 19);
      let digits = String(1 + Math.floor(random() * 9));
      for (let k = 1; k < length; k++) digits += String(Math.floor(random() * 10));
      const exponent = Math.floor(random() * 45) - 22;
      const value = decimalToDouble(...parts(digits), exponent);
      if (Number.isNaN(value)) fallbacks++;
      else if (value !== Number(`${digits}e${exponent}`)) throw new Error(`${digits}e${exponent}: ${value}`);
    }
    expect(fallbacks).toBeLessThan(1000);
  });

  it('equals Number() on shortest round-trip doubles, with no fallback', () => {
    let state = 4242;
    const random = () => {
      state = (state * 48271) % 2147483647;
      return state / 2147483647;
    };
    // One expect at the end: 200,000 calls to expect() cost more than the conversions they check.
    const wrong: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      const value = (random() * 200 - 100) * 10 ** Math.floor(random() * 6 - 2);
      const text = String(Math.abs(value));
      if (text.includes('e')) continue;
      const [whole, fraction = ''] = text.split('.');
      const digits = `${whole}${fraction}`.replace(/^0+/, '');
      const converted = decimalToDouble(...parts(digits), -fraction.length);
      if (converted !== Math.abs(value)) wrong.push(`${text}: ${converted}`);
    }
    expect(wrong).toEqual([]);
  });

  it('leaves an exact halfway point to Number()', () => {
    // 2^53 + 1 lies halfway between two doubles.
    expect(decimalToDouble(...parts('9007199254740993'), 0)).toBeNaN();
    expect(decimalToDouble(...parts('9007199254740995'), 0)).toBeNaN();
    expect(decimalToDouble(...parts('9007199254740994'), 0)).toBe(9007199254740994);
  });
});
