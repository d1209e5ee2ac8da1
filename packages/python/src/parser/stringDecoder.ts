/**
 * Decoding the escapes of str and bytes literals, with CPython 3.11's error messages: the
 * `unicodeescape` codec's for str ("truncated \xXX escape"...), `_PyBytes_DecodeEscape`'s for
 * bytes ("invalid \x escape at position N"). Unknown escapes such as `\q` are kept as written (CPython
 * only warns). `\N{NAME}` is not decoded: heapline has no Unicode name table, so it stays as
 * written.
 */
import { isHexDigit } from './characters.js';

export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function isOctal(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '7';
}

/**
 * Position of `index` in the buffer CPython's decode_unicode_with_escapes hands to the codec, in
 * which every non-ASCII character was first rewritten as a ten-byte `\UXXXXXXXX` escape.
 */
function codecPosition(body: string, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += body.charCodeAt(i) < 128 ? 1 : 10;
  return pos;
}

/** Decodes the escapes of a (non-raw) str literal body. */
export function decodeStrEscapes(body: string): Decoded<string> {
  if (!body.includes('\\')) return { ok: true, value: body };
  let out = '';
  let i = 0;
  const fail = (start: number, end: number, reason: string): Decoded<string> => ({
    ok: false,
    message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${codecPosition(body, start)}-${codecPosition(body, end) - 1}: ${reason}`,
  });
  while (i < body.length) {
    const backslash = body.indexOf('\\', i);
    if (backslash < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, backslash);
    const ch = body[backslash + 1];
    i = backslash + 2;
    if (ch === undefined) {
      out += '\\';
      break;
    }
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) {
      out += simple;
    } else if (isOctal(ch)) {
      let end = backslash + 2;
      while (end < backslash + 4 && isOctal(body[end])) end++;
      out += String.fromCodePoint(parseInt(body.slice(backslash + 1, end), 8));
      i = end;
    } else if (ch === 'x' || ch === 'u' || ch === 'U') {
      const count = ch === 'x' ? 2 : ch === 'u' ? 4 : 8;
      let end = i;
      while (end < i + count && end < body.length && isHexDigit(body.charCodeAt(end))) end++;
      if (end < i + count) {
        const what = ch === 'x' ? '\\xXX' : ch === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        return fail(backslash, end, `truncated ${what} escape`);
      }
      const code = parseInt(body.slice(i, end), 16);
      if (code > 0x10ffff) return fail(backslash, end, 'illegal Unicode character');
      out += String.fromCodePoint(code);
      i = end;
    } else {
      out += `\\${ch}`;
    }
  }
  return { ok: true, value: out };
}

/** Decodes a bytes literal body (escapes unless `raw`); the caller has checked it is ASCII. */
export function decodeBytes(body: string, raw: boolean): Decoded<Uint8Array> {
  const out: number[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body.charCodeAt(i);
    if (raw || c !== 0x5c) {
      out.push(c);
      i++;
      continue;
    }
    const ch = body[i + 1];
    if (ch === undefined) {
      out.push(0x5c);
      break;
    }
    const simple = SIMPLE_ESCAPES[ch];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      i += 2;
    } else if (isOctal(ch)) {
      let end = i + 2;
      while (end < i + 4 && isOctal(body[end])) end++;
      out.push(parseInt(body.slice(i + 1, end), 8) & 0xff);
      i = end;
    } else if (ch === 'x') {
      const hex = body.slice(i + 2, i + 4);
      if (hex.length < 2 || !isHexDigit(hex.charCodeAt(0)) || !isHexDigit(hex.charCodeAt(1))) {
        return { ok: false, message: `(value error) invalid \\x escape at position ${i}` };
      }
      out.push(parseInt(hex, 16));
      i += 4;
    } else {
      out.push(0x5c, ch.charCodeAt(0));
      i += 2;
    }
  }
  return { ok: true, value: Uint8Array.from(out) };
}
