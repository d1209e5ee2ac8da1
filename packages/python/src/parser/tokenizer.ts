/**
 * The tokenizer: Python source text in, tokens out, with NewLine, Indent and Dedent tokens as
 * CPython 3.11's Parser/tokenizer.c produces them (pyright's tokenizer.ts is the model for the
 * shape). Newlines inside brackets and after a backslash are implicit line joins; blank and
 * comment-only lines do not affect indentation. The first tokenizer error ends the stream with an
 * Error token; the error itself, with CPython's message and location, is in the output.
 */
import { indentationAfterNewline, IndentStack } from './indentation.js';
import { scanNumber } from './numberScanner.js';
import { scanOperator } from './operatorScanner.js';
import { scanStringBody, scanStringPrefix } from './stringScanner.js';
import { isDigit, isPotentialIdentifierChar, isPotentialIdentifierStart } from './characters.js';
import { identifierError, type TokenizerError } from './tokenizerErrors.js';
import { TokenKind, TokenRecord, isKeyword, type Operator, type Token } from './tokens.js';
import type { SourceText } from './sourceText.js';

/** An open bracket, as CPython's tokenizer remembers it (parenstack, parenlinenostack...). */
export interface OpenBracket {
  readonly char: '(' | '[' | '{';
  readonly line: number;
  readonly col: number;
}

export interface TokenizerOutput {
  readonly tokens: readonly Token[];
  /** The first tokenizer error, if any: the token stream stops there with an Error token. */
  readonly error: TokenizerError | null;
}

const CLOSING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

/** Tokenizes `text` (see {@link SourceText}); never throws on bad input. */
export function tokenize(text: SourceText): TokenizerOutput {
  return new Tokenizer(text).run();
}

class Tokenizer {
  private readonly src: string;
  private readonly tokens: Token[] = [];
  private readonly brackets: OpenBracket[] = [];
  private readonly indents = new IndentStack();
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private atLineStart = true;
  /** Whether the current logical line has produced a token yet. */
  private lineHasTokens = false;
  /** Start of the first line holding a NUL character (CPython refuses it when it reads that line). */
  private readonly nulLineStart: number;

  constructor(private readonly text: SourceText) {
    this.src = text.source;
    const nul = this.src.indexOf('\0');
    this.nulLineStart = nul < 0 ? Infinity : text.lineStart(text.lineOf(nul));
  }

  /** CPython's check on each line it reads: "source code cannot contain null bytes". */
  private checkNul(upTo: number): void {
    if (upTo < this.nulLineStart) return;
    const lineno = this.text.lineOf(this.nulLineStart);
    const line = this.text.lineText(lineno);
    const text = line.slice(0, line.indexOf('\0'));
    this.stop({ kind: 'token', type: 'SyntaxError', message: 'source code cannot contain null bytes', lineno, offset: 0, endOffset: 0, text }, upTo);
  }

  run(): TokenizerOutput {
    try {
      while (this.step()) {
        // One token (or one line's indentation) per step.
      }
      return { tokens: this.tokens, error: null };
    } catch (e) {
      if (!(e instanceof TokenizerStop)) throw e;
      const at = Math.min(e.at, this.src.length);
      this.push(TokenKind.Error, at, at);
      this.tokens.push(new TokenRecord(TokenKind.EndOfStream, at, at, this.text.lineCount, 0, 0, 0) as Token);
      return { tokens: this.tokens, error: e.error };
    }
  }

  /** Throws the tokenizer error `error`, detected at source offset `at`. */
  private stop(error: TokenizerError, at: number): never {
    throw new TokenizerStop(error, at);
  }

  /** Appends a token; every token object gets the same fields in the same order (one shape). */
  private push(kind: Token['kind'], start: number, end: number, value?: string): void {
    if (kind !== TokenKind.NewLine && kind !== TokenKind.Indent && kind !== TokenKind.Dedent) this.lineHasTokens = true;
    const token = new TokenRecord(kind, start, end, this.line, this.col(start), this.col(end), this.brackets.length);
    token.value = value;
    this.tokens.push(token as Token);
  }

  /** Column of `offset` on the current line. */
  private col(offset: number): number {
    return this.text.column(this.lineStart, offset);
  }

