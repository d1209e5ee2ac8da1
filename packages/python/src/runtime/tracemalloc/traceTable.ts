/**
 * The state of `_tracemalloc` (Modules/_tracemalloc.c, 3.11), independent of the interpreter:
 * the live traces keyed by block, the traced and peak totals, and the frame limit.
 *
 * The interpreter reports every block operation of the simulated program (see
 * runtime/sizes for what CPython allocates): `onAlloc`, `onRealloc`, `onFree`, and
 * `onNewReference` when an object is recycled from a freelist. Frames are passed **most recent
 * first** (the order CPython walks the stack and stores raw traces in), with the true stack
 * depth; the table keeps the first `nframe` of them. Frames of functions that have not reached
 * their RESUME instruction (prologue: MAKE_CELL, RETURN_GENERATOR...) must not be included: 3.11
 * skips such "incomplete" frames (see sizes/README.md).
 *
 * Nothing is recorded while not tracing; a free or realloc of a block without a trace (allocated
 * before `start()`) only affects the new block.
 */
import { NFRAME_RANGE_MESSAGE, NOT_TRACING_MESSAGE, tracemallocError } from './errors.js';
import { Snapshot, type RawTrace } from './snapshot.js';
import type { RawFrame } from './traceback.js';

/** `MAX_NFRAME`: the frame limit's maximum, and the cap of `total_nframe`. */
export const MAX_NFRAME = 65535;
/** The default domain of every trace made by the interpreter's allocators. */
export const DEFAULT_DOMAIN = 0;
/** The frame of an allocation made with no Python frame on the stack. */
export const UNKNOWN_FRAME: RawFrame = { filename: '<unknown>', lineno: 0 };

export type BlockKey = number | string;

interface LiveTrace {
  domain: number;
  size: number;
  frames: readonly RawFrame[];
  totalNframe: number;
}

export class TraceTable {
  private tracing = false;
  private maxNframe = 1;
  private readonly traces = new Map<BlockKey, LiveTrace>();
  private current = 0;
  private peak = 0;

  /** `start(nframe=1)`: ValueError outside 1..65535; does nothing (keeps the limit) while tracing. */
  start(nframe = 1): void {
    if (!Number.isInteger(nframe) || nframe < 1 || nframe > MAX_NFRAME) throw tracemallocError('ValueError', NFRAME_RANGE_MESSAGE);
    if (this.tracing) return;
    this.maxNframe = nframe;
    this.tracing = true;
  }

  /** `stop()`: stops tracing and clears every trace (current and peak back to 0). */
  stop(): void {
    if (!this.tracing) return;
    this.tracing = false;
    this.reset();
  }

  isTracing(): boolean {
    return this.tracing;
  }

  /** `get_traceback_limit()`: the frame limit last given to a `start()` that started tracing. */
  getTracebackLimit(): number {
    return this.maxNframe;
  }

  /** `clear_traces()`: forgets every trace, current = peak = 0; nothing when not tracing. */
  clearTraces(): void {
    if (this.tracing) this.reset();
  }

  /** `reset_peak()`: peak = current; nothing when not tracing. */
  resetPeak(): void {
    if (this.tracing) this.peak = this.current;
  }

  /** `get_traced_memory()`: [current, peak], [0, 0] when not tracing. */
  getTracedMemory(): [number, number] {
    return this.tracing ? [this.current, this.peak] : [0, 0];
  }

  /** Number of live traces. */
  get traceCount(): number {
    return this.traces.size;
  }

  /**
   * A block was allocated (malloc/calloc, or realloc of NULL). `frames`: most recent first (at
   * least the first `nframe`); `totalNframe`: the stack depth (defaults to frames.length).
   * An existing trace for the key is replaced.
   */
  onAlloc(key: BlockKey, size: number, frames: readonly RawFrame[], totalNframe = frames.length, domain = DEFAULT_DOMAIN): void {
    if (!this.tracing) return;
    this.addTrace(key, size, frames, totalNframe, domain);
  }

  /**
   * A block was resized (`realloc`): the old block's trace, if any, is removed, and the new
   * block gets a trace with the new size and the *current* traceback — even when the size did
   * not change. `newKey` defaults to `oldKey` (resized in place).
   */
  onRealloc(oldKey: BlockKey, newSize: number, frames: readonly RawFrame[], totalNframe = frames.length, newKey: BlockKey = oldKey, domain = DEFAULT_DOMAIN): void {
    if (!this.tracing) return;
    if (newKey !== oldKey) this.removeTrace(oldKey);
    this.addTrace(newKey, newSize, frames, totalNframe, domain);
  }

  /** A block was freed: its trace, if any, goes away. */
  onFree(key: BlockKey): void {
    if (!this.tracing) return;
    this.removeTrace(key);
  }

  /**
   * `_PyTraceMalloc_NewReference`: an object was (re)initialised in an existing block (every
   * new object, in particular one taken from a freelist): if the block is traced, its traceback
   * becomes the current one; its size does not change.
   */
  onNewReference(key: BlockKey, frames: readonly RawFrame[], totalNframe = frames.length): void {
    if (!this.tracing) return;
    const trace = this.traces.get(key);
    if (trace) {
      trace.frames = this.truncate(frames);
      trace.totalNframe = Math.min(totalNframe, MAX_NFRAME);
    }
  }

  /** The block's traceback, most recent first, as `_get_object_traceback` gives it (null if untraced). */
  getBlockTraceback(key: BlockKey): readonly RawFrame[] | null {
    if (!this.tracing) return null;
    return this.traces.get(key)?.frames ?? null;
  }

  /** The raw traces, in the order the blocks were first traced. */
  rawTraces(): RawTrace[] {
    const out: RawTrace[] = [];
    for (const t of this.traces.values()) out.push({ domain: t.domain, size: t.size, frames: t.frames, totalNframe: t.totalNframe });
    return out;
  }

  /** `take_snapshot()`: RuntimeError when not tracing. */
  takeSnapshot(): Snapshot {
    if (!this.tracing) throw tracemallocError('RuntimeError', NOT_TRACING_MESSAGE);
    return new Snapshot(this.rawTraces(), this.maxNframe);
  }

  private truncate(frames: readonly RawFrame[]): readonly RawFrame[] {
    if (frames.length === 0) return [UNKNOWN_FRAME];
    return frames.length > this.maxNframe ? frames.slice(0, this.maxNframe) : frames;
  }

  private addTrace(key: BlockKey, size: number, frames: readonly RawFrame[], totalNframe: number, domain: number): void {
    const stored = this.truncate(frames);
    const total = frames.length === 0 ? 1 : Math.min(totalNframe, MAX_NFRAME);
    const old = this.traces.get(key);
    if (old) {
      this.current -= old.size;
      old.size = size;
      old.frames = stored;
      old.totalNframe = total;
      old.domain = domain;
    } else {
      this.traces.set(key, { domain, size, frames: stored, totalNframe: total });
    }
    this.current += size;
    if (this.current > this.peak) this.peak = this.current;
  }

  private removeTrace(key: BlockKey): void {
    const old = this.traces.get(key);
    if (!old) return;
    this.traces.delete(key);
    this.current -= old.size;
  }

  private reset(): void {
    this.traces.clear();
    this.current = 0;
    this.peak = 0;
  }
}
