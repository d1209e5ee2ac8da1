/**
 * The syntax errors CPython 3.11 raises while building its symbol table (Python/symtable.c), in
 * the order it raises them: first those found while visiting the tree (duplicate parameters,
 * global/nonlocal declared after use, nonlocal at module level, import * in a function, yield in
 * a comprehension), then those of the analysis pass ("no binding for nonlocal 'x' found").
 */
import type { Node, Span } from './ast.js';
import { childrenOf } from './walker.js';

const PARAM = 1;
const LOCAL = 2;
const USE = 4;
const ANNOT = 8;
const GLOBAL = 16;
const NONLOCAL = 32;
/** A comprehension's iteration variable (DEF_COMP_ITER). */
const COMP_ITER = 64;

type ScopeKind = 'module' | 'function' | 'class' | 'comprehension';

class Scope {
  readonly names = new Map<string, number>();
  /** The first global or nonlocal statement naming each name (CPython's ste_directives). */
  readonly directives = new Map<string, Span>();
  readonly children: Scope[] = [];

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
  ) {
    parent?.children.push(this);
  }

  flags(name: string): number {
    return this.names.get(name) ?? 0;
  }

  add(name: string, flag: number): void {
    this.names.set(name, this.flags(name) | flag);
  }
}

/** A symbol-table error: message and the node CPython locates it at. */
export interface ScopeError {
  readonly message: string;
  readonly at: Span;
}

class Found {
  constructor(readonly error: ScopeError) {}
}

/**
 * Where the visit is: `comprehension` names the comprehension whose scope this is, `iter` is set
 * inside a comprehension's iterable, `target` inside its iteration target.
 */
interface Where {
  readonly comprehension: string | null;
  readonly iter: boolean;
  readonly target: boolean;
}

const TOP: Where = { comprehension: null, iter: false, target: false };

/** A new scope entered from `where`: CPython's symtable_enter_block carries ste_comp_iter_expr over. */
function nested(where: Where): Where {
  return where.iter ? { ...TOP, iter: true } : TOP;
}

const COMPREHENSION_NAMES: Readonly<Record<string, string>> = {
  ListComp: 'list comprehension',
  SetComp: 'set comprehension',
  DictComp: 'dict comprehension',
  GeneratorExp: 'generator expression',
};

/** The first symbol-table error in `module`, or null. */
export function findScopeError(module: Node): ScopeError | null {
  const top = new Scope('module', null);
  try {
    visit(module, top, TOP);
    analyze(top, new Set());
    return null;
  } catch (e) {
    if (e instanceof Found) return e.error;
    throw e;
  }
}

function fail(message: string, at: Span): never {
  throw new Found({ message, at });
}

function visitAll(nodes: readonly (Node | null)[], scope: Scope, where: Where): void {
  for (const n of nodes) if (n) visit(n, scope, where);
}

function visit(node: Node, scope: Scope, where: Where): void {
  switch (node.kind) {
    case 'FunctionDef': {
      scope.add(node.name, LOCAL);
      visitAll([...node.decorators, ...node.args.defaults, ...node.args.kwDefaults, node.returns], scope, where);
      visitAnnotations(node.args, scope);
      const inner = new Scope('function', scope);
      addParams(node.args, inner);
      visitAll(node.body, inner, nested(where));
      return;
    }
    case 'Lambda': {
      visitAll([...node.args.defaults, ...node.args.kwDefaults], scope, where);
      const inner = new Scope('function', scope);
      addParams(node.args, inner);
      visit(node.body, inner, nested(where));
      return;
    }
    case 'ClassDef': {
      scope.add(node.name, LOCAL);
      visitAll([...node.decorators, ...node.bases, ...node.keywords], scope, where);
      const inner = new Scope('class', scope);
      visitAll(node.body, inner, nested(where));
      return;
    }
    case 'ListComp': case 'SetComp': case 'GeneratorExp': case 'DictComp': {
      // The first iterable is evaluated in the enclosing scope, the rest in the comprehension's.
      const [first, ...rest] = node.generators;
      if (!first) return;
      visit(first.iter, scope, { ...where, iter: true });
      const inner = new Scope('comprehension', scope);
      const name = COMPREHENSION_NAMES[node.kind] ?? 'comprehension';
      const body: Where = { ...nested(where), comprehension: name };
      visit(first.target, inner, { ...body, target: true });
      visitAll(first.ifs, inner, body);
      for (const g of rest) {
        visit(g.iter, inner, { ...body, iter: true });
        visit(g.target, inner, { ...body, target: true });
        visitAll(g.ifs, inner, body);
      }
      visitAll(node.kind === 'DictComp' ? [node.key, node.value] : [node.elt], inner, body);
      return;
    }
    case 'Global': case 'Nonlocal':
      declare(node, scope);
      return;
    case 'ImportFrom':
      for (const a of node.names) {
        if (a.name === '*' && scope.kind !== 'module') fail('import * only allowed at module level', a);
        if (a.name !== '*') scope.add(a.asname ?? a.name, LOCAL);
      }
      return;
    case 'Import':
      for (const a of node.names) scope.add(a.asname ?? a.name.split('.')[0] ?? a.name, LOCAL);
      return;
    case 'AnnAssign':
      if (node.target.kind === 'Name' && node.simple) {
        const cur = scope.flags(node.target.id);
        if (cur & (GLOBAL | NONLOCAL)) {
          fail(`annotated name '${node.target.id}' can't be ${cur & GLOBAL ? 'global' : 'nonlocal'}`, node);
        }
        scope.add(node.target.id, ANNOT | LOCAL);
      }
      visitAll([node.target, node.annotation, node.value], scope, where);
      return;
    case 'ExceptHandler':
      if (node.name !== null) scope.add(node.name, LOCAL);
      break;
    case 'Name':
      scope.add(node.id, node.ctx === 'load' ? USE : where.target ? LOCAL | COMP_ITER : LOCAL);
      return;
    case 'NamedExpr':
      bindNamedExpression(node, scope, where);
      visit(node.value, scope, where);
      return;
    case 'Yield': case 'YieldFrom':
      if (where.comprehension !== null) fail(`'yield' inside ${where.comprehension}`, node);
      break;
    default:
      break;
  }
  for (const child of childrenOf(node)) visit(child, scope, where);
}

