/**
 * `dict` (Objects/dictobject.c, 3.11).
 *
 * A dict is a 64-byte object block (16 GC header + 48) plus, unless it uses the static empty
 * keys (`Py_EMPTY_KEYS`, which `{}` and `dict()` start with), a keys block:
 *
 *     keys block = 32 + index bytes + usable · (16 for all-str "unicode" keys, else 24)
 *     usable     = 2^log2 · 2 / 3 (integer division)
 *     index bytes= 2^log2 (log2 < 8), 2^(log2+1) (< 16), 2^(log2+2) (< 32), else 2^(log2+3)
 *
 * log2 3: 120 / 160 B, 4: 208 / 288, 5: 400 / 560, 6: 768 / 1104, 7: 1520 / 2192...
 *
 * A *split* dict (an instance's materialised `__dict__`) shares its keys with the class (see
 * instance.ts) and owns a values block instead.
 *
 * getsizeof = 64 + (own keys block) + 8 · (shared keys' nentries + usable) for split dicts.
 *
 * Freelists: 80 dict objects, and 80 keys blocks of log2 3 with str keys (the 120-byte ones). A
 * keys block parked there keeps its trace: a dict that grew past 5 str keys after
 * `tracemalloc.start()` leaves its first 120-byte keys block traced until it is reused or a full
 * collection empties the freelists.
 */
import { GC_HEADER_SIZE, POINTER_SIZE, type BlockOp, type Block, type Layout, roundUp } from './layout.js';

export const DICT_BASIC_SIZE = 48;
export const DICT_OBJECT_BLOCK = GC_HEADER_SIZE + DICT_BASIC_SIZE;
/** `PyDict_LOG_MINSIZE`. */
export const DICT_LOG_MINSIZE = 3;
export const DICT_FREELIST_MAX = 80;
export const DICT_KEYS_FREELIST_MAX = 80;
/** `sizeof(PyDictKeysObject)` without its variable part. */
export const DICT_KEYS_HEADER_SIZE = 32;
/** `PyDictUnicodeEntry` (key, value) and `PyDictKeyEntry` (hash, key, value). */
export const UNICODE_ENTRY_SIZE = 16;
export const GENERAL_ENTRY_SIZE = 24;

/** `USABLE_FRACTION(n)`. */
export function usableFraction(n: number): number {
  return Math.floor((n * 2) / 3);
}

export function dictIndexBytes(log2Size: number): number {
  if (log2Size < 8) return 2 ** log2Size;
  if (log2Size < 16) return 2 ** (log2Size + 1);
  if (log2Size < 32) return 2 ** (log2Size + 2);
  return 2 ** (log2Size + 3);
}

/** Size of a keys block (`_PyDict_KeysSize`). */
export function dictKeysBlockSize(log2Size: number, unicode: boolean): number {
  return (
    DICT_KEYS_HEADER_SIZE +
    dictIndexBytes(log2Size) +
    usableFraction(2 ** log2Size) * (unicode ? UNICODE_ENTRY_SIZE : GENERAL_ENTRY_SIZE)
  );
}

/** Number of bits of a non-negative integer (`_Py_bit_length`). */
function bitLength(n: number): number {
  let bits = 0;
  while (n >= 1) {
    n = Math.floor(n / 2);
    bits++;
  }
  return bits;
}

/**
 * `calculate_log2_keysize(minsize)` exactly as 3.11 computes it on 64-bit Linux:
 * `bit_length(((minsize | 8) - 1) | 7)`. This is *not* always the smallest table of at least
 * `minsize` slots: when bit 3 of minsize is clear the `- 1` does not cancel the `| 8`, so
 * minsize 1..7 give log2 4 (not 3), and powers of two from 16 on give twice the table
 * (16 -> 32, 32 -> 64). Only 0 and 8..15 give log2 3. Growth by insertion (minsize = used * 3),
 * `estimate_log2_keysize` and non-str keys entering a str-keyed table all go through it.
 */
export function calculateLog2KeySize(minsize: number): number {
  // (m | 8) and (x | 7), written for numbers that may not fit in 32 bits.
  const withEight = Math.floor(minsize / 8) % 2 === 1 ? minsize : minsize + 8;
  const x = withEight - 1;
  return bitLength(x - (x % 8) + 7);
}

