/** Iteration, subscription, containment, len, formatting, tracebacks. */
import { PyErr } from './errors.js';
import { PyGen } from './calls.js';
import { Interp } from './interp.js';
import * as L from './layout.js';
import {
  PyBool,
  PyBytes,
  PyDict,
  PyExc,
  PyFloat,
  PyFunction,
  PyInt,
  PyIter,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyStr,
  PyTuple,
  PyType,
  type CodeInfo,
} from './objects.js';
import { isUserType } from './ops.js';
import { formatSpec } from './format.js';

declare module './interp.js' {
  interface Interp {
    newIter(kind: string, source: PyObject | null, gc?: boolean): PyIter;
    userMethod(o: PyObject, name: string): PyObject | undefined;
    index(o: PyObject, what?: string): bigint;
    sliceIndices(s: PySlice, len: number): [number, number, number, number];
    seqIndex(i: bigint, len: number, what: string): number;
  }
}

/** A method defined by a Python-level class (or a module's own type) on `o`'s type, not a builtin slot. */
Interp.prototype.userMethod = function (this: Interp, o: PyObject, name: string): PyObject | undefined {
  for (const t of o.type.mro) {
    const v = t.dict.get(name) ?? (t.builtin ? undefined : t.natives.get(name));
    if (v !== undefined && !t.builtin) return v;
    if (t.builtin && t.natives.has(name)) return undefined;
  }
  return undefined;
};

Interp.prototype.newIter = function (this: Interp, kind: string, source: PyObject | null, gc = true): PyIter {
  const t = this.T[kind] ?? this.T.iterator!;
  const it = this.alloc(new PyIter(t, kind, source), { size: L.ITER_SIZE, gc });
  if (source) this.take(source, it, 'it_seq');
  return it;
};

Interp.prototype.iter = function (this: Interp, o: PyObject): PyObject {
  if (o instanceof PyList) return this.newIter('list_iterator', o);
  if (o instanceof PyTuple) return this.newIter('tuple_iterator', o);
  if (o instanceof PyStr && !isUserType(o.type)) return this.newIter('str_ascii_iterator', o);
  if (o instanceof PyDict && !isUserType(o.type)) return this.newIter('dict_keyiterator', o);
  if (o instanceof PySet) {
    const it = this.newIter('set_iterator', o);
    it.extra = this.setOrder(o);
    return it;
  }
  if (o instanceof PyBytes) return this.newIter('bytes_iterator', o);
  if (o instanceof PyRange) {
    const it = this.alloc(new PyIter(this.T.range_iterator!, 'range_iterator', null), { size: 48 });
    it.next = o.start;
    it.remaining = o.length;
    it.step = o.step;
    return it;
  }
  if (o instanceof PyGen || o instanceof PyIter) {
    if (o instanceof PyIter && o.kind === 'dict_view') {
      const it = this.newIter(`dict_${(o.extra[0] as PyStr).v}iterator`, o.source);
      return it;
    }
    return this.push(o);
  }
  if (isUserType(o.type)) {
    if (o.type.lookup('__iter__')) {
      const r = this.callMethod(o, '__iter__', []);
      if (!r.type.lookup('__next__') && !(r instanceof PyGen) && !(r instanceof PyIter)) {
        this.pop(r);
        this.raise('TypeError', `iter() returned non-iterator of type '${r.type.name}'`);
      }
      return r;
    }
    if (o.type.lookup('__getitem__')) return this.newIter('iterator', o);
    if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PyStr) {
      // subclass of a builtin
    }
  }
  this.raise('TypeError', `'${o.type.name}' object is not iterable`);
};

