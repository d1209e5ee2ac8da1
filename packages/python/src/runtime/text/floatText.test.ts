/**
 * repr(float) and float(str) against CPython 3.11 (test-data/text, captured by
 * scripts/capture_text_cases.py), and round-trip properties.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPyError } from './errors.js';
import { floatIsInteger, floatRepr, floatToInt, intToFloat, parseFloatLiteral } from './floatText.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test-data/text/${name}`, import.meta.url), 'utf8'));
const f64 = (hex: string): number => new DataView(Uint8Array.from(Buffer.from(hex, 'hex')).buffer).getFloat64(0);
const bits = (x: number): string => {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return Buffer.from(v.buffer).toString('hex');
};
const outcome = (fn: () => unknown): unknown => {
  try {
    return fn();
  } catch (e) {
    if (isPyError(e)) return { error: [e.pyType, e.message] };
    throw e;
  }
};

describe('floatRepr', () => {
  const cases: [string, string, string][] = load('float_repr.json');
  it(`matches repr() and str() of CPython on ${cases.length} floats`, () => {
    expect(cases.length).toBeGreaterThan(9000);
    const bad = cases.filter(([h, r, s]) => floatRepr(f64(h)) !== r || floatRepr(f64(h)) !== s);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('examples', () => {
    expect([1.0, 0.1, 1e16, 1e-5, 1.5e-7, 123456789012345.0, Infinity, -Infinity, NaN, -0].map(floatRepr)).toEqual([
      '1.0', '0.1', '1e+16', '1e-05', '1.5e-07', '123456789012345.0', 'inf', '-inf', 'nan', '-0.0',
    ]);
  });

  it('round-trips through parseFloat to the same double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        const back = parseFloatLiteral(floatRepr(x));
        expect(Object.is(back, x)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseFloatLiteral', () => {
  const cases: [string, unknown][] = load('float_parse.json');
  it(`matches float(s) on ${cases.length} strings`, () => {
    const bad = cases.filter(([s, want]) => {
      const got = outcome(() => bits(parseFloatLiteral(s)));
      // nan's sign is not observable in JavaScript
      if (typeof want === 'string' && Number.isNaN(f64(want))) return !(typeof got === 'string' && Number.isNaN(f64(got)));
      return JSON.stringify(got) !== JSON.stringify(want);
    });
    expect(bad).toEqual([]);
  });
});

describe('float <-> int', () => {
  it('intToFloat rounds half-even and raises OverflowError past the largest double', () => {
    expect(intToFloat(2n ** 53n + 1n)).toBe(2 ** 53);
    expect(intToFloat(2n ** 53n + 3n)).toBe(2 ** 53 + 4);
    expect(outcome(() => intToFloat(2n ** 1024n))).toEqual({ error: ['OverflowError', 'int too large to convert to float'] });
  });
  it('floatToInt truncates, with CPython errors', () => {
    expect(floatToInt(-3.99)).toBe(-3n);
    expect(floatToInt(1e20)).toBe(100000000000000000000n);
    expect(outcome(() => floatToInt(NaN))).toEqual({ error: ['ValueError', 'cannot convert float NaN to integer'] });
    expect(outcome(() => floatToInt(-Infinity))).toEqual({
      error: ['OverflowError', 'cannot convert float infinity to integer'],
    });
    expect(floatIsInteger(3)).toBe(true);
    expect(floatIsInteger(Infinity)).toBe(false);
  });
});