/** `estimate_log2_keysize(n)`: the table for n items without a resize. */
export function estimateLog2KeySize(n: number): number {
  return calculateLog2KeySize(Math.floor((n * 3 + 1) / 2));
}

/** A combined keys table: its geometry and fill. */
export interface DictKeys {
  readonly log2Size: number;
  /** All keys exact `str` (`DICT_KEYS_UNICODE`): 16-byte entries. */
  readonly unicode: boolean;
  /** Entries used so far, deleted ones included (`dk_nentries`). */
  readonly nentries: number;
  /** Entries still free (`dk_usable`). */
  readonly usable: number;
}

/**
 * The shared keys of a class (`ht_cached_keys`, a split keys table of log2 6 allocated when the
 * class is created, 768 B). Mutable: instances and split dicts add attribute names to it.
 */
export interface SharedKeys {
  /** Attribute names in insertion order (`dk_nentries` = names.length). */
  readonly names: string[];
  /** `dk_usable`: starts at 30 (SHARED_KEYS_MAX_SIZE) and drops by one per new instance. */
  usable: number;
}

export type DictStorage =
  | { readonly kind: 'empty' }
  | { readonly kind: 'combined'; readonly keys: DictKeys; readonly used: number }
  | { readonly kind: 'split'; readonly shared: SharedKeys; readonly valuesSize: number; readonly used: number };

export interface DictStep {
  readonly storage: DictStorage;
  readonly ops: readonly BlockOp[];
}

export const EMPTY_DICT: DictStorage = { kind: 'empty' };

/** `shared_keys_usable_size(keys)`: nentries + usable. */
export function sharedKeysUsableSize(shared: SharedKeys): number {
  return shared.names.length + shared.usable;
}

/** Size of a `PyDictValues` block for `size` values: a prefix of size+2 bytes rounded to 8. */
export function dictValuesBlockSize(size: number): number {
  return roundUp(size + 2, POINTER_SIZE) + POINTER_SIZE * size;
}

export function dictUsed(storage: DictStorage): number {
  return storage.kind === 'empty' ? 0 : storage.used;
}

export function dictGetsizeof(storage: DictStorage): number {
  switch (storage.kind) {
    case 'empty':
      return DICT_OBJECT_BLOCK;
    case 'combined':
      return DICT_OBJECT_BLOCK + dictKeysBlockSize(storage.keys.log2Size, storage.keys.unicode);
    case 'split':
      return DICT_OBJECT_BLOCK + POINTER_SIZE * sharedKeysUsableSize(storage.shared);
  }
}

export function dictLayout(storage: DictStorage): Layout {
  const blocks: Block[] = [{ role: 'object', size: DICT_OBJECT_BLOCK }];
  if (storage.kind === 'combined') blocks.push({ role: 'keys', size: dictKeysBlockSize(storage.keys.log2Size, storage.keys.unicode) });
  if (storage.kind === 'split') blocks.push({ role: 'values', size: dictValuesBlockSize(storage.valuesSize) });
  return { getsizeof: dictGetsizeof(storage), blocks };
}

function newKeys(log2Size: number, unicode: boolean): DictKeys {
  return { log2Size, unicode, nentries: 0, usable: usableFraction(2 ** log2Size) };
}

function keysSize(keys: DictKeys): number {
  return dictKeysBlockSize(keys.log2Size, keys.unicode);
}

function freeOps(storage: DictStorage): BlockOp[] {
  if (storage.kind === 'combined') return [{ kind: 'free', role: 'keys', size: keysSize(storage.keys) }];
  if (storage.kind === 'split') return [{ kind: 'free', role: 'values', size: dictValuesBlockSize(storage.valuesSize) }];
  return [];
}

/**
 * `dictresize(mp, log2, unicode)`: a new keys block holding the live entries, the old keys (or
 * split values) freed. The result is str-keyed only if asked and the old table was.
 */
export function dictResize(storage: DictStorage, log2Size: number, unicode: boolean): DictStep {
  const oldUnicode = storage.kind === 'combined' ? storage.keys.unicode : true;
  const keys0 = newKeys(log2Size, unicode && oldUnicode);
  const used = dictUsed(storage);
  const keys: DictKeys = { ...keys0, nentries: used, usable: keys0.usable - used };
  const ops: BlockOp[] = [{ kind: 'malloc', role: 'keys', size: keysSize(keys) }, ...freeOps(storage)];
  return { storage: { kind: 'combined', keys, used }, ops };
}

