/**
 * Differential test of the tree itself: for each test-data/ast/CASE.py, heapline's syntax tree
 * must equal CPython 3.11's (`ast.parse`), node kinds, fields, values and positions, as captured
 * in CASE.ast.json by scripts/capture-ast.mjs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../test-data/ast');
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

const SPAN = new Set(['start', 'end', 'line', 'col', 'endLine', 'endCol']);
const WITHOUT_POSITION = new Set(['Arguments', 'Comprehension', 'WithItem', 'Module']);

/** heapline's tree in the captured shape: positions as [line, col, endLine, endCol]. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value instanceof Uint8Array) return [...value];
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(node)) {
    if (SPAN.has(key) || key === 'text') continue;
    out[key] = key === 'simple' ? (field ? 1 : 0) : normalize(field);
  }
  if (typeof node['line'] === 'number' && !WITHOUT_POSITION.has(node['kind'] as string)) {
    out['pos'] = [node['line'], node['col'], node['endLine'], node['endCol']];
  }
  return out;
}

/** CPython's float reprs as numbers, so that 1e-06 and 0.000001 compare equal. */
function floatsAsNumbers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(floatsAsNumbers);
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(node)) out[key] = floatsAsNumbers(field);
  if ((node['kind'] === 'Float' || node['kind'] === 'Imaginary') && typeof node['value'] === 'string') {
    out['value'] = Number(node['value']);
  }
  return out;
}

describe("the syntax tree matches CPython 3.11's ast.parse", () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s', (name) => {
    const source = readFileSync(join(dir, name), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.py$/, '.ast.json')), 'utf8')) as unknown;
    const { module, diagnostics } = parse(source, name);
    expect(diagnostics).toEqual([]);
    expect(floatsAsNumbers(normalize(module))).toEqual(floatsAsNumbers(expected));
  });
});
