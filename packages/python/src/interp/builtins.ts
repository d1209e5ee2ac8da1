/** Builtin functions and the methods and constructors of builtin types. */
import { PyErr } from './errors.js';
import { PyGen } from './calls.js';
import { Interp } from './interp.js';
import * as L from './layout.js';
import {
  PyBool,
  PyBuiltin,
  PyBytes,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyIter,
  PyList,
  PyMethod,
  PyModule,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
  PyWrapper,
  type Kwargs,
} from './objects.js';
import { isUserType } from './ops.js';
import { fmtFloat, floorDiv, floorMod, pyErrors } from './text.js';
import { intPowMod, parseFloatLiteral, parseIntLiteral, roundFloat, roundFloatToInt, roundInt } from '../runtime/text/index.js';
import { formatSpec } from './format.js';

type Fn = (rt: Interp, a: PyObject[], kw: Kwargs) => PyObject;

function kwarg(kw: Kwargs, name: string): PyObject | undefined {
  for (const [k, v] of kw) if (k === name) return v;
  return undefined;
}

function noKw(rt: Interp, name: string, kw: Kwargs): void {
  if (kw.length) rt.raise('TypeError', `${name}() takes no keyword arguments`);
}

function nargs(rt: Interp, name: string, a: PyObject[], min: number, max: number): void {
  if (a.length < min || a.length > max) {
    if (min === max) {
      rt.raise('TypeError', min === 1 ? `${name}() takes exactly one argument (${a.length} given)` : `${name} expected ${min} arguments, got ${a.length}`);
    }
    if (a.length < min) rt.raise('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${a.length}`);
    rt.raise('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${a.length}`);
  }
}

function asInt(rt: Interp, o: PyObject, what: string): bigint {
  if (o instanceof PyInt) return o.v;
  if (isUserType(o.type) && o.type.lookup('__index__')) return rt.index(o);
  rt.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer${what ? '' : ''}`);
}

function strArg(rt: Interp, o: PyObject | undefined, fn: string, argn = 1): string {
  if (!(o instanceof PyStr)) rt.raise('TypeError', `${fn}() argument ${argn} must be str, not ${o ? o.type.name : 'None'}`);
  return o.v;
}

export function installBuiltins(rt: Interp): void {
  const T = rt.T;
  const b = rt.builtins;
  const def = (name: string, fn: Fn): void => {
    const f = rt.native(name, fn as never);
    rt.allocStatic(f, { type: 'builtin_function_or_method', size: 72, gc: true }, rt.rootBuiltins, name);
    rt.dictSetStr(b, name, f);
  };
  const meth = (t: PyType, name: string, fn: Fn): void => {
    t.natives.set(name, rt.native(name, fn as never, `${t.name}.${name}`));
  };
  const ctor = (t: PyType, fn: Fn): void => {
    // fn receives (cls, ...args)
    t.natives.set('__new__', rt.native('__new__', fn as never, `${t.name}.__new__`));
  };

  // Types and constants in builtins.
  for (const name of ['object', 'type', 'int', 'bool', 'float', 'str', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed']) {
    rt.dictSetStr(b, name, T[name]!);
  }
  for (const t of Object.values(T)) if (t.isSubtype(T.BaseException!)) rt.dictSetStr(b, t.name, t);
  rt.dictSetStr(b, 'None', rt.None);
  rt.dictSetStr(b, 'True', rt.True);
  rt.dictSetStr(b, 'False', rt.False);
  rt.dictSetStr(b, 'NotImplemented', rt.NotImplemented);
  rt.dictSetStr(b, 'Ellipsis', rt.Ellipsis);
  rt.dictSetStr(b, '__name__', rt.constStr('builtins'));

  def('print', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const sep = kwarg(kw, 'sep');
    const end = kwarg(kw, 'end');
    const file = kwarg(kw, 'file');
    for (const [k] of kw) if (!['sep', 'end', 'file', 'flush'].includes(k)) rt.raise('TypeError', `'${k}' is an invalid keyword argument for print()`);
    const sepS = sep && sep !== rt.None ? strOrErr(rt, sep, 'sep') : ' ';
    const endS = end && end !== rt.None ? strOrErr(rt, end, 'end') : '\n';
    // Each piece print writes is a str object (the argument itself when it is one); while
    // stdout's buffer holds them they are live memory, as tracemalloc sees them.
    const parts: string[] = [];
    const sepO = sep && sep !== rt.None ? sep : rt.constStr(' ');
    const endO = end && end !== rt.None ? end : rt.constStr('\n');
    a.forEach((x, i) => {
      if (i > 0) rt.tm?.textWrite(sepO);
      if (x instanceof PyStr && x.type === rt.T.str) {
        parts.push(x.v);
        rt.tm?.textWrite(x);
      } else {
        // str(x): the object __str__ returned (allocated where __str__ ran), else a new str.
        const m = rt.userMethod(x, '__str__');
        const custom = m instanceof PyFunction || m instanceof PyBuiltin;
        const piece = custom ? rt.callMethod(x, '__str__', []) : rt.str(rt.toStr(x));
        if (!(piece instanceof PyStr)) {
          rt.pop(piece);
          rt.raise('TypeError', `__str__ returned non-string (type ${piece.type.name})`);
        }
        parts.push(piece.v);
        rt.tm?.textWrite(piece);
        rt.pop(piece);
      }
    });
    rt.tm?.textWrite(endO);
    const flush = kwarg(kw, 'flush');
    if (flush && rt.truthy(flush)) rt.tm?.flushText();
    const text = parts.join(sepS) + endS;
    let stream: 'stdout' | 'stderr' = 'stdout';
    if (file && file !== rt.None) {
      if (file === rt.modules.get('sys') ? false : file instanceof PyInstance && (file as PyInstance).attrs.get('__stream__')) {
        stream = 'stderr';
      }
      const s = (file as PyInstance & { stream?: string }).stream;
      if (s === 'stderr') stream = 'stderr';
    }
    rt.heap.write(stream, text);
    return rt.none();
  });
  def('len', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    noKw(rt, 'len', kw);
    nargs(rt, 'len', a, 1, 1);
    return rt.int(rt.len(a[0]!));
  });
  def('repr', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'repr', a, 1, 1);
    return rt.str(rt.repr(a[0]!));
  });
  def('ascii', (rt: Interp, a: PyObject[]) => rt.str(rt.repr(a[0]!).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    return cp < 0x100 ? '\\x' + cp.toString(16).padStart(2, '0') : cp < 0x10000 ? '\\u' + cp.toString(16).padStart(4, '0') : '\\U' + cp.toString(16).padStart(8, '0');
  })));
  def('id', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'id', a, 1, 1);
    return rt.int(BigInt(rt.address(a[0]!)));
  });
  def('hash', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'hash', a, 1, 1);
    return rt.int(rt.hash(a[0]!));
  });
  def('abs', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'abs', a, 1, 1);
    const x = a[0]!;
    if (x instanceof PyInt) return rt.int(x.v < 0n ? -x.v : x.v);
    if (x instanceof PyFloat) return rt.float(Math.abs(x.v));
    if (isUserType(x.type) && x.type.lookup('__abs__')) return rt.callMethod(x, '__abs__', []);
    rt.raise('TypeError', `bad operand type for abs(): '${x.type.name}'`);
  });
  def('isinstance', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'isinstance', a, 2, 2);
    return rt.bool(instCheck(rt, a[0]!, a[1]!));
  });
  def('issubclass', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'issubclass', a, 2, 2);
    if (!(a[0] instanceof PyType)) rt.raise('TypeError', 'issubclass() arg 1 must be a class');
    return rt.bool(subCheck(rt, a[0], a[1]!));
  });
  def('callable', (rt: Interp, a: PyObject[]) => {
    const x = a[0]!;
    return rt.bool(x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyMethod || x instanceof PyType || !!x.type.lookup('__call__'));
  });
  def('iter', (rt: Interp, a: PyObject[]) => {
    if (a.length === 2) {
      const it = rt.newIter('callable_iterator', null);
      it.extra = [a[0]!, a[1]!];
      rt.take(a[0]!, it, 'callable');
      rt.take(a[1]!, it, 'sentinel');
      return it;
    }
    nargs(rt, 'iter', a, 1, 2);
    return rt.iter(a[0]!);
  });
  def('next', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'next', a, 1, 2);
    const it = a[0]!;
    if (!(it instanceof PyIter || it instanceof PyGen || it.type.lookup('__next__'))) {
      rt.raise('TypeError', `'${it.type.name}' object is not an iterator`);
    }
    if (it instanceof PyGen) {
      try {
        const v = rt.resumeGen(it, null, null);
        if (v) return v;
      } catch (e) {
        if (a.length === 2 && e instanceof PyErr && e.exc.type.isSubtype(rt.T.StopIteration!)) {
          const x = rt.catchErr(e);
          rt.pop(x);
          return rt.push(a[1]!);
        }
        throw e;
      }
      if (a.length === 2) return rt.push(a[1]!);
      throw rt.makeErr(rt.T.StopIteration!, []);
    }
    if (!(it instanceof PyIter)) {
      try {
        return rt.callMethod(it, '__next__', []);
      } catch (e) {
        if (a.length === 2 && e instanceof PyErr && e.exc.type.isSubtype(rt.T.StopIteration!)) {
          const x = rt.catchErr(e);
          rt.pop(x);
          return rt.push(a[1]!);
        }
        throw e;
      }
    }
    const v = rt.next(it);
    if (v) return v;
    if (a.length === 2) return rt.push(a[1]!);
    throw rt.makeErr(rt.T.StopIteration!, []);
  });
  def('getattr', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'getattr', a, 2, 3);
    const name = a[1]!;
    if (!(name instanceof PyStr)) rt.raise('TypeError', `attribute name must be string, not '${name.type.name}'`);
    if (a.length === 3) {
      try {
        const v = rt.getattrOpt(a[0]!, name.v);
        return v ?? rt.push(a[2]!);
      } catch (e) {
        if (e instanceof PyErr && rt.errIs(e, 'AttributeError')) {
          const x = rt.catchErr(e);
          rt.pop(x);
          return rt.push(a[2]!);
        }
        throw e;
      }
    }
    return rt.getattr(a[0]!, name.v);
  });
  def('setattr', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'setattr', a, 3, 3);
    rt.setattr(a[0]!, strArg(rt, a[1], 'setattr', 2), a[2]!);
    return rt.none();
  });
  def('delattr', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'delattr', a, 2, 2);
    rt.delattr(a[0]!, strArg(rt, a[1], 'delattr', 2));
    return rt.none();
  });
  def('hasattr', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'hasattr', a, 2, 2);
    const name = a[1]!;
    if (!(name instanceof PyStr)) rt.raise('TypeError', `attribute name must be string, not '${name.type.name}'`);
    try {
      const v = rt.getattrOpt(a[0]!, name.v);
      if (v) rt.pop(v);
      return rt.bool(!!v);
    } catch (e) {
      if (e instanceof PyErr && rt.errIs(e, 'AttributeError')) {
        const x = rt.catchErr(e);
        rt.pop(x);
        return rt.bool(false);
      }
      throw e;
    }
  });
  def('vars', (rt: Interp, a: PyObject[]) => {
    if (a.length === 0) return rt.push(rt.frame.ns ?? rt.frame.globals);
    const v = rt.getattrOpt(a[0]!, '__dict__');
    if (!v) rt.raise('TypeError', 'vars() argument must have __dict__ attribute');
    return v;
  });
  def('dir', (rt: Interp, a: PyObject[]) => {
    const names = new Set<string>();
    if (a.length === 0) {
      const d = rt.frame.code.kind === 'module' ? rt.frame.globals : null;
      if (d) for (const e of d.table.list()) names.add((e.key as PyStr).v);
      else for (const k of rt.frame.locals.keys()) names.add(k);
    } else {
      const o = a[0]!;
      if (o instanceof PyInstance) {
        for (const k of o.attrs.keys()) names.add(k);
        for (const k of o.slotValues.keys()) names.add(k);
        if (o.dictObj) for (const e of o.dictObj.table.list()) names.add((e.key as PyStr).v);
      }
      if (o instanceof PyModule) for (const e of o.dict.table.list()) names.add((e.key as PyStr).v);
      const t = o instanceof PyType ? o : o.type;
      for (const m of t.mro) {
        for (const k of m.dict.keys()) names.add(k);
        for (const k of m.natives.keys()) if (k !== '__new__' || true) names.add(k);
      }
      if (!(o instanceof PyModule)) {
        for (const k of ['__class__', '__doc__', '__eq__', '__ne__', '__hash__', '__repr__', '__str__', '__init__', '__new__', '__getattribute__', '__setattr__', '__delattr__', '__dir__', '__format__', '__reduce__', '__reduce_ex__', '__sizeof__', '__subclasshook__', '__init_subclass__', '__le__', '__lt__', '__ge__', '__gt__']) names.add(k);
        if (o instanceof PyInstance && o.type.managedDict) {
          names.add('__dict__');
          names.add('__weakref__');
          names.add('__module__');
        }
      }
    }
    const sorted = [...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    return rt.list(sorted.map((s) => rt.str(s)));
  });
  def('min', (rt: Interp, a: PyObject[], kw: Kwargs) => minmax(rt, a, kw, 'min'));
  def('max', (rt: Interp, a: PyObject[], kw: Kwargs) => minmax(rt, a, kw, 'max'));
  def('sum', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    nargs(rt, 'sum', a, 1, 2);
    let acc = a[1] ? rt.push(a[1]) : kwarg(kw, 'start') ? rt.push(kwarg(kw, 'start')!) : rt.int(0);
    if (acc instanceof PyStr) rt.raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    const it = rt.iter(a[0]!);
    try {
      for (;;) {
        const v = rt.next(it);
        if (!v) break;
        const r = rt.binop(acc, v, '+');
        rt.pop(v);
        rt.pop(acc);
        acc = r;
      }
    } finally {
      rt.pop(it);
    }
    return acc;
  });
  def('any', (rt: Interp, a: PyObject[]) => {
    const it = rt.iter(a[0]!);
    try {
      for (;;) {
        const v = rt.next(it);
        if (!v) return rt.bool(false);
        const t = rt.truthy(v);
        rt.pop(v);
        if (t) return rt.bool(true);
      }
    } finally {
      rt.pop(it);
    }
  });
  def('all', (rt: Interp, a: PyObject[]) => {
    const it = rt.iter(a[0]!);
    try {
      for (;;) {
        const v = rt.next(it);
        if (!v) return rt.bool(true);
        const t = rt.truthy(v);
        rt.pop(v);
        if (!t) return rt.bool(false);
      }
    } finally {
      rt.pop(it);
    }
  });
  def('sorted', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    nargs(rt, 'sorted', a, 1, 1);
    const items = rt.toList(a[0]!);
    const l = rt.list(items);
    sortList(rt, l, kw);
    return l;
  });
  def('round', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const x = a[0] ?? kwarg(kw, 'number')!;
    const nd = a[1] ?? kwarg(kw, 'ndigits');
    const idx = (o: PyObject) => rt.index(o, `'${o.type.name}' object cannot be interpreted as an integer`);
    if (x instanceof PyInt) {
      if (!nd || nd === rt.None) return rt.int(x.v);
      return rt.int(roundInt(x.v, idx(nd)));
    }
    if (x instanceof PyFloat) {
      if (!nd || nd === rt.None) return rt.int(pyErrors(rt, () => roundFloatToInt(x.v)));
      const n = idx(nd);
      return rt.float(pyErrors(rt, () => roundFloat(x.v, n)));
    }
    if (isUserType(x.type) && x.type.lookup('__round__')) return rt.callMethod(x, '__round__', nd ? [rt.push(nd)] : []);
    rt.raise('TypeError', `type ${x.type.name} doesn't define __round__ method`);
  });
  def('divmod', (rt: Interp, a: PyObject[]) => {
    nargs(rt, 'divmod', a, 2, 2);
    const q = rt.binop(a[0]!, a[1]!, '//');
    const r = rt.binop(a[0]!, a[1]!, '%');
    return rt.tuple([q, r]);
  });
  def('pow', (rt: Interp, a: PyObject[]) => {
    if (a.length === 3) {
      const [x, y, m] = a as [PyInt, PyInt, PyInt];
      return rt.int(pyErrors(rt, () => intPowMod(x.v, y.v, m.v)));
    }
    return rt.binop(a[0]!, a[1]!, '**');
  });
  def('chr', (rt: Interp, a: PyObject[]) => {
    const n = asInt(rt, a[0]!, '');
    if (n < 0n || n > 0x10ffffn) rt.raise('ValueError', 'chr() arg not in range(0x110000)');
    return rt.str(String.fromCodePoint(Number(n)));
  });
  def('ord', (rt: Interp, a: PyObject[]) => {
    const s = a[0]!;
    if (s instanceof PyStr) {
      if (s.length !== 1) rt.raise('TypeError', `ord() expected a character, but string of length ${s.length} found`);
      return rt.int(s.v.codePointAt(0)!);
    }
    if (s instanceof PyBytes && s.v.length === 1) return rt.int(s.v[0]!);
    rt.raise('TypeError', `ord() expected string of length 1, but ${s.type.name} found`);
  });
  def('format', (rt: Interp, a: PyObject[]) => {
    const spec = a[1] ? strArg(rt, a[1], 'format', 2) : '';
    return rt.str(rt.formatValue(a[0]!, spec));
  });
  def('bin', (rt: Interp, a: PyObject[]) => rt.str(intPrefix(asInt(rt, a[0]!, ''), 2, '0b')));
  def('oct', (rt: Interp, a: PyObject[]) => rt.str(intPrefix(asInt(rt, a[0]!, ''), 8, '0o')));
  def('hex', (rt: Interp, a: PyObject[]) => rt.str(intPrefix(asInt(rt, a[0]!, ''), 16, '0x')));
  def('globals', (rt: Interp) => rt.push(rt.frame.globals));
  def('locals', (rt: Interp) => {
    if (rt.frame.code.kind === 'module') return rt.push(rt.frame.globals);
    if (rt.frame.ns) return rt.push(rt.frame.ns);
    const d = rt.dict();
    for (const [k, v] of rt.frame.locals) rt.dictSetStr(d, k, v);
    for (const [k, c] of rt.frame.cells) if (c.value) rt.dictSetStr(d, k, c.value);
    return d;
  });
  def('open', (rt: Interp) => rt.raise('PermissionError' in rt.T ? 'PermissionError' : 'OSError', 'heapline: the simulated program has no file access'));
  def('input', (rt: Interp) => rt.raise('EOFError', 'EOF when reading a line'));

  installTypes(rt, meth, ctor);
}

