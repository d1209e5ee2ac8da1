/**
 * str methods (strSearch, strCase, strLayout) and code point comparison against CPython 3.11
 * (test-data/text/str_methods.json and str_compare.json, captured by
 * scripts/capture_text_cases.py).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStr, cpLength } from './codePoints.js';
import { isPyError } from './errors.js';
import * as c from './strCase.js';
import * as l from './strLayout.js';
import * as s from './strSearch.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test-data/text/${name}`, import.meta.url), 'utf8'));
const outcome = (fn: () => unknown): unknown => {
  try {
    return fn();
  } catch (e) {
    if (isPyError(e)) return { error: [e.pyType, e.message] };
    throw e;
  }
};

const u = (x: unknown): any => (x === null ? undefined : x);

const METHODS: Record<string, (str: string, a: any[]) => unknown> = {
  upper: (x) => c.strUpper(x),
  lower: (x) => c.strLower(x),
  casefold: (x) => c.strCasefold(x),
  title: (x) => c.strTitle(x),
  capitalize: (x) => c.strCapitalize(x),
  swapcase: (x) => c.strSwapcase(x),
  isdigit: (x) => c.strIsdigit(x),
  isalpha: (x) => c.strIsalpha(x),
  isalnum: (x) => c.strIsalnum(x),
  isspace: (x) => c.strIsspace(x),
  isupper: (x) => c.strIsupper(x),
  islower: (x) => c.strIslower(x),
  istitle: (x) => c.strIstitle(x),
  isidentifier: (x) => c.strIsidentifier(x),
  isnumeric: (x) => c.strIsnumeric(x),
  isdecimal: (x) => c.strIsdecimal(x),
  isascii: (x) => c.strIsascii(x),
  isprintable: (x) => c.strIsprintable(x),
  split: (x, a) => s.strSplit(x, u(a[0]), a[1]),
  rsplit: (x, a) => s.strRsplit(x, u(a[0]), a[1]),
  strip: (x, a) => s.strStrip(x, a[0]),
  lstrip: (x, a) => s.strLstrip(x, a[0]),
  rstrip: (x, a) => s.strRstrip(x, a[0]),
  splitlines: (x, a) => s.strSplitlines(x, a[0]),
  expandtabs: (x, a) => l.strExpandtabs(x, a[0]),
  zfill: (x, a) => l.strZfill(x, a[0] ?? 8),
  len: (x) => cpLength(x),
  center: (x, a) => l.strCenter(x, a[0], a[1]),
  ljust: (x, a) => l.strLjust(x, a[0], a[1]),
  rjust: (x, a) => l.strRjust(x, a[0], a[1]),
  find: (x, a) => s.strFind(x, a[0], a[1], a[2]),
  rfind: (x, a) => s.strRfind(x, a[0], a[1], a[2]),
  index: (x, a) => s.strIndex(x, a[0], a[1], a[2]),
  rindex: (x, a) => s.strRindex(x, a[0], a[1], a[2]),
  count: (x, a) => s.strCount(x, a[0], a[1], a[2]),
  startswith: (x, a) => s.strStartswith(x, a[0], a[1], a[2]),
  endswith: (x, a) => s.strEndswith(x, a[0], a[1], a[2]),
  partition: (x, a) => s.strPartition(x, a[0]),
  rpartition: (x, a) => s.strRpartition(x, a[0]),
  removeprefix: (x, a) => s.strRemoveprefix(x, a[0]),
  removesuffix: (x, a) => s.strRemovesuffix(x, a[0]),
  replace: (x, a) => s.strReplace(x, a[0], a[1], a[2]),
  mul: (x, a) => l.strRepeat(x, a[0]),
  getitem: (x, a) => l.strGetItem(x, a[0]),
  slice: (x, a) => l.strSlice(x, u(a[0]), u(a[1]), u(a[2])),
};

describe('str methods', () => {
  const cases: [string, string, unknown[], unknown][] = load('str_methods.json');
  it(`match CPython on ${cases.length} calls`, () => {
    expect(cases.length).toBeGreaterThan(10000);
    const bad: unknown[] = [];
    for (const [name, str, args, want] of cases) {
      const fn = METHODS[name];
      if (fn === undefined) throw new Error(`no method ${name}`);
      const got = outcome(() => fn(str, args));
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ name, str, args, got, want });
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('examples', () => {
    expect(c.strUpper('straße')).toBe('STRASSE');
    expect(c.strLower('ΌΣΟΣ')).toBe('όσος');
    expect(c.strTitle("they're bill's")).toBe("They'Re Bill'S");
    expect(c.strIsprintable('\u200b')).toBe(false);
    expect(s.strFind('😀a😀b', 'b')).toBe(3);
    expect(outcome(() => s.strIndex('abc', 'd'))).toEqual({ error: ['ValueError', 'substring not found'] });
  });
});

/** Strings mixing ASCII, lone surrogates, the top of the BMP and astral characters. */
const codePointString = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x61, max: 0x63 }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.integer({ min: 0xe000, max: 0xffff }),
      fc.integer({ min: 0x10000, max: 0x10ffff }),
    ),
    { maxLength: 6 },
  )
  .map((cps) => cps.map((cp) => String.fromCodePoint(cp)).join(''));

describe('compareStr', () => {
  const cases: [string, string, number][] = load('str_compare.json');
  it(`orders by code point like CPython on ${cases.length} pairs`, () => {
    const bad = cases.filter(([a, b, want]) => compareStr(a, b) !== want);
    expect(bad).toEqual([]);
  });

  it('agrees with code point array order', () => {
    fc.assert(
      fc.property(codePointString, codePointString, (a, b) => {
        const x = Array.from(a, (ch) => ch.codePointAt(0)!);
        const y = Array.from(b, (ch) => ch.codePointAt(0)!);
        let want = 0;
        for (let i = 0; i < Math.min(x.length, y.length) && want === 0; i++) want = Math.sign(x[i]! - y[i]!);
        if (want === 0) want = Math.sign(x.length - y.length);
        expect(compareStr(a, b)).toBe(want);
      }),
      { numRuns: 500 },
    );
  });
});
