import type { HeapState } from '../state/heapState.js';
import type { JournalHooks } from '../state/journalHooks.js';
import { ObjFlag } from '../state/objFlags.js';
import { NO_LIST } from '../state/gcLists.js';
import {
  NODE_FIELDS,
  OBJ_FIELDS,
  readHolder,
  readNode,
  readObj,
  readWeakList,
  sameInts,
  writeHolder,
  writeNode,
  writeObj,
  writeWeakList,
  writeWeakref,
  type SavedHolder,
} from '../state/stateAccess.js';
import { DeltaBuilder, type Delta } from './delta.js';
import { holderEdit } from './holderEdit.js';

/**
 * Copy-on-first-write record of a state since its last checkpoint: the first time an event is
 * about to change an object, a list node, a holder or a weakref entry, the journal copies the
 * value it had. With it the state can be rolled back to the checkpoint in time proportional to
 * what changed (not to the heap, nor to the events applied), and sealed into the {@link Delta}
 * between two checkpoints. Scalars (counters, settings) are saved whole at each checkpoint.
 */
export class Journal implements JournalHooks {
  private epoch = 1;
  private objMark: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private nodeMark: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private objIds: number[] = [];
  private objStart: number[] = [];
  private nodeIds: number[] = [];
  private nodeStart: number[] = [];
  private holderMark: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private holders = new Map<number, SavedHolder | null>();
  private weak = new Map<number, number>();
  private weakLists = new Map<number, Int32Array | null>();

  constructor(private readonly s: HeapState) {}

  /** Number of entries recorded since the last checkpoint. */
  get size(): number {
    return this.objIds.length + this.nodeIds.length + this.holders.size + this.weak.size + this.weakLists.size;
  }

  obj(id: number): void {
    if (id >= this.objMark.length) this.objMark = grown(this.objMark, id);
    if (this.objMark[id] === this.epoch) return;
    this.objMark[id] = this.epoch;
    this.objIds.push(id);
    readObj(this.s, id, this.objStart);
  }

  node(n: number): void {
    if (n >= this.nodeMark.length) this.nodeMark = grown(this.nodeMark, n);
    if (this.nodeMark[n] === this.epoch) return;
    this.nodeMark[n] = this.epoch;
    this.nodeIds.push(n);
    readNode(this.s, n, this.nodeStart);
  }

  holder(h: number): void {
    if (h > 0) {
      // Object holders are marked in an array: a Map lookup per reference event costs more.
      if (h >= this.holderMark.length) this.holderMark = grown(this.holderMark, h);
      if (this.holderMark[h] === this.epoch) return;
      this.holderMark[h] = this.epoch;
    } else if (this.holders.has(h)) return;
    this.holders.set(h, readHolder(this.s, h));
  }

  weakref(wr: number): void {
    if (!this.weak.has(wr)) this.weak.set(wr, this.s.weakTarget.get(wr) ?? 0);
  }

  weakList(target: number): void {
    if (!this.weakLists.has(target)) this.weakLists.set(target, readWeakList(this.s, target));
  }

  /** Puts back every value recorded (the caller restores the checkpoint's scalars) and clears. */
  rollback(): void {
    const s = this.s;
    for (let k = 0; k < this.objIds.length; k++) writeObj(s, this.objIds[k]!, this.objStart, k * OBJ_FIELDS);
    for (let k = 0; k < this.nodeIds.length; k++) writeNode(s, this.nodeIds[k]!, this.nodeStart, k * NODE_FIELDS);
    for (const [h, v] of this.holders) writeHolder(s, h, v);
    for (const [wr, t] of this.weak) writeWeakref(s, wr, t);
    for (const [t, v] of this.weakLists) writeWeakList(s, t, v);
    this.clear();
  }

  /**
   * The net change since the last checkpoint, as a {@link Delta}, and a fresh start. Entries
   * whose value came back to where it was are dropped, and so are objects dead at both ends and
   * list nodes out of every list at both ends (their leftover fields are never read), so an
   * object born and freed between two checkpoints costs the delta nothing.
   */
  seal(): Delta {
    const s = this.s;
    const d = new DeltaBuilder();
    const now: number[] = [];
    for (let k = 0; k < this.objIds.length; k++) {
      const id = this.objIds[k]!;
      now.length = 0;
      readObj(s, id, now);
      const at = k * OBJ_FIELDS;
      const was = this.objStart;
      if (!(was[at + 1]! & ObjFlag.Alive) && !(now[1]! & ObjFlag.Alive)) continue;
      let same = true;
      for (let f = 0; f < OBJ_FIELDS; f++) if (was[at + f] !== now[f]) same = false;
      if (!same) d.obj(id, was, at, now);
    }
    for (let k = 0; k < this.nodeIds.length; k++) {
      const n = this.nodeIds[k]!;
      now.length = 0;
      readNode(s, n, now);
      const at = k * NODE_FIELDS;
      const was = this.nodeStart;
      if (was[at] !== now[0] || was[at + 1] !== now[1] || was[at + 2] !== now[2]) d.node(n, was, at, now);
    }
    for (const [h, v] of this.holders) {
      const edit = holderEdit(v, readHolder(s, h));
      if (edit) d.holders.push(h, edit);
    }
    for (const [wr, t] of this.weak) {
      const end = s.weakTarget.get(wr) ?? 0;
      if (t !== end) d.weak.push(wr, t, end);
    }
    for (const [t, v] of this.weakLists) {
      const end = readWeakList(s, t);
      if (!sameInts(v, end)) d.weakLists.push(t, v, end);
    }
    this.clear();
    return d.build();
  }

  /** Forgets everything recorded: the state as it is becomes the new checkpoint. */
  clear(): void {
    this.epoch++;
    this.objIds = [];
    this.objStart = [];
    this.nodeIds = [];
    this.nodeStart = [];
    this.holders.clear();
    this.weak.clear();
    this.weakLists.clear();
  }
}

function grown(a: Int32Array, min: number): Int32Array<ArrayBuffer> {
  let cap = a.length;
  while (cap <= min) cap *= 2;
  const n = new Int32Array(cap);
  n.set(a);
  return n;
}
