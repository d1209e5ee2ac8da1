/**
 * Per-code-point properties and case mappings as CPython 3.11 has them (Unicode 14.0.0), from the
 * tables in unicodeData.ts. Independent of the JavaScript engine's own Unicode version.
 */
import {
  DECIMAL_RUNS,
  F_PRINTABLE,
  FLAG_RUNS,
  FOLD_MULTI,
  FOLD_RUNS,
  LOWER_MULTI,
  LOWER_RUNS,
  TITLE_MULTI,
  TITLE_RUNS,
  UPPER_MULTI,
  UPPER_RUNS,
} from './unicodeData.js';

export {
  F_ALPHA,
  F_CASE_IGNORABLE,
  F_CASED,
  F_DECIMAL,
  F_DIGIT,
  F_LOWER,
  F_NUMERIC,
  F_PRINTABLE,
  F_SPACE,
  F_TITLE,
  F_UPPER,
  F_XID_CONTINUE,
  F_XID_START,
  UNICODE_VERSION,
} from './unicodeData.js';

let runStarts: Uint32Array | undefined;
let runFlags: Uint16Array | undefined;
const latin1Flags = new Uint16Array(256);

function loadFlags(): void {
  const parts = FLAG_RUNS.split(',');
  const starts = new Uint32Array(parts.length);
  const flags = new Uint16Array(parts.length);
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const colon = p.indexOf(':');
    at += parseInt(p.slice(0, colon), 36);
    starts[i] = at;
    flags[i] = parseInt(p.slice(colon + 1), 36);
  }
  runStarts = starts;
  runFlags = flags;
  for (let cp = 0; cp < 256; cp++) latin1Flags[cp] = searchFlags(cp);
}

// The run found last: text tends to stay within a script, so most lookups hit it.
let lastLo = 0;
let lastHi = 0;
let lastFlags = 0;

function searchFlags(cp: number): number {
  if (cp >= lastLo && cp < lastHi) return lastFlags;
  const starts = runStarts!;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  lastLo = starts[lo]!;
  lastHi = lo + 1 < starts.length ? starts[lo + 1]! : 0x110000;
  lastFlags = runFlags![lo]!;
  return lastFlags;
}

/** The F_* flag bits of a code point. */
export function charFlags(cp: number): number {
  if (runStarts === undefined) loadFlags();
  return cp < 256 ? latin1Flags[cp]! : searchFlags(cp);
}

/** True if the code point is printable in the sense of str.isprintable() (and repr()). */
export function isPrintableCp(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  return (charFlags(cp) & F_PRINTABLE) !== 0;
}

/** Py_UNICODE_ISSPACE: str.isspace(), str.split() and str.strip() whitespace. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
  return (charFlags(cp) & 128) !== 0;
}

/** Py_UNICODE_ISLINEBREAK: the line boundaries of str.splitlines(). */
export function isLineBreakCp(cp: number): boolean {
  return (
    (cp >= 10 && cp <= 13) || (cp >= 28 && cp <= 30) || cp === 0x85 || cp === 0x2028 || cp === 0x2029
  );
}

let decimalMap: Map<number, number> | undefined;

/** The decimal value (0-9) of a Unicode decimal digit (category Nd), or -1: Py_UNICODE_TODECIMAL. */
export function decimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  if (decimalMap === undefined) {
    decimalMap = new Map();
    for (const run of DECIMAL_RUNS.split(',')) {
      const [s, n, d] = run.split(':').map((x) => parseInt(x, 36)) as [number, number, number];
      for (let i = 0; i < n; i++) decimalMap.set(s + i, d + i);
    }
  }
  return decimalMap.get(cp) ?? -1;
}

type CaseMap = Map<number, number | string>;

function loadMap(runs: string, multi: string): CaseMap {
  const map: CaseMap = new Map();
  if (runs.length > 0) {
    for (const run of runs.split(',')) {
      const [s, n, stride, d] = run.split(':').map((x) => parseInt(x, 36)) as [number, number, number, number];
      for (let i = 0; i < n; i++) map.set(s + i * stride, s + i * stride + d);
    }
  }
  if (multi.length > 0) {
    for (const entry of multi.split(',')) {
      const colon = entry.indexOf(':');
      const cp = parseInt(entry.slice(0, colon), 36);
      const chars = entry
        .slice(colon + 1)
        .split('.')
        .map((x) => String.fromCodePoint(parseInt(x, 36)))
        .join('');
      map.set(cp, chars);
    }
  }
  return map;
}

let upperMap: CaseMap | undefined;
let lowerMap: CaseMap | undefined;
let titleMap: CaseMap | undefined;
let foldMap: CaseMap | undefined;

/** Full uppercase mapping of a code point: a code point, or a string for the multi-character ones ('ß' -> 'SS'). */
export function upperOf(cp: number): number | string {
  return (upperMap ??= loadMap(UPPER_RUNS, UPPER_MULTI)).get(cp) ?? cp;
}
/** Full lowercase mapping (without the final-sigma rule, which needs context). */
export function lowerOf(cp: number): number | string {
  return (lowerMap ??= loadMap(LOWER_RUNS, LOWER_MULTI)).get(cp) ?? cp;
}
/** Full titlecase mapping. */
export function titleOf(cp: number): number | string {
  return (titleMap ??= loadMap(TITLE_RUNS, TITLE_MULTI)).get(cp) ?? cp;
}
/** Full case folding (str.casefold). */
export function foldOf(cp: number): number | string {
  return (foldMap ??= loadMap(FOLD_RUNS, FOLD_MULTI)).get(cp) ?? cp;
}
