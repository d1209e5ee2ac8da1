/**
 * E13 (e13_dealloc_order.py): the order in which each container releases its contents.
 * CPython 3.11.7 printed:
 *   list:                                             del 2; del 1; del 0;
 *   tuple:                                            del 2; del 1; del 0;
 *   dict (insertion order values):                    del 0; del 1; del 2;
 *   instance attrs (inline values, insertion order):  del 0; del 1; del 2;
 *   instance with __dict__ materialised:              del 0; del 1; del 2;
 *   container __del__ before contents:                del Box; del 1; del 0;
 *   slots (declaration order):                        del p; del q; del r;
 *   gc cycle: __del__ of all first, then tp_clear:
 *   finalize a; finalize b; finalize c; del pa; del pb; del pc;
 *   collected 6
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E13: dealloc order', () => {
  const py = new Py();
  const { heap } = py;
  // class D: __init__(self, n): self.n = n; __del__: print("del", self.n, end="; ")
  const D = py.defclass('D', { del: (self) => py.print(`del ${py.attrValue(self, 'n')};`) });
  const mkD = (n: string | number) =>
    py.new(D, (self) => py.setattr(self, 'n', typeof n === 'number' ? py.int(n) : py.str(n)));
  const H = py.defclass('H');
  const run = (body: () => void) => {
    py.out.length = 0;
    body();
    return py.out.join(' ');
  };

  it('list: last to first', () => {
    expect(
      run(() => {
        py.store('l', py.list([mkD(0), mkD(1), mkD(2)]));
        py.del('l');
      }),
    ).toBe('del 2; del 1; del 0;');
  });

  it('tuple: last to first', () => {
    expect(
      run(() => {
        py.store('t', py.tuple([mkD(0), mkD(1), mkD(2)]));
        py.del('t');
      }),
    ).toBe('del 2; del 1; del 0;');
  });

  it('dict: values in insertion order', () => {
    expect(
      run(() => {
        py.store('d', py.dict([['x', mkD(0)], ['y', mkD(1)], ['z', mkD(2)]]));
        py.del('d');
      }),
    ).toBe('del 0; del 1; del 2;');
  });

  it('instance attributes (inline values): insertion order', () => {
    expect(
      run(() => {
        py.store('h', py.new(H));
        const h = py.name('h');
        py.setattr(h, 'c', mkD(0));
        py.setattr(h, 'a', mkD(1));
        py.setattr(h, 'b', mkD(2));
        py.del('h');
      }),
    ).toBe('del 0; del 1; del 2;');
  });

  it('instance with __dict__ materialised: the dict, in insertion order', () => {
    expect(
      run(() => {
        py.store('h', py.new(H));
        const h = py.name('h');
        py.setattr(h, 'c', mkD(0));
        py.setattr(h, 'a', mkD(1));
        py.setattr(h, 'b', mkD(2));
        py.materializeDict(h); // h.__dict__
        py.del('h');
      }),
    ).toBe('del 0; del 1; del 2;');
  });

  it("a container's own __del__ runs before its contents are released", () => {
    const Box = py.defclass('Box', { del: () => py.print('del Box;') });
    expect(
      run(() => {
        // b = Box(D(0), D(1)): __init__(self, *items): self.items = list(items)
        const args = py.tuple([mkD(0), mkD(1)]);
        const b = py.new(Box, (self) => py.setattr(self, 'items', py.list(py.items(args))));
        py.pop(args);
        py.store('b', b);
        py.del('b');
      }),
    ).toBe('del Box; del 1; del 0;');
  });

  it('__slots__: declaration order, whatever the assignment order', () => {
    const Sl = py.defclass('Sl', { slots: ['p', 'q', 'r'] });
    expect(
      run(() => {
        py.store('s', py.new(Sl));
        const s = py.name('s');
        py.setattr(s, 'r', mkD('r'));
        py.setattr(s, 'p', mkD('p'));
        py.setattr(s, 'q', mkD('q'));
        py.del('s');
      }),
    ).toBe('del p; del q; del r;');
  });

  it('gc cycle: every __del__ first (list order), then tp_clear; collected 6', () => {
    const E = py.defclass('E', { del: (self) => py.print(`finalize ${py.attrValue(self, 'n')};`) });
    heap.collect();
    const mkE = (n: string) => py.new(E, (self) => py.setattr(self, 'n', py.str(n)));
    py.store('a', mkE('a'));
    py.store('b', mkE('b'));
    py.store('c', mkE('c'));
    const [a, b, c] = ['a', 'b', 'c'].map((n) => py.name(n)) as [number, number, number];
    py.setattr(a, 'nxt', b);
    py.setattr(b, 'nxt', c);
    py.setattr(c, 'nxt', a);
    py.setattr(a, 'payload', mkD('pa'));
    py.setattr(b, 'payload', mkD('pb'));
    py.setattr(c, 'payload', mkD('pc'));
    py.out.length = 0;
    py.del('a', 'b', 'c');
    const n = heap.collect();
    expect(py.out.join(' ')).toBe('finalize a; finalize b; finalize c; del pa; del pb; del pc;');
    expect(n).toBe(6);
  });
});
