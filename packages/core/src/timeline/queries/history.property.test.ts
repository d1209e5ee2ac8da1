import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import type { EventLog } from '../../log/eventLog.js';
import { replay } from '../../replay.js';
import { HeapState } from '../../state/heapState.js';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import { Timeline } from '../timeline.js';

/**
 * History queries (refcount history, watchpoints, lifecycle) against brute-force oracles built
 * from `replay(log, k)`: the state just after event `i` is `replay(log, i + 1)`, so event `e`
 * changed something iff `replay(log, e)` and `replay(log, e + 1)` differ in it.
 */
const history = fc.array(opArb, { minLength: 20, maxLength: 100, size: 'max' });
const span = fc.integer({ min: 1, max: 40 });

/**
 * Calls `visit(k, state)` with the state `replay(log, k)` builds, for k = 0..length: one state
 * stepped forward event by event (which is what `replay` does), so the oracle costs O(length).
 */
function eachState(log: EventLog, visit: (k: number, s: HeapState) => void): void {
  const s = new HeapState(log);
  visit(0, s);
  for (let i = 0; i < log.length; i++) {
    s.apply(i);
    visit(i + 1, s);
  }
}

/**
 * Per object id, `refcount|holders|list` in state `s`. Holders are the (holder, slot) pairs
 * referencing the object, as a sorted multiset; sequence holders count by holder only, since an
 * insertion in front of an object shifts its position without any event naming it (the history
 * index, by design, records only events whose target is the object).
 */
function signatures(s: HeapState, n: number): { ref: string[]; list: number[]; refcnt: number[] } {
  const holders: string[][] = Array.from({ length: n + 1 }, () => []);
  for (let h = 1; h <= s.objectCount; h++) {
    if (!s.isAlive(h)) continue;
    for (const [slot, t] of s.edges[h]?.pairs() ?? []) holders[t]!.push(`${h}:${s.isSequence(h) ? '#' : s.log.strings.get(slot)}`);
    if (s.classOf(h) !== 0) holders[s.classOf(h)]!.push(`${h}:__class__`);
  }
  for (const [rid, root] of s.roots) for (const [slot, t] of root.edges.pairs()) holders[t]!.push(`${rid}:${s.log.strings.get(slot)}`);
  const refcnt = Array.from({ length: n + 1 }, (_, id) => (id <= s.objectCount ? s.refcnt[id]! : 0));
  return {
    ref: holders.map((hs, id) => `${refcnt[id]}|${hs.sort().join(',')}`),
    list: Array.from({ length: n + 1 }, (_, id) => s.lists.listOfId(id)),
    refcnt,
  };
}

type Change = { event: number; what: 'reference' | 'list' };

/**
 * Brute force, per object: the events that changed its refcount, holders or gc list (ascending),
 * and what each changed; plus refcount and liveness of every object just after each event.
 */
function oracle(log: EventLog): { changes: Change[][]; refcnt: number[][]; alive: boolean[][] } {
  const n = log.objectCount;
  const changes: Change[][] = Array.from({ length: n + 1 }, () => []);
  const refcnt: number[][] = [];
  const alive: boolean[][] = [];
  let prev: ReturnType<typeof signatures> | undefined;
  eachState(log, (k, s) => {
    const cur = signatures(s, n);
    refcnt.push(cur.refcnt);
    alive.push(Array.from({ length: n + 1 }, (_, id) => s.isAlive(id)));
    if (prev) {
      for (let id = 1; id <= n; id++) {
        const ref = prev.ref[id] !== cur.ref[id];
        if (ref || prev.list[id] !== cur.list[id]) changes[id]!.push({ event: k - 1, what: ref ? 'reference' : 'list' });
      }
    }
    prev = cur;
  });
  return { changes, refcnt, alive };
}

