/**
 * Object sizes as CPython 3.11 (64-bit) reports them to sys.getsizeof, for the heap objects the
 * interpreter allocates. The GC header (16 bytes) and, for instances of ordinary classes, the
 * managed-dict pre-header (16 bytes) are included, as getsizeof includes them.
 */

export function intSize(v: bigint): number {
  if (v === 0n) return 28;
  let a = v < 0n ? -v : v;
  let digits = 0;
  while (a > 0n) {
    digits++;
    a >>= 30n;
  }
  return 24 + 4 * digits;
}

export function strSize(s: string): number {
  let max = 0;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > max) max = c;
    n++;
  }
  if (max < 0x80) return 49 + n;
  if (max < 0x100) return 73 + n;
  if (max < 0x10000) return 74 + 2 * (n + 1) - 2;
  return 76 + 4 * (n + 1) - 4;
}

export const FLOAT_SIZE = 24;
export const NONE_SIZE = 16;

export function bytesSize(n: number): number {
  return 33 + n;
}

/** list_resize's over-allocation (3.11): new capacity for `newsize` items. */
export function listGrow(allocated: number, newsize: number): number {
  if (allocated >= newsize && newsize >= allocated >> 1) return allocated;
  let cap = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - allocated > cap - newsize) cap = (newsize + 3) & ~3;
  if (newsize === 0) cap = 0;
  return cap;
}

export function listSize(capacity: number): number {
  return 56 + 8 * capacity;
}

export function tupleSize(n: number): number {
  return 40 + 8 * n;
}

/** getsizeof of a dict with `n` entries (str keys, combined table), built by insertion. */
export function dictSize(n: number): number {
  if (n === 0) return 64;
  // Keys table grows 8 -> 16 -> 32 ... when usable (2/3 of the size) is exceeded.
  let log2 = 3;
  while (n > ((1 << log2) * 2) / 3) log2++;
  const size = 1 << log2;
  const usable = Math.floor((size * 2) / 3);
  const indexBytes = size <= 0xff ? 1 : size <= 0xffff ? 2 : 4;
  // PyDictObject (48) + GC header (16) + keys object header (32) + indices + entries (16 each).
  return 64 + 32 + size * indexBytes + usable * 16;
}

export function setSize(n: number): number {
  let size = 8;
  while (n * 5 >= size * 3) size *= 4 > size ? 2 : size <= 50000 ? 4 : 2;
  return 200 + 16 + (size > 8 ? size * 16 : 0);
}

export const INSTANCE_SIZE = 56;
export const OBJECT_SIZE = 16;
export const FUNCTION_SIZE = 152;
export const METHOD_SIZE = 64;
export const CELL_SIZE = 40;
export const TYPE_SIZE = 1072;
export const MODULE_SIZE = 88;
export const GENERATOR_SIZE = 208;
export const ITER_SIZE = 64;
export const RANGE_SIZE = 48;
export const WEAKREF_SIZE = 80;
export const EXC_SIZE = 88;
export const SLICE_SIZE = 56;
export const TRACEBACK_SIZE = 64;
export const FRAME_SIZE = 120;
