/**
 * E07 (e07_callbacks.py): gc.callbacks see ('start', info) and ('stop', info) around each
 * collection; collect() of a self-cycle, then collect(0).
 * CPython 3.11.7 printed:
 *   ('start', {'generation': 2, 'collected': 0, 'uncollectable': 0})
 *   ('stop', {'generation': 2, 'collected': 1, 'uncollectable': 0})
 *   ('start', {'generation': 0, 'collected': 0, 'uncollectable': 0})
 *   ('stop', {'generation': 0, 'collected': 0, 'uncollectable': 0})
 *   returned: 1
 *   get_stats: [...] (cumulative values that depend on the run; their deltas are checked)
 */
import { describe, expect, it } from 'vitest';
import type { GcCallbackInfo } from '../index.js';
import { Py } from './python.js';

describe('E07: gc callbacks', () => {
  it('report generation, collected and uncollectable around each collection', () => {
    const events: Array<[string, GcCallbackInfo]> = [];
    let registered = false;
    const py = new Py({
      heap: {
        onGc: (_heap, phase, info) => {
          if (registered) events.push([phase, { ...info }]);
        },
      },
    });
    const { heap } = py;
    heap.collect();
    registered = true; // gc.callbacks.append(cb)
    const before = heap.getStats();
    py.store('l', py.list());
    const l = py.name('l');
    py.append(l, l);
    py.del('l');
    const r = heap.collect();
    heap.collect(0);
    registered = false;
    expect(events).toEqual([
      ['start', { generation: 2, collected: 0, uncollectable: 0 }],
      ['stop', { generation: 2, collected: 1, uncollectable: 0 }],
      ['start', { generation: 0, collected: 0, uncollectable: 0 }],
      ['stop', { generation: 0, collected: 0, uncollectable: 0 }],
    ]);
    expect(r).toBe(1); // returned: 1
    const after = heap.getStats();
    const delta = after.map((s, g) => ({
      collections: s.collections - before[g]!.collections,
      collected: s.collected - before[g]!.collected,
      uncollectable: s.uncollectable - before[g]!.uncollectable,
    }));
    expect(delta).toEqual([
      { collections: 1, collected: 0, uncollectable: 0 },
      { collections: 0, collected: 0, uncollectable: 0 },
      { collections: 1, collected: 1, uncollectable: 0 },
    ]);
  });
});