function strOrErr(rt: Interp, o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) rt.raise('TypeError', `${what} must be None or a string, not ${o.type.name}`);
  return o.v;
}

function intPrefix(n: bigint, base: number, prefix: string): string {
  return n < 0n ? `-${prefix}${(-n).toString(base)}` : `${prefix}${n.toString(base)}`;
}

function instCheck(rt: Interp, o: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => instCheck(rt, o, x));
  if (!(t instanceof PyType)) rt.raise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return o.type.isSubtype(t);
}
function subCheck(rt: Interp, c: PyType, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => subCheck(rt, c, x));
  if (!(t instanceof PyType)) rt.raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return c.isSubtype(t);
}

function minmax(rt: Interp, a: PyObject[], kw: Kwargs, name: 'min' | 'max'): PyObject {
  const key = kwarg(kw, 'key');
  const dflt = kwarg(kw, 'default');
  let items: PyObject[];
  if (a.length === 0) rt.raise('TypeError', `${name} expected at least 1 argument, got 0`);
  if (a.length === 1) items = rt.toList(a[0]!);
  else items = a.map((x) => rt.push(x));
  try {
    if (items.length === 0) {
      if (dflt) return rt.push(dflt);
      rt.raise('ValueError', `${name}() arg is an empty sequence`);
    }
    let best = items[0]!;
    let bestKey = key && key !== rt.None ? rt.call(rt.push(key), [rt.push(best)]) : rt.push(best);
    if (key && key !== rt.None) rt.pop(key);
    for (const x of items.slice(1)) {
      const k = key && key !== rt.None ? rt.call(rt.push(key), [rt.push(x)]) : rt.push(x);
      if (key && key !== rt.None) rt.pop(key);
      const c = rt.compare(k, bestKey, name === 'min' ? '<' : '>');
      const better = rt.truthy(c);
      rt.pop(c);
      if (better) {
        rt.pop(bestKey);
        bestKey = k;
        best = x;
      } else rt.pop(k);
    }
    rt.pop(bestKey);
    return rt.push(best);
  } finally {
    for (let i = items.length - 1; i >= 0; i--) rt.pop(items[i]!);
  }
}

