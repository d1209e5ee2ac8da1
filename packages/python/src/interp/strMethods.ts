/** Methods of str. */
import { Interp } from './interp.js';
import { PyDict, PyInt, PyObject, PyStr, PyTuple, PyType, type Kwargs } from './objects.js';
import { isUserType } from './ops.js';

type Fn = (rt: Interp, a: PyObject[], kw: Kwargs) => PyObject;

function s0(rt: Interp, a: PyObject[], m: string): string {
  const s = a[0];
  if (!(s instanceof PyStr)) rt.raise('TypeError', `descriptor '${m}' for 'str' objects doesn't apply to a '${s ? s.type.name : 'NoneType'}' object`);
  return s.v;
}
function optStr(rt: Interp, o: PyObject | undefined, m: string): string | null {
  if (!o || o === rt.None) return null;
  if (!(o instanceof PyStr)) rt.raise('TypeError', `${m} arg must be None or str`);
  return o.v;
}
function argStr(rt: Interp, o: PyObject | undefined, m: string, n = 1): string {
  if (!(o instanceof PyStr)) rt.raise('TypeError', `${m}() argument ${n} must be str, not ${o ? o.type.name : 'NoneType'}`);
  return o.v;
}
function optInt(o: PyObject | undefined, d: number): number {
  return o instanceof PyInt ? Number(o.v) : d;
}
const WS = /[\s\u001c-\u001f\u0085]/u;

