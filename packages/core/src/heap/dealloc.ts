import { AllocFlag, INTERPRETER_ROOT, Kind } from '../events/kinds.js';
import { CLASS_SLOT, SEQUENCE_CLASS_SLOT } from '../log/stringTable.js';
import { ObjFlag } from '../state/objFlags.js';
import { TRASHCAN_LIMIT, type Engine } from './engine.js';

/**
 * Reference counting's side of the engine: dropping a reference, and what happens when a
 * refcount reaches zero (CPython's tp_dealloc of each container kind and subtype_dealloc of
 * instances), including the trashcan that bounds dealloc recursion.
 */

/** Slot code of a temporary reference the runtime holds on the interpreter root. */
export function tempSlot(E: Engine, what: string): number {
  return E.intern(what);
}

/** Takes a reference. */
export function incref(E: Engine, target: number, holder: number, slot: number): void {
  E.emit(Kind.Take, target, holder, slot);
}

/** Drops a reference; at refcount zero the object is deallocated on the spot. */
export function decref(E: Engine, target: number, holder: number, slot: number): void {
  E.emit(Kind.Drop, target, holder, slot);
  if (E.state.refcnt[target] === 0) dealloc(E, target);
}

/**
 * tp_dealloc with the trashcan guard (Py_TRASHCAN_BEGIN/END). Container deallocs nest at most
 * TRASHCAN_LIMIT deep: deeper ones are deposited on a LIFO stack and run, most recent first,
 * once the outermost dealloc unwinds (_PyTrash_thread_destroy_chain, at nesting 1).
 */
export function dealloc(E: Engine, id: number): void {
  const s = E.state;
  if (!s.hasFlag(id, AllocFlag.Trashcan)) {
    deallocBody(E, id);
    return;
  }
  if (E.trashDepth >= TRASHCAN_LIMIT) {
    // The object was untracked at the top of its dealloc, before the guard.
    if (s.isTracked(id)) E.emit(Kind.Untrack, id, 0, 0);
    E.emit(Kind.Defer, id, 0, 0);
    E.trashStack.push(id);
    return;
  }
  E.trashDepth++;
  deallocBody(E, id);
  E.trashDepth--;
  if (E.trashDepth <= 0 && E.trashStack.length > 0) {
    E.trashDepth = 1;
    while (E.trashStack.length > 0) dealloc(E, E.trashStack.pop()!);
    E.trashDepth = 0;
  }
}

/** The body of a dealloc, in subtype_dealloc's order. */
function deallocBody(E: Engine, id: number): void {
  const s = E.state;
  if (s.hasFlag(id, AllocFlag.Finalizer) && !(s.flags[id]! & ObjFlag.Finalized)) {
    if (!callFinalizerFromDealloc(E, id)) return; // resurrected
  }
  clearWeakrefs(E, id);
  releaseReferences(E, id, true);
  E.emit(Kind.Free, id, countsFree(E, id) ? 1 : 0, 0);
}

/**
 * PyObject_CallFinalizerFromDealloc, as subtype_dealloc calls it: the object, untracked at the
 * start of its dealloc, is tracked again (to gen0's tail) while `__del__` runs with a temporary
 * reference. Returns false if the finalizer resurrected the object.
 */
function callFinalizerFromDealloc(E: Engine, id: number): boolean {
  const s = E.state;
  const gc = s.isGc(id);
  if (gc) {
    if (s.isTracked(id)) E.emit(Kind.Untrack, id, 0, 0);
    E.emit(Kind.Track, id, 0, 0);
  }
  const slot = tempSlot(E, 'finalizer');
  E.emit(Kind.Finalize, id, 0, 0);
  incref(E, id, INTERPRETER_ROOT, slot);
  const fn = E.finalizers.get(id);
  if (fn) E.invoke(`finalizer of object ${id}`, () => fn(E.heap, id));
  E.emit(Kind.Drop, id, INTERPRETER_ROOT, slot);
  if (s.refcnt[id]! > 0) return false;
  if (gc && s.isTracked(id)) E.emit(Kind.Untrack, id, 0, 0);
  return true;
}

/**
 * Whether the free of `id` decrements gen0's count: a GC object's memory going back through
 * PyObject_GC_Del, unless the object is parked on its type's freelist instead.
 */
function countsFree(E: Engine, id: number): boolean {
  if (!E.state.isGc(id)) return false;
  return !E.pushFreelist(id);
}

