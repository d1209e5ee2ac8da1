import { Kind } from '../../events/kinds.js';
import type { Timeline } from '../timeline.js';

/** An object in a {@link HeapDiff}. */
export interface DiffObject {
  readonly id: number;
  readonly type: string;
  readonly size: number;
}

/** What changed between the states just after two events. */
export interface HeapDiff {
  readonly from: number;
  readonly to: number;
  /** Alive at `to`, not at `from`. */
  readonly born: readonly DiffObject[];
  /** Alive at `from`, not at `to`. */
  readonly died: readonly DiffObject[];
  /** Objects allocated and freed in between (alive at neither end). */
  readonly transient: number;
  /** Objects alive at both ends whose refcount differs. */
  readonly refcounts: ReadonlyArray<{ readonly id: number; readonly type: string; readonly before: number; readonly after: number }>;
  readonly liveObjects: readonly [number, number];
  readonly liveBytes: readonly [number, number];
}

/**
 * The difference between the heap just after event `from` and just after event `to` (either
 * order: with `to` < `from`, born and died swap as they should). Reads the events in between
 * once, so it costs time in proportion to their number.
 */
export function heapDiff(tl: Timeline, from: number, to: number): HeapDiff {
  tl.checkIndex(from);
  tl.checkIndex(to);
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const log = tl.log;
  const net = new Map<number, number>();
  const allocated: number[] = [];
  const freed: number[] = [];
  for (let e = lo + 1; e <= hi; e++) {
    const kind = log.kindAt(e);
    if (kind === Kind.Take || kind === Kind.Insert || kind === Kind.Drop) {
      const a = log.aAt(e);
      net.set(a, (net.get(a) ?? 0) + (kind === Kind.Drop ? -1 : 1));
    } else if (kind === Kind.Alloc) allocated.push(log.aAt(e));
    else if (kind === Kind.Free) freed.push(log.aAt(e));
  }
  const h = tl.history;
  const alive = (id: number, at: number) => h.allocAt[id]! <= at && (h.freeAt[id]! < 0 || h.freeAt[id]! > at);
  const describe = (id: number): DiffObject => ({ id, type: log.strings.get(log.bAt(h.allocAt[id]!)), size: 0 });
  const sLo = tl.seek(lo).state;
  const loObjects = sLo.liveObjects;
  const loBytes = sLo.liveBytes;
  const died = freed.filter((id) => alive(id, lo)).map((id) => ({ ...describe(id), size: sLo.size[id]! }));
  const before = new Map<number, number>();
  for (const [id, d] of net) if (d !== 0 && alive(id, lo) && alive(id, hi)) before.set(id, sLo.refcnt[id]!);
  const sHi = tl.seek(hi).state;
  const born = allocated.filter((id) => alive(id, hi)).map((id) => ({ ...describe(id), size: sHi.size[id]! }));
  const transient = allocated.length - born.length;
  const refcounts = [...before].map(([id, b]) => ({ id, type: describe(id).type, before: b, after: sHi.refcnt[id]! }));
  const forward = from <= to;
  const swap = <T>(a: T, b: T): [T, T] => (forward ? [a, b] : [b, a]);
  const [bornOut, diedOut] = swap(born, died);
  return {
    from,
    to,
    born: bornOut,
    died: diedOut,
    transient,
    refcounts: forward ? refcounts : refcounts.map((r) => ({ ...r, before: r.after, after: r.before })),
    liveObjects: swap(loObjects, sHi.liveObjects),
    liveBytes: swap(loBytes, sHi.liveBytes),
  };
}
