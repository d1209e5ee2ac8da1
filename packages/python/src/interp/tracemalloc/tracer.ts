/**
 * The block side of tracemalloc in the interpreter: a {@link TraceTable} fed with the blocks
 * CPython 3.11 would allocate, plus what decides whether a new object is a traced allocation at
 * all — CPython's freelists.
 *
 * A dead list, dict, float or tuple of length 1..20 is *parked* on its type's freelist instead of
 * being freed: its block keeps its trace (with the traceback of its last allocation). A new
 * object of that kind takes the most recently parked block: if that block is traced, the trace
 * moves to the new object with the current traceback (`_PyTraceMalloc_NewReference`); if it was
 * allocated before `start()` (or its trace was cleared), the new object is untraced — which is
 * why `get_object_traceback([])` is None while the list freelist still holds blocks from before
 * tracing. A full collection empties the freelists (their traced blocks are freed).
 *
 * Blocks are identified by {@link BlockKey}s: the heap id for an object's own block, strings for
 * the other blocks (list item arrays, dict keys, instance values, and the blocks of the objects
 * `Lib/tracemalloc.py` builds, which the interpreter represents differently).
 */
import { FreeList } from '../../runtime/sizes/index.js';
import { TraceTable, type BlockKey, type RawFrame } from '../../runtime/tracemalloc/index.js';

/**
 * Freelist names: `list`, `dict`, `float`, `tuple1` .. `tuple20`, and `keys` (dict keys blocks
 * of log2 size 3 with str keys, 120 bytes).
 */
export type FreelistKind = string;

/**
 * How a block is allocated:
 * - `normal`: from its freelist if it has one and a block is parked there, else a new block;
 * - `fresh`: a new block even if its kind has a freelist (`list(x)` and `dict(x)` go through
 *   `tp_alloc`), parked on that freelist when it dies;
 * - `reentrant`: while tracemalloc itself runs (`_get_traces` filling its list): a new block is
 *   not traced, but a recycled traced block still gets the current traceback.
 */
export type AllocMode = 'normal' | 'fresh' | 'reentrant';

export const FREELIST_CAPACITIES: Readonly<Record<string, number>> = (() => {
  const caps: Record<string, number> = { list: 80, dict: 80, float: 100, keys: 80 };
  for (let n = 1; n <= 20; n++) caps[`tuple${n}`] = 2000;
  return caps;
})();

/** A block owned by an object besides its own: freed (or parked) with it. */
export interface OwnedBlock {
  readonly key: BlockKey;
  readonly kind?: FreelistKind | undefined;
}

/** The frames of an allocation, most recent first, and the true stack depth. */
export interface Stack {
  readonly frames: readonly RawFrame[];
  readonly total: number;
}

export class BlockTracer {
  readonly table = new TraceTable();
  /** Parked blocks per freelist; `null` stands for a block allocated before tracing. */
  private readonly freelists = new Map<FreelistKind, FreeList<BlockKey | null>>();
  /** Freelist kind of live blocks that are parked rather than freed. */
  private readonly kinds = new Map<BlockKey, FreelistKind>();
  /** Blocks owned by a heap object besides its own block. */
  private readonly owned = new Map<number, OwnedBlock[]>();
  private nextKey = 0;

  /** `counts`: parked (untraced) blocks per freelist at the start. */
  constructor(counts: Readonly<Record<string, number>> = {}) {
    for (const [kind, cap] of Object.entries(FREELIST_CAPACITIES)) {
      const fl = new FreeList<BlockKey | null>(cap);
      for (let i = 0; i < (counts[kind] ?? 0); i++) fl.push(null);
      this.freelists.set(kind, fl);
    }
  }

  /** A fresh key for a block that is not an object's own block. */
  newKey(prefix = 'b'): string {
    return `${prefix}${this.nextKey++}`;
  }

  isTraced(key: BlockKey): boolean {
    return this.table.getBlockTraceback(key) !== null;
  }

  /**
   * A new block of `size` bytes. With a freelist kind, a parked block is reused if there is one
   * (keeping its size; traced only if the parked block was). `stack` is computed only when a
   * trace is recorded.
   */
  alloc(key: BlockKey, size: number, kind: FreelistKind | undefined, stack: () => Stack, mode: AllocMode = 'normal'): void {
    if (kind !== undefined) {
      this.kinds.set(key, kind);
      const parked = mode === 'fresh' ? undefined : this.freelists.get(kind)?.pop();
      if (parked !== undefined) {
        if (parked !== null && this.isTraced(parked)) {
          this.table.onFree(parked);
          const s = stack();
          this.table.onAlloc(key, size, s.frames, s.total);
        }
        return;
      }
    }
    if (!this.table.isTracing() || mode === 'reentrant') return;
    const s = stack();
    this.table.onAlloc(key, size, s.frames, s.total);
  }

  /** `realloc`: the block gets the new size and the current traceback (allocated if it was not). */
  realloc(key: BlockKey, size: number, stack: () => Stack): void {
    if (!this.table.isTracing()) return;
    const s = stack();
    this.table.onRealloc(key, size, s.frames, s.total);
  }

  /** The block dies: parked on its freelist if it has one with room, else freed. */
  free(key: BlockKey): void {
    const kind = this.kinds.get(key);
    if (kind !== undefined) {
      this.kinds.delete(key);
      if (this.freelists.get(kind)?.push(this.isTraced(key) ? key : null)) return;
    }
    this.table.onFree(key);
  }

  /** Records blocks owned by heap object `id`, freed when it dies. */
  own(id: number, blocks: readonly OwnedBlock[]): void {
    if (blocks.length === 0) return;
    const list = this.owned.get(id);
    if (list) list.push(...blocks);
    else this.owned.set(id, [...blocks]);
  }

  ownedBlocks(id: number): readonly OwnedBlock[] {
    return this.owned.get(id) ?? [];
  }

  /** Replaces one owned block's key (a block reallocated elsewhere). */
  replaceOwned(id: number, oldKey: BlockKey, block: OwnedBlock): void {
    const list = this.owned.get(id);
    const i = list ? list.findIndex((b) => b.key === oldKey) : -1;
    if (list && i >= 0) list[i] = block;
    else this.own(id, [block]);
  }

  /** Heap object `id` was freed: its own block, then the blocks it owned. */
  freeObject(id: number): void {
    this.free(id);
    const list = this.owned.get(id);
    if (!list) return;
    this.owned.delete(id);
    for (const b of list) {
      if (b.kind !== undefined) this.kinds.set(b.key, b.kind);
      this.free(b.key);
    }
  }

  /** A full collection: `_PyGC_ClearAllFreeLists` frees every parked block. */
  clearFreelists(): void {
    for (const fl of this.freelists.values()) {
      for (const key of fl.clear()) if (key !== null) this.table.onFree(key);
    }
  }

  freelistSize(kind: FreelistKind): number {
    return this.freelists.get(kind)?.size ?? 0;
  }
}
