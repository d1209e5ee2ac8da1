/**
 * The decoded Unicode tables over all 0x110000 code points against CPython 3.11's single-character
 * str predicates and case mappings (test-data/text/unicode_checksums.json, captured by
 * scripts/capture_text_cases.py as counts and sums).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  F_ALPHA,
  F_DECIMAL,
  F_DIGIT,
  F_LOWER,
  F_NUMERIC,
  F_SPACE,
  F_TITLE,
  F_UPPER,
  F_XID_START,
  charFlags,
  decimalValue,
  foldOf,
  isPrintableCp,
  lowerOf,
  titleOf,
  upperOf,
} from './unicode.js';

const data = JSON.parse(
  readFileSync(new URL('../../../test-data/text/unicode_checksums.json', import.meta.url), 'utf8'),
) as { predicates: Record<string, [number, number]>; maps: Record<string, [number, number, number]>; decimal: [number, number] };

const MAPS: Record<string, (cp: number) => number | string> = {
  upper: upperOf,
  lower: lowerOf,
  title: titleOf,
  casefold: foldOf,
};

describe('Unicode tables', () => {
  it('single-character predicates agree with CPython on every code point', () => {
    // One pass, by flag bit (the predicates are bits or unions of bits, see PREDICATES).
    const counts = new Float64Array(16);
    const sums = new Float64Array(16);
    const TITLE_OR_UPPER = 13;
    const PRINTABLE = 14;
    const IDENT = 15;
    for (let cp = 0; cp < 0x110000; cp++) {
      const f = charFlags(cp);
      for (let rest = f; rest !== 0; rest &= rest - 1) {
        const bit = 31 - Math.clz32(rest & -rest);
        counts[bit]!++;
        sums[bit]! += cp;
      }
      if (f & (F_UPPER | F_TITLE)) {
        counts[TITLE_OR_UPPER]!++;
        sums[TITLE_OR_UPPER]! += cp;
      }
      if (isPrintableCp(cp)) {
        counts[PRINTABLE]!++;
        sums[PRINTABLE]! += cp;
      }
      if (cp === 95 || f & F_XID_START) {
        counts[IDENT]!++;
        sums[IDENT]! += cp;
      }
    }
    const slot = (mask: number) => 31 - Math.clz32(mask);
    const at = (i: number) => [counts[i], sums[i]];
    const got = {
      isalpha: at(slot(F_ALPHA)),
      isdecimal: at(slot(F_DECIMAL)),
      isdigit: at(slot(F_DIGIT)),
      isnumeric: at(slot(F_NUMERIC)),
      isupper: at(slot(F_UPPER)),
      islower: at(slot(F_LOWER)),
      istitle: at(TITLE_OR_UPPER),
      isspace: at(slot(F_SPACE)),
      isprintable: at(PRINTABLE),
      isidentifier: at(IDENT),
    };
    expect(got).toEqual(data.predicates);
  });

  it('case mappings and decimal values agree with CPython on every code point', () => {
    const got: Record<string, [number, number, number]> = {};
    for (const [name, fn] of Object.entries(MAPS)) {
      let count = 0;
      let sum = 0;
      let weighted = 0;
      for (let cp = 0; cp < 0x110000; cp++) {
        const m = fn(cp);
        if (m === cp) continue;
        count++;
        sum += cp;
        const cps = typeof m === 'number' ? [m] : Array.from(m, (c) => c.codePointAt(0)!);
        cps.forEach((c, i) => (weighted += c * (i + 1)));
      }
      got[name] = [count, sum, weighted];
    }
    expect(got).toEqual(data.maps);
    let a = 0;
    let b = 0;
    for (let cp = 0; cp < 0x110000; cp++) {
      const d = decimalValue(cp);
      if (d >= 0) {
        a += cp * d;
        b += d;
      }
    }
    expect([a, b]).toEqual(data.decimal);
  });
});
