import type { Timeline } from '../timeline.js';
import { creatingEvent } from './history.js';
import { Reach } from './reachability.js';

/** One reference on a retaining path. */
export interface PathEdge {
  /** Holder: an object id, or a negative root id. */
  readonly holder: number;
  /** Root name, for a root holder. */
  readonly rootName?: string;
  /** Attribute, key or local name; position in a list or tuple. */
  readonly slot: string | number;
  readonly target: number;
  /** The event that created this reference (-1 if it cannot be told). */
  readonly event: number;
}

/**
 * Shortest retaining paths from the roots to object `id` just after event `i`: each path is a
 * list of references from a root to `id`, each linked to the event that created it. All paths
 * returned have the shortest length; they differ in their last holder (at most `max`). Empty
 * when `id` is not alive or not reachable from any root (cyclic garbage, or a floating object).
 */
export function retainingPaths(tl: Timeline, id: number, i: number, max = 1): PathEdge[][] {
  tl.checkObject(id);
  const s = tl.seek(i).state;
  if (!s.isAlive(id)) return [];
  const r = new Reach(s);
  r.seedRoots();
  const last: Array<[number, number]> = [];
  if (r.seen[id]) {
    // Held by roots directly: one path per root holding it.
    for (const [rid, root] of s.roots) {
      const e = root.edges.e;
      for (let k = 0; k < e.length && last.length < max; k += 2) {
        if (e[k + 1] === id && !last.some(([p]) => p === rid)) last.push([rid, e[k]!]);
      }
    }
  }
  // Walk level by level; once `id` is reached, finish the level it was reached from so that
  // every holder at the same distance is found.
  let levelEnd = r.tail;
  while (r.head < r.tail && last.length === 0) {
    for (; r.head < levelEnd; ) {
      const h = r.queue[r.head++]!;
      r.forEachRef(h, (t, slot) => {
        if (t === id && last.length < max && !(r.seen[id] && last.some(([p]) => p === h))) last.push([h, slot]);
        r.offer(t, h, slot);
      });
    }
    levelEnd = r.tail;
  }
  const str = (k: number) => s.log.strings.get(k);
  const edge = (holder: number, slot: number, target: number): PathEdge => {
    const named = holder < 0 || !s.isSequence(holder);
    const base = { holder, slot: named ? str(slot) : slot, target, event: creatingEvent(tl, target, holder, i, named ? slot : undefined) };
    return holder < 0 ? { ...base, rootName: str(s.roots.get(holder)!.name) } : base;
  };
  return last.map(([holder, slot]) => {
    const path = [edge(holder, slot, id)];
    for (let t = holder; t > 0; t = r.parent[t]!) path.unshift(edge(r.parent[t]!, r.slot[t]!, t));
    return path;
  });
}
