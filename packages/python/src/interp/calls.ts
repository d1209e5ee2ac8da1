/** Calls: Python functions (frames, argument binding, cells), natives, classes, generators. */
import type { Finalizer } from '@heapline/core';
import type * as ast from '../parser/ast.js';
import { PyErr } from './errors.js';
import { Frame } from './frame.js';
import { BREAK, Interp, RETURN, type Exec } from './interp.js';
import * as L from './layout.js';
import {
  PyProperty,
  PyFrameObject,
  PyBuiltin,
  PyCell,
  PyDescr,
  PyDict,
  PyExc,
  PyFunction,
  PyInstance,
  PyList,
  PyMethod,
  PyObject,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
  PyWrapper,
  type Kwargs,
  type Native,
} from './objects.js';
import { isUserType } from './ops.js';

/** A generator object: owns its frame while suspended. */
export class PyGen extends PyObject {
  frame!: Frame;
  it: Exec | null = null;
  state: 'created' | 'suspended' | 'running' | 'closed' = 'created';
  qualname = '';
  name = '';
  /** The sub-iterator of a running `yield from`. */
  yieldFrom: PyObject | null = null;
}

declare module './interp.js' {
  interface Interp {
    bindArgs(fn: PyFunction, frame: Frame, args: PyObject[], kwargs: Kwargs, caller: Frame): void;
    clearFrame(f: Frame): void;
    newFrameHolder(name: string): number;
    makeCells(f: Frame, fn: PyFunction | null): void;
    resumeGen(g: PyGen, sent: PyObject | null, thrown: PyErr | null): PyObject | null;
    closeGen(g: PyGen): void;
    genFinalizer: Finalizer;
    stopIteration(value: PyObject | null): PyErr;
  }
}

Interp.prototype.native = function (this: Interp, name: string, fn: Native, qualname = name): PyBuiltin {
  return new PyBuiltin(this.T.builtin_function_or_method!, name, fn, null, qualname);
};

