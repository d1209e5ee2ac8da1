/**
 * Real programs parse without diagnostics: every code cell of the seed notebook (../shared/seed/)
 * and every script of the CPython 3.11 experiments (../shared/reference/cpython-3.11-experiments/).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSyntaxError, parse } from '../index.js';
import { notebookCodeCells } from '../testing/notebookCells.js';

const shared = resolve(process.env['HEAPLINE_SHARED'] ?? '/work/shared');
const seedDir = join(shared, 'seed');
const experimentsDir = join(shared, 'reference/cpython-3.11-experiments');

function listFiles(dir: string, test: (name: string) => boolean): string[] {
  return existsSync(dir) ? readdirSync(dir).filter(test).sort().map((f) => join(dir, f)) : [];
}

const notebooks = listFiles(seedDir, (f) => f.endsWith('.ipynb') || f.endsWith('.txt'));
const seedCells = notebooks.flatMap((path) =>
  notebookCodeCells(path, readFileSync(path, 'utf8')).map((code, i) => ({ name: `${path.split('/').pop()} cell ${i + 1}`, code })),
);
const experiments = listFiles(experimentsDir, (f) => f.endsWith('.py'));

function errorsOf(source: string, name: string): string {
  return parse(source, name).diagnostics.map((d) => formatSyntaxError(d)).join('');
}

describe('the seed notebook', () => {
  it('has its nine code cells', () => {
    expect(seedCells).toHaveLength(9);
    expect(seedCells[0]?.code).toMatch(/^import sys\n/);
    expect(seedCells[8]?.code).toMatch(/snapshot\.statistics\('lineno'\)/);
  });

  it.each(seedCells)('$name parses without diagnostics', ({ name, code }) => {
    expect(errorsOf(code, name)).toBe('');
  });

  it('parses as one script, all cells in order', () => {
    expect(errorsOf(seedCells.map((c) => c.code).join('\n'), 'seed.py')).toBe('');
  });
});

describe('the CPython 3.11 experiments', () => {
  it('are all there', () => {
    expect(experiments.length).toBeGreaterThanOrEqual(29);
  });

  it.each(experiments)('%s parses without diagnostics', (path) => {
    expect(errorsOf(readFileSync(path, 'utf8'), path)).toBe('');
  });
});
