import { ErrorCode, fail } from '../../errors.js';
import type { HeapView } from '../../timeline/heapView.js';
import type { PendingGarbage } from '../../timeline/queries/pendingGarbage.js';
import type { Timeline } from '../../timeline/timeline.js';

/**
 * The heap graph at one event, as the graph exports (heap snapshot, DOT) draw it: the view, the
 * pending garbage, and every live object sorted by how it is held.
 */
export interface HeapAt {
  readonly view: HeapView;
  /** Cyclic garbage waiting for the collector, grouped (typically one group per cycle). */
  readonly garbage: readonly PendingGarbage[];
  /** Ids of the objects in {@link garbage}. */
  readonly garbageIds: ReadonlySet<number>;
  /**
   * Live objects at refcount 0 that no root reaches: owned by the code that allocated them (as
   * a new object is, in CPython, before its first reference is stored).
   */
  readonly owned: readonly number[];
  /** Live object ids in ascending order. */
  readonly ids: readonly number[];
}

/** Checks `at` names an event of the timeline's log (throws `HL_INDEX_OUT_OF_RANGE`). */
export function checkAt(tl: Timeline, at: number): void {
  if (tl.length === 0) fail(ErrorCode.IndexOutOfRange, 'the log has no events, so there is no heap to export');
  if (!Number.isInteger(at) || at < 0 || at >= tl.length) {
    fail(ErrorCode.IndexOutOfRange, `event ${at} is out of range: the log has events 0 to ${tl.length - 1}`);
  }
}

/** The heap just after event `at` (default: the last event). */
export function heapAt(tl: Timeline, at: number = tl.length - 1): HeapAt {
  checkAt(tl, at);
  const garbage = tl.pendingGarbage(at);
  const view = tl.seek(at).view();
  const garbageIds = new Set<number>();
  for (const g of garbage) for (const id of g.objects) garbageIds.add(id);
  const ids = Object.keys(view.objects)
    .map(Number)
    .sort((a, b) => a - b);
  // What the roots reach; what is neither reached nor garbage hangs off an owned object.
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const r of view.roots) for (const ref of r.referents) stack.push(ref.target);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const ref of view.objects[id]?.referents ?? []) if (!seen.has(ref.target)) stack.push(ref.target);
  }
  const owned = ids.filter((id) => !seen.has(id) && !garbageIds.has(id) && view.objects[id]!.refcount === 0);
  return { view, garbage, garbageIds, owned, ids };
}
