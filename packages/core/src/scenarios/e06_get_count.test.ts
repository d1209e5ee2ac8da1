/**
 * E06 (e06_get_count.py): gc.get_count() after various allocations, from a full collection.
 * CPython 3.11.7 printed:
 *   after collect: (0, 0, 0)
 *   after 1 list: (6, 0, 0)
 *   after 100 more lists (+outer list): (107, 0, 0)
 *   after del of those 101 lists: (86, 0, 0)
 *   after [None]*5 (list from freelist): (86, 0, 0)
 *   after constant tuple: (86, 0, 0)
 *   after runtime tuple: (86, 0, 0)
 *   after {} (untracked dict still counts): (88, 0, 0)
 *   after str/int allocs: (88, 0, 0)
 *   after class creation: (96, 0, 0)
 *   after instance: (98, 0, 0)
 *   after collect(0): (0, 1, 0)
 *   after collect(1): (0, 0, 1)
 * The absolute values include allocations made by print() and the interpreter, so the test
 * checks the deltas between readings (each reading is a `gc.get_count()` call, whose result
 * 3-tuple is itself a GC allocation served by the tuple freelist after the first one). The
 * "1 list", "class creation" and "instance" steps also include interpreter allocations that are
 * not modelled (a class is 8 GC objects in CPython, one here): only their sign is checked.
 */
import { describe, expect, it } from 'vitest';
import { CPYTHON_FREELISTS, Py } from './python.js';

describe('E06: gc.get_count() deltas', () => {
  it('counts GC allocations minus frees, with freelists hiding objects', () => {
    const py = new Py({ heap: { freelists: CPYTHON_FREELISTS } });
    const { heap } = py;
    // Constants of the module's code object exist before it runs: (1, 2, 3).
    const constTuple = py.tuple([py.int(1), py.int(2), py.int(3)]);
    heap.take(constTuple, py.consts, '(1, 2, 3)');
    py.pop(constTuple);

    heap.collect();
    const readings: number[][] = [];
    const read = () => readings.push(py.getCount());
    read(); // after collect
    py.store('x', py.list());
    read(); // after 1 list
    const y = py.list();
    for (let k = 0; k < 100; k++) py.append(y, py.list());
    py.store('y', y);
    read(); // after 100 more lists (+outer list)
    py.del('y');
    read(); // after del of those 101 lists
    py.store('z', py.list([py.None, py.None, py.None, py.None, py.None]));
    read(); // after [None]*5
    py.store('t', constTuple);
    read(); // after constant tuple
    py.store('t2', py.tuple([py.int(0), py.int(1), py.int(2)]));
    read(); // after runtime tuple
    py.store('d', py.dict());
    expect(heap.isTracked(py.name('d'))).toBe(false);
    read(); // after {}
    py.store('s', py.alloc({ type: 'str', size: 3049 }));
    py.store('i', py.alloc({ type: 'int', size: 40 }));
    read(); // after str/int allocs
    const K = py.defclass('K');
    read(); // after class creation
    py.store('k', py.new(K));
    read(); // after instance

    const c = readings.map((r) => r[0]!);
    expect(readings[0]).toEqual([0, 0, 0]); // after collect: (0, 0, 0)
    const d = c.slice(1).map((v, k) => v - c[k]!);
    expect(d[0]).toBeGreaterThan(0); // after 1 list (6 in CPython, with print's allocations)
    expect(d.slice(1, 8)).toEqual([
      107 - 6, // 100 lists + outer list
      86 - 107, // 101 lists freed, 80 parked on the list freelist
      86 - 86, // [None]*5: a list from the freelist
      86 - 86, // constant tuple: no allocation
      86 - 86, // runtime tuple: from the tuple freelist
      88 - 86, // {} (+ the previous reading's tuple, the freelist being empty)
      88 - 88, // str/int: not GC objects
    ]);
    expect(d[8]).toBeGreaterThan(0); // class creation
    expect(d[9]).toBeGreaterThan(0); // instance
    for (const r of readings) expect([r[1], r[2]]).toEqual([0, 0]);

    heap.collect(0);
    expect(py.getCount()).toEqual([0, 1, 0]); // after collect(0): (0, 1, 0)
    heap.collect(1);
    expect(py.getCount()).toEqual([0, 0, 1]); // after collect(1): (0, 0, 1)
  });
});
