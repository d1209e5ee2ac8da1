/**
 * Differential test: each test-data/syntax-errors/CASE.py against CASE.expected, what CPython 3.11
 * printed for it (captured by scripts/capture-syntax-errors.mjs, never typed by hand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSyntaxError, parse } from '../index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../test-data/syntax-errors');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort();

describe('syntax errors match CPython 3.11', () => {
  it('has cases, each with its captured expectation', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases)('%s', (name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    const expected = readFileSync(join(dir, name.replace(/\.py$/, '.expected')), 'utf8');
    const { diagnostics } = parse(source, name);
    expect(diagnostics).toHaveLength(1);
    expect(formatSyntaxError(diagnostics[0]!)).toBe(expected);
  });
});
