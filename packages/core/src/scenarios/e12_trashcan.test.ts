/**
 * E12 (e12_trashcan.py): the trashcan bounds dealloc recursion at 50 nested container deallocs;
 * deferred objects are freed later, most recently deferred first.
 * CPython 3.11.7 printed:
 *   ['N0..N49', 'L48..L0', 'L49', 'N50..N98', 'L97..L50', 'L98', 'N99..N119', 'L119..L99']
 *   deleted 1e6-deep nested list without recursion error
 * The nested list here is 200,000 levels deep (the point is that freeing it neither overflows
 * the JavaScript stack nor leaves anything behind).
 */
import { describe, expect, it } from 'vitest';
import { Py } from './python.js';

/** The experiment's `runs()`: compresses runs of the same kind with a constant step. */
function runs(seq: readonly string[]): string[] {
  const res: string[] = [];
  let i = 0;
  while (i < seq.length) {
    let j = i;
    const kind = seq[i]![0]!;
    const start = Number(seq[i]!.slice(1));
    let step: number | null = null;
    while (j + 1 < seq.length && seq[j + 1]![0] === kind) {
      const d = Number(seq[j + 1]!.slice(1)) - Number(seq[j]!.slice(1));
      if (step === null) step = d;
      if (d !== step) break;
      j++;
    }
    res.push(j > i ? `${kind}${start}..${kind}${Number(seq[j]!.slice(1))}` : seq[i]!);
    i = j + 1;
  }
  return res;
}

describe('E12: the trashcan', () => {
  it('frees a chain of 120 nodes (each holding next, then a leaf) in the trashcan order', () => {
    const py = new Py();
    const { heap } = py;
    const out: string[] = [];
    // class Node: __init__(k, nxt): self.nxt = nxt; self.leaf = Leaf(k); self.k = k
    const Node = py.defclass('Node', { del: (self) => out.push(`N${py.attrValue(self, 'k')}`) });
    const Leaf = py.defclass('Leaf', { del: (self) => out.push(`L${py.attrValue(self, 'k')}`) });
    py.store('head', py.None);
    for (let k = 119; k >= 0; k--) {
      const node = py.new(Node, (self) => {
        py.setattr(self, 'nxt', py.name('head'));
        py.setattr(self, 'leaf', py.new(Leaf, (leaf) => py.setattr(leaf, 'k', py.int(k))));
        py.setattr(self, 'k', py.int(k));
      });
      py.store('head', node);
    }
    const live = heap.state.liveObjects;
    py.del('head');
    expect(runs(out)).toEqual(['N0..N49', 'L48..L0', 'L49', 'N50..N98', 'L97..L50', 'L98', 'N99..N119', 'L119..L99']);
    expect(heap.state.liveObjects).toBe(live - 240);
  });

  // A correctness test (no stack overflow), not a timing one: generous timeout for loaded CI machines.
  it('frees a 200,000-deep nested list without a JavaScript stack overflow', { timeout: 60_000 }, () => {
    const py = new Py();
    const { heap } = py;
    py.store('x', py.list());
    for (let k = 0; k < 200_000; k++) py.store('x', py.list([py.name('x')]));
    const x = py.name('x');
    const before = heap.state.liveObjects;
    expect(() => py.del('x')).not.toThrow();
    expect(heap.isAlive(x)).toBe(false);
    expect(heap.state.liveObjects).toBe(before - 200_001);
  });
});
