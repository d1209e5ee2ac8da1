/**
 * The Python-visible `tracemalloc` module: the functions of `_tracemalloc` and the classes of
 * `Lib/tracemalloc.py` (Snapshot, Statistic, StatisticDiff, Traceback, Frame, Trace, Filter,
 * DomainFilter...), built on the model of runtime/tracemalloc, with CPython 3.11's str/repr,
 * comparisons, hashing and error messages.
 *
 * Representation: Traceback and `_Traces` (Sequences in CPython) are tuple-backed objects whose
 * items are the Frame / Trace objects, so that indexing, slicing, len, iteration and `in` work
 * as for a tuple; the other classes are instances of classes of this module (slotted like
 * CPython's where CPython's are). Every object keeps its data for the model on the JS side.
 *
 * Tracing: the objects are built with the hooks paused; the blocks CPython allocates for them
 * are recorded explicitly, with the tracemalloc.py lines that allocate them (blocks.ts).
 * Snapshots take the raw traces before creating anything, so they never contain themselves.
 */
import { PyGen } from '../calls.js';
import type { Interp } from '../interp.js';
import { internalType, newModule } from '../modules.js';
import { isUserType } from '../ops.js';
import {
  PyBool,
  PyBytes,
  PyDict,
  PyFloat,
  PyIter,
  PyRange,
  PySet,
  PyInstance,
  PyInt,
  PyList,
  PyModule,
  PyNone,
  PyObject,
  PyProperty,
  PyStr,
  PyTuple,
  PyType,
  PyWrapper,
  type Kwargs,
} from '../objects.js';
import {
  DomainFilter,
  Filter,
  Snapshot,
  Trace,
  Traceback,
  compareFrames,
  formatSize,
  isTracemallocError,
  normalizeFilename,
  fnmatch,
  NFRAME_RANGE_MESSAGE,
  NOT_TRACING_MESSAGE,
  type BlockKey,
  type RawFrame,
  type RawTrace,
  type Statistic,
  type StatisticDiff,
  type TraceFilter,
} from '../../runtime/tracemalloc/index.js';
import { listAfterAppends } from '../../runtime/sizes/index.js';
import { bindPython, noArgs, oneArg, positional, type Param } from './args.js';
import {
  INSTANCE_OBJECT,
  LIST_OBJECT,
  STATISTIC_DIFF_OBJECT,
  STATISTIC_OBJECT,
  appendedList,
  exactList,
  frameTuples,
  intBlock,
  rawTracesBlocks,
  tracebackBlocks,
  tupleBlock,
} from './blocks.js';
import { TRACEMALLOC_FILE, type BlockGroup, type TmState, type VirtualBlock } from './state.js';
import { TM_LINES as L, TM_SOURCE } from './startup.generated.js';

type Fn = (rt: Interp, a: PyObject[], kw: Kwargs) => PyObject;

/** A `tracemalloc.Traceback`: a tuple of Frame objects, oldest first. */
export class TmTraceback extends PyTuple {
  model!: Traceback;
  /** Frames most recent first, as in raw traces. */
  raw: readonly RawFrame[] = [];
  total: number | null = null;
}

/** `Snapshot.traces` (`_Traces`): a tuple of Trace objects, filled when first looked at. */
export class TmTraces extends PyTuple {
  raws: readonly RawTrace[] = [];
  /** The blocks of the raw trace tuples (shared by the snapshots filtered from one). */
  group: BlockGroup | null = null;
  filled = false;
  /** `_traces`, once asked for. */
  list: PyList | null = null;
}

interface TmFrame extends PyInstance {
  raw?: RawFrame;
}
interface TmTrace extends PyInstance {
  raw?: RawTrace;
}
interface TmSnapshot extends PyInstance {
  model?: Snapshot;
  traces?: TmTraces;
  /** `traceback_limit` as given to `Snapshot(...)` from Python. */
  limit?: PyObject;
}

/** CPython 3.11's tuple hash of item hashes (xxHash-based), as the interpreter computes it. */
export function tupleHash(lanes: readonly bigint[]): bigint {
  const P1 = 11400714785074694791n;
  const P2 = 14029467366897019727n;
  const P5 = 2870177450012600261n;
  const U = 0xffffffffffffffffn;
  let acc = P5;
  for (const h of lanes) {
    const lane = BigInt.asUintN(64, h);
    acc = (acc + lane * P2) & U;
    acc = ((acc << 31n) | (acc >> 33n)) & U;
    acc = (acc * P1) & U;
  }
  acc = (acc + (BigInt(lanes.length) ^ (P5 ^ 3527539n))) & U;
  const h = BigInt.asIntN(64, acc);
  return h === -1n ? 1546275796n : h;
}

export function makeTracemallocModule(rt: Interp): PyModule {
  const tm = rt.tm;
  return tm.whilePaused(() => build(rt, tm));
}

