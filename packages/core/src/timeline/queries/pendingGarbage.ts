import { Kind } from '../../events/kinds.js';
import type { Timeline } from '../timeline.js';
import { Reach } from './reachability.js';

/** A group of objects unreachable from every root but not freed yet. */
export interface PendingGarbage {
  /** The objects, by id (one weakly connected group: typically one reference cycle). */
  readonly objects: readonly number[];
  readonly bytes: number;
  /** The event that made the group unreachable: the last reference drop into it. */
  readonly since: number;
  /** Events since then. */
  readonly waited: number;
}

/**
 * Objects that are alive just after event `i` but not reachable from any root: cyclic garbage
 * waiting for the collector (and whatever only it references). Objects at refcount 0 that are
 * still alive are owned by the code that allocated them, as in CPython, and count as roots.
 * Grouped by connected component, oldest first.
 */
export function pendingGarbage(tl: Timeline, i: number): PendingGarbage[] {
  const s = tl.seek(i).state;
  const r = new Reach(s);
  r.seedRoots();
  for (let id = 1; id <= s.objectCount; id++) if (s.isAlive(id) && s.refcnt[id] === 0) r.offer(id, 0, 0);
  r.run();
  // Union-find over references between unreachable objects.
  const up = new Int32Array(s.objectCount + 1);
  const find = (x: number): number => {
    while (up[x] !== x) x = up[x] = up[up[x]!]!;
    return x;
  };
  const garbage: number[] = [];
  for (let id = 1; id <= s.objectCount; id++) {
    if (s.isAlive(id) && !r.seen[id]) {
      garbage.push(id);
      up[id] = id;
    }
  }
  for (const id of garbage) {
    r.forEachRef(id, (t) => {
      if (r.seen[t]) return; // a live object garbage refers to does not join groups
      const a = find(id);
      const b = find(t);
      if (a !== b) up[Math.max(a, b)] = Math.min(a, b);
    });
  }
  const groups = new Map<number, number[]>();
  for (const id of garbage) {
    const g = find(id);
    const list = groups.get(g);
    if (list) list.push(id);
    else groups.set(g, [id]);
  }
  const out: PendingGarbage[] = [];
  for (const objects of groups.values()) {
    let since = -1;
    let bytes = 0;
    for (const id of objects) {
      bytes += s.size[id]!;
      since = Math.max(since, lastReference(tl, id, i), tl.history.allocAt[id]!);
    }
    out.push({ objects, bytes, since, waited: i - since });
  }
  return out.sort((a, b) => a.since - b.since || a.objects[0]! - b.objects[0]!);
}

/**
 * The last reference event (take, insert or drop) naming `id` as target at or before event `i`,
 * or -1. Nothing outside a garbage group can change references into it, so the latest of these
 * over the group is the moment it was cut off (a drop) or closed while floating (a take).
 */
function lastReference(tl: Timeline, id: number, i: number): number {
  const ev = tl.history.changes(id);
  const log = tl.log;
  for (let k = ev.length - 1; k >= 0; k--) {
    const e = ev[k]!;
    const kind = log.kindAt(e);
    if (e <= i && (kind === Kind.Drop || kind === Kind.Take || kind === Kind.Insert) && log.aAt(e) === id) return e;
  }
  return -1;
}
