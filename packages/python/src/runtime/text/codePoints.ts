/**
 * Python indexes a str by code point; a JavaScript string is UTF-16. These helpers convert
 * between the two. A lone surrogate counts as one code point, as it does in Python.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** True if the string has no surrogates, so code unit and code point indices agree. */
export function isBmpOnly(s: string): boolean {
  return !SURROGATE.test(s);
}

/** len(s): the number of code points. */
export function cpLength(s: string): number {
  const n = s.length;
  let count = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** The code points of a string. */
export function toCodePoints(s: string): number[] {
  const out: number[] = [];
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** A string from code points (lone surrogates stay lone). */
export function fromCodePoints(cps: readonly number[], start = 0, end = cps.length): string {
  let out = '';
  let chunk: number[] = [];
  for (let i = start; i < end; i++) {
    const cp = cps[i]!;
    if (cp >= 0x10000) {
      chunk.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length >= 8192) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) out += String.fromCharCode(...chunk);
  return out;
}

/** One code point as a string. */
export function chr(cp: number): string {
  return cp < 0x10000 ? String.fromCharCode(cp) : String.fromCharCode(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
}

/** The code unit index at which code point `cpIndex` starts (s.length when cpIndex is len(s)). */
export function unitIndex(s: string, cpIndex: number): number {
  let unit = 0;
  const n = s.length;
  for (let k = 0; k < cpIndex && unit < n; k++) {
    const c = s.charCodeAt(unit);
    if (c >= 0xd800 && c <= 0xdbff && unit + 1 < n) {
      const d = s.charCodeAt(unit + 1);
      unit += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else {
      unit++;
    }
  }
  return unit;
}

/** The code point index of a code unit index that starts a code point. */
export function cpIndex(s: string, unit: number): number {
  let count = unit;
  for (let i = 0; i < unit; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < unit) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** The code point at code point index i (0 <= i < len(s)). */
export function codePointAtIndex(s: string, i: number): number {
  return s.codePointAt(isBmpOnly(s) ? i : unitIndex(s, i))!;
}

/**
 * Compares two strings by code point, as Python compares str: -1, 0 or 1. (JavaScript's <
 * compares UTF-16 code units, which orders U+E000..U+FFFF after astral characters.)
 */
export function compareStr(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  // Step back into a surrogate pair whose high halves matched.
  if (i > 0) {
    const prev = a.charCodeAt(i - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if ((x >= 0xdc00 && x <= 0xdfff) || (y >= 0xdc00 && y <= 0xdfff)) i--;
    }
  }
  const x = a.codePointAt(i)!;
  const y = b.codePointAt(i)!;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Python's slice-index normalisation for str methods that take start/end (ADJUST_INDICES):
 * negative indices count from the end, end is clamped to [0, len], start only from below.
 */
export function adjustIndices(start: number | undefined, end: number | undefined, len: number): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}
