/** The format-spec mini-language (format(), f-strings, str.format) for int, float, str. */
import { fmtFloat } from './text.js';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function err(pyType: string, message: string): { pyType: string; message: string } {
  return { pyType, message };
}

function parse(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
  if (!m) throw err('ValueError', 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  let out = '';
  let n = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    out = digits[i] + out;
    if (++n % every === 0 && i > 0) out = sep + out;
  }
  return out;
}

function pad(body: string, prefix: string, s: Spec, defaultAlign: string): string {
  const total = prefix.length + [...body].length;
  const align = s.align || defaultAlign;
  if (s.width <= total) return prefix + body;
  const n = s.width - total;
  const fill = s.fill;
  switch (align) {
    case '<':
      return prefix + body + fill.repeat(n);
    case '>':
      return fill.repeat(n) + prefix + body;
    case '^': {
      const left = Math.floor(n / 2);
      return fill.repeat(left) + prefix + body + fill.repeat(n - left);
    }
    default:
      return prefix + fill.repeat(n) + body;
  }
}

/** Exact fixed-point digits of a double (round half to even on the exact binary value). */
export function toFixedExact(x: number, prec: number): string {
  if (prec <= 100 && Math.abs(x) < 1e21) {
    // toFixed is exact for the value's binary expansion except on ties; check ties exactly.
    return exactFixed(Math.abs(x), prec);
  }
  return Math.abs(x).toFixed(Math.min(prec, 100));
}

function exactFixed(x: number, prec: number): string {
  // x = mant * 2^exp exactly
  if (x === 0) return prec > 0 ? '0.' + '0'.repeat(prec) : '0';
  let mant = x;
  let exp = 0;
  while (!Number.isInteger(mant)) {
    mant *= 2;
    exp--;
  }
  let num = BigInt(mant);
  let den = 1n;
  if (exp < 0) den = 1n << BigInt(-exp);
  else num <<= BigInt(exp);
  const scale = 10n ** BigInt(prec);
  const scaled = num * scale;
  let q = scaled / den;
  const r = scaled % den;
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) q += 1n;
  const s = q.toString().padStart(prec + 1, '0');
  return prec > 0 ? `${s.slice(0, s.length - prec)}.${s.slice(s.length - prec)}` : s;
}

function expDigits(x: number, prec: number): { digits: string; exp: number } {
  if (x === 0) return { digits: '0'.repeat(prec + 1), exp: 0 };
  let e = Math.floor(Math.log10(x));
  for (let tries = 0; tries < 3; tries++) {
    const scaled = exactScaled(x, prec - e);
    if (scaled.length > prec + 1) e++;
    else if (scaled.length < prec + 1) e--;
    else return { digits: scaled, exp: e };
  }
  const scaled = exactScaled(x, prec - e);
  return { digits: scaled.slice(0, prec + 1), exp: e };
}

/** round(x * 10^k) as a digit string, exactly (half to even). */
function exactScaled(x: number, k: number): string {
  let mant = x;
  let exp = 0;
  while (!Number.isInteger(mant)) {
    mant *= 2;
    exp--;
  }
  let num = BigInt(mant);
  let den = 1n;
  if (exp < 0) den = 1n << BigInt(-exp);
  else num <<= BigInt(exp);
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  let q = num / den;
  const r = num % den;
  if (r * 2n > den || (r * 2n === den && q % 2n === 1n)) q += 1n;
  return q.toString();
}

