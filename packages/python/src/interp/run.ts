/** Running a program: parse, set up the interpreter, execute `__main__`, shut down as CPython does. */
import type { Heap } from '@heapline/core';
import { formatSyntaxError } from '../parser/diagnostics.js';
import { parseModule } from '../parser/parseModule.js';
import './ops.js';
import './attrs.js';
import './calls.js';
import './exec.js';
import './protocols.js';
import { installBuiltins } from './builtins.js';
import { BudgetExceeded, PyErr } from './errors.js';
import { Frame } from './frame.js';
import { Interp, type Exec } from './interp.js';
import * as L from './layout.js';
import { installModules, newModule } from './modules.js';
import { PyDict, PyExc, PyInt, PyModule, PyNone, PyObject, PyStr, type CodeInfo } from './objects.js';
import { ScopeTable } from './scopes.js';
import { bootstrap } from './types.js';
import { installTracemalloc } from './tracemallocModule.js';

export interface RunOptions {
  /** The file name as the program was given (shown in tracebacks, tracemalloc, `__file__`). */
  readonly filename: string;
  /** Where stdout and stderr text goes, as it is produced. */
  readonly write: (stream: 'stdout' | 'stderr', text: string) => void;
  readonly maxEvents?: number;
  readonly maxSeconds?: number;
  readonly argv?: readonly string[];
  /** Called with the heap as soon as it exists (to stream its log while the program runs). */
  readonly onHeap?: (heap: Heap) => void;
  /** Called every few thousand events while the program runs. */
  readonly progress?: () => void;
}

export interface RunResult {
  /** Exit status, as `python3 FILE` would return (0, 1, or SystemExit's code). */
  readonly status: number;
  /** The heap, with the whole event log; null if the program did not parse. */
  readonly heap: Heap | null;
  /** Set when the program stopped at a budget. */
  readonly budget?: { readonly kind: 'events' | 'seconds'; readonly limit: number };
}

/** Runs a Python program on a simulated heap. */
export function runPython(source: string, options: RunOptions): RunResult {
  const { module, diagnostics, text } = parseModule(source, options.filename);
  if (diagnostics.length > 0) {
    options.write('stderr', formatSyntaxError(diagnostics[0]!, options.filename));
    return { status: 1, heap: null };
  }
  const lines = text.source.split('\n');
  const rt = new Interp({
    filename: options.filename,
    write: options.write,
    lines,
    ...(options.maxEvents !== undefined ? { maxEvents: options.maxEvents } : {}),
    ...(options.maxSeconds !== undefined ? { maxSeconds: options.maxSeconds } : {}),
    ...(options.argv ? { argv: options.argv } : {}),
    ...(options.progress ? { progress: options.progress } : {}),
  });
  options.onHeap?.(rt.heap);
  rt.scopes = new ScopeTable(module, options.filename);
  const moduleInfo = rt.scopes.info(module);
  let status = 0;
  let budget: RunResult['budget'];
  try {
    setUp(rt, moduleInfo);
    rt.compileConstants(module);
    status = runMain(rt, module.body, moduleInfo);
    shutdown(rt);
  } catch (e) {
    if (e instanceof BudgetExceeded) {
      budget = { kind: e.budget, limit: e.limit };
      status = 3;
    } else throw e;
  }
  return budget ? { status, heap: rt.heap, budget } : { status, heap: rt.heap };
}

