/** Statement execution and expression evaluation over the AST. */
import type * as ast from '../parser/ast.js';
import { PyErr } from './errors.js';
import { Frame } from './frame.js';
import { BREAK, CONTINUE, Interp, NORMAL, RETURN, type Exec } from './interp.js';
import * as L from './layout.js';
import {
  PyBytes,
  PyCell,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyIter,
  PyList,
  PyObject,
  PySet,
  PySlice,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
  type CodeInfo,
  type ComprehensionNode,
} from './objects.js';
import { PyGen } from './calls.js';
import { PyFrameObject, PyTraceback } from './objects.js';
import { childExprs } from './scopes.js';
import { pyAscii } from '../runtime/text/index.js';

type Completion = 0 | 1 | 2 | 3;

declare module './interp.js' {
  interface Interp {
    constants: Map<ast.Node, PyObject>;
    yieldCache: WeakMap<ast.Node, boolean>;
    loadName(f: Frame, name: string): PyObject;
    storeName(f: Frame, name: string, v: PyObject): void;
    deleteName(f: Frame, name: string): void;
    assign(f: Frame, target: ast.Expression, v: PyObject): void;
    stmt(f: Frame, s: ast.Statement): Exec;
    evg(f: Frame, e: ast.Expression): Generator<PyObject, PyObject, PyObject>;
    hasYield(e: ast.Node): boolean;
    constant(e: ast.Expression): PyObject | undefined;
    compileConstants(node: ast.Node): void;
    makeFunction(f: Frame, code: CodeInfo, defaults: PyObject[], kwdefaults: [string, PyObject][]): PyFunction;
    evalCall(f: Frame, e: ast.Call): PyObject;
    evalArgs(f: Frame, e: ast.Call, callee?: PyObject | null): { args: PyObject[]; kwargs: [string, PyObject][] };
    comprehension(f: Frame, e: ComprehensionNode): PyObject;
    compBody(f: Frame, e: ComprehensionNode): Exec;
    addTb(f: Frame, err: PyErr, line: number, stmt?: ast.Node | null): void;
    raiseStmt(f: Frame, s: ast.Raise): never;
    fstring(f: Frame, e: ast.FString): string;
    slice(f: Frame, e: ast.Slice): PySlice;
    unpack(v: PyObject, n: number, star: number): PyObject[];
    importModule(name: string): PyObject;
    lineEvent(f: Frame, line: number): void;
    frameObject(f: Frame): PyFrameObject;
    evalClass(f: Frame, s: ast.ClassDef): PyObject;
  }
}

Interp.prototype.frameObject = function (this: Interp, f: Frame): PyFrameObject {
  if (f.frameObject) return f.frameObject as PyFrameObject;
  const fo = new PyFrameObject(this.T.frame!);
  fo.live = f;
  fo.name = f.code.name;
  fo.filename = f.code.filename;
  fo.line = f.line;
  fo.id = this.heap.alloc({ type: 'frame', size: L.FRAME_SIZE, gc: true, site: `${this.opts.filename}:${f.line}`, holder: f.holder, slot: '<frame object>' });
  this.reg[fo.id] = fo;
  this.onAlloc?.(fo, L.FRAME_SIZE);
  f.frameObject = fo;
  return fo;
};

Interp.prototype.lineEvent = function (this: Interp, f: Frame, line: number): void {
  f.line = line;
  this.heap.line(this.opts.filename, line);
  this.checkBudget();
};

Interp.prototype.hasYield = function (this: Interp, e: ast.Node): boolean {
  const c = this.yieldCache.get(e);
  if (c !== undefined) return c;
  let r = false;
  if (e.kind === 'Yield' || e.kind === 'YieldFrom') r = true;
  else if (e.kind === 'Lambda' || e.kind === 'ListComp' || e.kind === 'SetComp' || e.kind === 'DictComp' || e.kind === 'GeneratorExp') {
    r = false;
  } else {
    for (const ch of childExprs(e as ast.Expression)) {
      if (this.hasYield(ch)) {
        r = true;
        break;
      }
    }
  }
  this.yieldCache.set(e, r);
  return r;
};

// ------------------------------------------------------------------------------ names

