/**
 * E24 (e24_order_weakref_vs_del.py): __del__ vs weakref callback order on both paths; slots
 * before the dict; objects freed by a finalizer are not counted; resurrection keeps a whole cycle.
 * CPython 3.11.7 printed:
 *   -- refcount path:   __del__ rc / weakref callback
 *   -- gc path:         weakref callback / __del__ gc / collected 1
 *   -- slots + dict: slots cleared before dict
 *   del s1; del s2; del d1; del d2;
 *   -- finalizer frees a trash object by refcount: not counted
 *   collected 1
 *   -- resurrecting one member keeps the whole cycle alive
 *   __del__ g1 / __del__ g2 / collected 0
 *   collected after dropping resurrected ref (no __del__ again): 3
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E24: weakref callbacks vs __del__, and what a collection counts', () => {
  const py = new Py();
  const { heap } = py;
  const A = py.defclass('A', { del: (self) => py.print(`__del__ ${py.attrValue(self, 'n')}`) });
  py.store('cb', py.function('cb'));
  const cb = () => py.print('weakref callback');

  it('refcount path: __del__ first, then the weakref callback', () => {
    py.out.length = 0;
    py.store('a', py.new(A, (self) => py.setattr(self, 'n', py.str('rc'))));
    py.store('w', py.weakref(py.name('a'), cb, py.name('cb')));
    py.del('a');
    expect(py.out).toEqual(['__del__ rc', 'weakref callback']);
  });

  it('gc path: the weakref callback first, then __del__; collected 1', () => {
    heap.collect();
    py.out.length = 0;
    py.store('b', py.new(A, (self) => py.setattr(self, 'n', py.str('gc'))));
    const b = py.name('b');
    py.setattr(b, 'me', b);
    py.store('w2', py.weakref(b, cb, py.name('cb')));
    py.del('b');
    const n = heap.collect();
    expect(py.out).toEqual(['weakref callback', '__del__ gc']);
    expect(n).toBe(1);
  });

  it('slots (declaration order) are released before the dict values (insertion order)', () => {
    const D = py.defclass('D', { del: (self) => py.print(`del ${py.attrValue(self, 'n')};`) });
    const mkD = (n: string) => py.new(D, (self) => py.setattr(self, 'n', py.str(n)));
    // class SD: __slots__ = ('s1', 's2', '__dict__')
    const SD = py.defclass('SD', { slots: ['s1', 's2'] });
    py.out.length = 0;
    py.store('o', py.new(SD));
    const o = py.name('o');
    py.setattr(o, 'd1', mkD('d1'));
    py.setattr(o, 's2', mkD('s2'));
    py.setattr(o, 's1', mkD('s1'));
    py.setattr(o, 'd2', mkD('d2'));
    py.del('o');
    expect(py.out.join(' ')).toBe('del s1; del s2; del d1; del d2;');
  });

  it('an object a finalizer frees by refcounting is not counted: collected 1', () => {
    // class F: def __del__(self): self.payload = None
    const F = py.defclass('F', { del: (self) => py.setattr(self, 'payload', py.None) });
    heap.collect();
    py.store('f', py.new(F));
    const f = py.name('f');
    py.setattr(f, 'me', f);
    py.setattr(f, 'payload', py.list([py.int(1), py.int(2)]));
    const payload = py.getattr(f, 'payload');
    py.del('f');
    const n = heap.collect();
    expect(n).toBe(1);
    expect(heap.isAlive(payload) || heap.isAlive(f)).toBe(false);
  });

  it('resurrecting one member keeps the whole cycle alive; later it is collected without __del__', () => {
    py.store('saved', py.list());
    const saved = py.name('saved');
    const G = py.defclass('G', {
      del: (self) => {
        const n = py.attrValue(self, 'n');
        py.print(`__del__ ${n}`);
        if (n === 'g1') py.append(saved, self);
      },
    });
    heap.collect();
    py.out.length = 0;
    py.store('g1', py.new(G, (self) => py.setattr(self, 'n', py.str('g1'))));
    py.store('g2', py.new(G, (self) => py.setattr(self, 'n', py.str('g2'))));
    const [g1, g2] = [py.name('g1'), py.name('g2')];
    py.setattr(g1, 'o', g2);
    py.setattr(g2, 'o', g1);
    py.setattr(g1, 'lst', py.list([py.int(1)]));
    const lst = py.getattr(g1, 'lst');
    py.del('g1', 'g2');
    const n1 = heap.collect();
    expect(py.out).toEqual(['__del__ g1', '__del__ g2']);
    expect(n1).toBe(0);
    expect([g1, g2, lst].every((o) => heap.isAlive(o))).toBe(true);
    py.clearList(saved); // saved.clear()
    const n2 = heap.collect();
    expect(n2).toBe(3);
    expect(py.out).toEqual(['__del__ g1', '__del__ g2']); // no __del__ again
    expect([g1, g2, lst].some((o) => heap.isAlive(o))).toBe(false);
  });
});
