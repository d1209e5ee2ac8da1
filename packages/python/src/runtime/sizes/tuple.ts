/**
 * `tuple` (Objects/tupleobject.c, 3.11): one GC block of 16 + 24 + 8·n bytes. The empty tuple
 * is a static singleton: `()` and every operation giving an empty tuple allocate nothing.
 * `tuple(iterable)` of an iterable without a known length grows the block with `_PyTuple_Resize`
 * (a realloc) and finally resizes it to the exact length, so the final block is always exact.
 *
 * Freelist: 2000 tuples per length 1..20. A tuple taken from it is not a new allocation and
 * keeps its old trace, if it had one (§8.1).
 */
import { GC_HEADER_SIZE, POINTER_SIZE, VAR_OBJECT_HEAD_SIZE, type Layout } from './layout.js';

export const TUPLE_BASIC_SIZE = VAR_OBJECT_HEAD_SIZE;
export const TUPLE_FREELIST_MAX_LENGTH = 20;
export const TUPLE_FREELIST_MAX = 2000;

export function tupleGetsizeof(n: number): number {
  return GC_HEADER_SIZE + TUPLE_BASIC_SIZE + POINTER_SIZE * n;
}

/** The tuple's block, or null for the empty tuple (a static singleton). */
export function tupleBlockSize(n: number): number | null {
  return n === 0 ? null : tupleGetsizeof(n);
}

export function tupleLayout(n: number): Layout {
  const size = tupleBlockSize(n);
  return { getsizeof: tupleGetsizeof(n), blocks: size === null ? [] : [{ role: 'object', size }] };
}

/**
 * How the compiler builds a tuple display of n items without starred items:
 * - 'constant': all items constant — a constant of the code object, no allocation at run time;
 * - 'build': BUILD_TUPLE n, for up to 30 items;
 * - 'list-to-tuple': more than 30 non-constant items: BUILD_LIST 0, LIST_APPEND per item, then
 *   LIST_TO_TUPLE (the temporary list is freed; the tuple is exact).
 */
export function tupleDisplayStrategy(n: number, allConstant: boolean): 'constant' | 'build' | 'list-to-tuple' {
  if (allConstant) return 'constant';
  if (n > 30) return 'list-to-tuple';
  return 'build';
}

/**
 * Whether `a + b` on exact tuples allocates: not when either operand is empty (the other one
 * is returned), nor when both are (the empty singleton).
 */
export function tupleConcatAllocates(lenA: number, lenB: number): boolean {
  return lenA !== 0 && lenB !== 0;
}

/**
 * The sizes `tuple(iterable)` (`PySequence_Tuple`) goes through for an iterable without a
 * length (hint = 10 by default): the initial allocation, each growth, and the final exact
 * resize. Returns the sequence of block sizes (null = the empty singleton).
 */
export function tupleFromIterableSizes(hint: number, count: number): (number | null)[] {
  const sizes: (number | null)[] = [];
  let n = hint;
  sizes.push(tupleBlockSize(n));
  for (let j = 0; j < count; j++) {
    if (j >= n) {
      let newn = n + 10;
      newn += newn >> 2;
      n = newn;
      sizes.push(tupleBlockSize(n));
    }
  }
  if (count !== n) sizes.push(tupleBlockSize(count));
  return sizes;
}
