/**
 * Scans a numeric literal the way CPython 3.11's tokenizer does (the "Number" part of tok_get in
 * Parser/tokenizer.c), including where it leaves its cursor on an error: CPython reports a
 * tokenizer error at the column just before the cursor, so the caret lands where it does.
 */
import { isDigit, isHexDigit, isPotentialIdentifierChar } from './characters.js';

export type NumberScan =
  | { readonly ok: true; readonly end: number; readonly numberKind: 'int' | 'float' | 'imaginary' }
  | {
      readonly ok: false;
      readonly message: string;
      /** Offset of the tokenizer's cursor when it gave up. */
      readonly cur: number;
      /** For errors CPython reports with a known range (leading zeros): [start, end) offsets. */
      readonly range?: readonly [number, number];
    };

class Fail {
  constructor(
    readonly message: string,
    readonly cur: number,
    readonly range?: readonly [number, number],
  ) {}
}

/** Scans the number starting at `start` (a digit, or a '.' followed by a digit). */
export function scanNumber(src: string, start: number): NumberScan {
  let cur = start;
  const nextc = (): number => (cur < src.length ? src.charCodeAt(cur++) : (cur++, -1));
  const backup = (): void => {
    cur--;
  };
  const fail = (message: string, range?: readonly [number, number]): never => {
    throw new Fail(message, cur, range);
  };

  // verify_end_of_number: a letter glued to a number is an error, unless it starts one of the
  // keywords that may follow a number in valid code ("1if x else 2" only warns).
  const verifyEnd = (c: number, kind: string): void => {
    const ch = c >= 0 ? String.fromCharCode(c) : '';
    const rest = src.slice(cur);
    const keywordFollows =
      (ch === 'a' && rest.startsWith('nd')) ||
      (ch === 'e' && rest.startsWith('lse')) ||
      (ch === 'f' && rest.startsWith('or')) ||
      (ch === 'i' && /^[fns]/.test(rest)) ||
      (ch === 'o' && rest.startsWith('r')) ||
      (ch === 'n' && rest.startsWith('ot'));
    if (!keywordFollows && c >= 0 && isPotentialIdentifierChar(c)) {
      backup();
      fail(`invalid ${kind} literal`);
    }
  };
  // tok_decimal_tail: digits with single underscores between them.
  const decimalTail = (): number => {
    for (;;) {
      let c: number;
      do c = nextc();
      while (isDigit(c));
      if (c !== 0x5f) return c;
      c = nextc();
      if (!isDigit(c)) {
        backup();
        fail('invalid decimal literal');
      }
    }
  };
  // Digits of a 0x / 0o / 0b literal, underscores allowed before each group.
  const radixDigits = (isRadixDigit: (c: number) => boolean, name: string): number => {
    let c = nextc();
    do {
      if (c === 0x5f) c = nextc();
      if (!isRadixDigit(c)) {
        if (name !== 'hexadecimal' && isDigit(c)) fail(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
        backup();
        fail(`invalid ${name} literal`);
      }
      do c = nextc();
      while (isRadixDigit(c));
    } while (c === 0x5f);
    if (name !== 'hexadecimal' && isDigit(c)) fail(`invalid digit '${String.fromCharCode(c)}' in ${name} literal`);
    verifyEnd(c, name);
    return c;
  };

  const finish = (kind: 'int' | 'float' | 'imaginary'): NumberScan => {
    backup();
    return { ok: true, end: cur, numberKind: kind };
  };

  // Fraction, exponent and imaginary suffix, entered with `c` the character after the '.' (or
  // after the integer part) and `kind` what has been seen so far.
  const afterInteger = (c: number, kind: 'int' | 'float', state: 'dot' | 'fraction' | 'exp'): NumberScan => {
    if (state === 'dot') {
      if (isDigit(c)) c = decimalTail();
      kind = 'float';
    }
    if (state !== 'exp' && c !== 0x65 && c !== 0x45) {
      if (c === 0x6a || c === 0x4a) {
        c = nextc();
        verifyEnd(c, 'imaginary');
        return finish('imaginary');
      }
      verifyEnd(c, 'decimal');
      return finish(kind);
    }
    // Exponent part.
    const e = c;
    c = nextc();
    if (c === 0x2b || c === 0x2d) {
      c = nextc();
      if (!isDigit(c)) {
        backup();
        fail('invalid decimal literal');
      }
    } else if (!isDigit(c)) {
      backup();
      verifyEnd(e, 'decimal');
      backup();
      return { ok: true, end: cur, numberKind: kind };
    }
    c = decimalTail();
    if (c === 0x6a || c === 0x4a) {
      c = nextc();
      verifyEnd(c, 'imaginary');
      return finish('imaginary');
    }
    verifyEnd(c, 'decimal');
    return finish('float');
  };

  try {
    let c = nextc();
    if (c === 0x2e) return afterInteger(nextc(), 'float', 'dot');
    if (c !== 0x30) {
      c = decimalTail();
      if (c === 0x2e) return afterInteger(nextc(), 'float', 'dot');
      return afterInteger(c, 'int', 'fraction');
    }
    c = nextc();
    if (c === 0x78 || c === 0x58) {
      radixDigits(isHexDigit, 'hexadecimal');
      return finish('int');
    }
    if (c === 0x6f || c === 0x4f) {
      radixDigits((d) => d >= 0x30 && d <= 0x37, 'octal');
      return finish('int');
    }
    if (c === 0x62 || c === 0x42) {
      radixDigits((d) => d === 0x30 || d === 0x31, 'binary');
      return finish('int');
    }
    // "0", "00", "0_0", or an old-style octal, which is an error.
    let nonzero = false;
    for (;;) {
      if (c === 0x5f) {
        c = nextc();
        if (!isDigit(c)) {
          backup();
          fail('invalid decimal literal');
        }
      }
      if (c !== 0x30) break;
      c = nextc();
    }
    const zerosEnd = cur;
    if (isDigit(c)) {
      nonzero = true;
      c = decimalTail();
    }
    if (c === 0x2e) return afterInteger(nextc(), 'float', 'dot');
    if (c === 0x65 || c === 0x45 || c === 0x6a || c === 0x4a) return afterInteger(c, 'int', 'fraction');
    if (nonzero) {
      backup();
      fail(
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        [start, zerosEnd],
      );
    }
    verifyEnd(c, 'decimal');
    return finish('int');
  } catch (e) {
    if (e instanceof Fail) return { ok: false, message: e.message, cur: e.cur, ...(e.range ? { range: e.range } : {}) };
    throw e;
  }
}
