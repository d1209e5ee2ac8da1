/**
 * The format specification mini-language (format(), str.format, f-strings) for int, float and
 * str, ported from CPython 3.11's Python/formatter_unicode.c: same parsing, same layout rules
 * (fill, alignment, sign, '#', '0', grouping, precision, type), same error messages.
 */
import { chr, cpLength, toCodePoints, unitIndex } from './codePoints.js';
import { formatDouble, type DoubleFormatFlags } from './dtoa.js';
import { pyError } from './errors.js';
import { intToFloat } from './floatText.js';
import { intToStr } from './intText.js';
import { decimalValue } from './unicode.js';

export interface FormatSpec {
  /** The fill character (one code point, as a string). */
  fill: string;
  fillSpecified: boolean;
  /** '<', '>', '^' or '='. */
  align: string;
  alignSpecified: boolean;
  /** '+', '-', ' ' or '' when not given. */
  sign: string;
  /** 'z' (3.11): coerce negative zero to positive. */
  noNeg0: boolean;
  /** '#'. */
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  /** '' none, ',' or '_' (every three digits), '_4' (underscore every four digits, for b/o/x/X). */
  thousands: '' | ',' | '_' | '_4';
  /** -1 when not given. */
  precision: number;
  /** The type character, or '' when not given (and no default applies). */
  type: string;
}

function isAlign(cp: number | undefined): boolean {
  return cp === 60 || cp === 62 || cp === 61 || cp === 94; // < > = ^
}

const SSIZE_MAX = 9223372036854775807n;

/** get_integer: Unicode decimal digits; -1 consumed means overflow (already thrown). */
function getInteger(cps: number[], pos: number): { value: number; next: number; consumed: number } {
  let acc = 0;
  let big: bigint | undefined;
  let i = pos;
  for (; i < cps.length; i++) {
    const d = decimalValue(cps[i]!);
    if (d < 0) break;
    if (big === undefined && acc < 1e14) {
      acc = acc * 10 + d;
    } else {
      big = (big ?? BigInt(acc)) * 10n + BigInt(d);
      if (big > SSIZE_MAX) throw pyError('ValueError', 'Too many decimal digits in format string');
    }
  }
  return { value: big === undefined ? acc : Number(big), next: i, consumed: i - pos };
}

function invalidThousands(sep: string, type: string) {
  const cp = type === '' ? 0 : type.codePointAt(0)!;
  if (cp > 32 && cp < 128) return pyError('ValueError', `Cannot specify '${sep}' with '${type}'.`);
  return pyError('ValueError', `Cannot specify '${sep}' with '\\x${cp.toString(16)}'.`);
}

/**
 * parse_internal_render_format_spec: parses a non-empty spec. defaultType is 'd' for int, 's'
 * for str, '' for float; defaultAlign '>' for numbers, '<' for str. typeName is for messages.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const cps = toCodePoints(spec);
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ',
    fillSpecified: false,
    align: defaultAlign,
    alignSpecified: false,
    sign: '',
    noNeg0: false,
    alternate: false,
    width: -1,
    thousands: '',
    precision: -1,
    type: defaultType,
  };
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = chr(cps[pos + 1]!);
    f.fill = chr(cps[pos]!);
    f.fillSpecified = true;
    f.alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = chr(cps[pos]!);
    f.alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] === 43 || cps[pos] === 45 || cps[pos] === 32)) {
    f.sign = chr(cps[pos]!);
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 122) {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 35) {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && end - pos >= 1 && cps[pos] === 48) {
    f.fill = '0';
    if (!f.alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  let r = getInteger(cps, pos);
  pos = r.next;
  f.width = r.consumed === 0 ? -1 : r.value;
  if (end - pos > 0 && cps[pos] === 44) {
    f.thousands = ',';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === 95) {
    if (f.thousands !== '') throw pyError('ValueError', "Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === 44) {
    if (f.thousands === '_') throw pyError('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (end - pos > 0 && cps[pos] === 46) {
    pos++;
    r = getInteger(cps, pos);
    pos = r.next;
    if (r.consumed === 0) throw pyError('ValueError', 'Format specifier missing precision');
    f.precision = r.value;
  }
  if (end - pos > 1) {
    throw pyError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) {
    f.type = chr(cps[pos]!);
    pos++;
  }
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.thousands === '_') {
          f.thousands = '_4';
          break;
        }
        throw invalidThousands(f.thousands, f.type);
      default:
        throw invalidThousands(f.thousands, f.type);
    }
  }
  return f;
}

function unknownType(type: string, typeName: string) {
  const cp = type.codePointAt(0)!;
  if (cp > 32 && cp < 128) return pyError('ValueError', `Unknown format code '${type}' for object of type '${typeName}'`);
  return pyError('ValueError', `Unknown format code '\\x${cp.toString(16)}' for object of type '${typeName}'`);
}

/** _PyUnicode_InsertThousandsGrouping: digits grouped, zero-padded (also grouped) to minWidth. */
function groupDigits(digits: string, minWidth: number, sep: string, group: number): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  if (group === 0) {
    const len = Math.max(remaining, minWidth, 1);
    return len > remaining ? '0'.repeat(len - remaining) + digits : digits;
  }
  let pos = digits.length;
  let out = '';
  for (;;) {
    const len = Math.min(group, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    const g = (nZeros ? '0'.repeat(nZeros) : '') + digits.slice(pos - nChars, pos);
    out = out === '' ? g : g + sep + out;
    pos -= nChars;
    remaining -= nChars;
    minWidth -= len;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return out;
}

/**
 * calc_number_widths + fill_number: lays out [sign][prefix][digits grouped][.][remainder]
 * in the field. `digits` are the integer-part digits; remainder follows a decimal point
 * when hasDecimal.
 */
function layoutNumber(
  f: FormatSpec,
  signChar: string,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  noGrouping: boolean,
  toUpper: boolean,
): string {
  let sign = '';
  if (f.sign === '+') sign = signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = signChar === '-' ? '-' : ' ';
  else if (signChar === '-') sign = '-';
  const nRemainder = cpLength(remainder);
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + nRemainder;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped = '';
  if (digits.length > 0) {
    const t = noGrouping ? '' : f.thousands;
    if (t === '') grouped = groupDigits(digits, minWidth, '', 0);
    else grouped = groupDigits(digits, minWidth, t === ',' ? ',' : '_', t === '_4' ? 4 : 3);
  }
  if (toUpper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<':
        rpad = padding;
        break;
      case '^':
        lpad = padding >> 1;
        rpad = padding - lpad;
        break;
      case '=':
        spad = padding;
        break;
      default:
        lpad = padding;
    }
  }
  const fill = f.fill;
  return (
    (lpad ? fill.repeat(lpad) : '') +
    sign +
    prefix +
    (spad ? fill.repeat(spad) : '') +
    grouped +
    (hasDecimal ? '.' : '') +
    remainder +
    (rpad ? fill.repeat(rpad) : '')
  );
}

