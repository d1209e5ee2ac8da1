/**
 * E02 (e02_del_cycle.py): class A with `__del__` printing its name; cycles of instances.
 * CPython 3.11.7 printed:
 *   __del__ a / __del__ b / collected: 2
 *   __del__ c / __del__ d / collected (with __dict__ materialised): 4
 *   __del__ x / __del__ y / __del__ z / collected 3-cycle: 3
 *   __del__ p / __del__ q / collected: 2
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E02: cycles of instances with __del__', () => {
  const py = new Py();
  const { heap } = py;
  // class A: __init__ sets self.name; __del__ prints it.
  const A = py.defclass('A', { del: (self) => py.print('__del__', py.attrValue(self, 'name')) });
  const mk = (n: string) => py.new(A, (self) => py.setattr(self, 'name', py.str(n)));
  heap.collect();

  it('a 2-cycle of instances (inline values) counts 2; finalizers run in allocation order', () => {
    py.out.length = 0;
    py.store('a', mk('a'));
    py.store('b', mk('b'));
    const [a, b] = [py.name('a'), py.name('b')];
    py.setattr(a, 'other', b);
    py.setattr(b, 'other', a);
    py.del('a', 'b');
    expect(py.out).toEqual([]);
    const n = heap.collect();
    expect(py.out).toEqual(['__del__ a', '__del__ b']);
    expect(n).toBe(2);
  });

  it('with __dict__ materialised, each instance adds its dict: 4', () => {
    py.out.length = 0;
    py.store('c', mk('c'));
    py.store('d', mk('d'));
    const [c, d] = [py.name('c'), py.name('d')];
    py.setattr(c, 'other', d);
    py.setattr(d, 'other', c);
    const cd = py.materializeDict(c);
    const dd = py.materializeDict(d);
    expect(heap.typeOf(cd)).toBe('dict');
    expect(heap.isTracked(cd) && heap.isTracked(dd)).toBe(true);
    py.del('c', 'd');
    const n = heap.collect();
    expect(py.out).toEqual(['__del__ c', '__del__ d']);
    expect(n).toBe(4);
    expect([c, d, cd, dd].some((o) => heap.isAlive(o))).toBe(false);
  });

  it('a 3-cycle x -> y -> z -> x: __del__ x, y, z; collected 3', () => {
    py.out.length = 0;
    for (const n of ['x', 'y', 'z']) py.store(n, mk(n));
    const [x, y, z] = ['x', 'y', 'z'].map((n) => py.name(n)) as [number, number, number];
    py.setattr(x, 'n', y);
    py.setattr(y, 'n', z);
    py.setattr(z, 'n', x);
    py.del('x', 'y', 'z');
    const n = heap.collect();
    expect(py.out).toEqual(['__del__ x', '__del__ y', '__del__ z']);
    expect(n).toBe(3);
  });

  it('created p then q, linked q first: __del__ p, then q; collected 2', () => {
    py.out.length = 0;
    py.store('p', mk('p'));
    py.store('q', mk('q'));
    const [p, q] = [py.name('p'), py.name('q')];
    py.setattr(q, 'n', p);
    py.setattr(p, 'n', q);
    py.del('q', 'p');
    const n = heap.collect();
    expect(py.out).toEqual(['__del__ p', '__del__ q']);
    expect(n).toBe(2);
  });
});
