/**
 * The order of the collector's untracking passes, measured on CPython 3.11.7:
 *
 *   gc.collect()
 *   d = {'x': []}; t = tuple([1, 2]); d['k'] = t; del d['x']
 *   print(gc.is_tracked(d), gc.is_tracked(t),
 *         gc.get_objects().index(d) < gc.get_objects().index(t))   # True True True
 *   gc.collect()
 *   print(gc.is_tracked(d), gc.is_tracked(t))   # False False
 *
 * d precedes t in gen0's list, yet the same full collection untracks both: untrack_tuples runs
 * over the whole generation before untrack_dicts.
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('untrack_tuples runs before untrack_dicts', () => {
  it('a dict holding a tuple untracked in the same full collection is untracked too', () => {
    const py = new Py();
    const { heap } = py;
    heap.collect();
    py.store('d', py.dict([['x', py.list()]]));
    const t = py.tuple([py.int(1), py.int(2)]);
    py.store('t', t);
    const d = py.name('d');
    py.setitem(d, 'k', t);
    py.delitem(d, 'x');
    expect([heap.isTracked(d), heap.isTracked(t)]).toEqual([true, true]);
    expect(heap.getObjects().indexOf(d)).toBeLessThan(heap.getObjects().indexOf(t));
    heap.collect();
    expect([heap.isTracked(d), heap.isTracked(t)]).toEqual([false, false]);
  });
});
