import { Edges, type SavedEdges } from './edges.js';
import { HEADS, NO_LIST } from './gcLists.js';
import type { HeapState } from './heapState.js';

/**
 * Reading and writing the parts of a {@link HeapState} that time travel saves and restores:
 * per-object fields, list nodes, holders' edges, weakref maps, and the scalar block. Only the
 * journal and deltas use these; events change a state through `HeapState.apply` alone.
 */

/** Per-object fields saved for each object: refcount, flags, type, size, class. */
export const OBJ_FIELDS = 5;
/** Per-node fields saved for each list node: next, prev, list. */
export const NODE_FIELDS = 3;

/** A holder as saved: an object's edges, or a root's name and edges. `null`: absent. */
export interface SavedHolder {
  /** The root's name (string id); 0 for an object. */
  readonly name: number;
  readonly edges: SavedEdges;
}

export function readObj(s: HeapState, id: number, out: number[]): void {
  out.push(s.refcnt[id] ?? 0, s.flags[id] ?? 0, s.type[id] ?? 0, s.size[id] ?? 0, s.classOf(id));
}

export function writeObj(s: HeapState, id: number, v: ArrayLike<number>, at: number): void {
  s.grow(id);
  s.refcnt[id] = v[at]!;
  s.flags[id] = v[at + 1]!;
  s.type[id] = v[at + 2]!;
  s.size[id] = v[at + 3]!;
  const c = v[at + 4]!;
  if (c !== 0 && s.cls.length <= id) {
    const n = new Int32Array(s.refcnt.length);
    n.set(s.cls);
    s.cls = n;
  }
  if (id < s.cls.length) s.cls[id] = c;
}

export function readNode(s: HeapState, n: number, out: number[]): void {
  const L = s.lists;
  out.push(L.next[n] ?? 0, L.prev[n] ?? 0, L.listOf[n] ?? NO_LIST);
}

export function writeNode(s: HeapState, n: number, v: ArrayLike<number>, at: number): void {
  const L = s.lists;
  if (n >= L.next.length) L.grow(Math.max(n - HEADS + 1, (L.next.length - HEADS) * 2));
  L.next[n] = v[at]!;
  L.prev[n] = v[at + 1]!;
  L.listOf[n] = v[at + 2]!;
}

export function readHolder(s: HeapState, h: number): SavedHolder | null {
  if (h > 0) {
    const ed = s.edges[h];
    return ed ? { name: 0, edges: ed.save() } : null;
  }
  const root = s.roots.get(h);
  return root ? { name: root.name, edges: root.edges.save() } : null;
}

export function writeHolder(s: HeapState, h: number, v: SavedHolder | null): void {
  if (h > 0) {
    if (v) s.edges[h] = Edges.restore(v.edges);
    else if (h < s.edges.length && s.edges[h]) s.edges[h] = undefined;
  } else if (v) s.roots.set(h, { name: v.name, edges: Edges.restore(v.edges) });
  else s.roots.delete(h);
}

export function sameHolder(a: SavedHolder | null, b: SavedHolder | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.name !== b.name || a.edges.holes !== b.edges.holes) return false;
  const x = a.edges.e;
  const y = b.edges.e;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

export function writeWeakref(s: HeapState, wr: number, target: number): void {
  if (target === 0) s.weakTarget.delete(wr);
  else s.weakTarget.set(wr, target);
}

export function readWeakList(s: HeapState, target: number): Int32Array | null {
  const list = s.weakLists.get(target);
  return list ? Int32Array.from(list) : null;
}

export function writeWeakList(s: HeapState, target: number, v: Int32Array | null): void {
  if (v) s.weakLists.set(target, Array.from(v));
  else s.weakLists.delete(target);
}

export function sameInts(a: Int32Array | null, b: Int32Array | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Number of words in the scalar block. */
export const SCALARS = 40;

/** Saves every counter and setting of `s` (everything that is not per object) at `out[at]`. */
export function readScalars(s: HeapState, out: Float64Array, at: number): void {
  let k = at;
  for (let g = 0; g < 3; g++) out[k++] = s.count[g]!;
  for (let g = 0; g < 3; g++) out[k++] = s.threshold[g]!;
  for (const st of s.stats) {
    out[k++] = st.collections;
    out[k++] = st.collected;
    out[k++] = st.uncollectable;
  }
  out[k++] = s.enabled ? 1 : 0;
  out[k++] = s.debug;
  out[k++] = s.longLivedTotal;
  out[k++] = s.longLivedPending;
  out[k++] = s.collecting;
  out[k++] = s.objectCount;
  out[k++] = s.liveObjects;
  out[k++] = s.liveWeakrefs;
  out[k++] = s.liveFinalizers;
  out[k++] = s.liveLegacy;
  out[k++] = s.liveTuples;
  out[k++] = s.liveDicts;
  out[k++] = s.liveBytes;
  out[k++] = s.applied;
  out[k++] = s.file;
  out[k++] = s.line;
  out[k++] = s.output.length;
  for (let h = 0; h < HEADS; h++) out[k++] = s.lists.sizes[h]!;
}

/**
 * Restores the scalar block saved at `v[at]`. Program output is append-only: it is cut back, or
 * filled from `output` (the whole log's output pairs), to the saved length.
 */
export function writeScalars(s: HeapState, v: Float64Array, at: number, output: readonly number[]): void {
  let k = at;
  for (let g = 0; g < 3; g++) s.count[g] = v[k++]!;
  for (let g = 0; g < 3; g++) s.threshold[g] = v[k++]!;
  for (const st of s.stats) {
    st.collections = v[k++]!;
    st.collected = v[k++]!;
    st.uncollectable = v[k++]!;
  }
  s.enabled = v[k++] === 1;
  s.debug = v[k++]!;
  s.longLivedTotal = v[k++]!;
  s.longLivedPending = v[k++]!;
  s.collecting = v[k++]!;
  s.objectCount = v[k++]!;
  s.grow(s.objectCount);
  s.liveObjects = v[k++]!;
  s.liveWeakrefs = v[k++]!;
  s.liveFinalizers = v[k++]!;
  s.liveLegacy = v[k++]!;
  s.liveTuples = v[k++]!;
  s.liveDicts = v[k++]!;
  s.liveBytes = v[k++]!;
  s.applied = v[k++]!;
  s.file = v[k++]!;
  s.line = v[k++]!;
  const outLen = v[k++]!;
  if (s.output.length > outLen) s.output.length = outLen;
  else for (let i = s.output.length; i < outLen; i++) s.output.push(output[i]!);
  for (let h = 0; h < HEADS; h++) s.lists.sizes[h] = v[k++]!;
}
