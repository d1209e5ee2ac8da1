/**
 * `tracemalloc.Frame` and `tracemalloc.Traceback` (Lib/tracemalloc.py, 3.11).
 *
 * Raw tracebacks, as `_tracemalloc` returns them and as the {@link TraceTable} stores them, list
 * frames *most recent first*. A `Traceback` reverses them: index 0 is the *oldest* frame, and
 * `str(traceback)` is `str(traceback[0])` — the oldest frame.
 */
import { pyStrRepr } from '../text/index.js';

/** One frame: a (filename, lineno) pair. */
export interface RawFrame {
  readonly filename: string;
  readonly lineno: number;
}

/** Compares strings by code point, as Python does (JS `<` compares UTF-16 code units). */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x < 0xe000;
    const ys = y >= 0xd800 && y < 0xe000;
    // A surrogate (part of a code point ≥ U+10000) sorts after every BMP character ≥ U+E000.
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

export function compareFrames(a: RawFrame, b: RawFrame): number {
  return compareStrings(a.filename, b.filename) || a.lineno - b.lineno;
}

export class Frame implements RawFrame {
  constructor(
    readonly filename: string,
    readonly lineno: number,
  ) {}

  static of(raw: RawFrame): Frame {
    return raw instanceof Frame ? raw : new Frame(raw.filename, raw.lineno);
  }

  /** `"{filename}:{lineno}"`. */
  toString(): string {
    return `${this.filename}:${this.lineno}`;
  }

  /** `<Frame filename='a.py' lineno=3>`. */
  repr(): string {
    return `<Frame filename=${pyStrRepr(this.filename)} lineno=${this.lineno}>`;
  }

  equals(other: RawFrame): boolean {
    return this.filename === other.filename && this.lineno === other.lineno;
  }

  compare(other: RawFrame): number {
    return compareFrames(this, other);
  }
}

/** Python's `str.strip()` whitespace (what `linecache` lines are stripped of in `format`). */
const PY_WHITESPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

export function pyStrip(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && PY_WHITESPACE.has(s.charCodeAt(start))) start++;
  while (end > start && PY_WHITESPACE.has(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/**
 * `linecache.getline(filename, lineno)`: the source line (with or without its newline), or
 * undefined / '' when there is none.
 */
export type LineLookup = (filename: string, lineno: number) => string | undefined;

export class Traceback {
  /** Oldest first. */
  readonly frames: readonly Frame[];

  /**
   * @param rawFrames frames most recent first, as in a raw trace
   * @param totalNframe the real stack depth (known for traces, not for statistics)
   */
  constructor(
    rawFrames: readonly RawFrame[],
    readonly totalNframe: number | null = null,
  ) {
    this.frames = rawFrames.map(Frame.of).reverse();
  }

  /** Builds a traceback from frames already in oldest-first order. */
  static fromOldestFirst(frames: readonly RawFrame[], totalNframe: number | null = null): Traceback {
    return new Traceback([...frames].reverse(), totalNframe);
  }

  get length(): number {
    return this.frames.length;
  }

  /** `traceback[i]`, negative indices from the end (most recent). */
  at(index: number): Frame | undefined {
    return this.frames[index < 0 ? this.frames.length + index : index];
  }

  /** `str(tb)`: the oldest frame. */
  toString(): string {
    const first = this.frames[0];
    if (first === undefined) throw new Error('empty traceback');
    return first.toString();
  }

  /** `<Traceback (<Frame ...>,) total_nframe=N>` (the total only when known). */
  repr(): string {
    const items = this.frames.map((f) => f.repr());
    const tuple = items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    return this.totalNframe === null ? `<Traceback ${tuple}>` : `<Traceback ${tuple} total_nframe=${this.totalNframe}>`;
  }

  /** Equality as Python's: the frames only (total_nframe is ignored). */
  equals(other: Traceback): boolean {
    return this.compare(other) === 0;
  }

  /** Order as tuples of (filename, lineno), oldest first. */
  compare(other: Traceback): number {
    const n = Math.min(this.frames.length, other.frames.length);
    for (let i = 0; i < n; i++) {
      const c = compareFrames(this.frames[i]!, other.frames[i]!);
      if (c !== 0) return c;
    }
    return this.frames.length - other.frames.length;
  }

  /** A key identifying the frames (for grouping). */
  key(): string {
    return frameKey(this.frames);
  }

  /**
   * `tb.format(limit=None, most_recent_first=False)`: for each frame
   * `'  File "{filename}", line {lineno}'` and, when the line lookup finds a non-blank line,
   * `'    ' + line.strip()`. A positive limit keeps the `limit` most recent frames; zero or a
   * negative limit slices `[:limit]` (dropping the |limit| most recent ones).
   */
  format(getLine: LineLookup, limit: number | null = null, mostRecentFirst = false): string[] {
    let frames: readonly Frame[] = this.frames;
    if (limit !== null) {
      if (limit > 0) frames = frames.slice(Math.max(0, frames.length - limit));
      else frames = limit === 0 ? [] : frames.slice(0, Math.max(0, frames.length + limit));
    }
    if (mostRecentFirst) frames = [...frames].reverse();
    const lines: string[] = [];
    for (const frame of frames) {
      lines.push(`  File "${frame.filename}", line ${frame.lineno}`);
      const line = pyStrip(getLine(frame.filename, frame.lineno) ?? '');
      if (line) lines.push(`    ${line}`);
    }
    return lines;
  }
}

/** A grouping key for a frame sequence (any order, as long as it is used consistently). */
export function frameKey(frames: readonly RawFrame[]): string {
  return frames.map((f) => `${f.lineno}\u0000${f.filename}`).join('\u0001');
}
