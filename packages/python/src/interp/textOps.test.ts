/**
 * str methods, format(), str.format, % formatting and number text in the interpreter, against
 * CPython 3.11: each group of snippets in test-data/interp-text/cases.json was run by python3
 * (scripts/capture_interp_text.py, which holds the snippets) and is run here through runPython.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPython } from '../index.js';

interface Case {
  name: string;
  source: string;
  stdout: string;
}

const cases = JSON.parse(readFileSync(new URL('../../test-data/interp-text/cases.json', import.meta.url), 'utf8')) as Case[];

function run(source: string): { stdout: string; stderr: string; status: number } {
  let stdout = '';
  let stderr = '';
  const { status } = runPython(source, {
    filename: 'snippet.py',
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
    maxEvents: 50_000_000,
  });
  return { stdout, stderr, status };
}

/**
 * Groups that need a change in a file outside the text modules (named in the reason); they are
 * expected to fail until it lands. Then the test reports them: drop the entry.
 */
const PENDING: Readonly<Record<string, string>> = {};

describe('interp text against CPython 3.11', () => {
  for (const c of cases) {
    (PENDING[c.name] !== undefined ? it.fails : it)(c.name, () => {
      const r = run(c.source);
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n')).toEqual(c.stdout.split('\n'));
      expect(r.status).toBe(0);
    });
  }
});
