/**
 * tracemalloc's state in a running interpreter: the {@link BlockTracer}, the hooks the
 * interpreter calls on every allocation, resize and free, and the mapping from the interpreter's
 * heap objects to the blocks CPython 3.11 allocates for them (runtime/sizes).
 *
 * The interpreter reports one size per heap object (its `sys.getsizeof`); CPython often
 * allocates several blocks: a list's object and its item array, a dict's object and its keys,
 * an instance and its inline values. The mapping here splits them, gives one-digit ints the 32
 * bytes CPython allocates, and knows which objects come from freelists.
 *
 * Objects built for `Lib/tracemalloc.py`'s classes are not traced through the hooks (tracing is
 * paused while they are built): their blocks are recorded explicitly, with the frames of the
 * `tracemalloc.py` function that allocates them in CPython (see {@link TmState.withFrames}).
 */
import type { Frame } from '../frame.js';
import type { Interp } from '../interp.js';
import { PyBool, PyDict, PyExc, PyFloat, PyInstance, PyInt, PyIter, PyList, PyObject, PySet, PyStr, PyTuple, PyType } from '../objects.js';
import {
  ModuleGlobals,
  instanceNew,
  intDigits,
  isSmallInt,
  listResizeCapacity,
  newSharedKeys,
  plainClassShape,
  type BlockOp,
  type InstanceShape,
} from '../../runtime/sizes/index.js';
import type { BlockKey, RawFrame } from '../../runtime/tracemalloc/index.js';
import { ClassBook } from './classes.js';
import { BlockTracer, type AllocMode, type FreelistKind, type OwnedBlock, type Stack } from './tracer.js';
import { FREELIST_COUNTS_AT_START, TRACEMALLOC_FILE } from './startup.generated.js';

export { TRACEMALLOC_FILE };

const LIST_OBJECT = 56;
const DICT_OBJECT = 64;
const SET_OBJECT = 216;
const MEDIUM_INT = 32;
const BYTEARRAY_OBJECT = 56;
/** A dict keys block of log2 size 3 with str keys (what the keys freelist holds). */
const SMALL_STR_KEYS = 120;

/** A block to record for an object built by tracemalloc's Python layer. */
export interface VirtualBlock {
  readonly size: number;
  /** Lines of tracemalloc.py allocating it, outermost first (on top of the current frames). */
  readonly lines: readonly number[];
  readonly kind?: FreelistKind | undefined;
  readonly mode?: AllocMode | undefined;
}

/**
 * The `__main__` globals as CPython lays them out (runtime/sizes ModuleGlobals: 9 names at
 * start, keys reallocated when a new name overflows the table). The interpreter reports no
 * insertion, so the dict is compared with the model at every hook call; new names are bound at
 * the module line of the previous hook call (the statement whose value was just stored).
 */
interface MainGlobals {
  readonly dict: PyDict;
  readonly filename: string;
  readonly model: ModuleGlobals;
  names: Set<string>;
  entries: number;
  size: number;
  /** The traced keys block, if allocated while tracing. */
  keys: BlockKey | null;
  /** The module frame's line at the last hook call. */
  line: number;
}

/**
 * `sys.stdout`'s TextIOWrapper when stdout is not a terminal (a pipe or a file, as when output
 * is captured): no line buffering, so what is written stays referenced by `pending_bytes` until
 * 8192 bytes are pending. An ASCII str is kept itself; others are encoded to a bytes object
 * first. The first write is kept alone; the second makes a list (`PyList_New(2)`), which the
 * next ones are appended to. A flush joins and drops them all (the list goes to its freelist).
 */
interface PendingText {
  /** Heap objects held by pending_bytes (their blocks survive them until the flush). */
  readonly held: Set<number>;
  /** Blocks of pending text that is no longer alive elsewhere. */
  readonly blocks: BlockKey[];
  /** Pieces written since the last flush. */
  pieces: number;
  /** pending_bytes_count. */
  bytes: number;
  list: { readonly key: BlockKey; items: BlockKey; capacity: number } | null;
}

/** `_io.TextIOWrapper._CHUNK_SIZE`. */
export const TEXT_CHUNK_SIZE = 8192;

export interface BlockGroup {
  readonly keys: readonly BlockKey[];
  holders: number;
}

