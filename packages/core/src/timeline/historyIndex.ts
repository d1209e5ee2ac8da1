import { Kind } from '../events/kinds.js';
import type { EventLog } from '../log/eventLog.js';
import { GrowableInt32 } from '../log/columns.js';

/**
 * Per-object history, built in one pass over the log: for each object, the events that changed
 * its refcount and holders (`ref.take`, `ref.insert`, `ref.drop` naming it as target) or the
 * collector list it is in (track, untrack, promotions, merges, moves during a collection), in
 * log order; and the events that allocated, finalized and freed it. Stored as one compressed
 * sparse row table (offsets by object id into one Int32Array of event indices), so a watchpoint
 * is a binary search.
 */
export class HistoryIndex {
  constructor(
    /** `events[offsets[id] .. offsets[id + 1])`: the changes of object `id`, in order. */
    readonly offsets: Int32Array,
    readonly events: Int32Array,
    /** Event that allocated / finalized / freed each object, or -1. */
    readonly allocAt: Int32Array,
    readonly finalizeAt: Int32Array,
    readonly freeAt: Int32Array,
  ) {}

  /** Number of objects indexed (ids 1..objectCount). */
  get objectCount(): number {
    return this.allocAt.length - 1;
  }

  /** The change events of object `id`, in order. */
  changes(id: number): Int32Array {
    return this.events.subarray(this.offsets[id]!, this.offsets[id + 1]!);
  }

  /** The last change of `id` strictly before event `i`, or -1. */
  previous(id: number, i: number): number {
    const ev = this.changes(id);
    const k = upperBound(ev, i - 1) - 1;
    return k >= 0 ? ev[k]! : -1;
  }

  /** The first change of `id` strictly after event `i`, or -1. */
  next(id: number, i: number): number {
    const ev = this.changes(id);
    const k = upperBound(ev, i);
    return k < ev.length ? ev[k]! : -1;
  }

  /** Bytes held. */
  get bytes(): number {
    return this.offsets.byteLength + this.events.byteLength + this.allocAt.byteLength * 3;
  }
}

/** Index of the first element of sorted `a` greater than `x`. */
export function upperBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Collects `(object, event)` pairs during the build pass, then packs them. */
export class HistoryIndexBuilder {
  private readonly ids = new GrowableInt32(1 << 16);
  private readonly evs = new GrowableInt32(1 << 16);
  private lastId = 0;
  private lastEv = -1;

  add(id: number, event: number): void {
    if (id === this.lastId && event === this.lastEv) return;
    this.lastId = id;
    this.lastEv = event;
    this.ids.push(id);
    this.evs.push(event);
  }

  /** Records what event `i` says about single objects (the collector's moves come through `add`). */
  event(log: EventLog, i: number, kind: number, a: number): void {
    if (kind === Kind.Take || kind === Kind.Insert || kind === Kind.Drop) this.add(a, i);
  }

  build(log: EventLog): HistoryIndex {
    const n = log.objectCount;
    const offsets = new Int32Array(n + 2);
    const ids = this.ids.data;
    const count = this.ids.length;
    for (let k = 0; k < count; k++) offsets[ids[k]! + 1]! += 1;
    for (let id = 1; id <= n + 1; id++) offsets[id]! += offsets[id - 1]!;
    const fill = offsets.slice(0, n + 1);
    const events = new Int32Array(count);
    const evs = this.evs.data;
    for (let k = 0; k < count; k++) events[fill[ids[k]!]!++] = evs[k]!;
    const allocAt = new Int32Array(n + 1).fill(-1);
    const finalizeAt = new Int32Array(n + 1).fill(-1);
    const freeAt = new Int32Array(n + 1).fill(-1);
    for (let i = 0; i < log.length; i++) {
      const kind = log.kindAt(i);
      if (kind === Kind.Alloc) allocAt[log.aAt(i)] = i;
      else if (kind === Kind.Free) freeAt[log.aAt(i)] = i;
      else if (kind === Kind.Finalize) finalizeAt[log.aAt(i)] = i;
    }
    return new HistoryIndex(offsets, events, allocAt, finalizeAt, freeAt);
  }
}
