/**
 * The blocks a `class` statement allocates in CPython 3.11 (runtime/sizes classes.ts), for a
 * class the interpreter made: the type object, its cached keys, bases and MRO tuples, its dict,
 * descriptors, the entry in each base's `tp_subclasses`, and the copy of its dict that
 * `type_new_set_names` makes and frees.
 * The interpreter allocates a class as one object; its namespace is known once the class is
 * complete, so the blocks are recorded at the next hook call, with the stack of the allocation.
 */
import type { Interp } from '../interp.js';
import { PyStr, PyTuple, PyList, type PyType } from '../objects.js';
import {
  CACHED_KEYS_BLOCK,
  DESCRIPTOR_BLOCK,
  GC_HEADER_SIZE,
  HEAP_TYPE_SIZE,
  MEMBER_DEF_SIZE,
  SUBCLASS_KEY_BLOCK,
  WEAKREF_BLOCK,
  classDictStorage,
  dictCopy,
  dictDelete,
  dictFromInsertions,
  dictInsert,
  dictLayout,
  tupleBlockSize,
  type BlockOp,
  type ClassSpec,
} from '../../runtime/sizes/index.js';
import type { FreelistKind } from './tracer.js';

/** Builtin classes that already have subclasses when a script starts (their tp_subclasses exists). */
const STARTUP_SUBCLASSED = new Set([
  'ArithmeticError', 'BaseException', 'Exception', 'ImportError', 'LookupError', 'NameError', 'OSError', 'RuntimeError',
  'SyntaxError', 'UnicodeError', 'ValueError', 'classmethod', 'dict', 'int', 'list', 'object', 'property',
  'staticmethod', 'str', 'tuple', 'type',
]);

/** Builtin bases whose subclasses may get `__weakref__` (fixed-size, no weak list of their own). */
const WEAKREF_BASES = new Set(['object', 'list', 'dict', 'set', 'frozenset']);
/** Builtin bases whose subclasses get a managed dict (and cached keys). */
const MANAGED_DICT_BASES = new Set(['object', 'list', 'dict', 'set', 'frozenset', 'str']);

export interface ClassBlock {
  readonly size: number;
  readonly kind?: FreelistKind | undefined;
}

export interface ClassPlan {
  /** The type object's own block. */
  readonly own: number;
  /** Its other blocks (kept while the class lives), but for its dict's keys. */
  readonly kept: ClassBlock[];
  /**
   * The class dict's keys: `PyDict_Copy` of the namespace (a clone of its keys block), then
   * the deletion of `__qualname__` and the insertions of type_new / PyType_Ready, which can
   * reallocate it (the old block is freed). The last block is kept.
   */
  readonly dictKeys: readonly BlockOp[];
  /**
   * The keys block of the class dict's copy `type_new_set_names` iterates over (made and freed
   * while the class is created), or null.
   */
  readonly namesToSet: number | null;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function tupleKind(n: number): FreelistKind | undefined {
  return n >= 1 && n <= 20 ? `tuple${n}` : undefined;
}

/** Tracks which classes got subclasses (their `tp_subclasses` dict). */
export class ClassBook {
  private readonly subclassed = new WeakSet<PyType>();
  private readonly weakrefs = new WeakMap<PyType, boolean>();

  constructor(private readonly rt: Interp) {}