export class TmState {
  readonly tracer = new BlockTracer(FREELIST_COUNTS_AT_START);
  /** While > 0, the hooks record nothing (tracemalloc's own objects are being built). */
  paused = 0;
  /** tracemalloc.py lines of the emulated Python calls in progress, innermost last. */
  private readonly virtual: number[] = [];
  /** Current block key of the separately allocated part of an object (list items, dict keys...). */
  private readonly parts = new Map<number, BlockKey>();
  /** Objects whose block CPython's `_get_object_traceback` cannot find (gh-101430). */
  private readonly hidden = new Set<number>();
  /** Called when a heap object dies (after its blocks are freed). */
  private readonly onDeath = new Map<number, () => void>();
  private readonly shapes = new WeakMap<PyType, InstanceShape>();
  private main: MainGlobals | null = null;
  private hooked = false;
  /** A class just made by the interpreter, whose blocks are recorded at the next hook call. */
  private pendingClass: { readonly type: PyType; readonly stack: Stack } | null = null;
  private readonly classes: ClassBook;
  private readonly pending: PendingText = { held: new Set(), blocks: [], pieces: 0, bytes: 0, list: null };

  constructor(readonly rt: Interp) {
    this.classes = new ClassBook(rt);
  }

  get table() {
    return this.tracer.table;
  }

  /** Installs the interpreter hooks (for good: freelists are followed even when not tracing). */
  install(): void {
    if (this.hooked) return;
    this.hooked = true;
    const rt = this.rt;
    const main = rt.modules.get('__main__');
    if (main) {
      this.main = { dict: main.dict, filename: rt.opts.filename, model: new ModuleGlobals(), names: new Set(), entries: -1, size: -1, keys: null, line: 0 };
      this.settle();
    }
    rt.onAlloc = (o, size) => this.onAlloc(o, size);
    rt.onResize = (o, size) => this.onResize(o, size);
    rt.heapFreeHook = (id) => this.onFree(id);
    // A full collection empties the freelists (gc runs its callbacks after that).
    const runGcCallbacks = rt.runGcCallbacks;
    rt.runGcCallbacks = function (this: Interp, phase, info) {
      if (phase === 'stop' && info.generation === 2) this.tm.tracer.clearFreelists();
      runGcCallbacks.call(this, phase, info);
    };
  }

  /** The traceback of an allocation now: emulated tracemalloc.py frames, then the Python frames. */
  stack(extra: readonly number[] = []): Stack {
    const limit = this.table.getTracebackLimit();
    const frames: RawFrame[] = [];
    let total = 0;
    const add = (filename: string, lineno: number): void => {
      total++;
      if (frames.length < limit) frames.push({ filename, lineno });
    };
    for (let i = extra.length - 1; i >= 0; i--) add(TRACEMALLOC_FILE, extra[i]!);
    for (let i = this.virtual.length - 1; i >= 0; i--) add(TRACEMALLOC_FILE, this.virtual[i]!);
    for (let f: Frame | null = this.rt.frame; f; f = f.back) {
      if (isInterpreterFrame(f)) continue;
      add(f.code.filename, f.line);
    }
    return { frames, total };
  }

  /**
   * Runs `fn` as if inside the tracemalloc.py code at `lines` (outermost first): allocations the
   * hooks trace meanwhile get those frames on top of the caller's.
   */
  withFrames<T>(lines: readonly number[], fn: () => T): T {
    this.virtual.push(...lines);
    try {
      return fn();
    } finally {
      this.virtual.length -= lines.length;
    }
  }

  /** Runs `fn` with the hooks recording nothing (building tracemalloc's own objects). */
  whilePaused<T>(fn: () => T): T {
    this.paused++;
    try {
      return fn();
    } finally {
      this.paused--;
    }
  }

  /**
   * Records the blocks CPython allocates for an object of tracemalloc.py built by the
   * interpreter as heap object `owner` (its own block first, if `own` is given).
   */
  record(owner: PyObject, own: VirtualBlock | null, others: readonly VirtualBlock[]): void {
    const tracer = this.tracer;
    if (own) tracer.alloc(owner.id, own.size, own.kind, () => this.stack(own.lines), own.mode);
    const blocks: OwnedBlock[] = [];
    for (const b of others) {
      const key = tracer.newKey('v');
      tracer.alloc(key, b.size, b.kind, () => this.stack(b.lines), b.mode);
      blocks.push({ key, kind: b.kind });
    }
    tracer.own(owner.id, blocks);
  }

