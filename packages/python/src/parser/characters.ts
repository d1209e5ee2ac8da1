/**
 * Character classes for the tokenizer, with ASCII fast paths. Identifiers follow CPython: the
 * tokenizer takes every character >= 128 as a potential identifier character, then checks the
 * whole word against XID_Start / XID_Continue (verify_identifier in Parser/tokenizer.c).
 */

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** CPython's is_potential_identifier_start. */
export function isPotentialIdentifierStart(c: number): boolean {
  // NaN (past the end of the source) compares false everywhere.
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 128;
}

/** CPython's is_potential_identifier_char. */
export function isPotentialIdentifierChar(c: number): boolean {
  return isPotentialIdentifierStart(c) || isDigit(c);
}

/**
 * The index (in UTF-16 units) of the first character of `word` that cannot be part of an
 * identifier, or -1 if `word` is a valid identifier (CPython's _PyUnicode_ScanIdentifier).
 */
export function invalidIdentifierIndex(word: string): number {
  let i = 0;
  for (const ch of word) {
    const code = ch.codePointAt(0) ?? 0;
    const ok =
      code < 128
        ? isPotentialIdentifierChar(code) && (i > 0 || !isDigit(code))
        : i === 0
          ? XID_START.test(ch)
          : XID_CONTINUE.test(ch);
    if (!ok) return i;
    i += ch.length;
  }
  return -1;
}

/** Py_UNICODE_ISPRINTABLE: everything but control, format, unassigned and separator characters
 * (the ASCII space excepted). */
export function isPrintable(ch: string): boolean {
  return ch === ' ' || !NOT_PRINTABLE.test(ch);
}

/** `U+XXXX` as CPython writes it in error messages (at least four upper-case hex digits). */
export function codePointHex(codePoint: number): string {
  return codePoint.toString(16).toUpperCase().padStart(4, '0');
}
