import type { Referent } from '../../timeline/heapView.js';
import type { Timeline } from '../../timeline/timeline.js';
import type { TextSink } from '../chromeTrace/chromeTrace.js';
import { jsonText } from '../chromeTrace/jsonText.js';
import { heapAt, type HeapAt } from './heapAt.js';
import { EdgeType, NODE_FIELDS, NodeType, SNAPSHOT_META, snapshotNodeId, SyntheticId } from './snapshotFormat.js';

/** What a heap snapshot holds, in numbers (returned by {@link exportHeapSnapshot}). */
export interface HeapSnapshotSummary {
  /** The event the snapshot stands just after. */
  readonly at: number;
  readonly nodes: number;
  readonly edges: number;
  /** Heapline objects in it (every live object). */
  readonly objects: number;
  /** Objects hung off the `(pending garbage)` node. */
  readonly garbage: number;
}

/** A node before serialisation: synthetic ones carry no size. */
interface Node {
  readonly type: number;
  readonly name: string;
  readonly id: number;
  readonly size: number;
  readonly edges: readonly Referent[];
}

const elements = (targets: readonly number[]): Referent[] => targets.map((target, k) => ({ slot: k, target }));

/**
 * The nodes in file order: the root; `(GC roots)` holding one synthetic node per heapline root
 * (module globals, frames, the interpreter), whose edges are its references; `(pending garbage)`
 * holding the unreachable-but-uncollected objects so DevTools shows them (it drops what the root
 * does not reach); `(held by running code)` holding live objects at refcount 0 that no root
 * reaches yet; then every live object by id.
 */
function nodesOf(h: HeapAt): Node[] {
  const { view } = h;
  const top: Array<readonly [number, string]> = [[SyntheticId.gcRoots, '(GC roots)']];
  const garbage = [...h.garbageIds].sort((a, b) => a - b);
  if (garbage.length > 0) top.push([SyntheticId.pendingGarbage, '(pending garbage)']);
  if (h.owned.length > 0) top.push([SyntheticId.owned, '(held by running code)']);
  const out: Node[] = [{ type: NodeType.synthetic, name: '', id: SyntheticId.root, size: 0, edges: elements(top.map(([id]) => id)) }];
  out.push({ type: NodeType.synthetic, name: '(GC roots)', id: SyntheticId.gcRoots, size: 0, edges: elements(view.roots.map((r) => SyntheticId.heaplineRoot(r.id))) });
  for (const r of view.roots) out.push({ type: NodeType.synthetic, name: r.name, id: SyntheticId.heaplineRoot(r.id), size: 0, edges: objectRefs(r.referents) });
  if (garbage.length > 0) out.push({ type: NodeType.synthetic, name: '(pending garbage)', id: SyntheticId.pendingGarbage, size: 0, edges: elements(garbage.map(snapshotNodeId)) });
  if (h.owned.length > 0) out.push({ type: NodeType.synthetic, name: '(held by running code)', id: SyntheticId.owned, size: 0, edges: elements(h.owned.map(snapshotNodeId)) });
  for (const id of h.ids) {
    const o = view.objects[id]!;
    out.push({ type: NodeType.object, name: o.type, id: snapshotNodeId(id), size: o.size, edges: objectRefs(o.referents) });
  }
  return out;
}

/** References to heapline objects, retargeted at their node ids. */
function objectRefs(refs: readonly Referent[]): Referent[] {
  return refs.map((r) => ({ slot: r.slot, target: snapshotNodeId(r.target) }));
}

/**
 * Writes the heap just after event `at` (default: the last) as a V8 `.heapsnapshot` for Chrome
 * DevTools' Memory tab and memlab: one `object` node per live object named by its type, with its
 * simulated size as self size and a stable odd id ({@link snapshotNodeId}); one edge per
 * reference, `element` for a position in a list or tuple, `property` named by the slot label
 * otherwise (attributes, dict keys, `__class__`, locals).
 *
 * @example
 * let json = '';
 * exportHeapSnapshot(new Timeline(heap.log), (c) => (json += c));
 */
export function exportHeapSnapshot(tl: Timeline, sink: TextSink, at?: number): HeapSnapshotSummary {
  const h = heapAt(tl, at);
  const nodes = nodesOf(h);
  const strings = new Map<string, number>([['<dummy>', 0]]);
  const str = (s: string): number => {
    let k = strings.get(s);
    if (k === undefined) strings.set(s, (k = strings.size));
    return k;
  };
  const ordinal = new Map<number, number>();
  nodes.forEach((n, k) => ordinal.set(n.id, k));
  let edgeCount = 0;
  for (const n of nodes) edgeCount += n.edges.length;
  const meta = { meta: SNAPSHOT_META, node_count: nodes.length, edge_count: edgeCount, trace_function_count: 0 };
  let buf = `{"snapshot":${JSON.stringify(meta)},\n"nodes":[`;
  const flush = (): void => {
    if (buf.length >= 1 << 16) {
      sink(buf);
      buf = '';
    }
  };
  nodes.forEach((n, k) => {
    buf += `${k === 0 ? '' : '\n,'}${n.type},${str(n.name)},${n.id},${n.size},${n.edges.length},0,0`;
    flush();
  });
  buf += '],\n"edges":[';
  let first = true;
  for (const n of nodes) {
    for (const e of n.edges) {
      const to = ordinal.get(e.target)! * NODE_FIELDS;
      const edge = typeof e.slot === 'number' ? `${EdgeType.element},${e.slot},${to}` : `${EdgeType.property},${str(e.slot)},${to}`;
      buf += first ? edge : `\n,${edge}`;
      first = false;
      flush();
    }
  }
  buf += '],\n"trace_function_infos":[],\n"trace_tree":[],\n"samples":[],\n"locations":[],\n"strings":[';
  first = true;
  for (const s of strings.keys()) {
    buf += `${first ? '' : '\n,'}${jsonText(s)}`;
    first = false;
    flush();
  }
  sink(`${buf}]}\n`);
  return { at: h.view.index, nodes: nodes.length, edges: edgeCount, objects: h.ids.length, garbage: h.garbageIds.size };
}
