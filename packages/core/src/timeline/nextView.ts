import { Kind } from '../events/kinds.js';
import { freeze, produceWithPatches, type Draft, type Patch } from '../immer.js';
import type { HeapState } from '../state/heapState.js';
import { fullView, holderKey, ViewReader, type HeapView, type HolderRef, type ObjectView } from './heapView.js';

/** A view and the immer patches that turn the previous view into it (and back). */
export interface ViewChange {
  readonly view: HeapView;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
}

/** A frozen full view of `s`, standing just after event `index`. */
export function firstView(s: HeapState, index: number): HeapView {
  return freeze(fullView(s, index), true);
}

/**
 * The view of `s` (standing just after event `index`) produced from `prev` with immer:
 * objects the events between the two touched are rebuilt and replaced only if they differ,
 * so everything else is shared with `prev`, and the patches list exactly what changed.
 * Costs time in proportion to the events in between and the objects they touch (plus one pass
 * over live objects when a collection or freeze moved objects between generations).
 */
export function nextView(s: HeapState, index: number, prev: HeapView): ViewChange {
  const log = s.log;
  const lo = Math.min(prev.index, index);
  const hi = Math.max(prev.index, index);
  const objs = new Set<number>();
  const holders = new Set<number>();
  let lists = false;
  let roots = false;
  for (let e = lo + 1; e <= hi; e++) {
    const kind = log.kindAt(e);
    const a = log.aAt(e);
    switch (kind) {
      case Kind.Take:
      case Kind.Insert:
      case Kind.Drop:
        objs.add(a);
        holders.add(log.bAt(e));
        break;
      case Kind.Alloc:
      case Kind.Free:
        objs.add(a);
        holders.add(a);
        break;
      case Kind.Resize:
      case Kind.Finalize:
      case Kind.Defer:
      case Kind.Track:
      case Kind.Untrack:
      case Kind.GcClear:
      case Kind.GcSave:
      case Kind.WeakCallback:
        objs.add(a);
        break;
      case Kind.RootAdd:
      case Kind.RootRemove:
        roots = true;
        break;
      case Kind.Line:
      case Kind.Output:
      case Kind.WeakNew:
      case Kind.WeakClear:
        break;
      default:
        // Collections, freeze and unfreeze move whole lists.
        lists = true;
    }
  }
  const r = new ViewReader(s);
  const [view, patches, inversePatches] = produceWithPatches(prev, (d: Draft<HeapView>) => {
    d.index = index;
    // Holders of the targets of every holder whose references changed.
    const affected = new Map<number, HolderRef[]>();
    for (const h of holders) {
      if (h > 0) objs.add(h);
      const before = h > 0 ? prev.objects[h]?.referents : prev.roots.find((x) => x.id === h)?.referents;
      for (const x of before ?? []) objs.add(x.target);
      if (h < 0 ? s.roots.has(h) : s.isAlive(h)) {
        for (const { slot, target } of r.referents(h)) {
          objs.add(target);
          const list = affected.get(target);
          if (list) list.push({ holder: h, slot });
          else affected.set(target, [{ holder: h, slot }]);
        }
      }
    }
    for (const id of objs) {
      if (!s.isAlive(id)) {
        if (prev.objects[id]) delete d.objects[id];
        continue;
      }
      const old = prev.objects[id];
      const kept = (old?.holders ?? []).filter((x) => !holders.has(x.holder));
      const merged = kept.concat(affected.get(id) ?? []).sort((x, y) => holderKey(x.holder) - holderKey(y.holder));
      const fresh = r.object(id, merged);
      if (!old) d.objects[id] = fresh as Draft<ObjectView>;
      else replaceChanged(d.objects[id]!, old, fresh);
    }
    if (lists) {
      for (const key in prev.objects) {
        const id = Number(key);
        if (objs.has(id) || !s.isAlive(id)) continue;
        const g = r.generation(id);
        if (g !== prev.objects[id]!.generation) {
          const o = d.objects[id]!;
          o.generation = g;
          o.tracked = g !== null;
        }
      }
    }
    if (roots || holders.size > 0) {
      const fresh = r.roots();
      if (JSON.stringify(fresh) !== JSON.stringify(prev.roots)) d.roots = fresh as Draft<HeapView['roots']>;
      const g = r.garbage();
      if (JSON.stringify(g) !== JSON.stringify(prev.garbage)) d.garbage = g;
    }
    const outLen = s.output.length / 2;
    if (d.output.length > outLen) d.output.length = outLen;
    else if (d.output.length < outLen) r.output(d.output.length, d.output);
    const sc = r.scalars();
    for (const k of Object.keys(sc) as Array<keyof typeof sc>) {
      if (JSON.stringify(sc[k]) !== JSON.stringify(prev[k])) (d as Record<string, unknown>)[k] = sc[k];
    }
  });
  return { view, patches, inversePatches };
}

/** Writes into `draft` only the fields of `fresh` that differ from `old`. */
function replaceChanged(draft: Draft<ObjectView>, old: ObjectView, fresh: ObjectView): void {
  for (const k of Object.keys(fresh) as Array<keyof ObjectView>) {
    const a = old[k];
    const b = fresh[k];
    const same = typeof a === 'object' && a !== null ? JSON.stringify(a) === JSON.stringify(b) : a === b;
    if (!same) (draft as Record<string, unknown>)[k] = b;
  }
}

export { fullView };
