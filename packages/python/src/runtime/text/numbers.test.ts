/**
 * Number semantics against CPython 3.11 (test-data/text, captured by
 * scripts/capture_text_cases.py): // % divmod / for int and float, **, round(), int/float
 * comparison.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPyError } from './errors.js';
import { intToBase } from './intText.js';
import {
  compareIntFloat,
  floatAsIntegerRatio,
  floatDivmod,
  floatFloorDiv,
  floatMod,
  floatPow,
  floatTrueDiv,
  intDivmod,
  intFloorDiv,
  intMod,
  intPow,
  intPowMod,
  intTrueDiv,
  roundFloat,
  roundFloatToInt,
  roundInt,
} from './numbers.js';

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
/** Same double, treating every nan as equal (their sign and payload are not observable). */
const sameBits = (got: unknown, want: unknown): boolean => {
  if (typeof got === 'string' && typeof want === 'string' && got.length === 16 && want.length === 16) {
    return got === want || (Number.isNaN(f64(got)) && Number.isNaN(f64(want)));
  }
  if (Array.isArray(got) && Array.isArray(want)) return got.length === want.length && got.every((g, i) => sameBits(g, want[i]));
  if (got && want && typeof got === 'object' && typeof want === 'object' && 'complex' in got && 'complex' in want) {
    return sameBits(got.complex, want.complex);
  }
  return JSON.stringify(got) === JSON.stringify(want);
};

describe('int arithmetic', () => {
  const cases: [string, string, unknown, unknown, unknown, unknown][] = load('int_ops.json');
  it(`// % divmod / match CPython on ${cases.length} pairs`, () => {
    const bad: unknown[] = [];
    for (const [as, bs, fd, md, dm, td] of cases) {
      const a = BigInt(as);
      const b = BigInt(bs);
      const got = [
        fd === null ? null : outcome(() => intFloorDiv(a, b).toString()),
        md === null ? null : outcome(() => intMod(a, b).toString()),
        dm === null ? null : outcome(() => intDivmod(a, b).map(String)),
        outcome(() => bits(intTrueDiv(a, b))),
      ];
      if (!sameBits(got, [fd, md, dm, td])) bad.push({ a: as.slice(0, 30), b: bs.slice(0, 30), got, want: [fd, md, dm, td] });
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('int / int is correctly rounded (property, against exact rational comparison)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 1n << 300n }), fc.bigInt({ min: 1n, max: 1n << 300n }), (a, b) => {
        const q = intTrueDiv(a, b);
        // q is the nearest double: |a/b - q| <= half an ulp of q
        const [qn, qd] = floatAsIntegerRatio(q);
        const ulp = floatAsIntegerRatio(q - (q * (1 - 2 ** -53)) || 5e-324);
        void ulp;
        // a/b - qn/qd, scaled: compare |a*qd - qn*b| * 2 with the ulp spacing around q
        const next = floatAsIntegerRatio(nextUp(q));
        const prev = floatAsIntegerRatio(nextDown(q));
        const diff = (x: [bigint, bigint]) => {
          const d = a * x[1] - x[0] * b;
          return [d < 0n ? -d : d, x[1] * b] as const;
        };
        const [d0n, d0d] = diff([qn, qd]);
        for (const other of [next, prev]) {
          const [dn, dd] = diff(other);
          expect(d0n * dd <= dn * d0d).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  const pows: [string, string, unknown, string?][] = load('int_pow.json');
  it(`** and pow(a, b, m) match CPython on ${pows.length} cases`, () => {
    const bad: unknown[] = [];
    for (const [as, bs, want, m] of pows) {
      const a = BigInt(as);
      const b = BigInt(bs);
      const got = outcome(() => {
        const r = m === undefined ? intPow(a, b) : intPowMod(a, b, BigInt(m));
        return typeof r === 'bigint' ? { int: intToBase(r, 16) } : { float: bits(r) };
      });
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ as, bs, m, got, want });
    }
    expect(bad).toEqual([]);
  });

  const rounds: [string, number, string][] = load('int_round.json');
  it(`round(int, n) matches CPython on ${rounds.length} cases`, () => {
    const bad = rounds.filter(([n, nd, want]) => roundInt(BigInt(n), nd).toString() !== want);
    expect(bad).toEqual([]);
  });
});

function nextUp(x: number): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  v.setBigUint64(0, v.getBigUint64(0) + 1n);
  return v.getFloat64(0);
}
function nextDown(x: number): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  v.setBigUint64(0, v.getBigUint64(0) - 1n);
  return v.getFloat64(0);
}

describe('float arithmetic', () => {
  const cases: [string, string, unknown, unknown, unknown, unknown, unknown][] = load('float_ops.json');
  it(`// % divmod / ** match CPython on ${cases.length} pairs`, () => {
    const bad: unknown[] = [];
    for (const [ah, bh, fd, md, dm, td, pw] of cases) {
      const a = f64(ah);
      const b = f64(bh);
      const got = [
        fd === null ? null : outcome(() => bits(floatFloorDiv(a, b))),
        md === null ? null : outcome(() => bits(floatMod(a, b))),
        dm === null ? null : outcome(() => floatDivmod(a, b).map(bits)),
        td === null ? null : outcome(() => bits(floatTrueDiv(a, b))),
        outcome(() => {
          const r = floatPow(a, b);
          return typeof r === 'number' ? bits(r) : { complex: [bits(r.re), bits(r.im)] };
        }),
      ];
      if (!sameBits(got, [fd, md, dm, td, pw])) bad.push(JSON.stringify({ a, b, got, want: [fd, md, dm, td, pw] }));
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  const rounds: [string, number | null, unknown][] = load('float_round.json');
  it(`round(float) and round(float, n) match CPython on ${rounds.length} cases`, () => {
    const bad: unknown[] = [];
    for (const [h, nd, want] of rounds) {
      const x = f64(h);
      const got = nd === null ? outcome(() => roundFloatToInt(x).toString()) : outcome(() => bits(roundFloat(x, nd)));
      if (!sameBits(got, want)) bad.push({ x, nd, got, want });
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

describe('compareIntFloat', () => {
  const cases: [string, string, [boolean, boolean, boolean]][] = load('int_float_compare.json');
  it(`matches < == > of CPython on ${cases.length} pairs`, () => {
    const bad = cases.filter(([i, h, want]) => {
      const c = compareIntFloat(BigInt(i), f64(h));
      return JSON.stringify([c === -1, c === 0, c === 1]) !== JSON.stringify(want);
    });
    expect(bad).toEqual([]);
  });
});
