/** Operators, truth, comparison, repr and str. */
import { Interp } from './interp.js';
import {
  PyBool,
  PyBuiltin,
  PyBytes,
  PyCell,
  PyDescr,
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
  PyTuple,
  PyType,
  PyWeakref,
} from './objects.js';
import { fmtFloat, pyStrRepr, bytesRepr, floorDiv, floorMod, intPow, intTrueDiv, floatMod, floatFloorDiv, floatPower, intNegPow, pyErrors } from './text.js';

const BIN_DUNDER: Readonly<Record<string, readonly [string, string]>> = {
  '+': ['__add__', '__radd__'],
  '-': ['__sub__', '__rsub__'],
  '*': ['__mul__', '__rmul__'],
  '/': ['__truediv__', '__rtruediv__'],
  '//': ['__floordiv__', '__rfloordiv__'],
  '%': ['__mod__', '__rmod__'],
  '**': ['__pow__', '__rpow__'],
  '@': ['__matmul__', '__rmatmul__'],
  '<<': ['__lshift__', '__rlshift__'],
  '>>': ['__rshift__', '__rrshift__'],
  '&': ['__and__', '__rand__'],
  '|': ['__or__', '__ror__'],
  '^': ['__xor__', '__rxor__'],
};
const CMP_DUNDER: Readonly<Record<string, readonly [string, string]>> = {
  '==': ['__eq__', '__eq__'],
  '!=': ['__ne__', '__ne__'],
  '<': ['__lt__', '__gt__'],
  '<=': ['__le__', '__ge__'],
  '>': ['__gt__', '__lt__'],
  '>=': ['__ge__', '__le__'],
};

export function isUserType(t: PyType): boolean {
  for (const m of t.mro) if (!m.builtin) return true;
  return false;
}

function num(o: PyObject): number | bigint | undefined {
  if (o instanceof PyInt) return o.v;
  if (o instanceof PyFloat) return o.v;
  return undefined;
}

Interp.prototype.truthy = function (this: Interp, o: PyObject): boolean {
  if (o === this.True) return true;
  if (o === this.False || o === this.None) return false;
  if (o instanceof PyInt) return o.v !== 0n;
  if (o instanceof PyFloat) return o.v !== 0;
  if (o instanceof PyStr) return o.v.length > 0;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
  if (o instanceof PyDict || o instanceof PySet) return o.table.size > 0;
  if (o instanceof PyBytes) return o.v.length > 0;
  if (o instanceof PyRange) return o.length > 0n;
  if (isUserType(o.type)) {
    if (o.type.lookup('__bool__')) {
      const r = this.callMethod(o, '__bool__', []);
      this.pop(r);
      if (!(r instanceof PyBool)) this.raise('TypeError', `__bool__ should return bool, returned ${r.type.name}`);
      return r === this.True;
    }
    if (o.type.lookup('__len__')) return this.len(o) > 0;
  }
  return true;
};

function cmpNumbers(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  // int vs float, exactly
  const f = typeof a === 'number' ? a : (b as number);
  const i = typeof a === 'bigint' ? a : (b as bigint);
  let r: number;
  if (Number.isNaN(f)) r = NaN;
  else if (f === Infinity) r = -1;
  else if (f === -Infinity) r = 1;
  else {
    const fl = Math.floor(f);
    const fi = BigInt(fl);
    if (i < fi) r = -1;
    else if (i > fi) r = 1;
    else r = f > fl ? -1 : 0;
  }
  return typeof a === 'bigint' ? r : -r;
}

