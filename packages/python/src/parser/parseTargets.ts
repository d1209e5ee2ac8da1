/**
 * Target lists of `for` loops and comprehensions (star_targets). They are read as expressions at
 * the bitwise_or level, so that `in` ends them, then checked and given the store context.
 */
import type { Expression } from './ast.js';
import { parseBitwiseOr, startsExpression } from './parseExpressions.js';
import { span, type Parser } from './parser.js';
import { exprName, invalidTarget, withContext, type TargetsType } from './targets.js';

/**
 * star_targets: star_target !',' | star_target (',' star_target)* [',']
 * star_target: '*' (!'*' star_target) | target_with_star_atom
 */
export function parseStarTargets(p: Parser, type: TargetsType): Expression {
  const start = p.peek();
  const first = parseStarTarget(p);
  let target = first;
  if (p.atOp(',')) {
    const elts = [first];
    while (p.eatOp(',')) {
      if (!startsExpression(p)) break;
      elts.push(parseStarTarget(p));
    }
    target = { kind: 'Tuple', elts, ctx: 'load', ...span(start, p.previous()) };
  }
  return checkTarget(p, target, type);
}

function parseStarTarget(p: Parser): Expression {
  const star = p.eatOp('*');
  if (!star) return parseBitwiseOr(p);
  const value = parseBitwiseOr(p);
  return { kind: 'Starred', value, ctx: 'load', ...span(star, p.previous()) };
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: "cannot assign to %s" / "cannot delete %s" at the culprit. */
export function checkTarget(p: Parser, target: Expression, type: TargetsType): Expression {
  const bad = invalidTarget(target, type);
  if (bad) p.raiseRange(`${type === 'del' ? 'cannot delete' : 'cannot assign to'} ${exprName(bad)}`, bad);
  return withContext(target, type === 'del' ? 'del' : 'store');
}