/** The next item (a stack reference), or null when exhausted. */
Interp.prototype.next = function (this: Interp, it: PyObject): PyObject | null {
  if (it instanceof PyIter) {
    if (it.exhausted) return null;
    const src = it.source;
    switch (it.kind) {
      case 'list_iterator':
      case 'tuple_iterator': {
        const items = (src as PyList | PyTuple).items;
        if (it.index < items.length) return this.push(items[it.index++]!);
        break;
      }
      case 'list_reverseiterator': {
        const items = (src as PyList).items;
        if (it.index < items.length) {
          const i = items.length - 1 - it.index++;
          if (i >= 0) return this.push(items[i]!);
        }
        break;
      }
      case 'str_ascii_iterator': {
        const s = (src as PyStr).v;
        if (it.index < s.length) {
          const cp = s.codePointAt(it.index)!;
          const ch = String.fromCodePoint(cp);
          it.index += ch.length;
          return this.str(ch);
        }
        break;
      }
      case 'bytes_iterator': {
        const b = (src as PyBytes).v;
        if (it.index < b.length) return this.int(b[it.index++]!);
        break;
      }
      case 'set_iterator': {
        if (it.remaining === 0n) it.remaining = BigInt((src as PySet).table.size) + 1n;
        else if (BigInt((src as PySet).table.size) + 1n !== it.remaining) {
          it.remaining = -1n;
          this.raise('RuntimeError', 'Set changed size during iteration');
        }
        if (it.index < it.extra.length) return this.push(it.extra[it.index++]!);
        break;
      }
      case 'dict_keyiterator':
      case 'dict_valueiterator':
      case 'dict_itemiterator': {
        const d = src as PyDict;
        if (it.remaining === 0n) it.remaining = BigInt(d.table.size) + 1n;
        else if (BigInt(d.table.size) + 1n !== it.remaining) {
          it.remaining = -1n;
          this.raise('RuntimeError', 'dictionary changed size during iteration');
        }
        const entries = d.table.entries;
        while (it.index < entries.length) {
          const e = entries[it.index++];
          if (!e) continue;
          if (it.kind === 'dict_keyiterator') return this.push(e.key);
          if (it.kind === 'dict_valueiterator') return this.push(e.value);
          return this.tuple([this.push(e.key), this.push(e.value)]);
        }
        break;
      }
      case 'range_iterator': {
        if (it.remaining > 0n) {
          const v = it.next;
          it.next += it.step;
          it.remaining--;
          return this.int(v);
        }
        break;
      }
      case 'iterator': {
        const k = this.int(it.index++);
        try {
          return this.getitem(src!, k);
        } catch (e) {
          if (e instanceof PyErr && (this.errIs(e, 'IndexError') || this.errIs(e, 'StopIteration'))) {
            const x = this.catchErr(e);
            this.pop(x);
            break;
          }
          throw e;
        } finally {
          this.pop(k);
        }
      }
      case 'enumerate': {
        const v = this.next(it.extra[0]!);
        if (v) {
          const n = this.int(it.next);
          it.next++;
          return this.tuple([n, v]);
        }
        break;
      }
      case 'zip': {
        if (it.extra.length === 0) break;
        const vals: PyObject[] = [];
        for (const sub of it.extra) {
          const v = this.next(sub);
          if (!v) {
            for (const x of vals.reverse()) this.pop(x);
            it.exhausted = true;
            return null;
          }
          vals.push(v);
        }
        return this.tuple(vals);
      }
      case 'map': {
        const vals: PyObject[] = [];
        for (const sub of it.extra.slice(1)) {
          const v = this.next(sub);
          if (!v) {
            for (const x of vals.reverse()) this.pop(x);
            it.exhausted = true;
            return null;
          }
          vals.push(v);
        }
        return this.call(it.extra[0]!, vals);
      }
      case 'filter': {
        for (;;) {
          const v = this.next(it.extra[1]!);
          if (!v) break;
          const fn = it.extra[0]!;
          let ok: boolean;
          if (fn === this.None) ok = this.truthy(v);
          else {
            const r = this.call(fn, [this.push(v)]);
            ok = this.truthy(r);
            this.pop(r);
          }
          if (ok) return v;
          this.pop(v);
        }
        break;
      }
      case 'callable_iterator': {
        const r = this.call(it.extra[0]!, []);
        if (this.eq(r, it.extra[1]!)) {
          this.pop(r);
          break;
        }
        return r;
      }
      case 'dict_view': {
        break;
      }
    }
    it.exhausted = true;
    // listiter/tupleiter/dictiter/setiter/striter drop their sequence once exhausted.
    if (src && it.kind !== 'dict_view' && this.heap.isAlive(it.id)) {
      (it as { source: PyObject | null }).source = null;
      this.drop(src, it, 'it_seq');
    }
    return null;
  }
  if (it instanceof PyGen) {
    try {
      return this.resumeGen(it, null, null);
    } catch (e) {
      if (e instanceof PyErr && e.exc.type.isSubtype(this.T.StopIteration!)) {
        const x = this.catchErr(e);
        this.pop(x);
        return null;
      }
      throw e;
    }
  }
  if (!it.type.lookup('__next__')) this.raise('TypeError', `'${it.type.name}' object is not an iterator`);
  try {
    return this.callMethod(it, '__next__', []);
  } catch (e) {
    if (e instanceof PyErr && e.exc.type.isSubtype(this.T.StopIteration!)) {
      const x = this.catchErr(e);
      this.pop(x);
      return null;
    }
    throw e;
  }
};