function cmpResult(c: number, op: string): boolean {
  if (Number.isNaN(c)) return op === '!=';
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

const OP_NAMES: Readonly<Record<string, string>> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

Interp.prototype.compare = function (this: Interp, a: PyObject, b: PyObject, op: string): PyObject {
  if (op === 'is') return this.bool(a === b);
  if (op === 'is not') return this.bool(a !== b);
  if (op === 'in') return this.bool(this.contains(b, a));
  if (op === 'not in') return this.bool(!this.contains(b, a));
  // Rich comparison with dunders first (user types).
  const [m, rm] = CMP_DUNDER[op]!;
  const userA = isUserType(a.type);
  const userB = isUserType(b.type);
  if (userA || userB) {
    const reflectedFirst = userB && b.type !== a.type && b.type.isSubtype(a.type);
    const tryOp = (x: PyObject, name: string, y: PyObject): PyObject | null => {
      const f = x.type.lookup(name);
      if (!f || !(f instanceof PyFunction || f instanceof PyBuiltin)) return null;
      if (f instanceof PyBuiltin && (!isUserType(x.type) || f === this.T.object!.natives.get(name))) return null;
      const r = this.callMethod(x, name, [this.push(y)]);
      if (r === this.NotImplemented) {
        this.pop(r);
        return null;
      }
      return r;
    };
    if (reflectedFirst) {
      const r = tryOp(b, rm, a);
      if (r) return r;
    }
    if (userA) {
      const r = tryOp(a, m, b);
      if (r) return r;
    }
    if (userB && !reflectedFirst) {
      const r = tryOp(b, rm, a);
      if (r) return r;
    }
    if (op === '==') return this.bool(a === b);
    if (op === '!=') {
      // default __ne__ inverts __eq__
      if (userA && a.type.lookup('__eq__') instanceof PyFunction) {
        const r = this.callMethod(a, '__eq__', [this.push(b)]);
        if (r !== this.NotImplemented) {
          const t = this.truthy(r);
          this.pop(r);
          return this.bool(!t);
        }
        this.pop(r);
      }
      return this.bool(a !== b);
    }
    this.raise('TypeError', `'${OP_NAMES[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
  }
  const c = this.cmpBuiltin(a, b, op);
  if (c === null) {
    if (op === '==') return this.bool(a === b);
    if (op === '!=') return this.bool(a !== b);
    this.raise('TypeError', `'${OP_NAMES[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
  }
  return this.bool(c);
};

declare module './interp.js' {
  interface Interp {
    cmpBuiltin(a: PyObject, b: PyObject, op: string): boolean | null;
    seqCompare(x: PyObject[], y: PyObject[], op: string): boolean;
  }
}

Interp.prototype.cmpBuiltin = function (this: Interp, a: PyObject, b: PyObject, op: string): boolean | null {
  if (a instanceof PyMethod && b instanceof PyMethod && (op === '==' || op === '!=')) {
    // method_richcompare (3.8+): the same function bound to the same object (by identity).
    const same = a.func === b.func && a.self === b.self;
    return op === '==' ? same : !same;
  }
  if (a instanceof PyWeakref && b instanceof PyWeakref && (op === '==' || op === '!=')) {
    // weakref_richcompare: live referents compare by value, otherwise identity.
    const ta = this.heap.isAlive(a.id) ? this.heap.weakrefTarget(a.id) : null;
    const tb = this.heap.isAlive(b.id) ? this.heap.weakrefTarget(b.id) : null;
    const same = ta !== null && tb !== null ? this.eq(this.obj(ta), this.obj(tb)) : a === b;
    return op === '==' ? same : !same;
  }
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) return cmpResult(cmpNumbers(na, nb), op);
  if (a instanceof PyStr && b instanceof PyStr) {
    const c = a.v === b.v ? 0 : cmpCodePoints(a.v, b.v);
    return cmpResult(c, op);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    let c = 0;
    const n = Math.min(a.v.length, b.v.length);
    for (let i = 0; i < n && c === 0; i++) c = a.v[i]! - b.v[i]!;
    if (c === 0) c = a.v.length - b.v.length;
    return cmpResult(Math.sign(c), op);
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return this.seqCompare(a.items, b.items, op);
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (op !== '==' && op !== '!=') return null;
    let same = a.table.size === b.table.size;
    if (same) {
      for (const e of a.table.live()) {
        const v = this.dictGet(b, e.key);
        if (v === undefined || !this.eq(e.value, v)) {
          same = false;
          break;
        }
      }
    }
    return op === '==' ? same : !same;
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => [...x.table.live()].every((e) => this.setHas(y, e.key));
    switch (op) {
      case '==':
        return a.table.size === b.table.size && sub(a, b);
      case '!=':
        return !(a.table.size === b.table.size && sub(a, b));
      case '<=':
        return sub(a, b);
      case '<':
        return a.table.size < b.table.size && sub(a, b);
      case '>=':
        return sub(b, a);
      default:
        return a.table.size > b.table.size && sub(b, a);
    }
  }
  if (a instanceof PyRange && b instanceof PyRange && (op === '==' || op === '!=')) {
    const la = a.length;
    const same = la === b.length && (la === 0n || (a.start === b.start && (la === 1n || a.step === b.step)));
    return op === '==' ? same : !same;
  }
  return null;
};

function cmpCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

Interp.prototype.seqCompare = function (this: Interp, x: PyObject[], y: PyObject[], op: string): boolean {
  const n = Math.min(x.length, y.length);
  let i = 0;
  for (; i < n; i++) {
    if (x[i] !== y[i] && !this.eq(x[i]!, y[i]!)) break;
  }
  if (i >= n) return cmpResult(x.length < y.length ? -1 : x.length > y.length ? 1 : 0, op);
  if (op === '==') return false;
  if (op === '!=') return true;
  const r = this.compare(x[i]!, y[i]!, op);
  const t = this.truthy(r);
  this.pop(r);
  return t;
};

Interp.prototype.binop = function (this: Interp, a: PyObject, b: PyObject, op: string, inplace = false): PyObject {
  const userA = isUserType(a.type);
  const userB = isUserType(b.type);
  if (userA || userB) {
    const [m, rm] = BIN_DUNDER[op]!;
    if (inplace && userA) {
      const im = '__i' + m.slice(2);
      if (a.type.lookup(im)) {
        const r = this.callMethod(a, im, [this.push(b)]);
        if (r !== this.NotImplemented) return r;
        this.pop(r);
      }
    }
    const tryOp = (x: PyObject, name: string, y: PyObject): PyObject | null => {
      if (!isUserType(x.type)) return null;
      const f = x.type.lookup(name);
      if (!f) return null;
      const r = this.callMethod(x, name, [this.push(y)]);
      if (r === this.NotImplemented) {
        this.pop(r);
        return null;
      }
      return r;
    };
    const reflectedFirst = userB && b.type !== a.type && b.type.isSubtype(a.type);
    if (reflectedFirst) {
      const r = tryOp(b, rm, a);
      if (r) return r;
    }
    const r1 = tryOp(a, m, b);
    if (r1) return r1;
    if (!reflectedFirst && a.type !== b.type) {
      const r2 = tryOp(b, rm, a);
      if (r2) return r2;
    }
    if (!(userA && a.type.lookup(m)) || true) {
      const r = this.binopBuiltin(a, b, op, inplace);
      if (r) return r;
    }
    this.raise('TypeError', `unsupported operand type(s) for ${inplace ? op + '=' : op}: '${a.type.name}' and '${b.type.name}'`);
  }
  const r = this.binopBuiltin(a, b, op, inplace);
  if (r) return r;
  if (op === '+' && a instanceof PyStr) this.raise('TypeError', `can only concatenate str (not "${b.type.name}") to str`);
  if (op === '+' && a instanceof PyList) this.raise('TypeError', `can only concatenate list (not "${b.type.name}") to list`);
  if (op === '+' && a instanceof PyTuple) this.raise('TypeError', `can only concatenate tuple (not "${b.type.name}") to tuple`);
  if (op === '*' && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) && b instanceof PyFloat) {
    this.raise('TypeError', "can't multiply sequence by non-int of type 'float'");
  }
  if (op === '*' && (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple) && !(a instanceof PyInt)) {
    this.raise('TypeError', `can't multiply sequence by non-int of type '${a.type.name}'`);
  }
  if (op === '*' && (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple)) {
    this.raise('TypeError', `can't multiply sequence by non-int of type '${b.type.name}'`);
  }
  if (op === '**') this.raise('TypeError', `unsupported operand type(s) for ** or pow(): '${a.type.name}' and '${b.type.name}'`);
  this.raise('TypeError', `unsupported operand type(s) for ${inplace ? op + '=' : op}: '${a.type.name}' and '${b.type.name}'`);
};

