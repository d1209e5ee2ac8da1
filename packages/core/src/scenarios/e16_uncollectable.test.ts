/**
 * E16 (e16_uncollectable.py): a legacy tp_del type (`_testcapi.with_tp_del`) in a cycle through a
 * list, with DEBUG_UNCOLLECTABLE.
 * CPython 3.11.7 printed:
 *   gc: uncollectable <Legacy 0xADDR>
 *   gc: uncollectable <list 0xADDR>
 *   gc.collect() returned 2
 *   gc.garbage types: ['Legacy']
 *   get_stats()[2]: {'collections': 2, 'collected': 0, 'uncollectable': 2}
 */
import { describe, expect, it } from 'vitest';
import { DebugFlag } from '../index.js';
import { Py } from './python.js';

describe('E16: uncollectable garbage (legacy tp_del)', () => {
  it('keeps the legacy object and what it reaches, reports them, and puts only it in gc.garbage', () => {
    const py = new Py();
    const { heap } = py;
    const Legacy = py.defclass('Legacy');
    heap.collect();
    heap.setDebug(DebugFlag.UNCOLLECTABLE);
    const x = py.alloc({ type: 'Legacy', size: 56, gc: true, cls: Legacy.id, legacyDel: true });
    py.store('x', x);
    py.setattr(x, 'me', x);
    py.store('y', py.list());
    const y = py.name('y');
    py.setattr(x, 'lst', y);
    py.append(y, x);
    py.del('x', 'y');
    const n = heap.collect();
    expect(py.stderr()).toEqual([
      expect.stringMatching(/^gc: uncollectable <Legacy 0x[0-9a-f]+>$/),
      expect.stringMatching(/^gc: uncollectable <list 0x[0-9a-f]+>$/),
    ]);
    expect(n).toBe(2); // gc.collect() returned 2
    expect(heap.garbageItems().map((o) => heap.typeOf(o))).toEqual(['Legacy']);
    expect(heap.getStats()[2]).toEqual({ collections: 2, collected: 0, uncollectable: 2 });
    expect(heap.isAlive(x) && heap.isAlive(y)).toBe(true); // uncollectable objects stay alive
  });
});
