import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../replay.js';
import { stateSnapshot } from '../state/snapshot.js';
import { opArb, runAll } from '../testing/randomWorkload.js';
import { Timeline } from './timeline.js';
import type { HeapState } from '../state/heapState.js';

/**
 * Time travel over random histories: wherever the cursor goes, by seeking or stepping, in any
 * order, its state equals the one replaying the log from the start builds. Small spans force
 * many checkpoints and several delta levels.
 */
const history = fc.array(opArb, { minLength: 20, maxLength: 100, size: 'max' });

describe('Timeline over random histories', () => {
  it('a state reached by seeking equals replay from the start, for any sequence of seeks', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 25 }), (ops, span, segment, seeks) => {
        const heap = runAll(ops);
        const log = heap.log;
        const tl = new Timeline(log, { span, budget: 100, segment });
        expect(stateSnapshot(tl.state)).toEqual(stateSnapshot(heap.state as HeapState));
        for (const r of seeks) {
          const i = r % log.length;
          tl.seek(i);
          expect(tl.index).toBe(i);
          expect(stateSnapshot(tl.state)).toEqual(stateSnapshot(replay(log, i + 1)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stepping back from the end through every event matches replay, and so does stepping forward again', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 8 }), (ops, span, segment) => {
        const log = runAll(ops).log;
        const tl = new Timeline(log, { span, budget: 100, segment });
        const expected = Array.from({ length: log.length }, (_, i) => stateSnapshot(replay(log, i + 1)));
        for (let i = log.length - 1; i >= 0; i--) {
          tl.seek(i);
          expect(stateSnapshot(tl.state)).toEqual(expected[i]);
        }
        for (let i = 0; i < log.length; i++) {
          tl.seek(i);
          expect(stateSnapshot(tl.state)).toEqual(expected[i]);
        }
        // Back and forth within a span: undoing to the journal's marks.
        for (let i = log.length - 1; i >= 0; i -= 3) {
          tl.seek(i);
          expect(stateSnapshot(tl.state)).toEqual(expected[i]);
          if (i + 2 < log.length) {
            tl.seek(i + 2);
            expect(stateSnapshot(tl.state)).toEqual(expected[i + 2]);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
