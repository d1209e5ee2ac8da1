import type { HeapState } from '../state/heapState.js';
import type { JournalHooks } from '../state/journalHooks.js';
import { ObjFlag } from '../state/objFlags.js';
import {
  NODE_FIELDS,
  OBJ_FIELDS,
  SCALARS,
  readHolder,
  readNode,
  readObj,
  readScalars,
  readWeakList,
  sameInts,
  writeHolder,
  writeNode,
  writeObj,
  writeScalars,
  writeWeakList,
  writeWeakref,
  type SavedHolder,
} from '../state/stateAccess.js';
import { DeltaBuilder, type Delta } from './delta.js';
import { holderEdit } from './holderEdit.js';

/** Where a segment of the journal starts: its position, entry counts and scalars there. */
interface Segment {
  readonly pos: number;
  readonly lens: readonly [number, number, number, number, number];
  readonly scalars: Float64Array;
}

/**
 * Copy-on-first-write record of a state since its last checkpoint: the first time an event is
 * about to change an object, a list node, a holder or a weakref entry, the journal copies the
 * value it had. With it the state can be rolled back to the checkpoint in time proportional to
 * what changed (not to the heap, nor to the events applied), and sealed into the {@link Delta}
 * between two checkpoints. Scalars (counters, settings) are saved whole at each checkpoint.
 *
 * The journal can also be cut into segments ({@link mark}): each starts a fresh first-write
 * record (a value changed in two segments is copied in each) and saves the scalars, so the state
 * can be put back to any mark by undoing the later copies, newest first ({@link undoTo}). The
 * timeline marks every few hundred events while it moves forward, so a step back costs a
 * segment, not a span.
 */
export class Journal implements JournalHooks {
  private epoch = 1;
  private objMark: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private nodeMark: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private holderMark: Int32Array<ArrayBuffer> = new Int32Array(1024);
  private readonly otherMarks = new Map<number, number>();
  private objIds: number[] = [];
  private objStart: number[] = [];
  private nodeIds: number[] = [];
  private nodeStart: number[] = [];
  private holderIds: number[] = [];
  private holderStart: Array<SavedHolder | null> = [];
  private weakIds: number[] = [];
  private weakStart: number[] = [];
  private weakListIds: number[] = [];
  private weakListStart: Array<Int32Array | null> = [];
  private segments: Segment[] = [];

