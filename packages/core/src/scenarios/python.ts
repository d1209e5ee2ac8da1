/**
 * A thin model of the Python program side, used by the scenario tests that replay the CPython 3.11
 * experiments (/work/shared/reference/cpython-3.11-experiments) through the {@link Heap} command API.
 *
 * It only builds objects the way CPython lays them out, and never decides anything the engine
 * should decide:
 * - a new object is born on the evaluation stack (refcount 1, the `<stack>` root), and storing it
 *   (a name, an attribute, a list slot...) steals that stack reference, as the bytecode does;
 * - instances are GC objects holding their class through `cls` and their attributes as labelled
 *   slots in insertion order (3.11 inline values); `__slots__` members are inserted before them in
 *   declaration order; a materialised `__dict__` is a real dict object that takes the values over;
 * - lists are GC sequences, tuples GC sequences with the tuple untracking rule and no tp_clear,
 *   dicts GC objects that start untracked (the engine tracks them when a trackable value arrives);
 * - ints, strs, None are non-GC objects; constants and small ints are held by a `constants` root,
 *   as a code object's co_consts (or the small-int cache) would hold them.
 */
import { Heap, type HeapOptions } from '../index.js';

/** CPython 3.11's freelists: list 80, dict 80, tuples of length 1..20: 2000 each. */
export const CPYTHON_FREELISTS: Readonly<Record<string, number>> = (() => {
  const f: Record<string, number> = { list: 80, dict: 80 };
  for (let n = 1; n <= 20; n++) f[`tuple${n}`] = 2000;
  return f;
})();

/** A Python class, as a heap object plus what the model needs to build its instances. */
export interface PyClass {
  readonly id: number;
  readonly name: string;
  /** `__del__`, if the class defines one. */
  readonly del: ((self: number) => void) | undefined;
  /** `__slots__` members, in declaration order (without `__dict__`). */
  readonly slots: readonly string[];
}

export interface ClassSpec {
  del?: (self: number) => void;
  slots?: readonly string[];
}

export interface PyOptions {
  heap?: HeapOptions;
  /** Model the module's globals as a real dict object (held by a `sys.modules` root). */
  globalsDict?: boolean;
}

const STACK = '<stack>';

export class Py {
  readonly heap: Heap;
  /** What the program printed, one entry per `print`/`__del__` message. */
  readonly out: string[] = [];
  /** The evaluation stack: temporaries and arguments. */
  readonly stack: number;
  /** Code constants, interned strings, the small-int cache, None. */
  readonly consts: number;
  /** Holder of module-level names: a root, or the module dict with `globalsDict`. */
  readonly globals: number;
  readonly None: number;
  private readonly onStack = new Map<number, number>();
  private readonly constIds = new Map<string, number>();
  private readonly constValues = new Map<number, string>();
  private readonly classes = new Map<number, PyClass>();

  constructor(options: PyOptions = {}) {
    this.heap = new Heap(options.heap ?? {});
    this.stack = this.heap.addRoot('frame stack');
    this.consts = this.heap.addRoot('constants');
    this.None = this.heap.alloc({ type: 'NoneType', size: 16 });
    this.heap.take(this.None, this.consts, 'None');
    if (options.globalsDict) {
      const modules = this.heap.addRoot('sys.modules');
      const d = this.dict();
      this.heap.take(d, modules, '__main__.__dict__');
      this.pop(d);
      this.globals = d;
    } else {
      this.globals = this.heap.addRoot('module globals');
    }
  }

  // ---- the evaluation stack ----

  /** Pushes a new reference to `id` on the evaluation stack. */
  push(id: number): number {
    this.heap.take(id, this.stack, STACK);
    this.onStack.set(id, (this.onStack.get(id) ?? 0) + 1);
    return id;
  }

  /** Drops one stack reference to `id` (POP_TOP): may deallocate it. */
  pop(id: number): void {
    const n = this.onStack.get(id) ?? 0;
    if (n === 0) throw new Error(`object ${id} is not on the stack`);
    if (n === 1) this.onStack.delete(id);
    else this.onStack.set(id, n - 1);
    this.heap.drop(id, this.stack, STACK);
  }

  isOnStack(id: number): boolean {
    return this.onStack.has(id);
  }

  /** Stores `value` in `holder`/`slot`: a new reference, then the stack's one (if any) is stolen. */
  private put(value: number, store: () => void): void {
    store();
    if (this.onStack.has(value)) this.pop(value);
  }

  // ---- allocation ----

  /** Allocates an object and pushes it on the stack (a new object's first reference). */
  alloc(spec: Parameters<Heap['alloc']>[0]): number {
    return this.push(this.heap.alloc(spec));
  }

