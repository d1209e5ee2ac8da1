import { AllocFlag, DebugFlag, INTERPRETER_ROOT, Kind } from '../events/kinds.js';
import type { Engine, GcCallbackInfo } from '../heap/engine.js';
import { decref, hasCallback, incref, releaseReferences, runWeakCallback, tempSlot, weakrefHeadOrder } from '../heap/dealloc.js';
import { ensureGarbageList } from '../heap/garbage.js';
import { ObjFlag } from '../state/objFlags.js';
import { GcList } from '../state/gcLists.js';
import { deduceUnreachable, findResurrected, holdsNothingTrackable } from './detect.js';

/**
 * The cyclic collector, step by step as CPython 3.11's gc_collect_main (Modules/gcmodule.c).
 * Every decision is recorded as events; the list manipulations they imply are applied by
 * HeapState, so a replayed log goes through the same states.
 */

/** gc_collect_with_callbacks: the gc callbacks around one collection. Returns n + m. */
export function collectWithCallbacks(E: Engine, generation: number, automatic: boolean): number {
  const onGc = E.options.onGc;
  if (onGc) {
    const info: GcCallbackInfo = { generation, collected: 0, uncollectable: 0 };
    E.invoke('gc callback', () => onGc(E.heap, 'start', info));
  }
  const { collected, uncollectable } = collectMain(E, generation, automatic);
  if (onGc) {
    const info: GcCallbackInfo = { generation, collected, uncollectable };
    E.invoke('gc callback', () => onGc(E.heap, 'stop', info));
  }
  return collected + uncollectable;
}

/**
 * gc_collect_generations, run when an allocation takes gen0's count past its threshold: the
 * oldest generation whose count exceeds its threshold is collected, except that a full
 * collection also waits until the objects that survived gen1 collections since the last full
 * one number at least a quarter of those that survived it (long_lived_pending vs
 * long_lived_total), which keeps full collections amortised linear.
 */
export function collectGenerations(E: Engine): void {
  const s = E.state;
  for (let g = 2; g >= 0; g--) {
    if (s.count[g]! > s.threshold[g]!) {
      if (g === 2 && s.longLivedPending < Math.floor(s.longLivedTotal / 4)) continue;
      collectWithCallbacks(E, g, true);
      break;
    }
  }
}

function debugLine(E: Engine, text: string): void {
  E.write('stderr', text + '\n');
}

function describe(E: Engine, id: number): string {
  return `<${E.log.strings.get(E.state.type[id]!)} ${E.address(id)}>`;
}

/** One collection of `generation`. */
function collectMain(E: Engine, generation: number, automatic: boolean): { collected: number; uncollectable: number } {
  const s = E.state;
  const L = s.lists;
  const debug = s.debug;
  if (debug & DebugFlag.STATS) {
    debugLine(E, `gc: collecting generation ${generation}...`);
    debugLine(E, `gc: objects in each generation: ${L.sizes[0]} ${L.sizes[1]} ${L.sizes[2]}`);
    debugLine(E, `gc: objects in permanent generation: ${L.sizes[GcList.Permanent]}`);
  }
  // Counters and the merge of younger generations (applied by HeapState).
  E.emit(Kind.GcStart, generation, automatic ? 1 : 0, 0);
  const old = s.oldList();

  // deduce_unreachable and the legacy-finalizer partition, recorded with their outcome.
  const found = deduceUnreachable(s, generation);
  record(E, Kind.GcUnreachable, found.unreachable);
  if (found.legacy.length > 0) record(E, Kind.GcUncollectable, found.legacy);

  // untrack_tuples(young), and untrack_dicts(young) in full collections: survivors holding
  // nothing that may be tracked stop being tracked.
  // Two passes, as CPython: every tuple first, so a dict holding a tuple that is untracked in
  // this collection is untracked in it too, wherever it stands in the list.
  untrackAtomic(E, generation, AllocFlag.UntrackTuple);
  if (generation === 2) untrackAtomic(E, generation, AllocFlag.UntrackDict);
  E.emit(Kind.GcPromote, generation, old, L.sizes[generation]!);

  if (debug & DebugFlag.COLLECTABLE) {
    for (const id of L.ids(GcList.Unreachable)) debugLine(E, `gc: collectable ${describe(E, id)}`);
  }

  let m = 0;
  const weak = handleWeakrefs(E);
  m += weak.freed;
  const finalized = finalizeGarbage(E);

  // handle_resurrected_objects: whatever finalizers or callbacks made reachable again
  // survives, with everything it reaches, and counts as neither collected nor uncollectable.
  if (weak.called || finalized) {
    const resurrected = findResurrected(s, GcList.Scratch);
    if (resurrected.length > 0) E.emitAux(Kind.GcResurrect, resurrected);
  }
  const finalUnreachable = L.snapshot(GcList.Unreachable);
  m += finalUnreachable.length;
  // Each cleared object usually costs a drop and a free.
  E.log.reserve(finalUnreachable.length * 2);
  deleteGarbage(E, finalUnreachable);

  const legacy = L.ids(GcList.Legacy);
  const n = legacy.length;
  if (debug & DebugFlag.UNCOLLECTABLE) {
    for (const id of legacy) debugLine(E, `gc: uncollectable ${describe(E, id)}`);
  }
  if (debug & DebugFlag.STATS) {
    // heapline has no clock inside the engine: the elapsed time is always 0.
    debugLine(E, `gc: done, ${n + m} unreachable, ${n} uncollectable, 0.0000s elapsed`);
  }
  // handle_legacy_finalizers: tp_del objects (all of them with SAVEALL) go to gc.garbage.
  for (const id of legacy) {
    if (s.hasFlag(id, AllocFlag.LegacyDel) || debug & DebugFlag.SAVEALL) appendGarbage(E, id);
  }
  if (generation === 2) E.clearFreelists();
  E.emit(Kind.GcDone, generation, m, n);
  return { collected: m, uncollectable: n };
}

