import type { HeapState } from '../state/heapState.js';
import { ObjFlag } from '../state/objFlags.js';
import { HEADS, NO_LIST } from '../state/gcLists.js';
import {
  NODE_FIELDS,
  OBJ_FIELDS,
  sameHolder,
  sameInts,
  writeHolder,
  writeNode,
  writeObj,
  writeWeakList,
  writeWeakref,
  type SavedHolder,
} from '../state/stateAccess.js';

/**
 * The net change of a state between two checkpoints: for each object, list node, holder and
 * weakref entry that differs, its value at the start and at the end. Applied forward it turns
 * the state at the first checkpoint into the state at the second; applied backward, the
 * reverse. Deltas over consecutive spans merge into one over the whole span ({@link merge}),
 * which is how the timeline's coarser levels are built. Scalars are not part of a delta.
 */
export class Delta {
  constructor(
    readonly objIds: Int32Array,
    readonly objStart: Int32Array,
    readonly objEnd: Int32Array,
    readonly nodeIds: Int32Array,
    readonly nodeStart: Int32Array,
    readonly nodeEnd: Int32Array,
    /** `[h, start, end, ...]` */
    readonly holders: ReadonlyArray<number | SavedHolder | null>,
    /** `[wr, start, end, ...]`; 0 = no referent. */
    readonly weak: Int32Array,
    /** `[target, start, end, ...]` */
    readonly weakLists: ReadonlyArray<number | Int32Array | null>,
  ) {}

  /** Entries in the delta. */
  get size(): number {
    return this.objIds.length + this.nodeIds.length + this.holders.length / 3 + this.weak.length / 3 + this.weakLists.length / 3;
  }

  /** Approximate bytes held. */
  get bytes(): number {
    let b = 64 + (this.objIds.length + this.objStart.length + this.objEnd.length) * 4;
    b += (this.nodeIds.length + this.nodeStart.length + this.nodeEnd.length) * 4 + this.weak.length * 4;
    for (let k = 0; k < this.holders.length; k += 3) {
      b += 24;
      for (const v of [this.holders[k + 1], this.holders[k + 2]] as Array<SavedHolder | null>) if (v) b += 48 + v.edges.e.byteLength;
    }
    for (let k = 0; k < this.weakLists.length; k += 3) {
      b += 24;
      for (const v of [this.weakLists[k + 1], this.weakLists[k + 2]] as Array<Int32Array | null>) if (v) b += 48 + v.byteLength;
    }
    return b;
  }

  /** Writes the end values (`forward`) or the start values into `s`. */
  apply(s: HeapState, forward: boolean): void {
    const objs = forward ? this.objEnd : this.objStart;
    for (let k = 0; k < this.objIds.length; k++) writeObj(s, this.objIds[k]!, objs, k * OBJ_FIELDS);
    const nodes = forward ? this.nodeEnd : this.nodeStart;
    for (let k = 0; k < this.nodeIds.length; k++) writeNode(s, this.nodeIds[k]!, nodes, k * NODE_FIELDS);
    const pick = forward ? 2 : 1;
    const h = this.holders;
    for (let k = 0; k < h.length; k += 3) writeHolder(s, h[k] as number, h[k + pick] as SavedHolder | null);
    const w = this.weak;
    for (let k = 0; k < w.length; k += 3) writeWeakref(s, w[k]!, w[k + pick]!);
    const wl = this.weakLists;
    for (let k = 0; k < wl.length; k += 3) writeWeakList(s, wl[k] as number, wl[k + pick] as Int32Array | null);
  }

  /**
   * The delta over `a`'s span followed by `b`'s: each entry starts where it first appears and
   * ends where it last appears; entries that come back to their start are dropped.
   */
  static merge(a: Delta, b: Delta): Delta {
    const d = new DeltaBuilder();
    mergeFixed(a.objIds, a.objStart, a.objEnd, b.objIds, b.objStart, b.objEnd, OBJ_FIELDS, (id, s, sa, e, ea) => d.obj(id, s, sa, e, ea));
    mergeFixed(a.nodeIds, a.nodeStart, a.nodeEnd, b.nodeIds, b.nodeStart, b.nodeEnd, NODE_FIELDS, (n, s, sa, e, ea) => d.node(n, s, sa, e, ea));
    mergeBoxed(a.holders, b.holders, sameHolder, d.holders);
    mergeBoxed(Array.from(a.weak), Array.from(b.weak), (x, y) => x === y, d.weak as Array<number>);
    mergeBoxed(a.weakLists, b.weakLists, sameInts, d.weakLists);
    return d.build();
  }
}

