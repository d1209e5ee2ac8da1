/**
 * The interpreter: runs a parsed module on a simulated heap. Every reference it takes or drops
 * goes through the engine, with the holder CPython would have: frame locals and the evaluation
 * stack (`<stack>`) of each frame, module globals (the module's dict), containers, instance
 * attributes, closure cells, generator frames, bound methods, iterators.
 *
 * Conventions: evaluating an expression returns an object with one new reference held by the
 * current frame's `<stack>`; storing it steals that reference (take for the new holder, drop from
 * the stack). Calls consume their arguments' stack references: a Python function moves them into
 * its locals, a native function drops them when it returns.
 */
import { Heap, HeapError, type AllocSpec, type Finalizer } from '@heapline/core';
import type * as ast from '../parser/ast.js';
import { BudgetExceeded, PyErr } from './errors.js';
import { dictClear as dictClearStorage, dictDelete, dictGetsizeof, dictInsert } from '../runtime/sizes/dict.js';
import { listResizeCapacity } from '../runtime/sizes/list.js';
import { hashFrozenset } from '../runtime/text/index.js';
import { Frame } from './frame.js';
import * as L from './layout.js';
import {
  PyBool,
  PyBuiltin,
  PyBytes,
  PyCell,
  PyDict,
  PyEllipsis,
  PyExc,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyIter,
  PyList,
  PyMethod,
  PyModule,
  PyNone,
  PyNotImplemented,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
  PyWeakref,
  PyWrapper,
  type CodeInfo,
  type Entry,
  type Kwargs,
  type Native,
  type NativeContext,
} from './objects.js';
import type { ScopeTable } from './scopes.js';

export const STACK = '<stack>';

export interface InterpOptions {
  readonly filename: string;
  readonly write: (stream: 'stdout' | 'stderr', text: string) => void;
  readonly maxEvents?: number;
  readonly maxSeconds?: number;
  readonly argv?: readonly string[];
  /** Called every few thousand events while the program runs (to stream the log). */
  readonly progress?: () => void;
  /** Source lines of the program, for tracebacks. */
  readonly lines: readonly string[];
}

type Completion = 0 | 1 | 2 | 3; // normal, break, continue, return
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export type Exec = Generator<PyObject, Completion, PyObject>;

export const CPYTHON_FREELISTS: Readonly<Record<string, number>> = (() => {
  const f: Record<string, number> = { list: 80, dict: 80 };
  for (let n = 1; n <= 20; n++) f[`tuple${n}`] = 2000;
  return f;
})();

export class Interp implements NativeContext {
  declare readonly __brand: 'NativeContext';
  readonly heap: Heap;
  readonly reg: (PyObject | undefined)[] = [];
  readonly T = {} as Record<string, PyType>;
  frame!: Frame;
  None!: PyNone;
  True!: PyBool;
  False!: PyBool;
  NotImplemented!: PyNotImplemented;
  Ellipsis!: PyEllipsis;
  emptyTuple!: PyTuple;
  readonly smallInts: PyInt[] = [];
  readonly strConsts = new Map<string, PyStr>();
  readonly rootBuiltins: number;
  readonly rootConsts: number;
  readonly rootModules: number;
  readonly rootThread: number;
  builtins!: PyDict;
  readonly modules = new Map<string, PyModule>();
  scopes!: ScopeTable;
  recursionLimit = 1000;
  /** gc.callbacks list object. */
  gcCallbacks: PyList | null = null;
  gcGarbage: PyList | null = null;
  /** Output hook (program's stdout/stderr). */
  readonly out: InterpOptions['write'];
  readonly startTime = Date.now();
  private eventsChecked = 0;
  private lastProgress = 0;
  /** Engine gc statistics right after start-up, which CPython's start-up baseline replaces. */
  setupStats: { collections: number; collected: number; uncollectable: number }[] = [];
  /** Hooks run after each allocation (tracemalloc). */
  onAlloc: ((o: PyObject, size: number) => void) | null = null;
  onFree: ((id: number) => void) | null = null;
  onResize: ((o: PyObject, size: number) => void) | null = null;
  /** Depth of Python frames, for RecursionError. */
  depth = 0;
  /** Exceptions currently in flight, held by the thread state root. */
  private readonly inFlight = new Set<PyExc>();
  readonly reprDepth = new Set<PyObject>();
  /** Objects whose __del__ is running. */
  readonly finalizing = new Set<PyObject>();