Interp.prototype.newFrameHolder = function (this: Interp, name: string): number {
  return this.heap.addRoot(`frame ${name}`);
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

Interp.prototype.bindArgs = function (this: Interp, fn: PyFunction, f: Frame, args: PyObject[], kwargs: Kwargs, caller: Frame): void {
  const node = fn.code.node as ast.FunctionDef | ast.Lambda;
  const a = node.args;
  const posNames = [...a.posonlyargs, ...a.args].map((p) => p.name);
  const kwonly = a.kwonlyargs.map((p) => p.name);
  const h = f.holder;
  const fname = fn.name;
  const bound = new Map<string, PyObject>();
  const move = (name: string, v: PyObject): void => {
    this.heap.take(v.id, h, name);
    this.pop(v, caller);
    bound.set(name, v);
  };
  const nPos = Math.min(args.length, posNames.length);
  const consumed = new Set<PyObject>();
  const release = (): void => {
    // On a binding error the remaining arguments go back to the caller (which drops them).
    for (const [name, v] of bound) {
      this.heap.drop(v.id, h, name);
    }
    bound.clear();
  };
  try {
    if (args.length > posNames.length && !a.vararg) {
      const given = args.length;
      const withDefaults = a.defaults.length;
      const kwGiven = kwargs.filter(([k]) => kwonly.includes(k)).length;
      let takes: string;
      if (withDefaults > 0) takes = `from ${posNames.length - withDefaults} to ${posNames.length} positional arguments`;
      else takes = plural(posNames.length, 'positional argument');
      const kwPart = kwGiven > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${plural(kwGiven, 'keyword-only argument')})` : '';
      this.raise(
        'TypeError',
        `${fn.qualname}() takes ${takes} but ${given}${kwPart ? kwPart : ` ${given === 1 ? 'was' : 'were'}`} given`,
      );
    }
    for (let i = 0; i < nPos; i++) {
      move(posNames[i]!, args[i]!);
      consumed.add(args[i]!);
    }
    let varargs: PyObject | null = null;
    if (a.vararg) {
      const rest = args.slice(nPos);
      if (rest.length === 0) {
        varargs = this.emptyTuple;
        this.heap.take(varargs.id, h, a.vararg.name);
      } else {
        const t = new PyTuple(this.T.tuple!, rest.slice());
        const n = rest.length;
        t.id = this.heap.alloc({
          type: 'tuple',
          size: L.tupleSize(n),
          gc: true,
          sequence: true,
          untrack: 'tuple',
          clearable: false,
          ...(n <= 20 ? { freelist: `tuple${n}` } : {}),
          site: `${this.opts.filename}:${caller.line}`,
          holder: h,
          slot: a.vararg.name,
        });
        this.reg[t.id] = t;
        this.onAlloc?.(t, L.tupleSize(n));
        rest.forEach((v, i) => {
          this.heap.take(v.id, t.id, i);
          this.pop(v, caller);
          consumed.add(v);
        });
        varargs = t;
      }
      bound.set(a.vararg.name, varargs);
    }
    let kwdict: PyDict | null = null;
    if (a.kwarg) {
      const d = new PyDict(this.T.dict!);
      d.id = this.heap.alloc({
        type: 'dict',
        size: L.EMPTY_DICT_SIZE,
        gc: true,
        tracked: false,
        untrack: 'dict',
        freelist: 'dict',
        site: `${this.opts.filename}:${caller.line}`,
        holder: h,
        slot: a.kwarg.name,
      });
      this.reg[d.id] = d;
      kwdict = d;
      bound.set(a.kwarg.name, d);
    }
    const posonlyPassed = a.kwarg ? [] : kwargs.filter(([k]) => a.posonlyargs.some((p) => p.name === k)).map(([k]) => k);
    if (posonlyPassed.length) {
      this.raise('TypeError', `${fn.qualname}() got some positional-only arguments passed as keyword arguments: ${posonlyPassed.map((n) => `'${n}'`).join(', ')}`);
    }
    for (const [k, v] of kwargs) {
      const isPos = posNames.includes(k) && !a.posonlyargs.some((p) => p.name === k);
      if (isPos || kwonly.includes(k)) {
        if (bound.has(k)) this.raise('TypeError', `${fn.qualname}() got multiple values for argument '${k}'`);
        move(k, v);
        consumed.add(v);
      } else if (kwdict) {
        const key = this.str(k);
        this.dictSet(kwdict, key, v);
        this.pop(key);
        this.pop(v, caller);
        consumed.add(v);
      } else {
        this.raise('TypeError', `${fn.qualname}() got an unexpected keyword argument '${k}'`);
      }
    }
    // Defaults and missing arguments.
    const missing: string[] = [];
    const firstDefault = posNames.length - a.defaults.length;
    for (let i = 0; i < posNames.length; i++) {
      const n = posNames[i]!;
      if (bound.has(n)) continue;
      if (i >= firstDefault && fn.defaults) {
        const dv = fn.defaults.items[i - firstDefault]!;
        this.heap.take(dv.id, h, n);
        bound.set(n, dv);
      } else missing.push(n);
    }
    if (missing.length) {
      this.raise('TypeError', `${fn.qualname}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`);
    }
    const missingKw: string[] = [];
    for (const n of kwonly) {
      if (bound.has(n)) continue;
      const dv = fn.kwdefaults ? this.dictGetStr(fn.kwdefaults, n) : undefined;
      if (dv) {
        this.heap.take(dv.id, h, n);
        bound.set(n, dv);
      } else missingKw.push(n);
    }
    if (missingKw.length) {
      this.raise('TypeError', `${fn.qualname}() missing ${plural(missingKw.length, 'required keyword-only argument')}: ${nameList(missingKw)}`);
    }
  } catch (e) {
    release();
    // Arguments not yet moved are still on the caller's stack: the caller's unwinding drops them.
    throw e;
  }
  // Locals in co_varnames order.
  for (const n of fn.code.varnames) {
    const v = bound.get(n);
    if (v) f.locals.set(n, v);
  }
};

Interp.prototype.makeCells = function (this: Interp, f: Frame, fn: PyFunction | null): void {
  const code = f.code;
  for (const n of code.cellvars) {
    const cell = new PyCell(this.T.cell!);
    const existing = f.locals.get(n);
    cell.id = this.heap.alloc({ type: 'cell', size: L.CELL_SIZE, gc: true, site: `${this.opts.filename}:${f.line}`, holder: f.holder, slot: n });
    this.reg[cell.id] = cell;
    if (existing) {
      cell.value = existing;
      this.heap.take(existing.id, cell.id, 'cell_contents');
      this.heap.drop(existing.id, f.holder, n);
      f.locals.delete(n);
    }
    f.cells.set(n, cell);
  }
  if (fn) {
    code.freevars.forEach((n, i) => {
      const cell = fn.closure[i];
      if (!cell) return;
      this.heap.take(cell.id, f.holder, n);
      f.cells.set(n, cell);
    });
  }
};

/** Releases a finished frame's locals in localsplus order, then its stack, then its root. */
Interp.prototype.clearFrame = function (this: Interp, f: Frame): void {
  const code = f.code;
  // _PyFrame_Clear: a frame object that outlives the frame takes its data over.
  const fo = f.frameObject as PyFrameObject | null;
  if (fo && this.heap.isAlive(fo.id)) {
    fo.line = f.line;
    if (this.heap.refcount(fo.id) > 1) {
      const names = [...code.varnames, ...code.cellvars, ...code.freevars, ...f.locals.keys()];
      const seen = new Set<string>();
      for (const n of names) {
        if (seen.has(n)) continue;
        seen.add(n);
        const v = f.cells.get(n) ?? f.locals.get(n);
        if (v && this.heap.isAlive(v.id)) {
          fo.owned.set(n, v);
          this.take(v, fo, n);
        }
      }
    }
    fo.live = null;
  }
  const done = new Set<string>();
  const release = (n: string): void => {
    if (done.has(n)) return;
    done.add(n);
    const c = f.cells.get(n);
    if (c) {
      f.cells.delete(n);
      if (this.heap.isAlive(c.id)) this.heap.drop(c.id, f.holder, n);
      return;
    }
    const v = f.locals.get(n);
    if (v) {
      f.locals.delete(n);
      if (this.heap.isAlive(v.id)) this.heap.drop(v.id, f.holder, n);
    }
  };
  for (const n of code.varnames) release(n);
  for (const n of code.cellvars) release(n);
  for (const n of code.freevars) release(n);
  for (const n of [...f.locals.keys()]) release(n);
  this.unwindStack(f, 0);
  if (fo) {
    f.frameObject = null;
    if (this.heap.isAlive(fo.id)) this.heap.drop(fo.id, f.holder, '<frame object>');
  }
  if (f.ownsRoot) this.heap.removeRoot(f.holder);
};

Interp.prototype.callPython = function (this: Interp, fn: PyFunction, args: PyObject[], kwargs: Kwargs, self: PyObject | null = null): PyObject {
  const caller = this.frame;
  if (self) args = [self, ...args];
  const code = fn.code;
  if (code.isGenerator) {
    const g = new PyGen(this.T.generator!);
    g.qualname = fn.qualname;
    g.name = fn.name;
    this.alloc(g, { size: L.GENERATOR_SIZE, gc: true, finalizer: this.genFinalizer });
    const f = new Frame(code, g.id, fn.globals, null, fn, false);
    g.frame = f;
    try {
      this.bindArgs(fn, f, args, kwargs, caller);
    } catch (e) {
      this.pop(g);
      throw e;
    }
    this.makeCells(f, fn);
    const body = (code.node as ast.FunctionDef).body;
    g.it = this.exec(f, Array.isArray(body) ? body : [{ kind: 'ExprStmt', value: (code.node as ast.Lambda).body } as unknown as ast.Statement]);
    return g;
  }
  if (this.depth >= this.recursionLimit) this.raise('RecursionError', 'maximum recursion depth exceeded');
  const holder = this.newFrameHolder(fn.qualname);
  const f = new Frame(code, holder, fn.globals, caller, fn, true);
  try {
    this.bindArgs(fn, f, args, kwargs, caller);
  } catch (e) {
    this.heap.removeRoot(holder);
    throw e;
  }
  this.makeCells(f, fn);
  const node = code.node;
  if (node.kind === 'Lambda') {
    return this.runFrame(f, function* (this: Interp) {
      const v = this.ev(f, node.body);
      f.retval = v;
      return RETURN;
    }.bind(this) as () => Exec);
  }
  return this.runFrame(f, () => this.exec(f, (node as ast.FunctionDef).body));
};

Interp.prototype.runFrame = function (this: Interp, f: Frame, body: () => Exec): PyObject {
  const caller = this.frame;
  this.frame = f;
  this.depth++;
  try {
    const it = body();
    const r = it.next();
    if (!r.done) throw new Error('internal: yield outside a generator');
    let ret = f.retval;
    f.retval = null;
    if (ret) {
      // The return value moves to the caller's stack before the locals go.
      this.heap.take(ret.id, caller.holder, '<stack>');
      caller.stack.push(ret);
      this.pop(ret, f);
    } else {
      ret = this.None;
      this.heap.take(ret.id, caller.holder, '<stack>');
      caller.stack.push(ret);
    }
    this.frame = f;
    this.clearFrame(f);
    return ret;
  } catch (e) {
    this.frame = f;
    // Frames without statements of their own (lambdas, comprehensions) still get their entry.
    if (e instanceof PyErr) this.addTb(f, e, f.line);
    this.clearFrame(f);
    throw e;
  } finally {
    this.frame = caller;
    this.depth--;
  }
};

Interp.prototype.stopIteration = function (this: Interp, value: PyObject | null): PyErr {
  if (value && value !== this.None) {
    return this.makeErr(this.T.StopIteration!, [value]);
  }
  return this.makeErr(this.T.StopIteration!, []);
};

/**
 * Runs generator `g` until it yields (returns the value, on the caller's stack) or finishes
 * (returns null; a `return` value becomes StopIteration's). `sent` is a caller stack reference.
 */
Interp.prototype.resumeGen = function (this: Interp, g: PyGen, sent: PyObject | null, thrown: PyErr | null): PyObject | null {
  if (g.state === 'running') this.raise('ValueError', 'generator already executing');
  if (g.state === 'closed' || !g.it) {
    if (sent) this.pop(sent);
    if (thrown) throw thrown;
    return null;
  }
  if (g.state === 'created' && sent && sent !== this.None) {
    this.pop(sent);
    this.raise('TypeError', "can't send non-None value to a just-started generator");
  }
  const caller = this.frame;
  const f = g.frame;
  (f as { back: Frame | null }).back = caller;
  let input: PyObject = this.None;
  if (sent) {
    if (g.state === 'created') {
      this.pop(sent);
    } else {
      this.heap.take(sent.id, f.holder, '<stack>');
      f.stack.push(sent);
      this.pop(sent, caller);
      input = sent;
    }
  } else if (g.state !== 'created' && !thrown) {
    this.heap.take(this.None.id, f.holder, '<stack>');
    f.stack.push(this.None);
  }
  if (this.depth >= this.recursionLimit) this.raise('RecursionError', 'maximum recursion depth exceeded');
  g.state = 'running';
  this.frame = f;
  this.depth++;
  let r: IteratorResult<PyObject, number>;
  try {
    r = thrown ? g.it.throw(thrown) : g.it.next(input);
  } catch (e) {
    g.state = 'closed';
    g.it = null;
    if (e instanceof PyErr) this.addTb(f, e, f.line);
    this.clearFrame(f);
    this.frame = caller;
    this.depth--;
    if (e instanceof PyErr && e.exc.type.isSubtype(this.T.StopIteration!)) {
      // PEP 479
      const err = this.makeErr(this.T.RuntimeError!, ['generator raised StopIteration']);
      const rexc = err.exc;
      rexc.cause = e.exc;
      rexc.context = e.exc;
      throw err;
    }
    throw e;
  }
  this.frame = caller;
  this.depth--;
  if (!r.done) {
    g.state = 'suspended';
    const v = r.value;
    this.heap.take(v.id, caller.holder, '<stack>');
    caller.stack.push(v);
    this.pop(v, f);
    return v;
  }
  g.state = 'closed';
  g.it = null;
  const ret = r.value === RETURN ? f.retval : null;
  f.retval = null;
  if (ret) {
    this.heap.take(ret.id, caller.holder, '<stack>');
    caller.stack.push(ret);
    this.pop(ret, f);
  }
  this.frame = f;
  this.clearFrame(f);
  this.frame = caller;
  if (ret) {
    const err = this.stopIteration(ret);
    this.pop(ret);
    throw err;
  }
  return null;
};

Interp.prototype.closeGen = function (this: Interp, g: PyGen): void {
  if (g.state === 'created') {
    g.state = 'closed';
    if (g.it) {
      g.it = null;
      const caller = this.frame;
      this.frame = g.frame;
      this.clearFrame(g.frame);
      this.frame = caller;
    }
    return;
  }
  if (g.state !== 'suspended') return;
  const err = this.makeErr(this.T.GeneratorExit!, []);
  try {
    const v = this.resumeGen(g, null, err);
    if (v) {
      this.pop(v);
      this.raise('RuntimeError', 'generator ignored GeneratorExit');
    }
  } catch (e) {
    if (e instanceof PyErr && (e.exc === err.exc || e.exc.type.isSubtype(this.T.GeneratorExit!) || e.exc.type.isSubtype(this.T.StopIteration!))) {
      const x = this.catchErr(e);
      this.pop(x);
      return;
    }
    throw e;
  }
};

Interp.prototype.call = function (this: Interp, f: PyObject, args: PyObject[], kwargs: Kwargs = []): PyObject {
  // `f` is on the caller's stack (the caller drops it); args are consumed.
  if (f instanceof PyFunction) return this.callPython(f, args, kwargs);
  if (f instanceof PyBuiltin) {
    const all = f.self ? [f.self, ...args] : args;
    let r: PyObject;
    try {
      r = f.fn(this, all, kwargs);
    } finally {
      for (let i = args.length - 1; i >= 0; i--) if (this.frame.stack.includes(args[i]!)) this.pop(args[i]!);
      for (let i = kwargs.length - 1; i >= 0; i--) if (this.frame.stack.includes(kwargs[i]![1])) this.pop(kwargs[i]![1]);
    }
    return r;
  }
  if (f instanceof PyMethod) {
    this.push(f.self);
    if (f.func instanceof PyFunction) return this.callPython(f.func, [f.self, ...args], kwargs);
    this.push(f.func);
    try {
      return this.call(f.func, [f.self, ...args], kwargs);
    } finally {
      this.pop(f.func);
    }
  }
  if (f instanceof PyType) return this.typeCall(f, args, kwargs);
  if (f instanceof PyWrapper && f.type === this.T.staticmethod) return this.call(f.func, args, kwargs);
  const m = f.type.lookup('__call__');
  if (m) return this.callMethod(f, '__call__', args, kwargs);
  for (const a of args) this.pop(a);
  for (const [, v] of kwargs) this.pop(v);
  this.raise('TypeError', `'${f.type.name}' object is not callable`);
};

/** o.name(*args): LOAD_METHOD + CALL (no bound method object for functions). */
Interp.prototype.callMethod = function (this: Interp, o: PyObject, name: string, args: PyObject[], kwargs: Kwargs = []): PyObject {
  const t = o.type;
  const attr = o instanceof PyType || o instanceof PySuper || name === '__new__' ? undefined : t.lookup(name);
  if (attr instanceof PyFunction && !(o instanceof PyInstance && (o.attrs.has(name) || o.slotValues.has(name)))) {
    this.push(attr);
    this.push(o);
    try {
      return this.callPython(attr, [o, ...args], kwargs);
    } finally {
      this.pop(attr);
    }
  }
  if (attr instanceof PyBuiltin && attr.self === null) {
    this.push(o);
    return this.call(attr, [o, ...args], kwargs);
  }
  const f = this.getattrOpt(o, name);
  if (!f) {
    for (const a of args) this.pop(a);
    for (const [, v] of kwargs) this.pop(v);
    this.attrError(o, name);
  }
  try {
    return this.call(f, args, kwargs);
  } finally {
    this.pop(f);
  }
};

Interp.prototype.makeInstance = function (this: Interp, t: PyType): PyInstance {
  const base = t.mro.find((m) => m.builtin && m !== this.T.object);
  const inst = base && base.isSubtype(this.T.BaseException!) ? new PyExc(t) : new PyInstance(t);
  const size = t.slots && !t.managedDict ? 16 + 16 + 8 * t.slots.length : L.INSTANCE_SIZE;
  return this.alloc(inst, { size, gc: true, cls: t.id, ...(t.hasDel ? { finalizer: this.delFinalizer } : {}) });
};

Interp.prototype.typeCall = function (this: Interp, t: PyType, args: PyObject[], kwargs: Kwargs): PyObject {
  if (t === this.T.type && args.length === 1 && kwargs.length === 0) {
    const r = this.push(args[0]!.type);
    this.pop(args[0]!);
    return r;
  }
  if (t.isSubtype(this.T.type!) && args.length === 3) {
    const [name, bases, ns] = args as [PyStr, PyTuple, PyDict];
    const nt = this.newType(name.v, bases.items as PyType[], ns, t);
    for (let i = args.length - 1; i >= 0; i--) this.pop(args[i]!);
    return nt;
  }
  if (!isUserType(t)) {
    let ctor: PyObject | undefined;
    for (const m of t.mro) if ((ctor = m.natives.get('__new__'))) break;
    if (!ctor || !(ctor instanceof PyBuiltin)) {
      for (const a of args) this.pop(a);
      this.raise('TypeError', `cannot create '${t.name}' instances`);
    }
    return this.call(ctor, [this.push(t), ...args], kwargs);
  }
  // A user class: __new__ then __init__.
  const newFn = t.lookup('__new__');
  let inst: PyObject;
  const userNew = t.mro.find((m) => !m.builtin && (m.dict.get('__new__') ?? m.natives.get('__new__')) === newFn) !== undefined;
  if (newFn instanceof PyFunction || (newFn instanceof PyWrapper && newFn.type === this.T.staticmethod) || (newFn instanceof PyBuiltin && userNew)) {
    const fn = newFn instanceof PyWrapper ? newFn.func : newFn;
    const passed = args.map((a) => this.push(a));
    const passedKw = kwargs.map(([k, v]) => [k, this.push(v)] as const);
    inst = this.call(fn, [this.push(t), ...passed], passedKw);
    if (!inst.type.isSubtype(t)) {
      for (const a of args) this.pop(a);
      for (const [, v] of kwargs) this.pop(v);
      return inst;
    }
  } else {
    const builtinBase = t.mro.find((m) => m.builtin && m !== this.T.object && !m.isSubtype(this.T.BaseException!));
    if (builtinBase) {
      const ctor = builtinBase.natives.get('__new__') as PyBuiltin | undefined;
      if (!ctor) this.raise('TypeError', `cannot create '${t.name}' instances`);
      const passed = args.map((a) => this.push(a));
      inst = this.call(ctor, [this.push(t), ...passed], []);
    } else {
      inst = this.makeInstance(t);
      if (inst instanceof PyExc) {
        const items = args.map((a) => this.push(a));
        const argt = this.tuple(items);
        inst.args = argt;
        this.take(argt, inst, 'args');
        this.pop(argt);
      }
    }
  }
  const init = t.lookup('__init__');
  if (init instanceof PyFunction) {
    const r = this.callPython(init, [this.push(inst), ...args], kwargs);
    if (r !== this.None) {
      this.pop(r);
      this.pop(inst);
      this.raise('TypeError', `__init__() should return None, not '${r.type.name}'`);
    }
    this.pop(r);
  } else {
    const builtinInit = init instanceof PyBuiltin ? init : undefined;
    if (builtinInit && !(inst instanceof PyExc) && builtinInit !== this.T.object!.natives.get('__init__')) {
      const r = this.call(builtinInit, [this.push(inst), ...args], kwargs);
      this.pop(r);
    } else {
      const hasNew = newFn instanceof PyFunction || userNew || (newFn instanceof PyWrapper && newFn.type === this.T.staticmethod);
      if ((args.length || kwargs.length) && !(inst instanceof PyExc) && !hasNew) {
        if (!t.mro.some((m) => m.builtin && m !== this.T.object)) {
          for (const a of args) this.pop(a);
          for (const [, v] of kwargs) this.pop(v);
          this.pop(inst);
          this.raise('TypeError', `${t.name}() takes no arguments`);
        }
      }
      for (const a of args) this.pop(a);
      for (const [, v] of kwargs) this.pop(v);
    }
  }
  return inst;
};

/** C3 linearisation. */
function c3(rt: Interp, t: PyType, bases: PyType[]): PyType[] {
  const seqs = [...bases.map((b) => b.mro.slice()), bases.slice()];
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const c = s[0]!;
      if (!nonEmpty.some((o) => o.indexOf(c) > 0)) {
        cand = c;
        break;
      }
    }
    if (!cand) {
      rt.raise(
        'TypeError',
        `Cannot create a consistent method resolution\norder (MRO) for bases ${[...new Set(nonEmpty.map((q) => q[0]!.name))].join(', ')}`,
      );
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/** The names a class statement's `__slots__` lists, as written (empty without `__slots__`). */
function ownSlotNames(t: PyType): string[] {
  const sl = t.dict.get('__slots__');
  if (!sl) return [];
  return sl instanceof PyStr ? [sl.v] : sl instanceof PyTuple || sl instanceof PyList ? sl.items.map((x) => (x as PyStr).v) : [];
}

Interp.prototype.newType = function (this: Interp, name: string, bases: PyType[], ns: PyDict | null, meta?: PyType): PyType {
  const b = bases.length ? bases : [this.T.object!];
  // type_new (Objects/typeobject.c) makes the bases tuple, the type, its mro tuple and its
  // tp_dict: the namespace (without __qualname__), the __dict__ and __weakref__ getset
  // descriptors a class adds when no base has them, a member descriptor per __slots__ name,
  // and __doc__. Each descriptor and the mro tuple refer back to the type, which is why a fresh
  // class has a refcount of 5 and dies only in a collection. tracemalloc records the blocks of
  // all of these from its own model of type_new (tracemalloc/classes.ts, at the type object's
  // allocation), so they are made with its hooks paused.
  const untraced = <R>(f: () => R): R => (this.tm ? this.tm.whilePaused(f) : f());
  const basesT = untraced(() => this.tuple(b.map((x) => this.push(x))));
  const t = new PyType(meta ?? this.T.type!, name, b, false);
  t.mro = c3(this, t, b);
  t.managedDict = true;
  this.alloc(t, { type: 'type', size: L.TYPE_SIZE, gc: true });
  untraced(() => {
    this.take(basesT, t, '__bases__');
    this.pop(basesT);
    this.take(b[0]!, t, '__base__');
    const mroT = this.tuple(t.mro.map((m) => this.push(m)));
    this.take(mroT, t, '__mro__');
    this.pop(mroT);
    const d = this.dict();
    t.tpDict = d;
    this.take(d, t, '__dict__');
    this.pop(d);
    if (ns) {
      for (const e of ns.table.list()) {
        if (e.key instanceof PyStr) {
          const k = e.key.v;
          if (k === '__qualname__' && e.value instanceof PyStr) t.qualname = e.value.v;
          if (k === '__qualname__' || k === '__classcell__') continue;
          t.dict.set(k, e.value);
          this.dictSetStr(d, k, e.value);
          if (e.value instanceof PyProperty && !e.value.name) e.value.name = k;
          if (k === '__module__' && e.value instanceof PyStr) t.module = e.value.v;
        }
      }
      const slots = t.dict.get('__slots__');
      if (slots) {
        const names = slots instanceof PyStr ? [slots.v] : this.toList(slots).map((s) => (s as PyStr).v);
        t.slots = names.filter((n) => n !== '__dict__' && n !== '__weakref__');
        t.managedDict = names.includes('__dict__') || b.some((x) => !x.builtin && x.managedDict);
        // inherited slots
        for (const base of t.mro.slice(1)) if (base.slots) t.slots = [...base.slots, ...t.slots];
      } else {
        const inheritedSlots = t.mro.slice(1).flatMap((m) => m.slots ?? []);
        if (inheritedSlots.length) t.slots = inheritedSlots;
      }
    }
    const ownSlots = ownSlotNames(t);
    const descr = (kind: 'getset_descriptor' | 'member_descriptor', n: string): void => {
      const o = this.alloc(new PyDescr(this.T[kind]!, n, t), { size: L.DESCR_SIZE, gc: true });
      this.take(t, o, '__objclass__');
      this.dictSetStr(d, n, o);
      t.descriptors.set(n, o);
      this.pop(o);
    };
    // A base written in Python provides __dict__ / __weakref__ unless its __slots__ left it out.
    const provides = (what: string): boolean => t.mro.slice(1).some((m) => !m.builtin && (!m.dict.has('__slots__') || m.descriptors.has(what)));
    const hasSlots = t.dict.has('__slots__');
    if ((!hasSlots || ownSlots.includes('__dict__')) && !provides('__dict__')) descr('getset_descriptor', '__dict__');
    if ((!hasSlots || ownSlots.includes('__weakref__')) && !provides('__weakref__')) descr('getset_descriptor', '__weakref__');
    for (const n of ownSlots.filter((x) => x !== '__dict__' && x !== '__weakref__').sort()) descr('member_descriptor', n);
    if (!t.dict.has('__doc__')) this.dictSetStr(d, '__doc__', this.None);
    // type_new: a class that defines __eq__ but not __hash__ gets __hash__ = None.
    if (t.dict.has('__eq__') && !t.dict.has('__hash__')) {
      t.dict.set('__hash__', this.None);
      this.dictSetStr(d, '__hash__', this.None);
    }
  });
  t.hasDel = t.mro.some((m) => m.dict.has('__del__'));
  // Slots: subclass first, each class's in declaration order (the order they are cleared in).
  if (t.slots) {
    const own = ownSlotNames(t).filter((n) => n !== '__dict__' && n !== '__weakref__');
    const inherited = t.mro.slice(1).flatMap((m) => (m.dict.has('__slots__') ? (m.slots ?? []).filter((n) => !(m.mro.slice(1).some((x) => x.slots?.includes(n)))).sort() : []));
    // type_new sorts each class's __slots__ names.
    t.slots = [...own.slice().sort(), ...inherited.filter((n) => !own.includes(n))];
  }
  return t;
};

Interp.prototype.delFinalizer = function (this: Interp, _heap: unknown, id: number): void {
  const o = this.obj(id);
  const del = o.type.lookup('__del__');
  if (!(del instanceof PyFunction)) return;
  const saved = this.frame;
  this.finalizing.add(o);
  try {
    this.push(del);
    this.push(o);
    try {
      const r = this.callPython(del, [o], []);
      this.pop(r);
    } finally {
      this.pop(del);
    }
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    this.frame = saved;
    const exc = this.catchErr(e);
    this.heap.write('stderr', `Exception ignored in: ${this.repr(del)}\n` + this.formatException(exc));
    this.pop(exc);
  } finally {
    this.finalizing.delete(o);
  }
} as unknown as Finalizer;

Interp.prototype.genFinalizer = function (this: Interp, _heap: unknown, id: number): void {
  const g = this.obj(id) as PyGen;
  if (g.state !== 'suspended') {
    if (g.state === 'created') this.closeGen(g);
    return;
  }
  const saved = this.frame;
  try {
    this.closeGen(g);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    this.frame = saved;
    const exc = this.catchErr(e);
    this.heap.write('stderr', `Exception ignored in: ${this.repr(g)}\n` + this.formatException(exc));
    this.pop(exc);
  }
} as unknown as Finalizer;

export { BREAK };
