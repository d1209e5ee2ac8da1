/**
 * The expression error rules CPython 3.11 tries on its second pass over an invalid program
 * (`invalid_expression`, `invalid_legacy_expression`, `invalid_named_expression` in
 * Grammar/python.gram). Two expressions side by side are never valid Python, so these checks can
 * run eagerly at the point where the parser would otherwise fail.
 */
import type { Expression } from './ast.js';
import { parseBitwiseOr, parseExpression, parseStarExpressions } from './parseExpressions.js';
import type { Parser } from './parser.js';
import { exprName } from './targets.js';
import { TokenKind } from './tokens.js';

const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match']);

/** Tokens that can start an expression right after a complete one: only in invalid code. */
function startsJuxtaposed(p: Parser): boolean {
  const t = p.peek();
  switch (t.kind) {
    case TokenKind.Name:
    case TokenKind.Number:
    case TokenKind.String:
      return true;
    case TokenKind.Keyword:
      return ['not', 'lambda', 'True', 'False', 'None'].includes(t.value);
    case TokenKind.Op:
      return t.value === '{' || t.value === '~' || t.value === '...';
    default:
      return false;
  }
}

/** True if `e` is exactly the one token at index `i` (a bare name, not `(name)`). */
function isBareToken(p: Parser, e: Expression, i: number): boolean {
  const t = p.tokens[i];
  return t !== undefined && t.start === e.start && t.end === e.end;
}

/**
 * After `a` (a disjunction starting at token `startIndex`), an expression that follows directly:
 * "Missing parentheses in call to 'print'" for Python 2's print and exec statements, or, inside
 * brackets, "invalid syntax. Perhaps you forgot a comma?".
 */
export function checkJuxtaposed(p: Parser, a: Expression, startIndex: number): void {
  if (p.suppressErrorRules > 0 || !startsJuxtaposed(p)) return;
  const first = p.tokens[startIndex];
  if (a.kind === 'Name' && (a.id === 'print' || a.id === 'exec') && isBareToken(p, a, startIndex)) {
    // invalid_legacy_expression: a=NAME !'(' b=star_expressions
    const b = p.speculate(() => parseStarExpressions(p));
    if (b) p.raiseRange(`Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, a, b);
    return;
  }
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  if (first?.kind === TokenKind.Name && (SOFT_KEYWORDS.has(first.value) || p.tokens[startIndex + 1]?.kind === TokenKind.String)) return;
  const b = p.speculate(() => {
    const e = parseExpression(p);
    return { e, level: p.previous().level };
  });
  if (b && b.level > 0) p.raiseRange('invalid syntax. Perhaps you forgot a comma?', a, b.e);
}

/** Kinds that a bitwise_or parse cannot produce unless parenthesized. */
const LOOSER_THAN_BITWISE_OR: ReadonlySet<string> = new Set([
  'Compare', 'BoolOp', 'IfExp', 'Lambda', 'NamedExpr', 'Starred', 'Yield', 'YieldFrom',
]);

function isBitwiseOrLevel(p: Parser, e: Expression): boolean {
  if (p.parenthesized.has(e)) return true;
  if (e.kind === 'UnaryOp') return e.op !== 'not';
  return !LOOSER_THAN_BITWISE_OR.has(e.kind);
}

/** The leftmost atom of `e` (what a lookahead at its first token would parse). */
function leftmostAtom(p: Parser, e: Expression): Expression {
  for (;;) {
    if (p.parenthesized.has(e)) return e;
    switch (e.kind) {
      case 'BinOp': e = e.left; break;
      case 'Compare': e = e.left; break;
      case 'BoolOp': e = e.values[0] ?? e; if (e.kind === 'BoolOp') return e; break;
      case 'IfExp': e = e.body; break;
      case 'Call': e = e.func; break;
      case 'Attribute': case 'Subscript': e = e.value; break;
      default: return e;
    }
  }
}

/** !(list|tuple|genexp|'True'|'None'|'False') at the first token of `e`. */
function startsWithDisplay(p: Parser, e: Expression, startIndex: number): boolean {
  const first = p.tokens[startIndex];
  const atom = leftmostAtom(p, e);
  if (first === undefined || atom.start !== first.start) return false;
  return atom.kind === 'List' || atom.kind === 'Tuple' || atom.kind === 'GeneratorExp' || atom.kind === 'Bool' || atom.kind === 'None';
}

/**
 * invalid_named_expression, checked where a named_expression (or the first target of an
 * assignment statement) was just parsed as `e`, starting at token `startIndex`:
 *
 *     | a=expression ':=' expression
 *     | a=NAME '=' b=bitwise_or !('='|':=')
 *     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
 */
export function checkAssignmentInNamedExpression(p: Parser, e: Expression, startIndex: number): void {
  if (p.suppressErrorRules > 0) return;
  if (p.atOp(':=')) {
    if (e.kind !== 'Name' || !isBareToken(p, e, startIndex)) {
      p.raiseRange(`cannot use assignment expressions with ${exprName(e)}`, e);
    }
    return;
  }
  if (!p.atOp('=')) return;
  const bareName = e.kind === 'Name' && isBareToken(p, e, startIndex);
  if (!bareName && (startsWithDisplay(p, e, startIndex) || !isBitwiseOrLevel(p, e))) return;
  const b = p.speculate(() => {
    p.next();
    const value = parseBitwiseOr(p);
    return p.atOp('=') || p.atOp(':=') ? null : value;
  });
  if (!b) return;
  if (bareName) p.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e, b);
  p.raiseRange(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e);
}