  /** A list made by tracemalloc.py code: its object (list freelist) and item array. */
  recordList(list: PyObject, capacity: number, objectLines: readonly number[], itemLines: readonly number[] = objectLines, mode: AllocMode = 'normal'): void {
    this.tracer.alloc(list.id, LIST_OBJECT, 'list', () => this.stack(objectLines), mode);
    if (capacity <= 0) return;
    const key = `${list.id}:items`;
    this.parts.set(list.id, key);
    this.tracer.alloc(key, 8 * capacity, undefined, () => this.stack(itemLines));
    this.tracer.own(list.id, [{ key }]);
  }

  /** Allocates blocks that {@link end} frees (temporaries living a while). */
  begin(blocks: readonly VirtualBlock[]): BlockKey[] {
    return blocks.map((b) => {
      const key = this.tracer.newKey('t');
      this.tracer.alloc(key, b.size, b.kind, () => this.stack(b.lines), b.mode);
      return key;
    });
  }

  /** `owner` takes over blocks allocated by {@link begin}: they die with it. */
  adopt(owner: PyObject, keys: readonly BlockKey[]): void {
    this.tracer.own(owner.id, keys.map((key) => ({ key })));
  }

  end(keys: readonly BlockKey[]): void {
    for (const key of [...keys].reverse()) this.tracer.free(key);
  }

  /** Blocks CPython allocates and frees right away (arguments tuples...): parked ones stay traced. */
  temp(blocks: readonly VirtualBlock[]): void {
    this.end(this.begin(blocks));
  }

  /** Blocks shared by several objects: freed by {@link release} once every holder did. */
  group(blocks: readonly VirtualBlock[]): BlockGroup {
    const tracer = this.tracer;
    const keys = blocks.map((b) => {
      const key = tracer.newKey('g');
      tracer.alloc(key, b.size, b.kind, () => this.stack(b.lines), b.mode);
      return key;
    });
    return { keys, holders: 0 };
  }

  /** `o` holds `g` until it dies. */
  hold(o: PyObject, g: BlockGroup): void {
    g.holders++;
    this.whenFreed(o, () => {
      if (--g.holders === 0) for (const key of g.keys) this.tracer.free(key);
    });
  }

  whenFreed(o: PyObject, fn: () => void): void {
    const prev = this.onDeath.get(o.id);
    this.onDeath.set(o.id, prev ? () => (prev(), fn()) : fn);
  }

  /** `_get_object_traceback` cannot find `o`'s block (managed-dict instances, gh-101430). */
  hide(o: PyObject): void {
    this.hidden.add(o.id);
  }

  /** `_get_object_traceback(obj)`: the frames of the object's block, most recent first. */
  objectTraceback(o: PyObject): readonly RawFrame[] | null {
    if (o.id === 0 || this.hidden.has(o.id)) return null;
    return this.table.getBlockTraceback(o.id);
  }

  /** Records what happened since the last hook call: a new class's blocks, bindings of globals. */
  settle(): void {
    this.recordClass();
    this.syncGlobals();
  }

  // ------------------------------------------------------------------ classes

  private recordClass(): void {
    const p = this.pendingClass;
    if (!p) return;
    this.pendingClass = null;
    const t = p.type;
    if (!this.rt.heap.isAlive(t.id)) return;
    const tracer = this.tracer;
    const stack = (): Stack => p.stack;
    const plan = this.classes.plan(t);
    // (The namespace dict is the interpreter's own: traced through the hooks.)
    tracer.alloc(t.id, plan.own, undefined, stack);
    const kept: OwnedBlock[] = plan.kept.map((b) => {
      const key = tracer.newKey('class');
      tracer.alloc(key, b.size, b.kind, stack);
      return { key };
    });
    // The class dict's keys: a clone of the namespace's (a new block), then resizes.
    let dictKeys: BlockKey | null = null;
    for (const op of plan.dictKeys) {
      if (op.kind === 'malloc') {
        const key = tracer.newKey('class:keys');
        tracer.alloc(key, op.size, op.size === SMALL_STR_KEYS ? 'keys' : undefined, stack, dictKeys === null ? 'fresh' : 'normal');
        if (dictKeys !== null) tracer.free(dictKeys);
        dictKeys = key;
      }
    }
    if (dictKeys !== null) kept.push({ key: dictKeys });
    tracer.own(t.id, kept);
    // type_new_set_names iterates over a copy of the class dict (cloned keys: a new block).
    const copy = tracer.newKey('names');
    tracer.alloc(copy, DICT_OBJECT, 'dict', stack);
    if (plan.namesToSet !== null) {
      const copyKeys = tracer.newKey('names:keys');
      tracer.alloc(copyKeys, plan.namesToSet, plan.namesToSet === SMALL_STR_KEYS ? 'keys' : undefined, stack, 'fresh');
      tracer.free(copyKeys);
    }
    tracer.free(copy);
  }