describe('refcountHistory over random histories', { timeout: 30_000 }, () => {
  it('the last point at or before event i gives the refcount replay builds, for every live object and every i', () => {
    fc.assert(
      fc.property(history, span, (ops, sp) => {
        const log = runAll(ops).log;
        const o = oracle(log);
        const tl = new Timeline(log, { span: sp, budget: 100 });
        for (let id = 1; id <= log.objectCount; id++) {
          const points = tl.refcountHistory(id);
          // Starts at the allocation with refcount 0, then one point per refcount change, each
          // the refcount just after its event (so none missing, none extra, none misplaced).
          const expected = [{ event: tl.history.allocAt[id]!, refcount: 0 }];
          for (let e = 0; e < log.length; e++) {
            if (o.refcnt[e]![id] !== o.refcnt[e + 1]![id]) expected.push({ event: e, refcount: o.refcnt[e + 1]![id]! });
          }
          expect(log.get(expected[0]!.event)).toMatchObject({ kind: 'heap.alloc', id });
          expect(points).toEqual(expected);
          // The lookup itself: for every event i at which the object is alive.
          const got: number[] = [];
          const want: number[] = [];
          let k = -1;
          for (let i = 0; i < log.length; i++) {
            while (k + 1 < points.length && points[k + 1]!.event <= i) k++;
            if (!o.alive[i + 1]![id]) continue;
            got.push(k >= 0 ? points[k]!.refcount : -1);
            want.push(o.refcnt[i + 1]![id]!);
          }
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a random object at a random index (fast-check picks both), against replay(log, i + 1)', () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.nat(), (ops, rid, ri) => {
        const log = runAll(ops).log;
        if (log.objectCount === 0) return;
        const tl = new Timeline(log, { span: 8 });
        const id = 1 + (rid % log.objectCount);
        const i = ri % log.length;
        const s = replay(log, i + 1);
        if (!s.isAlive(id)) return;
        const points = tl.refcountHistory(id).filter((p) => p.event <= i);
        expect(points.length).toBeGreaterThan(0);
        expect(points[points.length - 1]!.refcount).toBe(s.refcnt[id]);
      }),
      { numRuns: 80 },
    );
  });
});

describe('previousChange / nextChange over random histories', { timeout: 30_000 }, () => {
  it('equal the brute-force watchpoints (refcount, holders, gc list) at every index, for every object', () => {
    fc.assert(
      fc.property(history, span, (ops, sp) => {
        const log = runAll(ops).log;
        const o = oracle(log);
        const tl = new Timeline(log, { span: sp, budget: 100 });
        for (let id = 1; id <= log.objectCount; id++) {
          const changes = o.changes[id]!;
          // The index holds exactly the changing events.
          expect(Array.from(tl.history.changes(id))).toEqual(changes.map((c) => c.event));
          const got: Array<[Change | undefined, Change | undefined]> = [];
          const want: Array<[Change | undefined, Change | undefined]> = [];
          for (let i = 0; i < log.length; i++) {
            got.push([tl.previousChange(id, i), tl.nextChange(id, i)]);
            want.push([changes.filter((c) => c.event < i).at(-1), changes.find((c) => c.event > i)]);
          }
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('a random watchpoint against replay(log, e) and replay(log, e + 1) directly', () => {
    fc.assert(
      fc.property(history, fc.nat(), fc.nat(), (ops, rid, ri) => {
        const log = runAll(ops).log;
        if (log.objectCount === 0) return;
        const tl = new Timeline(log, { span: 5 });
        const id = 1 + (rid % log.objectCount);
        const i = ri % log.length;
        const changed = (e: number) => {
          const before = signatures(replay(log, e), log.objectCount);
          const after = signatures(replay(log, e + 1), log.objectCount);
          return before.ref[id] !== after.ref[id] ? 'reference' : before.list[id] !== after.list[id] ? 'list' : undefined;
        };
        const prev = tl.previousChange(id, i);
        const next = tl.nextChange(id, i);
        if (prev) {
          expect(prev.event).toBeLessThan(i);
          expect(changed(prev.event)).toBe(prev.what);
        }
        for (let e = (prev?.event ?? -1) + 1; e < i; e++) expect(changed(e)).toBeUndefined();
        if (next) {
          expect(next.event).toBeGreaterThan(i);
          expect(changed(next.event)).toBe(next.what);
        }
        for (let e = i + 1; e < (next?.event ?? log.length); e++) expect(changed(e)).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});

describe('lifecycle over random histories', { timeout: 30_000 }, () => {
  it('alloc, finalize and free events match a scan of the log', () => {
    fc.assert(
      fc.property(history, (ops) => {
        const log = runAll(ops).log;
        const tl = new Timeline(log, { span: 16 });
        const scan = new Map<number, { alloc: number[]; finalize: number[]; free: number[] }>();
        for (let id = 1; id <= log.objectCount; id++) scan.set(id, { alloc: [], finalize: [], free: [] });
        for (let i = 0; i < log.length; i++) {
          const ev = log.get(i);
          if (ev.kind === 'heap.alloc') scan.get(ev.id)!.alloc.push(i);
          else if (ev.kind === 'heap.finalize') scan.get(ev.id)!.finalize.push(i);
          else if (ev.kind === 'heap.free') scan.get(ev.id)!.free.push(i);
        }
        for (let id = 1; id <= log.objectCount; id++) {
          const sc = scan.get(id)!;
          // Each happens at most once per object (finalizers run once, PEP 442).
          expect(sc.alloc.length).toBe(1);
          expect(sc.finalize.length).toBeLessThanOrEqual(1);
          expect(sc.free.length).toBeLessThanOrEqual(1);
          expect(tl.lifecycle(id)).toEqual({ alloc: sc.alloc[0], finalize: sc.finalize[0] ?? -1, free: sc.free[0] ?? -1 });
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('history queries on a hand-built heap', () => {
  it('refcount history, watchpoints and lifecycle of one object, with take, insert, drop and a collection', () => {
    const heap = new Heap();
    const main = heap.addRoot('main');
    const at = () => heap.log.length; // index of the next event
    const eAllocA = at();
    const a = heap.alloc({ type: 'A', size: 56, gc: true });
    const eTake1 = at();
    heap.take(a, main, 'a');
    const d = heap.alloc({ type: 'D', size: 56, gc: true });
    heap.take(d, main, 'd');
    const eInsert = at();
    heap.insert(a, d, 'x', 0);
    const eTake2 = at();
    heap.take(a, d, 'y');
    const eDrop1 = at();
    heap.drop(a, d, 'x');
    heap.line('m.py', 3); // changes nothing about `a`
    const eCollect = at();
    heap.collect(0); // `a` moves from gen0 to gen1: a list change
    const eDrop2 = at();
    heap.drop(a, main, 'a');
    const eDrop3 = at();
    heap.drop(a, d, 'y'); // refcount 0: freed (untracked) right away
    const end = heap.log.length - 1;
    const tl = new Timeline(heap.log, { span: 2 });

    expect(tl.refcountHistory(a)).toEqual([
      { event: eAllocA, refcount: 0 },
      { event: eTake1, refcount: 1 },
      { event: eInsert, refcount: 2 },
      { event: eTake2, refcount: 3 },
      { event: eDrop1, refcount: 2 },
      { event: eDrop2, refcount: 1 },
      { event: eDrop3, refcount: 0 },
    ]);
    const lc = tl.lifecycle(a);
    expect(lc.alloc).toBe(eAllocA);
    expect(lc.finalize).toBe(-1);
    expect(heap.log.get(lc.free)).toMatchObject({ kind: 'heap.free', id: a });
    expect(lc.free).toBeGreaterThan(eDrop3);

    // The collection's promotion is the list change between eDrop1 and eDrop2.
    const promoted = tl.nextChange(a, eDrop1)!;
    expect(promoted.what).toBe('list');
    expect(promoted.event).toBeGreaterThan(eCollect);
    expect(promoted.event).toBeLessThan(eDrop2);
    expect(replay(heap.log, promoted.event).lists.listOfId(a)).toBe(0);
    expect(replay(heap.log, promoted.event + 1).lists.listOfId(a)).toBe(1);
    expect(tl.previousChange(a, eDrop2)).toEqual(promoted);
    expect(tl.nextChange(a, promoted.event)).toEqual({ event: eDrop2, what: 'reference' });
    // Strictly before / after: an event is not its own watchpoint.
    expect(tl.previousChange(a, eInsert)).toEqual({ event: eTake1, what: 'reference' });
    expect(tl.nextChange(a, eInsert)).toEqual({ event: eTake2, what: 'reference' });
    expect(tl.previousChange(a, eTake1 + 1)).toEqual({ event: eTake1, what: 'reference' });
    // The allocation put it in gen0: its first change.
    expect(tl.previousChange(a, eTake1)).toEqual({ event: eAllocA, what: 'list' });
    expect(tl.previousChange(a, eAllocA)).toBeUndefined();
    expect(tl.previousChange(a, 0)).toBeUndefined();
    // After the free (which unlinks it) nothing changes it any more.
    expect(tl.nextChange(a, end)).toBeUndefined();
    const last = tl.previousChange(a, end);
    expect(last && last.event >= eDrop3).toBe(true);
  });
});
