/**
 * E01 (e01_selfref_list.py): a self-referencing list, then a self-referencing dict, each
 * unreachable after `del` and collected by a full collection.
 * CPython 3.11.7 printed:
 *   collected: 1
 *   collected dict self-cycle: 1
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E01: self-referencing containers', () => {
  it('a list that contains itself is collected (1), and so is a dict holding itself (1)', () => {
    const py = new Py();
    const { heap } = py;
    heap.collect();

    // l = []; l.append(l); del l
    py.store('l', py.list());
    const l = py.name('l');
    py.append(l, l);
    expect(heap.refcount(l)).toBe(2);
    py.del('l');
    expect(heap.isAlive(l)).toBe(true);
    expect(heap.collect()).toBe(1); // collected: 1
    expect(heap.isAlive(l)).toBe(false);

    // d = {}; d['self'] = d; del d
    py.store('d', py.dict());
    const d = py.name('d');
    expect(heap.isTracked(d)).toBe(false); // dicts start untracked
    py.setitem(d, 'self', d);
    expect(heap.isTracked(d)).toBe(true); // inserting a GC object tracks it
    py.del('d');
    expect(heap.collect()).toBe(1); // collected dict self-cycle: 1
    expect(heap.isAlive(d)).toBe(false);
  });
});