  // ------------------------------------------------------------------ __main__ globals

  /** Applies the bindings and deletions of `__main__` globals since the last call. */
  syncGlobals(): void {
    const g = this.main;
    if (!g) return;
    const table = g.dict.table;
    if (table.entries.length !== g.entries || table.size !== g.size) {
      g.entries = table.entries.length;
      g.size = table.size;
      const now = new Set<string>();
      for (const e of table.live()) if (e.key instanceof PyStr) now.add(e.key.v);
      for (const name of g.names) if (!now.has(name)) g.model.delete(name);
      for (const name of now) if (!g.names.has(name)) this.globalsOps(g, g.model.store(name).ops);
      g.names = now;
    }
    if (this.table.isTracing()) g.line = moduleLine(this.rt.frame, g.dict) ?? g.line;
  }

  private globalsOps(g: MainGlobals, ops: readonly BlockOp[]): void {
    const stack = (): Stack => ({ frames: [{ filename: g.filename, lineno: g.line }], total: 1 });
    for (const op of ops) {
      if (op.role !== 'keys') continue;
      if (op.kind === 'malloc') {
        const key = this.tracer.newKey('globals');
        this.tracer.alloc(key, op.size, undefined, stack);
        if (g.keys !== null) this.tracer.free(g.keys);
        g.keys = key;
      }
    }
  }

  // ------------------------------------------------------------------ sys.stdout

  /**
   * A str written to `sys.stdout` (each piece print writes: the str of each argument, the
   * separators, the end; or `sys.stdout.write(s)`), while it is alive. Follows CPython's
   * pending_bytes (see PendingText): the text's blocks stay traced until the buffer flushes.
   */
  textWrite(text: PyObject): void {
    if (!(text instanceof PyStr)) return;
    const p = this.pending;
    const tracer = this.tracer;
    const stack = (): Stack => this.stack();
    let bytes = 0;
    let ascii = true;
    for (const ch of text.v) {
      const c = ch.codePointAt(0)!;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (c >= 0x80) ascii = false;
    }
    if (ascii) {
      if (text.id !== 0 && this.rt.heap.isAlive(text.id)) p.held.add(text.id);
    } else {
      // The encoded bytes object (33 + n) is what is kept.
      const key = tracer.newKey('text');
      tracer.alloc(key, 33 + bytes, undefined, stack);
      p.blocks.push(key);
    }
    p.pieces++;
    if (p.pieces === 2) {
      const key = tracer.newKey('pending');
      const items = tracer.newKey('pending:items');
      tracer.alloc(key, LIST_OBJECT, 'list', stack);
      tracer.alloc(items, 16, undefined, stack);
      p.list = { key, items, capacity: 2 };
    } else if (p.list) {
      const cap = listResizeCapacity(p.list.capacity, p.pieces - 1, p.pieces);
      if (cap !== p.list.capacity) {
        p.list.capacity = cap;
        tracer.realloc(p.list.items, 8 * cap, stack);
      }
    }
    p.bytes += bytes;
    if (p.bytes >= TEXT_CHUNK_SIZE) this.flushText();
  }

  /** `sys.stdout.flush()` (and a full buffer): the pending text and its list are released. */
  flushText(): void {
    const p = this.pending;
    if (p.pieces === 0) return;
    // _textiowrapper_writeflush joins the pieces into one bytes object, written and dropped.
    const joined = this.tracer.newKey('flush');
    this.tracer.alloc(joined, 33 + p.bytes, undefined, () => this.stack());
    this.tracer.free(joined);
    if (p.list) {
      this.tracer.free(p.list.items);
      this.tracer.free(p.list.key);
      p.list = null;
    }
    for (const key of p.blocks) this.tracer.free(key);
    p.blocks.length = 0;
    p.held.clear();
    p.pieces = 0;
    p.bytes = 0;
  }

