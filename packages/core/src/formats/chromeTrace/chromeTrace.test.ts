import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import { HeapState } from '../../state/heapState.js';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import { exportChromeTrace, type ChromeTraceOptions } from './chromeTrace.js';

interface TraceRecord {
  ph: string;
  pid: number;
  tid: number;
  name: string;
  ts?: number;
  dur?: number;
  id?: number;
  cat?: string;
  args: Record<string, unknown>;
}
interface Trace {
  traceEvents: TraceRecord[];
  otherData: { events: number; dropped_lifetimes: number; dropped_instants: number };
}

function trace(heap: Heap, options: ChromeTraceOptions = {}): { json: Trace; chunks: string[] } {
  const chunks: string[] = [];
  exportChromeTrace(heap.log.events(), (c) => chunks.push(c), options);
  return { json: JSON.parse(chunks.join('')) as Trace, chunks };
}

/** A small program: a list, a cycle of two instances with __del__, a collection, a weakref. */
function sample(): Heap {
  const heap = new Heap();
  const g = heap.addRoot('module globals');
  const cls = heap.alloc({ type: 'type', size: 1064, gc: true, holder: g, slot: 'A' });
  const xs = heap.alloc({ type: 'list', size: 88, gc: true, sequence: true, holder: g, slot: 'xs', site: 'x.py:3' });
  heap.alloc({ type: 'int', size: 28, holder: xs, slot: 0 });
  const mk = (slot: string) => heap.alloc({ type: 'A', size: 56, gc: true, cls, finalizer: () => heap.write('stdout', 'bye "\x1b[2J"\n'), holder: g, slot });
  const a = mk('a');
  const b = mk('b');
  heap.take(b, a, 'other');
  heap.take(a, b, 'other');
  heap.drop(b, g, 'b');
  heap.drop(a, g, 'a');
  heap.line('x.py', 9);
  heap.collect();
  heap.drop(xs, g, 'xs');
  return heap;
}

describe('Chrome Trace export', () => {
  it('has the structure Perfetto reads: traceEvents, ph/ts/pid/tid/name, matched async ids, monotonic ts per track', () => {
    const heap = sample();
    const { json } = trace(heap, { title: 'x.py', sampleEvery: 1 });
    expect(Array.isArray(json.traceEvents)).toBe(true);
    expect(json.otherData.events).toBe(heap.log.length);
    const lastTs = new Map<string, number>();
    const open = new Map<number, number>();
    for (const r of json.traceEvents) {
      expect(typeof r.ph).toBe('string');
      expect(r.pid).toBe(1);
      expect(typeof r.tid).toBe('number');
      expect(typeof r.name).toBe('string');
      if (r.ph === 'M') continue;
      expect(Number.isInteger(r.ts)).toBe(true);
      const track = r.ph === 'C' ? `C:${r.name}` : r.ph === 'b' || r.ph === 'e' ? `async:${r.id}` : `t:${r.tid}`;
      expect(r.ts!).toBeGreaterThanOrEqual(lastTs.get(track) ?? 0);
      lastTs.set(track, r.ts!);
      if (r.ph === 'b') {
        expect(open.has(r.id!)).toBe(false);
        open.set(r.id!, r.ts!);
      }
      if (r.ph === 'e') {
        expect(open.has(r.id!)).toBe(true);
        open.delete(r.id!);
      }
    }
    expect(open.size).toBe(0);
    const names = json.traceEvents.filter((r) => r.ph === 'M').map((r) => r.args.name);
    expect(names).toContain('heapline: x.py');
  });

  it('writes one complete slice per collection, finalizers and frees as instants, the event index in args', () => {
    const heap = sample();
    const { json } = trace(heap);
    const events = [...heap.log.events()];
    const done = events.filter((e) => e.kind === 'gc.done');
    const slices = json.traceEvents.filter((r) => r.ph === 'X');
    expect(slices).toHaveLength(done.length);
    const last = slices[slices.length - 1]!;
    expect(last.args).toMatchObject({ generation: 2, collected: 2, uncollectable: 0, automatic: false, end_event: done[done.length - 1]!.seq });
    expect(events[last.args.event as number]!.kind).toBe('gc.start');
    const dels = json.traceEvents.filter((r) => r.ph === 'i' && r.cat === 'finalizer');
    expect(dels.map((r) => r.name)).toEqual(['__del__ A', '__del__ A']);
    const frees = json.traceEvents.filter((r) => r.ph === 'i' && r.cat === 'free');
    expect(frees).toHaveLength(events.filter((e) => e.kind === 'heap.free').length);
    for (const f of frees) expect(events[f.args.event as number]).toMatchObject({ kind: 'heap.free', id: f.args.id });
    const out = json.traceEvents.find((r) => r.cat === 'output')!;
    expect(out.args.text).toBe('bye "\x1b[2J"\n');
  });

  it('bounds lifetimes and instants, and says what it dropped', () => {
    const heap = sample();
    const allocs = [...heap.log.events()].filter((e) => e.kind === 'heap.alloc').length;
    const { json } = trace(heap, { lifetimes: 2, instants: 1 });
    expect(json.traceEvents.filter((r) => r.ph === 'b')).toHaveLength(2);
    expect(json.traceEvents.filter((r) => r.ph === 'i')).toHaveLength(1);
    expect(json.otherData.dropped_lifetimes).toBe(allocs - 2);
    expect(json.otherData.dropped_instants).toBeGreaterThan(0);
  });

  it('hands out bounded chunks', () => {
    const heap = sample();
    const { chunks } = trace(heap, { chunkChars: 256 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks.slice(0, -1)) expect(c.length).toBeLessThan(256 + 400);
  });

  it('property: every counter sample equals the replayed state at its event, and every change is sampled (sampleEvery 1)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 60 }), (ops) => {
        const heap = runAll(ops);
        const { json } = trace(heap, { sampleEvery: 1 });
        const live = new Map<number, Record<string, unknown>>();
        const counts = new Map<number, Record<string, unknown>>();
        for (const r of json.traceEvents) {
          if (r.ph !== 'C') continue;
          (r.name === 'live' ? live : counts).set(r.ts!, r.args);
        }
        const s = new HeapState(heap.log);
        let prev = { bytes: 0, objects: 0, count: '0,0,0' };
        for (let i = 0; i < heap.log.length; i++) {
          s.apply(i);
          const now = { bytes: s.liveBytes, objects: s.liveObjects, count: [...s.count].join(',') };
          if (now.bytes !== prev.bytes || now.objects !== prev.objects) expect(live.get(i)).toEqual({ bytes: now.bytes, objects: now.objects });
          if (now.count !== prev.count) expect(counts.get(i)).toEqual({ gen0: s.count[0], gen1: s.count[1], gen2: s.count[2] });
          const l = live.get(i);
          if (l) expect(l).toEqual({ bytes: now.bytes, objects: now.objects });
          const c = counts.get(i);
          if (c) expect([c.gen0, c.gen1, c.gen2].join(',')).toBe(now.count);
          prev = now;
        }
      }),
      { numRuns: 60 },
    );
  });
});
