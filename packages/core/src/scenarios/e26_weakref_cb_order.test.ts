/**
 * E26 (e26_weakref_cb_order.py): three weakrefs w1, w2, w3 (each with its own lambda callback)
 * to one object: the newest callback runs first, on both paths.
 * CPython 3.11.7 printed:
 *   refcount path:
 *   cb w3; cb w2; cb w1;
 *   gc path:
 *   cb w3; cb w2; cb w1;
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E26: weakref callback order', () => {
  const py = new Py();
  const { heap } = py;
  const A = py.defclass('A');
  py.store('refs', py.list());
  const refs = py.name('refs');
  // def mk(name): return lambda wr: print("cb", name, end="; ")
  const addRefs = (target: number) => {
    for (const n of ['w1', 'w2', 'w3']) {
      const fn = py.function(`<lambda ${n}>`);
      py.append(refs, py.weakref(target, () => py.print(`cb ${n};`), fn));
    }
  };

  it('refcount path: cb w3; cb w2; cb w1', () => {
    py.out.length = 0;
    py.store('a', py.new(A));
    addRefs(py.name('a'));
    py.del('a');
    expect(py.out.join(' ')).toBe('cb w3; cb w2; cb w1;');
  });

  it('gc path: cb w3; cb w2; cb w1', () => {
    py.out.length = 0;
    py.store('b', py.new(A));
    const b = py.name('b');
    py.setattr(b, 'me', b);
    addRefs(b);
    py.del('b');
    heap.collect();
    expect(py.out.join(' ')).toBe('cb w3; cb w2; cb w1;');
    expect(heap.isAlive(b)).toBe(false);
  });
});
