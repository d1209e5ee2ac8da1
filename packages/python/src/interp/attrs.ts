/** Attribute access: instances (inline values, __dict__, __slots__), classes, descriptors. */
import { Interp } from './interp.js';
import * as L from './layout.js';
import {
  PyCell,
  PyFrameObject,
  PyTraceback,
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyInstance,
  PyMethod,
  PyModule,
  PyNone,
  PyObject,
  PyProperty,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
  PyWrapper,
} from './objects.js';
import { isUserType } from './ops.js';

declare module './interp.js' {
  interface Interp {
    /** Binds a class attribute found by lookup to `o` (functions become bound methods). */
    bind(attr: PyObject, o: PyObject, owner: PyType): PyObject;
    materializeDict(o: PyInstance): PyDict;
    typeAttr(t: PyType, name: string): PyObject | undefined;
    special(o: PyObject, name: string): PyObject | undefined;
    attrError(o: PyObject, name: string): never;
  }
}

Interp.prototype.bind = function (this: Interp, attr: PyObject, o: PyObject, owner: PyType): PyObject {
  if (attr instanceof PyFunction) {
    return this.initMethod(this.alloc(new PyMethod(this.T.method!, attr, o), { size: L.METHOD_SIZE, gc: true }));
  }
  if (attr instanceof PyBuiltin && attr.self === null && owner.builtin) {
    const b = this.alloc(new PyBuiltin(this.T.builtin_function_or_method!, attr.name, attr.fn, o, attr.qualname), { size: 72, gc: true });
    this.take(o, b, '__self__');
    return b;
  }
  if (attr instanceof PyWrapper) {
    if (attr.type === this.T.staticmethod) return this.push(attr.func);
    if (attr.type === this.T.classmethod) {
      const cls = o instanceof PyType ? o : o.type;
      const m = this.alloc(new PyMethod(this.T.method!, attr.func, cls), { size: L.METHOD_SIZE, gc: true });
      this.take(attr.func, m, '__func__');
      this.take(cls, m, '__self__');
      return m;
    }
  }
  if (attr instanceof PyProperty) {
    if (!attr.fget) this.raise('AttributeError', `property '${attr.name}' of '${o.type.name}' object has no getter`);
    return this.call(this.push(attr.fget), [this.push(o)]);
  }
  return this.push(attr);
};

declare module './interp.js' {
  interface Interp {
    initMethod(m: PyMethod): PyMethod;
  }
}
Interp.prototype.initMethod = function (this: Interp, m: PyMethod): PyMethod {
  this.take(m.func, m, '__func__');
  this.take(m.self, m, '__self__');
  return m;
};