  // ------------------------------------------------------------------ hooks

  private onAlloc(o: PyObject, size: number): void {
    if (this.paused > 0) return;
    this.settle();
    const tracer = this.tracer;
    const id = o.id;
    const stack = (): Stack => this.stack();
    const part = (role: string, partSize: number): void => {
      const key = `${id}${role}`;
      this.parts.set(id, key);
      tracer.alloc(key, partSize, undefined, stack);
      tracer.own(id, [{ key }]);
    };
    if (o instanceof PyType) {
      // Recorded once complete (its namespace is filled after the allocation).
      this.pendingClass = { type: o, stack: this.table.isTracing() ? this.stack() : { frames: [], total: 0 } };
      return;
    }
    if (o instanceof PyList) {
      const exact = o.type === this.rt.T.list;
      const objectSize = exact ? LIST_OBJECT : LIST_OBJECT + (o.type.managedDict ? 16 : 0);
      tracer.alloc(id, objectSize, exact ? 'list' : undefined, stack);
      if (size > LIST_OBJECT) part(':items', size - LIST_OBJECT);
      if (!exact && o.type.managedDict) this.hidden.add(id);
      return;
    }
    if (o instanceof PyTuple) {
      const n = o.items.length;
      const kind = o.type === this.rt.T.tuple && n >= 1 && n <= 20 ? `tuple${n}` : undefined;
      tracer.alloc(id, size, kind, stack);
      return;
    }
    if (o instanceof PyDict) {
      const exact = o.type === this.rt.T.dict;
      tracer.alloc(id, DICT_OBJECT, exact ? 'dict' : undefined, stack);
      if (size > DICT_OBJECT) part(':keys', size - DICT_OBJECT);
      return;
    }
    if (o instanceof PySet) {
      tracer.alloc(id, Math.min(size, SET_OBJECT), undefined, stack);
      if (size > SET_OBJECT) part(':table', size - SET_OBJECT);
      return;
    }
    if (o instanceof PyFloat) {
      tracer.alloc(id, size, o.type === this.rt.T.float ? 'float' : undefined, stack);
      return;
    }
    if (o instanceof PyInt && !(o instanceof PyBool)) {
      // One-digit ints are made by _PyLong_FromMedium: sizeof(PyLongObject), 32 bytes.
      const digits = intDigits(o.v);
      tracer.alloc(id, digits <= 1 && !isSmallInt(o.v) && o.type === this.rt.T.int ? MEDIUM_INT : size, undefined, stack);
      return;
    }
    if (o instanceof PyInstance && !(o instanceof PyExc)) {
      const t = o.type;
      // A `__weakref__` slot is one more pointer (the interpreter's size leaves it out).
      tracer.alloc(id, t.slots && !t.managedDict && hasWeakrefSlot(t) ? size + 8 : size, undefined, stack);
      if (t.managedDict) {
        this.hidden.add(id);
        const shape = this.shapeOf(t);
        if (shape) {
          const values = instanceNew(shape).blocks.find((b) => b.role === 'values');
          if (values) part(':values', values.size);
        }
      }
      return;
    }
    if (o instanceof PyIter) {
      tracer.alloc(id, iteratorBlock(o.kind, size), undefined, stack);
      return;
    }
    if (o.type === this.rt.T.bytearray) {
      // The object (not GC) and its byte buffer (`bytearray(n)`: n + 1 bytes), none when empty.
      tracer.alloc(id, BYTEARRAY_OBJECT, undefined, stack);
      if (size > BYTEARRAY_OBJECT) part(':buffer', size - BYTEARRAY_OBJECT);
      return;
    }
    tracer.alloc(id, size, undefined, stack);
  }