declare module './interp.js' {
  interface Interp {
    binopBuiltin(a: PyObject, b: PyObject, op: string, inplace: boolean): PyObject | null;
    repeat(items: PyObject[], n: bigint): PyObject[];
  }
}

Interp.prototype.repeat = function (this: Interp, items: PyObject[], n: bigint): PyObject[] {
  const out: PyObject[] = [];
  const k = n > 0n ? Number(n) : 0;
  for (let i = 0; i < k; i++) for (const it of items) out.push(this.push(it));
  return out;
};

Interp.prototype.binopBuiltin = function (this: Interp, a: PyObject, b: PyObject, op: string, inplace: boolean): PyObject | null {
  // dict_keys / dict_items support set operations: computed on a set of their items.
  const isView = (x: PyObject) => x instanceof PyIter && x.kind === 'dict_view' && x.type !== this.T.dict_values;
  if ((isView(a) || isView(b)) && '-&|^'.includes(op) && (a instanceof PySet || isView(a)) && (b instanceof PySet || isView(b))) {
    const toSet = (x: PyObject): PyObject => {
      if (x instanceof PySet) return this.push(x);
      const items = this.toList(x);
      const st = this.set();
      for (const it of items) this.setAdd(st, it);
      for (let i = items.length - 1; i >= 0; i--) this.pop(items[i]!);
      return st;
    };
    const sa = toSet(a);
    const sb = toSet(b);
    const r = this.binopBuiltin(sa, sb, op, false);
    this.pop(sb);
    this.pop(sa);
    return r;
  }
  if (a instanceof PyInt && b instanceof PyInt) {
    const x = a.v;
    const y = b.v;
    switch (op) {
      case '+':
        return this.int(x + y);
      case '-':
        return this.int(x - y);
      case '*':
        return this.int(x * y);
      case '//':
        if (y === 0n) this.raise('ZeroDivisionError', 'integer division or modulo by zero');
        return this.int(floorDiv(x, y));
      case '%':
        if (y === 0n) this.raise('ZeroDivisionError', 'integer modulo by zero');
        return this.int(floorMod(x, y));
      case '/':
        return this.float(pyErrors(this, () => intTrueDiv(x, y)));
      case '**':
        if (y < 0n) return this.float(pyErrors(this, () => intNegPow(x, y)));
        return this.int(intPow(x, y));
      case '<<':
        if (y < 0n) this.raise('ValueError', 'negative shift count');
        return this.int(x << y);
      case '>>':
        if (y < 0n) this.raise('ValueError', 'negative shift count');
        return this.int(x >> y);
      case '&':
        if (a instanceof PyBool && b instanceof PyBool) return this.bool(!!(x & y));
        return this.int(x & y);
      case '|':
        if (a instanceof PyBool && b instanceof PyBool) return this.bool(!!(x | y));
        return this.int(x | y);
      case '^':
        if (a instanceof PyBool && b instanceof PyBool) return this.bool(!!(x ^ y));
        return this.int(x ^ y);
    }
    return null;
  }
  const na = num(a);
  const nb = num(b);
  if (na !== undefined && nb !== undefined) {
    const x = Number(na);
    const y = Number(nb);
    if ((typeof na === 'bigint' && !Number.isFinite(x)) || (typeof nb === 'bigint' && !Number.isFinite(y))) {
      this.raise('OverflowError', 'int too large to convert to float');
    }
    switch (op) {
      case '+':
        return this.float(x + y);
      case '-':
        return this.float(x - y);
      case '*':
        return this.float(x * y);
      case '/':
        if (y === 0) this.raise('ZeroDivisionError', 'float division by zero');
        return this.float(x / y);
      case '//':
        if (y === 0) this.raise('ZeroDivisionError', 'float floor division by zero');
        return this.float(floatFloorDiv(x, y));
      case '%':
        if (y === 0) this.raise('ZeroDivisionError', 'float modulo');
        return this.float(floatMod(x, y));
      case '**':
        return this.float(pyErrors(this, () => floatPower(x, y)));
    }
    return null;
  }
  if (a instanceof PyStr) {
    if (op === '+' && b instanceof PyStr) return this.str(a.v + b.v);
    if (op === '*' && b instanceof PyInt) return this.str(b.v > 0n ? a.v.repeat(Number(b.v)) : '');
    if (op === '%') return this.percentFormat(a, b);
    return null;
  }
  if (b instanceof PyStr && op === '*' && a instanceof PyInt) return this.str(a.v > 0n ? b.v.repeat(Number(a.v)) : '');
  if (a instanceof PyBytes && b instanceof PyInt && op === '*') {
    const n = b.v > 0n ? Number(b.v) : 0;
    const r = new Uint8Array(a.v.length * n);
    for (let i = 0; i < n; i++) r.set(a.v, i * a.v.length);
    return this.bytes(r);
  }
  if (a instanceof PyBytes && b instanceof PyBytes && op === '+') {
    const r = new Uint8Array(a.v.length + b.v.length);
    r.set(a.v);
    r.set(b.v, a.v.length);
    return this.bytes(r);
  }
  if (a instanceof PyList) {
    if (op === '+' && b instanceof PyList) {
      if (inplace) {
        // list_extend: one resize to the final length, then the items.
        const add = b.items.slice();
        this.listReserve(a, a.items.length + add.length);
        for (const it of add) {
          this.take(it, a, a.items.length);
          a.items.push(it);
        }
        return this.push(a);
      }
      const items = [...a.items, ...b.items].map((x) => this.push(x));
      return this.list(items);
    }
    if (op === '*' && b instanceof PyInt) {
      if (inplace) {
        const orig = a.items.slice();
        const n = b.v > 0n ? Number(b.v) : 0;
        if (n === 0) this.listClear(a);
        else for (let i = 1; i < n; i++) for (const it of orig) this.listAppend(a, it);
        return this.push(a);
      }
      return this.list(this.repeat(a.items, b.v));
    }
    return null;
  }
  if (b instanceof PyList && op === '*' && a instanceof PyInt) return this.list(this.repeat(b.items, a.v));
  if (a instanceof PyTuple) {
    if (op === '+' && b instanceof PyTuple) return this.tuple([...a.items, ...b.items].map((x) => this.push(x)));
    if (op === '*' && b instanceof PyInt) return this.tuple(this.repeat(a.items, b.v));
    return null;
  }
  if (b instanceof PyTuple && op === '*' && a instanceof PyInt) return this.tuple(this.repeat(b.items, a.v));
  if (a instanceof PySet && b instanceof PySet) {
    const res = this.set(a.frozen);
    const inA = (k: PyObject) => this.setHas(a, k);
    const inB = (k: PyObject) => this.setHas(b, k);
    switch (op) {
      case '|':
        for (const e of a.table.list()) this.setAdd(res, e.key);
        for (const e of b.table.list()) this.setAdd(res, e.key);
        break;
      case '&':
        for (const e of a.table.list()) if (inB(e.key)) this.setAdd(res, e.key);
        break;
      case '-':
        for (const e of a.table.list()) if (!inB(e.key)) this.setAdd(res, e.key);
        break;
      case '^':
        for (const e of a.table.list()) if (!inB(e.key)) this.setAdd(res, e.key);
        for (const e of b.table.list()) if (!inA(e.key)) this.setAdd(res, e.key);
        break;
      default:
        this.pop(res);
        return null;
    }
    if (inplace && !a.frozen) {
      // in-place: mutate a
      const keys = res.table.list().map((e) => e.key);
      for (const e of a.table.list()) if (!keys.some((k) => k === e.key)) this.setDiscard(a, e.key);
      for (const k of keys) this.setAdd(a, k);
      this.pop(res);
      return this.push(a);
    }
    return res;
  }
  if (a instanceof PyDict && b instanceof PyDict && op === '|') {
    if (inplace) {
      for (const e of b.table.list()) this.dictSet(a, e.key, e.value);
      return this.push(a);
    }
    const d = this.dict();
    for (const e of a.table.list()) this.dictSet(d, e.key, e.value);
    for (const e of b.table.list()) this.dictSet(d, e.key, e.value);
    return d;
  }
  return null;
};

