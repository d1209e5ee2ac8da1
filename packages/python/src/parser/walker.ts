/**
 * Walking the syntax tree: the children of each node kind, in source order (as pyright's
 * parseTreeWalker does), and a depth-first walk over them.
 */
import type { Node } from './ast.js';

/** The direct children of `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  const out: Node[] = [];
  const add = (...items: (Node | null | readonly (Node | null)[])[]): void => {
    for (const item of items) {
      if (item === null) continue;
      if (Array.isArray(item)) {
        for (const x of item as readonly (Node | null)[]) if (x !== null) out.push(x);
      } else {
        out.push(item as Node);
      }
    }
  };
  switch (node.kind) {
    case 'Module': add(node.body); break;
    case 'ExprStmt': add(node.value); break;
    case 'Assign': add(node.targets, node.value); break;
    case 'AugAssign': add(node.target, node.value); break;
    case 'AnnAssign': add(node.target, node.annotation, node.value); break;
    case 'Delete': add(node.targets); break;
    case 'Return': add(node.value); break;
    case 'Raise': add(node.exc, node.cause); break;
    case 'Assert': add(node.test, node.msg); break;
    case 'Import': case 'ImportFrom': add(node.names); break;
    case 'If': case 'While': add(node.test, node.body, node.orelse); break;
    case 'For': add(node.target, node.iter, node.body, node.orelse); break;
    case 'With': add(node.items, node.body); break;
    case 'WithItem': add(node.contextExpr, node.optionalVars); break;
    case 'Try': add(node.body, node.handlers, node.orelse, node.finalbody); break;
    case 'ExceptHandler': add(node.type, node.body); break;
    case 'FunctionDef': add(node.decorators, node.args, node.returns, node.body); break;
    case 'ClassDef': add(node.decorators, node.bases, node.keywords, node.body); break;
    case 'Arguments': add(argumentsInOrder(node)); break;
    case 'Arg': add(node.annotation); break;
    case 'Keyword': add(node.value); break;
    case 'Tuple': case 'List': case 'Set': add(node.elts); break;
    case 'Dict':
      node.keys.forEach((key, i) => add(key, node.values[i] ?? null));
      break;
    case 'Starred': add(node.value); break;
    case 'ListComp': case 'SetComp': case 'GeneratorExp': add(node.elt, node.generators); break;
    case 'DictComp': add(node.key, node.value, node.generators); break;
    case 'Comprehension': add(node.target, node.iter, node.ifs); break;
    case 'BinOp': add(node.left, node.right); break;
    case 'UnaryOp': add(node.operand); break;
    case 'BoolOp': add(node.values); break;
    case 'Compare': add(node.left, node.comparators); break;
    case 'IfExp': add(node.body, node.test, node.orelse); break;
    case 'NamedExpr': add(node.target, node.value); break;
    case 'Lambda': add(node.args, node.body); break;
    case 'Call': add(node.func, node.args, node.keywords); break;
    case 'Attribute': add(node.value); break;
    case 'Subscript': add(node.value, node.slice); break;
    case 'Slice': add(node.lower, node.upper, node.step); break;
    case 'Yield': add(node.value); break;
    case 'YieldFrom': case 'Await': add(node.value); break;
    case 'FString': add(node.parts); break;
    case 'FormattedValue': add(node.value, node.formatSpec); break;
    case 'Name': case 'Int': case 'Float': case 'Imaginary': case 'Str': case 'Bytes': case 'Bool':
    case 'None': case 'Ellipsis': case 'FStringText': case 'Pass': case 'Break': case 'Continue':
    case 'Global': case 'Nonlocal': case 'Alias':
      break;
  }
  return out;
}

/** Parameters with their defaults, in the order they are written. */
function argumentsInOrder(node: Extract<Node, { kind: 'Arguments' }>): Node[] {
  const out: Node[] = [];
  const positional = [...node.posonlyargs, ...node.args];
  const firstDefault = positional.length - node.defaults.length;
  positional.forEach((arg, i) => {
    out.push(arg);
    const d = node.defaults[i - firstDefault];
    if (i >= firstDefault && d) out.push(d);
  });
  if (node.vararg) out.push(node.vararg);
  node.kwonlyargs.forEach((arg, i) => {
    out.push(arg);
    const d = node.kwDefaults[i];
    if (d) out.push(d);
  });
  if (node.kwarg) out.push(node.kwarg);
  return out;
}

/**
 * Visits `node` and its descendants depth-first in source order. Returning false from `visit`
 * skips the children of that node.
 *
 * @example
 * walk(module, (n) => { if (n.kind === 'Name') names.push(n.id); });
 */
export function walk(node: Node, visit: (node: Node, parent: Node | null) => boolean | void): void {
  const step = (n: Node, parent: Node | null): void => {
    if (visit(n, parent) === false) return;
    for (const child of childrenOf(n)) step(child, n);
  };
  step(node, null);
}
