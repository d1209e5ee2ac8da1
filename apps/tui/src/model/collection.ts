import { INTERPRETER_ROOT, Kind, type EventLog, type HeapState } from '@heapline/core';
import type { EventIndex } from './eventIndex.js';

/** How many ids of each set a collection keeps for display (counts are always exact). */
const KEEP = 12;

/** One collection, read from its events. */
export interface CollectionDetail {
  /** `gc.start` and `gc.done` events (-1: the log ends inside the collection). */
  readonly start: number;
  readonly end: number;
  readonly generation: number;
  readonly automatic: boolean;
  readonly unreachable: { readonly count: number; readonly ids: readonly number[] };
  readonly finalized: { readonly count: number; readonly ids: readonly number[] };
  readonly resurrected: { readonly count: number; readonly ids: readonly number[] };
  readonly freed: { readonly count: number; readonly ids: readonly number[] };
  readonly collected: number;
  readonly uncollectable: number;
}

function add(set: { count: number; ids: number[] }, id: number): void {
  set.count++;
  if (set.ids.length < KEEP) set.ids.push(id);
}

/** Reads the collection starting at event `start` (one pass over its events). */
export function readCollection(log: EventLog, index: EventIndex, start: number): CollectionDetail {
  const end = index.endOf(start);
  const stop = end < 0 ? log.length - 1 : end;
  const unreachable = { count: 0, ids: [] as number[] };
  const finalized = { count: 0, ids: [] as number[] };
  const resurrected = { count: 0, ids: [] as number[] };
  const freed = { count: 0, ids: [] as number[] };
  for (let e = start + 1; e <= stop; e++) {
    const k = log.kindAt(e);
    if (k === Kind.GcUnreachable || k === Kind.GcResurrect) {
      const n = log.aAt(e);
      const at = log.cAt(e);
      for (let j = 0; j < n; j++) add(k === Kind.GcUnreachable ? unreachable : resurrected, log.auxAt(at + j));
    } else if (k === Kind.Finalize) add(finalized, log.aAt(e));
    else if (k === Kind.Free) add(freed, log.aAt(e));
  }
  return {
    start,
    end,
    generation: log.aAt(start),
    automatic: log.bAt(start) === 1,
    unreachable,
    finalized,
    resurrected,
    freed,
    collected: end < 0 ? 0 : log.bAt(end),
    uncollectable: end < 0 ? 0 : log.cAt(end),
  };
}

/** The objects in gc.garbage at the state, in order (the interpreter root's `gc.garbage` list). */
export function garbageOf(s: HeapState): number[] {
  const root = s.roots.get(INTERPRETER_ROOT);
  if (!root) return [];
  const e = root.edges.e;
  for (let k = 0; k < e.length; k += 2) {
    if (e[k + 1] !== 0 && s.log.strings.get(e[k]!) === 'gc.garbage') {
      const list = s.edgesOf(e[k + 1]!)?.e ?? [];
      const out: number[] = [];
      for (let j = 1; j < list.length; j += 2) if (list[j] !== 0) out.push(list[j]!);
      return out;
    }
  }
  return [];
}
