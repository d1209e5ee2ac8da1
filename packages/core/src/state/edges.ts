import { invariant } from '../errors.js';

/** A copy of an {@link Edges}' storage (see {@link Edges.save}). */
export interface SavedEdges {
  readonly e: Int32Array;
  readonly holes: number;
  readonly dupes: number;
}

/**
 * The references one holder (an object or a root) holds, in order. Stored interleaved as
 * `[slot, target, slot, target, ...]`.
 *
 * - In a sequence holder (list, tuple) slots are positions: taking at `p` inserts at `p`,
 *   dropping at `p` removes it, as list.insert and `del l[p]` do.
 * - In any other holder slots are interned labels kept in insertion order (dict insertion order,
 *   3.11 inline attribute order). A dropped edge leaves a hole (target 0) so positions stay
 *   stable, as a dict's DKIX_DUMMY does; holes are compacted away when they outnumber edges.
 *   Taking a label that is already held inserts the new edge just before the old one, so a
 *   replacement (take new, then drop old) keeps the entry's place, as dict assignment does.
 * - Large label holders get an index from label to position, built lazily.
 */
export class Edges {
  e: number[] = [];
  holes = 0;
  /** Bumped whenever positions shift (splice, compaction), so iterating callers can restart. */
  version = 0;
  /** Upper bound on live edges whose label is also held by an earlier live edge. */
  dupes = 0;
  private index: Map<number, number> | undefined;

  /** Number of live edges. */
  get size(): number {
    return (this.e.length >> 1) - this.holes;
  }

  // ---- sequence holders: slots are positions ----

  /** Inserts `target` at position `p` (0 <= p <= size). */
  insertAt(p: number, target: number): void {
    if (p * 2 === this.e.length) this.e.push(p, target);
    else {
      this.e.splice(p * 2, 0, p, target);
      this.version++;
    }
  }

  /** Target at position `p`, or 0. */
  targetAt(p: number): number {
    return this.e[p * 2 + 1] ?? 0;
  }

  /** Removes the edge at position `p`. */
  removeAt(p: number): void {
    if (p * 2 === this.e.length - 2) {
      this.e.pop();
      this.e.pop();
    } else {
      this.e.splice(p * 2, 2);
      this.version++;
    }
  }

  // ---- label holders ----

  /** Position (pair index) of the first live edge with `slot` (and `target`, when given), or -1. */
  find(slot: number, target = 0): number {
    const e = this.e;
    if (!this.index && e.length > 32) this.buildIndex();
    if (this.index) {
      const p = this.index.get(slot);
      if (p !== undefined && e[p * 2 + 1] !== 0 && (target === 0 || e[p * 2 + 1] === target)) return p;
      // The index names the first live edge of each label; only a label held twice (a
      // replacement in progress) needs the scan below.
      if (this.dupes === 0) return -1;
    }
    for (let i = 0; i < e.length; i += 2) {
      if (e[i] === slot && e[i + 1] !== 0 && (target === 0 || e[i + 1] === target)) return i >> 1;
    }
    return -1;
  }

  /** Adds an edge in insertion order (before an existing edge with the same label, if any). */
  add(slot: number, target: number): void {
    const existing = this.find(slot);
    if (existing < 0) {
      this.index?.set(slot, this.e.length >> 1);
      this.e.push(slot, target);
    } else {
      this.e.splice(existing * 2, 0, slot, target);
      this.index = undefined;
      this.dupes++;
      this.version++;
    }
  }

  /** Inserts an edge at live position `p` (counting live edges only). */
  addAt(p: number, slot: number, target: number): void {
    this.compact();
    if (p < 0 || p * 2 > this.e.length) invariant(false, `insert position ${p} out of range`);
    this.e.splice(p * 2, 0, slot, target);
    this.index = undefined;
    this.version++;
  }

  /** Removes the edge at pair index `p` (found with {@link find}). */
  removePair(p: number): void {
    const slot = this.e[p * 2] as number;
    this.e[p * 2 + 1] = 0;
    this.holes++;
    if (this.index?.get(slot) === p) this.index.delete(slot);
    if (this.holes > 8 && this.holes * 2 > this.e.length >> 1) this.compact();
    else if (this.holes * 2 === this.e.length) this.clear();
  }

  /** Removes holes. */
  compact(): void {
    if (this.holes === 0) return;
    const e = this.e;
    let w = 0;
    for (let r = 0; r < e.length; r += 2) {
      if (e[r + 1] !== 0) {
        e[w] = e[r] as number;
        e[w + 1] = e[r + 1] as number;
        w += 2;
      }
    }
    e.length = w;
    this.holes = 0;
    this.index = undefined;
    this.version++;
  }

  clear(): void {
    this.e = [];
    this.holes = 0;
    this.dupes = 0;
    this.index = undefined;
    this.version++;
  }

  private buildIndex(): void {
    const index = new Map<number, number>();
    const e = this.e;
    let dupes = 0;
    for (let i = 0; i < e.length; i += 2) {
      if (e[i + 1] === 0) continue;
      const slot = e[i] as number;
      if (index.has(slot)) dupes++;
      else index.set(slot, i >> 1);
    }
    this.index = index;
    this.dupes = dupes;
  }

  // ---- both ----

  /**
   * Replaces `removeWords` words of the storage at word offset `at` with `n` words of `src` from
   * `from`, and sets the hole and duplicate counts: how time travel applies a saved edit (see
   * `timeline/holderEdit`).
   */
  replaceWords(at: number, removeWords: number, src: Int32Array, from: number, n: number, holes: number, dupes: number): void {
    const e = this.e;
    if (at === e.length && removeWords === 0) for (let k = 0; k < n; k++) e.push(src[from + k]!);
    else if (removeWords === n) for (let k = 0; k < n; k++) e[at + k] = src[from + k]!;
    else {
      // In place: move the tail by the difference, then write the new words.
      const len = e.length;
      const d = n - removeWords;
      if (d < 0) {
        for (let k = at + removeWords; k < len; k++) e[k + d] = e[k]!;
        e.length = len + d;
      } else {
        for (let k = 0; k < d; k++) e.push(0);
        for (let k = len - 1; k >= at + removeWords; k--) e[k + d] = e[k]!;
      }
      for (let k = 0; k < n; k++) e[at + k] = src[from + k]!;
    }
    this.holes = holes;
    this.dupes = dupes;
    this.index = undefined;
    this.version++;
  }

  /** A copy of the storage, for the time-travel journal. */
  save(): SavedEdges {
    return { e: Int32Array.from(this.e), holes: this.holes, dupes: this.dupes };
  }

  /** Edges with the storage `saved` describes. */
  static restore(saved: SavedEdges): Edges {
    const ed = new Edges();
    ed.e = Array.from(saved.e);
    ed.holes = saved.holes;
    ed.dupes = saved.dupes;
    return ed;
  }

  /** Live `[slot, target]` pairs in storage order. */
  pairs(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    const e = this.e;
    for (let i = 0; i < e.length; i += 2) if (e[i + 1] !== 0) out.push([e[i] as number, e[i + 1] as number]);
    return out;
  }
}
