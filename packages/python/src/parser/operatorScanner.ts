/**
 * Operators and delimiters, matched longest first (CPython's PyToken_ThreeChars, TwoChars and
 * OneChar). Any other printable ASCII character becomes a one-character operator token that the
 * parser rejects, as in CPython; a non-printable one is a tokenizer error.
 */
import { codePointHex } from './characters.js';
import type { TokenizerError } from './tokenizerErrors.js';
import { OPERATORS_1, OPERATORS_2, OPERATORS_3, type Operator } from './tokens.js';

const THREE: ReadonlySet<string> = new Set(OPERATORS_3);
const TWO: ReadonlySet<string> = new Set(OPERATORS_2);
const ONE: ReadonlySet<string> = new Set(OPERATORS_1);

export function scanOperator(
  src: string,
  start: number,
  line: number,
  col: number,
): { readonly op: Operator } | { readonly error: TokenizerError } {
  const three = src.slice(start, start + 3);
  if (THREE.has(three)) return { op: three as Operator };
  const two = three.slice(0, 2);
  if (TWO.has(two)) return { op: two as Operator };
  const one = three.slice(0, 1);
  if (ONE.has(one)) return { op: one as Operator };
  const code = src.charCodeAt(start);
  const offset = col + 1;
  if (code < 0x20 || code === 0x7f) {
    const message = `invalid non-printable character U+${codePointHex(code)}`;
    return { error: { kind: 'token', type: 'SyntaxError', message, lineno: line, offset, endOffset: offset } };
  }
  // Other printable ASCII (there is none left but the ones listed): reject as an operator would be.
  return { op: one as Operator };
}
