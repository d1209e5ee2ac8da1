/**
 * Number and string text as CPython prints it, and the number semantics behind the operators:
 * thin adapters over runtime/text, where the CPython-exact implementations live.
 *
 * Errors are thrown as runtime/text's PyTextError objects ({ pyType, message }); the interpreter
 * turns them into Python exceptions (see pyErrors below, and Interp.formatValue).
 */
import {
  PyTextError,
  bytesRepr as rtBytesRepr,
  floatFloorDiv as rtFloatFloorDiv,
  floatMod as rtFloatMod,
  floatPow,
  floatRepr,
  intFloorDiv,
  intMod,
  intPow as rtIntPow,
  intTrueDiv as rtIntTrueDiv,
  isPyError,
  pyError,
  pyStrRepr as rtPyStrRepr,
} from '../runtime/text/index.js';

/** repr() of a float: shortest round-trip digits, Python's exponent rules. */
export function fmtFloat(x: number): string {
  return floatRepr(x);
}

/** repr() of a str. */
export function pyStrRepr(s: string): string {
  return rtPyStrRepr(s);
}

/** repr() of bytes. */
export function bytesRepr(b: Uint8Array): string {
  return rtBytesRepr(b);
}

/** x // y for ints. ZeroDivisionError 'integer division or modulo by zero'. */
export function floorDiv(x: bigint, y: bigint): bigint {
  return intFloorDiv(x, y);
}

/** x % y for ints (sign of y). ZeroDivisionError 'integer modulo by zero'. */
export function floorMod(x: bigint, y: bigint): bigint {
  return intMod(x, y);
}

/**
 * x ** y for ints with y >= 0 (the caller handles a negative exponent, whose result is a float:
 * runtime/text's intPow gives it). Throws ValueError for y < 0 rather than return a float.
 */
export function intPow(x: bigint, y: bigint): bigint {
  const r = rtIntPow(x, y);
  if (typeof r !== 'bigint') throw pyError('ValueError', 'intPow: negative exponent gives a float');
  return r;
}

/**
 * x ** y for ints with y < 0: the float power of their float values, as CPython computes it.
 * ZeroDivisionError '0.0 cannot be raised to a negative power', OverflowError 'int too large to
 * convert to float'.
 */
export function intNegPow(x: bigint, y: bigint): number {
  return rtIntPow(x, y) as number; // a real base with an integer exponent is never complex
}

/**
 * x ** y for floats (CPython's float_pow, correctly rounded): ZeroDivisionError for 0.0 to a
 * negative power, OverflowError "(34, 'Numerical result out of range')". A negative base with a
 * non-integer exponent has a complex result in CPython: NotImplementedError here, as heapline
 * has no complex numbers.
 */
export function floatPower(x: number, y: number): number {
  const r = floatPow(x, y);
  if (typeof r !== 'number') {
    throw new PyTextError('NotImplementedError' as never, 'complex numbers are not supported by heapline');
  }
  return r;
}

/**
 * int / int, correctly rounded. ZeroDivisionError 'division by zero', OverflowError 'integer
 * division result too large for a float'.
 */
export function intTrueDiv(x: bigint, y: bigint): number {
  return rtIntTrueDiv(x, y);
}

/** x % y for floats (CPython's float_rem). ZeroDivisionError 'float modulo'. */
export function floatMod(x: number, y: number): number {
  return rtFloatMod(x, y);
}

/** x // y for floats. ZeroDivisionError 'float floor division by zero'. */
export function floatFloorDiv(x: number, y: number): number {
  return rtFloatFloorDiv(x, y);
}

/** What pyErrors needs of the interpreter: raising a builtin exception by name. */
export interface Raiser {
  raise(name: string, message?: string): never;
}

/**
 * Runs fn, turning a runtime/text error ({ pyType, message }) into the Python exception
 * (rt.raise). Anything else, Python exceptions included, passes through.
 */
export function pyErrors<T>(rt: Raiser, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isPyError(e)) rt.raise(e.pyType, e.message);
    throw e;
  }
}
