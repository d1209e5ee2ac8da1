/**
 * `tracemalloc.Snapshot`, `Trace`, `Statistic`, `StatisticDiff`, `Filter` and `DomainFilter`
 * (Lib/tracemalloc.py, 3.11), with CPython's grouping, sorting and text formats.
 */
import { pyStrRepr } from '../text/index.js';
import { tracemallocError } from './errors.js';
import { fnmatch, normalizeFilename } from './fnmatch.js';
import { formatSize } from './formatSize.js';
import { Traceback, frameKey, type RawFrame } from './traceback.js';

/** A raw trace, as `_tracemalloc._get_traces()` returns it: frames most recent first. */
export interface RawTrace {
  readonly domain: number;
  readonly size: number;
  readonly frames: readonly RawFrame[];
  readonly totalNframe: number;
}

export type KeyType = 'traceback' | 'filename' | 'lineno';

const reprKeyType = pyStrRepr;

export class Trace {
  constructor(readonly raw: RawTrace) {}

  get domain(): number {
    return this.raw.domain;
  }

  get size(): number {
    return this.raw.size;
  }

  get traceback(): Traceback {
    return new Traceback(this.raw.frames, this.raw.totalNframe);
  }

  /** `"{traceback}: {size}"`, e.g. `a.py:3: 56 B`. */
  toString(): string {
    return `${this.traceback.toString()}: ${formatSize(this.size, false)}`;
  }

  /** `<Trace domain=0 size=56 B, traceback=<Traceback (...) total_nframe=2>>`. */
  repr(): string {
    return `<Trace domain=${this.domain} size=${formatSize(this.size, false)}, traceback=${this.traceback.repr()}>`;
  }
}

export class Statistic {
  constructor(
    readonly traceback: Traceback,
    public size: number,
    public count: number,
  ) {}

  /** `"{tb}: size={size}, count={count}"` + `", average={size/count}"` when count is not 0. */
  toString(): string {
    let text = `${this.traceback.toString()}: size=${formatSize(this.size, false)}, count=${this.count}`;
    if (this.count) text += `, average=${formatSize(this.size / this.count, false)}`;
    return text;
  }

  /** `<Statistic traceback=... size=N count=N>`. */
  repr(): string {
    return `<Statistic traceback=${this.traceback.repr()} size=${this.size} count=${this.count}>`;
  }
}

function signed(n: number): string {
  return n < 0 ? `${n}` : `+${n}`;
}

export class StatisticDiff {
  constructor(
    readonly traceback: Traceback,
    readonly size: number,
    readonly sizeDiff: number,
    readonly count: number,
    readonly countDiff: number,
  ) {}

  /** `"{tb}: size={size} ({size_diff:+}), count={count} ({count_diff:+d})"` + average when count ≠ 0. */
  toString(): string {
    let text =
      `${this.traceback.toString()}: size=${formatSize(this.size, false)} (${formatSize(this.sizeDiff, true)}), ` +
      `count=${this.count} (${signed(this.countDiff)})`;
    if (this.count) text += `, average=${formatSize(this.size / this.count, false)}`;
    return text;
  }

  /** `<StatisticDiff traceback=... size=N (+N) count=N (+N)>`. */
  repr(): string {
    return `<StatisticDiff traceback=${this.traceback.repr()} size=${this.size} (${signed(this.sizeDiff)}) count=${this.count} (${signed(this.countDiff)})>`;
  }
}

/** A filter of `Snapshot.filter_traces`. */
export interface TraceFilter {
  readonly inclusive: boolean;
  /** `_match(trace)`: true keeps the trace (for an exclusive filter: when it does not match). */
  match(trace: RawTrace): boolean;
}

/** `tracemalloc.Filter(inclusive, filename_pattern, lineno=None, all_frames=False, domain=None)`. */
export class Filter implements TraceFilter {
  /** Normalised: `.pyc` -> `.py`. */
  readonly filenamePattern: string;

  constructor(
    readonly inclusive: boolean,
    filenamePattern: string,
    readonly lineno: number | null = null,
    readonly allFrames = false,
    readonly domain: number | null = null,
  ) {
    this.filenamePattern = normalizeFilename(filenamePattern);
  }

  private matchFrameImpl(filename: string, lineno: number): boolean {
    if (!fnmatch(normalizeFilename(filename), this.filenamePattern)) return false;
    return this.lineno === null || lineno === this.lineno;
  }

  private matchTraceback(frames: readonly RawFrame[]): boolean {
    if (this.allFrames) {
      return frames.some((f) => this.matchFrameImpl(f.filename, f.lineno)) ? this.inclusive : !this.inclusive;
    }
    const first = frames[0];
    if (first === undefined) return !this.inclusive;
    return this.matchFrameImpl(first.filename, first.lineno) !== !this.inclusive;
  }

  match(trace: RawTrace): boolean {
    const res = this.matchTraceback(trace.frames);
    if (this.domain !== null) {
      return this.inclusive ? res && trace.domain === this.domain : res || trace.domain !== this.domain;
    }
    return res;
  }
}

/** `tracemalloc.DomainFilter(inclusive, domain)`. */
export class DomainFilter implements TraceFilter {
  constructor(
    readonly inclusive: boolean,
    readonly domain: number,
  ) {}

