/**
 * E04 (e04_saveall.py): DEBUG_SAVEALL keeps the garbage in gc.garbage instead of clearing it;
 * finalizers still run; once the flag is cleared and gc.garbage emptied, the same objects are
 * collected (and counted) again, without a second __del__.
 * CPython 3.11.7 printed:
 *   collected: 1
 *   len(gc.garbage): 1 type: list self-ref intact: True
 *   __del__ A
 *   collected: 1
 *   len(gc.garbage): 2 ['list', 'A']
 *   is_finalized(A obj): True
 *   after clear: 2
 */
import { describe, expect, it } from 'vitest';
import { DebugFlag } from '../index.js';
import { Py } from './python.js';

describe('E04: DEBUG_SAVEALL', () => {
  it('saves a self-referencing list and an instance with __del__, then collects both once cleared', () => {
    const py = new Py();
    const { heap } = py;
    heap.collect();
    heap.setDebug(DebugFlag.SAVEALL);

    py.store('l', py.list());
    const l = py.name('l');
    py.append(l, l);
    py.del('l');
    expect(heap.collect()).toBe(1); // collected: 1
    const g1 = heap.garbageItems();
    expect(g1).toEqual([l]); // len(gc.garbage): 1
    expect(heap.typeOf(g1[0]!)).toBe('list');
    expect(py.items(g1[0]!)[0]).toBe(g1[0]); // self-ref intact: True

    const A = py.defclass('A', { del: () => py.print('__del__ A') });
    py.store('a', py.new(A));
    const a = py.name('a');
    py.setattr(a, 'me', a);
    py.del('a');
    expect(heap.collect()).toBe(1); // __del__ A / collected: 1
    expect(py.out).toEqual(['__del__ A']);
    const g2 = heap.garbageItems();
    expect(g2.map((o) => heap.typeOf(o))).toEqual(['list', 'A']);
    expect(heap.isFinalized(g2[1]!)).toBe(true);

    heap.setDebug(0);
    py.clearList(heap.garbage); // gc.garbage.clear()
    expect(heap.garbageItems()).toEqual([]);
    expect(heap.collect()).toBe(2); // after clear: 2
    expect(py.out).toEqual(['__del__ A']); // no second __del__
    expect(heap.isAlive(l) || heap.isAlive(a)).toBe(false);
  });
});
