/**
 * Parameter lists of `def` and `lambda`, read left to right with CPython 3.11's
 * `invalid_parameters` / `invalid_star_etc` / `invalid_kwds` / `invalid_default` messages, and
 * lambda expressions.
 *
 * parameters:
 *     | slash_no_default param_no_default* param_with_default* [star_etc]
 *     | slash_with_default param_with_default* [star_etc]
 *     | param_no_default+ param_with_default* [star_etc]
 *     | param_with_default+ [star_etc]
 *     | star_etc
 * star_etc: '*' param_no_default param_maybe_default* [kwds] | '*' ',' param_maybe_default+ [kwds] | kwds
 * kwds: '**' param_no_default
 */
import type { Arg, Arguments, Expression } from './ast.js';
import { parseExpression } from './parseExpressions.js';
import { span, tokenLocation, type Parser } from './parser.js';
import { TokenKind, type Token } from './tokens.js';

export function parseParameters(p: Parser, closer: ')' | ':'): Arguments {
  const isLambda = closer === ':';
  const posonlyargs: Arg[] = [];
  let args: Arg[] = [];
  const defaults: Expression[] = [];
  let vararg: Arg | null = null;
  const kwonlyargs: Arg[] = [];
  const kwDefaults: (Expression | null)[] = [];
  let kwarg: Arg | null = null;
  let sawSlash = false;
  let sawStar = false;
  let sawDefault = false;
  const at = (message: string, t: Token): never => p.raiseAt(message, tokenLocation(t));

  while (!p.atOp(closer)) {
    const t = p.peek();
    if (t.kind === TokenKind.Op && t.value === '/') {
      if (kwarg) at('arguments cannot follow var-keyword argument', t);
      if (sawStar) at('/ must be ahead of *', t);
      if (sawSlash) at('/ may appear only once', t);
      if (args.length === 0) at('at least one argument must precede /', t);
      p.next();
      posonlyargs.push(...args);
      args = [];
      sawSlash = true;
    } else if (t.kind === TokenKind.Op && t.value === '*') {
      if (kwarg) at('arguments cannot follow var-keyword argument', t);
      if (sawStar) at('* argument may appear only once', t);
      p.next();
      sawStar = true;
      // invalid_star_etc reports a bare '*' at the '*'; invalid_lambda_star_etc at the last token.
      const bareStar = (): never => (isLambda ? p.raiseAtLastToken('named arguments must follow bare *') : at('named arguments must follow bare *', t));
      if (p.atOp(',')) {
        if (p.atOp(closer, 1) || p.atOp('**', 1)) bareStar();
      } else if (p.atOp(closer)) {
        bareStar();
      } else {
        vararg = parseParam(p, isLambda);
        if (p.atOp('=')) at('var-positional argument cannot have default value', p.peek());
      }
    } else if (t.kind === TokenKind.Op && t.value === '**') {
      if (kwarg) at('arguments cannot follow var-keyword argument', t);
      p.next();
      kwarg = parseParam(p, isLambda);
      if (p.atOp('=')) at('var-keyword argument cannot have default value', p.peek());
    } else if (t.kind === TokenKind.Name) {
      const param = parseParam(p, isLambda);
      if (kwarg) p.raiseRange('arguments cannot follow var-keyword argument', param);
      const value = parseDefault(p);
      if (sawStar) {
        kwonlyargs.push(param);
        kwDefaults.push(value);
      } else {
        if (value) {
          defaults.push(value);
          sawDefault = true;
        } else if (sawDefault) {
          p.raiseRange('non-default argument follows default argument', param);
        }
        args.push(param);
      }
    } else if (t.kind === TokenKind.Op && t.value === '(') {
      parenthesizedParameters(p, isLambda);
    } else {
      p.fail();
    }
    if (!p.eatOp(',')) break;
  }
  return { kind: 'Arguments', posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults };
}

/** param: NAME annotation? (annotations only in `def`) */
function parseParam(p: Parser, isLambda: boolean): Arg {
  const name = p.expectName();
  const annotation = !isLambda && p.eatOp(':') ? parseExpression(p) : null;
  return { kind: 'Arg', name: name.value, annotation, ...span(name, p.previous()) };
}

/** default: '=' expression | invalid_default ("expected default value expression") */
function parseDefault(p: Parser): Expression | null {
  const eq = p.eatOp('=');
  if (!eq) return null;
  if (p.atOp(',') || p.atOp(')')) p.raiseAt('expected default value expression', tokenLocation(eq));
  return parseExpression(p);
}

/** invalid_parameters: param_no_default* a='(' param_no_default+ ','? b=')' */
function parenthesizedParameters(p: Parser, isLambda: boolean): never {
  const open = p.next();
  const close = p.lookahead(() => {
    do p.expectName();
    while (p.eatOp(',') && !p.atOp(')'));
    return p.expectOp(')');
  });
  if (!close) return p.fail();
  const what = isLambda ? 'Lambda expression parameters' : 'Function parameters';
  return p.raiseRange(`${what} cannot be parenthesized`, open, close);
}

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function parseLambda(p: Parser): Expression {
  const keyword = p.next();
  const args = parseParameters(p, ':');
  p.expectOp(':');
  const body = parseExpression(p);
  return { kind: 'Lambda', args, body, ...span(keyword, p.previous()) };
}
