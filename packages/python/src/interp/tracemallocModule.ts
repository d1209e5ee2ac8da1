/**
 * The tracemalloc module: traces of the blocks the simulated program allocates while tracing,
 * each with the traceback (file, line) of the Python frames that allocated it.
 */
import type { Frame } from './frame.js';
import { Interp } from './interp.js';
import { internalType, newModule } from './modules.js';
import { PyProperty, PyInt, PyList, PyModule, PyObject, PyStr, PyTuple, PyType, PyInstance, type Kwargs } from './objects.js';
import { formatSize } from './tmFormat.js';

type Fn = (rt: Interp, a: PyObject[], kw: Kwargs) => PyObject;

interface Trace {
  size: number;
  /** (filename, lineno), most recent first. */
  frames: [string, number][];
  totalNframe: number;
}

export class TraceTable {
  tracing = false;
  nframe = 1;
  readonly traces = new Map<number, Trace>();
  current = 0;
  peak = 0;
  add(key: number, t: Trace): void {
    const old = this.traces.get(key);
    if (old) this.current -= old.size;
    this.traces.set(key, t);
    this.current += t.size;
    if (this.current > this.peak) this.peak = this.current;
  }
  remove(key: number): void {
    const t = this.traces.get(key);
    if (!t) return;
    this.traces.delete(key);
    this.current -= t.size;
  }
  clear(): void {
    this.traces.clear();
    this.current = 0;
    this.peak = 0;
  }
}

declare module './interp.js' {
  interface Interp {
    tm: TraceTable;
  }
}

function frames(rt: Interp, nframe: number): { frames: [string, number][]; total: number } {
  const out: [string, number][] = [];
  let total = 0;
  for (let f: Frame | null = rt.frame; f; f = f.back) {
    if (f.code.kind === 'module' && f.holder !== undefined && f.back === null && f.code.name === '<module>' && !f.ownsRoot) continue;
    total++;
    if (out.length < nframe) out.push([f.code.filename, f.line]);
  }
  return { frames: out, total };
}

export function installTracemalloc(rt: Interp): void {
  rt.tm = new TraceTable();
  rt.moduleFactories.set('tracemalloc', makeModule);
}