  /** A constant / cached immutable non-GC object (small int, interned str), created once. */
  constant(key: string, type: string, size: number): number {
    let id = this.constIds.get(key);
    if (id === undefined) {
      id = this.heap.alloc({ type, size });
      this.heap.take(id, this.consts, key);
      this.constIds.set(key, id);
      this.constValues.set(id, key.slice(key.indexOf(' ') + 1));
    }
    return id;
  }
  /** The Python value of a constant made by {@link int} or {@link str}, as text. */
  value(id: number): string {
    const v = this.constValues.get(id);
    if (v === undefined) throw new Error(`object ${id} is not a modelled constant`);
    return v;
  }
  /** `str(getattr(obj, name))` for an attribute holding a modelled constant. */
  attrValue(obj: number, name: string): string {
    return this.value(this.getattr(obj, name));
  }
  int(v: number): number {
    return this.constant(`int ${v}`, 'int', 28);
  }
  str(v: string): number {
    return this.constant(`str ${v}`, 'str', 49 + v.length);
  }

  list(items: readonly number[] = []): number {
    const l = this.alloc({ type: 'list', size: 56 + 8 * items.length, gc: true, sequence: true, freelist: 'list' });
    items.forEach((it, i) => this.put(it, () => this.heap.take(it, l, i)));
    return l;
  }

  /** list.append */
  append(list: number, item: number): void {
    const n = this.heap.state.edges[list]?.size ?? 0;
    this.put(item, () => this.heap.take(item, list, n));
  }

  /** list.clear / del l[:]: the list is emptied, then its old items released last to first. */
  clearList(list: number): void {
    for (;;) {
      const n = this.heap.state.edges[list]?.size ?? 0;
      if (n === 0) break;
      this.heap.drop(this.heap.state.edges[list]!.targetAt(n - 1), list, n - 1);
    }
  }

  items(seq: number): number[] {
    return this.heap.state.edges[seq]?.pairs().map(([, t]) => t) ?? [];
  }

  /** A tuple built at run time (tracked; the collector may untrack it later). */
  tuple(items: readonly number[]): number {
    const n = items.length;
    const t = this.alloc({
      type: 'tuple',
      size: 40 + 8 * n,
      gc: true,
      sequence: true,
      untrack: 'tuple',
      clearable: false,
      ...(n >= 1 && n <= 20 ? { freelist: `tuple${n}` } : {}),
    });
    items.forEach((it, i) => this.put(it, () => this.heap.take(it, t, i)));
    return t;
  }

  /** The empty tuple singleton: a static, never tracked object. */
  emptyTuple(): number {
    let id = this.constIds.get('()');
    if (id === undefined) {
      id = this.heap.alloc({ type: 'tuple', size: 40, gc: true, tracked: false, sequence: true, untrack: 'tuple', clearable: false });
      this.heap.take(id, this.consts, '()');
      this.constIds.set('()', id);
    }
    return id;
  }

  /** A dict with string keys: starts untracked, values in insertion order. */
  dict(entries: ReadonlyArray<readonly [string, number]> = []): number {
    const d = this.alloc({ type: 'dict', size: 64, gc: true, untrack: 'dict', tracked: false, freelist: 'dict' });
    for (const [k, v] of entries) this.setitem(d, k, v);
    return d;
  }

  private findLabel(holder: number, label: string): number {
    const code = this.heap.log.strings.find(label);
    if (code < 0) return -1;
    const ed = this.heap.state.edgesOf(holder);
    return ed ? ed.find(code) : -1;
  }

  /** What `holder` holds under `label`, or 0. */
  get(holder: number, label: string): number {
    const p = this.findLabel(holder, label);
    return p < 0 ? 0 : (this.heap.state.edgesOf(holder)!.e[p * 2 + 1] as number);
  }

  /** d[key] = value (also a name binding when `d` is a root). */
  setitem(d: number, key: string, value: number): void {
    const had = this.findLabel(d, key) >= 0;
    this.put(value, () => (had ? this.heap.replace(d, key, value) : this.heap.take(value, d, key)));
  }

  delitem(d: number, key: string): void {
    const v = this.get(d, key);
    if (v === 0) throw new Error(`no key ${key}`);
    this.heap.drop(v, d, key);
  }

  // ---- names ----

  /** A module-level assignment `name = value`. */
  store(name: string, value: number): void {
    this.setitem(this.globals, name, value);
  }
  /** `del name` */
  del(...names: string[]): void {
    for (const n of names) this.delitem(this.globals, n);
  }
  /** The object a module-level name is bound to. */
  name(name: string): number {
    const id = this.get(this.globals, name);
    if (id === 0) throw new Error(`name ${name} is not defined`);
    return id;
  }

  // ---- classes and instances ----

  defclass(name: string, spec: ClassSpec = {}): PyClass {
    const id = this.alloc({ type: 'type', size: 1688, gc: true });
    this.store(name, id);
    const cls: PyClass = { id, name, del: spec.del, slots: spec.slots ?? [] };
    this.classes.set(id, cls);
    return cls;
  }

