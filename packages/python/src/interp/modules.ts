/** The sys, gc and weakref modules. (tracemalloc is in tracemallocModule.ts.) */
import { HeapError } from '@heapline/core';
import { PyErr } from './errors.js';
import { Interp } from './interp.js';
import * as L from './layout.js';
import {
  PyBuiltin,
  PyDict,
  PyExc,
  PyFunction,
  PyInstance,
  PyInt,
  PyList,
  PyModule,
  PyObject,
  PyProperty,
  PyStr,
  PyTuple,
  PyType,
  PyWeakref,
  type Kwargs,
} from './objects.js';
import { STARTUP } from './startup.generated.js';

type Fn = (rt: Interp, a: PyObject[], kw: Kwargs) => PyObject;

export function newModule(rt: Interp, name: string): PyModule {
  // Held only by whoever takes the returned stack reference (sys.modules).
  const d = rt.alloc(new PyDict(rt.T.dict!), { size: L.EMPTY_DICT_SIZE, gc: true, tracked: false, untrack: 'dict' });
  const m = rt.alloc(new PyModule(rt.T.module!, name, d), { size: L.MODULE_SIZE, gc: true });
  rt.take(d, m, '__dict__');
  rt.pop(d);
  rt.dictSetStr(d, '__name__', rt.constStr(name));
  return m;
}

/** A type defined by a builtin module, held for the interpreter's lifetime. */
export function internalType(rt: Interp, name: string, bases: PyType[], ns: PyDict | null, module: string): PyType {
  const t = rt.newType(name, bases, ns);
  t.module = module;
  rt.take(t, rt.rootBuiltins, `type ${module}.${name}`);
  rt.pop(t);
  return t;
}

function fn(rt: Interp, m: PyModule, name: string, f: Fn): void {
  const b = rt.native(name, f as never);
  rt.allocStatic(b, { type: 'builtin_function_or_method', size: 72, gc: true }, rt.rootBuiltins, `${m.name}.${name}`);
  rt.take(m, b, '__self__');
  rt.dictSetStr(m.dict, name, b);
}

function setv(rt: Interp, m: PyModule, name: string, v: PyObject): void {
  rt.dictSetStr(m.dict, name, v);
  rt.pop(v);
}

function kw(k: Kwargs, name: string): PyObject | undefined {
  for (const [n, v] of k) if (n === name) return v;
  return undefined;
}

function intArg(rt: Interp, o: PyObject | undefined, fnName: string): number {
  if (!(o instanceof PyInt)) rt.raise('TypeError', `'${o ? o.type.name : 'NoneType'}' object cannot be interpreted as an integer`);
  return Number(o.v);
}

/** Runs an engine command, turning its typed errors into Python exceptions. */
function engine<T>(rt: Interp, f: () => T, map: (e: HeapError) => [string, string]): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof HeapError) {
      const [t, m] = map(e);
      rt.raise(t, m);
    }
    throw e;
  }
}

export function installModules(rt: Interp): void {
  rt.moduleFactories.set('sys', makeSys);
  rt.moduleFactories.set('gc', makeGc);
  rt.moduleFactories.set('weakref', makeWeakref);
}

