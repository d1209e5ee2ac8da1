/**
 * Expressions, from star_expressions down to the power operator, with Python 3.11's precedence
 * (Grammar/python.gram). Each function carries its grammar rule. Primaries and atoms are in
 * parsePrimary.ts and parseAtoms.ts; the error rules CPython tries on a second pass
 * (`invalid_expression`, `invalid_named_expression`) are in expressionErrors.ts.
 */
import type { BinaryOperator, CompareOperator, Expression, Name } from './ast.js';
import { checkJuxtaposed, checkAssignmentInNamedExpression } from './expressionErrors.js';
import { parseLambda } from './parseParameters.js';
import { parseAwaitPrimary } from './parsePrimary.js';
import { span, type Parser } from './parser.js';
import { TokenKind } from './tokens.js';

/** star_expressions: star_expression (',' star_expression)* [','] */
export function parseStarExpressions(p: Parser): Expression {
  const start = p.peek();
  const first = parseStarExpression(p);
  if (!p.atOp(',')) return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (!startsExpression(p)) break;
    elts.push(parseStarExpression(p));
  }
  return { kind: 'Tuple', elts, ctx: 'load', ...span(start, p.previous()) };
}

/** star_expression: '*' bitwise_or | expression */
export function parseStarExpression(p: Parser): Expression {
  const star = p.eatOp('*');
  if (star) {
    const value = parseBitwiseOr(p);
    return { kind: 'Starred', value, ctx: 'load', ...span(star, p.previous()) };
  }
  return parseExpression(p);
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function parseStarNamedExpression(p: Parser): Expression {
  const star = p.eatOp('*');
  if (star) {
    const value = parseBitwiseOr(p);
    return { kind: 'Starred', value, ctx: 'load', ...span(star, p.previous()) };
  }
  return parseNamedExpression(p);
}

/**
 * named_expression: NAME ':=' ~ expression | invalid_named_expression | expression !':='
 */
export function parseNamedExpression(p: Parser): Expression {
  if (p.peek().kind === TokenKind.Name && p.atOp(':=', 1)) return parseAssignmentExpression(p);
  const startIndex = p.pos;
  const expr = parseExpression(p);
  checkAssignmentInNamedExpression(p, expr, startIndex);
  return expr;
}

/** assignment_expression: NAME ':=' ~ expression */
export function parseAssignmentExpression(p: Parser): Expression {
  const name = p.expectName();
  p.expectOp(':=');
  const value = parseExpression(p);
  const target: Name = { kind: 'Name', id: name.value, ctx: 'store', ...span(name, name) };
  return { kind: 'NamedExpr', target, value, ...span(name, p.previous()) };
}

/**
 * expression:
 *     | invalid_expression | invalid_legacy_expression
 *     | disjunction 'if' disjunction 'else' expression
 *     | disjunction
 *     | lambdef
 */
export function parseExpression(p: Parser): Expression {
  if (p.atKeyword('lambda')) return parseLambda(p);
  const startIndex = p.pos;
  const start = p.peek();
  const body = parseDisjunction(p);
  checkJuxtaposed(p, body, startIndex);
  if (!p.atKeyword('if')) return body;
  const beforeIf = p.pos;
  p.next();
  const test = parseDisjunction(p);
  if (!p.eatKeyword('else')) {
    // invalid_expression: a=disjunction 'if' b=disjunction !('else'|':')
    if (!p.atOp(':')) p.raiseRange("expected 'else' after 'if' expression", body, test);
    p.pos = beforeIf;
    return body;
  }
  const orelse = parseExpression(p);
  return { kind: 'IfExp', test, body, orelse, ...span(start, p.previous()) };
}

/** disjunction: conjunction ('or' conjunction)+ | conjunction */
export function parseDisjunction(p: Parser): Expression {
  const start = p.peek();
  const first = parseConjunction(p);
  if (!p.atKeyword('or')) return first;
  const values = [first];
  while (p.eatKeyword('or')) values.push(parseConjunction(p));
  return { kind: 'BoolOp', op: 'or', values, ...span(start, p.previous()) };
}

/** conjunction: inversion ('and' inversion)+ | inversion */
function parseConjunction(p: Parser): Expression {
  const start = p.peek();
  const first = parseInversion(p);
  if (!p.atKeyword('and')) return first;
  const values = [first];
  while (p.eatKeyword('and')) values.push(parseInversion(p));
  return { kind: 'BoolOp', op: 'and', values, ...span(start, p.previous()) };
}

/** inversion: 'not' inversion | comparison */
function parseInversion(p: Parser): Expression {
  const not = p.eatKeyword('not');
  if (!not) return parseComparison(p);
  const operand = parseInversion(p);
  return { kind: 'UnaryOp', op: 'not', operand, ...span(not, p.previous()) };
}

const COMPARISON_OPS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

/**
 * comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
 * compare_op_bitwise_or_pair: ('==' | '!=' | '<=' | '<' | '>=' | '>' | 'not' 'in' | 'in' | 'is' 'not' | 'is') bitwise_or
 */
function parseComparison(p: Parser): Expression {
  const start = p.peek();
  const left = parseBitwiseOr(p);
  const ops: CompareOperator[] = [];
  const comparators: Expression[] = [];
  for (;;) {
    const t = p.peek();
    let op: CompareOperator;
    if (t.kind === TokenKind.Op && COMPARISON_OPS.has(t.value)) op = t.value as CompareOperator;
    else if (t.kind === TokenKind.Keyword && t.value === 'in') op = 'in';
    else if (t.kind === TokenKind.Keyword && t.value === 'is') op = p.atKeyword('not', 1) ? 'is not' : 'is';
    else if (t.kind === TokenKind.Keyword && t.value === 'not' && p.atKeyword('in', 1)) op = 'not in';
    else break;
    p.next();
    if (op === 'is not' || op === 'not in') p.next();
    ops.push(op);
    comparators.push(parseBitwiseOr(p));
  }
  if (ops.length === 0) return left;
  return { kind: 'Compare', left, ops, comparators, ...span(start, p.previous()) };
}

/** Left-associative binary operator levels, loosest first. */
const BINARY_LEVELS: readonly (readonly BinaryOperator[])[] = [
  ['|'], // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
  ['^'], // bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
  ['&'], // bitwise_and: bitwise_and '&' shift_expr | shift_expr
  ['<<', '>>'], // shift_expr: shift_expr ('<<' | '>>') sum | sum
  ['+', '-'], // sum: sum ('+' | '-') term | term
  ['*', '/', '//', '%', '@'], // term: term ('*' | '/' | '//' | '%' | '@') factor | factor
];

/** bitwise_or, and through it every binary operator level down to term. */
export function parseBitwiseOr(p: Parser): Expression {
  return parseBinaryLevel(p, 0);
}

function parseBinaryLevel(p: Parser, level: number): Expression {
  const ops = BINARY_LEVELS[level];
  if (ops === undefined) return parseFactor(p);
  const start = p.peek();
  let left = parseBinaryLevel(p, level + 1);
  for (;;) {
    const t = p.peek();
    if (t.kind !== TokenKind.Op || !(ops as readonly string[]).includes(t.value)) return left;
    p.next();
    const right = parseBinaryLevel(p, level + 1);
    left = { kind: 'BinOp', op: t.value as BinaryOperator, left, right, ...span(start, p.previous()) };
  }
}

/** factor: '+' factor | '-' factor | '~' factor | power */
export function parseFactor(p: Parser): Expression {
  const t = p.peek();
  if (t.kind === TokenKind.Op && (t.value === '+' || t.value === '-' || t.value === '~')) {
    p.next();
    const operand = parseFactor(p);
    return { kind: 'UnaryOp', op: t.value, operand, ...span(t, p.previous()) };
  }
  return parsePower(p);
}

/** power: await_primary '**' factor | await_primary */
function parsePower(p: Parser): Expression {
  const start = p.peek();
  const base = parseAwaitPrimary(p);
  if (!p.eatOp('**')) return base;
  const exponent = parseFactor(p);
  return { kind: 'BinOp', op: '**', left: base, right: exponent, ...span(start, p.previous()) };
}

/** True if the current token can begin an expression (used after a ',' to allow trailing commas). */
export function startsExpression(p: Parser, k = 0): boolean {
  const t = p.peek(k);
  switch (t.kind) {
    case TokenKind.Name:
    case TokenKind.Number:
    case TokenKind.String:
      return true;
    case TokenKind.Keyword:
      return ['not', 'lambda', 'True', 'False', 'None', 'await'].includes(t.value);
    case TokenKind.Op:
      return ['(', '[', '{', '-', '+', '~', '*', '...'].includes(t.value);
    default:
      return false;
  }
}
