import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import '../immer.js';
import { replay } from '../replay.js';
import { opArb, runAll } from '../testing/randomWorkload.js';
import { fullView } from './heapView.js';
import { Timeline } from './timeline.js';

const history = fc.array(opArb, { minLength: 20, maxLength: 80, size: 'max' });

describe('immutable heap views', () => {
  it('a view produced from the previous one equals a view built from scratch, and patches replay it', () => {
    fc.assert(
      fc.property(history, fc.array(fc.nat(), { minLength: 2, maxLength: 12 }), (ops, moves) => {
        const log = runAll(ops).log;
        const tl = new Timeline(log, { span: 7 });
        let prev = tl.seek(moves[0]! % log.length).view();
        for (const m of moves.slice(1)) {
          const i = m % log.length;
          const { view, patches, inversePatches } = tl.seek(i).viewChange(prev);
          expect(view).toEqual(fullView(replay(log, i + 1), i));
          expect(Object.isFrozen(view)).toBe(true);
          expect(applyPatches(prev, patches)).toEqual(view);
          expect(applyPatches(view, inversePatches)).toEqual(prev);
          prev = view;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a small step shares every object it did not touch', () => {
    const log = runAll(fc.sample(history, { numRuns: 1, seed: 3 })[0]!).log;
    const tl = new Timeline(log);
    const i = Math.floor(log.length / 2);
    const a = tl.seek(i).view();
    const b = tl.seek(i + 1).view(a);
    const { patches } = tl.seek(i + 1).viewChange(a);
    const touched = new Set(patches.filter((p) => p.path[0] === 'objects').map((p) => Number(p.path[1])));
    for (const id of Object.keys(b.objects).map(Number)) {
      if (!touched.has(id)) expect(b.objects[id]).toBe(a.objects[id]);
    }
  });
});
