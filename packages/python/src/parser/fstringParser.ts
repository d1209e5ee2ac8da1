/**
 * The body of an f-string, split into literal text and replacement fields the way CPython 3.11's
 * Parser/string_parser.c does it (fstring_find_literal, fstring_find_expr, fstring_parse): `{{`
 * and `}}`, nested fields in format specs (one level deep), conversions `!r` `!s` `!a`, and the
 * `=` debugging specifier. Error messages are CPython's. The expressions themselves are compiled
 * by the host (see fstringExpression.ts).
 */
import type { Expression, FormattedValue, FString, FStringPart } from './ast.js';
import { decodeStrEscapes } from './stringDecoder.js';
import type { Span } from './tokens.js';

export interface FStringHost {
  /** Raises a syntax error located as CPython locates f-string errors. */
  raise(message: string): never;
  /** Parses the expression source[start, end). */
  compile(start: number, end: number): Expression;
}

/** CPython's MAXLEVEL for brackets inside one replacement field. */
const MAX_NESTING = 200;
const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

export class FStringParser {
  private pos: number;

  constructor(
    private readonly src: string,
    start: number,
    private readonly end: number,
    private readonly raw: boolean,
    /** The span every part gets: CPython gives them that of the whole (concatenated) string. */
    private readonly where: Span,
    /** The span of this one literal, which format specs get. */
    private readonly tokenSpan: Span,
    private readonly host: FStringHost,
  ) {
    this.pos = start;
  }

  /** fstring_parse at the top level. */
  parse(): FStringPart[] {
    return this.parseParts(0);
  }

  /**
   * fstring_parse. CPython's spans: text flushed before a field, and the fields themselves, get
   * the whole concatenated string's span; the text ending a format spec, and the spec, get this
   * literal's own.
   */
  private parseParts(level: number): FStringPart[] {
    const parts: FStringPart[] = [];
    let pending = '';
    for (;;) {
      const { text, doubled } = this.findLiteral(level);
      pending += text;
      if (doubled) continue;
      if (this.pos >= this.end || this.src[this.pos] === '}') break;
      const { debugText, field } = this.findExpression(level);
      pending += debugText;
      if (pending !== '') parts.push({ kind: 'FStringText', value: pending, ...this.where });
      pending = '';
      parts.push(field);
    }
    if (level !== 0 && this.src[this.pos] !== '}') this.host.raise("f-string: expecting '}'");
    if (pending !== '') parts.push({ kind: 'FStringText', value: pending, ...(level === 0 ? this.where : this.tokenSpan) });
    return parts;
  }

