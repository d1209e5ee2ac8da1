/**
 * str methods that search, split and replace, with Python's semantics on code points: indices
 * are code point indices, start/end are normalised like slice indices (ADJUST_INDICES).
 *
 * Strings with surrogates are searched in a fixed-width encoding where every code point is two
 * code units from disjoint ranges, so a match can never start or end inside a code point; BMP
 * strings are searched as they are.
 */
import { adjustIndices, fromCodePoints, isBmpOnly, toCodePoints } from './codePoints.js';
import { pyError } from './errors.js';
import { isLineBreakCp, isSpaceCp } from './unicode.js';

/** Fixed-width encoding: code point -> [0xE000 + (cp >> 10), cp & 0x3FF]. */
function wide(s: string): string {
  let out = '';
  for (const cp of toCodePoints(s)) out += String.fromCharCode(0xe000 + (cp >> 10), cp & 0x3ff);
  return out;
}

function unwide(w: string): string {
  let out = '';
  for (let i = 0; i < w.length; i += 2) {
    const cp = ((w.charCodeAt(i) - 0xe000) << 10) | w.charCodeAt(i + 1);
    out += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return out;
}

/** Both strings in a common encoding with k code units per code point. */
function encode(s: string, sub: string): [string, string, 1 | 2] {
  if (isBmpOnly(s) && isBmpOnly(sub)) return [s, sub, 1];
  return [wide(s), wide(sub), 2];
}

function findIn(s: string, sub: string, k: number, start: number | undefined, end: number | undefined): number {
  const [st, en] = adjustIndices(start, end, s.length / k);
  if (en - st < sub.length / k) return -1;
  const idx = s.indexOf(sub, st * k);
  if (idx < 0 || idx + sub.length > en * k) return -1;
  return idx / k;
}

function rfindIn(s: string, sub: string, k: number, start: number | undefined, end: number | undefined): number {
  const [st, en] = adjustIndices(start, end, s.length / k);
  if (en - st < sub.length / k) return -1;
  const idx = s.lastIndexOf(sub, en * k - sub.length);
  if (idx < 0 || idx < st * k) return -1;
  return idx / k;
}

/** s.find(sub, start, end). */
export function strFind(s: string, sub: string, start?: number, end?: number): number {
  const [a, b, k] = encode(s, sub);
  return findIn(a, b, k, start, end);
}

/** s.rfind(sub, start, end). */
export function strRfind(s: string, sub: string, start?: number, end?: number): number {
  const [a, b, k] = encode(s, sub);
  return rfindIn(a, b, k, start, end);
}

/** s.index(sub, start, end): ValueError 'substring not found'. */
export function strIndex(s: string, sub: string, start?: number, end?: number): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw pyError('ValueError', 'substring not found');
  return i;
}

/** s.rindex(sub, start, end). */
export function strRindex(s: string, sub: string, start?: number, end?: number): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) throw pyError('ValueError', 'substring not found');
  return i;
}

/** s.count(sub, start, end): non-overlapping occurrences. */
export function strCount(s: string, sub: string, start?: number, end?: number): number {
  const [a, b, k] = encode(s, sub);
  const [st, en] = adjustIndices(start, end, a.length / k);
  if (en - st < b.length / k) return 0;
  if (b.length === 0) return en - st + 1;
  let count = 0;
  let pos = st * k;
  const limit = en * k;
  for (;;) {
    const idx = a.indexOf(b, pos);
    if (idx < 0 || idx + b.length > limit) break;
    count++;
    pos = idx + b.length;
  }
  return count;
}

/** s.startswith(prefix, start, end) for one prefix (the interpreter loops over a tuple). */
export function strStartswith(s: string, prefix: string, start?: number, end?: number): boolean {
  const [a, b, k] = encode(s, prefix);
  let [st, en] = adjustIndices(start, end, a.length / k);
  en -= b.length / k;
  if (en < st) return false;
  if (b.length === 0) return true;
  return a.startsWith(b, st * k);
}

/** s.endswith(suffix, start, end) for one suffix. */
export function strEndswith(s: string, suffix: string, start?: number, end?: number): boolean {
  const [a, b, k] = encode(s, suffix);
  const [st, en0] = adjustIndices(start, end, a.length / k);
  const en = en0 - b.length / k;
  if (en < st) return false;
  if (b.length === 0) return true;
  return a.startsWith(b, en * k);
}

