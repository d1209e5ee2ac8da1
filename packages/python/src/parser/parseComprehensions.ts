/**
 * Comprehension clauses, shared by list, set and dict comprehensions and generator expressions.
 */
import type { Comprehension, Expression } from './ast.js';
import { parseDisjunction } from './parseExpressions.js';
import { parseStarTargets } from './parseTargets.js';
import { span, type Parser } from './parser.js';

/**
 * for_if_clauses: for_if_clause+
 * for_if_clause: 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target
 */
export function parseForIfClauses(p: Parser): Comprehension[] {
  const clauses: Comprehension[] = [];
  while (p.atKeyword('for')) {
    const forToken = p.next();
    const target = parseStarTargets(p, 'for');
    p.expectKeyword('in');
    const iter = parseDisjunction(p);
    const ifs: Expression[] = [];
    while (p.eatKeyword('if')) ifs.push(parseDisjunction(p));
    clauses.push({ kind: 'Comprehension', target, iter, ifs, ...span(forToken, p.previous()) });
  }
  return clauses;
}

/** CPython's _PyPegen_get_last_comprehension_item: where a comprehension's text ends. */
export function lastComprehensionItem(clauses: readonly Comprehension[]): Expression | null {
  const last = clauses[clauses.length - 1];
  if (!last) return null;
  return last.ifs[last.ifs.length - 1] ?? last.iter;
}
