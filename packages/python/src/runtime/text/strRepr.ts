/**
 * repr() of str and bytes, and ascii(), exactly as CPython 3.11 writes them.
 */
import { isPrintableCp } from './unicode.js';

const HEX = '0123456789abcdef';

function hex2(c: number): string {
  return '\\x' + HEX[c >> 4] + HEX[c & 15];
}

function escapeCp(cp: number): string {
  if (cp <= 0xff) return hex2(cp);
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** repr(s) for a str: quotes chosen as CPython does, escapes for the non-printable characters. */
export function pyStrRepr(s: string): string {
  const quote = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? 34 : 39;
  const q = quote === 34 ? '"' : "'";
  let out = q;
  let runStart = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c !== quote && c !== 92) continue;
      out += s.slice(runStart, i) + '\\' + s[i];
      runStart = i + 1;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (c >= 0x7f && isPrintableCp(cp)) {
      i += width - 1;
      continue;
    }
    let esc: string;
    if (c === 9) esc = '\\t';
    else if (c === 10) esc = '\\n';
    else if (c === 13) esc = '\\r';
    else esc = escapeCp(cp);
    out += s.slice(runStart, i) + esc;
    i += width - 1;
    runStart = i + 1;
  }
  return out + s.slice(runStart) + q;
}

/** repr(b) for bytes: b'...' with \t \n \r and \xNN escapes. */
export function bytesRepr(b: Uint8Array): string {
  let squotes = false;
  let dquotes = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 39) squotes = true;
    else if (b[i] === 34) dquotes = true;
  }
  const quote = squotes && !dquotes ? 34 : 39;
  let out = quote === 34 ? 'b"' : "b'";
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === quote || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += hex2(c);
    else out += String.fromCharCode(c);
  }
  return out + (quote === 34 ? '"' : "'");
}

/** repr(bytearray(b)): the quotes of bytes, but a single quote is always escaped. */
export function bytearrayRepr(b: Uint8Array): string {
  const r = bytesRepr(b);
  return 'bytearray(' + (r[1] === '"' ? r.replace(/'/g, "\\'") : r) + ')';
}

/**
 * ascii(): a repr() with every non-ASCII character escaped (\xNN, \uNNNN, \UNNNNNNNN). Pass the
 * object's repr; for a str use pyAscii(pyStrRepr(s)).
 */
export function pyAscii(repr: string): string {
  let out = '';
  let runStart = 0;
  const n = repr.length;
  for (let i = 0; i < n; i++) {
    const c = repr.charCodeAt(i);
    if (c < 0x80) continue;
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = repr.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    out += repr.slice(runStart, i) + escapeCp(cp);
    i += width - 1;
    runStart = i + 1;
  }
  return runStart === 0 ? repr : out + repr.slice(runStart);
}