function makeSys(rt: Interp): PyModule {
  const m = newModule(rt, 'sys');
  fn(rt, m, 'getrefcount', (rt: Interp, a: PyObject[]) => {
    if (a.length !== 1) rt.raise('TypeError', `sys.getrefcount() takes exactly one argument (${a.length} given)`);
    return rt.int(rt.heap.refcount(a[0]!.id));
  });
  fn(rt, m, 'getsizeof', (rt: Interp, a: PyObject[]) => {
    const o = a[0]!;
    if (o instanceof PyInstance && o.type.lookup('__sizeof__') instanceof PyFunction) {
      const r = rt.callMethod(o, '__sizeof__', []);
      rt.pop(r);
      if (!(r instanceof PyInt)) rt.raise('TypeError', `an integer is required`);
      if (r.v < 0n) rt.raise('ValueError', '__sizeof__() should return >= 0');
      const pre = (rt.heap.state.isGc(o.id) ? 16n : 0n) + (o.type.managedDict ? 16n : 0n);
      return rt.int(r.v + pre);
    }
    return rt.int(rt.heap.state.size[o.id]!);
  });
  fn(rt, m, 'getrecursionlimit', (rt: Interp) => rt.int(rt.recursionLimit));
  fn(rt, m, 'setrecursionlimit', (rt: Interp, a: PyObject[]) => {
    const n = intArg(rt, a[0], 'setrecursionlimit');
    if (n < 1) rt.raise('ValueError', 'recursion limit must be greater or equal than 1');
    if (n <= rt.depth) rt.raise('RecursionError', `cannot set the recursion limit to ${n} at the recursion depth ${rt.depth}: the limit is too low`);
    rt.recursionLimit = n;
    return rt.none();
  });
  fn(rt, m, 'intern', (rt: Interp, a: PyObject[]) => rt.push(rt.constStr((a[0] as PyStr).v)));
  fn(rt, m, 'exit', (rt: Interp, a: PyObject[]) => {
    const t = rt.T.SystemExit!;
    throw rt.makeErr(t, a.length ? [a[0]!] : []);
  });
  fn(rt, m, 'exc_info', (rt: Interp) => {
    let cur: PyObject | undefined;
    for (let f: typeof rt.frame | null = rt.frame; f && !cur; f = f.back) cur = f.handling[f.handling.length - 1];
    if (!cur) return rt.tuple([rt.none(), rt.none(), rt.none()]);
    return rt.tuple([rt.push(cur.type), rt.push(cur), (cur as PyExc).traceback ? rt.push((cur as PyExc).traceback!) : rt.none()]);
  });
  // version_info: a tuple subclass with named fields.
  const vt = internalType(rt, 'version_info', [rt.T.tuple!], null, 'sys');
  const vi = new PyTuple(vt, []);
  const parts: [string, PyObject][] = [
    ['major', rt.smallInts[3 + 5]!],
    ['minor', rt.smallInts[11 + 5]!],
    ['micro', rt.smallInts[7 + 5]!],
    ['releaselevel', rt.constStr('final')],
    ['serial', rt.smallInts[0 + 5]!],
  ];
  vi.items.push(...parts.map(([, v]) => v));
  rt.allocStatic(vi, { type: 'sys.version_info', size: L.tupleSize(5), gc: true, sequence: true, clearable: false }, rt.rootBuiltins, 'sys.version_info');
  vi.items.forEach((v, i) => rt.take(v, vi, i));
  for (const [name, v] of parts) {
    vt.natives.set(name, new PyProperty(rt.T.property!, rt.native(name, ((rt: Interp) => rt.push(v)) as never), null, null));
  }
  vt.natives.set(
    '__repr__',
    rt.native('__repr__', ((rt: Interp) =>
      rt.str(`sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)`)) as never),
  );
  vt.dict.set('__repr__', vt.natives.get('__repr__')!);
  rt.dictSetStr(m.dict, 'version_info', vi);
  setv(rt, m, 'version', rt.str('3.11.7 (main, heapline simulation) [heapline]'));
  setv(rt, m, 'argv', rt.list((rt.opts.argv ?? [rt.opts.filename]).map((s) => rt.str(s))));
  setv(rt, m, 'maxsize', rt.int(9223372036854775807n));
  setv(rt, m, 'byteorder', rt.str('little'));
  setv(rt, m, 'platform', rt.str('linux'));
  setv(rt, m, 'hexversion', rt.int(0x30b07f0));
  for (const stream of ['stdout', 'stderr'] as const) {
    const st = internalType(rt, 'TextIOWrapper', [rt.T.object!], null, '_io');
    const inst = rt.makeInstance(st) as PyInstance & { stream?: string };
    inst.stream = stream;
    st.natives.set(
      'write',
      rt.native('write', ((rt: Interp, a: PyObject[]) => {
        const s = a[1];
        if (!(s instanceof PyStr)) rt.raise('TypeError', `write() argument must be str, not ${s ? s.type.name : 'None'}`);
        if (stream === 'stdout') rt.tm?.textWrite(s);
        rt.heap.write(stream, s.v);
        return rt.int(s.length);
      }) as never),
    );
    st.natives.set(
      'flush',
      rt.native('flush', ((rt: Interp) => {
        if (stream === 'stdout') rt.tm?.flushText();
        return rt.none();
      }) as never),
    );
    st.natives.set('__enter__', rt.native('__enter__', ((rt: Interp, a: PyObject[]) => rt.push(a[0]!)) as never));
    st.natives.set('__exit__', rt.native('__exit__', ((rt: Interp) => rt.none()) as never));
    rt.dictSetStr(m.dict, stream, inst);
    rt.dictSetStr(m.dict, `__${stream}__`, inst);
    rt.pop(inst);
  }
  const modules = rt.dict();
  for (const [name, mod] of rt.modules) rt.dictSetStr(modules, name, mod);
  setv(rt, m, 'modules', modules);
  return m;
}

