/**
 * The figures `heapline stats` reports, gathered in one streaming pass over a log: the reader's
 * heap state is read as each event is applied, so memory follows the live heap, not the
 * history.
 */
import { KIND_NAMES, type HeapEvent, type HeapState, type KindName } from '@heapline/core';

/** Allocations attributed to one source line (tracemalloc's `lineno` statistics). */
export interface LineTally {
  /** `file:line`, or `<unknown>` for objects the runtime made without a line. */
  readonly site: string;
  readonly count: number;
  readonly bytes: number;
}

export interface GenerationTally {
  readonly generation: number;
  readonly collections: number;
  readonly collected: number;
  readonly uncollectable: number;
}

/** Everything `heapline stats` prints. */
export interface LogStats {
  readonly events: number;
  readonly byKind: Partial<Record<KindName, number>>;
  readonly objects: { readonly allocated: number; readonly freed: number };
  readonly peak: { readonly bytes: number; readonly event: number };
  readonly collections: readonly GenerationTally[];
  /** Groups of objects that referenced each other, found unreachable by the collector. */
  readonly garbageCycles: { readonly groups: number; readonly objects: number };
  /** Allocations over the whole run, by line, most bytes first. */
  readonly topLines: readonly LineTally[];
  /** Objects still alive after the last event: totals, by line and by type. */
  readonly alive: {
    readonly objects: number;
    readonly bytes: number;
    readonly byLine: readonly LineTally[];
    readonly byType: ReadonlyArray<{ readonly type: string; readonly count: number; readonly bytes: number }>;
  };
}

const siteName = (s: string): string => (s === '' ? '<unknown>' : s);

function top(map: Map<string, { count: number; bytes: number }>, n: number): LineTally[] {
  return [...map]
    .map(([site, t]) => ({ site, count: t.count, bytes: t.bytes }))
    .sort((a, b) => b.bytes - a.bytes || b.count - a.count || (a.site < b.site ? -1 : 1))
    .slice(0, n);
}

/** Gathers {@link LogStats}; feed it each event right after the reader applied it. */
export class StatsCollector {
  private readonly kinds = new Array<number>(KIND_NAMES.length).fill(0);
  private events = 0;
  private allocated = 0;
  private freed = 0;
  private peakBytes = 0;
  private peakEvent = -1;
  private readonly gens = [0, 1, 2].map((generation) => ({ generation, collections: 0, collected: 0, uncollectable: 0 }));
  private groups = 0;
  private groupObjects = 0;
  private readonly lines = new Map<string, { count: number; bytes: number }>();

  constructor(private readonly limit = 10) {}

  /** Takes event `e` into account; `s` is the heap state just after it. */
  add(e: HeapEvent, s: HeapState): void {
    this.events++;
    this.kinds[KIND_NAMES.indexOf(e.kind)]! += 1;
    switch (e.kind) {
      case 'heap.alloc': {
        this.allocated++;
        const site = siteName(e.site);
        const t = this.lines.get(site);
        if (t) {
          t.count++;
          t.bytes += e.size;
        } else this.lines.set(site, { count: 1, bytes: e.size });
        break;
      }
      case 'heap.free':
        this.freed++;
        break;
      case 'gc.done': {
        const g = this.gens[e.generation]!;
        g.collections++;
        g.collected += e.collected;
        g.uncollectable += e.uncollectable;
        break;
      }
      case 'gc.unreachable':
        this.countGroups(s, e.ids);
        break;
      default:
        break;
    }
    if (s.liveBytes > this.peakBytes) {
      this.peakBytes = s.liveBytes;
      this.peakEvent = e.seq;
    }
  }

  /** Connected groups among the unreachable objects (union-find over their references). */
  private countGroups(s: HeapState, ids: readonly number[]): void {
    const index = new Map<number, number>();
    ids.forEach((id, k) => index.set(id, k));
    const parent = ids.map((_, k) => k);
    const find = (k: number): number => {
      while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
      return k;
    };
    ids.forEach((id, k) =>
      s.traverse(id, (t) => {
        const j = index.get(t);
        if (j !== undefined) parent[find(j)] = find(k);
      }),
    );
    const roots = new Set(ids.map((_, k) => find(k)));
    this.groups += roots.size;
    this.groupObjects += ids.length;
  }

  /** The figures, with what is still alive read from the final state. */
  result(s: HeapState): LogStats {
    const byLine = new Map<string, { count: number; bytes: number }>();
    const byType = new Map<string, { count: number; bytes: number }>();
    let objects = 0;
    let bytes = 0;
    for (let id = 1; id <= s.objectCount; id++) {
      if (!s.isAlive(id)) continue;
      const size = s.size[id]!;
      objects++;
      bytes += size;
      for (const [map, key] of [
        [byLine, siteName(s.log.strings.get(s.log.siteOf(id)))],
        [byType, s.log.strings.get(s.type[id]!)],
      ] as const) {
        const t = map.get(key);
        if (t) {
          t.count++;
          t.bytes += size;
        } else map.set(key, { count: 1, bytes: size });
      }
    }
    const byKind: Partial<Record<KindName, number>> = {};
    this.kinds.forEach((n, k) => {
      if (n > 0) byKind[KIND_NAMES[k] as KindName] = n;
    });
    return {
      events: this.events,
      byKind,
      objects: { allocated: this.allocated, freed: this.freed },
      peak: { bytes: this.peakBytes, event: this.peakEvent },
      collections: this.gens.map((g) => ({ ...g })),
      garbageCycles: { groups: this.groups, objects: this.groupObjects },
      topLines: top(this.lines, this.limit),
      alive: {
        objects,
        bytes,
        byLine: top(byLine, this.limit),
        byType: top(byType, this.limit).map((t) => ({ type: t.site, count: t.count, bytes: t.bytes })),
      },
    };
  }
}