function build(rt: Interp, tm: TmState): PyModule {
  const m = newModule(rt, 'tracemalloc');
  const T = rt.T;
  const object = T.object!;

  // ------------------------------------------------------------------ helpers

  const mkType = (name: string, bases: PyType[] = [object], slots?: string[]): PyType => {
    const t = internalType(rt, name, bases, null, 'tracemalloc');
    if (slots) {
      t.slots = slots;
      t.managedDict = false;
    }
    rt.dictSetStr(m.dict, name, t);
    return t;
  };
  const method = (t: PyType, name: string, f: Fn): void => {
    const b = rt.native(name, f as never, `${t.name}.${name}`);
    t.natives.set(name, b);
    t.dict.set(name, b);
  };
  const prop = (t: PyType, name: string, get: (self: PyObject) => PyObject): void => {
    t.natives.set(name, new PyProperty(T.property!, rt.native(name, ((_rt: Interp, a: PyObject[]) => get(a[0]!)) as never), null, null));
  };
  /** A C function of the module. */
  const fn = (name: string, f: Fn): void => {
    // Bindings of __main__ globals since the last allocation are applied first (state.ts).
    const g: Fn = (rt2, a, kw) => {
      tm.settle();
      return f(rt2, a, kw);
    };
    const b = rt.native(name, g as never);
    rt.allocStatic(b, { type: 'builtin_function_or_method', size: 72, gc: true }, rt.rootBuiltins, `tracemalloc.${name}`);
    rt.take(m, b, '__self__');
    rt.dictSetStr(m.dict, name, b);
  };
  /** A Python function of the module. */
  const pyfn = (name: string, params: readonly Param[], f: (args: (PyObject | undefined)[]) => PyObject): void => {
    fn(name, (_rt, a, kw) => f(bindPython(rt, name, params, a, kw)));
  };
  const bind = (qualname: string, params: readonly Param[], a: PyObject[], kw: Kwargs) => bindPython(rt, qualname, params, a, kw);
  const notImplemented = (): PyObject => rt.push(rt.NotImplemented);
  /** An attribute value, borrowed (the object holds it). */
  const attr = (o: PyObject, name: string): PyObject => {
    const v = rt.getattr(o, name);
    rt.pop(v);
    return v;
  };
  /** Runs a model operation, raising its errors as Python exceptions. */
  const model = <R>(f: () => R): R => {
    try {
      return f();
    } catch (e) {
      if (isTracemallocError(e)) rt.raise(e.pyType, e.message);
      throw e;
    }
  };
  /** The items of a sequence as JS values, read while they are held. */
  const items = <R>(o: PyObject, f: (xs: PyObject[]) => R): R => {
    const xs = rt.toList(o);
    try {
      return f(xs);
    } finally {
      for (let i = xs.length - 1; i >= 0; i--) rt.pop(xs[i]!);
    }
  };
  const num = (o: PyObject): number | null => {
    if (o instanceof PyInt) return Number(o.v);
    if (o instanceof PyFloat) return o.v;
    return null;
  };
  const optInt = (o: PyObject | undefined): number | null => (o === undefined || o instanceof PyNone ? null : o instanceof PyInt ? Number(o.v) : NaN);
  /** `_format_size(size, sign)` of a Python number. */
  const fmtSize = (o: PyObject, sign: boolean): string => {
    const n = num(o);
    if (n === null) rt.raise('TypeError', `bad operand type for abs(): '${o.type.name}'`);
    return formatSize(n, sign);
  };
  /** `'%i' % o` (`'%+i'` with sign). */
  const pctI = (o: PyObject, sign = false): string => {
    let v: bigint;
    if (o instanceof PyInt) v = o.v;
    else if (o instanceof PyFloat) {
      if (Number.isNaN(o.v)) rt.raise('ValueError', 'cannot convert float NaN to integer');
      if (!Number.isFinite(o.v)) rt.raise('OverflowError', 'cannot convert float infinity to integer');
      v = BigInt(Math.trunc(o.v));
    } else rt.raise('TypeError', `%i format: a real number is required, not ${o.type.name}`);
    return sign && v >= 0n ? `+${v}` : `${v}`;
  };
  /** A str made at tracemalloc.py `lines` (traced there, as CPython's is). */
  const strAt = (lines: readonly number[], text: string): PyObject => tm.withFrames(lines, () => rt.str(text));
  const paused = <R>(f: () => R): R => tm.whilePaused(f);
  /** An existing object CPython would return (no allocation): constants, or untraced ints. */
  const existingStr = (s: string): PyObject => rt.push(rt.constStr(s));
  const existingInt = (n: number): PyObject => paused(() => (Number.isInteger(n) ? rt.int(n) : rt.float(n)));
  const frameHash = (f: RawFrame): bigint => tupleHash([rt.strHash(f.filename), rt.intHash(BigInt(f.lineno))]);
  const rawFrameTuple = (f: RawFrame): PyObject => paused(() => rt.tuple([existingStr(f.filename), existingInt(f.lineno)]));
  const rawFramesTuple = (frames: readonly RawFrame[]): PyObject => paused(() => rt.tuple(frames.map(rawFrameTuple)));
  const rawTraceTuple = (t: RawTrace): PyObject =>
    paused(() =>
      rt.tuple([existingInt(t.domain), existingInt(t.size), rawFramesTuple(t.frames), t.totalNframe === null ? rt.none() : existingInt(t.totalNframe)]),
    );
  const rawFrameFrom = (o: PyObject): RawFrame =>
    items(o, (xs) => {
      const [f, l] = xs;
      if (f === undefined || l === undefined) rt.raise('IndexError', 'tuple index out of range');
      return { filename: f instanceof PyStr ? f.v : rt.toStr(f), lineno: l instanceof PyInt ? Number(l.v) : NaN };
    });
  const rawTraceFrom = (o: PyObject): RawTrace =>
    items(o, (xs) => {
      const [d, s, frames, total] = xs;
      if (d === undefined || s === undefined || frames === undefined) rt.raise('IndexError', 'tuple index out of range');
      return {
        domain: num(d) ?? NaN,
        size: num(s) ?? NaN,
        frames: items(frames, (fs) => fs.map(rawFrameFrom)),
        totalNframe: optInt(total) as number,
      };
    });

  rt.dictSetStr(m.dict, '__file__', rt.constStr(TRACEMALLOC_FILE));

  // ------------------------------------------------------------------ types

  const frameT = mkType('Frame', [object], ['_frame']);
  const tracebackT = mkType('Traceback', [object], ['_frames', '_total_nframe']);
  const traceT = mkType('Trace', [object], ['_trace']);
  const tracesT = mkType('_Traces');
  const statT = mkType('Statistic', [object], ['traceback', 'size', 'count']);
  const diffT = mkType('StatisticDiff', [object], ['traceback', 'size', 'size_diff', 'count', 'count_diff']);
  const baseFilterT = mkType('BaseFilter');
  const filterT = mkType('Filter', [baseFilterT]);
  const domainFilterT = mkType('DomainFilter', [baseFilterT]);
  const snapT = mkType('Snapshot');
  // _Traces defines __eq__ without __hash__.
  tracesT.dict.set('__hash__', rt.None);

  const isA = (o: PyObject, t: PyType): boolean => o.type.isSubtype(t);

  // ------------------------------------------------------------------ object makers (on the stack)

  const frameObj = (raw: RawFrame): TmFrame =>
    paused(() => {
      const f = rt.makeInstance(frameT) as TmFrame;
      f.raw = raw;
      return f;
    });

  /** A Traceback of raw frames (most recent first); its blocks are the caller's business. */
  const tracebackObj = (raw: readonly RawFrame[], total: number | null, cls: PyType = tracebackT): TmTraceback =>
    paused(() => {
      const frames = [...raw].reverse().map(frameObj);
      const tb = new TmTraceback(cls, frames);
      tb.raw = raw;
      tb.total = total;
      tb.model = new Traceback(raw, total);
      rt.alloc(tb, { size: 48, gc: true, sequence: true });
      frames.forEach((f, i) => {
        rt.take(f, tb, i);
        rt.pop(f);
      });
      return tb;
    });

  /** `Traceback(frames)` called at tracemalloc.py `lines`: records the object and its `_frames`. */
  const tracebackAt = (raw: readonly RawFrame[], total: number | null, lines: readonly number[], extra: readonly VirtualBlock[] = []): TmTraceback => {
    const tb = tracebackObj(raw, total);
    tm.record(tb, null, extra);
    tm.temp(tupleBlock(1, lines));
    const b = tracebackBlocks(raw.length, lines);
    tm.record(tb, b.own, b.others);
    return tb;
  };

  const asTraceback = (o: PyObject): TmTraceback | null => (o instanceof TmTraceback ? o : null);
  const frameOf = (o: PyObject): RawFrame => {
    const raw = (o as TmFrame).raw;
    if (!raw) rt.raise('AttributeError', `'${o.type.name}' object has no attribute '_frame'`);
    return raw;
  };
  const traceOf = (o: PyObject): RawTrace => {
    const raw = (o as TmTrace).raw;
    if (!raw) rt.raise('AttributeError', `'${o.type.name}' object has no attribute '_trace'`);
    return raw;
  };
  const snapshotOf = (o: PyObject, what = '_group_by'): TmSnapshot & { model: Snapshot; traces: TmTraces } => {
    const s = o as TmSnapshot;
    if (!(o instanceof PyInstance) || !s.model || !s.traces) rt.raise('AttributeError', `'${o.type.name}' object has no attribute '${what}'`);
    return s as TmSnapshot & { model: Snapshot; traces: TmTraces };
  };

  /** A `_Traces` holding `raws`, held by snapshot `owner` (stack-neutral). */
  const attachTraces = (owner: TmSnapshot, raws: readonly RawTrace[]): TmTraces =>
    paused(() => {
      const t = new TmTraces(tracesT, []);
      t.raws = raws;
      // Not a sequence holder: it also holds `_traces` (items are labelled [i]).
      rt.alloc(t, { size: INSTANCE_OBJECT, gc: true });
      tm.hide(t);
      owner.traces = t;
      rt.take(t, owner, 'traces');
      rt.pop(t);
      return t;
    });

  /** Fills `_Traces` with its Trace objects (the first time it is looked at). */
  const fillTraces = (t: TmTraces): void => {
    if (t.filled) return;
    t.filled = true;
    paused(() => {
      t.raws.forEach((raw, i) => {
        const tr = rt.makeInstance(traceT) as TmTrace;
        tr.raw = raw;
        t.items.push(tr);
        rt.take(tr, t, `[${i}]`);
        rt.pop(tr);
      });
    });
  };

  /**
   * A Snapshot made by tracemalloc.py code at `lines` (`Snapshot(traces, limit)`): the instance
   * and its `_Traces`, whose raw list is `list` and raw tuples `group`.
   */
  const snapshotAt = (
    snap: Snapshot,
    lines: readonly number[],
    list: readonly VirtualBlock[],
    tuples: { readonly blocks: readonly VirtualBlock[] } | { readonly group: BlockGroup | null },
    listObject: readonly BlockKey[] = [],
  ): TmSnapshot => {
    const s = paused(() => rt.makeInstance(snapT)) as TmSnapshot;
    s.model = snap;
    tm.hide(s);
    const traces = attachTraces(s, snap.rawTraces);
    // The raw list is made before the Snapshot (take_snapshot's _get_traces(), the list of
    // filter_traces): its object (allocated already by `_get_traces`), the trace tuples (new,
    // or shared with the filtered snapshot), then its item array.
    tm.adopt(traces, listObject);
    tm.record(traces, null, list.slice(0, listObject.length > 0 ? 0 : 1));
    const group = 'blocks' in tuples ? tm.group(tuples.blocks) : tuples.group;
    if (group) {
      traces.group = group;
      tm.hold(traces, group);
    }
    tm.record(traces, null, list.slice(listObject.length > 0 ? 0 : 1));
    tm.temp(tupleBlock(2, lines));
    tm.record(s, { size: INSTANCE_OBJECT, lines }, valuesOf(snapT, lines));
    const inner = [...lines, L.SNAP_TRACES];
    tm.temp(tupleBlock(1, inner));
    tm.record(traces, { size: INSTANCE_OBJECT, lines: inner }, valuesOf(tracesT, inner));
    return s;
  };
  const valuesOf = (t: PyType, lines: readonly number[]): VirtualBlock[] => {
    const size = tm.valuesBlock(t);
    return size === null ? [] : [{ size, lines }];
  };

  // ------------------------------------------------------------------ Frame

  method(frameT, '__init__', (_rt, a, kw) => {
    const [self, frame] = bind('Frame.__init__', [['self'], ['frame']], a, kw);
    (self as TmFrame).raw = rawFrameFrom(frame!);
    return rt.none();
  });
  prop(frameT, 'filename', (o) => existingStr(frameOf(o).filename));
  prop(frameT, 'lineno', (o) => existingInt(frameOf(o).lineno));
  prop(frameT, '_frame', (o) => rawFrameTuple(frameOf(o)));
  method(frameT, '__str__', (_rt, a) => {
    const f = frameOf(a[0]!);
    return strAt([L.FRAME_STR], `${f.filename}:${f.lineno}`);
  });
  method(frameT, '__repr__', (_rt, a) => {
    const f = frameOf(a[0]!);
    return strAt([L.FRAME_REPR], `<Frame filename=${rt.repr(rt.constStr(f.filename))} lineno=${f.lineno}>`);
  });
  method(frameT, '__hash__', (_rt, a) => rt.int(frameHash(frameOf(a[0]!))));
  const ordering = (t: PyType, cmp: (x: PyObject, y: PyObject) => number, eq: (x: PyObject, y: PyObject) => boolean): void => {
    const op = (name: string, test: (c: number) => boolean): void =>
      method(t, name, (_rt, a) => (isA(a[1]!, t) ? rt.bool(test(cmp(a[0]!, a[1]!))) : notImplemented()));
    method(t, '__eq__', (_rt, a) => (isA(a[1]!, t) ? rt.bool(eq(a[0]!, a[1]!)) : notImplemented()));
    method(t, '__ne__', (_rt, a) => (isA(a[1]!, t) ? rt.bool(!eq(a[0]!, a[1]!)) : notImplemented()));
    op('__lt__', (c) => c < 0);
    op('__le__', (c) => c <= 0);
    op('__gt__', (c) => c > 0);
    op('__ge__', (c) => c >= 0);
  };
  const frameCmp = (x: PyObject, y: PyObject): number => compareFrames(frameOf(x), frameOf(y));
  ordering(frameT, frameCmp, (x, y) => frameCmp(x, y) === 0);

  // ------------------------------------------------------------------ Traceback

  const tracebackNew = rt.native('__new__', ((_rt: Interp, a: PyObject[], kw: Kwargs) => {
    const [cls, frames, total] = bind('Traceback.__init__', [['self'], ['frames'], ['total_nframe', true]], a, kw);
    const raw = items(frames!, (xs) => xs.map(rawFrameFrom));
    const tb = tracebackObj(raw, optInt(total), cls as PyType);
    const b = tracebackBlocks(raw.length, []);
    tm.record(tb, b.own, b.others);
    return tb;
  }) as never);
  tracebackT.natives.set('__new__', new PyWrapper(T.staticmethod!, tracebackNew));
  tracebackT.dict.set('__new__', tracebackT.natives.get('__new__')!);
  method(tracebackT, '__init__', () => rt.none());
  const tbOf = (o: PyObject): TmTraceback => {
    const tb = asTraceback(o);
    if (!tb) rt.raise('AttributeError', `'${o.type.name}' object has no attribute '_frames'`);
    return tb;
  };
  prop(tracebackT, 'total_nframe', (o) => {
    const t = tbOf(o).total;
    return t === null ? rt.none() : existingInt(t);
  });
  prop(tracebackT, '_total_nframe', (o) => {
    const t = tbOf(o).total;
    return t === null ? rt.none() : existingInt(t);
  });
  prop(tracebackT, '_frames', (o) => rawFramesTuple([...tbOf(o).raw].reverse()));
  method(tracebackT, '__hash__', (_rt, a) => rt.int(tupleHash([...tbOf(a[0]!).raw].reverse().map(frameHash))));
  ordering(tracebackT, (x, y) => tbOf(x).model.compare(tbOf(y).model), (x, y) => tbOf(x).model.equals(tbOf(y).model));
  method(tracebackT, '__str__', (_rt, a) => {
    const tb = tbOf(a[0]!);
    const first = tb.model.frames[0];
    if (!first) rt.raise('IndexError', 'tuple index out of range');
    return strAt([L.TB_STR, L.FRAME_STR], first.toString());
  });
  method(tracebackT, '__repr__', (_rt, a) => {
    const tb = tbOf(a[0]!);
    return strAt([tb.total === null ? L.TB_REPR_NONE : L.TB_REPR_TOTAL], tb.model.repr());
  });
  const getLine = (filename: string, lineno: number): string | undefined => {
    if (filename === TRACEMALLOC_FILE) return TM_SOURCE[lineno];
    if (filename === rt.opts.filename && lineno >= 1) return rt.opts.lines[lineno - 1];
    return undefined;
  };
  method(tracebackT, 'format', (_rt, a, kw) => {
    const [self, limitO, recentO] = bind('Traceback.format', [['self'], ['limit', true], ['most_recent_first', true]], a, kw);
    const tb = tbOf(self!);
    let limit: number | null = null;
    if (limitO !== undefined && !(limitO instanceof PyNone)) {
      if (!(limitO instanceof PyInt)) {
        if (num(limitO) === null) rt.raise('TypeError', `'>' not supported between instances of '${limitO.type.name}' and 'int'`);
        rt.raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
      }
      limit = Number(limitO.v);
    }
    const recent = recentO !== undefined && rt.truthy(recentO);
    const text = tb.model.format(getLine, limit, recent);
    const strs = text.map((line) => strAt([line.startsWith('  File') ? L.FMT_FILE : L.FMT_SRC], line));
    const list = paused(() => rt.list(strs));
    tm.recordList(list, listAfterAppends(strs.length).allocated, [L.FMT_LINES], [text.length && !text[text.length - 1]!.startsWith('  File') ? L.FMT_SRC : L.FMT_FILE]);
    return list;
  });
  method(tracebackT, 'count', (_rt, a) => rt.int(tbOf(a[0]!).items.filter((x) => x === a[1] || rt.eq(x, a[1]!)).length));
  method(tracebackT, 'index', (_rt, a) => {
    const i = tbOf(a[0]!).items.findIndex((x) => x === a[1] || rt.eq(x, a[1]!));
    if (i < 0) rt.raise('ValueError');
    return rt.int(i);
  });

  // ------------------------------------------------------------------ Trace and _Traces

  method(traceT, '__init__', (_rt, a, kw) => {
    const [self, trace] = bind('Trace.__init__', [['self'], ['trace']], a, kw);
    (self as TmTrace).raw = rawTraceFrom(trace!);
    return rt.none();
  });
  prop(traceT, 'domain', (o) => existingInt(traceOf(o).domain));
  prop(traceT, 'size', (o) => existingInt(traceOf(o).size));
  prop(traceT, '_trace', (o) => rawTraceTuple(traceOf(o)));
  prop(traceT, 'traceback', (o) => {
    const raw = traceOf(o);
    // `Traceback(*self._trace[2:])`: the slice is a temporary 2-tuple.
    const tb = tracebackObj(raw.frames, raw.totalNframe);
    const lines = [L.TRACE_TB];
    tm.temp(tupleBlock(2, lines));
    const b = tracebackBlocks(raw.frames.length, lines);
    tm.record(tb, b.own, b.others);
    return tb;
  });
  const traceEq = (x: RawTrace, y: RawTrace): boolean =>
    x.domain === y.domain &&
    x.size === y.size &&
    x.totalNframe === y.totalNframe &&
    x.frames.length === y.frames.length &&
    x.frames.every((f, i) => compareFrames(f, y.frames[i]!) === 0);
  method(traceT, '__eq__', (_rt, a) => (isA(a[1]!, traceT) ? rt.bool(traceEq(traceOf(a[0]!), traceOf(a[1]!))) : notImplemented()));
  method(traceT, '__ne__', (_rt, a) => (isA(a[1]!, traceT) ? rt.bool(!traceEq(traceOf(a[0]!), traceOf(a[1]!))) : notImplemented()));
  method(traceT, '__hash__', (_rt, a) => {
    const t = traceOf(a[0]!);
    const total = t.totalNframe === null ? rt.hash(rt.None) : rt.intHash(BigInt(t.totalNframe));
    return rt.int(tupleHash([rt.intHash(BigInt(t.domain)), rt.intHash(BigInt(t.size)), tupleHash(t.frames.map(frameHash)), total]));
  });
  method(traceT, '__str__', (_rt, a) => strAt([L.TRACE_STR], new Trace(traceOf(a[0]!)).toString()));
  method(traceT, '__repr__', (_rt, a) => strAt([L.TRACE_REPR], new Trace(traceOf(a[0]!)).repr()));

  const tracesOf = (o: PyObject): TmTraces => {
    if (!(o instanceof TmTraces)) rt.raise('AttributeError', `'${o.type.name}' object has no attribute '_traces'`);
    fillTraces(o);
    return o;
  };
  const tracesNew = rt.native('__new__', ((_rt: Interp, a: PyObject[], kw: Kwargs) => {
    const [cls, traces] = bind('_Traces.__init__', [['self'], ['traces']], a, kw);
    const raws = items(traces!, (xs) => xs.map(rawTraceFrom));
    return paused(() => {
      const t = new TmTraces(cls as PyType, []);
      t.raws = raws;
      rt.alloc(t, { size: INSTANCE_OBJECT, gc: true });
      return t;
    });
  }) as never);
  tracesT.natives.set('__new__', new PyWrapper(T.staticmethod!, tracesNew));
  tracesT.dict.set('__new__', tracesT.natives.get('__new__')!);
  method(tracesT, '__init__', () => rt.none());
  prop(tracesT, '_traces', (o) => {
    const t = tracesOf(o);
    if (!t.list) {
      const list = paused(() => rt.list(t.raws.map(rawTraceTuple)));
      t.list = list;
      rt.take(list, t, '_traces');
      return list;
    }
    return rt.push(t.list);
  });
  method(tracesT, '__repr__', (_rt, a) => strAt([L.TRACES_REPR], `<Traces len=${tracesOf(a[0]!).raws.length}>`));
  const tracesEq = (x: TmTraces, y: TmTraces): boolean => x.raws.length === y.raws.length && x.raws.every((t, i) => traceEq(t, y.raws[i]!));
  method(tracesT, '__eq__', (_rt, a) => (a[1] instanceof TmTraces ? rt.bool(tracesEq(tracesOf(a[0]!), tracesOf(a[1]))) : notImplemented()));
  method(tracesT, '__ne__', (_rt, a) => (a[1] instanceof TmTraces ? rt.bool(!tracesEq(tracesOf(a[0]!), tracesOf(a[1]))) : notImplemented()));

  // ------------------------------------------------------------------ Statistic, StatisticDiff

  const statFields = ['traceback', 'size', 'count'] as const;
  const diffFields = ['traceback', 'size', 'size_diff', 'count', 'count_diff'] as const;
  const initSlots = (qualname: string, fields: readonly string[]): Fn => (_rt, a, kw) => {
    const [self, ...vals] = bind(qualname, [['self'], ...fields.map((f) => [f] as const)], a, kw);
    fields.forEach((f, i) => rt.setattr(self!, f, vals[i]!));
    return rt.none();
  };
  method(statT, '__init__', initSlots('Statistic.__init__', statFields));
  method(diffT, '__init__', initSlots('StatisticDiff.__init__', diffFields));
  const average = (size: PyObject, count: PyObject): string => {
    const s = num(size);
    const c = num(count);
    if (s === null || c === null) rt.raise('TypeError', `unsupported operand type(s) for /: '${size.type.name}' and '${count.type.name}'`);
    return formatSize(s / c, false);
  };
  method(statT, '__str__', (_rt, a) => {
    const [tb, size, count] = statFields.map((f) => attr(a[0]!, f)) as [PyObject, PyObject, PyObject];
    let text = `${rt.toStr(tb)}: size=${fmtSize(size, false)}, count=${pctI(count)}`;
    const avg = rt.truthy(count);
    if (avg) text += `, average=${average(size, count)}`;
    return strAt([avg ? L.STAT_STR_AVG : L.STAT_STR], text);
  });
  method(statT, '__repr__', (_rt, a) => {
    const [tb, size, count] = statFields.map((f) => attr(a[0]!, f)) as [PyObject, PyObject, PyObject];
    return strAt([L.STAT_REPR], `<Statistic traceback=${rt.repr(tb)} size=${pctI(size)} count=${pctI(count)}>`);
  });
  method(diffT, '__str__', (_rt, a) => {
    const [tb, size, sizeDiff, count, countDiff] = diffFields.map((f) => attr(a[0]!, f)) as [PyObject, PyObject, PyObject, PyObject, PyObject];
    let text = `${rt.toStr(tb)}: size=${fmtSize(size, false)} (${fmtSize(sizeDiff, true)}), count=${pctI(count)} (${pctI(countDiff, true)})`;
    const avg = rt.truthy(count);
    if (avg) text += `, average=${average(size, count)}`;
    return strAt([avg ? L.DIFF_STR_AVG : L.DIFF_STR], text);
  });
  method(diffT, '__repr__', (_rt, a) => {
    const [tb, size, sizeDiff, count, countDiff] = diffFields.map((f) => attr(a[0]!, f)) as [PyObject, PyObject, PyObject, PyObject, PyObject];
    return strAt(
      [L.DIFF_REPR],
      `<StatisticDiff traceback=${rt.repr(tb)} size=${pctI(size)} (${pctI(sizeDiff, true)}) count=${pctI(count)} (${pctI(countDiff, true)})>`,
    );
  });
  for (const [t, fields] of [
    [statT, statFields],
    [diffT, diffFields],
  ] as const) {
    const eq = (x: PyObject, y: PyObject): boolean => fields.every((f) => rt.eq(attr(x, f), attr(y, f)));
    method(t, '__eq__', (_rt, a) => (isA(a[1]!, t) ? rt.bool(eq(a[0]!, a[1]!)) : notImplemented()));
    method(t, '__ne__', (_rt, a) => (isA(a[1]!, t) ? rt.bool(!eq(a[0]!, a[1]!)) : notImplemented()));
    method(t, '__hash__', (_rt, a) => rt.int(tupleHash(fields.map((f) => rt.hash(attr(a[0]!, f))))));
    method(t, '_sort_key', (_rt, a) => {
      const vals = fields.map((f) => attr(a[0]!, f));
      const key = t === statT ? [vals[1]!, vals[2]!, vals[0]!] : [vals[2]!, vals[1]!, vals[4]!, vals[3]!, vals[0]!];
      return rt.tuple(key.map((v, i) => (t === diffT && (i === 0 || i === 2) ? abs(v) : rt.push(v))));
    });
  }
  const abs = (v: PyObject): PyObject => {
    if (v instanceof PyInt && !(v instanceof PyBool)) return rt.int(v.v < 0n ? -v.v : v.v);
    if (v instanceof PyFloat) return rt.float(Math.abs(v.v));
    return rt.push(v);
  };

  /** Sets the slots of a new Statistic / StatisticDiff (ints made untraced: their blocks are recorded). */
  const setSlots = (o: PyInstance, values: readonly [string, PyObject][]): void => {
    for (const [name, v] of values) {
      rt.setattr(o, name, v);
      rt.pop(v);
    }
  };

  // ------------------------------------------------------------------ filters

  method(baseFilterT, '__init__', (_rt, a, kw) => {
    const [self, inclusive] = bind('BaseFilter.__init__', [['self'], ['inclusive']], a, kw);
    rt.setattr(self!, 'inclusive', inclusive!);
    return rt.none();
  });
  method(baseFilterT, '_match', (_rt, a, kw) => {
    bind('BaseFilter._match', [['self'], ['trace']], a, kw);
    rt.raise('NotImplementedError');
  });
  method(filterT, '__init__', (_rt, a, kw) => {
    const [self, inclusive, pattern, lineno, allFrames, domain] = bind(
      'Filter.__init__',
      [['self'], ['inclusive'], ['filename_pattern'], ['lineno', true], ['all_frames', true], ['domain', true]],
      a,
      kw,
    );
    const o = self!;
    rt.setattr(o, 'inclusive', inclusive!);
    let pat = pattern!;
    if (!(pat instanceof PyStr)) rt.raise('TypeError', `expected str, bytes or os.PathLike object, not ${pat.type.name}`);
    const norm = normalizeFilename(pat.v);
    let fresh: PyObject | null = null;
    if (norm !== pat.v) {
      fresh = strAt([L.FILTER_PATTERN, L.NORM_PYC], norm);
      pat = fresh;
    }
    rt.setattr(o, '_filename_pattern', pat);
    if (fresh) rt.pop(fresh);
    rt.setattr(o, 'lineno', lineno ?? rt.None);
    rt.setattr(o, 'all_frames', allFrames ?? rt.False);
    rt.setattr(o, 'domain', domain ?? rt.None);
    return rt.none();
  });
  prop(filterT, 'filename_pattern', (o) => rt.getattr(o, '_filename_pattern'));
  method(domainFilterT, '__init__', (_rt, a, kw) => {
    const [self, inclusive, domain] = bind('DomainFilter.__init__', [['self'], ['inclusive'], ['domain']], a, kw);
    rt.setattr(self!, 'inclusive', inclusive!);
    rt.setattr(self!, '_domain', domain!);
    return rt.none();
  });
  prop(domainFilterT, 'domain', (o) => rt.getattr(o, '_domain'));

  /** The model of a Filter / DomainFilter object, from its current attributes. */
  const filterModel = (o: PyObject): TraceFilter => {
    const inclusive = rt.truthy(attr(o, 'inclusive'));
    if (isA(o, domainFilterT)) {
      const domain = num(attr(o, 'domain')) ?? NaN;
      return new DomainFilter(inclusive, domain);
    }
    const pattern = attr(o, '_filename_pattern');
    if (!(pattern instanceof PyStr)) rt.raise('TypeError', `expected str, bytes or os.PathLike object, not ${pattern.type.name}`);
    const f = new Filter(inclusive, pattern.v, optInt(attr(o, 'lineno')), rt.truthy(attr(o, 'all_frames')), optInt(attr(o, 'domain')));
    // The pattern is used as the object holds it (normalised once, by __init__).
    (f as { filenamePattern: string }).filenamePattern = pattern.v;
    return f;
  };
  method(filterT, '_match', (_rt, a, kw) => {
    const [self, trace] = bind('Filter._match', [['self'], ['trace']], a, kw);
    return rt.bool(filterModel(self!).match(rawTraceFrom(trace!)));
  });
  method(domainFilterT, '_match', (_rt, a, kw) => {
    const [self, trace] = bind('DomainFilter._match', [['self'], ['trace']], a, kw);
    return rt.bool(filterModel(self!).match(rawTraceFrom(trace!)));
  });
  const matchFrameImpl = (o: PyObject, filename: PyObject, lineno: PyObject): boolean => {
    const pattern = attr(o, '_filename_pattern');
    if (!(filename instanceof PyStr) || !(pattern instanceof PyStr)) rt.raise('TypeError', 'expected str, bytes or os.PathLike object');
    if (!fnmatch(normalizeFilename(filename.v), pattern.v)) return false;
    const ln = attr(o, 'lineno');
    return ln instanceof PyNone ? true : rt.eq(lineno, ln);
  };
  method(filterT, '_match_frame_impl', (_rt, a, kw) => {
    const [self, filename, lineno] = bind('Filter._match_frame_impl', [['self'], ['filename'], ['lineno']], a, kw);
    return rt.bool(matchFrameImpl(self!, filename!, lineno!));
  });
  method(filterT, '_match_frame', (_rt, a, kw) => {
    const [self, filename, lineno] = bind('Filter._match_frame', [['self'], ['filename'], ['lineno']], a, kw);
    return rt.bool(matchFrameImpl(self!, filename!, lineno!) !== !rt.truthy(attr(self!, 'inclusive')));
  });

  /** The model filter for one item of `filter_traces(filters)`. */
  const traceFilter = (o: PyObject): TraceFilter => {
    const own = o.type.lookup('_match');
    if ((isA(o, filterT) || isA(o, domainFilterT)) && (own === filterT.dict.get('_match') || own === domainFilterT.dict.get('_match'))) return filterModel(o);
    // Any other object: its `inclusive` and `_match(trace)`, called with the raw trace tuple.
    const inclusive = rt.truthy(attr(o, 'inclusive'));
    return {
      inclusive,
      match: (raw) => {
        const r = rt.callMethod(o, '_match', [rawTraceTuple(raw)]);
        const ok = rt.truthy(r);
        rt.pop(r);
        return ok;
      },
    };
  };

  // ------------------------------------------------------------------ Snapshot

  method(snapT, '__init__', (_rt, a, kw) => {
    const [self, traces, limit] = bind('Snapshot.__init__', [['self'], ['traces'], ['traceback_limit']], a, kw);
    const s = self as TmSnapshot;
    const raws = items(traces!, (xs) => xs.map(rawTraceFrom));
    s.model = new Snapshot(raws, num(limit!) ?? NaN);
    s.limit = limit!;
    rt.take(limit!, s, 'traceback_limit');
    const t = attachTraces(s, raws);
    const lines = [L.SNAP_TRACES];
    tm.temp(tupleBlock(1, lines));
    tm.record(t, { size: INSTANCE_OBJECT, lines }, valuesOf(tracesT, lines));
    return rt.none();
  });
  prop(snapT, 'traces', (o) => {
    const s = snapshotOf(o, 'traces');
    fillTraces(s.traces);
    return rt.push(s.traces);
  });
  prop(snapT, 'traceback_limit', (o) => {
    const s = snapshotOf(o, 'traceback_limit');
    return s.limit ? rt.push(s.limit) : existingInt(s.model.tracebackLimit);
  });
  // An instance attribute in CPython: it can be rebound.
  (snapT.natives.get('traceback_limit') as PyProperty).fset = rt.native('traceback_limit', ((_rt: Interp, a: PyObject[]) => {
    const s = snapshotOf(a[0]!, 'traceback_limit');
    const v = a[1]!;
    const old = s.limit;
    s.limit = v;
    rt.take(v, s, 'traceback_limit');
    if (old) rt.drop(old, s, 'traceback_limit');
    return rt.none();
  }) as never);

  /** Checks key_type and cumulative as `_group_by` does. */
  const groupArgs = (keyO: PyObject, cumO: PyObject | undefined): { key: 'traceback' | 'filename' | 'lineno'; cumulative: boolean } => {
    const key = keyO instanceof PyStr ? keyO.v : '';
    if (key !== 'traceback' && key !== 'filename' && key !== 'lineno') rt.raise('ValueError', `unknown key_type: ${rt.repr(keyO)}`);
    const cumulative = cumO !== undefined && rt.truthy(cumO);
    if (cumulative && key === 'traceback') rt.raise('ValueError', `cumulative mode cannot by used with key type ${rt.repr(keyO)}`);
    return { key, cumulative };
  };

  /**
   * The Traceback of a statistic group, as `_group_by` builds it (at tracemalloc.py `outer`):
   * for key 'filename' with its `(filename, 0)` frame tuple; temporaries as CPython's.
   */
  const groupTraceback = (frames: readonly RawFrame[], key: string, cumulative: boolean, outer: number): TmTraceback => {
    const raw = [...frames].reverse();
    const extra: VirtualBlock[] = [];
    if (key === 'filename') {
      const at = [outer, cumulative ? L.GBC_FILENAME : L.GB_FILENAME];
      extra.push(...tupleBlock(2, at));
    }
    const tb = tracebackObj(raw, null);
    tm.record(tb, null, extra);
    if (key === 'filename') tm.temp(tupleBlock(1, [outer, cumulative ? L.GBC_FILENAME : L.GB_FILENAME]));
    else if (key === 'lineno' && cumulative) tm.temp(tupleBlock(1, [outer, L.GBC_LINENO]));
    const at = [outer, cumulative ? L.GBC_TB : L.GB_TB];
    tm.temp(tupleBlock(1, at));
    const b = tracebackBlocks(raw.length, at);
    tm.record(tb, b.own, b.others);
    return tb;
  };
  /** The int of a group's size / count after `+=` (none when a single trace made it). */
  const groupInt = (v: number, count: number, line: number, outer: number): VirtualBlock[] => (count > 1 ? intBlock(v, [outer, line]) : []);
  /** The dicts `stats` and `tracebacks` of `_group_by`: freed (parked) when it returns. */
  const groupDicts = (outer: number): void => {
    tm.temp([
      { size: 64, lines: [outer, L.GB_STATS], kind: 'dict' },
      { size: 64, lines: [outer, L.GB_TBS], kind: 'dict' },
    ]);
  };

  method(snapT, 'statistics', (_rt, a, kw) => {
    const [self, keyO, cumO] = bind('Snapshot.statistics', [['self'], ['key_type'], ['cumulative', true]], a, kw);
    const s = snapshotOf(self!);
    const { key, cumulative } = groupArgs(keyO!, cumO);
    const stats: Statistic[] = model(() => s.model.statistics(key, cumulative));
    const outer = L.ST_GROUP;
    const objs = stats.map((st) => {
      const tb = groupTraceback([...st.traceback.frames], key, cumulative, outer);
      tm.temp(tupleBlock(3, [outer, cumulative ? L.GBC_STAT : L.GB_STAT]));
      const o = paused(() => rt.makeInstance(statT));
      paused(() => setSlots(o, [['traceback', tb], ['size', rt.int(st.size)], ['count', rt.int(st.count)]]));
      tm.record(o, { size: STATISTIC_OBJECT, lines: [outer, cumulative ? L.GBC_STAT : L.GB_STAT] }, [
        ...groupInt(st.size, st.count, cumulative ? L.GBC_SIZE : L.GB_SIZE, outer),
        ...groupInt(st.count, st.count, cumulative ? L.GBC_COUNT : L.GB_COUNT, outer),
      ]);
      return o;
    });
    groupDicts(outer);
    const list = paused(() => rt.list(objs));
    // list(grouped.values()): a new list (tp_alloc, not the freelist), list_preallocate_exact
    // rounded up to even.
    tm.recordList(list, (objs.length + 1) & ~1, [L.ST_LIST], [L.ST_LIST], 'fresh');
    return list;
  });

  method(snapT, 'compare_to', (_rt, a, kw) => {
    const [self, oldO, keyO, cumO] = bind('Snapshot.compare_to', [['self'], ['old_snapshot'], ['key_type'], ['cumulative', true]], a, kw);
    const s = snapshotOf(self!);
    const { key, cumulative } = groupArgs(keyO!, cumO);
    const old = snapshotOf(oldO!);
    const diffs: StatisticDiff[] = model(() => s.model.compareTo(old.model, key, cumulative));
    groupDicts(L.CT_NEW);
    groupDicts(L.CT_OLD);
    const cmp = L.CT_CMP;
    let oldOnly = false;
    const objs = diffs.map((d) => {
      const isOld = d.count === 0;
      const isNew = !isOld && d.countDiff === d.count;
      oldOnly ||= isOld;
      const outer = isOld ? L.CT_OLD : L.CT_NEW;
      const tb = groupTraceback([...d.traceback.frames], key, cumulative, outer);
      const line = isOld ? L.CMP_OLD : isNew ? L.CMP_NEW : L.CMP_MATCHED;
      tm.temp(tupleBlock(5, [cmp, line]));
      const o = paused(() => rt.makeInstance(diffT));
      paused(() =>
        setSlots(o, [
          ['traceback', tb],
          ['size', rt.int(d.size)],
          ['size_diff', rt.int(d.sizeDiff)],
          ['count', rt.int(d.count)],
          ['count_diff', rt.int(d.countDiff)],
        ]),
      );
      const ints: VirtualBlock[] = [];
      if (!isOld) {
        ints.push(...groupInt(d.size, d.count, cumulative ? L.GBC_SIZE : L.GB_SIZE, L.CT_NEW));
        ints.push(...groupInt(d.count, d.count, cumulative ? L.GBC_COUNT : L.GB_COUNT, L.CT_NEW));
      }
      if (isOld) ints.push(...intBlock(d.sizeDiff, [cmp, L.CMP_OLD]), ...intBlock(d.countDiff, [cmp, L.CMP_OLD]));
      else if (!isNew) ints.push(...intBlock(d.sizeDiff, [cmp, L.CMP_SIZE_DIFF]), ...intBlock(d.countDiff, [cmp, L.CMP_COUNT_DIFF]));
      tm.record(o, { size: STATISTIC_DIFF_OBJECT, lines: [cmp, line] }, ints);
      return o;
    });
    const list = paused(() => rt.list(objs));
    tm.recordList(list, listAfterAppends(objs.length).allocated, [cmp, L.CMP_LIST], [cmp, oldOnly ? L.CMP_APPEND_OLD : L.CMP_APPEND]);
    return list;
  });

  /** `isinstance(filters, Iterable)`: the type has `__iter__`. */
  const iterable = (o: PyObject): boolean =>
    o instanceof PyList ||
    o instanceof PyTuple ||
    o instanceof PyStr ||
    o instanceof PyBytes ||
    o instanceof PyDict ||
    o instanceof PySet ||
    o instanceof PyRange ||
    o instanceof PyIter ||
    o instanceof PyGen ||
    o.type.lookup('__iter__') !== undefined;

  method(snapT, 'filter_traces', (_rt, a, kw) => {
    const [self, filtersO] = bind('Snapshot.filter_traces', [['self'], ['filters']], a, kw);
    const s = snapshotOf(self!);
    const filters = filtersO!;
    if (!iterable(filters)) rt.raise('TypeError', `filters must be a list of filters, not ${filters.type.name}`);
    let snap: Snapshot;
    let list: VirtualBlock[];
    if (rt.truthy(filters)) {
      const models = items(filters, (xs) => xs.map(traceFilter));
      snap = model(() => s.model.filterTraces(models));
      list = appendedList(snap.rawTraces.length, [L.FT_NEW, L.FT_NEW]);
    } else {
      snap = model(() => s.model.filterTraces([]));
      list = exactList(snap.rawTraces.length, [L.FT_COPY]);
    }
    return snapshotAt(snap, [L.FT_SNAP], list, { group: s.traces.group });
  });

  // ------------------------------------------------------------------ module functions

  fn('start', (_rt, a, kw) => {
    positional(rt, 'start', 0, 1, a, kw);
    let n = 1;
    const o = a[0];
    if (o !== undefined) {
      if (!(o instanceof PyInt) && !(isUserType(o.type) && o.type.lookup('__index__'))) {
        rt.raise('TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
      }
      const v = rt.index(o);
      if (v > 2147483647n || v < -2147483648n) rt.raise('OverflowError', 'Python int too large to convert to C int');
      n = Number(v);
    }
    if (n < 1 || n > 65535) rt.raise('ValueError', NFRAME_RANGE_MESSAGE);
    model(() => tm.table.start(n));
    tm.settle();
    return rt.none();
  });
  fn('stop', (_rt, a, kw) => {
    noArgs(rt, 'stop', a, kw);
    tm.table.stop();
    return rt.none();
  });
  fn('is_tracing', (_rt, a, kw) => {
    noArgs(rt, 'is_tracing', a, kw);
    return rt.bool(tm.table.isTracing());
  });
  fn('clear_traces', (_rt, a, kw) => {
    noArgs(rt, 'clear_traces', a, kw);
    tm.table.clearTraces();
    return rt.none();
  });
  fn('reset_peak', (_rt, a, kw) => {
    noArgs(rt, 'reset_peak', a, kw);
    tm.table.resetPeak();
    return rt.none();
  });
  fn('get_traceback_limit', (_rt, a, kw) => {
    noArgs(rt, 'get_traceback_limit', a, kw);
    return rt.int(tm.table.getTracebackLimit());
  });
  fn('get_traced_memory', (_rt, a, kw) => {
    noArgs(rt, 'get_traced_memory', a, kw);
    const [current, peak] = tm.table.getTracedMemory();
    return rt.tuple([rt.int(current), rt.int(peak)]);
  });
  fn('get_tracemalloc_memory', (_rt, a, kw) => {
    noArgs(rt, 'get_tracemalloc_memory', a, kw);
    // The trace, traceback and filename hash tables: 624 bytes empty (CPython 3.11, 64-bit) and
    // about 48 per trace; an estimate (CPython's also counts buckets and tracebacks).
    return rt.int(624 + 48 * (tm.table.isTracing() ? tm.table.traceCount : 0));
  });
  fn('_get_object_traceback', (_rt, a, kw) => {
    const o = oneArg(rt, '_get_object_traceback', a, kw);
    const frames = tm.objectTraceback(o);
    return frames === null ? rt.none() : rt.tuple(frames.map((f) => rt.tuple([existingStr(f.filename), rt.int(f.lineno)])));
  });
  fn('_get_traces', (_rt, a, kw) => {
    noArgs(rt, '_get_traces', a, kw);
    if (!tm.table.isTracing()) return rt.list([]);
    const raws = tm.table.rawTraces();
    return rt.list(raws.map((t) => rt.tuple([rt.int(t.domain), rt.int(t.size), rt.tuple(t.frames.map((f) => rt.tuple([existingStr(f.filename), rt.int(f.lineno)]))), rt.int(t.totalNframe)])));
  });

  pyfn('take_snapshot', [], () => {
    if (!tm.table.isTracing()) rt.raise('RuntimeError', NOT_TRACING_MESSAGE);
    // `_get_traces()` makes its (empty) list, then copies the traces: the list object is in
    // the snapshot (when it is traced), nothing made afterwards is.
    const listObject = tm.begin([{ size: LIST_OBJECT, lines: [L.TS_TRACES], kind: 'list' }]);
    const snap = model(() => tm.table.takeSnapshot());
    const blocks = rawTracesBlocks(snap.rawTraces);
    return snapshotAt(snap, [L.TS_SNAP], blocks.list.slice(1), { blocks: blocks.tuples }, listObject);
  });
  pyfn('get_object_traceback', [['obj']], ([obj]) => {
    const raw = tm.objectTraceback(obj!);
    if (raw === null) return rt.none();
    const at = [L.GOT_FRAMES];
    // _get_object_traceback's tuple of frame tuples; Traceback(frames) keeps the frame tuples.
    const frames = tm.begin(tupleBlock(raw.length, at));
    const tb = tracebackAt(raw, null, [L.GOT_TB], frameTuples(raw, at));
    tm.end(frames);
    return tb;
  });
  pyfn('_format_size', [['size'], ['sign']], ([size, sign]) => rt.str(fmtSize(size!, rt.truthy(sign!))));
  pyfn('_normalize_filename', [['filename']], ([filename]) => {
    const f = filename!;
    if (!(f instanceof PyStr)) rt.raise('TypeError', `expected str, bytes or os.PathLike object, not ${f.type.name}`);
    const norm = normalizeFilename(f.v);
    return norm === f.v ? rt.push(f) : rt.str(norm);
  });
  return m;
}