export const DEBUG_FLAGS: ReadonlyArray<readonly [string, number]> = [
  ['DEBUG_STATS', 1],
  ['DEBUG_COLLECTABLE', 2],
  ['DEBUG_UNCOLLECTABLE', 4],
  ['DEBUG_SAVEALL', 32],
  ['DEBUG_LEAK', 38],
];


function makeGc(rt: Interp): PyModule {
  const m = newModule(rt, 'gc');
  const genErr = (e: HeapError): [string, string] => ['ValueError', e.message];
  fn(rt, m, 'enable', (rt: Interp) => {
    rt.heap.enable();
    return rt.none();
  });
  fn(rt, m, 'disable', (rt: Interp) => {
    rt.heap.disable();
    return rt.none();
  });
  fn(rt, m, 'isenabled', (rt: Interp) => rt.bool(rt.heap.isEnabled()));
  fn(rt, m, 'collect', (rt: Interp, a: PyObject[], k: Kwargs) => {
    const g = a[0] ?? kw(k, 'generation');
    const gen = g ? intArg(rt, g, 'collect') : 2;
    const n = engine(rt, () => rt.heap.collect(gen), genErr);
    return rt.int(n);
  });
  fn(rt, m, 'get_count', (rt: Interp) => rt.tuple(rt.heap.getCount().map((c) => rt.int(c))));
  fn(rt, m, 'get_threshold', (rt: Interp) => rt.tuple(rt.heap.getThreshold().map((c) => rt.int(c))));
  fn(rt, m, 'set_threshold', (rt: Interp, a: PyObject[]) => {
    if (a.length < 1) rt.raise('TypeError', `set_threshold() takes at least 1 argument (${a.length} given)`);
    if (a.length > 3) rt.raise('TypeError', `set_threshold() takes at most 3 arguments (${a.length} given)`);
    const v = a.map((x) => intArg(rt, x, 'set_threshold'));
    engine(rt, () => rt.heap.setThreshold(v[0]!, v[1], v[2]), genErr);
    return rt.none();
  });
  fn(rt, m, 'get_stats', (rt: Interp) => {
    const stats = rt.heap.getStats();
    const dicts = stats.map((s, g) => {
      const base = STARTUP.stats[g]!;
      const setup = rt.setupStats[g] ?? { collections: 0, collected: 0, uncollectable: 0 };
      const d = rt.dict();
      for (const [k, v] of [['collections', s.collections - setup.collections + base[0]], ['collected', s.collected - setup.collected + base[1]], ['uncollectable', s.uncollectable - setup.uncollectable + base[2]]] as const) {
        const i = rt.int(v);
        rt.dictSetStr(d, k, i);
        rt.pop(i);
      }
      return d;
    });
    return rt.list(dicts);
  });
  fn(rt, m, 'set_debug', (rt: Interp, a: PyObject[]) => {
    rt.heap.setDebug(intArg(rt, a[0], 'set_debug'));
    return rt.none();
  });
  fn(rt, m, 'get_debug', (rt: Interp) => rt.int(rt.heap.getDebug()));
  fn(rt, m, 'is_tracked', (rt: Interp, a: PyObject[]) => rt.bool(rt.heap.isTracked(a[0]!.id)));
  // The FINALIZED bit is set after tp_finalize returns: inside __del__ it still reads False.
  fn(rt, m, 'is_finalized', (rt: Interp, a: PyObject[]) => rt.bool(rt.heap.isFinalized(a[0]!.id) && !rt.finalizing.has(a[0]!)));
  fn(rt, m, 'freeze', (rt: Interp) => {
    rt.heap.freeze();
    return rt.none();
  });
  fn(rt, m, 'unfreeze', (rt: Interp) => {
    rt.heap.unfreeze();
    return rt.none();
  });
  fn(rt, m, 'get_freeze_count', (rt: Interp) => rt.int(rt.heap.getFreezeCount()));
  fn(rt, m, 'get_referents', (rt: Interp, a: PyObject[]) => rt.list(rt.heap.referents(...a.map((x) => x.id)).map((id) => rt.push(rt.obj(id)))));
  fn(rt, m, 'get_referrers', (rt: Interp, a: PyObject[]) => {
    const ids = rt.heap.referrers(...a.map((x) => x.id));
    // The frames of the running code are not objects here; CPython lists them too.
    return rt.list(ids.filter((id) => rt.reg[id] !== undefined).map((id) => rt.push(rt.obj(id))));
  });
  fn(rt, m, 'get_objects', (rt: Interp, a: PyObject[], k: Kwargs) => {
    const g = a[0] ?? kw(k, 'generation');
    const gen = g && g !== rt.None ? intArg(rt, g, 'get_objects') : undefined;
    const ids = engine(rt, () => rt.heap.getObjects(gen), genErr);
    return rt.list(ids.filter((id) => rt.reg[id] !== undefined).map((id) => rt.push(rt.obj(id))));
  });
  for (const [name, v] of DEBUG_FLAGS) setv(rt, m, name, rt.int(v));
  // gc.garbage: a list whose items are the engine's (the collector appends to it).
  const gl = new PyList(rt.T.list!);
  Object.defineProperty(gl, 'items', {
    get: () => rt.heap.garbageItems().map((id) => rt.obj(id)),
    set: () => {
      /* the engine's edges are the list's contents */
    },
  });
  gl.id = rt.heap.garbage;
  rt.reg[gl.id] = gl;
  rt.gcGarbage = gl;
  rt.dictSetStr(m.dict, 'garbage', gl);
  const cbs = rt.list([]);
  rt.gcCallbacks = cbs;
  setv(rt, m, 'callbacks', cbs);
  return m;
}

