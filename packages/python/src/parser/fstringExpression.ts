/**
 * The expression inside an f-string field. As CPython 3.11's fstring_compile_expr does, the text
 * is parsed on its own, wrapped in parentheses (which is why a field may start with spaces or span
 * lines); its errors are prefixed with "f-string: " and shown on that parenthesized text. The
 * resulting nodes are moved back to their place in the real source.
 */
import type { Expression } from './ast.js';
import { resolveAbort } from './errorResolution.js';
import { parseStarExpressions } from './parseExpressions.js';
import { ParseAbort, Parser } from './parser.js';
import { SourceText } from './sourceText.js';
import { tokenize } from './tokenizer.js';
import { TokenKind } from './tokens.js';

/** Parses source[start, end) of `outer` as the expression of an f-string field. */
export function parseFStringExpression(outer: Parser, start: number, end: number): Expression {
  const text = new SourceText(`(${outer.source.slice(start, end)})`);
  const { tokens, error } = tokenize(text);
  const sub = new Parser(text, tokens);
  const firstLine = outer.text.lineOf(start);
  try {
    const expr = parseStarExpressions(sub);
    if (!sub.atKind(TokenKind.NewLine)) sub.fail();
    sub.next();
    if (!sub.atKind(TokenKind.EndOfStream)) sub.fail();
    return relocate(expr, start, firstLine, outer.text.colOf(start)) as Expression;
  } catch (e) {
    if (!(e instanceof ParseAbort)) throw e;
    const d = resolveAbort(sub, e.abort, error);
    throw new ParseAbort({
      kind: 'specific',
      type: d.type,
      message: `f-string: ${d.message}`,
      at: { lineno: firstLine + d.lineno - 1, offset: d.offset, endLineno: firstLine + d.endLineno - 1, endOffset: d.endOffset },
      text: d.text ?? '',
    });
  }
}

const SPAN_KEYS: ReadonlySet<string> = new Set(['start', 'end', 'line', 'col', 'endLine', 'endCol']);

/**
 * A copy of the node tree `value` with spans moved from the parenthesized text to the real
 * source: offset k there is offset `start + k - 1` here; its first line is `firstLine`, where
 * columns shift by `firstCol - 1`.
 */
function relocate(value: unknown, start: number, firstLine: number, firstCol: number): unknown {
  if (Array.isArray(value)) return value.map((v) => relocate(v, start, firstLine, firstCol));
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  const node = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(node)) {
    out[key] = SPAN_KEYS.has(key) ? v : relocate(v, start, firstLine, firstCol);
  }
  if (typeof node['start'] === 'number' && 'kind' in node) {
    const line = node['line'] as number;
    const endLine = node['endLine'] as number;
    out['start'] = start + (node['start'] as number) - 1;
    out['end'] = start + (node['end'] as number) - 1;
    out['line'] = firstLine + line - 1;
    out['endLine'] = firstLine + endLine - 1;
    out['col'] = line === 1 ? firstCol + (node['col'] as number) - 1 : node['col'];
    out['endCol'] = endLine === 1 ? firstCol + (node['endCol'] as number) - 1 : node['endCol'];
  }
  return out;
}
