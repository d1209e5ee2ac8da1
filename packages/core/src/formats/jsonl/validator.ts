/**
 * Checks that each event fits the heap the events before it built, by applying it with the
 * engine's own `HeapState.apply` (the same rules `replay` enforces), after a few cheap checks
 * that give the common faults their own error codes: an unknown or already freed object, a
 * reused id, a refcount going below zero.
 */
import { ErrorCode, HeapError } from '../../errors.js';
import { appendEvent } from '../../events/encode.js';
import type { HeapEvent } from '../../events/kinds.js';
import type { EventLog } from '../../log/eventLog.js';
import { HeapState } from '../../state/heapState.js';
import { bad, LogError } from './logError.js';

/** Applies validated events to a heap state over `log`, one line at a time. */
export class EventValidator {
  readonly state: HeapState;

  constructor(readonly log: EventLog) {
    this.state = new HeapState(log);
  }

  private object(line: number, id: number, what: string): void {
    const s = this.state;
    if (id > s.objectCount) bad(ErrorCode.UnknownObject, line, `${what} ${id} is an unknown object (never allocated)`);
    if (!s.isAlive(id)) bad(ErrorCode.FreedObject, line, `${what} ${id} was already freed`);
  }

  private precheck(e: HeapEvent, line: number): void {
    switch (e.kind) {
      case 'heap.alloc': {
        const next = this.state.objectCount + 1;
        if (e.id < next) bad(ErrorCode.LogIdReused, line, `object id ${e.id} is reused (ids are never reused; the next is ${next})`);
        if (e.id > next) bad(ErrorCode.LogIdReused, line, `object id ${e.id} skips ahead (the next is ${next})`);
        return;
      }
      case 'ref.take':
      case 'ref.insert':
      case 'ref.drop':
        this.object(line, e.target, 'target');
        if (e.holder > 0) this.object(line, e.holder, 'holder');
        if (e.kind === 'ref.insert') {
          const slots = this.state.edgesOf(e.holder)?.size ?? 0;
          if (e.position > slots) bad(ErrorCode.CorruptLog, line, `ref.insert position ${e.position} is past the holder's ${slots} slots`);
        }
        if (e.kind === 'ref.drop' && this.state.refcnt[e.target] === 0) {
          bad(ErrorCode.RefcountUnderflow, line, `refcount of object ${e.target} would go below zero`);
        }
        return;
      case 'weakref.new':
      case 'weakref.clear':
        this.object(line, e.weakref, 'weakref');
        this.object(line, e.referent, 'referent');
        return;
      case 'weakref.callback':
        this.object(line, e.weakref, 'weakref');
        return;
      case 'gc.unreachable':
      case 'gc.uncollectable':
      case 'gc.resurrect':
        for (const id of e.ids) this.object(line, id, 'object');
        return;
      case 'heap.resize':
      case 'heap.free':
      case 'heap.finalize':
      case 'heap.defer':
      case 'gc.track':
      case 'gc.untrack':
      case 'gc.clear':
      case 'gc.save':
        this.object(line, e.id, 'object');
        return;
      default:
        return;
    }
  }

  /** Appends `e` (read from `line`) to the log and applies it; throws a {@link LogError}. */
  accept(e: HeapEvent, line: number): void {
    this.precheck(e, line);
    let i: number;
    try {
      i = appendEvent(this.log, e);
    } catch (error) {
      if (error instanceof HeapError) bad(ErrorCode.LogBadField, line, `${e.kind} field 'slot': ${error.message}`);
      throw error;
    }
    try {
      this.state.apply(i);
    } catch (error) {
      if (error instanceof HeapError && !(error instanceof LogError)) {
        bad(error.code, line, `${e.kind}: ${error.message.replace(/^event \d+: /, '')}`);
      }
      throw error;
    }
  }
}
