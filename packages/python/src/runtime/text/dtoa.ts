/**
 * Decimal digits of doubles, exactly as CPython gets them from David Gay's dtoa: the shortest
 * round-trip digits (mode 0), and correctly rounded digits (round-half-even on the exact binary
 * value) to a number of significant digits (mode 2) or of places after the point (mode 3).
 * formatDouble is CPython's PyOS_double_to_string on top of them.
 */

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/**
 * |x| = mantissa * 2**exponent with an integer mantissa (odd unless zero), for finite x.
 * The mantissa is below 2**53, so a number.
 */
export function decomposeDouble(x: number): { mantissa: number; exponent: number } {
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = (hi & 0xfffff) * 4294967296 + lo;
  let exponent: number;
  if (biased === 0) {
    exponent = -1074;
  } else {
    mantissa += 4503599627370496; // 2**52
    exponent = biased - 1075;
  }
  if (mantissa === 0) return { mantissa: 0, exponent: 0 };
  // Make the mantissa odd.
  while (mantissa % 2 === 0) {
    mantissa /= 2;
    exponent++;
  }
  return { mantissa, exponent };
}

const pow5Cache: bigint[] = [1n];
function pow5(k: number): bigint {
  let p = pow5Cache[k];
  if (p === undefined) {
    p = 5n ** BigInt(k);
    if (k < 1200) pow5Cache[k] = p;
  }
  return p;
}

/** Digits and decimal point position: value = 0.DIGITS * 10**decpt. Digits have no trailing zeros. */
export interface Digits {
  digits: string;
  decpt: number;
}

/** The exact decimal expansion of |x| (finite, non-zero). */
export function exactDigits(x: number): Digits {
  const { mantissa, exponent } = decomposeDouble(x);
  let s: string;
  let decpt: number;
  if (exponent >= 0) {
    s = (BigInt(mantissa) << BigInt(exponent)).toString();
    decpt = s.length;
  } else {
    s = (BigInt(mantissa) * pow5(-exponent)).toString();
    decpt = s.length + exponent;
  }
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { digits: end === s.length ? s : s.slice(0, end), decpt };
}

/** The shortest digits that round-trip (dtoa mode 0), for finite non-zero x. */
export function shortestDigits(x: number): Digits {
  const s = (x < 0 ? -x : x).toExponential();
  const e = s.indexOf('e');
  const exp = parseInt(s.slice(e + 1), 10);
  const digits = e === 1 ? s.slice(0, 1) : s[0] + s.slice(2, e);
  return { digits, decpt: exp + 1 };
}

/**
 * Rounds exact digits, keeping `keep` digits (round-half-even). keep may be 0 or negative:
 * the result is then '' (zero) or '1' one place up.
 */
function roundAt(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt: decpt - keep };
  const next = digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (next > 5) up = true;
  else if (next < 5) up = false;
  else if (keep + 1 < digits.length) up = true; // more non-zero digits follow (no trailing zeros)
  else up = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1; // a tie: to even
  if (!up) {
    let end = keep;
    while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
    return { digits: digits.slice(0, end), decpt: end === 0 ? decpt - keep : decpt };
  }
  // Increment the kept digits, dropping the trailing zeros the carry makes.
  let i = keep - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  return { digits: digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1), decpt };
}

/**
 * dtoa's digits of finite |x|: mode 0 shortest; mode 2 max(1, ndigits) significant digits;
 * mode 3 ndigits places after the decimal point (ndigits may be negative). Zero gives '0' with
 * decpt 1; mode 3 rounding to zero gives '' with decpt -ndigits.
 */
export function dtoaDigits(x: number, mode: 0 | 2 | 3, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  if (mode === 0) return shortestDigits(x);
  const exact = exactDigits(x);
  if (mode === 2) return roundAt(exact, Math.max(1, ndigits));
  const keep = exact.decpt + ndigits;
  const r = roundAt(exact, keep);
  if (r.digits === '') return { digits: '', decpt: -ndigits };
  return r;
}

export interface DoubleFormatFlags {
  /** Py_DTSF_SIGN: always add a sign. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: add '.0' to integers (repr). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: alternate form ('#'). */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: drop the sign of a zero result ('z'). */
  noNeg0?: boolean;
}

/**
 * PyOS_double_to_string: x formatted with format code e, E, f, F, g, G or r and precision
 * (ignored for r), exactly as CPython 3.11 does.
 */
export function formatDouble(x: number, code: string, precision: number, flags: DoubleFormatFlags = {}): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const fc = upper ? code.toLowerCase() : code;
  let mode: 0 | 2 | 3;
  switch (fc) {
    case 'e':
      mode = 2;
      precision++;
      break;
    case 'f':
      mode = 3;
      break;
    case 'g':
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case 'r':
      mode = 0;
      precision = 0;
      break;
    default:
      throw new Error(`formatDouble: bad format code ${code}`);
  }
  let negative = x < 0 || (x === 0 && 1 / x < 0);
  if (x !== x || x === Infinity || x === -Infinity) {
    const isNan = x !== x;
    if (isNan) negative = false;
    const body = isNan ? (upper ? 'NAN' : 'nan') : upper ? 'INF' : 'inf';
    return (negative ? '-' : flags.sign ? '+' : '') + body;
  }
  const { digits, decpt: decpt0 } = dtoaDigits(x, mode, precision);
  let decpt = decpt0;
  const digitsLen = digits.length;
  if (flags.noNeg0 && negative && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) negative = false;

  const addDot0 = flags.addDot0 === true;
  const alt = flags.alt === true;
  let vdigitsEnd = digitsLen;
  let useExp = false;
  switch (fc) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vdigitsStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  } else {
    out += '0'.repeat(vdigitsEnd - digitsLen);
  }
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}