/** `insertion_resize(mp, unicode)`: resize for `used · 3`. */
function insertionResize(storage: DictStorage, unicode: boolean): DictStep {
  return dictResize(storage, calculateLog2KeySize(dictUsed(storage) * 3), unicode);
}

/**
 * Stores a key (`d[k] = v`, MAP_ADD, `setdefault`...). `strKey`: the key is an exact `str`;
 * `isNew`: it is not in the dict yet (replacing a value allocates nothing). For a split dict
 * (a materialised instance `__dict__`), pass the key as `name`: a new str key is added to the
 * class's shared keys while they have room (see {@link splitDictInsertName}).
 */
export function dictInsert(storage: DictStorage, strKey: boolean, isNew: boolean, name?: string): DictStep {
  if (storage.kind === 'split' && strKey && name !== undefined) {
    return isNew ? splitDictInsertName(storage, name) : { storage, ops: [] };
  }
  if (storage.kind === 'empty') {
    const keys0 = newKeys(DICT_LOG_MINSIZE, strKey);
    const keys = { ...keys0, nentries: 1, usable: keys0.usable - 1 };
    return { storage: { kind: 'combined', keys, used: 1 }, ops: [{ kind: 'malloc', role: 'keys', size: keysSize(keys) }] };
  }
  const ops: BlockOp[] = [];
  let s: DictStorage = storage;
  const unicodeTable = s.kind === 'split' || s.keys.unicode;
  if (unicodeTable && !strKey) {
    const step = insertionResize(s, false);
    ops.push(...step.ops);
    s = step.storage;
  }
  if (!isNew) return { storage: s, ops };
  if (s.kind === 'split') {
    const shared = s.shared;
    if (shared.usable > 0) {
      // No name given: a placeholder that no attribute can be called.
      shared.names.push(`\u0000${shared.names.length}`);
      shared.usable--;
      return { storage: { ...s, used: s.used + 1 }, ops };
    }
    const step = insertionResize(s, true);
    ops.push(...step.ops);
    s = step.storage;
  }
  if (s.kind !== 'combined') throw new Error('unreachable');
  if (s.keys.usable <= 0) {
    const step = insertionResize(s, true);
    ops.push(...step.ops);
    s = step.storage;
  }
  if (s.kind !== 'combined') throw new Error('unreachable');
  const keys = { ...s.keys, nentries: s.keys.nentries + 1, usable: s.keys.usable - 1 };
  return { storage: { kind: 'combined', keys, used: s.used + 1 }, ops };
}

/**
 * Inserts into a split dict a *named* attribute (so the shared keys learn the name). Returns
 * the same as {@link dictInsert}.
 */
export function splitDictInsertName(storage: DictStorage & { kind: 'split' }, name: string): DictStep {
  const shared = storage.shared;
  if (shared.names.includes(name)) return { storage, ops: [] };
  if (shared.usable > 0) {
    shared.names.push(name);
    shared.usable--;
    return { storage: { ...storage, used: storage.used + 1 }, ops: [] };
  }
  const step = insertionResize(storage, true);
  if (step.storage.kind !== 'combined') throw new Error('unreachable');
  const keys = { ...step.storage.keys, nentries: step.storage.keys.nentries + 1, usable: step.storage.keys.usable - 1 };
  return { storage: { kind: 'combined', keys, used: step.storage.used + 1 }, ops: step.ops };
}

/** `del d[k]`, `pop`: the entry becomes a dummy; nothing is reallocated. */
export function dictDelete(storage: DictStorage): DictStep {
  if (storage.kind === 'empty') return { storage, ops: [] };
  return { storage: { ...storage, used: storage.used - 1 }, ops: [] };
}

/**
 * `popitem()`: a split dict is first converted to a combined one of the shared keys' size;
 * then the last live entry is removed and `dk_nentries` drops to its index. `lastLiveIndex` is
 * that entry's index in insertion order counting deleted entries (defaults to nentries - 1:
 * no trailing deleted entries).
 */
export function dictPopitem(storage: DictStorage, lastLiveIndex?: number): DictStep {
  let s = storage;
  const ops: BlockOp[] = [];
  if (s.kind === 'empty') return { storage: s, ops };
  if (s.kind === 'split') {
    const step = dictResize(s, 6, true);
    ops.push(...step.ops);
    s = step.storage;
  }
  if (s.kind !== 'combined') throw new Error('unreachable');
  const index = lastLiveIndex ?? s.keys.nentries - 1;
  return { storage: { kind: 'combined', keys: { ...s.keys, nentries: index }, used: s.used - 1 }, ops };
}

