/**
 * Methods of str, over runtime/text (CPython-exact Unicode, code point indices, messages).
 *
 * Argument handling follows the calling convention each method has in CPython 3.11, since the
 * messages differ: METH_NOARGS ("str.upper() takes no arguments (1 given)"), METH_O ("str.zfill()
 * takes exactly one argument (0 given)"), METH_VARARGS ("find() takes at least 1 argument (0
 * given)"), positional-only Argument Clinic ("center expected at least 1 argument, got 0") and
 * Argument Clinic with keywords ("'x' is an invalid keyword argument for split()").
 *
 * Where CPython returns the str itself (an exact str left unchanged by strip, replace, center,
 * zfill, split without a split...), so does this: no new object on the heap.
 */
import {
  AutoNumber,
  checkConversion,
  chr,
  cpLength,
  formatStr,
  isPyError,
  parseFormatString,
  pyAscii,
  splitFieldName,
  strCapitalize,
  strCasefold,
  strCenter,
  strCount,
  strEndswith,
  strExpandtabs,
  strFind,
  strIndex,
  strIsalnum,
  strIsalpha,
  strIsascii,
  strIsdecimal,
  strIsdigit,
  strIsidentifier,
  strIslower,
  strIsnumeric,
  strIsprintable,
  strIsspace,
  strIstitle,
  strIsupper,
  strLjust,
  strLower,
  strLstrip,
  strPartition,
  strRemoveprefix,
  strRemovesuffix,
  strReplace,
  strRepeat,
  strRfind,
  strRindex,
  strRjust,
  strRpartition,
  strRsplit,
  strRstrip,
  strSplit,
  strSplitlines,
  strStartswith,
  strStrip,
  strSwapcase,
  strTitle,
  strUpper,
  strZfill,
  toCodePoints,
  FORMAT_RECURSION_DEPTH,
} from '../runtime/text/index.js';
import { PyErr } from './errors.js';
import { Interp } from './interp.js';
import * as L from './layout.js';
import { PyDict, PyInt, PyList, PyNone, PyObject, PyStr, PyTuple, PyType, PyWrapper, type Kwargs } from './objects.js';
import './percent.js';

type Fn = (rt: Interp, a: PyObject[], kw: Kwargs) => PyObject;

const SSIZE_MAX = 9223372036854775807n;
const INT_MAX = 2147483647n;

// ---------------------------------------------------------------- errors and arguments

/** Runs fn, raising runtime/text's { pyType, message } errors as Python exceptions. */
function py<T>(rt: Interp, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isPyError(e)) rt.raise(e.pyType, e.message);
    throw e;
  }
}

/** The str a method is called on (a[0]), with CPython's messages for a bad or missing self. */
function self(rt: Interp, a: PyObject[], name: string): PyStr {
  const s = a[0];
  if (s === undefined) rt.raise('TypeError', `unbound method str.${name}() needs an argument`);
  if (!(s instanceof PyStr)) rt.raise('TypeError', `descriptor '${name}' for 'str' objects doesn't apply to a '${s.type.name}' object`);
  return s;
}

/** self of a slot wrapper (__len__, __add__...): its messages differ from a method's. */
function slotSelf(rt: Interp, a: PyObject[], name: string, nargs: number): PyStr {
  const s = a[0];
  if (s === undefined) rt.raise('TypeError', `descriptor '${name}' of 'str' object needs an argument`);
  if (!(s instanceof PyStr)) rt.raise('TypeError', `descriptor '${name}' requires a 'str' object but received a '${s.type.name}'`);
  if (a.length - 1 !== nargs) rt.raise('TypeError', `expected ${nargs} argument${nargs === 1 ? '' : 's'}, got ${a.length - 1}`);
  return s;
}

function noKeywords(rt: Interp, kw: Kwargs, name: string): void {
  if (kw.length > 0) rt.raise('TypeError', `str.${name}() takes no keyword arguments`);
}

/** METH_NOARGS. */
function noArgs(rt: Interp, a: PyObject[], kw: Kwargs, name: string): PyStr {
  const s = self(rt, a, name);
  noKeywords(rt, kw, name);
  if (a.length !== 1) rt.raise('TypeError', `str.${name}() takes no arguments (${a.length - 1} given)`);
  return s;
}