function fmtExp(x: number, prec: number, upper: boolean, alt: boolean): string {
  const { digits, exp } = expDigits(x, prec);
  let mant = digits[0]!;
  if (prec > 0) mant += '.' + digits.slice(1);
  else if (alt) mant += '.';
  const es = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${mant}${upper ? 'E' : 'e'}${es}`;
}

function fmtGeneral(x: number, prec: number, upper: boolean, alt: boolean, noType: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) {
    if (noType) return '0.0';
    return alt ? '0.' + '0'.repeat(p - 1) : '0';
  }
  const { exp } = expDigits(x, p - 1);
  let s: string;
  if (exp >= -4 && exp < p) {
    s = exactFixed(x, Math.max(p - 1 - exp, 0));
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
    if (noType && !s.includes('.')) s += '.0';
  } else {
    s = fmtExp(x, p - 1, upper, alt);
    if (!alt) s = s.replace(/\.?0+(?=[eE])/, '');
  }
  return s;
}

export function formatSpec(kind: 'int' | 'bool' | 'float' | 'str', v: string | bigint | number, spec: string): string {
  const s = parse(spec);
  if (kind === 'str') {
    if (s.type && s.type !== 's') throw err('ValueError', `Unknown format code '${s.type}' for object of type 'str'`);
    if (s.sign !== '-' || spec.includes('+') && /^[^<>=^]?[<>=^]?\+/.test(spec)) {
      if (/[+ ]/.test(spec.replace(/^(.)?[<>=^]/, '').slice(0, 1))) throw err('ValueError', 'Sign not allowed in string format specifier');
    }
    if (s.align === '=') throw err('ValueError', "'=' alignment not allowed in string format specifier");
    let body = v as string;
    if (s.precision >= 0) body = [...body].slice(0, s.precision).join('');
    return pad(body, '', s, '<');
  }
  if (kind === 'int' || kind === 'bool') {
    const n = v as bigint;
    const t = s.type;
    if ('eEfFgG%'.includes(t) && t !== '') return formatSpec('float', Number(n), spec);
    if (t === '' && kind === 'bool' && spec === '') return n ? 'True' : 'False';
    if (s.precision >= 0) throw err('ValueError', 'Precision not allowed in integer format specifier');
    const neg = n < 0n;
    const a = neg ? -n : n;
    let digits: string;
    let prefix = '';
    switch (t) {
      case 'b':
        digits = a.toString(2);
        if (s.alt) prefix = '0b';
        break;
      case 'o':
        digits = a.toString(8);
        if (s.alt) prefix = '0o';
        break;
      case 'x':
        digits = a.toString(16);
        if (s.alt) prefix = '0x';
        break;
      case 'X':
        digits = a.toString(16).toUpperCase();
        if (s.alt) prefix = '0X';
        break;
      case 'c':
        digits = String.fromCodePoint(Number(n));
        break;
      case 'd':
      case 'n':
      case '':
        digits = a.toString();
        break;
      default:
        throw err('ValueError', `Unknown format code '${t}' for object of type 'int'`);
    }
    if (s.grouping) digits = group(digits, s.grouping, 'bxXo'.includes(t) && t !== '' ? 4 : 3);
    const sign = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
    if (s.zero && (s.align === '=' || !s.align) && s.width > 0 && s.grouping) {
      const w = s.width - sign.length - prefix.length;
      let raw = neg ? (-n).toString() : n.toString();
      if ('bxXo'.includes(t) && t !== '') raw = digits.replace(new RegExp(`\\${s.grouping}`, 'g'), '');
      while (group(raw, s.grouping).length < w) raw = '0' + raw;
      return sign + prefix + group(raw, s.grouping);
    }
    return pad(digits, sign + prefix, s, '>');
  }
  // float
  const x = v as number;
  const t = s.type;
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (!Number.isFinite(a)) body = Number.isNaN(a) ? 'nan' : 'inf';
  else {
    switch (t) {
      case 'f':
      case 'F':
      case '%': {
        const p = s.precision < 0 ? 6 : s.precision;
        body = exactFixed(t === '%' ? a * 100 : a, p);
        if (s.alt && p === 0) body += '.';
        if (t === '%') body += '%';
        break;
      }
      case 'e':
      case 'E':
        body = fmtExp(a, s.precision < 0 ? 6 : s.precision, t === 'E', s.alt);
        break;
      case 'g':
      case 'G':
      case 'n':
        body = fmtGeneral(a, s.precision < 0 ? 6 : s.precision, t === 'G', s.alt, false);
        break;
      case '':
        body = s.precision < 0 ? fmtFloat(a) : fmtGeneral(a, s.precision, false, s.alt, true);
        break;
      default:
        throw err('ValueError', `Unknown format code '${t}' for object of type 'float'`);
    }
  }
  if ((t === 'F' || t === 'E' || t === 'G') && !Number.isFinite(a)) body = body.toUpperCase();
  if (s.grouping && Number.isFinite(a)) {
    const [ip, fp] = body.split(/(?=[.eE%])/, 2) as [string, string | undefined];
    const rest = body.slice(ip.length);
    body = group(ip, s.grouping) + rest;
    void fp;
  }
  const sign = neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
  return pad(body, sign, s, '>');
}