type Emit = (id: number, start: Int32Array, startAt: number, end: Int32Array, endAt: number) => void;

function mergeFixed(
  aIds: Int32Array,
  aStart: Int32Array,
  aEnd: Int32Array,
  bIds: Int32Array,
  bStart: Int32Array,
  bEnd: Int32Array,
  width: number,
  emit: Emit,
): void {
  const inB = new Map<number, number>();
  for (let k = 0; k < bIds.length; k++) inB.set(bIds[k]!, k);
  const same = (x: Int32Array, xa: number, y: Int32Array, ya: number) => {
    for (let f = 0; f < width; f++) if (x[xa + f] !== y[ya + f]) return false;
    return true;
  };
  for (let k = 0; k < aIds.length; k++) {
    const id = aIds[k]!;
    const kb = inB.get(id);
    if (kb === undefined) emit(id, aStart, k * width, aEnd, k * width);
    else {
      inB.delete(id);
      if (!same(aStart, k * width, bEnd, kb * width)) emit(id, aStart, k * width, bEnd, kb * width);
    }
  }
  for (let k = 0; k < bIds.length; k++) if (inB.has(bIds[k]!)) emit(bIds[k]!, bStart, k * width, bEnd, k * width);
}

function mergeBoxed<T>(
  a: ReadonlyArray<number | T>,
  b: ReadonlyArray<number | T>,
  same: (x: T, y: T) => boolean,
  out: Array<number | T>,
): void {
  const inB = new Map<number, number>();
  for (let k = 0; k < b.length; k += 3) inB.set(b[k] as number, k);
  for (let k = 0; k < a.length; k += 3) {
    const id = a[k] as number;
    const kb = inB.get(id);
    if (kb === undefined) out.push(id, a[k + 1] as T, a[k + 2] as T);
    else {
      inB.delete(id);
      if (!same(a[k + 1] as T, b[kb + 2] as T)) out.push(id, a[k + 1] as T, b[kb + 2] as T);
    }
  }
  for (let k = 0; k < b.length; k += 3) if (inB.has(b[k] as number)) out.push(b[k] as number, b[k + 1] as T, b[k + 2] as T);
}

/** Collects a delta's entries before packing them into typed arrays. */
export class DeltaBuilder {
  readonly objIds: number[] = [];
  readonly objStart: number[] = [];
  readonly objEnd: number[] = [];
  readonly nodeIds: number[] = [];
  readonly nodeStart: number[] = [];
  readonly nodeEnd: number[] = [];
  /** `[h, start, end, ...]` */
  readonly holders: Array<number | SavedHolder | null> = [];
  /** `[wr, start, end, ...]`; 0 = no referent. */
  readonly weak: number[] = [];
  /** `[target, start, end, ...]` */
  readonly weakLists: Array<number | Int32Array | null> = [];

  obj(id: number, start: ArrayLike<number>, at: number, end: ArrayLike<number>, endAt = 0): void {
    // Dead at both ends: whatever its fields hold is never read.
    if (!(start[at + 1]! & ObjFlag.Alive) && !(end[endAt + 1]! & ObjFlag.Alive)) return;
    this.objIds.push(id);
    for (let f = 0; f < OBJ_FIELDS; f++) {
      this.objStart.push(start[at + f]!);
      this.objEnd.push(end[endAt + f]!);
    }
  }

  node(n: number, start: ArrayLike<number>, at: number, end: ArrayLike<number>, endAt = 0): void {
    // An object's node out of every list at both ends: its links are never read. (List heads
    // are in no list but their links are the lists.)
    if (n >= HEADS && start[at + 2] === NO_LIST && end[endAt + 2] === NO_LIST) return;
    this.nodeIds.push(n);
    for (let f = 0; f < NODE_FIELDS; f++) {
      this.nodeStart.push(start[at + f]!);
      this.nodeEnd.push(end[endAt + f]!);
    }
  }

  build(): Delta {
    return new Delta(
      Int32Array.from(this.objIds),
      Int32Array.from(this.objStart),
      Int32Array.from(this.objEnd),
      Int32Array.from(this.nodeIds),
      Int32Array.from(this.nodeStart),
      Int32Array.from(this.nodeEnd),
      this.holders,
      Int32Array.from(this.weak),
      this.weakLists,
    );
  }
}
