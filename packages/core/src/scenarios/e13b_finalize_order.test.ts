/**
 * E13b (e13b_finalize_order.py): finalizers run in list order over every unreachable object,
 * including objects only referenced from the cycle (here allocated before it); an object the
 * trash references but that is also reachable from outside is left alone.
 * CPython 3.11.7 printed:
 *   del pa; del pb; del a; del b; collected 4
 *   del c; collected 1 keep alive: keep
 *   del keep;            (at interpreter exit, when the module's globals are cleared)
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E13b: finalizer order is list order', () => {
  it('payloads allocated before the cycle are finalized first; a reachable referent is untouched', () => {
    const py = new Py();
    const { heap } = py;
    const D = py.defclass('D', { del: (self) => py.print(`del ${py.attrValue(self, 'n')};`) });
    const mkD = (n: string) => py.new(D, (self) => py.setattr(self, 'n', py.str(n)));
    heap.collect();
    py.store('pa', mkD('pa'));
    py.store('pb', mkD('pb'));
    py.store('a', mkD('a'));
    py.store('b', mkD('b'));
    const [pa, pb, a, b] = ['pa', 'pb', 'a', 'b'].map((n) => py.name(n)) as [number, number, number, number];
    py.setattr(a, 'nxt', b);
    py.setattr(b, 'nxt', a);
    py.setattr(a, 'payload', pa);
    py.setattr(b, 'payload', pb);
    py.del('pa', 'pb', 'a', 'b');
    const n1 = heap.collect();
    expect(py.out.join(' ')).toBe('del pa; del pb; del a; del b;');
    expect(n1).toBe(4);

    py.out.length = 0;
    py.store('keep', mkD('keep'));
    py.store('c', mkD('c'));
    const c = py.name('c');
    const keep = py.name('keep');
    py.setattr(c, 'me', c);
    py.setattr(c, 'k', keep);
    py.del('c');
    const n2 = heap.collect();
    expect(py.out.join(' ')).toBe('del c;');
    expect(n2).toBe(1);
    expect(py.attrValue(keep, 'n')).toBe('keep'); // keep alive: keep
    expect(heap.isFinalized(keep)).toBe(false);

    py.out.length = 0;
    py.del('keep'); // module teardown
    expect(py.out.join(' ')).toBe('del keep;');
  });
});
