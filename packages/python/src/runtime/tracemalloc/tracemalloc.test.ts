/**
 * The tracemalloc model against CPython 3.11's Lib/tracemalloc.py, on synthetic snapshots
 * captured by scripts/capture_tracemalloc.py (test-data/tracemalloc/format_cases.json), plus
 * property tests of the trace table and the statistics.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainFilter,
  Filter,
  Snapshot,
  TraceTable,
  Traceback,
  fnmatch,
  formatSize,
  isTracemallocError,
  type RawFrame,
  type RawTrace,
  type TraceFilter,
} from './index.js';

type JsonTrace = [number, number, [string, number][], number];
interface FilterSpec {
  kind: 'domain' | 'filter';
  inclusive: boolean;
  domain: number | null;
  pattern?: string;
  lineno?: number | null;
  all_frames?: boolean;
}
interface SnapshotCase {
  traces: JsonTrace[];
  old_traces: JsonTrace[];
  limit: number;
  trace_text: [string, string][];
  traces_repr: string;
  statistics: Record<string, [string, string][]>;
  compare_to: Record<string, [string, string][]>;
  filters: { spec: FilterSpec[]; kept: number[]; normalized: string[] }[];
  format: { frames: [string, number][]; limit: number | null; most_recent_first: boolean; lines: string[] }[];
}
interface Cases {
  format_size: [number, boolean, string][];
  fnmatch: [string, string, boolean][];
  snapshots: SnapshotCase[];
  errors: Record<string, [string, string] | null> & { source_lines: Record<string, string[]> };
}

const here = dirname(fileURLToPath(import.meta.url));
const cases = JSON.parse(readFileSync(join(here, '../../../test-data/tracemalloc/format_cases.json'), 'utf8')) as Cases;

const raw = (t: JsonTrace): RawTrace => ({
  domain: t[0],
  size: t[1],
  frames: t[2].map(([filename, lineno]) => ({ filename, lineno })),
  totalNframe: t[3],
});

function filterOf(spec: FilterSpec): TraceFilter {
  if (spec.kind === 'domain') return new DomainFilter(spec.inclusive, spec.domain ?? 0);
  return new Filter(spec.inclusive, spec.pattern ?? '', spec.lineno ?? null, spec.all_frames ?? false, spec.domain);
}

const texts = (xs: { toString(): string; repr(): string }[]): [string, string][] => xs.map((x) => [x.toString(), x.repr()]);

function caught(f: () => unknown): [string, string] | null {
  try {
    f();
  } catch (e) {
    if (isTracemallocError(e)) return [e.pyType, e.message];
    throw e;
  }
  return null;
}

describe('_format_size', () => {
  it(`matches CPython on ${cases.format_size.length} values`, () => {
    const wrong = cases.format_size.filter(([value, sign, text]) => formatSize(value, sign) !== text);
    expect(wrong).toEqual([]);
  });
});

describe('fnmatch', () => {
  it(`matches fnmatch.fnmatch on ${cases.fnmatch.length} name/pattern pairs`, () => {
    const wrong = cases.fnmatch.filter(([name, pattern, result]) => fnmatch(name, pattern) !== result);
    expect(wrong).toEqual([]);
  });
});

describe('Snapshot', () => {
  it(`Trace str/repr, statistics and compare_to match CPython on ${cases.snapshots.length} random snapshots`, () => {
    for (const c of cases.snapshots) {
      const snap = new Snapshot(c.traces.map(raw), c.limit);
      const old = new Snapshot(c.old_traces.map(raw), c.limit);
      expect(texts([...snap.traces])).toEqual(c.trace_text);
      expect(snap.tracesRepr()).toBe(c.traces_repr);
      for (const [key, expected] of Object.entries(c.statistics)) {
        const [keyType, cumulative] = key.split('/') as [string, string];
        expect(texts(snap.statistics(keyType, cumulative === 'True')), key).toEqual(expected);
        expect(texts(snap.compareTo(old, keyType, cumulative === 'True')), key).toEqual(c.compare_to[key]);
      }
    }
  });

  it('filter_traces keeps the traces CPython keeps', () => {
    for (const c of cases.snapshots) {
      const traces = c.traces.map(raw);
      const snap = new Snapshot(traces, c.limit);
      for (const f of c.filters) {
        const filters = f.spec.map(filterOf);
        const kept = snap.filterTraces(filters);
        expect(kept.rawTraces.map((t) => traces.indexOf(t)), JSON.stringify(f.spec)).toEqual(f.kept);
        expect(filters.filter((x): x is Filter => x instanceof Filter).map((x) => x.filenamePattern)).toEqual(f.normalized);
        expect(kept.tracebackLimit).toBe(c.limit);
      }
    }
  });

  it('Traceback.format matches for every limit and order', () => {
    const source = cases.errors.source_lines;
    const getLine = (filename: string, lineno: number): string | undefined => source[filename]?.[lineno - 1];
    let n = 0;
    for (const c of cases.snapshots) {
      for (const f of c.format) {
        const tb = new Traceback(f.frames.map(([filename, lineno]) => ({ filename, lineno })));
        expect(tb.format(getLine, f.limit, f.most_recent_first), JSON.stringify(f)).toEqual(f.lines);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('raises the errors CPython raises', () => {
    const empty = new Snapshot([], 1);
    const table = new TraceTable();
    expect(caught(() => table.start(0))).toEqual(cases.errors['start(0)']);
    expect(caught(() => table.start(65536))).toEqual(cases.errors['start(65536)']);
    expect(caught(() => table.takeSnapshot())).toEqual(cases.errors.take_snapshot_not_tracing);
    expect(caught(() => empty.statistics('bogus'))).toEqual(cases.errors["statistics('bogus')"]);
    expect(caught(() => empty.statistics("it's"))).toEqual(cases.errors['statistics("it\'s")']);
    expect(caught(() => empty.statistics('traceback', true))).toEqual(cases.errors["statistics('traceback', True)"]);
    expect(caught(() => empty.compareTo(empty, 'bogus'))).toEqual(cases.errors["compare_to('bogus')"]);
    expect(caught(() => empty.filterTraces(null))).toEqual(cases.errors['filter_traces(None)']);
    expect(caught(() => empty.filterTraces(undefined, 'int'))).toEqual(cases.errors['filter_traces(3)']);
  });
});

describe('TraceTable', () => {
  const at = (lineno: number, filename = 'a.py'): RawFrame[] => [{ filename, lineno }];

  it('follows start/stop/clear/reset_peak semantics', () => {
    const t = new TraceTable();
    expect(t.isTracing()).toBe(false);
    expect(t.getTracedMemory()).toEqual([0, 0]);
    expect(t.getTracebackLimit()).toBe(1);
    t.onAlloc(1, 100, at(1));
    expect(t.traceCount).toBe(0);
    t.start();
    t.start(5);
    expect(t.getTracebackLimit()).toBe(1);
    t.onAlloc(1, 100, at(1));
    t.onAlloc(2, 50, at(2));
    t.onFree(1);
    expect(t.getTracedMemory()).toEqual([50, 150]);
    t.resetPeak();
    expect(t.getTracedMemory()).toEqual([50, 50]);
    t.onFree(99);
    t.clearTraces();
    expect(t.getTracedMemory()).toEqual([0, 0]);
    expect(t.traceCount).toBe(0);
    t.onAlloc(3, 10, at(3));
    t.stop();
    expect(t.getTracedMemory()).toEqual([0, 0]);
    expect(t.getBlockTraceback(3)).toBeNull();
    t.start(3);
    expect(t.getTracebackLimit()).toBe(3);
  });

  it('realloc re-attributes the block to the current line, and adds the whole size for an untraced block', () => {
    const t = new TraceTable();
    t.onAlloc('before', 64, at(1));
    t.start();
    t.onAlloc('items', 32, at(10));
    t.onRealloc('items', 32, at(11));
    expect(t.getBlockTraceback('items')).toEqual(at(11));
    t.onRealloc('items', 64, at(12), 1, 'moved');
    expect(t.getBlockTraceback('items')).toBeNull();
    expect(t.getTracedMemory()).toEqual([64, 64]);
    t.onRealloc('before', 128, at(13));
    expect(t.getTracedMemory()).toEqual([192, 192]);
    t.onNewReference('moved', at(14));
    expect(t.getBlockTraceback('moved')).toEqual(at(14));
    t.onNewReference('never-traced', at(15));
    expect(t.traceCount).toBe(2);
  });

  it('keeps the most recent nframe frames and caps total_nframe', () => {
    const t = new TraceTable();
    t.start(2);
    const stack = [3, 2, 1].map((n) => ({ filename: 'f.py', lineno: n }));
    t.onAlloc(1, 8, stack);
    t.onAlloc(2, 8, [], 0);
    t.onAlloc(3, 8, stack, 70000);
    const snap = t.takeSnapshot();
    expect(snap.traces.map((x) => x.repr())).toEqual([
      "<Trace domain=0 size=8 B, traceback=<Traceback (<Frame filename='f.py' lineno=2>, <Frame filename='f.py' lineno=3>) total_nframe=3>>",
      "<Trace domain=0 size=8 B, traceback=<Traceback (<Frame filename='<unknown>' lineno=0>,) total_nframe=1>>",
      "<Trace domain=0 size=8 B, traceback=<Traceback (<Frame filename='f.py' lineno=2>, <Frame filename='f.py' lineno=3>) total_nframe=65535>>",
    ]);
    expect(snap.tracebackLimit).toBe(2);
  });
});

const frameArb = fc.record({ filename: fc.constantFrom('a.py', 'b.py', 'c/d.py', 'é.py', '\u{10000}.py'), lineno: fc.integer({ min: 0, max: 30 }) });
const traceArb: fc.Arbitrary<RawTrace> = fc
  .record({ domain: fc.constantFrom(0, 0, 0, 1), size: fc.integer({ min: 0, max: 1 << 20 }), frames: fc.array(frameArb, { minLength: 1, maxLength: 4 }) })
  .map((t) => ({ ...t, totalNframe: t.frames.length }));
const tracesArb = fc.array(traceArb, { maxLength: 40 });

describe('invariants', () => {
  it('statistic sizes and counts add up to the traced total, for every key type', () => {
    fc.assert(
      fc.property(tracesArb, (traces) => {
        const snap = new Snapshot(traces, 4);
        const total = traces.reduce((s, t) => s + t.size, 0);
        for (const key of ['traceback', 'filename', 'lineno']) {
          const stats = snap.statistics(key);
          expect(stats.reduce((s, x) => s + x.size, 0)).toBe(total);
          expect(stats.reduce((s, x) => s + x.count, 0)).toBe(traces.length);
          for (let i = 1; i < stats.length; i++) {
            const [a, b] = [stats[i - 1]!, stats[i]!];
            expect(a.size > b.size || (a.size === b.size && (a.count > b.count || (a.count === b.count && a.traceback.compare(b.traceback) > 0)))).toBe(true);
          }
        }
        const frames = traces.reduce((s, t) => s + t.frames.length, 0);
        expect(snap.statistics('lineno', true).reduce((s, x) => s + x.count, 0)).toBe(frames);
      }),
    );
  });

  it('compare_to of a snapshot with itself has only zero diffs', () => {
    fc.assert(
      fc.property(tracesArb, fc.constantFrom('traceback', 'filename', 'lineno'), fc.boolean(), (traces, key, cumulative) => {
        if (key === 'traceback' && cumulative) return;
        const snap = new Snapshot(traces, 4);
        const diffs = snap.compareTo(snap, key, cumulative);
        expect(diffs.length).toBe(snap.statistics(key, cumulative).length);
        for (const d of diffs) {
          expect(d.sizeDiff).toBe(0);
          expect(d.countDiff).toBe(0);
        }
      }),
    );
  });

  it('compare_to diffs sum to the difference of the totals', () => {
    fc.assert(
      fc.property(tracesArb, tracesArb, (a, b) => {
        const diffs = new Snapshot(a, 1).compareTo(new Snapshot(b, 1), 'lineno');
        const total = (ts: RawTrace[]): number => ts.reduce((s, t) => s + t.size, 0);
        expect(diffs.reduce((s, d) => s + d.sizeDiff, 0)).toBe(total(a) - total(b));
        expect(diffs.reduce((s, d) => s + d.countDiff, 0)).toBe(a.length - b.length);
      }),
    );
  });

  it('the trace table total is the sum of live traces, and the peak its running maximum', () => {
    type Op = { kind: 'alloc' | 'realloc' | 'free'; key: number; size: number };
    const opArb: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom('alloc', 'realloc', 'free'), key: fc.integer({ min: 0, max: 9 }), size: fc.integer({ min: 0, max: 1000 }) });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const t = new TraceTable();
        t.start();
        const live = new Map<number, number>();
        let peak = 0;
        for (const op of ops) {
          if (op.kind === 'free') {
            t.onFree(op.key);
            live.delete(op.key);
          } else {
            if (op.kind === 'alloc') t.onAlloc(op.key, op.size, [{ filename: 'x.py', lineno: 1 }]);
            else t.onRealloc(op.key, op.size, [{ filename: 'x.py', lineno: 2 }]);
            live.set(op.key, op.size);
          }
          const current = [...live.values()].reduce((s, x) => s + x, 0);
          peak = Math.max(peak, current);
          expect(t.getTracedMemory()).toEqual([current, peak]);
        }
        const stats = t.takeSnapshot().statistics('filename');
        expect(stats.reduce((s, x) => s + x.size, 0)).toBe(t.getTracedMemory()[0]);
      }),
    );
  });
});
