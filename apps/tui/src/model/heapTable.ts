import { Kind, type EventLog, type HeapState } from '@heapline/core';
import type { LiveSet } from './liveSet.js';

/**
 * Orders the heap pane cycles through with `s`: newest first (the default: a program's own
 * objects come after the interpreter's start-up objects), then by id, type, refcount (largest
 * first), size (largest first), generation, allocation line.
 */
export const SORT_KEYS = ['newest', 'id', 'type', 'refcount', 'size', 'generation', 'line'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const LIST_NAMES = ['gen0', 'gen1', 'gen2', 'permanent', 'unreachable', 'uncollectable', 'scratch'] as const;

/** One live object, as the heap pane shows it. */
export interface HeapRow {
  readonly id: number;
  readonly type: string;
  readonly refcount: number;
  /** Collector list (`gen0`...), or '-' when untracked. */
  readonly generation: string;
  readonly size: number;
  /** Allocation site, `file:line` ('' for runtime objects). */
  readonly site: string;
}

/** Events between two cursors beyond which "what changed" is not highlighted. */
export const CHANGE_LIMIT = 4096;

/**
 * The objects events `(from, to]` (or `(to, from]`, stepping back) touched: allocated, freed,
 * resized, finalized, (un)tracked, and both ends of every reference taken or dropped. Empty
 * past {@link CHANGE_LIMIT} events (a jump: everything would be highlighted).
 */
export function touched(log: EventLog, from: number, to: number): Set<number> {
  const out = new Set<number>();
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  if (hi - lo > CHANGE_LIMIT) return out;
  for (let e = lo + 1; e <= hi; e++) {
    switch (log.kindAt(e)) {
      case Kind.Take:
      case Kind.Insert:
      case Kind.Drop:
        out.add(log.aAt(e));
        if (log.bAt(e) > 0) out.add(log.bAt(e));
        break;
      case Kind.Alloc:
      case Kind.Free:
      case Kind.Resize:
      case Kind.Finalize:
      case Kind.Track:
      case Kind.Untrack:
      case Kind.GcClear:
      case Kind.GcSave:
        out.add(log.aAt(e));
        break;
      default:
        break;
    }
  }
  return out;
}

/** The collector list of `id` at the state, by name, or '-' when untracked. */
export function generationOf(s: HeapState, id: number): string {
  return LIST_NAMES[s.lists.listOfId(id)] ?? '-';
}

/** The live objects at the cursor in the chosen order, read a window at a time. */
export class HeapTable {
  private sorted: number[] | null = null;
  private sortedAt = -2;
  private sortedBy: SortKey = 'id';

  constructor(private readonly live: LiveSet) {}

  get size(): number {
    return this.live.size;
  }

  /** Row `k` in `by` order of the state `s` (standing just after event `at`). */
  idAt(s: HeapState, at: number, by: SortKey, k: number): number {
    if (by === 'id') return this.live.get(k);
    if (by === 'newest') return this.live.get(this.live.size - 1 - k);
    return this.order(s, at, by)[k]!;
  }

  /** Position of `id` in `by` order, or -1 when it is not live. */
  rowOf(s: HeapState, at: number, by: SortKey, id: number): number {
    if (by === 'id') return this.live.indexOf(id);
    if (by === 'newest') {
      const k = this.live.indexOf(id);
      return k < 0 ? -1 : this.live.size - 1 - k;
    }
    return this.order(s, at, by).indexOf(id);
  }

  row(s: HeapState, id: number): HeapRow {
    const log = s.log;
    return {
      id,
      type: log.strings.get(s.type[id]!),
      refcount: s.refcnt[id]!,
      generation: generationOf(s, id),
      size: s.size[id]!,
      site: log.strings.get(log.siteOf(id)),
    };
  }

  /**
   * Sorting by anything but id sorts every live object: O(n log n), cached per cursor. Keys are
   * numbers in one typed array (strings by their alphabetical rank among the few distinct type
   * names or sites), and positions are sorted, not objects, so a large heap sorts without
   * allocating per object.
   */
  private order(s: HeapState, at: number, by: SortKey): number[] {
    if (this.sorted && this.sortedAt === at && this.sortedBy === by) return this.sorted;
    const log = s.log;
    const n = this.live.size;
    const ids = new Int32Array(n);
    for (let k = 0; k < n; k++) ids[k] = this.live.get(k);
    const keys = new Float64Array(n);
    const ranked = (stringOf: (id: number) => number) => {
      const distinct = [...new Set(Array.from(ids, stringOf))].sort((x, y) => {
        const a = log.strings.get(x);
        const b = log.strings.get(y);
        return a < b ? -1 : a > b ? 1 : 0;
      });
      const rank = new Map(distinct.map((str, r) => [str, r]));
      for (let k = 0; k < n; k++) keys[k] = rank.get(stringOf(ids[k]!))!;
    };
    if (by === 'type') ranked((id) => s.type[id]!);
    else if (by === 'line') ranked((id) => log.siteOf(id));
    else {
      for (let k = 0; k < n; k++) {
        const id = ids[k]!;
        keys[k] = by === 'refcount' ? -s.refcnt[id]! : by === 'size' ? -s.size[id]! : by === 'generation' ? s.lists.listOfId(id) : by === 'newest' ? -id : id;
      }
    }
    // Ties keep id order: positions are in id order already.
    const positions = Array.from({ length: n }, (_, k) => k).sort((a, b) => keys[a]! - keys[b]! || a - b);
    this.sorted = positions.map((k) => ids[k]!);
    this.sortedAt = at;
    this.sortedBy = by;
    return this.sorted;
  }
}
