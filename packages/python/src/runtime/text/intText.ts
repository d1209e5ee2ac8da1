/**
 * int <-> str: str(int) with CPython 3.11's integer string conversion length limit, bin/oct/hex,
 * and int(s, base) with its exact rules and messages.
 */
import { pyError } from './errors.js';
import { decimalValue, isSpaceCp } from './unicode.js';
import { pyStrRepr } from './strRepr.js';

/** sys.get_int_max_str_digits() default. */
export const DEFAULT_INT_MAX_STR_DIGITS = 4300;
let intMaxStrDigits = DEFAULT_INT_MAX_STR_DIGITS;

/** sys.set_int_max_str_digits(n): 0 means no limit. (The interpreter validates n >= 640.) */
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
}
export function getIntMaxStrDigits(): number {
  return intMaxStrDigits;
}

function toStrLimitError(limit: number) {
  return pyError(
    'ValueError',
    `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** Number of bits of |n|: int.bit_length(). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  if (n < 9007199254740992n) {
    const x = Number(n);
    return x < 4294967296 ? 32 - Math.clz32(x) : 64 - Math.clz32(Math.floor(x / 4294967296));
  }
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * str(n) / repr(n). Throws CPython's ValueError when n has more decimal digits than
 * sys.get_int_max_str_digits() (4300 by default).
 */
export function intToStr(n: bigint): string {
  const limit = intMaxStrDigits;
  if (limit > 0 && (n >= 1000000000000000000000n || n <= -1000000000000000000000n)) {
    // Cheap bound first: more than limit * log2(10) + 1 bits means more than `limit` digits.
    if (bitLength(n) > limit * 3.3219280948873626 + 2) throw toStrLimitError(limit);
    const s = n.toString();
    if (s.length - (n < 0n ? 1 : 0) > limit) throw toStrLimitError(limit);
    return s;
  }
  return n.toString();
}

/** bin(n), oct(n), hex(n): '0b101', '-0o17', '0xff'. */
export function intToBase(n: bigint, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? '0b' : base === 8 ? '0o' : '0x';
  return n < 0n ? '-' + prefix + (-n).toString(base) : prefix + n.toString(base);
}

/** Py_ISSPACE: the ASCII whitespace int() and float() strip. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode whitespace becomes ' ', Unicode decimal
 * digits become ASCII digits, and the string is cut after a '?' at the first other non-ASCII
 * character.
 */
export function transformDecimalAndSpaceToAscii(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isSpaceCp(cp)) out += ' ';
    else {
      const d = decimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

/** '%.200R': the repr, cut to 200 characters. */
function repr200(s: string): string {
  const r = pyStrRepr(s);
  if (r.length <= 200) return r;
  return Array.from(r).slice(0, 200).join('');
}

function invalidLiteral(base: number, original: string) {
  return pyError('ValueError', `invalid literal for int() with base ${base}: ${repr200(original)}`);
}

function digitsToBigInt(digits: string, base: number): bigint {
  switch (base) {
    case 10:
      return BigInt(digits);
    case 16:
      return BigInt('0x' + digits);
    case 8:
      return BigInt('0o' + digits);
    case 2:
      return BigInt('0b' + digits);
  }
  // Chunks of up to 9 digits (36**9 < 2**53... no: 36**9 > 2**46, still exact below 2**53).
  const chunk = 9;
  let value = 0n;
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    value = value * BigInt(base) ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return value;
}

/**
 * int(s, base) for a str s: base 0 or 2..36, underscores, surrounding whitespace, a sign,
 * Unicode digits. Throws CPython's ValueError messages.
 */
export function parseIntLiteral(s: string, base = 10): bigint {
  if ((base !== 0 && base < 2) || base > 36) {
    throw pyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  }
  const argBase = base;
  const str = transformDecimalAndSpaceToAscii(s);
  const n = str.length;
  let i = 0;
  while (i < n && isAsciiSpace(str.charCodeAt(i))) i++;
  let negative = false;
  if (str[i] === '+') i++;
  else if (str[i] === '-') {
    negative = true;
    i++;
  }
  let errorIfNonzero = false;
  const c0 = str[i];
  const c1 = str[i + 1];
  if (base === 0) {
    if (c0 !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    c0 === '0' &&
    ((base === 16 && (c1 === 'x' || c1 === 'X')) ||
      (base === 8 && (c1 === 'o' || c1 === 'O')) ||
      (base === 2 && (c1 === 'b' || c1 === 'B')))
  ) {
    i += 2;
    if (str[i] === '_') i++;
  }
  if (str[i] === '_') throw invalidLiteral(argBase, s);
  const start = i;
  let digits = '';
  let count = 0;
  let prevUnderscore = false;
  let runStart = i;
  while (i < n) {
    const c = str.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) throw invalidLiteral(argBase, s);
      digits += str.slice(runStart, i);
      runStart = i + 1;
      prevUnderscore = true;
    } else if (digitValue(c) < base) {
      count++;
      prevUnderscore = false;
    } else break;
    i++;
  }
  if (prevUnderscore) throw invalidLiteral(argBase, s);
  digits += str.slice(runStart, i);
  if ((base & (base - 1)) !== 0 && count > 640) {
    const limit = intMaxStrDigits;
    if (limit > 0 && count > limit) {
      throw pyError(
        'ValueError',
        `Exceeds the limit (${limit} digits) for integer string conversion: value has ${count} digits; use sys.set_int_max_str_digits() to increase the limit`,
      );
    }
  }
  if (i === start) throw invalidLiteral(argBase, s);
  const value = digitsToBigInt(digits, base);
  if (errorIfNonzero && value !== 0n) throw invalidLiteral(argBase, s);
  while (i < n && isAsciiSpace(str.charCodeAt(i))) i++;
  if (i !== n) throw invalidLiteral(argBase, s);
  return negative ? -value : value;
}