  constructor(private readonly s: HeapState) {}


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
    } else if (!this.firstInSegment(ROOT, h)) return;
    this.holderIds.push(h);
    this.holderStart.push(readHolder(this.s, h));
  }

  weakref(wr: number): void {
    if (!this.firstInSegment(WEAK, wr)) return;
    this.weakIds.push(wr);
    this.weakStart.push(this.s.weakTarget.get(wr) ?? 0);
  }

  weakList(target: number): void {
    if (!this.firstInSegment(WEAK_LIST, target)) return;
    this.weakListIds.push(target);
    this.weakListStart.push(readWeakList(this.s, target));
  }

  /** Whether `key` of `kind` is touched for the first time in this segment (and marks it). */
  private firstInSegment(kind: number, key: number): boolean {
    const k = key * 4 + kind;
    if (this.otherMarks.get(k) === this.epoch) return false;
    this.otherMarks.set(k, this.epoch);
    return true;
  }

  /** Starts a segment at the state's position: later changes can be undone back to here. */
  mark(): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.pos === this.s.applied) return;
    const scalars = new Float64Array(SCALARS);
    readScalars(this.s, scalars, 0);
    this.segments.push({ pos: this.s.applied, lens: this.lens(), scalars });
    this.epoch++;
  }

  /** Index of the last mark at or before `pos`, or -1. */
  markBefore(pos: number): number {
    const segs = this.segments;
    let k = segs.length - 1;
    while (k >= 0 && segs[k]!.pos > pos) k--;
    return k;
  }

  /**
   * Puts the state back to mark `k` (from {@link markBefore}): undoes the copies recorded after
   * it, newest first, and restores its scalars. Later marks are dropped; mark `k` stays.
   */
  undoTo(k: number, output: readonly number[]): void {
    const seg = this.segments[k]!;
    this.undo(seg.lens);
    writeScalars(this.s, seg.scalars, 0, output);
    this.segments.length = k + 1;
    this.epoch++;
  }

  /** Puts back every value recorded (the caller restores the checkpoint's scalars) and clears. */
  rollback(): void {
    this.undo([0, 0, 0, 0, 0]);
    this.clear();
  }

  private lens(): [number, number, number, number, number] {
    return [this.objIds.length, this.nodeIds.length, this.holderIds.length, this.weakIds.length, this.weakListIds.length];
  }

  /** Writes back the copies recorded past the counts `lens`, newest first, and forgets them. */
  private undo(lens: readonly [number, number, number, number, number]): void {
    const s = this.s;
    for (let k = this.objIds.length - 1; k >= lens[0]; k--) writeObj(s, this.objIds[k]!, this.objStart, k * OBJ_FIELDS);
    for (let k = this.nodeIds.length - 1; k >= lens[1]; k--) writeNode(s, this.nodeIds[k]!, this.nodeStart, k * NODE_FIELDS);
    for (let k = this.holderIds.length - 1; k >= lens[2]; k--) writeHolder(s, this.holderIds[k]!, this.holderStart[k]!);
    for (let k = this.weakIds.length - 1; k >= lens[3]; k--) writeWeakref(s, this.weakIds[k]!, this.weakStart[k]!);
    for (let k = this.weakListIds.length - 1; k >= lens[4]; k--) writeWeakList(s, this.weakListIds[k]!, this.weakListStart[k]!);
    this.objIds.length = lens[0];
    this.objStart.length = lens[0] * OBJ_FIELDS;
    this.nodeIds.length = lens[1];
    this.nodeStart.length = lens[1] * NODE_FIELDS;
    this.holderIds.length = this.holderStart.length = lens[2];
    this.weakIds.length = this.weakStart.length = lens[3];
    this.weakListIds.length = this.weakListStart.length = lens[4];
  }

  /**
   * The net change since the last checkpoint, as a {@link Delta}, and a fresh start. Entries
   * whose value came back to where it was are dropped, and so are objects dead at both ends and
   * list nodes out of every list at both ends (their leftover fields are never read), so an
   * object born and freed between two checkpoints costs the delta nothing. Only for a journal
   * without marks (each entry recorded once).
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
    for (let k = 0; k < this.holderIds.length; k++) {
      const h = this.holderIds[k]!;
      const edit = holderEdit(this.holderStart[k]!, readHolder(s, h));
      if (edit) d.holders.push(h, edit);
    }
    for (let k = 0; k < this.weakIds.length; k++) {
      const wr = this.weakIds[k]!;
      const t = this.weakStart[k]!;
      const end = s.weakTarget.get(wr) ?? 0;
      if (t !== end) d.weak.push(wr, t, end);
    }
    for (let k = 0; k < this.weakListIds.length; k++) {
      const t = this.weakListIds[k]!;
      const v = this.weakListStart[k]!;
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
    this.holderIds = [];
    this.holderStart = [];
    this.weakIds = [];
    this.weakStart = [];
    this.weakListIds = [];
    this.weakListStart = [];
    this.segments = [];
    this.otherMarks.clear();
  }
}

/** Kinds of {@link Journal.firstInSegment} keys (roots are negative ids, so keys are signed). */
const ROOT = 0;
const WEAK = 1;
const WEAK_LIST = 2;

function grown(a: Int32Array, min: number): Int32Array<ArrayBuffer> {
  let cap = a.length;
  while (cap <= min) cap *= 2;
  const n = new Int32Array(cap);
  n.set(a);
  return n;
}
