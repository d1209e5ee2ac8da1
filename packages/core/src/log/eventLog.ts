// rxjs by module rather than through its index: the index loads every operator (170 ms of
// `heapline run`'s start-up), and the engine needs three classes.
import type { SchedulerLike } from 'rxjs';
import { Observable } from 'rxjs/internal/Observable';
import { Subject } from 'rxjs/internal/Subject';
import { asapScheduler } from 'rxjs/internal/scheduler/asap';
import { fail, ErrorCode } from '../errors.js';
import { AllocFlag, Kind, KIND_COUNT, type HeapEvent } from '../events/kinds.js';
import { decodeEvent } from '../events/decode.js';
import { CHUNK_BITS, CHUNK_MASK, ChunkedColumn, GrowableInt32 } from './columns.js';
import { StringTable } from './stringTable.js';

/** Options of an {@link EventLog}. */
export interface EventLogOptions {
  /** Where batches of appended events are delivered; default rxjs `asapScheduler`. */
  readonly scheduler?: SchedulerLike;
  /** Largest batch delivered at once; default 65,536 events. */
  readonly maxBatch?: number;
}

/** A run of consecutive events delivered by {@link EventLog.batches$}: `[from, to)`. */
export class EventBatch {
  private decoded: readonly HeapEvent[] | undefined;
  constructor(
    private readonly log: EventLog,
    readonly from: number,
    readonly to: number,
  ) {}
  get size(): number {
    return this.to - this.from;
  }
  /** The events of the batch, decoded on first access. */
  get events(): readonly HeapEvent[] {
    if (!this.decoded) {
      const out: HeapEvent[] = [];
      for (let i = this.from; i < this.to; i++) out.push(this.log.get(i));
      this.decoded = Object.freeze(out);
    }
    return this.decoded;
  }
}

/** Bytes held by a log, split by part. */
export interface LogStorage {
  readonly events: number;
  readonly eventBytes: number;
  readonly objectBytes: number;
  readonly auxBytes: number;
  readonly stringBytes: number;
  /** Sum of the parts counted for used entries only. */
  readonly usedBytes: number;
  /** Bytes actually allocated (chunks and spare capacity included). */
  readonly allocatedBytes: number;
}

/**
 * The append-only event log, stored columnar: one byte of kind and three 32-bit operands per
 * event (13 bytes), an object table (allocation site and flags, 8 bytes per object), an
 * auxiliary word pool for the few kinds that carry lists, and a string table. Event `i` is read
 * back in O(1) as a frozen object; nothing can change an appended event.
 *
 * @example
 * const heap = new Heap();
 * heap.log.batches$.subscribe((batch) => console.log(batch.events));
 */
export class EventLog {
  readonly strings = new StringTable();
  private readonly kinds = new ChunkedColumn(Uint8Array);
  private readonly as = new ChunkedColumn(Int32Array);
  private readonly bs = new ChunkedColumn(Int32Array);
  private readonly cs = new ChunkedColumn(Int32Array);
  private readonly aux = new GrowableInt32(1024);
  private readonly objSite = new GrowableInt32(1024);
  private readonly objFlags = new GrowableInt32(1024);
  private count = 0;

  private readonly subject = new Subject<EventBatch>();
  private delivered = 0;
  private scheduled = false;
  private readonly scheduler: SchedulerLike;
  private readonly maxBatch: number;

  /**
   * Batches of appended events, delivered on the log's scheduler (so a million appends do not
   * mean a million notifications). A batch covers the events appended since the previous one.
   */
  readonly batches$: Observable<EventBatch> = this.subject.asObservable();

  constructor(options: EventLogOptions = {}) {
    this.scheduler = options.scheduler ?? asapScheduler;
    this.maxBatch = options.maxBatch ?? 65536;
    this.objSite.push(0); // object ids start at 1
    this.objFlags.push(0);
  }

  /** Number of events. */
  get length(): number {
    return this.count;
  }

  /** Number of objects allocated (ids run from 1 to this). */
  get objectCount(): number {
    return this.objSite.length - 1;
  }

  // ---- appending (engine-internal; the Heap is the only writer) ----

  /** Appends one event and returns its sequence number. */
  append(kind: number, a: number, b: number, c: number): number {
    const i = this.count;
    const off = i & CHUNK_MASK;
    if (off === 0) {
      this.kinds.ensure(i);
      this.as.ensure(i);
      this.bs.ensure(i);
      this.cs.ensure(i);
    }
    const chunk = i >>> CHUNK_BITS;
    (this.kinds.chunks[chunk] as Uint8Array)[off] = kind;
    (this.as.chunks[chunk] as Int32Array)[off] = a;
    (this.bs.chunks[chunk] as Int32Array)[off] = b;
    (this.cs.chunks[chunk] as Int32Array)[off] = c;
    this.count = i + 1;
    if (!this.scheduled && this.subject.observed) this.schedule();
    return i;
  }