/** list.sort: stable, with key and reverse. */
function sortList(rt: Interp, l: PyList, kw: Kwargs): void {
  const key = kwarg(kw, 'key');
  const rev = kwarg(kw, 'reverse');
  const reverse = rev ? rt.truthy(rev) : false;
  const items = l.items.slice();
  const keys = items.map((x) => (key && key !== rt.None ? rt.call(rt.push(key), [rt.push(x)]) : rt.push(x)));
  if (key && key !== rt.None) for (let i = 0; i < items.length; i++) rt.pop(key);
  const idx = items.map((_, i) => i);
  let error: unknown = null;
  const lt = (i: number, j: number): boolean => {
    const c = rt.compare(keys[i]!, keys[j]!, '<');
    const t = rt.truthy(c);
    rt.pop(c);
    return t;
  };
  try {
    // CPython reverses first when reverse=True, then sorts stably, then reverses again.
    if (reverse) idx.reverse();
    const sorted = idx.length < 64 ? binarySortRun(idx, lt) : mergeSort(idx, (x, y) => (lt(y, x) ? 1 : lt(x, y) ? -1 : 0));
    if (reverse) sorted.reverse();
    const newItems = sorted.map((i) => items[i]!);
    // Reorder the list's heap edges: simplest faithful model is to rebuild positions.
    if (newItems.some((x, p) => x !== l.items[p])) rt.listPermute(l, newItems);
  } catch (e) {
    error = e;
  } finally {
    for (let i = keys.length - 1; i >= 0; i--) rt.pop(keys[i]!);
  }
  if (error) throw error;
}

