/**
 * The interpreter's side of Python objects. Each one is mirrored by an object of the simulated
 * heap (`id`), whose references, refcount and lifetime the engine owns; the JS side holds what
 * the program computes with (an int's value, a list's items...). The engine frees an object;
 * the interpreter then marks its JS side dead.
 */
import type * as ast from '../parser/ast.js';
import { EMPTY_DICT, type DictStorage } from '../runtime/sizes/dict.js';

export type Native = (rt: NativeContext, args: PyObject[], kwargs: Kwargs) => PyObject;
export type Kwargs = ReadonlyArray<readonly [string, PyObject]>;

/** What a native function may call back into (the interpreter implements it). */
export interface NativeContext {
  readonly __brand: 'NativeContext';
}

export class PyObject {
  /** The heap object's id. */
  id = 0;
  dead = false;
  constructor(public type: PyType) {}
}

export class PyInt extends PyObject {
  constructor(type: PyType, readonly v: bigint) {
    super(type);
  }
}
export class PyBool extends PyInt {}
export class PyFloat extends PyObject {
  constructor(type: PyType, readonly v: number) {
    super(type);
  }
}
export class PyStr extends PyObject {
  /** Length in code points (computed on demand). */
  private cpLen = -1;
  constructor(type: PyType, readonly v: string) {
    super(type);
  }
  get length(): number {
    if (this.cpLen < 0) {
      let n = 0;
      for (const _ of this.v) n++;
      this.cpLen = n;
    }
    return this.cpLen;
  }
}
export class PyBytes extends PyObject {
  constructor(type: PyType, public v: Uint8Array) {
    super(type);
  }
}
export class PyNone extends PyObject {}
export class PyNotImplemented extends PyObject {}
export class PyEllipsis extends PyObject {}

export class PyList extends PyObject {
  items: PyObject[] = [];
  /** Allocated item slots (list_resize's over-allocation). */
  capacity = 0;
}
export class PyTuple extends PyObject {
  constructor(type: PyType, readonly items: PyObject[]) {
    super(type);
  }
}

/** An entry of a dict or set: key (and value), with the key's hash. */
export interface Entry {
  key: PyObject;
  value: PyObject;
  hash: bigint;
  /** Heap slot labels of this entry (value slot; key slot is `<key ...>`). */
  label: string;
}

/** Insertion-ordered hash table keyed by Python hash and equality. */
export class Table {
  entries: (Entry | null)[] = [];
  private readonly byHash = new Map<bigint, number[]>();
  size = 0;

  find(hash: bigint, eq: (k: PyObject) => boolean): Entry | undefined {
    const bucket = this.byHash.get(hash);
    if (!bucket) return undefined;
    for (const i of bucket) {
      const e = this.entries[i]!;
      if (e && eq(e.key)) return e;
    }
    return undefined;
  }
  add(e: Entry): void {
    const i = this.entries.length;
    this.entries.push(e);
    const bucket = this.byHash.get(e.hash);
    if (bucket) bucket.push(i);
    else this.byHash.set(e.hash, [i]);
    this.size++;
  }
  remove(e: Entry): void {
    const i = this.entries.indexOf(e);
    if (i < 0) return;
    this.entries[i] = null;
    const bucket = this.byHash.get(e.hash)!;
    bucket.splice(bucket.indexOf(i), 1);
    if (bucket.length === 0) this.byHash.delete(e.hash);
    this.size--;
    if (this.entries.length > 32 && this.size < this.entries.length / 2) this.compact();
  }
  private compact(): void {
    const live = this.entries.filter((e): e is Entry => e !== null);
    this.entries = [];
    this.byHash.clear();
    this.size = 0;
    for (const e of live) this.add(e);
  }
  *live(): Generator<Entry> {
    for (const e of this.entries) if (e) yield e;
  }
  list(): Entry[] {
    return this.entries.filter((e): e is Entry => e !== null);
  }
  clear(): void {
    this.entries = [];
    this.byHash.clear();
    this.size = 0;
  }
}

export class PyDict extends PyObject {
  readonly table = new Table();
  /** The keys table's geometry, as CPython's dictobject.c grows it (runtime/sizes). */
  storage: DictStorage = EMPTY_DICT;
}
export class PySet extends PyObject {
  readonly table = new Table();
  frozen = false;
}

/** A getset or member descriptor a class's dict holds (`__dict__`, `__weakref__`, `__slots__` names). */
export class PyDescr extends PyObject {
  constructor(
    type: PyType,
    readonly name: string,
    readonly owner: PyType,
  ) {
    super(type);
  }
}

export class PyCell extends PyObject {
  value: PyObject | null = null;
}

/** Compile-time facts about a function body (CPython's code object). */
export interface CodeInfo {
  readonly name: string;
  readonly qualname: string;
  readonly node: ast.FunctionDef | ast.Lambda | ast.Module | ast.ClassDef | ComprehensionNode;
  readonly params: readonly string[];
  /** Local variables in co_varnames order (params first). */
  readonly varnames: readonly string[];
  /** Names that live in cells this scope creates (co_cellvars). */
  readonly cellvars: ReadonlySet<string>;
  /** Names taken from the enclosing scope's cells (co_freevars), in order. */
  readonly freevars: readonly string[];
  readonly globals: ReadonlySet<string>;
  readonly isGenerator: boolean;
  readonly kind: 'module' | 'function' | 'class' | 'comprehension';
  /** Names local to this scope (assigned and not declared global/nonlocal). */
  readonly locals: ReadonlySet<string>;
  readonly firstLine: number;
  readonly filename: string;
}
export type ComprehensionNode = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

