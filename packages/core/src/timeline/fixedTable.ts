/**
 * The per-object and per-list-node part of a delta: for each entry that changed, its id and its
 * fields at the start and at the end. Most entries are births (an object allocated in the span,
 * a node first linked), whose start is the pristine record: those store no start at all, their
 * id stored as `~id` (ids start at 0: list heads are nodes 0 to 7). Packed once; read in order.
 */
export class FixedTable {
  constructor(
    /** Entry ids; negative (`~id`): the start is {@link FixedTable.pristine}. */
    readonly ids: Int32Array,
    /** Start fields of the non-pristine entries, in entry order. */
    readonly starts: Int32Array,
    /** End fields of every entry. */
    readonly ends: Int32Array,
    readonly width: number,
    /** The fields of a record never written. */
    readonly pristine: readonly number[],
  ) {}

  get length(): number {
    return this.ids.length;
  }

  get bytes(): number {
    return 3 * 64 + (this.ids.length + this.starts.length + this.ends.length) * 4;
  }

  private max = -2;

  /** Largest id in the table (-1 if empty). */
  maxId(): number {
    if (this.max !== -2) return this.max;
    let m = -1;
    for (let k = 0; k < this.ids.length; k++) {
      const raw = this.ids[k]!;
      const id = raw < 0 ? ~raw : raw;
      if (id > m) m = id;
    }
    this.max = m;
    return m;
  }

  /**
   * Calls `write(id, src, at)` for each entry with its end (`forward`) or start fields at
   * `src[at]`. Callers pass a monomorphic `write` that stores straight into typed arrays.
   */
  forEach(forward: boolean, write: (id: number, src: ArrayLike<number>, at: number) => void): void {
    const w = this.width;
    const ids = this.ids;
    const ends = this.ends;
    const starts = this.starts;
    const pristine = this.pristine;
    let s = 0;
    for (let k = 0; k < ids.length; k++) {
      const raw = ids[k]!;
      if (forward) write(raw < 0 ? ~raw : raw, ends, k * w);
      else if (raw < 0) write(~raw, pristine, 0);
      else {
        write(raw, starts, s);
        s += w;
      }
    }
  }

  /** Unpacked copies: `[ids, starts, ends]` with every start present. */
  unpack(): [number[], number[], number[]] {
    const ids: number[] = [];
    const starts: number[] = [];
    const w = this.width;
    let s = 0;
    for (let k = 0; k < this.ids.length; k++) {
      const raw = this.ids[k]!;
      ids.push(raw < 0 ? ~raw : raw);
      for (let f = 0; f < w; f++) starts.push(raw < 0 ? this.pristine[f]! : this.starts[s + f]!);
      if (raw >= 0) s += w;
    }
    return [ids, starts, Array.from(this.ends)];
  }

  /** Packs unpacked entries (each start present). */
  static pack(ids: ArrayLike<number>, starts: ArrayLike<number>, ends: ArrayLike<number>, width: number, pristine: readonly number[]): FixedTable {
    const out = new TableWriter(width, pristine, ids.length);
    for (let k = 0; k < ids.length; k++) out.push(ids[k]!, starts, k * width, ends, k * width);
    return out.build();
  }

  /**
   * The entries over this table's span followed by `b`'s: each starts where it first appears
   * and ends where it last appears; `keep(id, start, sa, end, ea)` says whether an entry whose
   * start and end differ stays. Linear in the two tables (ids are dense: a scratch array indexed
   * by id finds `b`'s entries).
   */
  static merge(a: FixedTable, b: FixedTable, keep: (id: number, start: ArrayLike<number>, sa: number, end: ArrayLike<number>, ea: number) => boolean): FixedTable {
    const w = a.width;
    const pristine = a.pristine;
    const out = new TableWriter(w, pristine, a.length + b.length);
    const pos = scratch(Math.max(a.maxId(), b.maxId()) + 1);
    for (let k = 0; k < b.ids.length; k++) {
      const raw = b.ids[k]!;
      pos[raw < 0 ? ~raw : raw] = k + 1;
    }
    let s = 0;
    for (let k = 0; k < a.ids.length; k++) {
      const raw = a.ids[k]!;
      const id = raw < 0 ? ~raw : raw;
      const start: ArrayLike<number> = raw < 0 ? pristine : a.starts;
      const sa = raw < 0 ? 0 : s;
      if (raw >= 0) s += w;
      const kb = pos[id]! - 1;
      if (kb < 0) out.push(id, start, sa, a.ends, k * w);
      else {
        pos[id] = 0;
        if (!same(start, sa, b.ends, kb * w, w) && keep(id, start, sa, b.ends, kb * w)) out.push(id, start, sa, b.ends, kb * w);
      }
    }
    s = 0;
    for (let k = 0; k < b.ids.length; k++) {
      const raw = b.ids[k]!;
      const id = raw < 0 ? ~raw : raw;
      const start: ArrayLike<number> = raw < 0 ? pristine : b.starts;
      const sa = raw < 0 ? 0 : s;
      if (raw >= 0) s += w;
      if (pos[id] !== 0) {
        pos[id] = 0;
        out.push(id, start, sa, b.ends, k * w);
      }
    }
    return out.build();
  }
}

function same(x: ArrayLike<number>, xa: number, y: ArrayLike<number>, ya: number, w: number): boolean {
  for (let f = 0; f < w; f++) if (x[xa + f] !== y[ya + f]) return false;
  return true;
}

/** A zeroed scratch array of at least `n` entries (callers leave it zeroed). */
let scratchArray = new Int32Array(1024);
function scratch(n: number): Int32Array {
  if (scratchArray.length < n) {
    let cap = scratchArray.length;
    while (cap < n) cap *= 2;
    scratchArray = new Int32Array(cap);
  }
  return scratchArray;
}

/** Appends entries and packs them into a {@link FixedTable}. */
class TableWriter {
  private ids: Int32Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;
  private ns = 0;

  constructor(
    private readonly width: number,
    private readonly pristine: readonly number[],
    capacity: number,
  ) {
    this.ids = new Int32Array(capacity);
    this.starts = new Int32Array(capacity * width);
    this.ends = new Int32Array(capacity * width);
  }

  push(id: number, start: ArrayLike<number>, sa: number, end: ArrayLike<number>, ea: number): void {
    const w = this.width;
    const isPristine = same(start, sa, this.pristine, 0, w);
    this.ids[this.n] = isPristine ? ~id : id;
    for (let f = 0; f < w; f++) this.ends[this.n * w + f] = end[ea + f]!;
    if (!isPristine) {
      for (let f = 0; f < w; f++) this.starts[this.ns + f] = start[sa + f]!;
      this.ns += w;
    }
    this.n++;
  }

  build(): FixedTable {
    return new FixedTable(this.ids.slice(0, this.n), this.starts.slice(0, this.ns), this.ends.slice(0, this.n * this.width), this.width, this.pristine);
  }
}