function makeWeakref(rt: Interp): PyModule {
  const m = newModule(rt, 'weakref');
  const T = rt.T;
  const wt = T.weakref!;
  wt.qualname = 'ReferenceType';
  wt.name = 'ReferenceType';
  wt.module = 'weakref';
  const canRef = (o: PyObject): boolean => {
    const t = o.type;
    if (o instanceof PyInstance) return t.managedDict || !t.slots || t.slots.includes('__weakref__');
    return o instanceof PyFunction || o instanceof PyType || t === T.set || t === T.frozenset || t === T.generator || t === T.method || t === T.module || t === T.code;
  };
  // A weakref without callback is shared: weakref.ref(x) returns the existing one.
  const basic = new Map<number, PyWeakref>();
  const makeRef = (rt: Interp, target: PyObject, cb: PyObject | undefined): PyWeakref => {
    if (!canRef(target)) rt.raise('TypeError', `cannot create weak reference to '${target.type.name}' object`);
    const hasCb = cb !== undefined && cb !== rt.None;
    if (!hasCb) {
      const old = basic.get(target.id);
      if (old && rt.heap.isAlive(old.id) && rt.heap.weakrefTarget(old.id) === target.id) return rt.push(old);
    }
    const w = new PyWeakref(wt);
    const id = rt.heap.weakref(target.id, {
      type: 'weakref',
      size: L.WEAKREF_SIZE,
      site: `${rt.opts.filename}:${rt.frame.line}`,
      ...(hasCb
        ? {
            callbackObject: cb.id,
            callback: (_h: unknown, wrId: number) => {
              const wr = rt.obj(wrId);
              const saved = rt.frame;
              try {
                const r = rt.call(rt.push(cb), [rt.push(wr)]);
                rt.pop(r);
                rt.pop(cb);
              } catch (e) {
                if (!(e instanceof PyErr)) throw e;
                rt.frame = saved;
                rt.unwindStack(saved, saved.stack.indexOf(cb) >= 0 ? saved.stack.lastIndexOf(cb) : saved.stack.length);
                const exc = rt.catchErr(e);
                rt.heap.write('stderr', `Exception ignored in: ${rt.repr(cb)}\n` + rt.formatException(exc));
                rt.pop(exc);
              }
            },
          }
        : {}),
    });
    w.id = id;
    w.target = target;
    w.callback = hasCb ? cb : null;
    rt.reg[id] = w;
    if (!hasCb) basic.set(target.id, w);
    // weakref() returns a new reference: the engine's object starts at refcount 0, owned here.
    rt.push(w);
    return w;
  };
  T.weakref!.natives.set(
    '__new__',
    rt.native('__new__', ((rt: Interp, a: PyObject[]) => {
      if (a.length < 2) rt.raise('TypeError', '__new__ expected at least 1 argument, got 0');
      return makeRef(rt, a[1]!, a[2]);
    }) as never),
  );
  T.weakref!.natives.set(
    '__call__',
    rt.native('__call__', ((rt: Interp, a: PyObject[]) => {
      const t = rt.heap.weakrefTarget(a[0]!.id);
      return t === null ? rt.none() : rt.push(rt.obj(t));
    }) as never),
  );
  T.weakref!.dict.set('__call__', T.weakref!.natives.get('__call__')!);
  T.weakref!.natives.set(
    '__callback__',
    new PyProperty(T.property!, rt.native('__callback__', ((rt: Interp, a: PyObject[]) => {
      const w = a[0] as PyWeakref;
      return w.callback && rt.heap.weakrefTarget(w.id) !== null ? rt.push(w.callback) : rt.none();
    }) as never), null, null),
  );
  rt.dictSetStr(m.dict, 'ref', wt);
  rt.dictSetStr(m.dict, 'ReferenceType', wt);
  fn(rt, m, 'getweakrefcount', (rt: Interp, a: PyObject[]) => rt.int(rt.reg.filter((o) => o instanceof PyWeakref && rt.heap.isAlive(o.id) && rt.heap.weakrefTarget(o.id) === a[0]!.id).length));
  fn(rt, m, 'getweakrefs', (rt: Interp, a: PyObject[]) =>
    rt.list(
      rt.reg
        .filter((o): o is PyWeakref => o instanceof PyWeakref && rt.heap.isAlive(o.id) && rt.heap.weakrefTarget(o.id) === a[0]!.id)
        .reverse()
        .map((w) => rt.push(w)),
    ),
  );
  installFinalize(rt, m);
  installWeakDicts(rt, m, makeRef);
  return m;
}

