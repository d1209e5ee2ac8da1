/**
 * Number and string text as CPython prints it. Thin adapters over runtime/text where the full
 * implementations live.
 */

/** repr() of a float: shortest round-trip digits, Python's exponent rules. */
export function fmtFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const exp = x.toExponential(); // shortest digits, d.ddde±x
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const e = Number(m[4]);
  if (e < -4 || e >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = Math.abs(e) < 10 ? `0${Math.abs(e)}` : `${Math.abs(e)}`;
    return `${sign}${mant}e${e < 0 ? '-' : '+'}${es}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  if (digits.length <= e + 1) return `${sign}${digits}${'0'.repeat(e + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
}

function isPrintable(c: number): boolean {
  if (c < 0x20 || c === 0x7f) return false;
  if (c >= 0x80 && c <= 0xa0) return false;
  if (c === 0xad) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if ((c >= 0x2000 && c <= 0x200f) || (c >= 0x2028 && c <= 0x202f) || (c >= 0x205f && c <= 0x206f) || c === 0x3000 || c === 0xfeff) {
    return c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2015 || (c >= 0x2016 && c <= 0x2027 && c !== 0x2028);
  }
  if (c >= 0xe000 && c <= 0xf8ff) return false;
  if (c >= 0xfff0 && c <= 0xfffb) return false;
  return true;
}

export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (isPrintable(c)) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + q;
}

export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + q;
}

export function floorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return (x % y !== 0n && (x < 0n) !== (y < 0n)) ? q - 1n : q;
}
export function floorMod(x: bigint, y: bigint): bigint {
  const r = x % y;
  return r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r;
}
export function intPow(x: bigint, y: bigint): bigint {
  return x ** y;
}
/** int / int, correctly rounded. */
export function intTrueDiv(x: bigint, y: bigint): number {
  const fx = Number(x);
  const fy = Number(y);
  if (Number.isSafeInteger(fx) && Number.isSafeInteger(fy)) return fx / fy;
  // Scale to keep 64+ significant bits, then divide.
  const neg = (x < 0n) !== (y < 0n);
  let a = x < 0n ? -x : x;
  const b = y < 0n ? -y : y;
  let shift = 0;
  const bits = (v: bigint) => v.toString(2).length;
  const want = bits(b) + 64;
  if (bits(a) < want) {
    shift = want - bits(a);
    a <<= BigInt(shift);
  }
  const q = a / b;
  const r = a % b;
  const qq = (q << 1n) | (r !== 0n ? 1n : 0n);
  let v = Number(qq) / 2 / 2 ** shift;
  if (!Number.isFinite(v)) throw new RangeError('integer division result too large for a float');
  if (neg) v = -v;
  return v;
}
export function floatMod(x: number, y: number): number {
  let m = x % y;
  if (m !== 0) {
    if (y < 0 !== m < 0) m += y;
  } else m = y < 0 ? -0 : 0;
  return m;
}
export function floatFloorDiv(x: number, y: number): number {
  const m = x % y;
  let div = (x - m) / y;
  if (m !== 0 && y < 0 !== m < 0) div -= 1;
  if (div === 0) return x / y < 0 ? -0 : 0;
  const fl = Math.floor(div);
  return div - fl > 0.5 ? fl + 1 : fl;
}
