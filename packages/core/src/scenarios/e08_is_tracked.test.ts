/**
 * E08 (e08_is_tracked.py): which objects the collector tracks, and when tuples and dicts stop
 * being tracked.
 * CPython 3.11.7 printed:
 *   (1,2) literal: True
 *   tuple([1,2]) fresh: True
 *   tuple([1,2]) after collect: False
 *   ([],): True
 *   (): False
 *   {}: False
 *   {'a': 1}: False
 *   {'a': []}: True
 *   dict after replacing [] by 1 (still tracked until full gc): True
 *     after collect(0): True
 *     after collect(2): False
 *   nested runtime tuple: True
 *     after collect(0): False
 *   dict with fresh tracked tuple value: True
 *   {1: ()} : False
 *   {(1,2): 1} literal-key: False
 *   []: True  set(): True  frozenset(): True
 *   0: False  'a': False  1.5: False  None: False  b'': False
 *   instance: True  slots instance: True  class: True  object(): False
 *   function: True  module gc: True
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

describe('E08: gc.is_tracked', () => {
  it('follows the tuple and dict untracking rules', () => {
    const py = new Py();
    const { heap } = py;
    const tracked = (id: number) => {
      const r = heap.isTracked(id);
      if (py.isOnStack(id)) py.pop(id);
      return r;
    };
    // Compile time: the module's constants (1, 2) and (2, 3) are tuples built by the compiler.
    const c12 = py.tuple([py.int(1), py.int(2)]);
    heap.take(c12, py.consts, '(1, 2)');
    py.pop(c12);
    const c23 = py.tuple([py.int(2), py.int(3)]);
    heap.take(c23, py.consts, '(2, 3)');
    py.pop(c23);
    const gcModule = py.alloc({ type: 'module', size: 72, gc: true });
    py.store('gc', gcModule);

    expect(heap.isTracked(c12)).toBe(true); // (1,2) literal: True
    // t = tuple([1, 2])
    const tmp = py.list([py.int(1), py.int(2)]);
    const t = py.tuple(py.items(tmp).map((x) => x));
    py.pop(tmp);
    py.store('t', t);
    expect(heap.isTracked(t)).toBe(true); // tuple([1,2]) fresh: True
    heap.collect();
    expect(heap.isTracked(t)).toBe(false); // tuple([1,2]) after collect: False

    expect(tracked(py.tuple([py.list()]))).toBe(true); // ([],): True
    expect(tracked(py.emptyTuple())).toBe(false); // (): False
    expect(tracked(py.dict())).toBe(false); // {}: False
    expect(tracked(py.dict([['a', py.int(1)]]))).toBe(false); // {'a': 1}: False
    expect(tracked(py.dict([['a', py.list()]]))).toBe(true); // {'a': []}: True

    py.store('d', py.dict([['a', py.list()]]));
    const d = py.name('d');
    py.setitem(d, 'a', py.int(1)); // d['a'] = 1
    expect(heap.isTracked(d)).toBe(true); // still tracked until full gc
    heap.collect(0);
    expect(heap.isTracked(d)).toBe(true); // after collect(0): True
    heap.collect();
    expect(heap.isTracked(d)).toBe(false); // after collect(2): False

    // tt = tuple([1, (2, 3)]): the constant (2, 3) was untracked by the collections above
    expect(heap.isTracked(c23)).toBe(false);
    const tmp2 = py.list([py.int(1), c23]);
    const tt = py.tuple(py.items(tmp2));
    py.pop(tmp2);
    py.store('tt', tt);
    expect(heap.isTracked(tt)).toBe(true); // nested runtime tuple: True
    heap.collect(0);
    expect(heap.isTracked(tt)).toBe(false); // after collect(0): False

    // d2 = {'k': tuple([1, 2])}
    const tmp3 = py.list([py.int(1), py.int(2)]);
    const fresh = py.tuple(py.items(tmp3));
    py.pop(tmp3);
    py.store('d2', py.dict([['k', fresh]]));
    expect(heap.isTracked(py.name('d2'))).toBe(true); // dict with fresh tracked tuple value: True

    // {1: ()}: the key is an int, the value the untracked empty tuple
    expect(tracked(py.dict([['1', py.emptyTuple()]]))).toBe(false); // {1: ()} : False
    // {(1, 2): 1}: the key is the (now untracked) constant tuple; a non-str key is held too
    expect(heap.isTracked(c12)).toBe(false);
    const kd = py.dict();
    py.setitem(kd, '(1, 2)', py.int(1));
    py.setitem(kd, 'key (1, 2)', c12);
    expect(tracked(kd)).toBe(false); // {(1,2): 1} literal-key: False

    // []: True  set(): True  frozenset(): True
    expect(tracked(py.list())).toBe(true);
    expect(tracked(py.alloc({ type: 'set', size: 216, gc: true }))).toBe(true);
    expect(tracked(py.alloc({ type: 'frozenset', size: 216, gc: true }))).toBe(true);
    // 0: False  'a': False  1.5: False  None: False  b'': False
    expect(tracked(py.int(0))).toBe(false);
    expect(tracked(py.str('a'))).toBe(false);
    expect(tracked(py.alloc({ type: 'float', size: 24 }))).toBe(false);
    expect(tracked(py.None)).toBe(false);
    expect(tracked(py.alloc({ type: 'bytes', size: 33 }))).toBe(false);
    // instance: True  slots instance: True  class: True  object(): False
    const C = py.defclass('C');
    const S = py.defclass('S', { slots: ['a'] });
    expect(tracked(py.new(C))).toBe(true);
    expect(tracked(py.new(S))).toBe(true);
    expect(heap.isTracked(C.id)).toBe(true);
    expect(tracked(py.alloc({ type: 'object', size: 16 }))).toBe(false);
    // function: True  module gc: True
    expect(tracked(py.function())).toBe(true);
    expect(heap.isTracked(gcModule)).toBe(true);
  });
});
