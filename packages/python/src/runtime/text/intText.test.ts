/**
 * int(s, base), str(int) with the 4300-digit limit, bin/oct/hex and bit_length against
 * CPython 3.11 (test-data/text, captured by scripts/capture_text_cases.py).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPyError } from './errors.js';
import { bitLength, intToBase, intToStr, parseIntLiteral, setIntMaxStrDigits } from './intText.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test-data/text/${name}`, import.meta.url), 'utf8'));
const outcome = (fn: () => unknown): unknown => {
  try {
    return fn();
  } catch (e) {
    if (isPyError(e)) return { error: [e.pyType, e.message] };
    throw e;
  }
};

describe('parseIntLiteral', () => {
  const cases: [string, number, unknown][] = load('int_parse.json');
  it(`matches int(s, base) on ${cases.length} cases`, () => {
    const bad: unknown[] = [];
    for (const [s, base, want] of cases) {
      const got = outcome(() => intToBase(parseIntLiteral(s, base), 16));
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ s: s.slice(0, 40), base, got, want });
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('round-trips intToStr', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 200n), max: 10n ** 200n }), (n) => {
        expect(parseIntLiteral(intToStr(n))).toBe(n);
        expect(parseIntLiteral(intToBase(n, 16), 0)).toBe(n);
        expect(parseIntLiteral(n.toString(36), 36)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('intToStr, intToBase, bitLength', () => {
  const cases: [string, unknown, string, string, string, number][] = load('int_str.json');
  it(`match str(), bin(), oct(), hex(), int.bit_length() on ${cases.length} ints`, () => {
    const bad: unknown[] = [];
    for (const [hex, str, bin, oct, hx, bl] of cases) {
      const n = hex.startsWith('-') ? -BigInt(hex.slice(1)) : BigInt(hex);
      const got = [outcome(() => intToStr(n)), intToBase(n, 2), intToBase(n, 8), intToBase(n, 16), bitLength(n)];
      if (JSON.stringify(got) !== JSON.stringify([str, bin, oct, hx, bl])) bad.push(hex.slice(0, 30));
    }
    expect(bad).toEqual([]);
  });

  it('sys.set_int_max_str_digits(0) lifts the limit', () => {
    try {
      setIntMaxStrDigits(0);
      expect(intToStr(10n ** 5000n).length).toBe(5001);
      expect(parseIntLiteral('1'.repeat(5000))).toBe(BigInt('1'.repeat(5000)));
    } finally {
      setIntMaxStrDigits(4300);
    }
  });
});
