/**
 * Adjacent string literals, concatenated into one Str, Bytes or FString node, as CPython 3.11's
 * `_PyPegen_concatenate_strings` does, with its errors. Those errors are raised by a grammar action
 * after the parser has fetched the token that follows the strings, so CPython reports them there.
 */
import type { Expression, FStringPart } from './ast.js';
import { parseFStringExpression } from './fstringExpression.js';
import { FStringParser } from './fstringParser.js';
import { span, type Parser } from './parser.js';
import { decodeBytes, decodeStrEscapes } from './stringDecoder.js';
import { TokenKind, type Span, type StringToken } from './tokens.js';

/** strings: STRING+ */
export function parseStrings(p: Parser): Expression {
  const tokens: StringToken[] = [];
  for (let t = p.peek(); t.kind === TokenKind.String; t = p.peek()) {
    tokens.push(t);
    p.next();
  }
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return p.fail();
  const whole = span(first, last);
  const bytesCount = tokens.filter((t) => t.prefix.bytes).length;
  if (bytesCount > 0 && bytesCount < tokens.length) p.raiseAtLastToken('cannot mix bytes and nonbytes literals');
  if (bytesCount > 0) return concatenateBytes(p, tokens, whole);

  const parts: FStringPart[] = [];
  let isFormat = false;
  for (const t of tokens) {
    const body = p.source.slice(t.bodyStart, t.bodyEnd);
    if (t.prefix.format) {
      isFormat = true;
      const fstring = new FStringParser(p.source, t.bodyStart, t.bodyEnd, t.prefix.raw, whole, span(t, t), {
        raise: (message) => p.raiseAtLastToken(message),
        compile: (start, end) => parseFStringExpression(p, start, end),
      });
      for (const part of fstring.parse()) pushPart(parts, part);
    } else {
      const decoded = t.prefix.raw ? { ok: true as const, value: body } : decodeStrEscapes(body);
      if (!decoded.ok) p.raiseAtLastToken(decoded.message);
      pushPart(parts, { kind: 'FStringText', value: decoded.value, ...whole });
    }
  }
  if (isFormat) return { kind: 'FString', parts: parts.filter((x) => x.kind !== 'FStringText' || x.value !== ''), ...whole };
  const text = parts.map((part) => (part.kind === 'FStringText' ? part.value : '')).join('');
  return { kind: 'Str', value: text, ...whole };
}

/** Appends `part`, merging adjacent text. */
function pushPart(parts: FStringPart[], part: FStringPart): void {
  const previous = parts[parts.length - 1];
  if (part.kind === 'FStringText' && previous?.kind === 'FStringText') {
    parts[parts.length - 1] = { ...previous, value: previous.value + part.value };
  } else {
    parts.push(part);
  }
}

function concatenateBytes(p: Parser, tokens: readonly StringToken[], whole: Span): Expression {
  const chunks: Uint8Array[] = [];
  for (const t of tokens) {
    const body = p.source.slice(t.bodyStart, t.bodyEnd);
    // eslint-disable-next-line no-control-regex
    if (/[^\x00-\x7f]/.test(body)) p.raiseRange('bytes can only contain ASCII literal characters', t);
    const decoded = decodeBytes(body, t.prefix.raw);
    if (!decoded.ok) p.raiseAtLastToken(decoded.message);
    chunks.push(decoded.value);
  }
  const value = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    value.set(chunk, offset);
    offset += chunk.length;
  }
  return { kind: 'Bytes', value, ...whole };
}
