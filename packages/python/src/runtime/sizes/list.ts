/**
 * `list` (Objects/listobject.c, 3.11). A list is two blocks: the 56-byte object (16 GC header +
 * 40) and, unless `ob_item` is NULL, a separately allocated array of `allocated` pointers.
 * `getsizeof` = 56 + 8 * allocated.
 *
 * The storage is a value; every operation returns the new storage and the block operation it
 * performed on the item array (or null), which the interpreter turns into tracemalloc events.
 */
import { GC_HEADER_SIZE, POINTER_SIZE, type Block, type BlockOp, type Layout } from './layout.js';

/** `sizeof(PyListObject)`. */
export const LIST_BASIC_SIZE = 40;
/** The block of the list object itself. */
export const LIST_OBJECT_BLOCK = GC_HEADER_SIZE + LIST_BASIC_SIZE;
/** Length of the list freelist (a dead list object is parked there, its items array is freed). */
export const LIST_FREELIST_MAX = 80;

export interface ListStorage {
  /** `Py_SIZE(list)`. */
  readonly length: number;
  /** `allocated`: capacity of the item array. */
  readonly allocated: number;
  /**
   * Whether `ob_item` points to a block. It can point to a 0-byte block: `list_resize` to 0
   * (e.g. `pop()` of the last item) reallocates to 0 bytes, and tracemalloc keeps a 0-byte trace.
   */
  readonly hasItems: boolean;
}

export interface ListStep {
  readonly storage: ListStorage;
  /** What happened to the item array, or null when it was left alone. */
  readonly op: BlockOp | null;
}

/** The storage of `PyList_New(0)`: no item array. */
export const EMPTY_LIST: ListStorage = { length: 0, allocated: 0, hasItems: false };

export function listItemsBlockSize(storage: ListStorage): number {
  return storage.allocated * POINTER_SIZE;
}

export function listGetsizeof(storage: ListStorage): number {
  return LIST_OBJECT_BLOCK + storage.allocated * POINTER_SIZE;
}

export function listLayout(storage: ListStorage): Layout {
  const blocks: Block[] = [{ role: 'object', size: LIST_OBJECT_BLOCK }];
  if (storage.hasItems) blocks.push({ role: 'items', size: listItemsBlockSize(storage) });
  return { getsizeof: listGetsizeof(storage), blocks };
}

function setItems(old: ListStorage, length: number, allocated: number): ListStep {
  const newSize = allocated * POINTER_SIZE;
  const op: BlockOp = old.hasItems
    ? { kind: 'realloc', role: 'items', oldSize: listItemsBlockSize(old), newSize }
    : { kind: 'malloc', role: 'items', size: newSize };
  return { storage: { length, allocated, hasItems: true }, op };
}

/**
 * `PyList_New(n)`: an item array of exactly n pointers (none when n is 0). Used by BUILD_LIST n
 * with n > 0 (list displays of up to 30 non-constant items).
 */
export function listNew(n: number): ListStep {
  if (n === 0) return { storage: EMPTY_LIST, op: null };
  return setItems(EMPTY_LIST, n, n);
}

/**
 * `list_new_prealloc(n)`: exact capacity, used by slicing, `copy()`, `+` and `*`. An empty
 * result is `PyList_New(0)`.
 */
export function listNewPrealloc(n: number): ListStep {
  return listNew(n);
}

/**
 * `list_preallocate_exact(self, n)` on a list with no item array: capacity n rounded up to even.
 * Used by `list(x)` when x has a length and by `extend` of an empty list.
 */
export function listPreallocateExact(storage: ListStorage, n: number): ListStep {
  const allocated = (n + 1) & ~1;
  return setItems(storage, storage.length, allocated);
}

/** `list_resize(self, newsize)` (3.11 over-allocation: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...). */
export function listResize(storage: ListStorage, newsize: number): ListStep {
  const allocated = storage.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) {
    return { storage: { ...storage, length: newsize }, op: null };
  }
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - storage.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  return setItems(storage, newsize, newAllocated);
}

/** The capacity `list_resize` gives a list that grows (or shrinks) from `length` to `newsize`. */
export function listResizeCapacity(allocated: number, length: number, newsize: number): number {
  return listResize({ length, allocated, hasItems: allocated > 0 }, newsize).storage.allocated;
}

/** `append`, LIST_APPEND (comprehensions), `insert`: `list_resize(n + 1)`. */
export function listAppend(storage: ListStorage): ListStep {
  return listResize(storage, storage.length + 1);
}

/** `list.insert(i, x)`: the same resize as append. */
export const listInsert = listAppend;

/**
 * `del l[i]`, `del l[i:j]`, `l.remove(x)`, `l.pop(i)` for an index other than the last
 * (`list_ass_slice`): `list_resize(n - count)`, except that a list left empty is cleared — its
 * item array is freed, unlike `pop()` of the last item, which leaves a 0-byte array.
 */
export function listDeleteSlice(storage: ListStorage, count: number): ListStep {
  if (count === 0) return { storage, op: null };
  if (storage.length - count === 0) return listClear(storage);
  return listResize(storage, storage.length - count);
}

/**
 * `l.pop()` / `l.pop(-1)`: `list_resize(n - 1)` (a 1-item list goes to a 0-byte item array).
 * `l.pop(i)` for another index goes through `list_ass_slice`, see {@link listDeleteSlice}.
 */
export function listPopLast(storage: ListStorage): ListStep {
  return listResize(storage, storage.length - 1);
}

/** `l[i:j] = v` with `inserted` items replacing `removed` ones (`list_ass_slice`). */
export function listAssignSlice(storage: ListStorage, removed: number, inserted: number): ListStep {
  const d = inserted - removed;
  if (storage.length + d === 0) return listClear(storage);
  if (d === 0) return { storage, op: null };
  return listResize(storage, storage.length + d);
}

