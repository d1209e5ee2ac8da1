/**
 * float <-> str: repr(float) (the shortest string that round-trips, CPython's layout) and
 * float(s) with CPython's accepted syntax and message. Also the float <-> int conversions.
 */
import { pyError } from './errors.js';
import { transformDecimalAndSpaceToAscii } from './intText.js';
import { pyStrRepr } from './strRepr.js';

/**
 * repr(x) and str(x) for a float: '1.0', '0.1', '1e+16', '1e-05', '123456789012345.0', 'inf',
 * 'nan', '-0.0'. Fixed notation for 1e-4 <= |x| < 1e16, exponent notation outside.
 */
export function floatRepr(x: number): string {
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    // JavaScript prints these in fixed notation with the same shortest digits as Python.
    const s = '' + x;
    return s.indexOf('.') < 0 ? s + '.0' : s;
  }
  if (a === 0) return 1 / x < 0 ? '-0.0' : '0.0';
  if (a === Infinity) return x > 0 ? 'inf' : '-inf';
  if (x !== x) return 'nan';
  const s = x.toExponential();
  // JavaScript writes e+5 where Python writes e+05.
  const e = s.indexOf('e');
  return s.length - e === 3 ? s.slice(0, e + 2) + '0' + s.slice(e + 2) : s;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])$/;

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * float(s) for a str s: decimal literals with optional underscores between digits, 'inf',
 * 'infinity', 'nan' (any case, optional sign), surrounding whitespace, Unicode digits.
 * Throws ValueError "could not convert string to float: 'x'".
 */
export function parseFloatLiteral(s: string): number {
  let str = transformDecimalAndSpaceToAscii(s);
  const fail = () => pyError('ValueError', `could not convert string to float: ${pyStrRepr(s)}`);
  if (str.indexOf('_') >= 0) {
    let prev = 0;
    let out = '';
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c === 0) throw fail();
      if (c === 95) {
        if (!(prev >= 48 && prev <= 57)) throw fail();
      } else {
        if (prev === 95 && !(c >= 48 && c <= 57)) throw fail();
        out += str[i];
      }
      prev = c;
    }
    if (prev === 95) throw fail();
    str = out;
  }
  let start = 0;
  let end = str.length;
  while (start < end && isAsciiSpace(str.charCodeAt(start))) start++;
  while (end - 1 > start && isAsciiSpace(str.charCodeAt(end - 1))) end--;
  const body = start === 0 && end === str.length ? str : str.slice(start, end);
  if (!FLOAT_SYNTAX.test(body)) throw fail();
  const c = body.charCodeAt(body[0] === '+' || body[0] === '-' ? 1 : 0);
  if (c === 105 || c === 73) return body[0] === '-' ? -Infinity : Infinity;
  if (c === 110 || c === 78) return NaN;
  return Number(body);
}

/**
 * float(n) for an int: correctly rounded (half-even), OverflowError "int too large to convert
 * to float" past the largest double.
 */
export function intToFloat(n: bigint): number {
  const x = Number(n);
  if (x === Infinity || x === -Infinity) throw pyError('OverflowError', 'int too large to convert to float');
  return x;
}

/** int(x) for a float: truncation toward zero; errors for inf and nan as CPython raises them. */
export function floatToInt(x: number): bigint {
  if (x !== x) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.trunc(x) === x;
}
