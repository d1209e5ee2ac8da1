/**
 * `int`, `float`, `complex`, `bool`, `None` (3.11). None of them is GC-tracked.
 *
 * An int is 24 bytes of header plus 30-bit digits of 4 bytes: getsizeof = 24 + 4 · max(1, digits).
 * The *block* can be bigger than that, because CPython often allocates digits for the worst case
 * and then normalises the count without reallocating:
 * - ints from C integers (`PyLong_FromLong`: range items, `len()`, `enumerate`, indices...) and
 *   the single-digit fast paths of `+ - * // % << >>` and unary minus: a one-digit ("medium",
 *   |v| < 2^30) value is `sizeof(PyLongObject)` = 32 bytes (getsizeof says 28); larger ones get
 *   exactly their digits;
 * - `a + b` / `a - b` on multi-digit operands: `x_add` allocates max(digits) + 1 digits, `x_sub`
 *   max(digits);
 * - `a * b` (not both one digit): digits(a) + digits(b);
 * - `a << s`: digits(a) + s // 30 + (s % 30 ? 1 : 0); `a >> s`: digits(a) − s // 30;
 * - `int(str)` in base 10: floor(ndigits · log(10)/log(2^30)) + 1 digits;
 * - `int(float)`: `PyLong_FromLong` when it fits in a C long, else (exponent − 1) // 30 + 1 digits.
 * Results in −5..256 are the preallocated small ints (no block), as are `True`, `False`, `None`.
 *
 * A float is one 24-byte block (freelist of 100), a complex 32 bytes.
 */
export const INT_HEADER_SIZE = 24;
export const DIGIT_SIZE = 4;
export const DIGIT_BITS = 30;
/** `sizeof(PyLongObject)`: what `_PyLong_FromMedium` allocates for a one-digit int. */
export const MEDIUM_INT_BLOCK = 32;
export const FLOAT_SIZE = 24;
export const COMPLEX_SIZE = 32;
export const FLOAT_FREELIST_MAX = 100;
/** getsizeof(True) = getsizeof(1); None is 16. Both are static (no block). */
export const BOOL_SIZE = 28;
export const NONE_SIZE = 16;

const SMALL_MIN = -5n;
const SMALL_MAX = 256n;
const MEDIUM_LIMIT = 1n << 30n;

/** Number of 30-bit digits of |v| (0 for zero). */
export function intDigits(v: bigint): number {
  let a = v < 0n ? -v : v;
  let n = 0;
  while (a > 0n) {
    a >>= 30n;
    n++;
  }
  return n;
}

export function intGetsizeof(v: bigint): number {
  return INT_HEADER_SIZE + DIGIT_SIZE * Math.max(1, intDigits(v));
}

/** -5..256: preallocated, never allocated. */
export function isSmallInt(v: bigint): boolean {
  return v >= SMALL_MIN && v <= SMALL_MAX;
}

/** |v| < 2^30: one digit. */
export function isMediumInt(v: bigint): boolean {
  return v > -MEDIUM_LIMIT && v < MEDIUM_LIMIT;
}

/** Block of `_PyLong_New(ndigits)`. */
export function intBlockForDigits(ndigits: number): number {
  return INT_HEADER_SIZE + DIGIT_SIZE * Math.max(1, ndigits);
}

/**
 * Block of an int made from a C integer (`PyLong_FromLong` / `_PyLong_FromSTwoDigits`), or null
 * for a small int.
 */
export function intFromCLongBlock(v: bigint): number | null {
  if (isSmallInt(v)) return null;
  if (isMediumInt(v)) return MEDIUM_INT_BLOCK;
  return intBlockForDigits(intDigits(v));
}

export type IntOp = 'add' | 'sub' | 'mul' | 'lshift' | 'rshift' | 'neg' | 'exact';

/**
 * The block CPython allocates for the int result of an operation, or null when the result is a
 * small int. `'exact'` is for results allocated at their normalised size (`_PyLong_Copy`,
 * `abs`, and a reasonable default for operations this model does not cover: `//`, `%`, `**`,
 * bitwise operators).
 */
export function intResultBlock(op: IntOp, a: bigint, b: bigint, result: bigint): number | null {
  if (isSmallInt(result)) return null;
  const da = intDigits(a);
  const db = intDigits(b);
  const bothMedium = isMediumInt(a) && isMediumInt(b);
  switch (op) {
    case 'add':
    case 'sub': {
      if (bothMedium) return intFromCLongBlock(result);
      // long_add / long_sub pick x_add or x_sub from the operands' signs.
      const subtract = op === 'add' ? (a < 0n) !== (b < 0n) : (a < 0n) === (b < 0n);
      if (!subtract) return intBlockForDigits(Math.max(da, db) + 1);
      return intBlockForDigits(xSubSize(a, b));
    }
    case 'mul':
      if (bothMedium) return intFromCLongBlock(result);
      return intBlockForDigits(da + db);
    case 'lshift': {
      const s = Number(b);
      return intBlockForDigits(da + Math.floor(s / DIGIT_BITS) + (s % DIGIT_BITS ? 1 : 0));
    }
    case 'rshift': {
      if (isMediumInt(a)) return intFromCLongBlock(result);
      return intBlockForDigits(da - Math.floor(Number(b) / DIGIT_BITS));
    }
    case 'neg':
      if (isMediumInt(a)) return intFromCLongBlock(result);
      return intBlockForDigits(da);
    case 'exact':
      return intBlockForDigits(intDigits(result));
  }
}

/**
 * Digits `x_sub(a, b)` allocates: the larger operand's digit count, or, when both have the same
 * number of digits, the position of the highest digit where they differ, plus one.
 */
function xSubSize(a: bigint, b: bigint): number {
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  const dx = intDigits(x);
  const dy = intDigits(y);
  if (dx !== dy) return Math.max(dx, dy);
  for (let i = dx - 1; i >= 0; i--) {
    const shift = BigInt(i * DIGIT_BITS);
    if (((x >> shift) & 0x3fffffffn) !== ((y >> shift) & 0x3fffffffn)) return i + 1;
  }
  return 0;
}

/** Block of `int(s)` for a base-10 string with `decimalDigits` digits (sign and `_` excluded). */
export function intFromDecimalStringBlock(value: bigint, decimalDigits: number): number | null {
  if (isSmallInt(value)) return null;
  const size = Math.floor(decimalDigits * (Math.log(10) / Math.log(2 ** 30))) + 1;
  return intBlockForDigits(size);
}

/** Block of `int(f)` for a float `f` (truncated value `value`). */
export function intFromFloatBlock(value: bigint, f: number): number | null {
  if (isSmallInt(value)) return null;
  if (Math.abs(f) < 2 ** 63) return intFromCLongBlock(value);
  // frexp's exponent of a float ≥ 1 is the bit length of its integer part.
  const exponent = (value < 0n ? -value : value).toString(2).length;
  return intBlockForDigits(Math.floor((exponent - 1) / DIGIT_BITS) + 1);
}
