/**
 * Import statements.
 */
import type { Alias, Statement } from './ast.js';
import { span, type Parser } from './parser.js';
import { TokenKind } from './tokens.js';

/**
 * import_name: 'import' dotted_as_names
 * dotted_as_names: ','.dotted_as_name+
 * dotted_as_name: dotted_name ['as' NAME]
 */
export function parseImport(p: Parser): Statement {
  const keyword = p.next();
  const names: Alias[] = [];
  do {
    const first = p.peek();
    const name = parseDottedName(p);
    const asname = p.eatKeyword('as') ? p.expectName().value : null;
    names.push({ kind: 'Alias', name, asname, ...span(first, p.previous()) });
  } while (p.eatOp(','));
  return { kind: 'Import', names, ...span(keyword, p.previous()) };
}

/** dotted_name: dotted_name '.' NAME | NAME */
function parseDottedName(p: Parser): string {
  let name = p.expectName().value;
  while (p.eatOp('.')) name += `.${p.expectName().value}`;
  return name;
}

/**
 * import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets
 * import_from_targets:
 *     | '(' import_from_as_names [','] ')'
 *     | import_from_as_names !','
 *     | '*'
 *     | invalid_import_from_targets
 */
export function parseImportFrom(p: Parser): Statement {
  const keyword = p.next();
  let level = 0;
  for (;;) {
    if (p.eatOp('.')) level += 1;
    else if (p.eatOp('...')) level += 3;
    else break;
  }
  const module = level > 0 && p.atKeyword('import') ? null : parseDottedName(p);
  p.expectKeyword('import');
  const star = p.eatOp('*');
  if (star) {
    const names: Alias[] = [{ kind: 'Alias', name: '*', asname: null, ...span(star, star) }];
    return { kind: 'ImportFrom', module, names, level, ...span(keyword, star) };
  }
  const parenthesized = p.eatOp('(');
  const names: Alias[] = [];
  for (;;) {
    const name = p.expectName();
    const asname = p.eatKeyword('as') ? p.expectName().value : null;
    names.push({ kind: 'Alias', name: name.value, asname, ...span(name, p.previous()) });
    if (!p.eatOp(',')) break;
    if (parenthesized && p.atOp(')')) break;
    if (!parenthesized && p.atKind(TokenKind.NewLine)) {
      p.raiseAtLastToken('trailing comma not allowed without surrounding parentheses');
    }
  }
  if (parenthesized) p.expectOp(')');
  return { kind: 'ImportFrom', module, names, level, ...span(keyword, p.previous()) };
}