Interp.prototype.unary = function (this: Interp, o: PyObject, op: string): PyObject {
  if (op === 'not') return this.bool(!this.truthy(o));
  if (isUserType(o.type)) {
    const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
    if (o.type.lookup(name)) return this.callMethod(o, name, []);
  }
  if (o instanceof PyInt) {
    if (op === '-') return this.int(-o.v);
    if (op === '+') return this.int(o.v);
    return this.int(-o.v - 1n);
  }
  if (o instanceof PyFloat) {
    if (op === '-') return this.float(-o.v);
    if (op === '+') return this.float(o.v);
  }
  this.raise('TypeError', `bad operand type for unary ${op}: '${o.type.name}'`);
};

declare module './interp.js' {
  interface Interp {
    percentFormat(fmt: PyStr, args: PyObject): PyObject;
    address(o: PyObject): string;
    defaultRepr(o: PyObject): string;
  }
}

Interp.prototype.address = function (this: Interp, o: PyObject): string {
  return '0x' + (0x7f3a5c000000 + o.id * 0x40).toString(16);
};

Interp.prototype.defaultRepr = function (this: Interp, o: PyObject): string {
  const t = o.type;
  const mod = t.module === 'builtins' ? '' : `${t.module}.`;
  return `<${mod}${t.qualname} object at ${this.address(o)}>`;
};

