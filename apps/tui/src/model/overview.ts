import { Kind, type EventLog } from '@heapline/core';

/** One column of the timeline overview. */
export interface OverviewColumn {
  /** Events `[from, to)` the column covers (empty when the log is shorter than the width). */
  readonly from: number;
  readonly to: number;
  /** Allocations in the column. */
  readonly allocs: number;
  /** Live bytes at the column's last event. */
  readonly liveBytes: number;
  /** Oldest generation collected in the column, or -1. */
  readonly collection: number;
}

/** Buckets of the whole history at a fixed resolution, downsampled to any width on demand. */
export class Overview {
  /** Number of fine buckets (at most {@link Overview.RESOLUTION}, at most one per event). */
  readonly buckets: number;
  private readonly allocs: Float64Array;
  private readonly live: Float64Array;
  private readonly gen: Int8Array;
  static readonly RESOLUTION = 4096;

  /**
   * One pass over the log's columns: allocations, live bytes (sizes kept per object id, so a
   * free or resize knows what it takes away) and collections per bucket.
   */
  constructor(readonly log: EventLog) {
    const n = log.length;
    const b = Math.max(1, Math.min(Overview.RESOLUTION, n));
    this.buckets = b;
    this.allocs = new Float64Array(b);
    this.live = new Float64Array(b);
    this.gen = new Int8Array(b).fill(-1);
    const size = new Int32Array(log.objectCount + 1);
    let live = 0;
    for (let k = 0; k < b; k++) {
      const to = this.bucketStart(k + 1);
      for (let i = this.bucketStart(k); i < to; i++) {
        const kind = log.kindAt(i);
        if (kind === Kind.Alloc) {
          const c = log.cAt(i);
          size[log.aAt(i)] = c;
          live += c;
          this.allocs[k]! += 1;
        } else if (kind === Kind.Free) live -= size[log.aAt(i)]!;
        else if (kind === Kind.Resize) {
          const id = log.aAt(i);
          live += log.cAt(i) - size[id]!;
          size[id] = log.cAt(i);
        } else if (kind === Kind.GcStart) this.gen[k] = Math.max(this.gen[k]!, log.aAt(i));
      }
      this.live[k] = live;
    }
  }

  /** First event of fine bucket `k`. */
  private bucketStart(k: number): number {
    return Math.floor((k * this.log.length) / this.buckets);
  }

  /** The history compressed to `width` columns. */
  columns(width: number): OverviewColumn[] {
    const n = this.log.length;
    const out: OverviewColumn[] = [];
    for (let c = 0; c < width; c++) {
      const from = Math.floor((c * n) / width);
      const to = Math.floor(((c + 1) * n) / width);
      // Fine buckets whose first event falls in [from, to).
      const b0 = Math.ceil((from * this.buckets) / Math.max(1, n));
      const b1 = Math.ceil((to * this.buckets) / Math.max(1, n));
      let allocs = 0;
      let collection = -1;
      for (let k = b0; k < b1 && k < this.buckets; k++) {
        allocs += this.allocs[k]!;
        collection = Math.max(collection, this.gen[k]!);
      }
      const last = Math.min(this.buckets - 1, Math.max(0, b1 - 1));
      out.push({ from, to, allocs, liveBytes: to > from ? this.live[last]! : 0, collection });
    }
    return out;
  }

  /** The column of `width` that event `i` falls in. */
  static columnOf(i: number, total: number, width: number): number {
    if (total <= 0) return 0;
    return Math.min(width - 1, Math.floor((i * width) / total));
  }
}
