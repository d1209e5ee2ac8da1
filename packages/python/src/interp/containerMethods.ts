/** Methods of list, dict and set. */
import { Interp } from './interp.js';
import * as L from './layout.js';
import { PyDict, PyInt, PyIter, PyList, PyObject, PySet, PyStr, PyType, PyWrapper, type Kwargs } from './objects.js';
import { kwarg, sortList } from './builtins.js';

type Fn = (rt: Interp, a: PyObject[], kw: Kwargs) => PyObject;
type Meth = (t: PyType, name: string, fn: Fn) => void;

function lst(rt: Interp, a: PyObject[], m: string): PyList {
  const l = a[0];
  if (!(l instanceof PyList)) rt.raise('TypeError', `descriptor '${m}' for 'list' objects doesn't apply to a '${l ? l.type.name : 'NoneType'}' object`);
  return l;
}

export function installList(rt: Interp, meth: Meth): void {
  const m = (name: string, fn: Fn) => meth(rt.T.list!, name, fn);
  m('append', (rt: Interp, a: PyObject[]) => {
    const l = lst(rt, a, 'append');
    if (a.length !== 2) rt.raise('TypeError', `list.append() takes exactly one argument (${a.length - 1} given)`);
    rt.listAppend(l, a[1]!);
    return rt.none();
  });
  m('extend', (rt: Interp, a: PyObject[]) => {
    const l = lst(rt, a, 'extend');
    const items = rt.toList(a[1]!);
    for (const it of items) rt.listAppend(l, it);
    for (let i = items.length - 1; i >= 0; i--) rt.pop(items[i]!);
    return rt.none();
  });
  m('insert', (rt: Interp, a: PyObject[]) => {
    const l = lst(rt, a, 'insert');
    let i = Number(rt.index(a[1]!));
    const n = l.items.length;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    rt.listInsert(l, i, a[2]!);
    return rt.none();
  });
  m('pop', (rt: Interp, a: PyObject[]) => {
    const l = lst(rt, a, 'pop');
    if (l.items.length === 0) rt.raise('IndexError', 'pop from empty list');
    let i = a[1] ? Number(rt.index(a[1])) : l.items.length - 1;
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) rt.raise('IndexError', 'pop index out of range');
    const v = rt.push(l.items[i]!);
    rt.listRemoveAt(l, i);
    shrink(rt, l);
    return v;
  });
  m('remove', (rt: Interp, a: PyObject[]) => {
    const l = lst(rt, a, 'remove');
    const i = l.items.findIndex((x) => x === a[1] || rt.eq(x, a[1]!));
    if (i < 0) rt.raise('ValueError', 'list.remove(x): x not in list');
    rt.listRemoveAt(l, i);
    shrink(rt, l);
    return rt.none();
  });
  m('index', (rt: Interp, a: PyObject[]) => {
    const l = lst(rt, a, 'index');
    const start = a[2] instanceof PyInt ? Number(a[2].v) : 0;
    const i = l.items.findIndex((x, k) => k >= start && (x === a[1] || rt.eq(x, a[1]!)));
    if (i < 0) rt.raise('ValueError', `${rt.repr(a[1]!)} is not in list`);
    return rt.int(i);
  });
  m('count', (rt: Interp, a: PyObject[]) => rt.int(lst(rt, a, 'count').items.filter((x) => x === a[1] || rt.eq(x, a[1]!)).length));
  m('clear', (rt: Interp, a: PyObject[]) => {
    rt.listClear(lst(rt, a, 'clear'));
    return rt.none();
  });
  m('copy', (rt: Interp, a: PyObject[]) => rt.list(lst(rt, a, 'copy').items.map((x) => rt.push(x))));
  m('reverse', (rt: Interp, a: PyObject[]) => {
    const l = lst(rt, a, 'reverse');
    const n = l.items.length;
    if (n > 1) rt.listPermute(l, l.items.slice().reverse());
    return rt.none();
  });
  m('sort', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    sortList(rt, lst(rt, a, 'sort'), kw);
    return rt.none();
  });
  m('__len__', (rt: Interp, a: PyObject[]) => rt.int(lst(rt, a, '__len__').items.length));
  m('__getitem__', (rt: Interp, a: PyObject[]) => rt.getitem(a[0]!, a[1]!));
  m('__setitem__', (rt: Interp, a: PyObject[]) => {
    rt.setitem(a[0]!, a[1]!, a[2]!);
    return rt.none();
  });
  m('__delitem__', (rt: Interp, a: PyObject[]) => {
    rt.delitem(a[0]!, a[1]!);
    return rt.none();
  });
  m('__contains__', (rt: Interp, a: PyObject[]) => rt.bool(rt.contains(a[0]!, a[1]!)));
  m('__iter__', (rt: Interp, a: PyObject[]) => rt.iter(a[0]!));
  m('__init__', (rt: Interp) => rt.none());
  m('__add__', (rt: Interp, a: PyObject[]) => rt.binopBuiltin(a[0]!, a[1]!, '+', false) ?? rt.push(rt.NotImplemented));
}

