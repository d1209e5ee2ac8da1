/**
 * format(value, spec) for float, int and str against CPython 3.11 (test-data/text, captured by
 * scripts/capture_text_cases.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPyError } from './errors.js';
import { formatFloat, formatInt, formatStr } from './formatSpec.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test-data/text/${name}`, import.meta.url), 'utf8'));
const f64 = (hex: string): number => new DataView(Uint8Array.from(Buffer.from(hex, 'hex')).buffer).getFloat64(0);
const outcome = (fn: () => unknown): unknown => {
  try {
    return fn();
  } catch (e) {
    if (isPyError(e)) return { error: [e.pyType, e.message] };
    throw e;
  }
};

function mismatches<T extends unknown[]>(cases: T[], run: (c: T) => unknown, want: (c: T) => unknown) {
  const bad: unknown[] = [];
  for (const c of cases) {
    const got = outcome(() => run(c));
    if (JSON.stringify(got) !== JSON.stringify(want(c))) bad.push({ case: c, got });
  }
  return bad;
}

describe('formatFloat', () => {
  const cases: [string, string, unknown][] = load('float_format.json');
  it(`matches format(float, spec) on ${cases.length} cases`, () => {
    expect(cases.length).toBeGreaterThan(10000);
    const bad = mismatches(cases, ([h, spec]) => formatFloat(f64(h), spec), (c) => c[2]);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  const exact: [string, string, unknown][] = load('float_format_exact.json');
  it(`rounds exactly (half-even on the binary value) on ${exact.length} cases`, () => {
    const bad = mismatches(exact, ([h, spec]) => formatFloat(f64(h), spec), (c) => c[2]);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('examples', () => {
    expect(formatFloat(1.0, '')).toBe('1.0');
    expect(formatFloat(1e16, '')).toBe('1e+16');
    expect(formatFloat(12.5, '.1')).toBe('1e+01');
    expect(formatFloat(2.675, '.2f')).toBe('2.67');
    expect(formatFloat(0.125, '.2f')).toBe('0.12');
    expect(formatFloat(1234567.891, '015,.2f')).toBe('0,001,234,567.89');
    expect(outcome(() => formatFloat(1, 'd'))).toEqual({
      error: ['ValueError', "Unknown format code 'd' for object of type 'float'"],
    });
  });
});

describe('formatInt', () => {
  const cases: [string, string, unknown][] = load('int_format.json');
  it(`matches format(int, spec) on ${cases.length} cases`, () => {
    const bad = mismatches(cases, ([n, spec]) => formatInt(BigInt(n), spec), (c) => c[2]);
    // format(True, '') is str(True): the caller's job, captured as the last case
    expect(bad.slice(0, 10)).toEqual([{ case: ['1', '', 'True'], got: '1' }]);
  });
});

describe('formatStr', () => {
  const cases: [string, string, unknown][] = load('str_format.json');
  it(`matches format(str, spec) on ${cases.length} cases`, () => {
    const bad = mismatches(cases, ([s, spec]) => formatStr(s, spec), (c) => c[2]);
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
