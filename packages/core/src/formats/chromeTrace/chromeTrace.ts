import { ErrorCode, fail } from '../../errors.js';
import type { HeapEvent } from '../../events/kinds.js';
import { LiveCounters } from './liveCounters.js';
import { asyncEdge, complete, CounterTrack, instant, Lane, metadata, MICROSECONDS_PER_EVENT, str } from './traceEvents.js';

/** Receives the text of an export, in order. */
export type TextSink = (chunk: string) => void;

/** Options of {@link ChromeTraceExport}. */
export interface ChromeTraceOptions {
  /** Shown as the process name in Perfetto (e.g. the script's file name); default 'heapline'. */
  readonly title?: string;
  /** Objects whose lifetime is drawn as an async slice (the first ones allocated); default 10,000. */
  readonly lifetimes?: number;
  /** Instant events (frees, finalizers, weakref callbacks, output) written at most; default 1,000,000. */
  readonly instants?: number;
  /** A counter is sampled at most once per this many events (exact around collections); default 10. */
  readonly sampleEvery?: number;
  /** Characters buffered before a chunk goes to the sink; default 65,536. */
  readonly chunkChars?: number;
}

/** What a finished trace left out because of its bounds. */
export interface ChromeTraceSummary {
  readonly events: number;
  readonly droppedLifetimes: number;
  readonly droppedInstants: number;
}

function bound(name: string, v: number | undefined, fallback: number, min: number): number {
  const n = v ?? fallback;
  if (!Number.isSafeInteger(n) || n < min) fail(ErrorCode.InvalidArgument, `${name} must be an integer >= ${min}, not ${n}`);
  return n;
}

/**
 * Writes a stream of events as Chrome Trace Event JSON for Perfetto (ui.perfetto.dev) and
 * chrome://tracing, on a virtual clock of one microsecond per event (event `i` at `ts = i`):
 * counter tracks `live bytes`, `live objects` and `gc.get_count() gen0..gen2`; a complete slice
 * per collection (generation, automatic, unreachable, collected, uncollectable in args); instant
 * events for frees, finalizers and weakref callbacks; async slices for the lifetimes of the first
 * `lifetimes` objects; every record carries its event index in `args.event`. Memory holds the
 * live heap's sizes and the open lifetimes, never the events: a log of any length streams through.
 *
 * @example
 * let json = '';
 * const trace = new ChromeTraceExport((chunk) => (json += chunk), { title: 'seed.py' });
 * for (const e of heap.log.events()) trace.push(e);
 * trace.end();
 */
export class ChromeTraceExport {
  private readonly live = new LiveCounters();
  private readonly liveTrack: CounterTrack;
  private readonly countTrack: CounterTrack;
  private readonly lifetimes: number;
  private readonly instants: number;
  private readonly chunkChars: number;
  private readonly open = new Set<number>();
  private started = 0;
  private written = 0;
  private droppedLifetimes = 0;
  private droppedInstants = 0;
  private gc: { seq: number; generation: number; automatic: boolean; unreachable: number } | null = null;
  private buf = '';
  private first = true;
  private next = 0;
  private ended = false;

  constructor(
    private readonly sink: TextSink,
    options: ChromeTraceOptions = {},
  ) {
    this.lifetimes = bound('lifetimes', options.lifetimes, 10_000, 0);
    this.instants = bound('instants', options.instants, 1_000_000, 0);
    this.chunkChars = bound('chunkChars', options.chunkChars, 1 << 16, 1);
    const every = bound('sampleEvery', options.sampleEvery, 10, 1);
    const l = this.live;
    this.liveTrack = new CounterTrack('live', every, () => `{"bytes":${l.bytes},"objects":${l.objects}}`);
    this.countTrack = new CounterTrack('gc.get_count()', every, () => `{"gen0":${l.count[0]},"gen1":${l.count[1]},"gen2":${l.count[2]}}`);
    this.buf = '{"traceEvents":[\n';
    this.record(metadata('process_name', 0, `heapline: ${options.title ?? 'heapline'}`));
    this.record(metadata('thread_name', Lane.collector, 'collector'));
    this.record(metadata('thread_name', Lane.objects, 'objects'));
    this.record(metadata('thread_name', Lane.program, 'program'));
  }