  private onResize(o: PyObject, size: number): void {
    if (this.paused > 0) return;
    this.settle();
    // The interpreter's own size model of the module dict is not CPython's (see MainGlobals).
    if (o === this.main?.dict) return;
    const tracer = this.tracer;
    const id = o.id;
    if (o instanceof PyList) {
      const items = size - LIST_OBJECT;
      const key = this.parts.get(id) ?? `${id}:items`;
      if (!this.parts.has(id)) {
        this.parts.set(id, key);
        tracer.own(id, [{ key }]);
      }
      tracer.realloc(key, items, () => this.stack());
      return;
    }
    if (o instanceof PyDict) {
      // dictresize: a new keys block, then the old one is freed (a log2-3 str-keyed one is
      // parked on the keys freelist).
      const old = this.parts.get(id);
      const key = tracer.newKey(`${id}:keys`);
      const keysSize = size - DICT_OBJECT;
      const strKeys = o.table.list().every((e) => e.key instanceof PyStr && e.key.type === this.rt.T.str);
      tracer.alloc(key, keysSize, keysSize === SMALL_STR_KEYS && strKeys ? 'keys' : undefined, () => this.stack());
      this.parts.set(id, key);
      if (old !== undefined) {
        tracer.replaceOwned(id, old, { key });
        tracer.free(old);
      } else tracer.own(id, [{ key }]);
      return;
    }
    if (o.type === this.rt.T.bytearray) {
      const key = this.parts.get(id) ?? `${id}:buffer`;
      if (!this.parts.has(id)) {
        this.parts.set(id, key);
        tracer.own(id, [{ key }]);
      }
      tracer.realloc(key, size - BYTEARRAY_OBJECT, () => this.stack());
      return;
    }
    const key = this.parts.get(id) ?? id;
    tracer.realloc(key, size, () => this.stack());
  }

  private onFree(id: number): void {
    if (this.paused === 0) this.settle();
    this.parts.delete(id);
    this.hidden.delete(id);
    if (this.pending.held.delete(id)) {
      // Still referenced by sys.stdout's pending_bytes: its block lives until the flush.
      this.pending.blocks.push(id);
    } else this.tracer.freeObject(id);
    const fn = this.onDeath.get(id);
    if (fn) {
      this.onDeath.delete(id);
      fn();
    }
  }

  /** The instance layout of a class whose instances get inline values (plain Python classes). */
  shapeOf(t: PyType): InstanceShape | null {
    let shape = this.shapes.get(t);
    if (shape) return shape;
    if (!t.managedDict || t.mro.some((m) => m.builtin && m !== this.rt.T.object)) return null;
    shape = plainClassShape(newSharedKeys());
    this.shapes.set(t, shape);
    return shape;
  }

  /** The inline-values block a new instance of `t` gets (for instances tracemalloc.py creates). */
  valuesBlock(t: PyType): number | null {
    const shape = this.shapeOf(t);
    if (!shape) return null;
    return instanceNew(shape).blocks.find((b) => b.role === 'values')?.size ?? null;
  }
}

/** Instances of `t` (a class with `__slots__`) have a weak reference slot. */
function hasWeakrefSlot(t: PyType): boolean {
  for (const m of t.mro) {
    if (m.builtin) continue;
    const slots = m.dict.get('__slots__');
    if (slots === undefined) return true;
    const names = slots instanceof PyStr ? [slots.v] : slots instanceof PyTuple || slots instanceof PyList ? slots.items.map((x) => (x instanceof PyStr ? x.v : '')) : [];
    if (names.includes('__weakref__')) return true;
  }
  return false;
}

/** The current line of the module frame running with globals `d` (the outermost one). */
function moduleLine(frame: Frame | null, d: PyDict): number | null {
  let line: number | null = null;
  for (let f = frame; f; f = f.back) if (f.code.kind === 'module' && f.globals === d) line = f.line;
  return line;
}

/** The interpreter's own base frame (set-up code), which is not a Python frame. */
function isInterpreterFrame(f: Frame): boolean {
  return f.code.kind === 'module' && f.back === null && f.code.name === '<module>' && !f.ownsRoot;
}

function iteratorBlock(kind: string, size: number): number {
  switch (kind) {
    case 'list_iterator':
    case 'tuple_iterator':
    case 'str_ascii_iterator':
    case 'bytes_iterator':
    case 'list_reverseiterator':
      return 48;
    case 'set_iterator':
      return 64;
    case 'dict_keyiterator':
    case 'dict_valueiterator':
    case 'dict_itemiterator':
      return 72;
    default:
      return size;
  }
}

declare module '../interp.js' {
  interface Interp {
    tm: TmState;
    heapFreeHook: ((id: number) => void) | null;
  }
}
