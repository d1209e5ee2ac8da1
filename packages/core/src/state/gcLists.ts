import { invariant } from '../errors.js';
import type { JournalHooks } from './journalHooks.js';

/**
 * The collector's doubly linked lists, as in CPython's PyGC_Head: every tracked object is in
 * exactly one list, and list order matters (it decides the order of finalizers and tp_clear).
 * Nodes live in typed arrays; node `id + HEADS` is object `id`, nodes 0..HEADS-1 are list heads.
 */
export const GcList = {
  Gen0: 0,
  Gen1: 1,
  Gen2: 2,
  Permanent: 3,
  /** The tentatively / finally unreachable set of the running collection. */
  Unreachable: 4,
  /** Objects kept alive by legacy tp_del finalizers during a collection. */
  Legacy: 5,
  /** Scratch list of the resurrection check. */
  Scratch: 6,
} as const;
export const HEADS = 8;
/** Not in any list: untracked. */
export const NO_LIST = -1;

export class GcLists {
  next: Int32Array;
  prev: Int32Array;
  /** Which list each node is in, or NO_LIST. */
  listOf: Int8Array;
  /** Length of each list. */
  readonly sizes = new Int32Array(HEADS);
  /** Told of each node before its links change (time travel); sizes are saved separately. */
  journal: JournalHooks | undefined = undefined;

  constructor(capacity = 1024) {
    this.next = new Int32Array(capacity + HEADS);
    this.prev = new Int32Array(capacity + HEADS);
    this.listOf = new Int8Array(capacity + HEADS).fill(NO_LIST);
    for (let h = 0; h < HEADS; h++) {
      this.next[h] = h;
      this.prev[h] = h;
    }
  }

  /** Makes room for object ids up to `capacity - 1`. */
  grow(capacity: number): void {
    const n = capacity + HEADS;
    if (n <= this.next.length) return;
    const next = new Int32Array(n);
    next.set(this.next);
    const prev = new Int32Array(n);
    prev.set(this.prev);
    const listOf = new Int8Array(n).fill(NO_LIST);
    listOf.set(this.listOf);
    this.next = next;
    this.prev = prev;
    this.listOf = listOf;
  }

  /** The list object `id` is in, or NO_LIST. */
  listOfId(id: number): number {
    return this.listOf[id + HEADS] ?? NO_LIST;
  }

  /** Appends object `id` (not in any list) at the tail of `list`. */
  append(list: number, id: number): void {
    const n = id + HEADS;
    // Grown on demand: objects that are never tracked (ints, strs) cost no list storage.
    if (n >= this.next.length) this.grow(Math.max(id + 1, (this.next.length - HEADS) * 2));
    if (this.listOf[n] !== NO_LIST) invariant(false, `object ${id} is already in list ${this.listOf[n]}`);
    const last = this.prev[list] as number;
    const j = this.journal;
    if (j) {
      j.node(last);
      j.node(n);
      j.node(list);
    }
    this.next[last] = n;
    this.prev[n] = last;
    this.next[n] = list;
    this.prev[list] = n;
    this.listOf[n] = list;
    this.sizes[list]! += 1;
  }

  /** Removes object `id` from its list, if in one. */
  unlink(id: number): void {
    const n = id + HEADS;
    const list = this.listOf[n];
    if (list === undefined || list === NO_LIST) return;
    const p = this.prev[n] as number;
    const q = this.next[n] as number;
    const j = this.journal;
    if (j) {
      j.node(n);
      j.node(p);
      j.node(q);
    }
    this.next[p] = q;
    this.prev[q] = p;
    this.listOf[n] = NO_LIST;
    this.sizes[list]! -= 1;
  }

  /** Moves object `id` to the tail of `list`. */
  move(id: number, list: number): void {
    this.unlink(id);
    this.append(list, id);
  }

  /** Appends all of `from` to the tail of `to`, leaving `from` empty (gc_list_merge). */
  merge(from: number, to: number): void {
    if (from === to) return;
    const first = this.next[from] as number;
    if (first === from) return;
    const last = this.prev[from] as number;
    const tail = this.prev[to] as number;
    const j = this.journal;
    if (j) {
      j.node(from);
      j.node(to);
      j.node(tail);
    }
    for (let n = first; n !== from; n = this.next[n] as number) {
      if (j) j.node(n);
      this.listOf[n] = to;
    }
    this.next[tail] = first;
    this.prev[first] = tail;
    this.next[last] = to;
    this.prev[to] = last;
    this.next[from] = from;
    this.prev[from] = from;
    this.sizes[to]! += this.sizes[from]!;
    this.sizes[from] = 0;
  }

  /** First object id of `list`, or 0 when empty. */
  first(list: number): number {
    const n = this.next[list] as number;
    return n === list ? 0 : n - HEADS;
  }

  /** The object after `id` in its list, or 0 at the end. */
  after(id: number): number {
    const n = this.next[id + HEADS] as number;
    return n < HEADS ? 0 : n - HEADS;
  }

  /** Object ids of `list`, head to tail, as a typed array (no per-element allocation). */
  snapshot(list: number): Int32Array {
    const out = new Int32Array(this.sizes[list]!);
    let k = 0;
    for (let n = this.next[list] as number; n !== list; n = this.next[n] as number) out[k++] = n - HEADS;
    return out;
  }

  /** Object ids of `list`, head to tail. */
  ids(list: number): number[] {
    const out: number[] = [];
    for (let n = this.next[list] as number; n !== list; n = this.next[n] as number) out.push(n - HEADS);
    return out;
  }
}
