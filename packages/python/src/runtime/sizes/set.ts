/**
 * `set` and `frozenset` (Objects/setobject.c, 3.11). The object is 216 bytes (16 GC header +
 * 200, which includes an 8-entry `smalltable`); a larger hash table is a separate block of
 * 16 bytes per slot. getsizeof = 216 + (table block, if any). Sets never shrink except
 * `clear()`, which frees the table.
 */
import { GC_HEADER_SIZE, type Block, type BlockOp, type Layout } from './layout.js';

export const SET_BASIC_SIZE = 200;
export const SET_OBJECT_BLOCK = GC_HEADER_SIZE + SET_BASIC_SIZE;
export const SET_MINSIZE = 8;
export const SET_ENTRY_SIZE = 16;

export interface SetStorage {
  /** Table slots (`mask + 1`); 8 means the smalltable inside the object. */
  readonly tableSize: number;
  /** Active entries (`used`). */
  readonly used: number;
  /** Active + dummy entries (`fill`). */
  readonly fill: number;
}

export interface SetStep {
  readonly storage: SetStorage;
  readonly ops: readonly BlockOp[];
}

export const EMPTY_SET: SetStorage = { tableSize: SET_MINSIZE, used: 0, fill: 0 };

export function setTableBlockSize(storage: SetStorage): number | null {
  return storage.tableSize === SET_MINSIZE ? null : storage.tableSize * SET_ENTRY_SIZE;
}

export function setGetsizeof(storage: SetStorage): number {
  return SET_OBJECT_BLOCK + (setTableBlockSize(storage) ?? 0);
}

export function setLayout(storage: SetStorage): Layout {
  const blocks: Block[] = [{ role: 'object', size: SET_OBJECT_BLOCK }];
  const table = setTableBlockSize(storage);
  if (table !== null) blocks.push({ role: 'table', size: table });
  return { getsizeof: setGetsizeof(storage), blocks };
}

/** `set_table_resize(so, minused)`: the smallest power of two > minused (at least 8). */
export function setTableResize(storage: SetStorage, minused: number): SetStep {
  let newsize = SET_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const ops: BlockOp[] = [];
  if (newsize === SET_MINSIZE && storage.tableSize === SET_MINSIZE && storage.fill === storage.used) {
    return { storage, ops };
  }
  if (newsize !== SET_MINSIZE) ops.push({ kind: 'malloc', role: 'table', size: newsize * SET_ENTRY_SIZE });
  const old = setTableBlockSize(storage);
  if (old !== null) ops.push({ kind: 'free', role: 'table', size: old });
  return { storage: { tableSize: newsize, used: storage.used, fill: storage.used }, ops };
}

/**
 * `set.add`, SET_ADD and every other insertion (`set_add_entry`). `isNew`: the key is not
 * present. After an insertion that makes fill · 5 ≥ mask · 3, the table is resized for
 * used · 4 (used · 2 above 50000 entries).
 */
export function setAdd(storage: SetStorage, isNew: boolean, reusesDummy = false): SetStep {
  if (!isNew) return { storage, ops: [] };
  const s: SetStorage = { tableSize: storage.tableSize, used: storage.used + 1, fill: storage.fill + (reusesDummy ? 0 : 1) };
  if (reusesDummy) return { storage: s, ops: [] };
  const mask = s.tableSize - 1;
  if (s.fill * 5 < mask * 3) return { storage: s, ops: [] };
  return setTableResize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
}

/** `discard` / `remove` / `pop`: the entry becomes a dummy. */
export function setDiscard(storage: SetStorage): SetStep {
  return { storage: { ...storage, used: storage.used - 1 }, ops: [] };
}

/** `clear()`: back to the smalltable. */
export function setClear(storage: SetStorage): SetStep {
  const old = setTableBlockSize(storage);
  return { storage: EMPTY_SET, ops: old === null ? [] : [{ kind: 'free', role: 'table', size: old }] };
}

/** Inserts `count` new keys one by one (set displays, comprehensions, `set(list)`, `set(gen)`). */
export function setFromInsertions(count: number): SetStep {
  let s = EMPTY_SET;
  const ops: BlockOp[] = [];
  for (let i = 0; i < count; i++) {
    const step = setAdd(s, true);
    s = step.storage;
    ops.push(...step.ops);
  }
  return { storage: s, ops };
}

/**
 * `set_merge(so, other)` with a set/frozenset source of `otherUsed` items (`set(s)`, `s.copy()`,
 * `frozenset(s)`, `|=`, SET_UPDATE of the constant frozenset in `{1, 2, 3}`): if
 * (fill + otherUsed) · 5 ≥ mask · 3, first resize for (used + otherUsed) · 2. An empty target
 * then takes the keys without further checks; a non-empty one inserts them one by one
 * (`newKeys` of them new, default all), which can resize again.
 */
export function setMergeSet(storage: SetStorage, otherUsed: number, newKeys = otherUsed): SetStep {
  if (otherUsed === 0) return { storage, ops: [] };
  let s = storage;
  const ops: BlockOp[] = [];
  if ((s.fill + otherUsed) * 5 >= (s.tableSize - 1) * 3) {
    const step = setTableResize(s, (s.used + otherUsed) * 2);
    s = step.storage;
    ops.push(...step.ops);
  }
  if (s.fill === 0) return { storage: { tableSize: s.tableSize, used: otherUsed, fill: otherUsed }, ops };
  for (let i = 0; i < otherUsed; i++) {
    const step = setAdd(s, i < newKeys);
    s = step.storage;
    ops.push(...step.ops);
  }
  return { storage: s, ops };
}

/**
 * `set(d)` / `s.update(d)` with a dict of `dictUsed` keys: if (fill + dictUsed) · 5 ≥ mask · 3,
 * first resize for (used + dictUsed) · 2; then insert key by key (which can resize again).
 */
export function setMergeDict(storage: SetStorage, dictUsed: number, newKeys = dictUsed): SetStep {
  let s = storage;
  const ops: BlockOp[] = [];
  if ((s.fill + dictUsed) * 5 >= (s.tableSize - 1) * 3) {
    const step = setTableResize(s, (s.used + dictUsed) * 2);
    s = step.storage;
    ops.push(...step.ops);
  }
  for (let i = 0; i < dictUsed; i++) {
    const step = setAdd(s, i < newKeys);
    s = step.storage;
    ops.push(...step.ops);
  }
  return { storage: s, ops };
}

/**
 * How the compiler builds a set display of n items: 3 or more constants become BUILD_SET 0 +
 * a constant frozenset + SET_UPDATE ({@link setMergeSet}); more than 30 items BUILD_SET 0 +
 * SET_ADD each; otherwise BUILD_SET n, which adds the items one by one. Both of the latter are
 * {@link setFromInsertions}.
 */
export function setDisplay(n: number, allConstant: boolean): SetStep {
  if (n > 2 && allConstant) return setMergeSet(EMPTY_SET, n);
  return setFromInsertions(n);
}