Interp.prototype.repr = function (this: Interp, o: PyObject): string {
  if (isUserType(o.type) && !(o instanceof PyType)) {
    const m = this.userMethod(o, '__repr__');
    if (m instanceof PyFunction || m instanceof PyBuiltin) {
      const r = this.callMethod(o, '__repr__', []);
      this.pop(r);
      if (!(r instanceof PyStr)) this.raise('TypeError', `__repr__ returned non-string (type ${r.type.name})`);
      return r.v;
    }
    if (o instanceof PyExc) return this.excRepr(o);
    if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o instanceof PyList || o instanceof PyDict || o instanceof PyTuple || o instanceof PySet) {
      // subclass of a builtin without its own __repr__: fall through to the builtin's
    } else return this.defaultRepr(o);
  }
  if (o instanceof PyStr) return pyStrRepr(o.v);
  if (o instanceof PyBool) return o.v ? 'True' : 'False';
  if (o instanceof PyInt) return o.v.toString();
  if (o instanceof PyFloat) return fmtFloat(o.v);
  if (o instanceof PyNone) return 'None';
  if (o instanceof PyNotImplemented) return 'NotImplemented';
  if (o instanceof PyEllipsis) return 'Ellipsis';
  if (o instanceof PyBytes) return o.type === this.T.bytearray ? `bytearray(${bytesRepr(o.v)})` : bytesRepr(o.v);
  if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
    if (this.reprDepth.has(o)) return o instanceof PyList ? '[...]' : o instanceof PyDict ? '{...}' : `${o.type.name}(...)`;
    this.reprDepth.add(o);
    try {
      if (o instanceof PyList) return '[' + o.items.slice().map((x) => this.repr(x)).join(', ') + ']';
      if (o instanceof PyTuple) {
        if (o.items.length === 1) return '(' + this.repr(o.items[0]!) + ',)';
        return '(' + o.items.map((x) => this.repr(x)).join(', ') + ')';
      }
      if (o instanceof PyDict) return '{' + o.table.list().map((e) => `${this.repr(e.key)}: ${this.repr(e.value)}`).join(', ') + '}';
      const keys = this.setOrder(o);
      if (keys.length === 0) return o.frozen ? 'frozenset()' : 'set()';
      const inner = '{' + keys.map((k) => this.repr(k)).join(', ') + '}';
      return o.frozen ? `frozenset(${inner})` : inner;
    } finally {
      this.reprDepth.delete(o);
    }
  }
  if (o instanceof PyType) {
    const mod = o.module === 'builtins' ? '' : `${o.module}.`;
    return `<class '${mod}${o.qualname}'>`;
  }
  if (o instanceof PyFunction) return `<function ${o.qualname} at ${this.address(o)}>`;
  if (o instanceof PyBuiltin) {
    if (o.self && !(o.self instanceof PyModule)) return `<built-in method ${o.name} of ${o.self.type.name} object at ${this.address(o.self)}>`;
    return `<built-in function ${o.name}>`;
  }
  if (o instanceof PyMethod) {
    const fn = o.func instanceof PyFunction ? o.func.qualname : '?';
    return `<bound method ${fn} of ${this.repr(o.self)}>`;
  }
  if (o instanceof PyModule) return o.name === 'sys' || o.name === 'gc' ? `<module '${o.name}' (built-in)>` : `<module '${o.name}'>`;
  if (o instanceof PyRange) {
    return o.step === 1n ? `range(${o.start}, ${o.stop})` : `range(${o.start}, ${o.stop}, ${o.step})`;
  }
  if (o instanceof PySlice) return `slice(${this.repr(o.start)}, ${this.repr(o.stop)}, ${this.repr(o.step)})`;
  if (o instanceof PyExc) return this.excRepr(o);
  if (o instanceof PyDescr) return `<${o.type.name === 'member_descriptor' ? 'member' : 'attribute'} '${o.name}' of '${o.owner.name}' objects>`;
  if (o instanceof PyCell) return `<cell at ${this.address(o)}: ${o.value ? `${o.value.type.name} object at ${this.address(o.value)}` : 'empty'}>`;
  if (o instanceof PyWeakref) {
    const t = this.heap.weakrefTarget(o.id);
    if (t === null) return `<weakref at ${this.address(o)}; dead>`;
    const target = this.obj(t);
    return `<weakref at ${this.address(o)}; to '${target.type.qualname}' at ${this.address(target)}>`;
  }
  if (o.type === this.T.generator) return `<generator object ${(o as unknown as { qualname: string }).qualname} at ${this.address(o)}>`;
  if (o instanceof PyProperty) return `<property object at ${this.address(o)}>`;
  if (o instanceof PyInstance) return this.defaultRepr(o);
  return this.defaultRepr(o);
};