/** All items of an iterable, each a stack reference. */
Interp.prototype.toList = function (this: Interp, o: PyObject): PyObject[] {
  if ((o instanceof PyList || o instanceof PyTuple) && !isUserType(o.type)) return o.items.map((x) => this.push(x));
  const it = this.iter(o);
  const out: PyObject[] = [];
  try {
    for (;;) {
      const v = this.next(it);
      if (!v) break;
      out.push(v);
    }
  } catch (e) {
    for (const x of out.reverse()) this.pop(x);
    throw e;
  } finally {
    this.pop(it);
  }
  return out;
};

Interp.prototype.index = function (this: Interp, o: PyObject, what = 'indices'): bigint {
  if (o instanceof PyInt) return o.v;
  if (isUserType(o.type) && o.type.lookup('__index__')) {
    const r = this.callMethod(o, '__index__', []);
    this.pop(r);
    if (r instanceof PyInt) return r.v;
  }
  this.raise('TypeError', what);
};

Interp.prototype.seqIndex = function (this: Interp, i: bigint, len: number, what: string): number {
  let k = i;
  if (k < 0n) k += BigInt(len);
  if (k < 0n || k >= BigInt(len)) this.raise('IndexError', `${what} index out of range`);
  return Number(k);
};

/** PySlice_GetIndicesEx: start, stop, step, count. */
Interp.prototype.sliceIndices = function (this: Interp, s: PySlice, len: number): [number, number, number, number] {
  const get = (o: PyObject): bigint | null => {
    if (o === this.None) return null;
    return this.index(o, 'slice indices must be integers or None or have an __index__ method');
  };
  const st = get(s.step);
  const step = st === null ? 1 : Number(st);
  if (step === 0) this.raise('ValueError', 'slice step cannot be zero');
  const lo = get(s.start);
  const hi = get(s.stop);
  const clamp = (v: bigint | null, def: number, lower: number, upper: number): number => {
    if (v === null) return def;
    let n = Number(v);
    if (n < 0) {
      n += len;
      if (n < lower) n = lower;
    } else if (n > upper) n = upper;
    return n;
  };
  let start: number;
  let stop: number;
  if (step > 0) {
    start = clamp(lo, 0, 0, len);
    stop = clamp(hi, len, 0, len);
  } else {
    start = clamp(lo, len - 1, -1, len - 1);
    stop = clamp(hi, -1, -1, len - 1);
  }
  let count = 0;
  if (step > 0) count = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  else count = stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return [start, stop, step, count];
};

function sliceItems<T>(items: readonly T[], start: number, step: number, count: number): T[] {
  const out: T[] = [];
  for (let i = 0, k = start; i < count; i++, k += step) out.push(items[k]!);
  return out;
}