function installFinalize(rt: Interp, m: PyModule): void {
  const ft = internalType(rt, 'finalize', [rt.T.object!], null, 'weakref');
  interface Fin extends PyInstance {
    wr: PyWeakref | null;
    func: PyObject | null;
    args: PyTuple | null;
    kwargs: PyDict | null;
    index: number;
    /** Called at interpreter exit if still alive (the `atexit` attribute, default True). */
    atexit: boolean;
  }
  let counter = 0;
  // weakref.py: once `_exitfunc` has run (finalize._shutdown), calling a finalizer only
  // removes it from the registry; its function is not called.
  let shutdown = false;
  const call = (rt: Interp, f: Fin): PyObject => {
    if (!f.func) return rt.none();
    const func = f.func;
    const args = f.args!;
    const kwargs = f.kwargs;
    f.func = null;
    // Remove from the registry (the module holds alive finalizers).
    rt.finalizers.delete(f);
    const dropRecord = (): void => {
      rt.drop(func, f, 'func');
      rt.drop(args, f, 'args');
      if (kwargs) rt.drop(kwargs, f, 'kwargs');
      if (f.wr) rt.drop(f.wr, rt.rootModules, 'weakref.finalize registry');
      rt.drop(f, rt.rootModules, 'weakref.finalize registry');
    };
    if (shutdown) {
      dropRecord();
      return rt.none();
    }
    rt.push(func);
    rt.push(args);
    const kwd = kwargs ? kwargs.table.list().map((e) => [(e.key as PyStr).v, rt.push(e.value)] as [string, PyObject]) : [];
    try {
      return rt.call(func, args.items.map((x) => rt.push(x)), kwd);
    } finally {
      rt.pop(args);
      rt.pop(func);
      dropRecord();
    }
  };
  ft.natives.set(
    '__new__',
    rt.native('__new__', ((rt: Interp, a: PyObject[], k: Kwargs) => {
      const [cls, obj, func, ...rest] = a;
      if (!obj || !func) rt.raise('TypeError', 'finalize expected at least 2 positional arguments');
      const f = rt.makeInstance(cls as PyType) as Fin;
      f.func = func;
      rt.take(func, f, 'func');
      const t = rt.tuple(rest.map((x) => rt.push(x)));
      f.args = t;
      rt.take(t, f, 'args');
      rt.pop(t);
      f.kwargs = null;
      if (k.length) {
        const d = rt.dict();
        for (const [n, v] of k) rt.dictSetStr(d, n, v);
        f.kwargs = d;
        rt.take(d, f, 'kwargs');
        rt.pop(d);
      }
      f.index = counter++;
      f.atexit = true;
      const wr = rt.heap.weakref(obj.id, {
        type: 'weakref',
        size: L.WEAKREF_SIZE,
        callbackObject: f.id,
        callback: () => {
          const saved = rt.frame;
          try {
            const r = call(rt, f);
            rt.pop(r);
          } catch (e) {
            if (!(e instanceof PyErr)) throw e;
            rt.frame = saved;
            const exc = rt.catchErr(e);
            rt.heap.write('stderr', `Exception ignored in: ${rt.repr(f)}\n` + rt.formatException(exc));
            rt.pop(exc);
          }
        },
      });
      const w = new PyWeakref(rt.T.weakref!);
      w.id = wr;
      rt.reg[wr] = w;
      // weakref.py keeps the weak reference in the registry's _Info record (not in the
      // finalize object, which the reference holds as its callback): calling the finalizer pops
      // the record, so the reference dies then, and a collection counts it as collected.
      rt.take(w, rt.rootModules, 'weakref.finalize registry');
      f.wr = w;
      rt.take(f, rt.rootModules, 'weakref.finalize registry');
      rt.finalizers.add(f);
      return f;
    }) as never),
  );
  ft.natives.set('__call__', rt.native('__call__', ((rt: Interp, a: PyObject[]) => call(rt, a[0] as Fin)) as never));
  ft.dict.set('__call__', ft.natives.get('__call__')!);
  ft.natives.set(
    'detach',
    rt.native('detach', ((rt: Interp, a: PyObject[]) => {
      const f = a[0] as Fin;
      if (!f.func || !f.wr) return rt.none();
      const target = rt.heap.weakrefTarget(f.wr.id);
      if (target === null) return rt.none();
      const res = rt.tuple([rt.push(rt.obj(target)), rt.push(f.func), rt.push(f.args!), f.kwargs ? rt.push(f.kwargs) : rt.dict()]);
      rt.drop(f.func, f, 'func');
      f.func = null;
      rt.finalizers.delete(f);
      rt.drop(f, rt.rootModules, 'weakref.finalize registry');
      return res;
    }) as never),
  );
  ft.natives.set(
    'peek',
    rt.native('peek', ((rt: Interp, a: PyObject[]) => {
      const f = a[0] as Fin;
      if (!f.func || !f.wr) return rt.none();
      const target = rt.heap.weakrefTarget(f.wr.id);
      if (target === null) return rt.none();
      return rt.tuple([rt.push(rt.obj(target)), rt.push(f.func), rt.push(f.args!), f.kwargs ? rt.push(f.kwargs) : rt.dict()]);
    }) as never),
  );
  ft.natives.set(
    'alive',
    new PyProperty(rt.T.property!, rt.native('alive', ((rt: Interp, a: PyObject[]) => rt.bool(!!(a[0] as Fin).func)) as never), null, null),
  );
  ft.natives.set(
    'atexit',
    new PyProperty(
      rt.T.property!,
      rt.native('atexit', ((rt: Interp, a: PyObject[]) => rt.bool((a[0] as Fin).atexit !== false)) as never),
      rt.native('atexit', ((rt: Interp, a: PyObject[]) => {
        (a[0] as Fin).atexit = rt.truthy(a[1]!);
        return rt.none();
      }) as never),
      null,
    ),
  );
  ft.hasDel = false;
  ft.managedDict = false;
  rt.dictSetStr(m.dict, 'finalize', ft);
  rt.runFinalizersAtExit = (rt: Interp) => {
    // weakref.finalize._exitfunc: the alive finalizers whose atexit is true, newest first.
    const pending = [...rt.finalizers].filter((f) => (f as Fin).atexit !== false).sort((x, y) => (x as Fin).index - (y as Fin).index);
    while (pending.length) {
      const f = pending.pop() as Fin;
      if (!f.func) continue;
      try {
        const r = call(rt, f);
        rt.pop(r);
      } catch (e) {
        if (!(e instanceof PyErr)) throw e;
        const exc = rt.catchErr(e);
        rt.heap.write('stderr', `Exception ignored in: ${rt.repr(f)}\n` + rt.formatException(exc));
        rt.pop(exc);
      }
    }
    shutdown = true;
  };
}

