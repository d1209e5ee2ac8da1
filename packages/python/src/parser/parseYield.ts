/**
 * Yield expressions.
 */
import type { Expression } from './ast.js';
import { parseExpression, parseStarExpressions, startsExpression } from './parseExpressions.js';
import { span, type Parser } from './parser.js';

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function parseYieldExpression(p: Parser): Expression {
  const yieldToken = p.expectKeyword('yield');
  if (p.eatKeyword('from')) {
    const value = parseExpression(p);
    return { kind: 'YieldFrom', value, ...span(yieldToken, p.previous()) };
  }
  if (!startsExpression(p)) return { kind: 'Yield', value: null, ...span(yieldToken, yieldToken) };
  const value = parseStarExpressions(p);
  return { kind: 'Yield', value, ...span(yieldToken, p.previous()) };
}
