/**
 * Finds the extent of a string literal, as the "String" part of CPython 3.11's tok_get does. The
 * body is decoded later, by the parser (stringDecoder.ts, fstringParser.ts), because CPython
 * reports decoding errors from the parser, at a different location.
 */
import type { StringPrefix } from './tokens.js';

/**
 * The prefix letters before a quote at `start`, if the word starting at `start` is a string prefix
 * followed by a quote: any order of b/r/u/f that CPython accepts (`rb`, `Br`, `fR`...; `u` alone).
 */
export function scanStringPrefix(src: string, start: number): { prefix: StringPrefix; quote: number } | null {
  let sawB = false;
  let sawR = false;
  let sawU = false;
  let sawF = false;
  for (let i = start; i < src.length && i < start + 3; i++) {
    const c = src[i];
    if (c === '"' || c === "'") {
      return i === start ? null : { prefix: { raw: sawR, bytes: sawB, format: sawF }, quote: i };
    }
    if (!(sawB || sawU || sawF) && (c === 'b' || c === 'B')) sawB = true;
    else if (!(sawB || sawU || sawR || sawF) && (c === 'u' || c === 'U')) sawU = true;
    else if (!(sawR || sawU) && (c === 'r' || c === 'R')) sawR = true;
    else if (!(sawF || sawB || sawU) && (c === 'f' || c === 'F')) sawF = true;
    else return null;
  }
  return null;
}

export type StringScan =
  | {
      readonly ok: true;
      readonly end: number;
      readonly quoteLength: 1 | 3;
      readonly bodyStart: number;
      readonly bodyEnd: number;
    }
  | {
      readonly ok: false;
      readonly triple: boolean;
      /** Offset of the newline (single-quoted) or of the end of the source where it was noticed. */
      readonly detectedAt: number;
    };

/** Scans from the opening quote at `quote` to the end of the literal. */
export function scanStringBody(src: string, quote: number): StringScan {
  const q = src.charCodeAt(quote);
  let cur = quote + 1;
  let quoteLength: 1 | 3 = 1;
  if (src.charCodeAt(cur) === q) {
    if (src.charCodeAt(cur + 1) === q) {
      quoteLength = 3;
      cur += 2;
    } else {
      // The empty string.
      return { ok: true, end: cur + 1, quoteLength: 1, bodyStart: cur, bodyEnd: cur };
    }
  }
  const bodyStart = cur;
  let closing = 0;
  while (closing !== quoteLength) {
    if (cur >= src.length) return { ok: false, triple: quoteLength === 3, detectedAt: src.length };
    const c = src.charCodeAt(cur++);
    if (quoteLength === 1 && c === 0x0a) return { ok: false, triple: false, detectedAt: cur - 1 };
    if (c === q) {
      closing++;
    } else {
      closing = 0;
      if (c === 0x5c) {
        // Skip the escaped character, a newline included.
        if (cur >= src.length) return { ok: false, triple: quoteLength === 3, detectedAt: src.length };
        cur++;
      }
    }
  }
  return { ok: true, end: cur, quoteLength, bodyStart, bodyEnd: cur - quoteLength };
}
