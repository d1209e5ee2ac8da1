/**
 * E14 (e14_threshold.py): thresholds (10, 2, 2); one new list kept per iteration; a gc callback
 * logs ('start', generation, gc.get_count()) at each collection's start.
 * CPython 3.11.7 printed:
 *   threshold: (10, 2, 2)
 *   gen0 count per iteration: [8, 9, 10, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 2, 3, ... ] (period 10)
 *   collections (phase, gen, get_count() at start): [('start', 0, (12, 0, 0)),
 *     ('start', 0, (11, 1, 0)), ('start', 0, (11, 2, 0)), ('start', 1, (11, 3, 0)),
 *     ('start', 0, (11, 0, 1)), ('start', 0, (11, 1, 1))]
 *   set_threshold(500) -> (500, 10, 10)
 *   threshold0=0 disables automatic collection: (0, 10, 10)
 *
 * What the model reproduces, allocation by allocation: each `gc.get_count()` builds a 3-tuple
 * after reading the counts (freed at once, onto the tuple freelist); each callback invocation
 * builds an info dict (freed onto the dict freelist, which a full collection empties: hence 12
 * the first time, 11 afterwards); the callback's log entries are two 3-tuples that stay alive. The
 * allocations print() makes before the loop are not modelled, so the model's loop starts at a
 * lower count; the counts are compared from the first collection on, where both are in step.
 */
import { describe, expect, it } from 'vitest';
import { CPYTHON_FREELISTS, Py } from './python.js';

const CPYTHON_COUNTS = [
  8, 9, 10, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 2, 3, 4, 5, 6,
  7, 8, 9, 10, 0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 2, 3, 4, 5, 6, 7,
];
const CPYTHON_LOG = [
  ['start', 0, [12, 0, 0]],
  ['start', 0, [11, 1, 0]],
  ['start', 0, [11, 2, 0]],
  ['start', 1, [11, 3, 0]],
  ['start', 0, [11, 0, 1]],
  ['start', 0, [11, 1, 1]],
];

describe('E14: automatic collections with thresholds (10, 2, 2)', () => {
  it('starts a collection at the allocation that takes count[0] past the threshold; gen1 every 4th', () => {
    let registered = false;
    const log: Array<[string, number, number[]]> = [];
    const py: Py = new Py({
      heap: {
        freelists: CPYTHON_FREELISTS,
        onGc: (_h, phase, info) => {
          if (!registered) return;
          // invoke_gc_callback builds the info dict first (a GC allocation, even untracked).
          const infoDict = py.dict([
            ['generation', py.int(info.generation)],
            ['collected', py.int(info.collected)],
            ['uncollectable', py.int(info.uncollectable)],
          ]);
          if (phase === 'start') {
            const counts = py.getCount();
            // log.append(("start", info['generation'], gc.get_count())): two 3-tuples kept
            const countsTuple = py.tuple(counts.map((v) => py.int(v)));
            const entry = py.tuple([py.str('start'), py.int(info.generation), countsTuple]);
            py.append(py.name('log'), entry);
            log.push(['start', info.generation, counts]);
          }
          py.pop(infoDict);
        },
      },
    });
    const { heap } = py;
    py.store('log', py.list());
    heap.collect();
    heap.setThreshold(10, 2, 2);
    const th = py.tuple(heap.getThreshold().map((v) => py.int(v))); // print(gc.get_threshold())
    py.pop(th);
    expect(heap.getThreshold()).toEqual([10, 2, 2]);
    registered = true;
    py.store('keep', py.list());
    py.store('counts', py.list());
    const keep = py.name('keep');
    const counts: number[] = [];
    for (let i = 0; i < 60; i++) {
      py.append(keep, py.list());
      counts.push(py.getCount()[0]);
    }
    registered = false;

    // Before the first collection, one more per iteration up to the threshold.
    const first = counts.indexOf(0);
    expect(first).toBeGreaterThan(0);
    expect(counts[first - 1]).toBe(10);
    counts.slice(0, first).forEach((v, k) => k > 0 && expect(v - counts[k - 1]!).toBe(1));
    // From the first collection on, the same sequence as CPython's.
    const cFirst = CPYTHON_COUNTS.indexOf(0);
    const n = Math.min(counts.length - first, CPYTHON_COUNTS.length - cFirst);
    expect(n).toBeGreaterThanOrEqual(50);
    expect(counts.slice(first, first + n)).toEqual(CPYTHON_COUNTS.slice(cFirst, cFirst + n));
    expect(log).toEqual(CPYTHON_LOG);

    heap.setThreshold(700, 10, 10);
    heap.setThreshold(500);
    expect(heap.getThreshold()).toEqual([500, 10, 10]); // set_threshold(500) -> (500, 10, 10)
    heap.setThreshold(0);
    expect(heap.getThreshold()).toEqual([0, 10, 10]);
    // threshold0 = 0 disables automatic collection
    const collections = heap.getStats().reduce((s, g) => s + g.collections, 0);
    for (let i = 0; i < 2000; i++) py.append(keep, py.list());
    expect(heap.getStats().reduce((s, g) => s + g.collections, 0)).toBe(collections);
    expect(heap.getCount()[0]).toBeGreaterThan(2000);
  });
});
