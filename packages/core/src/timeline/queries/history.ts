import { Kind } from '../../events/kinds.js';
import type { Timeline } from '../timeline.js';

/** One point of an object's refcount history. */
export interface RefcountPoint {
  /** The event (`heap.alloc`, `ref.take`, `ref.insert` or `ref.drop`). */
  readonly event: number;
  /** Refcount just after it. */
  readonly refcount: number;
}

/** An event that changed an object, found by a watchpoint. */
export interface ObjectChange {
  readonly event: number;
  /** `reference`: its refcount and holders; `list`: the collector list (generation) it is in. */
  readonly what: 'reference' | 'list';
}

/** When an object was allocated, finalized and freed (-1: not in the log). */
export interface Lifecycle {
  readonly alloc: number;
  readonly finalize: number;
  readonly free: number;
}

function isRefKind(kind: number): boolean {
  return kind === Kind.Take || kind === Kind.Insert || kind === Kind.Drop;
}

/** The refcount of `id` over the whole log: its allocation (0), then after every change. */
export function refcountHistory(tl: Timeline, id: number): RefcountPoint[] {
  tl.checkObject(id);
  const log = tl.log;
  const out: RefcountPoint[] = [{ event: tl.history.allocAt[id]!, refcount: 0 }];
  let rc = 0;
  for (const e of tl.history.changes(id)) {
    const kind = log.kindAt(e);
    if (!isRefKind(kind) || log.aAt(e) !== id) continue;
    rc += kind === Kind.Drop ? -1 : 1;
    out.push({ event: e, refcount: rc });
  }
  return out;
}

function change(tl: Timeline, id: number, e: number): ObjectChange | undefined {
  if (e < 0) return undefined;
  const log = tl.log;
  return { event: e, what: isRefKind(log.kindAt(e)) && log.aAt(e) === id ? 'reference' : 'list' };
}

/**
 * Reverse watchpoint: the last event before event `i` that changed the refcount, holders or
 * collector list (generation) of object `id`.
 */
export function previousChange(tl: Timeline, id: number, i: number): ObjectChange | undefined {
  tl.checkObject(id);
  tl.checkIndex(i);
  return change(tl, id, tl.history.previous(id, i));
}

/** Forward watchpoint: the first event after event `i` that changed object `id`. */
export function nextChange(tl: Timeline, id: number, i: number): ObjectChange | undefined {
  tl.checkObject(id);
  tl.checkIndex(i);
  return change(tl, id, tl.history.next(id, i));
}

/** The events that allocated, finalized (`__del__` called) and freed object `id`. */
export function lifecycle(tl: Timeline, id: number): Lifecycle {
  tl.checkObject(id);
  const h = tl.history;
  return { alloc: h.allocAt[id]!, finalize: h.finalizeAt[id]!, free: h.freeAt[id]! };
}

/**
 * The event that created the reference `holder` holds on `target`, as it stands just after
 * event `i`: the latest `ref.take` / `ref.insert` from that holder not undone by a later drop.
 */
export function creatingEvent(tl: Timeline, target: number, holder: number, i: number, label?: number): number {
  const log = tl.log;
  const ev = tl.history.changes(target);
  let pending = 0;
  for (let k = ev.length - 1; k >= 0; k--) {
    const e = ev[k]!;
    if (e > i) continue;
    const kind = log.kindAt(e);
    if (!isRefKind(kind) || log.aAt(e) !== target || log.bAt(e) !== holder) continue;
    // A labelled slot (attribute, key, local): only that slot's takes and drops count.
    if (label !== undefined && (kind === Kind.Take || kind === Kind.Drop) && log.cAt(e) !== label) continue;
    if (kind === Kind.Drop) pending++;
    else if (pending === 0) return e;
    else pending--;
  }
  return -1;
}