/** `clear()`: back to the static empty keys; the keys (or values) block is freed. */
export function dictClear(storage: DictStorage): DictStep {
  return { storage: EMPTY_DICT, ops: freeOps(storage) };
}

/**
 * `dict_new_presized(n, unicode)`: BUILD_MAP n and BUILD_CONST_KEY_MAP n (via
 * `_PyDict_FromItems`, `unicode` = all keys exact str) and the kwargs dict of a call. Up to 5
 * items it is an empty dict (filled by insertion); otherwise a keys block for n items.
 */
export function dictNewPresized(n: number, unicode: boolean): DictStep {
  if (n <= usableFraction(8)) return { storage: EMPTY_DICT, ops: [] };
  const log2 = n > usableFraction(2 ** 17) ? 17 : estimateLog2KeySize(n);
  const keys = newKeys(log2, unicode);
  return { storage: { kind: 'combined', keys, used: 0 }, ops: [{ kind: 'malloc', role: 'keys', size: keysSize(keys) }] };
}

/** `_PyDict_FromItems` for n items with the given key kinds: presized, then inserted. */
export function dictFromItems(strKeys: readonly boolean[]): DictStep {
  const unicode = strKeys.every((k) => k);
  const first = dictNewPresized(strKeys.length, unicode);
  let s = first.storage;
  const ops = [...first.ops];
  for (const k of strKeys) {
    const step = dictInsert(s, k, true);
    s = step.storage;
    ops.push(...step.ops);
  }
  return { storage: s, ops };
}

/** Builds a dict by inserting new keys one by one into `{}` (comprehensions, loops, `dict(zip(...))`, `dict(a=1)`). */
export function dictFromInsertions(strKeys: readonly boolean[]): DictStep {
  let s: DictStorage = EMPTY_DICT;
  const ops: BlockOp[] = [];
  for (const k of strKeys) {
    const step = dictInsert(s, k, true);
    s = step.storage;
    ops.push(...step.ops);
  }
  return { storage: s, ops };
}

/**
 * `PyDict_Copy(d)` / `d.copy()`: a new dict object, whose storage is
 * - empty if d is empty;
 * - for a split dict: a new values block of the shared keys' current usable size;
 * - a clone of d's keys block (same size) if d has few deleted entries
 *   (used ≥ nentries · 2 / 3);
 * - otherwise a merge into `{}`.
 */
export function dictCopy(source: DictStorage): DictStep {
  if (dictUsed(source) === 0) return { storage: EMPTY_DICT, ops: [] };
  if (source.kind === 'split') {
    const size = sharedKeysUsableSize(source.shared);
    return {
      storage: { kind: 'split', shared: source.shared, valuesSize: size, used: source.used },
      ops: [{ kind: 'malloc', role: 'values', size: dictValuesBlockSize(size) }],
    };
  }
  if (source.kind === 'combined' && source.used >= Math.floor((source.keys.nentries * 2) / 3)) {
    return cloneKeys(source);
  }
  return dictMerge(EMPTY_DICT, source);
}

function cloneKeys(source: DictStorage & { kind: 'combined' }): DictStep {
  return { storage: { kind: 'combined', keys: source.keys, used: source.used }, ops: [{ kind: 'malloc', role: 'keys', size: keysSize(source.keys) }] };
}

/**
 * `dict_merge(target, source)` with a dict source: `d.update(other)`, `dict(other)`, `{**other}`,
 * DICT_UPDATE. `newKeys` is the number of source keys not already in the target (defaults to
 * all of them); `strKeys` tells whether they are all exact str (defaults to the source table's
 * kind).
 *
 * - An empty target and a source without deleted entries whose table is minimal or more than
 *   half full: the target gets a clone of the source's keys block.
 * - Otherwise, if the target's table cannot take the source's items
 *   (usable-fraction of its size < source's used), one resize to
 *   estimate(target used + source used); then each item is inserted.
 */