Interp.prototype.getitem = function (this: Interp, o: PyObject, k: PyObject): PyObject {
  if (this.userMethod(o, '__getitem__')) return this.callMethod(o, '__getitem__', [this.push(k)]);
  if (o instanceof PyList || o instanceof PyTuple) {
    const what = o instanceof PyList ? 'list' : 'tuple';
    if (k instanceof PySlice) {
      const [start, , step, count] = this.sliceIndices(k, o.items.length);
      if (o instanceof PyTuple && o.type === this.T.tuple && start === 0 && step === 1 && count === o.items.length) return this.push(o);
      const items = sliceItems(o.items, start, step, count).map((x) => this.push(x));
      return o instanceof PyList ? this.list(items) : this.tuple(items);
    }
    if (!(k instanceof PyInt) && !(isUserType(k.type) && k.type.lookup('__index__'))) {
      this.raise('TypeError', `${what} indices must be integers or slices, not ${k.type.name}`);
    }
    return this.push(o.items[this.seqIndex(this.index(k), o.items.length, what)]!);
  }
  if (o instanceof PyStr) {
    const cps = Array.from(o.v);
    if (k instanceof PySlice) {
      const [start, , step, count] = this.sliceIndices(k, cps.length);
      return this.str(sliceItems(cps, start, step, count).join(''));
    }
    if (!(k instanceof PyInt)) this.raise('TypeError', `string indices must be integers, not '${k.type.name}'`);
    return this.str(cps[this.seqIndex(k.v, cps.length, 'string')]!);
  }
  if (o instanceof PyBytes) {
    if (k instanceof PySlice) {
      const [start, , step, count] = this.sliceIndices(k, o.v.length);
      return this.bytes(Uint8Array.from(sliceItems(Array.from(o.v), start, step, count)));
    }
    if (!(k instanceof PyInt)) this.raise('TypeError', `byte indices must be integers or slices, not ${k.type.name}`);
    return this.int(o.v[this.seqIndex(k.v, o.v.length, 'index')]!);
  }
  if (o instanceof PyDict) {
    const v = this.dictGet(o, k);
    if (v) return this.push(v);
    if (isUserType(o.type) && o.type.lookup('__missing__')) return this.callMethod(o, '__missing__', [this.push(k)]);
    throw this.makeErr(this.T.KeyError!, [k]);
  }
  if (o instanceof PyRange) {
    if (k instanceof PySlice) {
      const [start, , step, count] = this.sliceIndices(k, Number(o.length));
      const s = o.start + BigInt(start) * o.step;
      const st = o.step * BigInt(step);
      return this.alloc(new PyRange(this.T.range!, s, s + BigInt(count) * st, st), { size: L.RANGE_SIZE });
    }
    const i = this.seqIndex(this.index(k, `range indices must be integers or slices, not ${k.type.name}`), Number(o.length), 'range object');
    return this.int(o.start + BigInt(i) * o.step);
  }
  if (o instanceof PyType) {
    const cg = o.lookup('__class_getitem__');
    if (cg) return this.push(o);
    this.raise('TypeError', `type '${o.name}' is not subscriptable`);
  }
  this.raise('TypeError', `'${o.type.name}' object is not subscriptable`);
};

