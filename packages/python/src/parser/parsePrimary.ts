/**
 * Primaries: attribute access, calls and subscripts chained on an atom.
 */
import type { Expression } from './ast.js';
import { parseAtom } from './parseAtoms.js';
import { parseCallArguments } from './parseCallArguments.js';
import { parseExpression, parseNamedExpression } from './parseExpressions.js';
import { span, type Parser } from './parser.js';

/** await_primary: AWAIT primary | primary */
export function parseAwaitPrimary(p: Parser): Expression {
  const keyword = p.eatKeyword('await');
  if (!keyword) return parsePrimary(p);
  const value = parsePrimary(p);
  return { kind: 'Await', value, ...span(keyword, p.previous()) };
}

/**
 * primary:
 *     | primary '.' NAME
 *     | primary genexp
 *     | primary '(' [arguments] ')'
 *     | primary '[' slices ']'
 *     | atom
 */
export function parsePrimary(p: Parser): Expression {
  const start = p.peek();
  let e = parseAtom(p);
  for (;;) {
    if (p.eatOp('.')) {
      const name = p.expectName();
      e = { kind: 'Attribute', value: e, attr: name.value, ctx: 'load', ...span(start, name) };
    } else if (p.atOp('(')) {
      e = parseCallArguments(p, e, start);
    } else if (p.eatOp('[')) {
      const slice = parseSlices(p);
      const close = p.expectOp(']');
      e = { kind: 'Subscript', value: e, slice, ctx: 'load', ...span(start, close) };
    } else {
      return e;
    }
  }
}

/**
 * slices:
 *     | slice !','
 *     | ','.(slice | starred_expression)+ [',']
 */
function parseSlices(p: Parser): Expression {
  const start = p.peek();
  const first = parseSliceOrStarred(p);
  // A lone `*x` still makes a tuple: `a[*b]` is `a[(*b,)]`.
  if (!p.atOp(',') && first.kind !== 'Starred') return first;
  const elts = [first];
  while (p.eatOp(',')) {
    if (p.atOp(']')) break;
    elts.push(parseSliceOrStarred(p));
  }
  return { kind: 'Tuple', elts, ctx: 'load', ...span(start, p.previous()) };
}

function parseSliceOrStarred(p: Parser): Expression {
  const star = p.eatOp('*');
  if (star) {
    const value = parseExpression(p);
    return { kind: 'Starred', value, ctx: 'load', ...span(star, p.previous()) };
  }
  return parseSlice(p);
}

/**
 * slice:
 *     | [expression] ':' [expression] [':' [expression] ]
 *     | named_expression
 */
function parseSlice(p: Parser): Expression {
  const startToken = p.peek();
  let lower: Expression | null = null;
  if (!p.atOp(':')) {
    const e = parseNamedExpression(p);
    if (!p.atOp(':')) return e;
    lower = e;
  }
  p.expectOp(':');
  const endsPart = (): boolean => p.atOp(':') || p.atOp(',') || p.atOp(']');
  const upper = endsPart() ? null : parseExpression(p);
  let step: Expression | null = null;
  if (p.eatOp(':')) step = p.atOp(',') || p.atOp(']') ? null : parseExpression(p);
  return { kind: 'Slice', lower, upper, step, ...span(startToken, p.previous()) };
}
