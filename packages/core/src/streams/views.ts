import type { Observable } from 'rxjs';
import { scan } from 'rxjs/internal/operators/scan';
import type { HeapView } from '../timeline/heapView.js';
import type { Timeline } from '../timeline/timeline.js';

/**
 * Frozen immer views of the heap at each cursor position: each produced from the previous one,
 * so a small move shares everything it did not touch (compare parts with `===`).
 */
export function views$(tl: Timeline, cursor$: Observable<number>): Observable<HeapView> {
  return cursor$.pipe(scan((prev: HeapView | undefined, i: number) => tl.seek(i).view(prev), undefined as HeapView | undefined)) as Observable<HeapView>;
}
