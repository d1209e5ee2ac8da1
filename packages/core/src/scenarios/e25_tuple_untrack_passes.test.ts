/**
 * E25 (e25_tuple_untrack_passes.py): a tuple holding a tuple needs two collections to be
 * untracked (move_unreachable leaves the reachable chain outer-first); a tuple holding an
 * untracked dict stays tracked (an untracked dict still "may be tracked").
 * CPython 3.11.7 printed:
 *   before: True True
 *   after 1st collect(0): outer True inner False
 *   after 2nd collection: outer False inner False
 *   ({},) after full collect (untracked dict still 'may be tracked'): True inner dict tracked: False
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E25: tuple untracking passes', () => {
  it('untracks the inner tuple first, the outer one a collection later; ({},) stays tracked', () => {
    const py = new Py();
    const { heap } = py;
    heap.collect();
    // outer = (tuple([1, 2]),)
    const tmp = py.list([py.int(1), py.int(2)]);
    const inner = py.tuple(py.items(tmp));
    py.pop(tmp);
    py.store('outer', py.tuple([inner]));
    const outer = py.name('outer');
    py.store('inner', py.None);
    expect([heap.isTracked(outer), heap.isTracked(inner)]).toEqual([true, true]); // before: True True
    heap.collect(0);
    expect([heap.isTracked(outer), heap.isTracked(inner)]).toEqual([true, false]); // after 1st collect(0)
    heap.collect(1);
    expect([heap.isTracked(outer), heap.isTracked(inner)]).toEqual([false, false]); // after 2nd collection

    py.store('t', py.tuple([py.dict()]));
    const t = py.name('t');
    heap.collect();
    expect(heap.isTracked(t)).toBe(true); // ({},) after full collect: True
    expect(heap.isTracked(py.items(t)[0]!)).toBe(false); // inner dict tracked: False
  });
});