  constructor(readonly opts: InterpOptions) {
    this.out = opts.write;
    this.heap = new Heap({
      freelists: CPYTHON_FREELISTS,
      canCollect: () => true,
      onGc: (_h, phase, info) => this.runGcCallbacks(phase, info),
      onCallbackError: (error, context) => this.unraisable(error, context),
      onOutput: (stream, text) => this.out(stream, text),
      onFree: (id) => {
        const o = this.reg[id];
        if (o) o.dead = true;
        this.heapFreeHook?.(id);
      },
      address: (id) => this.address(this.reg[id] ?? ({ id } as PyObject)),
    });
    this.rootBuiltins = this.heap.addRoot('builtins');
    this.rootConsts = this.heap.addRoot('code constants');
    this.rootModules = this.heap.addRoot('sys.modules');
    this.rootThread = this.heap.addRoot('thread state');
  }

  // ------------------------------------------------------------------ budgets

  checkBudget(): void {
    const n = this.heap.log.length;
    if (n - this.lastProgress > 8192) {
      this.lastProgress = n;
      this.opts.progress?.();
    }
    if (this.opts.maxEvents !== undefined && n > this.opts.maxEvents) throw new BudgetExceeded('events', this.opts.maxEvents);
    if (this.opts.maxSeconds !== undefined && n - this.eventsChecked > 2000) {
      this.eventsChecked = n;
      if ((Date.now() - this.startTime) / 1000 > this.opts.maxSeconds) throw new BudgetExceeded('seconds', this.opts.maxSeconds);
    }
  }

  // ------------------------------------------------------------------ references

  /** A new reference to `o` on the current frame's stack. */
  push<T extends PyObject>(o: T): T {
    if (o.id === 0) this.materialize(o);
    const f = this.frame;
    this.heap.take(o.id, f.holder, STACK);
    f.stack.push(o);
    return o;
  }

  /** Gives a heap object to a builtin created without one (native methods, descriptors). */
  materialize(o: PyObject): void {
    // Static descriptors in CPython: never allocated by the program, so not GC-counted.
    this.allocStatic(o, { size: o instanceof PyBuiltin ? 72 : 48 }, this.rootBuiltins, `builtin ${o.type?.name ?? ''}`);
  }

  /** Drops a stack reference to `o` from frame `f` (default: current). */
  pop(o: PyObject, f: Frame = this.frame): void {
    const s = f.stack;
    let i = s.length - 1;
    while (i >= 0 && s[i] !== o) i--;
    if (i < 0) throw new Error(`internal: object ${o.id} (${o.type.name}) is not on the stack of ${f.code.qualname}`);
    if (i === s.length - 1) s.pop();
    else s.splice(i, 1);
    this.heap.drop(o.id, f.holder, STACK);
  }

  /** Drops all stack entries above `depth` (exception unwinding). */
  unwindStack(f: Frame, depth: number): void {
    while (f.stack.length > depth) {
      const o = f.stack.pop()!;
      if (this.heap.isAlive(o.id)) this.heap.drop(o.id, f.holder, STACK);
    }
  }

  /** `holder` takes a reference to `o` in `slot`. */
  take(o: PyObject, holder: PyObject | number, slot: string | number): void {
    if (o.id === 0) this.materialize(o);
    this.heap.take(o.id, typeof holder === 'number' ? holder : holder.id, slot);
  }
  drop(o: PyObject, holder: PyObject | number, slot: string | number): void {
    this.heap.drop(o.id, typeof holder === 'number' ? holder : holder.id, slot);
  }

  /** Allocates the heap side of `o`, born on the current frame's stack. */
  alloc<T extends PyObject>(o: T, spec: Omit<AllocSpec, 'type' | 'site' | 'holder' | 'slot'> & { type?: string }): T {
    const f = this.frame;
    const id = this.heap.alloc({
      ...spec,
      type: spec.type ?? o.type.name,
      site: f ? `${this.opts.filename}:${f.line}` : '',
      holder: f.holder,
      slot: STACK,
    });
    o.id = id;
    this.reg[id] = o;
    f.stack.push(o);
    if (this.onAlloc) this.onAlloc(o, spec.size);
    this.checkBudget();
    return o;
  }

