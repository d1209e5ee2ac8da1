import { assertNever, ErrorCode, fail } from '../errors.js';
import type { EventLog } from '../log/eventLog.js';
import { CLASS_SLOT_LABEL, SEQUENCE_CLASS_SLOT } from '../log/stringTable.js';
import { AllocFlag, GC_SETTING_NAMES, Kind, Stream, type HeapEvent, type Slot } from './kinds.js';

/**
 * The inverse of `decode.ts`: appends a decoded {@link HeapEvent} to an {@link EventLog}, so
 * that `decodeEvent(log, appendEvent(log, e))` equals `e` (its `seq` aside: the log numbers
 * it). Used to load logs from files. Only the encoding is checked here (a slot of the wrong
 * type for its holder); whether the event fits the heap is `HeapState.apply`'s business.
 */

/** Allocation flags of a `heap.alloc` event, as stored in the log's object table. */
export function allocFlags(e: Extract<HeapEvent, { kind: 'heap.alloc' }>): number {
  let f = 0;
  if (e.gc) f |= AllocFlag.Gc;
  if (e.tracked) f |= AllocFlag.Tracked;
  if (e.sequence) f |= AllocFlag.Sequence;
  if (e.finalizer) f |= AllocFlag.Finalizer;
  if (e.legacyDel) f |= AllocFlag.LegacyDel;
  if (e.clearable) f |= AllocFlag.Clearable;
  if (e.trashcan) f |= AllocFlag.Trashcan;
  if (e.counted) f |= AllocFlag.Counted;
  if (e.untrack === 'tuple') f |= AllocFlag.UntrackTuple;
  if (e.untrack === 'dict') f |= AllocFlag.UntrackDict;
  if (e.weakref) f |= AllocFlag.Weakref;
  return f;
}

/**
 * The slot operand of a `ref.take` / `ref.drop`: a position in a sequence holder (or the
 * sequence's class code), else an interned label.
 */
function slotCode(log: EventLog, holder: number, slot: Slot): number {
  if (log.isSequenceHolder(holder)) {
    if (slot === CLASS_SLOT_LABEL) return SEQUENCE_CLASS_SLOT;
    if (typeof slot !== 'number') {
      fail(ErrorCode.BadSlot, `slot ${JSON.stringify(slot)} in sequence ${holder} must be a position`);
    }
    return slot;
  }
  if (typeof slot !== 'string') fail(ErrorCode.BadSlot, `slot ${slot} in holder ${holder} must be a label`);
  return log.strings.intern(slot);
}

/** Appends `e` to `log` and returns its sequence number there. */
export function appendEvent(log: EventLog, e: HeapEvent): number {
  const s = log.strings;
  switch (e.kind) {
    case 'heap.alloc':
      return log.appendAlloc(e.id, s.intern(e.type), e.size, s.intern(e.site), allocFlags(e));
    case 'heap.resize':
      return log.append(Kind.Resize, e.id, e.oldSize, e.size);
    case 'heap.free':
      return log.append(Kind.Free, e.id, e.counted ? 1 : 0, 0);
    case 'heap.finalize':
      return log.append(Kind.Finalize, e.id, 0, 0);
    case 'heap.defer':
      return log.append(Kind.Defer, e.id, 0, 0);
    case 'ref.take':
      return log.append(Kind.Take, e.target, e.holder, slotCode(log, e.holder, e.slot));
    case 'ref.insert':
      if (typeof e.slot !== 'string') fail(ErrorCode.BadSlot, `ref.insert slot ${e.slot} must be a label`);
      return log.appendWithAux(Kind.Insert, e.target, e.holder, [s.intern(e.slot), e.position]);
    case 'ref.drop':
      return log.append(Kind.Drop, e.target, e.holder, slotCode(log, e.holder, e.slot));
    case 'gc.track':
      return log.append(Kind.Track, e.id, 0, 0);
    case 'gc.untrack':
      return log.append(Kind.Untrack, e.id, 0, 0);
    case 'weakref.new':
      return log.append(Kind.WeakNew, e.weakref, e.referent, 0);
    case 'weakref.clear':
      return log.append(Kind.WeakClear, e.weakref, e.referent, 0);
    case 'weakref.callback':
      return log.append(Kind.WeakCallback, e.weakref, e.byCollector ? 1 : 0, 0);
    case 'gc.start':
      return log.append(Kind.GcStart, e.generation, e.automatic ? 1 : 0, 0);
    case 'gc.unreachable':
      return log.appendWithAux(Kind.GcUnreachable, e.ids.length, 0, e.ids);
    case 'gc.uncollectable':
      return log.appendWithAux(Kind.GcUncollectable, e.ids.length, 0, e.ids);
    case 'gc.promote':
      return log.append(Kind.GcPromote, e.from, e.to, e.count);
    case 'gc.resurrect':
      return log.appendWithAux(Kind.GcResurrect, e.ids.length, 0, e.ids);
    case 'gc.clear':
      return log.append(Kind.GcClear, e.id, 0, 0);
    case 'gc.save':
      return log.append(Kind.GcSave, e.id, 0, 0);
    case 'gc.done':
      return log.append(Kind.GcDone, e.generation, e.collected, e.uncollectable);
    case 'gc.config':
      return log.append(Kind.GcConfig, GC_SETTING_NAMES.indexOf(e.setting), e.value, 0);
    case 'root.add':
      return log.append(Kind.RootAdd, e.root, s.intern(e.name), 0);
    case 'root.remove':
      return log.append(Kind.RootRemove, e.root, 0, 0);
    case 'program.line':
      return log.append(Kind.Line, s.intern(e.file), e.line, 0);
    case 'program.output':
      return log.append(Kind.Output, Stream[e.stream], s.intern(e.text), 0);
    default:
      return assertNever(e, 'event');
  }
}
