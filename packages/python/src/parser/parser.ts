/**
 * The parser's state: a cursor over the token list, and the ways a parse can fail. The grammar
 * itself lives in the parse*.ts modules as functions taking a {@link Parser}.
 *
 * Only the first syntax error matters (CPython reports one), so a failure unwinds the whole parse
 * with a {@link ParseAbort}, caught in parseModule.ts; it never leaves the package. A failure is
 * either "generic" (CPython's bare "invalid syntax", placed at the furthest token the parser looked
 * at, as CPython places it at the last token it fetched) or a specific message at a known place,
 * as CPython's `invalid_*` grammar rules raise.
 */
import type { Expression } from './ast.js';
import type { SyntaxErrorType } from './diagnostics.js';
import type { SourceText } from './sourceText.js';
import { TokenKind, type Keyword, type Operator, type Span, type Token } from './tokens.js';

/** A located error, with CPython's 1-based offsets. */
export interface ErrorLocation {
  readonly lineno: number;
  readonly offset: number;
  readonly endLineno: number;
  readonly endOffset: number;
}

export type Abort =
  | { readonly kind: 'generic' }
  | { readonly kind: 'tokenizer' }
  | { readonly kind: 'specific'; readonly type: SyntaxErrorType; readonly message: string; readonly at: ErrorLocation; readonly text?: string };

/** Thrown to end the parse at the first error. */
export class ParseAbort {
  constructor(readonly abort: Abort) {}
}