  /** Allocates an object held by a root from the start (builtins, constants). */
  allocStatic<T extends PyObject>(o: T, spec: Omit<AllocSpec, 'type' | 'holder' | 'slot'> & { type?: string }, root: number, slot: string): T {
    const id = this.heap.alloc({ ...spec, type: spec.type ?? o.type?.name ?? 'type', holder: root, slot });
    o.id = id;
    this.reg[id] = o;
    return o;
  }

  obj(id: number): PyObject {
    const o = this.reg[id];
    if (!o) throw new Error(`internal: no object ${id}`);
    return o;
  }

  // ------------------------------------------------------------------ constructors

  int(v: bigint | number): PyInt {
    const b = typeof v === 'number' ? BigInt(v) : v;
    if (b >= -5n && b <= 256n) return this.push(this.smallInts[Number(b) + 5]!);
    return this.alloc(new PyInt(this.T.int!, b), { size: L.intSize(b) });
  }
  bool(v: boolean): PyBool {
    return this.push(v ? this.True : this.False);
  }
  none(): PyNone {
    return this.push(this.None);
  }
  float(v: number): PyFloat {
    return this.alloc(new PyFloat(this.T.float!, v), { size: L.FLOAT_SIZE });
  }
  str(v: string): PyStr {
    if (v.length <= 1 && (v.length === 0 || v.charCodeAt(0) < 256)) return this.push(this.constStr(v));
    return this.alloc(new PyStr(this.T.str!, v), { size: L.strSize(v) });
  }
  /** An interned / constant str (code constants, identifiers): one shared object. */
  constStr(v: string): PyStr {
    let s = this.strConsts.get(v);
    if (!s) {
      s = this.allocStatic(new PyStr(this.T.str!, v), { size: L.strSize(v) }, this.rootConsts, 'str');
      this.strConsts.set(v, s);
    }
    return s;
  }
  /** An interned str (identifiers, constants): shared and immortal enough not to be held as a key. */
  isInterned(o: PyObject): boolean {
    return o instanceof PyStr && this.strConsts.get(o.v) === o;
  }
  bytes(v: Uint8Array): PyBytes {
    return this.alloc(new PyBytes(this.T.bytes!, v), { size: L.bytesSize(v.length) });
  }

  /** A new list taking over `items` (stack references of the current frame). */
  list(items: PyObject[] = [], capacity = items.length): PyList {
    const l = this.alloc(new PyList(this.T.list!), { size: L.listSize(capacity), gc: true, sequence: true, freelist: 'list' });
    l.capacity = capacity;
    items.forEach((it, i) => {
      this.take(it, l, i);
      this.pop(it);
    });
    l.items = items.slice();
    return l;
  }
  /** A new tuple taking over `items` (stack references). */
  tuple(items: PyObject[]): PyTuple {
    if (items.length === 0) return this.push(this.emptyTuple);
    const n = items.length;
    const t = this.alloc(new PyTuple(this.T.tuple!, items.slice()), {
      size: L.tupleSize(n),
      gc: true,
      sequence: true,
      untrack: 'tuple',
      clearable: false,
      ...(n <= 20 ? { freelist: `tuple${n}` } : {}),
    });
    items.forEach((it, i) => {
      this.take(it, t, i);
      this.pop(it);
    });
    return t;
  }
  dict(): PyDict {
    return this.alloc(new PyDict(this.T.dict!), { size: L.EMPTY_DICT_SIZE, gc: true, tracked: false, untrack: 'dict', freelist: 'dict' });
  }
  set(frozen = false): PySet {
    const s = this.alloc(new PySet(frozen ? this.T.frozenset! : this.T.set!), { size: L.setSize(0), gc: true });
    s.frozen = frozen;
    return s;
  }

  // ------------------------------------------------------------------ dicts

  keyLabel(k: PyObject): string {
    if (k instanceof PyStr) return k.v;
    if (k instanceof PyInt && !(k instanceof PyBool)) return `[${k.v}]`;
    return `[${this.reprSafe(k)}]`;
  }
  private reprSafe(k: PyObject): string {
    try {
      const r = this.repr(k);
      return r;
    } catch {
      return `<${k.type.name}>`;
    }
  }