declare module './interp.js' {
  interface Interp {
    excRepr(e: PyExc): string;
    excStr(e: PyExc): string;
  }
}

Interp.prototype.excRepr = function (this: Interp, e: PyExc): string {
  const args = e.args?.items ?? [];
  const name = e.type.qualname;
  if (args.length === 1) return `${name}(${this.repr(args[0]!)})`;
  return `${name}(${args.map((a) => this.repr(a)).join(', ')})`;
};

Interp.prototype.excStr = function (this: Interp, e: PyExc): string {
  const args = e.args?.items ?? [];
  if (e.type.isSubtype(this.T.KeyError!) && args.length === 1) return this.repr(args[0]!);
  if (args.length === 0) return '';
  if (args.length === 1) return this.toStr(args[0]!);
  return '(' + args.map((a) => this.repr(a)).join(', ') + ')';
};

Interp.prototype.toStr = function (this: Interp, o: PyObject): string {
  if (o instanceof PyStr && !isUserType(o.type)) return o.v;
  if (isUserType(o.type) && !(o instanceof PyType)) {
    const m = this.userMethod(o, '__str__');
    if (m instanceof PyFunction || m instanceof PyBuiltin) {
      const r = this.callMethod(o, '__str__', []);
      this.pop(r);
      if (!(r instanceof PyStr)) this.raise('TypeError', `__str__ returned non-string (type ${r.type.name})`);
      return r.v;
    }
    if (o instanceof PyExc) return this.excStr(o);
    if (o instanceof PyStr) return o.v;
    return this.repr(o);
  }
  if (o instanceof PyExc) return this.excStr(o);
  return this.repr(o);
};
