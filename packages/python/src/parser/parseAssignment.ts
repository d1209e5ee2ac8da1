/**
 * Expression statements and the three kinds of assignment, with CPython 3.11's
 * `invalid_assignment` messages (Grammar/python.gram):
 *
 *     | a=invalid_ann_assign_target ':' expression   "only single target (not %s) can be annotated"
 *     | a=star_named_expression ',' star_named_expressions* ':' expression
 *     | a=expression ':' expression                   "illegal target for annotation"
 *     | (star_targets '=')* a=star_expressions '='     "cannot assign to %s"
 *     | (star_targets '=')* a=yield_expr '='           "assignment to yield expression not possible"
 *     | a=star_expressions augassign (yield_expr | star_expressions)
 *                                                     "'%s' is an illegal expression for augmented assignment"
 *
 * CPython tries `star_named_expression` on the first target before these, so the
 * `invalid_named_expression` messages ("cannot assign to %s here. Maybe you meant '==' instead of
 * '='?") win for the element just before the first '='.
 */
import type { Expression, Statement } from './ast.js';
import { checkAssignmentInNamedExpression } from './expressionErrors.js';
import { parseExpression, parseStarExpressions } from './parseExpressions.js';
import { parseYieldExpression } from './parseYield.js';
import { span, type Parser } from './parser.js';
import { exprName, invalidTarget, isSingleTarget, withContext } from './targets.js';
import { AUGMENTED_ASSIGN, TokenKind, type Token } from './tokens.js';
import type { BinaryOperator } from './ast.js';

/** annotated_rhs: yield_expr | star_expressions */
function parseRightHandSide(p: Parser): Expression {
  return p.atKeyword('yield') ? parseYieldExpression(p) : parseStarExpressions(p);
}

/**
 * assignment:
 *     | NAME ':' expression ['=' annotated_rhs]
 *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
 *     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
 *     | single_target augassign ~ (yield_expr | star_expressions)
 *     | invalid_assignment
 * star_expressions (an expression statement)
 */
export function parseExpressionStatement(p: Parser): Statement {
  const startIndex = p.pos;
  const startToken = p.peek();
  const first = parseRightHandSide(p);
  const t = p.peek();
  if (t.kind === TokenKind.Op && t.value === ':') return parseAnnotated(p, first, startToken);
  if (t.kind === TokenKind.Op && AUGMENTED_ASSIGN.has(t.value)) {
    if (!isSingleTarget(first)) p.raiseRange(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
    p.next();
    const value = parseRightHandSide(p);
    const op = AUGMENTED_ASSIGN.get(t.value) as BinaryOperator;
    return { kind: 'AugAssign', target: withContext(first, 'store'), op, value, ...span(startToken, p.lastReal()) };
  }
  if (!(t.kind === TokenKind.Op && t.value === '=')) {
    return { kind: 'ExprStmt', value: first, ...span(startToken, p.lastReal()) };
  }
  const firstEquals = p.pos;
  const targets = [first];
  while (p.eatOp('=')) targets.push(parseRightHandSide(p));
  const value = targets.pop() as Expression;
  checkTargets(p, targets, startIndex, firstEquals);
  return {
    kind: 'Assign',
    targets: targets.map((target) => withContext(target, 'store')),
    value,
    ...span(startToken, p.lastReal()),
  };
}

function checkTargets(p: Parser, targets: readonly Expression[], startIndex: number, firstEquals: number): void {
  const first = targets[0];
  if (first && first.kind !== 'Yield' && first.kind !== 'YieldFrom' && invalidTarget(first, 'star')) {
    // invalid_named_expression, tried on the element of the first target next to the '='.
    const isBareTuple = first.kind === 'Tuple' && first.elts[0]?.start === first.start;
    const elts = isBareTuple ? first.elts : [first];
    const last = elts[elts.length - 1];
    if (last && last.kind !== 'Starred') {
      const previous = elts[elts.length - 2];
      const lastStart = previous ? p.tokenIndexAt(previous.end) + 1 : startIndex;
      const end = p.pos;
      p.pos = firstEquals;
      checkAssignmentInNamedExpression(p, last, lastStart);
      p.pos = end;
    }
  }
  for (const target of targets) {
    if (target.kind === 'Yield' || target.kind === 'YieldFrom') p.raiseRange('assignment to yield expression not possible', target);
    const bad = invalidTarget(target, 'star');
    if (bad) p.raiseRange(`cannot assign to ${exprName(bad)}`, bad);
  }
}

/** An annotated assignment, `first` being its target. */
function parseAnnotated(p: Parser, first: Expression, startToken: Token): Statement {
  if (first.kind === 'Tuple' && first.elts[0]?.start === first.start) {
    p.raiseRange('only single target (not tuple) can be annotated', first.elts[0] ?? first);
  }
  if (first.kind === 'List' || first.kind === 'Tuple') {
    p.raiseRange(`only single target (not ${first.kind === 'List' ? 'list' : 'tuple'}) can be annotated`, first);
  }
  if (!isSingleTarget(first)) p.raiseRange('illegal target for annotation', first);
  p.next();
  const annotation = parseExpression(p);
  const value = p.eatOp('=') ? parseRightHandSide(p) : null;
  const simple = first.kind === 'Name' && !p.parenthesized.has(first);
  return {
    kind: 'AnnAssign',
    target: withContext(first, 'store'),
    annotation,
    value,
    simple,
    ...span(startToken, p.lastReal()),
  };
}