/**
 * format(n, spec) for an int. typeName names the type in messages ('int', or 'bool': note that
 * format(True, '') is str(True), which the caller handles for an empty spec).
 */
export function formatInt(n: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToStr(n);
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntInternal(n, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatInternal(intToFloat(n), f);
    default:
      throw unknownType(f.type, typeName);
  }
}

function formatIntInternal(n: bigint, f: FormatSpec): string {
  if (f.precision !== -1) throw pyError('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) throw pyError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw pyError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw pyError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (n > 9223372036854775807n || n < -9223372036854775808n) {
      throw pyError('OverflowError', 'Python int too large to convert to C long');
    }
    if (n < 0n || n > 0x10ffffn) throw pyError('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(f, '', '', '', false, chr(Number(n)), false, false);
  }
  let base = 10;
  let prefix = '';
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = '0x';
      break;
  }
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const digits = base === 10 ? intToStr(abs) : abs.toString(base);
  return layoutNumber(
    f,
    negative ? '-' : '',
    f.alternate ? prefix : '',
    digits,
    false,
    '',
    f.type === 'n',
    f.type === 'X',
  );
}

/** format(x, spec) for a float. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return formatDouble(x, 'r', 0, { addDot0: true });
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatInternal(x, f);
    default:
      throw unknownType(f.type, typeName);
  }
}

function formatFloatInternal(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw pyError('ValueError', 'precision too big');
  let precision = f.precision;
  let type = f.type;
  let defaultPrecision = 6;
  const flags: DoubleFormatFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  if (type === '') {
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = formatDouble(x, type, precision, flags);
  if (pct) s += '%';
  let signChar = '';
  if (s.charCodeAt(0) === 45) {
    signChar = '-';
    s = s.slice(1);
  }
  // parse_number: leading digits, then an optional '.', then the rest.
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const hasDecimal = s.charCodeAt(i) === 46;
  const digits = s.slice(0, i);
  const remainder = s.slice(hasDecimal ? i + 1 : i);
  return layoutNumber(f, signChar, '', digits, hasDecimal, remainder, f.type === 'n', false);
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownType(f.type, typeName);
  if (f.sign !== '') {
    if (f.sign === ' ') throw pyError('ValueError', 'Space not allowed in string format specifier');
    throw pyError('ValueError', 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) throw pyError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw pyError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw pyError('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  let value = s;
  if (f.precision >= 0 && len >= f.precision) {
    len = f.precision;
    value = s.slice(0, unitIndex(s, len));
  }
  const total = f.width >= 0 && f.width > len ? f.width : len;
  let lpad: number;
  if (f.align === '>') lpad = total - len;
  else if (f.align === '^') lpad = (total - len) >> 1;
  else lpad = 0;
  const rpad = total - len - lpad;
  return (lpad ? f.fill.repeat(lpad) : '') + value + (rpad ? f.fill.repeat(rpad) : '');
}
