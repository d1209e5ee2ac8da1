import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeapError } from '../errors.js';
import { Heap } from './heap.js';
import { HeapState } from '../state/heapState.js';
import { stateSnapshot } from '../state/snapshot.js';
import { replay } from '../replay.js';
import { applyChecked, holderCounts } from '../testing/invariants.js';
import { liveIds, opArb, run, runAll, type World } from '../testing/randomWorkload.js';

/**
 * Property tests over random command sequences (see testing/randomWorkload.ts); invalid
 * commands must throw a HeapError and leave the log and the state exactly as they were.
 */

function checkHolders(heap: Heap): void {
  const counts = holderCounts(heap.state as HeapState);
  for (const id of liveIds(heap)) {
    if (heap.refcount(id) !== counts[id]) {
      throw new Error(`refcount of ${id} is ${heap.refcount(id)} but it has ${counts[id]} live holders`);
    }
  }
}

describe('engine invariants over random command sequences', () => {
  it('replay equals live at every prefix; refcount equals live holders; nothing reachable is freed; collected objects were unreachable', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 20, maxLength: 120, size: 'max' }), (ops) => {
        const heap = new Heap({ freelists: { list: 3, dict: 2 } });
        const w: World = { heap, roots: [heap.addRoot('globals'), heap.addRoot('frame f')], out: [] };
        const shadow = new HeapState(heap.log);
        for (const o of ops) {
          const before = heap.log.length;
          const snap = stateSnapshot(heap.state as HeapState);
          try {
            run(w, o);
          } catch (error) {
            if (!(error instanceof HeapError)) throw error;
            // A rejected command appends nothing and changes nothing.
            expect(heap.log.length, `${JSON.stringify(o)}: ${error.message}`).toBe(before);
            expect(stateSnapshot(heap.state as HeapState)).toEqual(snap);
          }
          expect(applyChecked(shadow, heap.log.length)).toEqual([]);
          expect(stateSnapshot(shadow)).toEqual(stateSnapshot(heap.state as HeapState));
          checkHolders(heap);
        }
        expect(stateSnapshot(replay(heap.log))).toEqual(stateSnapshot(heap.state as HeapState));
      }),
      { numRuns: 200 },
    );
  });
});

describe('regressions found by the property tests', () => {
  it('a weakref whose allocation triggers a collection that frees its referent is recorded before the referent goes', () => {
    // Found by fast-check: an automatic collection inside weakref()'s allocation cleared the
    // garbage cycle that was the referent's only holder; releasing the argument then freed the
    // referent before weakref.new was recorded, and replay rejected the log.
    const ops = JSON.parse(
      '[{"op":"alloc","shape":"list","fin":"none","hold":0},{"op":"collect","gen":0},{"op":"threshold","t0":3},{"op":"unroot","target":0},{"op":"cycle","n":4,"fin":"none","shape":"list"},{"op":"take","target":5,"holder":21,"slot":0},{"op":"drop","edge":0},{"op":"drop","edge":103},{"op":"clearGarbage"},{"op":"take","target":0,"holder":20,"slot":0},{"op":"drop","edge":88},{"op":"unroot","target":0},{"op":"take","target":0,"holder":0,"slot":0},{"op":"alloc","shape":"int","fin":"none","hold":0},{"op":"alloc","shape":"int","fin":"none","hold":0},{"op":"weakref","target":35,"cb":false,"hold":0},{"op":"alloc","shape":"list","fin":"none","hold":0},{"op":"alloc","shape":"list","fin":"none","hold":0},{"op":"drop","edge":0},{"op":"drop","edge":0},{"op":"toggle","what":"enabled","target":0},{"op":"take","target":0,"holder":0,"slot":0},{"op":"collect","gen":0},{"op":"weakref","target":0,"cb":false,"hold":0},{"op":"drop","edge":0},{"op":"drop","edge":0}]',
    ) as Parameters<typeof runAll>[0];
    const heap = runAll(ops);
    expect(heap.log.length).toBeGreaterThan(0);
    expect(stateSnapshot(replay(heap.log))).toEqual(stateSnapshot(heap.state as HeapState));
  });
});

describe('subclasses of sequences', () => {
  it('a list subclass instance holds its class apart from its positions, also when its allocation starts a collection', () => {
    const heap = new Heap();
    const g = heap.addRoot('globals');
    const L = heap.alloc({ type: 'type', size: 1072, gc: true, holder: g, slot: 'L' });
    heap.setThreshold(1);
    const items: number[] = [];
    for (let k = 0; k < 5; k++) {
      // Each allocation may run an automatic collection (threshold 1).
      const l = heap.alloc({ type: 'L', size: 56, gc: true, sequence: true, cls: L, holder: g, slot: `l${k}` });
      const it = heap.alloc({ type: 'int', size: 28 });
      heap.take(it, l, 0);
      heap.take(it, l, 1);
      items.push(l);
    }
    expect(heap.referents(items[0]!)).toEqual([expect.any(Number), expect.any(Number), L]);
    for (let k = 0; k < 5; k++) heap.drop(items[k]!, g, `l${k}`);
    expect(heap.refcount(L)).toBe(1);
    expect(stateSnapshot(replay(heap.log))).toEqual(stateSnapshot(heap.state as HeapState));
  });
});