  /** fstring_find_literal: literal text up to a single `{`, or `}` in a format spec. */
  private findLiteral(level: number): { text: string; doubled: boolean } {
    const src = this.src;
    const start = this.pos;
    let s = this.pos;
    let doubled = false;
    while (s < this.end) {
      let ch = src[s++];
      if (!this.raw && ch === '\\' && s < this.end) {
        ch = src[s++];
        if (ch === 'N') {
          // Skip "\N{NAME}" so its brace does not start a field.
          if (s < this.end && src[s++] === '{') while (s < this.end && src[s++] !== '}');
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (level === 0) {
          if (s < this.end && src[s] === ch) {
            doubled = true;
            break;
          }
          if (ch === '}') {
            this.pos = s - 1;
            this.host.raise("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    const literal = src.slice(start, s);
    this.pos = doubled ? s + 1 : s;
    if (this.raw || literal === '') return { text: literal, doubled };
    const decoded = decodeStrEscapes(literal);
    if (!decoded.ok) this.host.raise(decoded.message);
    return { text: decoded.value, doubled };
  }

  /** fstring_find_expr: one `{...}` field, and the text its `=` specifier adds before it. */
  private findExpression(level: number): { debugText: string; field: FormattedValue } {
    const src = this.src;
    if (level >= 2) this.host.raise('f-string: expressions nested too deeply');
    this.pos++;
    const exprStart = this.pos;
    let quote = '';
    let tripleQuoted = false;
    const brackets: string[] = [];
    for (; this.pos < this.end; this.pos++) {
      const ch = src[this.pos] ?? '';
      if (ch === '\\') this.host.raise('f-string expression part cannot include a backslash');
      if (quote) {
        if (ch === quote && (!tripleQuoted || (src[this.pos + 1] === ch && src[this.pos + 2] === ch && this.pos + 2 < this.end))) {
          if (tripleQuoted) this.pos += 2;
          quote = '';
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        tripleQuoted = this.pos + 2 < this.end && src[this.pos + 1] === ch && src[this.pos + 2] === ch;
        if (tripleQuoted) this.pos += 2;
        quote = ch;
      } else if (ch === '[' || ch === '{' || ch === '(') {
        if (brackets.length >= MAX_NESTING) this.host.raise('f-string: too many nested parenthesis');
        brackets.push(ch);
      } else if (ch === '#') {
        this.host.raise("f-string expression part cannot include '#'");
      } else if (brackets.length === 0 && '!:}=<>'.includes(ch)) {
        const next = src[this.pos + 1];
        // "!=", "==", "<=" and ">=" are operators, not the end of the expression.
        if (this.pos + 1 < this.end && next === '=' && ch !== ':' && ch !== '}') {
          this.pos++;
          continue;
        }
        if (ch === '<' || ch === '>') continue;
        break;
      } else if (ch === ']' || ch === '}' || ch === ')') {
        const opening = brackets.pop();
        if (opening === undefined) this.host.raise(`f-string: unmatched '${ch}'`);
        if (CLOSER_OF[opening] !== ch) {
          this.host.raise(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
        }
      }
    }
    const exprEnd = this.pos;
    if (quote) this.host.raise('f-string: unterminated string');
    const unclosed = brackets[brackets.length - 1];
    if (unclosed !== undefined) this.host.raise(`f-string: unmatched '${unclosed}'`);
    if (this.pos >= this.end) this.expectingBrace();

    const value = this.compile(exprStart, exprEnd);
    let debugText: string | null = null;
    if (src[this.pos] === '=') {
      this.pos++;
      while (/[ \t\n\r\f\v]/.test(src[this.pos] ?? '')) this.pos++;
      if (this.pos >= this.end) this.expectingBrace();
      debugText = src.slice(exprStart, this.pos);
    }
    let conversion: 's' | 'r' | 'a' | null = null;
    if (src[this.pos] === '!') {
      this.pos++;
      if (this.pos >= this.end) this.expectingBrace();
      const c = src[this.pos++];
      if (c !== 's' && c !== 'r' && c !== 'a') {
        this.host.raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = c;
    }
    let formatSpec: FString | null = null;
    if (this.pos < this.end && src[this.pos] === ':') {
      this.pos++;
      if (this.pos >= this.end) this.expectingBrace();
      formatSpec = { kind: 'FString', parts: this.parseParts(level + 1), ...this.tokenSpan };
    }
    if (this.pos >= this.end || src[this.pos] !== '}') this.expectingBrace();
    this.pos++;
    if (debugText !== null && formatSpec === null && conversion === null) conversion = 'r';
    return { debugText: debugText ?? '', field: { kind: 'FormattedValue', value, conversion, formatSpec, ...this.where } };
  }

  /** fstring_compile_expr's check for an empty field, then the host's parse. */
  private compile(start: number, end: number): Expression {
    if (/^[ \t\n\f]*$/.test(this.src.slice(start, end))) {
      const next = this.src[end] ?? '';
      if (next === '!' || next === ':' || next === '=') this.host.raise(`f-string: expression required before '${next}'`);
      this.host.raise('f-string: empty expression not allowed');
    }
    return this.host.compile(start, end);
  }

  private expectingBrace(): never {
    return this.host.raise("f-string: expecting '}'");
  }
}
