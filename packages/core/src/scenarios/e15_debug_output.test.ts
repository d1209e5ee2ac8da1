/**
 * E15 (e15_debug_output.py): DEBUG_STATS | DEBUG_COLLECTABLE; a list self-cycle, then an instance
 * self-cycle; gc.collect(). CPython 3.11.7 wrote to stderr:
 *   gc: collecting generation 2...
 *   gc: objects in each generation: 9 0 11092
 *   gc: objects in permanent generation: 0
 *   gc: collectable <list 0xADDR>
 *   gc: collectable <A 0xADDR>
 *   gc: done, 2 unreachable, 0 uncollectable, 0.0018s elapsed
 * The generation sizes depend on the interpreter's startup population; heapline checks that they
 * are the sizes before the merge, and prints no clock (0.0000s).
 */
import { describe, expect, it } from 'vitest';
import { DebugFlag, defaultAddress } from '../index.js';
import { Py } from './python.js';

describe('E15: gc debug output', () => {
  it('prints the header with the generation sizes before the merge, one line per collectable object, and the done line', () => {
    const py = new Py();
    const { heap } = py;
    heap.collect();
    heap.setDebug(DebugFlag.STATS | DebugFlag.COLLECTABLE);
    // l = []; l.append(l); del l
    py.store('l', py.list());
    const l = py.name('l');
    py.append(l, l);
    py.del('l');
    // class A: pass; a = A(); a.me = a; del a
    const A = py.defclass('A');
    py.store('a', py.new(A));
    const a = py.name('a');
    py.setattr(a, 'me', a);
    py.del('a');
    const sizes = [0, 1, 2].map((g) => heap.getObjects(g).length);
    const before = py.stderr().length;
    expect(heap.collect()).toBe(2);
    heap.setDebug(0);
    expect(py.stderr().slice(before)).toEqual([
      'gc: collecting generation 2...',
      `gc: objects in each generation: ${sizes.join(' ')}`,
      'gc: objects in permanent generation: 0',
      `gc: collectable <list ${defaultAddress(l)}>`,
      `gc: collectable <A ${defaultAddress(a)}>`,
      'gc: done, 2 unreachable, 0 uncollectable, 0.0000s elapsed',
    ]);
    expect(sizes[0]).toBeGreaterThan(0);
  });
});
