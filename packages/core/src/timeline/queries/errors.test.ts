import { describe, expect, it } from 'vitest';
import { ErrorCode, HeapError } from '../../errors.js';
import { Heap } from '../../heap/heap.js';
import { EventLog } from '../../log/eventLog.js';
import { Timeline } from '../timeline.js';

/** Every query rejects an event index outside the log and an object id the log never had. */

function expectHeapError(f: () => unknown, code: string): void {
  let caught: unknown;
  try {
    f();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(HeapError);
  expect((caught as HeapError).code).toBe(code);
}

function smallTimeline(): { tl: Timeline; a: number } {
  const heap = new Heap();
  const main = heap.addRoot('main');
  const a = heap.alloc({ type: 'A', size: 56, gc: true });
  heap.take(a, main, 'a');
  const b = heap.alloc({ type: 'B', size: 56, gc: true });
  heap.take(b, a, 'b');
  heap.drop(b, a, 'b');
  return { tl: new Timeline(heap.log, { span: 2 }), a };
}

const badIndexes = (n: number) => [-1, n, n + 1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, -0.5];
const badIds = (objects: number) => [0, -1, objects + 1, 1.5, Number.NaN, 1000];

describe('timeline query errors', () => {
  it('out-of-range event indexes throw HL_INDEX_OUT_OF_RANGE from every query that takes one', () => {
    const { tl, a } = smallTimeline();
    const n = tl.length;
    const ok = n - 1;
    for (const i of badIndexes(n)) {
      expectHeapError(() => tl.previousChange(a, i), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.nextChange(a, i), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.retainingPaths(a, i), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.retainingPaths(a, i, 3), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.pendingGarbage(i), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.liveGroups(i, 'type'), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.liveGroups(i, 'site'), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.diff(i, ok), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.diff(ok, i), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.diff(i, i), ErrorCode.IndexOutOfRange);
    }
    // The boundaries themselves are fine.
    for (const i of [0, ok]) {
      expect(() => tl.previousChange(a, i)).not.toThrow();
      expect(() => tl.nextChange(a, i)).not.toThrow();
      expect(() => tl.retainingPaths(a, i)).not.toThrow();
      expect(() => tl.pendingGarbage(i)).not.toThrow();
      expect(() => tl.liveGroups(i, 'type')).not.toThrow();
      expect(() => tl.diff(0, ok)).not.toThrow();
    }
    // A failed query leaves the cursor usable.
    tl.seek(1);
    expectHeapError(() => tl.pendingGarbage(n), ErrorCode.IndexOutOfRange);
    expect(tl.index).toBe(1);
  });

  it('unknown object ids throw HL_UNKNOWN_OBJECT from every query that takes one', () => {
    const { tl } = smallTimeline();
    const ok = tl.length - 1;
    expect(tl.log.objectCount).toBe(2);
    for (const id of badIds(tl.log.objectCount)) {
      expectHeapError(() => tl.refcountHistory(id), ErrorCode.UnknownObject);
      expectHeapError(() => tl.lifecycle(id), ErrorCode.UnknownObject);
      expectHeapError(() => tl.previousChange(id, ok), ErrorCode.UnknownObject);
      expectHeapError(() => tl.nextChange(id, 0), ErrorCode.UnknownObject);
      expectHeapError(() => tl.retainingPaths(id, ok), ErrorCode.UnknownObject);
    }
    // Freed objects are known: they have a history, and no path.
    expect(tl.lifecycle(2).free).toBeGreaterThan(0);
    expect(tl.refcountHistory(2).at(-1)!.refcount).toBe(0);
    expect(tl.retainingPaths(2, ok)).toEqual([]);
  });

  it('an empty log rejects every index', () => {
    const tl = new Timeline(new EventLog());
    expect(tl.length).toBe(0);
    for (const i of [0, -1, 1]) {
      expectHeapError(() => tl.pendingGarbage(i), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.liveGroups(i, 'type'), ErrorCode.IndexOutOfRange);
      expectHeapError(() => tl.diff(i, i), ErrorCode.IndexOutOfRange);
    }
    expectHeapError(() => tl.lifecycle(1), ErrorCode.UnknownObject);
    expectHeapError(() => tl.refcountHistory(1), ErrorCode.UnknownObject);
    // A heap's log starts with its interpreter root: one event, index 0 only.
    const one = new Timeline(new Heap().log);
    expect(one.length).toBe(1);
    expect(one.pendingGarbage(0)).toEqual([]);
    expectHeapError(() => one.pendingGarbage(1), ErrorCode.IndexOutOfRange);
  });
});
