/**
 * E03 (e03_weakref_cb.py): weakref callbacks in a collection.
 * CPython 3.11.7 printed:
 *   callback called; referent now: None
 *   collected: 2
 *   w() after: None
 *   collected (weakref inside trash): 2
 *   cb2 drops weakref
 *   collected (weakref freed by its own callback): 2
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E03: weakref callbacks during a collection', () => {
  const py = new Py();
  const { heap } = py;
  const N = py.defclass('N');
  // def cb(wr): print("callback called; referent now:", wr())
  py.store('cb', py.function('cb'));
  const cbFn = py.name('cb');
  const cb = (wr: number) => py.print('callback called; referent now:', heap.weakrefTarget(wr) === null ? 'None' : 'alive');
  heap.collect();

  it('a reachable weakref to a cycle member gets its callback (referent already None); collected 2', () => {
    py.out.length = 0;
    py.store('a', py.new(N));
    py.store('b', py.new(N));
    const [a, b] = [py.name('a'), py.name('b')];
    py.setattr(a, 'b', b);
    py.setattr(b, 'a', a);
    py.store('w', py.weakref(a, cb, cbFn));
    const w = py.name('w');
    py.del('a', 'b');
    const n = heap.collect();
    expect(py.out).toEqual(['callback called; referent now: None']);
    expect(n).toBe(2);
    // w() after: None
    expect(heap.isAlive(w)).toBe(true);
    expect(heap.weakrefTarget(w)).toBeNull();
  });

  it('a weakref that is itself part of the trash: no callback; collected 2 (object + weakref)', () => {
    py.out.length = 0;
    py.store('c', py.new(N));
    const c = py.name('c');
    py.setattr(c, 'me', c);
    const w = py.weakref(c, cb, cbFn);
    py.setattr(c, 'w', w);
    py.del('c');
    const n = heap.collect();
    expect(py.out).toEqual([]);
    expect(n).toBe(2);
    expect(heap.isAlive(w)).toBe(false);
  });

  it('a weakref freed by its own callback counts as collected: 2', () => {
    py.out.length = 0;
    py.store('holder', py.dict());
    const holder = py.name('holder');
    py.store('e', py.new(N));
    const e = py.name('e');
    py.setattr(e, 'me', e);
    // holder['w'] = weakref.ref(e, lambda wr: (print("cb2 drops weakref"), holder.clear()))
    const lambda = py.function('<lambda>');
    const w = py.weakref(
      e,
      () => {
        py.print('cb2 drops weakref');
        py.delitem(holder, 'w'); // holder.clear()
      },
      lambda,
    );
    py.setitem(holder, 'w', w);
    expect(heap.refcount(w)).toBe(1);
    py.del('e');
    const n = heap.collect();
    expect(py.out).toEqual(['cb2 drops weakref']);
    expect(n).toBe(2);
    expect(heap.isAlive(w)).toBe(false);
    expect(heap.isAlive(lambda)).toBe(false);
  });
});