function unbound(rt: Interp, name: string): never {
  rt.raise('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

Interp.prototype.loadName = function (this: Interp, f: Frame, name: string): PyObject {
  const code = f.code;
  if (code.kind === 'function' || code.kind === 'comprehension') {
    const cell = f.cells.get(name);
    if (cell) {
      if (!cell.value) {
        if (code.cellvars.has(name)) unbound(this, name);
        this.raise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
      }
      return this.push(cell.value);
    }
    if (code.locals.has(name)) {
      const v = f.locals.get(name);
      if (!v) unbound(this, name);
      return this.push(v);
    }
  } else if (code.kind === 'class') {
    const v = this.dictGetStr(f.ns!, name);
    if (v) return this.push(v);
    const cell = f.cells.get(name);
    if (cell?.value) return this.push(cell.value);
  }
  const g = this.dictGetStr(f.globals, name);
  if (g) return this.push(g);
  const b = this.dictGetStr(this.builtins, name);
  if (b) return this.push(b);
  this.raise('NameError', `name '${name}' is not defined`);
};

Interp.prototype.storeName = function (this: Interp, f: Frame, name: string, v: PyObject): void {
  const code = f.code;
  if (code.kind === 'function' || code.kind === 'comprehension') {
    const cell = f.cells.get(name);
    if (cell) {
      const old = cell.value;
      cell.value = v;
      this.take(v, cell, 'cell_contents');
      this.pop(v);
      if (old) this.drop(old, cell, 'cell_contents');
      return;
    }
    if (code.locals.has(name)) {
      const old = f.locals.get(name);
      f.locals.set(name, v);
      this.heap.take(v.id, f.holder, name);
      this.pop(v);
      if (old) this.heap.drop(old.id, f.holder, name);
      return;
    }
  } else if (code.kind === 'class' && !code.globals.has(name)) {
    const k = this.constStr(name);
    this.dictSet(f.ns!, k, v);
    this.pop(v);
    return;
  }
  this.dictSet(f.globals, this.constStr(name), v);
  this.pop(v);
};

Interp.prototype.deleteName = function (this: Interp, f: Frame, name: string): void {
  const code = f.code;
  if (code.kind === 'function' || code.kind === 'comprehension') {
    const cell = f.cells.get(name);
    if (cell) {
      const old = cell.value;
      if (!old) unbound(this, name);
      cell.value = null;
      this.drop(old, cell, 'cell_contents');
      return;
    }
    if (code.locals.has(name)) {
      const old = f.locals.get(name);
      if (!old) unbound(this, name);
      f.locals.delete(name);
      this.heap.drop(old.id, f.holder, name);
      return;
    }
  } else if (code.kind === 'class' && !code.globals.has(name)) {
    if (!this.dictDel(f.ns!, this.constStr(name))) this.raise('NameError', `name '${name}' is not defined`);
    return;
  }
  if (!this.dictDel(f.globals, this.constStr(name))) this.raise('NameError', `name '${name}' is not defined`);
};

// ------------------------------------------------------------------------------ assignment

Interp.prototype.unpack = function (this: Interp, v: PyObject, n: number, star: number): PyObject[] {
  const iterable =
    v instanceof PyList || v instanceof PyTuple || v instanceof PyStr || v instanceof PyDict || v instanceof PySet ||
    v instanceof PyBytes || v instanceof PyGen || v instanceof PyIter || v.type === this.T.range ||
    !!v.type.lookup('__iter__') || !!v.type.lookup('__getitem__');
  if (!iterable) this.raise('TypeError', `cannot unpack non-iterable ${v.type.name} object`);
  const items = this.toList(v);
  if (star < 0) {
    if (items.length !== n) {
      for (const it of items) this.pop(it);
      if (items.length > n) this.raise('ValueError', `too many values to unpack (expected ${n})`);
      this.raise('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
    }
    return items;
  }
  if (items.length < n - 1) {
    for (const it of items) this.pop(it);
    this.raise('ValueError', `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`);
  }
  const before = items.slice(0, star);
  const after = items.slice(items.length - (n - 1 - star));
  const middle = items.slice(star, items.length - (n - 1 - star));
  const lst = this.list(middle);
  return [...before, lst, ...after];
};

Interp.prototype.assign = function (this: Interp, f: Frame, t: ast.Expression, v: PyObject): void {
  switch (t.kind) {
    case 'Name':
      return this.storeName(f, t.id, v);
    case 'Attribute': {
      const o = this.ev(f, t.value);
      try {
        this.setattr(o, t.attr, v);
      } finally {
        this.pop(v);
        this.pop(o);
      }
      return;
    }
    case 'Subscript': {
      const o = this.ev(f, t.value);
      try {
        const k = t.slice.kind === 'Slice' ? this.slice(f, t.slice) : this.ev(f, t.slice);
        try {
          this.setitem(o, k, v);
        } finally {
          this.pop(k);
        }
      } finally {
        this.pop(v);
        this.pop(o);
      }
      return;
    }
    case 'Tuple':
    case 'List': {
      const star = t.elts.findIndex((x) => x.kind === 'Starred');
      let items: PyObject[];
      try {
        items = this.unpack(v, t.elts.length, star);
      } finally {
        this.pop(v);
      }
      // Stored left to right; the values come off the stack in that order.
      for (let i = 0; i < t.elts.length; i++) {
        const el = t.elts[i]!;
        this.assign(f, el.kind === 'Starred' ? el.value : el, items[i]!);
      }
      return;
    }
    case 'Starred':
      return this.assign(f, t.value, v);
    default:
      this.pop(v);
      this.raise('SyntaxError', 'cannot assign');
  }
};

// ------------------------------------------------------------------------------ statements

Interp.prototype.exec = function* (this: Interp, f: Frame, body: readonly ast.Statement[]): Exec {
  for (const s of body) {
    const c = yield* this.stmt(f, s);
    if (c !== NORMAL) return c;
  }
  return NORMAL;
};

Interp.prototype.addTb = function (this: Interp, f: Frame, err: PyErr, line: number, stmtNode: ast.Node | null = null): void {
  const exc = err.exc as PyExc & { tbFrame?: Frame };
  if (exc.tbFrame === f) return;
  exc.tbFrame = f;
  const pos = exc.posFrame === f ? exc.pos : null;
  const tbLine = pos ? (pos as ast.Expression).line : line;
  exc.tb.unshift({ filename: f.code.filename, line: tbLine, name: f.code.name, pos: pos ?? stmtNode });
  // PyTraceBack_Here: a traceback object for this frame, holding the frame object.
  const fo = this.frameObject(f);
  const tb = new PyTraceback(this.T.traceback!);
  tb.line = tbLine;
  tb.frame = fo;
  tb.id = this.heap.alloc({ type: 'traceback', size: L.TRACEBACK_SIZE, gc: true, site: `${this.opts.filename}:${tbLine}`, holder: exc.id, slot: '__traceback__' });
  this.reg[tb.id] = tb;
  this.onAlloc?.(tb, L.TRACEBACK_SIZE);
  this.take(fo, tb, 'tb_frame');
  const old = exc.traceback as PyTraceback | null;
  if (old) {
    tb.next = old;
    this.take(old, tb, 'tb_next');
    this.drop(old, exc, '__traceback__');
  }
  exc.traceback = tb;
};

Interp.prototype.stmt = function* (this: Interp, f: Frame, s: ast.Statement): Exec {
  this.lineEvent(f, s.line);
  const depth = f.stack.length;
  try {
    switch (s.kind) {
      case 'ExprStmt': {
        const v = this.hasYield(s.value) ? yield* this.evg(f, s.value) : this.ev(f, s.value);
        this.pop(v);
        return NORMAL;
      }
      case 'Assign': {
        const v = this.hasYield(s.value) ? yield* this.evg(f, s.value) : this.ev(f, s.value);
        const n = s.targets.length;
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.push(v);
          this.assign(f, s.targets[i]!, v);
        }
        return NORMAL;
      }
      case 'AugAssign': {
        const t = s.target;
        if (t.kind === 'Name') {
          const cur = this.loadName(f, t.id);
          const rhs = this.hasYield(s.value) ? yield* this.evg(f, s.value) : this.ev(f, s.value);
          const r = this.binop(cur, rhs, s.op, true);
          this.pop(rhs);
          this.pop(cur);
          this.storeName(f, t.id, r);
        } else if (t.kind === 'Attribute') {
          const o = this.ev(f, t.value);
          const cur = this.getattr(o, t.attr);
          const rhs = this.ev(f, s.value);
          const r = this.binop(cur, rhs, s.op, true);
          this.pop(rhs);
          this.pop(cur);
          this.setattr(o, t.attr, r);
          this.pop(r);
          this.pop(o);
        } else if (t.kind === 'Subscript') {
          const o = this.ev(f, t.value);
          const k = t.slice.kind === 'Slice' ? this.slice(f, t.slice) : this.ev(f, t.slice);
          const cur = this.getitem(o, k);
          const rhs = this.ev(f, s.value);
          const r = this.binop(cur, rhs, s.op, true);
          this.pop(rhs);
          this.pop(cur);
          this.setitem(o, k, r);
          this.pop(r);
          this.pop(k);
          this.pop(o);
        }
        return NORMAL;
      }
      case 'AnnAssign': {
        if (s.value) {
          const v = this.ev(f, s.value);
          this.assign(f, s.target, v);
        }
        return NORMAL;
      }
      case 'Delete': {
        for (const t of s.targets) {
          if (t.kind === 'Name') this.deleteName(f, t.id);
          else if (t.kind === 'Attribute') {
            const o = this.ev(f, t.value);
            try {
              this.delattr(o, t.attr);
            } finally {
              this.pop(o);
            }
          } else if (t.kind === 'Subscript') {
            const o = this.ev(f, t.value);
            const k = t.slice.kind === 'Slice' ? this.slice(f, t.slice) : this.ev(f, t.slice);
            try {
              this.delitem(o, k);
            } finally {
              this.pop(k);
              this.pop(o);
            }
          } else if (t.kind === 'Tuple' || t.kind === 'List') {
            yield* this.stmt(f, { ...s, targets: t.elts });
          }
        }
        return NORMAL;
      }
      case 'Pass':
      case 'Global':
      case 'Nonlocal':
        return NORMAL;
      case 'Break':
        return BREAK;
      case 'Continue':
        return CONTINUE;
      case 'Return': {
        const v = s.value ? (this.hasYield(s.value) ? yield* this.evg(f, s.value) : this.ev(f, s.value)) : this.none();
        if (f.retval) this.pop(f.retval, f);
        f.retval = v;
        return RETURN;
      }
      case 'If': {
        const t = this.ev(f, s.test);
        const b = this.truthy(t);
        this.pop(t);
        return yield* this.exec(f, b ? s.body : s.orelse);
      }
      case 'While': {
        for (;;) {
          this.lineEvent(f, s.line);
          const t = this.ev(f, s.test);
          const b = this.truthy(t);
          this.pop(t);
          if (!b) return yield* this.exec(f, s.orelse);
          const c = yield* this.exec(f, s.body);
          if (c === BREAK) return NORMAL;
          if (c === RETURN) return c;
        }
      }
      case 'For': {
        const src = this.ev(f, s.iter);
        const it = this.iter(src);
        this.pop(src);
        try {
          for (;;) {
            const v = this.next(it);
            if (!v) break;
            this.assign(f, s.target, v);
            const c = yield* this.exec(f, s.body);
            if (c === BREAK) {
              this.pop(it);
              return NORMAL;
            }
            if (c === RETURN) {
              this.pop(it);
              return c;
            }
            this.lineEvent(f, s.line);
          }
        } catch (e) {
          throw e;
        }
        this.pop(it);
        return yield* this.exec(f, s.orelse);
      }
      case 'Try':
        return yield* tryStmt(this, f, s);
      case 'With':
        return yield* withStmt(this, f, s, 0);
      case 'Raise':
        this.raiseStmt(f, s);
        break;
      case 'Assert': {
        const t = this.ev(f, s.test);
        const b = this.truthy(t);
        this.pop(t);
        if (!b) {
          if (s.msg) {
            const m = this.ev(f, s.msg);
            const err = this.makeErr(this.T.AssertionError!, [m]);
            this.pop(m);
            throw err;
          }
          throw this.makeErr(this.T.AssertionError!, []);
        }
        return NORMAL;
      }
      case 'Import': {
        for (const a of s.names) {
          const m = this.importModule(a.name);
          this.storeName(f, a.asname ?? a.name.split('.')[0]!, m);
        }
        return NORMAL;
      }
      case 'ImportFrom': {
        const m = this.importModule(s.module ?? '');
        try {
          for (const a of s.names) {
            const v = this.getattrOpt(m, a.name);
            if (!v) {
              const err = this.makeErr(this.T.ImportError!, [`cannot import name '${a.name}' from '${s.module}' (unknown location)`]);
              const n = this.str(s.module ?? '');
              this.setattr(err.exc, 'name', n);
              this.pop(n);
              throw err;
            }
            this.storeName(f, a.asname ?? a.name, v);
          }
        } finally {
          this.pop(m);
        }
        return NORMAL;
      }
      case 'FunctionDef': {
        const decos = s.decorators.map((d) => this.ev(f, d));
        const a = s.args;
        const defaults = a.defaults.map((d) => this.ev(f, d));
        const kwd: [string, PyObject][] = [];
        a.kwonlyargs.forEach((p, i) => {
          const d = a.kwDefaults[i];
          if (d) kwd.push([p.name, this.ev(f, d)]);
        });
        let fn: PyObject = this.makeFunction(f, this.codeInfo(s), defaults, kwd);
        for (let i = decos.length - 1; i >= 0; i--) {
          const d = decos[i]!;
          fn = this.call(d, [fn]);
          this.pop(d);
        }
        this.storeName(f, s.name, fn);
        return NORMAL;
      }
      case 'ClassDef': {
        const c = this.evalClass(f, s);
        this.storeName(f, s.name, c);
        return NORMAL;
      }
    }
    return NORMAL;
  } catch (e) {
    if (e instanceof PyErr) {
      this.addTb(f, e, s.line, s);
      this.unwindStack(f, depth);
    }
    throw e;
  }
};

function* tryStmt(rt: Interp, f: Frame, s: ast.Try): Exec {
  const depth = f.stack.length;
  let pending: unknown = null;
  let comp: Completion = NORMAL;
  try {
    let bodyOk = false;
    try {
      comp = yield* rt.exec(f, s.body);
      bodyOk = true;
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      rt.unwindStack(f, depth);
      let handled = false;
      for (const h of s.handlers) {
        let match = true;
        if (h.type) {
          rt.lineEvent(f, h.line);
          const t = rt.ev(f, h.type);
          try {
            match = excMatches(rt, e.exc, t);
          } finally {
            rt.pop(t);
          }
        }
        if (!match) continue;
        handled = true;
        const exc = rt.catchErr(e);
        rt.take(exc, rt.rootThread, 'exc_info');
        f.handling.push(exc);
        try {
          if (h.name) rt.storeName(f, h.name, exc);
          else rt.pop(exc);
          try {
            comp = yield* rt.exec(f, h.body);
          } finally {
            if (h.name) {
              // `except E as name:` ends with `name = None; del name`.
              if (f.code.kind === 'module' || f.code.kind === 'class') {
                try {
                  rt.deleteName(f, h.name);
                } catch (e2) {
                  if (!(e2 instanceof PyErr)) throw e2;
                  const x = rt.catchErr(e2);
                  rt.pop(x);
                }
              } else if (f.locals.has(h.name) || f.cells.get(h.name)?.value) {
                rt.deleteName(f, h.name);
              }
            }
          }
        } catch (e3) {
          if (e3 instanceof PyErr && e3.exc !== exc && !e3.exc.context && e3.exc !== exc) {
            e3.exc.context = exc;
            rt.take(exc, e3.exc, '__context__');
          }
          throw e3;
        } finally {
          f.handling.pop();
          rt.drop(exc, rt.rootThread, 'exc_info');
        }
        break;
      }
      if (!handled) throw e;
    }
    if (bodyOk && comp === NORMAL && s.orelse.length) comp = yield* rt.exec(f, s.orelse);
  } catch (e) {
    if (!s.finalbody.length) throw e;
    pending = e;
  }
  if (s.finalbody.length) {
    if (pending instanceof PyErr) rt.unwindStack(f, depth);
    const fc = yield* rt.exec(f, s.finalbody);
    if (fc !== NORMAL) {
      if (pending instanceof PyErr) {
        const x = rt.catchErr(pending);
        rt.pop(x);
      }
      if (comp === RETURN && fc === RETURN) {
        /* the finally's return replaced f.retval already */
      }
      return fc;
    }
    if (pending) throw pending;
  }
  return comp;
}

function excMatches(rt: Interp, exc: PyExc, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(rt, exc, x));
  if (!(t instanceof PyType) || !t.isSubtype(rt.T.BaseException!)) {
    rt.raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
  return exc.type.isSubtype(t);
}

function* withStmt(rt: Interp, f: Frame, s: ast.With, i: number): Exec {
  if (i >= s.items.length) return yield* rt.exec(f, s.body);
  const item = s.items[i]!;
  const mgr = rt.ev(f, item.contextExpr);
  const enterFn = mgr.type.lookup('__enter__');
  const exitAttr = mgr.type.lookup('__exit__');
  if (!enterFn || !exitAttr) {
    rt.pop(mgr);
    rt.raise('TypeError', `'${mgr.type.name}' object does not support the context manager protocol`);
  }
  const exit = rt.getattr(mgr, '__exit__');
  const entered = rt.callMethod(mgr, '__enter__', []);
  rt.pop(mgr);
  if (item.optionalVars) rt.assign(f, item.optionalVars, entered);
  else rt.pop(entered);
  const depth = f.stack.length;
  let comp: Completion;
  try {
    comp = yield* withStmt(rt, f, s, i + 1);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    rt.unwindStack(f, depth);
    const exc = rt.catchErr(e);
    rt.take(exc, rt.rootThread, 'exc_info');
    f.handling.push(exc);
    let suppress: boolean;
    try {
      const r = rt.call(exit, [rt.push(exc.type), rt.push(exc), exc.traceback ? rt.push(exc.traceback) : rt.none()]);
      suppress = rt.truthy(r);
      rt.pop(r);
    } finally {
      f.handling.pop();
      rt.drop(exc, rt.rootThread, 'exc_info');
      rt.pop(exit);
    }
    if (suppress) {
      rt.pop(exc);
      return NORMAL;
    }
    const err = rt.throwing(exc);
    throw err;
  }
  const r = rt.call(exit, [rt.none(), rt.none(), rt.none()]);
  rt.pop(r);
  rt.pop(exit);
  return comp;
}

Interp.prototype.raiseStmt = function (this: Interp, f: Frame, s: ast.Raise): never {
  if (!s.exc) {
    const cur = f.handling[f.handling.length - 1] ?? findHandling(f);
    if (!cur) this.raise('RuntimeError', 'No active exception to reraise');
    this.push(cur);
    const err = this.throwing(cur as PyExc);
    (err.exc as PyExc & { tbFrame?: Frame }).tbFrame = f;
    throw err;
  }
  let v = this.ev(f, s.exc);
  if (v instanceof PyType) {
    if (!v.isSubtype(this.T.BaseException!)) {
      this.pop(v);
      this.raise('TypeError', 'exceptions must derive from BaseException');
    }
    const inst = this.call(v, []);
    this.pop(v);
    v = inst;
  }
  if (!(v instanceof PyExc)) {
    this.pop(v);
    this.raise('TypeError', 'exceptions must derive from BaseException');
  }
  if (s.cause) {
    const c = this.ev(f, s.cause);
    let cause: PyObject | null = c;
    if (c instanceof PyType) {
      cause = this.call(c, []);
      this.pop(c);
    }
    if (cause === this.None) {
      this.pop(cause);
      cause = null;
    } else if (!(cause instanceof PyExc)) {
      this.pop(cause!);
      this.pop(v);
      this.raise('TypeError', 'exception causes must derive from BaseException');
    }
    if (v.cause) this.drop(v.cause, v, '__cause__');
    v.cause = cause;
    if (cause) {
      this.take(cause, v, '__cause__');
      this.pop(cause);
    }
    v.suppressContext = true;
  }
  const handling = f.handling[f.handling.length - 1] ?? findHandling(f);
  if (handling && handling !== v && !v.context) {
    v.context = handling;
    this.take(handling, v, '__context__');
  }
  v.posFrame = null;
  throw this.throwing(v);
};

function findHandling(f: Frame): PyObject | undefined {
  for (let g: Frame | null = f.back; g; g = g.back) {
    const h = g.handling[g.handling.length - 1];
    if (h) return h;
  }
  return undefined;
}

Interp.prototype.evalClass = function (this: Interp, f: Frame, s: ast.ClassDef): PyObject {
  const decos = s.decorators.map((d) => this.ev(f, d));
  const bases = s.bases.map((b) => this.ev(f, b));
  for (const b of bases) {
    if (!(b instanceof PyType)) {
      this.raise('TypeError', `bases must be types`);
    }
  }
  let meta: PyType | undefined;
  for (const k of s.keywords) {
    if (k.arg === 'metaclass') {
      const m = this.ev(f, k.value);
      meta = m as PyType;
      this.pop(m);
    }
  }
  const info = this.codeInfo(s);
  const holder = this.newFrameHolder(info.qualname);
  const cf = new Frame(info, holder, f.globals, f, null, true);
  const ns = this.dict();
  cf.ns = ns;
  this.dictSetStr(ns, '__module__', this.constStr('__main__'));
  this.dictSetStr(ns, '__qualname__', this.constStr(info.qualname));
  // Free variables of the class body (closures of enclosing functions).
  info.freevars.forEach((n) => {
    const cell = f.cells.get(n);
    if (cell) {
      this.heap.take(cell.id, holder, n);
      cf.cells.set(n, cell);
    }
  });
  this.runFrame(cf, () => this.exec(cf, s.body));
  const r = this.frame.stack[this.frame.stack.length - 1]!;
  this.pop(r);
  let cls: PyObject = this.newType(s.name, bases as PyType[], ns, meta);
  this.pop(ns);
  for (let i = bases.length - 1; i >= 0; i--) this.pop(bases[i]!);
  for (let i = decos.length - 1; i >= 0; i--) {
    const d = decos[i]!;
    cls = this.call(d, [cls]);
    this.pop(d);
  }
  return cls;
};

// ------------------------------------------------------------------------------ expressions

/** Creates every constant of the program up front, as compiling it into code objects does. */
Interp.prototype.compileConstants = function (this: Interp, node: ast.Node): void {
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const o = n as { kind?: string };
    if (typeof o.kind !== 'string') return;
    switch (o.kind) {
      case 'Int':
      case 'Float':
      case 'Str':
      case 'Bytes':
        this.constant(o as ast.Expression);
        return;
      case 'Tuple':
        this.constant(o as ast.Expression);
        break;
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'kind' && typeof v === 'object') visit(v);
  };
  visit(node);
};

Interp.prototype.constant = function (this: Interp, e: ast.Expression): PyObject | undefined {
  const c = this.constants.get(e);
  if (c) return c;
  let o: PyObject | undefined;
  const site = `${this.opts.filename}:${e.line}`;
  switch (e.kind) {
    case 'Int':
      if (e.value >= -5n && e.value <= 256n) return this.smallInts[Number(e.value) + 5]!;
      o = this.allocStatic(new PyInt(this.T.int!, e.value), { size: L.intSize(e.value), site }, this.rootConsts, 'const');
      break;
    case 'Float':
      o = this.allocStatic(new PyFloat(this.T.float!, e.value), { size: L.FLOAT_SIZE, site }, this.rootConsts, 'const');
      break;
    case 'Str':
      return this.constStr(e.value);
    case 'Bytes':
      o = this.allocStatic(new PyBytes(this.T.bytes!, e.value), { size: L.bytesSize(e.value.length), site }, this.rootConsts, 'const');
      break;
    case 'Bool':
      return e.value ? this.True : this.False;
    case 'None':
      return this.None;
    case 'Ellipsis':
      return this.Ellipsis;
    case 'Tuple': {
      if (e.ctx !== 'load' || e.elts.length === 0) return e.elts.length === 0 ? this.emptyTuple : undefined;
      const items: PyObject[] = [];
      for (const x of e.elts) {
        const k = this.constant(x);
        if (!k) return undefined;
        items.push(k);
      }
      const t = new PyTuple(this.T.tuple!, items);
      this.allocStatic(t, { size: L.tupleSize(items.length), site, gc: true, sequence: true, untrack: 'tuple', clearable: false }, this.rootConsts, 'const');
      items.forEach((it, i) => this.take(it, t, i));
      o = t;
      break;
    }
    default:
      return undefined;
  }
  this.constants.set(e, o);
  return o;
};

Interp.prototype.ev = function (this: Interp, f: Frame, e: ast.Expression): PyObject {
  try {
    return evalExpr(this, f, e);
  } catch (err) {
    if (err instanceof PyErr && err.exc.posFrame !== f) {
      err.exc.posFrame = f;
      err.exc.pos = e;
    }
    throw err;
  }
};

function evalExpr(this_: Interp, f: Frame, e: ast.Expression): PyObject {
  return evalExprImpl.call(this_, f, e);
}

const evalExprImpl = function (this: Interp, f: Frame, e: ast.Expression): PyObject {
  switch (e.kind) {
    case 'Name':
      return this.loadName(f, e.id);
    case 'Int':
    case 'Float':
    case 'Str':
    case 'Bytes':
    case 'Bool':
    case 'None':
    case 'Ellipsis':
      return this.push(this.constant(e)!);
    case 'Imaginary':
      this.raise('NotImplementedError', 'complex numbers are not supported by heapline');
    // eslint-disable-next-line no-fallthrough
    case 'FString':
      return this.str(this.fstring(f, e));
    case 'Tuple': {
      const c = this.constant(e);
      if (c) return this.push(c);
      return this.tuple(evalElts(this, f, e.elts));
    }
    case 'List': {
      const items = evalElts(this, f, e.elts);
      // All-constant displays of 3+ items compile to BUILD_LIST 0 + LIST_EXTEND(tuple), which
      // preallocates exactly (rounded up to even); others are BUILD_LIST n.
      const allConst = e.elts.length > 2 && e.elts.every((x) => this.constant(x) !== undefined);
      return this.list(items, allConst ? (items.length + 1) & ~1 : items.length);
    }
    case 'Set': {
      const items = evalElts(this, f, e.elts);
      const s = this.set();
      for (const it of items) this.setAdd(s, it);
      for (let i = items.length - 1; i >= 0; i--) this.pop(items[i]!);
      return s;
    }
    case 'Dict': {
      const kv: PyObject[] = [];
      const d = this.dict();
      for (let i = 0; i < e.values.length; i++) {
        const ke = e.keys[i];
        if (ke === null || ke === undefined) {
          const m = this.ev(f, e.values[i]!);
          if (m instanceof PyDict) for (const en of m.table.list()) this.dictSet(d, en.key, en.value);
          else {
            const keys = this.callMethod(m, 'keys', []);
            for (const k of this.toList(keys)) {
              const v = this.getitem(m, k);
              this.dictSet(d, k, v);
              this.pop(v);
              this.pop(k);
            }
            this.pop(keys);
          }
          this.pop(m);
          continue;
        }
        const k = this.ev(f, ke);
        const v = this.ev(f, e.values[i]!);
        kv.push(k, v);
        this.dictSet(d, k, v);
        this.pop(v);
        this.pop(k);
      }
      return d;
    }
    case 'BinOp': {
      const a = this.ev(f, e.left);
      const b = this.ev(f, e.right);
      const r = this.binop(a, b, e.op);
      this.pop(b);
      this.pop(a);
      return r;
    }
    case 'UnaryOp': {
      const o = this.ev(f, e.operand);
      const r = this.unary(o, e.op);
      this.pop(o);
      return r;
    }
    case 'BoolOp': {
      let v = this.ev(f, e.values[0]!);
      for (let i = 1; i < e.values.length; i++) {
        const t = this.truthy(v);
        if (e.op === 'and' ? !t : t) return v;
        this.pop(v);
        v = this.ev(f, e.values[i]!);
      }
      return v;
    }
    case 'Compare': {
      let left = this.ev(f, e.left);
      for (let i = 0; i < e.ops.length; i++) {
        const right = this.ev(f, e.comparators[i]!);
        const r = this.compare(left, right, e.ops[i]!);
        this.pop(left);
        if (i === e.ops.length - 1) {
          this.pop(right);
          return r;
        }
        if (!this.truthy(r)) {
          this.pop(right);
          return r;
        }
        this.pop(r);
        left = right;
      }
      return left;
    }
    case 'IfExp': {
      const t = this.ev(f, e.test);
      const b = this.truthy(t);
      this.pop(t);
      return this.ev(f, b ? e.body : e.orelse);
    }
    case 'NamedExpr': {
      const v = this.ev(f, e.value);
      this.push(v);
      this.storeName(f, e.target.id, v);
      return v;
    }
    case 'Lambda': {
      const a = e.args;
      const defaults = a.defaults.map((d) => this.ev(f, d));
      const kwd: [string, PyObject][] = [];
      a.kwonlyargs.forEach((p, i) => {
        const d = a.kwDefaults[i];
        if (d) kwd.push([p.name, this.ev(f, d)]);
      });
      return this.makeFunction(f, this.codeInfo(e), defaults, kwd);
    }
    case 'Call':
      return this.evalCall(f, e);
    case 'Attribute': {
      const o = this.ev(f, e.value);
      try {
        return this.getattr(o, e.attr);
      } finally {
        this.pop(o);
      }
    }
    case 'Subscript': {
      const o = this.ev(f, e.value);
      try {
        const k = e.slice.kind === 'Slice' ? this.slice(f, e.slice) : this.ev(f, e.slice);
        try {
          return this.getitem(o, k);
        } finally {
          this.pop(k);
        }
      } finally {
        this.pop(o);
      }
    }
    case 'Slice':
      return this.slice(f, e);
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      return this.comprehension(f, e);
    case 'Starred':
      this.raise('SyntaxError', "can't use starred expression here");
    // eslint-disable-next-line no-fallthrough
    case 'Yield':
    case 'YieldFrom':
    case 'Await':
      this.raise('SystemError', 'yield in an unsupported position');
  }
};

function evalElts(rt: Interp, f: Frame, elts: readonly ast.Expression[]): PyObject[] {
  const items: PyObject[] = [];
  for (const el of elts) {
    if (el.kind === 'Starred') {
      const v = rt.ev(f, el.value);
      const xs = rt.toList(v);
      rt.pop(v);
      // toList's items are on the stack after v; keep them in order.
      items.push(...xs);
    } else items.push(rt.ev(f, el));
  }
  return items;
}

Interp.prototype.slice = function (this: Interp, f: Frame, e: ast.Slice): PySlice {
  const lo = e.lower ? this.ev(f, e.lower) : this.none();
  const hi = e.upper ? this.ev(f, e.upper) : this.none();
  const st = e.step ? this.ev(f, e.step) : this.none();
  const s = this.alloc(new PySlice(this.T.slice!, lo, hi, st), { size: L.SLICE_SIZE });
  this.take(lo, s, 'start');
  this.take(hi, s, 'stop');
  this.take(st, s, 'step');
  this.pop(st);
  this.pop(hi);
  this.pop(lo);
  return s;
};

Interp.prototype.fstring = function (this: Interp, f: Frame, e: ast.FString): string {
  let out = '';
  for (const p of e.parts) {
    if (p.kind === 'FStringText') {
      out += p.value;
      continue;
    }
    const v = this.ev(f, p.value);
    try {
      let src: PyObject = v;
      let tmp: PyObject | null = null;
      if (p.conversion === 'r') tmp = this.str(this.repr(v));
      else if (p.conversion === 's') tmp = this.str(this.toStr(v));
      else if (p.conversion === 'a') tmp = this.str(pyAscii(this.repr(v)));
      if (tmp) src = tmp;
      const spec = p.formatSpec ? this.fstring(f, p.formatSpec) : '';
      out += this.formatValue(src, spec);
      if (tmp) this.pop(tmp);
    } finally {
      this.pop(v);
    }
  }
  return out;
};

declare module './interp.js' {
  interface Interp {
    formatValue(v: PyObject, spec: string): string;
  }
}

/** How CPython names a callable in argument errors (_PyObject_FunctionStr). */
function funcStr(rt: Interp, fn: PyObject | null): string {
  if (fn instanceof PyFunction) return `${fn.module}.${fn.qualname}()`;
  if (fn instanceof PyType) return `${fn.qualname}()`;
  if (fn && 'name' in fn && typeof (fn as { name: unknown }).name === 'string') return `${(fn as { name: string }).name}()`;
  return fn ? `${fn.type.name} object` : 'function';
}

Interp.prototype.evalArgs = function (this: Interp, f: Frame, e: ast.Call, callee: PyObject | null = null): { args: PyObject[]; kwargs: [string, PyObject][] } {
  const args: PyObject[] = [];
  const kwargs: [string, PyObject][] = [];
  try {
    for (const a of e.args) {
      if (a.kind === 'Starred') {
        const v = this.ev(f, a.value);
        const xs = this.toList(v);
        this.pop(v);
        args.push(...xs);
      } else args.push(this.ev(f, a));
    }
    for (const k of e.keywords) {
      if (k.arg === null) {
        const m = this.ev(f, k.value);
        if (!(m instanceof PyDict)) {
          this.pop(m);
          this.raise('TypeError', `${funcStr(this, callee)} argument after ** must be a mapping, not ${m.type.name}`);
        }
        for (const en of m.table.list()) {
          if (!(en.key instanceof PyStr)) this.raise('TypeError', 'keywords must be strings');
          if (kwargs.some(([n]) => n === (en.key as PyStr).v)) {
            this.raise('TypeError', `${funcStr(this, callee)} got multiple values for keyword argument '${en.key.v}'`);
          }
          kwargs.push([en.key.v, this.push(en.value)]);
        }
        this.pop(m);
      } else kwargs.push([k.arg, this.ev(f, k.value)]);
    }
  } catch (err) {
    throw err;
  }
  return { args, kwargs };
};

Interp.prototype.evalCall = function (this: Interp, f: Frame, e: ast.Call): PyObject {
  const fe = e.func;
  if (fe.kind === 'Attribute') {
    // LOAD_METHOD: a plain function found on the type is called with self, no bound method.
    const o = this.ev(f, fe.value);
    const attr = o instanceof PyType || o instanceof PySuper || fe.attr === '__new__' ? undefined : o.type.lookup(fe.attr);
    const shadowed = o instanceof PyInstance && (o.attrs.has(fe.attr) || o.slotValues.has(fe.attr) || (o.dictObj !== null && !!this.dictGetStr(o.dictObj, fe.attr)));
    if ((attr instanceof PyFunction || (attr instanceof PyObject && attr.type === this.T.builtin_function_or_method && (attr as { self?: unknown }).self === null)) && !shadowed) {
      this.push(attr);
      const { args, kwargs } = this.evalArgs(f, e, attr);
      // stack: o, attr, args...; o's reference becomes self's.
      try {
        if (attr instanceof PyFunction) return this.callPython(attr, [o, ...args], kwargs);
        return this.call(attr, [o, ...args], kwargs);
      } finally {
        this.pop(attr);
      }
    }
    let fn: PyObject;
    try {
      fn = this.getattr(o, fe.attr);
    } finally {
      this.pop(o);
    }
    const { args, kwargs } = this.evalArgs(f, e, fn);
    try {
      return this.call(fn, args, kwargs);
    } finally {
      this.pop(fn);
    }
  }
  const fn = this.ev(f, fe);
  const { args, kwargs } = this.evalArgs(f, e, fn);
  if (!e.keywords.some((k) => k.arg === null)) {
    try {
      return this.call(fn, args, kwargs);
    } finally {
      this.pop(fn);
    }
  }
  // CALL_FUNCTION_EX with `**`: the keywords are merged into a new dict (DICT_MERGE), which
  // lives for the call, and unpacked again onto a stack for the callee (_PyStack_UnpackDict).
  const merged = this.dict();
  for (const [k, v] of kwargs) this.dictSetStr(merged, k, v);
  const unpacked = kwargs.map(([, v]) => this.push(v));
  try {
    return this.call(fn, args, kwargs);
  } finally {
    for (let i = unpacked.length - 1; i >= 0; i--) this.pop(unpacked[i]!);
    this.pop(merged);
    this.pop(fn);
  }
};

Interp.prototype.makeFunction = function (this: Interp, f: Frame, code: CodeInfo, defaults: PyObject[], kwdefaults: [string, PyObject][]): PyFunction {
  const fn = this.alloc(new PyFunction(this.T.function!, code, f.globals, '__main__'), { size: L.FUNCTION_SIZE, gc: true });
  this.take(f.globals, fn, '__globals__');
  if (defaults.length) {
    const t = this.tuple(defaults);
    fn.defaults = t;
    this.take(t, fn, '__defaults__');
    this.pop(t);
  }
  if (kwdefaults.length) {
    const d = this.dict();
    for (const [k, v] of kwdefaults) this.dictSetStr(d, k, v);
    for (let i = kwdefaults.length - 1; i >= 0; i--) this.pop(kwdefaults[i]![1]);
    fn.kwdefaults = d;
    this.take(d, fn, '__kwdefaults__');
    this.pop(d);
  }
  if (code.freevars.length) {
    const cells: PyCell[] = [];
    for (const n of code.freevars) {
      const c = f.cells.get(n);
      if (!c) throw new Error(`internal: no cell ${n} in ${f.code.qualname}`);
      cells.push(c);
    }
    const items = cells.map((c) => this.push(c));
    const t = this.tuple(items);
    fn.closure = cells;
    this.take(t, fn, '__closure__');
    this.pop(t);
  }
  return fn;
};

Interp.prototype.comprehension = function (this: Interp, f: Frame, e: ComprehensionNode): PyObject {
  const info = this.codeInfo(e);
  const fn = this.makeFunction(f, info, [], []);
  const src = this.ev(f, e.generators[0]!.iter);
  let it: PyObject;
  try {
    it = this.iter(src);
  } finally {
    this.pop(src);
  }
  try {
    if (e.kind === 'GeneratorExp') {
      const g = new PyGen(this.T.generator!);
      g.qualname = info.qualname;
      g.name = info.name;
      this.alloc(g, { size: L.GENERATOR_SIZE, gc: true, finalizer: this.genFinalizer });
      const gf = new Frame(info, g.id, f.globals, null, fn, false);
      g.frame = gf;
      this.heap.take(it.id, g.id, '.0');
      this.pop(it);
      gf.locals.set('.0', it);
      this.makeCells(gf, fn);
      g.it = this.compBody(gf, e);
      return g;
    }
    const holder = this.newFrameHolder(info.qualname);
    const cf = new Frame(info, holder, f.globals, f, fn, true);
    this.heap.take(it.id, holder, '.0');
    this.pop(it);
    cf.locals.set('.0', it);
    this.makeCells(cf, fn);
    return this.runFrame(cf, () => this.compBody(cf, e));
  } finally {
    this.pop(fn);
  }
};

Interp.prototype.compBody = function* (this: Interp, f: Frame, e: ComprehensionNode): Exec {
  let result: PyObject | null = null;
  if (e.kind === 'ListComp') result = this.list();
  else if (e.kind === 'SetComp') result = this.set();
  else if (e.kind === 'DictComp') result = this.dict();
  const gens = e.generators;
  const self = this;
  function* loop(i: number): Generator<PyObject, void, PyObject> {
    const g = gens[i]!;
    let it: PyObject;
    if (i === 0) {
      it = self.push(f.locals.get('.0')!);
    } else {
      const src = self.ev(f, g.iter);
      it = self.iter(src);
      self.pop(src);
    }
    for (;;) {
      const v = self.next(it);
      if (!v) break;
      self.assign(f, g.target, v);
      let ok = true;
      for (const c of g.ifs) {
        const t = self.ev(f, c);
        ok = self.truthy(t);
        self.pop(t);
        if (!ok) break;
      }
      if (!ok) continue;
      if (i + 1 < gens.length) {
        yield* loop(i + 1);
        continue;
      }
      if (e.kind === 'DictComp') {
        const k = self.ev(f, e.key);
        const val = self.ev(f, e.value);
        self.dictSet(result as PyDict, k, val);
        self.pop(val);
        self.pop(k);
      } else if (e.kind === 'GeneratorExp') {
        const val = self.ev(f, e.elt);
        const sent = yield val;
        self.pop(sent);
      } else {
        const val = self.ev(f, e.elt);
        if (result instanceof PyList) self.listAppend(result, val);
        else self.setAdd(result as PySet, val);
        self.pop(val);
      }
    }
    self.pop(it);
  }
  yield* loop(0);
  if (result) {
    f.retval = result;
    return RETURN;
  }
  return NORMAL;
};

// Generator-aware evaluation for expressions containing `yield`.
Interp.prototype.evg = function* (this: Interp, f: Frame, e: ast.Expression): Generator<PyObject, PyObject, PyObject> {
  if (!this.hasYield(e)) return this.ev(f, e);
  switch (e.kind) {
    case 'Yield': {
      const v = e.value ? yield* this.evg(f, e.value) : this.none();
      const sent = yield v;
      return sent;
    }
    case 'YieldFrom': {
      const src = yield* this.evg(f, e.value);
      const it = this.iter(src);
      this.pop(src);
      let sent: PyObject | null = null;
      for (;;) {
        let v: PyObject | null;
        try {
          if (it instanceof PyGen) v = this.resumeGen(it, sent, null);
          else {
            if (sent && sent !== this.None) {
              const r = this.callMethod(it, 'send', [sent]);
              v = r;
            } else {
              if (sent) this.pop(sent);
              v = this.next(it);
            }
          }
        } catch (err) {
          if (err instanceof PyErr && err.exc.type.isSubtype(this.T.StopIteration!)) {
            const exc = this.catchErr(err);
            const val = exc.args?.items[0];
            const r = val ? this.push(val) : this.none();
            this.pop(exc);
            this.pop(it);
            return r;
          }
          this.pop(it);
          throw err;
        }
        if (!v) {
          this.pop(it);
          return this.none();
        }
        try {
          sent = yield v;
        } catch (thrown) {
          if (thrown instanceof PyErr && it instanceof PyGen) {
            if (thrown.exc.type.isSubtype(this.T.GeneratorExit!)) {
              this.closeGen(it);
              this.pop(it);
              throw thrown;
            }
            try {
              const r = this.resumeGen(it, null, thrown);
              if (!r) {
                this.pop(it);
                return this.none();
              }
              sent = null;
              // re-yield r
              const s2 = yield r;
              sent = s2;
              continue;
            } catch (err2) {
              if (err2 instanceof PyErr && err2.exc.type.isSubtype(this.T.StopIteration!)) {
                const exc = this.catchErr(err2);
                const val = exc.args?.items[0];
                const r = val ? this.push(val) : this.none();
                this.pop(exc);
                this.pop(it);
                return r;
              }
              this.pop(it);
              throw err2;
            }
          }
          this.pop(it);
          throw thrown;
        }
      }
    }
    case 'Call': {
      const fn = yield* this.evg(f, e.func);
      const args: PyObject[] = [];
      for (const a of e.args) args.push(yield* this.evg(f, a.kind === 'Starred' ? a.value : a));
      const kwargs: [string, PyObject][] = [];
      for (const k of e.keywords) kwargs.push([k.arg ?? '', yield* this.evg(f, k.value)]);
      try {
        return this.call(fn, args, kwargs);
      } finally {
        this.pop(fn);
      }
    }
    case 'BinOp': {
      const a = yield* this.evg(f, e.left);
      const b = yield* this.evg(f, e.right);
      const r = this.binop(a, b, e.op);
      this.pop(b);
      this.pop(a);
      return r;
    }
    case 'Tuple':
    case 'List': {
      const items: PyObject[] = [];
      for (const x of e.elts) items.push(yield* this.evg(f, x));
      return e.kind === 'Tuple' ? this.tuple(items) : this.list(items);
    }
    case 'UnaryOp': {
      const o = yield* this.evg(f, e.operand);
      const r = this.unary(o, e.op);
      this.pop(o);
      return r;
    }
    case 'Compare': {
      if (e.ops.length === 1) {
        const a = yield* this.evg(f, e.left);
        const b = yield* this.evg(f, e.comparators[0]!);
        const r = this.compare(a, b, e.ops[0]!);
        this.pop(b);
        this.pop(a);
        return r;
      }
      break;
    }
    case 'Attribute': {
      const o = yield* this.evg(f, e.value);
      try {
        return this.getattr(o, e.attr);
      } finally {
        this.pop(o);
      }
    }
    case 'FString':
    case 'IfExp':
    case 'BoolOp':
    case 'Subscript':
    default:
      break;
  }
  this.raise('SystemError', 'heapline: yield in this position is not supported');
};

Interp.prototype.importModule = function (this: Interp, name: string): PyObject {
  const m = this.modules.get(name);
  if (m) return this.push(m);
  const factory = this.moduleFactories.get(name);
  if (!factory) {
    const err = this.makeErr(this.T.ModuleNotFoundError!, [`No module named '${name}'`]);
    const n = this.str(name);
    this.setattr(err.exc, 'name', n);
    this.pop(n);
    throw err;
  }
  const mod = factory(this);
  this.modules.set(name, mod);
  this.take(mod, this.rootModules, name);
  return mod;
};

declare module './interp.js' {
  interface Interp {
    moduleFactories: Map<string, (rt: Interp) => import('./objects.js').PyModule>;
  }
}

export { PyGen };
