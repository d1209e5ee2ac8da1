/**
 * `str`, `bytes` and `bytearray` (3.11). None of them is GC-tracked.
 *
 * str is a "compact" object, one block holding header and characters plus a NUL:
 * - all code points < 128 (ASCII): 48 + n + 1;
 * - otherwise 72 + (n + 1) · kind, kind = 1 (max < 256), 2 (max < 65536) or 4.
 * The empty string and the 256 one-character strings of code points < 256 are preallocated
 * singletons: making them allocates nothing. A non-ASCII string whose UTF-8 form is requested by
 * C code (`PyUnicode_AsUTF8`) caches it in an extra block of utf8 length + 1 bytes, which
 * getsizeof then counts too; plain Python operations (printing, hashing, encoding) do not.
 *
 * bytes: one block of 33 + n. `b''` is a singleton, and so are the one-byte bytes objects made
 * from existing data (`b'a'`, `b'xy'[:1]`); `bytes(1)` is a new block.
 *
 * bytearray: a 56-byte object and, once it holds data, a buffer of `alloc` bytes;
 * getsizeof = 56 + alloc.
 */
import { type Block, type BlockOp, type Layout, singleBlock } from './layout.js';

export const ASCII_BASE = 48;
export const COMPACT_BASE = 72;
export const BYTES_BASE = 33;
export const BYTEARRAY_BASIC_SIZE = 56;

/** Bytes per character of the narrowest representation holding `maxCodePoint`. */
export function strKind(maxCodePoint: number): 1 | 2 | 4 {
  if (maxCodePoint < 256) return 1;
  if (maxCodePoint < 65536) return 2;
  return 4;
}

/** The largest code point of a JS string (surrogate pairs are one code point). */
export function maxCodePointOf(s: string): number {
  let max = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp > max) max = cp;
  }
  return max;
}

/** Number of code points of a JS string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** getsizeof of a str of `length` code points whose largest is `maxCodePoint` (= its block). */
export function strGetsizeof(length: number, maxCodePoint: number): number {
  if (maxCodePoint < 128) return ASCII_BASE + length + 1;
  return COMPACT_BASE + (length + 1) * strKind(maxCodePoint);
}

/** getsizeof of a JS string as a Python str. */
export function strGetsizeofOf(s: string): number {
  return strGetsizeof(codePointLength(s), maxCodePointOf(s));
}

/** True when making this str allocates nothing: '' and one-character strings below U+0100. */
export function isStrSingleton(length: number, maxCodePoint: number): boolean {
  return length === 0 || (length === 1 && maxCodePoint < 256);
}

export function strLayout(s: string): Layout {
  const length = codePointLength(s);
  const max = maxCodePointOf(s);
  const size = strGetsizeof(length, max);
  return isStrSingleton(length, max) ? { getsizeof: size, blocks: [] } : singleBlock(size);
}

/**
 * Whether `s * n` (and `n * s`) allocates for a str of `length` code points: not for n = 1 (the
 * same object) nor for an empty or one-character-latin-1 result (singletons).
 */
export function strRepeatAllocates(length: number, maxCodePoint: number, n: number): boolean {
  if (n === 1 || length === 0 || n <= 0) return false;
  return !isStrSingleton(length * n, maxCodePoint);
}

/** The block of a cached UTF-8 form of a non-ASCII str (see the module comment). */
export function strUtf8CacheBlockSize(utf8Length: number): number {
  return utf8Length + 1;
}

export function bytesGetsizeof(n: number): number {
  return BYTES_BASE + n;
}

/**
 * The block of a new bytes object of n bytes, or null when it is a singleton: always for
 * n = 0; for n = 1 only when made from existing data (`fromData`), not by `bytes(1)`.
 */
export function bytesBlockSize(n: number, fromData = true): number | null {
  if (n === 0 || (n === 1 && fromData)) return null;
  return bytesGetsizeof(n);
}

/**
 * The block of `b * n` for bytes of length `length`, or null when `b` itself is returned
 * (n = 1, or a result as long as `b`). An empty result is still a new 33-byte object.
 */
export function bytesRepeatBlockSize(length: number, n: number): number | null {
  const size = length * Math.max(n, 0);
  if (size === length) return null;
  return bytesGetsizeof(size);
}

export interface ByteArrayStorage {
  /** `Py_SIZE`. */
  readonly size: number;
  /** `ob_alloc`: the buffer block's size (0: no buffer). */
  readonly alloc: number;
}

export const EMPTY_BYTEARRAY: ByteArrayStorage = { size: 0, alloc: 0 };

export function bytearrayGetsizeof(storage: ByteArrayStorage): number {
  return BYTEARRAY_BASIC_SIZE + storage.alloc;
}

export function bytearrayLayout(storage: ByteArrayStorage): Layout {
  const blocks: Block[] = [{ role: 'object', size: BYTEARRAY_BASIC_SIZE }];
  if (storage.alloc > 0) blocks.push({ role: 'buffer', size: storage.alloc });
  return { getsizeof: bytearrayGetsizeof(storage), blocks };
}

/**
 * `PyByteArray_Resize(self, size)`: shrinking below half the buffer reallocates to size + 1;
 * a small shrink keeps it; growing up to 1.125 · alloc over-allocates to
 * size + size/8 + (size < 9 ? 3 : 6); a bigger jump allocates exactly size + 1.
 */
export function bytearrayResize(storage: ByteArrayStorage, size: number): { storage: ByteArrayStorage; op: BlockOp | null } {
  let alloc = storage.alloc;
  if (size + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) alloc = size + 1;
    else return { storage: { size, alloc }, op: null };
  } else if (size <= alloc * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    alloc = size + 1;
  }
  const op: BlockOp =
    storage.alloc === 0
      ? { kind: 'malloc', role: 'buffer', size: alloc }
      : { kind: 'realloc', role: 'buffer', oldSize: storage.alloc, newSize: alloc };
  return { storage: { size, alloc }, op };
}

/** `bytearray(n)` / `bytearray(b)` with n bytes: no buffer for n = 0, else exactly n + 1. */
export function bytearrayNew(n: number): ByteArrayStorage {
  return n === 0 ? EMPTY_BYTEARRAY : { size: n, alloc: n + 1 };
}

/** `append` (and every one-byte growth): `PyByteArray_Resize(n + 1)`. */
export function bytearrayAppend(storage: ByteArrayStorage): { storage: ByteArrayStorage; op: BlockOp | null } {
  return bytearrayResize(storage, storage.size + 1);
}
