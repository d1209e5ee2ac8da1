/**
 * Instances of Python classes (3.11 `subtype_dealloc`, `object_new`, `init_inline_values`,
 * `_PyObject_StoreInstanceAttribute`, `make_dict_from_instance_attributes`).
 *
 * A class whose instances have a `__dict__` and whose base is `object` (or another such class,
 * or a fixed-size builtin like list/dict/set/str) has a *managed dict*: its instances carry two
 * more words in front of the GC header, and the class owns *cached keys* (a 768-byte split keys
 * table of log2 6, created with the class) shared by all its instances.
 *
 * An instance made by `object.__new__` gets an *inline values* array right away:
 *
 *     if keys.usable > 1: keys.usable -= 1        (every new instance shrinks later arrays)
 *     size   = keys.nentries + keys.usable         (nentries = attribute names seen so far)
 *     values block = round_up(size + 2, 8) + 8 · size
 *
 * The first instance of a fresh class gets 29 slots (264 B), the next 28 (256 B), and so on down
 * to nentries + 1. Setting a new attribute name adds it to the shared keys while
 * keys.usable > 0; otherwise the instance's dict is materialised (a 64-byte split dict sharing
 * the keys and taking over the values) and the insertion converts it to a combined dict of
 * log2 = calculate(used · 3), freeing the values.
 *
 * getsizeof(instance) = basicsize + 16 (GC) + 16 (managed dict): 56 for a plain class; the values
 * and a materialised dict are not counted.
 *
 * Slotted classes without `__dict__` have no cached keys: basicsize = 16 + 8 · slots
 * (+ 8 if `__weakref__`); every Python class is GC-tracked, even `__slots__ = ()`.
 */
import {
  DICT_OBJECT_BLOCK,
  dictInsert,
  dictValuesBlockSize,
  sharedKeysUsableSize,
  splitDictInsertName,
  type DictStorage,
  type SharedKeys,
} from './dict.js';
import { GC_HEADER_SIZE, MANAGED_DICT_PREHEADER_SIZE, OBJECT_HEAD_SIZE, POINTER_SIZE, type BlockOp, type Block } from './layout.js';

/** `SHARED_KEYS_MAX_SIZE`: the initial `dk_usable` of a class's cached keys. */
export const SHARED_KEYS_MAX_SIZE = 30;
/** log2 size of cached keys (`NEXT_LOG2_SHARED_KEYS_MAX_SIZE`). */
export const CACHED_KEYS_LOG2 = 6;

/** A fresh class's cached keys. */
export function newSharedKeys(): SharedKeys {
  return { names: [], usable: SHARED_KEYS_MAX_SIZE };
}

/** What the model needs to know about a class to lay out its instances. */
export interface InstanceShape {
  /** `tp_basicsize`. */
  readonly basicSize: number;
  /** Instances have the managed-dict pre-header. */
  readonly managedDict: boolean;
  /** The class's cached keys, when it has a managed dict (shared and mutable). */
  readonly sharedKeys: SharedKeys | null;
  /**
   * Instances get inline values when created: true for classes whose `__new__` is
   * `object.__new__` (not for subclasses of list, dict, set, str...).
   */
  readonly inlineValuesAtCreation: boolean;
}

/** A class deriving from `object` (possibly through other such classes) without `__slots__`. */
export function plainClassShape(sharedKeys: SharedKeys = newSharedKeys()): InstanceShape {
  return { basicSize: OBJECT_HEAD_SIZE + POINTER_SIZE, managedDict: true, sharedKeys, inlineValuesAtCreation: true };
}

/**
 * A class with `__slots__` of `slots` names (not counting `__dict__` and `__weakref__`),
 * deriving from `object`. With `'__dict__'` among the slots, instances have a managed dict and
 * the class cached keys; with `'__weakref__'` a weakref pointer.
 */
export function slotsClassShape(slots: number, withDict: boolean, withWeakref: boolean, sharedKeys: SharedKeys | null = withDict ? newSharedKeys() : null): InstanceShape {
  return {
    basicSize: OBJECT_HEAD_SIZE + POINTER_SIZE * (slots + (withWeakref ? 1 : 0)),
    managedDict: withDict,
    sharedKeys,
    inlineValuesAtCreation: withDict,
  };
}

/** The instance's own block: basicsize + GC header + managed-dict pre-header. */
export function instanceObjectBlock(shape: InstanceShape): number {
  return shape.basicSize + GC_HEADER_SIZE + (shape.managedDict ? MANAGED_DICT_PREHEADER_SIZE : 0);
}