/** METH_O: the one argument. */
function oneArg(rt: Interp, a: PyObject[], kw: Kwargs, name: string): [PyStr, PyObject] {
  const s = self(rt, a, name);
  noKeywords(rt, kw, name);
  if (a.length !== 2) rt.raise('TypeError', `str.${name}() takes exactly one argument (${a.length - 1} given)`);
  return [s, a[1]!];
}

/** Positional-only Argument Clinic (_PyArg_CheckPositional): the arguments after self. */
function positional(rt: Interp, args: PyObject[], kw: Kwargs, name: string, min: number, max: number): PyObject[] {
  noKeywords(rt, kw, name);
  const n = args.length;
  if (n < min) rt.raise('TypeError', `${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) rt.raise('TypeError', `${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  return args;
}

/** METH_VARARGS parsed by PyArg_ParseTuple with "O|OO:name". */
function varargs(rt: Interp, args: PyObject[], kw: Kwargs, name: string, min: number, max: number): PyObject[] {
  noKeywords(rt, kw, name);
  const n = args.length;
  if (n < min) rt.raise('TypeError', `${name}() takes ${min === max ? 'exactly' : 'at least'} ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) rt.raise('TypeError', `${name}() takes ${min === max ? 'exactly' : 'at most'} ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
  return args;
}

/** Argument Clinic with keywords (_PyArg_UnpackKeywords), all parameters optional. */
function keywords(rt: Interp, args: PyObject[], kw: Kwargs, name: string, params: readonly string[]): (PyObject | undefined)[] {
  const max = params.length;
  if (args.length > max) {
    rt.raise('TypeError', `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${args.length} given)`);
  }
  const out: (PyObject | undefined)[] = params.map((_, i) => args[i]);
  for (const [k, v] of kw) {
    const i = params.indexOf(k);
    if (i < 0) rt.raise('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
    if (i < args.length) rt.raise('TypeError', `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

/** A Py_ssize_t argument (PyNumber_Index + PyLong_AsSsize_t). */
function ssize(rt: Interp, o: PyObject): number {
  const v = rt.index(o, `'${o.type.name}' object cannot be interpreted as an integer`);
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) rt.raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
}

/** A C int argument. */
function cint(rt: Interp, o: PyObject): number {
  const v = rt.index(o, `'${o.type.name}' object cannot be interpreted as an integer`);
  if (v > INT_MAX || v < -INT_MAX - 1n) rt.raise('OverflowError', 'Python int too large to convert to C int');
  return Number(v);
}

/** A start/end argument (_PyEval_SliceIndex): None or absent is undefined, big ints clamp. */
function sliceIndex(rt: Interp, o: PyObject | undefined): number | undefined {
  if (o === undefined || o instanceof PyNone) return undefined;
  const v = rt.index(o, 'slice indices must be integers or None or have an __index__ method');
  if (v > SSIZE_MAX) return Number.MAX_SAFE_INTEGER;
  if (v < -SSIZE_MAX - 1n) return -Number.MAX_SAFE_INTEGER;
  return Number(v);
}

/** A str argument or TypeError `${prefix}must be str, not T`. */
function strArg(rt: Interp, o: PyObject, prefix: string): string {
  if (!(o instanceof PyStr)) rt.raise('TypeError', `${prefix}must be str, not ${o.type.name}`);
  return o.v;
}

/** The result of a method that CPython returns `self` from when nothing changed. */
function unchanged(rt: Interp, s: PyStr, result: string): PyStr {
  if (result === s.v && s.type === rt.T.str) return rt.push(s);
  return rt.str(result);
}

/** A list of strs; when the split left the exact str whole, its one item is the str itself. */
function strList(rt: Interp, s: PyStr, parts: readonly string[]): PyObject {
  if (parts.length === 1 && parts[0] === s.v && s.type === rt.T.str) return rt.list([rt.push(s)]);
  return rt.list(parts.map((p) => rt.str(p)));
}

/** Drops the in-flight exception of err (caught). */
function swallow(rt: Interp, err: PyErr): void {
  rt.pop(rt.catchErr(err));
}

// ---------------------------------------------------------------- the methods

export function installStr(rt: Interp, meth: (t: PyType, name: string, fn: Fn) => void): void {
  const T = rt.T.str!;
  const m = (name: string, fn: Fn): void => meth(T, name, fn);

  // Case conversions (always a new str) and predicates: METH_NOARGS.
  const cases: [string, (s: string) => string][] = [
    ['upper', strUpper],
    ['lower', strLower],
    ['casefold', strCasefold],
    ['swapcase', strSwapcase],
    ['title', strTitle],
    ['capitalize', strCapitalize],
  ];
  for (const [name, f] of cases) m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => rt.str(f(noArgs(rt, a, kw, name).v)));
  const preds: [string, (s: string) => boolean][] = [
    ['isalnum', strIsalnum],
    ['isalpha', strIsalpha],
    ['isascii', strIsascii],
    ['isdecimal', strIsdecimal],
    ['isdigit', strIsdigit],
    ['isidentifier', strIsidentifier],
    ['islower', strIslower],
    ['isnumeric', strIsnumeric],
    ['isprintable', strIsprintable],
    ['isspace', strIsspace],
    ['istitle', strIstitle],
    ['isupper', strIsupper],
  ];
  for (const [name, f] of preds) m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => rt.bool(f(noArgs(rt, a, kw, name).v)));

  // strip(chars=None, /)
  const strips: [string, (s: string, chars?: string) => string][] = [
    ['strip', strStrip],
    ['lstrip', strLstrip],
    ['rstrip', strRstrip],
  ];
  for (const [name, f] of strips) {
    m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => {
      const s = self(rt, a, name);
      const [c] = positional(rt, a.slice(1), kw, name, 0, 1);
      let chars: string | undefined;
      if (c !== undefined && !(c instanceof PyNone)) {
        if (!(c instanceof PyStr)) rt.raise('TypeError', `${name} arg must be None or str`);
        chars = c.v;
      }
      return unchanged(rt, s, f(s.v, chars));
    });
  }

  // split(sep=None, maxsplit=-1), rsplit
  for (const [name, f] of [
    ['split', strSplit],
    ['rsplit', strRsplit],
  ] as const) {
    m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => {
      const s = self(rt, a, name);
      const [sepO, maxO] = keywords(rt, a.slice(1), kw, name, ['sep', 'maxsplit']);
      let sep: string | undefined;
      if (sepO !== undefined && !(sepO instanceof PyNone)) {
        if (!(sepO instanceof PyStr)) rt.raise('TypeError', `must be str or None, not ${sepO.type.name}`);
        sep = sepO.v;
      }
      const max = maxO === undefined ? -1 : ssize(rt, maxO);
      return strList(rt, s, py(rt, () => f(s.v, sep, max)));
    });
  }

  // splitlines(keepends=False)
  m('splitlines', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = self(rt, a, 'splitlines');
    const [k] = keywords(rt, a.slice(1), kw, 'splitlines', ['keepends']);
    const keepends = k === undefined ? false : cint(rt, k) !== 0;
    return strList(rt, s, strSplitlines(s.v, keepends));
  });

  // join(iterable, /)
  m('join', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const [s, iterable] = oneArg(rt, a, kw, 'join');
    const items = joinItems(rt, iterable);
    try {
      const parts: string[] = [];
      for (let i = 0; i < items.length; i++) {
        const it = items[i]!;
        if (!(it instanceof PyStr)) rt.raise('TypeError', `sequence item ${i}: expected str instance, ${it.type.name} found`);
        parts.push(it.v);
      }
      if (items.length === 1 && items[0]!.type === rt.T.str) return rt.push(items[0]!);
      return rt.str(parts.join(s.v));
    } finally {
      for (let i = items.length - 1; i >= 0; i--) rt.pop(items[i]!);
    }
  });

  // replace(old, new, count=-1, /)
  m('replace', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = self(rt, a, 'replace');
    const [o, n, c] = positional(rt, a.slice(1), kw, 'replace', 2, 3);
    const old = strArg(rt, o!, 'replace() argument 1 ');
    const neu = strArg(rt, n!, 'replace() argument 2 ');
    const count = c === undefined ? -1 : ssize(rt, c);
    return unchanged(rt, s, strReplace(s.v, old, neu, count));
  });

  // find/rfind/index/rindex/count(sub[, start[, end]])
  const finders: [string, (s: string, sub: string, start?: number, end?: number) => number][] = [
    ['find', strFind],
    ['rfind', strRfind],
    ['index', strIndex],
    ['rindex', strRindex],
    ['count', strCount],
  ];
  for (const [name, f] of finders) {
    m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => {
      const s = self(rt, a, name);
      const [subO, stO, enO] = varargs(rt, a.slice(1), kw, name, 1, 3);
      const start = sliceIndex(rt, stO);
      const end = sliceIndex(rt, enO);
      const sub = strArg(rt, subO!, '');
      return rt.int(py(rt, () => f(s.v, sub, start, end)));
    });
  }

  // startswith/endswith(prefix[, start[, end]]): prefix a str or a tuple of str
  for (const [name, f] of [
    ['startswith', strStartswith],
    ['endswith', strEndswith],
  ] as const) {
    m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => {
      const s = self(rt, a, name);
      const [p, stO, enO] = varargs(rt, a.slice(1), kw, name, 1, 3);
      const start = sliceIndex(rt, stO);
      const end = sliceIndex(rt, enO);
      if (p instanceof PyTuple) {
        for (const x of p.items) {
          if (!(x instanceof PyStr)) rt.raise('TypeError', `tuple for ${name} must only contain str, not ${x.type.name}`);
          if (f(s.v, x.v, start, end)) return rt.bool(true);
        }
        return rt.bool(false);
      }
      if (!(p instanceof PyStr)) rt.raise('TypeError', `${name} first arg must be str or a tuple of str, not ${p!.type.name}`);
      return rt.bool(f(s.v, p.v, start, end));
    });
  }

  // partition/rpartition(sep, /)
  for (const [name, f] of [
    ['partition', strPartition],
    ['rpartition', strRpartition],
  ] as const) {
    m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => {
      const [s, sepO] = oneArg(rt, a, kw, name);
      const sep = strArg(rt, sepO, '');
      const [x, y, z] = py(rt, () => f(s.v, sep));
      // Not found: the str itself and two empty strs; found: new strs around the separator object.
      const whole = (): PyObject => (s.type === rt.T.str ? rt.push(s) : rt.str(s.v));
      if (y === '') return rt.tuple(name === 'partition' ? [whole(), rt.str(''), rt.str('')] : [rt.str(''), rt.str(''), whole()]);
      return rt.tuple([rt.str(x), rt.push(sepO), rt.str(z)]);
    });
  }

  // removeprefix/removesuffix(x, /)
  for (const [name, f] of [
    ['removeprefix', strRemoveprefix],
    ['removesuffix', strRemovesuffix],
  ] as const) {
    m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => {
      const [s, p] = oneArg(rt, a, kw, name);
      return unchanged(rt, s, f(s.v, strArg(rt, p, `${name}() argument `)));
    });
  }

  // center/ljust/rjust(width, fillchar=' ', /)
  for (const [name, f] of [
    ['center', strCenter],
    ['ljust', strLjust],
    ['rjust', strRjust],
  ] as const) {
    m(name, (rt: Interp, a: PyObject[], kw: Kwargs) => {
      const s = self(rt, a, name);
      const [w, fc] = positional(rt, a.slice(1), kw, name, 1, 2);
      const width = ssize(rt, w!);
      let fill = ' ';
      if (fc !== undefined) {
        if (!(fc instanceof PyStr)) rt.raise('TypeError', `The fill character must be a unicode character, not ${fc.type.name}`);
        fill = fc.v;
      }
      return unchanged(rt, s, py(rt, () => f(s.v, width, fill)));
    });
  }

  // zfill(width, /)
  m('zfill', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const [s, w] = oneArg(rt, a, kw, 'zfill');
    return unchanged(rt, s, strZfill(s.v, ssize(rt, w)));
  });

  // expandtabs(tabsize=8)
  m('expandtabs', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = self(rt, a, 'expandtabs');
    const [t] = keywords(rt, a.slice(1), kw, 'expandtabs', ['tabsize']);
    return unchanged(rt, s, strExpandtabs(s.v, t === undefined ? 8 : cint(rt, t)));
  });

  // encode(encoding='utf-8', errors='strict')
  m('encode', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = self(rt, a, 'encode');
    const [e, er] = keywords(rt, a.slice(1), kw, 'encode', ['encoding', 'errors']);
    const enc = e === undefined ? 'utf-8' : strArg(rt, e, "encode() argument 'encoding' ");
    const errors = er === undefined ? 'strict' : strArg(rt, er, "encode() argument 'errors' ");
    return rt.bytes(encode(rt, s.v, enc, errors));
  });

  // translate(table, /) and the static maketrans(x, y=, z=, /)
  m('translate', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const [s, table] = oneArg(rt, a, kw, 'translate');
    return rt.str(translate(rt, s.v, table));
  });
  T.natives.set(
    'maketrans',
    new PyWrapper(
      rt.T.staticmethod!,
      rt.native('maketrans', ((rt: Interp, a: PyObject[], kw: Kwargs) => maketrans(rt, positional(rt, a, kw, 'maketrans', 1, 3))) as never, 'str.maketrans'),
    ),
  );

  // format(*args, **kwargs), format_map(mapping, /), __format__(spec, /)
  m('format', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = self(rt, a, 'format');
    return rt.str(strFormat(rt, s.v, a.slice(1), kw, null));
  });
  m('format_map', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const [s, mapping] = oneArg(rt, a, kw, 'format_map');
    return rt.str(strFormat(rt, s.v, [], [], mapping));
  });
  m('__format__', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const [s, spec] = oneArg(rt, a, kw, '__format__');
    if (!(spec instanceof PyStr)) rt.raise('TypeError', `__format__() argument must be str, not ${spec.type.name}`);
    if (spec.v === '' && s.type === rt.T.str) return rt.push(s);
    return rt.str(py(rt, () => formatStr(s.v, spec.v, s.type.name)));
  });

  // Slot wrappers.
  m('__len__', (rt: Interp, a: PyObject[]) => rt.int(slotSelf(rt, a, '__len__', 0).length));
  m('__contains__', (rt: Interp, a: PyObject[]) => {
    const s = slotSelf(rt, a, '__contains__', 1);
    const x = a[1]!;
    if (!(x instanceof PyStr)) rt.raise('TypeError', `'in <string>' requires string as left operand, not ${x.type.name}`);
    return rt.bool(strFind(s.v, x.v) >= 0);
  });
  m('__getitem__', (rt: Interp, a: PyObject[]) => rt.getitem(slotSelf(rt, a, '__getitem__', 1), a[1]!));
  m('__add__', (rt: Interp, a: PyObject[]) => {
    const s = slotSelf(rt, a, '__add__', 1);
    const x = a[1]!;
    if (!(x instanceof PyStr)) rt.raise('TypeError', `can only concatenate str (not "${x.type.name}") to str`);
    return rt.str(s.v + x.v);
  });
  const mul = (name: string): Fn => (rt: Interp, a: PyObject[]) => {
    const s = slotSelf(rt, a, name, 1);
    const n = rt.index(a[1]!, `'${a[1]!.type.name}' object cannot be interpreted as an integer`);
    if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) rt.raise('OverflowError', "cannot fit 'int' into an index-sized integer");
    if (n === 1n && s.type === rt.T.str) return rt.push(s);
    return rt.str(strRepeat(s.v, n));
  };
  m('__mul__', mul('__mul__'));
  m('__rmul__', mul('__rmul__'));
  m('__mod__', (rt: Interp, a: PyObject[]) => rt.percentFormat(slotSelf(rt, a, '__mod__', 1), a[1]!));
  m('__rmod__', (rt: Interp, a: PyObject[]) => {
    const s = slotSelf(rt, a, '__rmod__', 1);
    const x = a[1]!;
    if (!(x instanceof PyStr)) return rt.push(rt.NotImplemented);
    return rt.percentFormat(x, s);
  });
  m('__str__', (rt: Interp, a: PyObject[]) => {
    const s = slotSelf(rt, a, '__str__', 0);
    return s.type === rt.T.str ? rt.push(s) : rt.str(s.v);
  });
  m('__sizeof__', (rt: Interp, a: PyObject[], kw: Kwargs) => rt.int(L.strSize(noArgs(rt, a, kw, '__sizeof__').v)));
  m('__getnewargs__', (rt: Interp, a: PyObject[], kw: Kwargs) => rt.tuple([rt.str(noArgs(rt, a, kw, '__getnewargs__').v)]));
}

/** PySequence_Fast(iterable, "can only join an iterable"): the items, as stack references. */
function joinItems(rt: Interp, o: PyObject): PyObject[] {
  if (o instanceof PyList || o instanceof PyTuple) return rt.toList(o);
  let it: PyObject;
  try {
    it = rt.iter(o);
  } catch (e) {
    if (e instanceof PyErr && rt.errIs(e, 'TypeError')) {
      swallow(rt, e);
      rt.raise('TypeError', 'can only join an iterable');
    }
    throw e;
  }
  const out: PyObject[] = [];
  try {
    for (;;) {
      const v = rt.next(it);
      if (!v) break;
      out.push(v);
    }
  } catch (e) {
    for (let i = out.length - 1; i >= 0; i--) rt.pop(out[i]!);
    throw e;
  } finally {
    rt.pop(it);
  }
  return out;
}

// ---------------------------------------------------------------- encode

function normalizeEncoding(enc: string): string {
  return enc.toLowerCase().replace(/[-_ ]/g, '');
}

const UTF8 = new Set(['utf8', 'u8', 'utf', 'cp65001']);
const ASCII = new Set(['ascii', 'usascii', '646', 'ansix3.41968', 'us']);
const LATIN1 = new Set(['latin1', 'latin', 'l1', 'iso88591', '8859', 'cp819', 'iso8859', 'iso885911987', 'iso8859-1']);

/** str.encode for utf-8, ascii and latin-1 with the strict, ignore and replace handlers. */
function encode(rt: Interp, s: string, enc: string, errors: string): Uint8Array {
  const norm = normalizeEncoding(enc);
  let codec: 'utf-8' | 'ascii' | 'latin-1';
  let limit: number;
  if (UTF8.has(norm)) {
    codec = 'utf-8';
    limit = 0x110000;
  } else if (ASCII.has(norm)) {
    codec = 'ascii';
    limit = 0x80;
  } else if (LATIN1.has(norm)) {
    codec = 'latin-1';
    limit = 0x100;
  } else {
    rt.raise('LookupError', `unknown encoding: ${enc}`);
  }
  const out: number[] = [];
  const cps = toCodePoints(s);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const bad = c >= limit || (codec === 'utf-8' && c >= 0xd800 && c <= 0xdfff);
    if (bad) {
      if (errors === 'ignore') continue;
      if (errors === 'replace') {
        out.push(63);
        continue;
      }
      if (errors !== 'strict') rt.raise('LookupError', `unknown error handler name '${errors}'`);
      let end = i + 1;
      while (end < cps.length && (cps[end]! >= limit || (codec === 'utf-8' && cps[end]! >= 0xd800 && cps[end]! <= 0xdfff))) end++;
      const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      const what = end - i === 1 ? `character ${escapeChar(c)} in position ${i}` : `characters in position ${i}-${end - 1}`;
      rt.raise(rt.T.UnicodeEncodeError ? 'UnicodeEncodeError' : 'UnicodeError', `'${codec}' codec can't encode ${what}: ${reason}`);
    }
    if (codec !== 'utf-8' || c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** The character as a UnicodeEncodeError message writes it: '\xe9', '\u20ac', '\U0001f600'. */
function escapeChar(c: number): string {
  if (c < 0x100) return `'\\x${c.toString(16).padStart(2, '0')}'`;
  if (c < 0x10000) return `'\\u${c.toString(16).padStart(4, '0')}'`;
  return `'\\U${c.toString(16).padStart(8, '0')}'`;
}

// ---------------------------------------------------------------- translate, maketrans

function translate(rt: Interp, s: string, table: PyObject): string {
  let out = '';
  for (const c of toCodePoints(s)) {
    const key = rt.int(c);
    let v: PyObject;
    try {
      v = rt.getitem(table, key);
    } catch (e) {
      if (e instanceof PyErr && rt.errIs(e, 'LookupError')) {
        swallow(rt, e);
        out += chr(c);
        continue;
      }
      throw e;
    } finally {
      rt.pop(key);
    }
    try {
      if (v instanceof PyNone) continue;
      if (v instanceof PyInt) {
        if (v.v < 0n || v.v > 0x10ffffn) rt.raise('ValueError', 'character mapping must be in range(0x110000)');
        out += chr(Number(v.v));
      } else if (v instanceof PyStr) out += v.v;
      else rt.raise('TypeError', 'character mapping must return integer, None or str');
    } finally {
      rt.pop(v);
    }
  }
  return out;
}

function maketrans(rt: Interp, args: PyObject[]): PyObject {
  const [x, y, z] = args;
  if (y !== undefined && !(y instanceof PyStr)) rt.raise('TypeError', `maketrans() argument 2 must be str, not ${y.type.name}`);
  if (z !== undefined && !(z instanceof PyStr)) rt.raise('TypeError', `maketrans() argument 3 must be str, not ${z.type.name}`);
  const d = rt.dict();
  const set = (k: PyObject, v: PyObject): void => {
    rt.dictSet(d, k, v);
    rt.pop(v);
    rt.pop(k);
  };
  try {
    if (y !== undefined) {
      if (!(x instanceof PyStr)) rt.raise('TypeError', 'first maketrans argument must be a string if there is a second argument');
      const xs = toCodePoints(x.v);
      const ys = toCodePoints(y.v);
      if (xs.length !== ys.length) rt.raise('ValueError', 'the first two maketrans arguments must have equal length');
      for (let i = 0; i < xs.length; i++) set(rt.int(xs[i]!), rt.int(ys[i]!));
      if (z) for (const c of toCodePoints(z.v)) set(rt.int(c), rt.push(rt.None));
      return d;
    }
    if (!(x instanceof PyDict)) rt.raise('TypeError', 'if you give only one argument to maketrans it must be a dict');
    for (const e of x.table.list()) {
      const k = e.key;
      if (k instanceof PyStr) {
        if (cpLength(k.v) !== 1) rt.raise('ValueError', 'string keys in translate table must be of length 1');
        set(rt.int(k.v.codePointAt(0)!), rt.push(e.value));
      } else if (k instanceof PyInt) set(rt.push(k), rt.push(e.value));
      else rt.raise('TypeError', 'keys in translate table must be strings or integers');
    }
    return d;
  } catch (e) {
    rt.pop(d);
    throw e;
  }
}

// ---------------------------------------------------------------- str.format

/**
 * str.format (mapping null: args and kw) and str.format_map (mapping given): CPython's
 * build_string / output_markup, over runtime/text's parser. Errors in CPython's order: the
 * fields before a syntax error are rendered (their errors first), then the syntax error.
 */
export function strFormat(rt: Interp, fmt: string, args: PyObject[], kw: Kwargs, mapping: PyObject | null): string {
  const lookup = (first: number | string): PyObject => {
    if (typeof first === 'number') {
      if (mapping !== null) rt.raise('ValueError', 'Format string contains positional fields');
      if (first >= args.length) rt.raise('IndexError', `Replacement index ${first} out of range for positional args tuple`);
      return rt.push(args[first]!);
    }
    if (mapping !== null) {
      const key = rt.str(first);
      try {
        return rt.getitem(mapping, key);
      } finally {
        rt.pop(key);
      }
    }
    for (const [k, v] of kw) if (k === first) return rt.push(v);
    throw rt.makeErr(rt.T.KeyError!, [first]);
  };
  return buildString(rt, fmt, lookup, FORMAT_RECURSION_DEPTH, new AutoNumber());
}

function buildString(rt: Interp, fmt: string, lookup: (first: number | string) => PyObject, depth: number, auto: AutoNumber): string {
  const parsed = py(rt, () => parseFormatString(fmt, depth));
  let out = '';
  for (const chunk of parsed.chunks) {
    out += chunk.literal;
    const field = chunk.field;
    if (field === undefined) continue;
    const name = py(rt, () => splitFieldName(field.fieldName, auto));
    let obj = lookup(name.first);
    try {
      for (const acc of name.rest) {
        let next: PyObject;
        if (acc.kind === 'attr') next = rt.getattr(obj, acc.name);
        else {
          const key = typeof acc.key === 'number' ? rt.int(acc.key) : rt.str(acc.key);
          try {
            next = rt.getitem(obj, key);
          } finally {
            rt.pop(key);
          }
        }
        rt.pop(obj);
        obj = next;
      }
      if (name.restError) rt.raise(name.restError.pyType, name.restError.message);
      if (field.conversion !== '') {
        py(rt, () => checkConversion(field.conversion));
        const text = field.conversion === 's' ? rt.toStr(obj) : field.conversion === 'r' ? rt.repr(obj) : pyAscii(rt.repr(obj));
        const conv = rt.str(text);
        rt.pop(obj);
        obj = conv;
      }
      const spec = field.formatSpecNeedsExpanding ? buildString(rt, field.formatSpec, lookup, depth - 1, auto) : field.formatSpec;
      out += rt.formatValue(obj, spec);
    } finally {
      rt.pop(obj);
    }
  }
  if (parsed.error) rt.raise(parsed.error.pyType, parsed.error.message);
  return out;
}

