import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import type { EventLog } from '../../log/eventLog.js';
import { HeapState } from '../../state/heapState.js';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import { Timeline } from '../timeline.js';

/**
 * Pending garbage against a brute-force oracle: in `replay(log, i + 1)`, the live objects that
 * are not reachable from the roots nor from live refcount-0 objects, split into weakly connected
 * components over the references between them.
 */
const history = fc.array(opArb, { minLength: 20, maxLength: 100, size: 'max' });

function targets(s: HeapState, h: number): number[] {
  const out = (h < 0 ? s.roots.get(h)!.edges : s.edges[h])?.pairs().map(([, t]) => t) ?? [];
  if (h > 0 && s.classOf(h) !== 0) out.push(s.classOf(h));
  return out;
}

/** The oracle's groups, each sorted by id, the groups sorted by their first id. */
function oracleGroups(s: HeapState): number[][] {
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const rid of s.roots.keys()) stack.push(...targets(s, rid));
  for (let id = 1; id <= s.objectCount; id++) if (s.isAlive(id) && s.refcnt[id] === 0) stack.push(id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...targets(s, id));
  }
  const garbage = new Set<number>();
  for (let id = 1; id <= s.objectCount; id++) if (s.isAlive(id) && !seen.has(id)) garbage.add(id);
  // Undirected adjacency among garbage objects, then components by DFS.
  const adj = new Map<number, number[]>([...garbage].map((id) => [id, []]));
  for (const id of garbage) {
    for (const t of targets(s, id)) {
      if (!garbage.has(t)) continue;
      adj.get(id)!.push(t);
      adj.get(t)!.push(id);
    }
  }
  const done = new Set<number>();
  const groups: number[][] = [];
  for (const id of [...garbage].sort((a, b) => a - b)) {
    if (done.has(id)) continue;
    const group: number[] = [];
    const todo = [id];
    done.add(id);
    while (todo.length > 0) {
      const x = todo.pop()!;
      group.push(x);
      for (const y of adj.get(x)!) {
        if (!done.has(y)) {
          done.add(y);
          todo.push(y);
        }
      }
    }
    groups.push(group.sort((a, b) => a - b));
  }
  return groups;
}

function eachState(log: EventLog, visit: (i: number, s: HeapState) => void): void {
  const s = new HeapState(log);
  for (let i = 0; i < log.length; i++) {
    s.apply(i);
    visit(i, s); // s = replay(log, i + 1)
  }
}

/** Garbage objects, bytes and groups the oracle expects just after each event, and what the timeline gives. */
function compare(log: EventLog, tl: Timeline, backwards: boolean) {
  const expected: Array<{ i: number; groups: number[][]; sizes: Map<number, number> }> = [];
  eachState(log, (i, s) => {
    const groups = oracleGroups(s);
    expected.push({ i, groups, sizes: new Map(groups.flat().map((id) => [id, s.size[id]!])) });
  });
  // Query in either direction, so that the cursor also moves back across checkpoints.
  return (backwards ? [...expected].reverse() : expected).map((x) => ({ ...x, got: tl.pendingGarbage(x.i) }));
}

