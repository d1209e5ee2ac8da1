import { TestScheduler } from 'rxjs/testing';
import { from, map } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { Heap } from '../heap/heap.js';
import { Timeline } from '../timeline/timeline.js';
import { followLog } from './followLog.js';
import { cursorStates$ } from './cursorStates.js';
import { views$ } from './views.js';
import { gcStats, generationCounts, liveByType, refcount } from './selectors.js';

const newScheduler = () => new TestScheduler((actual, expected) => expect(actual).toEqual(expected));

/** The notebook's two objects in a cycle, built step by step; returns the events of each step. */
function cycleHistory() {
  const heap = new Heap();
  const g = heap.addRoot('globals');
  const a = heap.alloc({ type: 'MyObject', size: 48, gc: true, holder: g, slot: 'a' });
  const afterA = heap.log.length - 1;
  const b = heap.alloc({ type: 'MyObject', size: 48, gc: true, holder: g, slot: 'b' });
  heap.take(b, a, 'other');
  heap.take(a, b, 'other');
  const linked = heap.log.length - 1;
  heap.drop(a, g, 'a');
  heap.drop(b, g, 'b');
  const dropped = heap.log.length - 1;
  heap.collect();
  const collected = heap.log.length - 1;
  return { heap, a, b, afterA, linked, dropped, collected };
}

describe('streams over the live log (marble tests)', () => {
  it('refcount$ follows an object as commands append events, once per batch, only on change', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      const heap = new Heap({ scheduler });
      const g = heap.addRoot('globals');
      const x = heap.alloc({ type: 'list', size: 56, gc: true, sequence: true, holder: g, slot: 'x' });
      heap.log.flush();
      // take, take (one batch: 3), nothing relevant (no emission), drop (2), drop x (freed: 0)
      cold('-a-b-c-d|').subscribe((v) => {
        if (v === 'a') {
          heap.take(x, g, 'y');
          heap.take(x, g, 'z');
        } else if (v === 'b') heap.write('stdout', 'hi\n');
        else if (v === 'c') heap.drop(x, g, 'y');
        else {
          heap.drop(x, g, 'z');
          heap.drop(x, g, 'x');
        }
      });
      expectObservable(followLog(heap.log).pipe(refcount(x))).toBe('1a---b-c', { 1: 1, a: 3, b: 2, c: 0 });
    });
  });

  it('gcStats$ and generationCounts$ change when a collection runs', () => {
    const scheduler = newScheduler();
    scheduler.run(({ cold, expectObservable }) => {
      const heap = new Heap({ scheduler });
      const g = heap.addRoot('globals');
      heap.alloc({ type: 'list', size: 56, gc: true, sequence: true, holder: g, slot: 'x' });
      heap.log.flush();
      cold('--a|').subscribe(() => heap.collect());
      const zero = { collections: 0, collected: 0, uncollectable: 0 };
      expectObservable(followLog(heap.log).pipe(gcStats())).toBe('s-t', {
        s: [zero, zero, zero],
        t: [zero, zero, { collections: 1, collected: 0, uncollectable: 0 }],
      });
      expectObservable(followLog(heap.log).pipe(generationCounts(), map((gs) => gs.map((x) => `${x.count}/${x.objects}`).join(' ')))).toBe('s-t', {
        s: '1/1 0/0 0/0',
        t: '0/0 0/0 0/1',
      });
    });
  });
});

describe('streams over a cursor (marble tests)', () => {
  it('refcount at each cursor position, only when it changes', () => {
    const h = cycleHistory();
    const tl = new Timeline(h.heap.log);
    newScheduler().run(({ cold, expectObservable }) => {
      const cursor$ = cold('a-b-c-d-e|', { a: h.afterA, b: h.linked, c: h.linked, d: h.dropped, e: h.afterA });
      expectObservable(cursorStates$(tl, cursor$).pipe(refcount(h.a))).toBe('a-b---c--|', { a: 1, b: 2, c: 1 });
    });
  });

  it('live bytes by type and gc stats at the cursor', () => {
    const h = cycleHistory();
    const tl = new Timeline(h.heap.log);
    newScheduler().run(({ cold, expectObservable }) => {
      const cursor$ = cold('a-b-c|', { a: h.linked, b: h.dropped, c: h.collected });
      expectObservable(cursorStates$(tl, cursor$).pipe(liveByType(), map((t) => `${t.objects}:${t.bytes}:${Object.keys(t.byType).join()}`))).toBe('a---b|', {
        a: '2:96:MyObject',
        b: '0:0:',
      });
      expectObservable(cursorStates$(tl, cursor$).pipe(gcStats(), map((s) => s[2]!.collected))).toBe('a---b|', { a: 0, b: 2 });
    });
  });

  it('views$ emits frozen views that share unchanged objects, and errors on a bad index', () => {
    const h = cycleHistory();
    const tl = new Timeline(h.heap.log);
    newScheduler().run(({ cold, expectObservable }) => {
      const cursor$ = cold('a-b-c|', { a: h.linked, b: h.dropped - 1, c: h.dropped });
      expectObservable(
        views$(tl, cursor$).pipe(map((v) => `${v.index}:${v.objects[h.a]?.refcount}:${v.objects[h.b]?.refcount}`)),
      ).toBe('a-b-c|', { a: `${h.linked}:2:2`, b: `${h.dropped - 1}:1:2`, c: `${h.dropped}:1:1` });
      const bad$ = cold('a-b|', { a: 0, b: 10_000 });
      expectObservable(cursorStates$(tl, bad$).pipe(map((s) => s.applied))).toBe('a-#', { a: 1 }, expect.objectContaining({ code: 'HL_INDEX_OUT_OF_RANGE' }));
    });
    const seen: unknown[] = [];
    const sub = views$(tl, from([h.dropped - 1, h.dropped])).subscribe((v) => seen.push(v));
    sub.unsubscribe();
    const [v1, v2] = seen as Array<{ objects: Record<number, unknown> }>;
    expect(Object.isFrozen(v2)).toBe(true);
    expect(v2!.objects[h.a]).toBe(v1!.objects[h.a]); // untouched by the drop of b: shared
    expect(v2!.objects[h.b]).not.toBe(v1!.objects[h.b]);
  });
});
