/**
 * printf-style formatting, str % args, ported from CPython 3.11's PyUnicode_Format: the same
 * parsing of %(key) flags width .precision and length modifiers, the same conversions, the same
 * argument consumption and the same errors.
 */
import { chr, cpLength, toCodePoints, fromCodePoints, unitIndex } from './codePoints.js';
import { formatDouble } from './dtoa.js';
import { pyError } from './errors.js';
import { intToFloat, floatToInt } from './floatText.js';
import { intToStr } from './intText.js';
import { pyAscii } from './strRepr.js';

/** What the interpreter tells percentFormat about its values. */
export interface PercentHooks<V> {
  /** str(v). */
  str(v: V): string;
  /** repr(v). */
  repr(v: V): string;
  /** ascii(v); by default pyAscii(repr(v)). */
  ascii?(v: V): string;
  /** The value of an int or bool (or an object with __index__); undefined for anything else. */
  toInt(v: V): bigint | undefined;
  /** The value of a float (or an object with __float__); undefined for anything else, ints included. */
  toFloat(v: V): number | undefined;
  /** The string if v is a str; undefined otherwise (for %c). */
  toStr?(v: V): string | undefined;
  /** type(v).__name__, for messages. */
  typeName(v: V): string;
}

/**
 * The right operand of %. A tuple supplies its items. Any other object is a single argument;
 * give getItem when it is a mapping in CPython's sense (PyMapping_Check: has __getitem__ and is
 * neither tuple nor str; lists count): %(key)s then looks keys up in it, and unused arguments
 * are not an error.
 */
export type PercentArgs<V> = readonly V[] | { readonly single: V; readonly getItem?: (key: string) => V };

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

interface Arg {
  ch: number;
  flags: number;
  width: number;
  prec: number;
  sign: boolean;
}