  match(trace: RawTrace): boolean {
    return (trace.domain === this.domain) !== !this.inclusive;
  }
}

function groupBy(traces: readonly RawTrace[], keyType: string, cumulative: boolean): Map<string, Statistic> {
  if (keyType !== 'traceback' && keyType !== 'filename' && keyType !== 'lineno') {
    throw tracemallocError('ValueError', `unknown key_type: ${reprKeyType(keyType)}`);
  }
  if (cumulative && keyType === 'traceback') {
    throw tracemallocError('ValueError', `cumulative mode cannot by used with key type ${reprKeyType(keyType)}`);
  }
  const stats = new Map<string, Statistic>();
  const add = (frames: readonly RawFrame[], size: number): void => {
    const key = frameKey(frames);
    const stat = stats.get(key);
    if (stat) {
      stat.size += size;
      stat.count += 1;
    } else {
      stats.set(key, new Statistic(new Traceback(frames), size, 1));
    }
  };
  for (const trace of traces) {
    if (!cumulative) {
      const first = trace.frames[0];
      if (keyType === 'traceback' || first === undefined) add(trace.frames, trace.size);
      else if (keyType === 'lineno') add([first], trace.size);
      else add([{ filename: first.filename, lineno: 0 }], trace.size);
    } else {
      for (const frame of trace.frames) {
        add(keyType === 'lineno' ? [frame] : [{ filename: frame.filename, lineno: 0 }], trace.size);
      }
    }
  }
  return stats;
}

function descending(...keys: number[]): number {
  for (const k of keys) if (k !== 0) return -k;
  return 0;
}

export class Snapshot {
  readonly traces: readonly Trace[];

  /**
   * `Snapshot(traces, traceback_limit)`; `traces` are raw traces (frames most recent first),
   * kept in the given order.
   */
  constructor(
    readonly rawTraces: readonly RawTrace[],
    readonly tracebackLimit: number,
  ) {
    this.traces = rawTraces.map((t) => new Trace(t));
  }

  /** `repr(snapshot.traces)`. */
  tracesRepr(): string {
    return `<Traces len=${this.rawTraces.length}>`;
  }

  /**
   * `filter_traces(filters)`: keeps a trace when (no inclusive filter, or one of them matches)
   * and every exclusive filter "matches" (i.e. does not exclude it). An empty list copies.
   * `filters` null/undefined throws CPython's TypeError; pass the Python type name of a
   * non-iterable argument as `notIterableTypeName`.
   */
  filterTraces(filters: Iterable<TraceFilter> | null | undefined, notIterableTypeName = 'NoneType'): Snapshot {
    if (filters === null || filters === undefined) {
      throw tracemallocError('TypeError', `filters must be a list of filters, not ${notIterableTypeName}`);
    }
    const list = [...filters];
    if (list.length === 0) return new Snapshot([...this.rawTraces], this.tracebackLimit);
    const include = list.filter((f) => f.inclusive);
    const exclude = list.filter((f) => !f.inclusive);
    const kept = this.rawTraces.filter((t) => {
      if (include.length > 0 && !include.some((f) => f.match(t))) return false;
      if (exclude.length > 0 && exclude.some((f) => !f.match(t))) return false;
      return true;
    });
    return new Snapshot(kept, this.tracebackLimit);
  }

  /**
   * `statistics(key_type, cumulative=False)`, sorted descending on (size, count, traceback).
   * Throws ValueError for an unknown key type or `cumulative` with 'traceback'.
   */
  statistics(keyType: string, cumulative = false): Statistic[] {
    const stats = [...groupBy(this.rawTraces, keyType, cumulative).values()];
    stats.sort((a, b) => descending(a.size - b.size, a.count - b.count, a.traceback.compare(b.traceback)));
    return stats;
  }

  /**
   * `compare_to(old_snapshot, key_type, cumulative=False)`: one StatisticDiff per group of
   * either snapshot, sorted descending on (|size_diff|, size, |count_diff|, count, traceback).
   */
  compareTo(old: Snapshot, keyType: string, cumulative = false): StatisticDiff[] {
    const newGroup = groupBy(this.rawTraces, keyType, cumulative);
    const oldGroup = groupBy(old.rawTraces, keyType, cumulative);
    const diffs: StatisticDiff[] = [];
    for (const [key, stat] of newGroup) {
      const prev = oldGroup.get(key);
      if (prev) {
        oldGroup.delete(key);
        diffs.push(new StatisticDiff(stat.traceback, stat.size, stat.size - prev.size, stat.count, stat.count - prev.count));
      } else {
        diffs.push(new StatisticDiff(stat.traceback, stat.size, stat.size, stat.count, stat.count));
      }
    }
    // 0 - x, not -x: sizes are Python ints, which have no negative zero (-0 would print '-0 B').
    for (const stat of oldGroup.values()) diffs.push(new StatisticDiff(stat.traceback, 0, 0 - stat.size, 0, 0 - stat.count));
    diffs.sort((a, b) =>
      descending(
        Math.abs(a.sizeDiff) - Math.abs(b.sizeDiff),
        a.size - b.size,
        Math.abs(a.countDiff) - Math.abs(b.countDiff),
        a.count - b.count,
        a.traceback.compare(b.traceback),
      ),
    );
    return diffs;
  }
}
