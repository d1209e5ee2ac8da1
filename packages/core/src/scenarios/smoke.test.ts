import { describe, expect, it } from 'vitest';
import { Heap } from '../index.js';

describe('two objects in a cycle (the notebook)', () => {
  it('are finalized in allocation order and collected by a full collection', () => {
    const out: string[] = [];
    const heap = new Heap();
    const g = heap.addRoot('globals');
    const mk = (n: string) => {
      const id = heap.alloc({ type: 'MyObject', size: 56, gc: true, finalizer: () => out.push(n) });
      heap.take(id, g, n);
      return id;
    };
    const a = mk('obj1');
    const b = mk('obj2');
    heap.take(b, a, 'reference');
    heap.take(a, b, 'reference');
    heap.drop(a, g, 'obj1');
    heap.drop(b, g, 'obj2');
    expect(out).toEqual([]);
    expect(heap.collect()).toBe(2);
    expect(out).toEqual(['obj1', 'obj2']);
    expect(heap.isAlive(a) || heap.isAlive(b)).toBe(false);
  });
});
