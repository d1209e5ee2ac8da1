/**
 * The vocabulary shared by the size model: memory blocks, the object headers CPython 3.11 puts in
 * front of objects, and the block operations a mutation performs. All sizes are for a 64-bit
 * build with pymalloc, in bytes, and are *requested* sizes (what tracemalloc records), never
 * rounded up to allocator size classes.
 */

/** Size of a pointer and of `Py_ssize_t`. */
export const POINTER_SIZE = 8;

/** The two-word `PyGC_Head` in front of every GC-capable object (§1 of the reference). */
export const GC_HEADER_SIZE = 16;

/** The managed-dict pre-header (dict pointer + inline-values pointer) of 3.11 instances. */
export const MANAGED_DICT_PREHEADER_SIZE = 16;

/** `sizeof(PyObject)`: refcount and type. */
export const OBJECT_HEAD_SIZE = 16;

/** `sizeof(PyVarObject)`: refcount, type and `ob_size`. */
export const VAR_OBJECT_HEAD_SIZE = 24;

/**
 * What a block is for, so the interpreter can keep one trace per block and know which block a
 * mutation reallocates. `object` is the block that starts at the object's pre-header; the
 * others are separately allocated parts.
 */
export type BlockRole =
  /** The object itself (pre-headers included). */
  | 'object'
  /** list: the `ob_item` pointer array. */
  | 'items'
  /** dict: a `PyDictKeysObject` (its hash index and entries). */
  | 'keys'
  /** dict / instance: a `PyDictValues` array (split-dict values, inline attribute values). */
  | 'values'
  /** set: the hash table, once it outgrows the 8-entry table inside the object. */
  | 'table'
  /** bytearray: the byte buffer; str subclass instances: the character data. */
  | 'buffer'
  /** type objects: the NUL-terminated copy of the docstring in `tp_doc`. */
  | 'doc';

export interface Block {
  readonly role: BlockRole;
  readonly size: number;
}

/** An object's `sys.getsizeof` and the blocks CPython allocated for it (in no particular order). */
export interface Layout {
  readonly getsizeof: number;
  readonly blocks: readonly Block[];
}

/**
 * What a mutation does to one separately allocated block. `realloc` is reported even when the
 * size does not change: CPython still calls realloc, and tracemalloc then gives the trace the
 * traceback of the *current* line (§8.1). `malloc` of a block whose old pointer was NULL is a
 * malloc for tracemalloc too.
 */
export type BlockOp =
  | { readonly kind: 'malloc'; readonly role: BlockRole; readonly size: number }
  | { readonly kind: 'realloc'; readonly role: BlockRole; readonly oldSize: number; readonly newSize: number }
  | { readonly kind: 'free'; readonly role: BlockRole; readonly size: number };

/** `_Py_SIZE_ROUND_UP(n, a)` for a power-of-two `a`. */
export function roundUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** Bytes in front of the object proper: GC header and, for managed-dict types, the dict pre-header. */
export function preHeaderSize(isGc: boolean, hasManagedDict: boolean): number {
  return (isGc ? GC_HEADER_SIZE : 0) + (hasManagedDict ? MANAGED_DICT_PREHEADER_SIZE : 0);
}

/** A layout made of the object block alone, whose size is also its getsizeof. */
export function singleBlock(size: number): Layout {
  return { getsizeof: size, blocks: [{ role: 'object', size }] };
}
