/**
 * E10 (e10_generations.py): which generation holds an object, freeze/unfreeze.
 * CPython 3.11.7 printed:
 *   new: [0] (5, 0, 0)
 *   after collect(0): [1]
 *   after another collect(0): [1]
 *   after collect(1): [2]
 *   new y after collect(1): [2]
 *   new z after collect(2): [2]
 *   after freeze: [] freeze_count>0: True count: (0, 0, 0)
 *   w new: [0]
 *   after unfreeze x: [2] freeze count: 0
 * The 5 in "(5, 0, 0)" counts the lists `where()` itself built; only count[1:] and count[0] > 0
 * are checked there.
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E10: generations', () => {
  it('promotes survivors one generation per collection; freeze hides everything', () => {
    const py = new Py();
    const { heap } = py;
    heap.collect();
    py.store('x', py.list());
    const x = py.name('x');
    expect(py.where(x)).toEqual([0]); // new: [0]
    const c = heap.getCount();
    expect(c[0]).toBeGreaterThan(0);
    expect([c[1], c[2]]).toEqual([0, 0]);
    heap.collect(0);
    expect(py.where(x)).toEqual([1]); // after collect(0): [1]
    heap.collect(0);
    expect(py.where(x)).toEqual([1]); // after another collect(0): [1]
    heap.collect(1);
    expect(py.where(x)).toEqual([2]); // after collect(1): [2]
    py.store('y', py.list());
    heap.collect(1);
    expect(py.where(py.name('y'))).toEqual([2]); // new y after collect(1): [2]
    py.store('z', py.list());
    heap.collect(2);
    expect(py.where(py.name('z'))).toEqual([2]); // new z after collect(2): [2]

    heap.freeze();
    expect(py.where(x)).toEqual([]); // after freeze: []
    expect(heap.generationOf(x)).toBe('permanent');
    expect(heap.getFreezeCount()).toBeGreaterThan(0); // freeze_count>0: True
    expect(heap.getCount()).toEqual([0, 0, 0]); // count: (0, 0, 0)
    py.store('w', py.list());
    expect(py.where(py.name('w'))).toEqual([0]); // w new: [0]
    heap.unfreeze();
    expect(py.where(x)).toEqual([2]); // after unfreeze x: [2]
    expect(heap.getFreezeCount()).toBe(0); // freeze count: 0
  });
});
