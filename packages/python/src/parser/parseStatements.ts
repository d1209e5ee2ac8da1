/**
 * Statements: the file, blocks, and the dispatch between compound and simple statements. Each
 * function carries its rule from CPython 3.11's Grammar/python.gram. Compound statements are in
 * parseCompoundStatements.ts and parseDefinitions.ts, assignments in parseAssignment.ts, imports
 * in parseImports.ts.
 */
import type { Statement } from './ast.js';
import { parseExpressionStatement } from './parseAssignment.js';
import { parseFor, parseIf, parseTry, parseWhile, parseWith } from './parseCompoundStatements.js';
import { parseClassOrFunction } from './parseDefinitions.js';
import { parseExpression, parseStarExpression, parseStarExpressions, startsExpression } from './parseExpressions.js';
import { parseImport, parseImportFrom } from './parseImports.js';
import { checkTarget } from './parseTargets.js';
import { span, type Parser } from './parser.js';
import { TokenKind, type Token } from './tokens.js';

/** file: [statements] ENDMARKER. Statements are appended to `out` as they are parsed. */
export function parseFile(p: Parser, out: Statement[]): void {
  while (!p.atKind(TokenKind.EndOfStream)) parseStatement(p, out);
}

/** statement: compound_stmt | simple_stmts */
export function parseStatement(p: Parser, out: Statement[]): void {
  const t = p.peek();
  if (t.kind === TokenKind.Keyword) {
    switch (t.value) {
      case 'if': out.push(parseIf(p)); return;
      case 'while': out.push(parseWhile(p)); return;
      case 'for': out.push(parseFor(p)); return;
      case 'try': out.push(parseTry(p)); return;
      case 'with': out.push(parseWith(p)); return;
      case 'def': case 'class': out.push(parseClassOrFunction(p)); return;
      default: break;
    }
  } else if (t.kind === TokenKind.Op && t.value === '@') {
    out.push(parseClassOrFunction(p));
    return;
  }
  parseSimpleStatements(p, out);
}

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
function parseSimpleStatements(p: Parser, out: Statement[]): void {
  for (;;) {
    out.push(parseSimpleStatement(p));
    if (!p.eatOp(';') || p.atKind(TokenKind.NewLine)) break;
  }
  if (!p.atKind(TokenKind.NewLine)) p.fail();
  p.next();
}

/**
 * block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
 *
 * `what` names the statement for CPython's "expected an indented block after ..." message.
 */
export function parseBlock(p: Parser, what: string, header: Token): Statement[] {
  const body: Statement[] = [];
  if (!p.atKind(TokenKind.NewLine)) {
    parseSimpleStatements(p, body);
    return body;
  }
  p.next();
  if (!p.atKind(TokenKind.Indent)) {
    p.raiseAtLastToken(`expected an indented block after ${what} on line ${header.line}`, 'IndentationError');
  }
  p.next();
  while (!p.atKind(TokenKind.Dedent)) parseStatement(p, body);
  p.next();
  return body;
}

/**
 * simple_stmt:
 *     | assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
 *     | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
 */
function parseSimpleStatement(p: Parser): Statement {
  const t = p.peek();
  if (t.kind !== TokenKind.Keyword) return parseExpressionStatement(p);
  switch (t.value) {
    case 'pass': p.next(); return { kind: 'Pass', ...span(t, t) };
    case 'break': p.next(); return { kind: 'Break', ...span(t, t) };
    case 'continue': p.next(); return { kind: 'Continue', ...span(t, t) };
    case 'return': return parseReturn(p);
    case 'raise': return parseRaise(p);
    case 'global': case 'nonlocal': return parseGlobalOrNonlocal(p);
    case 'del': return parseDel(p);
    case 'assert': return parseAssert(p);
    case 'import': return parseImport(p);
    case 'from': return parseImportFrom(p);
    default: return parseExpressionStatement(p);
  }
}

/** return_stmt: 'return' [star_expressions] */
function parseReturn(p: Parser): Statement {
  const keyword = p.next();
  const value = startsExpression(p) ? parseStarExpressions(p) : null;
  return { kind: 'Return', value, ...span(keyword, p.previous()) };
}

/** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
function parseRaise(p: Parser): Statement {
  const keyword = p.next();
  if (!startsExpression(p)) return { kind: 'Raise', exc: null, cause: null, ...span(keyword, keyword) };
  const exc = parseExpression(p);
  const cause = p.eatKeyword('from') ? parseExpression(p) : null;
  return { kind: 'Raise', exc, cause, ...span(keyword, p.previous()) };
}

/** global_stmt: 'global' ','.NAME+ ; nonlocal_stmt: 'nonlocal' ','.NAME+ */
function parseGlobalOrNonlocal(p: Parser): Statement {
  const keyword = p.next();
  const names = [p.expectName().value];
  while (p.eatOp(',')) names.push(p.expectName().value);
  const kind = keyword.kind === TokenKind.Keyword && keyword.value === 'global' ? 'Global' : 'Nonlocal';
  return { kind, names, ...span(keyword, p.previous()) };
}

/**
 * del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
 * del_targets: ','.del_target+ [',']
 */
function parseDel(p: Parser): Statement {
  const keyword = p.next();
  const targets = [checkTarget(p, parseStarExpression(p), 'del')];
  while (p.eatOp(',')) {
    if (!startsExpression(p)) break;
    targets.push(checkTarget(p, parseStarExpression(p), 'del'));
  }
  return { kind: 'Delete', targets, ...span(keyword, p.previous()) };
}

/** assert_stmt: 'assert' expression [',' expression] */
function parseAssert(p: Parser): Statement {
  const keyword = p.next();
  const test = parseExpression(p);
  const msg = p.eatOp(',') ? parseExpression(p) : null;
  return { kind: 'Assert', test, msg, ...span(keyword, p.previous()) };
}