/** The span from the start of `a` to the end of `b`. */
export function span(a: Span, b: Span): Span {
  return { start: a.start, end: b.end, line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}

/** Where CPython reports an error "at" token `t` (its col_offset is -1 for indents, dedents
 * and the end marker, which makes the caret disappear). */
export function tokenLocation(t: Token): ErrorLocation {
  if (t.kind === TokenKind.Indent || t.kind === TokenKind.Dedent || t.kind === TokenKind.EndOfStream) {
    return { lineno: t.line, offset: t.col, endLineno: t.line, endOffset: -1 };
  }
  return { lineno: t.line, offset: t.col + 1, endLineno: t.endLine, endOffset: t.endCol + 1 };
}

export class Parser {
  /** Index of the current token. */
  pos = 0;
  /**
   * Index of the furthest token looked at, outside error-rule lookaheads: where a generic error
   * is reported (CPython uses the last token of its first pass).
   */
  furthest = 0;
  /** The furthest token looked at including error-rule lookaheads (CPython's second pass). */
  furthestAny = 0;
  /** Expressions written inside their own parentheses, `(x)`: matters only to error messages. */
  readonly parenthesized = new WeakSet<Expression>();
  /** Above zero while parsing CPython's `*_without_invalid` rules: error rules are off. */
  suppressErrorRules = 0;

  constructor(
    readonly text: SourceText,
    readonly tokens: readonly Token[],
  ) {}

  get source(): string {
    return this.text.source;
  }

  /** The token `k` places ahead; touching the tokenizer's error token ends the parse with it. */
  peek(k = 0): Token {
    const i = Math.min(this.pos + k, this.tokens.length - 1);
    if (i > this.furthest) this.furthest = i;
    if (i > this.furthestAny) this.furthestAny = i;
    const t = this.tokens[i];
    if (t === undefined || t.kind === TokenKind.Error) throw new ParseAbort({ kind: 'tokenizer' });
    return t;
  }

  next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  /** The token just consumed. */
  previous(): Token {
    const t = this.tokens[this.pos - 1];
    if (t === undefined) throw new ParseAbort({ kind: 'generic' });
    return t;
  }

  /** The last token consumed that is not a newline, indent or dedent (where a statement ends). */
  lastReal(): Token {
    for (let i = this.pos - 1; i >= 0; i--) {
      const t = this.tokens[i];
      if (t && t.kind !== TokenKind.NewLine && t.kind !== TokenKind.Indent && t.kind !== TokenKind.Dedent) return t;
    }
    return this.previous();
  }

  atOp(op: Operator, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === TokenKind.Op && t.value === op;
  }

  atKeyword(keyword: Keyword, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === TokenKind.Keyword && t.value === keyword;
  }

  atKind(kind: Token['kind'], k = 0): boolean {
    return this.peek(k).kind === kind;
  }

  eatOp(op: Operator): Token | null {
    return this.atOp(op) ? this.next() : null;
  }

  eatKeyword(keyword: Keyword): Token | null {
    return this.atKeyword(keyword) ? this.next() : null;
  }

  /** Consumes `op` or fails with "invalid syntax". */
  expectOp(op: Operator): Token {
    return this.eatOp(op) ?? this.fail();
  }

  expectKeyword(keyword: Keyword): Token {
    return this.eatKeyword(keyword) ?? this.fail();
  }

  /** CPython's forced token (`&&':'` in the grammar): "expected ':'" at whatever is there. */
  forceOp(op: Operator): Token {
    const t = this.peek();
    if (t.kind === TokenKind.Op && t.value === op) return this.next();
    return this.raiseAt(`expected '${op}'`, tokenLocation(t));
  }

  expectName(): Token & { readonly value: string } {
    const t = this.peek();
    if (t.kind !== TokenKind.Name) this.fail();
    this.next();
    return t;
  }

  /** The generic "invalid syntax" failure. */
  fail(): never {
    throw new ParseAbort({ kind: 'generic' });
  }

  raiseAt(message: string, at: ErrorLocation, type: SyntaxErrorType = 'SyntaxError'): never {
    throw new ParseAbort({ kind: 'specific', type, message, at });
  }

  /** An error over the source from the start of `from` to the end of `to` (RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  raiseRange(message: string, from: Span, to: Span = from, type: SyntaxErrorType = 'SyntaxError'): never {
    return this.raiseAt(message, { lineno: from.line, offset: from.col + 1, endLineno: to.endLine, endOffset: to.endCol + 1 }, type);
  }

  /** An error at the furthest token fetched (CPython's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR). */
  raiseAtLastToken(message: string, type: SyntaxErrorType = 'SyntaxError'): never {
    const t = this.tokens[this.furthestAny] ?? this.peek();
    return this.raiseAt(message, tokenLocation(t), type);
  }

  /** Runs `attempt` speculatively: returns its result, or null (position restored) if it fails. */
  tryParse<T>(attempt: () => T): T | null {
    const saved = this.pos;
    try {
      return attempt();
    } catch (e) {
      // Specific errors and tokenizer errors stand, as they do in CPython's second pass.
      if (!(e instanceof ParseAbort) || e.abort.kind !== 'generic') throw e;
      this.pos = saved;
      return null;
    }
  }

  /**
   * Runs `attempt` with the error rules off and the position restored afterwards, as CPython's
   * `expression_without_invalid` lookaheads do; any failure but a tokenizer error gives null.
   */
  speculate<T>(attempt: () => T): T | null {
    const saved = this.pos;
    const furthest = this.furthest;
    this.suppressErrorRules++;
    try {
      return attempt();
    } catch (e) {
      if (!(e instanceof ParseAbort) || e.abort.kind === 'tokenizer') throw e;
      return null;
    } finally {
      this.suppressErrorRules--;
      this.pos = saved;
      this.furthest = furthest;
    }
  }

  /** Runs `attempt` with the error rules off (CPython's `*_without_invalid` rules), not restoring the position. */
  withoutErrorRules<T>(attempt: () => T): T {
    this.suppressErrorRules++;
    try {
      return attempt();
    } finally {
      this.suppressErrorRules--;
    }
  }

  /** Index of the token starting at source offset `offset` (or the first one after it). */
  tokenIndexAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    // Indents and dedents are zero-width tokens sharing the offset of the token after them.
    while (this.tokens[lo]?.kind === TokenKind.Indent || this.tokens[lo]?.kind === TokenKind.Dedent) lo++;
    return lo;
  }

  /** Runs `attempt` and always restores the position afterwards. */
  lookahead<T>(attempt: () => T): T | null {
    const saved = this.pos;
    try {
      return this.tryParse(attempt);
    } finally {
      this.pos = saved;
    }
  }
}
