/**
 * Atoms: names, literals, and the bracketed displays (tuples, groups, lists, dicts, sets and the
 * comprehensions and generator expressions written with them).
 */
import type { Expression } from './ast.js';
import { parseDictOrSet } from './parseDictOrSet.js';
import { parseForIfClauses } from './parseComprehensions.js';
import { parseNamedExpression, parseStarNamedExpression, startsExpression } from './parseExpressions.js';
import { parseNumber } from './parseNumber.js';
import { parseStrings } from './parseStrings.js';
import { parseYieldExpression } from './parseYield.js';
import { span, type Parser } from './parser.js';
import { TokenKind, type Token } from './tokens.js';

/**
 * atom:
 *     | NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER
 *     | &'(' (tuple | group | genexp)
 *     | &'[' (list | listcomp)
 *     | &'{' (dict | set | dictcomp | setcomp)
 *     | '...'
 */
export function parseAtom(p: Parser): Expression {
  const t = p.peek();
  switch (t.kind) {
    case TokenKind.Name:
      p.next();
      return { kind: 'Name', id: t.value, ctx: 'load', ...span(t, t) };
    case TokenKind.Number:
      p.next();
      return parseNumber(t);
    case TokenKind.String:
      return parseStrings(p);
    case TokenKind.Keyword:
      if (t.value === 'True' || t.value === 'False') {
        p.next();
        return { kind: 'Bool', value: t.value === 'True', ...span(t, t) };
      }
      if (t.value === 'None') {
        p.next();
        return { kind: 'None', ...span(t, t) };
      }
      return p.fail();
    case TokenKind.Op:
      if (t.value === '(') return parseParenthesized(p);
      if (t.value === '[') return parseListDisplay(p);
      if (t.value === '{') return parseDictOrSet(p);
      if (t.value === '...') {
        p.next();
        return { kind: 'Ellipsis', ...span(t, t) };
      }
      return p.fail();
    default:
      return p.fail();
  }
}

/**
 * tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
 * group: '(' (yield_expr | named_expression) ')' | invalid_group
 * genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
 */
function parseParenthesized(p: Parser): Expression {
  const open = p.next();
  if (p.atOp(')')) return { kind: 'Tuple', elts: [], ctx: 'load', ...span(open, p.next()) };
  if (p.atKeyword('yield')) {
    const value = parseYieldExpression(p);
    p.expectOp(')');
    p.parenthesized.add(value);
    return value;
  }
  const first = parseParenthesizedItem(p);
  if (p.atKeyword('for')) {
    if (first.kind === 'Starred') p.raiseRange('iterable unpacking cannot be used in comprehension', first);
    const generators = parseForIfClauses(p);
    const close = p.expectOp(')');
    return { kind: 'GeneratorExp', elt: first, generators, ...span(open, close) };
  }
  if (p.atOp(')')) {
    // invalid_group: '(' a=starred_expression ')'
    if (first.kind === 'Starred') p.raiseRange('cannot use starred expression here', first);
    p.next();
    p.parenthesized.add(first);
    return first;
  }
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.atOp(')')) break;
    elts.push(parseParenthesizedItem(p));
  }
  const close = p.expectOp(')');
  return { kind: 'Tuple', elts, ctx: 'load', ...span(open, close) };
}

function parseParenthesizedItem(p: Parser): Expression {
  if (p.atOp('**')) {
    const star = p.peek();
    p.next();
    parseNamedExpression(p);
    if (p.atOp(')')) p.raiseRange('cannot use double starred expression here', star);
    return p.fail();
  }
  return parseStarNamedExpression(p);
}

/**
 * list: '[' [star_named_expressions] ']'
 * listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
 */
function parseListDisplay(p: Parser): Expression {
  const open = p.next();
  const elts: Expression[] = [];
  if (!p.atOp(']')) {
    const first = parseStarNamedExpression(p);
    if (p.atKeyword('for')) {
      if (first.kind === 'Starred') p.raiseRange('iterable unpacking cannot be used in comprehension', first);
      const generators = parseForIfClauses(p);
      const close = p.expectOp(']');
      return { kind: 'ListComp', elt: first, generators, ...span(open, close) };
    }
    elts.push(first);
    parseMoreElements(p, elts, open, ']');
  }
  const close = p.expectOp(']');
  return { kind: 'List', elts, ctx: 'load', ...span(open, close) };
}

/**
 * The rest of a star_named_expressions list after its first element, with invalid_comprehension's
 * "did you forget parentheses around the comprehension target?" for `[a, b for ...]`.
 */
export function parseMoreElements(p: Parser, elts: Expression[], open: Token, close: ']' | '}'): void {
  while (p.atOp(',')) {
    const comma = p.next();
    if (p.atKeyword('for')) p.raiseRange('did you forget parentheses around the comprehension target?', elts[0] ?? open, comma);
    if (p.atOp(close) || !startsExpression(p)) break;
    elts.push(parseStarNamedExpression(p));
    if (p.atKeyword('for')) p.raiseRange('did you forget parentheses around the comprehension target?', elts[0] ?? open, elts[elts.length - 1] ?? open);
  }
}
