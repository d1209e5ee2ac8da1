/**
 * str.format against CPython 3.11 (test-data/text/str_format_method.json, captured by
 * scripts/capture_text_cases.py), rendered with renderFormatString over a small value model.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPyError, pyError } from './errors.js';
import { floatRepr } from './floatText.js';
import { formatFloat, formatInt, formatStr } from './formatSpec.js';
import { AutoNumber, parseFormatString, renderFormatString, splitFieldName } from './formatString.js';
import { pyAscii, pyStrRepr } from './strRepr.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test-data/text/${name}`, import.meta.url), 'utf8'));

type V = bigint | number | string | V[] | Map<string | bigint, V> | { cls: string };

const typeName = (v: V): string =>
  typeof v === 'bigint' ? 'int' : typeof v === 'number' ? 'float' : typeof v === 'string' ? 'str' : Array.isArray(v) ? 'list' : v instanceof Map ? 'dict' : 'type';

function repr(v: V): string {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  if (typeof v === 'string') return pyStrRepr(v);
  if (Array.isArray(v)) return '[' + v.map(repr).join(', ') + ']';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => repr(k) + ': ' + repr(x)).join(', ') + '}';
  return `<class '${v.cls}'>`;
}
const str = (v: V): string => (typeof v === 'string' ? v : repr(v));

class PyOther extends Error {
  constructor(readonly pyType: string, message: string) {
    super(message);
  }
}

const args: V[] = [12n, 7n, 3.14159, 'xy', 5n];
const kwargs = new Map<string, V>([
  ['a', -2.5],
  ['b', 'bee'],
  ['w', 8n],
  ['p', 2n],
  ['lst', [1n, 'two']],
  ['d', new Map<string | bigint, V>([['key', 'val'], [0n, 'zero']])],
]);

const ops = {
  lookup(first: number | string): V {
    if (typeof first === 'number') {
      const v = args[first];
      if (v === undefined) throw new PyOther('IndexError', `Replacement index ${first} out of range for positional args tuple`);
      return v;
    }
    const v = kwargs.get(first);
    if (v === undefined) throw new PyOther('KeyError', pyStrRepr(first));
    return v;
  },
  getattr(v: V, name: string): V {
    if (name === '__class__') return { cls: typeName(v) };
    if (name === 'real' && typeof v === 'number') return v;
    throw new PyOther('AttributeError', `'${typeName(v)}' object has no attribute '${name}'`);
  },
  getitem(v: V, key: string | number): V {
    if (Array.isArray(v)) {
      if (typeof key === 'string') throw new PyOther('TypeError', 'list indices must be integers or slices, not str');
      const x = v[key];
      if (x === undefined) throw new PyOther('IndexError', 'list index out of range');
      return x;
    }
    if (v instanceof Map) {
      const x = v.get(typeof key === 'number' ? BigInt(key) : key);
      if (x === undefined) throw new PyOther('KeyError', String(key));
      return x;
    }
    throw new PyOther('TypeError', `'${typeName(v)}' object is not subscriptable`);
  },
  convert(v: V, c: string): V {
    return c === 'r' ? repr(v) : c === 's' ? str(v) : pyAscii(repr(v));
  },
  format(v: V, spec: string): string {
    if (typeof v === 'bigint') return formatInt(v, spec);
    if (typeof v === 'number') return formatFloat(v, spec);
    if (typeof v === 'string') return formatStr(v, spec);
    if (spec === '') return str(v);
    throw pyError('TypeError', `unsupported format string passed to ${typeName(v)}.__format__`);
  },
};

describe('str.format', () => {
  const cases: [string, unknown][] = load('str_format_method.json');
  it(`matches CPython on ${cases.length} format strings`, () => {
    const bad: unknown[] = [];
    for (const [fmt, want] of cases) {
      let got: unknown;
      try {
        got = renderFormatString(fmt, ops);
      } catch (e) {
        if (isPyError(e) || e instanceof PyOther) got = { error: [e.pyType, e.message] };
        else throw e;
      }
      if (JSON.stringify(got) !== JSON.stringify(want)) bad.push({ fmt, got, want });
    }
    expect(bad).toEqual([]);
  });

  it('parses literals, fields, conversions and nested specs', () => {
    expect(parseFormatString('a{{b}}{0!r:>{w}}c')).toEqual({
      chunks: [
        { literal: 'a{' },
        { literal: 'b}' },
        { literal: '', field: { fieldName: '0', conversion: 'r', formatSpec: '>{w}', formatSpecNeedsExpanding: true } },
        { literal: 'c' },
      ],
    });
    const parsed = parseFormatString('x{}{');
    expect(parsed.chunks).toHaveLength(1);
    expect(parsed.error?.message).toBe("Single '{' encountered in format string");
  });

  it('splits field names and numbers fields automatically', () => {
    const auto = new AutoNumber();
    expect(splitFieldName('', auto)).toEqual({ first: 0, rest: [] });
    expect(splitFieldName('.x[1][k]', auto)).toEqual({
      first: 1,
      rest: [
        { kind: 'attr', name: 'x' },
        { kind: 'item', key: 1 },
        { kind: 'item', key: 'k' },
      ],
    });
    expect(splitFieldName('name', auto).first).toBe('name');
    expect(() => splitFieldName('0', auto)).toThrow('cannot switch from automatic field numbering to manual field specification');
  });
});
