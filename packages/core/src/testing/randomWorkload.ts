import fc from 'fast-check';
import { Heap } from '../heap/heap.js';
import { DebugFlag } from '../events/kinds.js';

/**
 * Random command sequences for property tests. Commands pick their operands among the objects
 * and references that exist when they run, so most are valid; some are not, on purpose.
 */

type Shape = 'list' | 'tuple' | 'dict' | 'inst' | 'int';
type FinalizerAction = 'none' | 'print' | 'resurrect' | 'dropFirst';
export type Op =
  | { op: 'alloc'; shape: Shape; fin: FinalizerAction; hold: number }
  | { op: 'take'; target: number; holder: number; slot: number }
  | { op: 'drop'; edge: number }
  | { op: 'dropBogus'; target: number; holder: number; slot: number }
  | { op: 'collect'; gen: number }
  | { op: 'weakref'; target: number; cb: boolean; hold: number }
  | { op: 'threshold'; t0: number }
  | { op: 'toggle'; what: 'enabled' | 'saveall' | 'freeze' | 'unfreeze' | 'untrack' | 'track'; target: number }
  | { op: 'clearGarbage' }
  | { op: 'cycle'; n: number; fin: FinalizerAction; shape: Shape }
  | { op: 'unroot'; target: number };

const shape = fc.constantFrom<Shape>('list', 'tuple', 'dict', 'inst', 'inst', 'int');
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('alloc' as const), shape, fin: fc.constantFrom<FinalizerAction>('none', 'none', 'print', 'resurrect', 'dropFirst'), hold: fc.nat(5) }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('take' as const), target: fc.nat(40), holder: fc.nat(40), slot: fc.nat(4) }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('drop' as const), edge: fc.nat(200) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('dropBogus' as const), target: fc.integer({ min: -3, max: 60 }), holder: fc.integer({ min: -4, max: 60 }), slot: fc.nat(6) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('collect' as const), gen: fc.integer({ min: -1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('weakref' as const), target: fc.nat(40), cb: fc.boolean(), hold: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('threshold' as const), t0: fc.integer({ min: 0, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('toggle' as const), what: fc.constantFrom('enabled', 'saveall', 'freeze', 'unfreeze', 'untrack', 'track'), target: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('clearGarbage' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cycle' as const), n: fc.integer({ min: 1, max: 4 }), fin: fc.constantFrom<FinalizerAction>('none', 'print', 'resurrect', 'dropFirst'), shape: fc.constantFrom<Shape>('inst', 'list', 'dict') }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('unroot' as const), target: fc.nat(40) }) },
);

export interface World {
  heap: Heap;
  roots: number[];
  out: string[];
}

export function liveIds(heap: Heap): number[] {
  const ids: number[] = [];
  for (let id = 1; id <= heap.state.objectCount; id++) if (heap.isAlive(id)) ids.push(id);
  return ids;
}

/** Every strong reference as [target, holder, slot]. */
function allEdges(heap: Heap): Array<[number, number, string | number]> {
  const s = heap.state;
  const out: Array<[number, number, string | number]> = [];
  for (const id of liveIds(heap)) {
    const pairs = s.edges[id]?.pairs() ?? [];
    pairs.forEach(([slot, t], k) => out.push([t, id, s.isSequence(id) ? k : s.log.strings.get(slot)]));
  }
  for (const [rid, root] of s.roots) for (const [slot, t] of root.edges.pairs()) out.push([t, rid, s.log.strings.get(slot)]);
  return out;
}

function pick<T>(xs: readonly T[], n: number): T | undefined {
  return xs.length === 0 ? undefined : xs[n % xs.length];
}

function allocShape(w: World, sh: Shape, fin: FinalizerAction): number {
  const { heap, roots, out } = w;
  const finalizer =
    fin === 'none'
      ? undefined
      : (h: unknown, id: number) => {
          const hp = h as Heap;
          out.push(`del ${id}`);
          if (fin === 'resurrect') hp.take(id, roots[0]!, `saved${id}`);
          if (fin === 'dropFirst') {
            const pairs = hp.state.edges[id]?.pairs() ?? [];
            const first = pairs.find(([slot]) => slot !== 1);
            if (first) hp.drop(first[1], id, hp.state.log.strings.get(first[0]));
          }
        };
  switch (sh) {
    case 'list':
      return heap.alloc({ type: 'list', size: 56, gc: true, sequence: true, freelist: 'list' });
    case 'tuple':
      return heap.alloc({ type: 'tuple', size: 40, gc: true, sequence: true, untrack: 'tuple', clearable: false });
    case 'dict':
      return heap.alloc({ type: 'dict', size: 64, gc: true, tracked: false, untrack: 'dict', freelist: 'dict' });
    case 'inst':
      return heap.alloc({ type: 'C', size: 56, gc: true, ...(finalizer ? { finalizer } : {}) });
    case 'int':
      return heap.alloc({ type: 'int', size: 28 });
  }
}

export function run(w: World, o: Op): void {
  const { heap, roots } = w;
  const live = liveIds(heap);
  switch (o.op) {
    case 'alloc': {
      const id = allocShape(w, o.shape, o.fin);
      heap.take(id, roots[o.hold % roots.length]!, `v${id}`);
      return;
    }
    case 'take': {
      const target = pick(live, o.target);
      const holders = [...roots, ...live.filter((id) => heap.typeOf(id) !== 'int' && !heap.state.hasFlag(id, 1 << 10))];
      const holder = pick(holders, o.holder);
      if (target === undefined || holder === undefined) return;
      const size = heap.state.edgesOf(holder)?.size ?? 0;
      heap.take(target, holder, heap.state.isSequence(holder) ? o.slot % (size + 1) : `s${o.slot}`);
      return;
    }
    case 'drop': {
      const e = pick(allEdges(heap).filter(([, h]) => h !== -1), o.edge);
      if (e) heap.drop(e[0], e[1], e[2]);
      return;
    }
    case 'dropBogus':
      heap.drop(o.target, o.holder, o.slot % 2 ? `s${o.slot}` : o.slot);
      return;
    case 'collect':
      heap.collect(o.gen);
      return;
    case 'weakref': {
      const target = pick(live.filter((id) => heap.state.isGc(id)), o.target);
      if (target === undefined) return;
      const wr = heap.weakref(target, o.cb ? { callback: (_h, r) => w.out.push(`cb ${r}`) } : {});
      heap.take(wr, roots[o.hold % roots.length]!, `w${wr}`);
      return;
    }
    case 'threshold':
      heap.setThreshold(o.t0);
      return;
    case 'toggle': {
      if (o.what === 'enabled') (heap.isEnabled() ? heap.disable() : heap.enable());
      else if (o.what === 'saveall') heap.setDebug(heap.getDebug() ^ DebugFlag.SAVEALL);
      else if (o.what === 'freeze') heap.freeze();
      else if (o.what === 'unfreeze') heap.unfreeze();
      else {
        const target = pick(live, o.target);
        if (target !== undefined) (o.what === 'track' ? heap.track(target) : heap.untrack(target));
      }
      return;
    }
    case 'cycle': {
      const ids: number[] = [];
      for (let k = 0; k < o.n; k++) ids.push(allocShape(w, o.shape, o.fin));
      ids.forEach((id, k) => {
        const next = ids[(k + 1) % ids.length]!;
        heap.take(next, id, heap.state.isSequence(id) ? 0 : 'next');
      });
      heap.take(ids[0]!, roots[0]!, `c${ids[0]}`);
      return;
    }
    case 'unroot': {
      const target = pick(live, o.target);
      if (target === undefined) return;
      for (const [t, h, slot] of allEdges(heap)) if (t === target && h < -1 && heap.isAlive(t)) heap.drop(t, h, slot);
      return;
    }
    case 'clearGarbage': {
      const items = heap.garbageItems();
      for (let k = items.length - 1; k >= 0; k--) heap.drop(items[k]!, heap.garbage, k);
      return;
    }
  }
}

/** A fresh heap with two roots, as the property tests use. */
export function newWorld(): World {
  const heap = new Heap({ freelists: { list: 3, dict: 2 } });
  return { heap, roots: [heap.addRoot('globals'), heap.addRoot('frame f')], out: [] };
}

/** Runs `ops` on a fresh heap, ignoring the commands the heap rejects; returns the heap. */
export function runAll(ops: readonly Op[]): Heap {
  const w = newWorld();
  for (const o of ops) {
    try {
      run(w, o);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'HeapError') throw error;
    }
  }
  return w.heap;
}