  dictLookup(d: PyDict, key: PyObject): Entry | undefined {
    const h = this.hash(key);
    return d.table.find(h, (k) => k === key || this.eq(k, key));
  }
  dictGet(d: PyDict, key: PyObject): PyObject | undefined {
    return this.dictLookup(d, key)?.value;
  }
  dictGetStr(d: PyDict, key: string): PyObject | undefined {
    const h = this.strHash(key);
    return d.table.find(h, (k) => k instanceof PyStr && k.v === key)?.value;
  }
  /** d[key] = value; takes new references to both (the caller keeps its own). */
  dictSet(d: PyDict, key: PyObject, value: PyObject): void {
    const h = this.hash(key);
    const e = d.table.find(h, (k) => k === key || this.eq(k, key));
    if (e) {
      const old = e.value;
      e.value = value;
      this.take(value, d, e.label);
      this.drop(old, d, e.label);
      return;
    }
    const label = this.keyLabel(key);
    d.table.add({ key, value, hash: h, label });
    d.storage = dictInsert(d.storage, key instanceof PyStr && key.type === this.T.str, true).storage;
    // Str keys (interned, as identifiers and constants are) are not traversed by the collector
    // (a unicode-keys table visits only values); other keys are held and traversed.
    if (!this.isInterned(key)) this.take(key, d, `<key ${label}>`);
    this.take(value, d, label);
    this.resizeDict(d);
  }
  dictSetStr(d: PyDict, key: string, value: PyObject): void {
    const k = this.constStr(key);
    this.dictSet(d, k, value);
  }
  /** del d[key]; false when absent. */
  dictDel(d: PyDict, key: PyObject): boolean {
    const e = this.dictLookup(d, key);
    if (!e) return false;
    d.table.remove(e);
    d.storage = dictDelete(d.storage).storage;
    this.resizeDict(d);
    if (!this.isInterned(e.key)) this.drop(e.key, d, `<key ${e.label}>`);
    this.drop(e.value, d, e.label);
    return true;
  }
  dictClear(d: PyDict): void {
    const entries = d.table.list();
    d.table.clear();
    d.storage = dictClearStorage(d.storage).storage;
    for (const e of entries) {
      if (!this.isInterned(e.key)) this.drop(e.key, d, `<key ${e.label}>`);
      this.drop(e.value, d, e.label);
    }
    this.resizeDict(d);
  }
  private resizeDict(d: PyDict): void {
    const size = dictGetsizeof(d.storage);
    if (this.heap.isAlive(d.id) && this.heap.state.size[d.id] !== size) {
      this.heap.resize(d.id, size);
      this.onResize?.(d, size);
    }
  }

  setAdd(s: PySet, key: PyObject): void {
    const h = this.hash(key);
    if (s.table.find(h, (k) => k === key || this.eq(k, key))) return;
    const label = this.keyLabel(key);
    s.table.add({ key, value: key, hash: h, label });
    this.take(key, s, label);
    const size = L.setSize(s.table.size);
    if (this.heap.state.size[s.id] !== size && size > (this.heap.state.size[s.id] ?? 0)) this.heap.resize(s.id, size);
  }
  setHas(s: PySet, key: PyObject): boolean {
    const h = this.hash(key);
    return !!s.table.find(h, (k) => k === key || this.eq(k, key));
  }
  setDiscard(s: PySet, key: PyObject): boolean {
    const h = this.hash(key);
    const e = s.table.find(h, (k) => k === key || this.eq(k, key));
    if (!e) return false;
    s.table.remove(e);
    this.drop(e.key, s, e.label);
    return true;
  }
  /** Set iteration order as CPython's open-addressed table would give for these hashes. */
  setOrder(s: PySet): PyObject[] {
    const entries = s.table.list();
    if (entries.length === 0) return [];
    // Table size: grows x4 when fill*5 >= mask*3 (starting at 8), like set_add_entry.
    let size = 8;
    let fill = 0;
    const slots: (Entry | null)[] = new Array<Entry | null>(size).fill(null);
    let table = slots;
    const insert = (t: (Entry | null)[], e: Entry): void => {
      const mask = BigInt(t.length - 1);
      let perturb = e.hash < 0n ? e.hash + (1n << 64n) : e.hash;
      let i = Number(perturb & mask);
      for (;;) {
        if (t[i] === null) {
          t[i] = e;
          return;
        }
        // linear probes (up to 9) then perturbation
        for (let j = 1; j <= 9 && i + j < t.length; j++) {
          if (t[i + j] === null) {
            t[i + j] = e;
            return;
          }
        }
        perturb >>= 5n;
        i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
      }
    };
    for (const e of entries) {
      insert(table, e);
      fill++;
      if (fill * 5 >= (size - 1) * 3) {
        const newSize = fill > 50000 ? size * 2 : size * 4;
        const used = entries.slice(0, fill);
        size = newSize;
        table = new Array<Entry | null>(size).fill(null);
        for (const u of used) insert(table, u);
      }
    }
    return table.filter((e): e is Entry => e !== null).map((e) => e.key);
  }