/**
 * Drops every reference `id` holds, in its type's order: sequences (list_dealloc,
 * tupledealloc) last to first; dicts, inline attribute values and slots in insertion order; the
 * instance's type last (subtype_dealloc decrefs it after the base dealloc). With `withClass`
 * false this is tp_clear, which leaves the type alone.
 */
export function releaseReferences(E: Engine, id: number, withClass: boolean): void {
  const s = E.state;
  if (s.isSequence(id)) {
    // list_dealloc / tupledealloc / _list_clear: `while (--i >= 0) Py_XDECREF(item[i])`.
    for (;;) {
      const cur = s.edges[id];
      if (!cur || cur.size === 0) break;
      const p = cur.size - 1;
      decref(E, cur.targetAt(p), id, p);
    }
  } else {
    // Insertion order. Positions are stable while edges are dropped (holes), so the scan goes
    // on from where it was unless the holder was compacted meanwhile.
    let k = 0;
    let version = -1;
    for (;;) {
      const cur = s.edges[id];
      if (!cur) break;
      if (cur.version !== version) {
        k = 0;
        version = cur.version;
      }
      const e = cur.e;
      while (k < e.length && (e[k + 1] === 0 || e[k] === CLASS_SLOT)) k += 2;
      if (k >= e.length) break;
      decref(E, e[k + 1] as number, id, e[k] as number);
    }
  }
  const cls = s.classOf(id);
  if (withClass && cls !== 0) decref(E, cls, id, s.isSequence(id) ? SEQUENCE_CLASS_SLOT : CLASS_SLOT);
}

/**
 * PyObject_ClearWeakRefs on the refcount path, after `__del__`: every weakref to `id` is
 * cleared (the ones without callbacks first, then newest first), then the callbacks run in that
 * order. With more than one callback the weakrefs and callbacks are held in a tuple meanwhile.
 */
function clearWeakrefs(E: Engine, id: number): void {
  const s = E.state;
  if (s.weakLists.size === 0) return;
  const list = s.weakLists.get(id);
  if (!list || list.length === 0) return;
  const order = weakrefHeadOrder(E, list);
  const withCallback: number[] = [];
  for (const wr of order) {
    E.emit(Kind.WeakClear, wr, id, 0);
    if (hasCallback(E, wr)) withCallback.push(wr);
  }
  if (withCallback.length === 0) return;
  const tupleSlot = tempSlot(E, 'weakref callbacks');
  const inTuple = withCallback.length > 1;
  if (inTuple) for (const wr of withCallback) incref(E, wr, INTERPRETER_ROOT, tupleSlot);
  for (const wr of withCallback) runWeakCallback(E, wr, false);
  // The callbacks were moved off the weakrefs; the tuple releases its items last to first.
  const cbSlot = E.intern(CALLBACK_SLOT);
  for (let k = withCallback.length - 1; k >= 0; k--) {
    const wr = withCallback[k]!;
    const cur = s.edges[wr];
    const p = cur ? cur.find(cbSlot) : -1;
    if (p >= 0) decref(E, cur!.e[p * 2 + 1] as number, wr, cbSlot);
    if (inTuple) decref(E, wr, INTERPRETER_ROOT, tupleSlot);
  }
}

/** Slot through which a weakref holds its callback object. */
export const CALLBACK_SLOT = '__callback__';

export function hasCallback(E: Engine, wr: number): boolean {
  if (E.weakCallbacks.has(wr)) return true;
  const ed = E.state.edges[wr];
  return !!ed && ed.find(E.intern(CALLBACK_SLOT)) >= 0;
}

/** CPython's weakref list order: refs without callbacks at the head, then newest first. */
export function weakrefHeadOrder(E: Engine, list: readonly number[]): number[] {
  const plain: number[] = [];
  const withCb: number[] = [];
  for (let k = list.length - 1; k >= 0; k--) {
    const wr = list[k]!;
    (hasCallback(E, wr) ? withCb : plain).push(wr);
  }
  return plain.concat(withCb);
}

/** Calls a weakref's callback. */
export function runWeakCallback(E: Engine, wr: number, byCollector: boolean): void {
  E.emit(Kind.WeakCallback, wr, byCollector ? 1 : 0, 0);
  const fn = E.weakCallbacks.get(wr);
  if (fn) E.invoke(`callback of weakref ${wr}`, () => fn(E.heap, wr));
}