/** list_resize when shrinking: capacity halves once the list is less than half full. */
function shrink(rt: Interp, l: PyList): void {
  const n = l.items.length;
  if (l.capacity >= n && n >= l.capacity >> 1) return;
  rt.listReserve(l, n);
}

function dct(rt: Interp, a: PyObject[], m: string): PyDict {
  const d = a[0];
  if (!(d instanceof PyDict)) rt.raise('TypeError', `descriptor '${m}' for 'dict' objects doesn't apply to a '${d ? d.type.name : 'NoneType'}' object`);
  return d;
}

function view(rt: Interp, d: PyDict, kind: 'key' | 'value' | 'item'): PyIter {
  const t = rt.T[`dict_${kind}s`]!;
  const v = rt.alloc(new PyIter(t, 'dict_view', d), { size: 40, gc: true });
  v.extra = [rt.constStr(kind)];
  rt.take(d, v, 'mapping');
  return v;
}

export function installDict(rt: Interp, meth: Meth, update: (rt: Interp, d: PyDict, src: PyObject) => void): void {
  const m = (name: string, fn: Fn) => meth(rt.T.dict!, name, fn);
  m('get', (rt: Interp, a: PyObject[]) => {
    const v = rt.dictGet(dct(rt, a, 'get'), a[1]!);
    return v ? rt.push(v) : a[2] ? rt.push(a[2]) : rt.none();
  });
  m('keys', (rt: Interp, a: PyObject[]) => view(rt, dct(rt, a, 'keys'), 'key'));
  m('values', (rt: Interp, a: PyObject[]) => view(rt, dct(rt, a, 'values'), 'value'));
  m('items', (rt: Interp, a: PyObject[]) => view(rt, dct(rt, a, 'items'), 'item'));
  m('pop', (rt: Interp, a: PyObject[]) => {
    const d = dct(rt, a, 'pop');
    const v = rt.dictGet(d, a[1]!);
    if (!v) {
      if (a[2]) return rt.push(a[2]);
      throw rt.makeErr(rt.T.KeyError!, [a[1]!]);
    }
    rt.push(v);
    rt.dictDel(d, a[1]!);
    return v;
  });
  m('popitem', (rt: Interp, a: PyObject[]) => {
    const d = dct(rt, a, 'popitem');
    const list = d.table.list();
    const e = list[list.length - 1];
    if (!e) rt.raise('KeyError', 'popitem(): dictionary is empty');
    const t = rt.tuple([rt.push(e.key), rt.push(e.value)]);
    rt.dictDel(d, e.key);
    return t;
  });
  m('setdefault', (rt: Interp, a: PyObject[]) => {
    const d = dct(rt, a, 'setdefault');
    const v = rt.dictGet(d, a[1]!);
    if (v) return rt.push(v);
    const dv = a[2] ?? rt.None;
    rt.dictSet(d, a[1]!, dv);
    return rt.push(dv);
  });
  m('update', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const d = dct(rt, a, 'update');
    if (a[1]) update(rt, d, a[1]);
    for (const [k, v] of kw) rt.dictSetStr(d, k, v);
    return rt.none();
  });
  m('clear', (rt: Interp, a: PyObject[]) => {
    rt.dictClear(dct(rt, a, 'clear'));
    return rt.none();
  });
  m('copy', (rt: Interp, a: PyObject[]) => {
    const src = dct(rt, a, 'copy');
    const d = rt.dict();
    for (const e of src.table.list()) rt.dictSet(d, e.key, e.value);
    return d;
  });
  rt.T.dict!.natives.set(
    'fromkeys',
    new PyWrapper(
      rt.T.classmethod!,
      rt.native('fromkeys', ((rt: Interp, a: PyObject[]) => {
        const d = rt.dict();
        const keys = rt.toList(a[1]!);
        const v = a[2] ?? rt.None;
        for (const k of keys) rt.dictSet(d, k, v);
        for (let i = keys.length - 1; i >= 0; i--) rt.pop(keys[i]!);
        return d;
      }) as never),
    ),
  );
  m('__len__', (rt: Interp, a: PyObject[]) => rt.int(dct(rt, a, '__len__').table.size));
  m('__getitem__', (rt: Interp, a: PyObject[]) => rt.getitem(a[0]!, a[1]!));
  m('__setitem__', (rt: Interp, a: PyObject[]) => {
    rt.dictSet(dct(rt, a, '__setitem__'), a[1]!, a[2]!);
    return rt.none();
  });
  m('__delitem__', (rt: Interp, a: PyObject[]) => {
    rt.delitem(a[0]!, a[1]!);
    return rt.none();
  });
  m('__contains__', (rt: Interp, a: PyObject[]) => rt.bool(rt.dictLookup(dct(rt, a, '__contains__'), a[1]!) !== undefined));
  m('__iter__', (rt: Interp, a: PyObject[]) => rt.iter(a[0]!));
  m('__init__', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const d = dct(rt, a, '__init__');
    if (a[1]) update(rt, d, a[1]);
    for (const [k, v] of kw) rt.dictSetStr(d, k, v);
    return rt.none();
  });
}

