import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import type { EventLog } from '../../log/eventLog.js';
import { HeapState } from '../../state/heapState.js';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import { Timeline } from '../timeline.js';
import type { LiveGroup } from './liveGroups.js';

/** Live groups against a brute-force count over `replay(log, i + 1)`, at every event. */
const history = fc.array(opArb, { minLength: 20, maxLength: 100, size: 'max' });

/** The documented order: bytes descending, then objects descending, then key ascending. */
const byDocumentedOrder = (a: LiveGroup, b: LiveGroup) => b.bytes - a.bytes || b.objects - a.objects || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Type and site of every object, read from its decoded `heap.alloc` event. */
function allocInfo(log: EventLog): Map<number, { type: string; site: string }> {
  const info = new Map<number, { type: string; site: string }>();
  for (const ev of log.events()) if (ev.kind === 'heap.alloc') info.set(ev.id, { type: ev.type, site: ev.site });
  return info;
}

function oracle(s: HeapState, key: (id: number) => string): LiveGroup[] {
  const groups = new Map<string, { objects: number; bytes: number }>();
  for (let id = 1; id <= s.objectCount; id++) {
    if (!s.isAlive(id)) continue;
    const g = groups.get(key(id)) ?? { objects: 0, bytes: 0 };
    g.objects += 1;
    g.bytes += s.size[id]!;
    groups.set(key(id), g);
  }
  return [...groups].map(([k, g]) => ({ key: k, ...g })).sort(byDocumentedOrder);
}

describe('liveGroups over random histories', { timeout: 30_000 }, () => {
  it('by type and by site: brute-force counts and bytes, in documented order, summing to the live totals', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 40 }), fc.boolean(), (ops, span, backwards) => {
        const log = runAll(ops).log;
        const info = allocInfo(log);
        const tl = new Timeline(log, { span, budget: 100 });
        const expected: Array<{ i: number; type: LiveGroup[]; site: LiveGroup[]; objects: number; bytes: number }> = [];
        const s = new HeapState(log);
        for (let i = 0; i < log.length; i++) {
          s.apply(i); // s = replay(log, i + 1)
          expected.push({
            i,
            type: oracle(s, (id) => info.get(id)!.type),
            site: oracle(s, (id) => info.get(id)!.site),
            objects: s.liveObjects,
            bytes: s.liveBytes,
          });
        }
        const problems: string[] = [];
        for (const x of backwards ? [...expected].reverse() : expected) {
          for (const by of ['type', 'site'] as const) {
            const got = tl.liveGroups(x.i, by);
            if (JSON.stringify(got) !== JSON.stringify(x[by])) problems.push(`${x.i} by ${by}: ${JSON.stringify(got)} want ${JSON.stringify(x[by])}`);
            const objects = got.reduce((n, g) => n + g.objects, 0);
            const bytes = got.reduce((n, g) => n + g.bytes, 0);
            if (objects !== x.objects || bytes !== x.bytes) problems.push(`${x.i} by ${by}: totals ${objects}/${bytes}, state ${x.objects}/${x.bytes}`);
            for (let k = 1; k < got.length; k++) if (byDocumentedOrder(got[k - 1]!, got[k]!) >= 0) problems.push(`${x.i} by ${by}: order at ${k}`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('liveGroups on a hand-built heap', () => {
  it('groups by type and by site, with ties broken by objects then key, as of each event', () => {
    const heap = new Heap();
    const main = heap.addRoot('main');
    const a1 = heap.alloc({ type: 'A', size: 100, site: 'a.py:1', gc: true });
    heap.take(a1, main, 'a1');
    const a2 = heap.alloc({ type: 'A', size: 100, site: 'a.py:1', gc: true });
    heap.take(a2, main, 'a2');
    const b = heap.alloc({ type: 'B', size: 200, site: 'b.py:2' });
    heap.take(b, main, 'b');
    const c = heap.alloc({ type: 'C', size: 50 });
    heap.take(c, main, 'c');
    const d = heap.alloc({ type: 'A', size: 150, site: 'b.py:2' });
    heap.take(d, main, 'd');
    const mid = heap.log.length - 1;
    heap.drop(a2, main, 'a2');
    heap.resize(b, 250);
    const end = heap.log.length - 1;
    const tl = new Timeline(heap.log, { span: 2 });

    expect(tl.liveGroups(mid, 'type')).toEqual([
      { key: 'A', objects: 3, bytes: 350 },
      { key: 'B', objects: 1, bytes: 200 },
      { key: 'C', objects: 1, bytes: 50 },
    ]);
    expect(tl.liveGroups(mid, 'site')).toEqual([
      { key: 'b.py:2', objects: 2, bytes: 350 },
      { key: 'a.py:1', objects: 2, bytes: 200 },
      { key: '', objects: 1, bytes: 50 },
    ]);
    // Ties: A and B both at 250 bytes; A has more objects. Sites 'a.py:1' and '' at 100/50.
    expect(tl.liveGroups(end, 'type')).toEqual([
      { key: 'A', objects: 2, bytes: 250 },
      { key: 'B', objects: 1, bytes: 250 },
      { key: 'C', objects: 1, bytes: 50 },
    ]);
    expect(tl.liveGroups(end, 'site')).toEqual([
      { key: 'b.py:2', objects: 2, bytes: 400 },
      { key: 'a.py:1', objects: 1, bytes: 100 },
      { key: '', objects: 1, bytes: 50 },
    ]);
    // Same bytes and objects: by key.
    const h2 = new Heap();
    const r = h2.addRoot('r');
    for (const t of ['Z', 'M', 'A']) h2.take(h2.alloc({ type: t, size: 10 }), r, t);
    expect(new Timeline(h2.log).liveGroups(h2.log.length - 1, 'type').map((g) => g.key)).toEqual(['A', 'M', 'Z']);
    // Before any allocation: nothing.
    expect(tl.liveGroups(0, 'type')).toEqual([]);
  });
});
