import type { HeapState } from '../state/heapState.js';
import { ObjFlag } from '../state/objFlags.js';
import { HEADS, NO_LIST } from '../state/gcLists.js';
import {
  NODE_FIELDS,
  OBJ_FIELDS,
  readHolder,
  sameInts,
  writeWeakList,
  writeWeakref,
} from '../state/stateAccess.js';
import { FixedTable } from './fixedTable.js';
import { applyHolderEdit, holderEdit, holderEditBytes, undoHolderEdit, type HolderEdit } from './holderEdit.js';

/**
 * The net change of a state between two checkpoints: for each object, list node, holder and
 * weakref entry that differs, its value at the start and at the end. Applied forward it turns
 * the state at the first checkpoint into the state at the second; applied backward, the
 * reverse. Holders are stored as edits ({@link HolderEdit}), not copies. Deltas over consecutive spans merge into one over the whole span ({@link merge}),
 * which is how the timeline's coarser levels are built. Scalars are not part of a delta.
 */
export class Delta {
  constructor(
    readonly objs: FixedTable,
    readonly nodes: FixedTable,
    /** `[h, edit, ...]` */
    readonly holders: ReadonlyArray<number | HolderEdit>,
    /** `[wr, start, end, ...]`; 0 = no referent. */
    readonly weak: Int32Array,
    /** `[target, start, end, ...]` */
    readonly weakLists: ReadonlyArray<number | Int32Array | null>,
  ) {}

  /** Approximate bytes held. */
  get bytes(): number {
    let b = 64 + this.objs.bytes + this.nodes.bytes + this.weak.length * 4;
    for (let k = 0; k < this.holders.length; k += 2) b += 8 + holderEditBytes(this.holders[k + 1] as HolderEdit);
    for (let k = 0; k < this.weakLists.length; k += 3) {
      b += 24;
      for (const v of [this.weakLists[k + 1], this.weakLists[k + 2]] as Array<Int32Array | null>) if (v) b += 48 + v.byteLength;
    }
    return b;
  }

  /** Writes the end values (`forward`) or the start values into `s`. */
  apply(s: HeapState, forward: boolean): void {
    const objs = this.objs;
    const maxObj = objs.maxId();
    if (maxObj >= 0) {
      s.grow(maxObj);
      if (s.cls.length < s.refcnt.length) {
        const cls = new Int32Array(s.refcnt.length);
        cls.set(s.cls);
        s.cls = cls;
      }
      const { refcnt, flags, type, size, cls } = s;
      const ids = objs.ids;
      const src = forward ? objs.ends : objs.starts;
      let at = 0;
      for (let k = 0; k < ids.length; k++) {
        const raw = ids[k]!;
        if (raw < 0 && !forward) {
          const id = ~raw;
          refcnt[id] = 0;
          flags[id] = 0;
          type[id] = 0;
          size[id] = 0;
          cls[id] = 0;
          continue;
        }
        const id = raw < 0 ? ~raw : raw;
        if (forward) at = k * OBJ_FIELDS;
        refcnt[id] = src[at]!;
        flags[id] = src[at + 1]!;
        type[id] = src[at + 2]!;
        size[id] = src[at + 3]!;
        cls[id] = src[at + 4]!;
        if (!forward) at += OBJ_FIELDS;
      }
    }
    const nodes = this.nodes;
    const maxNode = nodes.maxId();
    if (maxNode >= 0) {
      const L = s.lists;
      if (maxNode >= L.next.length) L.grow(Math.max(maxNode - HEADS + 1, (L.next.length - HEADS) * 2));
      const { next, prev, listOf } = L;
      const ids = nodes.ids;
      const src = forward ? nodes.ends : nodes.starts;
      let at = 0;
      for (let k = 0; k < ids.length; k++) {
        const raw = ids[k]!;
        if (raw < 0 && !forward) {
          const n = ~raw;
          next[n] = 0;
          prev[n] = 0;
          listOf[n] = NO_LIST;
          continue;
        }
        const n = raw < 0 ? ~raw : raw;
        if (forward) at = k * NODE_FIELDS;
        next[n] = src[at]!;
        prev[n] = src[at + 1]!;
        listOf[n] = src[at + 2]!;
        if (!forward) at += NODE_FIELDS;
      }
    }
    const pick = forward ? 2 : 1;
    const h = this.holders;
    for (let k = 0; k < h.length; k += 2) applyHolderEdit(s, h[k] as number, h[k + 1] as HolderEdit, forward);
    const w = this.weak;
    for (let k = 0; k < w.length; k += 3) writeWeakref(s, w[k]!, w[k + pick]!);
    const wl = this.weakLists;
    for (let k = 0; k < wl.length; k += 3) writeWeakList(s, wl[k] as number, wl[k + pick] as Int32Array | null);
  }

