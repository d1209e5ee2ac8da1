import type { HeapState } from '../state/heapState.js';
import { SCALARS, readScalars, writeScalars } from '../state/stateAccess.js';
import { Delta } from './delta.js';

/** Deltas of level L span FANOUT^L checkpoint intervals. */
export const FANOUT = 8;

/**
 * The timeline's checkpoints: positions in the log (events applied) where the state is known
 * exactly, stored as the scalar block at each one plus the net {@link Delta} between
 * consecutive ones. Coarser levels merge FANOUT deltas of the level below, so moving between
 * any two checkpoints applies O(FANOUT × levels) deltas, each as large as what changed net.
 */
export class Checkpoints {
  /** Position (events applied) of each checkpoint; the first is 0. */
  readonly positions: number[] = [0];
  private scalars = new Float64Array(SCALARS * 64);
  /** levels[L][k]: the delta from checkpoint k·FANOUT^L to (k+1)·FANOUT^L. */
  readonly levels: Delta[][] = [[]];
  /** Bytes of every delta at every level. */
  private deltaBytes = 0;
  /** Bytes of the level-0 deltas (between consecutive checkpoints). */
  level0Bytes = 0;

  constructor(initial: HeapState) {
    readScalars(initial, this.scalars, 0);
  }

  get count(): number {
    return this.positions.length;
  }

  /** Records a checkpoint at the state's position, `delta` being the change since the last. */
  push(s: HeapState, delta: Delta): void {
    const k = this.positions.length;
    if ((k + 1) * SCALARS > this.scalars.length) {
      const n = new Float64Array(this.scalars.length * 2);
      n.set(this.scalars);
      this.scalars = n;
    }
    readScalars(s, this.scalars, k * SCALARS);
    this.positions.push(s.applied);
    this.levels[0]!.push(delta);
    this.deltaBytes += delta.bytes;
    this.level0Bytes += delta.bytes;
    // Merge upwards each time a group of FANOUT deltas completes, from the last one back, so
    // that every merge ends at `s` (holder edits are merged through the state at their end).
    for (let L = 0; this.levels[L]!.length % FANOUT === 0; L++) {
      const below = this.levels[L]!;
      let merged = below[below.length - 1]!;
      for (let m = below.length - 2; m >= below.length - FANOUT; m--) merged = Delta.merge(below[m]!, merged, s);
      if (!this.levels[L + 1]) this.levels.push([]);
      this.levels[L + 1]!.push(merged);
      this.deltaBytes += merged.bytes;
    }
  }

  /** Index of the last checkpoint at or before `position`. */
  before(position: number): number {
    const p = this.positions;
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (p[mid]! <= position) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * Moves `s`, which is exactly at checkpoint `from`, to checkpoint `to`: the largest aligned
   * deltas first, forward or backward, then that checkpoint's scalars.
   */
  move(s: HeapState, from: number, to: number, output: readonly number[]): void {
    let k = from;
    while (k < to) {
      let L = this.levels.length - 1;
      for (; L > 0; L--) {
        const w = FANOUT ** L;
        if (k % w === 0 && k + w <= to && this.levels[L]![k / w]) break;
      }
      const w = FANOUT ** L;
      this.levels[L]![k / w]!.apply(s, true);
      k += w;
    }
    while (k > to) {
      let L = this.levels.length - 1;
      for (; L > 0; L--) {
        const w = FANOUT ** L;
        if (k % w === 0 && k - w >= to && this.levels[L]![k / w - 1]) break;
      }
      const w = FANOUT ** L;
      this.levels[L]![k / w - 1]!.apply(s, false);
      k -= w;
    }
    this.restoreScalars(s, to, output);
  }

  restoreScalars(s: HeapState, k: number, output: readonly number[]): void {
    writeScalars(s, this.scalars, k * SCALARS, output);
  }

  /** Bytes held by all levels and scalar blocks. */
  get bytes(): number {
    return this.positions.length * (8 + SCALARS * 8) + this.deltaBytes;
  }
}