declare module './interp.js' {
  interface Interp {
    finalizers: Set<PyInstance>;
    runFinalizersAtExit: ((rt: Interp) => void) | null;
  }
}

function installWeakDicts(rt: Interp, m: PyModule, makeRef: (rt: Interp, t: PyObject, cb: PyObject | undefined) => PyWeakref): void {
  for (const kind of ['WeakValueDictionary', 'WeakKeyDictionary'] as const) {
    const byValue = kind === 'WeakValueDictionary';
    const t = internalType(rt, kind, [rt.T.object!], null, 'weakref');
    t.managedDict = false;
    interface WD extends PyInstance {
      data: PyDict;
    }
    const native = (name: string, f: Fn) => {
      const b = rt.native(name, f as never, `${kind}.${name}`);
      t.natives.set(name, b);
      t.dict.set(name, b);
    };
    const live = (rt: Interp, w: WD): [PyObject, PyObject][] => {
      const out: [PyObject, PyObject][] = [];
      for (const e of w.data.table.list()) {
        if (byValue) {
          const target = rt.heap.weakrefTarget(e.value.id);
          if (target !== null) out.push([e.key, rt.obj(target)]);
        } else {
          const target = rt.heap.weakrefTarget(e.key.id);
          if (target !== null) out.push([rt.obj(target), e.value]);
        }
      }
      return out;
    };
    // The data dict maps key -> weakref(value) (or weakref(key) -> value): a weakref's hash is
    // its referent's, and equal weakrefs compare their referents.
    native('__new__', (rt: Interp, a: PyObject[]) => {
      const w = rt.makeInstance(a[0] as PyType) as WD;
      const d = rt.dict();
      w.data = d;
      rt.take(d, w, 'data');
      rt.pop(d);
      return w;
    });
    // __init__(mapping) and update(mapping): each item stored through set().
    const update = (rt: Interp, a: PyObject[]) => {
      if (a[1]) {
        const items = rt.toList(rt.callMethod(a[1], 'items', []));
        for (const it of items) {
          const [k, v] = (it as PyTuple).items;
          set(rt, a[0] as WD, k!, v!);
        }
        for (const it of items.reverse()) rt.pop(it);
      }
      return rt.none();
    };
    native('__init__', update);
    const set = (rt: Interp, w: WD, k: PyObject, v: PyObject): void => {
      if (byValue) {
        const cb = rt.native('remove', ((rt: Interp) => {
          const e = rt.dictLookup(w.data, k);
          if (e && rt.heap.weakrefTarget(e.value.id) === null) rt.dictDel(w.data, k);
          return rt.none();
        }) as never);
        rt.alloc(cb, { type: 'builtin_function_or_method', size: 72, gc: true });
        const wr = makeRef(rt, v, cb);
        rt.dictSet(w.data, k, wr);
        rt.pop(wr);
        rt.pop(cb);
      } else {
        const cb = rt.native('remove', ((rt: Interp, a: PyObject[]) => {
          const wr = a[0]!;
          for (const e of w.data.table.list()) if (e.key === wr) rt.dictDel(w.data, e.key);
          return rt.none();
        }) as never);
        rt.alloc(cb, { type: 'builtin_function_or_method', size: 72, gc: true });
        const existing = w.data.table.list().find((e) => rt.heap.weakrefTarget(e.key.id) === k.id);
        if (existing) {
          rt.dictSet(w.data, existing.key, v);
          rt.pop(cb);
          return;
        }
        const wr = makeRef(rt, k, cb);
        rt.dictSet(w.data, wr, v);
        rt.pop(wr);
        rt.pop(cb);
      }
    };
    const find = (rt: Interp, w: WD, k: PyObject): { key: PyObject; value: PyObject } | undefined => {
      if (byValue) {
        const e = rt.dictLookup(w.data, k);
        if (!e) return undefined;
        const target = rt.heap.weakrefTarget(e.value.id);
        return target === null ? undefined : { key: e.key, value: rt.obj(target) };
      }
      const e = w.data.table.list().find((x) => rt.heap.weakrefTarget(x.key.id) === k.id || (rt.heap.weakrefTarget(x.key.id) !== null && rt.eq(rt.obj(rt.heap.weakrefTarget(x.key.id)!), k)));
      return e ? { key: e.key, value: e.value } : undefined;
    };
    native('__setitem__', (rt: Interp, a: PyObject[]) => {
      set(rt, a[0] as WD, a[1]!, a[2]!);
      return rt.none();
    });
    native('__getitem__', (rt: Interp, a: PyObject[]) => {
      const e = find(rt, a[0] as WD, a[1]!);
      if (!e) throw rt.makeErr(rt.T.KeyError!, [a[1]!]);
      return rt.push(e.value);
    });
    native('get', (rt: Interp, a: PyObject[]) => {
      const e = find(rt, a[0] as WD, a[1]!);
      return e ? rt.push(e.value) : a[2] ? rt.push(a[2]) : rt.none();
    });
    native('__delitem__', (rt: Interp, a: PyObject[]) => {
      const w = a[0] as WD;
      const e = find(rt, w, a[1]!);
      if (!e) throw rt.makeErr(rt.T.KeyError!, [a[1]!]);
      rt.dictDel(w.data, e.key);
      return rt.none();
    });
    native('__contains__', (rt: Interp, a: PyObject[]) => rt.bool(!!find(rt, a[0] as WD, a[1]!)));
    native('pop', (rt: Interp, a: PyObject[]) => {
      const w = a[0] as WD;
      const e = find(rt, w, a[1]!);
      if (!e) {
        if (a[2]) return rt.push(a[2]);
        throw rt.makeErr(rt.T.KeyError!, [a[1]!]);
      }
      const v = rt.push(e.value);
      rt.dictDel(w.data, e.key);
      return v;
    });
    native('clear', (rt: Interp, a: PyObject[]) => {
      rt.dictClear((a[0] as WD).data);
      return rt.none();
    });
    native('update', update);
    native('__len__', (rt: Interp, a: PyObject[]) => rt.int(live(rt, a[0] as WD).length));
    native('keys', (rt: Interp, a: PyObject[]) => rt.list(live(rt, a[0] as WD).map(([k]) => rt.push(k))));
    native('values', (rt: Interp, a: PyObject[]) => rt.list(live(rt, a[0] as WD).map(([, v]) => rt.push(v))));
    native('items', (rt: Interp, a: PyObject[]) => rt.list(live(rt, a[0] as WD).map(([k, v]) => rt.tuple([rt.push(k), rt.push(v)]))));
    native('__iter__', (rt: Interp, a: PyObject[]) => {
      const l = rt.list(live(rt, a[0] as WD).map(([k]) => rt.push(k)));
      const it = rt.iter(l);
      rt.pop(l);
      return it;
    });
    native('__repr__', (rt: Interp, a: PyObject[]) => rt.str(`<${kind} at ${rt.address(a[0]!)}>`));
    rt.dictSetStr(m.dict, kind, t);
  }
}

export { PyBuiltin };
