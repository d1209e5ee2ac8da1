/**
 * Assignment and deletion targets. The parser reads a target as an expression and then checks it
 * here, as CPython's error rules do with `_PyPegen_get_invalid_target` and name the offending
 * expression with `_PyPegen_get_expr_name` (Parser/pegen.c, action_helpers.c).
 */
import type { Expression, ExprContext } from './ast.js';

/** What kind of target list is being checked: this decides the message and the starred rule. */
export type TargetsType = 'star' | 'for' | 'del';

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: Expression): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'FString': return 'f-string expression';
    case 'None': return 'None';
    case 'Bool': return e.value ? 'True' : 'False';
    case 'Ellipsis': return 'ellipsis';
    case 'Int': case 'Float': case 'Imaginary': case 'Str': case 'Bytes': return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/**
 * The first sub-expression of `e` that cannot be assigned to (or deleted), or null if `e` is a
 * valid target list. Only tuples and lists are searched: any other container is itself invalid.
 */
export function invalidTarget(e: Expression, type: TargetsType): Expression | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, type);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return type === 'del' ? e : invalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` parsed as an expression reads as a comparison: look at its left side.
      if (type === 'for') return e.ops[0] === 'in' ? invalidTarget(e.left, type) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** `e` with the given context on it and on its target sub-expressions (checked valid before). */
export function withContext(e: Expression, ctx: ExprContext): Expression {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return { ...e, ctx };
    case 'Starred':
      return { ...e, ctx, value: withContext(e.value, ctx) };
    case 'Tuple':
    case 'List':
      return { ...e, ctx, elts: e.elts.map((elt) => withContext(elt, ctx)) };
    default:
      return e;
  }
}

/** A single target, as `single_target` accepts for augmented and annotated assignment. */
export function isSingleTarget(e: Expression): boolean {
  return e.kind === 'Name' || e.kind === 'Attribute' || e.kind === 'Subscript';
}