  /** `cls()`: a new instance on the stack; `init` plays `__init__`. */
  new(cls: PyClass, init?: (self: number) => void): number {
    const size = cls.slots.length > 0 ? 32 + 8 * cls.slots.length : 56;
    const del = cls.del;
    const self = this.alloc({
      type: cls.name,
      size,
      gc: true,
      cls: cls.id,
      ...(del ? { finalizer: (_h: unknown, id: number) => del(id) } : {}),
    });
    if (init) init(self);
    return self;
  }

  private slotsOf(obj: number): readonly string[] {
    return this.classes.get(this.heap.state.classOf(obj))?.slots ?? [];
  }

  /** `obj.name = value`: a slot (declaration order), the materialised dict, or an inline value. */
  setattr(obj: number, name: string, value: number): void {
    const slots = this.slotsOf(obj);
    const k = slots.indexOf(name);
    const dict = this.get(obj, '__dict__');
    if (k >= 0) {
      if (this.findLabel(obj, name) >= 0) {
        this.put(value, () => this.heap.replace(obj, name, value));
        return;
      }
      const position = slots.slice(0, k).filter((s) => this.findLabel(obj, s) >= 0).length;
      this.put(value, () => this.heap.insert(value, obj, name, position));
    } else if (dict !== 0) {
      this.setitem(dict, name, value);
    } else {
      this.setitem(obj, name, value);
    }
  }

  getattr(obj: number, name: string): number {
    const v = this.get(obj, name);
    if (v !== 0) return v;
    const dict = this.get(obj, '__dict__');
    return dict !== 0 ? this.get(dict, name) : 0;
  }

  /**
   * `obj.__dict__` on an instance with inline values: a dict is made from the values (tracked if
   * any value may be tracked) and the instance holds it instead (make_dict_from_instance_attributes).
   */
  materializeDict(obj: number): number {
    const existing = this.get(obj, '__dict__');
    if (existing !== 0) return existing;
    const slots = this.slotsOf(obj);
    const d = this.dict();
    const s = this.heap.state;
    for (const [code, target] of s.edgesOf(obj)?.pairs() ?? []) {
      const label = this.heap.log.strings.get(code);
      if (slots.includes(label)) continue;
      this.heap.take(target, d, label);
      this.heap.drop(target, obj, label);
    }
    this.put(d, () => this.heap.take(d, obj, '__dict__'));
    return d;
  }

  /** A function object (a `def` or a lambda) on the stack. */
  function(name = '<lambda>'): number {
    return this.alloc({ type: 'function', size: 152, gc: true, site: name });
  }

  /** weakref.ref(referent, callback): the weakref on the stack; `callbackObject` is held by it. */
  weakref(referent: number, callback?: (wr: number) => void, callbackObject?: number): number {
    const wr = this.heap.weakref(referent, {
      ...(callback ? { callback: (_h: unknown, w: number) => callback(w) } : {}),
      ...(callbackObject !== undefined ? { callbackObject } : {}),
    });
    this.push(wr);
    if (callbackObject !== undefined && this.onStack.has(callbackObject)) this.pop(callbackObject);
    return wr;
  }

  // ---- frames and sys ----

  /** A function frame whose parameters are bound to `args` (3.11 moves the caller's references in). */
  call<T>(name: string, args: Readonly<Record<string, number>>, body: (frame: number) => T): T {
    const frame = this.heap.addRoot(`frame ${name}`);
    for (const [p, v] of Object.entries(args)) this.setitem(frame, p, v);
    const result = body(frame);
    for (const [code, target] of [...(this.heap.state.edgesOf(frame)?.pairs() ?? [])].reverse()) {
      this.heap.drop(target, frame, this.heap.log.strings.get(code));
    }
    this.heap.removeRoot(frame);
    return result;
  }

  /** sys.getrefcount(x): the raw refcount, including the argument's own reference. */
  getrefcount(x: number): number {
    if (this.onStack.has(x)) {
      // The stack reference is the argument; it is released after the call.
      const n = this.heap.refcount(x);
      this.pop(x);
      return n;
    }
    this.push(x);
    const n = this.heap.refcount(x);
    this.pop(x);
    return n;
  }

  /** gc.get_count(): read the counts, then build the result 3-tuple (a GC allocation). */
  getCount(): [number, number, number] {
    const c = this.heap.getCount();
    const t = this.tuple([this.int(c[0]), this.int(c[1]), this.int(c[2])]);
    this.pop(t);
    return c;
  }

  print(...parts: Array<string | number>): void {
    this.out.push(parts.join(' '));
  }

  /** What the engine wrote to stderr (gc debug output), one line per entry. */
  stderr(): string[] {
    const s = this.heap.state;
    const lines: string[] = [];
    for (let i = 0; i < s.output.length; i += 2) {
      if (s.output[i] === 2) lines.push(...this.heap.log.strings.get(s.output[i + 1]!).split('\n').filter((l) => l !== ''));
    }
    return lines;
  }

  /** Generations (0-2) whose gc.get_objects(g) contains `id`, like the experiments' `where()`. */
  where(id: number): number[] {
    return [0, 1, 2].filter((g) => this.heap.getObjects(g).includes(id));
  }
}
