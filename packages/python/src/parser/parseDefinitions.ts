/**
 * Function and class definitions, with their decorators.
 */
import type { Expression, Keyword, Statement } from './ast.js';
import { parseCallArguments } from './parseCallArguments.js';
import { parseExpression, parseNamedExpression } from './parseExpressions.js';
import { parseParameters } from './parseParameters.js';
import { parseBlock } from './parseStatements.js';
import { span, type Parser } from './parser.js';
import { TokenKind } from './tokens.js';

/**
 * function_def: decorators function_def_raw | function_def_raw
 * class_def: decorators class_def_raw | class_def_raw
 * decorators: ('@' f=named_expression NEWLINE)+
 */
export function parseClassOrFunction(p: Parser): Statement {
  const decorators: Expression[] = [];
  while (p.eatOp('@')) {
    decorators.push(parseNamedExpression(p));
    if (!p.atKind(TokenKind.NewLine)) p.fail();
    p.next();
  }
  if (p.atKeyword('def')) return parseFunctionDef(p, decorators);
  if (p.atKeyword('class')) return parseClassDef(p, decorators);
  return p.fail();
}

/**
 * function_def_raw: 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' b=block
 */
function parseFunctionDef(p: Parser, decorators: Expression[]): Statement {
  const keyword = p.next();
  const name = p.expectName();
  p.forceOp('(');
  const args = parseParameters(p, ')');
  p.expectOp(')');
  const returns = p.eatOp('->') ? parseExpression(p) : null;
  p.forceOp(':');
  const body = parseBlock(p, 'function definition', keyword);
  return { kind: 'FunctionDef', name: name.value, args, body, decorators, returns, ...span(keyword, p.lastReal()) };
}

/**
 * class_def_raw: 'class' a=NAME b=['(' z=[arguments] ')' { z }] ':' c=block
 * invalid_class_def_raw: 'class' NAME ['(' [arguments] ')'] NEWLINE  "expected ':'"
 */
function parseClassDef(p: Parser, decorators: Expression[]): Statement {
  const keyword = p.next();
  const name = p.expectName();
  let bases: readonly Expression[] = [];
  let keywords: Keyword[] = [];
  if (p.atOp('(')) {
    const call = parseCallArguments(p, { kind: 'Name', id: name.value, ctx: 'load', ...span(name, name) }, name);
    bases = call.args;
    keywords = [...call.keywords];
  }
  if (!p.eatOp(':')) {
    if (p.atKind(TokenKind.NewLine)) p.raiseAtLastToken("expected ':'");
    p.fail();
  }
  const body = parseBlock(p, 'class definition', keyword);
  return { kind: 'ClassDef', name: name.value, bases, keywords, body, decorators, ...span(keyword, p.lastReal()) };
}