  // ------------------------------------------------------------------ lists

  listAppend(l: PyList, item: PyObject): void {
    const n = l.items.length;
    this.listReserve(l, n + 1);
    this.take(item, l, n);
    l.items.push(item);
  }
  listReserve(l: PyList, newsize: number): void {
    const cap = listResizeCapacity(l.capacity, l.items.length, newsize);
    if (cap !== l.capacity) {
      l.capacity = cap;
      const size = L.listSize(cap);
      this.heap.resize(l.id, size);
      this.onResize?.(l, size);
    }
  }
  listInsert(l: PyList, i: number, item: PyObject): void {
    this.listReserve(l, l.items.length + 1);
    this.take(item, l, i);
    l.items.splice(i, 0, item);
  }
  /** Removes item i; the list's reference is dropped (the caller may hold its own). */
  listRemoveAt(l: PyList, i: number): void {
    const it = l.items[i]!;
    l.items.splice(i, 1);
    this.drop(it, l, i);
  }
  listSet(l: PyList, i: number, item: PyObject): void {
    const old = l.items[i]!;
    l.items[i] = item;
    this.take(item, l, i);
    this.drop(old, l, i + 1);
  }
  /** Rearranges the list's items (reverse, sort): no reference is dropped before it is retaken. */
  listPermute(l: PyList, items: PyObject[]): void {
    const n = l.items.length;
    for (let i = 0; i < n; i++) this.take(items[i]!, l, n + i);
    for (let i = 0; i < n; i++) this.drop(l.items[i]!, l, 0);
    l.items = items.slice();
  }

  /** Empties the list, then releases the old items last to first (list_clear). */
  listClear(l: PyList): void {
    const old = l.items;
    l.items = [];
    for (let i = old.length - 1; i >= 0; i--) this.drop(old[i]!, l, i);
    if (l.capacity !== 0) {
      l.capacity = 0;
      this.heap.resize(l.id, L.listSize(0));
    }
  }

  // ------------------------------------------------------------------ exceptions

  /** Creates an exception instance of builtin class `name` and throws it. */
  raise(name: string, message?: string): never {
    const t = this.T[name];
    if (!t) throw new Error(`internal: no exception type ${name}`);
    throw this.makeErr(t, message === undefined ? [] : [message]);
  }
  makeErr(t: PyType, args: (string | PyObject)[]): PyErr {
    const items = args.map((a) => (typeof a === 'string' ? this.str(a) : this.push(a)));
    const argt = this.tuple(items);
    const exc = this.newException(t, argt);
    this.pop(argt);
    return this.throwing(exc);
  }
  /** An exception instance (on the stack) with `args` (borrowed). */
  newException(t: PyType, args: PyTuple): PyExc {
    const e = this.alloc(new PyExc(t), { size: L.EXC_SIZE, gc: true, cls: t.id, ...(t.hasDel ? { finalizer: this.delFinalizer } : {}) });
    e.args = args;
    this.take(args, e, 'args');
    return e;
  }
  /** Moves a stack reference to `exc` into the thread state (in flight) and wraps it. */
  throwing(exc: PyExc): PyErr {
    if (!this.inFlight.has(exc)) {
      this.inFlight.add(exc);
      this.take(exc, this.rootThread, 'curexc');
    }
    this.pop(exc);
    return new PyErr(exc);
  }
  /** The exception stops being in flight (caught or printed); returns it on the stack. */
  catchErr(err: PyErr): PyExc {
    const exc = err.exc;
    this.push(exc);
    if (this.inFlight.delete(exc)) this.drop(exc, this.rootThread, 'curexc');
    return exc;
  }
  isInstance(o: PyObject, t: PyType): boolean {
    return o.type.isSubtype(t);
  }
  errIs(err: unknown, name: string): err is PyErr {
    return err instanceof PyErr && err.exc.type.isSubtype(this.T[name]!);
  }

