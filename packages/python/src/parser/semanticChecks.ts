/**
 * Syntax errors CPython 3.11 raises after parsing: first the symbol table's (scopeChecks.ts), then
 * the compiler's (Python/compile.c), in the order the compiler meets them: 'return' and 'yield'
 * outside a function, 'break' and 'continue' outside a loop, misplaced starred expressions,
 * repeated keyword arguments, a bare 'except:' that is not last.
 */
import type { Expression, Node, Span } from './ast.js';
import { utf8Offset, type LocatedSyntaxError } from './diagnostics.js';
import { findScopeError } from './scopeChecks.js';
import type { SourceText } from './sourceText.js';
import { childrenOf } from './walker.js';

/** Where the compiler is: inside a function or not, and inside how many loops of that body. */
interface Context {
  readonly inFunction: boolean;
  readonly inLoop: boolean;
}

class Found {
  constructor(
    readonly message: string,
    readonly at: Span,
  ) {}
}

/** The first post-parse syntax error of `module`, located as CPython locates it, or null. */
export function checkSemantics(module: Node, text: SourceText): LocatedSyntaxError | null {
  const scopeError = findScopeError(module);
  let found: Found | null = scopeError ? new Found(scopeError.message, scopeError.at) : null;
  if (!found) {
    try {
      compileBody(childrenOf(module), { inFunction: false, inLoop: false });
    } catch (e) {
      if (!(e instanceof Found)) throw e;
      found = e;
    }
  }
  if (!found) return null;
  // The compiler reports AST columns, which CPython counts in UTF-8 bytes.
  const at = found.at;
  const lineText = text.lineText(at.line);
  return {
    type: 'SyntaxError',
    message: found.message,
    lineno: at.line,
    offset: utf8Offset(lineText, at.col + 1),
    endLineno: at.endLine,
    endOffset: utf8Offset(text.lineText(at.endLine), at.endCol + 1),
    text: lineText,
  };
}

function compileBody(nodes: readonly Node[], ctx: Context): void {
  for (const n of nodes) compile(n, ctx);
}

/** Visits `node` in the compiler's order, checking what the compiler checks. */
function compile(node: Node, ctx: Context): void {
  switch (node.kind) {
    case 'FunctionDef':
      compileBody([...node.decorators, node.args], ctx);
      if (node.returns) compile(node.returns, ctx);
      compileBody(node.body, { inFunction: true, inLoop: false });
      return;
    case 'Lambda':
      compile(node.args, ctx);
      compile(node.body, { inFunction: true, inLoop: false });
      return;
    case 'ClassDef':
      checkKeywords(node.keywords);
      compileBody(node.decorators, ctx);
      compileBody(node.bases.map((b) => (b.kind === 'Starred' ? b.value : b)), ctx);
      compileBody(node.keywords, ctx);
      compileBody(node.body, { inFunction: false, inLoop: false });
      return;
    case 'Return':
      if (!ctx.inFunction) throw new Found("'return' outside function", node);
      break;
    case 'Yield': case 'YieldFrom':
      if (!ctx.inFunction) throw new Found("'yield' outside function", node);
      break;
    case 'Await':
      // No function is async in heapline's subset.
      throw new Found(ctx.inFunction ? "'await' outside async function" : "'await' outside function", node);
    case 'Break':
      if (!ctx.inLoop) throw new Found("'break' outside loop", node);
      return;
    case 'Continue':
      if (!ctx.inLoop) throw new Found("'continue' not properly in loop", node);
      return;
    case 'For':
      compileLoad(node.iter, ctx);
      compileTarget(node.target, ctx);
      compileBody(node.body, { ...ctx, inLoop: true });
      compileBody(node.orelse, ctx);
      return;
    case 'While':
      compileLoad(node.test, ctx);
      compileBody(node.body, { ...ctx, inLoop: true });
      compileBody(node.orelse, ctx);
      return;
    case 'Assign':
      compileLoad(node.value, ctx);
      for (const t of node.targets) compileTarget(t, ctx);
      return;
    case 'Try':
      compileBody(node.body, ctx);
      node.handlers.forEach((h, i) => {
        if (h.type === null && i < node.handlers.length - 1) throw new Found("default 'except:' must be last", h);
        compile(h, ctx);
      });
      compileBody([...node.orelse, ...node.finalbody], ctx);
      return;
    case 'WithItem':
      compileLoad(node.contextExpr, ctx);
      if (node.optionalVars) compileTarget(node.optionalVars, ctx);
      return;
    case 'Call':
      checkKeywords(node.keywords);
      break;
    case 'Starred':
      if (node.ctx === 'load') throw new Found("can't use starred expression here", node);
      break;
    case 'Tuple': case 'List': case 'Set':
      // Starred elements are allowed in displays; check what they contain.
      for (const e of node.elts) compile(e.kind === 'Starred' ? e.value : e, ctx);
      return;
    default:
      break;
  }
  for (const child of childrenOf(node)) {
    if (node.kind === 'Call' && child.kind === 'Starred') compile(child.value, ctx);
    else compile(child, ctx);
  }
}

function compileLoad(e: Expression, ctx: Context): void {
  compile(e, ctx);
}

/** An assignment target: a starred one must sit in a tuple or list, and only one per level. */
function compileTarget(target: Expression, ctx: Context): void {
  if (target.kind === 'Starred') throw new Found('starred assignment target must be in a list or tuple', target);
  if (target.kind === 'Tuple' || target.kind === 'List') {
    if (target.elts.filter((e) => e.kind === 'Starred').length > 1) {
      throw new Found('multiple starred expressions in assignment', target);
    }
    for (const e of target.elts) compileTarget(e.kind === 'Starred' ? e.value : e, ctx);
    return;
  }
  compile(target, ctx);
}

/** validate_keywords: "keyword argument repeated: x" at the second one. */
function checkKeywords(keywords: readonly Extract<Node, { kind: 'Keyword' }>[]): void {
  const seen = new Set<string>();
  for (const k of keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) throw new Found(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}