  /** Appends a `heap.alloc`: the object's id must be the next one. */
  appendAlloc(id: number, type: number, size: number, site: number, flags: number): number {
    if (id !== this.objSite.length) fail(ErrorCode.CorruptLog, `object id ${id} out of order`);
    this.objSite.push(site);
    this.objFlags.push(flags);
    return this.append(Kind.Alloc, id, type, size);
  }

  /**
   * Makes room for `n` more events in one go (the collector does this before clearing a large
   * garbage set: growing chunk by chunk while appending costs more).
   */
  reserve(n: number): void {
    const last = this.count + n - 1;
    if (n <= 0) return;
    this.kinds.ensure(last);
    this.as.ensure(last);
    this.bs.ensure(last);
    this.cs.ensure(last);
  }

  /** Appends an event whose `c` operand points at `words` in the auxiliary pool. */
  appendWithAux(kind: number, a: number, b: number, words: ArrayLike<number>): number {
    const at = this.aux.reserve(words.length);
    this.aux.data.set(words, at);
    return this.append(kind, a, b, at);
  }

  // ---- reading ----

  /** Kind code of event `i`. */
  kindAt(i: number): number {
    return (this.kinds.chunks[i >>> CHUNK_BITS] as Uint8Array)[i & CHUNK_MASK] as number;
  }
  aAt(i: number): number {
    return (this.as.chunks[i >>> CHUNK_BITS] as Int32Array)[i & CHUNK_MASK] as number;
  }
  bAt(i: number): number {
    return (this.bs.chunks[i >>> CHUNK_BITS] as Int32Array)[i & CHUNK_MASK] as number;
  }
  cAt(i: number): number {
    return (this.cs.chunks[i >>> CHUNK_BITS] as Int32Array)[i & CHUNK_MASK] as number;
  }
  /** Word `i` of the auxiliary pool. */
  auxAt(i: number): number {
    return this.aux.get(i);
  }
  /** A copy of `n` auxiliary words from offset `at`. */
  auxSlice(at: number, n: number): number[] {
    return Array.from(this.aux.data.subarray(at, at + n));
  }
  /** Allocation site (string id) of object `id`. */
  siteOf(id: number): number {
    return this.objSite.get(id);
  }
  /** Allocation flags ({@link AllocFlag}) of object `id`. */
  flagsOf(id: number): number {
    return this.objFlags.data[id] as number;
  }
  /** Whether the holder `h` is a sequence (its slots are positions). */
  isSequenceHolder(h: number): boolean {
    return h > 0 && (this.objFlags.get(h) & AllocFlag.Sequence) !== 0;
  }

  /** Event `i` as a frozen object. */
  get(i: number): HeapEvent {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) {
      fail(ErrorCode.IndexOutOfRange, `event ${i} is out of range (log has ${this.count} events)`);
    }
    return decodeEvent(this, i);
  }

  /** Iterates over the events `[from, to)`. */
  *events(from = 0, to = this.count): IterableIterator<HeapEvent> {
    for (let i = from; i < to; i++) yield decodeEvent(this, i);
  }

  /** Counts events by kind code (index = code). */
  countByKind(): number[] {
    const counts = new Array<number>(KIND_COUNT).fill(0);
    for (let c = 0; c < this.kinds.chunks.length; c++) {
      const chunk = this.kinds.chunks[c] as Uint8Array;
      const n = Math.min(chunk.length, this.count - (c << CHUNK_BITS));
      for (let j = 0; j < n; j++) counts[chunk[j] as number]! += 1;
    }
    return counts;
  }

  /** Bytes held by the log. */
  storage(): LogStorage {
    const eventBytes = this.count * 13;
    const objectBytes = this.objSite.length * 8;
    const auxBytes = this.aux.length * 4;
    const stringBytes = this.strings.byteSize();
    const allocatedBytes =
      this.kinds.capacityBytes() +
      this.as.capacityBytes() * 3 +
      (this.objSite.data.byteLength + this.objFlags.data.byteLength) +
      this.aux.data.byteLength +
      stringBytes;
    return {
      events: this.count,
      eventBytes,
      objectBytes,
      auxBytes,
      stringBytes,
      usedBytes: eventBytes + objectBytes + auxBytes + stringBytes,
      allocatedBytes,
    };
  }

  /** Delivers every pending event to `batches$` now. */
  flush(): void {
    this.scheduled = false;
    while (this.delivered < this.count) {
      const to = Math.min(this.count, this.delivered + this.maxBatch);
      const batch = new EventBatch(this, this.delivered, to);
      this.delivered = to;
      this.subject.next(batch);
    }
  }

  private schedule(): void {
    this.scheduled = true;
    this.scheduler.schedule(() => this.flush());
  }
}
