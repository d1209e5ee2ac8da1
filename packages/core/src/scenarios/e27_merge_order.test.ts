/**
 * E27 (e27_merge_order.py): a cycle across a (gen2), b (gen1) and c (gen0); a full collection
 * appends gen0 then gen1 to gen2, so the finalizers run a, c, b.
 * CPython 3.11.7 printed:
 *   full collect order:
 *   __del__ a_in_gen2; __del__ c_in_gen0; __del__ b_in_gen1;
 *   collected 3
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E27: generation merge order', () => {
  it('finalizes in the merged list order: gen2, then gen0, then gen1', () => {
    const py = new Py();
    const { heap } = py;
    const A = py.defclass('A', { del: (self) => py.print(`__del__ ${py.attrValue(self, 'n')};`) });
    const mk = (n: string) => py.new(A, (self) => py.setattr(self, 'n', py.str(n)));
    heap.collect();
    py.store('a', mk('a_in_gen2'));
    heap.collect(); // a -> gen2
    py.store('b', mk('b_in_gen1'));
    heap.collect(0); // b -> gen1
    py.store('c', mk('c_in_gen0'));
    const [a, b, c] = ['a', 'b', 'c'].map((n) => py.name(n)) as [number, number, number];
    expect([heap.generationOf(a), heap.generationOf(b), heap.generationOf(c)]).toEqual([2, 1, 0]);
    py.setattr(a, 'n2', b);
    py.setattr(b, 'n2', c);
    py.setattr(c, 'n2', a);
    py.del('a', 'b', 'c');
    const n = heap.collect();
    expect(py.out.join(' ')).toBe('__del__ a_in_gen2; __del__ c_in_gen0; __del__ b_in_gen1;');
    expect(n).toBe(3);
  });
});