Interp.prototype.setitem = function (this: Interp, o: PyObject, k: PyObject, v: PyObject): void {
  if (this.userMethod(o, '__setitem__')) {
    const r = this.callMethod(o, '__setitem__', [this.push(k), this.push(v)]);
    this.pop(r);
    return;
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const vals = this.toList(v);
      const [start, stop, step, count] = this.sliceIndices(k, o.items.length);
      if (step === 1) {
        const end = Math.max(start, stop);
        // remove old, insert new
        const old = o.items.slice(start, end);
        for (let i = 0; i < vals.length; i++) this.listInsert(o, start + i, vals[i]!);
        for (let i = old.length - 1; i >= 0; i--) {
          const idx = start + vals.length + i;
          const it = o.items[idx]!;
          o.items.splice(idx, 1);
          this.drop(it, o, idx);
        }
      } else {
        if (vals.length !== count) {
          for (const x of vals) this.pop(x);
          this.raise('ValueError', `attempt to assign sequence of size ${vals.length} to extended slice of size ${count}`);
        }
        for (let i = 0, idx = start; i < count; i++, idx += step) this.listSet(o, idx, vals[i]!);
      }
      for (let i = vals.length - 1; i >= 0; i--) this.pop(vals[i]!);
      return;
    }
    if (!(k instanceof PyInt)) this.raise('TypeError', `list indices must be integers or slices, not ${k.type.name}`);
    const i = this.seqIndex(k.v, o.items.length, 'list assignment');
    this.listSet(o, i, v);
    return;
  }
  if (o instanceof PyDict) {
    this.dictSet(o, k, v);
    return;
  }
  if (o instanceof PyBytes && o.type === this.T.bytearray && k instanceof PyInt) {
    if (!(v instanceof PyInt) || v.v < 0n || v.v > 255n) this.raise('ValueError', 'byte must be in range(0, 256)');
    o.v[this.seqIndex(k.v, o.v.length, 'bytearray')] = Number(v.v);
    return;
  }
  this.raise('TypeError', `'${o.type.name}' object does not support item assignment`);
};

Interp.prototype.delitem = function (this: Interp, o: PyObject, k: PyObject): void {
  if (this.userMethod(o, '__delitem__')) {
    const r = this.callMethod(o, '__delitem__', [this.push(k)]);
    this.pop(r);
    return;
  }
  if (o instanceof PyList) {
    if (k instanceof PySlice) {
      const [start, , step, count] = this.sliceIndices(k, o.items.length);
      const idxs: number[] = [];
      for (let i = 0, x = start; i < count; i++, x += step) idxs.push(x);
      idxs.sort((a, b) => a - b);
      const removed = idxs.map((i) => o.items[i]!);
      for (let j = idxs.length - 1; j >= 0; j--) o.items.splice(idxs[j]!, 1);
      if (Math.abs(step) === 1) {
        // list_ass_slice: the old items are released last to first.
        for (let j = idxs.length - 1; j >= 0; j--) this.heap.drop(removed[j]!.id, o.id, idxs[j]!);
      } else {
        // list_ass_subscript with a step: released in increasing index order.
        for (let j = 0; j < idxs.length; j++) this.heap.drop(removed[j]!.id, o.id, idxs[j]! - j);
      }
      return;
    }
    if (!(k instanceof PyInt)) this.raise('TypeError', `list indices must be integers or slices, not ${k.type.name}`);
    const i = this.seqIndex(k.v, o.items.length, 'list assignment');
    this.listRemoveAt(o, i);
    return;
  }
  if (o instanceof PyDict) {
    if (!this.dictDel(o, k)) throw this.makeErr(this.T.KeyError!, [k]);
    return;
  }
  this.raise('TypeError', `'${o.type.name}' object doesn't support item deletion`);
};

Interp.prototype.contains = function (this: Interp, c: PyObject, item: PyObject): boolean {
  if (this.userMethod(c, '__contains__')) {
    const r = this.callMethod(c, '__contains__', [this.push(item)]);
    const t = this.truthy(r);
    this.pop(r);
    return t;
  }
  if (c instanceof PyList || c instanceof PyTuple) return c.items.some((x) => x === item || this.eq(x, item));
  if (c instanceof PyStr) {
    if (!(item instanceof PyStr)) this.raise('TypeError', `'in <string>' requires string as left operand, not ${item.type.name}`);
    return c.v.includes(item.v);
  }
  if (c instanceof PyDict) return this.dictLookup(c, item) !== undefined;
  if (c instanceof PySet) return this.setHas(c, item);
  if (c instanceof PyRange && item instanceof PyInt) {
    const v = item.v;
    if (c.step > 0n ? v < c.start || v >= c.stop : v > c.start || v <= c.stop) return false;
    return (v - c.start) % c.step === 0n;
  }
  if (c instanceof PyBytes && item instanceof PyInt) return c.v.includes(Number(item.v));
  if (c instanceof PyBytes && item instanceof PyBytes) {
    const h = c.v;
    const n = item.v;
    outer: for (let i = 0; i + n.length <= h.length; i++) {
      for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
      return true;
    }
    return false;
  }
  const it = this.iter(c);
  try {
    for (;;) {
      const v = this.next(it);
      if (!v) return false;
      const same = v === item || this.eq(v, item);
      this.pop(v);
      if (same) return true;
    }
  } finally {
    this.pop(it);
  }
};