  /** Adds the next event (in log order, from 0). */
  push(e: HeapEvent): void {
    if (this.ended) fail(ErrorCode.InvalidArgument, 'the trace has already ended');
    if (e.seq !== this.next) fail(ErrorCode.InvalidArgument, `event ${e.seq} pushed out of order (expected ${this.next})`);
    this.next++;
    const ts = e.seq * MICROSECONDS_PER_EVENT;
    const at = `"event":${e.seq}`;
    switch (e.kind) {
      case 'heap.alloc':
        if (this.started < this.lifetimes) {
          this.started++;
          this.open.add(e.id);
          this.record(asyncEdge('b', e.type, e.id, ts, `{"id":${e.id},"type":${str(e.type)},"size":${e.size},"site":${str(e.site)},${at}}`));
        } else this.droppedLifetimes++;
        break;
      case 'heap.free': {
        const type = this.live.typeOf(e.id);
        this.point(`free ${type}`, 'free', ts, `{"id":${e.id},"type":${str(type)},"size":${this.live.sizeOf(e.id)},${at}}`);
        if (this.open.delete(e.id)) this.record(asyncEdge('e', type, e.id, ts, `{${at}}`));
        break;
      }
      case 'heap.finalize':
        this.point(`__del__ ${this.live.typeOf(e.id)}`, 'finalizer', ts, `{"id":${e.id},"type":${str(this.live.typeOf(e.id))},${at}}`);
        break;
      case 'weakref.callback':
        this.point('weakref callback', 'finalizer', ts, `{"weakref":${e.weakref},"by_collector":${e.byCollector},${at}}`);
        break;
      case 'program.output':
        this.point(e.stream, 'output', ts, `{"text":${str(e.text)},${at}}`, Lane.program);
        break;
      case 'gc.start':
        this.flushCounters();
        this.gc = { seq: e.seq, generation: e.generation, automatic: e.automatic, unreachable: 0 };
        break;
      case 'gc.unreachable':
        if (this.gc) this.gc.unreachable += e.ids.length;
        break;
      case 'gc.done':
        this.collection(e.seq, `{"generation":${e.generation},"automatic":${this.gc?.automatic ?? false},"unreachable":${this.gc?.unreachable ?? 0},"collected":${e.collected},"uncollectable":${e.uncollectable},"event":${this.gc?.seq ?? e.seq},"end_event":${e.seq}}`);
        break;
      default:
        break;
    }
    const changed = this.live.apply(e);
    if (changed & 1) this.liveTrack.changed(e.seq);
    if (changed & 2) this.countTrack.changed(e.seq);
    if (e.kind === 'gc.start' || e.kind === 'gc.done') this.flushCounters();
    else {
      this.sample(this.liveTrack.tick(e.seq));
      this.sample(this.countTrack.tick(e.seq));
    }
  }

  /** Closes what is still open (lifetimes of live objects, a collection cut short) and the JSON. */
  end(): ChromeTraceSummary {
    if (!this.ended) {
      this.ended = true;
      const ts = this.next * MICROSECONDS_PER_EVENT;
      this.flushCounters();
      if (this.gc) this.collection(this.next, `{"generation":${this.gc.generation},"automatic":${this.gc.automatic},"unreachable":${this.gc.unreachable},"unfinished":true,"event":${this.gc.seq}}`);
      for (const id of [...this.open].sort((a, b) => a - b)) this.record(asyncEdge('e', this.live.typeOf(id), id, ts, `{"alive_at_end":true}`));
      this.open.clear();
      const other = `{"clock":"1 us = 1 event","events":${this.next},"dropped_lifetimes":${this.droppedLifetimes},"dropped_instants":${this.droppedInstants}}`;
      this.buf += `\n],"otherData":${other}}\n`;
      this.sink(this.buf);
      this.buf = '';
    }
    return { events: this.next, droppedLifetimes: this.droppedLifetimes, droppedInstants: this.droppedInstants };
  }

  private collection(endSeq: number, args: string): void {
    const g = this.gc;
    if (!g) return;
    this.gc = null;
    const ts = g.seq * MICROSECONDS_PER_EVENT;
    this.record(complete(Lane.collector, `collect gen${g.generation}`, ts, Math.max(1, (endSeq - g.seq) * MICROSECONDS_PER_EVENT), args));
  }

  private point(name: string, cat: string, ts: number, args: string, tid: number = Lane.objects): void {
    if (this.written >= this.instants) {
      this.droppedInstants++;
      return;
    }
    this.written++;
    this.record(instant(tid, name, cat, ts, args));
  }

  private flushCounters(): void {
    this.sample(this.liveTrack.flush());
    this.sample(this.countTrack.flush());
  }

  private sample(rec: string | null): void {
    if (rec !== null) this.record(rec);
  }

  private record(rec: string): void {
    this.buf += this.first ? rec : `,\n${rec}`;
    this.first = false;
    if (this.buf.length >= this.chunkChars) {
      this.sink(this.buf);
      this.buf = '';
    }
  }
}

/** Exports `events` (in log order) as Chrome Trace Event JSON through `sink`. */
export function exportChromeTrace(events: Iterable<HeapEvent>, sink: TextSink, options: ChromeTraceOptions = {}): ChromeTraceSummary {
  const t = new ChromeTraceExport(sink, options);
  for (const e of events) t.push(e);
  return t.end();
}