  /**
   * The delta over `a`'s span followed by `b`'s: each entry starts where it first appears and
   * ends where it last appears; entries that come back to their start are dropped. `s` is the
   * state at the end of `b`: a holder edited in both spans is rebuilt from it (its end), undoing
   * `b`'s edit then `a`'s to find its start.
   */
  static merge(a: Delta, b: Delta, s: HeapState): Delta {
    const d = new DeltaBuilder();
    const objs = FixedTable.merge(a.objs, b.objs, keepObj);
    const nodes = FixedTable.merge(a.nodes, b.nodes, keepNode);
    mergeHolders(a.holders, b.holders, s, d.holders);
    mergeBoxed(Array.from(a.weak), Array.from(b.weak), (x, y) => x === y, d.weak as Array<number>);
    mergeBoxed(a.weakLists, b.weakLists, sameInts, d.weakLists);
    return d.build(objs, nodes);
  }
}

function mergeHolders(a: ReadonlyArray<number | HolderEdit>, b: ReadonlyArray<number | HolderEdit>, s: HeapState, out: Array<number | HolderEdit>): void {
  const inB = new Map<number, number>();
  for (let k = 0; k < b.length; k += 2) inB.set(b[k] as number, k);
  for (let k = 0; k < a.length; k += 2) {
    const h = a[k] as number;
    const kb = inB.get(h);
    if (kb === undefined) out.push(h, a[k + 1] as HolderEdit);
    else {
      inB.delete(h);
      const end = readHolder(s, h);
      const start = undoHolderEdit(undoHolderEdit(end, b[kb + 1] as HolderEdit), a[k + 1] as HolderEdit);
      const edit = holderEdit(start, end);
      if (edit) out.push(h, edit);
    }
  }
  for (let k = 0; k < b.length; k += 2) if (inB.has(b[k] as number)) out.push(b[k] as number, b[k + 1] as HolderEdit);
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

/** Dead at both ends: whatever an object's fields hold is never read. */
function keepObj(_id: number, start: ArrayLike<number>, at: number, end: ArrayLike<number>, endAt: number): boolean {
  return ((start[at + 1]! | end[endAt + 1]!) & ObjFlag.Alive) !== 0;
}

/**
 * An object's node out of every list at both ends: its links are never read. (List heads are in
 * no list but their links are the lists.)
 */
function keepNode(n: number, start: ArrayLike<number>, at: number, end: ArrayLike<number>, endAt: number): boolean {
  return n < HEADS || start[at + 2] !== NO_LIST || end[endAt + 2] !== NO_LIST;
}

/** Fields of an object never allocated, and of a list node never linked. */
const PRISTINE_OBJ: readonly number[] = new Array<number>(OBJ_FIELDS).fill(0);
const PRISTINE_NODE: readonly number[] = [0, 0, NO_LIST];

/** Collects a delta's entries before packing them. */
export class DeltaBuilder {
  private readonly objIds: number[] = [];
  private readonly objStart: number[] = [];
  private readonly objEnd: number[] = [];
  private readonly nodeIds: number[] = [];
  private readonly nodeStart: number[] = [];
  private readonly nodeEnd: number[] = [];
  /** `[h, edit, ...]` */
  readonly holders: Array<number | HolderEdit> = [];
  /** `[wr, start, end, ...]`; 0 = no referent. */
  readonly weak: number[] = [];
  /** `[target, start, end, ...]` */
  readonly weakLists: Array<number | Int32Array | null> = [];

  obj(id: number, start: ArrayLike<number>, at: number, end: ArrayLike<number>, endAt = 0): void {
    if (!keepObj(id, start, at, end, endAt)) return;
    this.objIds.push(id);
    for (let f = 0; f < OBJ_FIELDS; f++) {
      this.objStart.push(start[at + f]!);
      this.objEnd.push(end[endAt + f]!);
    }
  }

  node(n: number, start: ArrayLike<number>, at: number, end: ArrayLike<number>, endAt = 0): void {
    if (!keepNode(n, start, at, end, endAt)) return;
    this.nodeIds.push(n);
    for (let f = 0; f < NODE_FIELDS; f++) {
      this.nodeStart.push(start[at + f]!);
      this.nodeEnd.push(end[endAt + f]!);
    }
  }

  /** The delta; `objs` and `nodes`, when given, replace the entries collected by obj() and node(). */
  build(objs?: FixedTable, nodes?: FixedTable): Delta {
    return new Delta(
      objs ?? FixedTable.pack(this.objIds, this.objStart, this.objEnd, OBJ_FIELDS, PRISTINE_OBJ),
      nodes ?? FixedTable.pack(this.nodeIds, this.nodeStart, this.nodeEnd, NODE_FIELDS, PRISTINE_NODE),
      this.holders,
      Int32Array.from(this.weak),
      this.weakLists,
    );
  }
}
