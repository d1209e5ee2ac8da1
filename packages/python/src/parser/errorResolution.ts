/**
 * Turning a failed parse into the one error CPython 3.11 would report, following
 * `_PyPegen_set_syntax_error` and `_PyPegen_tokenize_full_source_to_check_for_errors`
 * (Parser/pegen_errors.c):
 *
 * - the parser ran into a tokenizer error: that error;
 * - a generic failure on an indent: "unexpected indent" (on a dedent: "unexpected unindent");
 * - otherwise CPython tokenizes the rest of the file, and a tokenizer error found there replaces
 *   the parser's error; so does a bracket still open at the end of the file, but only if it was
 *   opened on a line before the one the parser had reached.
 */
import { utf8Offset, type LocatedSyntaxError } from './diagnostics.js';
import { tokenLocation, type Abort, type ErrorLocation, type Parser } from './parser.js';
import type { TokenizerError } from './tokenizerErrors.js';
import { TokenKind } from './tokens.js';

export function resolveAbort(p: Parser, abort: Abort, tokenizerError: TokenizerError | null): LocatedSyntaxError {
  const fromTokenizer = (e: TokenizerError): LocatedSyntaxError => {
    const at = { lineno: e.lineno, offset: e.offset, endLineno: e.lineno, endOffset: e.endOffset };
    const d = e.byteColumns ? located(e.type, e.message, at, p) : { ...located(e.type, e.message, at, p), offset: e.offset, endOffset: e.endOffset };
    return e.text === undefined ? d : { ...d, text: e.text };
  };
  if (abort.kind === 'tokenizer') {
    if (tokenizerError === null) throw new Error('heapline invariant broken: tokenizer abort without an error');
    return fromTokenizer(tokenizerError);
  }
  const last = p.tokens[p.furthest] ?? p.peek();
  if (abort.kind === 'generic' && (last.kind === TokenKind.Indent || last.kind === TokenKind.Dedent)) {
    const message = last.kind === TokenKind.Indent ? 'unexpected indent' : 'unexpected unindent';
    return located('IndentationError', message, tokenLocation(last), p);
  }
  if (tokenizerError !== null) {
    if (tokenizerError.kind === 'token') return fromTokenizer(tokenizerError);
    const reached = p.tokens[p.furthestAny] ?? last;
    if (reached.line > tokenizerError.lineno) return fromTokenizer(tokenizerError);
  }
  if (abort.kind === 'generic') return located('SyntaxError', 'invalid syntax', tokenLocation(last), p);
  if (abort.text !== undefined) {
    // An f-string expression's error, already located on its own text.
    const { lineno, offset, endLineno, endOffset } = abort.at;
    return { type: abort.type, message: abort.message, lineno, offset, endLineno, endOffset, text: abort.text };
  }
  return located(abort.type, abort.message, abort.at, p);
}

/** An error located as CPython's parser locates it: columns in UTF-8 bytes (see utf8Offset). */
function located(type: LocatedSyntaxError['type'], message: string, at: ErrorLocation, p: Parser): LocatedSyntaxError {
  const text = p.text.lineText(at.lineno);
  return {
    type,
    message,
    lineno: at.lineno,
    offset: utf8Offset(text, at.offset),
    endLineno: at.endLineno,
    endOffset: utf8Offset(p.text.lineText(at.endLineno), at.endOffset),
    text,
  };
}