describe('pendingGarbage over random histories', { timeout: 30_000 }, () => {
  it('the groups cover exactly the unreachable objects of the replayed state, with their bytes, since and waited', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 40 }), fc.boolean(), (ops, span, backwards) => {
        const log = runAll(ops).log;
        const tl = new Timeline(log, { span, budget: 100 });
        const problems: string[] = [];
        const results = compare(log, tl, backwards);
        // garbageAt[i]: the oracle's garbage just after event i.
        const garbageAt = new Map(results.map((x) => [x.i, new Set(x.groups.flat())]));
        for (const { i, groups, sizes, got } of results) {
          const union = got.flatMap((g) => [...g.objects]).sort((a, b) => a - b);
          const want = groups.flat().sort((a, b) => a - b);
          // Disjoint groups whose union is the oracle's garbage set.
          if (JSON.stringify(union) !== JSON.stringify(want)) problems.push(`${i}: objects ${JSON.stringify(union)}, oracle ${JSON.stringify(want)}`);
          for (const g of got) {
            if (g.objects.length === 0) problems.push(`${i}: empty group`);
            const bytes = g.objects.reduce((sum, id) => sum + (sizes.get(id) ?? NaN), 0);
            if (g.bytes !== bytes) problems.push(`${i}: bytes ${g.bytes}, sizes add up to ${bytes}`);
            if (!Number.isInteger(g.since) || g.since < 0 || g.since > i) problems.push(`${i}: since ${g.since}`);
            if (g.waited !== i - g.since) problems.push(`${i}: waited ${g.waited} since ${g.since}`);
            // No group can have become unreachable before all its objects existed.
            for (const id of g.objects) if (tl.history.allocAt[id]! > g.since) problems.push(`${i}: ${id} allocated after since`);
            // Nor before it actually became unreachable: from just after `since` up to i, every
            // object of the group is garbage in the replayed state.
            for (let k = Math.max(0, g.since); k <= i; k++) {
              const missing = g.objects.filter((id) => !garbageAt.get(k)!.has(id));
              if (missing.length > 0) problems.push(`${i}: since ${g.since}, but ${JSON.stringify(missing)} not garbage just after ${k}`);
            }
          }
          for (let k = 1; k < got.length; k++) if (got[k]!.since < got[k - 1]!.since) problems.push(`${i}: not oldest first`);
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  // Regression (was a bug in the union-find: references from garbage to live objects were
  // unioned too, through `up[live] == 0`, merging unrelated cycles into one group).
  it('the groups are exactly the weakly connected components among unreachable objects', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 40 }), (ops, span) => {
        const log = runAll(ops).log;
        const tl = new Timeline(log, { span, budget: 100 });
        for (const { i, groups, got } of compare(log, tl, false)) {
          const parts = got.map((g) => [...g.objects].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
          expect({ i, parts }).toEqual({ i, parts: groups });
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('pendingGarbage on a hand-built heap', () => {
  it('a cycle whose root reference is dropped at event k is one group since k, until collected', () => {
    const heap = new Heap();
    const main = heap.addRoot('main');
    const a = heap.alloc({ type: 'A', size: 56, gc: true });
    heap.take(a, main, 'a');
    const b = heap.alloc({ type: 'B', size: 72, gc: true });
    heap.take(b, a, 'b');
    heap.take(a, b, 'a');
    const n = heap.alloc({ type: 'int', size: 28 });
    heap.take(n, b, 'n'); // a non-GC object only the cycle holds
    const before = heap.log.length - 1;
    const k = heap.log.length;
    heap.drop(a, main, 'a');
    heap.line('m.py', 1);
    heap.line('m.py', 2);
    const beforeCollect = heap.log.length - 1;
    heap.collect();
    expect([a, b, n].some((id) => heap.isAlive(id))).toBe(false);
    const end = heap.log.length - 1;
    const tl = new Timeline(heap.log, { span: 2 });

    expect(tl.pendingGarbage(before)).toEqual([]);
    expect(tl.pendingGarbage(k)).toEqual([{ objects: [a, b, n], bytes: 56 + 72 + 28, since: k, waited: 0 }]);
    expect(tl.pendingGarbage(beforeCollect)).toEqual([{ objects: [a, b, n], bytes: 156, since: k, waited: beforeCollect - k }]);
    expect(tl.pendingGarbage(end)).toEqual([]);
    // Back in time again after looking at the end.
    expect(tl.pendingGarbage(k + 1)).toEqual([{ objects: [a, b, n], bytes: 156, since: k, waited: 1 }]);
  });

  it('separate cycles are separate groups, oldest first; a refcount-0 holder keeps its referents off the list', () => {
    const heap = new Heap();
    const main = heap.addRoot('main');
    const cycle = (name: string) => {
      const x = heap.alloc({ type: 'C', size: 50, gc: true });
      heap.take(x, main, name);
      const y = heap.alloc({ type: 'C', size: 50, gc: true });
      heap.take(y, x, 'next');
      heap.take(x, y, 'next');
      return [x, y] as const;
    };
    const [a1, a2] = cycle('a');
    const [b1, b2] = cycle('b');
    const owner = heap.alloc({ type: 'Owner', size: 40, gc: true }); // refcount 0: owned by its allocator
    const [c1, c2] = cycle('c');
    heap.take(c1, owner, 'c');
    const kb = heap.log.length;
    heap.drop(b1, main, 'b');
    const ka = heap.log.length;
    heap.drop(a1, main, 'a');
    const kc = heap.log.length;
    heap.drop(c1, main, 'c'); // still held by `owner`
    const tl = new Timeline(heap.log, { span: 3 });
    const last = heap.log.length - 1;
    expect(tl.pendingGarbage(last)).toEqual([
      { objects: [b1, b2], bytes: 100, since: kb, waited: last - kb },
      { objects: [a1, a2], bytes: 100, since: ka, waited: last - ka },
    ]);
    expect(tl.pendingGarbage(kc)).toEqual(tl.pendingGarbage(last));
    expect(tl.pendingGarbage(kb)).toEqual([{ objects: [b1, b2], bytes: 100, since: kb, waited: 0 }]);
    expect(c2).toBeGreaterThan(c1);
  });

  // Regression (was a bug: `since` only looked at drops). A cycle closed by takes only, never
  // referenced from a root, becomes unreachable at the take that gives its last refcount-0
  // member its first reference, not at the last allocation.
  it('a cycle closed by takes only is unreachable since the closing take', () => {
    const heap = new Heap();
    heap.addRoot('main');
    const a = heap.alloc({ type: 'A', size: 56, gc: true });
    const b = heap.alloc({ type: 'B', size: 56, gc: true });
    heap.take(b, a, 'b'); // a at refcount 0 still owns b: nothing is garbage yet
    const close = heap.log.length;
    heap.take(a, b, 'a'); // now neither is owned: the cycle is garbage from here
    const tl = new Timeline(heap.log);
    expect(tl.pendingGarbage(close - 1)).toEqual([]);
    expect(tl.pendingGarbage(close)).toEqual([{ objects: [a, b], bytes: 112, since: close, waited: 0 }]);
  });

  // Regression (see the union-find note above): two unrelated garbage cycles that both
  // reference the same reachable object are two groups.
  it('two unrelated garbage cycles referencing a live object are two groups', () => {
    const heap = new Heap();
    const main = heap.addRoot('main');
    const x = heap.alloc({ type: 'int', size: 28 });
    heap.take(x, main, 'x');
    const cycle = (name: string) => {
      const p = heap.alloc({ type: 'C', size: 56, gc: true });
      heap.take(p, main, name);
      const q = heap.alloc({ type: 'C', size: 56, gc: true });
      heap.take(q, p, 'q');
      heap.take(p, q, 'p');
      heap.take(x, p, 'x'); // a reference out of the cycle, to a reachable object
      return [p, q];
    };
    const [a, b] = cycle('a');
    const [c, d] = cycle('c');
    const ka = heap.log.length;
    heap.drop(a!, main, 'a');
    const kc = heap.log.length;
    heap.drop(c!, main, 'c');
    const last = heap.log.length - 1;
    expect(new Timeline(heap.log).pendingGarbage(last)).toEqual([
      { objects: [a, b], bytes: 112, since: ka, waited: last - ka },
      { objects: [c, d], bytes: 112, since: kc, waited: last - kc },
    ]);
  });
});