  plan(t: PyType): ClassPlan {
    const rt = this.rt;
    const names = [...t.dict.keys()];
    const eq = t.dict.has('__eq__');
    const hashNone = t.dict.get('__hash__') === rt.None;
    const eqWithoutHash = eq && (!t.dict.has('__hash__') || hashNone);
    const doc = t.dict.get('__doc__');
    const docUtf8Length = doc instanceof PyStr ? utf8Length(doc.v) : null;
    const bodyNames = names.filter((n) => n !== '__module__' && n !== '__qualname__' && n !== '__doc__' && !(n === '__hash__' && eqWithoutHash && hashNone)).length;
    const slotsObj = t.dict.get('__slots__');
    let slotNames: string[] | null = null;
    if (slotsObj instanceof PyStr) slotNames = [slotsObj.v];
    else if (slotsObj instanceof PyTuple || slotsObj instanceof PyList) slotNames = slotsObj.items.map((x) => (x instanceof PyStr ? x.v : ''));
    const memberSlots = slotNames ? slotNames.filter((n) => n !== '__dict__' && n !== '__weakref__').length : 0;
    const bases = t.bases;
    const userBaseWithDict = bases.some((b) => !b.builtin && b.managedDict);
    const builtinManaged = bases.every((b) => !b.builtin || MANAGED_DICT_BASES.has(b.name));
    const addsDict = (slotNames === null || slotNames.includes('__dict__')) && !userBaseWithDict;
    const baseWeakref = bases.some((b) => (b.builtin ? false : this.weakrefs.get(b) ?? true));
    const mayAddWeakref = bases.every((b) => !b.builtin || WEAKREF_BASES.has(b.name));
    const addsWeakref = (slotNames === null || slotNames.includes('__weakref__')) && !baseWeakref && mayAddWeakref;
    this.weakrefs.set(t, addsWeakref || baseWeakref);
    const managedDict = t.managedDict && builtinManaged && (addsDict || userBaseWithDict);
    let basesWithoutSubclasses = 0;
    for (const b of bases) {
      const had = b.builtin ? STARTUP_SUBCLASSED.has(b.name) : this.subclassed.has(b);
      if (!had) basesWithoutSubclasses++;
      if (!b.builtin) this.subclassed.add(b);
    }
    const spec: ClassSpec = {
      bodyNames,
      docUtf8Length,
      slots: memberSlots,
      addsDict,
      addsWeakref,
      managedDict,
      eqWithoutHash,
      mroLength: t.mro.length,
      writtenBases: bases.length,
      basesWithoutSubclasses,
    };
    const keys = dictLayout(classDictStorage(spec)).blocks.find((b) => b.role === 'keys');
    return {
      own: GC_HEADER_SIZE + HEAP_TYPE_SIZE + MEMBER_DEF_SIZE * (spec.slots + 1),
      kept: keptBlocks(spec),
      dictKeys: classDictOps(spec),
      namesToSet: keys ? keys.size : null,
    };
  }
}

/** classBlocks (runtime/sizes) without the type object, with the freelist of each block. */
function keptBlocks(spec: ClassSpec): ClassBlock[] {
  const blocks: ClassBlock[] = [];
  if (spec.managedDict) blocks.push({ size: CACHED_KEYS_BLOCK });
  const nbases = Math.max(1, spec.writtenBases);
  blocks.push({ size: tupleBlockSize(nbases)!, kind: tupleKind(nbases) });
  const mro = tupleBlockSize(spec.mroLength);
  if (mro !== null) blocks.push({ size: mro, kind: tupleKind(spec.mroLength) });
  // The class dict's object (its keys: see classDictOps).
  blocks.push({ size: 64, kind: 'dict' });
  const descriptors = (spec.addsDict ? 1 : 0) + (spec.addsWeakref ? 1 : 0) + spec.slots;
  for (let i = 0; i < descriptors; i++) blocks.push({ size: DESCRIPTOR_BLOCK });
  const slots = tupleBlockSize(spec.slots);
  if (slots !== null) blocks.push({ size: slots, kind: tupleKind(spec.slots) });
  if (spec.docUtf8Length !== null) blocks.push({ size: spec.docUtf8Length + 1 });
  for (let i = 0; i < nbases; i++) blocks.push({ size: SUBCLASS_KEY_BLOCK }, { size: WEAKREF_BLOCK });
  for (let i = 0; i < spec.basesWithoutSubclasses; i++) {
    for (const b of dictLayout(dictInsert({ kind: 'empty' }, false, true).storage).blocks) blocks.push(b.role === 'object' ? { size: b.size, kind: 'dict' } : { size: b.size });
  }
  return blocks;
}

/** classDictStorage (runtime/sizes), as the block operations on the dict's keys. */
function classDictOps(spec: ClassSpec): BlockOp[] {
  const nsNames = 2 + (spec.docUtf8Length !== null ? 1 : 0) + spec.bodyNames;
  const ns = dictFromInsertions(Array.from({ length: nsNames }, () => true)).storage;
  const copy = dictCopy(ns);
  const ops: BlockOp[] = copy.ops.filter((op) => op.role === 'keys');
  let d = dictDelete(copy.storage).storage;
  const added =
    (spec.addsDict ? 1 : 0) + (spec.addsWeakref ? 1 : 0) + spec.slots + (spec.docUtf8Length === null ? 1 : 0) + (spec.eqWithoutHash ? 1 : 0);
  for (let i = 0; i < added; i++) {
    const step = dictInsert(d, true, true);
    ops.push(...step.ops.filter((op) => op.role === 'keys'));
    d = step.storage;
  }
  return ops;
}