export const instanceGetsizeof = instanceObjectBlock;

/** Where an instance's attributes live. */
export type InstanceDict =
  | { readonly kind: 'none' }
  | { readonly kind: 'values'; readonly size: number; readonly names: readonly string[] }
  | { readonly kind: 'dict'; readonly storage: DictStorage };

export interface InstanceStep {
  readonly dict: InstanceDict;
  readonly ops: readonly BlockOp[];
}

/**
 * Creating an instance: the object block, then (for `object.__new__` on a managed-dict class)
 * its inline values. Mutates the shared keys (`usable` drops).
 */
export function instanceNew(shape: InstanceShape): { blocks: Block[]; dict: InstanceDict } {
  const blocks: Block[] = [{ role: 'object', size: instanceObjectBlock(shape) }];
  const keys = shape.sharedKeys;
  if (!shape.managedDict || !shape.inlineValuesAtCreation || keys === null) return { blocks, dict: { kind: 'none' } };
  if (keys.usable > 1) keys.usable--;
  const size = sharedKeysUsableSize(keys);
  blocks.push({ role: 'values', size: dictValuesBlockSize(size) });
  return { blocks, dict: { kind: 'values', size, names: [] } };
}

/**
 * `obj.name = value`. For inline values: a known name or a name the shared keys can still take
 * is stored in place; otherwise the dict is materialised and converted to a combined table. An
 * instance with neither values nor dict (e.g. a list subclass) gets a split dict sharing the
 * class's keys (`new_dict_with_shared_keys`, values of nentries + usable slots), or a plain one
 * if the class has no cached keys.
 */
export function instanceSetAttr(shape: InstanceShape, dict: InstanceDict, name: string): InstanceStep {
  const keys = shape.sharedKeys;
  if (dict.kind === 'values') {
    if (dict.names.includes(name)) return { dict, ops: [] };
    if (keys === null) throw new Error('inline values without shared keys');
    if (keys.names.includes(name)) return { dict: { ...dict, names: [...dict.names, name] }, ops: [] };
    if (keys.usable > 0) {
      keys.names.push(name);
      keys.usable--;
      return { dict: { ...dict, names: [...dict.names, name] }, ops: [] };
    }
    const split: DictStorage & { kind: 'split' } = { kind: 'split', shared: keys, valuesSize: dict.size, used: dict.names.length };
    const step = splitDictInsertName(split, name);
    return { dict: { kind: 'dict', storage: step.storage }, ops: [{ kind: 'malloc', role: 'object', size: DICT_OBJECT_BLOCK }, ...step.ops] };
  }
  if (dict.kind === 'none') {
    const ops: BlockOp[] = [{ kind: 'malloc', role: 'object', size: DICT_OBJECT_BLOCK }];
    if (keys !== null) {
      const size = sharedKeysUsableSize(keys);
      ops.push({ kind: 'malloc', role: 'values', size: dictValuesBlockSize(size) });
      const step = splitDictInsertName({ kind: 'split', shared: keys, valuesSize: size, used: 0 }, name);
      return { dict: { kind: 'dict', storage: step.storage }, ops: [...ops, ...step.ops] };
    }
    const step = dictInsert({ kind: 'empty' }, true, true);
    return { dict: { kind: 'dict', storage: step.storage }, ops: [...ops, ...step.ops] };
  }
  const storage = dict.storage;
  if (storage.kind === 'split') {
    const step = splitDictInsertName(storage, name);
    return { dict: { kind: 'dict', storage: step.storage }, ops: step.ops };
  }
  const step = dictInsert(storage, true, true);
  return { dict: { kind: 'dict', storage: step.storage }, ops: step.ops };
}

/**
 * `obj.__dict__` (also `vars(obj)`): inline values become a 64-byte split dict that takes them
 * over; an instance with neither gets an empty dict (64 B); an existing dict is returned.
 */
export function instanceMaterializeDict(shape: InstanceShape, dict: InstanceDict): InstanceStep {
  if (dict.kind === 'dict') return { dict, ops: [] };
  const ops: BlockOp[] = [{ kind: 'malloc', role: 'object', size: DICT_OBJECT_BLOCK }];
  if (dict.kind === 'values' && shape.sharedKeys !== null) {
    return { dict: { kind: 'dict', storage: { kind: 'split', shared: shape.sharedKeys, valuesSize: dict.size, used: dict.names.length } }, ops };
  }
  return { dict: { kind: 'dict', storage: { kind: 'empty' } }, ops };
}
