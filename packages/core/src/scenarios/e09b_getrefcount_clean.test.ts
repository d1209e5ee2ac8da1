/**
 * E09b (e09b_getrefcount_clean.py): sys.getrefcount, which includes its argument's reference.
 * Holders: module names, function parameters and locals, list slots, a tuple, a dict value.
 * CPython 3.11.7 printed:
 *   one name: 2
 *   one name, via f(x): 3
 *   one name, via g(x) with extra local alias: 4
 *   two names: 3
 *   two names + 2 slots in a list: 5
 *   ... + tuple: 6
 *   ... + dict value: 7
 *   back to one name: 2
 *   temporary [] (only the argument ref): 1
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E09b: sys.getrefcount', () => {
  it('counts every holder, plus the argument', () => {
    const py = new Py();
    const { heap } = py;
    py.store('l', py.list());
    const l = py.name('l');
    expect(py.getrefcount(l)).toBe(2); // one name: 2
    // def f(x): return sys.getrefcount(x)  -- 3.11 moves the argument into the parameter
    expect(py.call('f', { x: l }, () => py.getrefcount(l))).toBe(3);
    // def g(x): y = x; return sys.getrefcount(x)
    expect(
      py.call('g', { x: l }, (frame) => {
        py.setitem(frame, 'y', l);
        return py.getrefcount(l);
      }),
    ).toBe(4);
    expect(heap.refcount(l)).toBe(1); // the frames released their locals
    py.store('m', l);
    expect(py.getrefcount(l)).toBe(3); // two names: 3
    py.store('c', py.list([l, l]));
    expect(py.getrefcount(l)).toBe(5); // two names + 2 slots in a list: 5
    py.store('t', py.tuple([l]));
    expect(py.getrefcount(l)).toBe(6); // ... + tuple: 6
    py.store('d', py.dict([['k', l]]));
    expect(py.getrefcount(l)).toBe(7); // ... + dict value: 7
    py.del('m', 'c', 't', 'd');
    expect(py.getrefcount(l)).toBe(2); // back to one name: 2
    const tmp = py.list();
    expect(py.getrefcount(tmp)).toBe(1); // temporary [] (only the argument ref): 1
    expect(heap.isAlive(tmp)).toBe(false);
  });
});
