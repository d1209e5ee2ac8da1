/**
 * hash() of int, float, tuple and frozenset against CPython 3.11 (test-data/text/hash.json,
 * captured by scripts/capture_text_cases.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hashFloat, hashFrozenset, hashInt, hashTuple } from './hash.js';

const load = (name: string): any => JSON.parse(readFileSync(new URL(`../../../test-data/text/${name}`, import.meta.url), 'utf8'));
const f64 = (hex: string): number => new DataView(Uint8Array.from(Buffer.from(hex, 'hex')).buffer).getFloat64(0);

const data: {
  int: [string, string][];
  float: [string, string][];
  tuple: [string[], string][];
  frozenset: [string[], string][];
} = load('hash.json');

describe('hash', () => {
  it(`of ${data.int.length} ints`, () => {
    expect(data.int.filter(([n, h]) => hashInt(BigInt(n)) !== BigInt(h))).toEqual([]);
    expect(hashInt(-1n)).toBe(-2n);
  });
  it(`of ${data.float.length} floats`, () => {
    expect(data.float.filter(([x, h]) => hashFloat(f64(x)) !== BigInt(h))).toEqual([]);
    expect(hashFloat(NaN)).toBeUndefined();
  });
  it(`of ${data.tuple.length} tuples and ${data.frozenset.length} frozensets from their items' hashes`, () => {
    expect(data.tuple.filter(([items, h]) => hashTuple(items.map(BigInt)) !== BigInt(h))).toEqual([]);
    expect(data.frozenset.filter(([items, h]) => hashFrozenset(items.map(BigInt)) !== BigInt(h))).toEqual([]);
  });
});
