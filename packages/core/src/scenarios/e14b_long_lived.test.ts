/**
 * E14b (e14b_long_lived.py): thresholds (100, 2, 2), 20000 new lists kept alive, from a full
 * collection that left 11095 objects in gen2 (long_lived_total).
 * CPython 3.11.7 printed:
 *   objects in gen2 after full collect (approx long_lived_total): 11095
 *   number of automatic collections by generation: {0: 146, 1: 48, 2: 4}
 *   first 40 generations collected: [0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1,
 *     0, 0, 0, 1, 0, 0, 0, 1, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]
 *   gen2 sizes grow => full collections become rarer; indices of gen2 collections: [28, 65, 110, 167]
 * The 11095 objects are CPython's startup population: the model builds a population of the same
 * size (a list of 11094 lists) and checks the rule that decides full collections
 * (count[2] > threshold[2] and long_lived_pending >= long_lived_total // 4) at every collection,
 * the widening gaps between full collections, and the first collections' sequence.
 */
import { describe, expect, it } from 'vitest';
import { CPYTHON_FREELISTS, Py } from './python.js';

describe('E14b: full collections are amortised (long_lived_pending >= long_lived_total / 4)', () => {
  it('runs full collections at widening intervals', () => {
    let registered = false;
    const gens: number[] = [];
    const decisions: Array<{ gen: number; count2: number; pending: number; total: number }> = [];
    const py: Py = new Py({
      heap: {
        freelists: CPYTHON_FREELISTS,
        onGc: (heap, phase, info) => {
          if (!registered || phase !== 'start') return;
          gens.push(info.generation);
          const s = py.heap.state;
          decisions.push({ gen: info.generation, count2: s.count[2]!, pending: s.longLivedPending, total: s.longLivedTotal });
        },
      },
    });
    const { heap } = py;
    // The startup population.
    const startup = py.list();
    const base = heap.getObjects().length;
    for (let i = 0; i < 11095 - base; i++) py.append(startup, py.list());
    py.store('startup', startup);
    heap.collect();
    expect(heap.getObjects(2).length).toBe(11095);
    expect(heap.state.longLivedTotal).toBe(11095);

    heap.setThreshold(100, 2, 2);
    registered = true;
    py.store('keep', py.list());
    const keep = py.name('keep');
    for (let i = 0; i < 20000; i++) py.append(keep, py.list());
    registered = false;
    heap.setThreshold(700, 10, 10);

    // Every automatic collection followed the rule.
    for (const d of decisions) {
      const fullDue = d.count2 > 2;
      const fullAllowed = d.pending >= Math.floor(d.total / 4);
      if (d.gen === 2) expect(fullDue && fullAllowed).toBe(true);
      else if (fullDue) expect(fullAllowed).toBe(false); // skipped: count[2] keeps rising
    }
    // gen0 three times, then gen1, until the first full collection.
    const g2 = gens.flatMap((g, k) => (g === 2 ? [k] : []));
    expect(gens.slice(0, g2[0]!)).toEqual(Array.from({ length: g2[0]! }, (_, k) => (k % 4 === 3 ? 1 : 0)));
    expect(gens.slice(0, 40)).toEqual([
      0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0,
    ]);
    // Full collections get rarer: the gaps between them widen.
    expect(g2.length).toBeGreaterThanOrEqual(3);
    for (let k = 2; k < g2.length; k++) expect(g2[k]! - g2[k - 1]!).toBeGreaterThan(g2[k - 1]! - g2[k - 2]!);
    expect(g2).toEqual([28, 65, 110, 167]);
    expect({ 0: gens.filter((g) => g === 0).length, 1: gens.filter((g) => g === 1).length, 2: g2.length }).toEqual({
      0: 146,
      1: 48,
      2: 4,
    });
  });
});
