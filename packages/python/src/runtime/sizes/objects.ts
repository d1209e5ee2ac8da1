/**
 * The remaining object kinds (3.11): `object()`, ranges, iterators, weakrefs, exceptions.
 * Blocks equal getsizeof unless stated.
 */
import { GC_HEADER_SIZE } from './layout.js';
import { intResultBlock } from './numbers.js';
import { tupleBlockSize } from './tuple.js';

export const OBJECT_BLOCK = 16;
/** range objects are not GC-tracked; ranges hold start, stop, step and length as ints. */
export const RANGE_BLOCK = 48;
/** range iterators (C-long bounds) and long range iterators; not GC-tracked. */
export const RANGE_ITERATOR_BLOCK = 48;
/** list, tuple, str (ASCII) and bytes iterators, `reversed(list)`. */
export const SEQUENCE_ITERATOR_BLOCK = GC_HEADER_SIZE + 32;
export const SET_ITERATOR_BLOCK = GC_HEADER_SIZE + 48;
/** dict key / value / item iterators (the item iterator also keeps a 2-tuple, 56 B). */
export const DICT_ITERATOR_BLOCK = GC_HEADER_SIZE + 56;
/** `d.keys()`, `d.values()`, `d.items()` views. */
export const DICT_VIEW_BLOCK = GC_HEADER_SIZE + 24;
/** `enumerate` (plus its 2-tuple result cache, 56 B). */
export const ENUMERATE_BLOCK = GC_HEADER_SIZE + 56;
/** `zip` (plus a tuple of the iterators and a result-cache tuple, both of len(args)). */
export const ZIP_BLOCK = GC_HEADER_SIZE + 48;
/** `map` (plus a tuple of the iterators) and `filter`. */
export const MAP_BLOCK = GC_HEADER_SIZE + 32;
export const FILTER_BLOCK = GC_HEADER_SIZE + 32;
/** `weakref.ref` and `weakref.proxy` objects. */
export const WEAKREF_OBJECT_BLOCK = GC_HEADER_SIZE + 64;
/** BaseException and most built-in exceptions; `args` is a separate tuple (none when empty). */
export const EXCEPTION_BLOCK = GC_HEADER_SIZE + 72;

/**
 * The length int a range computes (`compute_range_length`: ((hi − lo − 1) // step) + 1 with
 * Python ints), or null when it is a small int.
 */
export function rangeLengthBlock(length: bigint): number | null {
  if (length <= 0n) return null;
  return intResultBlock('add', length - 1n, 1n, length);
}

/** Blocks of `enumerate(it)` besides the iterator it wraps: the object and its result tuple. */
export function enumerateBlocks(): number[] {
  return [ENUMERATE_BLOCK, tupleBlockSize(2) ?? 0];
}

/** Blocks of `zip(*iterables)` besides the iterators: the object, the iterators tuple and the result tuple. */
export function zipBlocks(n: number): number[] {
  const t = tupleBlockSize(n);
  return t === null ? [ZIP_BLOCK] : [ZIP_BLOCK, t, t];
}

/** Blocks of `map(f, *iterables)` besides the iterators: the object and the iterators tuple. */
export function mapBlocks(n: number): number[] {
  const t = tupleBlockSize(n);
  return t === null ? [MAP_BLOCK] : [MAP_BLOCK, t];
}

/** Block of an exception object of a built-in class with the given `__basicsize__`. */
export function exceptionBlock(basicSize: number): number {
  return GC_HEADER_SIZE + basicSize;
}