/** symtable_extend_namedexpr_scope: `x := ...` in a comprehension binds in the enclosing function. */
function bindNamedExpression(node: Extract<Node, { kind: 'NamedExpr' }>, scope: Scope, where: Where): void {
  if (where.iter) fail('assignment expression cannot be used in a comprehension iterable expression', node);
  const name = node.target.id;
  let target = scope;
  while (target.kind === 'comprehension' && target.parent) {
    if (target.flags(name) & COMP_ITER) fail(`assignment expression cannot rebind comprehension iteration variable '${name}'`, node.target);
    target = target.parent;
  }
  if (scope.kind === 'comprehension' && target.kind === 'class') {
    fail('assignment expression within a comprehension cannot be used in a class body', node.target);
  }
  target.add(name, LOCAL);
}

function visitAnnotations(args: Extract<Node, { kind: 'Arguments' }>, scope: Scope): void {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg];
  for (const a of all) if (a?.annotation) visit(a.annotation, scope, TOP);
}

/** Parameters in symtable_visit_arguments order: positional-only, positional, keyword-only, *, **. */
function addParams(args: Extract<Node, { kind: 'Arguments' }>, scope: Scope): void {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg];
  for (const a of all) {
    if (!a) continue;
    if (scope.flags(a.name) & PARAM) fail(`duplicate argument '${a.name}' in function definition`, a);
    scope.add(a.name, PARAM);
  }
}

function declare(node: Extract<Node, { kind: 'Global' | 'Nonlocal' }>, scope: Scope): void {
  const what = node.kind === 'Global' ? 'global' : 'nonlocal';
  if (node.kind === 'Nonlocal' && scope.kind === 'module') fail('nonlocal declaration not allowed at module level', node);
  for (const name of node.names) {
    const cur = scope.flags(name);
    if (cur & PARAM) fail(`name '${name}' is parameter and ${what}`, node);
    if (cur & USE) fail(`name '${name}' is used prior to ${what} declaration`, node);
    if (cur & ANNOT) fail(`annotated name '${name}' can't be ${what}`, node);
    if (cur & LOCAL) fail(`name '${name}' is assigned to before ${what} declaration`, node);
    scope.add(name, node.kind === 'Global' ? GLOBAL : NONLOCAL);
    if (!scope.directives.has(name)) scope.directives.set(name, node);
  }
}

/** analyze_block: a nonlocal name must be bound in an enclosing function scope. */
function analyze(scope: Scope, bound: ReadonlySet<string>): void {
  for (const [name, flags] of scope.names) {
    if (!(flags & NONLOCAL)) continue;
    const at = scope.directives.get(name) ?? { start: 0, end: 0, line: 1, col: 0, endLine: 1, endCol: 0 };
    if (flags & GLOBAL) fail(`name '${name}' is nonlocal and global`, at);
    if (!bound.has(name)) fail(`no binding for nonlocal '${name}' found`, at);
  }
  const childBound = new Set(bound);
  if (scope.kind === 'function' || scope.kind === 'comprehension') {
    for (const [name, flags] of scope.names) {
      if (flags & (LOCAL | PARAM) && !(flags & (GLOBAL | NONLOCAL))) childBound.add(name);
      if (flags & GLOBAL) childBound.delete(name);
    }
  }
  for (const child of scope.children) analyze(child, childBound);
}
