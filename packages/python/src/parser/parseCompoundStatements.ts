/**
 * Compound statements other than definitions: if, while, for, try, with. CPython 3.11 reports a
 * missing ':' as "expected ':'" when the header is followed by the end of the line, or anywhere
 * for the forced colons (`&&':'`) of else, try and finally.
 */
import type { ExceptHandler, Expression, Statement, WithItem } from './ast.js';
import { parseBlock } from './parseStatements.js';
import { parseBitwiseOr, parseExpression, parseNamedExpression, parseStarExpressions } from './parseExpressions.js';
import { checkTarget, parseStarTargets } from './parseTargets.js';
import { span, type Parser } from './parser.js';
import { TokenKind, type Token } from './tokens.js';

/** The ':' ending a header, or "expected ':'" if the line ends there (the invalid_*_stmt rules). */
function headerColon(p: Parser): void {
  if (p.eatOp(':')) return;
  if (p.atKind(TokenKind.NewLine)) p.raiseAtLastToken("expected ':'");
  p.fail();
}

/** else_block: invalid_else_stmt | 'else' &&':' block */
function parseElse(p: Parser): Statement[] {
  const keyword = p.next();
  p.forceOp(':');
  return parseBlock(p, "'else' statement", keyword);
}

/**
 * if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
 * elif_stmt: 'elif' named_expression ':' block elif_stmt | 'elif' named_expression ':' block [else_block]
 */
export function parseIf(p: Parser): Statement {
  const keyword = p.next();
  const name = keyword.kind === TokenKind.Keyword ? keyword.value : 'if';
  const test = parseNamedExpression(p);
  headerColon(p);
  const body = parseBlock(p, `'${name}' statement`, keyword);
  let orelse: Statement[] = [];
  if (p.atKeyword('elif')) orelse = [parseIf(p)];
  else if (p.atKeyword('else')) orelse = parseElse(p);
  return { kind: 'If', test, body, orelse, ...span(keyword, p.lastReal()) };
}

/** while_stmt: 'while' named_expression ':' block [else_block] */
export function parseWhile(p: Parser): Statement {
  const keyword = p.next();
  const test = parseNamedExpression(p);
  headerColon(p);
  const body = parseBlock(p, "'while' statement", keyword);
  const orelse = p.atKeyword('else') ? parseElse(p) : [];
  return { kind: 'While', test, body, orelse, ...span(keyword, p.lastReal()) };
}

/** for_stmt: 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] */
export function parseFor(p: Parser): Statement {
  const keyword = p.next();
  const target = parseStarTargets(p, 'for');
  p.expectKeyword('in');
  const iter = parseStarExpressions(p);
  headerColon(p);
  const body = parseBlock(p, "'for' statement", keyword);
  const orelse = p.atKeyword('else') ? parseElse(p) : [];
  return { kind: 'For', target, iter, body, orelse, ...span(keyword, p.lastReal()) };
}

/**
 * try_stmt:
 *     | 'try' &&':' block finally_block
 *     | 'try' &&':' block except_block+ [else_block] [finally_block]
 * finally_block: 'finally' &&':' block
 */
export function parseTry(p: Parser): Statement {
  const keyword = p.next();
  p.forceOp(':');
  const body = parseBlock(p, "'try' statement", keyword);
  const handlers: ExceptHandler[] = [];
  while (p.atKeyword('except')) handlers.push(parseExceptBlock(p));
  if (handlers.length === 0 && !p.atKeyword('finally')) p.raiseAtLastToken("expected 'except' or 'finally' block");
  const orelse = handlers.length > 0 && p.atKeyword('else') ? parseElse(p) : [];
  let finalbody: Statement[] = [];
  if (p.atKeyword('finally')) {
    const finallyToken = p.next();
    p.forceOp(':');
    finalbody = parseBlock(p, "'finally' statement", finallyToken);
  }
  return { kind: 'Try', body, handlers, orelse, finalbody, ...span(keyword, p.lastReal()) };
}

/**
 * except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
 * invalid_except_stmt: 'except' a=expression ',' expressions ['as' NAME ] ':'
 */
function parseExceptBlock(p: Parser): ExceptHandler {
  const keyword = p.next();
  let type: Expression | null = null;
  let name: string | null = null;
  if (!p.atOp(':') && !p.atKind(TokenKind.NewLine)) {
    type = parseExpression(p);
    if (p.atOp(',')) multipleExceptionTypes(p, type);
    if (p.eatKeyword('as')) name = p.expectName().value;
  }
  headerColon(p);
  const body = parseBlock(p, "'except' statement", keyword);
  return { kind: 'ExceptHandler', type, name, body, ...span(keyword, p.lastReal()) };
}

/** `except A, B:` is Python 2: "multiple exception types must be parenthesized". */
function multipleExceptionTypes(p: Parser, first: Expression): void {
  while (p.eatOp(',')) parseExpression(p);
  if (p.eatKeyword('as')) p.expectName();
  const colon = p.expectOp(':');
  p.raiseAt('multiple exception types must be parenthesized', {
    lineno: first.line,
    offset: first.col + 1,
    endLineno: colon.endLine,
    endOffset: colon.endCol,
  });
}

/**
 * with_stmt:
 *     | 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | 'with' ','.with_item+ ':' [TYPE_COMMENT] block
 */
export function parseWith(p: Parser): Statement {
  const keyword = p.next();
  let items: WithItem[] | null = null;
  if (p.atOp('(')) {
    items = p.tryParse(() => {
      p.next();
      const parsed = [parseWithItem(p)];
      while (p.eatOp(',') && !p.atOp(')')) parsed.push(parseWithItem(p));
      p.expectOp(')');
      if (!p.atOp(':') && !p.atKind(TokenKind.NewLine)) p.fail();
      return parsed;
    });
  }
  if (items === null) {
    items = [parseWithItem(p)];
    while (p.eatOp(',')) items.push(parseWithItem(p));
  }
  headerColon(p);
  const body = parseBlock(p, "'with' statement", keyword);
  return { kind: 'With', items, body, ...span(keyword, p.lastReal()) };
}

/**
 * with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
 */
function parseWithItem(p: Parser): WithItem {
  const contextExpr = parseExpression(p);
  let optionalVars: Expression | null = null;
  let end: Expression | Token = contextExpr;
  if (p.eatKeyword('as')) {
    // star_target, or invalid_with_item's expression; a lone starred target is the compiler's error.
    const star = p.eatOp('*');
    const target = star ? parseBitwiseOr(p) : parseExpression(p);
    const written: Expression = star ? { kind: 'Starred', value: target, ctx: 'load', ...span(star, p.previous()) } : target;
    optionalVars = checkTarget(p, written, 'star');
    end = optionalVars;
  }
  return { kind: 'WithItem', contextExpr, optionalVars, ...span(contextExpr, end) };
}