  private newLine(at: number): void {
    this.line++;
    this.lineStart = at + 1;
  }

  private step(): boolean {
    const src = this.src;
    this.checkNul(this.pos);
    if (this.atLineStart) {
      this.atLineStart = false;
      const result = indentationAfterNewline(this.text, this.indents, this.pos, this.line, this.brackets.length > 0);
      if (result.error) this.stop(result.error, this.pos);
      for (let i = 0; i < result.dedents; i++) this.push(TokenKind.Dedent, result.firstChar, result.firstChar);
      if (result.indent) this.push(TokenKind.Indent, result.firstChar, result.firstChar);
      this.pos = result.firstChar;
    }
    // Skip spaces, tabs and form feeds.
    let c = src.charCodeAt(this.pos);
    while (c === 0x20 || c === 0x09 || c === 0x0c) c = src.charCodeAt(++this.pos);
    const start = this.pos;

    // A comment runs to the end of the line; the NewLine token that follows starts at it.
    let commentStart = -1;
    if (c === 0x23) {
      commentStart = start;
      const nl = src.indexOf('\n', start);
      this.pos = nl < 0 ? src.length : nl;
      c = src.charCodeAt(this.pos);
    }

    if (this.pos >= src.length) return this.endOfSource();

    if (c === 0x0a) {
      // Blank and comment-only lines, and newlines inside brackets, produce no NewLine token.
      if (this.lineHasTokens && this.brackets.length === 0) {
        this.push(TokenKind.NewLine, commentStart >= 0 ? commentStart : this.pos, this.pos);
        this.lineHasTokens = false;
      }
      this.newLine(this.pos);
      this.pos++;
      this.atLineStart = true;
      return true;
    }
    if (isPotentialIdentifierStart(c)) {
      this.nameOrString(start);
      return true;
    }
    if (isDigit(c) || (c === 0x2e && isDigit(src.charCodeAt(start + 1)))) {
      this.number(start);
      return true;
    }
    if (c === 0x22 || c === 0x27) {
      this.string(start, start, { raw: false, bytes: false, format: false });
      return true;
    }
    if (c === 0x5c) {
      this.continuation(start);
      return true;
    }
    this.operator(start);
    return true;
  }

  private endOfSource(): boolean {
    const at = this.src.length;
    const innermost = this.brackets[this.brackets.length - 1];
    if (innermost) {
      this.stop({ kind: 'unclosed', type: 'SyntaxError', message: `'${innermost.char}' was never closed`, lineno: innermost.line, offset: innermost.col + 1, endOffset: -1, byteColumns: true }, at);
    }
    const eof = this.text.lineCount;
    this.line = eof;
    for (let i = this.indents.depth; i > 0; i--) this.tokens.push(new TokenRecord(TokenKind.Dedent, at, at, eof, 0, 0, 0) as Token);
    this.tokens.push(new TokenRecord(TokenKind.EndOfStream, at, at, eof, 0, 0, 0) as Token);
    return false;
  }

  private nameOrString(start: number): void {
    const src = this.src;
    const prefixed = scanStringPrefix(src, start);
    if (prefixed) {
      this.string(start, prefixed.quote, prefixed.prefix);
      return;
    }
    let end = start;
    let ascii = true;
    for (let c = src.charCodeAt(end); isPotentialIdentifierChar(c); c = src.charCodeAt(++end)) {
      if (c >= 128) ascii = false;
    }
    const word = src.slice(start, end);
    if (!ascii) {
      const bad = identifierError(word, this.col(start), this.line);
      if (bad) this.stop(bad, start);
    }
    this.pos = end;
    if (isKeyword(word)) this.push(TokenKind.Keyword, start, end, word);
    else this.push(TokenKind.Name, start, end, ascii ? word : word.normalize('NFKC'));
  }

