import { Kind, type EventLog } from '@heapline/core';

/** Index of the first element of sorted `a` (length `n`) greater than `x`. */
export function upperBound(a: Int32Array, n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sorted list of event positions with strict before / after lookups. */
export class Positions {
  private data = new Int32Array(64);
  length = 0;

  push(i: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = i;
  }

  at(k: number): number {
    return k >= 0 && k < this.length ? this.data[k]! : -1;
  }

  /** The first position strictly after `i`, or -1. */
  after(i: number): number {
    return this.at(upperBound(this.data, this.length, i));
  }

  /** The last position strictly before `i`, or -1. */
  before(i: number): number {
    return this.at(upperBound(this.data, this.length, i - 1) - 1);
  }

  /** The last position at or before `i`, or -1. */
  atOrBefore(i: number): number {
    return this.at(upperBound(this.data, this.length, i) - 1);
  }
}

/**
 * Where the landmarks of a log are: source-line events (`n` / `N`), collections (`]` / `[`)
 * and their ends. One pass over the log's kind column, no decoding: fast enough to run before
 * the first frame even on a ten-million-event log.
 */
export class EventIndex {
  readonly lines = new Positions();
  readonly collections = new Positions();
  readonly collectionEnds = new Positions();
  /** The `heap.alloc` event of each object id (-1: none), so names never need a replay. */
  readonly allocAt: Int32Array;
  /** The last name each root id was added under. */
  readonly rootNames = new Map<number, number>();

  constructor(readonly log: EventLog) {
    const n = log.length;
    const allocAt = new Int32Array(log.objectCount + 1).fill(-1);
    for (let i = 0; i < n; i++) {
      const k = log.kindAt(i);
      if (k === Kind.Alloc) allocAt[log.aAt(i)] = i;
      else if (k === Kind.Line) this.lines.push(i);
      else if (k === Kind.GcStart) this.collections.push(i);
      else if (k === Kind.GcDone) this.collectionEnds.push(i);
      else if (k === Kind.RootAdd) this.rootNames.set(log.aAt(i), log.bAt(i));
    }
    this.allocAt = allocAt;
  }

  /** Type name of object `id` (from its allocation; '?' for an id the log never allocated). */
  typeOf(id: number): string {
    const at = id > 0 && id < this.allocAt.length ? this.allocAt[id]! : -1;
    return at < 0 ? '?' : this.log.strings.get(this.log.bAt(at));
  }

  /** Size at allocation of object `id` (0 if unknown). */
  allocSize(id: number): number {
    const at = id > 0 && id < this.allocAt.length ? this.allocAt[id]! : -1;
    return at < 0 ? 0 : this.log.cAt(at);
  }

  /** Name of root `id` when it was last added ('root <id>' if never). */
  rootName(id: number): string {
    const s = this.rootNames.get(id);
    return s === undefined ? `root ${id}` : this.log.strings.get(s);
  }

  /** The `gc.done` ending the collection that starts at `start`, or -1 (log cut short). */
  endOf(start: number): number {
    return this.collectionEnds.after(start);
  }
}
