/**
 * CPython 3.11's freelists, which decide whether a new object is a fresh allocation (a new
 * trace) or a recycled block (whatever trace it had — none if it was allocated before
 * `tracemalloc.start()`), and whether a dead object's block is freed (trace removed) or parked
 * (trace kept, with the traceback of its last allocation or reuse).
 *
 * | freelist | capacity | what is parked |
 * | --- | --- | --- |
 * | list | 80 | the 56-byte list object (its item array is freed) |
 * | dict | 80 | the 64-byte dict object (exact `dict` only) |
 * | dict keys | 80 | keys blocks of log2 3 with str keys (120 B) |
 * | tuple | 2000 per length 1..20 | the tuple block |
 * | float | 100 | the 24-byte float |
 * | async generator value wrappers / asend | 80 | — |
 * | context (contextvars) | 255 | — |
 *
 * A generation-2 collection (`gc.collect()`, or an automatic full collection) empties all of
 * them, freeing the parked blocks. A recycled object gets the traceback of the current line
 * (`_PyTraceMalloc_NewReference`) if its block is traced; its size never changes.
 */

export const FREELIST_CAPACITY = {
  list: 80,
  dict: 80,
  dictKeys: 80,
  /** Per tuple length 1..20. */
  tuple: 2000,
  float: 100,
} as const;

export const TUPLE_FREELIST_LENGTHS = 20;

/** A LIFO freelist of blocks of some handle type (the interpreter's own block records). */
export class FreeList<T> {
  private readonly items: T[] = [];

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  /** Parks a block; returns false (the caller frees it) when the list is full. */
  push(block: T): boolean {
    if (this.items.length >= this.capacity) return false;
    this.items.push(block);
    return true;
  }

  /** Takes the most recently parked block, or undefined (the caller allocates). */
  pop(): T | undefined {
    return this.items.pop();
  }

  /** Empties the list (a full collection); returns the blocks to free, in CPython's order (newest first). */
  clear(): T[] {
    return this.items.splice(0, this.items.length).reverse();
  }
}
