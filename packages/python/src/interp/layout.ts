/**
 * Object sizes as CPython 3.11 (64-bit) reports them to sys.getsizeof, for the heap objects the
 * interpreter allocates. The GC header (16 bytes) and, for instances of ordinary classes, the
 * managed-dict pre-header (16 bytes) are included, as getsizeof includes them.
 */
import { dictGetsizeof, EMPTY_DICT } from '../runtime/sizes/dict.js';
import { intGetsizeof } from '../runtime/sizes/numbers.js';
import { strGetsizeofOf } from '../runtime/sizes/strings.js';

export function intSize(v: bigint): number {
  return intGetsizeof(v);
}

export function strSize(s: string): number {
  return strGetsizeofOf(s);
}

export const FLOAT_SIZE = 24;
export const NONE_SIZE = 16;

export function bytesSize(n: number): number {
  return 33 + n;
}

export function listSize(capacity: number): number {
  return 56 + 8 * capacity;
}

export function tupleSize(n: number): number {
  return 40 + 8 * n;
}

/** getsizeof of a new, empty dict (the shared empty keys table). */
export const EMPTY_DICT_SIZE = dictGetsizeof(EMPTY_DICT);

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
/** A getset or member descriptor (PyGetSetDescrObject / PyMemberDescrObject), GC header included. */
export const DESCR_SIZE = 64;
export const MODULE_SIZE = 88;
export const GENERATOR_SIZE = 208;
export const ITER_SIZE = 64;
export const RANGE_SIZE = 48;
export const WEAKREF_SIZE = 80;
export const EXC_SIZE = 88;
export const SLICE_SIZE = 56;
export const TRACEBACK_SIZE = 64;
export const FRAME_SIZE = 120;