/**
 * timsort on a short list, as listsort does it: count_run (a strictly descending run is
 * reversed), then binary insertion of the rest, comparing `lt(pivot, element)`.
 */
function binarySortRun(a: number[], lt: (i: number, j: number) => boolean): number[] {
  const n = a.length;
  if (n < 2) return a.slice();
  const out = a.slice();
  let run = 2;
  if (lt(out[1]!, out[0]!)) {
    while (run < n && lt(out[run]!, out[run - 1]!)) run++;
    const head = out.slice(0, run).reverse();
    out.splice(0, run, ...head);
  } else {
    while (run < n && !lt(out[run]!, out[run - 1]!)) run++;
  }
  for (let start = run; start < n; start++) {
    const pivot = out[start]!;
    let l = 0;
    let r = start;
    while (l < r) {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, out[p]!)) r = p;
      else l = p + 1;
    }
    out.splice(start, 1);
    out.splice(l, 0, pivot);
  }
  return out;
}

function mergeSort(a: number[], cmp: (x: number, y: number) => number): number[] {
  if (a.length <= 1) return a;
  const m = a.length >> 1;
  const l = mergeSort(a.slice(0, m), cmp);
  const r = mergeSort(a.slice(m), cmp);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) {
    if (cmp(r[j]!, l[i]!) < 0) out.push(r[j++]!);
    else out.push(l[i++]!);
  }
  while (i < l.length) out.push(l[i++]!);
  while (j < r.length) out.push(r[j++]!);
  return out;
}

function self<T extends PyObject>(rt: Interp, a: PyObject[], cls: abstract new (...x: never[]) => T, t: string, m: string): T {
  const s = a[0];
  if (!(s instanceof cls)) rt.raise('TypeError', `descriptor '${m}' for '${t}' objects doesn't apply to a '${s ? s.type.name : 'NoneType'}' object`);
  return s;
}

