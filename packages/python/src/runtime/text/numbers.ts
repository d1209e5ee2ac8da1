/**
 * Arithmetic whose results CPython 3.11 defines beyond IEEE: floor division and modulo signs,
 * correctly rounded int / int, ** with its special cases, round(), exact int/float comparison,
 * and the messages of the errors they raise.
 */
import { decomposeDouble, dtoaDigits } from './dtoa.js';
import { pyError } from './errors.js';
import { intToFloat } from './floatText.js';
import { bitLength } from './intText.js';
import { powPositive } from './pow.js';

function intZeroDivision() {
  return pyError('ZeroDivisionError', 'integer division or modulo by zero');
}

/** a // b for ints (floor). */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw intZeroDivision();
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** a % b for ints (sign of b). */
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw pyError('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** divmod(a, b) for ints. */
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw intZeroDivision();
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

const TWO53 = 9007199254740992n;

/** a / b for ints: the correctly rounded float (CPython's long_true_divide). */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw pyError('ZeroDivisionError', 'division by zero');
  const negate = (a < 0n) !== (b < 0n);
  const aa = a < 0n ? -a : a;
  const bb = b < 0n ? -b : b;
  if (aa <= TWO53 && bb <= TWO53) {
    const r = Number(aa) / Number(bb);
    return negate ? -r : r;
  }
  if (aa === 0n) return negate ? -0 : 0;
  const diff = bitLength(aa) - bitLength(bb);
  if (diff > 1024) throw pyError('OverflowError', 'integer division result too large for a float');
  if (diff < -1021 - 53 - 1) return negate ? -0 : 0;
  // shift = max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2
  const shift = Math.max(diff, -1021) - 55;
  let inexact = false;
  let x: bigint;
  if (shift <= 0) {
    x = aa << BigInt(-shift);
  } else {
    x = aa >> BigInt(shift);
    if ((x << BigInt(shift)) !== aa) inexact = true;
  }
  const q = x / bb;
  if (q * bb !== x) inexact = true;
  x = q;
  const xBits = bitLength(x);
  // The number of extra bits that have to be rounded away; round half to even, with the
  // inexact flag as a sticky bit (CPython's long_true_divide).
  const extraBits = Math.max(xBits, -1021 - shift) - 53;
  const mask = 1n << BigInt(extraBits - 1);
  let low = x & ((mask << 2n) - 1n);
  if (inexact) low |= 1n;
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) x += mask;
  x &= ~((mask << 1n) - 1n);
  const dx = Number(x); // exact: at most 53 significant bits
  if (shift + xBits >= 1024 && (shift + xBits > 1024 || dx === 2 ** xBits)) {
    throw pyError('OverflowError', 'integer division result too large for a float');
  }
  // dx * 2**shift is representable, so each power-of-two step is exact.
  const result = shift < -1000 ? dx * 2 ** -1000 * 2 ** (shift + 1000) : dx * 2 ** shift;
  return negate ? -result : result;
}

/** a / b for floats. */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw pyError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

/** a % b for floats (CPython's float_rem: result has the sign of b). */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw pyError('ZeroDivisionError', 'float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) mod += b;
  } else {
    mod = b < 0 ? -0 : 0;
  }
  return mod;
}

function floatDivModInner(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** a // b for floats. */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw pyError('ZeroDivisionError', 'float floor division by zero');
  return floatDivModInner(a, b)[0];
}

/** divmod(a, b) for floats. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw pyError('ZeroDivisionError', 'float divmod()');
  return floatDivModInner(a, b);
}

function isOddInteger(x: number): boolean {
  return Number.isFinite(x) && x % 2 !== 0 && Math.trunc(x) === x && Math.abs(x % 2) === 1;
}

/** A complex result: a negative float raised to a non-integer power. */
export interface ComplexResult {
  re: number;
  im: number;
}

/**
 * x ** y for floats (CPython's float_pow): its special cases, ZeroDivisionError for 0.0 to a
 * negative power, OverflowError "(34, 'Numerical result out of range')", and a complex result
 * for a negative base with a non-integer exponent.
 */
