import { Heap } from '@heapline/core';

/**
 * The graph of bench/python/gc_cycles.py through the engine: 100,000 cycles of ten lists, each
 * list holding the next at position 0, the first of each held by a `roots` list.
 */
export function buildCycles(heap: Heap, cycles: number, length: number): { root: number; roots: number } {
  const root = heap.addRoot('module __main__');
  const roots = heap.alloc({ type: 'list', size: 56, gc: true, sequence: true, holder: root, slot: 'roots' });
  const frame = heap.addRoot('frame <module>');
  for (let i = 0; i < cycles; i++) {
    const first = heap.alloc({ type: 'list', size: 64, gc: true, sequence: true, holder: frame, slot: 'first' });
    let prev = first;
    for (let j = 1; j < length; j++) {
      const n = heap.alloc({ type: 'list', size: 64, gc: true, sequence: true, holder: prev, slot: 0 });
      prev = n;
    }
    heap.take(first, prev, 0);
    heap.take(first, roots, i);
    heap.drop(first, frame, 'first');
  }
  return { root, roots };
}

export interface GcBenchResult {
  readonly seconds: number;
  readonly collected: number;
  readonly events: number;
}

/** Times gc.collect() over the cycles graph: garbage (roots dropped) or all live (best of 3). */
export function gcBench(live: boolean, cycles = 100_000, length = 10, warm = true): GcBenchResult {
  // Warm-up: one collection of the same graph first, so the measurement is of optimised code
  // (as CPython's collector is compiled C), not of the JIT compiling it.
  if (warm) gcBench(live, cycles, length, false);
  const heap = new Heap();
  heap.disable();
  const { root, roots } = buildCycles(heap, cycles, length);
  heap.collect();
  if (!live) heap.drop(roots, root, 'roots');
  let best = Infinity;
  let collected = 0;
  let events = 0;
  for (let k = 0; k < (live ? 3 : 1); k++) {
    globalThis.gc?.();
    const before = heap.log.length;
    const t = performance.now();
    collected = heap.collect();
    best = Math.min(best, (performance.now() - t) / 1000);
    events = heap.log.length - before;
  }
  return { seconds: best, collected, events };
}