/** s.split(sep, maxsplit): sep undefined (None) splits on runs of whitespace. */
export function strSplit(s: string, sep?: string, maxsplit = -1): string[] {
  let maxcount = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === undefined) {
    const n = s.length;
    let i = 0;
    while (maxcount-- > 0) {
      while (i < n && isSpaceCp(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i;
      i++;
      while (i < n && !isSpaceCp(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceCp(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  if (sep.length === 0) throw pyError('ValueError', 'empty separator');
  const [a, b, k] = encode(s, sep);
  let i = 0;
  while (maxcount-- > 0) {
    const pos = a.indexOf(b, i);
    if (pos < 0) break;
    out.push(a.slice(i, pos));
    i = pos + b.length;
  }
  out.push(i === 0 ? a : a.slice(i));
  return k === 1 ? out : out.map(unwide);
}

/** s.rsplit(sep, maxsplit). */
export function strRsplit(s: string, sep?: string, maxsplit = -1): string[] {
  let maxcount = maxsplit < 0 ? Infinity : maxsplit;
  const out: string[] = [];
  if (sep === undefined) {
    let i = s.length - 1;
    while (maxcount-- > 0) {
      while (i >= 0 && isSpaceCp(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i;
      i--;
      while (i >= 0 && !isSpaceCp(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceCp(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw pyError('ValueError', 'empty separator');
  const [a, b, k] = encode(s, sep);
  let j = a.length;
  while (maxcount-- > 0) {
    if (j - b.length < 0) break;
    const pos = a.lastIndexOf(b, j - b.length);
    if (pos < 0) break;
    out.push(a.slice(pos + b.length, j));
    j = pos;
  }
  out.push(a.slice(0, j));
  out.reverse();
  return k === 1 ? out : out.map(unwide);
}

/** s.splitlines(keepends). */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let j = 0;
  while (i < n) {
    while (i < n && !isLineBreakCp(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
    j = i;
  }
  return out;
}

/** s.partition(sep). */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw pyError('ValueError', 'empty separator');
  const [a, b, k] = encode(s, sep);
  const pos = a.indexOf(b);
  if (pos < 0) return [s, '', ''];
  if (k === 1) return [s.slice(0, pos), sep, s.slice(pos + sep.length)];
  return [unwide(a.slice(0, pos)), sep, unwide(a.slice(pos + b.length))];
}

/** s.rpartition(sep). */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw pyError('ValueError', 'empty separator');
  const [a, b, k] = encode(s, sep);
  const pos = a.lastIndexOf(b);
  if (pos < 0) return ['', '', s];
  if (k === 1) return [s.slice(0, pos), sep, s.slice(pos + sep.length)];
  return [unwide(a.slice(0, pos)), sep, unwide(a.slice(pos + b.length))];
}

/** s.replace(old, new, count): count < 0 replaces all; an empty old inserts between code points. */
export function strReplace(s: string, old: string, replacement: string, count = -1): string {
  let max = count < 0 ? Infinity : count;
  if (max === 0) return s;
  if (old.length === 0) {
    const cps = isBmpOnly(s) ? undefined : Array.from(s);
    const n = cps ? cps.length : s.length;
    let out = '';
    let i = 0;
    for (; i < n && max > 0; i++, max--) out += replacement + (cps ? cps[i]! : s[i]!);
    if (i === n && max > 0) return out + replacement;
    return out + (cps ? cps.slice(i).join('') : s.slice(i));
  }
  const [a, b, k] = encode(s, old);
  const r = k === 1 ? replacement : wide(replacement);
  let out = '';
  let i = 0;
  while (max-- > 0) {
    const pos = a.indexOf(b, i);
    if (pos < 0) break;
    out += a.slice(i, pos) + r;
    i = pos + b.length;
  }
  if (i === 0) return s;
  out += a.slice(i);
  return k === 1 ? out : unwide(out);
}

function stripSet(chars: string | undefined): ((cp: number) => boolean) {
  if (chars === undefined) return isSpaceCp;
  const set = new Set(toCodePoints(chars));
  return (cp) => set.has(cp);
}

function strStripImpl(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  const inSet = stripSet(chars);
  if (isBmpOnly(s)) {
    let i = 0;
    let j = s.length;
    if (left) while (i < j && inSet(s.charCodeAt(i))) i++;
    if (right) while (j > i && inSet(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const cps = toCodePoints(s);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && inSet(cps[i]!)) i++;
  if (right) while (j > i && inSet(cps[j - 1]!)) j--;
  return i === 0 && j === cps.length ? s : fromCodePoints(cps, i, j);
}

/** s.strip(chars): chars undefined (None) strips whitespace. */
export function strStrip(s: string, chars?: string): string {
  return strStripImpl(s, chars, true, true);
}
export function strLstrip(s: string, chars?: string): string {
  return strStripImpl(s, chars, true, false);
}
export function strRstrip(s: string, chars?: string): string {
  return strStripImpl(s, chars, false, true);
}

/** s.removeprefix(prefix). */
export function strRemoveprefix(s: string, prefix: string): string {
  return prefix.length > 0 && strStartswith(s, prefix) ? s.slice(prefix.length) : s;
}

/** s.removesuffix(suffix). */
export function strRemovesuffix(s: string, suffix: string): string {
  return suffix.length > 0 && strEndswith(s, suffix) ? s.slice(0, s.length - suffix.length) : s;
}