function installTypes(
  rt: Interp,
  meth: (t: PyType, name: string, fn: Fn) => void,
  ctor: (t: PyType, fn: Fn) => void,
): void {
  const T = rt.T;

  // ---- object / type
  ctor(T.object!, (rt: Interp, a: PyObject[]) => {
    const cls = a[0] as PyType;
    if (cls === rt.T.object) return rt.alloc(new PyObject(rt.T.object!), { size: L.OBJECT_SIZE });
    return rt.makeInstance(cls);
  });
  meth(T.object!, '__init__', (rt: Interp) => rt.none());
  meth(T.object!, '__eq__', (rt: Interp, a: PyObject[]) => (a[0] === a[1] ? rt.bool(true) : rt.push(rt.NotImplemented)));
  meth(T.object!, '__ne__', (rt: Interp, a: PyObject[]) => rt.bool(a[0] !== a[1]));
  meth(T.object!, '__hash__', (rt: Interp, a: PyObject[]) => rt.int(BigInt(a[0]!.id) * 16n));
  meth(T.object!, '__repr__', (rt: Interp, a: PyObject[]) => rt.str(rt.defaultRepr(a[0]!)));
  meth(T.object!, '__str__', (rt: Interp, a: PyObject[]) => rt.str(rt.repr(a[0]!)));
  meth(T.object!, '__format__', (rt: Interp, a: PyObject[]) => rt.str(rt.formatValue(a[0]!, (a[1] as PyStr).v)));
  meth(T.object!, '__setattr__', (rt: Interp, a: PyObject[]) => {
    const o = a[0] as PyInstance;
    const name = (a[1] as PyStr).v;
    // object.__setattr__ bypasses a user __setattr__
    const t = o.type;
    const saved = t.dict.get('__setattr__');
    if (saved) t.dict.delete('__setattr__');
    try {
      rt.setattr(o, name, a[2]!);
    } finally {
      if (saved) t.dict.set('__setattr__', saved);
    }
    return rt.none();
  });
  meth(T.object!, '__getattribute__', (rt: Interp, a: PyObject[]) => rt.getattr(a[0]!, (a[1] as PyStr).v));
  meth(T.object!, '__delattr__', (rt: Interp, a: PyObject[]) => {
    const t = a[0]!.type;
    const saved = t.dict.get('__delattr__');
    if (saved) t.dict.delete('__delattr__');
    try {
      rt.delattr(a[0]!, (a[1] as PyStr).v);
    } finally {
      if (saved) t.dict.set('__delattr__', saved);
    }
    return rt.none();
  });
  meth(T.object!, '__sizeof__', (rt: Interp, a: PyObject[]) => {
    const o = a[0]!;
    const pre = (rt.heap.state.isGc(o.id) ? 16 : 0) + (o instanceof PyInstance && o.type.managedDict && !o.type.builtin ? 16 : 0);
    return rt.int(rt.heap.state.size[o.id]! - pre);
  });
  meth(T.object!, '__init_subclass__', (rt: Interp) => rt.none());
  ctor(T.type!, (rt: Interp, a: PyObject[]) => rt.typeCall(rt.T.type!, a.slice(1).map((x) => rt.push(x)), []));
  meth(T.type!, 'mro', (rt: Interp, a: PyObject[]) => rt.list((a[0] as PyType).mro.map((t) => rt.push(t))));
  meth(T.type!, '__subclasses__', (rt: Interp) => rt.list([]));

  // ---- int / bool / float
  ctor(T.int!, (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const cls = a[0] as PyType;
    const x = a[1];
    const base = a[2] ?? kwarg(kw, 'base');
    let v: bigint;
    if (!x) v = 0n;
    else if (x instanceof PyStr || x instanceof PyBytes) {
      const s = x instanceof PyStr ? x.v : new TextDecoder().decode(x.v);
      const b = base ? Number((base as PyInt).v) : 10;
      if (b !== 0 && (b < 2 || b > 36)) rt.raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
      v = x instanceof PyStr ? pyErrors(rt, () => parseIntLiteral(s, b)) : parseIntStr(rt, s, b, x);
    } else if (base) rt.raise('TypeError', "int() can't convert non-string with explicit base");
    else if (x instanceof PyInt) v = x.v;
    else if (x instanceof PyFloat) {
      if (Number.isNaN(x.v)) rt.raise('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(x.v)) rt.raise('OverflowError', 'cannot convert float infinity to integer');
      v = BigInt(Math.trunc(x.v));
    } else if (isUserType(x.type) && x.type.lookup('__int__')) {
      const r = rt.callMethod(x, '__int__', []);
      rt.pop(r);
      v = (r as PyInt).v;
    } else if (isUserType(x.type) && x.type.lookup('__index__')) v = rt.index(x);
    else rt.raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`);
    if (cls !== rt.T.int) {
      const o = rt.alloc(new PyInt(cls, v), { size: L.intSize(v), gc: isUserType(cls), cls: cls.id });
      return o;
    }
    return rt.int(v);
  });
  ctor(T.bool!, (rt: Interp, a: PyObject[]) => rt.bool(a[1] ? rt.truthy(a[1]) : false));
  ctor(T.float!, (rt: Interp, a: PyObject[]) => {
    const x = a[1];
    if (!x) return rt.float(0);
    if (x instanceof PyFloat) return rt.float(x.v);
    if (x instanceof PyInt) {
      const f = Number(x.v);
      if (!Number.isFinite(f)) rt.raise('OverflowError', 'int too large to convert to float');
      return rt.float(f);
    }
    if (x instanceof PyStr) return rt.float(pyErrors(rt, () => parseFloatLiteral(x.v)));
    if (isUserType(x.type) && x.type.lookup('__float__')) return rt.callMethod(x, '__float__', []);
    rt.raise('TypeError', `float() argument must be a string or a real number, not '${x.type.name}'`);
  });
  meth(T.int!, 'bit_length', (rt: Interp, a: PyObject[]) => {
    const v = (a[0] as PyInt).v;
    return rt.int(v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length);
  });
  const prop = (t: PyType, name: string, get: (rt: Interp, o: PyObject) => PyObject) =>
    t.natives.set(name, new PyProperty(rt.T.property!, rt.native(name, ((rt: Interp, a: PyObject[]) => get(rt, a[0]!)) as never), null, null));
  prop(T.int!, 'real', (rt, o) => rt.int((o as PyInt).v));
  prop(T.int!, 'imag', (rt) => rt.int(0));
  prop(T.int!, 'numerator', (rt, o) => rt.int((o as PyInt).v));
  prop(T.int!, 'denominator', (rt) => rt.int(1));
  prop(T.float!, 'real', (rt, o) => rt.float((o as PyFloat).v));
  prop(T.float!, 'imag', (rt) => rt.float(0));
  meth(T.int!, '__index__', (rt: Interp, a: PyObject[]) => rt.int((a[0] as PyInt).v));
  meth(T.int!, 'conjugate', (rt: Interp, a: PyObject[]) => rt.int((a[0] as PyInt).v));
  meth(T.int!, 'to_bytes', (rt: Interp) => rt.raise('NotImplementedError', 'int.to_bytes is not supported by heapline'));
  meth(T.float!, 'is_integer', (rt: Interp, a: PyObject[]) => rt.bool(Number.isInteger((a[0] as PyFloat).v)));
  meth(T.float!, 'hex', (rt: Interp, a: PyObject[]) => rt.str((a[0] as PyFloat).v.toString(16)));
  meth(T.float!, 'as_integer_ratio', (rt: Interp, a: PyObject[]) => {
    let x = (a[0] as PyFloat).v;
    let den = 1n;
    while (!Number.isInteger(x)) {
      x *= 2;
      den *= 2n;
    }
    let num = BigInt(x);
    const g = gcd(num < 0n ? -num : num, den);
    num /= g;
    return rt.tuple([rt.int(num), rt.int(den / g)]);
  });
  for (const t of [T.int!, T.float!]) {
    for (const [name, op] of [['__add__', '+'], ['__sub__', '-'], ['__mul__', '*'], ['__truediv__', '/'], ['__floordiv__', '//'], ['__mod__', '%'], ['__pow__', '**']] as const) {
      meth(t, name, (rt: Interp, a: PyObject[]) => {
        const r = rt.binopBuiltin(a[0]!, a[1]!, op, false);
        return r ?? rt.push(rt.NotImplemented);
      });
    }
  }
  for (const t of [T.int!, T.float!, T.str!, T.list!, T.tuple!]) {
    for (const [name, op] of [['__eq__', '=='], ['__ne__', '!='], ['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
      meth(t, name, (rt: Interp, a: PyObject[]) => {
        const r = rt.cmpBuiltin(a[0]!, a[1]!, op);
        return r === null ? rt.push(rt.NotImplemented) : rt.bool(r);
      });
    }
    meth(t, '__hash__', (rt: Interp, a: PyObject[]) => rt.int(rt.hash(a[0]!)));
    meth(t, '__repr__', (rt: Interp, a: PyObject[]) => rt.str(rt.repr(a[0]!)));
  }

  // ---- str
  ctor(T.str!, (rt: Interp, a: PyObject[]) => {
    const cls = a[0] as PyType;
    const s = a[1] ? rt.toStr(a[1]) : '';
    if (cls !== rt.T.str) return rt.alloc(new PyStr(cls, s), { size: L.strSize(s), gc: true, cls: cls.id });
    if (a[1] instanceof PyStr && a[1].type === rt.T.str) return rt.push(a[1]);
    return rt.str(s);
  });
  installStr(rt, meth);

  // ---- bytes
  ctor(T.bytes!, (rt: Interp, a: PyObject[]) => {
    const x = a[1];
    if (!x) return rt.bytes(new Uint8Array());
    if (x instanceof PyInt) return rt.bytes(new Uint8Array(Number(x.v)));
    if (x instanceof PyStr) {
      const enc = a[2];
      if (!enc) rt.raise('TypeError', 'string argument without an encoding');
      return rt.bytes(new TextEncoder().encode(x.v));
    }
    const items = rt.toList(x);
    const arr = Uint8Array.from(items.map((i) => Number((i as PyInt).v)));
    for (const i of items.reverse()) rt.pop(i);
    return rt.bytes(arr);
  });
  ctor(T.bytearray!, (rt: Interp, a: PyObject[]) => {
    const x = a[1];
    let data: Uint8Array;
    if (!x) data = new Uint8Array();
    else if (x instanceof PyInt) {
      if (x.v < 0n) rt.raise('ValueError', 'negative count');
      data = new Uint8Array(Number(x.v));
    } else if (x instanceof PyBytes) data = x.v.slice();
    else if (x instanceof PyStr) {
      if (!a[2]) rt.raise('TypeError', 'string argument without an encoding');
      data = new TextEncoder().encode(x.v);
    } else {
      const items = rt.toList(x);
      data = Uint8Array.from(items.map((i) => Number((i as PyInt).v)));
      for (const i of items.reverse()) rt.pop(i);
    }
    return rt.alloc(new PyBytes(rt.T.bytearray!, data), { size: data.length === 0 ? 56 : 57 + data.length });
  });
  meth(T.bytearray!, '__len__', (rt: Interp, a: PyObject[]) => rt.int((a[0] as PyBytes).v.length));
  meth(T.bytearray!, 'decode', (rt: Interp, a: PyObject[]) => rt.str(new TextDecoder().decode((a[0] as PyBytes).v)));
  meth(T.bytearray!, 'append', (rt: Interp, a: PyObject[]) => {
    const b = a[0] as PyBytes & { v: Uint8Array };
    const n = new Uint8Array(b.v.length + 1);
    n.set(b.v);
    n[b.v.length] = Number((a[1] as PyInt).v);
    (b as { v: Uint8Array }).v = n;
    const size = 57 + n.length;
    rt.heap.resize(b.id, size);
    rt.onResize?.(b, size);
    return rt.none();
  });
  rt.dictSetStr(rt.builtins, 'bytearray', T.bytearray!);
  {
    const bv = (rt: Interp, o: PyObject | undefined, what: string): Uint8Array => {
      if (!(o instanceof PyBytes)) rt.raise('TypeError', `a bytes-like object is required, not '${o ? o.type.name : 'NoneType'}'`);
      return o.v;
    };
    const idxOf = (h: Uint8Array, n: Uint8Array, from = 0): number => {
      outer: for (let i = from; i + n.length <= h.length; i++) {
        for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
        return i;
      }
      return -1;
    };
    const mapBytes = (f: (c: number) => number) => (rt: Interp, a: PyObject[]) => rt.bytes(Uint8Array.from((a[0] as PyBytes).v, f));
    meth(T.bytes!, 'upper', mapBytes((c) => (c >= 97 && c <= 122 ? c - 32 : c)));
    meth(T.bytes!, 'lower', mapBytes((c) => (c >= 65 && c <= 90 ? c + 32 : c)));
    meth(T.bytes!, 'hex', (rt: Interp, a: PyObject[]) => rt.str(Array.from((a[0] as PyBytes).v, (c) => c.toString(16).padStart(2, '0')).join('')));
    meth(T.bytes!, 'find', (rt: Interp, a: PyObject[]) => rt.int(idxOf((a[0] as PyBytes).v, bv(rt, a[1], 'find'))));
    meth(T.bytes!, 'count', (rt: Interp, a: PyObject[]) => {
      const h = (a[0] as PyBytes).v;
      const n = bv(rt, a[1], 'count');
      if (n.length === 0) return rt.int(h.length + 1);
      let k = 0;
      for (let i = idxOf(h, n); i >= 0; i = idxOf(h, n, i + n.length)) k++;
      return rt.int(k);
    });
    meth(T.bytes!, 'startswith', (rt: Interp, a: PyObject[]) => {
      const h = (a[0] as PyBytes).v;
      const n = bv(rt, a[1], 'startswith');
      return rt.bool(n.length <= h.length && n.every((c, i) => h[i] === c));
    });
    meth(T.bytes!, 'endswith', (rt: Interp, a: PyObject[]) => {
      const h = (a[0] as PyBytes).v;
      const n = bv(rt, a[1], 'endswith');
      return rt.bool(n.length <= h.length && n.every((c, i) => h[h.length - n.length + i] === c));
    });
    meth(T.bytes!, 'split', (rt: Interp, a: PyObject[]) => {
      const h = (a[0] as PyBytes).v;
      const parts: Uint8Array[] = [];
      if (!a[1] || a[1] === rt.None) {
        let cur: number[] = [];
        for (const c of h) {
          if (c === 32 || (c >= 9 && c <= 13)) {
            if (cur.length) parts.push(Uint8Array.from(cur));
            cur = [];
          } else cur.push(c);
        }
        if (cur.length) parts.push(Uint8Array.from(cur));
      } else {
        const n = bv(rt, a[1], 'split');
        if (n.length === 0) rt.raise('ValueError', 'empty separator');
        let start = 0;
        for (let i = idxOf(h, n); i >= 0; i = idxOf(h, n, start)) {
          parts.push(h.slice(start, i));
          start = i + n.length;
        }
        parts.push(h.slice(start));
      }
      return rt.list(parts.map((p) => rt.bytes(p)));
    });
  }
  meth(T.bytes!, 'decode', (rt: Interp, a: PyObject[]) => rt.str(new TextDecoder().decode((a[0] as PyBytes).v)));

  // ---- list
  ctor(T.list!, (rt: Interp, a: PyObject[]) => {
    const cls = a[0] as PyType;
    const src = a[1];
    const items = src ? rt.toList(src) : [];
    // list(x): exact preallocation (rounded up to even) when x has a length, else appends.
    const sized = src && (src instanceof PyList || src instanceof PyTuple || src instanceof PyRange || src instanceof PyStr || src instanceof PyDict || src instanceof PySet || src instanceof PyBytes);
    if (cls === rt.T.list && src && !sized) {
      const l = rt.list([]);
      for (const it of items) {
        rt.listAppend(l, it);
        rt.pop(it);
      }
      return l;
    }
    if (cls === rt.T.list && sized) return rt.list(items, items.length === 0 ? 0 : (items.length + 1) & ~1);
    if (cls !== rt.T.list) {
      const l = rt.alloc(new PyList(cls), { size: L.listSize(0), gc: true, sequence: true, cls: cls.id });
      for (const it of items) {
        rt.listAppend(l, it);
        rt.pop(it);
      }
      return l;
    }
    return rt.list(items);
  });
  installList(rt, meth);

  // ---- tuple
  ctor(T.tuple!, (rt: Interp, a: PyObject[]) => {
    const x = a[1];
    if (!x) return rt.push(rt.emptyTuple);
    if (x instanceof PyTuple && x.type === rt.T.tuple) return rt.push(x);
    return rt.tuple(rt.toList(x));
  });
  meth(T.tuple!, 'count', (rt: Interp, a: PyObject[]) => rt.int((a[0] as PyTuple).items.filter((x) => x === a[1] || rt.eq(x, a[1]!)).length));
  meth(T.tuple!, 'index', (rt: Interp, a: PyObject[]) => {
    const i = (a[0] as PyTuple).items.findIndex((x) => x === a[1] || rt.eq(x, a[1]!));
    if (i < 0) rt.raise('ValueError', 'tuple.index(x): x not in tuple');
    return rt.int(i);
  });
  meth(T.tuple!, '__len__', (rt: Interp, a: PyObject[]) => rt.int((a[0] as PyTuple).items.length));
  meth(T.tuple!, '__getitem__', (rt: Interp, a: PyObject[]) => rt.getitem(a[0]!, a[1]!));

  // ---- dict
  ctor(T.dict!, (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const cls = a[0] as PyType;
    const d = cls === rt.T.dict ? rt.dict() : rt.alloc(new PyDict(cls), { size: L.EMPTY_DICT_SIZE, gc: true, cls: cls.id });
    if (a[1]) dictUpdate(rt, d, a[1]);
    for (const [k, v] of kw) {
      rt.dictSetStr(d, k, v);
    }
    return d;
  });
  installDict(rt, meth, dictUpdate);

  // ---- set / frozenset
  ctor(T.set!, (rt: Interp, a: PyObject[]) => {
    const s = rt.set();
    if (a[1]) {
      const items = rt.toList(a[1]);
      for (const it of items) rt.setAdd(s, it);
      for (const it of items.reverse()) rt.pop(it);
    }
    return s;
  });
  ctor(T.frozenset!, (rt: Interp, a: PyObject[]) => {
    const s = rt.set(true);
    if (a[1]) {
      const items = rt.toList(a[1]);
      for (const it of items) rt.setAdd(s, it);
      for (const it of items.reverse()) rt.pop(it);
    }
    return s;
  });
  installSet(rt, meth);

  // ---- range, slice
  ctor(T.range!, (rt: Interp, a: PyObject[]) => {
    const args = a.slice(1).map((x) => {
      if (!(x instanceof PyInt) && !(isUserType(x.type) && x.type.lookup('__index__'))) rt.raise('TypeError', `'${x.type.name}' object cannot be interpreted as an integer`);
      return rt.index(x);
    });
    if (args.length === 0) rt.raise('TypeError', 'range expected at least 1 argument, got 0');
    if (args.length > 3) rt.raise('TypeError', `range expected at most 3 arguments, got ${args.length}`);
    const [start, stop, step] = args.length === 1 ? [0n, args[0]!, 1n] : [args[0]!, args[1]!, args[2] ?? 1n];
    if (step === 0n) rt.raise('ValueError', 'range() arg 3 must not be zero');
    return rt.alloc(new PyRange(rt.T.range!, start, stop, step), { size: L.RANGE_SIZE });
  });
  meth(T.range!, 'index', (rt: Interp, a: PyObject[]) => {
    const r = a[0] as PyRange;
    if (!rt.contains(r, a[1]!)) rt.raise('ValueError', `${rt.repr(a[1]!)} is not in range`);
    return rt.int(((a[1] as PyInt).v - r.start) / r.step);
  });
  meth(T.range!, 'count', (rt: Interp, a: PyObject[]) => rt.int(rt.contains(a[0]!, a[1]!) ? 1 : 0));
  for (const [n, get] of [['start', (r: PyRange) => r.start], ['stop', (r: PyRange) => r.stop], ['step', (r: PyRange) => r.step]] as const) {
    T.range!.natives.set(n, new PyProperty(T.property!, rt.native(n, ((rt: Interp, a: PyObject[]) => rt.int(get(a[0] as PyRange))) as never), null, null));
  }
  ctor(T.slice!, (rt: Interp, a: PyObject[]) => {
    const args = a.slice(1);
    const [lo, hi, st] = args.length === 1 ? [rt.None, args[0]!, rt.None] : [args[0]!, args[1]!, args[2] ?? rt.None];
    const s = rt.alloc(new PySlice(rt.T.slice!, lo, hi, st), { size: L.SLICE_SIZE });
    rt.take(lo, s, 'start');
    rt.take(hi, s, 'stop');
    rt.take(st, s, 'step');
    return s;
  });

  // ---- descriptors
  ctor(T.property!, (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const get = (i: number, n: string) => {
      const v = a[i] ?? kwarg(kw, n);
      return v && v !== rt.None ? v : null;
    };
    const p = rt.alloc(new PyProperty(rt.T.property!, get(1, 'fget'), get(2, 'fset'), get(3, 'fdel')), { size: 80, gc: true });
    if (p.fget) rt.take(p.fget, p, 'fget');
    if (p.fset) rt.take(p.fset, p, 'fset');
    if (p.fdel) rt.take(p.fdel, p, 'fdel');
    return p;
  });
  const propWith = (slot: 'fget' | 'fset' | 'fdel') => (rt: Interp, a: PyObject[]) => {
    const old = a[0] as PyProperty;
    const p = rt.alloc(new PyProperty(rt.T.property!, old.fget, old.fset, old.fdel), { size: 80, gc: true });
    p[slot] = a[1]!;
    if (p.fget) rt.take(p.fget, p, 'fget');
    if (p.fset) rt.take(p.fset, p, 'fset');
    if (p.fdel) rt.take(p.fdel, p, 'fdel');
    return p;
  };
  meth(T.property!, 'getter', propWith('fget'));
  meth(T.property!, 'setter', propWith('fset'));
  meth(T.property!, 'deleter', propWith('fdel'));
  for (const kind of ['staticmethod', 'classmethod'] as const) {
    ctor(T[kind]!, (rt: Interp, a: PyObject[]) => {
      const w = rt.alloc(new PyWrapper(rt.T[kind]!, a[1]!), { size: 56, gc: true });
      rt.take(a[1]!, w, '__func__');
      return w;
    });
  }
  ctor(T.super!, (rt: Interp, a: PyObject[]) => {
    let cls = a[1] as PyType | undefined;
    let obj = a[2];
    if (!cls) {
      // Zero-argument form: the class defining the running method, and its first argument.
      const f = rt.frame;
      const fn = f.func;
      const firstName = fn ? (fn.code.params[0] ?? '') : '';
      obj = f.locals.get(firstName) ?? f.cells.get(firstName)?.value ?? undefined;
      if (!fn || !obj) rt.raise('RuntimeError', 'super(): no arguments');
      const mroOf = obj instanceof PyType ? obj.mro : obj.type.mro;
      cls = mroOf.find((t) => [...t.dict.values()].some((v) => v === fn || (v instanceof PyWrapper && v.func === fn) || (v instanceof PyProperty && (v.fget === fn || v.fset === fn))));
      if (!cls) rt.raise('RuntimeError', 'super(): __class__ cell not found');
    }
    const s = rt.alloc(new PySuper(rt.T.super!, cls, obj!), { size: 48, gc: true });
    rt.take(cls, s, '__thisclass__');
    rt.take(obj!, s, '__self__');
    return s;
  });

  // ---- iterators over iterables
  ctor(T.enumerate!, (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const src = a[1] ?? kwarg(kw, 'iterable');
    if (!src) rt.raise('TypeError', "enumerate() missing required argument 'iterable' (pos 1)");
    const sub = rt.iter(src);
    const it = rt.newIter('enumerate', null);
    it.extra = [sub];
    rt.take(sub, it, 'en_sit');
    rt.pop(sub);
    const start = a[2] ?? kwarg(kw, 'start');
    it.next = start ? (start as PyInt).v : 0n;
    return it;
  });
  ctor(T.zip!, (rt: Interp, a: PyObject[]) => {
    const subs = a.slice(1).map((x) => rt.iter(x));
    const it = rt.newIter('zip', null);
    it.extra = subs;
    subs.forEach((s, i) => rt.take(s, it, i === 0 ? 'ittuple' : `ittuple ${i}`));
    for (const s of subs.slice().reverse()) rt.pop(s);
    return it;
  });
  ctor(T.map!, (rt: Interp, a: PyObject[]) => {
    if (a.length < 3) rt.raise('TypeError', 'map() must have at least two arguments.');
    const subs = a.slice(2).map((x) => rt.iter(x));
    const it = rt.newIter('map', null);
    it.extra = [a[1]!, ...subs];
    rt.take(a[1]!, it, 'func');
    subs.forEach((s, i) => rt.take(s, it, `iters ${i}`));
    for (const s of subs.slice().reverse()) rt.pop(s);
    return it;
  });
  ctor(T.filter!, (rt: Interp, a: PyObject[]) => {
    const sub = rt.iter(a[2]!);
    const it = rt.newIter('filter', null);
    it.extra = [a[1]!, sub];
    rt.take(a[1]!, it, 'func');
    rt.take(sub, it, 'it');
    rt.pop(sub);
    return it;
  });
  ctor(T.reversed!, (rt: Interp, a: PyObject[]) => {
    const x = a[1]!;
    if (x instanceof PyList) return rt.newIter('list_reverseiterator', x);
    if (x instanceof PyDict || (x instanceof PyIter && x.kind === 'dict_view')) {
      const keys = rt.toList(x).reverse();
      const l = rt.list(keys);
      const it = rt.newIter('list_iterator', l);
      rt.pop(l);
      return it;
    }
    if (isUserType(x.type) && x.type.lookup('__reversed__')) return rt.callMethod(x, '__reversed__', []);
    if (x instanceof PyTuple || x instanceof PyStr || x instanceof PyRange || (isUserType(x.type) && x.type.lookup('__getitem__') && x.type.lookup('__len__'))) {
      const items = rt.toList(x).reverse();
      const l = rt.list(items);
      const it = rt.newIter('list_iterator', l);
      rt.pop(l);
      return it;
    }
    rt.raise('TypeError', `'${x.type.name}' object is not reversible`);
  });
  for (const k of ['list_iterator', 'tuple_iterator', 'range_iterator', 'str_ascii_iterator', 'set_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'enumerate', 'zip', 'map', 'filter', 'list_reverseiterator', 'callable_iterator', 'iterator', 'bytes_iterator']) {
    meth(T[k]!, '__iter__', (rt: Interp, a: PyObject[]) => rt.push(a[0]!));
    meth(T[k]!, '__next__', (rt: Interp, a: PyObject[]) => {
      const v = rt.next(a[0]!);
      if (!v) throw rt.makeErr(rt.T.StopIteration!, []);
      return v;
    });
  }

  // ---- generators
  meth(T.generator!, '__iter__', (rt: Interp, a: PyObject[]) => rt.push(a[0]!));
  meth(T.generator!, '__next__', (rt: Interp, a: PyObject[]) => {
    const v = rt.resumeGen(a[0] as PyGen, null, null);
    if (!v) throw rt.makeErr(rt.T.StopIteration!, []);
    return v;
  });
  meth(T.generator!, 'send', (rt: Interp, a: PyObject[]) => {
    const v = rt.resumeGen(a[0] as PyGen, rt.push(a[1]!), null);
    if (!v) throw rt.makeErr(rt.T.StopIteration!, []);
    return v;
  });
  meth(T.generator!, 'throw', (rt: Interp, a: PyObject[]) => {
    let e = a[1]!;
    if (e instanceof PyType) e = rt.call(rt.push(e), a[2] ? [rt.push(a[2])] : []);
    else rt.push(e);
    const err = rt.throwing(e as PyExc);
    const v = rt.resumeGen(a[0] as PyGen, null, err);
    if (!v) throw rt.makeErr(rt.T.StopIteration!, []);
    return v;
  });
  meth(T.generator!, 'close', (rt: Interp, a: PyObject[]) => {
    rt.closeGen(a[0] as PyGen);
    return rt.none();
  });
  T.generator!.natives.set('gi_running', new PyProperty(T.property!, rt.native('gi_running', ((rt: Interp, a: PyObject[]) => rt.bool((a[0] as PyGen).state === 'running')) as never), null, null));
  T.generator!.natives.set('gi_frame', new PyProperty(T.property!, rt.native('gi_frame', ((rt: Interp, a: PyObject[]) => ((a[0] as PyGen).state === 'closed' ? rt.none() : rt.push(a[0]!))) as never), null, null));
  T.generator!.natives.set('__name__', new PyProperty(T.property!, rt.native('__name__', ((rt: Interp, a: PyObject[]) => rt.str((a[0] as PyGen).name)) as never), null, null));

  // ---- exceptions
  ctor(T.BaseException!, (rt: Interp, a: PyObject[]) => {
    const cls = a[0] as PyType;
    const e = rt.makeInstance(cls) as PyExc;
    const argt = rt.tuple(a.slice(1).map((x) => rt.push(x)));
    e.args = argt;
    rt.take(argt, e, 'args');
    rt.pop(argt);
    return e;
  });
  meth(T.BaseException!, '__init__', (rt: Interp, a: PyObject[]) => {
    const e = a[0] as PyExc;
    const argt = rt.tuple(a.slice(1).map((x) => rt.push(x)));
    const old = e.args;
    e.args = argt;
    rt.take(argt, e, 'args');
    if (old) rt.drop(old, e, 'args');
    rt.pop(argt);
    return rt.none();
  });
  meth(T.BaseException!, 'with_traceback', (rt: Interp, a: PyObject[]) => rt.push(a[0]!));
  meth(T.BaseException!, '__str__', (rt: Interp, a: PyObject[]) => rt.str(rt.excStr(a[0] as PyExc)));
  meth(T.BaseException!, '__repr__', (rt: Interp, a: PyObject[]) => rt.str(rt.excRepr(a[0] as PyExc)));

  // ---- functions / methods
  meth(T.function!, '__get__', (rt: Interp, a: PyObject[]) => (a[1] === rt.None ? rt.push(a[0]!) : rt.bind(a[0]!, a[1]!, a[1]!.type)));
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

function parseIntStr(rt: Interp, s: string, base: number, orig: PyObject): bigint {
  const bad = (): never => rt.raise('ValueError', `invalid literal for int() with base ${base}: ${rt.repr(orig)}`);
  let t = s.trim();
  if (t === '') bad();
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const pfx = t.slice(0, 2).toLowerCase();
  if ((b === 16 && pfx === '0x') || (b === 8 && pfx === '0o') || (b === 2 && pfx === '0b')) t = t.slice(2);
  else if (b === 0) {
    if (pfx === '0x') [b, t] = [16, t.slice(2)];
    else if (pfx === '0o') [b, t] = [8, t.slice(2)];
    else if (pfx === '0b') [b, t] = [2, t.slice(2)];
    else {
      b = 10;
      if (/^0+[1-9]/.test(t)) bad();
    }
  }
  if (t === '' || t.startsWith('_') || t.endsWith('_') || t.includes('__')) bad();
  t = t.replace(/_/g, '');
  let v = 0n;
  const B = BigInt(b);
  for (const ch of t.toLowerCase()) {
    const d = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 87 : 99;
    if (d >= b) bad();
    v = v * B + BigInt(d);
  }
  return neg ? -v : v;
}

function dictUpdate(rt: Interp, d: PyDict, src: PyObject): void {
  if (src instanceof PyDict) {
    for (const e of src.table.list()) rt.dictSet(d, e.key, e.value);
    return;
  }
  if (isUserType(src.type) && src.type.lookup('keys')) {
    const keys = rt.callMethod(src, 'keys', []);
    for (const k of rt.toList(keys)) {
      const v = rt.getitem(src, k);
      rt.dictSet(d, k, v);
      rt.pop(v);
      rt.pop(k);
    }
    rt.pop(keys);
    return;
  }
  const items = rt.toList(src);
  let i = 0;
  for (const it of items) {
    const pair = rt.toList(it);
    if (pair.length !== 2) {
      for (const p of pair.reverse()) rt.pop(p);
      rt.raise('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    rt.dictSet(d, pair[0]!, pair[1]!);
    rt.pop(pair[1]!);
    rt.pop(pair[0]!);
    i++;
  }
  for (const it of items.reverse()) rt.pop(it);
}

import { installStr } from './strMethods.js';
import { installList, installDict, installSet } from './containerMethods.js';
export { self, kwarg, nargs, sortList, fmtFloat };
