import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Edges } from '../state/edges.js';
import { HeapState } from '../state/heapState.js';
import { EventLog } from '../log/eventLog.js';
import type { SavedHolder } from '../state/stateAccess.js';
import { applyHolderEdit, holderEdit, undoHolderEdit } from './holderEdit.js';

/** A holder's storage as pairs drawn from a small alphabet, so that edits share pairs. */
const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 6 })), { maxLength: 40 });
const holder = fc.option(fc.record({ name: fc.integer({ min: 0, max: 3 }), pairs, holes: fc.nat(5), dupes: fc.nat(5) }), { nil: null });
type Gen = { name: number; pairs: Array<[number, number]>; holes: number; dupes: number } | null;

function saved(g: Gen): SavedHolder | null {
  return g && { name: g.name, edges: { e: Int32Array.from(g.pairs.flat()), holes: g.holes, dupes: g.dupes } };
}

function stateWith(h: number, v: SavedHolder | null): HeapState {
  const s = new HeapState(new EventLog());
  if (v) {
    const edges = Edges.restore(v.edges);
    if (h > 0) s.edges[h] = edges;
    else s.roots.set(h, { name: v.name, edges });
  }
  return s;
}

function read(s: HeapState, h: number): SavedHolder | null {
  const edges = h > 0 ? s.edges[h] : s.roots.get(h)?.edges;
  if (!edges) return null;
  return { name: h > 0 ? 0 : s.roots.get(h)!.name, edges: edges.save() };
}

describe('holder edits', () => {
  it('turn the start into the end forward, the end into the start backward, and undo to the start', () => {
    fc.assert(
      fc.property(holder, holder, fc.constantFrom(7, -4), (ga, gb, h) => {
        const a = saved(h > 0 && ga ? { ...ga, name: 0 } : ga);
        const b = saved(h > 0 && gb ? { ...gb, name: 0 } : gb);
        const edit = holderEdit(a, b);
        if (edit === null) {
          expect(b).toEqual(a);
          return;
        }
        const s = stateWith(h, a);
        applyHolderEdit(s, h, edit, true);
        expect(read(s, h)).toEqual(b);
        applyHolderEdit(s, h, edit, false);
        expect(read(s, h)).toEqual(a);
        expect(undoHolderEdit(b, edit)).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('store what changed, not the holder: one item off the front and one on the back of a long list', () => {
    const start = Array.from({ length: 400 }, (_, i) => [i, 1000 + i]).flat();
    const end = [...start.slice(2), 400, 1400];
    const mk = (e: number[]): SavedHolder => ({ name: 0, edges: { e: Int32Array.from(e), holes: 0, dupes: 0 } });
    const edit = holderEdit(mk(start), mk(end))!;
    expect(edit.length).toBeLessThan(20);
  });
});
