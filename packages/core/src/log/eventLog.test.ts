import { TestScheduler } from 'rxjs/testing';
import { map } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ErrorCode, HeapError } from '../errors.js';
import { Heap } from '../heap/heap.js';
import { Kind } from '../events/kinds.js';
import { EventLog } from './eventLog.js';
import { CHUNK_SIZE } from './columns.js';

describe('EventLog', () => {
  it('reads events back as frozen objects, in O(1), across chunk boundaries', () => {
    const log = new EventLog();
    const n = CHUNK_SIZE * 2 + 5;
    for (let i = 0; i < n; i++) log.append(Kind.Line, log.strings.intern('f.py'), i, 0);
    expect(log.length).toBe(n);
    const e = log.get(CHUNK_SIZE + 1);
    expect(e).toEqual({ kind: 'program.line', seq: CHUNK_SIZE + 1, file: 'f.py', line: CHUNK_SIZE + 1 });
    expect(Object.isFrozen(e)).toBe(true);
    expect(() => {
      (e as { line: number }).line = 3;
    }).toThrow(TypeError);
    expect(log.get(CHUNK_SIZE + 1)).toEqual(e);
  });

  it('rejects an index out of range with a typed error', () => {
    const log = new EventLog();
    for (const i of [-1, 0, 1.5]) {
      expect(() => log.get(i)).toThrowError(HeapError);
      try {
        log.get(i);
      } catch (error) {
        expect((error as HeapError).code).toBe(ErrorCode.IndexOutOfRange);
      }
    }
  });

  it('stores an event in 13 bytes plus 8 bytes per allocated object', () => {
    const heap = new Heap();
    const root = heap.addRoot('r');
    for (let i = 0; i < 1000; i++) {
      const id = heap.alloc({ type: 'int', size: 28, holder: root, slot: 'x' });
      heap.drop(id, root, 'x');
    }
    const st = heap.log.storage();
    expect(st.eventBytes).toBe(heap.log.length * 13);
    expect(st.objectBytes).toBe((heap.log.objectCount + 1) * 8);
  });

  it('delivers appended events in batches on its scheduler (marble test)', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ expectObservable, cold }) => {
      const heap = new Heap({ scheduler });
      const root = heap.addRoot('r');
      heap.log.flush(); // what happened before anyone listened is not replayed
      const sizes$ = heap.log.batches$.pipe(map((b) => `${b.from}-${b.to}`));
      // Three commands at frame 1 (one batch), one at frame 3.
      cold('-a-b|').subscribe((v) => {
        if (v === 'a') for (let i = 0; i < 3; i++) heap.alloc({ type: 'int', size: 28, holder: root, slot: `x${i}` });
        else heap.write('stdout', 'hi\n');
      });
      expectObservable(sizes$).toBe('-a-b', { a: '2-8', b: '8-9' });
    });
  });

  it('splits a long run of appends into batches of at most maxBatch events', () => {
    const log = new EventLog({ maxBatch: 10 });
    const seen: Array<[number, number]> = [];
    log.batches$.subscribe((b) => seen.push([b.from, b.to]));
    for (let i = 0; i < 25; i++) log.append(Kind.Line, 0, i, 0);
    log.flush();
    expect(seen).toEqual([[0, 10], [10, 20], [20, 25]]);
    expect(log.length).toBe(25);
  });
});
