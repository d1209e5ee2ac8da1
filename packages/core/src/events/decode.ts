import { InternalError } from '../errors.js';
import { CLASS_SLOT_LABEL, SEQUENCE_CLASS_SLOT } from '../log/stringTable.js';
import type { EventLog } from '../log/eventLog.js';
import {
  AllocFlag,
  GC_SETTING_NAMES,
  Kind,
  KIND_NAMES,
  type GcSettingName,
  type HeapEvent,
  type Slot,
} from './kinds.js';

/** Decodes the slot operand of a reference event: a position in a sequence, else a label. */
function slotOf(log: EventLog, holder: number, c: number): Slot {
  if (c === SEQUENCE_CLASS_SLOT && holder > 0) return CLASS_SLOT_LABEL;
  return log.isSequenceHolder(holder) ? c : log.strings.get(c);
}

/** Event `i` of `log` as a frozen object (see `kinds.ts` for the operands of each kind). */
export function decodeEvent(log: EventLog, i: number): HeapEvent {
  const code = log.kindAt(i);
  const a = log.aAt(i);
  const b = log.bAt(i);
  const c = log.cAt(i);
  const seq = i;
  let e: HeapEvent;
  switch (code) {
    case Kind.Alloc: {
      const f = log.flagsOf(a);
      e = {
        kind: 'heap.alloc',
        seq,
        id: a,
        type: log.strings.get(b),
        size: c,
        site: log.strings.get(log.siteOf(a)),
        gc: (f & AllocFlag.Gc) !== 0,
        tracked: (f & AllocFlag.Tracked) !== 0,
        sequence: (f & AllocFlag.Sequence) !== 0,
        finalizer: (f & AllocFlag.Finalizer) !== 0,
        legacyDel: (f & AllocFlag.LegacyDel) !== 0,
        clearable: (f & AllocFlag.Clearable) !== 0,
        trashcan: (f & AllocFlag.Trashcan) !== 0,
        counted: (f & AllocFlag.Counted) !== 0,
        untrack:
          f & AllocFlag.UntrackTuple ? 'tuple' : f & AllocFlag.UntrackDict ? 'dict' : null,
        weakref: (f & AllocFlag.Weakref) !== 0,
      };
      break;
    }
    case Kind.Resize:
      e = { kind: 'heap.resize', seq, id: a, oldSize: b, size: c };
      break;
    case Kind.Free:
      e = { kind: 'heap.free', seq, id: a, counted: b !== 0 };
      break;
    case Kind.Finalize:
      e = { kind: 'heap.finalize', seq, id: a };
      break;
    case Kind.Defer:
      e = { kind: 'heap.defer', seq, id: a };
      break;
    case Kind.Take:
      e = { kind: 'ref.take', seq, target: a, holder: b, slot: slotOf(log, b, c) };
      break;
    case Kind.Insert:
      e = {
        kind: 'ref.insert',
        seq,
        target: a,
        holder: b,
        slot: log.strings.get(log.auxAt(c)),
        position: log.auxAt(c + 1),
      };
      break;
    case Kind.Drop:
      e = { kind: 'ref.drop', seq, target: a, holder: b, slot: slotOf(log, b, c) };
      break;
    case Kind.Track:
      e = { kind: 'gc.track', seq, id: a };
      break;
    case Kind.Untrack:
      e = { kind: 'gc.untrack', seq, id: a };
      break;
    case Kind.WeakNew:
      e = { kind: 'weakref.new', seq, weakref: a, referent: b };
      break;
    case Kind.WeakClear:
      e = { kind: 'weakref.clear', seq, weakref: a, referent: b };
      break;
    case Kind.WeakCallback:
      e = { kind: 'weakref.callback', seq, weakref: a, byCollector: b !== 0 };
      break;
    case Kind.GcStart:
      e = { kind: 'gc.start', seq, generation: a, automatic: b !== 0 };
      break;
    case Kind.GcUnreachable:
      e = { kind: 'gc.unreachable', seq, ids: Object.freeze(log.auxSlice(c, a)) };
      break;
    case Kind.GcUncollectable:
      e = { kind: 'gc.uncollectable', seq, ids: Object.freeze(log.auxSlice(c, a)) };
      break;
    case Kind.GcPromote:
      e = { kind: 'gc.promote', seq, from: a, to: b, count: c };
      break;
    case Kind.GcResurrect:
      e = { kind: 'gc.resurrect', seq, ids: Object.freeze(log.auxSlice(c, a)) };
      break;
    case Kind.GcClear:
      e = { kind: 'gc.clear', seq, id: a };
      break;
    case Kind.GcSave:
      e = { kind: 'gc.save', seq, id: a };
      break;
    case Kind.GcDone:
      e = { kind: 'gc.done', seq, generation: a, collected: b, uncollectable: c };
      break;
    case Kind.GcConfig:
      e = { kind: 'gc.config', seq, setting: GC_SETTING_NAMES[a] as GcSettingName, value: b };
      break;
    case Kind.RootAdd:
      e = { kind: 'root.add', seq, root: a, name: log.strings.get(b) };
      break;
    case Kind.RootRemove:
      e = { kind: 'root.remove', seq, root: a };
      break;
    case Kind.Line:
      e = { kind: 'program.line', seq, file: log.strings.get(a), line: b };
      break;
    case Kind.Output:
      e = {
        kind: 'program.output',
        seq,
        stream: a === 2 ? 'stderr' : 'stdout',
        text: log.strings.get(b),
      };
      break;
    default:
      throw new InternalError(`event ${i} has unknown kind code ${code} (${KIND_NAMES[code]})`);
  }
  return Object.freeze(e);
}
