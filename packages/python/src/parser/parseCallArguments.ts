/**
 * Call arguments, including a bare generator expression as the sole argument, and CPython 3.11's
 * `invalid_arguments` / `invalid_kwarg` messages.
 */
import type { Call, Comprehension, Expression, Keyword } from './ast.js';
import { lastComprehensionItem, parseForIfClauses } from './parseComprehensions.js';
import { parseAssignmentExpression, parseExpression } from './parseExpressions.js';
import { span, type Parser } from './parser.js';
import { TokenKind, type Token } from './tokens.js';

/**
 * primary '(' [arguments] ')' and primary genexp
 *
 * arguments: args [','] &')'
 * args:
 *     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
 *     | kwargs
 * kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
 * kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression
 */
export function parseCallArguments(p: Parser, func: Expression, start: Token): Call {
  const open = p.expectOp('(');
  const args: Expression[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  let positionalAfterKeyword = false;
  while (!p.atOp(')')) {
    const t = p.peek();
    if (t.kind === TokenKind.Op && t.value === '*') {
      if (sawDoubleStar) p.raiseRange('iterable argument unpacking follows keyword argument unpacking', t);
      p.next();
      const value = parseExpression(p);
      args.push({ kind: 'Starred', value, ctx: 'load', ...span(t, p.previous()) });
    } else if (t.kind === TokenKind.Op && t.value === '**') {
      p.next();
      const value = parseExpression(p);
      keywords.push({ kind: 'Keyword', arg: null, value, ...span(t, p.previous()) });
      sawDoubleStar = true;
    } else if (isKeywordArgument(p, t)) {
      keywords.push(parseKeywordArgument(p));
      sawKeyword = true;
    } else {
      const arg = parsePositional(p, open);
      if (sawKeyword || sawDoubleStar) positionalAfterKeyword = true;
      args.push(arg);
    }
    if (!p.eatOp(',')) break;
  }
  if (!p.atOp(')')) p.fail();
  if (positionalAfterKeyword) {
    // _PyPegen_arguments_parsing_error, raised at the last token read: the ')'.
    p.raiseAtLastToken(sawDoubleStar ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
  }
  const close = p.next();
  return { kind: 'Call', func, args, keywords, ...span(start, close) };
}

function isKeywordArgument(p: Parser, t: Token): boolean {
  // Look past the name only for a name: CPython's generic error lands on the furthest token read.
  const named = t.kind === TokenKind.Name || (t.kind === TokenKind.Keyword && (t.value === 'True' || t.value === 'False' || t.value === 'None'));
  return named && p.atOp('=', 1);
}

/** NAME '=' expression, with invalid_kwarg's messages for `True=`, `x=... for ...`. */
function parseKeywordArgument(p: Parser): Keyword {
  const name = p.next();
  const eq = p.next();
  if (name.kind === TokenKind.Keyword) p.raiseRange(`cannot assign to ${name.value}`, name, eq);
  const value = parseExpression(p);
  if (p.atKeyword('for')) p.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name, eq);
  const arg = name.kind === TokenKind.Name ? name.value : '';
  return { kind: 'Keyword', arg, value, ...span(name, p.previous()) };
}

/** A positional argument: (assignment_expression | expression !':=') !'=', or a bare generator expression. */
function parsePositional(p: Parser, open: Token): Expression {
  const first = p.peek();
  const value = first.kind === TokenKind.Name && p.atOp(':=', 1) ? parseAssignmentExpression(p) : parseExpression(p);
  if (p.atOp('=')) {
    // invalid_kwarg: !(NAME '=') a=expression b='='
    p.raiseRange('expression cannot contain assignment, perhaps you meant "=="?', value, p.peek());
  }
  if (!p.atKeyword('for')) return value;
  const generators = parseForIfClauses(p);
  // Only a sole argument can be a bare generator expression: the call's parentheses are its own.
  const sole = p.tokens[p.tokenIndexAt(open.end)] === first;
  if (!sole || !p.atOp(')')) unparenthesizedGenexp(p, value, generators);
  return { kind: 'GeneratorExp', elt: value, generators, ...span(open, p.peek()) };
}

function unparenthesizedGenexp(p: Parser, elt: Expression, generators: readonly Comprehension[]): never {
  return p.raiseRange('Generator expression must be parenthesized', elt, lastComprehensionItem(generators) ?? elt);
}