Interp.prototype.len = function (this: Interp, o: PyObject): number {
  if (this.userMethod(o, '__len__')) {
    const r = this.callMethod(o, '__len__', []);
    this.pop(r);
    if (!(r instanceof PyInt)) this.raise('TypeError', `'${r.type.name}' object cannot be interpreted as an integer`);
    if (r.v < 0n) this.raise('ValueError', '__len__() should return >= 0');
    return Number(r.v);
  }
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyStr) return o.length;
  if (o instanceof PyDict || o instanceof PySet) return o.table.size;
  if (o instanceof PyBytes) return o.v.length;
  if (o instanceof PyRange) return Number(o.length);
  if (o instanceof PyIter && o.kind === 'dict_view') return (o.source as PyDict).table.size;
  this.raise('TypeError', `object of type '${o.type.name}' has no len()`);
};

Interp.prototype.formatValue = function (this: Interp, v: PyObject, spec: string): string {
  if (this.userMethod(v, '__format__')) {
    const r = this.callMethod(v, '__format__', [this.str(spec)]);
    this.pop(r);
    if (!(r instanceof PyStr)) this.raise('TypeError', `__format__ must return a str, not ${r.type.name}`);
    return r.v;
  }
  if (spec === '') return this.toStr(v);
  if (v instanceof PyInt || v instanceof PyFloat || v instanceof PyStr) {
    const kind = v instanceof PyBool ? 'bool' : v instanceof PyInt ? 'int' : v instanceof PyFloat ? 'float' : 'str';
    try {
      return formatSpec(kind, v instanceof PyStr ? v.v : (v as PyInt | PyFloat).v, spec, v.type.name);
    } catch (e) {
      if (e && typeof e === 'object' && 'pyType' in e) {
        const err = e as { pyType: string; message: string };
        this.raise(err.pyType, err.message);
      }
      throw e;
    }
  }
  this.raise('TypeError', `unsupported format string passed to ${v.type.name}.__format__`);
};

Interp.prototype.codeInfo = function (this: Interp, node: CodeInfo['node']): CodeInfo {
  return this.scopes.info(node);
};

Interp.prototype.runGcCallbacks = function (
  this: Interp,
  phase: 'start' | 'stop',
  info: { generation: number; collected: number; uncollectable: number },
): void {
  const cbs = this.gcCallbacks;
  if (!cbs || cbs.items.length === 0) return;
  const saved = this.frame;
  for (const cb of cbs.items.slice()) {
    try {
      const d = this.dict();
      this.dictSetStr(d, 'generation', this.int(info.generation));
      this.pop(this.frame.stack[this.frame.stack.length - 1]!);
      this.dictSetStr(d, 'collected', this.int(info.collected));
      this.pop(this.frame.stack[this.frame.stack.length - 1]!);
      this.dictSetStr(d, 'uncollectable', this.int(info.uncollectable));
      this.pop(this.frame.stack[this.frame.stack.length - 1]!);
      const r = this.call(this.push(cb), [this.str(phase), d]);
      this.pop(r);
      this.pop(cb);
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      this.frame = saved;
      const exc = this.catchErr(e);
      this.heap.write('stderr', `Exception ignored in: 'garbage collection'\n` + this.formatException(exc));
      this.pop(exc);
    }
  }
};

function excName(rt: Interp, t: PyType): string {
  return t.module === 'builtins' || t.module === '__main__' ? t.qualname : `${t.module}.${t.qualname}`;
}

