import { Kind } from '../events/kinds.js';
import type { HeapState } from '../state/heapState.js';
import { ObjFlag } from '../state/objFlags.js';

/** Test helpers over a HeapState: holder counts and reachability from the roots. */

/** Number of live holder edges pointing at each object (index = id). */
export function holderCounts(s: HeapState): Int32Array {
  const counts = new Int32Array(s.objectCount + 1);
  const add = (t: number) => {
    counts[t]! += 1;
  };
  for (let id = 1; id <= s.objectCount; id++) {
    if (!(s.flags[id]! & ObjFlag.Alive)) continue;
    for (const [, t] of s.edges[id]?.pairs() ?? []) add(t);
    if (s.classOf(id) !== 0) add(s.classOf(id));
  }
  for (const root of s.roots.values()) for (const [, t] of root.edges.pairs()) add(t);
  return counts;
}

/** Objects reachable from the roots through strong references. */
export function reachableFromRoots(s: HeapState): Set<number> {
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const root of s.roots.values()) for (const [, t] of root.edges.pairs()) stack.push(t);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const [, t] of s.edges[id]?.pairs() ?? []) stack.push(t);
    if (s.classOf(id) !== 0) stack.push(s.classOf(id));
  }
  return seen;
}

/**
 * Applies the log's events from `s.applied` up to `to`, checking before each free that the
 * freed object is unreachable from the roots, and before each gc.unreachable that none of the
 * objects it names is reachable. Returns a list of violations (empty when all hold).
 */
export function applyChecked(s: HeapState, to: number): string[] {
  const problems: string[] = [];
  const log = s.log;
  for (let i = s.applied; i < to; i++) {
    const kind = log.kindAt(i);
    if (kind === Kind.Free) {
      if (reachableFromRoots(s).has(log.aAt(i))) problems.push(`event ${i}: freed object ${log.aAt(i)} is reachable from a root`);
    }
    s.apply(i);
    if (kind === Kind.GcUnreachable) {
      // The event's effect is in the state now; what it names must not be reachable.
      const reach = reachableFromRoots(s);
      for (let k = 0; k < log.aAt(i); k++) {
        const id = log.auxAt(log.cAt(i) + k);
        if (reach.has(id)) problems.push(`event ${i}: collected object ${id} is reachable from a root`);
      }
    }
  }
  return problems;
}
