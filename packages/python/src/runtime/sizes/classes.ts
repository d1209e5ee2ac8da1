/**
 * Class objects (`type_new`, `PyType_Ready`, `add_subclass` in 3.11): what a `class` statement
 * allocates and keeps, besides the function objects of its methods (which are allocated on their
 * own `def` lines, see functions.ts).
 *
 * Blocks, all attributed to the `class` line:
 * - the type object: 16 (GC) + 904 (`PyHeapTypeObject`) + 40 · (slots + 1) (`PyMemberDef`s);
 * - the class's cached keys, 768 B, when instances have a managed dict (see instance.ts);
 * - `tp_bases`: `(object,)` made by type_new when no base is written (48 B); with written bases
 *   it is the tuple `__build_class__` made from the call's arguments;
 * - `tp_mro`: a tuple of the MRO's length;
 * - the type's `__dict__`: a copy of the class namespace (which was built by insertion:
 *   `__module__`, `__qualname__`, `__doc__` if there is a docstring, then the body's names),
 *   minus `__qualname__`, plus what `PyType_Ready` adds: getset descriptors `__dict__` and
 *   `__weakref__` (64 B each) when the class introduces them, a member descriptor per slot
 *   (64 B each), `__doc__ = None` when there is no docstring, `__hash__ = None` when the class
 *   defines `__eq__` but not `__hash__`;
 * - `ht_slots`: a tuple of the slot names (when there are any);
 * - `tp_doc`: a C copy of the docstring (UTF-8 length + 1);
 * - for each base: an int key (32 B) and a weakref to the new class (80 B) stored in the base's
 *   `tp_subclasses` dict — which is created (64 + 160 B, int keys) if the base had no
 *   subclasses yet, and can grow.
 *
 * getsizeof(class) = 16 + 904 + 768 if it has cached keys (1688), else 920. The namespace dict
 * and the class-body function are temporaries.
 */
import { dictCopy, dictDelete, dictFromInsertions, dictGetsizeof, dictInsert, dictLayout, type DictStorage } from './dict.js';
import { GC_HEADER_SIZE, type Block } from './layout.js';
import { tupleBlockSize } from './tuple.js';

export const HEAP_TYPE_SIZE = 904;
export const MEMBER_DEF_SIZE = 40;
export const CACHED_KEYS_BLOCK = 768;
/** getset / member descriptor objects: 48 + 16 (GC). */
export const DESCRIPTOR_BLOCK = 64;
/** A weakref object: 64 + 16 (GC). */
export const WEAKREF_BLOCK = 80;
/** The key of `tp_subclasses`: the type's address as an int (2 digits). */
export const SUBCLASS_KEY_BLOCK = 32;

export interface ClassSpec {
  /** Names the class body stores, in order, not counting `__module__`/`__qualname__`/`__doc__`. */
  readonly bodyNames: number;
  /** The docstring's UTF-8 length, or null without a docstring. */
  readonly docUtf8Length: number | null;
  /** Member slots (`__slots__` names other than `__dict__` and `__weakref__`). */
  readonly slots: number;
  /** The class introduces `__dict__` for its instances (no base provides one). */
  readonly addsDict: boolean;
  /** The class introduces `__weakref__` (no base provides one and the base is fixed-size). */
  readonly addsWeakref: boolean;
  /** Instances have a managed dict (so the class gets cached keys). */
  readonly managedDict: boolean;
  /** Defines `__eq__` without `__hash__`. */
  readonly eqWithoutHash: boolean;
  /** Length of the MRO, the class included. */
  readonly mroLength: number;
  /** Number of written bases (0: `(object,)` is allocated by type_new). */
  readonly writtenBases: number;
  /** For each base: whether its `tp_subclasses` dict must be created. */
  readonly basesWithoutSubclasses: number;
}

/** A class deriving from `object` only, with `bodyNames` names and no docstring or slots. */
export function plainClassSpec(bodyNames: number, extra: Partial<ClassSpec> = {}): ClassSpec {
  return {
    bodyNames,
    docUtf8Length: null,
    slots: 0,
    addsDict: true,
    addsWeakref: true,
    managedDict: true,
    eqWithoutHash: false,
    mroLength: 2,
    writtenBases: 0,
    basesWithoutSubclasses: 0,
    ...extra,
  };
}

/** The type's `__dict__` after creation. */
export function classDictStorage(spec: ClassSpec): DictStorage {
  const nsNames = 2 + (spec.docUtf8Length !== null ? 1 : 0) + spec.bodyNames;
  const ns = dictFromInsertions(Array.from({ length: nsNames }, () => true)).storage;
  let d = dictCopy(ns).storage;
  d = dictDelete(d).storage;
  const added =
    (spec.addsDict ? 1 : 0) +
    (spec.addsWeakref ? 1 : 0) +
    spec.slots +
    (spec.docUtf8Length === null ? 1 : 0) +
    (spec.eqWithoutHash ? 1 : 0);
  for (let i = 0; i < added; i++) d = dictInsert(d, true, true).storage;
  return d;
}

export function classGetsizeof(spec: ClassSpec): number {
  return GC_HEADER_SIZE + HEAP_TYPE_SIZE + (spec.managedDict ? CACHED_KEYS_BLOCK : 0);
}

/** Every block a class statement keeps (method functions excluded). */
export function classBlocks(spec: ClassSpec): Block[] {
  const blocks: Block[] = [{ role: 'object', size: GC_HEADER_SIZE + HEAP_TYPE_SIZE + MEMBER_DEF_SIZE * (spec.slots + 1) }];
  if (spec.managedDict) blocks.push({ role: 'keys', size: CACHED_KEYS_BLOCK });
  const bases = tupleBlockSize(Math.max(1, spec.writtenBases));
  if (bases !== null) blocks.push({ role: 'object', size: bases });
  const mro = tupleBlockSize(spec.mroLength);
  if (mro !== null) blocks.push({ role: 'object', size: mro });
  blocks.push(...dictLayout(classDictStorage(spec)).blocks);
  const descriptors = (spec.addsDict ? 1 : 0) + (spec.addsWeakref ? 1 : 0) + spec.slots;
  for (let i = 0; i < descriptors; i++) blocks.push({ role: 'object', size: DESCRIPTOR_BLOCK });
  const slotsTuple = tupleBlockSize(spec.slots);
  if (slotsTuple !== null) blocks.push({ role: 'object', size: slotsTuple });
  if (spec.docUtf8Length !== null) blocks.push({ role: 'doc', size: spec.docUtf8Length + 1 });
  const nbases = Math.max(1, spec.writtenBases);
  for (let i = 0; i < nbases; i++) {
    blocks.push({ role: 'object', size: SUBCLASS_KEY_BLOCK }, { role: 'object', size: WEAKREF_BLOCK });
  }
  for (let i = 0; i < spec.basesWithoutSubclasses; i++) {
    blocks.push(...dictLayout(dictInsert({ kind: 'empty' }, false, true).storage).blocks);
  }
  return blocks;
}

/** getsizeof of the type's `__dict__` mapping proxy target (for completeness). */
export function classDictGetsizeof(spec: ClassSpec): number {
  return dictGetsizeof(classDictStorage(spec));
}
