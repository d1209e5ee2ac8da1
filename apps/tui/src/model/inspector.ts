import { CLASS_SLOT_LABEL, Kind, type HeapState, type Lifecycle, type PathEdge, type RefcountPoint, type Timeline } from '@heapline/core';
import { generationOf } from './heapTable.js';

/** Who holds the inspected object, and in which slots. */
export interface HolderEntry {
  /** Object id, or negative root id. */
  readonly holder: number;
  readonly slots: ReadonlyArray<string | number>;
}

/** A reference the inspected object holds. */
export interface ReferentEntry {
  readonly slot: string | number;
  readonly target: number;
}

/** Everything the inspector pane shows about one object at the cursor. */
export interface ObjectDetail {
  readonly id: number;
  readonly type: string;
  readonly alive: boolean;
  readonly refcount: number;
  readonly generation: string;
  readonly size: number;
  readonly site: string;
  readonly holders: readonly HolderEntry[];
  readonly referents: readonly ReferentEntry[];
  readonly history: readonly RefcountPoint[];
  readonly lifecycle: Lifecycle;
}

/** The holders of `id` just after event `at`, from its history (no scan of the heap). */
export function holdersOf(tl: Timeline, s: HeapState, id: number, at: number): HolderEntry[] {
  const log = tl.log;
  const labels = new Map<number, Map<number, number>>();
  for (const e of tl.history.changes(id)) {
    if (e > at) break;
    const kind = log.kindAt(e);
    if ((kind !== Kind.Take && kind !== Kind.Insert && kind !== Kind.Drop) || log.aAt(e) !== id) continue;
    const h = log.bAt(e);
    const slot = kind === Kind.Insert ? log.auxAt(log.cAt(e)) : log.cAt(e);
    const perHolder = labels.get(h) ?? new Map<number, number>();
    labels.set(h, perHolder);
    const key = s.isSequence(h) ? 0 : slot;
    const n = (perHolder.get(key) ?? 0) + (kind === Kind.Drop ? -1 : 1);
    if (n === 0) perHolder.delete(key);
    else perHolder.set(key, n);
    if (perHolder.size === 0) labels.delete(h);
  }
  const out: HolderEntry[] = [];
  for (const [h, perHolder] of labels) {
    if (s.isSequence(h)) {
      // Positions shift as a list changes: read them from the holder as it is now.
      const e = s.edgesOf(h)?.e ?? [];
      const slots: number[] = [];
      for (let k = 0; k < e.length; k += 2) if (e[k + 1] === id) slots.push(k >> 1);
      out.push({ holder: h, slots });
    } else {
      const slots: string[] = [];
      for (const [slot, n] of perHolder) for (let k = 0; k < n; k++) slots.push(log.strings.get(slot));
      out.push({ holder: h, slots });
    }
  }
  // Roots first, then objects by id (the order of HeapView holders).
  return out.sort((a, b) => (a.holder < 0 ? -a.holder : 2 ** 31 + a.holder) - (b.holder < 0 ? -b.holder : 2 ** 31 + b.holder));
}

/** The references `id` holds at the state, in storage order, then its class. */
export function referentsOf(s: HeapState, id: number): ReferentEntry[] {
  const out: ReferentEntry[] = [];
  const e = s.edgesOf(id)?.e ?? [];
  const seq = s.isSequence(id);
  for (let k = 0; k < e.length; k += 2) {
    if (e[k + 1] === 0) continue;
    out.push({ slot: seq ? out.length : s.log.strings.get(e[k]!), target: e[k + 1]! });
  }
  if (s.isAlive(id) && s.classOf(id) !== 0) out.push({ slot: CLASS_SLOT_LABEL, target: s.classOf(id) });
  return out;
}

/** The inspector's detail of `id` at the timeline's cursor (`history`: its refcount history). */
export function objectDetail(tl: Timeline, id: number, history: readonly RefcountPoint[]): ObjectDetail {
  const s = tl.state;
  const at = tl.index;
  const log = tl.log;
  const alive = s.isAlive(id);
  const lifecycle = tl.lifecycle(id);
  return {
    id,
    type: lifecycle.alloc >= 0 ? log.strings.get(log.bAt(lifecycle.alloc)) : '?',
    alive,
    refcount: alive ? s.refcnt[id]! : 0,
    generation: alive ? generationOf(s, id) : '-',
    size: alive ? s.size[id]! : lifecycle.alloc >= 0 ? log.cAt(lifecycle.alloc) : 0,
    site: log.strings.get(log.siteOf(id)),
    holders: alive ? holdersOf(tl, s, id, at) : [],
    referents: alive ? referentsOf(s, id) : [],
    history,
    lifecycle,
  };
}

/** The first retaining path of `id` at the cursor, or [] (unreachable or dead). Walks the heap. */
export function retainingPath(tl: Timeline, id: number): PathEdge[] {
  return tl.retainingPaths(id, tl.index, 1)[0] ?? [];
}
