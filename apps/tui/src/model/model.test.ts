import { Timeline, type EventLog } from '@heapline/core';
import { runPython } from '@heapline/python';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { notebookLog } from '../testing/notebookLog.js';
import { holdersOf, referentsOf } from './inspector.js';
import { LiveSet } from './liveSet.js';
import { HeapTable, SORT_KEYS } from './heapTable.js';
import { Overview } from './overview.js';
import { Session } from './session.js';

const SCRIPT = `
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
items = [Node(i) for i in range(5)]
d = {'a': items[0], 'b': items[0]}
items[1].next = items[2]
items[2].next = items[1]
t = (items[3], items[3])
del items[1:3]
items.insert(0, items[-1])
import gc
gc.collect()
print(len(items))
`;

let log: EventLog;
let tl: Timeline;

beforeAll(() => {
  const r = runPython(SCRIPT, { filename: 'm.py', write: () => {} });
  log = r.heap!.log;
  tl = new Timeline(log);
});

describe('inspector model', () => {
  it('holders from the history index equal the HeapView holders, at any event, for every live object', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (r) => {
        const i = r % log.length;
        const view = tl.seek(i).view();
        for (const o of Object.values(view.objects)) {
          const got = holdersOf(tl, tl.state, o.id, i).flatMap((h) => h.slots.map((slot) => ({ holder: h.holder, slot })));
          const key = (x: { holder: number; slot: string | number }) => `${x.holder}:${String(x.slot)}`;
          expect(got.map(key).sort()).toEqual(o.holders.map(key).sort());
          expect(referentsOf(tl.state, o.id)).toEqual(o.referents);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('LiveSet', () => {
  it('equals the live objects of the state after any sequence of moves (patched, merged or rebuilt)', () => {
    const live = new LiveSet();
    // One change at a time, many merged in one pass, and a rebuild, from the start-up's dense allocations.
    let at = 100;
    for (const m of [1, 2, 600, -600, -1, 1200, -1250]) {
      at = Math.max(0, Math.min(log.length - 1, at + m));
      live.update(tl.seek(at).state, at);
      expect(live.toArray()).toEqual(Object.keys(tl.view().objects).map(Number));
    }
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: 0, max: 1e9 })), { minLength: 1, maxLength: 12 }), (moves) => {
        let i = tl.index;
        for (const m of moves) {
          i = m >= -3000 && m <= 3000 ? Math.max(0, Math.min(log.length - 1, i + m)) : m % log.length;
          tl.seek(i);
          live.update(tl.state, i);
          const want = Object.keys(tl.view().objects).map(Number);
          expect(live.toArray()).toEqual(want);
          expect(live.size).toBe(tl.state.liveObjects);
          if (want.length > 0) expect(live.indexOf(want[want.length - 1]!)).toBe(want.length - 1);
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('HeapTable', () => {
  it('orders the live objects by every sort key as a plain comparison would, ties by id', () => {
    const live = new LiveSet();
    const table = new HeapTable(live);
    for (const i of [Math.floor(log.length / 3), log.length - 1]) {
      const s = tl.seek(i).state;
      live.update(s, i);
      const ids = live.toArray();
      for (const by of SORT_KEYS) {
        const key = (id: number): number | string => {
          const r = table.row(s, id);
          return by === 'newest' ? -id : by === 'id' ? id : by === 'type' ? r.type : by === 'refcount' ? -r.refcount : by === 'size' ? -r.size : by === 'line' ? r.site : s.lists.listOfId(id);
        };
        const want = [...ids].sort((a, b) => {
          const ka = key(a);
          const kb = key(b);
          return ka < kb ? -1 : ka > kb ? 1 : by === 'newest' ? 0 : a - b;
        });
        const got = want.map((_, k) => table.idAt(s, i, by, k));
        expect(got, by).toEqual(want);
        for (const k of [0, Math.floor(want.length / 2), want.length - 1]) expect(table.rowOf(s, i, by, want[k]!)).toBe(k);
      }
      expect(table.rowOf(s, i, 'type', 10 ** 9)).toBe(-1);
    }
  });
});

describe('Overview', () => {
  it('columns partition the log, and live bytes at a column end equal the state there', () => {
    const o = new Overview(log);
    for (const width of [1, 7, 80, 333]) {
      const cols = o.columns(width);
      expect(cols).toHaveLength(width);
      expect(cols[0]!.from).toBe(0);
      expect(cols[width - 1]!.to).toBe(log.length);
      for (let k = 1; k < width; k++) expect(cols[k]!.from).toBe(cols[k - 1]!.to);
      const allocs = cols.reduce((n, c) => n + c.allocs, 0);
      expect(allocs).toBe(log.countByKind()[1]);
    }
    const last = o.columns(10)[9]!;
    expect(last.liveBytes).toBe(tl.seek(log.length - 1).state.liveBytes);
    const gcCols = o.columns(50).filter((c) => c.collection >= 0);
    expect(gcCols.length).toBeGreaterThan(0);
  });
});

describe('Session', () => {
  it('lines, collections and allocation events are indexed; events are described in words', () => {
    const nb = notebookLog();
    const s = new Session(nb.log, nb.files);
    expect(s.index.lines.length).toBe(8);
    expect(s.index.collections.length).toBe(1);
    const take = s.index.lines.after(s.index.lines.at(1));
    const st = s.seek(take - 1).state;
    expect(s.describe(take - 1, st)).toBe(`ref.take: list #${nb.ids.list} held by frame <module> slot 'b' (refcount 2)`);
    expect(s.describe(s.index.lines.at(1))).toBe('program.line: nb.py:2  b = a');
    const gc = s.index.collections.at(0);
    expect(s.describe(gc)).toBe('gc.start: collection of generation 2 starts (gc.collect())');
    const c = s.collection(gc);
    expect(c.unreachable.ids).toEqual([nb.ids.x, nb.ids.y]);
    expect(c.finalized.ids).toEqual([nb.ids.x, nb.ids.y]);
    expect(c.freed.count).toBe(2);
    expect(c.collected).toBe(2);
  });

  it('describes every event of a real run in words that start with its kind', () => {
    const s = new Session(log, [{ name: 'm.py', source: SCRIPT }]);
    const kinds = new Set<string>();
    for (let i = 0; i < log.length; i += 1) {
      const e = log.get(i);
      const words = s.describe(i, i % 50 === 0 ? s.seek(i).state : undefined);
      expect(words.startsWith(`${e.kind}: `)).toBe(true);
      expect(words.length).toBeGreaterThan(e.kind.length + 3);
      kinds.add(e.kind);
    }
    expect(kinds.size).toBeGreaterThan(12);
  });

  it('output keeps the last lines, split across writes and streams', () => {
    const nb = notebookLog('X', 'one\ntwo\nthr');
    const s = new Session(nb.log, nb.files);
    const st = s.seek(s.total - 1).state;
    expect(s.output(st, 10)).toEqual([
      { stream: 'stdout', text: 'one' },
      { stream: 'stdout', text: 'two' },
      { stream: 'stdout', text: 'thr' },
    ]);
    expect(s.output(st, 2).map((l) => l.text)).toEqual(['two', 'thr']);
    expect(s.output(s.seek(0).state, 5)).toEqual([]);
  });
});
