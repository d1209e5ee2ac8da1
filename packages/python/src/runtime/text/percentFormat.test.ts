/**
 * str % args against CPython 3.11 (test-data/text, captured by scripts/capture_text_cases.py),
 * with a small value model standing in for the interpreter's objects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPyError } from './errors.js';
import { floatRepr } from './floatText.js';
import { intToStr } from './intText.js';
import { percentFormat, type PercentArgs, type PercentHooks } from './percentFormat.js';
import { pyStrRepr } from './strRepr.js';

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

/** The captured values: {int}, {float}, {str}, {bool}, {none}, {list}, {dict}. */
type V = { int: string } | { float: string } | { str: string } | { bool: boolean } | { none: true } | { list: V[] } | { dict: [string, V][] };

function repr(v: V): string {
  if ('int' in v) return v.int;
  if ('float' in v) return floatRepr(f64(v.float));
  if ('str' in v) return pyStrRepr(v.str);
  if ('bool' in v) return v.bool ? 'True' : 'False';
  if ('none' in v) return 'None';
  if ('list' in v) return '[' + v.list.map(repr).join(', ') + ']';
  return '{' + v.dict.map(([k, x]) => pyStrRepr(k) + ': ' + repr(x)).join(', ') + '}';
}

export const hooks: PercentHooks<V> = {
  str: (v) => ('str' in v ? v.str : repr(v)),
  repr,
  toInt: (v) => ('int' in v ? BigInt(v.int) : 'bool' in v ? (v.bool ? 1n : 0n) : undefined),
  toFloat: (v) => ('float' in v ? f64(v.float) : undefined),
  toStr: (v) => ('str' in v ? v.str : undefined),
  typeName: (v) =>
    'int' in v ? 'int' : 'float' in v ? 'float' : 'str' in v ? 'str' : 'bool' in v ? 'bool' : 'none' in v ? 'NoneType' : 'list' in v ? 'list' : 'dict',
};

function keyError(key: string) {
  return Object.assign(new Error(key), { keyError: key });
}

function toArgs(a: any): PercentArgs<V> {
  if (a.tuple) return a.tuple as V[];
  if (a.mapping) {
    const entries = new Map<string, V>(a.mapping);
    const dict: V = { dict: a.mapping };
    return {
      single: dict,
      getItem: (k) => {
        const v = entries.get(k);
        if (v === undefined) throw keyError(k);
        return v;
      },
    };
  }
  if (a.listMapping) return { single: a.single, getItem: () => { throw new Error('list index'); } };
  return { single: a.single };
}

describe('percentFormat', () => {
  const cases: [string, unknown, unknown][] = load('percent_format.json');
  it(`matches str % args on ${cases.length} cases`, () => {
    const bad: unknown[] = [];
    for (const [fmt, args, want] of cases) {
      let got: unknown;
      try {
        got = outcome(() => percentFormat(fmt, toArgs(args), hooks));
      } catch (e) {
        got = { error: ['KeyError', `'${(e as { keyError?: string }).keyError}'`] };
      }
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ fmt, args, got, want });
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('examples', () => {
    const args: V[] = [{ str: 'x' }, { int: '42' }, { float: '400921fb54442d18' }];
    expect(percentFormat('%s %5d %.2f %%', args, hooks)).toBe('x    42 3.14 %');
    expect(outcome(() => percentFormat('%s %s', [{ int: '1' }], hooks))).toEqual({
      error: ['TypeError', 'not enough arguments for format string'],
    });
    expect(outcome(() => percentFormat('%d', [{ str: 'a' }], hooks))).toEqual({
      error: ['TypeError', '%d format: a real number is required, not str'],
    });
  });
});
