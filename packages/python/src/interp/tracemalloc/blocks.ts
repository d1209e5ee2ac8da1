/**
 * The blocks CPython 3.11 allocates for the objects of Lib/tracemalloc.py that the interpreter
 * builds natively, with the tracemalloc.py lines allocating them (outermost first, on top of
 * the frames of the caller). Sizes from runtime/sizes; freelist kinds decide reuse and parking.
 */
import { intDigits, isSmallInt, listAfterAppends } from '../../runtime/sizes/index.js';
import type { RawFrame, RawTrace } from '../../runtime/tracemalloc/index.js';
import type { VirtualBlock } from './state.js';
import { TM_LINES as L } from './startup.generated.js';

export const LIST_OBJECT = 56;
/** A Traceback: `__slots__ = ('_frames', '_total_nframe')`, GC header included. */
export const TRACEBACK_OBJECT = 48;
/** Statistic: 3 slots. */
export const STATISTIC_OBJECT = 56;
/** StatisticDiff: 5 slots. */
export const STATISTIC_DIFF_OBJECT = 72;
/** An instance of a plain class (its inline values are a separate block). */
export const INSTANCE_OBJECT = 56;

export function tupleBlock(n: number, lines: readonly number[]): VirtualBlock[] {
  if (n === 0) return [];
  return [{ size: 40 + 8 * n, lines, kind: n <= 20 ? `tuple${n}` : undefined }];
}

/** An int made by C code (`PyLong_FromSsize_t`...): none if small, 32 bytes with one digit. */
export function intBlock(v: number | bigint, lines: readonly number[]): VirtualBlock[] {
  const b = BigInt(v);
  if (isSmallInt(b)) return [];
  const digits = intDigits(b);
  return [{ size: digits <= 1 ? 32 : 24 + 4 * digits, lines }];
}

/** A list built by `n` appends (object from the list freelist, item array grown by list_resize). */
export function appendedList(n: number, objectLines: readonly number[], itemLines: readonly number[] = objectLines): VirtualBlock[] {
  const blocks: VirtualBlock[] = [{ size: LIST_OBJECT, lines: objectLines, kind: 'list' }];
  const cap = listAfterAppends(n).allocated;
  if (cap > 0) blocks.push({ size: 8 * cap, lines: itemLines });
  return blocks;
}

/** A list with an exact item array of `capacity` pointers. */
export function exactList(capacity: number, lines: readonly number[]): VirtualBlock[] {
  const blocks: VirtualBlock[] = [{ size: LIST_OBJECT, lines, kind: 'list' }];
  if (capacity > 0) blocks.push({ size: 8 * capacity, lines });
  return blocks;
}

/** The frame tuples `(filename, lineno)` of a raw traceback, as `_tracemalloc` builds them. */
export function frameTuples(frames: readonly RawFrame[], lines: readonly number[]): VirtualBlock[] {
  const blocks: VirtualBlock[] = [];
  for (const f of frames) blocks.push(...tupleBlock(2, lines), ...intBlock(f.lineno, lines));
  return blocks;
}

/**
 * `_get_traces()` (at `traces = _get_traces()` in take_snapshot): the list, one 4-tuple per
 * trace with its size int, and one tuple of frame tuples per distinct traceback. All but the
 * list object are made while tracemalloc is reentrant: untraced, except blocks recycled from a
 * freelist that were traced (they get this traceback); the item array is untraced.
 */
export function rawTracesBlocks(raws: readonly RawTrace[]): { list: VirtualBlock[]; tuples: VirtualBlock[] } {
  const lines = [L.TS_TRACES];
  const list: VirtualBlock[] = appendedList(raws.length, lines).map((b) => (b.kind === 'list' ? b : { ...b, mode: 'reentrant' }));
  const tuples = rawTupleBlocks(raws, lines).map((b) => ({ ...b, mode: 'reentrant' as const }));
  return { list, tuples };
}

function rawTupleBlocks(raws: readonly RawTrace[], lines: readonly number[]): VirtualBlock[] {
  const tuples: VirtualBlock[] = [];
  // _tracemalloc interns tracebacks (frames and total_nframe): one frames tuple for each.
  const seen = new Set<string>();
  for (const t of raws) {
    tuples.push(...tupleBlock(4, lines), ...intBlock(t.size, lines));
    const key = `${t.totalNframe}\u0002${t.frames.map((f) => `${f.lineno}\u0000${f.filename}`).join('\u0001')}`;
    if (!seen.has(key)) {
      seen.add(key);
      tuples.push(...tupleBlock(t.frames.length, lines), ...frameTuples(t.frames, lines));
    }
    tuples.push(...intBlock(t.totalNframe, lines));
  }
  return tuples;
}

/**
 * `Traceback(frames)` called at `lines`: the object and its `_frames` tuple (made in
 * `Traceback.__init__`).
 */
export function tracebackBlocks(n: number, lines: readonly number[]): { own: VirtualBlock; others: VirtualBlock[] } {
  return { own: { size: TRACEBACK_OBJECT, lines }, others: tupleBlock(n, [...lines, L.TB_FRAMES]) };
}

/** The object and inline values of an instance of a plain class made at `lines`. */
export function instanceBlocks(values: number | null, lines: readonly number[]): { own: VirtualBlock; others: VirtualBlock[] } {
  return { own: { size: INSTANCE_OBJECT, lines }, others: values === null ? [] : [{ size: values, lines }] };
}
