/**
 * E06b (e06b_count_clean.py): count[0] with the GC disabled, from a full collection (which also
 * empties the freelists).
 * CPython 3.11.7 printed:
 *   [2, 3, 8, 209, 88, 88]
 *   diffs: [1, 5, 201, -121, 0]
 * The first reading (2) is `keep` and `r`; the calibration diff (1, between two back-to-back
 * reads) is interpreter noise and is not modelled; the other diffs are checked exactly.
 */
import { describe, expect, it } from 'vitest';
import { CPYTHON_FREELISTS, Py } from './python.js';

describe('E06b: count[0] = GC allocations - GC frees, freelists hide objects', () => {
  it('+5 for 5 lists, +201 for 200+1, -121 when freed (80 parked), +0 for 51 from the freelist', () => {
    const py = new Py({ heap: { freelists: CPYTHON_FREELISTS } });
    const { heap } = py;
    heap.disable();
    py.store('c', py.function('c'));
    heap.collect();
    const c = () => heap.getCount()[0];
    py.store('keep', py.list());
    py.store('r', py.list());
    const keep = py.name('keep');
    const r: number[] = [];
    r.push(c());
    for (let i = 0; i < 5; i++) py.append(keep, py.list());
    r.push(c());
    // lst = [[] for _ in range(200)]: a comprehension function, 200 lists and the outer list
    const comp = py.function('<listcomp>');
    const lst = py.list();
    for (let i = 0; i < 200; i++) py.append(lst, py.list());
    py.pop(comp);
    py.store('lst', lst);
    r.push(c());
    py.del('lst');
    r.push(c());
    const comp2 = py.function('<listcomp>');
    const more = py.list();
    for (let i = 0; i < 50; i++) py.append(more, py.list());
    py.pop(comp2);
    py.store('more', more);
    r.push(c());

    expect(r[0]).toBe(2); // [2, ...]: keep and r
    expect(r.slice(1).map((v, k) => v - r[k]!)).toEqual([5, 201, -121, 0]);
    expect(heap.getCount()).toEqual([r[4], 0, 0]);
  });
});