Interp.prototype.attrError = function (this: Interp, o: PyObject, name: string): never {
  if (o instanceof PyModule) this.raise('AttributeError', `module '${o.name}' has no attribute '${name}'`);
  if (o instanceof PyType) this.raise('AttributeError', `type object '${o.name}' has no attribute '${name}'`);
  this.raise('AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
};

Interp.prototype.materializeDict = function (this: Interp, o: PyInstance): PyDict {
  if (o.dictObj) return o.dictObj;
  const d = this.dict();
  // The inline values move into the new dict, in insertion order.
  for (const [k, v] of o.attrs) {
    this.dictSetStr(d, k, v);
  }
  for (const [k, v] of o.attrs) this.drop(v, o, k);
  o.attrs.clear();
  this.take(d, o, '__dict__');
  this.pop(d);
  o.dictObj = d;
  return d;
};

/** Looks `name` up on a class (through its MRO), then on its metaclass. */
Interp.prototype.typeAttr = function (this: Interp, t: PyType, name: string): PyObject | undefined {
  return t.lookup(name);
};

/** Attributes every object answers from the interpreter itself. */
Interp.prototype.special = function (this: Interp, o: PyObject, name: string): PyObject | undefined {
  switch (name) {
    case '__class__':
      return this.push(o.type);
    case '__dict__':
      if (o instanceof PyInstance && o.type.managedDict) return this.push(this.materializeDict(o));
      if (o instanceof PyModule) return this.push(o.dict);
      if (o instanceof PyType) {
        // A copy (CPython hands out a read-only mappingproxy of tp_dict).
        const d = this.dict();
        if (o.tpDict) for (const e of o.tpDict.table.list()) this.dictSet(d, e.key, e.value);
        else for (const [k, v] of o.dict) this.dictSetStr(d, k, v);
        return d;
      }
      if (o instanceof PyFunction) {
        const d = this.dict();
        for (const [k, v] of o.attrs) this.dictSetStr(d, k, v);
        return d;
      }
      return undefined;
    case '__doc__':
      return undefined;
  }
  if (o instanceof PyType) {
    switch (name) {
      case '__name__':
        return this.str(o.name);
      case '__qualname__':
        return this.str(o.qualname);
      case '__module__':
        return this.str(o.module);
      case '__mro__':
        return this.tuple(o.mro.map((t) => this.push(t)));
      case '__bases__':
        return this.tuple(o.bases.map((t) => this.push(t)));
      case '__base__':
        return o.bases[0] ? this.push(o.bases[0]) : this.none();
    }
  }
  if (o instanceof PyFunction) {
    switch (name) {
      case '__name__':
        return this.str(o.name);
      case '__qualname__':
        return this.str(o.qualname);
      case '__module__':
        return this.str(o.module);
      case '__defaults__':
        return o.defaults ? this.push(o.defaults) : this.none();
      case '__kwdefaults__':
        return o.kwdefaults ? this.push(o.kwdefaults) : this.none();
      case '__closure__':
        return o.closure.length ? this.tuple(o.closure.map((c) => this.push(c))) : this.none();
      case '__globals__':
        return this.push(o.globals);
      case '__code__':
        return undefined;
    }
    const v = o.attrs.get(name);
    if (v) return this.push(v);
  }
  if (o instanceof PyBuiltin) {
    if (name === '__name__') return this.str(o.name);
    if (name === '__qualname__') return this.str(o.qualname);
    if (name === '__self__') return o.self ? this.push(o.self) : this.none();
  }
  if (o instanceof PyMethod) {
    if (name === '__func__') return this.push(o.func);
    if (name === '__self__') return this.push(o.self);
    if (name === '__name__' || name === '__qualname__') return this.getattr(o.func, name);
  }
  if (o instanceof PyModule) {
    const v = this.dictGetStr(o.dict, name);
    if (v) return this.push(v);
  }
  if (o instanceof PyExc) {
    switch (name) {
      case 'args':
        return o.args ? this.push(o.args) : this.push(this.emptyTuple);
      case '__traceback__':
        return o.traceback ? this.push(o.traceback) : this.none();
      case '__cause__':
        return o.cause ? this.push(o.cause) : this.none();
      case '__context__':
        return o.context ? this.push(o.context) : this.none();
      case '__suppress_context__':
        return this.bool(o.suppressContext);
    }
    if (o.type.isSubtype(this.T.StopIteration!) && name === 'value') {
      const a = o.args?.items[0];
      return a ? this.push(a) : this.none();
    }
  }
  if (o instanceof PyProperty) {
    if (name === 'fget') return o.fget ? this.push(o.fget) : this.none();
    if (name === 'fset') return o.fset ? this.push(o.fset) : this.none();
  }
  if (o instanceof PyWrapper && name === '__func__') return this.push(o.func);
  if (o instanceof PyCell && name === 'cell_contents') {
    if (!o.value) this.raise('ValueError', 'Cell is empty');
    return this.push(o.value);
  }
  if (o instanceof PyTraceback) {
    if (name === 'tb_next') return o.next ? this.push(o.next) : this.none();
    if (name === 'tb_frame') return o.frame ? this.push(o.frame) : this.none();
    if (name === 'tb_lineno') return this.int(o.line);
  }
  if (o instanceof PyFrameObject) {
    if (name === 'f_lineno') return this.int(o.live ? (o.live as { line: number }).line : o.line);
    if (name === 'f_locals') {
      const d = this.dict();
      const live = o.live as { locals: Map<string, PyObject>; cells: Map<string, { value: PyObject | null }> } | null;
      if (live) {
        for (const [k, v] of live.locals) this.dictSetStr(d, k, v);
        for (const [k, c] of live.cells) if (c.value) this.dictSetStr(d, k, c.value);
      } else for (const [k, v] of o.owned) this.dictSetStr(d, k, v instanceof PyCell ? (v.value ?? this.None) : v);
      return d;
    }
  }
  return undefined;
};

Interp.prototype.getattrOpt = function (this: Interp, o: PyObject, name: string): PyObject | undefined {
  // Data descriptors on the type first (properties), then the instance, then the class.
  if (o instanceof PySuper) {
    const mro = (o.obj instanceof PyType && o.obj.isSubtype(o.cls) ? o.obj : o.obj.type).mro;
    const i = mro.indexOf(o.cls);
    for (const t of mro.slice(i + 1)) {
      const v = t.dict.get(name) ?? t.natives.get(name);
      if (v !== undefined) {
        if (o.obj instanceof PyType && v instanceof PyFunction) return this.push(v);
        return this.bind(v, o.obj, t);
      }
    }
    return undefined;
  }
  if (o instanceof PyType) {
    for (const t of o.mro) {
      const v = t.dict.get(name) ?? t.natives.get(name);
      if (v !== undefined) {
        if (v instanceof PyWrapper) {
          if (v.type === this.T.staticmethod) return this.push(v.func);
          if (v.type === this.T.classmethod) return this.bind(v, o, t);
        }
        if (v instanceof PyBuiltin && t.builtin && v.self === null) {
          // unbound method descriptor of a builtin type (list.append)
          return this.push(v);
        }
        return this.push(v);
      }
    }
    // The getset and member descriptors type_new put in a class's tp_dict (S.a of a __slots__ class).
    if (name !== '__dict__') {
      for (const t of o.mro) {
        const descr = t.descriptors.get(name);
        if (descr) return this.push(descr);
      }
    }
    const sp = this.special(o, name);
    if (sp) return sp;
    // metaclass attributes (type methods)
    const mv = o.type.lookup(name);
    if (mv) return this.bind(mv, o, o.type);
    return undefined;
  }
  const t = o.type;
  const cls = t.lookup(name);
  if (cls instanceof PyProperty) return this.bind(cls, o, t);
  if (o instanceof PyInstance) {
    const sv = o.slotValues.get(name);
    if (sv) return this.push(sv);
    if (o.dictObj) {
      const v = this.dictGetStr(o.dictObj, name);
      if (v) return this.push(v);
    } else {
      const v = o.attrs.get(name);
      if (v) return this.push(v);
    }
  }
  const sp = this.special(o, name);
  if (sp) return sp;
  if (cls !== undefined) {
    for (const k of t.mro) {
      if (k.dict.get(name) === cls || k.natives.get(name) === cls) return this.bind(cls, o, k);
    }
    return this.bind(cls, o, t);
  }
  if (isUserType(t)) {
    const ga = t.lookup('__getattr__');
    if (ga instanceof PyFunction) return this.callMethod(o, '__getattr__', [this.str(name)]);
  }
  return undefined;
};

Interp.prototype.getattr = function (this: Interp, o: PyObject, name: string): PyObject {
  const v = this.getattrOpt(o, name);
  if (v === undefined) this.attrError(o, name);
  return v;
};

Interp.prototype.setattr = function (this: Interp, o: PyObject, name: string, v: PyObject): void {
  const t = o.type;
  if (o instanceof PyType) {
    if (o.builtin) this.raise('TypeError', `cannot set '${name}' attribute of immutable type '${o.name}'`);
    o.dict.set(name, v);
    if (o.tpDict) this.dictSetStr(o.tpDict, name, v);
    if (name === '__del__') o.hasDel = true;
    return;
  }
  const cls = t.lookup(name);
  if (cls instanceof PyProperty) {
    if (!cls.fset) this.raise('AttributeError', `property '${cls.name || name}' of '${t.name}' object has no setter`);
    const r = this.call(this.push(cls.fset), [this.push(o), this.push(v)]);
    this.pop(r);
    return;
  }
  if (isUserType(t)) {
    const sa = t.lookup('__setattr__');
    if (sa instanceof PyFunction) {
      const r = this.callMethod(o, '__setattr__', [this.str(name), this.push(v)]);
      this.pop(r);
      return;
    }
  }
  if (o instanceof PyInstance) {
    if (t.slots && t.slots.includes(name)) {
      const old = o.slotValues.get(name);
      if (old) {
        o.slotValues.set(name, v);
        this.take(v, o, name);
        this.drop(old, o, name);
        return;
      }
      // Slot edges sit in declaration order, before inline attributes: subtype_dealloc clears
      // them in that order.
      const i = t.slots.indexOf(name);
      let pos = 0;
      for (const s of o.slotValues.keys()) if (t.slots.indexOf(s) < i) pos++;
      o.slotValues.set(name, v);
      this.heap.insert(v.id, o.id, name, pos);
      return;
    }
    if (!t.managedDict) {
      this.raise('AttributeError', `'${t.name}' object has no attribute '${name}'`);
    }
    if (o.dictObj) {
      const k = this.str(name);
      this.dictSet(o.dictObj, k, v);
      this.pop(k);
      return;
    }
    const old = o.attrs.get(name);
    if (old) {
      o.attrs.set(name, v);
      this.take(v, o, name);
      this.drop(old, o, name);
    } else {
      o.attrs.set(name, v);
      this.take(v, o, name);
    }
    return;
  }
  if (o instanceof PyFunction) {
    const old = o.attrs.get(name);
    o.attrs.set(name, v);
    this.take(v, o, name);
    if (old) this.drop(old, o, name);
    return;
  }
  if (o instanceof PyModule) {
    this.dictSetStr(o.dict, name, v);
    return;
  }
  if (o instanceof PyExc && name === '__cause__') {
    return;
  }
  if (t.lookup(name) !== undefined) this.raise('AttributeError', `'${t.name}' object attribute '${name}' is read-only`);
  this.raise('AttributeError', `'${t.name}' object has no attribute '${name}'`);
};

Interp.prototype.delattr = function (this: Interp, o: PyObject, name: string): void {
  if (o instanceof PyType && !o.builtin) {
    const old = o.dict.get(name);
    if (!old) this.attrError(o, name);
    o.dict.delete(name);
    if (o.tpDict) this.dictDel(o.tpDict, this.constStr(name));
    return;
  }
  const cls = o.type.lookup(name);
  if (cls instanceof PyProperty) {
    if (!cls.fdel) this.raise('AttributeError', `property '${cls.name || name}' of '${o.type.name}' object has no deleter`);
    const r = this.call(this.push(cls.fdel), [this.push(o)]);
    this.pop(r);
    return;
  }
  if (isUserType(o.type) && o.type.lookup('__delattr__') instanceof PyFunction) {
    const r = this.callMethod(o, '__delattr__', [this.str(name)]);
    this.pop(r);
    return;
  }
  if (o instanceof PyInstance) {
    const sv = o.slotValues.get(name);
    if (sv) {
      o.slotValues.delete(name);
      this.drop(sv, o, name);
      return;
    }
    if (o.dictObj) {
      const k = this.str(name);
      const ok = this.dictDel(o.dictObj, k);
      this.pop(k);
      if (!ok) this.attrError(o, name);
      return;
    }
    const old = o.attrs.get(name);
    if (!old) this.attrError(o, name);
    o.attrs.delete(name);
    this.drop(old, o, name);
    return;
  }
  if (o instanceof PyFunction) {
    const old = o.attrs.get(name);
    if (!old) this.attrError(o, name);
    o.attrs.delete(name);
    this.drop(old, o, name);
    return;
  }
  if (o instanceof PyModule) {
    const k = this.str(name);
    const ok = this.dictDel(o.dict, k);
    this.pop(k);
    if (!ok) this.attrError(o, name);
    return;
  }
  this.attrError(o, name);
};

export { PyNone, PyStr, PyTuple };