function setUp(rt: Interp, info: CodeInfo): void {
  rt.constants = new Map();
  rt.yieldCache = new WeakMap();
  rt.moduleFactories = new Map();
  rt.finalizers = new Set();
  rt.runFinalizersAtExit = null;
  const self = rt as unknown as Record<string, unknown>;
  self.delFinalizer = (Interp.prototype.delFinalizer as unknown as (...a: unknown[]) => void).bind(rt);
  self.genFinalizer = (Interp.prototype.genFinalizer as unknown as (...a: unknown[]) => void).bind(rt);
  // The interpreter's own frame: where set-up temporaries live.
  const root = rt.heap.addRoot('frame <interpreter>');
  const base = new Frame(info, root, null as unknown as PyDict, null, null, false);
  rt.frame = base;
  bootstrap(rt);
  const b = new PyDict(rt.T.dict!);
  rt.allocStatic(b, { type: 'dict', size: L.EMPTY_DICT_SIZE, gc: true, tracked: false, untrack: 'dict' }, rt.rootBuiltins, 'builtins.__dict__');
  rt.builtins = b;
  installBuiltins(rt);
  installModules(rt);
  installTracemalloc(rt);
  const bm = new PyModule(rt.T.module!, 'builtins', b);
  rt.allocStatic(bm, { type: 'module', size: L.MODULE_SIZE, gc: true }, rt.rootModules, 'builtins');
  rt.take(b, bm, '__dict__');
  rt.modules.set('builtins', bm);
  // Start-up objects end up long-lived, as CPython's do after its start-up collections; the
  // counters start from zero and gc.get_stats() reports CPython's start-up baseline.
  rt.heap.collect(2);
  rt.setupStats = rt.heap.getStats();
}

function runMain(rt: Interp, body: Parameters<Interp['exec']>[1], info: CodeInfo): number {
  const base = rt.frame;
  const main = newModule(rt, '__main__');
  rt.modules.set('__main__', main);
  rt.take(main, rt.rootModules, '__main__');
  rt.pop(main);
  const g = main.dict;
  rt.dictSetStr(g, '__doc__', rt.None);
  rt.dictSetStr(g, '__builtins__', rt.modules.get('builtins')!);
  const file = rt.str(rt.opts.filename);
  rt.dictSetStr(g, '__file__', file);
  rt.pop(file);
  const holder = rt.heap.addRoot('frame <module>');
  const f = new Frame(info, holder, g, base, null, true);
  try {
    rt.runFrame(f, () => rt.exec(f, body) as Exec);
    const r = base.stack[base.stack.length - 1]!;
    rt.pop(r);
    return 0;
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    rt.frame = base;
    return uncaught(rt, e);
  }
}

function uncaught(rt: Interp, e: PyErr): number {
  const exc = rt.catchErr(e);
  try {
    if (exc.type.isSubtype(rt.T.SystemExit!)) {
      const code = exc.args?.items[0];
      if (!code || code instanceof PyNone) return 0;
      if (code instanceof PyInt) return Number(BigInt.asUintN(8, code.v));
      rt.heap.write('stderr', rt.toStr(code) + '\n');
      return 1;
    }
    const text = rt.formatException(exc);
    rt.heap.write('stderr', text);
    return 1;
  } finally {
    rt.pop(exc);
  }
}

/** Py_FinalizeEx, as far as a script can see it. */
function shutdown(rt: Interp): void {
  const guard = (f: () => void): void => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      const exc = rt.catchErr(e);
      const text = `Exception ignored in: <shutdown>\n${rt.formatException(exc)}`;
      rt.heap.write('stderr', text);
      rt.pop(exc);
    }
  };
  // atexit: weakref.finalize objects still alive, newest first.
  guard(() => rt.runFinalizersAtExit?.(rt));
  const main = rt.modules.get('__main__')!;
  rt.modules.delete('__main__');
  // finalize_remove_modules: sys.modules entries go; then a collection.
  guard(() => rt.drop(main, rt.rootModules, '__main__'));
  guard(() => void rt.heap.collect(2));
  // Modules still alive get their globals cleared: names starting with one underscore first.
  if (rt.heap.isAlive(main.id) && rt.heap.isAlive(main.dict.id)) {
    const d = main.dict;
    const entries = d.table.list();
    for (const pass of [0, 1]) {
      for (const e of entries) {
        if (!rt.heap.isAlive(d.id)) break;
        const k = e.key instanceof PyStr ? e.key.v : '';
        const under = k.startsWith('_') && !k.startsWith('__');
        if (k === '__builtins__') continue;
        if (pass === 0 ? !under : under) continue;
        if (e.value === rt.None || !d.table.entries.includes(e)) continue;
        guard(() => rt.dictSet(d, e.key, rt.None));
      }
    }
  }
  guard(() => void rt.heap.collect(2));
}
