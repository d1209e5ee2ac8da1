/**
 * Displays in braces: dicts, sets, and their comprehensions, with CPython 3.11's
 * `invalid_double_starred_kvpairs` / `invalid_kvpair` / `invalid_dict_comprehension` messages.
 */
import type { Expression } from './ast.js';
import { parseMoreElements } from './parseAtoms.js';
import { parseForIfClauses } from './parseComprehensions.js';
import { parseBitwiseOr, parseExpression, parseStarNamedExpression } from './parseExpressions.js';
import { span, tokenLocation, type Parser } from './parser.js';
import type { Token } from './tokens.js';

/**
 * dict: '{' [double_starred_kvpairs] '}'
 * set: '{' star_named_expressions '}'
 * dictcomp: '{' kvpair for_if_clauses '}'
 * setcomp: '{' named_expression for_if_clauses '}'
 */
export function parseDictOrSet(p: Parser): Expression {
  const open = p.next();
  if (p.atOp('}')) return { kind: 'Dict', keys: [], values: [], ...span(open, p.next()) };
  if (p.atOp('**')) {
    const star = p.next();
    const value = parseBitwiseOr(p);
    if (p.atKeyword('for')) p.raiseRange('dict unpacking cannot be used in dict comprehension', star);
    return parseDictRest(p, open, [null], [value]);
  }
  const first = parseStarNamedExpression(p);
  if (!p.atOp(':')) {
    if (p.atKeyword('for')) {
      if (first.kind === 'Starred') p.raiseRange('iterable unpacking cannot be used in comprehension', first);
      const generators = parseForIfClauses(p);
      const close = p.expectOp('}');
      return { kind: 'SetComp', elt: first, generators, ...span(open, close) };
    }
    const elts = [first];
    parseMoreElements(p, elts, open, '}');
    const close = p.expectOp('}');
    return { kind: 'Set', elts, ...span(open, close) };
  }
  const value = parseDictValue(p);
  if (p.atKeyword('for')) {
    const generators = parseForIfClauses(p);
    const close = p.expectOp('}');
    return { kind: 'DictComp', key: first, value, generators, ...span(open, close) };
  }
  return parseDictRest(p, open, [first], [value]);
}

/** ':' expression after a key, with the errors for a missing or starred value. */
function parseDictValue(p: Parser): Expression {
  const colon = p.expectOp(':');
  if (p.atOp('}') || p.atOp(',')) p.raiseAt("expression expected after dictionary key and ':'", tokenLocation(colon));
  if (p.atOp('*')) {
    const star = p.next();
    const operand = parseBitwiseOr(p);
    p.raiseRange('cannot use a starred expression in a dictionary value', star, operand);
  }
  return parseExpression(p);
}

/** double_starred_kvpairs: ','.double_starred_kvpair+ [','] after the first pair. */
function parseDictRest(p: Parser, open: Token, keys: (Expression | null)[], values: Expression[]): Expression {
  while (p.eatOp(',')) {
    if (p.atOp('}')) break;
    if (p.atOp('**')) {
      p.next();
      keys.push(null);
      values.push(parseBitwiseOr(p));
      continue;
    }
    // CPython reports a key after the first pair that lacks its ':' as such, even when another
    // expression follows it: there, "Perhaps you forgot a comma?" does not apply.
    const key = p.withoutErrorRules(() => parseExpression(p));
    if (!p.atOp(':')) {
      // invalid_kvpair: a=expression !(':'), reported on the key's last character.
      p.raiseAt("':' expected after dictionary key", { lineno: key.line, offset: key.endCol, endLineno: key.endLine, endOffset: -1 });
    }
    keys.push(key);
    values.push(parseDictValue(p));
  }
  const close = p.expectOp('}');
  return { kind: 'Dict', keys, values, ...span(open, close) };
}