function splitWs(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && WS.test(s[i]!)) i++;
    if (i >= n) break;
    if (max >= 0 && out.length === max) {
      out.push(s.slice(i).replace(/[\s\u001c-\u001f\u0085]+$/u, ''));
      return out;
    }
    let j = i;
    while (j < n && !WS.test(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const has = (c: string) => (chars === null ? WS.test(c) : chars.includes(c));
  let i = 0;
  let j = s.length;
  if (left) while (i < j && has(s[i]!)) i++;
  if (right) while (j > i && has(s[j - 1]!)) j--;
  return s.slice(i, j);
}

function norm(len: number, start: PyObject | undefined, end: PyObject | undefined): [number, number] {
  let a = start instanceof PyInt ? Number(start.v) : 0;
  let b = end instanceof PyInt ? Number(end.v) : len;
  if (a < 0) a = Math.max(0, a + len);
  if (b < 0) b = Math.max(0, b + len);
  if (b > len) b = len;
  return [a, b];
}

export function installStr(rt: Interp, meth: (t: PyType, name: string, fn: Fn) => void): void {
  const T = rt.T.str!;
  const m = (name: string, fn: Fn) => meth(T, name, fn);
  m('upper', (rt: Interp, a: PyObject[]) => rt.str(s0(rt, a, 'upper').toUpperCase()));
  m('lower', (rt: Interp, a: PyObject[]) => rt.str(s0(rt, a, 'lower').toLowerCase()));
  m('casefold', (rt: Interp, a: PyObject[]) => rt.str(s0(rt, a, 'casefold').toLowerCase()));
  m('swapcase', (rt: Interp, a: PyObject[]) => rt.str([...s0(rt, a, 'swapcase')].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')));
  m('capitalize', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'capitalize');
    return rt.str(s ? s[0]!.toUpperCase() + s.slice(1).toLowerCase() : s);
  });
  m('title', (rt: Interp, a: PyObject[]) => rt.str(s0(rt, a, 'title').toLowerCase().replace(/(^|[^\p{L}\p{N}'])(\p{L})|(')(\p{L})/gu, (x, p: string, c: string, q: string, d: string) => (c ? p + c.toUpperCase() : q + d))));
  m('strip', (rt: Interp, a: PyObject[]) => rt.str(strip(s0(rt, a, 'strip'), optStr(rt, a[1], 'strip'), true, true)));
  m('lstrip', (rt: Interp, a: PyObject[]) => rt.str(strip(s0(rt, a, 'lstrip'), optStr(rt, a[1], 'lstrip'), true, false)));
  m('rstrip', (rt: Interp, a: PyObject[]) => rt.str(strip(s0(rt, a, 'rstrip'), optStr(rt, a[1], 'rstrip'), false, true)));
  m('split', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = s0(rt, a, 'split');
    const sepO = a[1] ?? kw.find(([k]) => k === 'sep')?.[1];
    const max = optInt(a[2] ?? kw.find(([k]) => k === 'maxsplit')?.[1], -1);
    const sep = optStr(rt, sepO, 'split');
    let parts: string[];
    if (sep === null) parts = splitWs(s, max);
    else {
      if (sep === '') rt.raise('ValueError', 'empty separator');
      parts = [];
      let rest = s;
      while (max < 0 || parts.length < max) {
        const i = rest.indexOf(sep);
        if (i < 0) break;
        parts.push(rest.slice(0, i));
        rest = rest.slice(i + sep.length);
      }
      parts.push(rest);
    }
    return rt.list(parts.map((p) => rt.str(p)));
  });
  m('rsplit', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = s0(rt, a, 'rsplit');
    const sep = optStr(rt, a[1] ?? kw.find(([k]) => k === 'sep')?.[1], 'rsplit');
    const max = optInt(a[2] ?? kw.find(([k]) => k === 'maxsplit')?.[1], -1);
    let parts: string[];
    if (sep === null) {
      const all = splitWs(s, -1);
      if (max < 0 || all.length <= max + 1) parts = all;
      else {
        const tail = all.slice(all.length - max);
        let rest = s.replace(/[\s]+$/u, '');
        for (let i = 0; i < max; i++) rest = rest.slice(0, rest.lastIndexOf(all[all.length - 1 - i]!)).replace(/[\s]+$/u, '');
        parts = [rest, ...tail];
      }
    } else {
      parts = [];
      let rest = s;
      while (max < 0 || parts.length < max) {
        const i = rest.lastIndexOf(sep);
        if (i < 0) break;
        parts.unshift(rest.slice(i + sep.length));
        rest = rest.slice(0, i);
      }
      parts.unshift(rest);
    }
    return rt.list(parts.map((p) => rt.str(p)));
  });
  m('splitlines', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = s0(rt, a, 'splitlines');
    const keep = a[1] ?? kw.find(([k]) => k === 'keepends')?.[1];
    const keepends = keep ? rt.truthy(keep) : false;
    const out: string[] = [];
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/gu;
    let last = 0;
    let mm: RegExpExecArray | null;
    while ((mm = re.exec(s))) {
      out.push(s.slice(last, keepends ? mm.index + mm[0].length : mm.index));
      last = mm.index + mm[0].length;
    }
    if (last < s.length) out.push(s.slice(last));
    return rt.list(out.map((p) => rt.str(p)));
  });
  m('join', (rt: Interp, a: PyObject[]) => {
    const sep = s0(rt, a, 'join');
    const items = rt.toList(a[1]!);
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (!(it instanceof PyStr)) {
        for (const x of items.slice().reverse()) rt.pop(x);
        rt.raise('TypeError', `sequence item ${i}: expected str instance, ${it.type.name} found`);
      }
      parts.push(it.v);
    }
    for (const x of items.slice().reverse()) rt.pop(x);
    return rt.str(parts.join(sep));
  });
  m('replace', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'replace');
    const old = argStr(rt, a[1], 'replace', 1);
    const neu = argStr(rt, a[2], 'replace', 2);
    const count = optInt(a[3], -1);
    if (count < 0) return rt.str(old === '' ? [...s].join(neu).replace(/^/, neu) + (s ? neu : '') : s.split(old).join(neu));
    let out = '';
    let rest = s;
    let n = 0;
    while (n < count) {
      const i = rest.indexOf(old);
      if (i < 0) break;
      out += rest.slice(0, i) + neu;
      rest = rest.slice(i + old.length);
      n++;
    }
    return rt.str(out + rest);
  });
  const finder = (name: string, rev: boolean, raise: boolean): Fn => (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, name);
    const sub = argStr(rt, a[1], name);
    const [st, en] = norm(s.length, a[2], a[3]);
    const seg = s.slice(st, en);
    let i = rev ? seg.lastIndexOf(sub) : seg.indexOf(sub);
    if (st > s.length) i = -1;
    if (i < 0) {
      if (raise) rt.raise('ValueError', 'substring not found');
      return rt.int(-1);
    }
    return rt.int(i + st);
  };
  m('find', finder('find', false, false));
  m('rfind', finder('rfind', true, false));
  m('index', finder('index', false, true));
  m('rindex', finder('rindex', true, true));
  m('count', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'count');
    const sub = argStr(rt, a[1], 'count');
    const [st, en] = norm(s.length, a[2], a[3]);
    const seg = s.slice(st, en);
    if (sub === '') return rt.int([...seg].length + 1);
    return rt.int(seg.split(sub).length - 1);
  });
  const affix = (name: string, starts: boolean): Fn => (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, name);
    const [st, en] = norm(s.length, a[2], a[3]);
    const seg = s.slice(st, en);
    const p = a[1]!;
    const test = (x: PyObject): boolean => {
      if (!(x instanceof PyStr)) rt.raise('TypeError', `${name} first arg must be str or a tuple of str, not ${x.type.name}`);
      return starts ? seg.startsWith(x.v) : seg.endsWith(x.v);
    };
    if (p instanceof PyTuple) return rt.bool(p.items.some(test));
    return rt.bool(test(p));
  };
  m('startswith', affix('startswith', true));
  m('endswith', affix('endswith', false));
  const pred = (name: string, re: RegExp, emptyOk = false): void =>
    m(name, (rt: Interp, a: PyObject[]) => {
      const s = s0(rt, a, name);
      return rt.bool((s.length > 0 || emptyOk) && re.test(s));
    });
  pred('isdigit', /^\p{Nd}+$/u);
  pred('isdecimal', /^\p{Nd}+$/u);
  pred('isnumeric', /^[\p{N}]+$/u);
  pred('isalpha', /^\p{L}+$/u);
  pred('isalnum', /^[\p{L}\p{N}]+$/u);
  pred('isspace', /^\s+$/u);
  pred('isascii', /^[\x00-\x7f]*$/, true);
  pred('isidentifier', /^[\p{L}_][\p{L}\p{N}_]*$/u);
  m('isupper', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'isupper');
    return rt.bool(s !== s.toLowerCase() && s === s.toUpperCase());
  });
  m('islower', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'islower');
    return rt.bool(s !== s.toUpperCase() && s === s.toLowerCase());
  });
  m('istitle', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'istitle');
    return rt.bool(/\p{L}/u.test(s) && s === s.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_x, p: string, c: string) => p + c.toUpperCase()));
  });
  m('isprintable', (rt: Interp, a: PyObject[]) => rt.bool(!/[\x00-\x1f\x7f-\xa0]/.test(s0(rt, a, 'isprintable'))));
  const padder = (name: string, f: (s: string, n: number, c: string) => string): void =>
    m(name, (rt: Interp, a: PyObject[]) => {
      const s = s0(rt, a, name);
      const w = Number((a[1] as PyInt).v);
      const c = a[2] ? (a[2] as PyStr).v : ' ';
      if (a[2] && [...c].length !== 1) rt.raise('TypeError', 'The fill character must be exactly one character long');
      const n = w - [...s].length;
      return rt.str(n > 0 ? f(s, n, c) : s);
    });
  padder('ljust', (s, n, c) => s + c.repeat(n));
  padder('rjust', (s, n, c) => c.repeat(n) + s);
  padder('center', (s, n, c) => {
    const left = Math.floor(n / 2) + (n & [...s].length & 1);
    return c.repeat(left) + s + c.repeat(n - left);
  });
  m('zfill', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'zfill');
    const w = Number((a[1] as PyInt).v);
    if (s.length >= w) return rt.str(s);
    const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
    return rt.str(sign + '0'.repeat(w - s.length) + s.slice(sign.length));
  });
  m('partition', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'partition');
    const sep = argStr(rt, a[1], 'partition');
    if (sep === '') rt.raise('ValueError', 'empty separator');
    const i = s.indexOf(sep);
    const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return rt.tuple(parts.map((p) => rt.str(p)));
  });
  m('rpartition', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'rpartition');
    const sep = argStr(rt, a[1], 'rpartition');
    if (sep === '') rt.raise('ValueError', 'empty separator');
    const i = s.lastIndexOf(sep);
    const parts = i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return rt.tuple(parts.map((p) => rt.str(p)));
  });
  m('removeprefix', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'removeprefix');
    const p = argStr(rt, a[1], 'removeprefix');
    return rt.str(p && s.startsWith(p) ? s.slice(p.length) : s);
  });
  m('removesuffix', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'removesuffix');
    const p = argStr(rt, a[1], 'removesuffix');
    return rt.str(p && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  });
  m('expandtabs', (rt: Interp, a: PyObject[]) => {
    const s = s0(rt, a, 'expandtabs');
    const size = optInt(a[1], 8);
    let out = '';
    let col = 0;
    for (const c of s) {
      if (c === '\t') {
        const n = size > 0 ? size - (col % size) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return rt.str(out);
  });
  m('format', (rt: Interp, a: PyObject[], kw: Kwargs) => rt.str(strFormat(rt, s0(rt, a, 'format'), a.slice(1), kw, null)));
  m('format_map', (rt: Interp, a: PyObject[]) => rt.str(strFormat(rt, s0(rt, a, 'format_map'), [], [], a[1] as PyDict)));
  m('__len__', (rt: Interp, a: PyObject[]) => rt.int((a[0] as PyStr).length));
  m('__contains__', (rt: Interp, a: PyObject[]) => rt.bool(rt.contains(a[0]!, a[1]!)));
  m('__getitem__', (rt: Interp, a: PyObject[]) => rt.getitem(a[0]!, a[1]!));
  m('__add__', (rt: Interp, a: PyObject[]) => (a[1] instanceof PyStr ? rt.str((a[0] as PyStr).v + a[1].v) : rt.push(rt.NotImplemented)));
  m('__mul__', (rt: Interp, a: PyObject[]) => (a[1] instanceof PyInt ? rt.str((a[0] as PyStr).v.repeat(Math.max(0, Number(a[1].v)))) : rt.push(rt.NotImplemented)));
  m('__str__', (rt: Interp, a: PyObject[]) => rt.str((a[0] as PyStr).v));
  m('__format__', (rt: Interp, a: PyObject[]) => rt.str(rt.formatValue(a[0]!, (a[1] as PyStr).v)));
  void isUserType;
}

/** str.format: auto/manual numbering, attribute and index chains, conversions, nested specs. */
export function strFormat(rt: Interp, fmt: string, args: PyObject[], kw: Kwargs, mapping: PyDict | null): string {
  let out = '';
  let auto = 0;
  let mode: 'none' | 'auto' | 'manual' = 'none';
  let i = 0;
  const lookupField = (field: string): PyObject => {
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    const head = m[1]!;
    let rest = m[2]!;
    let obj: PyObject;
    if (head === '') {
      if (mode === 'manual') rt.raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
      mode = 'auto';
      const n = auto++;
      if (n >= args.length) rt.raise('IndexError', `Replacement index ${n} out of range for positional args tuple`);
      obj = rt.push(args[n]!);
    } else if (/^\d+$/.test(head)) {
      if (mode === 'auto') rt.raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
      mode = 'manual';
      const n = Number(head);
      if (n >= args.length) rt.raise('IndexError', `Replacement index ${n} out of range for positional args tuple`);
      obj = rt.push(args[n]!);
    } else {
      let v: PyObject | undefined;
      if (mapping) v = rt.dictGetStr(mapping, head);
      else v = kw.find(([k]) => k === head)?.[1];
      if (!v) throw rt.makeErr(rt.T.KeyError!, [head]);
      obj = rt.push(v);
    }
    while (rest) {
      if (rest[0] === '.') {
        const mm = /^\.([^.[]+)(.*)$/s.exec(rest)!;
        const next = rt.getattr(obj, mm[1]!);
        rt.pop(obj);
        obj = next;
        rest = mm[2]!;
      } else {
        const mm = /^\[([^\]]*)\](.*)$/s.exec(rest);
        if (!mm) rt.raise('ValueError', "Missing ']' in format string");
        const key = /^\d+$/.test(mm[1]!) ? rt.int(BigInt(mm[1]!)) : rt.str(mm[1]!);
        const next = rt.getitem(obj, key);
        rt.pop(key);
        rt.pop(obj);
        obj = next;
        rest = mm[2]!;
      }
    }
    return obj;
  };
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      // find matching }
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= fmt.length) rt.raise('ValueError', "expected '}' before end of string");
      const body = fmt.slice(i + 1, j);
      i = j + 1;
      const mm = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(body);
      if (!mm) rt.raise('ValueError', 'Unknown conversion specifier');
      const obj = lookupField(mm[1]!);
      let spec = mm[3] ?? '';
      if (spec.includes('{')) spec = strFormat(rt, spec, args, kw, mapping);
      let text: string;
      if (mm[2] === 'r') text = rt.formatValue(rt.str(rt.repr(obj)), spec);
      else if (mm[2] === 's') text = rt.formatValue(rt.str(rt.toStr(obj)), spec);
      else text = rt.formatValue(obj, spec);
      if (mm[2]) rt.pop(rt.frame.stack[rt.frame.stack.length - 1]!);
      rt.pop(obj);
      out += text;
      continue;
    }
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      rt.raise('ValueError', "Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}
