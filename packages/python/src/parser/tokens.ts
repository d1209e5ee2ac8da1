/**
 * Token types produced by the tokenizer. Positions follow CPython's tokenizer: `line` is 1-based,
 * `col` and `endCol` are 0-based offsets from the start of their line, `start` and `end` are
 * offsets into the (newline-normalised) source, `end` exclusive.
 */

/** The kinds of token. `as const` strings rather than an enum, as the house style asks. */
export const TokenKind = {
  Name: 'name',
  Keyword: 'keyword',
  Number: 'number',
  String: 'string',
  Op: 'op',
  NewLine: 'newline',
  Indent: 'indent',
  Dedent: 'dedent',
  EndOfStream: 'eof',
  /** Where the tokenizer stopped on an error; the error itself is in the tokenizer's output. */
  Error: 'error',
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Python 3.11's hard keywords (`match`, `case` and `_` are soft keywords: plain names here). */
export const KEYWORDS = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with',
  'yield',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

const keywordSet: ReadonlySet<string> = new Set(KEYWORDS);

/** True if `name` is a hard keyword. */
export function isKeyword(name: string): name is Keyword {
  return keywordSet.has(name);
}

/**
 * Operators and delimiters, longest first within each length so the tokenizer can match greedily.
 * `$`, `?`, `!` and a lone backquote are tokenized as operators, as CPython does, and rejected by
 * the parser with "invalid syntax".
 */
export const OPERATORS_3 = ['**=', '//=', '>>=', '<<=', '...'] as const;
export const OPERATORS_2 = [
  '**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=',
  '^=', '@=', ':=', '<>',
] as const;
export const OPERATORS_1 = [
  '+', '-', '*', '/', '%', '@', '&', '|', '^', '~', '<', '>', '(', ')', '[', ']', '{', '}', ',',
  ':', ';', '.', '=', '!', '$', '?', '`',
] as const;
export type Operator =
  | (typeof OPERATORS_3)[number]
  | (typeof OPERATORS_2)[number]
  | (typeof OPERATORS_1)[number];

/** Augmented assignment operators, mapped to their binary operator. */
export const AUGMENTED_ASSIGN: ReadonlyMap<string, string> = new Map([
  ['+=', '+'], ['-=', '-'], ['*=', '*'], ['/=', '/'], ['//=', '//'], ['%=', '%'], ['**=', '**'],
  ['@=', '@'], ['&=', '&'], ['|=', '|'], ['^=', '^'], ['<<=', '<<'], ['>>=', '>>'],
]);

/** Where a token sits in the source. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
}

/** What every token has: its span, and how many brackets enclose it (CPython's token level). */
export interface TokenBase extends Span {
  readonly level: number;
}

export interface NameToken extends TokenBase {
  readonly kind: typeof TokenKind.Name;
  /** The identifier, NFKC-normalised as CPython does. */
  readonly value: string;
}

export interface KeywordToken extends TokenBase {
  readonly kind: typeof TokenKind.Keyword;
  readonly value: Keyword;
}

export interface NumberToken extends TokenBase {
  readonly kind: typeof TokenKind.Number;
  /** The literal as written, underscores included. */
  readonly text: string;
  readonly numberKind: 'int' | 'float' | 'imaginary';
}

/** The prefix letters of a string literal. */
export interface StringPrefix {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly format: boolean;
}

export interface StringToken extends TokenBase {
  readonly kind: typeof TokenKind.String;
  readonly prefix: StringPrefix;
  readonly quoteLength: 1 | 3;
  /** Offsets of the text between the quotes. */
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

export interface OpToken extends TokenBase {
  readonly kind: typeof TokenKind.Op;
  readonly value: Operator;
}

export interface PlainToken extends TokenBase {
  readonly kind:
    | typeof TokenKind.NewLine
    | typeof TokenKind.Indent
    | typeof TokenKind.Dedent
    | typeof TokenKind.EndOfStream
    | typeof TokenKind.Error;
}

export type Token = NameToken | KeywordToken | NumberToken | StringToken | OpToken | PlainToken;

/**
 * The one runtime shape of every token (a class, so V8 gives all tokens one hidden class: object
 * literals of this size were four times slower to create). Typed as {@link Token} for readers.
 */
export class TokenRecord {
  endLine: number;
  value: string | undefined = undefined;
  text: string | undefined = undefined;
  numberKind: NumberToken['numberKind'] | undefined = undefined;
  prefix: StringPrefix | undefined = undefined;
  quoteLength: 1 | 3 | undefined = undefined;
  bodyStart = 0;
  bodyEnd = 0;

  constructor(
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    readonly col: number,
    public endCol: number,
    readonly level: number,
  ) {
    this.endLine = line;
  }
}
