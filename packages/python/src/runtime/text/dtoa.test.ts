/**
 * Properties of the exact digit generation (the captured format cases in formatSpec.test.ts
 * check it against CPython).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decomposeDouble, dtoaDigits, exactDigits, formatDouble } from './dtoa.js';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => x !== 0);

describe('dtoa', () => {
  it('exactDigits is the exact value of the double', () => {
    fc.assert(
      fc.property(finite, (x) => {
        const { digits, decpt } = exactDigits(x);
        const { mantissa, exponent } = decomposeDouble(x);
        // digits * 10**(decpt - len) == mantissa * 2**exponent, cross-multiplied
        const p10 = decpt - digits.length;
        let left = BigInt(digits) * (p10 >= 0 ? 10n ** BigInt(p10) : 1n);
        let right = BigInt(mantissa) * (p10 < 0 ? 10n ** BigInt(-p10) : 1n);
        if (exponent >= 0) right <<= BigInt(exponent);
        else left <<= BigInt(-exponent);
        expect(left).toBe(right);
      }),
      { numRuns: 1000 },
    );
  });

  it('17 significant digits and the shortest repr both round-trip', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(Number(formatDouble(x, 'e', 16))).toBe(x);
        expect(Number(formatDouble(x, 'r', 0))).toBe(x);
      }),
      { numRuns: 1000 },
    );
  });

  it("mode 3 agrees with toFixed except on exact ties, which go to even", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e20, max: 1e20, noNaN: true }), fc.integer({ min: 0, max: 20 }), (x, p) => {
        const ours = formatDouble(x, 'f', p);
        const js = x.toFixed(p);
        if (ours !== js && !(x === 0 || Object.is(x, -0))) {
          // only a tie can differ: the exact expansion ends with a 5 right after the kept digits
          const { digits, decpt } = exactDigits(x);
          expect(digits.length).toBe(decpt + p + 1);
          expect(digits.endsWith('5')).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
    expect(dtoaDigits(0.125, 3, 2)).toEqual({ digits: '12', decpt: 0 });
    expect(dtoaDigits(0.375, 3, 2)).toEqual({ digits: '38', decpt: 0 });
  });
});
