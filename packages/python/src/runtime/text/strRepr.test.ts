/**
 * repr() of str and bytes, ascii(), against CPython 3.11 (test-data/text, captured by
 * scripts/capture_text_cases.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytearrayRepr, bytesRepr, pyAscii, pyStrRepr } from './strRepr.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test-data/text/${name}`, import.meta.url), 'utf8'));

describe('pyStrRepr', () => {
  const cases: [string, string, string | null][] = load('str_repr.json');
  it(`matches repr() and ascii() on ${cases.length} strings`, () => {
    const bad: unknown[] = [];
    for (const [s, repr, ascii] of cases) {
      const r = pyStrRepr(s);
      if (r !== repr || (ascii !== null && pyAscii(r) !== ascii)) bad.push({ s, repr, got: r });
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('examples', () => {
    expect(pyStrRepr("it's")).toBe('"it\'s"');
    expect(pyStrRepr('\u200b é 中 😀')).toBe("'\\u200b é 中 😀'");
  });
});

describe('bytesRepr', () => {
  const cases: [string, string, string][] = load('bytes_repr.json');
  it(`matches repr() of bytes and bytearray on ${cases.length} values`, () => {
    const bad = cases.filter(([hex, r, ba]) => {
      const b = Uint8Array.from(Buffer.from(hex, 'hex'));
      return bytesRepr(b) !== r || bytearrayRepr(b) !== ba;
    });
    expect(bad).toEqual([]);
  });
});
