/**
 * str case conversions and predicates with CPython 3.11's Unicode semantics ('ß'.upper() ==
 * 'SS', the final-sigma rule of lower(), title() and istitle() rules), from unicode.ts tables.
 */
import { chr, toCodePoints } from './codePoints.js';
import {
  F_ALPHA,
  F_CASE_IGNORABLE,
  F_CASED,
  F_DECIMAL,
  F_DIGIT,
  F_LOWER,
  F_NUMERIC,
  F_SPACE,
  F_TITLE,
  F_UPPER,
  F_XID_CONTINUE,
  F_XID_START,
  charFlags,
  foldOf,
  isPrintableCp,
  lowerOf,
  titleOf,
  upperOf,
} from './unicode.js';

const ASCII = /^[\x00-\x7f]*$/;

function put(m: number | string): string {
  return typeof m === 'number' ? chr(m) : m;
}

/** lower_ucs4 for the capital sigma: 'ς' in the Final_Sigma context. */
function lowerSigma(cps: readonly number[], i: number): string {
  let j = i - 1;
  let c = 0;
  for (; j >= 0; j--) {
    c = cps[j]!;
    if (!(charFlags(c) & F_CASE_IGNORABLE)) break;
  }
  let finalSigma = j >= 0 && (charFlags(c) & F_CASED) !== 0;
  if (finalSigma) {
    for (j = i + 1; j < cps.length; j++) {
      c = cps[j]!;
      if (!(charFlags(c) & F_CASE_IGNORABLE)) break;
    }
    finalSigma = j === cps.length || !(charFlags(c) & F_CASED);
  }
  return finalSigma ? '\u03c2' : '\u03c3';
}

function lowerAt(cps: readonly number[], i: number): string {
  const c = cps[i]!;
  if (c === 0x3a3) return lowerSigma(cps, i);
  return put(lowerOf(c));
}

/** s.upper(). */
export function strUpper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  let out = '';
  for (const c of toCodePoints(s)) out += put(upperOf(c));
  return out;
}

/** s.lower(). */
export function strLower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  const cps = toCodePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** s.casefold(). */
export function strCasefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of toCodePoints(s)) out += put(foldOf(c));
  return out;
}

/** s.swapcase(). */
export function strSwapcase(s: string): string {
  const cps = toCodePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    const f = charFlags(c);
    if (f & F_UPPER) out += lowerAt(cps, i);
    else if (f & F_LOWER) out += put(upperOf(c));
    else out += chr(c);
  }
  return out;
}

/** s.title(). */
export function strTitle(s: string): string {
  const cps = toCodePoints(s);
  let out = '';
  let previousIsCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    out += previousIsCased ? lowerAt(cps, i) : put(titleOf(c));
    previousIsCased = (charFlags(c) & F_CASED) !== 0;
  }
  return out;
}

/** s.capitalize(): the first character titlecased (3.8+), the rest lowercased. */
export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const cps = toCodePoints(s);
  let out = put(titleOf(cps[0]!));
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function all(s: string, mask: number): boolean {
  if (s.length === 0) return false;
  for (const c of toCodePoints(s)) if (!(charFlags(c) & mask)) return false;
  return true;
}

export function strIsalpha(s: string): boolean {
  return all(s, F_ALPHA);
}
export function strIsdecimal(s: string): boolean {
  return all(s, F_DECIMAL);
}
export function strIsdigit(s: string): boolean {
  return all(s, F_DIGIT);
}
export function strIsnumeric(s: string): boolean {
  return all(s, F_NUMERIC);
}
export function strIsalnum(s: string): boolean {
  return all(s, F_ALPHA | F_DECIMAL | F_DIGIT | F_NUMERIC);
}
export function strIsspace(s: string): boolean {
  return all(s, F_SPACE);
}
export function strIsascii(s: string): boolean {
  return ASCII.test(s);
}
export function strIsprintable(s: string): boolean {
  for (const c of toCodePoints(s)) if (!isPrintableCp(c)) return false;
  return true;
}

export function strIslower(s: string): boolean {
  let cased = false;
  for (const c of toCodePoints(s)) {
    const f = charFlags(c);
    if (f & (F_UPPER | F_TITLE)) return false;
    if (!cased && f & F_LOWER) cased = true;
  }
  return cased;
}

export function strIsupper(s: string): boolean {
  let cased = false;
  for (const c of toCodePoints(s)) {
    const f = charFlags(c);
    if (f & (F_LOWER | F_TITLE)) return false;
    if (!cased && f & F_UPPER) cased = true;
  }
  return cased;
}

export function strIstitle(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const c of toCodePoints(s)) {
    const f = charFlags(c);
    if (f & (F_UPPER | F_TITLE)) {
      if (previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else if (f & F_LOWER) {
      if (!previousIsCased) return false;
      previousIsCased = true;
      cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}

export function strIsidentifier(s: string): boolean {
  if (s.length === 0) return false;
  const cps = toCodePoints(s);
  const first = cps[0]!;
  if (first !== 95 && !(charFlags(first) & F_XID_START)) return false;
  for (let i = 1; i < cps.length; i++) if (!(charFlags(cps[i]!) & F_XID_CONTINUE)) return false;
  return true;
}
