import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, PANES, reduce, SPEEDS, type Action } from './uiState.js';

describe('UI reducer', () => {
  it('opens at event 0 with the heap focused', () => {
    const s = initialState(100);
    expect(s.cursor).toBe(0);
    expect(s.focus).toBe('heap');
    expect(s.quit).toBe(false);
  });

  it('seeks, remembering the previous cursor, clearing the message and following the source again', () => {
    let s = reduce(initialState(100), { type: 'message', text: 'hello' });
    s = reduce(s, { type: 'scroll', pane: 'source', delta: 5 });
    s = reduce(s, { type: 'seek', index: 42 });
    expect(s).toMatchObject({ cursor: 42, previous: 0, message: '' });
    expect(s.scroll.source).toBe(-1);
    s = reduce(s, { type: 'seek', index: 7, message: 'watch' });
    expect(s).toMatchObject({ cursor: 7, previous: 42, message: 'watch' });
  });

  it('clamps seeks into the log', () => {
    expect(reduce(initialState(10), { type: 'seek', index: 99 }).cursor).toBe(9);
    expect(reduce(initialState(10), { type: 'seek', index: -3 }).cursor).toBe(0);
  });

  it('cycles the focus through every pane and back', () => {
    let s = initialState(1);
    const seen = [];
    for (let k = 0; k < PANES.length; k++) {
      seen.push(s.focus);
      s = reduce(s, { type: 'focusNext' });
    }
    expect(seen).toEqual([...PANES]);
    expect(s.focus).toBe('heap');
  });

  it('edits a prompt and closes it', () => {
    let s = reduce(initialState(1), { type: 'prompt.open', kind: 'goto' });
    for (const ch of '12x') s = reduce(s, { type: 'prompt.type', ch });
    s = reduce(s, { type: 'prompt.erase' });
    expect(s.prompt).toEqual({ kind: 'goto', text: '12' });
    expect(reduce(s, { type: 'prompt.close' }).prompt).toBeNull();
    expect(reduce(initialState(1), { type: 'prompt.type', ch: 'a' }).prompt).toBeNull();
  });

  it('keeps play speed within its range', () => {
    let s = initialState(1);
    for (let k = 0; k < 20; k++) s = reduce(s, { type: 'speed', delta: 1 });
    expect(s.speed).toBe(SPEEDS.length - 1);
    for (let k = 0; k < 20; k++) s = reduce(s, { type: 'speed', delta: -1 });
    expect(s.speed).toBe(0);
  });

  it('cycles sort keys back to the first', () => {
    let s = initialState(1);
    const first = s.sort;
    s = reduce(s, { type: 'sort' });
    expect(s.sort).not.toBe(first);
    for (let k = 0; k < 10 && s.sort !== first; k++) s = reduce(s, { type: 'sort' });
    expect(s.sort).toBe(first);
  });

  it('invariants over any action sequence: cursor in range, scrolls non-negative, input never mutated', () => {
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.record({ type: fc.constant('seek' as const), index: fc.integer({ min: -50, max: 500 }) }),
      fc.constant({ type: 'focusNext' as const }),
      fc.record({ type: fc.constant('scroll' as const), pane: fc.constantFrom('source' as const, 'inspector' as const, 'gc' as const), delta: fc.integer({ min: -20, max: 20 }) }),
      fc.record({ type: fc.constant('speed' as const), delta: fc.constantFrom(1 as const, -1 as const) }),
      fc.constant({ type: 'sort' as const }),
      fc.record({ type: fc.constant('select' as const), id: fc.option(fc.nat()), row: fc.integer({ min: -5, max: 50 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.array(action, { maxLength: 40 }), (total, actions) => {
        let s = Object.freeze(initialState(total));
        for (const a of actions) {
          const before = JSON.stringify(s);
          const next = reduce(s, a);
          expect(JSON.stringify(s)).toBe(before);
          s = Object.freeze(next);
          expect(s.cursor).toBeGreaterThanOrEqual(0);
          expect(s.cursor).toBeLessThan(total);
          expect(s.scroll.inspector).toBeGreaterThanOrEqual(0);
          expect(s.scroll.gc).toBeGreaterThanOrEqual(0);
          expect(s.heapRow).toBeGreaterThanOrEqual(0);
          expect(SPEEDS[s.speed]).toBeDefined();
        }
      }),
    );
  });
});
