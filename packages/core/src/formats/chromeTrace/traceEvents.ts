/**
 * The Chrome Trace Event records heapline writes, one JSON object per record (the "JSON Object
 * Format" of the Trace Event Format document, which Perfetto and chrome://tracing read). Every
 * record of a heapline trace is on process 1; the threads are lanes.
 */
import { jsonText } from './jsonText.js';

/** The virtual clock: event `i` happens at `ts = i` microseconds. */
export const MICROSECONDS_PER_EVENT = 1;

/** Process id of every record. */
export const PID = 1;

/** Thread lanes. */
export const Lane = {
  /** Collections (complete slices). */
  collector: 1,
  /** Frees, finalizers, weakref callbacks (instant events). */
  objects: 2,
  /** Program output (instant events). */
  program: 3,
} as const;

/** A JSON string literal, terminal controls escaped ({@link jsonText}). */
export const str = jsonText;

/** `{"ph":"M"}` naming the process or a thread lane. */
export function metadata(what: 'process_name' | 'thread_name', tid: number, name: string): string {
  return `{"ph":"M","pid":${PID},"tid":${tid},"name":"${what}","args":{"name":${str(name)}}}`;
}

/** `{"ph":"X"}`: a complete slice `[ts, ts + dur)`. */
export function complete(tid: number, name: string, ts: number, dur: number, args: string): string {
  return `{"ph":"X","pid":${PID},"tid":${tid},"name":${str(name)},"cat":"gc","ts":${ts},"dur":${dur},"args":${args}}`;
}

/** `{"ph":"i"}`: an instant event, thread-scoped. */
export function instant(tid: number, name: string, cat: string, ts: number, args: string): string {
  return `{"ph":"i","s":"t","pid":${PID},"tid":${tid},"name":${str(name)},"cat":"${cat}","ts":${ts},"args":${args}}`;
}

/** `{"ph":"C"}`: one sample of a counter; each arg key is a track (`name key` in Perfetto). */
export function counter(name: string, ts: number, args: string): string {
  return `{"ph":"C","pid":${PID},"tid":0,"name":${str(name)},"ts":${ts},"args":${args}}`;
}

/** `{"ph":"b"}` / `{"ph":"e"}`: the start or end of an async slice, matched by `cat` and `id`. */
export function asyncEdge(ph: 'b' | 'e', name: string, id: number, ts: number, args: string): string {
  return `{"ph":"${ph}","pid":${PID},"tid":${Lane.objects},"cat":"lifetime","name":${str(name)},"id":${id},"ts":${ts},"args":${args}}`;
}

/**
 * A counter sampled at most once per `every` events: a change is written at once when the last
 * sample is at least `every` events old, otherwise it waits and is written (with the latest
 * value, at the event that last changed it) as soon as `every` events have passed or
 * {@link CounterTrack.flush} is called (collections and the end of the trace flush, so the
 * values around a collection are exact). Timestamps of one track only grow.
 */
export class CounterTrack {
  private pending = false;
  private pendingTs = 0;
  private lastTs = -Infinity;

  constructor(
    readonly name: string,
    private readonly every: number,
    private readonly args: () => string,
  ) {}

  /** The value changed at event `ts`. */
  changed(ts: number): void {
    this.pending = true;
    this.pendingTs = ts;
  }

  /** After event `ts`: the sample due, if any. */
  tick(ts: number): string | null {
    return this.pending && ts - this.lastTs >= this.every ? this.flush() : null;
  }

  /** The pending sample, if any, now. */
  flush(): string | null {
    if (!this.pending) return null;
    this.pending = false;
    this.lastTs = this.pendingTs;
    return counter(this.name, this.pendingTs * MICROSECONDS_PER_EVENT, this.args());
  }
}
