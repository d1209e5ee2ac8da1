/**
 * Errors found by the tokenizer, located as CPython 3.11's tokenizer locates them (its
 * `syntaxerror()` reports the column just before its cursor, 1-based).
 */
import { codePointHex, invalidIdentifierIndex, isPrintable } from './characters.js';
import type { SyntaxErrorType } from './diagnostics.js';

export interface TokenizerError {
  /** `unclosed`: the source ended inside brackets; CPython reports it only in some cases. */
  readonly kind: 'token' | 'unclosed';
  readonly type: SyntaxErrorType;
  readonly message: string;
  readonly lineno: number;
  readonly offset: number;
  readonly endOffset: number;
  /**
   * Set for the errors CPython raises from its parser rather than its tokenizer (unclosed
   * bracket, bad dedent, continuation character, end of file): their columns, counted here in
   * code points, are reported in UTF-8 bytes (see utf8Offset).
   */
  readonly byteColumns?: boolean;
  /** The line to show, when it is not simply line `lineno` of the source. */
  readonly text?: string;
}

/**
 * The error for a word the tokenizer took as an identifier (CPython's verify_identifier), or
 * null if it is one. `col` is the word's 0-based column.
 */
export function identifierError(word: string, col: number, line: number): TokenizerError | null {
  const bad = invalidIdentifierIndex(word);
  if (bad < 0) return null;
  const codePoint = word.codePointAt(bad) ?? 0;
  const ch = String.fromCodePoint(codePoint);
  const message = isPrintable(ch)
    ? `invalid character '${ch}' (U+${codePointHex(codePoint)})`
    : `invalid non-printable character U+${codePointHex(codePoint)}`;
  const offset = col + bad + 1;
  return { kind: 'token', type: 'SyntaxError', message, lineno: line, offset, endOffset: offset };
}
