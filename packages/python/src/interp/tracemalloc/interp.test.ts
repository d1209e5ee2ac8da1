/**
 * The interpreter's tracemalloc module against CPython 3.11: each case of interp_cases.json
 * (captured by scripts/capture_tracemalloc_interp.py, never edited by hand) runs through
 * runPython under the same file name and must print exactly what `python3` printed. Plus unit
 * tests of the freelist rules of the block tracer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPython } from '../../index.js';
import { BlockTracer } from './tracer.js';

interface Case {
  source: string;
  stdout: string;
  stderr: string;
  status: number;
}
const data = JSON.parse(readFileSync(new URL('./interp_cases.json', import.meta.url), 'utf8')) as {
  python: string;
  dir_token: string;
  cases: Record<string, Case>;
};

function run(name: string, source: string): { stdout: string; stderr: string; status: number } {
  let stdout = '';
  let stderr = '';
  const r = runPython(source, {
    filename: `${data.dir_token}/${name}.py`,
    write: (stream, text) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  return { stdout, stderr, status: r.status };
}

describe(`tracemalloc module vs CPython ${data.python}`, () => {
  for (const [name, c] of Object.entries(data.cases)) {
    it(name, () => {
      expect(run(name, c.source)).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

describe('BlockTracer freelists', () => {
  const at = (lineno: number) => () => ({ frames: [{ filename: 'x.py', lineno }], total: 1 });

  it('an object reusing a block parked before tracing is untraced', () => {
    const t = new BlockTracer({ list: 1 });
    t.table.start(1);
    t.alloc(1, 56, 'list', at(1));
    expect(t.isTraced(1)).toBe(false);
    t.alloc(2, 56, 'list', at(2));
    expect(t.table.getBlockTraceback(2)).toEqual([{ filename: 'x.py', lineno: 2 }]);
  });

  it('a parked traced block keeps its trace, and moves to the object reusing it', () => {
    const t = new BlockTracer();
    t.table.start(1);
    t.alloc(1, 64, 'dict', at(1));
    t.free(1);
    expect(t.table.getTracedMemory()[0]).toBe(64);
    t.alloc(2, 64, 'dict', at(5));
    expect(t.isTraced(1)).toBe(false);
    expect(t.table.getBlockTraceback(2)).toEqual([{ filename: 'x.py', lineno: 5 }]);
    expect(t.table.getTracedMemory()[0]).toBe(64);
  });

  it('a full collection frees the parked blocks', () => {
    const t = new BlockTracer();
    t.table.start(1);
    t.alloc(1, 48, 'tuple1', at(1));
    t.free(1);
    t.clearFreelists();
    expect(t.table.getTracedMemory()[0]).toBe(0);
    t.alloc(2, 48, 'tuple1', at(2));
    expect(t.isTraced(2)).toBe(true);
  });

  it('fresh blocks skip the freelist but are parked; reentrant ones are traced only when recycled', () => {
    const t = new BlockTracer({ list: 1 });
    t.table.start(1);
    t.alloc(1, 56, 'list', at(1), 'fresh');
    expect(t.isTraced(1)).toBe(true);
    expect(t.freelistSize('list')).toBe(1);
    t.free(1);
    expect(t.freelistSize('list')).toBe(2);
    t.alloc(2, 56, 'list', at(3), 'reentrant');
    expect(t.table.getBlockTraceback(2)).toEqual([{ filename: 'x.py', lineno: 3 }]);
    t.alloc(3, 56, 'list', at(4), 'reentrant');
    t.alloc(4, 56, 'list', at(4), 'reentrant');
    expect(t.isTraced(3) || t.isTraced(4)).toBe(false);
  });

  it('a freelist full to capacity frees the block', () => {
    const t = new BlockTracer({ list: 80 });
    t.table.start(1);
    t.alloc(1, 56, 'list', at(1), 'fresh');
    t.free(1);
    expect(t.table.getTracedMemory()[0]).toBe(0);
  });
});