/** `clear()`, `del l[:]`, `l *= 0`: the item array is freed. */
export function listClear(storage: ListStorage): ListStep {
  if (!storage.hasItems) return { storage: EMPTY_LIST, op: null };
  return { storage: EMPTY_LIST, op: { kind: 'free', role: 'items', size: listItemsBlockSize(storage) } };
}

/**
 * `extend` / `+=` / LIST_EXTEND with a list or tuple of n items (`list_extend` fast path):
 * nothing for n = 0, `list_preallocate_exact` if the list has no item array, else
 * `list_resize(len + n)`.
 */
export function listExtendSized(storage: ListStorage, n: number): ListStep {
  if (n === 0) return { storage, op: null };
  if (!storage.hasItems) {
    const step = listPreallocateExact(storage, n);
    return { storage: { ...step.storage, length: storage.length + n }, op: step.op };
  }
  return listResize(storage, storage.length + n);
}

/**
 * `extend` with any other iterable (`list_extend` general path): `hint` is
 * `PyObject_LengthHint(iterable, 8)` (its `len()`, else `__length_hint__()`, else 8 — generators,
 * `map`, `zip`, `filter` give 8), `count` the number of items it really yields. Returns every
 * block operation in order: the initial sizing, the appends that overflow it, the final cut back.
 */
export function listExtendIterable(storage: ListStorage, hint: number, count: number): { storage: ListStorage; ops: BlockOp[] } {
  const ops: BlockOp[] = [];
  let s = storage;
  const apply = (step: ListStep): void => {
    s = step.storage;
    if (step.op) ops.push(step.op);
  };
  const m = s.length;
  if (!s.hasItems) {
    if (hint > 0) apply(listPreallocateExact(s, hint));
  } else {
    apply(listResize(s, m + hint));
    s = { ...s, length: m };
  }
  for (let i = 0; i < count; i++) {
    if (s.length < s.allocated) s = { ...s, length: s.length + 1 };
    else apply(listAppend(s));
  }
  if (s.length < s.allocated) apply(listResize(s, s.length));
  return { storage: s, ops };
}

/**
 * `list(x)` (`list___init__`): when x has a `len()` (list, tuple, range, str, dict, set...), an
 * exact pre-allocation (rounded to even), then `extend`. `sized` says whether x is a list or a
 * tuple (the `extend` fast path), `hint` is x's length hint (= len when it has one), `count` the
 * number of items.
 */
export function listFromIterable(x: { hasLen: boolean; listOrTuple: boolean; hint: number; count: number }): { storage: ListStorage; ops: BlockOp[] } {
  let s = EMPTY_LIST;
  const ops: BlockOp[] = [];
  if (x.hasLen && x.count > 0) {
    const step = listPreallocateExact(s, x.count);
    s = step.storage;
    if (step.op) ops.push(step.op);
  }
  if (x.listOrTuple) {
    const step = listExtendSized(s, x.count);
    if (step.op) ops.push(step.op);
    return { storage: step.storage, ops };
  }
  const r = listExtendIterable(s, x.hint, x.count);
  return { storage: r.storage, ops: [...ops, ...r.ops] };
}

/** `sorted(x)` / `PySequence_List(x)`: `extend` of a new empty list (no `len()` pre-allocation). */
export function listFromSequenceList(x: { listOrTuple: boolean; hint: number; count: number }): { storage: ListStorage; ops: BlockOp[] } {
  if (x.listOrTuple) {
    const step = listExtendSized(EMPTY_LIST, x.count);
    return { storage: step.storage, ops: step.op ? [step.op] : [] };
  }
  return listExtendIterable(EMPTY_LIST, x.hint, x.count);
}

/** `l *= k` (`list_inplace_repeat`). */
export function listInplaceRepeat(storage: ListStorage, k: number): ListStep {
  if (storage.length === 0 || k === 1) return { storage, op: null };
  if (k < 1) return listClear(storage);
  return listResize(storage, storage.length * k);
}

/** Result storage of a list built by `n` appends to an empty list (comprehensions, loops). */
export function listAfterAppends(n: number): ListStorage {
  let s = EMPTY_LIST;
  for (let i = 0; i < n; i++) s = listAppend(s).storage;
  return s;
}

/**
 * How the 3.11 compiler builds a list display `[a, b, ...]` of n items without starred items
 * (the same rules give tuple displays):
 * - 'build': BUILD_LIST n — `PyList_New(n)`, exact capacity. Used for n ≤ 30 items that are not
 *   all constants, and for up to 2 constants.
 * - 'extend-constant': BUILD_LIST 0 + LOAD_CONST (tuple) + LIST_EXTEND — for 3 or more items
 *   that are all constants: `list_preallocate_exact`, capacity rounded up to even.
 * - 'append': BUILD_LIST 0 + LIST_APPEND per item — more than 30 non-constant items (the
 *   stack-use guardrail); capacities then follow `list_resize`.
 */
export function listDisplayStrategy(n: number, allConstant: boolean): 'build' | 'extend-constant' | 'append' {
  if (n > 2 && allConstant) return 'extend-constant';
  if (n > 30) return 'append';
  return 'build';
}

/** The storage of a list display of n items built with the given strategy. */
export function listDisplay(n: number, allConstant: boolean): ListStorage {
  switch (listDisplayStrategy(n, allConstant)) {
    case 'build':
      return listNew(n).storage;
    case 'extend-constant':
      return listExtendSized(EMPTY_LIST, n).storage;
    case 'append':
      return listAfterAppends(n);
  }
}
