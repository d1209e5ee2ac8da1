import { CLASS_SLOT_LABEL } from '../log/stringTable.js';
import type { GenStats, HeapState } from './heapState.js';
import { ObjFlag } from './objFlags.js';
import { GcList } from './gcLists.js';


/** One live object in a {@link StateSnapshot}. */
export interface ObjectSnapshot {
  readonly id: number;
  readonly type: string;
  readonly size: number;
  readonly refcount: number;
  readonly tracked: boolean;
  readonly finalized: boolean;
  /** `[slot, target]` in storage order; slot is a position in sequences. */
  readonly refs: ReadonlyArray<readonly [string | number, number]>;
  readonly weakTarget: number;
}

/**
 * A plain, comparable picture of a {@link HeapState}: every live object, every root, the
 * collector's lists in order and its counters. Two states are equal when their snapshots are
 * deeply equal; replay tests compare them.
 */
export interface StateSnapshot {
  readonly events: number;
  readonly objects: readonly ObjectSnapshot[];
  readonly roots: ReadonlyArray<{ readonly id: number; readonly name: string; readonly refs: ReadonlyArray<readonly [string, number]> }>;
  readonly lists: { readonly gen0: readonly number[]; readonly gen1: readonly number[]; readonly gen2: readonly number[]; readonly permanent: readonly number[] };
  readonly count: readonly number[];
  readonly threshold: readonly number[];
  readonly stats: readonly GenStats[];
  readonly enabled: boolean;
  readonly debug: number;
  readonly longLived: readonly [number, number];
  readonly liveObjects: number;
  readonly liveBytes: number;
}

/** Takes a {@link StateSnapshot} of `s`. */
export function stateSnapshot(s: HeapState): StateSnapshot {
  const str = (id: number) => s.log.strings.get(id);
  const objects: ObjectSnapshot[] = [];
  for (let id = 1; id <= s.objectCount; id++) {
    if (!(s.flags[id]! & ObjFlag.Alive)) continue;
    const pairs = s.edges[id]?.pairs() ?? [];
    const refs: Array<readonly [string | number, number]> = s.isSequence(id)
      ? pairs.map(([, t], k) => [k, t] as const)
      : pairs.map(([slot, t]) => [str(slot), t] as const);
    if (s.classOf(id) !== 0) refs.push([CLASS_SLOT_LABEL, s.classOf(id)]);
    objects.push({
      id,
      type: str(s.type[id]!),
      size: s.size[id]!,
      refcount: s.refcnt[id]!,
      tracked: s.isTracked(id),
      finalized: (s.flags[id]! & ObjFlag.Finalized) !== 0,
      refs,
      weakTarget: s.weakTarget.get(id) ?? 0,
    });
  }
  const roots = [...s.roots.entries()]
    .sort(([a], [b]) => b - a)
    .map(([id, r]) => ({ id, name: str(r.name), refs: r.edges.pairs().map(([slot, t]) => [str(slot), t] as const) }));
  return {
    events: s.applied,
    objects,
    roots,
    lists: {
      gen0: s.lists.ids(GcList.Gen0),
      gen1: s.lists.ids(GcList.Gen1),
      gen2: s.lists.ids(GcList.Gen2),
      permanent: s.lists.ids(GcList.Permanent),
    },
    count: [...s.count],
    threshold: [...s.threshold],
    stats: s.stats.map((st) => ({ ...st })),
    enabled: s.enabled,
    debug: s.debug,
    longLived: [s.longLivedTotal, s.longLivedPending],
    liveObjects: s.liveObjects,
    liveBytes: s.liveBytes,
  };
}
