import { AllocFlag } from '../events/kinds.js';
import type { HeapState } from '../state/heapState.js';
import { ObjFlag } from '../state/objFlags.js';
import { GcList, HEADS } from '../state/gcLists.js';

const COLLECTING = ObjFlag.Collecting;

/**
 * CPython's deduce_unreachable (gcmodule.c), over the list `young`:
 *
 * 1. update_refs: every object's gc_refs starts as its refcount, and it is marked COLLECTING.
 * 2. subtract_refs: every reference from one member of `young` to another is subtracted, so
 *    gc_refs is left counting references from outside the set.
 * 3. move_unreachable: walking `young` head to tail, an object with gc_refs > 0 is reachable; it
 *    loses COLLECTING and everything it references is made reachable too: gc_refs raised from 0
 *    to 1, or, if already moved to `out`, moved back to the tail of `young` to be scanned again.
 *    An object with gc_refs == 0 moves (tentatively) to the tail of `out`, in encounter order.
 *
 * Objects left in `out` keep COLLECTING; survivors stay in `young` in their new order.
 */
export function moveUnreachable(s: HeapState, young: number, out: number): void {
  const L = s.lists;
  s.ensureGcRefs();
  const gcRefs = s.gcRefs;
  const flags = s.flags;
  const refcnt = s.refcnt;
  // The walks go through the list links directly (node = id + HEADS); moving existing objects
  // between lists never reallocates them.
  const next = L.next;
  // Every flag this collection changes belongs to a member of `young`: telling a time-travel
  // journal about each of them here covers the whole collection.
  const j = s.j;
  for (let n = next[young]!; n !== young; n = next[n]!) {
    const id = n - HEADS;
    if (j) j.obj(id);
    // CPython never sees a tracked object at refcount 0: whoever allocated it owns a reference.
    // An object allocated through the API and not yet referenced is owned by its allocator, so
    // it counts as referenced from outside (update_refs would assert here).
    gcRefs[id] = refcnt[id]! || 1;
    flags[id]! |= COLLECTING;
  }
  // subtract_refs. Edge order does not matter here, so edges are read straight from storage
  // (holes are target 0, never COLLECTING; the class slot holds no edge, see `cls`).
  const edges = s.edges;
  const cls = s.cls;
  for (let n = next[young]!; n !== young; n = next[n]!) {
    const id = n - HEADS;
    const ed = edges[id];
    if (ed) {
      const e = ed.e;
      for (let k = 1; k < e.length; k += 2) {
        const t = e[k]!;
        if (flags[t]! & COLLECTING) gcRefs[t]! -= 1;
      }
    }
    const c = id < cls.length ? cls[id]! : 0;
    if (c !== 0 && flags[c]! & COLLECTING) gcRefs[c]! -= 1;
  }
  let n = next[young]!;
  while (n !== young) {
    const id = n - HEADS;
    if (gcRefs[id]! > 0) {
      // visit_reachable over the referents in tp_traverse order (the order decides where
      // objects moved back land); inlined rather than through HeapState.traverse, whose
      // callback would make this loop megamorphic.
      const ed = edges[id];
      if (ed) {
        const e = ed.e;
        if (s.isSequence(id)) {
          for (let k = e.length - 1; k > 0; k -= 2) reach(s, e[k]!, young, out);
        } else {
          for (let k = 1; k < e.length; k += 2) {
            const t = e[k]!;
            if (t !== 0) reach(s, t, young, out);
          }
        }
      }
      const c = id < cls.length ? cls[id]! : 0;
      if (c !== 0) reach(s, c, young, out);
      flags[id]! &= ~COLLECTING;
      n = next[n]!;
    } else {
      const following = next[n]!;
      L.move(id, out);
      n = following;
    }
  }
}

/** visit_reachable: `t` is reachable from a reachable object. */
function reach(s: HeapState, t: number, young: number, out: number): void {
  if ((s.flags[t]! & COLLECTING) === 0) return;
  if (s.lists.listOfId(t) === out) {
    s.lists.move(t, young);
    s.gcRefs[t] = 1;
  } else if (s.gcRefs[t] === 0) {
    s.gcRefs[t] = 1;
  }
}

/** The result of {@link deduceUnreachable}. */
export interface Unreachable {
  /** Unreachable objects to finalize and clear, in list order. */
  readonly unreachable: Int32Array;
  /** Objects held back by legacy (tp_del) finalizers: uncollectable. */
  readonly legacy: Int32Array;
}

/**
 * Finds the garbage of the collection running over `young`: deduce_unreachable into the
 * Unreachable list, then move_legacy_finalizers and move_legacy_finalizer_reachable into the
 * Legacy list (unreachable objects whose type has tp_del, and everything they reach).
 */
export function deduceUnreachable(s: HeapState, young: number): Unreachable {
  const L = s.lists;
  moveUnreachable(s, young, GcList.Unreachable);
  for (let id = s.liveLegacy === 0 ? 0 : L.first(GcList.Unreachable); id !== 0; ) {
    const next = L.after(id);
    if (s.hasFlag(id, AllocFlag.LegacyDel)) {
      s.flags[id]! &= ~COLLECTING;
      L.move(id, GcList.Legacy);
    }
    id = next;
  }
  const pull = (t: number): void => {
    if (s.flags[t]! & COLLECTING) {
      L.move(t, GcList.Legacy);
      s.flags[t]! &= ~COLLECTING;
    }
  };
  for (let id = L.first(GcList.Legacy); id !== 0; id = L.after(id)) s.traverse(id, pull);
  return { unreachable: L.snapshot(GcList.Unreachable), legacy: L.snapshot(GcList.Legacy) };
}

/**
 * handle_resurrected_objects: runs the reachability test again over what is left unreachable
 * after finalizers and weakref callbacks ran. Returns the resurrected objects (reachable again,
 * with everything they reach) in the order they will join `old`; the Unreachable list is left
 * as it was, for the `gc.resurrect` event to apply.
 */
export function findResurrected(s: HeapState, scratch: number): number[] {
  const L = s.lists;
  const before = L.snapshot(GcList.Unreachable);
  for (const id of before) s.flags[id]! &= ~COLLECTING;
  moveUnreachable(s, GcList.Unreachable, scratch);
  const resurrected = L.ids(GcList.Unreachable);
  for (const id of before) {
    L.move(id, GcList.Unreachable);
    s.flags[id]! |= COLLECTING;
  }
  return resurrected;
}

/** _PyObject_GC_MAY_BE_TRACKED: a GC object, other than a tuple that is already untracked. */
export function mayBeTracked(s: HeapState, id: number): boolean {
  if (!s.isGc(id)) return false;
  if (s.hasFlag(id, AllocFlag.UntrackTuple)) return s.isTracked(id);
  return true;
}

/** Whether a tuple or dict holds nothing that may be tracked (so the collector untracks it). */
export function holdsNothingTrackable(s: HeapState, id: number): boolean {
  let trackable = false;
  s.traverse(id, (t) => {
    if (!trackable && mayBeTracked(s, t)) trackable = true;
  });
  return !trackable;
}
