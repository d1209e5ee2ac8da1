import type { OperatorFunction } from 'rxjs';
import { distinctUntilChanged } from 'rxjs/internal/operators/distinctUntilChanged';
import { map } from 'rxjs/internal/operators/map';
import type { GenStats, HeapState } from '../state/heapState.js';

/**
 * Operators from a stream of states ({@link followLog} or {@link cursorStates$}) to the
 * numbers people watch. Each emits only when its value changes.
 */

/** The refcount of object `id` (0 when it is not alive). */
export function refcount(id: number): OperatorFunction<HeapState, number> {
  return (source) =>
    source.pipe(
      map((s) => (s.isAlive(id) ? s.refcnt[id]! : 0)),
      distinctUntilChanged(),
    );
}

/** gc.get_stats(): collections, collected and uncollectable per generation. */
export function gcStats(): OperatorFunction<HeapState, readonly GenStats[]> {
  return (source) =>
    source.pipe(
      map((s) => s.stats.map((st) => ({ ...st }))),
      distinctUntilChanged(sameJson),
    );
}

/** Per generation: gc.get_count() entry, threshold and objects in its list. */
export interface GenerationCount {
  readonly count: number;
  readonly threshold: number;
  readonly objects: number;
}

/** Counts per generation. */
export function generationCounts(): OperatorFunction<HeapState, readonly GenerationCount[]> {
  return (source) =>
    source.pipe(
      map((s) => [0, 1, 2].map((g) => ({ count: s.count[g]!, threshold: s.threshold[g]!, objects: s.lists.sizes[g]! }))),
      distinctUntilChanged(sameJson),
    );
}

/** Live objects and bytes of one type. */
export interface TypeTally {
  readonly objects: number;
  readonly bytes: number;
}

/** Live objects and bytes by type name (keys in order of first allocation), with totals. */
export function liveByType(): OperatorFunction<HeapState, { readonly objects: number; readonly bytes: number; readonly byType: Readonly<Record<string, TypeTally>> }> {
  return (source) =>
    source.pipe(
      map((s) => {
        const byType: Record<string, { objects: number; bytes: number }> = Object.create(null);
        for (let id = 1; id <= s.objectCount; id++) {
          if (!s.isAlive(id)) continue;
          const t = s.log.strings.get(s.type[id]!);
          const tally = (byType[t] ??= { objects: 0, bytes: 0 });
          tally.objects++;
          tally.bytes += s.size[id]!;
        }
        return { objects: s.liveObjects, bytes: s.liveBytes, byType };
      }),
      distinctUntilChanged(sameJson),
    );
}

function sameJson<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
