import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opArb, runAll } from '../../testing/randomWorkload.js';
import { parseFast } from './fastLine.js';
import { eventFromJson } from './fields.js';
import { makeHeader } from './lineFormat.js';
import { writeJsonl } from './wholeLog.js';

/**
 * The fast path only recognises lines the checked path accepts, and reads them the same way:
 * for any line (canonical, or with a field replaced, reordered, spaced out, cut or extended),
 * a fast result equals the checked one; and it does take the common canonical lines.
 */

const checked = (line: string, seq: number): unknown => {
  try {
    return eventFromJson(JSON.parse(line), 2, seq);
  } catch {
    return 'rejected';
  }
};

const odd = fc.constantFrom<unknown>(0, -1, 1, 2, 3, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 9999999999, 1.5, '1', null, true, false, '', 'a"b', 'x\\y', '\x1b', 'é', [], [1], {}, 'tuple', 'dict', 'take');
const FAST = new Set(['ref.take', 'ref.drop', 'heap.alloc', 'heap.free']);

describe('fast path for common lines', () => {
  it('takes the common canonical lines and agrees with the checked path on any edit', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 5, maxLength: 40 }), fc.nat(), fc.nat(), odd, fc.nat(5), fc.integer({ min: -1, max: 1 }), (ops, at, key, v, how, dseq) => {
        const heap = runAll(ops);
        const lines = [...writeJsonl(heap.log, makeHeader([]))].join('').split('\n').slice(1, -2);
        lines.forEach((line, seq) => {
          const fast = parseFast(line, seq);
          if (FAST.has(heap.log.get(seq).kind) && !line.includes('\\')) expect(fast, line).toBeDefined();
          if (fast !== undefined) expect(fast).toEqual(checked(line, seq));
        });
        const seq = at % lines.length;
        const o = JSON.parse(lines[seq]!) as Record<string, unknown>;
        const keys = Object.keys(o);
        const edits = [
          () => JSON.stringify({ ...o, [keys[key % keys.length]!]: v }),
          () => JSON.stringify(Object.fromEntries(Object.entries(o).reverse())),
          () => JSON.stringify(o, null, 1).replace(/\n/g, ''),
          () => lines[seq]!.slice(0, key % lines[seq]!.length),
          () => JSON.stringify({ ...o, extra: v }),
          () => lines[seq]!.replace(/\d+/, (d) => `0${d}`),
        ];
        const edited = edits[how]!();
        const fast = parseFast(edited, seq + dseq);
        if (fast !== undefined) expect(fast).toEqual(checked(edited, seq + dseq));
      }),
      { numRuns: 400 },
    );
  });
});
