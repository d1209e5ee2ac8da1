import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FixedTable } from './fixedTable.js';

const PRISTINE = [0, 0, -1];
const entry = fc.tuple(fc.nat(20), fc.boolean(), fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 3, maxLength: 3 }), fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 3, maxLength: 3 }));

describe('FixedTable', () => {
  it('gives back every start and end, pristine starts (id 0 included) stored as nothing', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e[0] }), (entries) => {
        const ids = entries.map((e) => e[0]);
        const starts = entries.flatMap((e) => (e[1] ? PRISTINE : e[2]));
        const ends = entries.flatMap((e) => e[3]);
        const t = FixedTable.pack(ids, starts, ends, 3, PRISTINE);
        expect(t.unpack()).toEqual([ids, starts, ends]);
        for (const forward of [false, true]) {
          const cols = [new Array<number>(21).fill(9), new Array<number>(21).fill(9), new Array<number>(21).fill(9)];
          t.forEach(forward, (id, v, at) => [0, 1, 2].forEach((f) => (cols[f]![id] = v[at + f]!)));
          const want = [new Array<number>(21).fill(9), new Array<number>(21).fill(9), new Array<number>(21).fill(9)];
          const src = forward ? ends : starts;
          ids.forEach((id, k) => [0, 1, 2].forEach((f) => (want[f]![id] = src[3 * k + f]!)));
          expect(cols).toEqual(want);
        }
        expect(t.starts.length).toBe(3 * entries.filter((e) => !(e[1] || e[2].join() === PRISTINE.join())).length);
      }),
    );
  });
});