  private number(start: number): void {
    const scan = scanNumber(this.src, start);
    if (!scan.ok) {
      const offset = scan.range ? this.col(scan.range[0]) + 1 : this.col(scan.cur);
      const endOffset = scan.range ? this.col(scan.range[1]) : offset;
      this.stop({ kind: 'token', type: 'SyntaxError', message: scan.message, lineno: this.line, offset, endOffset }, start);
    }
    this.pos = scan.end;
    const token = new TokenRecord(TokenKind.Number, start, scan.end, this.line, this.col(start), this.col(scan.end), this.brackets.length);
    token.text = this.src.slice(start, scan.end);
    token.numberKind = scan.numberKind;
    this.lineHasTokens = true;
    this.tokens.push(token as Token);
  }

  private string(start: number, quote: number, prefix: { raw: boolean; bytes: boolean; format: boolean }): void {
    const scan = scanStringBody(this.src, quote);
    this.checkNul(scan.ok ? scan.end : scan.detectedAt);
    if (!scan.ok) {
      const detected = this.text.lineOf(scan.detectedAt);
      const what = scan.triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
      const offset = this.col(start) + 1;
      this.stop({ kind: 'token', type: 'SyntaxError', message: `${what} (detected at line ${detected})`, lineno: this.line, offset, endOffset: offset }, start);
    }
    const line = this.line;
    const col = this.col(start);
    // A string may span lines (triple quotes, or a backslash before a newline).
    let nl = this.src.indexOf('\n', quote);
    while (nl >= 0 && nl < scan.end) {
      this.newLine(nl);
      nl = this.src.indexOf('\n', nl + 1);
    }
    this.pos = scan.end;
    this.lineHasTokens = true;
    const token = new TokenRecord(TokenKind.String, start, scan.end, line, col, this.col(scan.end), this.brackets.length);
    token.endLine = this.line;
    token.prefix = prefix;
    token.quoteLength = scan.quoteLength;
    token.bodyStart = scan.bodyStart;
    token.bodyEnd = scan.bodyEnd;
    this.tokens.push(token as Token);
  }

  /** A backslash: must be followed by a newline, which then joins the next line to this one. */
  private continuation(start: number): void {
    const src = this.src;
    if (src.charCodeAt(start + 1) !== 0x0a) {
      const offset = this.col(start) + 2;
      this.stop({ kind: 'token', type: 'SyntaxError', message: 'unexpected character after line continuation character', lineno: this.line, offset, endOffset: -1, byteColumns: true }, start);
    }
    if (start + 2 >= src.length) {
      const innermost = this.brackets[this.brackets.length - 1];
      if (innermost) {
        this.stop({ kind: 'unclosed', type: 'SyntaxError', message: `'${innermost.char}' was never closed`, lineno: innermost.line, offset: innermost.col + 1, endOffset: -1, byteColumns: true }, start);
      }
      // CPython shows no caret when the backslash is the first thing on its logical line.
      const offset = this.lineHasTokens ? this.col(start) + 3 : 0;
      this.stop({ kind: 'token', type: 'SyntaxError', message: 'unexpected EOF while parsing', lineno: this.line, offset, endOffset: -1, byteColumns: true }, start);
    }
    this.newLine(start + 1);
    this.pos = start + 2;
  }

  private operator(start: number): void {
    const src = this.src;
    const scanned = scanOperator(src, start, this.line, this.col(start));
    if ('error' in scanned) this.stop(scanned.error, start);
    const op: Operator = scanned.op;
    if (op === '(' || op === '[' || op === '{') {
      this.brackets.push({ char: op, line: this.line, col: this.col(start) });
    } else if (op === ')' || op === ']' || op === '}') {
      const open = this.brackets.pop();
      const offset = this.col(start) + 1;
      if (!open) {
        this.stop({ kind: 'token', type: 'SyntaxError', message: `unmatched '${op}'`, lineno: this.line, offset, endOffset: offset }, start);
      }
      if (CLOSING[op] !== open.char) {
        const where = open.line !== this.line ? ` on line ${open.line}` : '';
        const message = `closing parenthesis '${op}' does not match opening parenthesis '${open.char}'${where}`;
        this.stop({ kind: 'token', type: 'SyntaxError', message, lineno: this.line, offset, endOffset: offset }, start);
      }
    }
    this.pos = start + op.length;
    this.push(TokenKind.Op, start, this.pos, op);
  }
}

class TokenizerStop {
  constructor(
    readonly error: TokenizerError,
    readonly at: number,
  ) {}
}