  /** An exception escaping a finalizer, weakref callback or gc callback: printed, ignored. */
  unraisable(error: unknown, context: string): void {
    if (!(error instanceof PyErr)) throw error;
    const exc = this.catchErr(error);
    this.heap.write('stderr', `Exception ignored in: ${context}\n` + this.formatException(exc));
    this.pop(exc);
  }

  // ------------------------------------------------------------------ hashing and equality

  strHash(s: string): bigint {
    // Deterministic FNV-1a (CPython randomises str hashes: no order may depend on them).
    let h = 0xcbf29ce484222325n;
    for (let i = 0; i < s.length; i++) {
      h ^= BigInt(s.charCodeAt(i));
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
    h = BigInt.asIntN(64, h);
    return h === -1n ? -2n : h;
  }
  intHash(v: bigint): bigint {
    const M = (1n << 61n) - 1n;
    const a = v < 0n ? -v : v;
    let h = a % M;
    if (v < 0n) h = -h;
    return h === -1n ? -2n : h;
  }
  floatHash(x: number): bigint {
    if (Number.isNaN(x)) return 0n;
    if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
    if (Number.isInteger(x)) return this.intHash(BigInt(x));
    // x = m * 2**e exactly; hash = m * 2**e mod P
    const M = (1n << 61n) - 1n;
    let m = Math.abs(x);
    let e = 0;
    while (!Number.isInteger(m)) {
      m *= 2;
      e--;
    }
    let h = BigInt(m) % M;
    // multiply by 2**e mod M (e negative): 2**61 = 1 mod M so 2**-k = 2**(61 - k mod 61)
    const k = ((e % 61) + 61) % 61;
    h = (h << BigInt(k)) % M;
    if (x < 0) h = -h;
    return h === -1n ? -2n : h;
  }
  hash(o: PyObject): bigint {
    if (o instanceof PyStr) return this.strHash(o.v);
    if (o instanceof PyInt) return this.intHash(o.v);
    if (o instanceof PyFloat) return this.floatHash(o.v);
    if (o instanceof PyTuple) {
      // 3.11 tuplehash (xxHash-based)
      const P1 = 11400714785074694791n;
      const P2 = 14029467366897019727n;
      const P5 = 2870177450012600261n;
      const U = 0xffffffffffffffffn;
      let acc = P5;
      for (const it of o.items) {
        const lane = BigInt.asUintN(64, this.hash(it));
        acc = (acc + lane * P2) & U;
        acc = ((acc << 31n) | (acc >> 33n)) & U;
        acc = (acc * P1) & U;
      }
      acc = (acc + (BigInt(o.items.length) ^ (P5 ^ 3527539n))) & U;
      let h = BigInt.asIntN(64, acc);
      if (h === -1n) h = 1546275796n;
      return h;
    }
    if (o instanceof PyNone) return 0x1234n;
    if (o instanceof PyWeakref) {
      const w = o as PyWeakref & { hashCache?: bigint };
      if (w.hashCache !== undefined) return w.hashCache;
      const t = this.heap.weakrefTarget(o.id);
      if (t === null) this.raise('TypeError', 'weak object has gone away');
      w.hashCache = this.hash(this.obj(t));
      return w.hashCache;
    }
    if (o instanceof PyBytes) {
      let h = 0n;
      for (const b of o.v) h = (h * 1000003n + BigInt(b)) & 0xffffffffffffn;
      return h;
    }
    if (o instanceof PySet && o.frozen) return hashFrozenset([...o.table.live()].map((e) => e.hash));
    if (o instanceof PyMethod) {
      // method_hash: the bound object's pointer hash xor the function's hash.
      const h = (BigInt(o.self.id) * 16n) ^ this.hash(o.func);
      return h === -1n ? -2n : h;
    }
    if (o instanceof PyList || o instanceof PyDict || (o instanceof PySet && !o.frozen)) {
      this.raise('TypeError', `unhashable type: '${o.type.name}'`);
    }
    const m = o.type.lookup('__hash__');
    if (m && !(m instanceof PyBuiltin && m.name === '__hash__' && m.self === null && o.type.lookup('__eq__') === undefined)) {
      if (m instanceof PyNone) this.raise('TypeError', `unhashable type: '${o.type.name}'`);
      if (m instanceof PyFunction || m instanceof PyBuiltin) {
        const r = this.callMethod(o, '__hash__', []);
        if (!(r instanceof PyInt)) {
          this.pop(r);
          this.raise('TypeError', '__hash__ method should return an integer');
        }
        this.pop(r);
        return this.intHash(r.v);
      }
    }
    if (o.type.lookup('__eq__') instanceof PyFunction && !(o.type.lookup('__hash__') instanceof PyFunction)) {
      this.raise('TypeError', `unhashable type: '${o.type.name}'`);
    }
    return BigInt(o.id) * 16n;
  }

  /** `a == b` as a JS boolean. */
  eq(a: PyObject, b: PyObject): boolean {
    if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
    const r = this.compare(a, b, '==');
    const t = this.truthy(r);
    this.pop(r);
    return t;
  }

  // The rest of the interpreter (operators, attributes, calls, evaluation) is mixed in from
  // ops.ts, attrs.ts, calls.ts and exec.ts; see their declarations below.
}

// Methods mixed in by other modules.
export interface Interp {
  truthy(o: PyObject): boolean;
  compare(a: PyObject, b: PyObject, op: string): PyObject;
  binop(a: PyObject, b: PyObject, op: string, inplace?: boolean): PyObject;
  unary(o: PyObject, op: string): PyObject;
  repr(o: PyObject): string;
  toStr(o: PyObject): string;
  getattr(o: PyObject, name: string): PyObject;
  getattrOpt(o: PyObject, name: string): PyObject | undefined;
  setattr(o: PyObject, name: string, v: PyObject): void;
  delattr(o: PyObject, name: string): void;
  call(f: PyObject, args: PyObject[], kwargs?: Kwargs): PyObject;
  callMethod(o: PyObject, name: string, args: PyObject[], kwargs?: Kwargs): PyObject;
  iter(o: PyObject): PyObject;
  next(it: PyObject): PyObject | null;
  toList(o: PyObject): PyObject[];
  getitem(o: PyObject, k: PyObject): PyObject;
  setitem(o: PyObject, k: PyObject, v: PyObject): void;
  delitem(o: PyObject, k: PyObject): void;
  contains(container: PyObject, item: PyObject): boolean;
  len(o: PyObject): number;
  formatException(exc: PyExc): string;
  runGcCallbacks(phase: 'start' | 'stop', info: { generation: number; collected: number; uncollectable: number }): void;
  delFinalizer: Finalizer;
  native(name: string, fn: Native, qualname?: string): PyBuiltin;
  callPython(fn: PyFunction, args: PyObject[], kwargs: Kwargs, self?: PyObject | null): PyObject;
  makeInstance(t: PyType): PyInstance;
  typeCall(t: PyType, args: PyObject[], kwargs: Kwargs): PyObject;
  newType(name: string, bases: PyType[], ns: PyDict | null, meta?: PyType): PyType;
  exec(f: Frame, body: readonly ast.Statement[]): Exec;
  ev(f: Frame, e: ast.Expression): PyObject;
  runFrame(f: Frame, body: () => Exec): PyObject;
  codeInfo(node: CodeInfo['node']): CodeInfo;
}

export {
  PyBool,
  PyBuiltin,
  PyBytes,
  PyCell,
  PyDict,
  PyEllipsis,
  PyExc,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyIter,
  PyList,
  PyMethod,
  PyModule,
  PyNone,
  PyNotImplemented,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
  PyWeakref,
  PyWrapper,
  HeapError,
};
