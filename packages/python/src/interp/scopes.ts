/**
 * Scope analysis (CPython's symtable): for each module, function, lambda, class body and
 * comprehension, which names are local, global, free (from an enclosing function's cell) or
 * cells for inner scopes, and the co_varnames order that decides in which order a frame's
 * locals are released.
 */
import type * as ast from '../parser/ast.js';
import type { CodeInfo, ComprehensionNode } from './objects.js';

type ScopeNode = CodeInfo['node'];

class Scope {
  readonly assigned = new Set<string>();
  readonly globalDecl = new Set<string>();
  readonly nonlocalDecl = new Set<string>();
  /** Every name occurrence, in source order (for co_varnames). */
  readonly order: string[] = [];
  readonly used = new Set<string>();
  readonly children: Scope[] = [];
  readonly cells = new Set<string>();
  readonly free = new Set<string>();
  readonly freeOrder: string[] = [];
  isGenerator = false;
  constructor(
    readonly kind: CodeInfo['kind'],
    readonly node: ScopeNode,
    readonly parent: Scope | null,
    readonly name: string,
    readonly qualname: string,
    readonly params: string[],
  ) {}
  isLocal(n: string): boolean {
    if (this.kind === 'module') return false;
    if (this.globalDecl.has(n) || this.nonlocalDecl.has(n)) return false;
    return this.assigned.has(n) || this.params.includes(n);
  }
}

function paramNames(a: ast.Arguments): string[] {
  // CPython orders co_varnames: positional, keyword-only, *args, **kwargs.
  const pos = [...a.posonlyargs, ...a.args].map((p) => p.name);
  const kwo = a.kwonlyargs.map((p) => p.name);
  return [...pos, ...kwo, ...(a.vararg ? [a.vararg.name] : []), ...(a.kwarg ? [a.kwarg.name] : [])];
}

export class ScopeTable {
  readonly infos = new Map<ScopeNode, CodeInfo>();
  constructor(
    module: ast.Module,
    readonly filename: string,
  ) {
    const root = new Scope('module', module, null, '<module>', '<module>', []);
    for (const s of module.body) this.stmt(root, s);
    this.resolve(root);
    this.build(root);
  }

  info(node: ScopeNode): CodeInfo {
    const i = this.infos.get(node);
    if (!i) throw new Error('no scope for node');
    return i;
  }

  private childQual(parent: Scope, name: string): string {
    if (parent.kind === 'module') return name;
    if (parent.kind === 'function') return `${parent.qualname}.<locals>.${name}`;
    return `${parent.qualname}.${name}`;
  }

  private store(s: Scope, name: string): void {
    s.assigned.add(name);
    s.order.push(name);
  }
  private load(s: Scope, name: string): void {
    s.used.add(name);
    s.order.push(name);
  }

  private target(s: Scope, t: ast.Expression): void {
    switch (t.kind) {
      case 'Name':
        this.store(s, t.id);
        break;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(s, e);
        break;
      case 'Starred':
        this.target(s, t.value);
        break;
      case 'Attribute':
        this.expr(s, t.value);
        break;
      case 'Subscript':
        this.expr(s, t.value);
        this.expr(s, t.slice);
        break;
      default:
        this.expr(s, t);
    }
  }

  private body(s: Scope, body: readonly ast.Statement[]): void {
    for (const st of body) this.stmt(s, st);
  }