function makeModule(rt: Interp): PyModule {
  const m = newModule(rt, 'tracemalloc');
  const tm = rt.tm;
  const fn = (name: string, f: Fn): void => {
    const b = rt.native(name, f as never);
    rt.allocStatic(b, { type: 'builtin_function_or_method', size: 72, gc: true }, rt.rootBuiltins, `tracemalloc.${name}`);
    rt.dictSetStr(m.dict, name, b);
  };
  const hook = (o: PyObject, size: number): void => {
    if (!tm.tracing) return;
    const { frames: fr, total } = frames(rt, tm.nframe);
    if (process.env.HL_DEBUG) console.error('trace', o.id, o.type.name, size, JSON.stringify(fr));
    tm.add(o.id, { size, frames: fr, totalNframe: total });
  };
  fn('start', (rt: Interp, a: PyObject[]) => {
    const n = a[0] instanceof PyInt ? Number(a[0].v) : 1;
    if (n < 1 || n > 65535) rt.raise('ValueError', 'the number of frames must be in range [1; 65535]');
    if (tm.tracing) return rt.none();
    tm.tracing = true;
    tm.nframe = n;
    rt.onAlloc = hook;
    rt.onResize = (o, size) => {
      if (tm.tracing && tm.traces.has(o.id)) hook(o, size);
    };
    rt.heapFreeHook = (id) => tm.remove(id);
    return rt.none();
  });
  fn('stop', (rt: Interp) => {
    tm.tracing = false;
    tm.clear();
    rt.onAlloc = null;
    rt.onResize = null;
    return rt.none();
  });
  fn('is_tracing', (rt: Interp) => rt.bool(tm.tracing));
  fn('get_traceback_limit', (rt: Interp) => rt.int(tm.nframe));
  fn('get_traced_memory', (rt: Interp) => (tm.tracing ? rt.tuple([rt.int(tm.current), rt.int(tm.peak)]) : rt.tuple([rt.int(0), rt.int(0)])));
  fn('reset_peak', (rt: Interp) => {
    if (tm.tracing) tm.peak = tm.current;
    return rt.none();
  });
  fn('clear_traces', (rt: Interp) => {
    if (tm.tracing) tm.clear();
    return rt.none();
  });
  fn('get_tracemalloc_memory', (rt: Interp) => rt.int(tm.traces.size * 64 + 4096));
  // Snapshot and statistics are Python-level objects built here.
  const snapType = internalType(rt, 'Snapshot', [rt.T.object!], null, 'tracemalloc');
  const statType = internalType(rt, 'Statistic', [rt.T.object!], null, 'tracemalloc');
  interface Snap extends PyInstance {
    traces: Trace[];
    limit: number;
  }
  interface Stat extends PyInstance {
    tb: [string, number][];
    size: number;
    count: number;
  }
  fn('take_snapshot', (rt: Interp) => {
    if (!tm.tracing) rt.raise('RuntimeError', 'the tracemalloc module must be tracing memory allocations to take a snapshot');
    // The traces are copied before the Snapshot object exists (it is not in itself).
    const traces = [...tm.traces.values()].map((t) => ({ ...t, frames: t.frames.slice() }));
    const s = rt.makeInstance(snapType) as Snap;
    s.traces = traces;
    s.limit = tm.nframe;
    return s;
  });
  const native = (t: PyType, name: string, f: Fn) => {
    const b = rt.native(name, f as never);
    t.natives.set(name, b);
    t.dict.set(name, b);
  };
  native(snapType, 'statistics', (rt: Interp, a: PyObject[], kw: Kwargs) => {
    const s = a[0] as Snap;
    const key = (a[1] ?? kw.find(([k]) => k === 'key_type')?.[1]) as PyStr;
    const cumO = a[2] ?? kw.find(([k]) => k === 'cumulative')?.[1];
    const cumulative = cumO ? rt.truthy(cumO) : false;
    if (!['traceback', 'filename', 'lineno'].includes(key.v)) rt.raise('ValueError', `unknown key_type: ${rt.repr(key)}`);
    if (cumulative && key.v === 'traceback') rt.raise('ValueError', "cumulative mode cannot by used with key type 'traceback'");
    const groups = new Map<string, { tb: [string, number][]; size: number; count: number }>();
    const addTo = (tb: [string, number][], size: number) => {
      const k = JSON.stringify(tb);
      const g = groups.get(k);
      if (g) {
        g.size += size;
        g.count++;
      } else groups.set(k, { tb, size, count: 1 });
    };
    for (const t of s.traces) {
      const fr = t.frames.length ? t.frames : [['<unknown>', 0] as [string, number]];
      if (key.v === 'traceback') addTo(fr.slice().reverse(), t.size);
      else if (!cumulative) addTo([key.v === 'lineno' ? fr[0]! : [fr[0]![0], 0]], t.size);
      else for (const f of fr) addTo([key.v === 'lineno' ? f : [f[0], 0]], t.size);
    }
    const cmpTb = (x: [string, number][], y: [string, number][]): number => {
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        if (x[i]![0] !== y[i]![0]) return x[i]![0] < y[i]![0] ? -1 : 1;
        if (x[i]![1] !== y[i]![1]) return x[i]![1] - y[i]![1];
      }
      return x.length - y.length;
    };
    const stats = [...groups.values()].sort((p, q) => q.size - p.size || q.count - p.count || cmpTb(q.tb, p.tb));
    return rt.list(
      stats.map((g) => {
        const st = rt.makeInstance(statType) as Stat;
        st.tb = g.tb;
        st.size = g.size;
        st.count = g.count;
        return st;
      }),
    );
  });
  native(statType, '__str__', (rt: Interp, a: PyObject[]) => {
    const st = a[0] as Stat;
    const f = st.tb[0]!;
    let text = `${f[0]}:${f[1]}: size=${formatSize(st.size, false)}, count=${st.count}`;
    if (st.count) text += `, average=${formatSize(st.size / st.count, false)}`;
    return rt.str(text);
  });
  native(statType, '__repr__', (rt: Interp, a: PyObject[]) => {
    const st = a[0] as Stat;
    const frames = st.tb.map(([f, l]) => `<Frame filename='${f}' lineno=${l}>`).join(', ');
    return rt.str(`<Statistic traceback=<Traceback (${frames}${st.tb.length === 1 ? ',' : ''})> size=${st.size} count=${st.count}>`);
  });
  for (const [name, get] of [['size', (s: Stat) => s.size], ['count', (s: Stat) => s.count]] as const) {
    statType.natives.set(name, new PyProperty(rt.T.property!, rt.native(name, ((rt: Interp, a: PyObject[]) => rt.int(get(a[0] as Stat))) as never), null, null));
  }
  rt.dictSetStr(m.dict, 'Snapshot', snapType);
  rt.dictSetStr(m.dict, 'Statistic', statType);
  void PyList;
  void PyTuple;
  return m;
}

declare module './interp.js' {
  interface Interp {
    heapFreeHook: ((id: number) => void) | null;
  }
}
