/**
 * E05 (e05_resurrect.py): resurrection by __del__, through the collector and through refcounting.
 * CPython 3.11.7 printed:
 *   is saved None before: True
 *   __del__ called
 *   collected 1st: 0
 *   resurrected: True is_finalized: True
 *   in gen2: True
 *   collected 2nd: 1
 *   S.__del__
 *   keep alive after refcount dealloc: True finalized: True
 *   second drop, no __del__ printed above this line? (see next)
 *   done
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E05: resurrection', () => {
  it('a self-cycle whose __del__ stores self in a global survives once, then is collected without __del__', () => {
    const py = new Py();
    const { heap } = py;
    py.store('saved', py.None);
    // class R: def __del__(self): global saved; print("__del__ called"); saved = self
    const R = py.defclass('R', {
      del: (self) => {
        py.print('__del__ called');
        py.store('saved', self);
      },
    });
    heap.collect();
    py.store('r', py.new(R));
    const r = py.name('r');
    py.setattr(r, 'me', r);
    py.del('r');
    expect(py.name('saved')).toBe(py.None); // is saved None before: True
    expect(heap.collect()).toBe(0); // collected 1st: 0
    expect(py.out).toEqual(['__del__ called']);
    expect(py.name('saved')).toBe(r); // resurrected: True
    expect(heap.isFinalized(r)).toBe(true); // is_finalized: True
    expect(heap.getObjects(2)).toContain(r); // in gen2: True
    py.store('saved', py.None);
    expect(heap.collect()).toBe(1); // collected 2nd: 1
    expect(py.out).toEqual(['__del__ called']);
    expect(heap.isAlive(r)).toBe(false);
  });

  it('resurrection on the refcount path: __del__ runs once; the second drop frees without __del__', () => {
    const py = new Py();
    const { heap } = py;
    py.store('keep', py.None);
    const S = py.defclass('S', {
      del: (self) => {
        py.print('S.__del__');
        py.store('keep', self);
      },
    });
    py.store('s', py.new(S));
    const s = py.name('s');
    py.del('s');
    expect(py.out).toEqual(['S.__del__']);
    expect(py.name('keep')).toBe(s); // keep alive after refcount dealloc: True
    expect(heap.isFinalized(s)).toBe(true); // finalized: True
    py.store('keep', py.None);
    expect(py.out).toEqual(['S.__del__']); // no __del__ printed on the second drop
    expect(heap.isAlive(s)).toBe(false);
  });
});