  private stmt(s: Scope, st: ast.Statement): void {
    switch (st.kind) {
      case 'ExprStmt':
        this.expr(s, st.value);
        break;
      case 'Assign':
        this.expr(s, st.value);
        for (const t of st.targets) this.target(s, t);
        break;
      case 'AugAssign':
        if (st.target.kind === 'Name') this.load(s, st.target.id);
        this.expr(s, st.value);
        this.target(s, st.target);
        break;
      case 'AnnAssign':
        if (st.value) this.expr(s, st.value);
        this.expr(s, st.annotation);
        if (st.value || st.target.kind !== 'Name') this.target(s, st.target);
        else this.store(s, (st.target as ast.Name).id);
        break;
      case 'Delete':
        for (const t of st.targets) this.target(s, t);
        break;
      case 'Return':
        if (st.value) this.expr(s, st.value);
        break;
      case 'Global':
        for (const n of st.names) s.globalDecl.add(n);
        break;
      case 'Nonlocal':
        for (const n of st.names) s.nonlocalDecl.add(n);
        break;
      case 'Raise':
        if (st.exc) this.expr(s, st.exc);
        if (st.cause) this.expr(s, st.cause);
        break;
      case 'Assert':
        this.expr(s, st.test);
        if (st.msg) this.expr(s, st.msg);
        break;
      case 'Import':
        for (const a of st.names) this.store(s, a.asname ?? a.name.split('.')[0]!);
        break;
      case 'ImportFrom':
        for (const a of st.names) if (a.name !== '*') this.store(s, a.asname ?? a.name);
        break;
      case 'If':
      case 'While':
        this.expr(s, st.test);
        this.body(s, st.body);
        this.body(s, st.orelse);
        break;
      case 'For':
        this.expr(s, st.iter);
        this.target(s, st.target);
        this.body(s, st.body);
        this.body(s, st.orelse);
        break;
      case 'With':
        for (const it of st.items) {
          this.expr(s, it.contextExpr);
          if (it.optionalVars) this.target(s, it.optionalVars);
        }
        this.body(s, st.body);
        break;
      case 'Try':
        this.body(s, st.body);
        for (const h of st.handlers) {
          if (h.type) this.expr(s, h.type);
          if (h.name) this.store(s, h.name);
          this.body(s, h.body);
        }
        this.body(s, st.orelse);
        this.body(s, st.finalbody);
        break;
      case 'FunctionDef': {
        for (const d of st.decorators) this.expr(s, d);
        this.argDefaults(s, st.args);
        const child = new Scope('function', st, s, st.name, this.childQual(s, st.name), paramNames(st.args));
        s.children.push(child);
        this.body(child, st.body);
        this.store(s, st.name);
        break;
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(s, d);
        for (const b of st.bases) this.expr(s, b);
        for (const k of st.keywords) this.expr(s, k.value);
        const child = new Scope('class', st, s, st.name, this.childQual(s, st.name), []);
        s.children.push(child);
        this.body(child, st.body);
        this.store(s, st.name);
        break;
      }
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private argDefaults(s: Scope, a: ast.Arguments): void {
    for (const d of a.defaults) this.expr(s, d);
    for (const d of a.kwDefaults) if (d) this.expr(s, d);
  }

  private comprehension(s: Scope, node: ComprehensionNode, name: string): void {
    const gens = node.generators;
    this.expr(s, gens[0]!.iter);
    const child = new Scope('comprehension', node, s, name, this.childQual(s, name), ['.0']);
    if (node.kind === 'GeneratorExp') child.isGenerator = true;
    s.children.push(child);
    gens.forEach((g, i) => {
      if (i > 0) this.expr(child, g.iter);
      this.target(child, g.target);
      for (const c of g.ifs) this.expr(child, c);
    });
    if (node.kind === 'DictComp') {
      this.expr(child, node.key);
      this.expr(child, node.value);
    } else this.expr(child, node.elt);
  }

  private expr(s: Scope, e: ast.Expression | null): void {
    if (!e) return;
    switch (e.kind) {
      case 'Name':
        if (e.ctx === 'load') this.load(s, e.id);
        else this.store(s, e.id);
        return;
      case 'Lambda': {
        this.argDefaults(s, e.args);
        const child = new Scope('function', e, s, '<lambda>', this.childQual(s, '<lambda>'), paramNames(e.args));
        s.children.push(child);
        this.expr(child, e.body);
        return;
      }
      case 'ListComp':
        return this.comprehension(s, e, '<listcomp>');
      case 'SetComp':
        return this.comprehension(s, e, '<setcomp>');
      case 'DictComp':
        return this.comprehension(s, e, '<dictcomp>');
      case 'GeneratorExp':
        return this.comprehension(s, e, '<genexpr>');
      case 'NamedExpr': {
        this.expr(s, e.value);
        let t: Scope = s;
        while (t.kind === 'comprehension' && t.parent) t = t.parent;
        this.store(t, e.target.id);
        if (t !== s) s.nonlocalDecl.add(e.target.id);
        return;
      }
      case 'Yield':
      case 'YieldFrom':
        s.isGenerator = true;
        this.expr(s, e.value);
        return;
      default:
        for (const c of childExprs(e)) this.expr(s, c);
    }
  }

  /** Resolves every non-local name of every scope to an enclosing function's cell, if any. */
  private resolve(s: Scope): void {
    if (s.kind !== 'module') {
      const names: string[] = [];
      for (const n of s.order) if (!names.includes(n)) names.push(n);
      for (const n of s.nonlocalDecl) if (!names.includes(n)) names.push(n);
      for (const n of names) {
        if (s.isLocal(n) || s.globalDecl.has(n)) continue;
        if (s.kind === 'class' && s.assigned.has(n)) continue;
        const path: Scope[] = [s];
        for (let p = s.parent; p && p.kind !== 'module'; p = p.parent) {
          if (p.kind !== 'class' && p.isLocal(n)) {
            p.cells.add(n);
            for (const q of path) {
              if (!q.free.has(n)) {
                q.free.add(n);
                q.freeOrder.push(n);
              }
            }
            break;
          }
          if (p.globalDecl.has(n)) break;
          path.push(p);
        }
      }
    }
    for (const c of s.children) this.resolve(c);
  }

  private build(s: Scope): void {
    const varnames: string[] = [...s.params];
    const seen = new Set(varnames);
    if (s.kind === 'function' || s.kind === 'comprehension') {
      for (const n of s.order) {
        if (!seen.has(n) && s.isLocal(n)) {
          seen.add(n);
          varnames.push(n);
        }
      }
    }
    const locals = new Set<string>();
    for (const n of s.assigned) if (s.isLocal(n) || s.kind === 'class') locals.add(n);
    for (const p of s.params) locals.add(p);
    if (s.kind === 'class') for (const n of s.globalDecl) locals.delete(n);
    const node = s.node as { line?: number };
    this.infos.set(s.node, {
      name: s.name,
      qualname: s.qualname,
      node: s.node,
      params: s.params,
      varnames,
      cellvars: s.cells,
      freevars: s.freeOrder,
      globals: s.globalDecl,
      isGenerator: s.isGenerator,
      kind: s.kind,
      locals,
      firstLine: node.line ?? 1,
      filename: this.filename,
    });
    for (const c of s.children) this.build(c);
  }
}

/** The direct sub-expressions of an expression (not entering new scopes' bodies). */
export function childExprs(e: ast.Expression): ast.Expression[] {
  switch (e.kind) {
    case 'FString':
      return e.parts.flatMap((p) => (p.kind === 'FormattedValue' ? [p.value, ...(p.formatSpec ? [p.formatSpec] : [])] : []));
    case 'Tuple':
    case 'List':
    case 'Set':
      return [...e.elts];
    case 'Dict':
      return [...e.keys.filter((k): k is ast.Expression => k !== null), ...e.values];
    case 'Starred':
      return [e.value];
    case 'BinOp':
      return [e.left, e.right];
    case 'UnaryOp':
      return [e.operand];
    case 'BoolOp':
      return [...e.values];
    case 'Compare':
      return [e.left, ...e.comparators];
    case 'IfExp':
      return [e.test, e.body, e.orelse];
    case 'Call':
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'Attribute':
      return [e.value];
    case 'Subscript':
      return [e.value, e.slice];
    case 'Slice':
      return [e.lower, e.upper, e.step].filter((x): x is ast.Expression => x !== null);
    case 'Await':
      return [e.value];
    default:
      return [];
  }
}
