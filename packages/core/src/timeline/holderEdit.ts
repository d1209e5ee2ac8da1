import { Edges } from '../state/edges.js';
import type { HeapState } from '../state/heapState.js';
import type { SavedHolder } from '../state/stateAccess.js';
import { diffPairs } from './pairDiff.js';

/**
 * The net change of one holder's edges between two checkpoints, stored as edits rather than two
 * copies: the splices that turn the storage at the start into the one at the end (a list that
 * lost its first item and gained a last one is two small splices, not the whole list twice; the
 * copies made deltas several times the log's size on heaps of large lists). Applied forward it
 * turns the holder at the start into the one at the end, backward the reverse; a holder absent
 * at one end has an empty storage there.
 *
 * Packed in one Int32Array: a header (root names, hole and duplicate counts at each end, the
 * number of splices), then per splice `[at, removed, inserted]` (word offset in the start's
 * storage, word counts), then each splice's removed words followed by its inserted words.
 */
export type HolderEdit = Int32Array;

const START_NAME = 0;
const END_NAME = 1;
const START_HOLES = 2;
const END_HOLES = 3;
const START_DUPES = 4;
const END_DUPES = 5;
const SPLICES = 6;
const HEADER = 7;
/** Root name of an absent holder (object holders have name 0). */
const ABSENT = -1;
const EMPTY = new Int32Array(0);

/** The edit from `start` to `end`, or `null` if they are the same. */
export function holderEdit(start: SavedHolder | null, end: SavedHolder | null): HolderEdit | null {
  const a = start ? start.edges.e : EMPTY;
  const b = end ? end.edges.e : EMPTY;
  const header = [
    start ? start.name : ABSENT,
    end ? end.name : ABSENT,
    start ? start.edges.holes : 0,
    end ? end.edges.holes : 0,
    start ? start.edges.dupes : 0,
    end ? end.edges.dupes : 0,
  ];
  const splices = diffPairs(a, b);
  if (splices.length === 0 && header[0] === header[1] && header[2] === header[3] && header[4] === header[5]) return null;
  let words = 0;
  for (let k = 0; k < splices.length; k += 3) words += splices[k + 1]! + splices[k + 2]!;
  const out = new Int32Array(HEADER + splices.length + words);
  out.set(header);
  out[SPLICES] = splices.length / 3;
  out.set(splices, HEADER);
  let w = HEADER + splices.length;
  // The inserted words sit in the end's storage at the start offset shifted by what the
  // earlier splices added.
  let shift = 0;
  for (let k = 0; k < splices.length; k += 3) {
    const at = splices[k]!;
    const rem = splices[k + 1]!;
    const ins = splices[k + 2]!;
    out.set(a.subarray(at, at + rem), w);
    w += rem;
    out.set(b.subarray(at + shift, at + shift + ins), w);
    w += ins;
    shift += ins - rem;
  }
  return out;
}

/** Applies `edit` to holder `h` of `s`, which must be at the edit's start (`forward`) or end. */
export function applyHolderEdit(s: HeapState, h: number, edit: HolderEdit, forward: boolean): void {
  const name = edit[forward ? END_NAME : START_NAME]!;
  if (name === ABSENT) {
    if (h > 0) {
      if (h < s.edges.length) s.edges[h] = undefined;
    } else s.roots.delete(h);
    return;
  }
  let edges: Edges | undefined;
  if (h > 0) {
    edges = s.edges[h];
    if (!edges) s.edges[h] = edges = new Edges();
  } else {
    const root = s.roots.get(h);
    edges = root ? root.edges : new Edges();
    if (!root || root.name !== name) s.roots.set(h, { name, edges });
  }
  const n = edit[SPLICES]!;
  const holes = edit[forward ? END_HOLES : START_HOLES]!;
  const dupes = edit[forward ? END_DUPES : START_DUPES]!;
  if (n === 0) {
    edges.replaceWords(0, 0, edit, 0, 0, holes, dupes);
    return;
  }
  // Last splice first, so earlier offsets stay valid; backward, offsets are in the end's
  // storage: shifted by what the earlier splices added.
  let words = edit.length;
  let endShift = 0;
  if (!forward) for (let k = 0; k < n; k++) endShift += edit[HEADER + 3 * k + 2]! - edit[HEADER + 3 * k + 1]!;
  for (let k = n - 1; k >= 0; k--) {
    const at = edit[HEADER + 3 * k]!;
    const rem = edit[HEADER + 3 * k + 1]!;
    const ins = edit[HEADER + 3 * k + 2]!;
    const o = words - rem - ins;
    words = o;
    if (forward) edges.replaceWords(at, rem, edit, o + rem, ins, holes, dupes);
    else {
      endShift -= ins - rem;
      edges.replaceWords(at + endShift, ins, edit, o, rem, holes, dupes);
    }
  }
}

/** The holder `edit` starts from, given the one it ends at (`null`: absent). */
export function undoHolderEdit(end: SavedHolder | null, edit: HolderEdit): SavedHolder | null {
  if (edit[START_NAME] === ABSENT) return null;
  const b = end ? end.edges.e : EMPTY;
  const n = edit[SPLICES]!;
  let len = b.length;
  for (let k = 0; k < n; k++) len += edit[HEADER + 3 * k + 1]! - edit[HEADER + 3 * k + 2]!;
  const e = new Int32Array(len);
  let r = 0; // read position in b
  let w = 0; // write position in e
  let o = HEADER + 3 * n; // the splice's words in the edit
  for (let k = 0; k < n; k++) {
    const at = edit[HEADER + 3 * k]!;
    const rem = edit[HEADER + 3 * k + 1]!;
    const ins = edit[HEADER + 3 * k + 2]!;
    const keep = at - w;
    e.set(b.subarray(r, r + keep), w);
    w += keep;
    r += keep;
    e.set(edit.subarray(o, o + rem), w);
    o += rem + ins;
    w += rem;
    r += ins;
  }
  e.set(b.subarray(r), w);
  return { name: edit[START_NAME]!, edges: { e, holes: edit[START_HOLES]!, dupes: edit[START_DUPES]! } };
}

/** Approximate bytes held by an edit. */
export function holderEditBytes(edit: HolderEdit): number {
  return 64 + edit.byteLength;
}