/** Appends the outcome of a step the state has already applied (its apply re-derives it). */
function record(E: Engine, kind: number, ids: ArrayLike<number>): void {
  const i = E.log.appendWithAux(kind, ids.length, 0, ids);
  E.state.markApplied(i);
}

/** untrack_tuples(young) or untrack_dicts(young), by `flag`. */
function untrackAtomic(E: Engine, young: number, flag: number): void {
  const s = E.state;
  if ((flag === AllocFlag.UntrackTuple ? s.liveTuples : s.liveDicts) === 0) return;
  const L = s.lists;
  for (let id = L.first(young); id !== 0; ) {
    const next = L.after(id);
    if (s.hasFlag(id, flag) && holdsNothingTrackable(s, id)) E.emit(Kind.Untrack, id, 0, 0);
    id = next;
  }
}

/**
 * handle_weakrefs: weakrefs that are themselves garbage are cleared without their callbacks;
 * every weakref to a garbage object is cleared, and those with a callback that are not garbage
 * get their callback called, before any finalizer. Returns how many of those weakrefs were
 * freed by dropping the temporary reference (they count as collected).
 */
function handleWeakrefs(E: Engine): { freed: number; called: boolean } {
  const s = E.state;
  // Nothing to do unless some object has weakrefs or some weakref object is alive.
  if (s.weakLists.size === 0 && s.liveWeakrefs === 0) return { freed: 0, called: false };
  const toCall: number[] = [];
  const slot = tempSlot(E, 'weakref callback');
  for (const id of s.lists.snapshot(GcList.Unreachable)) {
    const referent = s.weakTarget.get(id);
    if (referent !== undefined) {
      E.emit(Kind.WeakClear, id, referent, 0);
    }
    const list = s.weakLists.get(id);
    if (!list) continue;
    for (const wr of weakrefHeadOrder(E, list)) {
      E.emit(Kind.WeakClear, wr, id, 0);
      if (!hasCallback(E, wr) || s.flags[wr]! & ObjFlag.Collecting) continue;
      incref(E, wr, INTERPRETER_ROOT, slot);
      toCall.push(wr);
    }
  }
  let freed = 0;
  for (const wr of toCall) {
    runWeakCallback(E, wr, true);
    decref(E, wr, INTERPRETER_ROOT, slot);
    if (!s.isAlive(wr)) freed++;
  }
  return { freed, called: toCall.length > 0 };
}

/**
 * finalize_garbage: `__del__` of every unreachable object not yet finalized, in list order,
 * each with a temporary reference. Objects freed meanwhile by refcounting just drop out.
 */
function finalizeGarbage(E: Engine): boolean {
  const s = E.state;
  if (s.liveFinalizers === 0) return false;
  const slot = tempSlot(E, 'finalizer');
  let called = false;
  for (const id of s.lists.snapshot(GcList.Unreachable)) {
    if (!s.isAlive(id) || s.lists.listOfId(id) !== GcList.Unreachable) continue;
    if (!s.hasFlag(id, AllocFlag.Finalizer) || s.flags[id]! & ObjFlag.Finalized) continue;
    called = true;
    E.emit(Kind.Finalize, id, 0, 0);
    incref(E, id, INTERPRETER_ROOT, slot);
    const fn = E.finalizers.get(id);
    if (fn) E.invoke(`finalizer of object ${id}`, () => fn(E.heap, id));
    decref(E, id, INTERPRETER_ROOT, slot);
  }
  return called;
}

/**
 * delete_garbage: each object left unreachable is either kept in gc.garbage (DEBUG_SAVEALL) or
 * cleared with tp_clear under a temporary reference; clearing one member usually frees the
 * rest of its cycle by refcounting. Whatever is still alive afterwards moves to `old`.
 */
function deleteGarbage(E: Engine, ids: ArrayLike<number>): void {
  const s = E.state;
  const slot = tempSlot(E, 'tp_clear');
  const saveAll = (s.debug & DebugFlag.SAVEALL) !== 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (!s.isAlive(id) || s.lists.listOfId(id) !== GcList.Unreachable) continue;
    if (saveAll) {
      E.emit(Kind.GcSave, id, 0, 0);
      appendGarbage(E, id);
      continue;
    }
    E.emit(Kind.GcClear, id, 0, 0);
    if (!s.hasFlag(id, AllocFlag.Clearable)) continue;
    incref(E, id, INTERPRETER_ROOT, slot);
    releaseReferences(E, id, false);
    decref(E, id, INTERPRETER_ROOT, slot);
  }
}

/** PyList_Append(gc.garbage, op). */
function appendGarbage(E: Engine, id: number): void {
  const list = ensureGarbageList(E);
  incref(E, id, list, E.state.edges[list]?.size ?? 0);
}