export function floatPow(iv: number, iw: number): number | ComplexResult {
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if ((iw > 0) === (a > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return complexPowReal(iv, iw);
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  let ix = powPositive(iv, iw);
  if (ix === Infinity) throw pyError('OverflowError', "(34, 'Numerical result out of range')");
  if (negate) ix = -ix;
  return ix;
}

function complexPowReal(a: number, b: number): ComplexResult {
  // _Py_c_pow((a, 0), (b, 0)) for a < 0, b not an integer.
  const vabs = Math.abs(a);
  const len = powPositive(vabs, b);
  const at = Math.atan2(0, a);
  const phase = at * b;
  const re = len * Math.cos(phase);
  const im = len * Math.sin(phase);
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) {
      throw pyError('OverflowError', 'complex exponentiation');
    }
  }
  return { re, im };
}

/**
 * a ** b for ints: an int for b >= 0, else the float power of their float values (as CPython).
 */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b >= 0n) return a ** b;
  const r = floatPow(intToFloat(a), intToFloat(b));
  return r as number; // a real base with an integer exponent is never complex
}

/** pow(a, b, m) for ints, including negative exponents (modular inverse). */
export function intPowMod(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) throw pyError('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeModulus = m < 0n;
  const mod = negativeModulus ? -m : m;
  if (b < 0n) {
    const inv = modInverse(intModPositive(a, mod), mod);
    if (inv === undefined) throw pyError('ValueError', 'base is not invertible for the given modulus');
    a = inv;
    b = -b;
  }
  if (mod === 1n) return 0n;
  let base = intModPositive(a, mod);
  let result = 1n;
  let e = b;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    e >>= 1n;
  }
  if (negativeModulus && result !== 0n) result -= mod;
  return result;
}

function intModPositive(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

function modInverse(a: bigint, m: bigint): bigint | undefined {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return m === 1n ? 0n : undefined;
  return intModPositive(oldS, m);
}

/** round(x) for a float: round half to even, an int. */
export function roundFloatToInt(x: number): bigint {
  if (x !== x) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  const f = Math.floor(x);
  const diff = x - f;
  let r: number;
  if (diff < 0.5) r = f;
  else if (diff > 0.5) r = f + 1;
  else r = f % 2 === 0 ? f : f + 1;
  return BigInt(r);
}

/**
 * round(x, ndigits) for a float: the double nearest to x correctly rounded (half-even) to
 * ndigits decimal places, as CPython computes it through dtoa.
 */
export function roundFloat(x: number, ndigits: number | bigint): number {
  if (!Number.isFinite(x)) return x;
  const nd = typeof ndigits === 'bigint' ? (ndigits > 100000n ? 100000 : ndigits < -100000n ? -100000 : Number(ndigits)) : ndigits;
  if (nd > 323) return x;
  if (nd < -308) return x < 0 || Object.is(x, -0) ? -0 : 0;
  const { digits, decpt } = dtoaDigits(x, 3, nd);
  const negative = x < 0 || Object.is(x, -0);
  const s = (negative ? '-' : '') + '0' + digits + 'e' + (decpt - digits.length);
  const r = Number(s);
  if (!Number.isFinite(r)) throw pyError('OverflowError', 'rounded value too large to represent');
  return r;
}

/** round(n, ndigits) for an int: half-even to a multiple of 10**-ndigits. */
export function roundInt(n: bigint, ndigits: bigint | number): bigint {
  const nd = BigInt(ndigits);
  if (nd >= 0n) return n;
  const k = -nd;
  const abs = n < 0n ? -n : n;
  // 10**k >= 2*|n| rounds everything to 0 (a tie rounds to the even 0).
  if (k > BigInt(abs.toString().length + 1)) return 0n;
  const p = 10n ** k;
  let q = n / p;
  let r = n % p;
  if (r < 0n) {
    q -= 1n;
    r += p;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return q * p;
}

/**
 * Compares an int with a float exactly (no rounding of the int): -1, 0, 1, or undefined when
 * x is nan (every comparison false).
 */
export function compareIntFloat(a: bigint, x: number): -1 | 0 | 1 | undefined {
  if (x !== x) return undefined;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const f = Math.floor(x);
  const b = BigInt(f);
  if (f === x) return a < b ? -1 : a > b ? 1 : 0;
  return a <= b ? -1 : 1;
}

/** float.as_integer_ratio(). */
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (x !== x) throw pyError('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw pyError('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0n, 1n];
  const { mantissa, exponent } = decomposeDouble(x);
  const m = BigInt(x < 0 ? -mantissa : mantissa);
  return exponent >= 0 ? [m << BigInt(exponent), 1n] : [m, 1n << BigInt(-exponent)];
}
