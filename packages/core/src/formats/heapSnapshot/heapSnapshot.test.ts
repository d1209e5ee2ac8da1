import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getFullHeapFromFile } from '@memlab/heap-analysis';
import { describe, expect, it } from 'vitest';
import { Heap } from '../../heap/heap.js';
import { Timeline } from '../../timeline/timeline.js';
import { exportHeapSnapshot } from './heapSnapshot.js';
import { SNAPSHOT_META, snapshotNodeId } from './snapshotFormat.js';

/**
 * globals: xs = [int, int], a <-> b (a cycle, still referenced), c <-> d (a cycle no root holds
 * any more: pending garbage), and `fresh`, allocated with no holder yet (refcount 0).
 */
function sample(): { heap: Heap; ids: Record<string, number> } {
  const heap = new Heap();
  const g = heap.addRoot('module globals');
  const f = heap.addRoot('frame f');
  const xs = heap.alloc({ type: 'list', size: 72, gc: true, sequence: true, holder: g, slot: 'xs' });
  const one = heap.alloc({ type: 'int', size: 28, holder: xs, slot: 0 });
  heap.take(one, xs, 1);
  const obj = (slot: string) => heap.alloc({ type: 'Node', size: 48, gc: true, holder: f, slot });
  const [a, b, c, d] = [obj('a'), obj('b'), obj('c'), obj('d')];
  heap.take(b, a, 'next');
  heap.take(a, b, 'next');
  heap.take(d, c, 'next');
  heap.take(c, d, "['k\"ey']");
  heap.drop(c, f, 'c');
  heap.drop(d, f, 'd');
  const fresh = heap.alloc({ type: 'dict', size: 64, gc: true });
  return { heap, ids: { xs, one, a, b, c, d, fresh } };
}

function write(tl: Timeline, at?: number): { path: string; text: string } {
  const chunks: string[] = [];
  exportHeapSnapshot(tl, (c) => chunks.push(c), at);
  const path = join(mkdtempSync(join(tmpdir(), 'heapline-snap-')), 'heap.heapsnapshot');
  const text = chunks.join('');
  writeFileSync(path, text);
  return { path, text };
}

describe('V8 heap snapshot export, read back by memlab', () => {
  it('writes the meta exactly as V8 does', () => {
    const { text } = write(new Timeline(sample().heap.log));
    const json = JSON.parse(text) as { snapshot: { meta: unknown; node_count: number }; nodes: number[]; strings: string[] };
    expect(json.snapshot.meta).toEqual(SNAPSHOT_META);
    expect(json.nodes.length).toBe(json.snapshot.node_count * SNAPSHOT_META.node_fields.length);
  });

  it('has every live object with its size, edges named by slot, retainers, and the pending cycle under a synthetic root', async () => {
    const { heap, ids } = sample();
    const tl = new Timeline(heap.log);
    const view = tl.seek(heap.log.length - 1).view();
    const snap = await getFullHeapFromFile(write(tl).path);
    const objects: Array<{ id: number; name: string; size: number }> = [];
    snap.nodes.forEach((n) => {
      if (n.type === 'object') objects.push({ id: n.id, name: n.name, size: n.self_size });
    });
    const live = Object.values(view.objects);
    expect(objects).toHaveLength(live.length);
    for (const o of live) expect(objects).toContainEqual({ id: snapshotNodeId(o.id), name: o.type, size: o.size });
    const node = (id: number) => snap.getNodeById(snapshotNodeId(id))!;
    // edges: element edges for list positions, property edges named by the slot label
    const xsEdges = node(ids.xs!).references.map((e) => [e.type, e.name_or_index, e.toNode.id]);
    expect(xsEdges).toEqual([
      ['element', 0, snapshotNodeId(ids.one!)],
      ['element', 1, snapshotNodeId(ids.one!)],
    ]);
    expect(node(ids.d!).references.map((e) => [e.type, e.name_or_index, e.toNode.id])).toEqual([['property', "['k\"ey']", snapshotNodeId(ids.c!)]]);
    // retainers: a is held by the frame's local and by b
    const retainers = node(ids.a!).referrers.map((e) => `${e.fromNode.name}.${e.name_or_index}`).sort();
    expect(retainers).toEqual(['Node.next', 'frame f.a']);
    // the pending cycle hangs off a synthetic root, the refcount-0 object off another
    expect(node(ids.c!).referrers.map((e) => e.fromNode.name).sort()).toEqual(['(pending garbage)', 'Node']);
    expect(node(ids.fresh!).referrers.map((e) => e.fromNode.name)).toEqual(['(held by running code)']);
    expect(node(ids.one!).referrers).toHaveLength(2);
  });

  it('gives an object the same node id in two snapshots of one log (DevTools Comparison)', async () => {
    const { heap, ids } = sample();
    const tl = new Timeline(heap.log);
    const early = await getFullHeapFromFile(write(tl, 10).path);
    const late = await getFullHeapFromFile(write(tl).path);
    expect(early.getNodeById(snapshotNodeId(ids.xs!))?.name).toBe('list');
    expect(late.getNodeById(snapshotNodeId(ids.xs!))?.name).toBe('list');
    expect(early.getNodeById(snapshotNodeId(ids.fresh!))).toBeNull();
  });

  it('an event out of range is a typed error', () => {
    const tl = new Timeline(sample().heap.log);
    expect(() => write(tl, tl.length)).toThrow(expect.objectContaining({ code: 'HL_INDEX_OUT_OF_RANGE' }));
    expect(() => write(tl, -1)).toThrow(/out of range/);
  });
});