export function dictMerge(target: DictStorage, source: DictStorage, opts: { newKeys?: number; strKeys?: boolean } = {}): DictStep {
  const otherUsed = dictUsed(source);
  if (otherUsed === 0) return { storage: target, ops: [] };
  const sourceUnicode = source.kind === 'combined' ? source.keys.unicode : true;
  const strKeys = opts.strKeys ?? sourceUnicode;
  let s = target;
  const ops: BlockOp[] = [];
  if (dictUsed(s) === 0 && source.kind === 'combined') {
    const okeys = source.keys;
    if (source.used === okeys.nentries && (okeys.log2Size === DICT_LOG_MINSIZE || usableFraction(2 ** okeys.log2Size / 2) < source.used)) {
      const clone = cloneKeys(source);
      return { storage: clone.storage, ops: [...clone.ops, ...freeOps(target)] };
    }
  }
  const targetSize = s.kind === 'combined' ? 2 ** s.keys.log2Size : s.kind === 'split' ? 64 : 1;
  if (usableFraction(targetSize) < otherUsed) {
    const step = dictResize(s, estimateLog2KeySize(dictUsed(s) + otherUsed), sourceUnicode);
    ops.push(...step.ops);
    s = step.storage;
  }
  const fresh = opts.newKeys ?? otherUsed;
  for (let i = 0; i < otherUsed; i++) {
    const step = dictInsert(s, strKeys, i < fresh);
    ops.push(...step.ops);
    s = step.storage;
  }
  return { storage: s, ops };
}

/**
 * `dict.fromkeys(iterable)`: into a new `{}`; a dict or set source first resizes the table to
 * estimate(len) (str-keyed for a str-keyed dict source, general for a set) — even when empty;
 * any other iterable inserts key by key.
 */
export function dictFromKeys(source: { kind: 'dict' | 'set' | 'other'; strKeys: readonly boolean[] }): DictStep {
  if (source.kind === 'other') return dictFromInsertions(source.strKeys);
  const unicode = source.kind === 'dict' && source.strKeys.every((k) => k);
  const first = dictResize(EMPTY_DICT, estimateLog2KeySize(source.strKeys.length), unicode);
  let s = first.storage;
  const ops = [...first.ops];
  for (const k of source.strKeys) {
    const step = dictInsert(s, k, true);
    s = step.storage;
    ops.push(...step.ops);
  }
  return { storage: s, ops };
}

/**
 * The operations the 3.11 compiler emits for a dict display `{k: v, ...}` of n items without
 * `**`: items go in chunks; a chunk ends when it already holds 16 items and one more is seen
 * (so chunks of 17), or at the end. A chunk of more than 15 items is 'big': BUILD_MAP 0 then
 * MAP_ADD per item. A smaller chunk of 2+ constant keys is BUILD_CONST_KEY_MAP, otherwise
 * BUILD_MAP n. Every chunk after the first is merged into the first with DICT_UPDATE.
 */
export function dictDisplayChunks(n: number, constKeys: boolean): { kind: 'insertions' | 'const-key-map' | 'build-map'; size: number }[] {
  const chunks: { kind: 'insertions' | 'const-key-map' | 'build-map'; size: number }[] = [];
  const chunk = (size: number): void => {
    const big = size * 2 > 30;
    if (size > 1 && !big && constKeys) chunks.push({ kind: 'const-key-map', size });
    else if (big) chunks.push({ kind: 'insertions', size });
    else chunks.push({ kind: 'build-map', size });
  };
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (elements * 2 > 30) {
      chunk(elements + 1);
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) chunk(elements);
  if (chunks.length === 0) chunks.push({ kind: 'build-map', size: 0 });
  return chunks;
}

/**
 * The final storage of a dict display of n items (`strKeys[i]`: key i is an exact str;
 * `constKeys`: all keys are constants), following {@link dictDisplayChunks}; the temporary
 * chunk dicts are freed.
 */
export function dictDisplay(strKeys: readonly boolean[], constKeys: boolean): DictStorage {
  const chunks = dictDisplayChunks(strKeys.length, constKeys);
  let offset = 0;
  let result: DictStorage | null = null;
  for (const c of chunks) {
    const kinds = strKeys.slice(offset, offset + c.size);
    offset += c.size;
    const built = c.kind === 'insertions' ? dictFromInsertions(kinds).storage : dictFromItems(kinds).storage;
    result = result === null ? built : dictMerge(result, built).storage;
  }
  return result ?? EMPTY_DICT;
}