Interp.prototype.formatException = function (this: Interp, exc: PyExc): string {
  const seen = new Set<PyExc>();
  const one = (e: PyExc): string => {
    seen.add(e);
    let out = '';
    if (e.cause instanceof PyExc && !seen.has(e.cause)) {
      out += one(e.cause) + '\nThe above exception was the direct cause of the following exception:\n\n';
    } else if (e.context instanceof PyExc && !e.suppressContext && !seen.has(e.context)) {
      out += one(e.context) + '\nDuring handling of the above exception, another exception occurred:\n\n';
    }
    if (e.tb.length) {
      out += 'Traceback (most recent call last):\n';
      // tb_print_internal: after 3 identical entries in a row, count the rest.
      let last = '';
      let count = 0;
      const flush = (): void => {
        if (count > 3) out += `  [Previous line repeated ${count - 3} more time${count - 3 > 1 ? 's' : ''}]\n`;
      };
      for (const t of e.tb) {
        const key = `${t.filename}\0${t.line}\0${t.name}`;
        if (key !== last) {
          flush();
          last = key;
          count = 0;
        }
        count++;
        if (count > 3) continue;
        out += `  File "${t.filename}", line ${t.line}, in ${t.name}\n`;
        const src = t.filename === this.opts.filename ? this.opts.lines[t.line - 1] : undefined;
        if (src !== undefined && src.trim() !== '') {
          out += `    ${src.trim()}\n`;
          const c = t.pos ? caretLine(src, t.pos) : null;
          if (c) out += c + '\n';
        }
      }
      flush();
    }
    let msg: string;
    try {
      msg = this.toStr(e);
    } catch (err) {
      if (!(err instanceof PyErr)) throw err;
      const x = this.catchErr(err);
      this.pop(x);
      msg = '<exception str() failed>';
    }
    out += msg === '' ? `${excName(this, e.type)}\n` : `${excName(this, e.type)}: ${msg}\n`;
    return out;
  };
  return one(exc);
};

export { PyTuple };

type Span = { line: number; col: number; endLine: number; endCol: number };

/** The 3.11 traceback's location line: `^` under the failing expression, `~^~` for anchors. */
function caretLine(line: string, node: import('../parser/ast.js').Node): string | null {
  const n = node as unknown as Span & { kind: string };
  const stripped = line.trim();
  const leading = line.length - line.trimStart().length;
  const start = n.col;
  const end = n.endLine !== n.line ? leading + stripped.length : n.endCol;
  if (end <= start) return null;
  let anchors: [number, number] | null = null;
  if (n.endLine === n.line) {
    const seg = line.slice(start, end);
    if (n.kind === 'BinOp') {
      const b = node as import('../parser/ast.js').BinOp;
      const opStart = (b.left as unknown as Span).endCol - start;
      const opEnd = (b.right as unknown as Span).col - start;
      const opStr = seg.slice(opStart, opEnd);
      const opOffset = opStr.length - opStr.trimStart().length;
      let left = opStart + opOffset;
      let right = left + 1;
      if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1]!)) right++;
      while (left < seg.length && (/\s/.test(seg[left]!) || ')#'.includes(seg[left]!))) {
        left++;
        right++;
      }
      anchors = [left, right];
    } else if (n.kind === 'Subscript') {
      const sb = node as import('../parser/ast.js').Subscript;
      let left = (sb.value as unknown as Span).endCol - start;
      let right = (sb.slice as unknown as Span).endCol - start + 1;
      while (left < seg.length && (/\s/.test(seg[left]!) || seg[left] !== '[')) left++;
      while (right < seg.length && (/\s/.test(seg[right]!) || seg[right] !== ']')) right++;
      if (right < seg.length) right++;
      anchors = [left, right];
    }
  }
  const width = end - start;
  if (!(width < stripped.length || (anchors && anchors[1] - anchors[0] > 0))) return null;
  let marks: string;
  if (anchors) marks = '~'.repeat(anchors[0]) + '^'.repeat(anchors[1] - anchors[0]) + '~'.repeat(Math.max(0, width - anchors[1]));
  else marks = '^'.repeat(width);
  return '    ' + ' '.repeat(start - leading) + marks;
}