function st(rt: Interp, a: PyObject[], m: string): PySet {
  const s = a[0];
  if (!(s instanceof PySet)) rt.raise('TypeError', `descriptor '${m}' for 'set' objects doesn't apply to a '${s ? s.type.name : 'NoneType'}' object`);
  return s;
}

export function installSet(rt: Interp, meth: Meth): void {
  for (const t of [rt.T.set!, rt.T.frozenset!]) {
    const m = (name: string, fn: Fn) => meth(t, name, fn);
    const binary = (name: string, op: string): void =>
      m(name, (rt: Interp, a: PyObject[]) => {
        let acc: PyObject = rt.push(st(rt, a, name));
        for (const other of a.slice(1)) {
          let o = other;
          let tmp: PyObject | null = null;
          if (!(o instanceof PySet)) {
            const items = rt.toList(o);
            const s = rt.set();
            for (const it of items) rt.setAdd(s, it);
            for (let i = items.length - 1; i >= 0; i--) rt.pop(items[i]!);
            tmp = s;
            o = s;
          }
          const r = rt.binop(acc, o, op);
          if (tmp) rt.pop(tmp);
          rt.pop(acc);
          acc = r;
        }
        return acc;
      });
    binary('union', '|');
    binary('intersection', '&');
    binary('difference', '-');
    binary('symmetric_difference', '^');
    m('issubset', (rt: Interp, a: PyObject[]) => rt.bool(rt.toList(a[1]!).length >= 0 && [...st(rt, a, 'issubset').table.live()].every((e) => rt.contains(a[1]!, e.key))));
    m('issuperset', (rt: Interp, a: PyObject[]) => {
      const s = st(rt, a, 'issuperset');
      const items = rt.toList(a[1]!);
      const ok = items.every((x) => rt.setHas(s, x));
      for (let i = items.length - 1; i >= 0; i--) rt.pop(items[i]!);
      return rt.bool(ok);
    });
    m('isdisjoint', (rt: Interp, a: PyObject[]) => {
      const s = st(rt, a, 'isdisjoint');
      const items = rt.toList(a[1]!);
      const ok = !items.some((x) => rt.setHas(s, x));
      for (let i = items.length - 1; i >= 0; i--) rt.pop(items[i]!);
      return rt.bool(ok);
    });
    m('copy', (rt: Interp, a: PyObject[]) => {
      const s = st(rt, a, 'copy');
      const r = rt.set(s.frozen);
      for (const e of s.table.list()) rt.setAdd(r, e.key);
      return r;
    });
    m('__len__', (rt: Interp, a: PyObject[]) => rt.int(st(rt, a, '__len__').table.size));
    m('__contains__', (rt: Interp, a: PyObject[]) => rt.bool(rt.setHas(st(rt, a, '__contains__'), a[1]!)));
    m('__iter__', (rt: Interp, a: PyObject[]) => rt.iter(a[0]!));
  }
  const m = (name: string, fn: Fn) => meth(rt.T.set!, name, fn);
  m('add', (rt: Interp, a: PyObject[]) => {
    rt.setAdd(st(rt, a, 'add'), a[1]!);
    return rt.none();
  });
  m('remove', (rt: Interp, a: PyObject[]) => {
    if (!rt.setDiscard(st(rt, a, 'remove'), a[1]!)) throw rt.makeErr(rt.T.KeyError!, [a[1]!]);
    return rt.none();
  });
  m('discard', (rt: Interp, a: PyObject[]) => {
    rt.setDiscard(st(rt, a, 'discard'), a[1]!);
    return rt.none();
  });
  m('pop', (rt: Interp, a: PyObject[]) => {
    const s = st(rt, a, 'pop');
    const order = rt.setOrder(s);
    const k = order[0];
    if (!k) rt.raise('KeyError', 'pop from an empty set');
    rt.push(k);
    rt.setDiscard(s, k);
    return k;
  });
  m('clear', (rt: Interp, a: PyObject[]) => {
    const s = st(rt, a, 'clear');
    for (const e of s.table.list()) rt.setDiscard(s, e.key);
    return rt.none();
  });
  m('update', (rt: Interp, a: PyObject[]) => {
    const s = st(rt, a, 'update');
    for (const o of a.slice(1)) {
      const items = rt.toList(o);
      for (const it of items) rt.setAdd(s, it);
      for (let i = items.length - 1; i >= 0; i--) rt.pop(items[i]!);
    }
    return rt.none();
  });
  for (const [name, op] of [['intersection_update', '&'], ['difference_update', '-'], ['symmetric_difference_update', '^']] as const) {
    m(name, (rt: Interp, a: PyObject[]) => {
      const s = st(rt, a, name);
      let o = a[1]!;
      let tmp: PyObject | null = null;
      if (!(o instanceof PySet)) {
        const items = rt.toList(o);
        const t = rt.set();
        for (const it of items) rt.setAdd(t, it);
        for (let i = items.length - 1; i >= 0; i--) rt.pop(items[i]!);
        tmp = t;
        o = t;
      }
      const r = rt.binop(s, o, op, true);
      rt.pop(r);
      if (tmp) rt.pop(tmp);
      return rt.none();
    });
  }
}
