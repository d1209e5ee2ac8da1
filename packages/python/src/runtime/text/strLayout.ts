/**
 * str methods that pad, repeat, index and slice, counting code points as Python does.
 */
import { cpLength, fromCodePoints, isBmpOnly, toCodePoints } from './codePoints.js';
import { pyError } from './errors.js';

function checkFill(fill: string): void {
  if (cpLength(fill) !== 1) throw pyError('TypeError', 'The fill character must be exactly one character long');
}

function pad(s: string, left: number, right: number, fill: string): string {
  return (left > 0 ? fill.repeat(left) : '') + s + (right > 0 ? fill.repeat(right) : '');
}

/** s.center(width, fillchar). */
export function strCenter(s: string, width: number, fill = ' '): string {
  checkFill(fill);
  const len = cpLength(s);
  if (len >= width) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return pad(s, left, marg - left, fill);
}

/** s.ljust(width, fillchar). */
export function strLjust(s: string, width: number, fill = ' '): string {
  checkFill(fill);
  const len = cpLength(s);
  return len >= width ? s : pad(s, 0, width - len, fill);
}

/** s.rjust(width, fillchar). */
export function strRjust(s: string, width: number, fill = ' '): string {
  checkFill(fill);
  const len = cpLength(s);
  return len >= width ? s : pad(s, width - len, 0, fill);
}

/** s.zfill(width): zeros after a leading sign. */
export function strZfill(s: string, width: number): string {
  const len = cpLength(s);
  if (len >= width) return s;
  const fill = width - len;
  const first = s[0];
  if (first === '+' || first === '-') return first + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

/** s.expandtabs(tabsize). */
export function strExpandtabs(s: string, tabsize = 8): string {
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let linePos = 0;
  let runStart = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(runStart, i);
      runStart = i + 1;
      if (tabsize > 0) {
        const incr = tabsize - (linePos % tabsize);
        out += ' '.repeat(incr);
        linePos += incr;
      }
    } else {
      // A surrogate pair is one column.
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      linePos++;
      if (c === 10 || c === 13) linePos = 0;
    }
  }
  return out + s.slice(runStart);
}

/** s * n. */
export function strRepeat(s: string, n: number | bigint): string {
  if (n <= 0 || s.length === 0) return '';
  return s.repeat(Number(n));
}

/** s[i]: IndexError 'string index out of range'. */
export function strGetItem(s: string, i: number): string {
  if (isBmpOnly(s)) {
    if (i < 0) i += s.length;
    if (i < 0 || i >= s.length) throw pyError('IndexError', 'string index out of range');
    return s[i]!;
  }
  const cps = toCodePoints(s);
  if (i < 0) i += cps.length;
  if (i < 0 || i >= cps.length) throw pyError('IndexError', 'string index out of range');
  return fromCodePoints(cps, i, i + 1);
}

/**
 * PySlice_Unpack + PySlice_AdjustIndices: [start, stop, step, length] for a sequence of
 * length len (undefined means None). ValueError for a zero step.
 */
export function adjustSlice(
  len: number,
  start: number | undefined,
  stop: number | undefined,
  step: number | undefined,
): [number, number, number, number] {
  const st = step ?? 1;
  if (st === 0) throw pyError('ValueError', 'slice step cannot be zero');
  let a: number;
  let b: number;
  if (start === undefined) a = st < 0 ? len - 1 : 0;
  else {
    a = start;
    if (a < 0) {
      a += len;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) a = st < 0 ? len - 1 : len;
  }
  if (stop === undefined) b = st < 0 ? -1 : len;
  else {
    b = stop;
    if (b < 0) {
      b += len;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) b = st < 0 ? len - 1 : len;
  }
  let count = 0;
  if (st < 0) {
    if (b < a) count = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) count = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, count];
}

/** s[start:stop:step] by code point. */
export function strSlice(s: string, start?: number, stop?: number, step?: number): string {
  const bmp = isBmpOnly(s);
  const cps = bmp ? undefined : toCodePoints(s);
  const len = bmp ? s.length : cps!.length;
  const [a, , st, count] = adjustSlice(len, start, stop, step);
  if (count <= 0) return '';
  if (st === 1) return bmp ? s.slice(a, a + count) : fromCodePoints(cps!, a, a + count);
  if (bmp) {
    let out = '';
    for (let i = 0, j = a; i < count; i++, j += st) out += s[j];
    return out;
  }
  const picked: number[] = [];
  for (let i = 0, j = a; i < count; i++, j += st) picked.push(cps![j]!);
  return fromCodePoints(picked);
}