/** fmt % args. Throws PyError for CPython's TypeError / ValueError / OverflowError cases. */
export function percentFormat<V>(fmt: string, args: PercentArgs<V>, hooks: PercentHooks<V>): string {
  const isTuple = Array.isArray(args);
  const tuple = isTuple ? (args as readonly V[]) : undefined;
  const single = isTuple ? undefined : (args as { single: V; getItem?: (key: string) => V });
  const dict = single?.getItem;
  let arglen = isTuple ? tuple!.length : -1;
  let argidx = isTuple ? 0 : -2;
  let current: V | undefined = single?.single;

  const cps = toCodePoints(fmt);
  let fmtcnt = cps.length;
  let fmtpos = 0;
  let out = '';

  const nextArg = (): V => {
    const i = argidx;
    if (i < arglen) {
      argidx++;
      if (arglen < 0) return current as V;
      return tuple![i]!;
    }
    throw pyError('TypeError', 'not enough arguments for format string');
  };

  while (--fmtcnt >= 0) {
    if (cps[fmtpos] !== 37) {
      const nonfmtpos = fmtpos++;
      while (fmtcnt >= 0 && cps[fmtpos] !== 37) {
        fmtpos++;
        fmtcnt--;
      }
      if (fmtcnt < 0) fmtpos--;
      out += fromCodePoints(cps, nonfmtpos, fmtpos);
      continue;
    }
    fmtpos++;
    // unicode_format_arg
    if (cps[fmtpos] === 37) {
      fmtpos++;
      fmtcnt--;
      out += '%';
      continue;
    }
    const arg: Arg = { ch: 0, flags: 0, width: -1, prec: -1, sign: false };
    // --- parse ---
    let c = 0;
    if (cps[fmtpos] === 40) {
      if (dict === undefined) throw pyError('TypeError', 'format requires a mapping');
      ++fmtpos;
      --fmtcnt;
      const keystart = fmtpos;
      let pcount = 1;
      while (pcount > 0 && --fmtcnt >= 0) {
        const k = cps[fmtpos]!;
        if (k === 41) --pcount;
        else if (k === 40) ++pcount;
        fmtpos++;
      }
      const keylen = fmtpos - keystart - 1;
      if (fmtcnt < 0 || pcount > 0) throw pyError('ValueError', 'incomplete format key');
      const key = fromCodePoints(cps, keystart, keystart + keylen);
      current = dict(key);
      arglen = -1;
      argidx = -2;
    }
    flags: while (--fmtcnt >= 0) {
      c = cps[fmtpos++]!;
      switch (c) {
        case 45:
          arg.flags |= F_LJUST;
          continue;
        case 43:
          arg.flags |= F_SIGN;
          continue;
        case 32:
          arg.flags |= F_BLANK;
          continue;
        case 35:
          arg.flags |= F_ALT;
          continue;
        case 48:
          arg.flags |= F_ZERO;
          continue;
      }
      break flags;
    }
    if (c === 42) {
      const v = nextArg();
      const w = hooks.toInt(v);
      if (w === undefined) throw pyError('TypeError', '* wants int');
      arg.width = ssize(w);
      if (arg.width < 0) {
        arg.flags |= F_LJUST;
        arg.width = -arg.width;
      }
      if (--fmtcnt >= 0) c = cps[fmtpos++]!;
    } else if (c >= 48 && c <= 57) {
      arg.width = c - 48;
      while (--fmtcnt >= 0) {
        c = cps[fmtpos++]!;
        if (c < 48 || c > 57) break;
        if (arg.width > (9223372036854775807 - (c - 48)) / 10) throw pyError('ValueError', 'width too big');
        arg.width = arg.width * 10 + (c - 48);
      }
    }
    if (c === 46) {
      arg.prec = 0;
      if (--fmtcnt >= 0) c = cps[fmtpos++]!;
      if (c === 42) {
        const v = nextArg();
        const p = hooks.toInt(v);
        if (p === undefined) throw pyError('TypeError', '* wants int');
        if (p > 2147483647n || p < -2147483648n) {
          throw pyError('OverflowError', 'Python int too large to convert to C int');
        }
        arg.prec = Number(p);
        if (arg.prec < 0) arg.prec = 0;
        if (--fmtcnt >= 0) c = cps[fmtpos++]!;
      } else if (c >= 48 && c <= 57) {
        arg.prec = c - 48;
        while (--fmtcnt >= 0) {
          c = cps[fmtpos++]!;
          if (c < 48 || c > 57) break;
          if (arg.prec > Math.floor((2147483647 - (c - 48)) / 10)) throw pyError('ValueError', 'precision too big');
          arg.prec = arg.prec * 10 + (c - 48);
        }
      }
    }
    if (fmtcnt >= 0) {
      if (c === 104 || c === 108 || c === 76) {
        if (--fmtcnt >= 0) c = cps[fmtpos++]!;
      }
    }
    if (fmtcnt < 0) throw pyError('ValueError', 'incomplete format');
    arg.ch = c;
    // --- format ---
    const v = nextArg();
    let str: string;
    let fast = false;
    switch (c) {
      case 115: // s
      case 114: // r
      case 97: // a
        if (c === 115) str = hooks.str(v);
        else if (c === 114) str = hooks.repr(v);
        else str = hooks.ascii ? hooks.ascii(v) : pyAscii(hooks.repr(v));
        break;
      case 105: // i
      case 100: // d
      case 117: // u
      case 111: // o
      case 120: // x
      case 88: // X
        str = formatLong(v, arg, hooks);
        arg.sign = true;
        break;
      case 101:
      case 69:
      case 102:
      case 70:
      case 103:
      case 71: {
        const x = toDouble(v, hooks);
        str = formatDouble(x, chr(c), arg.prec < 0 ? 6 : arg.prec, { alt: (arg.flags & F_ALT) !== 0 });
        if (arg.width === -1 && arg.prec === -1 && !(arg.flags & (F_SIGN | F_BLANK))) fast = true;
        arg.sign = true;
        break;
      }
      case 99: {
        str = formatChar(v, hooks);
        if (arg.width === -1 && arg.prec === -1) fast = true;
        break;
      }
      default:
        throw pyError(
          'ValueError',
          `unsupported format character '${c >= 31 && c <= 126 ? String.fromCharCode(c) : '?'}' (0x${c.toString(16)}) at index ${fmtpos - 1}`,
        );
    }
    out += fast ? str : outputArg(arg, str);
    if (dict !== undefined && argidx < arglen) {
      throw pyError('TypeError', 'not all arguments converted during string formatting');
    }
  }
  if (argidx < arglen && dict === undefined) {
    throw pyError('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

function ssize(w: bigint): number {
  if (w > 9223372036854775807n || w < -9223372036854775808n) {
    throw pyError('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return Number(w);
}

function toDouble<V>(v: V, hooks: PercentHooks<V>): number {
  const f = hooks.toFloat(v);
  if (f !== undefined) return f;
  const i = hooks.toInt(v);
  if (i !== undefined) return intToFloat(i);
  throw pyError('TypeError', `must be real number, not ${hooks.typeName(v)}`);
}

function formatChar<V>(v: V, hooks: PercentHooks<V>): string {
  const s = hooks.toStr?.(v);
  if (s !== undefined) {
    if (cpLength(s) === 1) return s;
    throw pyError('TypeError', '%c requires int or char');
  }
  const i = hooks.toInt(v);
  if (i === undefined) throw pyError('TypeError', '%c requires int or char');
  if (i < 0n || i > 0x10ffffn) throw pyError('OverflowError', '%c arg not in range(0x110000)');
  return chr(Number(i));
}

function formatLong<V>(v: V, arg: Arg, hooks: PercentHooks<V>): string {
  const type = arg.ch;
  let n = hooks.toInt(v);
  if (n === undefined) {
    const f = type === 111 || type === 120 || type === 88 ? undefined : hooks.toFloat(v);
    if (f === undefined) {
      const what = type === 111 || type === 120 || type === 88 ? 'an integer' : 'a real number';
      throw pyError('TypeError', `%${String.fromCharCode(type)} format: ${what} is required, not ${hooks.typeName(v)}`);
    }
    n = floatToInt(f);
  }
  // _PyUnicode_FormatLong
  const negative = n < 0n;
  const abs = negative ? -n : n;
  let digits: string;
  let prefix = '';
  if (type === 111) {
    digits = abs.toString(8);
    if (arg.flags & F_ALT) prefix = '0o';
  } else if (type === 120 || type === 88) {
    digits = abs.toString(16);
    if (arg.flags & F_ALT) prefix = '0x';
  } else {
    digits = intToStr(abs);
  }
  if (arg.prec > digits.length) digits = '0'.repeat(arg.prec - digits.length) + digits;
  let s = (negative ? '-' : '') + prefix + digits;
  if (type === 88) s = s.toUpperCase();
  return s;
}

/** unicode_format_arg_output: sign, '0x' prefix, width and precision for one converted value. */
function outputArg(arg: Arg, str: string): string {
  const fill = arg.sign && arg.flags & F_ZERO ? '0' : ' ';
  let len = cpLength(str);
  if ((arg.width === -1 || arg.width <= len) && (arg.prec === -1 || arg.prec >= len) && !(arg.flags & (F_SIGN | F_BLANK))) {
    return str;
  }
  const ch = arg.ch;
  if (ch === 115 || ch === 114 || ch === 97) {
    if (arg.prec >= 0 && len > arg.prec) len = arg.prec;
  }
  let pindex = 0;
  let signchar = '';
  if (arg.sign) {
    const first = str[0];
    if (first === '-' || first === '+') {
      signchar = first;
      len--;
      pindex++;
    } else if (arg.flags & F_SIGN) signchar = '+';
    else if (arg.flags & F_BLANK) signchar = ' ';
    else arg.sign = false;
  }
  let width = arg.width;
  if (width < len) width = len;
  let out = '';
  if (signchar) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (arg.flags & F_ALT) !== 0 && (ch === 120 || ch === 88 || ch === 111);
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + String.fromCharCode(ch);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(arg.flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (signchar) out += signchar;
    if (altPrefix) {
      out += '0' + String.fromCharCode(ch);
      pindex += 2;
    }
  }
  if (len > 0) {
    const start = unitIndex(str, pindex);
    out += str.slice(start, unitIndex(str, pindex + len));
  }
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
