import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import { replay } from '../../replay.js';
import type { HeapState } from '../../state/heapState.js';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import { Timeline } from '../timeline.js';
import type { HeapDiff } from './diff.js';

/** Heap diffs against a brute-force comparison of `replay(log, from + 1)` and `replay(log, to + 1)`. */
const history = fc.array(opArb, { minLength: 20, maxLength: 100, size: 'max' });

const byId = <T extends { id: number }>(xs: readonly T[]) => [...xs].sort((a, b) => a.id - b.id);

/** What `diff(from, to)` should say, from the two replayed states alone. */
function oracle(from: number, to: number, sFrom: HeapState, sTo: HeapState) {
  const type = (s: HeapState, id: number) => s.log.strings.get(s.type[id]!);
  const n = Math.max(sFrom.objectCount, sTo.objectCount);
  const born: Array<{ id: number; type: string; size: number }> = [];
  const died: Array<{ id: number; type: string; size: number }> = [];
  const refcounts: Array<{ id: number; type: string; before: number; after: number }> = [];
  for (let id = 1; id <= n; id++) {
    const af = sFrom.isAlive(id);
    const at = sTo.isAlive(id);
    if (at && !af) born.push({ id, type: type(sTo, id), size: sTo.size[id]! });
    if (af && !at) died.push({ id, type: type(sFrom, id), size: sFrom.size[id]! });
    if (af && at && sFrom.refcnt[id] !== sTo.refcnt[id]) refcounts.push({ id, type: type(sFrom, id), before: sFrom.refcnt[id]!, after: sTo.refcnt[id]! });
  }
  // Allocated after the earlier state and freed by the later one: alive at neither end.
  const [lo, hi] = from <= to ? [sFrom, sTo] : [sTo, sFrom];
  let transient = 0;
  for (let id = lo.objectCount + 1; id <= hi.objectCount; id++) if (!hi.isAlive(id)) transient++;
  const count = (s: HeapState) => {
    let k = 0;
    for (let id = 1; id <= s.objectCount; id++) if (s.isAlive(id)) k++;
    return k;
  };
  return {
    from,
    to,
    born,
    died,
    transient,
    refcounts,
    liveObjects: [count(sFrom), count(sTo)],
    liveBytes: [sFrom.liveBytes, sTo.liveBytes],
  };
}

const normalize = (d: HeapDiff) => ({
  ...d,
  born: byId(d.born),
  died: byId(d.died),
  refcounts: byId(d.refcounts),
  liveObjects: [...d.liveObjects],
  liveBytes: [...d.liveBytes],
});

describe('diff over random histories', { timeout: 30_000 }, () => {
  it('born, died, transient, refcounts and totals match the replayed states, in both orders', () => {
    fc.assert(
      fc.property(
        history,
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        (ops, span, pairs) => {
          const log = runAll(ops).log;
          const tl = new Timeline(log, { span, budget: 100 });
          const states = new Map<number, HeapState>();
          const at = (i: number) => {
            if (!states.has(i)) states.set(i, replay(log, i + 1));
            return states.get(i)!;
          };
          for (const [x, y] of pairs) {
            const a = x % log.length;
            const b = y % log.length;
            for (const [from, to] of [
              [a, b],
              [b, a],
              [a, a],
            ] as const) {
              const d = tl.diff(from, to);
              expect(normalize(d)).toEqual(oracle(from, to, at(from), at(to)));
            }
            // Reversing swaps born and died and flips every refcount change.
            const f = normalize(tl.diff(a, b));
            const r = normalize(tl.diff(b, a));
            expect(r.born).toEqual(f.died);
            expect(r.died).toEqual(f.born);
            expect(r.transient).toBe(f.transient);
            expect(r.refcounts).toEqual(f.refcounts.map((c) => ({ ...c, before: c.after, after: c.before })));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('diff on a hand-built heap', () => {
  it('uses each object size at the end where it is alive, and counts transients once', () => {
    const heap = new Heap();
    const main = heap.addRoot('main');
    const a = heap.alloc({ type: 'A', size: 10 });
    heap.take(a, main, 'a');
    const keep = heap.alloc({ type: 'K', size: 5 });
    heap.take(keep, main, 'k');
    heap.resize(a, 10 + 5); // a's size at `from` is neither its allocation size...
    const from = heap.log.length - 1;
    heap.resize(a, 30); // ...nor its last one: it grows, then dies, and is reported at its `from` size
    heap.drop(a, main, 'a');
    const t = heap.alloc({ type: 'T', size: 7 });
    heap.take(t, main, 't');
    heap.drop(t, main, 't'); // transient
    const b = heap.alloc({ type: 'B', size: 20 });
    heap.take(b, main, 'b');
    heap.resize(b, 40); // born at its `to` size
    heap.take(keep, main, 'k2');
    const to = heap.log.length - 1;
    const tl = new Timeline(heap.log, { span: 2 });
    expect(tl.diff(from, to)).toEqual({
      from,
      to,
      born: [{ id: b, type: 'B', size: 40 }],
      died: [{ id: a, type: 'A', size: 15 }],
      transient: 1,
      refcounts: [{ id: keep, type: 'K', before: 1, after: 2 }],
      liveObjects: [2, 2],
      liveBytes: [20, 45],
    });
    expect(tl.diff(to, from)).toEqual({
      from: to,
      to: from,
      born: [{ id: a, type: 'A', size: 15 }],
      died: [{ id: b, type: 'B', size: 40 }],
      transient: 1,
      refcounts: [{ id: keep, type: 'K', before: 2, after: 1 }],
      liveObjects: [2, 2],
      liveBytes: [45, 20],
    });
    expect(tl.diff(from, from)).toEqual({ from, to: from, born: [], died: [], transient: 0, refcounts: [], liveObjects: [2, 2], liveBytes: [20, 20] });
  });
});
