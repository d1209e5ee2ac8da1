import { Kind, ObjFlag, type HeapState } from '@heapline/core';
import { upperBound } from './eventIndex.js';

/** Beyond this many events between two cursors, the set is rebuilt rather than patched. */
const PATCH_LIMIT = 8192;

/**
 * The ids of the live objects at the cursor, in id order, kept up to date as the cursor moves:
 * a small move patches the set with the allocations and frees in between (each checked against
 * the state at the new cursor); a long jump rescans the state. The heap pane draws a window of
 * it, so a keypress never costs a pass over a large heap.
 */
export class LiveSet {
  private ids = new Int32Array(0);
  private n = 0;
  private at = -2;

  /** Number of live objects. */
  get size(): number {
    return this.n;
  }

  /** The `k`-th live id in id order. */
  get(k: number): number {
    return this.ids[k]!;
  }

  /** Position of `id` in id order, or -1 when it is not live. */
  indexOf(id: number): number {
    const k = upperBound(this.ids, this.n, id) - 1;
    return k >= 0 && this.ids[k] === id ? k : -1;
  }

  /** The live ids as a fresh array. */
  toArray(): number[] {
    return Array.from(this.ids.subarray(0, this.n));
  }

  /** Brings the set to the state `s`, which stands just after event `index`. */
  update(s: HeapState, index: number): void {
    if (index === this.at) return;
    const lo = Math.min(index, this.at);
    const hi = Math.max(index, this.at);
    if (this.at < -1 || hi - lo > PATCH_LIMIT) this.rebuild(s);
    else {
      const log = s.log;
      const touched = new Set<number>();
      for (let e = lo + 1; e <= hi; e++) {
        const k = log.kindAt(e);
        if (k === Kind.Alloc || k === Kind.Free) touched.add(log.aAt(e));
      }
      if (touched.size <= 16) for (const id of touched) this.set(id, s.isAlive(id));
      else this.merge(s, touched);
    }
    this.at = index;
  }

  /**
   * A scan of every id ever allocated (ids are never reused): the state's flag column read
   * directly, the one loop here that runs over millions of entries on a long log.
   */
  private rebuild(s: HeapState): void {
    const need = s.liveObjects;
    if (this.ids.length < need) this.ids = new Int32Array(Math.max(1024, need * 2));
    let ids = this.ids;
    const flags = s.flags;
    const last = Math.min(s.objectCount, flags.length - 1);
    let n = 0;
    for (let id = 1; id <= last; id++) {
      if ((flags[id]! & ObjFlag.Alive) === 0) continue;
      if (n === ids.length) {
        this.grow();
        ids = this.ids;
      }
      ids[n++] = id;
    }
    this.n = n;
  }

  /** Applies many changes in one linear pass: the live ids merged with those that came alive. */
  private merge(s: HeapState, touched: Set<number>): void {
    const born = [...touched].filter((id) => s.isAlive(id) && this.indexOf(id) < 0).sort((a, b) => a - b);
    const out = new Int32Array(Math.max(1024, (this.n + born.length) * 2));
    let n = 0;
    let b = 0;
    for (let k = 0; k < this.n; k++) {
      const id = this.ids[k]!;
      while (b < born.length && born[b]! < id) out[n++] = born[b++]!;
      if (!touched.has(id) || s.isAlive(id)) out[n++] = id;
    }
    while (b < born.length) out[n++] = born[b++]!;
    this.ids = out;
    this.n = n;
  }

  private grow(): void {
    const d = new Int32Array(Math.max(1024, this.ids.length * 2));
    d.set(this.ids);
    this.ids = d;
  }

  private set(id: number, alive: boolean): void {
    const k = upperBound(this.ids, this.n, id);
    const present = k > 0 && this.ids[k - 1] === id;
    if (alive === present) return;
    if (alive) {
      if (this.n === this.ids.length) this.grow();
      this.ids.copyWithin(k + 1, k, this.n);
      this.ids[k] = id;
      this.n++;
    } else {
      this.ids.copyWithin(k - 1, k, this.n);
      this.n--;
    }
  }
}