export class PyFunction extends PyObject {
  name: string;
  qualname: string;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyCell[] = [];
  /** __dict__ attributes set on the function. */
  attrs = new Map<string, PyObject>();
  constructor(
    type: PyType,
    readonly code: CodeInfo,
    readonly globals: PyDict,
    readonly module: string,
  ) {
    super(type);
    this.name = code.name;
    this.qualname = code.qualname;
  }
}

export class PyBuiltin extends PyObject {
  constructor(
    type: PyType,
    readonly name: string,
    readonly fn: Native,
    readonly self: PyObject | null = null,
    readonly qualname = name,
  ) {
    super(type);
  }
}

export class PyMethod extends PyObject {
  constructor(
    type: PyType,
    readonly func: PyObject,
    readonly self: PyObject,
  ) {
    super(type);
  }
}

export class PyType extends PyObject {
  mro: PyType[] = [];
  readonly dict = new Map<string, PyObject>();
  /** Native method table of a builtin type (looked up after `dict`). */
  readonly natives = new Map<string, PyObject>();
  slots: string[] | null = null;
  /** Instances carry a managed dict (every ordinary Python class in 3.11). */
  managedDict = true;
  hasDel = false;
  module = 'builtins';
  qualname: string;
  /** The builtin kind instances of this type have (for subclasses of builtins). */
  base: PyType | null;
  /** tp_dict of a class created by a class statement: the heap object holding its namespace. */
  tpDict: PyDict | null = null;
  /** The getset and member descriptors type_new put in `tpDict` (not in `dict`: see attrs.ts). */
  readonly descriptors = new Map<string, PyDescr>();
  constructor(
    type: PyType | null,
    public name: string,
    public bases: PyType[],
    readonly builtin: boolean,
  ) {
    super(type as PyType);
    this.qualname = name;
    this.base = bases[0] ?? null;
  }
  lookup(name: string): PyObject | undefined {
    for (const t of this.mro) {
      const v = t.dict.get(name) ?? t.natives.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubtype(other: PyType): boolean {
    return this === other || this.mro.includes(other);
  }
}

export class PyInstance extends PyObject {
  /** Inline attribute values, in insertion order (3.11's managed dict). */
  attrs = new Map<string, PyObject>();
  /** `__slots__` values. */
  slotValues = new Map<string, PyObject>();
  /** The materialised `__dict__`, once someone asked for it. */
  dictObj: PyDict | null = null;
}

/** An instance of BaseException or a subclass. */
export class PyExc extends PyInstance {
  args: PyTuple | null = null;
  traceback: PyObject | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  /** Frames the exception passed through: (file, line, function name). */
  tb: TbEntry[] = [];
  /** Innermost expression being evaluated when the exception reached `posFrame`. */
  pos: import('../parser/ast.js').Node | null = null;
  posFrame: unknown = null;
}
export interface TbEntry {
  readonly filename: string;
  readonly line: number;
  readonly name: string;
  /** The instruction's source span (the expression or statement that raised). */
  readonly pos: import('../parser/ast.js').Node | null;
}

export class PyModule extends PyObject {
  constructor(
    type: PyType,
    readonly name: string,
    readonly dict: PyDict,
  ) {
    super(type);
  }
}

export class PyRange extends PyObject {
  constructor(
    type: PyType,
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super(type);
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
}

export class PySlice extends PyObject {
  constructor(
    type: PyType,
    readonly start: PyObject,
    readonly stop: PyObject,
    readonly step: PyObject,
  ) {
    super(type);
  }
}

/** Iterators over builtin containers. */
export class PyIter extends PyObject {
  index = 0;
  /** For range iterators: the next value and the remaining count. */
  next = 0n;
  remaining = 0n;
  step = 1n;
  /** For callable iterators / map / filter / zip / enumerate... */
  extra: PyObject[] = [];
  exhausted = false;
  constructor(
    type: PyType,
    readonly kind: string,
    public source: PyObject | null,
  ) {
    super(type);
  }
}

export class PyWeakref extends PyObject {
  target: PyObject | null = null;
  callback: PyObject | null = null;
}

export class PyProperty extends PyObject {
  /** The attribute name it was assigned to in a class body (__set_name__). */
  name = '';
  constructor(
    type: PyType,
    public fget: PyObject | null,
    public fset: PyObject | null,
    public fdel: PyObject | null,
  ) {
    super(type);
  }
}
export class PyWrapper extends PyObject {
  constructor(
    type: PyType,
    readonly func: PyObject,
  ) {
    super(type);
  }
}
export class PySuper extends PyObject {
  constructor(
    type: PyType,
    readonly cls: PyType,
    readonly obj: PyObject,
  ) {
    super(type);
  }
}

/** A traceback entry object (tb_next, tb_frame, tb_lineno). */
export class PyTraceback extends PyObject {
  next: PyTraceback | null = null;
  frame: PyFrameObject | null = null;
  line = 0;
}

/** A materialised frame object; owns the frame's locals once the frame has finished. */
export class PyFrameObject extends PyObject {
  /** The executing frame (null once it has finished and its data moved here). */
  live: unknown = null;
  /** Locals taken over at frame exit, in localsplus order. */
  owned = new Map<string, PyObject>();
  line = 0;
  name = '';
  filename = '';
}
